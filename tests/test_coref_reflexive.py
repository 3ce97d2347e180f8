"""A reflexive ("itself", "themselves") refers to the subject of its own clause, not to the group named last."""

from __future__ import annotations

import pytest


def _coref(text: str) -> list[tuple[str, str | None]]:
    from newsevents.library import extract

    out = extract(text, published="2015-01-01")
    return sorted({(m.text, m.name) for e in out.events for m in (*e.actors, *e.recipients) if m.via == "coreference"})


@pytest.mark.model
def test_itself_is_the_subject_of_its_clause_not_the_group_in_the_relative_clause() -> None:
    found = _coref("Jund al-Khilafah, which had split from al-Qaeda in the Islamic Maghreb, pledged itself to the "
                   "Islamic State in 2014.")
    assert ("itself", "Jund al-Khilafah") in found


@pytest.mark.model
def test_its_is_still_the_nearest_group() -> None:
    """Counter-case: a possessive is no reflexive; the rule for the group named last stands."""
    from newsevents.extract.coref import _SINGULAR_PRONOUN

    assert _SINGULAR_PRONOUN.search("its fighters")
    found = _coref("Boko Haram attacked the town of Baga. Its fighters burned hundreds of homes.")
    assert all(name == "Boko Haram" for text, name in found if text == "Its")

