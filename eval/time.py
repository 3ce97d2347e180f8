"""Evaluate time-expression detection and resolution against the hand-annotated TR-News sample."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
import warnings
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_GOLD = ROOT / "eval" / "data" / "time_dev.jsonl"
TZ_WORDS = re.compile(r"\b(?:ET|EST|EDT|CT|CST|MT|MST|PT|PST|GMT|UTC)\b|\|")


@dataclass(frozen=True)
class Article:
    docid: str
    text: str
    published: str | None  # ISO date parsed from dltime


def dltime_to_iso(raw: str | None) -> str | None:
    """TR-News `dltime` values come in many formats; turn them into an ISO date (the document date)."""
    if not raw or not raw.strip():
        return None
    raw = raw.strip()
    if re.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", raw):
        return raw[:10]
    import dateparser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(TZ_WORDS.sub(" ", raw), languages=["en"])
    return parsed.date().isoformat() if parsed else None


def read_tr_news(data: Path) -> dict[str, Article]:
    """The TR-News articles by docid: text as in the CDATA with surrounding whitespace stripped."""
    path = data / "tr-news" / "TR-News.xml"
    if not path.exists():
        raise FileNotFoundError(f"TR-News not found at {path} (pass --data)")
    root = ET.parse(path).getroot()
    out = {}
    for a in root.findall("article"):
        dl = a.find("dltime")
        text = (a.findtext("text") or "").strip()
        out[a.get("docid", "")] = Article(a.get("docid", ""), text, dltime_to_iso(dl.text if dl is not None else None))
    return out


def read_gold(path: Path) -> dict[str, list[dict[str, Any]]]:
    gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                g = json.loads(line)
                gold[g["docid"]].append(g)
    return gold


def evaluate(data: Path = DEFAULT_DATA, gold_path: Path = DEFAULT_GOLD, *, verbose: bool = False) -> dict[str, Any]:
    """Detection recall/precision (span overlap), value accuracy, and speed over the annotated articles."""
    from newsevents.extract import times
    from newsevents.nlp import load

    articles = read_tr_news(data)
    gold = read_gold(gold_path)
    nlp = load(with_ruler=False)
    matched_gold = n_gold = n_pred = matched_pred = 0
    resolvable = value_ok = resolvable_matched = 0
    errors: list[str] = []
    by_how: Counter[str] = Counter()
    by_how_ok: Counter[str] = Counter()
    for docid, items in sorted(gold.items()):
        art = articles[docid]
        for g in items:
            if art.text[g["start"]:g["end"]] != g["text"]:
                raise ValueError(f"gold offsets do not match the text in {docid}: {g['text']!r}")
        published = times.document_date(art.text, art.published)
        preds = times.run(nlp(art.text), doc_id=docid, published=published)
        n_gold += len(items)
        n_pred += len(preds)
        used: set[int] = set()
        for g in items:
            hit = next((i for i, p in enumerate(preds) if i not in used
                        and p.span[0] < g["end"] and g["start"] < p.span[1]), None)
            if hit is not None:
                used.add(hit)
                matched_gold += 1
            if g["value"] is None:
                if hit is None:
                    errors.append(f"MISS {docid} {g['text']!r} (null)")
                continue
            resolvable += 1
            p = preds[hit] if hit is not None else None
            if p is None:
                errors.append(f"MISS {docid} {g['text']!r} gold={g['value']}/{g['precision']}")
                continue
            resolvable_matched += 1
            by_how[p.how or "?"] += 1
            if p.value == g["value"] and p.precision == g["precision"]:
                value_ok += 1
                by_how_ok[p.how or "?"] += 1
            else:
                errors.append(f"VALUE {docid} {g['text']!r} gold={g['value']}/{g['precision']} "
                              f"pred={p.value}/{p.precision} ({p.text!r})")
        matched_pred += len(used)
        for i, p in enumerate(preds):
            if i not in used:
                errors.append(f"SPURIOUS {docid} {p.text!r} {p.value}/{p.precision}")

    speed = measure_speed(articles, nlp)
    scores = {
        "documents": len(gold),
        "gold_expressions": n_gold,
        "gold_resolvable": resolvable,
        "predicted": n_pred,
        "detection_recall": round(matched_gold / n_gold, 4) if n_gold else 0.0,
        "detection_precision": round(matched_pred / n_pred, 4) if n_pred else 0.0,
        "value_accuracy": round(value_ok / resolvable_matched, 4) if resolvable_matched else 0.0,
        "value_accuracy_end_to_end": round(value_ok / resolvable, 4) if resolvable else 0.0,
        "value_accuracy_by_how": {k: round(by_how_ok[k] / v, 4) for k, v in sorted(by_how.items())},
        **speed,
    }
    if verbose:
        for e in errors:
            print(e)
    return scores


def measure_speed(articles: dict[str, Article], nlp: Any) -> dict[str, Any]:
    """ms/document for dating (document date + time expressions) against the spaCy parse, on all dated articles."""
    from newsevents.extract import times

    docs = [a for a in articles.values() if a.published]
    t0 = time.perf_counter()
    parsed = [nlp(a.text) for a in docs]
    t1 = time.perf_counter()
    for a, doc in zip(docs, parsed):
        times.run(doc, doc_id=a.docid, published=times.document_date(a.text, a.published))
    t2 = time.perf_counter()
    return {
        "speed_documents": len(docs),
        "parse_ms_per_doc": round(1000 * (t1 - t0) / len(docs), 2),
        "dating_ms_per_doc": round(1000 * (t2 - t1) / len(docs), 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder (holds tr-news/)")
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--json", type=Path, help="also write the scores to this JSON file")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss, wrong value and spurious hit")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    scores = evaluate(args.data, args.gold, verbose=args.verbose)
    print(json.dumps(scores, indent=2))
    if args.json:
        args.json.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
