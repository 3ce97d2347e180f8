"""Fixes from the review of session 15's relation changes, each with the input that showed the fault:
relations_members._OWNER_TO_LIST backtracked cubically on a run of spaces (scraped HTML) and dropped three-item
"X, Y and Z among them" lists; relations_leaders read "took control of the Boko Haram camp" as the officer taking
over Boko Haram."""

from __future__ import annotations

import time

import pytest
from test_relations import ev, nlp  # noqa: F401 (that module's fixtures, shared)
from test_relations_round15 import _has

from newsevents.extract.relations_members import _OWNER_TO_LIST


def test_owner_to_list_is_linear_on_a_run_of_spaces() -> None:
    start = time.perf_counter()
    assert _OWNER_TO_LIST.fullmatch(" " * 4000 + "x") is None
    assert time.perf_counter() - start < 0.5
    assert _OWNER_TO_LIST.fullmatch(" coalition, whose member gangs, ")
    assert _OWNER_TO_LIST.fullmatch(", whose factions: ")


@pytest.mark.model
def test_three_item_among_them_list(nlp, ev) -> None:  # noqa: F811
    s = "Los Choneros' old subgroups, Los Fatales, Los Lobos and Los Águilas among them, fought for control."
    for member in ("Los Fatales", "Los Lobos", "Los Águilas"):
        assert _has(nlp, ev, s, "affiliation", member, "Los Choneros"), member


@pytest.mark.model
@pytest.mark.parametrize("sentence,officer,group", [
    ("Major General Ali Musa took control of the Boko Haram camp in Sambisa forest.", "Ali Musa", "Boko Haram"),
    ("Commander Ahmed Ali took charge of Hezbollah's southern front.", "Ahmed Ali", "Hezbollah"),
])
def test_taking_a_groups_camp_is_no_leadership(nlp, ev, sentence, officer, group) -> None:  # noqa: F811
    assert not _has(nlp, ev, sentence, "appoint", officer, group)


@pytest.mark.model
def test_taking_over_the_group_still_is(nlp, ev) -> None:  # noqa: F811
    assert _has(nlp, ev, "Abubakar Shekau took over Boko Haram in 2009.", "appoint", "Abubakar Shekau", "Boko Haram")
