"""The CLI over a small stored corpus: listing, filters, formats, the article view, export, actors, graph."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "cli.db")
    corpus = sorted((ROOT / "samples" / "corpus").glob("*.txt"))[:6]
    result = runner.invoke(app, ["ingest", *map(str, corpus), "--db", path, "-q"])
    assert result.exit_code == 0, result.output
    return path


def test_events_table_and_formats(db: str) -> None:
    table = runner.invoke(app, ["events", "--db", db, "--limit", "5"])
    assert table.exit_code == 0 and "events" in table.output
    lines = runner.invoke(app, ["events", "--db", db, "--format", "jsonl"]).output.splitlines()
    records = [json.loads(x) for x in lines]
    assert records and all(r["kind"] == "event" for r in records)
    assault = runner.invoke(app, ["events", "--db", db, "--type", "ASSAULT", "--format", "jsonl"]).output
    assert all(json.loads(x)["event_type"] == "ASSAULT" for x in assault.splitlines())
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["events", "--db", db, "--format", "csv"]).output)))
    assert rows and {"event_date", "actor1", "actor2", "event_type", "sub_event_type", "country", "admin1",
                     "location", "latitude", "longitude", "fatalities", "source", "notes"} <= set(rows[0])


def test_filters_narrow_the_list(db: str) -> None:
    everything = runner.invoke(app, ["events", "--db", db, "--format", "jsonl"]).output.splitlines()
    first = json.loads(everything[0])
    word = first["sentence"]["text"].split()[0]
    some = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", "--text", word]).output.splitlines()
    assert 0 < len(some) <= len(everything)
    none = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", "--from", "2999-01-01"]).output
    assert none.strip() == ""


def test_show_marks_the_article_and_lists_event_fields(db: str) -> None:
    first = json.loads(runner.invoke(app, ["events", "--db", db, "--format", "jsonl"]).output.splitlines()[0])
    result = runner.invoke(app, ["show", first["doc_id"][:12], "--db", db])
    assert result.exit_code == 0
    assert first["trigger"]["text"] in result.output and "confidence" in result.output
    records = [json.loads(x) for x in runner.invoke(app, ["export", "--db", db, "--format", "jsonl"]).output.splitlines()]
    doc = next(r for r in records if r["kind"] == "document" and r["id"] == first["doc_id"])
    longest = max(doc["text"].split("\n"), key=len)
    assert longest.split()[-1] in result.output  # long lines are wrapped in the panel, not cut off
    missing = runner.invoke(app, ["show", "doc_nope", "--db", db])
    assert missing.exit_code == 1


def test_export_jsonl_has_every_record_kind_and_csv_has_acled_columns(db: str, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    assert runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "-o", str(out)]).exit_code == 0
    kinds = {json.loads(x)["kind"] for x in out.read_text(encoding="utf-8").splitlines()}
    assert {"document", "event", "place", "time"} <= kinds
    out_csv = tmp_path / "events.csv"
    assert runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(out_csv)]).exit_code == 0
    header = out_csv.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:3] == ["event_id", "event_date", "year"] and "sub_event_type" in header


def test_actors_show_and_graph(db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["actors", "show", "Caucasus Emirate", "--at", "2015-07-01", "--db", db])
    assert result.exit_code == 0 and "al-Qaeda" in result.output
    unknown = runner.invoke(app, ["actors", "show", "No Such Group Anywhere", "--db", db])
    assert unknown.exit_code == 1
    for fmt, marker in (("graphml", "<graphml"), ("gexf", "<gexf"), ("json", "{")):
        out = runner.invoke(app, ["graph", "--format", fmt, "--at", "2015-07-01", "--db", db])
        assert out.exit_code == 0 and out.output.lstrip().startswith(marker[:1]) and marker in out.output[:500]
    assert runner.invoke(app, ["graph", "--format", "dot", "--db", db]).exit_code != 0


def test_actors_import_writes_a_loadable_kb(tmp_path: Path) -> None:
    src = tmp_path / "mini.actors.txt"
    src.write_text("NORTHERN_BRIGADE_ [XYZREB]\n+NB_FIGHTERS_\n", encoding="utf-8")
    out = tmp_path / "kb.yaml"
    result = runner.invoke(app, ["actors", "import", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    from newsevents.kb import load_file

    (actor,) = load_file(out)
    assert actor.name == "Northern Brigade" and "Nb Fighters" in actor.aliases


def test_incidents_and_settings_commands(db: str) -> None:
    assert runner.invoke(app, ["incidents", "--db", db]).exit_code == 0
    lines = runner.invoke(app, ["incidents", "--db", db, "--format", "jsonl"]).output.splitlines()
    assert all(json.loads(x)["kind"] == "incident" for x in lines)
    settings = runner.invoke(app, ["settings"])
    assert "max_bytes" in settings.output and "NEWSEVENTS_MAX_BYTES" in settings.output
