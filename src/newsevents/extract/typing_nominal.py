"""Events told by a noun made from their verb ('the capture of Palma by the rebels was confirmed'), and nouns that
look like events but name a document ('a joint press release said')."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.ontology import TriggerEntry, trigger

# nouns of acts whose verb is in the lexicon but whose noun is not, with the entry their verb gives
_ACTS = {
    "capture": trigger("COERCE", "seize", 0.75), "recapture": trigger("COERCE", "seize", 0.8),
    "destruction": trigger("ASSAULT", "destroy", 0.7),
    "ceding": trigger("RETREAT", "withdraw", 0.7), "cession": trigger("RETREAT", "withdraw", 0.7),
    "handover": trigger("RETREAT", "withdraw", 0.7),
    "lifting": trigger("CONCEDE", None, 0.7), "suspension": trigger("COERCE", "ban", 0.7),
    "opening": trigger("ACCUSE", "investigate", 0.7),
}
# what is opened as an act of its own: an inquiry ("the opening of an inquiry into the killings")
_INQUIRIES = frozenset({"inquiry", "enquiry", "investigation", "probe"})
NOUNS = frozenset(_ACTS)
# what a suspension stops: a tie or help of the one who suspends it (a sanction), else others' activity (a ban)
_TIES = frozenset({"aid", "support", "assistance", "cooperation", "funding", "fund", "membership", "tie",
                   "relation", "loan", "disbursement", "payment", "program", "programme", "talk"})
# what a ban suspends: civic and political activity ('the suspension of all party activities', 'of the newspaper')
_SUSPENDED = frozenset({"activity", "party", "newspaper", "paper", "broadcast", "broadcaster", "channel", "station",
                        "internet", "service", "election", "vote", "constitution", "parliament", "assembly", "licence",
                        "license", "right", "freedom", "media", "outlet", "organisation", "organization", "group",
                        "rally", "protest", "union", "network", "mission", "operation", "flight", "school", "class"})
# what may be lifted in a concession (not "the lifting of the siege", a military act told by its end)
_LIFTED = frozenset({"ban", "curfew", "sanction", "restriction", "blockade", "embargo", "emergency", "suspension",
                     "order", "measure", "law", "decree", "lockdown", "rule"})
# the verbs that report or carry out a noun-told act as the sentence's news
_TELLING_VERBS = frozenset({"announce", "confirm", "order", "decide", "report", "complete", "decree", "declare",
                            "finalise", "finalize", "carry", "document", "proclaim"})


def _of_objects(tok: Token) -> list[Token]:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


# doers of a capture, a destruction or a handover that make it a conflict act ('by the rebels', 'by troops')
_ARMED_DOERS = frozenset({"rebel", "fighter", "troop", "army", "force", "soldier", "militant", "insurgent", "jihadist",
                          "gunman", "police", "militia", "government", "junta", "authority", "military", "regime",
                          "separatist", "terrorist", "guerrilla", "coalition", "group", "faction", "insurgency"})
# what is taken, destroyed or handed over in a conflict ('the capture of the airport', 'the handover of the base')
_GROUND = frozenset({"town", "city", "village", "base", "airport", "airbase", "border", "crossing", "district",
                     "province", "region", "area", "territory", "position", "post", "outpost", "headquarters",
                     "garrison", "camp", "hill", "port", "checkpoint", "barracks", "compound", "palace", "mast",
                     "tower", "stronghold", "enclave", "control", "fighter", "soldier", "commander", "leader"})
# destroying these is disarmament or eradication, no assault ('the destruction of chemical weapons stockpiles')
_DISARMED = frozenset({"weapon", "stockpile", "arsenal", "munition", "ammunition", "drug", "crop", "narcotic"})


def _agents(tok: Token) -> list[Token]:
    """'the destruction of two masts by insurgents': who the noun names as its doer (the 'by' may hang lower)."""
    return [g for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "by" and (
        t.head.i in {tok.i, *(o.i for o in _of_objects(tok))} or t.head.dep_ == "pobj" and t.head.head.head.i == tok.i)
        for g in t.children if g.dep_ == "pobj"]


def _conflict_party(tok: Token) -> bool:
    return tok.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") or tok.lemma_.lower() in _ARMED_DOERS


def _conflict_object(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON") or tok.lemma_.lower() in _GROUND


def nominal_event(tok: Token) -> TriggerEntry | None:
    """'The capture of Palma by Ansar al-Sunna fighters ... was confirmed', 'the suspension of all party activities
    was ordered by the junta': a noun made from an event verb, with what it acts on ('of ...'), the subject of a
    verb that reports or carries out the act, or naming its doer ('by ...'); not the same noun named in passing
    ('fears of the capture of the town', 'the capture of the city would be a disaster')."""
    entry = _ACTS.get(tok.lemma_.lower()) or _ACTS.get(tok.lower_)
    objs = _of_objects(tok)
    if entry is None or not objs or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    agents = _agents(tok)
    if not (tok.head.lemma_.lower() in _TELLING_VERBS or agents):
        return None
    if entry.event_type in ("ASSAULT", "RETREAT") or entry.mode == "seize":
        # a conflict act: done by a party to one, or told of a place or a force ('the capture of carbon dioxide by
        # the new plant', 'the handover of the keys' are none); destroying weapons is disarmament
        if any(t.lemma_.lower() in _DISARMED for o in objs for t in o.subtree):
            return None
        if not (any(_conflict_party(a) for a in agents) or any(_conflict_object(o) for o in objs)):
            return None
    if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "may", "might", "will", "should")
           for c in tok.head.children):
        return None
    what = {o.lemma_.lower() for o in objs} | {g.lemma_.lower() for o in objs for g in o.children
                                              if g.dep_ in ("compound", "amod")}
    if entry.event_type == "CONCEDE" and not what & _LIFTED or entry.event_type == "ACCUSE" and not what & _INQUIRIES:
        return None
    if tok.lemma_.lower() == "suspension" and what & _TIES:
        return trigger("SANCTION", "discontinue", 0.7)
    if tok.lemma_.lower() == "suspension" and not what & _SUSPENDED:
        return None  # 'the suspension of the striker', 'of trading in its shares': no ban of a civic activity
    return entry


def document_release(tok: Token) -> bool:
    """'a joint press release said', 'in a release, the army said': the noun names a statement, not the freeing
    of someone ('the release of 20 prisoners')."""
    if tok.lemma_.lower() != "release" or _of_objects(tok):
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in ("press", "news", "media", "joint", "official", "written")
           for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in (
        "say", "state", "announce", "add", "report", "claim")
