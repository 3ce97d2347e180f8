"""A toll told in the next sentence, which has no event word of its own, goes to the attack before it
(`extract/casualties_carry.py`), with the second sentence's span and its own extractor."""

from __future__ import annotations

import pytest


def _attacks(text: str):  # type: ignore[no-untyped-def]
    from newsevents.library import extract

    return [e for e in extract(text, published="2024-03-05").events if e.event_type == "ASSAULT"]


@pytest.mark.model
def test_a_digest_toll_in_the_next_sentence_goes_to_the_attack() -> None:
    from newsevents.extract.casualties_carry import EXTRACTOR

    text = "Gunmen attack a checkpoint near Kidal. Two dead, dozens hurt."
    attack = _attacks(text)
    assert attack and attack[0].fatalities is not None and attack[0].fatalities.best == 2
    assert attack[0].injured is not None and attack[0].injured.best == 24
    assert attack[0].fatalities.extractor == EXTRACTOR and attack[0].fatalities.confidence < 1.0
    start, end = attack[0].fatalities.span
    assert text[start:end] == "Two" and start > text.index(".")  # the words of the second sentence


@pytest.mark.model
def test_a_state_sentence_after_a_raid_gives_its_toll() -> None:
    attack = _attacks("Militants stormed a village in Borno overnight. At least 30 villagers are dead, residents said.")
    assert attack and attack[0].fatalities is not None and attack[0].fatalities.best == 30


@pytest.mark.model
def test_a_toll_of_another_incident_is_not_carried() -> None:
    """Counter-case: the next sentence looks back at an earlier incident."""
    attack = _attacks("Gunmen stormed a village in Borno overnight. Last year 40 villagers were left dead there.")
    assert attack and all(e.fatalities is None or e.fatalities.best != 40 for e in attack if e.trigger.text == "stormed")


@pytest.mark.model
def test_an_attack_with_its_own_toll_keeps_it() -> None:
    """Counter-case: the attack already has a figure; a bare figure after it is not added or swapped in."""
    attack = _attacks("Gunmen killed three soldiers at a checkpoint near Kidal. Two dead, dozens hurt, residents said.")
    first = [e for e in attack if e.trigger.text == "killed"]
    assert first and first[0].fatalities is not None and first[0].fatalities.best == 3


@pytest.mark.model
def test_a_toll_in_another_paragraph_is_not_carried() -> None:
    """Counter-case: a blank line between them: the toll may belong to anything told below."""
    attack = _attacks("Gunmen attack a checkpoint near Kidal.\n\nTwo dead, dozens hurt.")
    assert attack and attack[0].fatalities is None


def test_the_gate_reads_harm_words_and_looks_back_words() -> None:
    from newsevents.extract.casualties_carry import _ELSEWHERE, _HARM

    assert _HARM.search("Two dead, dozens hurt.") and not _HARM.search("Residents fled to the hills.")
    assert _ELSEWHERE.search("In 2015, 40 died there.") and _ELSEWHERE.search("so far this year 80 have died")
    assert not _ELSEWHERE.search("At least 30 villagers are dead, residents said.")
