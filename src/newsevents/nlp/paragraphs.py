"""A pipeline component that starts a new sentence at every line break (headlines, paragraphs, posts)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("line_boundaries", assigns=["token.is_sent_start"])
def line_boundaries(doc: Doc) -> Doc:
    """The parser never joins text across a line break: a headline is not the start of the lead."""
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_:
            if not doc[i].is_space:
                doc[i].is_sent_start = True
                # and the line's first word is not a sentence by itself ("Armed | men rampaged")
                if i + 1 < len(doc) and not doc[i].is_punct and not doc[i + 1].is_punct \
                        and not doc[i + 1].is_space and "\n" not in doc[i].whitespace_:
                    doc[i + 1].is_sent_start = False
    return doc
