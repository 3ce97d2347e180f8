"""Force used by the state on a protest that the same clause tells: 'troops fired into the crowd that had gathered to
demand his resignation', 'police shot dead 27 people during pro-democracy protests' (ACLED codes the force on the
protest, not an attack on civilians)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract import ontology

if TYPE_CHECKING:
    from newsevents.extract.typing import EventFrame

# sub-types that the force takes when the clause tells the protest it was used on
_PLAIN_FORCE = frozenset({"Attack"})


def _clause(tok: Token) -> Token:
    """The verb of a trigger's clause: 'fire' of 'opened fire on crowds' is told by 'opened'; 'beating' of 'stopped
    the women from holding a sit-in, beating two of them' by 'stopped' (a participle with no subject of its own)."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj") and tok.head.pos_ == "VERB":
        return tok.head
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return tok.head
    return tok


# links to a clause of its own: "shot two men as protests continued elsewhere" tells no force on the protest
_OTHER_CLAUSE = frozenset({"advcl", "ccomp", "conj", "parataxis", "nsubj", "nsubjpass", "csubj"})


def doer_verb(tok: Token) -> Token:
    """The verb whose subject did the act: 'opened' for 'opened fire', and through participles and joined verbs that
    have no subject of their own ('Police ... surrounded the house and stopped the women ..., beating two')."""
    t = _clause(tok)
    for _ in range(3):
        if t.dep_ not in ("conj", "advcl", "xcomp") or t.head.i == t.i or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break
        t = t.head
    return t


def _inside(tok: Token, clause: Token) -> bool:
    """Whether a token lies in a clause's objects and adjuncts or the relative clauses on them ('fired into the
    crowd that had gathered to demand ...', 'shot dead 27 people during protests'), not in its subject or in a
    clause of its own."""
    t, hops = tok, 0
    while t.i != clause.i and hops < 8:
        if t.dep_ in _OTHER_CLAUSE and not (t.dep_ == "nsubj" and t.head.dep_ == "relcl" and t.head.i != clause.i):
            return False
        if t.head.i == t.i:
            return False
        t, hops = t.head, hops + 1
    return t.i == clause.i and tok.i != clause.i


def protest_under_fire(frames: list[EventFrame], state_acts: set[int]) -> list[EventFrame]:
    """A state force's attack (trigger index in state_acts) whose clause holds a protest frame is force on that
    protest: 'Excessive force against protesters' when the attack killed, else 'Protest with intervention'; the
    protest frame takes the same sub-type."""
    protests = [f for f in frames if f.event_type == "PROTEST" and f.mode != "riot" and not f.mentioned]
    if not protests:
        return frames
    changed: dict[int, EventFrame] = {}
    for f in frames:
        if f.event_type != "ASSAULT" or f.mentioned or f.trigger.i not in state_acts or f.acled is None or \
                f.acled.sub_event_type not in _PLAIN_FORCE:
            continue
        clause = _clause(f.trigger)
        met = [p for p in protests if _inside(p.trigger, clause)]
        if not met:
            continue
        killed = (f.counts["fatalities"].best or 0) > 0 if "fatalities" in f.counts else False
        acled = ontology.acled("Excessive force against protesters" if killed else "Protest with intervention")
        for g in (f, *met):
            changed[id(g)] = replace(g, acled=acled, cameo_root=ontology.cameo_root(g.event_type, g.mode, acled))
    return [changed.get(id(f), f) for f in frames] if changed else frames
