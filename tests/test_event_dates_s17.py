"""Event dates, session 17: a story's dateline ('NIAMEY, Feb 15 (Reuters) - ...') is the day the story was filed. It
dates the report, not the event its first sentence tells: the event takes the day the story gives it elsewhere ('on
Monday'), else the week up to the dateline. A chronology whose lines open with dates keeps each line's date."""

from __future__ import annotations

import pytest

from newsevents.extract import times
from newsevents.models import TimeExpr


def _events(text: str, published: str | None):  # type: ignore[no-untyped-def]
    from newsevents.library import extract

    return extract(text, published=published).events


def _expr(text: str, value: str, start: int, end: int) -> TimeExpr:
    return TimeExpr(doc_id="d", text=text[start:end], span=(start, end), value=value, precision="day", end=None,
                    how="partial", confidence=0.85, extractor="times")


def test_the_dateline_is_told_from_a_date_in_the_story() -> None:
    text = "NIAMEY, Feb 15 (Reuters) - Gunmen killed 12 soldiers. The attack on Feb 12 was the worst this year."
    dateline, inner = _expr(text, "2024-02-15", 8, 14), _expr(text, "2024-02-12", 69, 75)
    assert times._dateline_of([dateline, inner], text) is dateline


def test_a_chronology_has_no_dateline() -> None:
    """Counter-case: two dates in dateline form are no dateline (a digest of two filings)."""
    text = "GROZNY, Dec. 4 - Militants storm the press house.\nGROZNY, Dec. 5 - Police end the siege of a school.\n"
    first, second = _expr(text, "2014-12-04", 8, 14), _expr(text, "2014-12-05", 58, 64)
    assert times._dateline_of([first, second], text) is None


@pytest.mark.model
def test_the_lead_event_takes_the_weekday_the_story_gives_it_not_the_dateline() -> None:
    events = _events("NIAMEY, Feb 15 (Reuters) - Gunmen killed 12 soldiers in an attack on an army post in western "
                     "Niger, the defence ministry said. The attack took place on Monday near the border with Mali.",
                     "2024-02-15")
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert attacks and all(e.date is not None and e.date.value == "2024-02-12" for e in attacks)


@pytest.mark.model
def test_a_dateline_alone_dates_the_event_to_the_week_up_to_it() -> None:
    events = _events("KANO, Nigeria, June 4 - Suspected jihadists killed nine farmers in Borno state, residents said.",
                     "2024-06-05")
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert attacks and attacks[0].date is not None
    assert attacks[0].date.days == ("2024-05-29", "2024-06-04")


@pytest.mark.model
def test_a_date_in_the_first_sentence_that_is_no_dateline_still_dates_the_event() -> None:
    """Counter-case: 'on June 4' inside the sentence is the event's own day."""
    events = _events("Suspected jihadists killed nine farmers in Borno state on June 4, residents said.", "2024-06-06")
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert attacks and attacks[0].date is not None and attacks[0].date.value == "2024-06-04"


def test_a_date_opening_a_log_entry_is_no_dateline() -> None:
    """Counter-case: '8 Apr: UAV strike on a vehicle ...' in a security digest dates that line's event."""
    text = "8 Apr: UAV strike on a vehicle near Nabatieh (2 killed). Continued exchanges of fire along the border."
    assert times._dateline_of([_expr(text, "2024-04-08", 0, 5)], text) is None

