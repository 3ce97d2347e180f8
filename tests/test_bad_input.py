"""Bad input is normal input: each bad document gets exactly one error record and the run goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsevents.cli import app

pytestmark = pytest.mark.model

GOOD = ("Gunmen attacked a police checkpoint in Grozny on Monday, killing three officers, officials said. "
        "The attackers fled into the forest after a two-hour gun battle with security forces.\n")


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    (d / "01_good.txt").write_text(GOOD, encoding="utf-8")
    (d / "02_binary.txt").write_bytes(b"\x00\x01\x02\x03 binary \x00" * 50)
    (d / "03_broken_utf8.txt").write_bytes("Caf\u00e9 attack. ".encode() + b"\xff\xfe broken \xc3\x28 bytes")
    (d / "04_empty.txt").write_text("", encoding="utf-8")
    (d / "05_huge.txt").write_text("Militants attacked. " * 400_000, encoding="utf-8")  # 8 MB > 5 MB cap
    (d / "06_no_article.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>",
                                         encoding="utf-8")
    (d / "07_french.txt").write_text(
        "Des hommes armés ont attaqué un poste de police à Grozny lundi, tuant trois policiers, selon les "
        "autorités locales. Les assaillants ont fui dans la forêt après deux heures de combats.", encoding="utf-8")
    (d / "08_feed.jsonl").write_text(json.dumps({"text": GOOD.replace("three", "four")}) + "\n{oops\n",
                                     encoding="utf-8")
    (d / "09_table.csv").write_text("body,title\nsomething,else\n", encoding="utf-8")
    (d / "10_same_again.txt").write_text(GOOD, encoding="utf-8")
    return d


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_each_bad_input_gets_one_error_and_the_rest_is_processed(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(batch), str(batch / "missing.txt"), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    records = _records(out.read_text(encoding="utf-8"))
    errors = {Path(r["source"].split(":")[0]).name: r for r in records if r["kind"] == "error"}
    expected = {"02_binary.txt": "binary", "03_broken_utf8.txt": "encoding", "04_empty.txt": "empty",
                "05_huge.txt": "too_large", "06_no_article.html": "no_article", "07_french.txt": "language",
                "08_feed.jsonl": "bad_json", "09_table.csv": "no_text_column", "10_same_again.txt": "duplicate",
                "missing.txt": "not_found"}
    assert {k: v["reason"] for k, v in errors.items()} == expected
    assert len([r for r in records if r["kind"] == "error"]) == len(expected)  # exactly one each
    for err in errors.values():
        assert err["error"][0].isupper() and err["error"].endswith(".")
    docs = [r for r in records if r["kind"] == "document"]
    assert len(docs) == 2  # the good text file and the good JSONL line
    assert any(r["kind"] == "event" and r["event_type"] == "ASSAULT" for r in records)


def test_nothing_readable_exits_non_zero_and_strict_flags_partial_failure(batch: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(batch / "02_binary.txt"), "-o", str(tmp_path / "x.jsonl"), "-q"])
    assert result.exit_code == 1
    result = runner.invoke(app, ["extract", str(batch), "--strict", "-o", str(tmp_path / "y.jsonl"), "-q"])
    assert result.exit_code == 3


def test_ingesting_twice_stores_nothing_twice(batch: Path, tmp_path: Path) -> None:
    from newsevents import open as open_db

    db = str(tmp_path / "x.db")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(batch), "--db", db])
    assert first.exit_code == 0, first.output
    stats = open_db(db).stats()
    second = runner.invoke(app, ["ingest", str(batch), "--db", db])
    assert second.exit_code == 0
    assert open_db(db).stats() == stats
    assert stats["documents"] == 2 and stats["events"] >= 2
    assert "duplicate" in second.output
