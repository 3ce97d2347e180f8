"""Issue #6: the incidents stored on ingest do not depend on the order articles arrive in, nor on the process's
string-hash seed (blocking keys are Python hashes of tuples of strings, and the index keeps sets and dicts).

Session 18 saw held13 score 0.7773 in one run of `eval/incidents.py --held13` and 0.7744 in another. Traced: the
0.7773 run overlapped a short-lived change of `profile.py` (the place evidence key, committed and reverted within
three minutes) in the worktree the eval was reading, not a nondeterminism; these tests keep the property that
made the trace conclusive. They run the ingest path itself (`IncidentUpdater` over a SQLite store, a batch at a
time, as `library.ingest` does) in child processes started with two hash seeds, each over several arrival orders
of the same documents, and compare the stored partitions.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run in a child process: PYTHONHASHSEED only takes effect when the interpreter starts.
CHILD = r"""
import importlib.util, json, random, sys, tempfile
from collections import defaultdict
from pathlib import Path

from newsevents.incidents import IncidentIndex
from newsevents.models import DateValue, Document, Extraction
from newsevents.store.database import EventFilter, Store
from newsevents.store.incidents import IncidentUpdater

root = Path(sys.argv[1])


def script(relative):
    spec = importlib.util.spec_from_file_location("s18det_" + relative.replace("/", "_")[:-3], root / relative)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# Documents: the hand-labelled structured reports and a dense synthetic stream (500 reports a day: look-alike
# incidents of one town and week, vague and precise reports, where the greedy rebuild's tie-breaks matter).
docs = defaultdict(list)
published = {}
evaluation = script("eval/incidents.py")
for row in evaluation.load_rows():
    event = evaluation.event_of(row)
    docs[event.doc_id].append(event)
    published[event.doc_id] = row.get("published")
for event, day in script("benchmarks/incidents.py").stream(2000, seed=3, per_day=500):
    docs[event.doc_id].append(event)
    published[event.doc_id] = day


def partition(assigned):
    groups = defaultdict(list)
    for event_id, incident in assigned.items():
        groups[incident].append(event_id)
    return sorted(sorted(g) for g in groups.values())


def ingest(order, batch):
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "t.db"))
        updater = IncidentUpdater(store)
        for start in range(0, len(order), batch):
            chunk = []
            for doc_id in order[start:start + batch]:
                day = published[doc_id]
                document = Document(id=doc_id, source="s18", text=doc_id, external_id=doc_id,
                                    published=DateValue(day[:10], "day", "metadata") if day else None)
                chunk.append(Extraction(document=document, events=list(docs[doc_id])))
            store.write_batch(chunk)
            updater.add(chunk)
        stored = {e.id: e.incident_id for e in store.events(EventFilter(), limit=10**9)}
        reopened = IncidentUpdater(store).index.assignments()  # the index a later run rebuilds from the store
        store.engine.dispose()
    return partition(stored), partition(reopened)


ids = list(docs)
orders = [ids, ids[::-1]]
rng = random.Random(int(sys.argv[2]))
shuffled = list(ids)
rng.shuffle(shuffled)
orders.append(shuffled)
out = []
for n, order in enumerate(orders):
    stored, reopened = ingest(order, batch=(7, 32, 1)[n])
    out.append({"stored": stored, "reopened": reopened})
events = [e for d in ids for e in docs[d]]
out.append({"regrouped": partition(IncidentIndex.from_events(events, published).assignments())})
json.dump(out, sys.stdout)
"""


def _run(hash_seed: str, order_seed: int) -> list[dict[str, list[list[str]]]]:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed,
               PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(order_seed)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_stored_incidents_do_not_depend_on_arrival_order_batches_or_hash_seed() -> None:
    first = _run("0", 5)
    second = _run("1", 8)
    partitions = [p for run in (first, second) for found in run for p in found.values()]
    reference = partitions[0]
    assert any(len(g) > 1 for g in reference)  # incidents of several reports, or the test proves nothing
    assert any(len(g) == 1 for g in reference)  # and reports kept apart
    for n, found in enumerate(partitions):
        assert found == reference, f"partition {n} differs from the first"

