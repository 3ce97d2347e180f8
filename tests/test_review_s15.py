"""Fixes from the review of session 15's changes, each with the input that showed the fault (the relation ones
are in test_review_s15_relations.py):

* casualties_told: "died after he fell at home" was a violent death; "lost two players to injury" were dead; "were in
  hospital to question the suspect" were injured (the violent causes stay: tests/test_casualties_s15.py);
* numeric dates: a range's bounds are swapped together; "192.10.11.2019" is no date."""

from __future__ import annotations

import pytest
import spacy
from test_casualties import _merged, nlp  # noqa: F401 (nlp is a fixture)

from newsevents.extract import times
from newsevents.extract.times_detect import find
from newsevents.models import DateValue


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Former president Jacques Chirac died on Thursday after he fell at home.",
    "The club lost two players to injury this season.",
    "Two police officers were in hospital to question the suspect.",
])
def test_no_casualties_in_ordinary_sentences(nlp, sentence) -> None:  # noqa: F811
    got = _merged(nlp, sentence)
    assert "fatalities" not in got and "injured" not in got, got


def test_numeric_range_bounds_swap_together() -> None:
    blank = spacy.blank("en")
    found = times.run(blank("Between 04/06/2022 and 05/06/2022 gunmen killed five villagers."), doc_id="t",
                      published=DateValue("2022-06-05", "day", "metadata"))
    assert [(t.value, t.end) for t in found] == [("2022-06-04", "2022-06-05")]


def test_a_four_part_number_is_no_date() -> None:
    assert [m for m in find("Server 192.10.11.2019 went down.")[0] if m.kind == "date"] == []
