"""Import PETRARCH/TABARI actor and agent dictionaries (`.actors.txt`) into knowledge-base actors."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsevents.errors import Errors, NewsEventsError
from newsevents.kb import Actor

_CODE = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]+))?\]")
_SECTORS = {"GOV", "MIL", "COP", "REB", "INS", "CVL", "JRN", "EDU", "REL", "MED", "SPY", "LEG", "JUD", "BUS",
            "NGO", "IGO", "CRM", "UAF", "PTY", "OPP", "REF", "ELI", "LAB", "AGR", "IMG", "SEP", "HLH", "ENV",
            "MNC", "PRE", "PRM", "NON", "UNK", "SOC", "ETH", "DEV"}


@dataclass
class _Entry:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[dict[str, Any]] = field(default_factory=list)


def _clean_name(raw: str) -> str:
    """PETRARCH phrase to words: underscores are spaces, {plurals} and trailing markers dropped."""
    raw = re.sub(r"\{[^}]*\}", "", raw)
    raw = raw.strip().rstrip("_").replace("_", " ")
    return re.sub(r"\s+", " ", raw).strip()


def _date(raw: str) -> str:
    """PETRARCH dates are YYMMDD or YYYYMMDD."""
    raw = raw.strip()
    if len(raw) == 6:
        year = int(raw[:2])
        raw = f"{1900 + year if year > 30 else 2000 + year}{raw[2:]}"
    if len(raw) != 8 or not raw.isdigit():
        raise ValueError(raw)
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"


def _parse_code(code: str, span: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"code": code}
    if span:
        span = span.strip()
        try:
            if span.startswith(">"):
                out["start"] = _date(span[1:])
            elif span.startswith("<"):
                out["end"] = _date(span[1:])
            elif "-" in span:
                a, b = span.split("-", 1)
                out["start"], out["end"] = _date(a), _date(b)
        except ValueError:
            out["dates"] = span  # kept verbatim when it is not a date range we understand
    return out


def parse(text: str) -> list[_Entry]:
    """Entries of a dictionary: a name line, `+synonym` lines, and `[CODE dates]` role lines."""
    entries: list[_Entry] = []
    current: _Entry | None = None
    for raw_line in text.splitlines():
        line = raw_line.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("!") or "=" in line.split("[")[0]:
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is not None:
                alias = _clean_name(stripped[1:].split("[")[0])
                if alias:
                    current.aliases.append(alias)
            continue
        if stripped.startswith("[") and raw_line[:1].isspace() or (stripped.startswith("[") and current):
            if current is not None:
                current.codes.extend(_parse_code(c, d) for c, d in _CODE.findall(stripped))
            continue
        name = _clean_name(stripped.split("[")[0])
        if not name:
            continue
        current = _Entry(name=name, codes=[_parse_code(c, d) for c, d in _CODE.findall(stripped)])
        for plural in re.findall(r"\{([^}]+)\}", stripped):
            current.aliases.extend(_clean_name(p) for p in plural.split("|") if _clean_name(p))
        entries.append(current)
    return entries


def _iso3_to_iso2() -> dict[str, str]:
    path = resources.files("newsevents") / "data" / "geonames" / "countries.tsv"
    with path.open(encoding="utf-8") as fh:
        return {row["iso3"]: row["iso"] for row in csv.DictReader(fh, delimiter="\t") if row.get("iso3")}


def _case(name: str) -> str:
    """Dictionaries are in capitals: short single words are acronyms (ISIS, UN), the rest title case."""
    return name if (" " not in name and len(name.replace(".", "")) <= 4) else name.title()


def _slug(name: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "_", name.upper()).strip("_")[:60]


def import_dictionary(path: str | Path) -> list[Actor]:
    """Actors from a PETRARCH/TABARI dictionary; agents files (codes like [~COP]) become agent actors."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise NewsEventsError(Errors.E016, path=str(path), detail=str(exc)) from exc
    iso = _iso3_to_iso2()
    actors: dict[str, Actor] = {}
    for entry in parse(text):
        codes = [c for c in entry.codes if c.get("code")]
        main = codes[-1]["code"] if codes else ""
        if main.startswith("~") or main.endswith("~"):  # agent: a sector word, optionally a country suffix
            sector = main.strip("~")[:3] or None
            kind, country = "agent", None
        else:
            country = iso.get(main[:3])
            role = main[3:6] if country else main[:3]
            sector = role if role in _SECTORS else None
            if main.startswith("IMG") or "REB" in main or "INS" in main:
                kind = "armed_group"
            elif len(main) == 3 and country:
                kind = "state"
            elif codes and any("start" in c or "end" in c for c in codes) and len(entry.name.split()) <= 4:
                kind = "person"
            else:
                kind = "organisation"
        actor_id = "PHX_" + _slug(entry.name)
        if actor_id in actors:
            continue
        actors[actor_id] = Actor(id=actor_id, name=_case(entry.name), kind=kind, country=country, sector=sector,
                                 aliases=tuple(dict.fromkeys(_case(a) for a in entry.aliases)),
                                 roles=tuple(codes))
    if not actors:
        raise NewsEventsError(Errors.E016, path=str(path), detail="no dictionary entries found")
    return list(actors.values())


def write_kb_yaml(actors: list[Actor], path: str | Path) -> None:
    """Write actors in the knowledge-base YAML format (docs/KB-FORMAT.md)."""
    rows = []
    for a in actors:
        row: dict[str, Any] = {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
                               "sector": a.sector, "aliases": list(a.aliases)}
        if a.roles:
            row["roles"] = [dict(r) for r in a.roles]
        rows.append(row)
    Path(path).write_text(
        "# imported from a PETRARCH/TABARI dictionary by `newsevents actors import`\n"
        + yaml.dump({"version": 1, "actors": rows}, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
                    allow_unicode=True, sort_keys=False, width=120),
        encoding="utf-8")
