"""Name normalisation shared by the gazetteer build, its lookups and toponym matching."""

from __future__ import annotations

import functools
import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
_POSSESSIVE = re.compile(r"'s?$")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/]+")
_DROP = re.compile(r"[.,;:!?\"()\[\]{}]")


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NON_LATIN = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff\u0300-\u036f\u2000-\u206f]")


def fold(text: str) -> str:
    """Strip accents and casefold: 'Grózni' -> 'grozni'."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


@functools.lru_cache(maxsize=65_536)
def normalize(text: str) -> str:
    """The lookup key of a name: folded, no dots or possessive, hyphens as spaces, no leading 'the' (cached: the
    same names are looked up again and again)."""
    key = fold(text.translate(_APOSTROPHES)).strip()
    key = _POSSESSIVE.sub("", key)
    key = _DROP.sub("", key)
    key = _SEPARATORS.sub(" ", key).strip(" '")
    if key.startswith("the "):
        key = key[4:]
    return key


# the Persian and Arabic words joining the parts of a name ('Mazar-i-Sharif', 'Dasht-e-Barchi',
# 'Qala-ye Naw'), which news and GeoNames spell in several ways ('Mazar-e Sharif')
CONNECTORS = ("e", "i", "ye", "yi")


def connector_variants(key: str) -> list[str]:
    """The other spellings of a normalised name that differ only in its connector words
    ('mazar i sharif' -> 'mazar e sharif', 'mazar ye sharif', 'mazar yi sharif'); [] when the name
    has none between two longer words."""
    words = key.split(" ")
    spots = [i for i in range(1, len(words) - 1)
             if words[i] in CONNECTORS and len(words[i - 1]) > 1 and len(words[i + 1]) > 1]
    if not spots:
        return []
    out = []
    for joiner in CONNECTORS:
        variant = " ".join(joiner if i in spots else w for i, w in enumerate(words))
        if variant != key:
            out.append(variant)
    return out


def is_latin(text: str) -> bool:
    """True when every letter of the name is Latin script (accents allowed)."""
    return text.isascii() or _NON_LATIN.search(text) is None
