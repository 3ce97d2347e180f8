"""Incidents, session 9: follow-up reports dated by their own act, bare toll updates read with their context."""

from __future__ import annotations

import pytest

from newsevents.incidents import IncidentIndex, merge_within_document
from newsevents.incidents.profile import DAY, PUBLISHED, bare_toll_update, follows_up, profile_of
from newsevents.models import EventDate, TextSpan

from test_incidents import ev

BOGOTA = ("Bogota", 4.61, -74.08, "CO", "Bogota D.C.")
BOGOTA_REGION = ("Bogota D.C.", 4.6, -74.1, "CO", "Bogota D.C.")


def _dated(event, value: str, text: str):  # type: ignore[no-untyped-def]
    return event.replace(date=EventDate(value, "day", text=text))


@pytest.mark.parametrize(
    ("sentence", "date_text"),
    [
        ("Colombian police on Sunday announced the arrest of nine suspects in connection with the bombing of the "
         "Andino shopping centre on 17 June.", "Sunday"),
        ("A 21-year-old man was charged on Friday with nine counts of murder after the shooting at the church.",
         "Friday"),
        ("A curfew was imposed in Jaipur on Wednesday, a day after a string of bombs struck the bazaars.",
         "Wednesday"),
        ("Families buried the victims of the weekend attack on Ofay.", None),
    ],
)
def test_a_follow_up_dated_by_its_own_act_is_recognised(sentence: str, date_text: str | None) -> None:
    assert follows_up(sentence, date_text)


@pytest.mark.parametrize(
    ("sentence", "date_text"),
    [
        # a new attack told beside an earlier one: no follow-up act
        ("Suspected militants killed 12 people in Masala on Saturday, a day after the massacre at Mayikengo.",
         "Saturday"),
        # the date words are the attack's own: the report is dated right already
        ("Prosecutors have arrested five men over the arson attack on the casino last Thursday.", "last Thursday"),
        ("Thousands attended the funeral on Thursday, a day after he was killed in an attack in Kabul.",
         "a day after"),
        ("Police said on Sunday they were looking for three men over the bombing of a night market on 2 September.",
         "2 September"),
        # a new attack announced as such
        ("Police arrested two men on Sunday after another bombing hit the market.", "Sunday"),
        # an attack referred to by a bare noun: any attack of the region that week fits it
        ("Seven other teenagers were arrested in raids across Sydney on Wednesday in connection with the attack.",
         "Wednesday"),
        # no attack referred to
        ("The district's security committee on Thursday imposed a night curfew in the town.", "Thursday"),
    ],
)
def test_a_new_attack_or_a_report_dated_by_its_attack_is_no_follow_up(sentence: str, date_text: str | None) -> None:
    assert not follows_up(sentence, date_text)


def test_a_follow_up_covers_the_days_before_its_own_date() -> None:
    arrest = _dated(ev("f", "Police on Sunday announced the arrest of nine men in connection with the bombing of "
                       "the Andino shopping centre.", date="2017-06-25", etype="COERCE", mode="arrest"),
                    "2017-06-25", "Sunday")
    p = profile_of(arrest, "2017-06-25")
    assert p.dprec == PUBLISHED and p.vague
    assert p.end - p.start == 10
    plain = _dated(ev("g", "Police on Sunday announced the arrest of nine men at a checkpoint.", date="2017-06-25",
                      etype="COERCE", mode="arrest"), "2017-06-25", "Sunday")
    assert profile_of(plain, "2017-06-25").dprec == DAY


def test_a_follow_up_a_week_later_joins_its_attack_and_two_look_alike_attacks_stay_apart() -> None:
    """Two bombings in one city four days apart, each told twice, and an arrest eight days after the second
    that names its target: the attacks stay two incidents and the arrest joins the one it names."""
    mall = [
        (ev("m1", "A bomb exploded in a toilet at the Andino shopping centre in Bogota, killing three women.",
            date="2017-06-17", place=BOGOTA, killed=3), "2017-06-17"),
        (ev("m2", "Three women were killed when a device went off at the Andino shopping centre in Bogota.",
            date="2017-06-17", place=BOGOTA, killed=3), "2017-06-18"),
    ]
    bus = [
        (ev("b1", "A bomb exploded on a bus at the Portal Norte station in Bogota, killing two passengers.",
            date="2017-06-13", place=BOGOTA, killed=2), "2017-06-13"),
        (ev("b2", "Two passengers died when a device went off on a bus at Portal Norte in Bogota.",
            date="2017-06-13", place=BOGOTA, killed=2), "2017-06-14"),
    ]
    arrest = _dated(ev("f", "Colombian police on Sunday announced the arrest of nine suspects in connection with "
                       "the bombing of the Andino shopping centre.", date="2017-06-25", place=BOGOTA_REGION,
                       place_precision="admin1", etype="COERCE", mode="arrest"), "2017-06-25", "Sunday")
    for order in (mall + bus + [(arrest, "2017-06-25")], [(arrest, "2017-06-25")] + bus + mall):
        index = IncidentIndex()
        for event, published in order:
            index.add(event, published)
        assert sorted(index.groups()) == [["b1", "b2"], ["f", "m1", "m2"]]


ARTICLE = (
    "Colombia blames FARC as El Nogal toll reaches 32\n"
    "Colombia's government said on Sunday that the FARC guerrillas were responsible for the car bomb that gutted "
    "the El Nogal social club on Friday evening. The toll has risen to 32. Officials pledged more troops."
)


def _article_event(eid: str, sentence: str, **kw: object):  # type: ignore[no-untyped-def]
    start = ARTICLE.index(sentence)
    return ev(eid, sentence, doc="art", span=(start, start + len(sentence)), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "bare"),
    [
        ("The toll has risen to 32.", True),
        ("Ukraine said the toll had reached 52.", True),
        ("One of the wounded soldiers died overnight, bringing the toll to seven.", True),
        ("The death toll from Monday's bombing in Jalalabad has risen to 11.", False),  # names its attack
        ("The toll of the floods is not known.", False),  # no update
    ],
)
def test_a_bare_toll_update_names_no_attack(sentence: str, bare: bool) -> None:
    assert bare_toll_update(sentence) is bare


def test_a_bare_toll_update_keeps_the_sentence_before_it_and_reads_it_for_evidence() -> None:
    toll = _article_event("t", "The toll has risen to 32.", date="2003-02-07", place=BOGOTA_REGION,
                          place_precision="admin1", killed=32)
    (merged,) = merge_within_document([toll], ARTICLE)
    assert [m.text for m in merged.mentions] == [
        "Colombia's government said on Sunday that the FARC guerrillas were responsible for the car bomb that "
        "gutted the El Nogal social club on Friday evening."
    ]
    assert set(profile_of(toll, "2003-02-09").keys) < set(profile_of(merged, "2003-02-09").keys)
    precise = ev("p", "A car bomb exploded in the car park of the El Nogal club in northern Bogota, killing 25.",
                 date="2003-02-07", place=BOGOTA, killed=25)
    index = IncidentIndex()
    index.add(precise, "2003-02-07")
    index.add(merged, "2003-02-09")
    assert index.incident_of("t") == index.incident_of("p")
    alone = IncidentIndex()
    alone.add(precise, "2003-02-07")
    alone.add(toll, "2003-02-09")
    assert alone.incident_of("t") != alone.incident_of("p")  # without its context: no evidence


def test_a_toll_update_naming_its_attack_gets_no_context_and_other_mentions_add_no_keys() -> None:
    text = "A bomb hit a market in Jalalabad.\nThe death toll from Monday's bombing in Jalalabad has risen to 11."
    start = text.index("The death")
    toll = ev("t", text[start:], doc="d", span=(start, len(text)), killed=11)
    (merged,) = merge_within_document([toll], text)
    assert merged.mentions == []
    told = toll.replace(mentions=[TextSpan("Islamic State said its fighters carried out the attack.", (0, 10))])
    assert profile_of(told, "2024-05-14").keys == profile_of(toll, "2024-05-14").keys


LAHORE = ("Lahore", 31.55, 74.34, "PK", "Punjab")


def test_an_act_and_the_attack_it_follows_in_one_sentence_join_the_attack_incident() -> None:
    """An arrest report's sentence tells the arrest and the attack ("arrested a man accused of guiding the bomber
    who attacked a rally in Lahore on Monday"): both events belong to the attack's incident, the arrest too."""
    sentence = ("Police said on Wednesday they had arrested a man accused of guiding the suicide bomber who attacked "
                "a rally in central Lahore on Monday.")
    common = {"doc": "arrest", "date": "2017-02-13", "place": LAHORE}
    arrest = ev("c", sentence, etype="COERCE", mode="arrest", **common)
    attack = ev("a", sentence, mode="suicide-attack", **common)
    first = ev("p", "A suicide bomber blew himself up at a protest on the Mall Road in Lahore on Monday evening, "
               "killing 13 people.", date="2017-02-13", place=LAHORE, killed=13, mode="suicide-attack")
    for order in ([first, attack, arrest], [arrest, attack, first]):
        index = IncidentIndex()
        for event in order:
            index.add(event, "2017-02-15" if event.doc_id == "arrest" else "2017-02-13")
        assert index.groups() == [["a", "c", "p"]]


def test_two_events_of_one_article_in_two_sentences_or_of_one_type_stay_apart() -> None:
    first = ev("p", "A suicide bomber blew himself up at a protest on the Mall Road in Lahore, killing 13 people.",
               date="2017-02-13", place=LAHORE, killed=13)
    for second, third in (
        # two sentences of one article
        (ev("s1", "A suicide bomber attacked a rally in central Lahore.", doc="d", span=(0, 52), place=LAHORE),
         ev("s2", "Police arrested a man in central Lahore.", doc="d", span=(53, 93), place=LAHORE,
            etype="COERCE", mode="arrest")),
        # one sentence, one type: two attacks the article's own merging kept apart
        (ev("s1", "A bomb hit a rally in Lahore and gunmen attacked a bus.", doc="d", place=LAHORE),
         ev("s2", "A bomb hit a rally in Lahore and gunmen attacked a bus.", doc="d", place=LAHORE)),
    ):
        index = IncidentIndex()
        for event in (first, second, third):
            index.add(event, "2017-02-13")
        assert not any({"s1", "s2"} <= set(g) for g in index.groups())
