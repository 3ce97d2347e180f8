"""Score the relation extractor on eval/data/relations_*.jsonl: per-type and per-family P/R/F1, type accuracy.

Run: python eval/relations.py [--split dev|heldout|dev2|...|dev10|held2|...|held6|all|both] [--errors]
     [--json out.json] [--file rows.jsonl]

relations_dev.jsonl is split by a hash of the sentence: about 40% is the held-out part, never looked at
while writing rules. relations_dev2.jsonl to relations_dev10.jsonl are later tuning sets, all of them open to
tuning (each was scored once before the rules were tuned on it: that first score is its unseen-text figure).
relations_held2.jsonl, relations_held3.jsonl and relations_held4.jsonl are held-out sets, written by someone who
had not seen the rules or the dev sentences: report their totals only, never tune on them. relations_held5.jsonl
was written the same way, scored blind once (macro-F1 0.759, 2026-11-24) and then demoted to a tuning set;
relations_held6.jsonl is its blind successor (session 8, written without reading docs/RELATIONS.md; scored blind at
0.503, then demoted to tuning in session 9). relations_dev11-dev13 were written blind in session 8 and first scored in
session 9; relations_held7.jsonl (session 9) was scored blind at the end of session 9 (0.714; rules alone 0.667) and
demoted to tuning at the start of session 10; relations_held8.jsonl (session 10) was scored blind at the end of session 10 (0.679; rules alone 0.658) and
demoted to tuning at the start of session 11; relations_held9.jsonl (session 11) was scored blind at the end of session 11 (0.580) and
demoted to tuning at the start of session 12; relations_held10.jsonl (session 12) was scored blind at the start of session 13
(0.504; rules alone 0.395) and demoted to tuning then; relations_held11.jsonl (session 13) was scored blind at the end of
session 13 (0.536; rules alone 0.432) and demoted to tuning then; relations_held12.jsonl (written in session 13) was
scored blind at the start of session 14 (0.479; rules alone 0.337) and demoted to tuning then; relations_held13.jsonl
(session 14) was scored blind at the end of session 14 (0.488; rules alone 0.460) and demoted to tuning then;
relations_held14.jsonl (written in session 14) was scored blind at the start of session 15 (0.477; rules alone 0.366) and
demoted to tuning then; relations_held15.jsonl (session 15) was scored blind at its end (0.514; rules alone 0.401) and
demoted to tuning then; relations_held16.jsonl (written in session 15) was scored blind at the start of session 16
(0.537; rules alone 0.440) and demoted to tuning then; relations_held17.jsonl (session 16) was scored blind at its end
(0.558; rules alone 0.461) and demoted to tuning then; relations_held18.jsonl (session 17) was scored blind at its end
(0.479; rules alone 0.362) and demoted to tuning then; relations_held19.jsonl (session 18) was scored blind at its end
(0.560; rules alone 0.476) and demoted to tuning then.
--errors logs misses and false alarms for the tuning splits only, never for heldout or held2-held4. The
default ("both") scores every split separately; held3 is left out while its file does not exist."""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from spacy.tokens import Doc

from newsevents.extract import coref, relation_model, relations
from newsevents.extract import times as times_mod
from newsevents.extract.relations import FAMILIES, NOT_ASSERTED, SYMMETRIC, normalise_group_name
from newsevents.models import ActorRef, Relation

log = logging.getLogger("eval.relations")
RULES_ONLY = False  # --rules-only: the phrase rules without the learned back-off (newsevents.extract.relation_model)

DATA = Path(__file__).parent / "data" / "relations_dev.jsonl"
DATA2 = Path(__file__).parent / "data" / "relations_dev2.jsonl"
HELD2 = Path(__file__).parent / "data" / "relations_held2.jsonl"
DATA3 = Path(__file__).parent / "data" / "relations_dev3.jsonl"
DATA4 = Path(__file__).parent / "data" / "relations_dev4.jsonl"
DATA5 = Path(__file__).parent / "data" / "relations_dev5.jsonl"
DATA6 = Path(__file__).parent / "data" / "relations_dev6.jsonl"
DATA7 = Path(__file__).parent / "data" / "relations_dev7.jsonl"  # round 8: merger, rivalry, split, alliance wording
DATA8 = Path(__file__).parent / "data" / "relations_dev8.jsonl"  # round 9: merger, alliance, affiliation wording
DATA9 = Path(__file__).parent / "data" / "relations_dev9.jsonl"  # round 10: reporters' wording, aliases, truces
DATA10 = Path(__file__).parent / "data" / "relations_dev10.jsonl"  # round 11: merger and split wording
# written blind in session 8 in three voices, first scored in session 9 (0.595 / 0.547 / 0.557), then tuning sets
DATA11 = Path(__file__).parent / "data" / "relations_dev11.jsonl"  # legal and analyst prose
DATA12 = Path(__file__).parent / "data" / "relations_dev12.jsonl"  # regional press
DATA13 = Path(__file__).parent / "data" / "relations_dev13.jsonl"  # wire flashes and explainers
# written blind in session 9, first scored with the learned back-off (0.661 / 0.635; rules alone 0.612 / 0.587)
DATA14 = Path(__file__).parent / "data" / "relations_dev14.jsonl"  # translated and non-native press, communiqués
DATA15 = Path(__file__).parent / "data" / "relations_dev15.jsonl"  # long-form histories, obituaries, analysis
# written blind in session 13 as training data for the back-off, first scored before any rule or model saw them
DATA16 = Path(__file__).parent / "data" / "relations_dev16.jsonl"  # reporters' everyday wording
DATA17 = Path(__file__).parent / "data" / "relations_dev17.jsonl"  # explainers, timelines, the groups' statements
DATA18 = Path(__file__).parent / "data" / "relations_dev18.jsonl"  # analyst reports, sanctions listings, court papers (session 14)
DATA19 = Path(__file__).parent / "data" / "relations_dev19.jsonl"  # live blogs, explainers, podcasts, radio bulletins (session 14)
DATA20 = Path(__file__).parent / "data" / "relations_dev20.jsonl"  # corrections, letters, cables, captions, memoirs, teaching materials (session 15)
HELD3 = Path(__file__).parent / "data" / "relations_held3.jsonl"
HELD4 = Path(__file__).parent / "data" / "relations_held4.jsonl"  # written blind to code and docs (relations_held4.md)
HELD5 = Path(__file__).parent / "data" / "relations_held5.jsonl"  # written blind, 2026-11-24; a tuning set since round 12
HELD6 = Path(__file__).parent / "data" / "relations_held6.jsonl"  # written blind in session 8; tuning since session 9
HELD7 = Path(__file__).parent / "data" / "relations_held7.jsonl"  # written blind in session 9; tuning since session 10
HELD8 = Path(__file__).parent / "data" / "relations_held8.jsonl"  # written blind in session 10; tuning since session 11
HELD9 = Path(__file__).parent / "data" / "relations_held9.jsonl"  # written blind in session 11; tuning since session 12
HELD10 = Path(__file__).parent / "data" / "relations_held10.jsonl"  # written blind in session 12; tuning since session 13
HELD11 = Path(__file__).parent / "data" / "relations_held11.jsonl"  # written blind in session 13; tuning since its end
HELD13 = Path(__file__).parent / "data" / "relations_held13.jsonl"  # written blind in session 14; scored blind once at its end, tuning since
HELD15 = Path(__file__).parent / "data" / "relations_held15.jsonl"  # written blind in session 15; scored blind once at its end, tuning since
HELD14 = Path(__file__).parent / "data" / "relations_held14.jsonl"  # written blind in session 14; scored blind once at the start of session 15, tuning since
HELD16 = Path(__file__).parent / "data" / "relations_held16.jsonl"  # written blind in session 15; scored blind once at the start of session 16, tuning since
HELD17 = Path(__file__).parent / "data" / "relations_held17.jsonl"  # written blind in session 16; scored blind once at its end, tuning since
HELD18 = Path(__file__).parent / "data" / "relations_held18.jsonl"  # written blind in session 17; scored blind once at its end, tuning since
HELD19 = Path(__file__).parent / "data" / "relations_held19.jsonl"  # written blind in session 18; scored blind once at its end, tuning since
HELD12 = Path(__file__).parent / "data" / "relations_held12.jsonl"  # written blind in session 13; scored blind at the start of session 14, tuning since
FILES = {"dev2": DATA2, "dev3": DATA3, "dev4": DATA4, "dev5": DATA5, "dev6": DATA6, "dev7": DATA7, "dev8": DATA8,
         "dev9": DATA9, "dev10": DATA10, "dev11": DATA11, "dev12": DATA12, "dev13": DATA13,
         "dev14": DATA14, "dev15": DATA15, "dev16": DATA16, "dev17": DATA17, "dev18": DATA18, "dev19": DATA19, "dev20": DATA20, "held2": HELD2, "held3": HELD3,
         "held4": HELD4, "held5": HELD5,
         "held6": HELD6, "held7": HELD7, "held8": HELD8, "held9": HELD9,
         "held10": HELD10, "held11": HELD11, "held12": HELD12, "held13": HELD13, "held14": HELD14, "held15": HELD15, "held16": HELD16, "held17": HELD17, "held18": HELD18, "held19": HELD19}
# every split has a stored score in eval/scores/relations.json, and the CI gate keeps each from dropping;
# the gate only stops regressions: rules are never written from heldout, held2 or held3 errors
SPLITS = ("dev", "heldout", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
          "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "held2",
          "held3", "held4", "held5", "held6", "held7", "held8", "held9", "held10", "held11", "held12", "held13", "held14", "held15", "held16", "held17", "held18", "held19")
# the only splits whose errors --errors may show
TUNING = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13",
          "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "held5", "held6", "held7", "held8", "held9", "held10",
          "held11", "held12", "held13", "held14", "held15", "held16", "held17", "held18", "held19")
OPTIONAL = ("held3", "held4", "held5", "held6", "held7", "held8", "held9", "held10", "held11", "held12", "held13", "held14", "held15", "held16", "held17", "held18", "held19")  # scored when its file exists, skipped cleanly while it is being written
FAMILY_NAMES = ("affiliation", "alliance", "rivalry", "split", "merger")

# Only for the seed tests and this script until the actor resolver lands: the few KB ids they name.
SEED_ALIASES: dict[str, tuple[str, str]] = {
    "isis": ("ISIS", "Islamic State"), "isil": ("ISIS", "Islamic State"), "is": ("ISIS", "Islamic State"),
    "islamic state": ("ISIS", "Islamic State"), "daesh": ("ISIS", "Islamic State"),
    "caucasus emirate": ("CAUCASUS_EMIRATE", "Caucasus Emirate"),
    "islamic emirate caucasus": ("CAUCASUS_EMIRATE", "Caucasus Emirate"),
    "ik": ("CAUCASUS_EMIRATE", "Caucasus Emirate"), "imarat kavkaz": ("CAUCASUS_EMIRATE", "Caucasus Emirate"),
    "al qaeda": ("AQ", "al-Qaeda"), "al qaida": ("AQ", "al-Qaeda"),
}
_ALIAS_RE = re.compile(r"\b(?:ISIS|ISIL|IS|Daesh|Islamic State|Caucasus Emirate|Islamic Emirate of the Caucasus|IK|"
                       r"Imarat Kavkaz|al-Qaeda|al Qaeda|(?:Wilayat|Vilayat|Vilayyat|Velayat)\s+[A-Z]\w+)(?!\w)")


def _resolver_available() -> bool:
    try:
        from newsevents.extract import actors  # noqa: F401
    except ImportError:
        return False
    return hasattr(actors, "find_mentions")


def spacy_mentions(doc: Doc) -> list[ActorRef]:
    """ActorRefs from spaCy ORG/NORP/PERSON entities plus the seed aliases (stand-in for the resolver)."""
    spans: dict[tuple[int, int], ActorRef] = {}
    for m in _ALIAS_RE.finditer(doc.text):
        key = normalise_group_name(m.group(0))
        aid, name = SEED_ALIASES.get(key, (f"PROV_{key.replace(' ', '_')}", m.group(0)))
        spans[m.span()] = ActorRef(text=m.group(0), span=m.span(), actor_id=aid, name=name, kind="armed_group",
                                   provisional=aid.startswith("PROV_"), via="alias", extractor="eval-helper")
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "NORP", "PERSON", "GPE"):
            continue
        text = ent.text
        start = ent.start_char
        if text.lower().startswith("the "):
            start += 4
            text = text[4:]
        if text.endswith("'s") or text.endswith("’s"):
            text = text[:-2]
        span = (start, start + len(text))
        key = normalise_group_name(text)
        if ent.label_ == "GPE" and key not in SEED_ALIASES:
            continue
        if ent.label_ == "NORP" and key not in SEED_ALIASES and not text.isupper():
            continue
        if any(a < span[1] and span[0] < b for a, b in spans):
            continue
        aid, name = SEED_ALIASES.get(key, (f"PROV_{key.replace(' ', '_')}", text))
        kind = "person" if ent.label_ == "PERSON" else "armed_group"
        spans[span] = ActorRef(text=text, span=span, actor_id=aid, name=name, kind=kind,
                               provisional=aid.startswith("PROV_"), via="ner", extractor="eval-helper")
    return sorted(spans.values(), key=lambda m: m.span)


def mentions_for(doc: Doc) -> list[ActorRef]:
    """The actor resolver's mentions where it exists, else the spaCy stand-in; with coreference."""
    if _resolver_available():
        from newsevents.extract import actors

        base = actors.find_mentions(doc)
    else:
        base = spacy_mentions(doc)
    return coref.resolve(doc, base)


def extract(nlp: Any, text: str, doc_id: str = "eval", *, rules_only: bool | None = None) -> list[Relation]:
    """Relations from one text with the shared pipeline pieces (times, mentions, coreference): the phrase rules and,
    unless `rules_only` (default: the --rules-only flag), the learned back-off, as the pipeline runs them."""
    doc = nlp(text)
    found_times = times_mod.run(doc, doc_id=doc_id, published=None)
    mentions = mentions_for(doc)
    found = relations.run(doc, mentions, doc_id=doc_id, times=found_times, published=None)
    if not (RULES_ONLY if rules_only is None else rules_only):
        found += relation_model.backoff(doc, mentions, found, doc_id=doc_id, times=found_times, published=None)
    return found


# --- scoring ---------------------------------------------------------------------------------


def split_of(sentence: str) -> str:
    """'heldout' for about 40% of sentences (by hash), else 'dev'."""
    return "heldout" if int(hashlib.sha1(sentence.encode()).hexdigest()[:8], 16) % 5 < 2 else "dev"


def _same(gold: str, ref: ActorRef) -> bool:
    g = normalise_group_name(gold)
    for cand in (ref.text, ref.name or ""):
        p = normalise_group_name(cand)
        if not p:
            continue
        if g == p or re.search(rf"\b{re.escape(g)}\b", p) or re.search(rf"\b{re.escape(p)}\b", g):
            return True
        if fuzz.ratio(g, p) >= 88:
            return True
    return False


@dataclass(frozen=True)
class Gold:
    """One annotated relation."""

    source: str
    target: str
    type: str


def _pair(g: Gold, r: Relation) -> tuple[bool, bool]:
    """(same pair in any order, same direction)."""
    direct = _same(g.source, r.source) and _same(g.target, r.target)
    reverse = _same(g.source, r.target) and _same(g.target, r.source)
    return direct or reverse, direct


def _scored(rels: list[Relation]) -> list[Relation]:
    """Predictions that count: asserted/claimed/alleged ones, not the derived membership links."""
    return [r for r in rels if r.certainty not in NOT_ASSERTED and "membership" not in r.extractor]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def evaluate(nlp: Any, rows: list[dict[str, Any]], *, errors: bool = False) -> dict[str, Any]:
    """Scores for the rows; with errors, the misses and false alarms are logged."""
    by_sentence: dict[str, list[Gold]] = defaultdict(list)
    for row in rows:
        by_sentence.setdefault(row["sentence"], [])
        if row["type"]:
            by_sentence[row["sentence"]].append(Gold(row["source"], row["target"], row["type"]))
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    ftp: Counter[str] = Counter()
    ffp: Counter[str] = Counter()
    ffn: Counter[str] = Counter()
    pairs_found = 0
    type_right = 0
    for i, (sentence, golds) in enumerate(by_sentence.items()):
        preds = _scored(extract(nlp, sentence, f"eval{i}"))
        used: set[int] = set()
        for g in golds:
            hit = None
            for j, r in enumerate(preds):
                if j in used:
                    continue
                same_pair, direct = _pair(g, r)
                if same_pair:
                    hit = (j, r, direct)
                    if r.type == g.type:
                        break
            if hit is None:
                fn[g.type] += 1
                ffn[FAMILIES[g.type]] += 1
                if errors:
                    log.warning("MISS %s(%s -> %s): %s", g.type, g.source, g.target, sentence)
                continue
            j, r, direct = hit
            used.add(j)
            pairs_found += 1
            ok_dir = direct or r.type in SYMMETRIC
            if r.type == g.type and ok_dir:
                type_right += 1
                tp[g.type] += 1
            else:
                fp[r.type] += 1
                fn[g.type] += 1
                if errors:
                    log.warning("TYPE %s(%s -> %s) predicted %s(%s -> %s): %s", g.type, g.source, g.target,
                                r.type, r.source.text, r.target.text, sentence)
            if FAMILIES[r.type] == FAMILIES[g.type] and (ok_dir or FAMILIES[g.type] in SYMMETRIC):
                ftp[FAMILIES[g.type]] += 1
            else:
                ffp[FAMILIES[r.type]] += 1
                ffn[FAMILIES[g.type]] += 1
        for j, r in enumerate(preds):
            if j not in used:
                fp[r.type] += 1
                ffp[FAMILIES[r.type]] += 1
                if errors:
                    log.warning("FALSE %s(%s -> %s) [%s]: %s", r.type, r.source.text, r.target.text,
                                r.trigger.text if r.trigger else "", sentence)
    per_type = {t: _prf(tp[t], fp[t], fn[t]) for t in relations.FAMILIES}
    families = {f: _prf(ftp[f], ffp[f], ffn[f]) for f in FAMILY_NAMES}
    return {
        "sentences": len(by_sentence),
        "gold_relations": sum(len(g) for g in by_sentence.values()),
        "per_type": per_type,
        "families": families,
        "macro_f1": round(sum(f["f1"] for f in families.values()) / len(families), 3),
        "type_accuracy": round(type_right / pairs_found, 3) if pairs_found else 0.0,
        "pairs_found": pairs_found,
        "mentions": "resolver" if _resolver_available() else "spacy-ner stand-in",
    }


def load_rows(path: Path = DATA) -> list[dict[str, Any]]:
    """The annotated rows."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def available_splits() -> tuple[str, ...]:
    """The splits that can be scored now: all of SPLITS but an optional one whose file is missing."""
    return tuple(s for s in SPLITS if s not in OPTIONAL or FILES[s].exists())


def rows_for(split: str) -> list[dict[str, Any]]:
    """The rows of one split: dev or heldout (by hash) of relations_dev.jsonl, a later file, or all of the first."""
    if split in FILES:
        return load_rows(FILES[split])
    if split not in ("dev", "heldout", "all"):
        raise ValueError(f"unknown split {split!r}")
    rows = load_rows()
    return rows if split == "all" else [r for r in rows if split_of(r["sentence"]) == split]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all", "both"), default="both",
                        help="both (default): every split whose file exists, scored separately")
    parser.add_argument("--errors", action="store_true",
                        help="log misses and false alarms (the TUNING splits only, never heldout or held2-held4)")
    parser.add_argument("--json", type=Path, help="write the scores here")
    parser.add_argument("--file", type=Path,
                        help="score this JSON-lines file (the dev row format) instead of the splits, e.g. one "
                             "round of a tuning set; --errors is refused for the held-out files")
    parser.add_argument("--rules-only", action="store_true",
                        help="score the phrase rules alone, without the learned back-off")
    args = parser.parse_args(argv)
    global RULES_ONLY
    RULES_ONLY = args.rules_only
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    from newsevents.nlp import load

    nlp = load(with_ruler=True)
    splits = available_splits() if args.split == "both" else (args.split,)
    out: dict[str, Any] = {}
    if args.file is not None:
        held = args.file.resolve() in (HELD2.resolve(), HELD3.resolve(), HELD4.resolve(), HELD7.resolve())
        out[args.file.name] = evaluate(nlp, load_rows(args.file), errors=args.errors and not held)
        splits = ()
    for name in splits:
        out[name] = evaluate(nlp, rows_for(name), errors=args.errors and name in TUNING)
    text = json.dumps(out, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
