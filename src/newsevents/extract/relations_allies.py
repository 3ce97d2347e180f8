"""Enemies shared by allies: "X fought alongside Z against Y", "X fought Y alongside Z" (and "took on", "clashed
with", "together with", "side by side with"): Y is the enemy of Z as well as of X. The tuning sets annotate both
rivalries; the rules read the alliance X - Z and at most one of them (round 16). An ally that is a state's force
("alongside Somali federal troops against Y") is no party, but X still fights Y."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.extract.relations_args import _Found, _in_subject, _subject_span
from newsevents.extract.relations_shapes import _STATE_SECTORS
from newsevents.models import ActorRef
from newsevents.nlp import doc_text

_FIGHT = (r"(?:fought|fight|fights|fighting|battled|battle|battles|battling|t(?:ook|ake|akes|aking)\s+on|"
          r"clash(?:ed|es)?\s+with)")
_ALONGSIDE = r"(?:alongside|together\s+with|side\s+by\s+side\s+with)"
# "fought alongside (the) Z" before Z, "against (the) Y" after it (a state's force may take a few words: "Somali
# federal troops against")
_ALLY_BEFORE = re.compile(r"\b" + _FIGHT + r"\s+" + _ALONGSIDE + r"\s+(?:the\s+)?$", re.I)
_AGAINST_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?against\s+(?:the\s+)?")
# "fought (the) Y" before Y, "(in the south) alongside (the) Z" after it
_ENEMY_BEFORE = re.compile(r"\b" + _FIGHT + r"\s+(?:the\s+)?$", re.I)
_ALONGSIDE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?" + _ALONGSIDE + r"\s+(?:the\s+)?", re.I)
_NO_PARTY = frozenset({"person", "state", "place", "agent"})


def _party(m: ActorRef) -> bool:
    """A group that can be a party: no person, place or state, nor a state's force ("the Syrian Arab Army")."""
    return m.kind not in _NO_PARTY and m.sector not in _STATE_SECTORS and m.via != "coreference"


def shared_enemies(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations with the rivalries of allies fighting one enemy added (module docstring)."""
    text = doc_text(doc)
    if not re.search(_ALONGSIDE, text[sent[0]:sent[1]], re.I):
        return found
    at = {m.span[0]: m for m in cands if _party(m)}
    out = list(found)
    for m in cands:
        ally = enemy = None
        if _ALLY_BEFORE.search(text, sent[0], m.span[0]) and (after := _AGAINST_AFTER.match(text, m.span[1], sent[1])):
            ally, enemy, t0 = m, at.get(after.end()), _ALLY_BEFORE.search(text, sent[0], m.span[0]).start()
        elif _party(m) and _ENEMY_BEFORE.search(text, sent[0], m.span[0]) and \
                (after := _ALONGSIDE_AFTER.match(text, m.span[1], sent[1])):
            ally, enemy, t0 = at.get(after.end()), m, _ENEMY_BEFORE.search(text, sent[0], m.span[0]).start()
        if ally is None or enemy is None:
            continue
        partners = [f.target if f.source.span == ally.span else f.source for f in found
                    if f.type == "alliance" and ally.span in (f.source.span, f.target.span)]
        trigger = (t0, max(ally.span[1], enemy.span[1]))
        if not partners:
            subject = _in_subject([c for c in cands if c.span[1] <= t0], _subject_span(doc, t0, sent), text)
            partners = [s for s in subject if _party(s)][:1]
            # the subject and its ally (the rules read none where the enemy came first: "took on Y alongside Z")
            out.extend(_Found("alliance", s, ally, trigger, sent, 0.65) for s in partners
                       if _party(ally) and s.span != ally.span)
        for friend in ([ally] if _party(ally) else []) + partners:
            if friend.span != enemy.span and not any(
                    f.type == "rivalry" and {f.source.span, f.target.span} == {friend.span, enemy.span} for f in out):
                out.append(_Found("rivalry", friend, enemy, trigger, sent, 0.65))
    return out
