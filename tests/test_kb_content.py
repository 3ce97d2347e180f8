"""Checks on the content of the bundled actor knowledge base (src/newsevents/data/actors.yaml)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
KB_PATH = REPO_ROOT / "src" / "newsevents" / "data" / "actors.yaml"
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"

KINDS = {"state", "armed_group", "organisation", "person", "agent"}
SECTORS = {
    "GOV", "MIL", "COP", "REB", "INS", "CVL", "JRN", "EDU", "REL", "MED", "SPY", "LEG",
    "JUD", "IGO", "NGO", "BUS", "PTY", "OPP", "UAF", "CRM", "REF",
}
RELATION_TYPES = {"pledge", "accept", "appoint", "affiliation", "alliance", "rivalry", "split", "merger"}
ID_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@pytest.fixture(scope="module")
def kb() -> dict:
    with KB_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def actors(kb) -> list[dict]:
    return kb["actors"]


@pytest.fixture(scope="module")
def by_id(actors) -> dict[str, dict]:
    return {a["id"]: a for a in actors}


def _parse_date(value: str) -> dt.date:
    """Parse an ISO date of year, month or day precision; raise ValueError otherwise."""
    if not isinstance(value, str) or not DATE_RE.match(value):
        raise ValueError(f"not an ISO date string: {value!r}")
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(*parts)


def _surface_forms(actor: dict) -> list[str]:
    forms = [actor["name"], *actor.get("aliases", []), *actor.get("demonyms", [])]
    return list(dict.fromkeys(f for f in forms if f))


def _is_caps(form: str) -> bool:
    return form.isupper()


def _dated_edges(actor: dict):
    for rel in actor.get("relations") or []:
        yield "relation", rel.get("target"), rel
    for mem in actor.get("memberships") or []:
        yield "memberships", mem.get("id"), mem


def test_kb_has_version_and_actors(kb):
    assert kb["version"] == 1
    assert isinstance(kb["actors"], list) and len(kb["actors"]) > 300


def test_ids_are_unique_and_well_formed(actors):
    seen = set()
    for a in actors:
        assert ID_RE.match(a["id"]), a["id"]
        assert a["id"] not in seen, f"duplicate id {a['id']}"
        seen.add(a["id"])


def test_every_actor_has_required_fields_with_valid_values(actors):
    for a in actors:
        assert isinstance(a.get("name"), str) and a["name"].strip(), a["id"]
        assert a.get("kind") in KINDS, (a["id"], a.get("kind"))
        assert a.get("sector") in SECTORS, (a["id"], a.get("sector"))
        country = a.get("country")
        assert country is None or re.fullmatch(r"[A-Z]{2}", country), (a["id"], country)
        assert isinstance(a.get("aliases", []), list), a["id"]
        assert all(isinstance(x, str) and x.strip() == x and x for x in a.get("aliases", [])), a["id"]
        assert isinstance(a.get("demonyms", []), list), a["id"]


def test_only_states_carry_demonyms(actors):
    for a in actors:
        if a["kind"] != "state":
            assert not a.get("demonyms"), a["id"]


def test_states_use_iso_codes_and_gov_sector(actors):
    for a in actors:
        if a["kind"] == "state":
            assert re.fullmatch(r"[A-Z]{3}", a["id"]), a["id"]
            assert a["country"] is not None, a["id"]
            assert a["sector"] == "GOV", a["id"]


def test_agents_have_no_country_and_agent_ids(actors):
    agents = [a for a in actors if a["kind"] == "agent"]
    assert 30 <= len(agents) <= 60
    for a in agents:
        assert a["id"].startswith("AGENT_"), a["id"]
        assert a["country"] is None, a["id"]


def test_relation_types_and_targets_are_valid(actors, by_id):
    for a in actors:
        for rel in a.get("relations") or []:
            assert rel.get("type") in RELATION_TYPES, (a["id"], rel)
            assert rel.get("target") in by_id, (a["id"], rel)
            assert rel["target"] != a["id"], (a["id"], rel)
            assert set(rel) <= {"type", "target", "start", "end", "note"}, (a["id"], rel)


def test_member_of_and_memberships_point_at_existing_groups(actors, by_id):
    for a in actors:
        parent = a.get("member_of")
        members = a.get("memberships") or []
        if parent is None:
            assert not members, a["id"]
            continue
        assert a["kind"] == "person", a["id"]
        assert isinstance(parent, str) and parent in by_id, (a["id"], parent)
        assert by_id[parent]["kind"] in {"armed_group", "organisation"}, (a["id"], parent)
        for m in members:
            assert set(m) <= {"id", "start", "end", "role"}, (a["id"], m)
            assert m.get("id") in by_id, (a["id"], m)
            assert by_id[m["id"]]["kind"] in {"armed_group", "organisation"}, (a["id"], m)
        if members:
            assert parent in {m["id"] for m in members}, a["id"]


def test_dates_parse_and_start_precedes_end(actors):
    for a in actors:
        for what, target, edge in _dated_edges(a):
            start = _parse_date(edge["start"]) if "start" in edge else None
            end = _parse_date(edge["end"]) if "end" in edge else None
            if start and end:
                assert start <= end, (a["id"], what, target, edge)


def test_no_alias_is_shared_by_two_actors(actors):
    """ALL-CAPS forms are matched case-sensitively, so they only clash with the identical ALL-CAPS form;
    every other form is matched case-insensitively and clashes with any form equal to it ignoring case."""
    caps_owner: dict[str, set[str]] = defaultdict(set)
    folded_owner: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        for form in _surface_forms(a):
            if _is_caps(form):
                caps_owner[form].add(a["id"])
            else:
                folded_owner[form.casefold()].add(a["id"])
    clashes = {f: ids for f, ids in caps_owner.items() if len(ids) > 1}
    clashes.update({f: ids for f, ids in folded_owner.items() if len(ids) > 1})
    # A case-insensitive form also hits the ALL-CAPS form of another actor ("Isis" would match "ISIS").
    for folded, ids in folded_owner.items():
        for caps, caps_ids in caps_owner.items():
            if caps.casefold() == folded and ids - caps_ids:
                clashes[folded] = ids | caps_ids
    assert not clashes, clashes


def test_islamic_state_names_are_one_actor(actors):
    owners = {}
    for a in actors:
        for form in _surface_forms(a):
            owners.setdefault(form, a["id"])
    wanted = ["ISIS", "ISIL", "IS", "Daesh", "Islamic State"]
    assert {owners.get(f) for f in wanted} == {"ISIS"}


def test_caucasus_emirate_has_ik_alias_and_al_qaeda_relation(by_id):
    ce = by_id["CE"]
    assert ce["name"] == "Caucasus Emirate"
    assert "IK" in ce["aliases"]
    assert "Imarat Kavkaz" in ce["aliases"]
    assert any(r["target"] == "AQ" for r in ce["relations"])


def test_caucasus_province_links_to_islamic_state(by_id):
    prov = by_id["ISIS_CAUCASUS"]
    assert "Wilayat Qawqaz" in prov["aliases"]
    assert any(r["type"] == "affiliation" and r["target"] == "ISIS" for r in prov["relations"])
    isis_edges = {(r["type"], r["target"], r.get("start", "")[:7]) for r in by_id["ISIS"]["relations"]}
    assert ("appoint", "ISIS_CAUCASUS", "2015-06") in isis_edges
    assert ("accept", "CE_DAGESTAN", "2015-06") in isis_edges
    dagestan = by_id["CE_DAGESTAN"]
    assert any(r["type"] == "pledge" and r["target"] == "ISIS" and r["start"] == "2014-12" for r in dagestan["relations"])


def test_islamic_state_split_from_al_qaeda_is_dated(by_id):
    splits = [r for r in by_id["ISIS"]["relations"] if r["type"] == "split" and r["target"] == "AQ"]
    assert splits and splits[0]["start"] == "2014-02-03"


def test_persons_named_in_the_seed_articles_are_present(actors):
    owners = {}
    for a in actors:
        for form in _surface_forms(a):
            owners[form] = a["id"]
    assert owners["Caliph Ibrahim"] == owners["Abu Bakr al-Baghdadi"] == "BAGHDADI"
    assert owners["Abu Mohammad al-Qadari"] == "ASILDAROV"
    assert owners["Abu Mohammed al-Adnani"] == "ADNANI"
    assert owners["Ramzan Kadyrov"] == "KADYROV"


def test_isi_acronym_goes_to_pakistani_intelligence(by_id):
    assert "ISI" in by_id["PAK_ISI"]["aliases"]
    assert "ISI" not in by_id["ISI"]["aliases"]


def test_chechen_is_not_a_state_demonym(actors):
    for a in actors:
        assert "Chechen" not in a.get("demonyms", []), a["id"]


@pytest.mark.shared
def test_every_populated_geonames_country_is_present(actors):
    """Reads ../shared/data; fails (never skips) when that folder is missing."""
    path = SHARED_DATA / "geonames" / "countryInfo.txt"
    assert path.is_file(), f"shared data missing: {path} (CI must provide ../shared/data)"
    by_country = {a["country"]: a for a in actors if a["kind"] == "state"}
    missing = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "ISO" or len(fields) < 8:
                continue
            iso2, iso3, name, population = fields[0], fields[1], fields[4], fields[7]
            if int(population or 0) <= 100_000:
                continue
            state = by_country.get(iso2)
            if state is None or state["id"] != iso3:
                missing.append(f"{iso2}/{iso3} {name}")
    assert not missing, missing
