"""Moves of forces and of ground told by a verb and its particles: a place handed back ('handed the district back
to Azerbaijan': a withdrawal), a truce that came into force (a ceasefire), a force that landed in a country (a
deployment), ground wrested or a flag raised over it (a capture), a siege ordered (a restriction), workers who walk
off the job (a strike)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract import modes
from newsevents.extract.ontology import TERRITORY, TriggerEntry, trigger
from newsevents.extract.typing_territory import GROUND

TRUCE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "cessation"})
# who lands in a country as a deployment: "the first contingent of 400 police officers landed in Port-au-Prince"
FORCE_WORDS = frozenset({"contingent", "troop", "soldier", "force", "battalion", "unit", "marine", "paratrooper",
                         "peacekeeper", "officer", "police", "commando", "personnel"})
MOVE_LEMMAS = frozenset({"hand", "leave", "come", "land", "enter", "take", "wrest", "raise", "hoist", "plant", "step",
                         "reach", "arrive", "gather", "meet", "convene", "assemble", "walk"})
# what officials gather to do: "foreign ministers gathered in Bamako to discuss a joint force"
TALK_VERBS = frozenset({"discuss", "negotiate", "review", "consider", "address", "debate", "coordinate"})
# what an aid convoy is: "a convoy of 40 aid trucks reached the camp"
AID_WORDS = frozenset({"aid", "relief", "humanitarian", "food"})
# what a force that takes ground raises over it, and the blockades a government orders
BLOCKADE_NOUNS = frozenset({"siege", "blockade"})
BLOCKADE_VERBS = frozenset({"order", "impose", "declare", "tighten", "lay", "announce"})


def _handed_back(tok: Token) -> bool:
    """'Armenia handed the Kalbajar district back to Azerbaijan': ground given back."""
    back = any(c.lower_ in ("back", "over") and c.dep_ in ("prt", "advmod") for c in tok.children)
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    control = any(o.lemma_.lower() == "control" for o in objs) and any(  # "handed control of Kidal to former rebels"
        c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in tok.children)
    if control or back and any(o.lemma_.lower() in TERRITORY - {"control"} or o.ent_type_ in ("GPE", "LOC")
                               for o in objs):
        return True
    # "handing the sprawling base to Afghan forces", "handed the locality over to East African Community troops"
    return any(o.lemma_.lower() in HANDED_GROUND for o in objs) and any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(_a_force(g) for g in c.children)
        for c in tok.children)


# ground a force hands to another: towns and military sites, and the words for a stretch of it
HANDED_GROUND = GROUND | frozenset({"locality", "area", "position", "zone", "airfield", "airport", "base"})


def _a_force(tok: Token) -> bool:
    """Whether a noun names an armed force ('Afghan forces', 'East African Community troops', 'the Nigerien army')."""
    return modes.sector_of(tok) in ("military", "armed", "police") or tok.lemma_.lower() in FORCE_WORDS


def _left_in_hands(tok: Token) -> bool:
    """'leaving their air base near the airport in the hands of the Nigerien army': ground left to a force."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    hands = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
             if g.lemma_.lower() == "hand"]
    hands += [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
              if g.lemma_.lower() == "hand"]  # (the parser may hang the phrase on the object)
    return any(o.lemma_.lower() in HANDED_GROUND or o.lower_ == "bases" for o in objs) and any(
        _a_force(t) for h in hands for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.children)


def _truce_in_force(tok: Token) -> bool:
    """'A truce between India and Pakistan came into force at 5 p.m.', 'the ceasefire took effect'."""
    into = {g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children}
    effect = tok.lemma_.lower() == "take" and any(c.lemma_.lower() == "effect" for c in tok.children)
    if not (into & {"force", "effect"} or effect):
        return False  # (the subjects are read only when the verb's shape fits)
    return any(s.lemma_.lower() in TRUCE_WORDS for s in modes.subjects(tok))


def _force_landed(tok: Token) -> bool:
    """'The first contingent of 400 Kenyan police officers landed in Port-au-Prince': a force flown in."""
    if tok.lemma_.lower() != "land" or not any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in tok.children):
        return False
    return any(t.lemma_.lower() in FORCE_WORDS for s in modes.subjects(tok) for t in s.subtree)


def _ground_won(tok: Token) -> bool:
    """'Philippine troops wrested the last militant-held buildings in Marawi', 'soldiers raised the flag over the
    Republican Palace': an armed force that wrests ground or raises its flag over a place has taken it."""
    if not modes.armed_subject(tok):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if tok.lemma_.lower() == "wrest":
        return any(o.lemma_.lower() in GROUND or o.ent_type_ in ("GPE", "LOC", "FAC") for o in objs)
    return any(o.lemma_.lower() == "flag" for o in objs) and any(
        c.dep_ == "prep" and c.lower_ in ("over", "above", "on") for c in (*tok.children, *objs[0].children))


def move_verb(tok: Token) -> TriggerEntry | None:
    """RETREAT for ground handed back or left in a force's hands, a truce come into force and a leader stepped down,
    MOBILIZE for a force landed, COERCE seize for ground wrested or a flag raised over a place, AID for an aid convoy
    arrived, CONSULT for officials gathered to discuss, PROTEST strike for workers who walked off the job."""
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in tok.children):
        return None  # "ministers will meet next week to discuss the budget": a plan, not an event
    if lemma in ("wrest", "raise", "hoist", "plant") and _ground_won(tok):
        return trigger("COERCE", "seize", 0.75)
    if lemma == "walk" and any(c.lower_ == "off" and any(g.lemma_.lower() in ("job", "work") for g in c.children)
                               for c in tok.children):
        return trigger("PROTEST", "strike", 0.75)  # "dock workers walked off the job over pensions"
    if lemma == "step" and any(c.lower_ == "down" for c in tok.children if c.dep_ in ("prt", "advmod")):
        return trigger("RETREAT", "resign", 0.8)  # "the prime minister stepped down"
    if lemma in ("reach", "arrive", "enter") and any(
            t.lemma_.lower() in AID_WORDS for s in modes.subjects(tok) for t in s.subtree):
        return trigger("AID", None, 0.7)  # "a convoy of 40 aid trucks reached the camp"
    if lemma in ("gather", "meet", "convene", "assemble") and any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in TALK_VERBS and any(a.tag_ == "TO" for a in c.children)
            for c in tok.children):
        return trigger("CONSULT", "multilateral", 0.75)  # "ministers gathered in Bamako to discuss a joint force"
    if tok.lemma_.lower() == "hand" and _handed_back(tok) or lemma == "leave" and _left_in_hands(tok):
        return trigger("RETREAT", "withdraw", 0.75)
    if _truce_in_force(tok):
        return trigger("RETREAT", "ceasefire", 0.75)
    if _force_landed(tok):
        return trigger("MOBILIZE", "troops", 0.7)
    return None


def blockade_noun(tok: Token) -> TriggerEntry | None:
    """'ordered a complete siege of the Gaza Strip', 'imposed a blockade on the port': a siege ordered is a
    restriction of movement (COERCE), not an assault."""
    if tok.lemma_.lower() in BLOCKADE_NOUNS and tok.dep_ in ("dobj", "obj") and \
            tok.head.lemma_.lower() in BLOCKADE_VERBS:
        return trigger("COERCE", "restrict", 0.75)
    return None
