"""Casualty counts, session 17: 'them' after a count of people, read back to those people (not to the last plural
noun, a place or a thing), also for 'set them on fire'. Each shape has a sentence it must not fire on."""

from __future__ import annotations

import pytest
from test_casualties import _merged, nlp  # noqa: F401 (nlp is a fixture)


@pytest.mark.model
def test_casualties_s17_them_are_the_people_counted_before(nlp):
    got = _merged(nlp, "Residents dragged five elderly persons accused of witchcraft from their homes and burned "
                       "them to death.")
    assert got["fatalities"].best == 5
    got = _merged(nlp, "Residents seized 13 men from a police vehicle, beat them and set them on fire with tyres.")
    assert got["fatalities"].best == 13


@pytest.mark.model
def test_casualties_s17_them_that_are_things_are_no_dead(nlp):
    got = _merged(nlp, "Gunmen seized three trucks from the depot and set them on fire.")
    assert "fatalities" not in got
    got = _merged(nlp, "Thieves stole 40 goats from the market and sold them in town.")
    assert "fatalities" not in got
