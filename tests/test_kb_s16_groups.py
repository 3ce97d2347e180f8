"""Session 16: well-known armed non-state groups added to the bundled knowledge base.

Each listed form must resolve to its group; forms that are ambiguous (a place, another actor's name, an
ordinary phrase) must not be anyone's alias, so that e.g. "Lebanese forces fired" is not read as the
civil-war militia and "Kataeb Hezbollah" is not read as the Phalange."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

KB_PATH = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "actors.yaml"


@pytest.fixture(scope="module")
def owners() -> dict[str, set[str]]:
    with KB_PATH.open(encoding="utf-8") as fh:
        actors = yaml.safe_load(fh)["actors"]
    out: dict[str, set[str]] = {}
    for a in actors:
        for form in [a["name"], *(a.get("aliases") or []), *(a.get("demonyms") or [])]:
            key = form if form.isupper() else form.casefold()
            out.setdefault(key, set()).add(a["id"])
    return out


def _owner(owners: dict[str, set[str]], form: str) -> set[str]:
    return owners.get(form if form.isupper() else form.casefold(), set())


@pytest.mark.parametrize("form, actor_id", [
    ("UNITA", "UNITA"), ("MPLA", "MPLA"), ("FNLA", "FNLA"), ("FMLN", "FMLN"), ("ZANLA", "ZANLA"),
    ("ZIPRA", "ZIPRA"), ("ZAPU", "ZAPU"), ("EPLF", "EPLF"), ("ELF", "ELF"), ("EPRDF", "EPRDF"),
    ("Haganah", "HAGANAH"), ("Irgun", "IRGUN"), ("Palmach", "PALMACH"), ("Lehi", "LEHI"),
    ("Stern Gang", "LEHI"), ("Phalange", "PHALANGE"), ("FLN", "FLN_DZ"),
    ("Umkhonto we Sizwe", "UMKHONTO_WE_SIZWE"), ("Montoneros", "MONTONEROS"),
    ("Black September", "BLACK_SEPTEMBER"), ("TELO", "TELO"), ("EPRLF", "EPRLF"), ("PLOTE", "PLOTE"),
    ("NPFL", "NPFL"), ("KDPI", "KDPI"), ("Komala", "KOMALA"), ("PUK", "PUK"), ("KDP", "KDP_IQ"),
    ("MLC", "MLC_CD"), ("GATIA", "GATIA"), ("MSA", "MSA_ML"), ("URNG", "URNG"),
    ("Amigos dos Amigos", "AMIGOS_DOS_AMIGOS"), ("UFF", "UFF"), ("Hezb-e-Islami", "HIG"),
])
def test_group_form_resolves(owners, form, actor_id):
    assert _owner(owners, form) == {actor_id}


@pytest.mark.parametrize("form", [
    "Lebanese Forces",      # also "Lebanese forces", the army
    "Kataeb",               # would cut "Kataeb Hezbollah"
    "Northern Alliance",    # Afghanistan and Myanmar
    "National Salvation Front",  # South Sudan, Egypt, Romania
    "Mai-Mai",              # prefix of many group names (Mai-Mai Yakutumba)
    "Harkat-ul-Ansar",      # the 1993 merger of HuM and HuJI, not HuM itself
    "al-Badr", "Tigers", "Partisans", "Platform", "MK", "PLA", "RAF", "OAS", "UPA", "NDA", "OPM", "HuM",
])
def test_ambiguous_form_is_no_alias(owners, form):
    assert not _owner(owners, form)


def test_relations_of_new_groups_point_the_right_way():
    with KB_PATH.open(encoding="utf-8") as fh:
        by_id = {a["id"]: a for a in yaml.safe_load(fh)["actors"]}
    edges = {(a, r["type"], r["target"]) for a, e in by_id.items() for r in e.get("relations") or []}
    assert ("LEHI", "split", "IRGUN") in edges
    assert ("ZANLA", "affiliation", "ZANU_PF") in edges
    assert ("ZAPU", "merger", "ZANU_PF") in edges
    assert ("PUK", "split", "KDP_IQ") in edges
    assert ("IRGUN", "split", "LEHI") not in edges
