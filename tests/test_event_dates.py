"""Event dates: a time expression that dates the report ("police said on Friday") does not date the event."""

from __future__ import annotations

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
