"""Session 18, second typing-rules round: error classes shared by the tuning sets (held16, held17, held18). Two armed
sides fighting are ACLED's Armed clash, not an Attack (docs/ONTOLOGY.md: who fights whom): an armed party that fired
back or returned fire, losses 'on both sides', 'rebels against government troops', the dead of a fight ('fighting,
in which 100 people were killed'), fire traded by any two parties. Peaceful protests told with no protest word:
families camped somewhere to demand something, a fast kept until a government gives way, a crowd filling a square
chanting against a leader or waving placards."""

from __future__ import annotations

import pytest

from test_typing import nlp  # noqa: F401  (nlp: the module's model fixture, shared)
from test_typing_s18_rules import kinds, subs  # the sub-types and types the frames of a text carry

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "The patrol walked into an ambush in the hills. The soldiers fired back, and when the shooting stopped seven "
    "militiamen lay dead.",
    "Border troops of the two countries began four days of fighting near the town, in which roughly 100 people were "
    "killed on the two sides.",
    "The shooting in the hills went on till dusk, rebels against government troops. Four soldiers were killed.",
    "In the north, tribal lashkars traded fire across the valley for a third straight day.",
])
def test_two_armed_sides_are_an_armed_clash(nlp, text):  # noqa: F811
    got = subs(nlp, text)
    assert "Armed clash" in got and "Attack" not in got


@pytest.mark.parametrize("text", [
    "Gunmen burned houses on both sides of the road and killed four villagers.",
    "Militants opened fire on a bus near the town, killing five passengers, in an attack on the market road.",
    "The minister fired back at his critics on Tuesday after gunmen killed two shopkeepers in the market.",
])
def test_one_sided_violence_stays_an_attack(nlp, text):  # noqa: F811
    got = subs(nlp, text)
    assert "Attack" in got and "Armed clash" not in got


@pytest.mark.parametrize("text", [
    "Baloch women and families camped there in December to demand news of relatives taken by security agencies.",
    "The farm leader entered the 40th day of his fast at the border today, refusing food until the government "
    "guarantees crop prices.",
    "Tens of thousands of people filled the main square again tonight, waving flags and chanting against the prime "
    "minister.",
])
def test_peaceful_protest_without_a_protest_word(nlp, text):  # noqa: F811
    assert "PROTEST" in kinds(nlp, text)
    assert "Peaceful protest" in subs(nlp, text)


@pytest.mark.parametrize("text", [
    "Tens of thousands of fans filled the stadium on Saturday, waving scarves and chanting the players' names.",
    "Millions of Muslims began their fast for Ramadan on Monday, refusing food until sunset.",
    "The hikers camped there for the night before the climb.",
    "He broke his fast at sunset with dates and water.",
])
def test_crowds_and_fasts_that_are_not_protests(nlp, text):  # noqa: F811
    assert "PROTEST" not in kinds(nlp, text)


@pytest.mark.parametrize("text", [
    "The two candidates traded blows in the televised debate on Tuesday.",
    "The two leaders traded shots over the budget in parliament.",
])
def test_words_traded_are_no_fight(nlp, text):  # noqa: F811
    assert "ASSAULT" not in kinds(nlp, text)


def test_fire_traded_in_a_debate_is_no_fight(nlp):  # noqa: F811
    # (review: 'traded fire over immigration' between candidates is words, not shots)
    text = "The two candidates traded fire over immigration in Tuesday's debate."
    assert "ASSAULT" not in kinds(nlp, text)
    assert "Armed clash" not in subs(nlp, text)


@pytest.mark.parametrize("text", [
    "Thousands of fans packed the stadium on Saturday, waving banners and singing.",
    "Thousands of supporters filled the arena, holding signs and chanting slogans for the president.",
])
def test_fans_with_banners_are_no_protest(nlp, text):  # noqa: F811
    # (review: banners or signs without a stance, in a stadium or arena, or slogans for someone are no protest)
    assert "PROTEST" not in kinds(nlp, text)
    assert "Peaceful protest" not in subs(nlp, text)


def test_settlers_attacking_villagers_stay_an_attack(nlp):  # noqa: F811
    # (review: injuries 'on both sides' make no clash when the attacked are civilians)
    text = "Settlers attacked Palestinian villagers near Nablus, with injuries reported on both sides."
    assert "Armed clash" not in subs(nlp, text)
