"""Graph export: GraphML and GEXF through networkx, Cytoscape-style JSON elements."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from newsevents.graph.temporal import Edge, TemporalGraph


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def _edge_attrs(e: Edge) -> dict[str, Any]:
    return {"type": e.type, "start": _iso(e.start), "end": _iso(e.end), "sources": ";".join(e.sources),
            "confidence": float(e.confidence), "via": e.via}


def to_networkx(graph: TemporalGraph, at: date | str | None = None) -> nx.MultiDiGraph:
    """A networkx multigraph of the edges holding on the date (all edges without one)."""
    g = nx.MultiDiGraph()
    for e in graph.edges(at):
        for node, name in ((e.source, e.source_name), (e.target, e.target_name)):
            if node not in g:
                g.add_node(node, label=graph.names.get(node) or name or node, kind=graph.kinds.get(node, ""),
                           formed=_iso(graph.formed.get(node)))
        g.add_edge(e.source, e.target, key=e.type, **_edge_attrs(e))
    return g


def graphml(graph: TemporalGraph, at: date | str | None = None) -> str:
    """GraphML text."""
    buf = io.BytesIO()
    nx.write_graphml(to_networkx(graph, at), buf)
    return buf.getvalue().decode("utf-8")


def gexf(graph: TemporalGraph, at: date | str | None = None) -> str:
    """GEXF text."""
    buf = io.BytesIO()
    nx.write_gexf(to_networkx(graph, at), buf)
    return buf.getvalue().decode("utf-8")


def cytoscape(graph: TemporalGraph, at: date | str | None = None) -> dict[str, Any]:
    """Cytoscape.js elements: {"nodes": [{"data": ...}], "edges": [{"data": ...}]}."""
    g = to_networkx(graph, at)
    nodes = [{"data": {"id": n, **attrs}} for n, attrs in g.nodes(data=True)]
    edges = [{"data": {"id": f"{u}|{k}|{v}", "source": u, "target": v, **attrs}}
             for u, v, k, attrs in g.edges(keys=True, data=True)]
    return {"nodes": nodes, "edges": edges}


def write(graph: TemporalGraph, path: str | Path, fmt: str, at: date | str | None = None) -> Path:
    """Write the graph to a file in graphml, gexf or json."""
    path = Path(path)
    path.write_text(render(graph, fmt, at), encoding="utf-8")
    return path


def render(graph: TemporalGraph, fmt: str, at: date | str | None = None) -> str:
    """The graph as text in graphml, gexf or json."""
    if fmt == "graphml":
        return graphml(graph, at)
    if fmt == "gexf":
        return gexf(graph, at)
    if fmt == "json":
        return json.dumps({"elements": cytoscape(graph, at)}, indent=2)
    raise ValueError(f"unknown graph format {fmt!r}: use graphml, gexf or json")
