"""Library functions behind the CLI: one actor's relations at a date, and the whole graph as text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from newsevents.extract.relations import normalise_group_name
from newsevents.graph.export import render
from newsevents.graph.temporal import Edge, TemporalGraph, parse_date
from newsevents.models import Event, Relation


@dataclass(frozen=True)
class ActorReport:
    """What is known about one actor on a date: names, affiliations, affiliates, defections, events."""

    actor_id: str
    name: str
    aliases: tuple[str, ...] = ()
    at: date | None = None
    formed: date | None = None
    affiliations: list[Edge] = field(default_factory=list)
    affiliates: list[Edge] = field(default_factory=list)
    defections: list[Edge] = field(default_factory=list)
    splits: list[Edge] = field(default_factory=list)
    alliances: list[Edge] = field(default_factory=list)
    rivalries: list[Edge] = field(default_factory=list)
    events: int | None = None


def _find_id(name_or_id: str, graph: TemporalGraph, kb: Iterable[object] | None) -> tuple[str, str, tuple[str, ...]]:
    key = normalise_group_name(name_or_id)
    for actor in kb or ():
        names = (getattr(actor, "name", ""), *getattr(actor, "aliases", ()))
        if getattr(actor, "id") == name_or_id or key in {normalise_group_name(n) for n in names if n}:
            return getattr(actor, "id"), getattr(actor, "name"), tuple(getattr(actor, "aliases", ()))
    for aid, name in graph.names.items():
        if aid == name_or_id or normalise_group_name(name) == key:
            return aid, name, ()
    raise KeyError(f"no actor named {name_or_id!r} in the knowledge base or the relations")


def show_actor(name_or_id: str, at: date | str | None = None, *, graph: TemporalGraph,
               kb: Iterable[object] | None = None, events: Sequence[Event] | None = None) -> ActorReport:
    """The report for one actor (KB id, name or alias) on a date (every edge when no date is given)."""
    aid, name, aliases = _find_id(name_or_id, graph, kb)
    day = parse_date(at)
    count = None
    if events is not None:
        count = sum(1 for e in events if any(a.actor_id == aid for a in (*e.actors, *e.recipients)))
    return ActorReport(
        actor_id=aid, name=name, aliases=aliases, at=day, formed=graph.formed.get(aid),
        affiliations=graph.affiliations(aid, day), affiliates=graph.affiliates(aid, day),
        defections=graph.defections(aid, day), splits=graph.related(aid, "split", day),
        alliances=graph.related(aid, "alliance", day), rivalries=graph.related(aid, "rivalry", day), events=count)


def export_graph(relations: Iterable[Relation], kb: Iterable[object], at: date | str | None, fmt: str) -> str:
    """The graph of relations and KB edges holding on the date, as graphml, gexf or json text."""
    return render(TemporalGraph.from_relations(relations, kb), fmt, at)
