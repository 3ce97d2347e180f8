"""Benchmark scaling: documents per second with 1 and 2 local workers and a 2-worker dask LocalCluster.

    python benchmarks/scale.py --docs 20000          # the full run
    python benchmarks/scale.py --docs 400 --modes 1,2,dask2
    python benchmarks/scale.py --tr-news /data/TR-News.xml --docs 2000 --modes 1,2,4,dask2 --out scale.json

The corpus is synthetic: TR-News articles (../shared/data/tr-news/TR-News.xml) perturbed so that every
copy has its own text and id (numbers shifted, two paragraphs swapped, a numbered closing line), written
as gzip JSON-lines shards of 1,000 rows. Each mode runs in its own process into a fresh SQLite database,
so that its peak memory is its own; peak memory per worker is the largest resident set of a coding process.
Modes: N (an integer) codes on N local worker processes (1: in the benchmark's own process); daskN on an
N-worker dask LocalCluster (one thread per worker). Efficiency of a mode = its rate / (N x the rate of mode 1).
By default the modes run one after the other; --concurrent starts them all at once (see its help).
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


def build_corpus(folder: Path, docs: int, source: Path = TR_NEWS) -> None:
    articles = tr_news(source)
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, docs, SHARD_ROWS):
        with gzip.open(folder / f"shard-{start // SHARD_ROWS:05d}.jsonl.gz", "wt", encoding="utf-8") as fh:
            for i in range(start, min(docs, start + SHARD_ROWS)):
                fh.write(json.dumps(perturb(articles[i % len(articles)], i), ensure_ascii=False) + "\n")


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _worker_maxrss() -> float:
    return _maxrss_mb(resource.RUSAGE_SELF)


def _cpu_s(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _worker_cpu() -> float:
    return _cpu_s(resource.RUSAGE_SELF)


def mode_workers(mode: str) -> int:
    """How many coding processes a mode uses: '2' -> 2, 'dask2' -> 2."""
    found = re.fullmatch(r"(dask)?(\d+)", mode)
    if not found or int(found.group(2)) < 1:
        raise ValueError(f"unknown mode {mode!r}: use N or daskN (N >= 1)")
    return int(found.group(2))


def run_mode(mode: str, corpus: Path, db: str) -> dict[str, object]:
    """Ingest the corpus in this process with one mode; times, counts and peak memory."""
    from newsevents.config import load_settings
    from newsevents.library import ingest

    settings = load_settings()
    stamps: list[float] = []

    def tick(_item: object) -> None:
        stamps.append(time.perf_counter())

    n = mode_workers(mode)
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    workers_rss: list[float] = []
    workers_cpu: list[float] = []
    if mode.startswith("dask"):
        from distributed import Client

        from newsevents.parallel.cluster import local_cluster

        with local_cluster(n) as cluster, Client(cluster) as client:
            client_cpu0 = _cpu_s(resource.RUSAGE_SELF)
            t0 = time.perf_counter()
            summary = ingest([corpus], db, settings=settings, dask=cluster.scheduler_address, on_item=tick)
            end = time.perf_counter()
            client_cpu = _cpu_s(resource.RUSAGE_SELF) - client_cpu0
            workers_rss = sorted(client.run(_worker_maxrss).values())
            workers_cpu = sorted(client.run(_worker_cpu).values())
    else:
        client_cpu0 = _cpu_s(resource.RUSAGE_SELF)
        summary = ingest([corpus], db, settings=settings, workers=n, on_item=tick)
        end = time.perf_counter()
        client_cpu = _cpu_s(resource.RUSAGE_SELF) - client_cpu0
        # local workers are reaped children once ingest returns: RUSAGE_CHILDREN is their peak and their sum
        workers_rss = [_maxrss_mb(resource.RUSAGE_SELF if n == 1 else resource.RUSAGE_CHILDREN)]
        workers_cpu = [client_cpu if n == 1 else _cpu_s(resource.RUSAGE_CHILDREN)]
    coded = summary.documents
    quarter = len(stamps) // 4  # steady rate: the last three quarters, after model loading and warm-up
    steady = (len(stamps) - quarter) / (end - stamps[quarter]) if len(stamps) > 8 else None
    return {"mode": mode, "workers": n, "documents": coded, "events": summary.events, "errors": dict(summary.errors),
            "seconds": round(end - t0, 1), "docs_per_s": round(coded / (end - t0), 2),
            "steady_docs_per_s": round(steady, 2) if steady else None,
            "first_result_s": round(stamps[0] - t0, 1) if stamps else None,
            "peak_worker_mb": [round(x) for x in workers_rss],
            "peak_client_mb": round(_maxrss_mb(resource.RUSAGE_SELF)),
            # CPU seconds: the client's own during ingest (for mode 1 that is all the coding; for daskN it
            # includes the scheduler and nannies, which a LocalCluster runs in this process), and the
            # workers' (local N > 1: their sum; dask: each worker process's whole life, model loading included)
            "client_cpu_s": round(client_cpu, 1), "workers_cpu_s": [round(x, 1) for x in workers_cpu],
            "load_1min_before": round(load_before, 2), "load_1min_after": round(os.getloadavg()[0], 2),
            "db_mb": round(sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*")) / 2**20, 1)}


def summarize(args: argparse.Namespace, results: list[dict[str, object]]) -> dict[str, object]:
    by_mode = {str(r["mode"]): r for r in results}
    summary: dict[str, object] = {"docs": args.docs, "cpus": os.cpu_count(), "concurrent": args.concurrent,
                                  "python": sys.version.split()[0], "results": results,
                                  "same_counts": len({(r["documents"], r["events"]) for r in results}) == 1}
    for mode, row in by_mode.items():
        n = mode_workers(mode)
        if "1" in by_mode and mode != "1":
            for key in ("docs_per_s", "steady_docs_per_s"):
                one, many = by_mode["1"][key], row[key]
                if one and many:
                    summary[f"efficiency_{mode}_{key}"] = round(float(many) / (n * float(one)), 3)  # type: ignore[arg-type]
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=20000, help="synthetic articles (at least 20,000 for the full run)")
    parser.add_argument("--modes", default="1,2,dask2",
                        help="comma-separated: N (N local worker processes; 1 = in-process), daskN (N-worker "
                             "dask LocalCluster); default 1,2,dask2")
    parser.add_argument("--tr-news", type=Path, default=TR_NEWS, metavar="PATH",
                        help=f"the TR-News XML the corpus is built from (default {TR_NEWS})")
    parser.add_argument("--concurrent", action="store_true",
                        help="run all modes at the same time instead of one after the other. Only sensible on a "
                             "machine with enough idle cores for every mode's workers plus one client per mode "
                             "(and a scheduler per dask mode): >= 8 idle cores for 1,2,dask2. On fewer or shared "
                             "cores the modes slow each other down and the efficiency figures mean nothing")
    parser.add_argument("--out", type=Path, help="also write the results as JSON here (rewritten after each mode)")
    parser.add_argument("--run", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:  # one mode, in its own process
        print(json.dumps(run_mode(args.run, args.corpus, args.db)))
        return
    modes = args.modes.split(",")
    for mode in modes:
        try:
            mode_workers(mode)  # fail early on a bad mode
        except ValueError as exc:
            parser.error(str(exc))
    if not args.tr_news.is_file():
        parser.error(f"no TR-News file at {args.tr_news} (use --tr-news PATH)")
    results: list[dict[str, object]] = []

    def record(row: dict[str, object]) -> None:
        results.append(row)
        print(json.dumps(row), flush=True)
        if args.out:  # after every mode, so a run cut short still leaves what it measured
            args.out.write_text(json.dumps(summarize(args, results), indent=2) + "\n", encoding="utf-8")

    with tempfile.TemporaryDirectory(prefix="newsevents-scale-") as tmp:
        corpus = Path(tmp) / "corpus"
        build_corpus(corpus, args.docs, args.tr_news)

        def command(mode: str) -> list[str]:
            return [sys.executable, __file__, "--run", mode, "--corpus", str(corpus),
                    "--db", str(Path(tmp) / f"{mode}.db")]

        if args.concurrent:
            procs = [(mode, subprocess.Popen(command(mode), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                             text=True)) for mode in modes]
            for mode, proc in procs:
                out, err = proc.communicate()
                if proc.returncode:
                    raise SystemExit(f"mode {mode} failed ({proc.returncode}):\n{err[-4000:]}")
                record(json.loads(out.strip().splitlines()[-1]))
        else:
            for mode in modes:
                proc = subprocess.run(command(mode), capture_output=True, text=True, check=False)
                if proc.returncode:
                    raise SystemExit(f"mode {mode} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
                record(json.loads(proc.stdout.strip().splitlines()[-1]))
    summary = summarize(args, results)
    print(json.dumps({k: v for k, v in summary.items() if k != "results"}))
    if args.out:
        args.out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
