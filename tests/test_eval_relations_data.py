"""The held-out relation set eval/data/relations_held2.jsonl is well formed and big enough to quote."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import load_script

from newsevents.extract.relations import FAMILIES

ROOT = Path(__file__).resolve().parents[1]
HELD2 = ROOT / "eval" / "data" / "relations_held2.jsonl"
KEYS = {"sentence", "source", "target", "type", "note"}
FAMILY_NAMES = ("affiliation", "alliance", "rivalry", "split", "merger")
MIN_LINES = 110
MIN_PER_FAMILY = 15
MIN_NEGATIVES = 20


def _rows(path: Path | None = None) -> list[tuple[int, dict]]:
    rows = []
    for n, line in enumerate((path or HELD2).read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"line {n}: blank line"
        row = json.loads(line)  # raises on a line that does not parse
        assert isinstance(row, dict), f"line {n}: not a JSON object"
        rows.append((n, row))
    return rows


def test_every_line_parses_with_the_dev_format() -> None:
    rows = _rows()
    assert len(rows) >= MIN_LINES
    for n, row in rows:
        assert set(row) == KEYS, (n, sorted(row))
        assert isinstance(row["sentence"], str) and row["sentence"].strip(), n
        assert isinstance(row["note"], str), n


def test_types_are_known_and_spans_occur_in_the_sentence() -> None:
    for n, row in _rows():
        if row["type"] is None:
            assert row["source"] is None and row["target"] is None, f"line {n}: a negative names actors"
            continue
        assert row["type"] in FAMILIES, f"line {n}: unknown type {row['type']!r}"
        for key in ("source", "target"):
            assert isinstance(row[key], str) and row[key].strip(), (n, key)
            assert row[key] in row["sentence"], f"line {n}: {key} {row[key]!r} not in its sentence"
        assert row["source"] != row["target"], f"line {n}: a group related to itself"


def test_sentences_are_consistent_and_not_duplicated() -> None:
    golds: dict[str, list[dict]] = defaultdict(list)
    seen: set[tuple] = set()
    for n, row in _rows():
        key = (row["sentence"], row["source"], row["target"], row["type"])
        assert key not in seen, f"line {n}: duplicate row"
        seen.add(key)
        golds[row["sentence"]].append(row)
    for sentence, rows in golds.items():
        # a sentence is either a negative (one row, no type) or has only typed rows
        if any(r["type"] is None for r in rows):
            assert len(rows) == 1, f"negative sentence also has relations: {sentence}"
    assert len(golds) >= MIN_LINES


def test_family_and_negative_counts() -> None:
    per_family: dict[str, set[str]] = defaultdict(set)
    negatives: set[str] = set()
    for _, row in _rows():
        if row["type"] is None:
            negatives.add(row["sentence"])
        else:
            per_family[FAMILIES[row["type"]]].add(row["sentence"])
    assert set(FAMILIES.values()) == set(FAMILY_NAMES)
    for family in FAMILY_NAMES:
        assert len(per_family[family]) >= MIN_PER_FAMILY, (family, len(per_family[family]))
    assert len(negatives) >= MIN_NEGATIVES


def test_held2_shares_no_sentence_with_the_tuning_sets() -> None:
    held = {row["sentence"] for _, row in _rows()}
    for path in sorted((ROOT / "eval" / "data").glob("relations_dev*.jsonl")):
        other = {row["sentence"] for _, row in _rows(path)}
        assert not held & other, f"{len(held & other)} held2 sentence(s) also in {path.name}"


def test_the_eval_script_reads_held2() -> None:
    mod = load_script("eval/relations.py")
    assert "held2" in mod.ALL_SPLITS
    assert mod.rows_for("held2") == [row for _, row in _rows()]
    for split in mod.SPLITS:  # the gated splits still load
        assert mod.rows_for(split), split
    with pytest.raises(ValueError):
        mod.rows_for("nope")
