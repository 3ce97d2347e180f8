"""Casualty counts, round 12: military communiqués' words for the dead ('neutralised', 'eliminated', 'sent to hell',
'embraced martyrdom'), 'no victims' and 'damage only' as zeros, survivors with wounds, people poisoned, a limb lost,
counted bodies beside the wounded, a person the parser hangs on 'dead', and harm 'for' people."""

from __future__ import annotations

import pytest
from test_casualties import _merged, _triple, nlp  # noqa: F401 (nlp is a fixture)


def _counts(nlp, text):
    return {role: _triple(c) for role, c in _merged(nlp, text).items()}


@pytest.mark.model
def test_casualties_communique_neutralised_and_eliminated_people_are_dead(nlp):
    assert _counts(nlp, "Troops repelled the raid on the camp, neutralising 14 terrorists, the army said.")[
        "fatalities"] == (14, 14, 14)
    assert _counts(nlp, "Officials said nine insurgents were eliminated in the operation near the border.")[
        "fatalities"] == (9, 9, 9)
    assert _counts(nlp, "Some forty bandits were neutralised when the vigilantes repelled the raid.")[
        "fatalities"][0] == 40
    # things neutralised are no dead
    assert "fatalities" not in _counts(nlp, "Engineers neutralised 14 explosive devices planted along the road.")
    assert "fatalities" not in _counts(nlp, "The party eliminated three candidates before the vote, and gunmen "
                                            "attacked its office.")


@pytest.mark.model
def test_casualties_sent_to_hell_and_embraced_martyrdom_are_dead(nlp):
    got = _counts(nlp, "Three soldiers embraced martyrdom while six terrorists were sent to hell in the raid, the "
                       "military said.")
    assert got["fatalities"] == (9, 9, 9)
    got = _counts(nlp, "Six suspects were sent to jail after the raid, the police said.")
    assert "fatalities" not in got


@pytest.mark.model
def test_casualties_no_victims_is_zero_dead_and_hurt(nlp):
    got = _counts(nlp, "Drones struck a fuel depot overnight, the governor said, adding that there were no victims.")
    assert got["fatalities"] == (0, 0, 0) and got["injured"] == (0, 0, 0)
    assert _merged(nlp, "No victim was named by the police after the shooting in the market.") == {}


@pytest.mark.model
def test_casualties_damage_only_is_zero_dead_and_hurt(nlp):
    got = _counts(nlp, "Incident log: a grenade was thrown at the gate of a barracks; damage only.")
    assert got["fatalities"] == (0, 0, 0) and got["injured"] == (0, 0, 0)
    got = _counts(nlp, "A grenade thrown at the gate killed two guards and caused damage only to the wall.")
    assert got["fatalities"] == (2, 2, 2) and "injured" not in got
    assert _merged(nlp, "The grenade caused damage to the wall of the barracks.") == {}


@pytest.mark.model
def test_casualties_survived_with_wounds_is_one_hurt(nlp):
    assert _counts(nlp, "A journalist was stabbed in the capital and survived with wounds, police said.")[
        "injured"] == (1, 1, 1)
    assert _counts(nlp, "A mob attacked a suspected thief with clubs; he survived with injuries.")["injured"] == (
        1, 1, 1)
    assert _counts(nlp, "A mob attacked a suspected thief with clubs; he survived without injuries.").get(
        "injured") != (1, 1, 1)


@pytest.mark.model
def test_casualties_people_poisoned_are_hurt(nlp):
    assert _counts(nlp, "A former spy and his daughter were poisoned with a nerve agent in the city.")["injured"] == (
        2, 2, 2)
    assert _merged(nlp, "The village well was poisoned with pesticide, officials said.") == {}


@pytest.mark.model
def test_casualties_a_lost_limb_is_an_injury(nlp):
    got = _counts(nlp, "Two boys stepped on a mine; one died and the other lost a leg, medics said.")
    assert got["fatalities"] == (1, 1, 1) and got["injured"] == (1, 1, 1)
    assert _counts(nlp, "Three children lost limbs when the shell hit the school.")["injured"] == (3, 3, 3)
    assert "injured" not in _counts(nlp, "Two teams lost the first leg of the cup tie on Sunday.")
    got = _counts(nlp, "A mine exploded under two brothers, killing one and costing the elder a leg, officials said.")
    assert got["injured"] == (1, 1, 1)
    assert _counts(nlp, "The blast cost him a leg, his lawyer said.")["injured"] == (1, 1, 1)
    assert _merged(nlp, "The delay cost him a seat on the council, his lawyer said.") == {}


@pytest.mark.model
def test_casualties_counted_bodies_beside_the_wounded(nlp):
    got = _counts(nlp, "Fighters clashed in the town; a hospital source counted 9 bodies and 31 wounded.")
    assert got["fatalities"] == (9, 9, 9) and got["injured"] == (31, 31, 31)
    # only bodies are dead: other people before the wounded are not
    assert "fatalities" not in _counts(nlp, "Fighters clashed in the town; a hospital source said 9 people and 31 "
                                            "wounded.")


@pytest.mark.model
def test_casualties_one_person_hung_on_dead_is_counted(nlp):
    got = _counts(nlp, "Soldiers retook the mosque on the 17th in an assault that left six rebel fighters and one "
                       "Marine dead, spokesmen said.")
    assert got["fatalities"] == (7, 7, 7)
    assert "fatalities" not in _counts(nlp, "The convoy was two days late and the men were tired, spokesmen said.")


@pytest.mark.model
def test_casualties_bodily_harm_for_people_is_injured(nlp):
    assert _counts(nlp, "The gas shells caused breathing problems for some forty residents, doctors said.")[
        "injured"] == (40, None, None)
    assert "injured" not in _counts(nlp, "The closure caused traffic problems for some 200 drivers, police said.")


@pytest.mark.model
def test_casualties_hurt_who_then_died_are_counted_dead_only(nlp):
    got = _counts(nlp, "A mob thrashed two men transporting cattle; one of them succumbed to his injuries in hospital.")
    assert got["fatalities"] == (1, 1, 1) and got["injured"] == (1, 1, 1)
    got = _counts(nlp, "The gunman wounded five people, two of whom later died in hospital.")
    assert got["fatalities"] == (2, 2, 2) and got["injured"] == (3, 3, 3)
    # a part told as who they were, not as dead, leaves the hurt whole
    assert _counts(nlp, "The gunman wounded five people; two of them were children.")["injured"] == (5, 5, 5)


@pytest.mark.model
def test_casualties_the_younger_aged_n_is_one_person(nlp):
    got = _counts(nlp, "A landmine exploded under two brothers walking home on Friday, killing the younger, aged "
                       "nine, and costing the elder a leg, the ombudsman said.")
    assert got["fatalities"] == (1, 1, 1) and got["injured"] == (1, 1, 1)
    assert _counts(nlp, "A landmine exploded under two brothers walking home, killing the younger, aged nine, the "
                        "ombudsman said.") == {"fatalities": (1, 1, 1)}
    # an age on a person counted by a word of its own adds nobody
    assert _counts(nlp, "The mine went off under a group of farmers, killing a boy, aged 12, and wounding his "
                        "father.")["fatalities"] == (1, 1, 1)


@pytest.mark.model
def test_casualties_another_sides_bare_figure_after_its_own_dead_is_added(nlp):
    got = _counts(nlp, "Armenian and Azeri troops fought for two days; Baku reports 50 dead on its side, Yerevan 49.")
    assert got["fatalities"] == (99, 99, 99)
    # without 'on its side' the second figure may be a second teller's of the same dead: not added
    got = _counts(nlp, "Armenian and Azeri troops fought for two days; Baku reports 50 dead, Yerevan 49.")
    assert got["fatalities"][0] != 99


@pytest.mark.model
def test_casualties_no_loss_of_life_and_shared_nos_are_zeros(nlp):
    assert _counts(nlp, "A bomb exploded near the market; there was no loss of life.") == {"fatalities": (0, 0, 0)}
    assert _merged(nlp, "The shelling caused no loss of territory, the army said.") == {}
    got = _counts(nlp, "A bomb exploded near the market, causing no deaths or injuries.")
    assert got["fatalities"] == (0, 0, 0) and got["injured"] == (0, 0, 0)
    got = _counts(nlp, "A grenade exploded at the checkpoint; no one was killed or injured.")
    assert got["fatalities"] == (0, 0, 0) and got["injured"] == (0, 0, 0)
    # a 'no' on one noun only says nothing of a count told with its own number
    got = _counts(nlp, "A bomb exploded, killing four people and causing no injuries.")
    assert got["fatalities"] == (4, 4, 4) and got["injured"] == (0, 0, 0)


@pytest.mark.model
def test_casualties_people_in_critical_condition_are_hurt(nlp):
    assert _counts(nlp, "A banker, his wife and a police officer were left in critical condition after the "
                        "attack.")["injured"] == (3, 3, 3)
    assert _counts(nlp, "Gunmen attacked the bus; 12 passengers were left in critical condition.")["injured"] == (
        12, 12, 12)
    assert _counts(nlp, "A grenade was thrown at the police station; a guard is in critical condition.")[
        "injured"] == (1, 1, 1)
    assert _merged(nlp, "The economy is in critical condition after the attack.") == {}
    # an apposition with no list after it is the same person
    assert _counts(nlp, "The prime minister, a former banker, was left in critical condition after the attack.")[
        "injured"] == (1, 1, 1)


@pytest.mark.model
def test_casualties_one_fighter_neutralised_is_one_dead(nlp):
    assert _counts(nlp, "Troops neutralised a terrorist commander during the raid on the camp.") == {
        "fatalities": (1, 1, 1)}
    assert _merged(nlp, "Engineers neutralised an explosive device near the camp after the attack.") == {}


@pytest.mark.model
def test_casualties_sustained_injuries_after_a_count_of_dead_are_hurt(nlp):
    got = _counts(nlp, "Three policemen were martyred and two sustained injuries when terrorists attacked a check post.")
    assert got["fatalities"] == (3, 3, 3) and got["injured"] == (2, 2, 2)
    assert _counts(nlp, "A policeman sustained bullet injuries when gunmen attacked the check post.")["injured"] == (
        1, 1, 1)
    assert _merged(nlp, "The building sustained damage when gunmen attacked the check post.") == {}
    assert _counts(nlp, "Two Levies personnel embraced martyrdom in the attack on the post.")["fatalities"] == (2, 2, 2)


@pytest.mark.model
def test_casualties_shot_dead_read_as_a_noun_is_still_a_killing(nlp):
    assert _counts(nlp, "Unknown gunmen on a motorcycle shot dead a polio vaccinator in the district and fled, police "
                        "said.") == {"fatalities": (1, 1, 1)}
    assert _counts(nlp, "The private was hit by a shot in the chest, the spokesman said.").get("fatalities") is None
