"""Throughput and memory: the full pipeline against the bare spaCy pipeline, on the same TR-News texts.

    python benchmarks/throughput.py [--data ../shared/data] [--repeat 2] [--chunk 16] [--warmup 100] [--json out.json]

Reports documents per second for (a) the bare statistical spaCy pipeline, exactly as its package loads
it, over the cleaned texts and (b) the full newsevents pipeline (cleaning, dating, parsing, actors,
places, times, events, relations) over the raw texts, their ratio (target >= 0.8), the time per stage,
and the peak RSS of a separate process that runs only the full pipeline (target < 1 GB).

Both pipelines are first warmed up on --warmup other news articles (GeoVirus), so that the figures are
those of a long run (vocabulary, gazetteer and lookup caches filled by unrelated text), not of a cold
start; TR-News is then new text to both. The machine is shared and noisy, so the two are interleaved: the corpus is cut into chunks of --chunk
documents and each chunk is run by both, in alternating order, --repeat times over. A burst of load
then falls on both sides alike; the per-pass ratios show the spread.
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


def peak_rss_of_this_process_mb() -> float:
    """VmHWM: unlike ru_maxrss, it is not inherited from the parent across fork and exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return rss_mb()


def load_tr_news(data: Path) -> list[tuple[str, str, str]]:
    root = ET.parse(data / "tr-news" / "TR-News.xml").getroot()
    out = []
    for art in root.iter("article"):
        out.append((art.get("docid") or "", (art.findtext("text") or "").strip(), (art.findtext("dltime") or "").strip()))
    return [a for a in out if a[1]]


def load_geovirus(data: Path) -> list[str]:
    path = data / "geovirus" / "GeoVirus.xml"
    if not path.exists():
        return []
    return [t for a in ET.parse(path).getroot().iter("article") if (t := (a.findtext("text") or "").strip())]


def full_pipeline_peak_rss(data: Path) -> float:
    """Peak RSS (MB) of a fresh process that loads the full pipeline and runs it over the corpus once."""
    import subprocess

    out = subprocess.run([sys.executable, __file__, "--data", str(data), "--memory-child"],
                         check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=2, help="Interleaved passes over the corpus.")
    parser.add_argument("--warmup", type=int, default=100, help="GeoVirus articles run by both first.")
    parser.add_argument("--chunk", type=int, default=16, help="Documents per interleaved chunk.")
    parser.add_argument("--json", type=Path, help="Also write the figures here.")
    parser.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    from newsevents.config import Settings
    from newsevents.ingest.readers import RawDocument
    from newsevents.pipeline import Pipeline, prepare

    articles = load_tr_news(args.data)
    settings = Settings(incidents=False)
    raws = [RawDocument(source=f"tr-news:{i}", text=t, format="record", published=d or None) for i, t, d in articles]
    if args.memory_child:
        for _item in Pipeline(settings).run(raws):
            pass
        print(round(peak_rss_of_this_process_mb()))
        return 0
    texts = [prepare(r, settings=settings).document.text for r in raws]

    import importlib

    bare_nlp = importlib.import_module(settings.spacy_model).load()  # a separate, untouched copy
    pipeline = Pipeline(settings)
    warm = load_geovirus(args.data)[:args.warmup] or [t for _i, t, _d in articles[:5]]
    list(bare_nlp.pipe(warm))
    list(pipeline.run(RawDocument(source=f"warm-up:{i}", text=t, format="record") for i, t in enumerate(warm)))
    pipeline.stage_seconds.clear()

    def run_bare(lo: int, hi: int) -> float:
        start = time.perf_counter()
        for _doc in bare_nlp.pipe(texts[lo:hi], batch_size=16):
            pass
        return time.perf_counter() - start

    n_events = 0

    def run_full(lo: int, hi: int) -> float:
        nonlocal n_events
        start = time.perf_counter()
        for item in pipeline.run(raws[lo:hi]):
            n_events += len(getattr(item, "events", []))
        return time.perf_counter() - start

    passes = []
    for rep in range(args.repeat):
        bare = full = 0.0
        for k, lo in enumerate(range(0, len(raws), args.chunk)):
            hi = lo + args.chunk
            if (k + rep) % 2 == 0:
                bare += run_bare(lo, hi)
                full += run_full(lo, hi)
            else:
                full += run_full(lo, hi)
                bare += run_bare(lo, hi)
        passes.append((bare, full))
    bare_seconds = sum(b for b, _ in passes)
    full_seconds = sum(f for _, f in passes)
    n = len(raws) * args.repeat
    stages = {k: round(v / args.repeat, 2) for k, v in
              sorted(pipeline.stage_seconds.items(), key=lambda kv: -kv[1])}
    result = {
        "documents": len(raws), "passes": args.repeat, "characters": sum(len(t) for t in texts),
        "bare_spacy_docs_per_s": round(n / bare_seconds, 2), "full_docs_per_s": round(n / full_seconds, 2),
        "ratio_full_to_bare": round(bare_seconds / full_seconds, 3),
        "ratio_per_pass": [round(b / f, 3) for b, f in passes],
        "stage_seconds_per_pass": stages,
        "full_seconds_per_pass": round(full_seconds / args.repeat, 2),
        "bare_seconds_per_pass": round(bare_seconds / args.repeat, 2),
        "extraction_share": round(1 - pipeline.stage_seconds["spacy"] / full_seconds, 3),
        "geocode_and_dates_share": round((pipeline.stage_seconds["places"] + pipeline.stage_seconds["times"])
                                         / full_seconds, 3),
        "events_found_per_pass": n_events // args.repeat, "warmup_documents": len(warm),
        "full_pipeline_peak_rss_mb": full_pipeline_peak_rss(args.data),
    }
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
