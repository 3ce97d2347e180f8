"""The actor knowledge base: load YAML/CSV files, merge them, and look names up by alias."""

from __future__ import annotations

import csv
import functools
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsevents.errors import Errors, NewsEventsError

log = logging.getLogger(__name__)

KINDS = ("state", "armed_group", "organisation", "person", "agent")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})


@dataclass(frozen=True)
class KBRelation:
    """A dated edge stored in the knowledge base."""

    type: str
    target: str
    start: str | None = None
    end: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Actor:
    """One knowledge-base entry."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    relations: tuple[KBRelation, ...] = ()
    member_of: str | None = None
    provisional: bool = False
    roles: tuple[dict[str, Any], ...] = ()  # dated role codes from imported dictionaries

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


_SPACES = re.compile(r"[\s_]+")
_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"'s?$")
_HYPHEN = re.compile(r"\s*-\s*")


@functools.lru_cache(maxsize=65536)
def norm_key(name: str) -> str:
    """Lookup key: accents folded, apostrophes unified, lower case, 'the' and possessives dropped."""
    text = name.translate(_APOSTROPHES)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SPACES.sub(" ", text).strip(" .,;:\"'()[]")
    text = _ARTICLE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return _HYPHEN.sub("-", text).lower()


def is_acronym(alias: str) -> bool:
    """ALL-CAPS aliases (IS, IK, AQAP, U.S.) are matched case-sensitively."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 8


@dataclass
class KnowledgeBase:
    """Actors by id, with an alias index (case-insensitive keys, case-sensitive acronyms)."""

    actors: dict[str, Actor] = field(default_factory=dict)
    _index: dict[str, str] = field(default_factory=dict)
    _acronyms: dict[str, str] = field(default_factory=dict)
    _looked_up: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)  # name -> actor id

    def add(self, actor: Actor, *, override: bool = True) -> None:
        if actor.id in self.actors and not override:
            return
        self._looked_up.clear()
        self.actors[actor.id] = actor
        for alias in actor.names:
            if is_acronym(alias) and len(alias.replace(".", "")) <= 5:
                self._acronyms.setdefault(alias.replace(".", ""), actor.id)
            else:
                key = norm_key(alias)
                if key and (override or key not in self._index):
                    self._index[key] = actor.id
        for demonym in actor.demonyms:
            self._index.setdefault(norm_key(demonym), actor.id)

    def lookup(self, name: str) -> Actor | None:
        """The actor a name refers to, or None. Tries the acronym table, then the folded name (remembered per
        name until an actor is added: news repeats its names)."""
        if name in self._looked_up:
            actor_id = self._looked_up[name]
        else:
            if len(self._looked_up) >= 65536:
                self._looked_up.clear()
            actor_id = self._looked_up[name] = self._lookup_id(name)
        return self.actors.get(actor_id) if actor_id else None

    def _lookup_id(self, name: str) -> str | None:
        raw = name.strip().translate(_APOSTROPHES)
        raw = re.sub(r"^(the|The)\s+", "", raw)
        raw = re.sub(r"'s?$", "", raw)
        compact = raw.replace(".", "")
        if compact in self._acronyms:
            return self._acronyms[compact]
        if is_acronym(raw) and len(compact) <= 3:
            return None  # an unknown short acronym ("IS", "US") must not match a word case-insensitively
        key = norm_key(raw)
        actor_id = self._index.get(key)
        if actor_id is None and key.endswith("s") and len(key) > 4:
            actor_id = self._index.get(key[:-1])  # plural agent words and demonyms
        return actor_id

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def by_kind(self, *kinds: str) -> list[Actor]:
        return [a for a in self.actors.values() if a.kind in kinds]

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.actors.values())


def _actor_from_mapping(row: dict[str, Any], source: str) -> Actor:
    def listify(value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split("|") if v.strip())
        return tuple(str(v).strip() for v in value if str(v).strip())

    try:
        actor_id = str(row["id"]).strip()
        name = str(row["name"]).strip()
    except KeyError as exc:
        raise NewsEventsError(Errors.E016, path=source, detail=f"an entry has no {exc.args[0]!r}") from exc
    kind = str(row.get("kind") or "organisation").strip()
    if kind not in KINDS:
        raise NewsEventsError(Errors.E016, path=source, detail=f"{actor_id}: unknown kind {kind!r}")
    relations = tuple(
        KBRelation(type=str(r["type"]), target=str(r["target"]),
                   start=str(r["start"]) if r.get("start") is not None else None,
                   end=str(r["end"]) if r.get("end") is not None else None, note=r.get("note"))
        for r in (row.get("relations") or [])
    )
    return Actor(
        id=actor_id, name=name, kind=kind, country=(row.get("country") or None),
        sector=(row.get("sector") or None), aliases=listify(row.get("aliases")),
        demonyms=listify(row.get("demonyms")), relations=relations, member_of=row.get("member_of") or None,
        roles=tuple(dict(r) for r in (row.get("roles") or []) if isinstance(r, dict)),
    )


def load_file(path: str | Path) -> list[Actor]:
    """Actors from a YAML file (`actors:` list) or a CSV file (id,name,kind,country,sector,aliases,demonyms)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NewsEventsError(Errors.E016, path=str(path), detail=str(exc)) from exc
    if path.suffix.lower() == ".csv":
        rows: Iterable[dict[str, Any]] = csv.DictReader(text.splitlines())
    else:
        try:
            data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
        except yaml.YAMLError as exc:
            raise NewsEventsError(Errors.E016, path=str(path), detail=str(exc).splitlines()[0]) from exc
        rows = data.get("actors", []) if isinstance(data, dict) else data
    return [_actor_from_mapping(row, str(path)) for row in rows]


def bundled_path() -> Path:
    return Path(str(resources.files("newsevents") / "data" / "actors.yaml"))


def build(extra: Iterable[str | Path] = (), *, bundled: bool = True) -> KnowledgeBase:
    """The bundled knowledge base (unless bundled=False) with user files merged over it (later files win)."""
    kb = KnowledgeBase()
    paths = [bundled_path()] if bundled else []
    paths += [Path(p) for p in extra if str(p)]
    for path in paths:
        if not path.exists():
            raise NewsEventsError(Errors.E016, path=str(path), detail="no such file")
        for actor in load_file(path):
            kb.add(actor)
    return kb


@functools.lru_cache(maxsize=8)
def get_kb(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The process-wide knowledge base (cached per list of extra files)."""
    return build(extra)
