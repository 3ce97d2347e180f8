"""A pipeline component that starts a new sentence at paragraph breaks and after headline-like lines."""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Token

_FINAL = {".", "!", "?", "\u201d", '"', "\u2026", ":"}


def _line_start_of(doc: Doc, i: int) -> int:
    """Index of the first token on the line that ends just before token i."""
    j = i - 1
    while j > 0 and not (doc[j - 1].is_space and "\n" in doc[j - 1].text) and "\n" not in doc[j - 1].whitespace_:
        j -= 1
    return j


def _breaks_here(doc: Doc, i: int) -> bool:
    prev: Token = doc[i - 1]
    gap = prev.text if prev.is_space else prev.whitespace_
    if "\n" not in gap:
        return False
    if gap.count("\n") >= 2:
        return True  # a blank line: a new paragraph
    last = doc[i - 2] if prev.is_space and i >= 2 else prev
    if last.text in _FINAL:
        return True
    line = doc[_line_start_of(doc, i - (1 if prev.is_space else 0)):i]
    # a short line that stops without punctuation is a headline or label, not a line wrapped mid-sentence
    return len(line.text.strip()) < 60 and doc[i].text[:1].isupper()


@Language.component("line_boundaries", assigns=["token.is_sent_start"])
def line_boundaries(doc: Doc) -> Doc:
    """The parser never joins a headline to the lead, or one paragraph to the next."""
    # a line break is always in a whitespace token (a token's own trailing whitespace_ is "" or one space),
    # so only the tokens after one are looked at
    for space in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]):
        i = int(space) + 1
        if doc[i].is_space or not _breaks_here(doc, i):
            continue
        doc[i].is_sent_start = True
        # and the line's first word is not a sentence by itself ("Armed | men rampaged")
        if i + 1 < len(doc) and not doc[i].is_punct and not doc[i + 1].is_punct \
                and not doc[i + 1].is_space and "\n" not in doc[i].whitespace_:
            doc[i + 1].is_sent_start = False
    return doc
