"""Review of the session-9 helpers' rounds (relations, typing, casualties): counter-cases the rounds' own tests
missed."""

from __future__ import annotations

import time

import pytest


def _extract(text: str):  # type: ignore[no-untyped-def]
    from newsevents.library import extract

    return extract(text, published="2024-05-10")


@pytest.mark.model
def test_a_long_sentence_of_many_frames_is_typed_in_seconds() -> None:
    """Each frame re-read every cue word's subtree: 112 s on this 20,000-character sentence, now read once."""
    text = ("In Mogadishu on Tuesday " + "Police: clashes ongoing as troops recovered a cache of mines and were "
            "stitched together with the army's 3rd Brigade, " * 170 + "officials said.")
    start = time.perf_counter()
    _extract(text)
    assert time.perf_counter() - start < 60


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The fighters of Jundallah split from Jaish al-Adl in 2012, according to Iranian officials.",
    "The militia of Ganda Koy broke with the MNLA in 2012, residents of Gao said.",
])
def test_a_group_named_like_a_person_stays_a_party(text: str) -> None:
    """"the fighters of X", "the militia of X" are no marks of a person: the split is kept."""
    rels = [r for r in _extract(text).relations if r.type == "split"]
    assert rels, text


@pytest.mark.model
def test_a_leader_and_his_group_is_still_the_group() -> None:
    rels = _extract("Jamaat-ul-Ahrar was born in 2014 when TTP commanders broke with Mullah Fazlullah and his "
                    "Tehreek-e-Taliban Pakistan.").relations
    assert not [r for r in rels if "Fazlullah" in (r.source.text + r.target.text) and r.type == "split"]


@pytest.mark.model
def test_a_neutralised_hideout_is_no_death() -> None:
    events = _extract("Troops neutralised a terrorist hideout near Maiduguri on Tuesday, the army said in a "
                      "statement.").events
    assert all(e.fatalities is None or e.fatalities.best != 1 for e in events)
    commander = _extract("Troops neutralised a terrorist commander near Maiduguri on Tuesday, the army said in a "
                         "statement.").events
    assert any(e.fatalities is not None and e.fatalities.best == 1 for e in commander)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kachin Independence Army and the Shan State Progress Party fought for an independent state for decades.",
    "Hamas and Islamic Jihad fought for the liberation of Palestine, their leaders said on Monday.",
])
def test_fighting_for_a_cause_is_no_rivalry_by_rule(text: str) -> None:
    """A cause after "fought for" is shared, not a prize they fought each other for (the rules alone)."""
    rels = [r for r in _extract(text).relations if r.type == "rivalry" and r.extractor.startswith("relations/")]
    assert rels == []


@pytest.mark.model
def test_fighting_for_a_port_is_a_rivalry() -> None:
    rels = _extract("Los Zetas and the Gulf Cartel fought for the port of Nuevo Laredo for years, police said.").relations
    assert any(r.type == "rivalry" for r in rels)


@pytest.mark.model
def test_a_cordon_after_a_gas_leak_is_no_coercion() -> None:
    events = _extract("Police cordoned off the area after a gas leak in Nairobi on Tuesday, officials said.").events
    assert not [e for e in events if e.event_type == "COERCE"]
    kurds = _extract("Police cordoned off the Kurdish district of Diyarbakir on Tuesday, residents said.").events
    assert [e for e in kurds if e.event_type == "COERCE"]


@pytest.mark.model
def test_a_relationship_turned_hostile_is_read_within_its_clause() -> None:
    rels = _extract("Al-Shabaab's relations with Hizbul Islam were good until 2010, when the alliance with AMISOM "
                    "turned into open conflict.").relations
    assert not [r for r in rels if r.type == "rivalry" and r.extractor.startswith("relations/")
                and {"Hizbul Islam"} & {r.source.text, r.target.text}]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police could not say whether there were no victims in the blast in Lagos on Tuesday, officials said.",
    "It is not true that there were no victims, a witness said after gunmen attacked the market in Kano on Monday.",
])
def test_a_no_left_open_is_no_zero(text: str) -> None:
    events = _extract(text).events
    assert not [e for e in events if e.fatalities is not None and e.fatalities.best == 0]


@pytest.mark.model
def test_a_plain_no_is_still_a_zero() -> None:
    events = _extract("A bomb exploded near a police station in Lagos on Tuesday, but there were no victims, police "
                      "said.").events
    assert [e for e in events if e.fatalities is not None and e.fatalities.best == 0]
