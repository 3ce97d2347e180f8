"""Casualty counts, session 15 (casualties_told): a list sharing one state word, lives a fight cost, a lynching told
as 'stoned and burned', a side losing its people, people left short of breath or lying in hospital, and one named
person dead in an obituary's or a commemoration's words. Each shape has a sentence it must not fire on."""

from __future__ import annotations

import pytest
from test_casualties import _merged, _triple, nlp  # noqa: F401 (nlp is a fixture)


def _counts(nlp, text):
    return {role: _triple(c) for role, c in _merged(nlp, text).items()}


@pytest.mark.model
def test_casualties_s15_list_shares_its_trailing_state_word(nlp):
    got = _counts(nlp, "Local sources count five Dozo and 11 militants dead so far.")
    assert got["fatalities"] == (16, 16, 16)
    got = _counts(nlp, "The army's tally is nine soldiers and 31 militants dead.")
    assert got["fatalities"] == (40, 40, 40)
    # the state word before the last noun is that noun's alone
    got = _counts(nlp, "Local sources count five soldiers and 11 wounded militants.")
    assert "fatalities" not in got and got["injured"] == (11, 11, 11)


@pytest.mark.model
def test_casualties_s15_lives_a_fight_cost_are_dead(nlp):
    got = _counts(nlp, "Troops recaptured the district after a week of fighting that cost 13 soldiers their lives.")
    assert got["fatalities"] == (13, 13, 13)
    got = _counts(nlp, "The exchange that followed cost a corporal his life.")
    assert got["fatalities"] == (1, 1, 1)
    # what a strike costs workers is not their lives
    got = _counts(nlp, "The week-long strike cost 13 workers their jobs.")
    assert "fatalities" not in got


@pytest.mark.model
def test_casualties_s15_stoned_and_burned_is_a_lynching(nlp):
    got = _counts(nlp, "Residents stoned and burned 13 suspected gang members who had been stopped at a checkpoint.")
    assert got["fatalities"] == (13, 13, 13)
    got = _counts(nlp, "The minister replied that Deborah Samuel, a student at a college in Sokoto, was stoned and "
                       "burned by fellow students in May 2022.")
    assert got["fatalities"] == (1, 1, 1)
    # burned things are no one dead
    got = _counts(nlp, "Rioters stoned and burned 13 police vehicles outside the station.")
    assert "fatalities" not in got


@pytest.mark.model
def test_casualties_s15_a_side_losing_its_people(nlp):
    got = _counts(nlp, "Militants and local volunteers traded fire outside the town until dawn, losing three "
                       "volunteers.")
    assert got["fatalities"] == (3, 3, 3)
    got = _counts(nlp, "The company said it had lost more than 20 workers.")
    assert got["fatalities"][0] == 20
    # a party losing seats loses no one
    got = _counts(nlp, "The ruling party lost 20 seats in the vote.")
    assert "fatalities" not in got


@pytest.mark.model
def test_casualties_s15_people_short_of_breath_are_hurt(nlp):
    got = _counts(nlp, "A drone released a canister of choking gas over their trench, leaving four men struggling to "
                       "breathe.")
    assert got["injured"] == (4, 4, 4)
    got = _counts(nlp, "Seven soldiers were evacuated with breathing difficulties after drones dropped grenades "
                       "charged with an irritant gas.")
    assert got["injured"] == (7, 7, 7)
    # struggling at a task is no harm
    got = _counts(nlp, "The protesters left 40 officers struggling to contain the crowd.")
    assert "injured" not in got


@pytest.mark.model
def test_casualties_s15_people_lying_in_hospital_are_hurt(nlp):
    got = _counts(nlp, "Investigators found the pin on the pavement, and two customers remained in hospital.")
    assert got["injured"] == (2, 2, 2)
    # people who work in a hospital are not hurt
    got = _counts(nlp, "Two nurses are in hospital for the night shift.")
    assert "injured" not in got


@pytest.mark.model
def test_casualties_s15_one_named_person_dead_in_an_obituary(nlp):
    got = _counts(nlp, "Havildar Joginder Singh died on Monday of wounds from the grenade lobbed at his sentry post, "
                       "his regiment said.")
    assert got["fatalities"] == (1, 1, 1)
    got = _counts(nlp, "Father Isaac Achi died when gunmen attacked his residence and set it alight.")
    assert got["fatalities"] == (1, 1, 1)
    got = _counts(nlp, "Dr. Ali Darwish, the Latamneh surgeon who died in March 2017 when a chlorine cylinder was "
                       "dropped onto his cave hospital, is remembered by colleagues.")
    assert got["fatalities"] == (1, 1, 1)
    # a death told with no violent cause is not the attack's
    got = _counts(nlp, "Agnes Nyirahabimana, a seamstress who lost both legs when a grenade was thrown into the bus "
                       "station, an attack that injured 28 people, has died at 61.")
    assert "fatalities" not in got and got["injured"] == (28, 28, 28)


@pytest.mark.model
def test_casualties_s15_one_named_person_killed_told_without_an_object(nlp):
    got = _counts(nlp, "Shireen Abu Akleh, the Al Jazeera correspondent shot dead while covering an army raid in "
                       "Jenin, was honoured on Monday with a scholarship in her name.")
    assert got["fatalities"] == (1, 1, 1)
    got = _counts(nlp, "Alert: Ghanaian undercover reporter Ahmed Hussein-Suale killed by gunmen on a motorbike near "
                       "his home in Accra.")
    assert got["fatalities"] == (1, 1, 1)
    got = _counts(nlp, "Darya Dugina, killed when a bomb fitted under her car exploded on a road outside Moscow, has "
                       "since been turned into a martyr figure.")
    assert got["fatalities"] == (1, 1, 1)
    # a named person who killed someone is the killer, not the dead
    got = _counts(nlp, "Ahmed Khan killed two guards when he stormed the bank.")
    assert got["fatalities"] == (2, 2, 2)
