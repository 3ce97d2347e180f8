"""Name normalisation shared by the gazetteer build, its lookups and toponym matching."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
_POSSESSIVE = re.compile(r"'s?$")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/]+")
_DROP = re.compile(r"[.,;:!?\"()\[\]{}]")


def fold(text: str) -> str:
    """Strip accents and casefold: 'Grózni' -> 'grozni'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def normalize(text: str) -> str:
    """The lookup key of a name: folded, no dots or possessive, hyphens as spaces, no leading 'the'."""
    key = fold(text.translate(_APOSTROPHES)).strip()
    key = _POSSESSIVE.sub("", key)
    key = _DROP.sub("", key)
    key = _SEPARATORS.sub(" ", key).strip(" '")
    if key.startswith("the "):
        key = key[4:]
    return key


def is_latin(text: str) -> bool:
    """True when every letter of the name is Latin script (accents allowed)."""
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in unicodedata.normalize("NFKD", text))
