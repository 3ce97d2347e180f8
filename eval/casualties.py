"""Score the casualty counts (killed, injured, arrested, kidnapped) on the written casualty snippets.

    python eval/casualties.py [--data eval/data/casualties_dev.jsonl] [--level events|sentence] [--errors] [--json out.json]

The set (eval/data/casualties_dev.jsonl) holds short illustrative snippets written for this purpose, each with the
figures an analyst would code as UCDP-style best/low/high (see the `Count` record in src/newsevents/models.py):
digits and number words, approximations, vague quantities, ranges, per-side breakdowns, totals with their parts,
repeated mentions, updated tolls, attackers among the dead, "no one was hurt", abductions, arrests, figures from
two sources, counts of things that are not people, and numbers that are not counts (ages, times, addresses, years).

--level events (the default) scores what the events carry: each sentence goes through the typing stage, the counts
of its frames are read as eval/events.py reads them (the first frame in its type order that has the role), and the
counts of a snippet's sentences are merged as the within-article merge does (the largest best per role).
--level sentence scores the extractor alone: casualties.merge(casualties.find_counts(sentence)), the same merge
across sentences, so that a count found but not attached to an event shows as the difference of the two levels.

A field is exact when best, low and high all equal the gold (both absent counts as equal); "best" compares best
only (as eval/events.py does). A snippet is exact when its four fields are.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DEV = ROOT / "eval" / "data" / "casualties_dev.jsonl"
ROLES = ("fatalities", "injured", "arrested", "kidnapped")
# the order in which eval/events.py reads a sentence's frames (the first frame with a role gives its count)
PRIORITY = ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AGREE", "SUPPORT", "THREATEN")

Triple = tuple[int | None, int | None, int | None] | None


def read_rows(path: Path = DEV) -> list[dict[str, Any]]:
    """The snippets with their gold counts."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _triple(count: Any) -> Triple:
    """(best, low, high) of a Count record or of a gold dict; None when there is no count."""
    if count is None:
        return None
    if isinstance(count, dict):
        return (count["best"], count["low"], count["high"])
    return (count.best, count.low, count.high)


def _largest(counts: list[Any]) -> Any:
    """The count with the largest best, as the within-article merge keeps it (incidents/within.py)."""
    known = [c for c in counts if c is not None and c.best is not None]
    return max(known, key=lambda c: c.best) if known else None


def _frame_counts(frames: list[Any]) -> dict[str, Any]:
    """The counts of one sentence's frames: per role, the first frame in PRIORITY order that has it."""
    out: dict[str, Any] = {}
    for f in sorted(frames, key=lambda f: PRIORITY.index(f.event_type) if f.event_type in PRIORITY else 99):
        for role, c in f.counts.items():
            out.setdefault(role, c)
    return out


def predict(rows: list[dict[str, Any]], level: str = "events") -> list[dict[str, Triple]]:
    """Predicted (best, low, high) per role for each snippet, at the events level or the extractor level."""
    from newsevents.clean.boilerplate import run as clean
    from newsevents.extract import casualties
    from newsevents.extract.typing import analyse
    from newsevents.nlp import load

    nlp = load()
    out = []
    for row in rows:
        doc = nlp(clean(row["text"]).text)
        per_sentence = []
        for sent in doc.sents:
            if level == "events":
                per_sentence.append(_frame_counts(analyse(sent)))
            else:
                per_sentence.append(casualties.merge(casualties.find_counts(sent)))
        out.append({role: _triple(_largest([s.get(role) for s in per_sentence])) for role in ROLES})
    return out


def score(rows: list[dict[str, Any]], preds: list[dict[str, Triple]]) -> dict[str, Any]:
    """Exact-match rates per field (triple and best only), per snippet, per category, and the failures."""
    field_exact = {r: 0 for r in ROLES}
    field_best = {r: 0 for r in ROLES}
    field_stated = {r: 0 for r in ROLES}
    field_stated_exact = {r: 0 for r in ROLES}
    snippet_exact = snippet_best = 0
    per_category: dict[str, list[int]] = {}
    failures = []
    for row, pred in zip(rows, preds):
        gold = {r: _triple(row.get(r)) for r in ROLES}
        ok_all = ok_best = True
        for r in ROLES:
            same = gold[r] == pred[r]
            same_best = (gold[r] or (None,))[0] == (pred[r] or (None,))[0]
            field_exact[r] += same
            field_best[r] += same_best
            if gold[r] is not None:
                field_stated[r] += 1
                field_stated_exact[r] += same
            ok_all &= same
            ok_best &= same_best
        snippet_exact += ok_all
        snippet_best += ok_best
        cat = per_category.setdefault(row.get("category", "-"), [0, 0])
        cat[0] += ok_all
        cat[1] += 1
        if not ok_all:
            failures.append({"id": row["id"], "category": row.get("category"), "text": row["text"],
                             "gold": {r: gold[r] for r in ROLES if gold[r] != pred[r]},
                             "pred": {r: pred[r] for r in ROLES if gold[r] != pred[r]}})
    n = len(rows)

    def rate(a: int, b: int) -> float:
        """a/b to four places, 0.0 when b is 0."""
        return round(a / b, 4) if b else 0.0

    return {
        "n": n,
        "snippet_exact": rate(snippet_exact, n), "snippet_best_exact": rate(snippet_best, n),
        "field_exact": {r: rate(field_exact[r], n) for r in ROLES},
        "field_best_exact": {r: rate(field_best[r], n) for r in ROLES},
        "stated_exact": {r: {"rate": rate(field_stated_exact[r], field_stated[r]), "n": field_stated[r]}
                         for r in ROLES},
        "per_category": {c: {"exact": rate(a, b), "n": b} for c, (a, b) in sorted(per_category.items())},
        "failures": failures,
    }


def _show(t: Triple) -> str:
    """best/low/high as 'b/l/h' with '.' for an open bound, '-' for no count."""
    return "-" if t is None else "/".join("." if v is None else str(v) for v in t)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEV)
    parser.add_argument("--level", choices=("events", "sentence"), default="events")
    parser.add_argument("--errors", action="store_true", help="print every snippet that is not exact")
    parser.add_argument("--json", type=Path, default=None, help="write the full scores here")
    args = parser.parse_args(argv)
    rows = read_rows(args.data)
    res = score(rows, predict(rows, args.level))
    print(f"casualty snippets ({res['n']}, level {args.level}): snippet exact {res['snippet_exact']:.3f}, "
          f"best exact {res['snippet_best_exact']:.3f}")
    for r in ROLES:
        s = res["stated_exact"][r]
        print(f"  {r:10s} exact {res['field_exact'][r]:.3f}, best {res['field_best_exact'][r]:.3f}; "
              f"where stated {s['rate']:.3f} of {s['n']}")
    for c, s in res["per_category"].items():
        print(f"    {c:18s} {s['exact']:.3f} of {s['n']}")
    if args.errors:
        for f in res["failures"]:
            diffs = "; ".join(f"{r} gold {_show(f['gold'][r])} got {_show(f['pred'][r])}" for r in f["gold"])
            print(f"{f['id']} [{f['category']}] {f['text']}\n    {diffs}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
