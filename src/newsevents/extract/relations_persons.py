"""Persons in the argument slots of relations between groups: a split, rivalry, alliance or merger is between
organisations, so a name the sentence itself shows to be a person's ("broke with Mullah Fazlullah and his TTP", "the
G-Pèp bloc of Gabriel Jean-Pierre", "a faction led by Mullah Krekar") is no argument there, and the rule takes the
group the sentence names instead, or nothing. The resolver's person reading alone is not enough: it often reads an
unknown group's name as a person's ("Jundallah", "Ganda Koy")."""

from __future__ import annotations

import re

from newsevents.extract.relation_rules import GROUP_HEADS
from newsevents.models import ActorRef

# the relation types whose two ends are groups (pledge, accept, appoint and affiliation may hold a person)
GROUP_ONLY = frozenset({"split", "rivalry", "alliance", "merger"})
# a name the tagger took for a person that still reads as a group: a head word ("Tehreek-e-Khilafat"), an Urdu or
# Persian particle ("Harkat-ul-Ansar", "Dastan-e-Jihad")
_GROUPISH = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in GROUP_HEADS) + r")\b|-(?:e|ul|i|al|wal)-")
# a title that opens a person's name, inside the mention or right before it
_TITLES = (r"(?:Mullah|Mulla|Maulana|Maulvi|Sheikh|Shaykh|General|Gen\.|Colonel|Col\.|Commander|President|Emir|Amir|"
           r"Imam|Ayatollah|Mufti|Major|Captain|Brigadier|Marshal)")
_TITLE_IN = re.compile(_TITLES + r"\s+[A-Z]")
_TITLE_BEFORE = re.compile(r"\b" + _TITLES + r"\s+$")
# the words around a name that make it a leader's: "P and his Y", "P's (new) Y" for a name of two words or more,
# "a faction led by P", "the Y bloc of P". Not "their", a one-word name's possessive or "the fighters/militia/forces of
# X": "Ganda Koy and their allies", "Jundallah's Baluch fighters", "the militia of Ganda Koy" are groups (review of
# session 9)
_LEADER_AFTER = re.compile(r"\s+and\s+his\s+")
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+)?[A-Z]")
_LEADER_BEFORE = re.compile(r"\b(?:(?:led|headed|commanded|founded|run|controlled)\s+by|(?:bloc|faction|wing|men|"
                            r"loyalists|followers|supporters)\s+of)\s+$", re.I)


def person_name(m: ActorRef, text: str) -> bool:
    """A name the resolver read as a person's that the sentence shows to be one: a title opens it, or it is the
    leader of a group named with it."""
    if m.kind != "person" or m.via == "coreference" or _GROUPISH.search(m.text):
        return False
    return bool(_TITLE_IN.match(m.text) or _TITLE_BEFORE.search(text, max(0, m.span[0] - 14), m.span[0]) or
                _LEADER_AFTER.match(text, m.span[1])
                or (len(m.text.split()) > 1 and _POSSESSIVE_AFTER.match(text, m.span[1]))
                or _LEADER_BEFORE.search(text, max(0, m.span[0] - 40), m.span[0]))


def without_persons(type_: str, cands: list[ActorRef], text: str) -> list[ActorRef]:
    """The candidates a rule of this type may take as arguments: no leader's name for the group-only types."""
    return [m for m in cands if not person_name(m, text)] if type_ in GROUP_ONLY else cands
