"""A word that only names an installation ("the gas site") does not make a killing an accident."""

from __future__ import annotations

import pytest


def _types(text: str) -> list[str]:
    from newsevents.library import extract

    return [e.event_type for e in extract(text, published="2013-01-21").events]


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
