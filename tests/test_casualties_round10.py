"""Casualty counts, round 10: counts told by a state ('left N dead', 'reporting N dead'), approximators the parser
reads as prepositions, 'N more hurt', deaths told without a verb of killing, people with no number, zeros told with
'without' or 'unhurt', and how parts add up (own losses, ordinals, an unknown number, a part told by its degree)."""

from __future__ import annotations

import pytest
from test_casualties import _merged, _triple, nlp  # noqa: F401 (nlp is a fixture)

from newsevents.extract import quantities


def _frame_counts(nlp, text):
    """Per role, the (best, low, high) of the first frame of the sentence that has that role."""
    from newsevents.extract.typing import analyse

    out = {}
    for f in analyse(nlp(text)[:]):
        for role, c in f.counts.items():
            out.setdefault(role, _triple(c))
    return out


@pytest.mark.model
def test_casualties_left_dead_goes_to_the_event_the_verb_subject_names(nlp):
    got = _frame_counts(nlp, "Gunmen opened fire on a wedding in Zaria, and the attack left at least 17 guests dead.")
    assert got.get("fatalities") == (17, 17, None)


@pytest.mark.model
def test_casualties_reporting_people_dead_and_own_losses_are_added(nlp):
    text = ("Troops and insurgents fought for hours near Kidal, with the army reporting 11 rebels dead and admitting "
            "the loss of three of its own soldiers.")
    assert _triple(_merged(nlp, text)["fatalities"]) == (14, 14, 14)


@pytest.mark.model
def test_casualties_approximator_parsed_as_preposition_is_still_the_object(nlp):
    assert _triple(_merged(nlp, "The blasts killed 9 people and wounded about 1,400 across the city.")["injured"]) \
        == (1400, None, None)
    assert _triple(_merged(nlp, "The bomber struck a funeral, killing upwards of 30 mourners.")["fatalities"]) \
        == (30, 30, None)


@pytest.mark.model
def test_casualties_more_after_a_count_takes_the_following_state(nlp):
    got = _merged(nlp, "Officials said eight villagers were dead and dozens more hurt after the shelling.")
    assert _triple(got["fatalities"]) == (8, 8, 8) and _triple(got["injured"]) == (24, 24, 99)
    got = _merged(nlp, "Riot police detained 30 students and injured a dozen more.")
    assert _triple(got["injured"]) == (12, 12, 12)


@pytest.mark.model
def test_casualties_deaths_told_without_a_verb_of_killing(nlp):
    assert _triple(_merged(nlp, "At least 60 villagers were buried on Sunday after the raid.")["fatalities"]) \
        == (60, 60, None)
    assert "fatalities" not in _merged(nlp, "Nine miners were buried under the rubble but rescued alive.")
    assert "fatalities" not in _merged(nlp, "The retreating fighters buried 40 landmines along the road.")
    got = _merged(nlp, "Scores of people suffocated after the gas shell landed.")
    assert _triple(got["fatalities"]) == (40, 40, 99)
    assert _triple(_merged(nlp, "Officials confirmed the deaths of 22 fishermen in the strike.")["fatalities"]) \
        == (22, 22, 22)


@pytest.mark.model
def test_casualties_one_person_shot_or_not_surviving_counts_one(nlp):
    assert _triple(_merged(nlp, "Mayor Ana Ruiz was hit by two bullets outside the town hall.")["injured"]) == (1, 1, 1)
    assert _triple(_merged(nlp, "A mine went off under a minibus, and its driver did not survive.")["fatalities"]) \
        == (1, 1, 1)
    got = _merged(nlp, "A shepherd was shot dead and his nephew wounded by troops near the border.")
    assert _triple(got["fatalities"]) == (1, 1, 1) and _triple(got["injured"]) == (1, 1, 1)


@pytest.mark.model
def test_casualties_them_is_the_numbered_people_not_the_agent(nlp):
    text = "A mob seized 4 suspected thieves detained by police and beat them to death in the market."
    assert _triple(_merged(nlp, text)["fatalities"]) == (4, 4, 4)


@pytest.mark.model
def test_casualties_zero_told_with_reported_without_or_unhurt(nlp):
    assert _triple(_merged(nlp, "Arsonists set fire to the depot overnight; no one was reported injured.")["injured"]) \
        == (0, 0, 0)
    got = _merged(nlp, "The shell struck an empty school without causing any casualties.")
    assert _triple(got["fatalities"]) == (0, 0, 0) and _triple(got["injured"]) == (0, 0, 0)
    assert _triple(_merged(nlp, "All the pilgrims escaped unhurt when the bus was fired on.")["injured"]) == (0, 0, 0)
    assert "injured" not in _merged(nlp, "The governor escaped unhurt when gunmen fired on his car.")


@pytest.mark.model
def test_casualties_parts_ordinals_unknown_numbers_and_degree(nlp):
    got = _merged(nlp, "Rebels killed two guards at the gate; a third guard died of his wounds the next day.")
    assert _triple(got["fatalities"]) == (3, 3, 3)
    got = _merged(nlp, "Twelve police officers and an unknown number of attackers died in the assault.")
    assert _triple(got["fatalities"]) == (12, 12, None)
    assert _triple(_merged(nlp, "The mortar killed a boy and wounded three others, one seriously.")["injured"]) \
        == (3, 3, 3)
    assert _triple(_merged(nlp, "A drone strike killed commander Yusuf Bakr and four other men.")["fatalities"]) \
        == (5, 5, 5)
    assert _triple(_merged(nlp, "The raid killed a retired couple and their granddaughter.")["fatalities"]) \
        == (3, 3, 3)
    assert _triple(_merged(nlp, "The strike killed four generations of one family, 13 people in all.")
                   ["fatalities"]) == (13, 13, 13)


@pytest.mark.model
def test_casualties_parenthetical_source_makes_two_sources(nlp):
    text = "The raid left 5 dead, the army said, but villagers said at least 9 were killed."
    assert _triple(_merged(nlp, text)["fatalities"]) == (5, 5, 9)


@pytest.mark.model
def test_casualties_gun_turned_on_himself_adds_the_attacker(nlp):
    text = "A gunman shot dead four students before turning the gun on himself."
    assert _triple(_merged(nlp, text)["fatalities"]) == (5, 5, 5)


@pytest.mark.model
def test_casualties_revised_up_to_is_the_new_figure_not_a_ceiling(nlp):
    assert _triple(_merged(nlp, "Medics revised the number of wounded up to 85 on Monday.")["injured"]) == (85, 85, 85)
    assert _triple(_merged(nlp, "Up to 85 people were wounded in the blast.")["injured"]) == (85, None, 85)


@pytest.mark.model
def test_casualties_raised_up_needs_a_verb_of_change_and_no_number_between(nlp):
    hurt = quantities.find_quantities(nlp("The toll rose to 30, with up to 60 hurt.")[:])[-1]
    assert (hurt.best, hurt.low, hurt.high) == (60, None, 60)


@pytest.mark.model
def test_casualties_part_of_them_is_not_added_to_the_next_clause(nlp):
    text = "Police said 9 people were killed, 5 of them in one street, and 30 were wounded."
    got = _merged(nlp, text)
    assert _triple(got["fatalities"]) == (9, 9, 9) and _triple(got["injured"]) == (30, 30, 30)


@pytest.mark.model
def test_casualties_hundreds_of_thousands_is_one_vague_quantity(nlp):
    (q,) = quantities.find_quantities(nlp("The war displaced hundreds of thousands of people.")[:])
    assert (q.best, q.low, q.high) == (200000, 200000, 999999)


@pytest.mark.model
def test_casualties_each_side_losing_men_is_added(nlp):
    text = "The army lost 8 soldiers and the rebels lost about 15 in the fight for the bridge."
    assert _triple(_merged(nlp, text)["fatalities"]) == (23, None, None)


@pytest.mark.model
def test_casualties_harm_told_in_an_after_being_clause_counts_its_subject(nlp):
    text = "A banker and his wife were left in a coma after being poisoned at a dinner."
    assert _triple(_merged(nlp, text)["injured"]) == (2, 2, 2)
    got = _merged(nlp, "A trader died in hospital after being stabbed at the market.")
    assert _triple(got["fatalities"]) == (1, 1, 1) and "injured" not in got
    assert _triple(_merged(nlp, "A teacher was found dead a day after being abducted.")["fatalities"]) == (1, 1, 1)


@pytest.mark.model
def test_casualties_lists_of_victims_add_and_a_restated_total_is_kept(nlp):
    got = _merged(nlp, "Raiders killed a herder, his wife and their four children near the well.")
    assert _triple(got["fatalities"]) == (6, 6, 6)
    got = _merged(nlp, "The blast killed a policeman, three soldiers and a street vendor.")
    assert _triple(got["fatalities"]) == (5, 5, 5)
    got = _merged(nlp, "The ambush killed 10 people, six soldiers and four drivers, the army said.")
    assert _triple(got["fatalities"]) == (10, 10, 10)
    got = _merged(nlp, "The bomb went off at a stadium, killing more than 60 people, among them 9 police officers.")
    assert _triple(got["fatalities"]) == (60, 60, None)


@pytest.mark.model
def test_casualties_people_treated_for_wounds_are_injured(nlp):
    got = _merged(nlp, "Doctors at the district hospital treated 31 people for gunshot wounds.")
    assert _triple(got["injured"]) == (31, 31, 31)


@pytest.mark.model
def test_casualties_a_source_updating_its_own_figure_gives_the_last_one(nlp):
    got = _merged(nlp, "Police put the number of dead at 9, later raising it to 11.")
    assert _triple(got["fatalities"]) == (11, 11, 11)
    got = _merged(nlp, "The number of people wounded in the bombing has reached 52.")
    assert _triple(got["injured"]) == (52, 52, 52)
