"""The data each view shows, built once: the API returns it as JSON and the web page renders the same JSON."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from datetime import date
from typing import Any

from newsevents.graph.temporal import Edge, TemporalGraph
from newsevents.kb import Actor
from newsevents.models import ActorRef, Count, Document, Event, Extraction, Relation

COUNT_FIELDS = ("fatalities", "injured", "arrested", "kidnapped", "size")
SPAN_KINDS = ("actor", "recipient", "trigger", "place", "time", "count", "cue")


def document_summary(doc: Document) -> dict[str, Any]:
    """A document's metadata without its text (for lists)."""
    data = doc.to_dict()
    for heavy in ("text", "removed", "corrections"):
        data.pop(heavy, None)
    data["chars"] = len(doc.text)
    return data


def _mark(
    marks: list[dict[str, Any]], span: Any, kind: str, label: str, owner: str | None, text_len: int
) -> None:
    if not span or len(span) != 2:
        return
    start, end = span
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= text_len:
        return
    marks.append({"start": start, "end": end, "kind": kind, "label": label, "owner": owner})


def _ref_marks(marks: list[dict[str, Any]], refs: Iterable[ActorRef], kind: str, owner: str, n: int) -> None:
    for ref in refs:
        _mark(marks, ref.span, kind, ref.name or ref.actor_id or ref.text, owner, n)


def _event_marks(marks: list[dict[str, Any]], e: Event, n: int) -> None:
    _ref_marks(marks, e.actors, "actor", e.id, n)
    _ref_marks(marks, e.recipients, "recipient", e.id, n)
    _mark(marks, e.trigger.span, "trigger", e.event_type, e.id, n)
    if e.date is not None:
        _mark(marks, e.date.span, "time", e.date.value or "unresolved", e.id, n)
    if e.location is not None:
        _mark(marks, e.location.span, "place", e.location.name or "unresolved", e.id, n)
    for name in COUNT_FIELDS:
        count: Count | None = getattr(e, name)
        if count is not None:
            _mark(marks, count.span, "count", f"{name}: {count.best}", e.id, n)
    if e.certainty_cue is not None:
        _mark(marks, e.certainty_cue.span, "cue", e.certainty, e.id, n)


def _relation_marks(marks: list[dict[str, Any]], r: Relation, n: int) -> None:
    _ref_marks(marks, [r.source], "actor", r.id, n)
    _ref_marks(marks, [r.target], "recipient", r.id, n)
    if r.trigger is not None:
        _mark(marks, r.trigger.span, "trigger", r.type, r.id, n)
    if r.date is not None:
        _mark(marks, r.date.span, "time", r.date.value or "unresolved", r.id, n)


def segments(text_len: int, marks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut the text at every mark boundary; each piece lists the kinds, labels and records covering it."""
    cuts = sorted({0, text_len, *(m["start"] for m in marks), *(m["end"] for m in marks)})
    out: list[dict[str, Any]] = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m["start"] <= start and end <= m["end"]]
        out.append(
            {
                "start": start,
                "end": end,
                "kinds": [k for k in SPAN_KINDS if any(m["kind"] == k for m in covering)],
                "labels": sorted({f"{m['kind']}: {m['label']}" for m in covering}),
                "owners": sorted({m["owner"] for m in covering if m["owner"]}),
            }
        )
    return out


def article_view(x: Extraction) -> dict[str, Any]:
    """A document's text cut into highlighted segments; its events and relations beside their sentences."""
    n = len(x.document.text)
    marks: list[dict[str, Any]] = []
    for e in x.events:
        _event_marks(marks, e, n)
    for r in x.relations:
        _relation_marks(marks, r, n)
    for p in x.places:
        _mark(marks, p.span, "place", p.name or "unresolved", None, n)
    for t in x.times:
        _mark(marks, t.span, "time", t.value or "unresolved", None, n)
    return {
        "document": x.document.to_dict(),
        "marks": marks,
        "segments": segments(n, marks),
        "events": [e.to_dict() for e in x.events],
        "relations": [r.to_dict() for r in x.relations],
        "places": [p.to_dict() for p in x.places],
        "times": [t.to_dict() for t in x.times],
    }


def actor_summary(actor: Actor) -> dict[str, Any]:
    return {
        "actor_id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "sector": actor.sector,
        "aliases": list(actor.aliases),
        "provisional": actor.provisional,
    }


def edge_dict(e: Edge, names: dict[str, str]) -> dict[str, Any]:
    return {
        "source": e.source,
        "target": e.target,
        "type": e.type,
        "source_name": names.get(e.source) or e.source_name or e.source,
        "target_name": names.get(e.target) or e.target_name or e.target,
        "start": e.start.isoformat() if e.start else None,
        "end": e.end.isoformat() if e.end else None,
        "via": e.via,
        "sources": list(e.sources),
        "confidence": e.confidence,
    }


def graph_view(graph: TemporalGraph, at: date | None, focus: set[str], depth: int) -> dict[str, Any]:
    """Edges holding on the date within `depth` hops of the focus actors, and their end points as nodes."""
    edges = graph.edges(at)
    adjacent: dict[str, list[Edge]] = {}
    for e in edges:
        adjacent.setdefault(e.source, []).append(e)
        adjacent.setdefault(e.target, []).append(e)
    hops = {a: 0 for a in focus if a in adjacent}
    queue = deque(hops)
    chosen: dict[tuple[str, str, str], Edge] = {}
    while queue:
        node = queue.popleft()
        if hops[node] >= depth:
            continue
        for e in adjacent.get(node, ()):
            chosen[(e.source, e.target, e.type)] = e
            other = e.target if e.source == node else e.source
            if other not in hops:
                hops[other] = hops[node] + 1
                queue.append(other)
    nodes = sorted({n for e in chosen.values() for n in (e.source, e.target)} | set(hops))
    dates = [d for e in graph.edges_ for d in (e.start, e.end) if d is not None]
    return {
        "at": at.isoformat() if at else None,
        "focus": sorted(focus),
        "nodes": [
            {
                "id": n,
                "name": graph.names.get(n) or n,
                "kind": graph.kinds.get(n) or None,
                "focus": n in focus,
                "hops": hops.get(n),
            }
            for n in nodes
        ],
        "edges": [
            edge_dict(e, graph.names)
            for e in sorted(chosen.values(), key=lambda e: (e.source, e.target, e.type))
        ],
        "range": {
            "min": min(dates).isoformat() if dates else None,
            "max": max(dates).isoformat() if dates else None,
        },
    }
