"""Session 16: a reaction (a condemnation, an appeal, a tribute: a type of no family) whose sentence tells the
killing or attack it answers is of the violence family (`profile.family_of`), so a statement's or a council
session's report of an attack, read by the pipeline only as the reaction, links with the attack's other reports."""

from __future__ import annotations

from newsevents.incidents.matching import LinkRules, link_score
from newsevents.incidents.profile import family_of, profile_of

from test_incidents import ev, index_of

SAN_PEDRO = ("San Pedro Sula", 15.5049, -88.025, "HN", "Cortes")

ATTACK = ("Gunmen burst into a billiard hall in the Rivera Hernandez sector of San Pedro Sula on Saturday night and "
          "opened fire, killing seven people, police said.")
CONDEMNATION = ("The chamber of commerce deplores the killing of seven people at a billiard hall in the Rivera "
                "Hernandez sector of San Pedro Sula on Saturday night.")
PLAIN_CONDEMNATION = ("The chamber of commerce deplores the rising insecurity in the Rivera Hernandez sector of "
                      "San Pedro Sula.")


def test_a_reaction_telling_the_killing_is_violence() -> None:
    assert family_of("ACCUSE", CONDEMNATION) == "violence"
    assert family_of("REQUEST", "Mechanics closed their workshops after four men were killed at a repair shop.") \
        == "violence"
    assert family_of("REQUEST", "A deputy said a car had been hit on a busy road on Thursday, with two men killed.") \
        == "violence"


def test_counter_case_a_reaction_that_tells_no_attack_keeps_its_type() -> None:
    """Counter-case: a condemnation or appeal that names no killing or attack done stays its own family."""
    assert family_of("ACCUSE", PLAIN_CONDEMNATION) == "ACCUSE"
    assert family_of("ACCUSE", "Officials blamed the Islamic State group, which has made no claim.") == "ACCUSE"
    assert family_of("REQUEST", "The mayor asked for more troops.") == "REQUEST"


def test_counter_case_typed_families_are_unchanged() -> None:
    """Counter-case: a type with a family keeps it, whatever its sentence tells (a protest over a killing)."""
    assert family_of("PROTEST", "Hundreds marched after the killing of a student by police.") == "protest"
    assert family_of("ASSAULT", "The mayor asked for more troops.") == "violence"


def test_the_condemnation_joins_the_attack() -> None:
    attack = ev("a", ATTACK, date="2023-09-16", place=SAN_PEDRO, mode="firearms")
    statement = ev("b", CONDEMNATION, date="2023-09-16", place=SAN_PEDRO, etype="ACCUSE", mode=None)
    a, b = profile_of(attack, "2023-09-17"), profile_of(statement, "2023-09-18")
    assert a.family == b.family == "violence"
    assert link_score(a, b, LinkRules()) is not None
    index = index_of([(attack, "2023-09-17"), (statement, "2023-09-18")])
    assert index.assignments()["a"] == index.assignments()["b"]


def test_counter_case_a_plain_condemnation_stays_apart() -> None:
    attack = ev("a", ATTACK, date="2023-09-16", place=SAN_PEDRO, mode="firearms")
    statement = ev("b", PLAIN_CONDEMNATION, date="2023-09-16", place=SAN_PEDRO, etype="ACCUSE", mode=None)
    a, b = profile_of(attack, "2023-09-17"), profile_of(statement, "2023-09-18")
    assert link_score(a, b, LinkRules()) is None
    index = index_of([(attack, "2023-09-17"), (statement, "2023-09-18")])
    assert index.assignments()["a"] != index.assignments()["b"]
