"""Coded error messages (one place for every sentence a user may read) and the exceptions that carry them."""

from __future__ import annotations

from enum import Enum


class Errors(str, Enum):
    """Each code: a short reason key (used to count errors) and a sentence a person understands."""

    E001 = ("not_found", "The path {path} does not exist.")
    E002 = ("binary", "The file looks binary ({detail}), not a text, HTML, JSONL or CSV article.")
    E003 = ("encoding", "The bytes are not valid UTF-8 ({detail}) and no other text encoding fits them.")
    E004 = ("empty", "The document is empty (no text after cleaning).")
    E005 = ("too_large", "The document is {size:,} bytes, over the {limit:,}-byte size cap (setting max_bytes).")
    E006 = ("no_article", "The HTML page has no article text that could be extracted.")
    E007 = ("language", "The document is in {language!s}, not a language this pipeline processes ({allowed}).")
    E008 = ("bad_json", "Line {line} of the JSONL file is not valid JSON: {detail}.")
    E009 = ("no_text_column", "The CSV file has no 'text' column (columns: {columns}).")
    E010 = ("duplicate", "The document is identical to one already read (id {doc_id}); it was skipped.")
    E011 = ("too_short", "The document has only {chars} characters of text after cleaning; too little to code.")
    E012 = ("bad_record", "Line {line} has no usable 'text' field.")
    E013 = ("unsupported", "The file type {suffix!s} is not one newsevents reads (.txt, .html, .htm, .jsonl, .csv).")
    E014 = ("failed", "Processing failed unexpectedly: {detail}.")
    E015 = ("bad_date", "The date {value!r} was rejected: {detail}.")
    E016 = ("kb_format", "The actor file {path} could not be read: {detail}.")

    def __new__(cls, reason: str, template: str) -> "Errors":
        obj = str.__new__(cls, template)
        obj._value_ = template
        obj.reason = reason  # type: ignore[attr-defined]
        obj.template = template  # type: ignore[attr-defined]
        return obj

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        return self.template.format(**kwargs)  # type: ignore[attr-defined]


class NewsEventsError(Exception):
    """An expected, explainable failure: carries the code, the reason key and the sentence."""

    def __init__(self, code: Errors, **kwargs: object) -> None:
        self.code = code
        self.reason: str = code.reason  # type: ignore[attr-defined]
        self.message = code.format(**kwargs)
        super().__init__(f"[{code.name}] {self.message}")


class DocumentError(NewsEventsError):
    """One document cannot be processed; the run goes on."""

    @classmethod
    def from_record(cls, record: "object") -> "DocumentError":
        """Re-raise an error record (source, error, code) as an exception, for the one-document API."""
        exc = cls.__new__(cls)
        exc.code = Errors[getattr(record, "code", "E014")] if getattr(record, "code", "") in Errors.__members__ \
            else Errors.E014
        exc.reason = getattr(record, "reason", "failed")
        exc.message = getattr(record, "error", "failed")
        Exception.__init__(exc, f"[{exc.code.name}] {exc.message}")
        return exc
