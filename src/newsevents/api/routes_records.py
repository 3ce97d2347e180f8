"""Endpoints for documents (and the article view), incidents, relations, actors, the actor graph, stats."""

from __future__ import annotations

import threading
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request

from newsevents.api.errors import ApiError
from newsevents.api.params import DATE, Limit, Offset
from newsevents.api.queries import Queries
from newsevents.api.views import actor_summary, article_view, document_summary, edge_dict, graph_view
from newsevents.graph.temporal import TemporalGraph, parse_date
from newsevents.kb import get_kb
from newsevents.models import RELATION_TYPES
from newsevents.store.database import EventFilter

router = APIRouter(prefix="/api")
Id = Annotated[str, Path(max_length=80)]
_graph_lock = threading.Lock()


def queries(request: Request) -> Queries:
    return request.app.state.queries


def temporal_graph(request: Request) -> TemporalGraph:
    """The graph of KB and stored relations, rebuilt only when the stored relations change."""
    q: Queries = request.app.state.queries
    with _graph_lock:
        key = q.relation_count()
        cached = getattr(request.app.state, "graph", None)
        if cached is None or cached[0] != key:
            graph = TemporalGraph.from_relations(q.store.relations(limit=10**7), list(get_kb()))
            request.app.state.graph = (key, graph)
        return request.app.state.graph[1]


def _day(value: str | None) -> Any:
    try:
        day = parse_date(value)
    except ValueError as exc:  # a well-formed string naming no real day: year 0, 31 February
        raise ApiError(422, f"at: {exc}", "invalid") from exc
    if value is not None and day is None:
        raise ApiError(422, "at: give a date as YYYY, YYYY-MM or YYYY-MM-DD", "invalid")
    return day


@router.get("/stats", tags=["meta"], summary="Row counts per table")
def stats(q: Annotated[Queries, Depends(queries)]) -> dict[str, int]:
    return q.store.stats()


@router.get("/documents", tags=["documents"], summary="Stored documents (metadata, no text)")
def list_documents(
    q: Annotated[Queries, Depends(queries)],
    limit: Limit = 100,
    offset: Offset = 0,
    text: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    docs = q.store.documents(limit=limit, offset=offset, text=text or None)
    return {"items": [document_summary(d) for d in docs], "limit": limit, "offset": offset}


@router.get("/documents/{doc_id}", tags=["documents"], summary="One document with its clean text")
def get_document(doc_id: Id, q: Annotated[Queries, Depends(queries)]) -> dict[str, Any]:
    doc = q.store.document(doc_id) if len(doc_id) >= 6 else None
    if doc is None:
        raise ApiError(404, f"No document with id {doc_id!r}.")
    return doc.to_dict()


@router.get(
    "/documents/{doc_id}/view",
    tags=["documents"],
    summary="The article view: text cut into highlighted segments, events and relations",
)
def view_document(doc_id: Id, q: Annotated[Queries, Depends(queries)]) -> dict[str, Any]:
    x = q.store.extraction(doc_id) if len(doc_id) >= 6 else None
    if x is None:
        raise ApiError(404, f"No document with id {doc_id!r}.")
    return article_view(x)


@router.get("/incidents", tags=["incidents"], summary="Incidents reconciled across reports")
def list_incidents(
    q: Annotated[Queries, Depends(queries)],
    limit: Limit = 100,
    offset: Offset = 0,
    event_type: Annotated[str | None, Query(pattern=r"^[A-Za-z]{1,16}$")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$")] = None,
    date_from: Annotated[str | None, Query(pattern=DATE)] = None,
    date_to: Annotated[str | None, Query(pattern=DATE)] = None,
) -> dict[str, Any]:
    items = q.store.incidents(
        event_type=event_type,
        country=country,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
    )
    return {"items": [i.to_dict() for i in items], "limit": limit, "offset": offset}


@router.get("/incidents/{incident_id}", tags=["incidents"], summary="One incident with its events")
def get_incident(incident_id: Id, q: Annotated[Queries, Depends(queries)]) -> dict[str, Any]:
    inc = q.incident(incident_id)
    if inc is None:
        raise ApiError(404, f"No incident with id {incident_id!r}.")
    return {**inc.to_dict(), "events": q.page(EventFilter(incident_id=inc.id), limit=500).items}


@router.get("/relations", tags=["relations"], summary="Stored relations between organisations")
def list_relations(
    q: Annotated[Queries, Depends(queries)],
    limit: Limit = 100,
    actor: Annotated[str | None, Query(max_length=80, description="Actor id (source or target).")] = None,
    type: Annotated[Literal[RELATION_TYPES] | None, Query()] = None,  # type: ignore[valid-type]
) -> dict[str, Any]:
    items = q.store.relations(actor=actor or None, type=type, limit=limit)
    return {"items": [r.to_dict() for r in items], "limit": limit}


@router.get("/actors", tags=["actors"], summary="Actors named in stored events (or the whole knowledge base)")
def list_actors(
    q: Annotated[Queries, Depends(queries)],
    limit: Limit = 100,
    search: Annotated[str | None, Query(max_length=200, description="Part of an id or name.")] = None,
    source: Annotated[
        Literal["events", "kb"], Query(description="events: actors in the data; kb: all")
    ] = "events",
) -> dict[str, Any]:
    kb = get_kb()
    if source == "kb":
        needle = (search or "").lower()
        items = [
            actor_summary(a) for a in kb if not needle or any(needle in n.lower() for n in (a.id, *a.names))
        ][:limit]
        return {"items": items, "limit": limit}
    items = []
    for row in q.actor_counts(search or None, limit):
        actor = kb.get(row["actor_id"])
        items.append(
            {
                **(actor_summary(actor) if actor else {"name": row["name"], "provisional": True}),
                **row,
                "name": actor.name if actor else row["name"],
            }
        )
    return {"items": items, "limit": limit}


@router.get("/actors/{actor_id}", tags=["actors"], summary="One actor: KB entry, relations on a date, events")
def get_actor(
    actor_id: Id,
    request: Request,
    q: Annotated[Queries, Depends(queries)],
    at: Annotated[str | None, Query(pattern=DATE)] = None,
) -> dict[str, Any]:
    graph = temporal_graph(request)
    actor = get_kb().get(actor_id)
    provisional = next((a for a in q.store.provisional_actors() if a["id"] == actor_id), None)
    if actor is None and provisional is None and actor_id not in graph.names:
        raise ApiError(404, f"No actor with id {actor_id!r}.")
    day = _day(at)
    base = (
        actor_summary(actor)
        if actor
        else {
            "actor_id": actor_id,
            "name": graph.names.get(actor_id) or (provisional or {}).get("name") or actor_id,
            "provisional": True,
        }
    )
    edges = [e for e in graph.edges(day) if actor_id in (e.source, e.target)]
    return {
        **base,
        "at": day.isoformat() if day else None,
        "events": q.actor_event_count(actor_id),
        "edges": [edge_dict(e, graph.names) for e in edges],
    }


@router.get(
    "/graph", tags=["actors"], summary="Relations holding on a date (KB and stored), near some actors"
)
def graph(
    request: Request,
    q: Annotated[Queries, Depends(queries)],
    at: Annotated[str | None, Query(pattern=DATE, description="The date; every edge when absent.")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Focus actor id, name or alias.")] = None,
    depth: Annotated[int, Query(ge=1, le=3, description="Hops from the focus actors.")] = 2,
) -> dict[str, Any]:
    g = temporal_graph(request)
    if actor:
        kb_actor = get_kb().get(actor) or get_kb().lookup(actor)
        focus = {kb_actor.id} if kb_actor else {a for a, n in g.names.items() if a == actor or n == actor}
        if not focus:
            raise ApiError(404, f"No actor named {actor!r} in the knowledge base or the relations.")
    else:
        focus = q.actor_ids_in_store()
    return graph_view(g, _day(at), focus, depth)
