"""Time event typing (triggers, modes, casualties, ACLED/CAMEO, the learned ACLED check) per sentence on TR-News,
parse time reported apart.

    python benchmarks/event_typing.py [--data ../shared/data] [--articles 118]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=118)
    args = parser.parse_args(argv)

    from newsevents.extract import classifier, typing_learned
    from newsevents.extract.typing import analyse
    from newsevents.nlp import load

    def typed(s):  # type: ignore[no-untyped-def]
        return typing_learned.revise(s, analyse(s))

    nlp = load(with_ruler=False)
    classifier.load()
    typing_learned.load()
    root = ET.parse(args.data / "tr-news" / "TR-News.xml").getroot()
    texts = [a.findtext("text", "").strip() for a in root.findall("article")][: args.articles]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse_s = time.perf_counter() - t0
    sents = [s for d in docs for s in d.sents]
    for s in sents[:50]:  # warm caches
        typed(s)
    per: list[float] = []
    n_frames = 0
    cpu0 = time.process_time()
    for s in sents:
        t = time.perf_counter()
        n_frames += len(typed(s))
        per.append(time.perf_counter() - t)
    cpu = time.process_time() - cpu0
    total = sum(per)
    print(f"{len(sents)} sentences from {len(texts)} articles, {n_frames} event frames")
    print(f"typing+modes+casualties: {1000 * total / len(sents):.2f} ms/sentence mean, "
          f"{1000 * statistics.median(per):.2f} median, {1000 * sorted(per)[int(0.99 * len(per))]:.2f} p99 (one core)")
    # CPU time of this process: less disturbed than wall time when other jobs share the cores
    print(f"typing+modes+casualties CPU time: {1000 * cpu / len(sents):.2f} ms/sentence mean")
    print(f"spaCy parse (excluded above): {1000 * parse_s / len(sents):.2f} ms/sentence")
    return 0


if __name__ == "__main__":
    sys.exit(main())
