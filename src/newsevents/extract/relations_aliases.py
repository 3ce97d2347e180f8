"""Aliases named in one breath: "the National Front for Liberation (NFL)", "the Gulf Clan, also known as the
Autodefensas Gaitanistas de Colombia", "NAS, the National Salvation Front", "Jaish al-Adl, formerly known as
Jundallah". The second name is the same actor as the first: it takes the first one's id and name, so that no
relation is read between the two and a relation told with either name reaches the same actor."""

from __future__ import annotations

import dataclasses
import re

from newsevents.extract.actors import provisional_id
from newsevents.models import ActorRef

# what joins a name to its alias: brackets, or a comma and an alias phrase
_ALIAS_GAP = re.compile(
    r"\s*\(\s*(?:the\s+)?|"
    r"\s*,\s*(?:(?:also|commonly|better|widely|locally|previously|formerly|once)\s+)?(?:known|called|referred\s+to|"
    r"styled|dubbed)\s+(?:by\s+(?:its|their)\s+(?:\w+\s+)?(?:acronym|initials|name)\s+)?(?:as\s+)?(?:the\s+)?|"
    r"\s*,\s*(?:formerly|previously|once)\s+(?:the\s+)?|"
    r"\s*,\s*(?:the\s+)?(?:former|erstwhile)\s+|"
    r"\s*,\s*or\s+(?:the\s+)?|"
    r"\s*,\s*(?:the\s+)?",
    re.I)
# the kinds of mention that may be aliases of each other (a place or a state in brackets is a location)
_GROUP_KINDS = ("armed_group", "organisation", "organization", "group", "party", "militia")


def _initials(name: str) -> str:
    """The capital letters that open the words of a name: 'National Salvation Front' -> 'NSF'."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())


def _acronym_of(short: str, full: str) -> bool:
    """Whether short is written like an acronym that full's capitals could spell (loosely: same first letter and
    most of the letters, as with translated names: 'NAS' for 'National Salvation Front')."""
    letters = re.sub(r"[^A-Z]", "", short)
    if len(letters) < 2 or short != short.upper() and not re.fullmatch(r"[A-Z][A-Za-z]{1,5}", short):
        return False
    caps = _initials(full)
    return bool(caps) and letters[0] == caps[0] and len(set(letters) & set(caps)) >= min(2, len(letters))


def _same_sort(a: ActorRef, b: ActorRef) -> bool:
    """Both organisations, or both persons."""
    if a.kind == "person" or b.kind == "person":
        return a.kind == b.kind == "person"
    return a.kind in _GROUP_KINDS and b.kind in _GROUP_KINDS


def _alias_pair(text: str, a: ActorRef, b: ActorRef) -> bool:
    """Whether b, right after a, is named as a's alias."""
    gap = _ALIAS_GAP.fullmatch(text, a.span[1], b.span[0])
    if gap is None or not _same_sort(a, b):
        return False
    joined = gap.group(0)
    if "(" in joined:
        return text[b.span[1]:b.span[1] + 1] == ")"
    if re.fullmatch(r"\s*,\s*(?:or\s+)?(?:the\s+)?", joined, re.I):
        # a bare appositive (or "X, or Y", which may close a list) is an alias only when one name spells the
        # other's initials ("NAS, the National Salvation Front,"), and it closes there
        closes = re.match(r"\s*[,)]", text[b.span[1]:b.span[1] + 3])
        return bool(closes) and (_acronym_of(a.text, b.text) or _acronym_of(b.text, a.text))
    return True


def link_aliases(text: str, mentions: list[ActorRef]) -> list[ActorRef]:
    """The mentions with each alias given the id and name of the name it glosses (the one the knowledge base knows,
    else the first)."""
    ordered = sorted(mentions, key=lambda m: m.span)
    out = {m.span: m for m in ordered}
    named = [m for m in ordered if m.via != "coreference"]
    for a, b in zip(named, named[1:]):
        if a.actor_id is not None and a.actor_id == b.actor_id or not _alias_pair(text, a, b):
            continue
        a, b = out[a.span], out[b.span]
        keep, alias = (b, a) if a.provisional and not b.provisional else (a, b)
        out[alias.span] = dataclasses.replace(alias, actor_id=keep.actor_id, name=keep.name,
                                              provisional=keep.provisional)
    return [out[m.span] for m in mentions]


def drop_bracketed(text: str, mentions: list[ActorRef]) -> list[ActorRef]:
    """The mentions less an acronym in brackets right after the name it stands for ("the Arakan Army (AA) and the
    ARSA"), which would only stand between the name and the words joining it to the next one."""
    ordered = sorted((m for m in mentions if m.via != "coreference"), key=lambda m: m.span)
    gone = {b.span for a, b in zip(ordered, ordered[1:]) if a.actor_id is not None and a.actor_id == b.actor_id and
            re.fullmatch(r"\s*\(\s*", text[a.span[1]:b.span[0]]) and text[b.span[1]:b.span[1] + 1] == ")"}
    return [m for m in mentions if m.span not in gone]


# "the Baloch Raji Aajoi Sangar (BRAS)": an acronym in brackets right after the words it spells out
_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Z0-9-]{1,7})\s*\)")
_NAME_WORD = re.compile(r"[\w'’-]+", re.UNICODE)
_LINKS = frozenset({"of", "for", "and", "the", "de", "del", "des", "du", "la", "el", "los", "las", "wal", "wa", "e"})


def _spelled_start(text: str, end: int, acronym: str) -> int | None:
    """Where the name that acronym spells out starts, the name ending at end: the capitalised words (with the
    small linking words inside a name) whose initials are exactly the acronym's letters."""
    letters = re.sub(r"[^A-Z]", "", acronym)
    words = list(_NAME_WORD.finditer(text, max(0, end - 160), end))
    caps: list[str] = []
    for w in reversed(words):
        word = w.group(0)
        if word[:1].isupper():
            caps.insert(0, word[0])
            if "".join(caps) == letters:
                return w.start()
            if len(caps) >= len(letters):
                return None
        elif word.lower() not in _LINKS or not caps:
            return None
    return None


def spelled_out(text: str, mentions: list[ActorRef]) -> list[ActorRef]:
    """The mentions with a name whose acronym follows in brackets widened to the whole name the acronym spells
    ("the Baloch Raji Aajoi Sangar (BRAS)": the tagger's "Raji Aajoi Sangar", a person, becomes the organisation
    "Baloch Raji Aajoi Sangar"); a name no mention covered is added."""
    out = list(mentions)
    for m in _BRACKETED_ACRONYM.finditer(text):
        end = len(text[:m.start()].rstrip())
        start = _spelled_start(text, end, m.group(1))
        if start is None:
            continue
        inside = [a for a in out if start <= a.span[0] and a.span[1] <= end and a.via != "coreference"]
        if any(a.span == (start, end) for a in inside) or any(
                a.span[0] < start < a.span[1] or a.span[0] < end < a.span[1] for a in out):
            continue  # already named whole, or part of a longer mention
        if inside and (inside[0].kind != "person" or len(inside) > 1):
            continue  # a known name inside is the tagger's reading: keep it
        name = text[start:end]
        out = [a for a in out if a not in inside]
        out.append(ActorRef(text=name, span=(start, end), actor_id=provisional_id(name), name=name,
                            kind="organisation", provisional=True, via="provisional", confidence=0.7,
                            extractor="relations:acronym"))
    return sorted(out, key=lambda a: a.span)
