"""A learned back-off for relations between groups: a linear model over the words between two group mentions.

The phrase rules (`relations`) are precise but learn only the wordings their authors read; on sentences by writers
nobody had read, their recall was 0.35-0.50. This model reads every pair of group mentions in a sentence that the
rules left without a relation and adds one when its most probable relation type reaches `THRESHOLD`.

Candidates are the mentions the rules themselves take as arguments (resolver mentions with coreference, aliases,
unknown names, members and descriptors). Features of an ordered pair (a before b): the words, lemmas and lemma
bigrams between them, three lemmas before a and four after b, their distance, the mentions in between, the
dependency path between their heads, and the kinds of the two mentions. The model is a multinomial logistic regression
over the eight relation types (the five directed ones in both directions) and "none", trained by
`python eval/relations_learned.py --train` on the written relation sets of `eval/data/`; its weights are numpy
arrays and JSON shipped in `newsevents/data/relation_model/` (no pickle, nothing downloaded).

A relation the model adds carries `extractor="relations.model/<version>"`, the probability as its confidence (times
`CONFIDENCE_SCALE`: a learned guess ranks below a rule), the words between the two mentions as its trigger, and the
certainty the rules' own hedging words give (`relations_dating.certainty`): "did not join" is denied, not a join.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span

from newsevents.extract import model_files, relations
from newsevents.extract.relations_args import SYMMETRIC, _sentences
from newsevents.extract.relations_dating import _date, certainty, framing
from newsevents.extract.relations_names import _member_refs, normalise_group_name
from newsevents.models import ActorRef, DateValue, Relation, TextSpan, TimeExpr
from newsevents.nlp import doc_text


NONE = "none"
EXTRACTOR = "relations.model"
# Chosen on relations_dev11-dev13 (three writers the rules had not read), with a model trained on the other sets:
# rules plus back-off at 0.45-0.55 scored 0.62-0.68 macro-F1 against 0.55-0.60 for the rules alone
# (docs/RELATIONS.md, "Learned back-off (session 9)").
THRESHOLD = 0.5
CONFIDENCE_SCALE = 0.8
MAX_TRIGGER_CHARS = 120


# --- candidates and features (shared with eval/relations_learned.py, which trains the model) ----------------


def candidates(doc: Doc, mentions: list[ActorRef]) -> list[tuple[tuple[int, int], list[ActorRef]]]:
    """Per sentence, the group mentions relations.run takes as arguments: those it kept on the doc when it ran with
    the same mentions, else found again by the same functions (`relations.sentence_arguments`)."""
    kept = doc.user_data.get(relations.SENTENCE_CANDIDATES)
    if kept is not None and kept[0] == id(mentions) and kept[1] == len(mentions):
        return kept[2]  # type: ignore[no-any-return]
    text = doc_text(doc)
    ms = relations.argument_mentions(text, mentions)
    sents = _sentences(doc)
    found = relations.sentence_arguments(doc, text, sents, ms, _member_refs(text, ms))
    return [(sent, a.cands if a else []) for sent, a in zip(sents, found)]


_MEDIA_SECTORS = frozenset({"JRN", "MED"})
# where announcements are posted, never a party to a relation ("posted the announcement on YouTube")
_PLATFORMS = frozenset("youtube twitter telegram facebook whatsapp instagram tiktok rumble vkontakte vk".split())


def pairable(a: ActorRef, b: ActorRef) -> bool:
    """Whether the model reads a pair at all: never a state (a government or its forces: "clashed with the army" is
    no relation between groups; 5% of such pairs in the written sets carry one) or two persons."""
    return "state" not in (a.kind, b.kind) and not (a.kind == b.kind == "person")


def group_like(ref: ActorRef) -> bool:
    """Whether a mention can be a party to a relation for the model: not a news outlet ("Reuters reported") or a
    platform the news was posted on. Unknown names stay: most groups the news names are not in the knowledge
    base."""
    if ref.sector in _MEDIA_SECTORS:
        return False
    return (ref.name or ref.text).strip().lower() not in _PLATFORMS


def actor_key(ref: ActorRef) -> str:
    """One key per actor: its knowledge-base id, else its normalised name."""
    return ref.actor_id or normalise_group_name(ref.name or ref.text)


def touches(ref: ActorRef, cand: ActorRef) -> bool:
    """Whether a relation's argument is this candidate (overlapping words or the same actor)."""
    return (ref.span[0] < cand.span[1] and cand.span[0] < ref.span[1]) or actor_key(ref) == actor_key(cand)


def related(rels: Sequence[Relation], a: ActorRef, b: ActorRef) -> bool:
    """Whether the rules found any relation between a and b."""
    return any((touches(r.source, a) and touches(r.target, b)) or (touches(r.source, b) and touches(r.target, a))
               for r in rels)


def _span(doc: Doc, ref: ActorRef) -> Span | None:
    return doc.char_span(ref.span[0], ref.span[1], alignment_mode="expand")


def dep_path(sa: Span, sb: Span) -> list[str]:
    """The dependency path from a's head to b's head: labels with arrows, lemmas of the words in between."""
    up_a = [sa.root, *sa.root.ancestors]
    up_b = [sb.root, *sb.root.ancestors]
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in ids_b:
            left, right = up_a[:n], up_b[:ids_b[t.i]]
            steps = [f"{x.dep_}^" for x in left] + [t.lemma_.lower() if t.i not in (sa.root.i, sb.root.i) else "*"]
            steps += [f"{x.dep_}v" for x in reversed(right)]
            mids = [x.lemma_.lower() for x in (*left[1:], *right[1:])]
            return steps + [f"~{m}" for m in mids]
    return ["<no-path>"]


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11-20" if n <= 20 else ">20"


def pair_features(doc: Doc, a: ActorRef, b: ActorRef, cands: list[ActorRef]) -> dict[str, float]:
    """Sparse features of one ordered pair (a before b): words between and around, dependency path, the mentions'
    kinds."""
    sa, sb = _span(doc, a), _span(doc, b)
    f: dict[str, float] = {"bias": 1.0, f"kind_a={a.kind}": 1.0, f"kind_b={b.kind}": 1.0, f"via_a={a.via}": 1.0,
                           f"via_b={b.via}": 1.0}
    if sa is None or sb is None:
        return f
    between = [t for t in doc[sa.end:sb.start] if not t.is_space]
    f[f"dist={_bucket(len(between))}"] = 1.0
    f[f"mid_mentions={_bucket(sum(1 for c in cands if a.span[1] <= c.span[0] and c.span[1] <= b.span[0]))}"] = 1.0
    lemmas = [t.lemma_.lower() for t in between]
    for t, lem in zip(between, lemmas):
        f[f"bw={t.lower_}"] = 1.0
        f[f"bl={lem}"] = 1.0
    for x, y in zip(lemmas, lemmas[1:]):
        f[f"bb={x}_{y}"] = 1.0
    if len(between) <= 4:
        f["bseq=" + "_".join(lemmas)] = 1.0
    for k, t in enumerate(reversed(doc[max(0, sa.start - 3):sa.start]), 1):
        f[f"l{k}={t.lemma_.lower()}"] = 1.0
        f[f"lw={t.lemma_.lower()}"] = 1.0
    for k, t in enumerate(doc[sb.end:sb.end + 4], 1):
        f[f"r{k}={t.lemma_.lower()}" if k <= 2 else f"rw={t.lemma_.lower()}"] = 1.0
    path = dep_path(sa, sb)
    steps = [s for s in path if not s.startswith("~")]
    f["path=" + " ".join(steps)] = 1.0
    for s in path:
        f[f"p={s}"] = 1.0
    return f


# --- the shipped model ------------------------------------------------------------------------


@dataclass(frozen=True)
class RelationModel:
    """A multinomial logistic regression stored as a weight row per feature name."""

    classes: tuple[str, ...]
    index: dict[str, int]  # feature name -> row of `weights`
    weights: np.ndarray  # (features, classes)
    intercept: np.ndarray  # (classes,)
    version: str

    def probabilities(self, features: dict[str, float]) -> np.ndarray:
        """The probability of each class for one pair's features (unknown features are ignored)."""
        rows, values = [], []
        for name, value in features.items():
            row = self.index.get(name)
            if row is not None:
                rows.append(row)
                values.append(value)
        z = self.intercept + np.asarray(values) @ self.weights[rows] if rows else self.intercept.copy()
        z -= z.max()
        e = np.exp(z)
        return e / e.sum()  # type: ignore[no-any-return]

    def best(self, features: dict[str, float]) -> tuple[str, float]:
        """The most probable relation label other than none, and its probability."""
        p = self.probabilities(features)
        order = [k for k in np.argsort(-p) if self.classes[k] != NONE]
        return self.classes[order[0]], float(p[order[0]])


def save(path: Any, classes: Sequence[str], features: Sequence[str], weights: np.ndarray, intercept: np.ndarray,
         meta: dict[str, Any]) -> None:
    """Write a model to a folder: meta.json (classes, feature names, provenance) and weights.npz."""
    path.mkdir(parents=True, exist_ok=True)
    (path / "meta.json").write_text(json.dumps({"classes": list(classes), "features": list(features), **meta},
                                               ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    with (path / "weights.npz").open("wb") as fh:
        np.savez_compressed(fh, weights=weights.astype(np.float32), intercept=intercept.astype(np.float32))


def from_arrays(meta: dict, arrays: dict[str, np.ndarray]) -> RelationModel:
    """Build the model from its JSON metadata and numpy arrays."""
    weights, intercept = arrays["weights"].astype(np.float64), arrays["intercept"].astype(np.float64)
    return RelationModel(tuple(meta["classes"]), {f: i for i, f in enumerate(meta["features"])}, weights, intercept,
                         str(meta.get("version", "1")))


@functools.lru_cache(maxsize=1)
def load() -> RelationModel | None:
    """The shipped model, or None when the package carries none (the rules then work alone)."""
    return model_files.load("relation_model", from_arrays, "relation model", "relations come from the rules alone")


# --- back-off ---------------------------------------------------------------------------------


def backoff(doc: Doc, mentions: list[ActorRef], rules: Sequence[Relation], *, doc_id: str,
            times: Sequence[TimeExpr] = (), published: DateValue | None = None,
            model: RelationModel | None = None, threshold: float = THRESHOLD) -> list[Relation]:
    """The model's relations for the pairs of group mentions the rules left unrelated: per sentence and pair of
    actors, the most probable relation type when it reaches `threshold`."""
    model = model or load()
    if model is None:
        return []
    text = doc_text(doc)
    out: list[Relation] = []
    for sent, found in candidates(doc, mentions):
        cands = sorted(found, key=lambda m: m.span)
        best: dict[tuple[str, str], tuple[ActorRef, ActorRef, str, float]] = {}
        for x, a in enumerate(cands):
            before = cands[x - 1] if x else None
            for y in range(x + 1, min(len(cands), x + 1 + MAX_MENTIONS_APART)):
                b, after = cands[y], cands[y + 1] if y + 1 < len(cands) else None
                if (actor_key(a) == actor_key(b) or b.span[0] < a.span[1] or not pairable(a, b) or _pronoun(a) or _pronoun(b)
                        or not (group_like(a) and group_like(b)) or _listed(text, a, b, before, after)
                        or related(rules, a, b)):
                    continue
                label, prob = model.best(pair_features(doc, a, b, cands[x:x + 1 + MAX_MENTIONS_APART]))
                key = (min(actor_key(a), actor_key(b)), max(actor_key(a), actor_key(b)))
                if prob >= threshold and (key not in best or prob > best[key][3]):
                    best[key] = (a, b, label, prob)
        for a, b, label, prob in best.values():
            out.append(_relation(text, sent, a, b, label, prob, doc_id, times, published, model.version))
    return out


def _pronoun(ref: ActorRef) -> bool:
    """A pronoun or a bare descriptor the coreference step resolved ("itself", "its", "the new group"): the model reads
    no pair through it (held7: the antecedent it took was the wrong group in most such pairs; the rules, which read the
    clause's subject, keep them)."""
    return ref.via == "coreference"


# A pair further apart than this many mentions is not read: relations between groups are told close together, and
# a long list ("X, Y, Z, ... and W") would otherwise make the cost grow with the cube of its length.
MAX_MENTIONS_APART = 6
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$", re.IGNORECASE)
_PUNCT_GAP = re.compile(r"^[\s,;:/()\-\u2013\u2014]*$")


def _listed(text: str, a: ActorRef, b: ActorRef, before: ActorRef | None, after: ActorRef | None) -> bool:
    """Whether a and b are two items of one list ("Boko Haram, ISWAP, JNIM and Ansaru were active"): nothing but
    punctuation between them, or a comma or "and" between them in a list of three or more (the next mention joined
    to b, or the previous one to a, the same way). Two groups joined by "and" alone stay readable ("X and Y fought
    side by side"), and so does an item of a list with a group outside it ("X and Y drove Z out")."""
    gap = text[a.span[1]:b.span[0]]
    if _PUNCT_GAP.match(gap):
        return True
    if not _LIST_GAP.match(gap):
        return False
    if after is not None and after.span[0] >= b.span[1] and _LIST_GAP.match(text[b.span[1]:after.span[0]]):
        return True
    return before is not None and before.span[1] <= a.span[0] and bool(_LIST_GAP.match(text[before.span[1]:a.span[0]]))


def _certainty(text: str, sent: tuple[int, int], a: ActorRef, b: ActorRef) -> str:
    """The hedging words between the pair, then what the rest of the sentence puts on it as on a rule's relation
    (`relations_dating.framing`: a rumour, a later denial, "no court has shown that"; session 17)."""
    cert = certainty(text[a.span[0]:b.span[1]])
    if cert in ("asserted", "claimed", "alleged"):
        cert = framing(text, sent, (a.span[0], b.span[1])) or cert
    return cert


_ARROW = re.compile(r"\s(?:-+>|→|=>)\s")


def _relation(text: str, sent: tuple[int, int], a: ActorRef, b: ActorRef, label: str, prob: float, doc_id: str,
              times: Sequence[TimeExpr], published: DateValue | None, version: str) -> Relation:
    kind = label.rstrip("<>")
    source, target = (b, a) if label.endswith("<") else (a, b)
    if kind in ("split", "affiliation") and _ARROW.search(text, a.span[1], b.span[0]):
        source, target = b, a  # notes: "X -> Y split", "X -> Y = armed wing": the arrow points to the offshoot, the wing
    lo, hi = a.span[1], b.span[0]
    if hi - lo > MAX_TRIGGER_CHARS or hi <= lo:
        lo, hi = a.span[0], b.span[1]
    trigger = (lo, hi) if hi - lo <= MAX_TRIGGER_CHARS else (a.span[0], a.span[1])
    return Relation(
        id="rel_" + hashlib.sha1(f"{doc_id}|model|{kind}|{source.span}|{target.span}".encode()).hexdigest()[:16],
        doc_id=doc_id, type=kind, source=source, target=target,
        sentence=TextSpan(text[sent[0]:sent[1]], sent),
        trigger=TextSpan(text[trigger[0]:trigger[1]], trigger),
        date=_date(text, sent, trigger, list(times), published),
        certainty=_certainty(text, sent, a, b), confidence=round(prob * CONFIDENCE_SCALE, 2),
        extractor=f"{EXTRACTOR}/{version}")
