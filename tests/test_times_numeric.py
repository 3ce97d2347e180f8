"""Numeric dates (04/06/2022, 11.05.2024, 19-09-2023): which number is the day. The text's own unambiguous
dates decide; dots and dashes are day first; an ambiguous slash date takes the reading on the document date's
side (before it for a past event) nearest to it."""

from __future__ import annotations

import pytest
import spacy

from newsevents.extract import times
from newsevents.extract.times_detect import find, numeric_order
from newsevents.models import DateValue

JUNE_5_2022 = DateValue("2022-06-05", "day", "metadata")


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def _dates(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(m.year, m.month, m.day) for m in find(text)[0] if m.kind == "date"]


def test_dotted_and_dashed_dates_are_day_first():
    assert _dates("11.05.2024, about 11:00. Shelling hit the market.") == [(2024, 5, 11)]
    assert _dates("19-09-2023 (Tue), 14:00. Gunmen opened fire.") == [(2023, 9, 19)]
    assert _dates("16.06.2024, night. Drones struck the camp.") == [(2024, 6, 16)]


def test_a_day_above_twelve_elsewhere_makes_the_text_day_first():
    assert numeric_order("Log of 18/03/2024. Earlier entry: 04/06/2024.") == "dmy"
    assert _dates("Log of 18/03/2024. Earlier entry: 04/06/2024.") == [(2024, 3, 18), (2024, 6, 4)]


def test_a_month_first_text_stays_month_first():  # counter-case: a US-style text
    assert numeric_order("Filed 03/18/2024; the raid of 04/06/2024 was cited.") == "mdy"
    assert _dates("Filed 03/18/2024; the raid of 04/06/2024 was cited.") == [(2024, 3, 18), (2024, 4, 6)]
    assert _dates("Filed 12/25/2023.") == [(2023, 12, 25)]


def test_mixed_evidence_decides_nothing():
    assert numeric_order("18/03/2024 and 03/18/2024") is None


def test_ambiguous_slash_date_takes_the_reading_just_before_a_past_report(blank):
    found = times.run(blank("04/06/2022, late morning. Gunmen killed five villagers."), doc_id="t",
                      published=JUNE_5_2022)
    assert [t.value for t in found] == ["2022-06-04"]  # June 4, the day before, not April 6


def test_ambiguous_slash_date_keeps_month_first_when_that_is_the_nearer_past(blank):
    found = times.run(blank("On 06/04/2022 gunmen killed five villagers."), doc_id="t", published=JUNE_5_2022)
    assert [t.value for t in found] == ["2022-06-04"]


def test_ambiguous_slash_date_without_a_document_date_stays_month_first(blank):
    found = times.run(blank("On 04/06/2022 gunmen killed five villagers."), doc_id="t", published=None)
    assert [t.value for t in found] == ["2022-04-06"]


def test_not_dates():  # counter-cases: version numbers, a two-digit year, a four-part number
    assert _dates("Running v1.10.2019 of the software.") == []
    assert _dates("The 3-2-24 vote.") == []
    assert _dates("Call 12.05.2023.4 now.") == []
