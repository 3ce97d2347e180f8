"""Concessions and pledges read from a verb or a noun: a government that drops, shelves or reverses a bill, a ban
or a tax it was pressed on (PLOVER CONCEDE, done or promised), and money pledged as aid (PLOVER AID)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.ontology import AID_GOODS, TriggerEntry, trigger

# what a government gives way on: its own laws, bills, bans and levies ("withdrew the finance bill", "reversed its
# ban on social media"); not ties and treaties (ended: SANCTION) nor curfews lifted (RETREAT, see ONTOLOGY.md)
POLICY_NOUNS = frozenset({
    "bill", "law", "legislation", "reform", "overhaul", "ban", "quota", "tax", "decree", "measure", "amendment",
    "regulation", "rule", "policy", "hike", "increase", "levy", "tariff", "fee", "price", "ordinance",
})
# verbs that take back a policy: done ("scrapped the tax") or offered ("offered to suspend the reform")
REVERSAL_VERBS = frozenset({
    "withdraw", "drop", "scrap", "shelve", "repeal", "reverse", "rescind", "revoke", "suspend", "abandon", "freeze",
    "pause", "postpone", "cancel", "annul", "retract",
})
# particles that make a verb a reversal: "scaled back the quota", "rolled back the price rise"
REVERSAL_PHRASES = frozenset({("scale", "back"), ("roll", "back"), ("water", "down")})
# concessions a government may offer beside reversals: benefits raised, levies cut
BENEFIT_VERBS = frozenset({"raise", "increase", "cut", "reduce", "lower"})
BENEFIT_NOUNS = frozenset({"pension", "wage", "salary", "tax", "price", "fee", "subsidy", "allowance", "minimum"})
# nouns that tell a reversal of a policy named in their phrase: "a pause to the judicial overhaul", "a U-turn on"
REVERSAL_NOUNS = frozenset({"pause", "u-turn", "climbdown", "reversal", "suspension", "withdrawal", "repeal"})
PLEDGE_VERBS = frozenset({"pledge", "promise", "earmark", "deposit"})


def _objects(tok: Token) -> list[Token]:
    """A verb's direct objects (and the subject of its passive), with the nouns conjoined to them."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return objs + [c for o in objs for c in o.children if c.dep_ == "conj"]


def _policy(noun: Token) -> bool:
    """Whether a noun names a policy, by itself or by a word of its compound ('the finance bill')."""
    return noun.lemma_.lower() in POLICY_NOUNS or noun.lower_ in POLICY_NOUNS


def policy_reversal(tok: Token) -> bool:
    """'withdrew the finance bill', 'dropped its foreign agents bill', 'scaled back the quota', 'reversed its ban on
    26 platforms': a verb that takes back a policy of the actor's own."""
    lemma = tok.lemma_.lower()
    particles = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")}
    if lemma not in REVERSAL_VERBS and not any((lemma, p) in REVERSAL_PHRASES for p in particles):
        return False
    return any(_policy(o) for o in _objects(tok))


def offered_concession(tok: Token) -> bool:
    """'offered to suspend the contested reform', 'promised to raise the minimum pension', 'congress voted to bring
    the general elections forward': a reversal or a benefit held out or decided as the complement of an offer, a
    pledge or a vote."""
    if tok.lemma_.lower() not in ("offer", "pledge", "promise", "vote", "decide"):
        return False
    for comp in (c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(
            a.tag_ == "TO" for a in c.children)):  # ("offered to bring ...": the parser may hang it as a purpose)
        for verb in (comp, *(c for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB")):
            if policy_reversal(verb) or political_concession(verb) or verb.lemma_.lower() in BENEFIT_VERBS and any(
                    o.lemma_.lower() in BENEFIT_NOUNS or any(g.lemma_.lower() in BENEFIT_NOUNS for g in o.children)
                    for o in _objects(verb)):
                return True
    return False


# what a government yields to a protest movement: a reshuffle, a dissolved cabinet, elections brought forward
RESHUFFLE_VERBS = frozenset({"reshuffle", "dissolve"})
GOVERNMENT_NOUNS = frozenset({"government", "cabinet", "parliament", "assembly"})


def political_concession(verb: Token) -> bool:
    """'to reshuffle the government', 'to dissolve parliament', 'to bring general elections forward', 'to hold early
    elections': a change of government held out to the street."""
    lemma = verb.lemma_.lower()
    objs = {o.lemma_.lower() for o in _objects(verb)}
    if lemma in RESHUFFLE_VERBS:
        return bool(objs & GOVERNMENT_NOUNS)
    early = any(c.lower_ in ("forward", "early", "snap") for o in _objects(verb) for c in (*o.children, o)) or any(
        c.lower_ == "forward" for c in verb.children)
    return lemma in ("bring", "hold", "call") and "election" in objs and early


# verbs that give a movement what it asked for ("accepted the demands of the doctors", "meeting a key demand")
MEET_VERBS = frozenset({"meet", "accept", "grant", "heed", "satisfy", "concede"})
DEMAND_WORDS = frozenset({"demand", "request", "grievance"})
# (not "claim": an insurer accepts a claim; and "request" only where people asked for something together)
_GROUP_ASKERS = frozenset({"protester", "demonstrator", "striker", "worker", "student", "union", "doctor", "nurse",
                           "teacher", "farmer", "opposition", "movement", "rebel", "employee", "driver", "miner"})


def _asked_for(noun: Token) -> bool:
    """'the demands of the doctors', 'most of what the students had demanded': a noun phrase whose head (or the
    head of its 'of' part: 'most of the demands') names a demand, or that holds what someone demanded; a request
    only when protesters, strikers or the like made it ('the request of the defence for a delay' is no demand won,
    nor 'the invitation, which came at the request of the president')."""
    heads = [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ in ("pobj", "pcomp"))]
    for h in heads:
        lemma = h.lemma_.lower()
        if lemma in ("demand", "grievance") and h.pos_ != "VERB":
            return True
        if lemma == "request" and any(t.lemma_.lower() in _GROUP_ASKERS for t in h.subtree):
            return True
        if any(t.lemma_.lower() == "demand" and t.pos_ == "VERB" for t in h.subtree):
            return True  # "most of what the students had demanded"
    return False


def demands_met(tok: Token) -> bool:
    """'accepted the demands of the protesting doctors', 'meeting most of what the students had demanded': a verb
    that grants a demand (not 'refused to meet the striking nurses')."""
    return tok.lemma_.lower() in MEET_VERBS and tok.lemma_.lower() != "concede" and any(
        _asked_for(o) for o in _objects(tok))


def demand_granted(tok: Token) -> bool:
    """A demand word told as what a concession grants ('conceding to the demands of the young protesters',
    'meeting most of what the students had demanded'): part of the concession, not a request of its own."""
    for hops, anc in enumerate(tok.ancestors):
        if hops > 3 or anc.pos_ == "VERB" and anc.lemma_.lower() not in MEET_VERBS and anc.dep_ in ("ROOT", "ccomp"):
            return False
        if anc.lemma_.lower() in MEET_VERBS:
            return True
    return False


def concession_verb(tok: Token) -> TriggerEntry | None:
    """CONCEDE for a policy taken back or offered back; AID for money pledged as aid ('pledged 500 million euros
    of humanitarian aid': a pledge of goods, not an agreement)."""
    if policy_reversal(tok) or offered_concession(tok) or demands_met(tok):
        return trigger("CONCEDE", None, 0.75)
    if tok.lemma_.lower() in PLEDGE_VERBS and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) and any(
            t.lemma_.lower() in AID_GOODS for o in _objects(tok) for t in o.subtree):
        return trigger("AID", None, 0.75)  # ("deposited $3 billion in Pakistan's central bank": money given)
    return None


def concession_noun(tok: Token) -> TriggerEntry | None:
    """'announced a pause to the judicial overhaul legislation', 'a U-turn on the fuel tax': a noun of reversal
    whose phrase names a policy."""
    if tok.lemma_.lower() not in REVERSAL_NOUNS:
        return None
    owners = [tok, tok.head] if tok.dep_ in ("dobj", "obj") else [tok]  # (a parse may hang "to ..." on the verb)
    named = [g for t in owners for p in t.children if p.dep_ == "prep" and p.lower_ in ("to", "on", "of", "in")
             for g in p.children if g.dep_ == "pobj"]
    return trigger("CONCEDE", None, 0.7) if any(_policy(g) for g in named) else None
