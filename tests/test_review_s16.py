"""Fixes from the review of session 16's diff: running totals and other happenings are not carried onto an attack,
'sent to hell' of machines and stories is no death, the river cues need water or a river's own words, a reaction
tells an attack only in words of violence against people, and a gated pattern copies and pickles."""

from __future__ import annotations

import copy
import pickle
import re

import pytest

from newsevents.incidents.profile import family_of
from newsevents.nlp.regex_gate import gated

pytestmark = pytest.mark.model


def _events(text: str):  # type: ignore[no-untyped-def]
    from newsevents.library import extract

    return extract(text, published="2024-05-01").events


def _places(text: str) -> set[str]:
    from newsevents.library import extract

    return {p.text for p in extract(text, published="2024-05-01").places}


@pytest.mark.parametrize("text", [
    "Gunmen attacked a village in Zamfara on Monday. So far, 2,000 people have died in the conflict, according to Amnesty.",
    "Gunmen killed three people in Kano on Monday. Meanwhile, five people were injured in a road accident on the Lagos highway.",
    "Protesters marched through Nairobi on Tuesday. Five people died in a bus crash near Nakuru the same day.",
])
def test_a_toll_of_another_happening_is_not_carried(text):
    for e in _events(text):
        assert (e.fatalities is None or e.fatalities.best in (None, 3)) and e.injured is None, (text, e)


def test_the_running_count_of_the_incident_is_still_carried():
    events = _events("Gunmen attacked a village in Zamfara on Monday. Twelve bodies have been recovered so far.")
    assert any(e.fatalities and e.fatalities.best == 12 for e in events)


@pytest.mark.parametrize("text", [
    "Ukrainian forces said five Russian tanks were sent to hell near Bakhmut on Monday.",
    "The reviewer wrote that three characters were sent to hell in the sequel.",
    "Two managers were sent to hell and back by the merger talks.",
])
def test_sent_to_hell_of_machines_stories_and_ordeals_is_no_death(text):
    assert all(e.fatalities is None for e in _events(text)), text


def test_sent_to_hell_of_fighters_is_still_a_death():
    events = _events("Six khwarij were sent to hell in an operation in North Waziristan, the military said.")
    assert any(e.fatalities and e.fatalities.best == 6 for e in events)


@pytest.mark.parametrize("text,word", [
    ("Senators traded barbs across the Senate as staffers lined up along the Hill in Washington.", "Hill"),
    ("Stocks slid across the Nasdaq and along the Dow in New York on Monday.", "Dow"),
    ("UN peacekeepers patrol along the Blue Line near Naqoura in Lebanon.", "Blue Line"),
    ("Striker Jones burst through the defence in Manchester.", "Striker Jones"),
    ("Messi crested a wave of support in Barcelona.", "Messi"),
    ("The Johnson river of support flowed in London.", "Johnson"),
])
def test_river_cues_do_not_make_places_of_ordinary_names(text, word):
    assert word not in _places(text), text


@pytest.mark.parametrize("text,river", [
    ("Dozens of families waded across the Moei into Mae Sot on Tuesday.", "Moei"),
    ("The Shabelle burst its banks at Beledweyne, displacing thousands.", "Shabelle"),
    ("Serb and Albanian youths clashed on the bridge over the Ibar in Mitrovica.", "Ibar"),
])
def test_rivers_written_as_rivers_are_still_found(text, river):
    assert river in _places(text), text


@pytest.mark.parametrize("sentence", ["crops were hit by the drought", "The film, which was shot in Morocco",
                                      "the committee killed the bill", "markets were hit by the oil shock"])
def test_words_of_harm_to_things_do_not_make_a_reaction_violence(sentence):
    assert family_of("AGREE", sentence) == "AGREE"


@pytest.mark.parametrize("sentence", ["deplores the killing of seven people", "the four farmers killed on Sunday were buried",
                                      "two officers were shot dead at a checkpoint"])
def test_a_reaction_telling_a_killing_is_violence(sentence):
    assert family_of("ACCUSE", sentence) == "violence"


def test_a_gated_pattern_copies_and_pickles():
    p = gated(re.compile(r"\bpledged allegiance to\b", re.IGNORECASE))
    for q in (copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p))):
        assert q.search("They PLEDGED allegiance to the group") and not q.search("nothing here")
    assert p.pattern == r"\bpledged allegiance to\b" and p.flags & re.IGNORECASE
