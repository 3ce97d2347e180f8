"""A word that only names an installation ("the gas site") does not make a killing an accident."""

from __future__ import annotations

import pytest


def _types(text: str) -> list[str]:
    from newsevents.library import extract

    # a second, neutral sentence: a one-line text is too short for the pipeline to code
    return [e.event_type for e in extract(f"{text} Officials gave no further details.", published="2013-01-21").events]


@pytest.mark.model
def test_killings_at_a_gas_site_are_violence() -> None:
    assert "ASSAULT" in _types("Thirty-seven foreigners were killed during the hostage-taking at the gas site, the "
                               "prime minister said on Monday.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A gas explosion at a market killed five people.",
    "Twelve people were killed when a gas cylinder exploded at a restaurant.",
])
def test_a_gas_explosion_is_still_an_accident(text: str) -> None:
    assert "ASSAULT" not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A man drove a truck into a busy Christmas market in Berlin on Monday evening, killing 12 people.",
    "A car drove into a crowd at a Christmas market on Friday evening, killing two people.",
    "A hijacked truck was driven at speed down a pedestrian street in Stockholm, killing four people.",
    "A van ploughed into pedestrians on the promenade on Thursday, killing 13.",
])
def test_a_vehicle_driven_into_people_is_an_attack(text: str) -> None:
    assert "ASSAULT" in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A truck whose brakes failed crashed into a market, killing 12 people.",
    "A fuel tanker careered into a crowded market and burst into flames, killing 19.",
    "A truck carrying cement drove into a market in Ethiopia, killing 15.",
    "A truck sped through a crowded street in Kampala and hit a minibus, killing 8.",
])
def test_a_vehicle_that_crashed_into_a_market_is_an_accident(text: str) -> None:
    assert "ASSAULT" not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A gas pipeline explosion killed 12 people.",
    "A gas station explosion killed 10 people in Nairobi.",
    "A fire at a gas plant killed 9 workers.",
])
def test_an_accident_at_a_gas_installation_stays_an_accident(text: str) -> None:
    assert "ASSAULT" not in _types(text)
