"""Throughput and memory: the full pipeline against the bare spaCy pipeline, on the same TR-News texts.

    python benchmarks/throughput.py [--data ../shared/data] [--repeat 1] [--json out.json]

Reports documents per second for (a) the bare statistical spaCy pipeline over the cleaned texts and
(b) the full newsevents pipeline (cleaning, dating, parsing, actors, places, times, events, relations),
their ratio (target >= 0.8), the time per stage, and the peak RSS of the process (target < 1 GB).
Both run in this process on the same texts, one after the other, so the ratio is fair on a noisy machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_tr_news(data: Path) -> list[tuple[str, str, str]]:
    root = ET.parse(data / "tr-news" / "TR-News.xml").getroot()
    out = []
    for art in root.iter("article"):
        out.append((art.get("docid") or "", (art.findtext("text") or "").strip(), (art.findtext("dltime") or "").strip()))
    return [a for a in out if a[1]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=1, help="Passes over the corpus for each measurement.")
    parser.add_argument("--json", type=Path, help="Also write the figures here.")
    args = parser.parse_args()

    from newsevents.config import Settings
    from newsevents.ingest.readers import RawDocument
    from newsevents.pipeline import Pipeline, prepare

    articles = load_tr_news(args.data)
    settings = Settings(incidents=False)
    raws = [RawDocument(source=f"tr-news:{i}", text=t, format="record", published=d or None) for i, t, d in articles]
    texts = [prepare(r, settings=settings).document.text for r in raws]
    rss_start = rss_mb()

    import importlib

    bare_nlp = importlib.import_module(settings.spacy_model).load()  # a separate, untouched copy
    list(bare_nlp.pipe(texts[:5]))  # warm-up
    start = time.perf_counter()
    for _ in range(args.repeat):
        for _doc in bare_nlp.pipe(texts, batch_size=16):
            pass
    bare_seconds = time.perf_counter() - start
    rss_bare = rss_mb()
    del bare_nlp

    pipeline = Pipeline(settings)
    list(pipeline.run(raws[:5]))  # warm-up: gazetteer, classifier
    pipeline.stage_seconds.clear()
    start = time.perf_counter()
    n_events = 0
    for _ in range(args.repeat):
        for item in pipeline.run(raws):
            n_events += len(getattr(item, "events", []))
    full_seconds = time.perf_counter() - start
    n = len(raws) * args.repeat
    stages = {k: round(v, 2) for k, v in sorted(pipeline.stage_seconds.items(), key=lambda kv: -kv[1])}
    result = {
        "documents": n, "characters": sum(len(t) for t in texts) * args.repeat,
        "bare_spacy_docs_per_s": round(n / bare_seconds, 2), "full_docs_per_s": round(n / full_seconds, 2),
        "ratio_full_to_bare": round(bare_seconds / full_seconds, 3),
        "stage_seconds": stages, "full_seconds": round(full_seconds, 2), "bare_seconds": round(bare_seconds, 2),
        "geocode_and_dates_share": round((pipeline.stage_seconds["places"] + pipeline.stage_seconds["times"])
                                         / full_seconds, 3),
        "events_found": n_events, "rss_mb_start": round(rss_start), "rss_mb_after_bare": round(rss_bare),
        "peak_rss_mb": round(rss_mb()),
    }
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
