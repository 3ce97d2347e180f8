"""Relation extraction, tenth round: reporters' wording (truces and ceasefires between groups are no alliance, "joined at the hip",
"enjoys the patronage of", "pooled their men", "welded together into", "was joined by", "disowned by"), aliases
named in one breath ("X (Y)", "X, also known as Y", "NAS, the National Salvation Front"), factions named by an
acronym and a suffix ("PFLP-GC"), and open questions ("whether", "expect ... ever to")."""

from __future__ import annotations

import pytest

from newsevents.extract import coref
from newsevents.extract.relations_aliases import _acronym_of, drop_bracketed, link_aliases
from newsevents.extract.relations_dating import certainty, framing
from newsevents.extract.relations_names import _ACRONYM_SUFFIXED
from newsevents.models import ActorRef

from test_relations import _asserted, ev, nlp  # noqa: F401  (ev, nlp: that module's fixtures, shared)


def _ref(text: str, sentence: str, actor_id: str | None, kind: str = "armed_group") -> ActorRef:
    start = sentence.index(text)
    return ActorRef(text=text, span=(start, start + len(text)), actor_id=actor_id, name=text, kind=kind,
                    provisional=actor_id is None or actor_id.startswith("PROV_"), via="alias", extractor="test")


def _has(nlp, ev, sentence: str, type_: str, source: str, target: str) -> bool:  # type: ignore[no-untyped-def]
    """A relation of the type between source and target (either order for the symmetric types), as scored."""
    for r in _asserted(nlp, ev, sentence):
        if r.type != type_:
            continue
        if ev._same(source, r.source) and ev._same(target, r.target):
            return True
        if type_ in ("alliance", "rivalry", "merger") and ev._same(source, r.target) and ev._same(target, r.source):
            return True
    return False


@pytest.mark.parametrize("sentence,first,second", [
    ("The Gulf Clan, also known as the Autodefensas Gaitanistas, fought on.", "Gulf Clan", "Autodefensas Gaitanistas"),
    ("The National Front for Liberation (NFL) was merged.", "National Front for Liberation", "NFL"),
    ("NAS, the National Salvation Front, was formed.", "NAS", "National Salvation Front"),
    ("Jaish al-Adl, formerly known as Jundallah, attacked.", "Jaish al-Adl", "Jundallah"),
])
def test_an_alias_takes_the_first_names_actor(sentence: str, first: str, second: str) -> None:
    a, b = _ref(first, sentence, "A_ID"), _ref(second, sentence, None)
    linked = link_aliases(sentence, [a, b])
    assert linked[1].actor_id == "A_ID" and linked[1].name == first and linked[1].text == second


@pytest.mark.parametrize("sentence,first,second", [
    ("Hamas, Hezbollah, or the Houthis could strike next.", "Hezbollah", "Houthis"),
    ("The Arakan Army, the Chin National Front and others met.", "Arakan Army", "Chin National Front"),
    ("ISWAP attacked a JAS camp (Borno) on Friday.", "JAS", "Borno"),
])
def test_a_list_or_a_place_is_no_alias(sentence: str, first: str, second: str) -> None:
    kind = "place" if second == "Borno" else "armed_group"
    a, b = _ref(first, sentence, "A_ID"), _ref(second, sentence, "B_ID", kind)
    assert link_aliases(sentence, [a, b])[1].actor_id == "B_ID"


def test_acronyms_are_read_loosely_but_need_two_letters() -> None:
    assert _acronym_of("NAS", "National Salvation Front")
    assert _acronym_of("NFL", "National Front for Liberation")
    assert not _acronym_of("Hamas", "Hezbollah")
    assert not _acronym_of("N", "National Front")


@pytest.mark.parametrize("name", ["PFLP-GC", "NSCN-K", "SPLA-IO", "BLA-Azad"])
def test_acronym_suffixed_faction_names(name: str) -> None:
    assert _ACRONYM_SUFFIXED.fullmatch(name)


def test_acronym_suffix_wants_capitals() -> None:
    assert _ACRONYM_SUFFIXED.search("the SDF-held town") is None
    assert _ACRONYM_SUFFIXED.search("an AK-47 rifle") is None


def test_open_questions_and_expectations_are_not_asserted() -> None:
    text = "Analysts are divided over whether the Houthis and al-Shabaab actually cooperate."
    trigger = text.index("cooperate")
    assert framing(text, (0, len(text)), (trigger, trigger + 9)) == "hypothetical"
    assert certainty("A merger of X and Y is expected") == "future"
    assert certainty("X and Y went to war") == "asserted"
    assert certainty("with X and Y going to war") == "asserted"


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", [
    ("The Kachin Independence Army and the TNLA remain joined at the hip.", "alliance", "Kachin Independence Army",
     "TNLA"),
    ("Ansar Dine enjoys the patronage of AQIM in the desert.", "alliance", "Ansar Dine", "AQIM"),
    ("The BIFF leans on the Dawlah Islamiyah for explosives training.", "alliance", "BIFF", "Dawlah Islamiyah"),
    ("The Islamic Army and the Mujahideen Army pooled their men in 2007, creating the Jihad and Reform Front.",
     "merger", "Islamic Army", "Jihad and Reform Front"),
    ("Four brigades, the Lions Brigade, the Dawn Brigade and the Hawks Brigade among them, were welded together into "
     "the Unity Front.", "merger", "Dawn Brigade", "Unity Front"),
    ("The Coalition of Patriots for Change was joined by the UPC in 2021.", "affiliation", "UPC",
     "Coalition of Patriots for Change"),
    ("The Nusra Front was disowned by the Islamic State of Iraq in 2013.", "split", "Nusra Front",
     "Islamic State of Iraq"),
    ("The NSCN-K broke away from the NSCN in 1988.", "split", "NSCN-K", "NSCN"),
    ("Ahlu Sunna Wal Jama'a took up arms against al-Shabaab in Galgaduud.", "rivalry", "Ahlu Sunna Wal Jama'a",
     "al-Shabaab"),
    ("The Arakan Army (AA) and the Arakan Rohingya Salvation Army (ARSA) are at war in Maungdaw.", "rivalry",
     "Arakan Army", "Arakan Rohingya Salvation Army"),
    ("The JNIM-affiliated Katiba Serma fought alongside Ansarul Islam near Djibo.", "alliance", "Katiba Serma",
     "Ansarul Islam"),
    ("The NSCN-K expelled its Khango faction in 2018.", "split", "Khango faction", "NSCN-K"),
    ("Jamaat-ul-Ahrar announced it was leaving the TTP in August 2014.", "split", "Jamaat-ul-Ahrar", "TTP"),
    ("The Continuity IRA emerged in 1986 after a split in the Provisional IRA.", "split", "Continuity IRA",
     "Provisional IRA"),
    ("The Nusra Front went its own way in 2013 rather than submit to the Islamic State of Iraq.", "split",
     "Nusra Front", "Islamic State of Iraq"),
    ("Analysts say the Abu Sayyaf faction in Sulu has ties to the Islamic State.", "affiliation", "Abu Sayyaf",
     "Islamic State"),
    ("Maute group fighters were escorted by militants from Abu Sayyaf.", "alliance", "Maute group", "Abu Sayyaf"),
    ("The ADF, which operates as the Islamic State's Central Africa Province, attacked Beni.", "affiliation", "ADF",
     "Islamic State"),
    ("A pact signed between the KIA and the TNLA in 2021 ended their quarrel.", "alliance", "KIA", "TNLA"),
    ("The Kachin Independence Army has turned to the Arakan Army for reinforcements.", "alliance",
     "Kachin Independence Army", "Arakan Army"),
    ("Hezbollah and the Houthis, both members of the Axis of Resistance, coordinate their messaging.", "affiliation",
     "Houthis", "Axis of Resistance"),
])
def test_reporters_wording(nlp, ev, sentence: str, type_: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target), sentence


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "The Gulf Clan, also known as the Autodefensas Gaitanistas de Colombia, expanded into Choco.",
    "The Houthis condemned the killing of Hamas commander Saleh al-Arouri.",
    "The ELN declared a unilateral ceasefire with the government over Easter.",
    "Hamas and the Popular Resistance Committees observed an informal truce in Rafah.",  # a truce is no alliance
    "A ceasefire negotiated by clerics between the ELN and the Clan del Golfo held for a month.",
    "Few analysts expect the TTP ever to break with the Afghan Taliban.",
    "A merger of the Sham Legion and Jaysh al-Nasr is expected next month.",
    "Fighters loyal to Abu Mohammed al-Julani drove Jund al-Aqsa out of Saraqeb.",
    "The Coalition of Patriots for Change was joined by nobody else that year.",
])
def test_no_relation(nlp, ev, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not _asserted(nlp, ev, sentence), sentence


def test_a_bracketed_acronym_gives_way_to_its_name() -> None:
    sentence = "The Arakan Army (AA) and the ARSA fought."
    full, short = _ref("Arakan Army", sentence, "AA_ID"), _ref("AA", sentence, "AA_ID")
    assert drop_bracketed(sentence, [full, short]) == [full]


@pytest.mark.model
def test_the_latter_refers_to_the_group_named_last(nlp) -> None:  # type: ignore[no-untyped-def]
    sentence = "Hurras al-Din split from HTS after the latter cut ties with al-Qaeda."
    doc = nlp(sentence)
    hds, hts = _ref("Hurras al-Din", sentence, "HURRAS_AL_DIN"), _ref("HTS", sentence, "HTS")
    latter = [m for m in coref.resolve(doc, [hds, hts]) if m.text == "the latter"]
    assert latter and latter[0].actor_id == "HTS"
    assert not [m for m in coref.resolve(nlp("In the latter half of 2020 HTS grew."), [])
                if m.text == "the latter"]
