"""Relation extraction, session 15: leaders told through what they did, leaders' pledges, acceptances of "the oath",
documents that name a person, and "on the same side of the barricade".

* "P took over / took command of / assumed command of G", "P became leader of G", "P has led G since ...", "G, which
  has been led by P since ...": appoint P -> G (relations_leaders.took_the_lead);
* "G's P swore allegiance to Y", "P, who took over G, swore allegiance to Y", "its founder P": the pledge (and the
  acceptance of "the oath" after it) is G's (relations_leaders.leaders_pledges);
* "once Y had accepted the oath, the group renamed itself ...": a name after a clause break is no pledger;
* "P, named in a UN report as a commander of G": no appointment (relations_appointed);
* "on the same side of the barricade": no alliance.

Each has a counter-case the rule must not fire on."""

from __future__ import annotations

import pytest
from test_relations import _asserted, ev, nlp  # noqa: F401  (ev, nlp: that module's fixtures, shared)
from test_relations_round15 import _has

from newsevents.extract.relations_appointed import _NAMED_IN_DOCUMENT
from newsevents.extract.relations_leaders import _HAS_LED, _LED_BY, _TOOK_LEAD


# --- patterns (fast) ---------------------------------------------------------------------------


@pytest.mark.parametrize("gap", [" took over ", " took command of the ", " assumed command of ",
                                 " became leader of the ", " later took over the leadership of ",
                                 ", 'Fito', took over ", " became the new emir of "])
def test_took_lead_gaps(gap: str) -> None:
    assert _TOOK_LEAD.fullmatch(gap), gap


@pytest.mark.parametrize("gap", [" became a member of ", " took part in ", " fought ", " joined the ",
                                 " took over from "])
def test_took_lead_is_no_other_verb(gap: str) -> None:
    assert _TOOK_LEAD.fullmatch(gap) is None, gap


def test_led_by_needs_a_perfect_or_since() -> None:
    assert _LED_BY.search(", which has been led by ")
    assert _LED_BY.search(" led since 2020 by ")
    assert _LED_BY.search(" faction led by ") is None
    assert _HAS_LED.fullmatch(" has led the ")


def test_named_in_a_document() -> None:
    assert _NAMED_IN_DOCUMENT.search("in a UN report as a ")
    assert _NAMED_IN_DOCUMENT.search("on a US sanctions list as ")
    assert _NAMED_IN_DOCUMENT.search("in June 2018 as ") is None
    assert _NAMED_IN_DOCUMENT.search("by the Islamic State as ") is None


# --- sentences (spaCy) -------------------------------------------------------------------------


@pytest.mark.parametrize("sentence,person,group", [
    ("Musa Baluku took command of the ADF after its founder Jamil Mukulu was arrested in Tanzania in 2015.",
     "Musa Baluku", "ADF"),
    ("It is alleged that, after the death of Heriberto Lazcano in 2012, Miguel Ángel Treviño Morales assumed command "
     "of Los Zetas.", "Miguel Ángel Treviño Morales", "Los Zetas"),
    ("Hibatullah Akhundzada became leader of the Taliban in May 2016 after Akhtar Mansour was killed by a drone in "
     "Balochistan.", "Akhundzada", "Taliban"),
    ("Noor Wali Mehsud has led the TTP since June 2018, when his predecessor Mullah Fazlullah was killed in a US drone "
     "strike in Kunar.", "Noor Wali Mehsud", "TTP"),
    ("The BLA, which has been led by Bashir Zeb since its previous commander Aslam Baloch was killed in Kandahar in "
     "2018, also claimed the hijacking.", "Bashir Zeb", "BLA"),
])
def test_took_the_lead(nlp, ev, sentence: str, person: str, group: str) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, "appoint", person, group)


@pytest.mark.parametrize("sentence", [
    "Hamas took over Gaza in 2007 after a brief war with Fatah.",
    "Abu Hassan took control of the town of Saraqeb after the Nusra Front withdrew.",
    "The Nyatura faction led by John Love merged with the APCLS in 2020, local sources said.",
])
def test_took_the_lead_counter_cases(nlp, ev, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == "appoint"], sentence


def test_a_member_of_is_no_leader(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Ali Musa became a member of Hezbollah in 1990."
    assert not _has(nlp, ev, sentence, "appoint", "Ali Musa", "Hezbollah")


@pytest.mark.parametrize("sentence", [
    "From our archive, March 2015: Boko Haram's Abubakar Shekau has sworn allegiance to the Islamic State in an audio "
    "message, and the Islamic State's spokesman has accepted the oath.",
    "Abubakar Shekau, who took over Boko Haram after police killed its founder Mohammed Yusuf in 2009, swore "
    "allegiance to the Islamic State in March 2015, and the Islamic State's spokesman welcomed the oath within days.",
])
def test_a_leaders_pledge_is_his_groups(nlp, ev, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _has(nlp, ev, sentence, "pledge", "Boko Haram", "Islamic State")
    assert _has(nlp, ev, sentence, "accept", "Islamic State", "Boko Haram")
    assert not _has(nlp, ev, sentence, "pledge", "Abubakar Shekau", "Islamic State")


def test_a_person_tied_to_no_group_keeps_the_pledge(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Ahmed Ali, a critic of the Abu Sayyaf, swore allegiance to the Islamic State."
    assert not _has(nlp, ev, sentence, "pledge", "Abu Sayyaf", "Islamic State")


def test_the_oath_accepted_before_a_clause_break(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = ("Ansar Bayt al-Maqdis pledged itself to the Islamic State in November 2014; once the Islamic State had "
                "accepted the oath, the group renamed itself Wilayat Sinai.")
    assert _has(nlp, ev, sentence, "accept", "Islamic State", "Ansar Bayt al-Maqdis")


def test_the_oath_accepted_through_an_outlet_names_no_pledger(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "In October 2016 the Islamic State finally accepted the oath through its Amaq outlet."
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == "accept"]


def test_named_in_a_report_is_no_appointment(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "Ahmed Farah, named in a UN report as a commander of al-Shabaab, was arrested in Nairobi."
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == "appoint"]


def test_named_emir_in_an_apposition_still_reads(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = ("Noor Wali Mehsud, named emir of Tehrik-i-Taliban Pakistan in June 2018, spent 2020 reuniting splinter "
                "factions.")
    assert _has(nlp, ev, sentence, "appoint", "Noor Wali Mehsud", "Tehrik-i-Taliban Pakistan")


def test_same_side_of_the_barricade_is_no_alliance(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The ELN and the FARC were on the same side of the barricade in Arauca."
    assert not _has(nlp, ev, sentence, "alliance", "ELN", "FARC")


def test_fought_on_the_same_side_is_still_an_alliance(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = "The ELN and the FARC fought on the same side in Arauca."
    assert _has(nlp, ev, sentence, "alliance", "ELN", "FARC")


def test_led_since_by_after_an_apposition(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = ("Ansarul Islam, the group founded by the preacher Ibrahim Malam Dicko in the Soum, has been led since his "
                "death in 2017 by his brother Jafar Dicko.")
    assert _has(nlp, ev, sentence, "appoint", "Jafar Dicko", "Ansarul Islam")
    assert not _has(nlp, ev, sentence, "appoint", "Ibrahim Malam Dicko", "Ansarul Islam")


def test_a_description_names_the_successor(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = ("This paper follows al-Qaeda in the Islamic Maghreb after June 2020, when French forces killed "
                "Abdelmalek Droukdel and the organisation chose Abu Ubaydah Yusuf al-Anabi to replace him.")
    assert _has(nlp, ev, sentence, "appoint", "Abu Ubaydah Yusuf al-Anabi", "al-Qaeda in the Islamic Maghreb")
    assert not _has(nlp, ev, sentence, "appoint", "Abdelmalek Droukdel", "al-Qaeda in the Islamic Maghreb")


# --- members listed with "among them" ------------------------------------------------------------


@pytest.mark.parametrize("sentence,members,owner", [
    ("Explainer: the Séléka was a coalition of mostly northern rebel groups — the UFDR and the CPJP among them — that "
     "captured Bangui in March 2013.", ["UFDR", "CPJP"], "Séléka"),
    ("In November 2024 the member groups of the CSP-DPA, chief among them the MNLA and the HCUA, met in Kidal.",
     ["MNLA", "HCUA"], "CSP-DPA"),
])
def test_among_them_lists_members(nlp, ev, sentence: str, members: list[str], owner: str) -> None:  # type: ignore[no-untyped-def]
    for member in members:
        assert _has(nlp, ev, sentence, "affiliation", member, owner), member


@pytest.mark.parametrize("sentence", [
    "Ten people, among them a spokesman of the ELN and two FARC commanders, were killed in the raid.",
    "The militants of the ELN, the FARC and the EPL among them, attacked the town.",
])
def test_among_them_needs_a_groups_members(nlp, ev, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == "affiliation"], sentence


# --- members listed before "which together make up G" or after "G, a coalition including" ----------------


def test_which_together_make_up(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = ("Asked about Myanmar, the Minister said the Arakan Army, the Ta'ang National Liberation Army and the "
                "Myanmar National Democratic Alliance Army, which together make up the Three Brotherhood Alliance, "
                "launched Operation 1027.")
    for member in ("Arakan Army", "Ta'ang National Liberation Army", "Myanmar National Democratic Alliance Army"):
        assert _has(nlp, ev, sentence, "affiliation", member, "Three Brotherhood Alliance"), member
    assert not _has(nlp, ev, sentence, "affiliation", "Three Brotherhood Alliance", "Arakan Army")


def test_a_coalition_including(nlp, ev) -> None:  # type: ignore[no-untyped-def]
    sentence = ("Travel advisory: the Cárteles Unidos, a coalition including Los Viagras and the Cartel de "
                "Tepalcatepec, is fighting the CJNG around Aguililla.")
    assert _has(nlp, ev, sentence, "affiliation", "Los Viagras", "Cárteles Unidos")
    assert _has(nlp, ev, sentence, "affiliation", "Cartel de Tepalcatepec", "Cárteles Unidos")


@pytest.mark.parametrize("sentence", [
    "The Saudi-led coalition, including the UAE, struck Houthi positions.",
    "Ansar Dine and al-Mourabitoun, which formed JNIM in 2017, had long cooperated.",
])
def test_made_up_of_counter_cases(nlp, ev, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert not [r for r in _asserted(nlp, ev, sentence) if r.type == "affiliation"], sentence
