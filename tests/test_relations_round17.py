"""Relation extraction, seventeenth round (session 13): shared argument machinery, not one set's rows. A dateline
("MAIDUGURI — ", "KARACHI: ") names where a story was filed and a newsroom at the sentence's end ("..., a spokesman
told AFP.", "MMI learnt") who carried it: neither is ever an argument. A named part before "faction/wing/brigade ...
of" belongs to the group after it ("the Bakura faction of Boko Haram", "the al-Quds Brigades of Palestinian Islamic
Jihad"), and a possessive names a unit ending in "Armed Forces", "Command" or "office" ("the MILF's Bangsamoro
Islamic Armed Forces", "the Islamic State's al-Karrar office"). A group that "accepted / welcomed / acknowledged the
oath" accepts the pledge told before it to that group ("X pledged itself to the Islamic State, which took a year to
acknowledge the oath"). Scored on the rules alone."""

from __future__ import annotations

import pytest
from test_relations import _asserted, ev, nlp  # noqa: F401  (that module's fixtures, shared)
from test_relations_round15 import _has

FOUND = [
    # the relation is still read with its real subject after a dateline; a capitalised name with no dash stays
    ("KARACHI: The Sindhudesh Revolutionary Army has announced an alliance with the Baloch Liberation Army, the CTD "
     "said.", "alliance", "Sindhudesh Revolutionary Army", "Baloch Liberation Army"),
    ("ISWAP fighters overran a camp of the Bakura faction on an island in Lake Chad on Sunday.", "rivalry", "ISWAP",
     "Bakura"),
    ("Fatah fighters clashed with Hamas gunmen in Gaza on Sunday, a security official told Reuters.", "rivalry",
     "Fatah", "Hamas"),
    # named parts of a group
    ("Fighters of the Bakura faction of Boko Haram overran an ISWAP camp on Sunday.", "affiliation", "Bakura faction",
     "Boko Haram"),
    ("The Chapitos faction of the Sinaloa Cartel has struck a pact with the CJNG.", "affiliation", "Chapitos",
     "Sinaloa Cartel"),
    ("The Qassam Brigades have coordinated with the al-Quds Brigades of Palestinian Islamic Jihad since 2018.",
     "affiliation", "al-Quds Brigades", "Palestinian Islamic Jihad"),
    ("The MILF's Bangsamoro Islamic Armed Forces clashed with Dawlah Islamiyah gunmen on Sunday.", "affiliation",
     "Bangsamoro Islamic Armed Forces", "MILF"),
    ("The Islamic State's al-Karrar office in Puntland has been paying fighters in cash.", "affiliation",
     "al-Karrar office", "Islamic State"),
    # an acceptor taking "the oath" told before it
    ("The Islamic State in the Greater Sahara pledged itself to the Islamic State, which took more than a year to "
     "acknowledge the oath.", "accept", "Islamic State", "Islamic State in the Greater Sahara"),
    ("Boko Haram's leader swore fealty to the Islamic State in March 2015, and within days the caliphate's spokesman "
     "welcomed the oath.", "accept", "Islamic State", "Boko Haram"),
    # review: the pledge told last is still accepted, after an earlier one in the text
    ("Jund al-Khilafa pledged allegiance to the Islamic State in 2014. Ansar Bait al-Maqdis pledged allegiance to the "
     "Islamic State in November, and the Islamic State accepted the oath within days.", "accept", "Islamic State",
     "Ansar Bait al-Maqdis"),
    # review: a part "of" an unknown group opening with an Arabic article
    ("The Tora Bora Brigade of al-Jihad al-Islami has clashed with the Taliban.", "affiliation", "Tora Bora Brigade",
     "al-Jihad al-Islami"),
]

NOT_FOUND = [
    # a dateline or a newsroom is no party
    ("MAIDUGURI — Fighters of the Bakura faction of Boko Haram overran an ISWAP camp on Sunday.", "rivalry",
     "MAIDUGURI", "ISWAP"),
    ("KARACHI: The Sindhudesh Revolutionary Army has announced an alliance with the Baloch Liberation Army.",
     "alliance", "KARACHI", "Baloch Liberation Army"),
    ("Usbat al-Ansar said it was staying out of the fighting, a camp official told AFP.", "rivalry", "Usbat al-Ansar",
     "AFP"),
    # a place's faction, an unnamed wing, a state's forces
    ("The Yemen faction of al-Qaeda fought the Houthis in Bayda.", "affiliation", "Yemen", "al-Qaeda"),
    ("Israel's Armed Forces struck Hamas positions in Gaza.", "affiliation", "Armed Forces", "Israel"),
    # review: a capital before "office" is where the office sits, not its name
    ("The Taliban's Doha office said it had no ties to al-Qaeda.", "affiliation", "Doha", "Taliban"),
    # an oath taken by a group the pledge was not made to
    ("Jund al-Aqsa swore allegiance to the Islamic State, while Hamas welcomed the oath.", "accept", "Hamas",
     "Jund al-Aqsa"),
    # review: "the oath" is the pledge told last, not every earlier pledge to the acceptor in the text
    ("Jund al-Khilafa pledged allegiance to the Islamic State in 2014. Ansar Bait al-Maqdis pledged allegiance to the "
     "Islamic State in November, and the Islamic State accepted the oath within days.", "accept", "Islamic State",
     "Jund al-Khilafa"),
    # review: the part "of" a person's name with an Arabic article is the person's following, no affiliation
    ("The Mahdi Army faction of Muqtada al-Sadr clashed with the Badr Organisation.", "affiliation", "Mahdi Army",
     "Muqtada al-Sadr"),
]


@pytest.mark.parametrize("sentence,type_,source,target", FOUND)
def test_round17_reads(nlp, ev, sentence: str, type_: str, source: str,  # type: ignore[no-untyped-def]
                       target: str) -> None:
    assert _has(nlp, ev, sentence, type_, source, target)


@pytest.mark.parametrize("sentence,type_,source,target", NOT_FOUND)
def test_round17_look_alikes(nlp, ev, sentence: str, type_: str, source: str,  # type: ignore[no-untyped-def]
                             target: str) -> None:
    assert not _has(nlp, ev, sentence, type_, source, target)


def test_round17_no_dateline_party(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    """No relation takes a dateline for a party."""
    rels = _asserted(nlp, ev, "BAMENDA – The Bui Warriors and the Ambazonia Restoration Forces have been fighting "
                              "each other since March, MMI learnt.")
    assert all("BAMENDA" not in (r.source.text, r.target.text) and "MMI" not in (r.source.text, r.target.text)
               for r in rels), rels


def test_round17_told_group_is_no_newsroom() -> None:
    """Review: a known group, state or party that was told something is no newsroom ("Hamas told Fatah on Monday
    that ..."); a newsroom the knowledge base knows, or a name it does not, still is ("told AFP on Monday")."""
    from newsevents.extract.relations_args import _credited
    from newsevents.models import ActorRef

    def ref(text: str, name: str, actor_id: str, kind: str, sector: str, provisional: bool = False) -> ActorRef:
        start = text.index(name)
        return ActorRef(text=name, span=(start, start + len(name)), actor_id=actor_id, name=name, kind=kind,
                        sector=sector, provisional=provisional)

    fatah = "Hamas told Fatah on Monday that it would join a unity government."
    assert not _credited(fatah, ref(fatah, "Fatah", "FATAH", "organisation", "PTY"), [])
    qaeda = "The Taliban told al-Qaeda in 2021 to stop attacks from Afghan soil."
    assert not _credited(qaeda, ref(qaeda, "al-Qaeda", "AQ", "armed_group", "REB"), [])
    afp = "Fighters clashed with ISWAP, the group's spokesman told AFP on Monday."
    assert _credited(afp, ref(afp, "AFP", "AFP", "organisation", "JRN"), [])
    pti = "Fighters clashed with ISWAP, an official told PTI."
    assert _credited(pti, ref(pti, "PTI", "PROV_PTI", "organisation", "REB", provisional=True), [])
    # "according to" a group still credits it: the claim's source, not a party
    claim = "Fighters clashed with ISWAP, according to al-Qaeda."
    assert _credited(claim, ref(claim, "al-Qaeda", "AQ", "armed_group", "REB"), [])
