"""Speed refactors of session 17 must not change what is read: the per-Doc entity cache equals Doc.ents and is
never shared between documents, the cached name key equals the direct one, cached fuzzy matches equal a fresh scan
and come as a new list each time, the article's places read once give every event the location read per event, and
the learned check's mean vector equals numpy's mean and norm."""

from __future__ import annotations

import numpy as np

from newsevents.extract import typing_learned
from newsevents.geo import get_gazetteer, names
from newsevents.geo.gazetteer import FUZZY_CUTOFF
from newsevents.geo.locate import ArticlePlaces, event_location
from newsevents.models import Place
from newsevents.nlp import entities, sentences

TEXT = ("Gunmen attacked a police post in Maiduguri, Borno state, on Monday, officials in Abuja said. "
        "The Nigerian army said troops killed 12 Boko Haram fighters near the Cameroon border.")
OTHER = "Protesters marched through Nairobi and Mombasa on Tuesday."


def test_entities_equal_doc_ents_and_are_cached_per_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, other = nlp(TEXT), nlp(OTHER)
    ents = entities(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert entities(doc) is ents  # built once per Doc
    assert [e.text for e in entities(other)] == [e.text for e in other.ents]  # not the first Doc's
    assert all(e.doc is other for e in entities(other))


def test_normalize_cached_equals_direct() -> None:
    for text in ("The Gambia", "Cox\u2019s Bazar", "Mazar-i-Sharif", "Grózni", "U.S.", "St. Louis"):
        assert names.normalize(text) == names.normalize.__wrapped__(text)


def test_fuzzy_cached_equals_a_fresh_scan_and_is_a_new_list() -> None:
    gaz = get_gazetteer()
    first = gaz.fuzzy("Makhachkalla")
    assert first == list(gaz._fuzzy(names.normalize("Makhachkalla"), 3, FUZZY_CUTOFF))  # the uncached scan
    first.clear()  # a caller's list is its own
    again = gaz.fuzzy("Makhachkalla")
    assert again and any(c.name == "Makhachkala" and c.match == "fuzzy" for c in again)
    assert gaz.fuzzy("Kyiv") == []  # a key under five letters: no scan


def _place(text: str, full: str, **kw) -> Place:  # type: ignore[no-untyped-def]
    start = full.index(text)
    return Place(doc_id="d", text=text, span=(start, start + len(text)), **kw)


def test_article_places_read_once_give_the_same_locations() -> None:
    text = ("Officials in Abuja said gunmen attacked Maiduguri. Troops clashed with rebels. "
            "Later, police in Kano arrested three men near the Niger border.")
    places = [
        _place("Abuja", text, name="Abuja", lat=9.06, lon=7.49, country="NG", feature="PPLC", score=1.0),
        _place("Maiduguri", text, name="Maiduguri", lat=11.85, lon=13.16, country="NG", admin1="Borno",
               feature="PPLA", score=1.0),
        _place("Kano", text, name="Kano", lat=12.0, lon=8.52, country="NG", admin1="Kano", feature="PPLA",
               score=1.0),
        _place("Niger", text, name="Niger", lat=17.6, lon=8.08, country="NE", feature="PCLI", score=1.0),
    ]
    article = ArticlePlaces(places, text)
    for word in ("attacked", "clashed", "arrested"):
        start = text.index(word)
        dot = text.rfind(". ", 0, start)
        sentence = (dot + 2 if dot >= 0 else 0, text.find(".", start) + 1)
        trigger = (start, start + len(word))
        assert event_location(places, sentence, trigger, text, article_places=article) == \
            event_location(places, sentence, trigger, text)


def test_mean_vector_equals_numpy_mean_and_norm(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    vectors = doc.vocab.vectors
    for sent in sentences(doc):
        got = typing_learned.mean_vector(sent)
        rows = vectors.find(keys=[t.orth for t in sent if t.is_alpha and not t.is_stop])
        rows = rows[rows >= 0]
        if not vectors.size or not len(rows):
            assert got is None
            continue
        v = np.asarray(vectors.data[rows], dtype=np.float64).mean(axis=0)
        assert got is not None and np.array_equal(got, v / float(np.linalg.norm(v)))
