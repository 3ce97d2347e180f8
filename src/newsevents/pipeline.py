"""The pipeline, top to bottom: read, clean, check, parse, find actors, places, times, events, relations."""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from newsevents import kb as kb_module
from newsevents import nlp as nlp_module
from newsevents.clean import boilerplate, corrections, language
from newsevents.config import Settings
from newsevents.errors import DocumentError, Errors
from newsevents.extract import actors, coref, events, places, relation_model, relations, times
from newsevents.geo.locate import ArticlePlaces
from newsevents.geo.outlet import outlet_country
from newsevents.incidents import merge_within_document
from newsevents.ingest.readers import RawDocument, read
from newsevents.models import Document, ErrorRecord, Extraction
from newsevents.nlp import doc_text, remember_text

log = logging.getLogger(__name__)


def document_id(text: str) -> str:
    """Content hash of the clean text, whitespace-insensitive: the same text, the same id."""
    canonical = re.sub(r"\s+", " ", text).strip()
    return "doc_" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class Prepared:
    """A document cleaned and checked, ready for the NLP stages."""

    document: Document


def prepare(raw: RawDocument, *, settings: Settings) -> Prepared:
    """Clean the text, check it is worth coding, build the document record (raises DocumentError)."""
    cleaned = boilerplate.run(raw.text)
    text = cleaned.text
    if not text.strip():
        raise DocumentError(Errors.E004)
    if len(text) < settings.min_chars:
        raise DocumentError(Errors.E011, chars=len(text))
    lang = raw.language
    if lang is None or lang.lower()[:2] not in settings.language_set:
        detected, _share = language.detect(text)
        if detected not in settings.language_set:
            raise DocumentError(Errors.E007, language=detected, allowed=settings.languages)
        lang = detected
    side_lines = "\n".join(r.text for r in cleaned.removed)  # photo captions and social posts carry dates
    published = times.document_date(text + ("\n" + side_lines if side_lines else ""), raw.published)
    title = raw.title or _title_from_text(text)
    doc = Document(
        id=document_id(text), source=raw.source, text=text, external_id=raw.external_id, title=title,
        outlet=raw.outlet, url=raw.url, authors=list(raw.authors) or cleaned.authors or None,
        published=published, language=lang[:2], removed=cleaned.removed,
        corrections=corrections.find(text), metadata=dict(raw.metadata),
    )
    return Prepared(doc)


def _title_from_text(text: str) -> str | None:
    first = text.split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 200 and not first.endswith((".", "!", "?")) else None


class Pipeline:
    """Holds the loaded models (spaCy, knowledge base, gazetteer) and codes documents."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        extra = tuple(p for p in [self.settings.kb_path] if p)
        self.kb = kb_module.get_kb(extra)
        self.nlp = nlp_module.load(self.settings.spacy_model)
        self.stage_seconds: Counter[str] = Counter()  # cumulative time per stage, for benchmarks

    def extract_prepared(self, batch: list[Prepared]) -> Iterator[Extraction]:
        texts = [p.document.text for p in batch]
        start = time.perf_counter()
        docs = list(self.nlp.pipe(texts, batch_size=16))
        self.stage_seconds["spacy"] += time.perf_counter() - start
        for text, prepared, doc in zip(texts, batch, docs):
            remember_text(doc, text)  # == doc.text, which spaCy rebuilds token by token on each access
            yield self.extract_doc(prepared.document, doc)

    @contextmanager
    def _timed(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.stage_seconds[stage] += time.perf_counter() - start

    def extract_doc(self, document: Document, doc) -> Extraction:  # type: ignore[no-untyped-def]
        """All extraction stages over one parsed document."""
        doc_id = document.id
        with self._timed("actors"):
            mentions = coref.resolve(doc, actors.find_mentions(doc, self.kb))
        with self._timed("places"):
            analysis = (places.analyse(doc, doc_id=doc_id, outlet_country=_outlet_country(document),
                                       headline=document.title)
                        if self.settings.geocode else None)
            found_places = analysis.places if analysis else []
            demonyms = analysis.demonyms if analysis else []
        with self._timed("times"):
            found_times = times.run(doc, doc_id=doc_id, published=document.published)
        text = doc_text(doc)

        def date_of(sent_span, trigger_span, past):  # type: ignore[no-untyped-def]
            return times.event_date(found_times, sent_span, trigger_span, text, document.published, past=past,
                                    doc=doc)

        def place_of(sent_span, trigger_span):  # type: ignore[no-untyped-def]
            return places.event_location(found_places, sent_span, trigger_span, text, demonyms=demonyms,
                                         article_places=article_places)

        with self._timed("events"):
            article_places = ArticlePlaces(found_places, text, demonyms)  # read once for all the events
            found_events = events.run(doc, mentions, doc_id=doc_id, date_of=date_of, place_of=place_of,
                                      min_confidence=self.settings.min_event_confidence)
            found_events = merge_within_document(found_events, text)
        with self._timed("relations"):
            found_relations = relations.run(doc, mentions, doc_id=doc_id, times=found_times,
                                            published=document.published)
            found_relations += relation_model.backoff(doc, mentions, found_relations, doc_id=doc_id,
                                                      times=found_times, published=document.published)
            found_relations += relations.relations_from_events(found_events)
        extraction = Extraction(document=document, events=found_events, relations=found_relations,
                                places=found_places, times=found_times)
        with self._timed("corrections"):
            return corrections.apply(extraction)

    def prepare_timed(self, raw: RawDocument) -> Prepared:
        with self._timed("clean+date"):
            return prepare(raw, settings=self.settings)

    def run(self, raws: Iterable[RawDocument | ErrorRecord], *, skip: Container[str] = frozenset(),
            batch_size: int = 16) -> Iterator[Extraction | ErrorRecord]:
        """Code a stream of raw documents; each bad one becomes one error record and the stream goes on.

        Documents whose id is in `skip` (already stored) or seen earlier in the stream are duplicates.
        """
        seen: set[str] = set()
        batch: list[Prepared] = []
        for raw in raws:
            if isinstance(raw, ErrorRecord):
                yield raw
                continue
            try:
                prepared = self.prepare_timed(raw)
            except DocumentError as exc:
                yield ErrorRecord(source=raw.source, error=exc.message, code=exc.code.name, reason=exc.reason)
                continue
            if prepared.document.id in seen or prepared.document.id in skip:
                exc = DocumentError(Errors.E010, doc_id=prepared.document.id)
                yield ErrorRecord(source=raw.source, error=exc.message, code=exc.code.name, reason=exc.reason)
                continue
            seen.add(prepared.document.id)
            batch.append(prepared)
            if len(batch) >= batch_size:
                yield from self._safe(batch)
                batch = []
        if batch:
            yield from self._safe(batch)

    def _safe(self, batch: list[Prepared]) -> Iterator[Extraction | ErrorRecord]:
        try:
            yield from list(self.extract_prepared(batch))
        except Exception:
            log.exception("batch failed; retrying its documents one by one")
            for prepared in batch:
                try:
                    yield from list(self.extract_prepared([prepared]))
                except Exception as exc:
                    log.exception("document %s failed", prepared.document.source)
                    err = DocumentError(Errors.E014, detail=f"{type(exc).__name__}: {exc}")
                    yield ErrorRecord(source=prepared.document.source, error=err.message, code=err.code.name,
                                      reason=err.reason)


def _outlet_country(document: Document) -> str | None:
    """The outlet's country from a country-code top-level domain of its host (.ru, .co.uk, ...)."""
    return outlet_country(document.url or document.metadata.get("domain"))


_pipelines: dict[Settings, Pipeline] = {}


def get_pipeline(settings: Settings) -> Pipeline:
    """One pipeline per settings per process (the spaCy model is loaded once)."""
    if settings not in _pipelines:
        _pipelines[settings] = Pipeline(settings)
    return _pipelines[settings]


def extract_paths(paths: Iterable[str | Path], *, settings: Settings) -> Iterator[Extraction | ErrorRecord]:
    """Read and code every document under the given paths."""
    return get_pipeline(settings).run(read(paths, settings=settings))

