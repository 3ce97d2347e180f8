"""Temporal graph: edges over time, queries, export."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from newsevents.graph import TemporalGraph, export_graph, show_actor
from newsevents.models import ActorRef, EventDate, Relation, TextSpan


def _ref(aid: str, name: str | None = None) -> ActorRef:
    return ActorRef(text=name or aid, span=(0, 1), actor_id=aid, name=name or aid, kind="armed_group")


def _rel(i: int, type_: str, src: str, tgt: str, when: str | None, certainty: str = "asserted",
         extractor: str = "relations/0.1") -> Relation:
    d = EventDate(value=when, precision="day", how="sentence") if when else None
    return Relation(id=f"r{i}", doc_id="d1", type=type_, source=_ref(src), target=_ref(tgt),
                    sentence=TextSpan("s", (0, 1)), date=d, certainty=certainty, extractor=extractor)


@dataclass(frozen=True)
class _KBRel:
    type: str
    target: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class _Actor:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    relations: tuple[_KBRel, ...] = ()
    member_of: str | None = None
    kind: str = "armed_group"


KB = [_Actor("CE", "Caucasus Emirate", ("IK", "Imarat Kavkaz"), (_KBRel("affiliation", "AQ", "2007"),)),
      _Actor("AQ", "al-Qaeda")]
RELS = [
    _rel(1, "affiliation", "EMIR", "CE", None, extractor="relations.membership/0.1"),
    _rel(2, "pledge", "EMIR", "ISIS", "2014-12-20"),
    _rel(3, "split", "EMIR", "CE", "2014-12-20"),
    _rel(4, "rivalry", "ISIS", "AQ", "2015-01-01"),
    _rel(5, "alliance", "CE", "ISIS", "2014-01-01", certainty="negated"),
]


def test_split_closes_the_affiliation_edge() -> None:
    g = TemporalGraph.from_relations(RELS, KB)
    assert [e.target for e in g.affiliations("EMIR", date(2014, 6, 1))] == ["CE"]
    assert [e.target for e in g.affiliations("EMIR", "2015-07-01")] == ["ISIS"]
    assert g.split_date("EMIR", "CE") == date(2014, 12, 20)
    assert g.split_date("CE", "AQ") is None


def test_kb_edges_dated_and_negated_relations_left_out() -> None:
    g = TemporalGraph.from_relations(RELS, KB)
    assert g.affiliations("CE", "2006-01-01") == []
    assert [e.target for e in g.affiliations("CE", "2010-01-01")] == ["AQ"]
    assert not any(e.type == "alliance" for e in g.edges())


def test_show_actor_by_alias_reports_defections() -> None:
    g = TemporalGraph.from_relations(RELS, KB)
    report = show_actor("Imarat Kavkaz", "2015-07-01", graph=g, kb=KB)
    assert report.actor_id == "CE" and "IK" in report.aliases
    assert [(e.source, e.target) for e in report.defections] == [("EMIR", "ISIS")]
    assert [e.target for e in report.affiliations] == ["AQ"]


def test_export_formats_carry_edge_attributes() -> None:
    data = json.loads(export_graph(RELS, KB, "2015-07-01", "json"))
    edges = {(e["data"]["source"], e["data"]["target"], e["data"]["type"]): e["data"] for e in data["elements"]["edges"]}
    assert edges[("EMIR", "ISIS", "pledge")]["start"] == "2014-12-20"
    assert edges[("EMIR", "ISIS", "pledge")]["sources"] == "r2;d1"
    assert ("EMIR", "CE", "affiliation") not in edges
    assert "<graphml" in export_graph(RELS, KB, None, "graphml")
    assert "<gexf" in export_graph(RELS, KB, None, "gexf")
