"""Train the learned checks of event typing (newsevents.extract.typing_learned), the ACLED sub-type check and the
PLOVER type check, on the written snippet sets and write them to src/newsevents/data/acled_model/ and plover_model/.

Run from the repository root:

    python train/train_acled_model.py            # train on every training set and write the models
    python train/train_acled_model.py --loso     # leave one set out: rules alone vs rules + models, per set

Training sets (TRAIN_SETS): the TR-News dev set and the written snippet sets whose rows may be read
(events_dev2-dev15, dev17 and the demoted blind sets events_held5-held19). The blind sets events_held2, held3 and held4 (CI
gates) are never trained on. events_dev16 (the ten rarest PLOVER types) stays a tuning set, out of TRAIN_SETS: in
session 14 it cost ACLED on TR-News dev (-0.010) and held10 (-0.013) for no PLOVER gain (docs/accuracy-events.md). Each set was written by a different author in a different voice, so leaving one set
out and training on the rest measures how the model carries over to text written by someone else, which is what a
blind set measures. eval/events.py scores each training set with the model trained without it (`loso_model`), so
no stored score is a score on training rows.

The model: multinomial logistic regression (scikit-learn, lbfgs, C=3, fixed) over the binary lemma unigrams and
bigrams seen in at least MIN_DF training snippets, plus the snippet's unit mean word vector (spaCy md vectors)
scaled by typing_learned.VECTOR_WEIGHT; the label is the row's ACLED sub-type, or none. The PLOVER check: one
binary logistic regression per PLOVER type (lbfgs, C=PLOVER_C) over the same features, the label whether the row
codes that type (main or other). Saved as numpy arrays and JSON (no pickle). About a minute on a laptop core; the
result does not depend on the run.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import logging
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsevents.extract import typing_learned as tl  # noqa: E402

log = logging.getLogger("train_acled_model")

VERSION = "ngram-vector-logreg/0.1"
PLOVER_VERSION = "ngram-vector-ovr-logreg/0.1"
C = 3.0
PLOVER_C = 1.0
MIN_DF = 2
OUT = ROOT / "src" / "newsevents" / "data"
TRAIN_SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "held5", "held6", "held7", "held8",
              "held9", "held10", "held11", "held12", "held13", "held14", "dev9", "dev10", "dev11", "dev12",
              "dev13", "dev14", "dev15", "dev17", "held15", "held16", "held17", "held18", "held19")


def _events_eval():  # type: ignore[no-untyped-def]
    """eval/events.py as a module (its set paths, readers and scorers)."""
    spec = importlib.util.spec_from_file_location("events_eval", ROOT / "eval" / "events.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def read_sets(ev) -> list[tuple[str, dict]]:  # type: ignore[no-untyped-def]
    """(set name, row) for every training row."""
    out = []
    for name in TRAIN_SETS:
        out.extend((name, row) for row in ev.read_dev(ev.READABLE[name]))
    return out


def label_of(row: dict) -> str:
    return row.get("acled_sub_event_type") or tl.NONE


def featurise(rows: list[dict]) -> tuple[list[set[str]], np.ndarray]:
    """The n-gram sets and mean vectors of the rows' snippets, parsed as the pipeline parses them."""
    from newsevents.clean.boilerplate import run as clean
    from newsevents.nlp import load

    nlp = load()
    grams, vecs = [], []
    for row in rows:
        doc = nlp(clean(row["sentence"]).text)
        grams.append(tl.grams(tl.lemmas_of(doc[:])))
        v = tl.mean_vector(doc[:])
        vecs.append(v if v is not None else np.zeros(nlp.vocab.vectors_length))
    return grams, np.asarray(vecs, dtype=np.float64)


def types_by_sub(rows: list[dict]) -> dict[str, list[str]]:
    """The PLOVER types (main or other, of those that carry ACLED codes: typing_learned.PRIORITY) each ACLED
    sub-type is coded with in at least MIN_DF rows."""
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        sub = row.get("acled_sub_event_type")
        for t in plover_types(row) & set(tl.PRIORITY) if sub else ():
            seen[(sub, t)] = seen.get((sub, t), 0) + 1
    out: dict[str, list[str]] = {}
    for (sub, t), n in sorted(seen.items()):
        if n >= MIN_DF:
            out.setdefault(sub, []).append(t)
    return out


def fit(index: dict[str, int], X: sparse.csr_matrix, rows: list[dict], dims: int) -> tl.AcledModel:
    """Fit the ACLED check on the design matrix of the rows (_design) and their labels."""
    clf = LogisticRegression(C=C, max_iter=5000)
    clf.fit(X, [label_of(r) for r in rows])
    return tl.AcledModel(labels=tuple(str(c) for c in clf.classes_), vocabulary=index, coef=clf.coef_,
                         intercept=clf.intercept_, dims=dims, version=VERSION,
                         types_by_sub={k: frozenset(v) for k, v in types_by_sub(rows).items()})


def _design(grams: list[set[str]], vecs: np.ndarray) -> tuple[dict[str, int], sparse.csr_matrix]:
    """The vocabulary (n-grams in at least MIN_DF rows) and the design matrix: binary n-grams, scaled vector."""
    df: dict[str, int] = {}
    for g in grams:
        for x in g:
            df[x] = df.get(x, 0) + 1
    vocab = sorted(x for x, n in df.items() if n >= MIN_DF)
    index = {x: i for i, x in enumerate(vocab)}
    at_row, at_col = [], []
    for r, g in enumerate(grams):
        for x in g:
            if x in index:
                at_row.append(r)
                at_col.append(index[x])
    ngrams = sparse.csr_matrix((np.ones(len(at_row)), (at_row, at_col)), shape=(len(grams), len(vocab)))
    return index, sparse.hstack([ngrams, sparse.csr_matrix(vecs * tl.VECTOR_WEIGHT)]).tocsr()


def plover_types(row: dict) -> set[str]:
    return {row.get("event_type"), *row.get("other_event_types", [])} - {None}


def fit_plover(index: dict[str, int], X: sparse.csr_matrix, rows: list[dict], dims: int) -> tl.PloverModel:
    """Fit the PLOVER check on the design matrix of the rows: one binary logistic regression per type seen."""
    labels = sorted({t for r in rows for t in plover_types(r)})
    coef, intercept = [], []
    for t in labels:
        clf = LogisticRegression(C=PLOVER_C, max_iter=5000)
        clf.fit(X, [t in plover_types(r) for r in rows])
        coef.append(clf.coef_[0])
        intercept.append(clf.intercept_[0])
    return tl.PloverModel(labels=tuple(labels), vocabulary=index, coef=np.array(coef), intercept=np.array(intercept),
                          dims=dims, version=PLOVER_VERSION)


def fit_both(grams: list[set[str]], vecs: np.ndarray, rows: list[dict]) -> tl.Checks:
    """Both checks, on one vocabulary and design matrix of the featurised rows."""
    index, X = _design(grams, vecs)
    return tl.Checks(fit(index, X, rows, vecs.shape[1]), fit_plover(index, X, rows, vecs.shape[1]))


def save(model: tl.AcledModel | tl.PloverModel, out: Path, n_rows: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    meta = {"version": model.version, "labels": list(model.labels), "dims": model.dims,
            "vocabulary": sorted(model.vocabulary, key=model.vocabulary.__getitem__),
            "trained_on": list(TRAIN_SETS), "rows": n_rows, "min_df": MIN_DF, "vector_weight": tl.VECTOR_WEIGHT}
    if isinstance(model, tl.AcledModel):
        meta.update(types_by_sub={k: sorted(v) for k, v in sorted(model.types_by_sub.items())}, C=C)
    else:
        meta.update(C=PLOVER_C)
    (out / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    np.savez_compressed(out / "weights.npz", coef=model.coef.astype(np.float32),
                        intercept=model.intercept.astype(np.float32))


@functools.lru_cache(maxsize=1)
def _featurised():  # type: ignore[no-untyped-def]
    ev = _events_eval()
    data = read_sets(ev)
    rows = [r for _, r in data]
    grams, vecs = featurise(rows)
    return data, rows, grams, vecs


def loso_model(set_name: str) -> tl.Checks:
    """The checks trained on every training set but set_name (what eval/events.py scores that set with)."""
    data, rows, grams, vecs = _featurised()
    keep = [i for i, (s, _) in enumerate(data) if s != set_name]
    return fit_both([grams[i] for i in keep], vecs[keep], [rows[i] for i in keep])


def loso(ev, data: list[tuple[str, dict]]) -> dict[str, dict[str, float]]:  # type: ignore[no-untyped-def]
    """Leave each set out in turn (the TR-News dev set too): the rules alone, and the rules with both checks trained
    on the other sets (the predict_dev path the evaluation uses): ACLED sub-type weighted F1 and PLOVER macro F1 on
    the left-out set."""
    rows = [r for _, r in data]
    grams, vecs = featurise(rows)
    out = {}
    for held in TRAIN_SETS:
        train = [i for i, (s, _) in enumerate(data) if s != held]
        test = [r for s, r in data if s == held]
        model = fit_both([grams[i] for i in train], vecs[train], [rows[i] for i in train])
        rules = ev.score_rows(test, ev.predict_dev(test, acled_model=False))
        acled = ev.score_rows(test, ev.predict_dev(test, acled_model=tl.Checks(model.acled, None)))
        both = ev.score_rows(test, ev.predict_dev(test, acled_model=model))
        out[held] = {f"{k}_{which}": r[k] for k in ("acled_sub_weighted_f1", "plover_macro_f1")
                     for which, r in (("rules", rules), ("acled_check", acled), ("model", both))}
        print(f"{held:6s} ACLED rules {rules['acled_sub_weighted_f1']:.4f} +checks {both['acled_sub_weighted_f1']:.4f}"
              f" ({both['acled_sub_weighted_f1'] - rules['acled_sub_weighted_f1']:+.4f})   PLOVER macro rules "
              f"{rules['plover_macro_f1']:.4f} +ACLED check {acled['plover_macro_f1']:.4f} +both "
              f"{both['plover_macro_f1']:.4f}", flush=True)
    for k in ("acled_sub_weighted_f1", "plover_macro_f1"):
        for which in ("acled_check", "model"):
            mean = float(np.mean([o[f"{k}_{which}"] - o[f"{k}_rules"] for o in out.values()]))
            print(f"mean {k} delta, rules -> {which}: {mean:+.4f} over {len(out)} left-out sets")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--loso", action="store_true", help="leave-one-set-out report instead of training")
    parser.add_argument("--json", type=Path, help="with --loso: write the per-set figures here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ev = _events_eval()
    data = read_sets(ev)
    t0 = time.time()
    if args.loso:
        res = loso(ev, data)
        if args.json:
            args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
        return 0
    rows = [r for _, r in data]
    grams, vecs = featurise(rows)
    checks = fit_both(grams, vecs, rows)
    for model, name in ((checks.acled, tl.MODEL_DIR), (checks.plover, tl.PLOVER_MODEL_DIR)):
        save(model, args.out / name, len(rows))
        log.info("trained on %d snippets (%d n-grams, %d labels) in %.0f s -> %s", len(rows), len(model.vocabulary),
                 len(model.labels), time.time() - t0, args.out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
