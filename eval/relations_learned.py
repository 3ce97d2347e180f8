"""The learned relation back-off: train it, and measure it against the rules on sets nobody tuned on.

Run: python eval/relations_learned.py --train        # fit the shipped model on every tuning set (about 30 s)
     python eval/relations_learned.py --blind F ...  # trained on the other tuning sets: TOTALS on files F
     python eval/relations_learned.py [--held]       # the session-8 experiment (leave-one-set-out; held2-held4)

Candidate pairs are the group mentions the extractor itself considers in a sentence (the mention steps of
relations.run: resolver mentions with coreference, aliases, unknown names, members, descriptors;
`newsevents.extract.relation_model.candidates`). Each pair is labelled with its gold type and direction, or none.
Features (`relation_model.pair_features`): words and lemmas between and around the two mentions, the dependency path
between their heads, the mentions' kinds; the "with the rule feature" variant of the experiment adds the relation the
rules found for the pair. The model is a multinomial logistic regression (scikit-learn, lbfgs, seed 13) over the 8
types (5 directed ones in both directions) plus none; features seen in fewer than two training pairs are dropped.

The tuning sets (TUNING_SETS) are the training data: the dev part of relations_dev.jsonl (never its "heldout" split,
a CI gate), dev2-dev20, and held5-held18 (each blind once, demoted to tuning). dev17 and held8-held18 were kept out
until session 18 (held8, trained on in session 11, cost one pair of the first set's held-out split, a CI gate); with
all of them in, leave-one-set-out over held13-held18 and dev20 rose from 0.536 to 0.556 mean macro-F1
(docs/RELATIONS.md, "Session 18"). relations_held2-held4 and the next blind set are never read for training. --train
writes src/newsevents/data/relation_model/ (weights.npz and meta.json), which the pipeline ships
(`newsevents.extract.relation_model`; docs/RELATIONS.md, "Learned back-off (session 9)"). --blind trains on the
tuning sets other than the given files and prints their macro-F1 totals: the rules alone, rules plus the model as a
back-off at the shipped threshold and at the threshold an inner leave-one-set-out on the training sets chooses, and the
model alone. The default run is the session-8 leave-one-set-out experiment (docs/RELATIONS.md, "Learned back-off
experiment (session 8)")."""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import logging
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc

from newsevents.extract import relation_model, relations
from newsevents.extract import times as times_mod
from newsevents.extract.relations_args import SYMMETRIC
from newsevents.models import ActorRef, Relation, TextSpan

log = logging.getLogger("eval.relations_learned")

SEED = 13
NONE = "none"
# the tuning sets, each written in one round (by one writer): the unit left out
TUNING_SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
               "dev13", "dev14", "dev15", "held5", "held6", "held7", "dev16", "dev18", "dev19",
               # session 18: the demoted blind sets and dev17/dev20 join (docs/RELATIONS.md, "Session 18")
               "dev17", "dev20", "held8", "held9", "held10", "held11", "held12", "held13", "held14", "held15",
               "held16", "held17", "held18")
HELD_SETS = ("held2", "held3", "held4")  # totals only, with --held
THRESHOLDS = tuple(round(0.30 + 0.05 * i, 2) for i in range(14))  # 0.30 .. 0.95


def _eval_module() -> Any:
    """eval/relations.py (a script, not a package module), imported once."""
    name = "script_eval_relations"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / "relations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# --- candidates and labels --------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """Two candidate mentions of one sentence, a before b in the text, with their features and gold label."""

    sentence: str  # the row's text (the key eval/relations.py scores by)
    a: ActorRef
    b: ActorRef
    sent: tuple[int, int]
    features: dict[str, float]
    rule_covered: bool  # the rules found some relation (any type, any certainty) between these two
    label: str  # "type>" (a is the source), "type<" (b is the source), "type" (symmetric) or "none"


_key = relation_model.actor_key
_touches = relation_model.touches
candidates = relation_model.candidates


def rule_label(rels: list[Relation], a: ActorRef, b: ActorRef) -> str:
    """The rules' relation between a and b in the label encoding, or none."""
    for r in rels:
        if _touches(r.source, a) and _touches(r.target, b):
            return r.type if r.type in SYMMETRIC else r.type + ">"
        if _touches(r.source, b) and _touches(r.target, a):
            return r.type if r.type in SYMMETRIC else r.type + "<"
    return NONE


def gold_label(golds: list[dict[str, Any]], a: ActorRef, b: ActorRef) -> str:
    """The gold relation between a and b (matched as eval/relations.py matches names), or none."""
    same = _eval_module()._same
    for g in golds:
        if same(g["source"], a) and same(g["target"], b):
            return g["type"] if g["type"] in SYMMETRIC else g["type"] + ">"
        if same(g["source"], b) and same(g["target"], a):
            return g["type"] if g["type"] in SYMMETRIC else g["type"] + "<"
    return NONE


def pair_features(doc: Doc, a: ActorRef, b: ActorRef, cands: list[ActorRef], rule: str) -> dict[str, float]:
    """The shipped model's features of one ordered pair, plus the rules' label for the pair (the variant "with the
    rule feature"; `features_of(..., lexical=True)` drops it again)."""
    return {f"rule={rule}": 1.0, f"rule_any={rule != NONE}": 1.0,
            **relation_model.pair_features(doc, a, b, cands)}


@dataclass(frozen=True)
class Parsed:
    """One sentence of a set: its rule relations (for scoring) and its candidate pairs."""

    sentence: str
    rules: list[Relation]
    pairs: list[Pair]
    reachable: int = 0  # gold relations some candidate pair matches (the most the model could find)


def parse_rows(nlp: Any, rows: list[dict[str, Any]]) -> list[Parsed]:
    """Each distinct sentence of the rows parsed once: the rules' relations and the labelled candidate pairs."""
    ev = _eval_module()
    golds: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        golds.setdefault(row["sentence"], [])
        if row["type"]:
            golds[row["sentence"]].append(row)
    out = []
    for i, (sentence, gs) in enumerate(golds.items()):
        doc = nlp(sentence)
        found_times = times_mod.run(doc, doc_id=f"eval{i}", published=None)
        mentions = ev.mentions_for(doc)
        rels = relations.run(doc, mentions, doc_id=f"eval{i}", times=found_times, published=None)
        pairs = []
        for sent, cands in candidates(doc, mentions):
            for x, a in enumerate(cands):
                for b in cands[x + 1:]:
                    if _key(a) == _key(b):
                        continue
                    rule = rule_label(rels, a, b)
                    pairs.append(Pair(sentence, a, b, sent, pair_features(doc, a, b, cands, rule), rule != NONE,
                                      gold_label(gs, a, b)))
        same = ev._same
        reach = sum(1 for g in gs if any((same(g["source"], p.a) and same(g["target"], p.b)) or
                                         (same(g["source"], p.b) and same(g["target"], p.a)) for p in pairs))
        out.append(Parsed(sentence, rels, pairs, reach))
    return out


# --- model, predictions, scoring --------------------------------------------------------------


def features_of(pair: Pair, lexical: bool) -> dict[str, float]:
    """The pair's features; lexical: without the rules' label (the model must read the words alone)."""
    if not lexical:
        return pair.features
    return {k: v for k, v in pair.features.items() if not k.startswith("rule")}


Model = tuple[DictVectorizer, LogisticRegression, bool]


MIN_COUNT = 2  # a feature seen in fewer training pairs is dropped (smaller model, fewer one-row memories)


def fit(parsed: list[Parsed], *, lexical: bool = False, min_count: int = MIN_COUNT) -> Model:
    """The vectoriser and the multinomial logistic regression, fitted on every pair of the sentences."""
    pairs = [p for s in parsed for p in s.pairs]
    counts = Counter(k for p in pairs for k in features_of(p, lexical))
    vec = DictVectorizer()
    x = vec.fit_transform([{k: v for k, v in features_of(p, lexical).items() if counts[k] >= min_count}
                           for p in pairs])
    model = LogisticRegression(C=1.0, max_iter=3000, random_state=SEED)
    model.fit(x, [p.label for p in pairs])
    return vec, model, lexical


_FITTED: dict[tuple[frozenset[str], bool], Model] = {}


def fit_sets(data: dict[str, list[Parsed]], names: list[str], *, lexical: bool) -> Model:
    """fit() on the named sets, once per set of names (the inner folds share many)."""
    key = (frozenset(names), lexical)
    if key not in _FITTED:
        _FITTED[key] = fit([s for n in names for s in data[n]], lexical=lexical)
    return _FITTED[key]


def _probs(m: Model, s: Parsed) -> Any:
    vec, model, lexical = m
    return model.predict_proba(vec.transform([features_of(p, lexical) for p in s.pairs]))


def _per_pair(m: Model, parsed: list[Parsed],
              pick: Callable[[list[str], np.ndarray], tuple[str, float]]) -> list[list[tuple[str, float]]]:
    """Per sentence, per candidate pair: the label and probability `pick` takes from the model's probabilities."""
    classes = list(m[1].classes_)
    return [[pick(classes, pr) for pr in _probs(m, s)] if s.pairs else [] for s in parsed]


def predict(m: Model, parsed: list[Parsed]) -> list[list[tuple[str, float]]]:
    """Per sentence, per pair: the most probable label, none included, and its probability."""
    return _per_pair(m, parsed, lambda classes, pr: (classes[int(np.argmax(pr))], float(pr.max())))


def predict_any(m: Model, parsed: list[Parsed]) -> list[list[tuple[str, float]]]:
    """Per sentence, per pair: the most probable non-none label and its probability (for the back-off threshold)."""
    return _per_pair(m, parsed, lambda classes, pr: max(((c, float(v)) for c, v in zip(classes, pr) if c != NONE),
                                                        key=lambda cv: cv[1]))


def as_relation(pair: Pair, label: str, prob: float, n: int) -> Relation:
    """A model prediction as the Relation eval/relations.py scores."""
    kind = label.rstrip("<>")
    src, tgt = (pair.b, pair.a) if label.endswith("<") else (pair.a, pair.b)
    return Relation(id=f"learned_{n}", doc_id="eval", type=kind, source=src, target=tgt,
                    sentence=TextSpan(pair.sentence[pair.sent[0]:pair.sent[1]], pair.sent), confidence=round(prob, 2),
                    extractor="learned")


def model_relations(s: Parsed, preds: list[tuple[str, float]], *, threshold: float,
                    backoff: bool) -> list[Relation]:
    """The model's relations for one sentence: one per pair of actors (the most probable), above the threshold; with
    backoff only for pairs the rules left without a relation."""
    best: dict[tuple[str, str], tuple[Pair, str, float]] = {}
    for pair, (label, prob) in zip(s.pairs, preds):
        if label == NONE or prob < threshold or (backoff and pair.rule_covered):
            continue
        key = tuple(sorted((_key(pair.a), _key(pair.b))))
        if key not in best or prob > best[key][2]:
            best[key] = (pair, label, prob)
    return [as_relation(p, lab, prob, n) for n, (p, lab, prob) in enumerate(best.values())]


@contextlib.contextmanager
def _predictions(table: dict[str, list[Relation]]) -> Iterator[None]:
    """eval/relations.py's evaluate() scoring the given relations per sentence instead of running the extractor."""
    ev = _eval_module()
    saved = ev.extract
    ev.extract = lambda _nlp, text, _doc_id="eval": table[text]
    try:
        yield
    finally:
        ev.extract = saved


def score(parsed: list[Parsed], rows: list[dict[str, Any]], table: dict[str, list[Relation]]) -> dict[str, Any]:
    """eval/relations.py's scores of the rows, with the given relations per sentence."""
    with _predictions(table):
        return _eval_module().evaluate(None, rows)  # type: ignore[no-any-return]


def tables(parsed: list[Parsed], preds: list[list[tuple[str, float]]] | None, *, threshold: float = 0.5,
           backoff: bool = True, rules: bool = True) -> dict[str, list[Relation]]:
    """Per sentence: the rules' relations, the model's, or both (back-off)."""
    out = {}
    for k, s in enumerate(parsed):
        rels = list(s.rules) if rules else []
        if preds is not None:
            rels += model_relations(s, preds[k], threshold=threshold, backoff=backoff)
        out[s.sentence] = rels
    return out


# --- leave one set out ------------------------------------------------------------------------


def loso_folds(names: tuple[str, ...] | list[str]) -> list[tuple[str, list[str]]]:
    """(left-out set, training sets) for each set."""
    return [(n, [m for m in names if m != n]) for n in names]


def choose_threshold(data: dict[str, list[Parsed]], rows: dict[str, list[dict[str, Any]]], names: list[str], *,
                     lexical: bool) -> float:
    """The back-off threshold with the best pooled macro-F1 of rules+model over the sets, each predicted by a model
    trained on the others (inner leave-one-set-out); the highest threshold wins a tie (fewer additions)."""
    oof: dict[str, list[list[tuple[str, float]]]] = {}
    for out, train in loso_folds(names):
        oof[out] = predict_any(fit_sets(data, train, lexical=lexical), data[out])
    pooled = [s for n in names for s in data[n]]
    pooled_preds = [p for n in names for p in oof[n]]
    pooled_rows = [r for n in names for r in rows[n]]
    best = (-1.0, THRESHOLDS[-1])
    for t in reversed(THRESHOLDS):
        f1 = score(pooled, pooled_rows, tables(pooled, pooled_preds, threshold=t))["macro_f1"]
        if f1 > best[0]:
            best = (f1, t)
    return best[1]


def _tp(result: dict[str, Any]) -> int:
    return sum(f["tp"] for f in result["families"].values())


def _fp(result: dict[str, Any]) -> int:
    return sum(f["fp"] for f in result["families"].values())


def one_fold(data: dict[str, list[Parsed]], rows: dict[str, list[dict[str, Any]]], name: str, train: list[str], *,
             lexical: bool) -> dict[str, Any]:
    """Macro-F1 on one left-out set of the model alone and of rules+model, and what the back-off added."""
    m = fit_sets(data, train, lexical=lexical)
    t = choose_threshold(data, rows, train, lexical=lexical)
    rules = score(data[name], rows[name], tables(data[name], None))
    alone = score(data[name], rows[name], tables(data[name], predict(m, data[name]), backoff=False, rules=False,
                                                 threshold=0.0))
    both = score(data[name], rows[name], tables(data[name], predict_any(m, data[name]), threshold=t))
    return {"model": alone["macro_f1"], "rules+model": both["macro_f1"], "threshold": t,
            "added_right": _tp(both) - _tp(rules), "added_wrong": _fp(both) - _fp(rules)}


def leave_one_set_out(data: dict[str, list[Parsed]], rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Per left-out set: macro-F1 of the rules, and of the model and rules+model in two variants: with the rules'
    label among the features, and lexical (words and path only). Thresholds are chosen on the training sets."""
    out: dict[str, Any] = {}
    for name, train in loso_folds(list(data)):
        rules = score(data[name], rows[name], tables(data[name], None))
        gold = rules["gold_relations"]
        reach = sum(s.reachable for s in data[name])
        out[name] = {"gold": gold, "reachable": reach, "rules": rules["macro_f1"],
                     "with_rule_feature": one_fold(data, rows, name, train, lexical=False),
                     "lexical": one_fold(data, rows, name, train, lexical=True)}
        log.info("%s: %s", name, json.dumps(out[name]))
    return out


def held_totals(nlp: Any, data: dict[str, list[Parsed]], rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Trained on all tuning sets: macro-F1 TOTALS of the rules and of rules+model (both variants) on held2-held4."""
    ev = _eval_module()
    names = list(TUNING_SETS)
    models = {lex: (fit_sets(data, names, lexical=lex), choose_threshold(data, rows, names, lexical=lex))
              for lex in (False, True)}
    out: dict[str, Any] = {"threshold": {"with_rule_feature": models[False][1], "lexical": models[True][1]}}
    for name in HELD_SETS:
        hrows = ev.rows_for(name)
        hdata = parse_rows(nlp, hrows)
        out[name] = {"rules": score(hdata, hrows, tables(hdata, None))["macro_f1"]}
        for lex, label in ((False, "with_rule_feature"), (True, "lexical")):
            m, t = models[lex]
            anyp = predict_any(m, hdata)
            out[name][label] = {
                "rules+model": score(hdata, hrows, tables(hdata, anyp, threshold=t))["macro_f1"],
                "model": score(hdata, hrows, tables(hdata, predict(m, hdata), backoff=False, rules=False,
                                                    threshold=0.0))["macro_f1"],
                # a diagnostic, never a choice: rules+model at every threshold of the grid
                "rules+model_by_threshold": {str(x): score(hdata, hrows, tables(hdata, anyp, threshold=x))["macro_f1"]
                                             for x in THRESHOLDS}}
    return out


def blind_totals(nlp: Any, data: dict[str, list[Parsed]], rows: dict[str, list[dict[str, Any]]],
                 files: list[Path]) -> dict[str, Any]:
    """Trained on the tuning sets other than `files`: macro-F1 TOTALS on `files` of the rules alone and of rules plus
    the model as a back-off, at the shipped threshold (`relation_model.THRESHOLD`) and at the threshold the
    training sets choose (an inner leave-one-set-out, on sets the rules were tuned on: it runs high), and of the
    model alone; with the rules' label among the features and without it (lexical, the shipped variant)."""
    ev = _eval_module()
    paths = {f.resolve() for f in files}
    names = [n for n in TUNING_SETS if (ev.DATA if n == "dev" else ev.FILES[n]).resolve() not in paths]
    models = {lex: (fit_sets(data, names, lexical=lex), choose_threshold(data, rows, names, lexical=lex))
              for lex in (False, True)}
    out: dict[str, Any] = {"trained_on": names,
                           "threshold": {"with_rule_feature": models[False][1], "lexical": models[True][1]},
                           "shipped_threshold": relation_model.THRESHOLD}
    for path in files:
        frows = ev.load_rows(path)
        fdata = parse_rows(nlp, frows)
        res: dict[str, Any] = {"rules": score(fdata, frows, tables(fdata, None))["macro_f1"]}
        for lex, label in ((False, "with_rule_feature"), (True, "lexical")):
            m, t = models[lex]
            anyp = predict_any(m, fdata)
            res[label] = {
                "rules+model": score(fdata, frows, tables(fdata, anyp, threshold=relation_model.THRESHOLD))["macro_f1"],
                "rules+model_at_chosen": score(fdata, frows, tables(fdata, anyp, threshold=t))["macro_f1"],
                "model": score(fdata, frows, tables(fdata, predict(m, fdata), backoff=False, rules=False,
                                                    threshold=0.0))["macro_f1"]}
        out[path.name] = res
    return out


MODEL_DIR = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "relation_model"


def train(data: dict[str, list[Parsed]], out: Path = MODEL_DIR) -> dict[str, Any]:
    """Fit the lexical model on every tuning set and write it where the package reads it."""
    parsed = [s for n in TUNING_SETS for s in data[n]]
    vec, model, _ = fit(parsed, lexical=True)
    classes = [str(c) for c in model.classes_]
    names = vec.get_feature_names_out().tolist()
    meta = {"version": "1", "trained_on": list(TUNING_SETS), "pairs": sum(len(s.pairs) for s in parsed),
            "min_count": MIN_COUNT, "C": 1.0, "seed": SEED, "command": "python eval/relations_learned.py --train"}
    relation_model.save(out, classes, names, model.coef_.T, model.intercept_, meta)
    return meta | {"features": len(names), "classes": classes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held", action="store_true",
                        help="instead of leave-one-set-out: train on all tuning sets and print held2-held4 TOTALS "
                             "(rules vs rules+model); at most twice per session")
    parser.add_argument("--blind", type=Path, nargs="+",
                        help="instead of leave-one-set-out: train on all tuning sets and print the TOTALS (rules vs "
                             "rules+model) on these files, which nobody has tuned on")
    parser.add_argument("--train", action="store_true",
                        help="fit the shipped model on every tuning set and write src/newsevents/data/relation_model/")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("newsevents").setLevel(logging.WARNING)
    from newsevents.nlp import load

    ev = _eval_module()
    nlp = load(with_ruler=True)
    rows = {n: ev.rows_for(n) for n in TUNING_SETS}  # "dev" is the tuning part of relations_dev.jsonl, never "heldout"
    data = {n: parse_rows(nlp, rows[n]) for n in TUNING_SETS}
    result: dict[str, Any] = {}
    if args.train:
        result["trained"] = train(data)
    elif args.blind:
        result["blind_totals"] = blind_totals(nlp, data, rows, args.blind)
    elif args.held:
        result["held_totals"] = held_totals(nlp, data, rows)
    else:
        table = leave_one_set_out(data, rows)
        result["leave_one_set_out"] = table
        n = len(table)
        result["mean"] = {
            "rules": round(sum(v["rules"] for v in table.values()) / n, 3),
            **{f"{var}/{k}": round(sum(v[var][k] for v in table.values()) / n, 3)
               for var in ("with_rule_feature", "lexical") for k in ("model", "rules+model")}}
    text = json.dumps(result, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
