"""Rivalry told by a noun (session 18): "the NSCN (IM)'s feud with the NSCN (K)", "ending Jund al-Aqsa's war with Ahrar
al-Sham" (the possessor is the rival, not the clause's subject: "A Crisis Group report traced ..."), and "fighting
between the two" after a sentence part naming two groups ("Al-Shabaab swallowed Hizbul Islam in late 2010, ending a
year of fighting between the two"; "the war between the two former partners").

The table's rivalry rules read "war with" and "fighting between X and Y" already; this reader corrects their source
where a possessor stands right before the noun, and reads "between the two" (an anaphor the table cannot see).
Negation and hypotheticals are left to the certainty the stage gives every relation ("avoided a war between the two"
is read as the sentence's verb says)."""

from __future__ import annotations

import re

from newsevents.extract.relations_args import _Found, named_group
from newsevents.models import ActorRef
from newsevents.nlp.regex_gate import gated

_NOUN = (r"(?:war|wars|feud|feuds|feuding|fighting|fight|clashes|rivalry|conflict|battles?|hostilities|struggle|"
         r"vendetta|turf\s+war|infighting|enmity|bloodshed)")
# "X's (long-running) feud with Y": the possessor right before the noun, up to two words between
_POSSESSED = re.compile(r"['’]s?\s+(?:(?!with\b|and\b)[\w-]+\s+){0,2}?" + _NOUN + r"\s+(?:with|against)\s+(?:the\s+)?$",
                        re.I)
# "its war with Y", "their feud with Y"
_ITS = re.compile(r"\s+(?:(?!with\b|and\b)[\w-]+\s+){0,2}?" + _NOUN + r"\s+(?:with|against)\s+(?:the\s+)?$", re.I)
# "fighting between the two", "the war between the two former partners", "the feud between the two groups"
_BETWEEN_TWO = re.compile(r"\b" + _NOUN + r"\s+between\s+(?:the|these|those)\s+two\b(?P<rest>(?:\s+[\w-]+){0,3})", re.I)
# "between the two leaders", "the two men": persons, no groups
_PERSONS = re.compile(r"\b(?:leaders?|men|brothers|commanders|chiefs|presidents|politicians|clerics|families|clans|"
                      r"communities|countries|states|governments|armies|neighbours|neighbors|nations)\b", re.I)
def _key(c: ActorRef) -> str:
    return c.actor_id or c.text.lower()


def nominal_rivalries(text: str, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations with the possessor of a rivalry noun as its source, and "between the two" read
    (module docstring)."""
    groups = [c for c in cands if sent[0] <= c.span[0] and c.span[1] <= sent[1]]
    out = list(found)
    # the possessor of "feud with", "war with": the rival
    for tgt in groups:
        if not named_group(tgt):
            continue
        lo = max(sent[0], tgt.span[0] - 60)
        window = text[lo:tgt.span[0]]
        owner = None
        hit = _POSSESSED.search(window)
        if hit is not None:
            owner = next((c for c in groups if c.span[1] == lo + hit.start() and named_group(c)), None)
        if owner is None:
            hit = _ITS.search(window)
            if hit is not None:
                owner = next((c for c in groups if c.span[1] == lo + hit.start() and c.via == "coreference" and
                              c.text.lower() in ("its", "their")), None)
        if owner is None or hit is None or _key(owner) == _key(tgt):
            continue
        trig = (lo + hit.start(), tgt.span[0])
        pair = {_key(owner), _key(tgt)}
        # what the table read with the clause's subject for the same noun gives way
        rest = [f for f in out if f.type == "rivalry" and tgt.span in (f.target.span, f.source.span) and
                trig[0] <= f.trigger[0] and f.trigger[1] <= trig[1]]
        if any({_key(f.source), _key(f.target)} == pair for f in out if f.type == "rivalry"):
            continue
        out = [f for f in out if f not in rest]
        out.append(_Found("rivalry", owner, tgt, trig, sent, 0.7))
    # "fighting between the two"
    for m in _BETWEEN_TWO.finditer(text, sent[0], sent[1]):
        if _PERSONS.search(m.group("rest")):
            continue  # "between the two leaders": persons
        named: dict[str, ActorRef] = {}
        for c in groups:
            if c.span[1] <= m.start() and named_group(c) and c.via != "coreference":
                named.setdefault(_key(c), c)
        if len(named) != 2:
            continue
        a, b = named.values()
        if any(f.type == "rivalry" and {_key(f.source), _key(f.target)} == {_key(a), _key(b)} for f in out):
            continue
        out.append(_Found("rivalry", a, b, m.span(), sent, 0.65))
    return out


_BETWEEN_TWO = gated(_BETWEEN_TWO)
