"""Casualty counts, round 11: ages after 'aged', lives a fight cost, a capitalised number the parser compounds,
people taken to hospital or needing treatment, 'left N and a corporal dead', 'shot dead' before a title, a named
person after 'the', 'together with', attackers who killed themselves, 'also', each side's own dead, a figure a side
acknowledged, a figure updated in the clause of one role, counts cut off from their verb, single bodies found and
single people told in clauses of their own."""

from __future__ import annotations

import pytest
from test_casualties import _merged, _triple, nlp  # noqa: F401 (nlp is a fixture)


def _counts(nlp, text):
    return {role: _triple(c) for role, c in _merged(nlp, text).items()}


@pytest.mark.model
def test_casualties_a_number_after_aged_is_an_age(nlp):
    got = _counts(nlp, "A landmine exploded under two brothers walking home, killing the younger, aged nine, the "
                       "ombudsman said.")
    assert got.get("fatalities") != (9, 9, 9)
    got = _counts(nlp, "The mine went off under a group of farmers, killing a boy, aged 12, and wounding his father.")
    assert got["fatalities"] == (1, 1, 1) and got["injured"] == (1, 1, 1)
    assert _counts(nlp, "Rescuers said 4 children, aged between 5 and 9, were killed in the blast.")["fatalities"] \
        == (4, 4, 4)


@pytest.mark.model
def test_casualties_lives_a_fight_cost_are_dead(nlp):
    assert _counts(nlp, "The siege had cost the lives of more than 300 of their own fighters, the commander "
                        "admitted.")["fatalities"] == (300, 300, None)
    assert _counts(nlp, "The siege had cost more than 300 dollars in damage.") == {}


@pytest.mark.model
def test_casualties_a_capitalised_number_compounded_with_its_noun_still_counts_it(nlp):
    assert _counts(nlp, "MOPTI, Mali - Nine soldiers and about 30 jihadists were killed near Boni, the army said.") \
        == {"fatalities": (39, None, None)}
    assert "fatalities" not in _counts(nlp, "BAMAKO, Mali - Seven soldiers and about 15 jihadists marched near Boni, "
                                            "the army said.")


@pytest.mark.model
def test_casualties_people_taken_to_hospital_without_their_were_are_injured(nlp):
    got = _counts(nlp, "Police said two men were hacked to death and five others taken to hospital.")
    assert got == {"fatalities": (2, 2, 2), "injured": (5, 5, 5)}
    assert _counts(nlp, "Police said four men were stabbed to death and seven others taken to hospital.")["injured"] \
        == (7, 7, 7)
    assert "injured" not in _counts(nlp, "Police said four men were stabbed to death and seven others taken to a "
                                         "police station.")


@pytest.mark.model
def test_casualties_people_needing_treatment_or_treated_are_injured(nlp):
    got = _counts(nlp, "Police said 40 people had been detained and at least six needed hospital treatment.")
    assert got == {"arrested": (40, 40, 40), "injured": (6, 6, None)}
    got = _counts(nlp, "Shells hit the market; a woman died and some 200 residents needed treatment for smoke "
                       "inhalation.")
    assert got["injured"] == (200, None, None)
    assert "injured" not in _counts(nlp, "Shells hit the market; a woman died and some 200 residents needed food and "
                                         "water.")
    assert _counts(nlp, "About 50 people required medical attention after the clashes.") \
        == {"injured": (50, None, None)}
    assert "injured" not in _counts(nlp, "About 50 people required attention from the organisers.")
    assert _counts(nlp, "Medics treated 31 people after the police charge, three of them journalists.")["injured"] \
        == (31, 31, 31)
    assert _counts(nlp, "Medics said 15 others were still being treated on Sunday night.")["injured"] == (15, 15, 15)
    assert _counts(nlp, "Guards treated the 40 prisoners humanely, the report said.") == {}


@pytest.mark.model
def test_casualties_left_dead_reaches_a_single_person_conjoined_to_the_count(nlp):
    assert _counts(nlp, "The ambush left three policemen and a driver dead, officials said.")["fatalities"] \
        == (4, 4, 4)
    assert _counts(nlp, "Soldiers and gunmen traded fire outside the town on Saturday, leaving four militants and a "
                        "corporal dead, a spokesman said.")["fatalities"] == (5, 5, 5)
    assert _counts(nlp, "The fighting left six rebels and a soldier dead, the army said.")["fatalities"] == (7, 7, 7)
    assert _counts(nlp, "The fighting left six rebels dead and a village in ruins.")["fatalities"] == (6, 6, 6)


@pytest.mark.model
def test_casualties_shot_dead_before_a_title_and_a_name_is_one_dead(nlp):
    assert _counts(nlp, "A gunman shot dead union leader Maria Lopez outside her home.")["fatalities"] == (1, 1, 1)
    assert _counts(nlp, "A gunman shot union leader Maria Lopez outside her home.") == {}


@pytest.mark.model
def test_casualties_a_title_with_a_name_after_the_is_one_person(nlp):
    assert _counts(nlp, "The gunmen killed the Sri Lankan manager Priyantha Kumara in the street.")["fatalities"] \
        == (1, 1, 1)
    assert _counts(nlp, "A mob beat the factory manager Priyantha Kumara to death in the street.")["fatalities"] \
        == (1, 1, 1)
    assert _counts(nlp, "The gunmen killed the manager in his office.") == {}


@pytest.mark.model
def test_casualties_together_with_adds_one_person(nlp):
    assert _counts(nlp, "A drone hit a truck near Idlib, killing a senior commander together with his bodyguard.")[
        "fatalities"] == (2, 2, 2)
    assert _counts(nlp, "A drone hit a truck near Idlib, killing a senior commander with a missile.")["fatalities"] \
        == (1, 1, 1)


@pytest.mark.model
def test_casualties_attackers_killing_themselves_add_the_number_of_the_subject(nlp):
    assert _counts(nlp, "Two girls detonated their belts at the market, a local official said, killing themselves "
                        "and four traders.")["fatalities"] == (6, 6, 6)
    assert _counts(nlp, "A family of six blew themselves up at the church, killing 13 people besides themselves.")[
        "fatalities"] == (19, 19, 19)
    assert _counts(nlp, "A group of four attackers stormed the hotel, killing 20 guests besides themselves.")[
        "fatalities"] == (24, 24, 24)
    assert _counts(nlp, "The gunmen killed 20 guests before killing themselves.")["fatalities"] == (20, 20, 20)
    assert _counts(nlp, "Two brothers blew themselves up outside the church, wounding 11 worshippers.") \
        == {"injured": (11, 11, 11)}


@pytest.mark.model
def test_casualties_also_adds_the_count_to_the_rest(nlp):
    assert _counts(nlp, "Police fired on protesters, injuring 12 of them, while 20 officers were also hurt, the "
                        "ministry said.")["injured"] == (32, 32, 32)
    assert _counts(nlp, "Gunmen killed 12 people in the market; two policemen were also killed in the attack.")[
        "fatalities"] == (14, 14, 14)
    assert _counts(nlp, "Gunmen killed 12 villagers; the attackers also burned 30 houses.") \
        == {"fatalities": (12, 12, 12)}
    assert _counts(nlp, "Gunmen killed 12 people in the market, and two policemen were also among the dead.")[
        "fatalities"] == (12, 12, 12)


@pytest.mark.model
def test_casualties_each_side_telling_its_own_dead_are_added(nlp):
    assert _counts(nlp, "Armenia said 49 of its soldiers had been killed, and Azerbaijan reported 50 dead on its own "
                        "side after the clashes.")["fatalities"] == (99, 99, 99)
    assert _counts(nlp, "Armenia said 49 soldiers had been killed, and Azerbaijan reported 50 dead after the "
                        "clashes.")["fatalities"] == (49, 49, 50)


@pytest.mark.model
def test_casualties_a_figure_a_side_acknowledged_is_a_second_source(nlp):
    assert _counts(nlp, "Soldiers opened fire on the crowd, killing at least 30 people, a rights group said, while "
                        "the army acknowledged nine dead.")["fatalities"] == (9, 9, 30)
    assert _counts(nlp, "Soldiers opened fire on the crowd, killing at least 30 people, and the army said nine of the "
                        "dead were children.")["fatalities"] == (30, 30, None)


@pytest.mark.model
def test_casualties_an_updated_figure_replaces_the_count_of_its_clause(nlp):
    got = _counts(nlp, "The army first said 12 soldiers had died, later raising the figure to 19, with more than 40 "
                       "wounded.")
    assert got == {"fatalities": (19, 19, 19), "injured": (40, 40, None)}
    got = _counts(nlp, "The army said 12 soldiers had died and more than 40 were wounded.")
    assert got == {"fatalities": (12, 12, 12), "injured": (40, 40, None)}


@pytest.mark.model
def test_casualties_a_count_cut_off_from_its_verb_takes_the_participle_after_it(nlp):
    got = _counts(nlp, "A suspect died in an exchange of fire with his guards and nine other people were hurt.")
    assert got == {"fatalities": (1, 1, 1), "injured": (9, 9, 9)}
    assert _counts(nlp, "The gunman fired at the guests and their drivers and four other people were wounded.") \
        == {"injured": (4, 4, 4)}
    assert _counts(nlp, "The gunman fired at the guests and their drivers and four other people were seen "
                        "running.") == {}


@pytest.mark.model
def test_casualties_a_single_body_found_is_one_dead(nlp):
    assert _counts(nlp, "Police recovered the body of a young woman from the river on Monday.") \
        == {"fatalities": (1, 1, 1)}
    assert _counts(nlp, "The body of journalist Ana Ruiz was found in a ditch.") == {"fatalities": (1, 1, 1)}
    assert _counts(nlp, "Police recovered the bodies of 15 people from the river.") == {"fatalities": (15, 15, 15)}
    assert _counts(nlp, "The body of the victim was later handed to the family.") == {}
    assert _counts(nlp, "The governing body of the league was found guilty of negligence.") == {}


@pytest.mark.model
def test_casualties_single_people_told_in_clauses_of_their_own_are_added(nlp):
    assert _counts(nlp, "Presidential candidate Juan Perez was shot dead at a rally; a bodyguard died in the exchange "
                        "of fire that followed.")["fatalities"] == (2, 2, 2)
    assert _counts(nlp, "A policeman was shot dead at the checkpoint, and the officer died before reaching "
                        "hospital.")["fatalities"] == (1, 1, 1)


@pytest.mark.model
def test_casualties_the_death_of_one_person_is_one_dead(nlp):
    assert _counts(nlp, "The explosion caused the death of a policeman and injured three passers-by.") \
        == {"fatalities": (1, 1, 1), "injured": (3, 3, 3)}
    assert _counts(nlp, "The murder of journalist Ana Ruiz sparked outrage.") == {"fatalities": (1, 1, 1)}
    assert _counts(nlp, "The deaths of seven miners sparked protests.") == {"fatalities": (7, 7, 7)}
    assert _counts(nlp, "The execution of the plan was delayed.") == {}
    assert _counts(nlp, "Police confirmed the death of a soldier in the attack.") == {"fatalities": (1, 1, 1)}
    assert _counts(nlp, "Following the death of Abu Bakr al-Baghdadi, the shura selected a new caliph.") == {}


@pytest.mark.model
def test_casualties_a_fifth_or_another_who_died_adds_one(nlp):
    assert _counts(nlp, "Four civilians were killed by a stray shell, and a fifth died later in hospital.") \
        == {"fatalities": (5, 5, 5)}
    assert _counts(nlp, "Two soldiers were killed in the ambush and another died of his wounds on Monday.") \
        == {"fatalities": (3, 3, 3)}
    assert _counts(nlp, "A policeman was killed and another wounded.")["fatalities"] == (1, 1, 1)


@pytest.mark.model
def test_casualties_shot_and_wounded_takes_the_role_of_the_second_participle(nlp):
    assert _counts(nlp, "Three people were shot and wounded near the mosque.") == {"injured": (3, 3, 3)}
    assert _counts(nlp, "Two protesters were shot and killed by police.") == {"fatalities": (2, 2, 2)}
    assert _counts(nlp, "Two protesters were shot and the gunman was killed by police.") == {"fatalities": (1, 1, 1)}


@pytest.mark.model
def test_casualties_the_number_of_people_told_by_a_participle_after_it(nlp):
    assert _counts(nlp, "Officials said the number of people injured stood at 150.") == {"injured": (150, 150, 150)}
    assert _counts(nlp, "Officials said the number of people arrested stood at 150.") \
        == {"arrested": (150, 150, 150)}


@pytest.mark.model
def test_casualties_a_part_told_by_its_degree_after_a_comma_is_not_added(nlp):
    assert _counts(nlp, "The blast killed five people and injured nine others, three seriously.") \
        == {"fatalities": (5, 5, 5), "injured": (9, 9, 9)}
    assert _counts(nlp, "The blast killed five people and injured nine others and three policemen.")["injured"] \
        == (12, 12, 12)


@pytest.mark.model
def test_casualties_a_second_place_with_the_passive_verb_elided_is_added(nlp):
    assert _counts(nlp, "Nine people were killed in Kunduz and seven in Baghlan, officials said.") \
        == {"fatalities": (16, 16, 16)}
    assert _counts(nlp, "Nine people were killed in Kunduz and seven injured in Baghlan, officials said.") \
        == {"fatalities": (9, 9, 9), "injured": (7, 7, 7)}


@pytest.mark.model
def test_casualties_killed_or_wounded_tells_neither_count(nlp):
    assert _counts(nlp, "The attack killed or wounded 30 people.") == {}
    assert _counts(nlp, "More than 20 people were killed or injured in the blast.") == {}
    assert _counts(nlp, "Five people were killed and 30 wounded.") == {"fatalities": (5, 5, 5), "injured": (30, 30, 30)}


@pytest.mark.model
def test_casualties_left_one_person_dead_is_one_dead(nlp):
    assert _counts(nlp, "The clashes left a policeman dead, officials said.") == {"fatalities": (1, 1, 1)}
    assert _counts(nlp, "Clashes left a protester dead and 20 police officers injured.") \
        == {"fatalities": (1, 1, 1), "injured": (20, 20, 20)}
    assert _counts(nlp, "The storm left a village in ruins.") == {}
    assert _counts(nlp, "The minister left a meeting angry.") == {}


@pytest.mark.model
def test_casualties_survived_with_burns_is_injured_and_a_third_who_did_not_survive_adds_one(nlp):
    assert _counts(nlp, "A woman survived with serious injuries.") == {"injured": (1, 1, 1)}
    assert _counts(nlp, "A crowd dragged three men from the station and burned them; two of them died and the third "
                        "survived with burns.") == {"fatalities": (2, 2, 2), "injured": (1, 1, 1)}
    assert _counts(nlp, "Two guards were killed and a third did not survive the night.") == {"fatalities": (3, 3, 3)}
    assert _counts(nlp, "The minister survived with his reputation intact.") == {}
