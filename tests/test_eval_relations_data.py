"""The relation sets eval/data/relations_held2.jsonl, relations_dev5.jsonl and relations_dev6.jsonl are well formed
and big enough to quote; the blind relations_held3.jsonl is only checked for sharing no sentence with the tuning sets (its rows are
never printed)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import jsonl_rows, load_script

from newsevents.extract.relations import FAMILIES

ROOT = Path(__file__).resolve().parents[1]
HELD2 = ROOT / "eval" / "data" / "relations_held2.jsonl"
DEV5 = ROOT / "eval" / "data" / "relations_dev5.jsonl"
DEV6 = ROOT / "eval" / "data" / "relations_dev6.jsonl"
DEV7 = ROOT / "eval" / "data" / "relations_dev7.jsonl"
DEV8 = ROOT / "eval" / "data" / "relations_dev8.jsonl"
DEV9 = ROOT / "eval" / "data" / "relations_dev9.jsonl"
DEV10 = ROOT / "eval" / "data" / "relations_dev10.jsonl"
HELD3 = ROOT / "eval" / "data" / "relations_held3.jsonl"
# (path, least sentences, least sentences per family, least negatives)
# (dev7 is about merger, rivalry, split and alliance wording: the affiliation family has only a couple of sentences;
# dev8 about merger, alliance and affiliation wording: split has three; dev10 about merger and split wording: the
# other families have four sentences each)
CHECKED = [(HELD2, 110, 15, 20), (DEV5, 150, 15, 30), (DEV6, 150, 20, 30), (DEV7, 120, 1, 20), (DEV8, 120, 3, 20),
           (DEV9, 180, 20, 30), (DEV10, 100, 4, 20)]
KEYS = {"sentence", "source", "target", "type", "note"}
FAMILY_NAMES = ("affiliation", "alliance", "rivalry", "split", "merger")


def _rows(path: Path | None = None) -> list[tuple[int, dict]]:
    return jsonl_rows(path or HELD2)


@pytest.mark.parametrize("path,least,_per_family,_negatives", CHECKED)
def test_every_line_parses_with_the_dev_format(path: Path, least: int, _per_family: int, _negatives: int) -> None:
    rows = _rows(path)
    assert len(rows) >= least
    for n, row in rows:
        assert set(row) == KEYS, (n, sorted(row))
        assert isinstance(row["sentence"], str) and row["sentence"].strip(), n
        assert isinstance(row["note"], str), n


@pytest.mark.parametrize("path", [c[0] for c in CHECKED])
def test_types_are_known_and_spans_occur_in_the_sentence(path: Path) -> None:
    for n, row in _rows(path):
        if row["type"] is None:
            assert row["source"] is None and row["target"] is None, f"line {n}: a negative names actors"
            continue
        assert row["type"] in FAMILIES, f"line {n}: unknown type {row['type']!r}"
        for key in ("source", "target"):
            assert isinstance(row[key], str) and row[key].strip(), (n, key)
            assert row[key] in row["sentence"], f"line {n}: {key} {row[key]!r} not in its sentence"
        assert row["source"] != row["target"], f"line {n}: a group related to itself"


@pytest.mark.parametrize("path,least,_per_family,_negatives", CHECKED)
def test_sentences_are_consistent_and_not_duplicated(path: Path, least: int, _per_family: int,
                                                     _negatives: int) -> None:
    golds: dict[str, list[dict]] = defaultdict(list)
    seen: set[tuple] = set()
    for n, row in _rows(path):
        key = (row["sentence"], row["source"], row["target"], row["type"])
        assert key not in seen, f"line {n}: duplicate row"
        seen.add(key)
        golds[row["sentence"]].append(row)
    for sentence, rows in golds.items():
        # a sentence is either a negative (one row, no type) or has only typed rows
        if any(r["type"] is None for r in rows):
            assert len(rows) == 1, f"negative sentence also has relations: {sentence}"
    assert len(golds) >= least


@pytest.mark.parametrize("path,_least,per_family_min,negatives_min", CHECKED)
def test_family_and_negative_counts(path: Path, _least: int, per_family_min: int, negatives_min: int) -> None:
    per_family: dict[str, set[str]] = defaultdict(set)
    negatives: set[str] = set()
    for _, row in _rows(path):
        if row["type"] is None:
            negatives.add(row["sentence"])
        else:
            per_family[FAMILIES[row["type"]]].add(row["sentence"])
    assert set(FAMILIES.values()) == set(FAMILY_NAMES)
    for family in FAMILY_NAMES:
        assert len(per_family[family]) >= per_family_min, (family, len(per_family[family]))
    assert len(negatives) >= negatives_min


@pytest.mark.parametrize("held", [HELD2, HELD3])
def test_held_out_sets_share_no_sentence_with_the_tuning_sets(held: Path) -> None:
    if not held.exists():
        pytest.skip(f"{held.name} is still being written")
    sentences = {row["sentence"] for _, row in _rows(held)}
    for path in sorted((ROOT / "eval" / "data").glob("relations_dev*.jsonl")):
        other = {row["sentence"] for _, row in _rows(path)}
        # a count only: the held-out sentences are not to be read
        assert not sentences & other, f"{len(sentences & other)} {held.name} sentence(s) also in {path.name}"


@pytest.mark.parametrize("mine", [DEV5, DEV6, DEV7, DEV8, DEV9, DEV10])
def test_a_tuning_set_shares_no_sentence_with_the_other_sets(mine: Path) -> None:
    sentences = {row["sentence"] for _, row in _rows(mine)}
    for path in sorted((ROOT / "eval" / "data").glob("relations_*.jsonl")):
        if path not in (mine, HELD3):
            other = {row["sentence"] for _, row in _rows(path)}
            assert not sentences & other, f"{len(sentences & other)} {mine.name} sentence(s) also in {path.name}"


def test_the_eval_script_reads_held2_dev5_and_dev6() -> None:
    mod = load_script("eval/relations.py")
    assert {"held2", "dev5", "dev6"} <= set(mod.available_splits())
    assert "dev6" in mod.TUNING
    assert mod.rows_for("held2") == [row for _, row in _rows()]
    assert mod.rows_for("dev5") == [row for _, row in _rows(DEV5)]
    assert mod.rows_for("dev6") == [row for _, row in _rows(DEV6)]
    assert "dev7" in mod.TUNING and mod.rows_for("dev7") == [row for _, row in _rows(DEV7)]
    assert "dev8" in mod.TUNING and mod.rows_for("dev8") == [row for _, row in _rows(DEV8)]
    assert "dev9" in mod.TUNING and mod.rows_for("dev9") == [row for _, row in _rows(DEV9)]
    assert "dev10" in mod.TUNING and mod.rows_for("dev10") == [row for _, row in _rows(DEV10)]
    for split in mod.available_splits():  # the gated splits still load
        assert mod.rows_for(split), split
    with pytest.raises(ValueError):
        mod.rows_for("nope")


def test_a_missing_held3_is_skipped_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mod = load_script("eval/relations.py")
    monkeypatch.setitem(mod.FILES, "held3", tmp_path / "relations_held3.jsonl")  # (the module is shared)
    assert "held3" not in mod.available_splits()
    assert "held2" in mod.available_splits()
    (tmp_path / "relations_held3.jsonl").write_text(DEV5.read_text(encoding="utf-8"), encoding="utf-8")
    assert "held3" in mod.available_splits()


@pytest.mark.model
def test_the_eval_script_scores_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mod = load_script("eval/relations.py")
    rows = tmp_path / "round.jsonl"
    rows.write_text(json.dumps({"sentence": "The Kasai Brigade broke away from the Sankuru Front in 2019.",
                                "source": "Kasai Brigade", "target": "Sankuru Front", "type": "split",
                                "note": "test"}) + "\n", encoding="utf-8")
    assert mod.main(["--file", str(rows)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["round.jsonl"] and out["round.jsonl"]["families"]["split"]["f1"] == 1.0
