"""Territory taken or retaken: the military sites whose capture ACLED codes as a change of territory, and the
clauses that only describe who held a place before (background to the capture the sentence reports)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.ontology import BASE_OBJECTS, FIGHT_WORDS, TERRITORY

# sites a force holds, beside towns and districts: taking one is taking ground ("seized the junta's regional
# command", "overran the last border guard post", "dislodged the fighters from the palace compound")
HELD_SITES = frozenset({
    "headquarters", "command", "garrison", "barracks", "post", "compound", "fort", "stronghold", "bastion",
    "palace", "airbase", "building", "bridgehead", "frontier", "hq",
})
GROUND = TERRITORY | HELD_SITES
# verbs by which a place is held or taken: said of the other side in a relative clause, they tell who held it
HOLD_VERBS = frozenset({"hold", "occupy", "control", "seize", "capture", "take", "overrun"})
# verbs of taking ground, also where told as a gerund of background ("after dislodging the fighters in fierce fighting")
CAPTURE_VERBS = frozenset({"capture", "seize", "retake", "recapture", "dislodge", "overrun", "liberate", "wrest"})
# acts on a building that are looting or destruction, not a capture of ground
PLUNDER_VERBS = frozenset({"ransack", "loot", "raid", "plunder", "pillage", "vandalise", "vandalize", "torch", "burn"})


def ground_taken(objs: set[str], trigger_lemma: str) -> bool:
    """Whether what a seize-type verb took is ground: a town or territory word, or a military site taken by a
    verb of capture (not a building ransacked or raided)."""
    return bool(objs & TERRITORY) or bool(objs & HELD_SITES) and trigger_lemma not in PLUNDER_VERBS


def former_holder(tok: Token) -> bool:
    """'after clashes with RSF fighters who had held the city for a year', 'Ukrainian units that had occupied it
    since August': a relative clause on the enemy that tells who held the place before (background)."""
    return tok.dep_ == "relcl" and tok.lemma_.lower() in HOLD_VERBS and tok.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)


def fight_of_capture(tok: Token, seized: set[int]) -> bool:
    """'dislodged the fighters from the compound in fierce fighting', 'took the town amid heavy clashes': the fight
    in which a place was taken is part of the capture (ACLED codes the territory change, with its dead)."""
    return tok.lemma_.lower() in FIGHT_WORDS and tok.dep_ == "pobj" and tok.head.lower_ in (
        "in", "amid", "during") and (tok.head.head.i in seized or tok.head.head.lemma_.lower() in CAPTURE_VERBS)


# what a force sets up or moves into to hold an area (ACLED: headquarters or base established)
POSTS = BASE_OBJECTS | frozenset({"position", "command", "hq", "hangar", "barracks", "fort", "airbase"})
# the posts whose mere mention beside a move tells a base taken up ("moved into a hangar at the air base"; not
# "moved battalions in to reinforce its positions")
HQ_WORDS = POSTS - {"position"}
# posts that need a military word beside them: "a military commandant's office", "a former army compound"
MILITARY_WORDS = frozenset({"military", "army", "commandant", "command", "militia", "garrison", "regional",
                            "forward", "fortified", "defensive"})
SHARED_POSTS = frozenset({"office", "compound", "centre", "center", "checkpoint"})


def _a_post(noun: Token) -> bool:
    """Whether a noun names a post a force holds: a base, a position, a command; an office or a compound only
    when a military word goes with it ('a military commandant's office')."""
    lemma = noun.lemma_.lower()
    if lemma in POSTS:
        return True
    return lemma in SHARED_POSTS and any(t.lemma_.lower() in MILITARY_WORDS for t in noun.subtree if t.i != noun.i)


def post_set_up(tok: Token) -> bool:
    """'set up a military position on the hill', 'established a new base', 'opened a forward command post'."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(_a_post(c) for o in objs for c in (o, *(g for g in o.children if g.dep_ == "conj")))


def moved_in(tok: Token) -> bool:
    """'Russian forces moved into an air base', 'moved into a hangar at Air Base 101', 'moved its regional
    command into a former government compound': a force that takes up quarters in a post."""
    into = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children]
    moved_post = any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("command", "headquarters", "hq", "base")
                     for c in tok.children)
    return bool(into) and (moved_post or any(_a_post(g) or any(t.lemma_.lower() in POSTS for t in g.subtree)
                                             for g in into))


# what a place changes hands without: "took over their positions without any fighting", "moved in without resistance"
UNOPPOSED = frozenset({"fight", "fighting", "resistance", "shot", "battle", "clash", "bloodshed", "opposition"})


def unopposed(tok: Token) -> bool:
    """Whether a taking of ground is told as done without a fight ('the SDF took over their positions without any
    fighting'): a non-violent transfer of territory."""
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(g.lemma_.lower() in UNOPPOSED for g in c.children)
               for c in tok.children)
