"""Event dates: a time expression that dates the report ("police said on Friday") does not date the event."""

from __future__ import annotations

import pytest

from newsevents.extract.times import event_date
from newsevents.models import DateValue, TimeExpr

PUBLISHED = DateValue("2022-10-07", "day", "metadata")


def _date(text: str, trigger: str, times: dict[str, str]):  # type: ignore[no-untyped-def]
    found = [TimeExpr(doc_id="d", text=t, span=(text.index(t), text.index(t) + len(t)), value=v, precision="day",
                      how="relative") for t, v in times.items()]
    at = text.index(trigger)
    return event_date(found, (0, len(text)), (at, at + len(trigger)), text, PUBLISHED)


def test_a_date_of_the_report_only_bounds_the_event_to_the_week_up_to_it() -> None:
    d = _date("One of the people hurt in a grenade attack on a market in Quetta has died, doctors said on Friday.",
              "attack", {"Friday": "2022-10-07"})
    assert (d.value, d.precision, d.days) == ("2022-10-01", "month", ("2022-10-01", "2022-10-07"))
    told = _date("Gunmen attacked a checkpoint in Bannu, an officer told reporters on Friday.", "attacked",
                 {"Friday": "2022-10-07"})
    assert told.days == ("2022-10-01", "2022-10-07")


def test_the_event_keeps_its_own_date_beside_the_date_of_the_report() -> None:
    d = _date("Militants attacked a police post on Tuesday, officials said on Wednesday.", "attacked",
              {"Tuesday": "2022-10-04", "Wednesday": "2022-10-05"})
    assert (d.value, d.precision, d.days) == ("2022-10-04", "day", None)


def test_a_reporting_verb_that_is_the_event_keeps_its_date() -> None:
    d = _date("The group claimed on Friday that its fighters had carried out the ambush.", "claimed",
              {"Friday": "2022-10-07"})
    assert (d.value, d.precision) == ("2022-10-07", "day")


def _events(text: str, published: str):  # type: ignore[no-untyped-def]
    from newsevents.library import extract

    return extract(text, published=published).events


def _assault(text: str, published: str):  # type: ignore[no-untyped-def]
    """The one ASSAULT event the text gives."""
    (event,) = [e for e in _events(text, published) if e.event_type == "ASSAULT"]
    return event


@pytest.mark.model
def test_an_event_counted_from_another_day_of_its_sentence() -> None:
    """"four days after", "a day earlier": counted from the day the sentence names, or back from publication."""
    funeral_kill = _assault("A private funeral for the former minister was held in Tokyo on Tuesday, four days "
                            "after he was assassinated at a campaign event.", "2022-07-12")
    assert (funeral_kill.date.value, funeral_kill.date.text) == ("2022-07-08", "four days after")
    (seized,) = _events("Troops searched the forests for the pupils seized by bandits in Kuriga two days earlier.",
                        "2024-03-09")
    assert seized.date.value == "2024-03-07"


@pytest.mark.model
def test_the_weekend_is_the_latest_weekend_before_publication() -> None:
    shelling = _assault("Traders reopened stalls in Taiz on Wednesday after the weekend shelling of the market "
                        "that killed three people.", "2023-01-25")
    assert shelling.date.days == ("2023-01-21", "2023-01-22")


@pytest.mark.model
@pytest.mark.parametrize(("text", "place"), [
    ("In Iraq, a US drone strike in Baghdad on Thursday killed a commander of a militia.", "Baghdad"),
    ("Russian missiles struck Kramatorsk in Ukraine's Donetsk region on Tuesday, killing eight people.",
     "Kramatorsk"),
])
def test_the_finer_of_two_tied_places_and_the_place_the_verb_hit(text: str, place: str) -> None:
    assert _assault(text, "2024-01-05").location.name == place


def test_a_date_after_the_event_word_in_its_clause_beats_an_earlier_one() -> None:
    d = _date("Funeral prayers were held in Quetta on Sunday for three policemen killed at a checkpoint near "
              "Mastung on Friday.", "killed", {"Sunday": "2022-10-02", "Friday": "2022-09-30"})
    assert d.value == "2022-09-30"
    d = _date("Gunmen attacked a village on Sunday, and police arrested three suspects on Monday.", "attacked",
              {"Sunday": "2022-10-02", "Monday": "2022-10-03"})
    assert d.value == "2022-10-02"
    d = _date("On Sunday gunmen attacked a village, police said.", "attacked", {"Sunday": "2022-10-02"})
    assert d.value == "2022-10-02"


@pytest.mark.parametrize(("text", "value"), [
    ("Gunmen raided villages on Christmas Eve, killing 150 people.", "2023-12-24"),
    ("A truck rammed a crowd in a New Year’s Day attack.", "2023-01-01"),
    ("Halloween 2021 passed quietly.", "2021-10-31"),
])
def test_fixed_date_holidays_are_dates(text: str, value: str) -> None:
    from newsevents.extract.times_detect import find
    from newsevents.extract.times_resolve import resolve
    from datetime import date

    (mention,) = find(text)[0]
    assert resolve(mention, date(2023, 12, 29)).value == value


@pytest.mark.model
def test_the_previous_afternoon_is_the_day_before_the_one_the_sentence_names() -> None:
    shot = _assault("Tourists cut short their holidays in Kashmir on Wednesday after militants shot dead 26 "
                    "people near Pahalgam the previous afternoon.", "2025-04-23")
    assert (shot.date.value, shot.date.text) == ("2025-04-22", "the previous afternoon")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya began three days of national mourning on Wednesday for those killed in the attack on the Westgate mall.",
    "Families on Wednesday buried the 14 people killed by armed men in the village.",
    "Funerals were held on Wednesday for the nine police officers killed in the ambush.",
    "Hundreds marched in the town on Wednesday to mourn the 20 people killed when gunmen attacked a market.",
])
def test_a_day_of_a_later_act_bounds_the_event_to_the_week_up_to_it(text: str) -> None:
    """The day belongs to the mourning, the burial, the funerals: the attack told inside that clause happened
    that day or in the week before it."""
    events = [e for e in _events(text, "2013-09-25") if e.event_type == "ASSAULT"]
    assert events and all(e.date.days == ("2013-09-19", "2013-09-25") for e in events)


@pytest.mark.model
def test_a_later_act_coordinated_with_the_attack_shares_its_day() -> None:
    event = _assault("Gunmen stormed the village on Wednesday and killed 12 people, officials said.", "2013-09-26")
    assert (event.date.value, event.date.precision) == ("2013-09-25", "day")


@pytest.mark.model
def test_since_a_year_never_dates_the_event() -> None:
    event = _assault("A truck bomb killed 125 people in Baghdad on Sunday, the deadliest attack in the city "
                     "since 2003.", "2016-07-04")
    assert event.date.value == "2016-07-03"
    toll = _assault("The toll from the weekend bombing in Baghdad rose to 292, making it the deadliest attack "
                    "in the city since 2003.", "2016-07-07")
    assert toll.date.value != "2003-01-01" and toll.date.value.startswith("2016")


@pytest.mark.model
@pytest.mark.parametrize("phrase", ["early in the week", "at the start of the week"])
def test_the_start_of_the_week_dates_the_event(phrase: str) -> None:
    event = _assault(f"Gunmen killed 13 police officers in an ambush in Michoacan {phrase}.", "2019-10-16")
    assert event.date.days == ("2019-10-14", "2019-10-20") or event.date.value == "2019-10-14"


@pytest.mark.model
def test_a_nominal_attack_after_a_later_act_is_bounded_but_one_it_was_killed_in_keeps_the_day() -> None:
    mourning = _assault("Niger declared three days of national mourning on Monday after an attack on two "
                        "villages left 100 people dead.", "2021-01-04")
    assert mourning.date.days == ("2020-12-29", "2021-01-04")
    killed = _assault("Five people were killed in a bomb attack on a market in Maiduguri on Saturday.",
                      "2023-06-19")
    assert (killed.date.value, killed.date.precision) == ("2023-06-17", "day")


@pytest.mark.model
def test_a_since_clause_dates_the_start_of_a_period_not_the_event() -> None:
    for text in ("Gunmen have attacked police posts across the region since the army withdrew in 2012.",
                 "Al Shabaab, which claimed the killings, has stepped up raids since Kenyan troops entered Somalia in 2011."):
        (event,) = [e for e in _events(text, "2014-11-26") if e.event_type == "ASSAULT"]
        assert event.date.how == "document", text


@pytest.mark.model
def test_a_day_before_the_event_noun_names_the_event_whatever_the_tense() -> None:
    """"the toll from Monday's blast now stands at 75": the present tense of the toll does not make Monday a
    future day; "the May 2 raid ... buried on Friday": the day in the event's own name beats the burial's."""
    toll = _assault("The death toll from Monday's blast at the bus station now stands at 75, officials said.",
                    "2014-04-19")
    assert (toll.date.value, toll.date.precision) == ("2014-04-14", "day")
    buried = _assault("Relatives buried the victims of the May 2 raid on the village on Friday, a local chief said.",
                      "2021-05-08")
    assert (buried.date.value, buried.date.precision) == ("2021-05-02", "day")


@pytest.mark.model
def test_hours_after_a_later_act_is_the_same_day() -> None:
    event = _assault("The governor toured the market on Monday afternoon, hours after the blast killed 20 traders.",
                     "2019-03-12")
    assert (event.date.value, event.date.precision) == ("2019-03-11", "day")


@pytest.mark.model
def test_a_day_of_a_later_act_that_is_no_light_verb_bounds_a_nominal_event() -> None:
    """The day belongs to raising the reward, naming the suspect: the bombing only happened by then."""
    reward = _assault("Police raised the reward for information on the market bombing to a million rupees on "
                      "Saturday.", "2015-08-22")
    assert reward.date.days == ("2015-08-16", "2015-08-22")
    named = _assault("The ministry on Thursday named a man it said had carried out the bombing of the church.",
                     "2017-04-13")
    assert named.date.days == ("2017-04-07", "2017-04-13")


@pytest.mark.model
def test_a_date_of_an_earlier_report_does_not_date_a_later_sentence() -> None:
    """"officials said on Monday" dates a report; the next sentence's event is not tied to that day."""
    events = _events("Gunmen attacked the gas plant, officials said on Monday. Twenty militants were killed and "
                     "three captured.", "2013-01-21")
    killed = [e for e in events if "Twenty" in e.sentence.text]
    assert killed and all(e.date.how == "document" for e in killed)


@pytest.mark.parametrize(("text", "anchor", "value"), [
    ("Suicide bombers struck three churches on Easter Sunday.", "2019-04-30", "2019-04-21"),
    ("Two churches were bombed during Palm Sunday services.", "2017-04-13", "2017-04-09"),
    ("The attack on Good Friday 2015 killed 148 students.", "2024-01-10", "2015-04-03"),
    ("The cathedral was attacked on Easter.", "2016-02-01", "2015-04-05"),  # past tense: the last Easter before
])
def test_moveable_feasts_are_days(text: str, anchor: str, value: str) -> None:
    """Days counted from Easter Sunday of the right year; "Easter Island" and "the Easter Rising" are no days."""
    from datetime import date

    from newsevents.extract.times_detect import find
    from newsevents.extract.times_resolve import resolve

    (mention,) = find(text)[0]
    assert resolve(mention, date.fromisoformat(anchor)).value == value
    assert not find("Police on Easter Island and veterans of the Easter Rising")[0]


@pytest.mark.model
@pytest.mark.parametrize(("text", "value"), [
    ("Voters will cast ballots in Sunday's election.", "2024-01-14"),
    ("Results will be announced after Sunday's vote.", "2024-01-14"),
    ("The toll from Sunday's blast now stands at 20.", "2024-01-07"),
])
def test_a_named_day_is_past_only_in_a_clause_that_says_nothing_of_the_future(text: str, value: str) -> None:
    from newsevents.library import extract

    (sunday,) = [t for t in extract(text, published="2024-01-10").times if "Sunday" in t.text]
    assert sunday.value == value


@pytest.mark.model
def test_dying_after_the_event_is_no_later_act() -> None:
    event = _assault("Twelve people died following a bombing at a market in Kabul on Friday.", "2024-01-08")
    assert (event.date.value, event.date.precision) == ("2024-01-05", "day")


def test_feasts_need_their_own_calendar_and_are_no_agreements() -> None:
    from datetime import date

    from newsevents.extract.times_detect import find
    from newsevents.extract.times_resolve import resolve

    assert not find("The Good Friday Agreement ended decades of violence.")[0]
    (orthodox,) = find("Gunmen attacked a church on Orthodox Easter.")[0]
    assert resolve(orthodox, date(2024, 5, 20)).value == "2024-05-05"


@pytest.mark.model
def test_the_perpetrators_of_a_named_day_s_attack_presuppose_it_happened() -> None:
    from newsevents.library import extract

    text = ("The prime minister said the perpetrators of Thursday's bombing near Awantipora would pay a heavy "
            "price, as the toll of paramilitary police rose to 40.")
    (thursday,) = [t for t in extract(text, published="2019-02-16").times if "Thursday" in t.text]
    assert thursday.value == "2019-02-14"
