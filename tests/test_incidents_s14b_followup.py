"""Session 14b: follow-up acts the follow-up window knows (`profile._FOLLOW_UP_ACT`): court steps (remands,
custody, sentences), closures and people fleeing the area, told days after an attack and dated by their own day."""

from __future__ import annotations

from newsevents.incidents.matching import LinkRules, link_score
from newsevents.incidents.profile import FOLLOW_UP_DAYS, follows_up, profile_of

from test_incidents import ev

REMAND = ("A court on Sunday remanded two men in custody for five days in the case over the shooting of three "
          "camp volunteers early on Friday.")
CLOSED = ("Authorities closed several roads around parliament on Saturday, four days after suicide bombers struck "
          "two sites in the city centre.")
FLEEING = "Teachers and nurses from outside the county have fled, two days after 36 quarry workers were killed."


def test_court_steps_closures_and_flight_are_follow_up_acts() -> None:
    assert follows_up(REMAND, "on Sunday")
    assert follows_up(CLOSED, "on Saturday")
    assert follows_up(FLEEING, None)


def test_the_new_acts_need_a_reference_and_no_attack_of_their_own() -> None:
    # no earlier attack referred to: the act's own report
    assert not follows_up("A court on Sunday remanded two men in custody for five days.", "on Sunday")
    assert not follows_up("Hundreds of residents fled the village on Sunday.", "on Sunday")
    # a new attack told beside the earlier one
    assert not follows_up("Hundreds of families fled on Sunday after another attack on the village.", "on Sunday")
    # the sentence's own violence comes first: an attack that also closed a road
    assert not follows_up("Gunmen killed five people and closed the road on Sunday, two days after the raid on "
                          "the market.", "on Sunday")


def test_a_remand_days_later_links_with_the_shooting() -> None:
    rules = LinkRules()
    shooting = profile_of(ev("a", "Gunmen shot dead three camp volunteers in their shelters early on Friday.",
                             date="2023-07-07", etype="ASSAULT", mode="firearms"), "2023-07-08")
    remand = profile_of(ev("b", REMAND, date="2023-07-09", etype="COERCE", mode=None), "2023-07-09")
    assert remand.start == remand.end - FOLLOW_UP_DAYS
    assert link_score(shooting, remand, rules) is not None
    # counter-case: the same court step with no reference to an attack keeps its own day only
    bare = profile_of(ev("c", "A court on Sunday remanded two men in custody for five days.", date="2023-07-09",
                         etype="COERCE", mode=None), "2023-07-09")
    assert bare.start == bare.end
    assert link_score(shooting, bare, rules) is None


def test_leaving_dead_is_a_toll_not_a_follow_up() -> None:
    """Review fix: '..., leaving 20 dead' is how news states a toll; the attack's own report is no follow-up."""
    assert not follows_up("An explosion on Friday in the crowded market, the deadliest since the bombing of the "
                          "embassy, leaving 20 dead.", "Friday")
