"""Counting people killed, injured, arrested or mobilised from parsed sentences."""

from __future__ import annotations

import pytest

from newsevents.extract import casualties, quantities


def test_casualties_words_to_int_reads_digits_words_and_scales():
    assert quantities.words_to_int(["fourteen"]) == 14
    assert quantities.words_to_int(["twenty-five"]) == 25
    assert quantities.words_to_int(["2,000"]) == 2000
    assert quantities.words_to_int(["two", "dozen"]) == 24
    assert quantities.words_to_int(["a", "dozen"]) == 12
    assert quantities.words_to_int(["1.5", "million"]) == 1_500_000
    assert quantities.words_to_int(["two", "hundred"]) == 200
    assert quantities.words_to_int(["soldiers"]) is None


@pytest.fixture(scope="module")
def nlp():
    from newsevents.nlp import load

    return load(with_ruler=False)


def _merged(nlp, text):
    doc = nlp(text)
    return casualties.merge(casualties.find_counts(doc[:]))


def _triple(c):
    return (c.best, c.low, c.high)


@pytest.mark.model
def test_casualties_killed_and_wounded_in_one_clause(nlp):
    got = _merged(nlp, "The attack in Grozny killed 14 policemen and wounded 36 people.")
    assert _triple(got["fatalities"]) == (14, 14, 14)
    assert _triple(got["injured"]) == (36, 36, 36)
    assert got["fatalities"].text == "14 policemen"


@pytest.mark.model
def test_casualties_approximations_set_open_bounds(nlp):
    assert _triple(_merged(nlp, "At least 25 people were killed.")["fatalities"]) == (25, 25, None)
    assert _triple(_merged(nlp, "As many as 2,000 Chechens have been fighting in Syria.")["size"]) == (2000, None, 2000)
    assert _triple(_merged(nlp, "Over 2,000 Russians traveled to Syria to join ISIS.")["size"]) == (2000, 2000, None)
    assert _triple(_merged(nlp, "Dozens of people were wounded.")["injured"]) == (24, 24, 99)


@pytest.mark.model
def test_casualties_range_gives_low_and_high(nlp):
    assert _triple(_merged(nlp, "Between 10 and 15 people were injured.")["injured"]) == (10, 10, 15)


@pytest.mark.model
def test_casualties_per_side_parts_are_added_but_total_and_part_are_not(nlp):
    parts = _merged(nlp, "Twelve soldiers and 30 militants were killed.")
    assert parts["fatalities"].best == 42
    total = _merged(nlp, "Fifteen people were killed, including ten soldiers.")
    assert total["fatalities"].best == 15


@pytest.mark.model
def test_casualties_death_toll_and_left_dead(nlp):
    assert _merged(nlp, "The death toll rose to 30 on Tuesday.")["fatalities"].best == 30
    got = _merged(nlp, "A stabbing spree in Guizhou province left two dead and 18 injured.")
    assert got["fatalities"].best == 2 and got["injured"].best == 18


@pytest.mark.model
def test_casualties_conjoined_single_victim_adds_one(nlp):
    got = _merged(nlp, "Two bombs killed six police officers and a civilian in Giza.")
    assert got["fatalities"].best == 7


@pytest.mark.model
def test_casualties_no_injuries_is_zero_and_dates_are_not_counts(nlp):
    assert _merged(nlp, "Gunmen fired on a patrol, causing no injuries.")["injured"].best == 0
    assert _merged(nlp, "The attack happened on December 4, 2014 in Grozny.") == {}


@pytest.mark.model
def test_casualties_nobody_hurt_is_zero_not_one(nlp):
    assert _triple(_merged(nlp, "Arsonists set fire to a mosque on Thursday; no one was hurt.")["injured"]) == (0, 0, 0)
    assert _merged(nlp, "Gang members tossed a grenade at a house, hurting nobody.")["injured"].best == 0


@pytest.mark.model
def test_casualties_several_and_a_third_and_conjoined_singles(nlp):
    assert _triple(_merged(nlp, "Officers fired rubber bullets, injuring several people.")["injured"]) == (3, 3, 9)
    got = _merged(nlp, "A drone hit a car, killing two fighters and wounding a third.")
    assert got["fatalities"].best == 2 and got["injured"].best == 1
    assert _merged(nlp, "The attack killed a soldier and a civilian on Monday.")["fatalities"].best == 2


@pytest.mark.model
def test_casualties_number_state_pairs_and_split_nouns(nlp):
    got = _merged(nlp, "A mortar attack on the base left three dead and five wounded.")
    assert got["fatalities"].best == 3 and got["injured"].best == 5
    assert _merged(nlp, "A bomb went off outside a bank, injuring four passers-by.")["injured"].best == 4
    assert _merged(nlp, "Vigilantes beat a suspected pickpocket to death on Friday.")["fatalities"].best == 1


@pytest.mark.model
def test_casualties_number_words_joined_by_and(nlp):
    got = _merged(nlp, "Gunmen killed one hundred and twelve villagers in Plateau state.")
    assert _triple(got["fatalities"]) == (112, 112, 112)


@pytest.mark.model
def test_casualties_lost_their_lives_and_claimed_the_lives_are_deaths(nlp):
    got = _merged(nlp, "Thirty people lost their lives and more than fifty were hurt when the bomb went off.")
    assert _triple(got["fatalities"]) == (30, 30, 30) and _triple(got["injured"]) == (50, 50, None)
    assert _triple(_merged(nlp, "The bombing claimed the lives of 19 people.")["fatalities"]) == (19, 19, 19)


@pytest.mark.model
def test_casualties_single_person_beside_a_count_adds_one(nlp):
    assert _merged(nlp, "The shell killed a man and his three sons.")["fatalities"].best == 4
    assert _merged(nlp, "The bomber blew herself up, killing herself and nine shoppers.")["fatalities"].best == 10
    assert _merged(nlp, "The blast killed four soldiers and a street vendor.")["fatalities"].best == 5
    assert _merged(nlp, "The explosion killed the bomber and seven others.")["fatalities"].best == 8
    assert _merged(nlp, "Troops fired on the car, killing a couple and their two children.")["fatalities"].best == 4
    # a total with its part is not added up
    assert _merged(nlp, "The attack killed 15 people, including a policeman.")["fatalities"].best == 15


@pytest.mark.model
def test_casualties_no_casualties_means_nobody_killed_or_hurt(nlp):
    got = _merged(nlp, "A grenade was thrown into the compound, causing no casualties.")
    assert _triple(got["fatalities"]) == (0, 0, 0) and _triple(got["injured"]) == (0, 0, 0)
    # 'no injuries' where no death is named: nobody killed either (round 18; the newer written sets code 0 / 0)
    got = _merged(nlp, "A grenade was thrown into the compound, causing no injuries.")
    assert _triple(got["fatalities"]) == (0, 0, 0) and _triple(got["injured"]) == (0, 0, 0)


@pytest.mark.model
def test_casualties_hospital_among_the_dead_and_a_possessive_victim(nlp):
    assert _merged(nlp, "The mob attacked the fans, leaving six people in hospital.")["injured"].best == 6
    assert _merged(nlp, "Five policemen were among the dead, officials said.")["fatalities"].best == 5
    assert _merged(nlp, "Gunmen kidnapped the mayor, and his driver was shot dead.")["fatalities"].best == 1
    assert _merged(nlp, "Stones were thrown and six officers were lightly injured.")["injured"].best == 6
