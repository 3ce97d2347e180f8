"""Casualty counts, round 6 (issue #4): number words split by the tokenizer, ranges, parts, repeats, sides, zeros."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import jsonl_rows
from test_casualties import _merged, _triple, nlp  # noqa: F401 (nlp is a fixture)

DEV = Path(__file__).resolve().parents[1] / "eval" / "data" / "casualties_dev.jsonl"
ROLES = ("fatalities", "injured", "arrested", "kidnapped")


def test_casualty_dev_set_is_well_formed_and_covers_each_phrasing():
    rows = [r for _, r in jsonl_rows(DEV)]
    assert len(rows) >= 150
    assert len({r["text"] for r in rows}) == len(rows), "a snippet occurs twice"
    for r in rows:
        assert set(r) == {"id", "category", "text", *ROLES, "illustrative"} and r["illustrative"] is True, r["id"]
        for role in ROLES:
            c = r[role]
            if c is not None:
                assert list(c) == ["best", "low", "high"] and isinstance(c["best"], int), r["id"]
                assert (c["low"] is None or c["low"] <= c["best"]) and (c["high"] is None or c["high"] >= c["best"]), r["id"]
    per_category = {}
    for r in rows:
        per_category[r["category"]] = per_category.get(r["category"], 0) + 1
    assert min(per_category.values()) >= 4 and len(per_category) >= 15, per_category
    assert sum(all(r[role] is None for role in ROLES) for r in rows) >= 3, "no snippet without a count"




@pytest.mark.model
def test_casualties_hyphen_between_digits_is_a_range_between_words_a_number(nlp):
    assert _triple(_merged(nlp, "The explosion wounded 30-40 people, according to rescuers.")["injured"]) == (30, 30, 40)
    assert _triple(_merged(nlp, "The blast wounded forty-two people in the old city.")["injured"]) == (42, 42, 42)


@pytest.mark.model
def test_casualties_about_before_a_range_keeps_the_range(nlp):
    assert _triple(_merged(nlp, "Some eight to ten people were hurt in the clashes.")["injured"]) == (8, 8, 10)
    assert _triple(_merged(nlp, "About 35 people were wounded in the attack.")["injured"]) == (35, None, None)


@pytest.mark.model
def test_casualties_number_word_parsed_as_adjective_still_counts(nlp):
    assert _triple(_merged(nlp, "Eleven people, mostly women, were wounded in the stampede.")["injured"]) == (11, 11, 11)


@pytest.mark.model
def test_casualties_number_followed_by_its_state_word(nlp):
    got = _merged(nlp, "The attack left nineteen dead and thirty-four wounded.")
    assert _triple(got["fatalities"]) == (19, 19, 19) and _triple(got["injured"]) == (34, 34, 34)


@pytest.mark.model
def test_casualties_partitive_counts_the_part_not_the_group(nlp):
    assert _triple(_merged(nlp, "Militants killed 4 of the 10 passengers on the bus.")["fatalities"]) == (4, 4, 4)


@pytest.mark.model
def test_casualties_feared_reported_believed_give_their_complement_state(nlp):
    assert _triple(_merged(nlp, "At least 20 people are feared dead after the attack.")["fatalities"]) == (20, 20, None)
    assert _merged(nlp, "Five people were reported killed in the raid.")["fatalities"].best == 5
    got = _merged(nlp, "Between 200 and 300 people are believed to have been abducted from the school.")
    assert _triple(got["kidnapped"]) == (200, 200, 300)
    # the people who say it are not counted
    assert _merged(nlp, "Two officials said 20 people were killed.")["fatalities"].best == 20


@pytest.mark.model
def test_casualties_number_of_people_killed_rose_to(nlp):
    got = _merged(nlp, "The number of people killed in the attack rose to 31 on Tuesday, up from 19.")
    assert _triple(got["fatalities"]) == (31, 31, 31)


@pytest.mark.model
def test_casualties_taken_into_custody_is_an_arrest(nlp):
    assert _merged(nlp, "Four suspects were taken into custody after the bombing.")["arrested"].best == 4


@pytest.mark.model
def test_casualties_zero_from_no_reports_no_arrests_and_negated_verbs(nlp):
    got = _merged(nlp, "There were no reports of casualties after the shelling.")
    assert _triple(got["fatalities"]) == (0, 0, 0) and _triple(got["injured"]) == (0, 0, 0)
    assert got["fatalities"].text == "no reports of casualties"
    assert _merged(nlp, "Police fired tear gas but made no arrests.")["arrested"].best == 0
    assert _merged(nlp, "The gunmen fired into the air and did not hurt anyone.")["injured"].best == 0
    assert _merged(nlp, "The mob looted shops without injuring anyone.")["injured"].best == 0
    # 'anyone' without a negation is no count
    assert _merged(nlp, "Police said anyone who was hurt should call.") == {}


@pytest.mark.model
def test_casualties_attackers_killed_in_their_own_clause_are_added_to_their_victims(nlp):
    got = _merged(nlp, "Security forces shot dead three gunmen after they killed seven worshippers at the mosque.")
    assert got["fatalities"].best == 10
    assert _merged(nlp, "Police killed the attacker after he stabbed two people to death.")["fatalities"].best == 3
    got = _merged(nlp, "The army said it killed 30 of the attackers and lost four of its own men.")
    assert got["fatalities"].best == 34
    got = _merged(nlp, "Government forces lost six men, while the rebels lost at least 15 fighters.")
    assert _triple(got["fatalities"]) == (21, 21, None)
    # attackers told as part of the total are not added
    assert _merged(nlp, "The blast killed 14 people, including the two suicide bombers.")["fatalities"].best == 14


@pytest.mark.model
def test_casualties_both_counts_two(nlp):
    got = _merged(nlp, "Both bombers died in the twin explosions, which also killed nine shoppers.")
    assert got["fatalities"].best == 11


@pytest.mark.model
def test_casualties_ended_with_people_dead(nlp):
    got = _merged(nlp, "The siege of the hotel ended with all four attackers and three guests dead.")
    assert _triple(got["fatalities"]) == (7, 7, 7)


@pytest.mark.model
def test_casualties_single_person_kidnapped_or_arrested(nlp):
    assert _triple(_merged(nlp, "An engineer was kidnapped on his way to work.")["kidnapped"]) == (1, 1, 1)
    assert _merged(nlp, "Officers detained a 19-year-old man after the shooting.")["arrested"].best == 1
    assert _merged(nlp, "Police arrested the protest leader and 19 of his supporters.")["arrested"].best == 20


@pytest.mark.model
def test_casualties_toll_rising_from_one_figure_to_another_keeps_the_last(nlp):
    got = _merged(nlp, "The death toll from the bombing has risen from 20 to 35, officials said.")
    assert _triple(got["fatalities"]) == (35, 35, 35)
    assert _triple(_merged(nlp, "The number of injured climbed from twenty-five to forty.")["injured"]) == (40, 40, 40)
    # a range that is not a change stays a range
    assert _triple(_merged(nlp, "Between 10 and 15 people were killed.")["fatalities"]) == (10, 10, 15)


@pytest.mark.model
def test_casualties_the_only_person_killed_is_one(nlp):
    got = _merged(nlp, "The bomber blew himself up near a mosque; he was the only person killed, police said.")
    assert _triple(got["fatalities"]) == (1, 1, 1)
    assert _merged(nlp, "The gunman was the only one killed in the exchange of fire.")["fatalities"].best == 1


@pytest.mark.model
def test_casualties_more_others_further_are_added_to_the_first_count(nlp):
    got = _merged(nlp, "Two people died on the spot and three more died later in hospital, police said.")
    assert got["fatalities"].best == 5
    got = _merged(nlp, "Gunmen killed five people in one village and three others in a neighbouring hamlet.")
    assert got["fatalities"].best == 8
    assert _merged(nlp, "The gunmen killed three people, and a further two died in hospital.")["fatalities"].best == 5
    # the 'more' of "more than" adds nothing
    assert _triple(_merged(nlp, "Rebels killed more than 20 villagers.")["fatalities"]) == (20, 20, None)


@pytest.mark.model
def test_casualties_bodies_found_are_deaths(nlp):
    assert _merged(nlp, "Rescue workers recovered fifteen bodies from the rubble.")["fatalities"].best == 15
    assert _merged(nlp, "Twelve bodies were found dumped near the river.")["fatalities"].best == 12


@pytest.mark.model
def test_casualties_small_number_misread_as_a_date_still_counts(nlp):
    got = _merged(nlp, "The number of dead from the floods and the violence stands at 43, officials said.")
    assert got["fatalities"].best == 43
    assert _merged(nlp, "In 2015, gunmen killed 17 people at the same church.")["fatalities"].best == 17


@pytest.mark.model
def test_casualties_the_shooters_are_not_the_dead(nlp):
    got = _merged(nlp, "Two men on a motorbike gunned down the mayor of a small town outside his house on Friday.")
    assert _triple(got["fatalities"]) == (1, 1, 1)
    assert _merged(nlp, "A mob beat to death a man accused of blasphemy on Friday, police said.")["fatalities"].best == 1
    assert _merged(nlp, "Police gunned down at least 19 protesters.")["fatalities"].best == 19


@pytest.mark.model
def test_casualties_two_subjects_of_one_verb_are_parts(nlp):
    got = _merged(nlp, "The monitor said 23 pro-government fighters and 17 jihadists were killed in the clashes.")
    assert got["fatalities"].best == 40


@pytest.mark.model
def test_casualties_one_of_a_group_wounded_counts_the_group(nlp):
    got = _merged(nlp, "The doctor treated a survivor, one of 14 people wounded in the attack on the market.")
    assert got["injured"].best == 14


@pytest.mark.model
def test_casualties_two_sources_disagreeing_are_not_added(nlp):
    # two sources for the same dead: the conservative figure is best and low, the other the high (ONTOLOGY.md)
    got = _merged(nlp, "Witnesses said soldiers killed at least 40 people in the village, though the army said "
                       "only 12 militants died.")
    assert (got["fatalities"].best, got["fatalities"].low, got["fatalities"].high) == (12, 12, 40)
    got = _merged(nlp, "Security forces shot dead three gunmen after they killed seven worshippers, police said.")
    assert got["fatalities"].best == 10


@pytest.mark.model
def test_casualties_half_a_dozen_and_a_couple_of(nlp):
    assert _triple(_merged(nlp, "Half a dozen policemen were wounded by petrol bombs.")["injured"]) == (6, 6, 6)
    assert _triple(_merged(nlp, "The blast wounded a couple of shopkeepers.")["injured"]) == (2, 2, 2)
    # a married couple is two people, counted once
    assert _merged(nlp, "Troops fired on the car, killing a couple and their two children.")["fatalities"].best == 4


@pytest.mark.model
def test_casualties_lives_lost(nlp):
    assert _merged(nlp, "Fourteen lives were lost when the rebels shelled the market.")["fatalities"].best == 14


@pytest.mark.model
def test_casualties_earlier_figures_give_way_to_the_current_one(nlp):
    got = _merged(nlp, "Police said 4 people were killed and 12 hurt in the blast; earlier reports had put the toll at 7.")
    assert got["fatalities"].best == 4
    got = _merged(nlp, "The attack came a week after an earlier raid killed 12 people; this time gunmen killed five.")
    assert got["fatalities"].best == 5
    assert _merged(nlp, "The death toll, initially put at 12, rose to 20 on Monday.")["fatalities"].best == 20


@pytest.mark.model
def test_casualties_the_subject_of_an_active_killing_is_the_killer(nlp):
    got = _merged(nlp, "Soldiers gang-raped 17 women during an operation in the village, and killed two men who tried "
                       "to stop them, a rights group said.")
    assert got["fatalities"].best == 2
    assert _merged(nlp, "Five people killed in attack on market.")["fatalities"].best == 5


@pytest.mark.model
def test_casualties_stoned_to_death_and_sickened(nlp):
    assert _merged(nlp, "A crowd stoned a man to death after accusing him of blasphemy.")["fatalities"].best == 1
    got = _merged(nlp, "Aircraft dropped barrels filled with chlorine on the district, sickening 60 people.")
    assert got["injured"].best == 60


@pytest.mark.model
def test_casualties_a_killer_who_kills_himself_adds_one(nlp):
    got = _merged(nlp, "The gunman shot dead five people before killing himself, police said.")
    assert _triple(got["fatalities"]) == (6, 6, 6)
    assert _merged(nlp, "The bomber blew herself up, killing herself and nine shoppers.")["fatalities"].best == 10


@pytest.mark.model
def test_casualties_vague_dozens_and_a_hundred_with_approximators(nlp):
    assert _triple(_merged(nlp, "Several dozen protesters were injured in clashes.")["injured"]) == (36, 36, 108)
    assert _triple(_merged(nlp, "Over a hundred people were killed in the massacre.")["fatalities"]) == (100, 100, None)
    assert _triple(_merged(nlp, "Nearly a hundred people were wounded in the blasts.")["injured"]) == (100, None, 100)
    assert _triple(_merged(nlp, "A hundred people were arrested.")["arrested"]) == (100, 100, 100)


@pytest.mark.model
def test_casualties_toll_of_n_and_a_running_toll_of_other_attacks(nlp):
    assert _merged(nlp, "The death toll of 12 made it the deadliest attack in the province.")["fatalities"].best == 12
    got = _merged(nlp, "Armed men killed 18 people in two villages overnight, raising the toll from attacks in the "
                       "state this month to more than 100.")
    assert _triple(got["fatalities"]) == (18, 18, 18)
    assert _merged(nlp, "The death toll from Sunday's bombing rose to 30.")["fatalities"].best == 30


@pytest.mark.model
def test_casualties_conjoined_single_on_the_verb_pronoun_victims_and_beatings(nlp):
    got = _merged(nlp, "Gunmen carried out attacks on Sunday, killing four members of the security forces and a woman "
                       "visiting from Canada, officials said.")
    assert got["fatalities"].best == 5
    got = _merged(nlp, "A mob set upon three men suspected of witchcraft and hacked them to death with machetes.")
    assert got["fatalities"].best == 3
    assert _merged(nlp, "Vigilantes burned a suspected thief alive in a market, witnesses said.")["fatalities"].best == 1
    got = _merged(nlp, "Residents attacked foreign-owned shops on Sunday, beating several shopkeepers.")
    assert _triple(got["injured"]) == (3, 3, 9) and "fatalities" not in got


@pytest.mark.model
def test_casualties_a_person_named_by_nationality_is_one(nlp):
    got = _merged(nlp, "Israeli forces killed a 17-year-old Palestinian during a raid on Tuesday.")
    assert _triple(got["fatalities"]) == (1, 1, 1)
    assert _merged(nlp, "The bomb killed a Briton and two Afghans.")["fatalities"].best == 3


@pytest.mark.model
def test_casualties_martyred_sustained_injuries_and_rushed_to_hospital(nlp):
    got = _merged(nlp, '"Seven of our fighters were martyred in the bombardment," the group said.')
    assert got["fatalities"].best == 7
    assert _merged(nlp, "Twelve people sustained injuries in the blast, police said.")["injured"].best == 12
    assert _merged(nlp, "Nine people suffered gunshot wounds when police opened fire.")["injured"].best == 9
    assert _merged(nlp, "Fifteen people were rushed to hospital after the attack.")["injured"].best == 15


@pytest.mark.model
def test_a_single_person_who_died_is_one_fatality(nlp):
    """"A protester died after ...": one dead, though no number is written; "he died" may be the attacker."""
    assert _triple(_merged(nlp, "A protester died after being hit by a tear-gas canister.")["fatalities"]) == (1, 1, 1)
    assert "fatalities" not in _merged(nlp, "He died in hospital on Monday after the attack on the market.")
