"""A relative clause between a subject and its verb (session 18, third round): "Los Rastrojos, who began as the armed
wing of the Norte del Valle cartel, were routed by the Urabeños", "Família do Norte, which for years worked with
Comando Vermelho in the Amazon, massacred PCC inmates", "The National Front for Liberation, which grouped Faylaq
al-Sham and other factions, folded into the Syrian National Army". A rule whose trigger comes after the clause's
closing comma reads the nearest name before it as its subject, and that name lies inside the clause: the subject is
the name the clause hangs on ("X, which ..., VERB"), not one the clause names.

The clause is ", who|which|whose ... ," with no other comma inside, the trigger after its closing comma with no comma
between; a relation told inside the clause itself ("X, which broke from Y in 2004, later ...") is left alone. When the
clause hangs on a person ("P, who led X's brigade, took his followers to form Z") nothing changes (the person readers
have their own rules); when it hangs on an unnamed group ("The Michoacán umbrella, which includes X, has fought Y") the
relation is dropped: its subject has no name here."""

from __future__ import annotations

import dataclasses
import re

from newsevents.extract.relations_args import _Found
from newsevents.models import ActorRef

# ", which ... ," / ", who ... ," / ", whose ... ,": the clause, up to its first comma
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,;:()—–]{3,160},\s+")
# an unnamed group the clause hangs on: "The Michoacán umbrella, which ..."
_UNNAMED_GROUP = re.compile(r"\b(?:umbrella|group|coalition|alliance|faction|militia|organi[sz]ation|movement|network|"
                            r"gang|cartel|outfit)s?\s*$", re.I)


def _clause_before(text: str, sent: tuple[int, int], t0: int) -> re.Match[str] | None:
    """The last relative clause closing before the trigger, when no comma stands between its close and the trigger."""
    last = None
    for m in _RELATIVE.finditer(text, sent[0], t0):
        last = m
    if last is None or re.search(r"[,;:]", text[last.end():t0]):
        return None
    return last


def relative_subjects(text: str, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations, an argument read from inside a relative clause before the trigger replaced by the
    name the clause hangs on (or the relation dropped when that is an unnamed group)."""
    out: list[_Found] = []
    for f in found:
        rc = _clause_before(text, sent, f.trigger[0])
        if rc is None:
            out.append(f)
            continue
        a, b = rc.start(), rc.end()
        inside = [m for m in (f.source, f.target) if a < m.span[0] and m.span[1] <= b]
        if not inside:
            out.append(f)
            continue
        heads = [c for c in cands if c.span[1] == a or (c.span[1] < a and not text[c.span[1]:a].strip())]
        if not heads:
            if _UNNAMED_GROUP.search(text, max(sent[0], a - 40), a):
                continue  # the subject is a group left unnamed here
            out.append(f)
            continue
        head = heads[-1]
        if head.kind in ("person", "state", "place"):
            out.append(f)
            continue
        others = [m for m in (f.source, f.target) if m not in inside]
        if any(m.span == head.span or (m.actor_id is not None and m.actor_id == head.actor_id) for m in others) or \
                any(m.actor_id is not None and m.actor_id == head.actor_id for m in inside):
            out.append(f)  # the head is already the other argument, or the name inside is its own ("whose name is")
            continue
        src = head if f.source in inside else f.source
        tgt = head if f.target in inside else f.target
        if src.span == tgt.span or (src.actor_id is not None and src.actor_id == tgt.actor_id):
            continue
        new = dataclasses.replace(f, source=src, target=tgt)
        if any(g.type == new.type and g.source.span == src.span and g.target.span == tgt.span for g in out):
            continue
        out.append(new)
    return out
