"""A literal pre-filter for regular expressions scanned once per sentence (speed only: same matches).

Most readers of the relation stage scan every sentence with a pattern opening with a word boundary and a long
alternation ("\\b(?:splinter|breakaway|...)"): the regex engine finds no literal prefix to skip to and tries the
alternation at every position, about 15-25 microseconds a sentence. `gated(pattern)` reads off the pattern the
literal strings one of which every match must hold (from a required part of the pattern: a run of literal
characters or small character classes, an alternation whose every branch holds such a run, or a lookahead, which
reads inside the window; never from a lookbehind or a negative lookahead), and a search in a
window that holds none of them (compared lower-cased, so case-insensitive parts are covered) returns no match
without running the engine. A window with a non-ASCII character is always scanned (case folding may then match
letters lower() does not give: "ſ" matches "s" under IGNORECASE), and a pattern with no such literals is returned
unchanged. Lookbehinds may read before the window's start, never consume it: the gate holds for them too.
"""

from __future__ import annotations

import re
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser as _P  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = frozenset({_C.AT, _C.ASSERT, _C.ASSERT_NOT})


def _usable(found: frozenset[str] | None) -> bool:
    """Literals the gate can test: each a non-empty string whose letters are ASCII (a letter outside ASCII may be
    matched under IGNORECASE by an ASCII one: "K", the Kelvin sign, matches "k"); other characters ("–", "’") match
    only themselves."""
    return bool(found) and all(s and all(c.isascii() or not c.isalpha() for c in s) for s in found)  # type: ignore[union-attr]


def _chars(op: Any, av: Any) -> frozenset[str] | None:
    """The characters one item matches, when it is one character from a small known set: a literal, a class of
    literals and ranges ("[-–]", "[Tt]"), or a digit ("\\d": in an ASCII window only 0-9 are digits)."""
    if op is _C.LITERAL:
        return frozenset({chr(av)})
    if op is not _C.IN:
        return None
    out: set[str] = set()
    for o, a in av:
        if o is _C.LITERAL:
            out.add(chr(a))
        elif o is _C.RANGE and a[1] - a[0] < 64:
            out.update(chr(c) for c in range(a[0], a[1] + 1))
        elif o is _C.CATEGORY and a is _C.CATEGORY_DIGIT:
            out.update("0123456789")
        else:
            return None
    return frozenset(out) if out else None


_MAX_STRINGS = 64


def _sequence_literals(items: Any) -> frozenset[str] | None:
    """The most selective set of strings one of which every match of the sequence holds; None if none is known."""
    best: frozenset[str] | None = None
    run: set[str] = set()  # the strings the run of single characters read so far may be

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if not _usable(found):
            return
        found = frozenset(s.lower() for s in found)  # type: ignore[union-attr]
        if best is None or min(map(len, found)) > min(map(len, best)) or (
                min(map(len, found)) == min(map(len, best)) and len(found) < len(best)):
            best = found

    for op, av in items:
        chars = _chars(op, av)
        if chars is not None and len(run or {""}) * len(chars) <= _MAX_STRINGS:
            run = {x + c for x in (run or {""}) for c in chars}
            continue
        if run:
            consider(frozenset(run))
            run = set()
        if chars is not None:  # (too many strings: this character starts a new run)
            run = set(chars)
            continue
        if op is _C.ASSERT and av[0] == 1:
            # a lookahead reads inside the window (the search never looks past endpos); a lookbehind may read
            # before its start, and a negative one requires nothing
            consider(_sequence_literals(av[1]))
            continue
        if op in _ZERO_WIDTH:
            continue
        consider(_item_literals(op, av))
    if run:
        consider(frozenset(run))
    return best


def _item_literals(op: Any, av: Any) -> frozenset[str] | None:
    if op is _C.SUBPATTERN:
        return _sequence_literals(av[-1])
    if op is _C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            found = _sequence_literals(alt)
            if not found:
                return None
            out |= found
        return frozenset(out)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence_literals(av[2])
    if op is _C.ATOMIC_GROUP:
        return _sequence_literals(av)
    return None


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased ASCII strings one of which every match of the pattern holds (None: none known)."""
    try:
        parsed = _P.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a parser change only costs the gate
        return None
    found = _sequence_literals(list(parsed))
    if not found:
        return None
    # a shorter literal inside a longer one makes the longer one redundant
    return frozenset(s for s in found if not any(t != s and t in s for t in found))


# the last window read: (text, pos, endpos, its lower-cased text or None when not ASCII), replaced as one tuple
_last: tuple[Any, int, int | None, str | None] = (None, -1, -1, None)


def _window(text: Any, pos: int, endpos: int | None) -> str | None:
    """The window lower-cased (None: not ASCII, or not a string), kept for the next call."""
    global _last
    low = None
    if isinstance(text, str):
        n = len(text)
        a = min(max(pos, 0), n)
        b = n if endpos is None else min(max(endpos, a), n)
        window = text[a:b]
        low = window.lower() if window.isascii() else None
    _last = (text, pos, endpos, low)
    return low


class GatedPattern:
    """A compiled pattern behind its literal gate: search, match, fullmatch, finditer and findall check the window
    for one of the literals first; everything else is the pattern's own."""

    __slots__ = ("pattern_object", "literals")

    def __init__(self, pattern: re.Pattern[str], literals: frozenset[str]) -> None:
        self.pattern_object = pattern
        self.literals = tuple(sorted(literals, key=len))

    def _absent(self, text: str, pos: int, endpos: int | None) -> bool:
        last = _last
        if last[0] is text and last[1] == pos and last[2] == endpos:
            low = last[3]  # (the window of the last call: the readers of one sentence share it)
        else:
            low = _window(text, pos, endpos)
        if low is None:
            return False
        for s in self.literals:
            if s in low:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if self._absent(text, pos, endpos):
            return None
        return self.pattern_object.search(text, pos) if endpos is None else \
            self.pattern_object.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if self._absent(text, pos, endpos):
            return None
        return self.pattern_object.match(text, pos) if endpos is None else \
            self.pattern_object.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if self._absent(text, pos, endpos):
            return None
        return self.pattern_object.fullmatch(text, pos) if endpos is None else \
            self.pattern_object.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):  # type: ignore[no-untyped-def]
        if self._absent(text, pos, endpos):
            return iter(())
        return self.pattern_object.finditer(text, pos) if endpos is None else \
            self.pattern_object.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        if self._absent(text, pos, endpos):
            return []
        return self.pattern_object.findall(text, pos) if endpos is None else \
            self.pattern_object.findall(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("pattern_object", "literals"):
            raise AttributeError(name)  # (copy and pickle ask before the slots are set: no recursion)
        return getattr(self.pattern_object, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return GatedPattern, (self.pattern_object, self.literals)

    def __repr__(self) -> str:
        return f"gated({self.pattern_object!r})"


def gated(pattern: re.Pattern[str], min_len: int = 3) -> Any:
    """The pattern behind its literal gate, or the pattern itself when no literal is known or the shortest is under
    min_len characters (a gate of single letters would pass nearly every sentence: it only costs) (module
    docstring)."""
    literals = required_literals(pattern)
    return GatedPattern(pattern, literals) if literals and min(map(len, literals)) >= min_len else pattern
