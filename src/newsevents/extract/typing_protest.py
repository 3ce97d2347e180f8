"""Protests told by what the crowd does and what it wants, without a protest word: 'camped outside the press club,
calling for the return of their relatives', 'kept the highway blocked for a third day to press the government',
'kept dozens of road blockades in place, demanding that ...', 'miners downed tools over unpaid bonuses'."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract import modes
from newsevents.extract.casualties_words import person_word
from newsevents.extract.ontology import ASSEMBLY_VERBS, DEMAND_VERBS, TriggerEntry, trigger

# verbs of a crowd's presence somewhere that a demand told beside them makes a protest
PRESENCE_VERBS = ASSEMBLY_VERBS | frozenset({"camp", "follow", "flock", "fill", "throng", "converge", "pour", "sit"})
# verbs of staying put somewhere, which a group of people (not only a crowd) does in protest: "relatives of the
# hostages sat down on the highway, demanding a deal", "mothers camped outside the ministry, calling for ..."
STAY_VERBS = frozenset({"camp", "sit"})
# verbs that keep a road shut or barricades up ("kept the highway blocked", "kept road blockades in place")
KEEP_VERBS = frozenset({"keep", "maintain", "erect", "man", "mount"})
BARRICADES = frozenset({"blockade", "roadblock", "barricade", "barrier", "picket"})
SHUT_WORDS = frozenset({"block", "close", "shut", "barricade", "blockade"})
# what a crowd's clause of purpose asks for: "demanding that ...", "calling for ...", "to press the government"
DEMAND_LEMMAS = DEMAND_VERBS | frozenset({"press", "oppose", "reject"})
# the sectors that do not protest by their presence: a force or a government keeping a road closed
STATE_SECTORS = frozenset({"military", "armed", "police", "government"})
# a protest stopped by force: "police blocked hundreds of farmers from marching to the capital" (ACLED codes the
# protest with the intervention)
STOP_VERBS = frozenset({"stop", "prevent", "block", "bar", "keep"})
STOPPED_ACTS = frozenset({"march", "gather", "protest", "demonstrate", "rally", "assemble"})
# verbs of a crowd standing or packing a place, which the crowd's own chants or placards make a protest
FILL_VERBS = frozenset({"fill", "pack", "stand", "throng", "crowd", "flood"})
GATE = PRESENCE_VERBS | KEEP_VERBS | STOPPED_ACTS | FILL_VERBS | {"down", "lay", "form"}
# what protesters carry and wave ("waving placards", "holding banners"), not a fan's scarf or a flag alone
PLACARDS = frozenset({"placard", "banner", "sign", "poster", "slogan"})


_RELIEF = frozenset({"victim", "survivor", "family", "flood", "earthquake", "fire", "storm", "refugee", "patient",
                     "orphan", "hospital", "charity", "team", "club", "player"})


def _relief(noun: Token) -> bool:
    """'in support of the flood victims', 'of the team': help or cheering, not a political stand."""
    return any(t.lemma_.lower() in _RELIEF for o in noun.children if o.dep_ == "prep" for t in o.subtree)


def _stance(verb: Token) -> bool:
    """Whether a verb says what its crowd stands for or against: 'in support of the military government',
    'against the presence of French troops', 'in solidarity with the strikers'."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ == "against" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children):
            return True
        if c.lower_ == "in" and any(g.lemma_.lower() in ("support", "solidarity", "protest", "defence", "defense")
                                    and not _relief(g) for g in c.children if g.dep_ == "pobj"):
            return True
    return False


def _demand(verb: Token) -> bool:
    """Whether a verb has a clause of demand ('..., demanding that he resign', 'to press the government')."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DEMAND_LEMMAS and c.pos_ == "VERB"
               for c in verb.children)


def _doer(verb: Token) -> Token:
    """The verb that names the doer: 'kept the highway blocked' for 'blocked'."""
    if verb.dep_ in ("advcl", "oprd", "ccomp", "xcomp", "acomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.head
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "obj"):
        return verb.head.head  # the parser's "kept [the road blocked]"
    return verb


def _state_subject(verb: Token) -> bool:
    """Whether the verb's subject is an armed force, the police or a government (or a country)."""
    verb = _doer(verb)
    return modes.armed_subject(verb) or any(
        modes.sector_of(s) in STATE_SECTORS or s.ent_type_ in ("GPE", "NORP") for s in modes.subjects(verb))


# the nouns of a crowd's size: "tens of thousands of people", "hundreds of women", "dozens of families"
SIZE_WORDS = frozenset({"hundred", "thousand", "dozen", "ten", "crowd", "throng", "people", "scores"})


def _crowd_subject(verb: Token) -> bool:
    """Whether the verb's subject is a crowd: a size ('hundreds of Baloch women'), a crowd word or protesters."""
    return any(s.lemma_.lower() in SIZE_WORDS or s.lower_ in SIZE_WORDS or modes.sector_of(s) == "protesters" or any(
        c.dep_ == "nummod" for c in s.children) for s in modes.subjects(_doer(verb)))


# public places where staying put blocks or confronts: "sat down on the highway", "camped outside the press club"
PUBLIC_PLACES = frozenset({"highway", "road", "street", "square", "avenue", "bridge", "railway", "track", "motorway",
                           "gate", "entrance", "crossing", "junction", "roundabout", "runway"})


def _in_public(verb: Token) -> bool:
    """Whether the verb is done outside a building or on a road or square ('outside the ministry', 'on the
    highway'), not 'on the floor'."""
    return any(c.dep_ == "prep" and (c.lower_ in ("outside", "before") or any(
        g.lemma_.lower() in PUBLIC_PLACES for g in c.children if g.dep_ == "pobj")) for c in verb.children)


def _people_subject(verb: Token) -> bool:
    """Whether the verb's subject names several people ('relatives of the hostages', 'mothers', 'students')."""
    return any(s.tag_ == "NNS" and (modes.person(s) or person_word(s)) for s in modes.subjects(_doer(verb)))


# places where crowds fill seats to cheer, sing or pray, not to protest
VENUES = frozenset({"stadium", "arena", "concert", "theatre", "theater", "church", "cathedral", "mosque", "temple",
                    "hall", "auditorium", "ground", "pitch", "field", "venue", "club", "cinema", "festival"})
# the stance that makes a banner, a sign or a slogan a protest's ("placards demanding ...", "banners against ...")
STANCE_VERBS = frozenset({"demand", "denounce", "condemn", "protest", "oppose", "reject", "decry", "accuse"})


def _placard_stance(act: Token) -> bool:
    """Whether an act tells a stance against something: 'against', 'demanding', 'denouncing', 'calling for',
    'protest', a '-free' or 'no to' slogan, 'down with' (not 'chanting slogans for the president')."""
    words = list(act.subtree)
    for k, t in enumerate(words):
        low, lemma = t.lower_, t.lemma_.lower()
        nxt = words[k + 1].lower_ if k + 1 < len(words) else ""
        if low == "against" or lemma in STANCE_VERBS or lemma == "call" and nxt == "for" or \
                low.endswith("-free") or low == "no" and nxt == "to" or low == "down" and nxt == "with":
            return True
    return False


def _at_venue(verb: Token) -> bool:
    """Whether the crowd's verb fills a stadium, an arena, a concert or a church ('packed the stadium', 'in the
    arena')."""
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in VENUES or c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in VENUES for g in c.children) for c in verb.children)


def _protest_acts(verb: Token) -> bool:
    """Whether the crowd's verb has a protester's act beside it: 'chanting against the prime minister', 'chanting
    slogans demanding his resignation', 'waving placards against the war' (not 'chanting the players' names',
    'waving scarves', 'waving banners and singing', 'chanting slogans for the president': banners, signs and
    slogans tell a protest only with a stance)."""
    for c in verb.children:
        if c.dep_ not in ("advcl", "conj", "xcomp") or c.pos_ != "VERB":
            continue
        lemma = c.lemma_.lower()
        objs = {o.lemma_.lower() for o in c.children if o.dep_ in ("dobj", "obj")}
        if lemma in ("chant", "shout", "sing") and any(
                g.dep_ == "prep" and g.lower_ == "against" for g in c.children):
            return True
        if lemma in ("chant", "shout", "sing", "wave", "hold", "carry", "brandish") and objs & PLACARDS and any(
                _placard_stance(o) for o in c.children if o.dep_ in ("dobj", "obj")):
            return True
        if _protest_acts(c):
            return True  # "waving flags and chanting against ...": the acts joined to the first
    return False


def protest_fast(tok: Token) -> TriggerEntry | None:
    """PROTEST for a fast kept to press a demand: 'enters the 40th day of his fast, refusing food until the
    government guarantees crop prices', 'a fast in protest at the arrests' (not 'a fast for Ramadan', 'broke their
    fast at sunset')."""
    if tok.lemma_.lower() != "fast" or tok.pos_ != "NOUN":
        return None
    lemmas = {t.lemma_.lower() for t in tok.sent}
    if lemmas & RELIGIOUS:
        return None
    demand = lemmas & (DEMAND_LEMMAS | {"protest"}) or "refuse" in lemmas and any(
        t.lower_ == "until" for t in tok.sent)
    return trigger("PROTEST", "hunger", 0.7) if demand else None


RELIGIOUS = frozenset({"ramadan", "lent", "kippur", "religious", "holy", "eid", "feast", "pray", "prayer", "god",
                       "church", "mosque", "temple", "festival", "diet", "doctor", "surgery", "weight", "iftar"})


def protest_presence(tok: Token) -> TriggerEntry | None:
    """PROTEST for a crowd's presence or blockade told with its demand, and for workers who down tools."""
    lemma = tok.lemma_.lower()
    if lemma not in GATE or tok.pos_ != "VERB":
        return None
    if lemma in STOPPED_ACTS and tok.dep_ == "pcomp" and tok.head.lower_ == "from" and \
            tok.head.head.lemma_.lower() in STOP_VERBS and _state_subject(tok.head.head):
        return trigger("PROTEST", "demo", 0.7)  # "prevented opposition supporters from gathering in central Minsk"
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if lemma in ("down", "lay") and any(o.lemma_.lower() == "tool" for o in objs) and (
            lemma == "down" or any(c.lower_ == "down" for c in tok.children)):
        return trigger("PROTEST", "strike", 0.75)  # "downed tools", "laid down their tools"
    if lemma in KEEP_VERBS:
        barricades = any(t.lemma_.lower() in BARRICADES for o in objs for t in o.subtree)
        shut = [c for c in tok.children if c.dep_ in ("advcl", "oprd", "ccomp", "xcomp", "acomp")
                and c.lemma_.lower() in SHUT_WORDS and c.tag_ == "VBN"]  # "kept the highway blocked"
        shut += [c for o in objs for c in o.children if c.dep_ == "acl" and c.lemma_.lower() in SHUT_WORDS
                 and c.tag_ == "VBN"]
        if (barricades or shut) and (_demand(tok) or any(_demand(c) for c in shut)) and not _state_subject(tok) or \
                barricades and _demand(tok) and not modes.armed_subject(tok):
            # (indigenous "authorities" that keep road blockades up, demanding a resignation, protest)
            return trigger("PROTEST", "obstruct", 0.7)
        return None
    if lemma == "form" and any(o.lemma_.lower() == "chain" and any(c.lower_ == "human" for c in o.children)
                               for o in objs):
        return trigger("PROTEST", "demo", 0.75)  # "students formed a human chain along the avenue"
    if lemma in FILL_VERBS and _crowd_subject(tok) and _protest_acts(tok) and not _state_subject(tok) and \
            not _at_venue(tok):
        return trigger("PROTEST", "demo", 0.7)  # "tens of thousands filled the square, chanting against Fico"
    if lemma in ASSEMBLY_VERBS and _stance(tok) and _crowd_subject(tok) and not _state_subject(tok):
        return trigger("PROTEST", "demo", 0.7)  # "hundreds gathered in the square in support of the junta"
    if lemma in PRESENCE_VERBS and _demand(tok) and not _state_subject(tok) and (
            lemma in ASSEMBLY_VERBS or _crowd_subject(tok) or lemma in STAY_VERBS and _people_subject(tok) and
            (_in_public(tok) or lemma == "camp")):
        # (people camping somewhere to demand something protest, wherever the camp: "families camped there to
        # demand news of their relatives"; a sit-down needs a public place: not "sat on the floor, demanding")
        # ("fans followed the team, demanding autographs": no crowd size, no staying put)
        return trigger("PROTEST", "obstruct" if lemma in ("block", "occupy") else "demo", 0.7)
    return None
