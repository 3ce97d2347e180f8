"""Territory taken or retaken: the military sites whose capture ACLED codes as a change of territory, and the
clauses that only describe who held a place before (background to the capture the sentence reports)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.ontology import BASE_OBJECTS, FIGHT_WORDS, TERRITORY

# sites a force holds, beside towns and districts: taking one is taking ground ("seized the junta's regional
# command", "overran the last border guard post", "dislodged the fighters from the palace compound")
HELD_SITES = frozenset({
    "headquarters", "command", "garrison", "barracks", "post", "compound", "fort", "stronghold", "bastion",
    "palace", "airbase", "building", "bridgehead", "frontier", "hq", "headquarter",
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
    """'dislodged the fighters from the compound in fierce fighting', 'took the town amid heavy clashes', 'captured
    the headquarters following weeks of fighting': the fight in which or after which a place was taken is part of
    the capture (ACLED codes the territory change, with its dead)."""
    if tok.lemma_.lower() not in CAPTURE_FIGHTS:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "amid", "during") and (
            tok.head.head.i in seized or tok.head.head.lemma_.lower() in CAPTURE_VERBS):
        return True
    t = tok  # "captured the headquarters following weeks of fighting with the junta's troops"
    for _ in range(4):
        if t.dep_ not in ("pobj", "pcomp", "prep") or t.head.i == t.i:
            return False
        t = t.head
        if t.dep_ == "prep" and t.lower_ in FIGHT_PREPS and (t.head.i in seized or any(
                c.i in seized for c in t.head.children if c.dep_ in ("dobj", "obj"))):
            return True  # (or the verb that announces it: "announced the retaking of Kidal after days of fighting")
    return False


# what a force sets up or moves into to hold an area (ACLED: headquarters or base established)
POSTS = BASE_OBJECTS | frozenset({"position", "command", "hq", "hangar", "barracks", "fort", "airbase", "headquarters",
                                  "headquarter"})
# the posts whose mere mention beside a move tells a base taken up ("moved into a hangar at the air base"; not
# "moved battalions in to reinforce its positions")
HQ_WORDS = POSTS - {"position"}
# posts that need a military word beside them: "a military commandant's office", "a former army compound"
MILITARY_WORDS = frozenset({"military", "army", "commandant", "command", "militia", "garrison", "regional",
                            "forward", "fortified", "defensive"})
SHARED_POSTS = frozenset({"office", "compound", "centre", "center", "checkpoint"})


# nouns that only count or group what follows 'of': "a cluster of forward bases", "a string of outposts"
GROUPINGS = frozenset({"cluster", "string", "network", "series", "chain", "line", "ring", "number", "dozen", "couple"})


def _a_post(noun: Token) -> bool:
    """Whether a noun names a post a force holds: a base, a position, a command; an office or a compound only
    when a military word goes with it ('a military commandant's office')."""
    lemma = "base" if noun.lower_ == "bases" else noun.lemma_.lower()  # (the tagger's lemma of 'bases' is 'basis')
    if lemma in POSTS:
        return True
    return lemma in SHARED_POSTS and any(t.lemma_.lower() in MILITARY_WORDS for t in noun.subtree if t.i != noun.i)


def post_set_up(tok: Token) -> bool:
    """'set up a military position on the hill', 'established a new base', 'opened a forward command post', 'built a
    cluster of fortified bases'."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objs += [g for o in objs if o.lemma_.lower() in GROUPINGS for p in o.children
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
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


# the fights a place is taken in, and the phrases that tell them as the capture's setting
CAPTURE_FIGHTS = FIGHT_WORDS | frozenset({"combat", "assault", "offensive"})
FIGHT_PREPS = frozenset({"after", "following", "in", "amid", "during"})
CASUALTY_LEMMAS = frozenset({"kill", "die", "wound", "injure", "martyr"})  # ("twelve personnel were martyred")


def fight_setting(verb: Token) -> bool:
    """Whether a capture verb has a fight in an 'after / following / in / amid' phrase ('after five months of urban
    combat', 'after fighting')."""
    return any(c.dep_ == "prep" and c.lower_ in FIGHT_PREPS and any(
        t.lemma_.lower() in CAPTURE_FIGHTS or t.lower_ in CAPTURE_FIGHTS for t in c.subtree) for c in verb.children)


def toll_of_capture(tok: Token, seized: set[int]) -> bool:
    """'recaptured the town after fighting that officials said killed dozens of militants', 'had retaken the last
    buildings after five months of combat in which, the government said, 900 militants were killed': the dead of
    the fight for a place belong to the capture (ACLED codes them with the territory change)."""
    if tok.lemma_.lower() not in CASUALTY_LEMMAS:
        return False
    t = tok
    for _ in range(6):  # the fight the clause hangs from: "fighting that officials said killed dozens", "a three-day
        # assault on its defenders in which dozens were killed"
        if t.dep_ not in ("ccomp", "xcomp", "relcl", "acl", "pobj", "prep") or t.head.i == t.i:
            break
        t = t.head
        if t.lemma_.lower() in CAPTURE_FIGHTS or t.lower_ in CAPTURE_FIGHTS:
            return any(a.i in seized for a in t.ancestors)
    # a toll with no killer told, joined to the capture that a fight is the setting of
    passive = any(c.dep_ == "nsubjpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)
    return passive and tok.dep_ == "conj" and tok.head.i in seized and fight_setting(tok.head)


TIME_MARKS = frozenset({"when", "as", "once"})
# assaults by which a place is taken: "stormed the last base, taking full control of the city"
STORM_VERBS = frozenset({"storm", "attack", "assault", "raid", "overrun", "invade", "breach"})


def _takes_control(verb: Token) -> bool:
    """Whether a capture verb takes control of a place or a town ('taking full control of the city'), not buildings
    seized in a rampage ('rampaged through the streets, seizing buildings')."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(o.lemma_.lower() in TERRITORY | {"control"} or o.ent_type_ in ("GPE", "LOC") for o in objs)


def assault_of_capture(tok: Token, seized: set[int]) -> bool:
    """'stormed the army's last base, taking full control of the city': the assault a place was taken by; 'when an
    army raid turned into a firefight, gunmen took over large parts of the city': the fight a capture grew out of.
    Both are part of the capture (ACLED codes the territory change)."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in STORM_VERBS and any(
            c.i in seized and c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and _takes_control(c) and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children)  # (not a participle with a subject of its own)
            for c in tok.children):
        return True
    t = tok
    for _ in range(3):
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "advcl" and t.head.i in seized and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in t.children):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False
