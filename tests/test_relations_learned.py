"""The learned back-off experiment (eval/relations_learned.py): its folds, labels, features and scoring."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from conftest import load_script
from newsevents.models import ActorRef, Relation, TextSpan
from newsevents.nlp import remember_text


def _doc() -> tuple[Doc, ActorRef, ActorRef]:
    words = ["The", "Red", "Front", "pledged", "allegiance", "to", "the", "Blue", "Army", "."]
    heads = [2, 2, 3, 3, 3, 3, 8, 8, 5, 3]
    deps = ["det", "compound", "nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 8 + [False, False], heads=heads, deps=deps,
              lemmas=["the", "red", "front", "pledge", "allegiance", "to", "the", "blue", "army", "."])
    remember_text(doc, doc.text)
    a = ActorRef(text="Red Front", span=(4, 13), actor_id=None, name="Red Front", kind="armed_group")
    b = ActorRef(text="Blue Army", span=(40, 49), actor_id=None, name="Blue Army", kind="armed_group")
    assert doc.text[4:13] == "Red Front" and doc.text[40:49] == "Blue Army"
    return doc, a, b


def test_loso_folds_leave_each_set_out_once() -> None:
    mod = load_script("eval/relations_learned.py")
    folds = mod.loso_folds(["dev", "dev2", "held5"])
    assert [name for name, _ in folds] == ["dev", "dev2", "held5"]
    assert all(name not in train and len(train) == 2 for name, train in folds)


def test_learned_features_read_words_between_and_the_dependency_path() -> None:
    mod = load_script("eval/relations_learned.py")
    doc, a, b = _doc()
    f = mod.pair_features(doc, a, b, [a, b], "pledge>")
    assert {"bl=pledge", "bw=allegiance", "rule=pledge>", "l1=the", "dist=3-5"} <= set(f)
    assert "path=nsubj^ pledge prepv pobjv" in f
    lexical = mod.features_of(mod.Pair("s", a, b, (0, 50), f, True, "pledge>"), True)
    assert not any(k.startswith("rule") for k in lexical) and "bl=pledge" in lexical


def test_learned_labels_carry_direction_and_symmetric_types_none() -> None:
    mod = load_script("eval/relations_learned.py")
    _, a, b = _doc()
    assert mod.gold_label([{"source": "Red Front", "target": "Blue Army", "type": "pledge"}], a, b) == "pledge>"
    assert mod.gold_label([{"source": "Blue Army", "target": "Red Front", "type": "pledge"}], a, b) == "pledge<"
    assert mod.gold_label([{"source": "Blue Army", "target": "Red Front", "type": "alliance"}], a, b) == "alliance"
    assert mod.gold_label([{"source": "Green Band", "target": "Red Front", "type": "split"}], a, b) == "none"
    rel = Relation(id="r", doc_id="d", type="split", source=b, target=a, sentence=TextSpan("s", (0, 50)))
    assert mod.rule_label([rel], a, b) == "split<"


def test_backoff_adds_only_for_pairs_the_rules_left_alone() -> None:
    mod = load_script("eval/relations_learned.py")
    doc, a, b = _doc()
    covered = mod.Pair(doc.text, a, b, (0, 50), {}, True, "pledge>")
    free = mod.Pair(doc.text, a, b, (0, 50), {}, False, "pledge>")
    parsed_covered = mod.Parsed(doc.text, [], [covered])
    parsed_free = mod.Parsed(doc.text, [], [free])
    assert mod.model_relations(parsed_covered, [("pledge>", 0.9)], threshold=0.5, backoff=True) == []
    (rel,) = mod.model_relations(parsed_free, [("pledge<", 0.9)], threshold=0.5, backoff=True)
    assert (rel.type, rel.source.text, rel.target.text) == ("pledge", "Blue Army", "Red Front")
    assert mod.model_relations(parsed_free, [("pledge>", 0.4)], threshold=0.5, backoff=True) == []


def test_backoff_scores_through_the_relation_evaluator() -> None:
    mod = load_script("eval/relations_learned.py")
    doc, a, b = _doc()
    parsed = [mod.Parsed(doc.text, [], [mod.Pair(doc.text, a, b, (0, 50), {}, False, "pledge>")])]
    rows = [{"sentence": doc.text, "source": "Red Front", "target": "Blue Army", "type": "pledge"}]
    assert mod.score(parsed, rows, mod.tables(parsed, None))["families"]["affiliation"]["fn"] == 1
    added = mod.score(parsed, rows, mod.tables(parsed, [[("pledge>", 0.9)]], threshold=0.5))
    assert added["families"]["affiliation"]["tp"] == 1
