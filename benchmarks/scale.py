"""Benchmark scaling: documents per second with 1 and 2 local workers and a 2-worker dask LocalCluster.

    python benchmarks/scale.py --docs 20000          # the full run
    python benchmarks/scale.py --docs 400 --modes 1,2,dask2

The corpus is synthetic: TR-News articles (../shared/data/tr-news/TR-News.xml) perturbed so that every
copy has its own text and id (numbers shifted, two paragraphs swapped, a numbered closing line), written
as gzip JSON-lines shards of 1,000 rows. Each mode runs in its own process into a fresh SQLite database,
so that its peak memory is its own; peak memory per worker is the largest resident set of a coding process.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TR_NEWS = ROOT.parent / "shared" / "data" / "tr-news" / "TR-News.xml"
SHARD_ROWS = 1000


def tr_news(path: Path) -> list[dict[str, str]]:
    """The TR-News articles: text, title, url, outlet and download date."""
    out = []
    for _, el in ET.iterparse(path):
        if el.tag == "article":
            def field(name: str) -> str:
                return " ".join((el.findtext(name) or "").split()) if name != "text" else (el.findtext(name) or "")
            out.append({"text": field("text").strip(), "title": field("title"), "url": field("url"),
                        "outlet": field("domain"), "published": field("dltime")})
            el.clear()
    return [a for a in out if len(a["text"]) > 200]


def perturb(article: dict[str, str], i: int) -> dict[str, str]:
    """A copy with its own text: numbers shifted, two body paragraphs swapped, a numbered closing line."""
    rng = random.Random(i)
    text = re.sub(r"\b\d{1,3}\b", lambda m: str(int(m.group(0)) + rng.randint(0, 3)), article["text"])
    paras = [p for p in text.split("\n") if p.strip()]
    if len(paras) > 3:
        a, b = rng.sample(range(1, len(paras)), 2)
        paras[a], paras[b] = paras[b], paras[a]
    paras.append(f"This report was filed by correspondent number {i}.")
    return {**article, "text": "\n".join(paras), "id": f"synthetic-{i}"}


def build_corpus(folder: Path, docs: int) -> None:
    articles = tr_news(TR_NEWS)
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, docs, SHARD_ROWS):
        with gzip.open(folder / f"shard-{start // SHARD_ROWS:05d}.jsonl.gz", "wt", encoding="utf-8") as fh:
            for i in range(start, min(docs, start + SHARD_ROWS)):
                fh.write(json.dumps(perturb(articles[i % len(articles)], i), ensure_ascii=False) + "\n")


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _worker_maxrss() -> float:
    return _maxrss_mb(resource.RUSAGE_SELF)


def run_mode(mode: str, corpus: Path, db: str) -> dict[str, object]:
    """Ingest the corpus in this process with one mode; times, counts and peak memory."""
    from newsevents.config import load_settings
    from newsevents.library import ingest

    settings = load_settings()
    stamps: list[float] = []

    def tick(_item: object) -> None:
        stamps.append(time.perf_counter())

    t0 = time.perf_counter()
    workers_rss: list[float] = []
    if mode == "dask2":
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            t0 = time.perf_counter()
            summary = ingest([corpus], db, settings=settings, dask=cluster.scheduler_address, on_item=tick)
            end = time.perf_counter()
            workers_rss = sorted(client.run(_worker_maxrss).values())
    else:
        summary = ingest([corpus], db, settings=settings, workers=int(mode), on_item=tick)
        end = time.perf_counter()
        workers_rss = [_maxrss_mb(resource.RUSAGE_SELF if mode == "1" else resource.RUSAGE_CHILDREN)]
    coded = summary.documents
    quarter = len(stamps) // 4  # steady rate: the last three quarters, after model loading and warm-up
    steady = (len(stamps) - quarter) / (end - stamps[quarter]) if len(stamps) > 8 else None
    return {"mode": mode, "documents": coded, "events": summary.events, "errors": dict(summary.errors),
            "seconds": round(end - t0, 1), "docs_per_s": round(coded / (end - t0), 2),
            "steady_docs_per_s": round(steady, 2) if steady else None,
            "first_result_s": round(stamps[0] - t0, 1) if stamps else None,
            "peak_worker_mb": [round(x) for x in workers_rss],
            "peak_client_mb": round(_maxrss_mb(resource.RUSAGE_SELF)),
            "db_mb": round(sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*")) / 2**20, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=20000, help="synthetic articles (at least 20,000 for the full run)")
    parser.add_argument("--modes", default="1,2,dask2", help="comma-separated: 1, 2 (local processes), dask2")
    parser.add_argument("--out", type=Path, help="also write the results as JSON here")
    parser.add_argument("--run", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:  # one mode, in its own process
        print(json.dumps(run_mode(args.run, args.corpus, args.db)))
        return
    with tempfile.TemporaryDirectory(prefix="newsevents-scale-") as tmp:
        corpus = Path(tmp) / "corpus"
        build_corpus(corpus, args.docs)
        results = []
        for mode in args.modes.split(","):
            proc = subprocess.run([sys.executable, __file__, "--run", mode, "--corpus", str(corpus),
                                   "--db", str(Path(tmp) / f"{mode}.db")], check=True, capture_output=True, text=True)
            results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            print(json.dumps(results[-1]), flush=True)
    by_mode = {r["mode"]: r for r in results}
    summary: dict[str, object] = {"docs": args.docs, "cpus": os.cpu_count(), "results": results,
                                  "same_counts": len({(r["documents"], r["events"]) for r in results}) == 1}
    for mode in ("2", "dask2"):
        if "1" in by_mode and mode in by_mode:
            for key in ("docs_per_s", "steady_docs_per_s"):
                one, two = by_mode["1"][key], by_mode[mode][key]
                if one and two:
                    summary[f"efficiency_{mode}_{key}"] = round(float(two) / (2 * float(one)), 3)
    print(json.dumps({k: v for k, v in summary.items() if k != "results"}))
    if args.out:
        args.out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
