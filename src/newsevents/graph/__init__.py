"""Temporal knowledge graph of dated relations between organisations: build, query, export."""

from newsevents.graph.report import ActorReport, export_graph, show_actor
from newsevents.graph.temporal import Edge, TemporalGraph, parse_date

__all__ = ["ActorReport", "Edge", "TemporalGraph", "export_graph", "parse_date", "show_actor"]
