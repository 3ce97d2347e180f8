"""Relation extraction, eleventh round: mergers told with the product as subject ("Z brought X and Y under one
roof"), "the two groups merged", a splinter merging back into its parent, mergers into a group's province;
breakaways with no "from" (the parent named elsewhere in the sentence or in the one before), "Y suffered a split
when X walked out", "Y split, and X was born", "Y fractured, with X and Z ..."; "P's faction ... declared itself
Y"; unknown one-word names an appositive calls a group; reports dismissed and mergers that never happened."""

from __future__ import annotations

import pytest

from newsevents.extract.relations_breakaways import _BARE_BREAK
from newsevents.extract.relations_dating import framing
from newsevents.extract.relations_names import _longer_name

from test_relations import _asserted, ev, nlp  # noqa: F401  (ev, nlp: that module's fixtures, shared)
from test_relations_round10 import _has


@pytest.mark.model
@pytest.mark.parametrize("sentence,type_,source,target", [
    # the product as subject: each member merges into it
    ("The Islamic Front brought Ahrar al-Sham and Liwa al-Tawhid under a single command in 2013.", "merger",
     "Ahrar al-Sham", "Islamic Front"),
    ("The Islamic Front brought Ahrar al-Sham and Liwa al-Tawhid under a single command in 2013.", "merger",
     "Liwa al-Tawhid", "Islamic Front"),
    ("The new Northern Alliance united the Kivu Front and the Ruzizi Brigade into one force last year.", "merger",
     "Ruzizi Brigade", "Northern Alliance"),
    ("Jaysh al-Izza and the Nasr Army fought together for years before the two factions merged in 2021.", "merger",
     "Jaysh al-Izza", "Nasr Army"),
    ("The Hamza Division and the Sultan Murad Division announced their union in 2022.", "merger",
     "Hamza Division", "Sultan Murad Division"),
    ("Ahfad al-Rasul was rolled up into the Free Syrian Army's structure in 2014.", "merger", "Ahfad al-Rasul",
     "Free Syrian Army"),
    # back into the parent
    ("Tehreek-e-Khilafat, a TTP offshoot, merged back into its parent in 2021.", "merger", "Tehreek-e-Khilafat",
     "TTP"),
    ("Hizb-ul-Ahrar splintered from the TTP in 2017 and rejoined it three years later.", "merger", "Hizb-ul-Ahrar",
     "TTP"),
    # breakaways with no "from"
    ("The TTP was rocked in 2014 when Jamaat-ul-Ahrar broke away.", "split", "Jamaat-ul-Ahrar", "TTP"),
    ("The Karen National Union has been weakened since the DKBA broke away in 1994.", "split", "DKBA",
     "Karen National Union"),
    ("The Tehreek-e-Azadi split off in 2019, angry at the Hizbul Mujahideen's leadership.", "split",
     "Tehreek-e-Azadi", "Hizbul Mujahideen"),
    ("Boko Haram had long been torn by quarrels. In 2012 Ansaru broke away.", "split", "Ansaru", "Boko Haram"),
    ("Ahrar al-Sham suffered a breakaway in 2016, when Jaish al-Ahrar walked out.", "split", "Jaish al-Ahrar",
     "Ahrar al-Sham"),
    ("The Sinaloa cartel fractured in 2024, with Los Chapitos and Los Mayos going to war.", "split", "Los Mayos",
     "Sinaloa cartel"),
    ("Sheikh Mumin's faction broke away from al-Shabaab and declared itself the Islamic State in Somalia.", "split",
     "Islamic State in Somalia", "al-Shabaab"),
    ("The defection of the Hamza Division from the Free Syrian Army surprised observers.", "split",
     "Hamza Division", "Free Syrian Army"),
    ("Jundullah, a breakaway faction of the TTP, bombed the church.", "split", "Jundullah", "TTP"),
    ("Fidai Mahaz, a breakaway Taliban faction, claimed the killing.", "split", "Fidai Mahaz", "Taliban"),
    ("Hasm grew out of the Muslim Brotherhood's armed committees.", "split", "Hasm", "Muslim Brotherhood"),
    ("Lashkar-e-Islam, once part of Ansar al-Islam, broke away in 2006.", "split", "Lashkar-e-Islam",
     "Ansar al-Islam"),
    ("The FDLR lost thousands of fighters in 2016, when the CNRD split off under General Irategeka.", "split", "CNRD",
     "FDLR"),
    ("Guidon's faction split from the Nduma Defence of Congo, calling itself the NDC-Rénové.", "split", "NDC-Rénové",
     "Nduma Defence of Congo"),
    # founders, remnants, a group that dissolved before joining
    ("Ansar Dine joined al-Mourabitoun to form JNIM in 2017.", "merger", "Ansar Dine", "JNIM"),
    ("Ansar Dine joined al-Mourabitoun to form JNIM in 2017.", "merger", "al-Mourabitoun", "JNIM"),
    ("JNIM was created when Ansar Dine and al-Mourabitoun joined forces in 2017.", "merger", "Ansar Dine", "JNIM"),
    ("The Real IRA, the RAAD and several smaller groups came together to create the New IRA.", "merger", "RAAD",
     "New IRA"),
    ("The Sultan Murad Division took in the remnants of the Hamza Division.", "merger", "Hamza Division",
     "Sultan Murad Division"),
    ("Jund al-Aqsa dissolved in 2017 and its fighters joined the Turkistan Islamic Party.", "merger", "Jund al-Aqsa",
     "Turkistan Islamic Party"),
    ("The Jamaat-ul-Ahrar faction rejoined the TTP after years on its own.", "merger", "Jamaat-ul-Ahrar", "TTP"),
    ("Katiba Macina, JNIM's central Mali branch, claimed the ambush.", "affiliation", "Katiba Macina", "JNIM"),
    ("The Houthis have supplied drones to al-Shabaab, a UN panel said.", "alliance", "Houthis", "al-Shabaab"),
    ("The SDF merged the Raqqa Brigade and the Tabqa Battalion into a single Northern Regiment.", "merger",
     "Tabqa Battalion", "Northern Regiment"),
    ("Los Zetas took over the Gulf cartel's remaining networks in Tamaulipas.", "merger", "Los Zetas", "Gulf cartel"),
    ("The Dastan-e-Jihad merged with Lashkar-e-Taiba.", "merger", "Dastan-e-Jihad", "Lashkar-e-Taiba"),
    ("The Mahaz-e-Islami broke away from Hizb-e-Wahdat in 1994.", "split", "Mahaz-e-Islami", "Hizb-e-Wahdat"),
])
def test_merger_and_split_wording(nlp, ev, sentence: str, type_: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, type_, source, target)


@pytest.mark.model
def test_the_members_of_a_product_are_not_paired(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Islamic Front brought Ahrar al-Sham and Liwa al-Tawhid under a single command in 2013."
    assert not _has(nlp, ev, sentence, "merger", "Ahrar al-Sham", "Liwa al-Tawhid")


@pytest.mark.model
def test_an_agent_that_merges_others_is_no_party(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The SDF merged the Raqqa Brigade and the Tabqa Battalion into a single Northern Regiment."
    assert not [r for r in _asserted(nlp, ev, sentence) if ev._same("SDF", r.source) or ev._same("SDF", r.target)]


@pytest.mark.model
def test_a_merger_into_an_unknown_province_goes_to_its_group(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Remnants of Lashkar-e-Jhangvi al-Alami were amalgamated into the Islamic State's Pakistan Province."
    assert _has(nlp, ev, sentence, "merger", "Lashkar-e-Jhangvi al-Alami", "Islamic State")
    assert not _has(nlp, ev, sentence, "affiliation", "Lashkar-e-Jhangvi al-Alami", "Pakistan Province")


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Reports that the ADF had merged with al-Shabaab were dismissed by Ugandan officials.",
    "A merger between Ahrar al-Sham and the Nusra Front, mooted in early 2015, never happened.",
    "The Shekau faction went its own way after ISWAP's leaders deposed him in 2016.",
    "Boko Haram split into two factions in 2016 after ISIS named al-Barnawi as its West African leader.",
    "The faction broke off talks with the government in 2019.",
    "Talks broke off in 2019.",
    "Yesterday, a group of gunmen attacked the village.",
    "The Coalition brought together Ahrar al-Sham and Jaysh al-Islam for talks.",
])
def test_no_merger_or_split(nlp, ev, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type in ("merger", "split")]


@pytest.mark.model
def test_emerging_from_a_merger_is_no_split(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "JNIM emerged in 2017 from the merger of Ansar Dine and al-Mourabitoun."
    rels = _asserted(nlp, ev, sentence)
    assert not [r for r in rels if r.type == "split"]
    assert _has(nlp, ev, sentence, "merger", "Ansar Dine", "JNIM")


def test_a_bare_breakaway_wants_no_object() -> None:
    assert _BARE_BREAK.search("X broke away in 2014.")
    assert _BARE_BREAK.search("X went its own way, rather than submit.")
    assert not _BARE_BREAK.search("X broke away from Y in 2014.")
    assert not _BARE_BREAK.search("The faction broke off talks with the army.")
    assert not _BARE_BREAK.search("Fighting broke out in Goma.")


def test_dismissed_reports_and_mergers_that_never_happened_are_negated() -> None:
    text = "Reports that X had merged with Y were dismissed by officials."
    start = text.index("merged")
    assert framing(text, (0, len(text)), (start, start + 6)) == "negated"
    text = "A merger of X and Y, mooted in 2015, never happened."
    assert framing(text, (0, len(text)), (2, 8)) == "negated"
    text = "X merged with Y in 2015, officials said."
    start = text.index("merged")
    assert framing(text, (0, len(text)), (start, start + 6)) is None


@pytest.mark.parametrize("text,known,longer", [
    ("the High Council of the Islamic Emirate", "Islamic Emirate", True),
    ("Liwa al-Fatah", "Fatah", True),
    ("the KNLA Peace Council", "KNLA", True),
    ("the Islamic State", "Islamic State", False),
    ("the Taliban Shura", "Taliban", False),
])
def test_a_known_name_inside_a_longer_group_name(text: str, known: str, longer: bool) -> None:
    start = text.index(known)
    phrase = (4, len(text)) if text.startswith("the ") else (0, len(text))
    assert _longer_name(text, phrase, (start, start + len(known))) is longer
