"""Read the shipped country and admin1 tables (derived from GeoNames, CC BY 4.0)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

TABLE_DIR = Path(__file__).resolve().parent.parent / "data" / "geonames"
COUNTRIES_FILE = "countries.tsv"
ADMIN1_FILE = "admin1.tsv"


@dataclass(frozen=True)
class CountryRow:
    """One country: ISO codes, GeoNames id, centroid, and the names it goes by."""

    iso: str
    iso3: str
    name: str
    geonameid: int
    lat: float
    lon: float
    population: int
    continent: str
    capital: str
    neighbours: tuple[str, ...]
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(frozen=True)
class Admin1Row:
    """One first-level subdivision: key like 'RU.12', names, GeoNames id and a representative point."""

    key: str
    name: str
    ascii_name: str
    geonameid: int
    lat: float
    lon: float
    population: int

    @property
    def country(self) -> str:
        return self.key.split(".", 1)[0]


def _split(value: str, sep: str = "|") -> tuple[str, ...]:
    return tuple(v for v in value.split(sep) if v)


def read_countries(path: Path = TABLE_DIR / COUNTRIES_FILE) -> list[CountryRow]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            CountryRow(r["iso"], r["iso3"], r["name"], int(r["geonameid"]), float(r["lat"]),
                       float(r["lon"]), int(r["population"] or 0), r["continent"], r["capital"],
                       _split(r["neighbours"], ","), _split(r["aliases"]), _split(r["demonyms"]))
            for r in csv.DictReader(fh, delimiter="\t")
        ]


def read_admin1(path: Path = TABLE_DIR / ADMIN1_FILE) -> list[Admin1Row]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            Admin1Row(r["key"], r["name"], r["asciiname"], int(r["geonameid"]), float(r["lat"]),
                      float(r["lon"]), int(r["population"] or 0))
            for r in csv.DictReader(fh, delimiter="\t")
        ]
