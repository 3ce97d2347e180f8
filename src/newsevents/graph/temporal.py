"""Dated edges between actors from extracted relations and the knowledge base, and queries at a date."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from newsevents.extract.relations import NOT_ASSERTED, Formation
from newsevents.models import Relation

log = logging.getLogger(__name__)

AFFILIATION_TYPES = frozenset({"pledge", "affiliation", "appoint"})


def parse_date(value: str | date | None) -> date | None:
    """A date from ISO 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (the first day of the period), or None."""
    if value is None or isinstance(value, date):
        return value
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?", str(value).strip())
    if not m:
        return None
    return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


@dataclass(frozen=True)
class Edge:
    """A dated, typed link from one actor to another with the relations and documents that support it."""

    source: str
    target: str
    type: str
    start: date | None = None
    end: date | None = None
    sources: tuple[str, ...] = ()  # relation ids, doc ids, or "kb"
    confidence: float = 0.5
    via: str = "relation"  # relation | membership | kb
    source_name: str | None = None
    target_name: str | None = None

    def active(self, at: date | None) -> bool:
        """Whether the edge holds on the date (every edge holds when no date is asked)."""
        if at is None:
            return True
        return (self.start is None or self.start <= at) and (self.end is None or at < self.end)


@dataclass
class TemporalGraph:
    """Actors (nodes) and dated edges; built once, then queried."""

    edges_: list[Edge] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    formed: dict[str, date] = field(default_factory=dict)

    @classmethod
    def from_relations(cls, relations: Iterable[Relation], kb_relations: Iterable[object] = (),
                       formations: Iterable[Formation] = ()) -> TemporalGraph:
        """A graph from extracted relations and knowledge-base actors (objects with id, relations, member_of)."""
        g = cls()
        for actor in kb_relations:
            aid = getattr(actor, "id")
            g.names.setdefault(aid, getattr(actor, "name", aid))
            g.kinds.setdefault(aid, getattr(actor, "kind", "") or "")
            for r in getattr(actor, "relations", ()) or ():
                g._add(Edge(aid, r.target, r.type, parse_date(r.start), parse_date(r.end), ("kb",), 0.9, "kb"))
            parent = getattr(actor, "member_of", None)
            if parent:
                g._add(Edge(aid, parent, "affiliation", None, None, ("kb",), 0.9, "kb"))
        splits: list[Relation] = []
        for r in relations:
            if r.certainty in NOT_ASSERTED or not r.source.actor_id or not r.target.actor_id:
                continue
            for ref in (r.source, r.target):
                g.names.setdefault(ref.actor_id, ref.name or ref.text)  # type: ignore[arg-type]
                g.kinds.setdefault(ref.actor_id, ref.kind or "")  # type: ignore[arg-type]
            dated = r.date is not None and r.date.how in ("sentence", "paragraph") and r.date.value
            start = parse_date(r.date.value) if dated and r.date else None
            via = "membership" if "membership" in r.extractor else "relation"
            g._add(Edge(r.source.actor_id, r.target.actor_id, r.type, start, None, (r.id, r.doc_id),
                        r.confidence, via, r.source.name or r.source.text, r.target.name or r.target.text))
            if r.type == "split":
                splits.append(r)
        for r in splits:
            when = parse_date(r.date.value) if r.date and r.date.value else None
            g._close(r.source.actor_id, r.target.actor_id, when)  # type: ignore[arg-type]
        for f in formations:
            if f.actor.actor_id and f.date and f.date.value:
                g.formed[f.actor.actor_id] = parse_date(f.date.value)  # type: ignore[assignment]
        return g

    def _add(self, edge: Edge) -> None:
        """Add an edge, merging it with the same source/target/type: earliest start, all sources."""
        for i, e in enumerate(self.edges_):
            if (e.source, e.target, e.type) == (edge.source, edge.target, edge.type):
                starts = [d for d in (e.start, edge.start) if d is not None]
                self.edges_[i] = replace(
                    e, start=min(starts) if starts else None, end=e.end or edge.end,
                    sources=tuple(dict.fromkeys((*e.sources, *edge.sources))),
                    confidence=max(e.confidence, edge.confidence),
                    source_name=e.source_name or edge.source_name, target_name=e.target_name or edge.target_name)
                return
        self.edges_.append(edge)

    def _close(self, source: str, target: str, when: date | None) -> None:
        """A split ends the splinter's affiliation edges to the group it left."""
        for i, e in enumerate(self.edges_):
            if e.source == source and e.target == target and e.type in AFFILIATION_TYPES and e.end is None:
                if when is not None and e.start is not None and when < e.start:
                    continue
                self.edges_[i] = replace(e, end=when)

    # --- queries ------------------------------------------------------------------------------

    def edges(self, at: date | str | None = None) -> list[Edge]:
        """Every edge, or those that hold on the date."""
        day = parse_date(at)
        return [e for e in self.edges_ if e.active(day) and not self._before_formed(e, day)]

    def _before_formed(self, e: Edge, day: date | None) -> bool:
        if day is None:
            return False
        return any(self.formed.get(a) is not None and day < self.formed[a] for a in (e.source, e.target))

    def affiliations(self, actor_id: str, at: date | str | None = None) -> list[Edge]:
        """What the actor was affiliated with (pledged to, part of, appointed by) on the date."""
        return [e for e in self.edges(at) if e.source == actor_id and e.type in AFFILIATION_TYPES]

    def affiliates(self, actor_id: str, at: date | str | None = None) -> list[Edge]:
        """Who was affiliated with the actor on the date."""
        return [e for e in self.edges(at) if e.target == actor_id and e.type in AFFILIATION_TYPES]

    def members(self, actor_id: str) -> list[str]:
        """Members, leaders and sub-units ever tied to the actor (whether or not they left)."""
        return sorted({e.source for e in self.edges_ if e.target == actor_id and e.type in AFFILIATION_TYPES})

    def defections(self, actor_id: str, at: date | str | None = None) -> list[Edge]:
        """Edges by which the actor's members or affiliates were tied to another group on the date."""
        members = set(self.members(actor_id))
        return [e for e in self.edges(at) if e.source in members and e.target != actor_id
                and e.type in AFFILIATION_TYPES]

    def split_date(self, x: str, y: str) -> date | None:
        """When x split from y (or y from x), if a dated split is known."""
        dates = [e.start for e in self.edges_ if e.type == "split" and {e.source, e.target} == {x, y} and e.start]
        return min(dates) if dates else None

    def related(self, actor_id: str, type_: str, at: date | str | None = None) -> list[Edge]:
        """Edges of one type touching the actor on the date (alliances and rivalries are symmetric)."""
        return [e for e in self.edges(at) if e.type == type_ and actor_id in (e.source, e.target)]
