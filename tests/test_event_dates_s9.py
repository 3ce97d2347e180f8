"""Event dates, session 9: a time expression in a relative clause of the event's noun that tells the event itself
dates the event ("the bombings that killed 33 people nine days ago"), not the later act of the main clause."""

from __future__ import annotations

import pytest


def _events(text: str, published: str):  # type: ignore[no-untyped-def]
    from newsevents.library import extract

    return extract(text, published=published).events


@pytest.mark.model
def test_a_relative_clause_of_the_event_noun_dates_the_event() -> None:
    events = _events("Several hundred thousand people marched through Casablanca on Sunday to reject the suicide "
                     "bombings that killed 33 bystanders and 12 attackers in the city nine days ago.", "2003-05-25")
    attack = [e for e in events if e.event_type == "ASSAULT"]
    assert attack and all(e.date is not None and e.date.value == "2003-05-16" for e in attack)
    march = [e for e in events if e.event_type == "PROTEST"]
    assert march and march[0].date is not None and march[0].date.value == "2003-05-25"


@pytest.mark.model
def test_a_relative_clause_that_tells_a_later_act_does_not_date_the_event() -> None:
    """Counter-case: "which the minister condemned on Monday" is a later act; the raid keeps "on Saturday"."""
    events = _events("The raid on Saturday, which the minister condemned on Monday, killed five villagers.",
                     "2003-05-27")
    raid = [e for e in events if e.event_type == "ASSAULT"]
    assert raid and raid[0].date is not None and raid[0].date.value == "2003-05-24"


@pytest.mark.model
def test_a_later_act_joined_to_the_relative_clause_does_not_date_the_event() -> None:
    """Counter-case (review of session 9): "the bombing that killed 33 people and was claimed by Islamic State on
    Tuesday": Tuesday is the claim's day, not the bombing's."""
    events = _events("Police arrested three suspects on Friday over the bombing that killed 33 people and was claimed "
                     "by Islamic State on Tuesday.", "2024-05-10")
    bombing = [e for e in events if e.event_type == "ASSAULT"]
    assert bombing and all(e.date is None or e.date.value != "2024-05-07" for e in bombing)


@pytest.mark.model
def test_a_count_after_a_day_counts_from_that_day() -> None:
    """"a funeral on Friday, nine days after the shooting": nine days before that Friday, not before the document
    date; "nine days ago" still counts from the document date."""
    from newsevents.library import extract

    found = extract("Mourners gathered for the funeral on Friday, nine days after the shooting at the church.",
                    published="2015-06-30").times
    counted = next(t for t in found if t.text.startswith("nine days"))
    assert counted.value == "2015-06-17"  # Friday 2015-06-26 minus nine days
    ago = next(t for t in extract("Gunmen shot a pastor in the town nine days ago, his family said on Tuesday.",
                                  published="2015-06-30").times
               if t.text.startswith("nine days"))
    assert ago.value == "2015-06-21"
