"""Event triggers in a sentence: which words report an event, of which PLOVER type, mode and ACLED type."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from newsevents.extract import casualties, modes, ontology
from newsevents.extract.ontology import (
    TriggerEntry, trigger, TRIGGER_VERBS, TRIGGER_NOUNS, ABSTRACT, ARMED_GROUP_WORDS, CASUALTY_VERBS,
    FUTURE, MODE_PRIORITY, PEOPLE_SECTORS, SUBJECT_WEAPONS, TACTIC_MODES, TERRITORY, THREAT_WORDS,
    VIOLENT_LEMMAS, WEAPON_OBJECTS, WORKERS,
)
from newsevents.extract.typing_acled import acled_for
from newsevents.extract.typing_context import (
    direct_objects,
    characterisation, commentary, content_of_speech, earlier_event, ended_or_wanted, generic_use, habitual_clause, in_quote,
    in_series, mishap, mishap_subject, question, reference_back, requested_or_denied, sentence_lemmas, token_table,
)
from newsevents.models import Acled, Count
from newsevents.nlp import sentence_of

__all__ = ["EventFrame", "analyse", "acled_for"]

log = logging.getLogger(__name__)

# verbs that report a protest when protesters are their subject
PROTEST_DISPLAY = frozenset({"chant", "shout", "march", "block", "wave", "sing", "occupy", "burn", "carry", "hold"})
# objects that make send/deploy/mobilise a mobilisation of force
FORCE_OBJECTS = frozenset({
    "troop", "soldier", "force", "police", "policeman", "officer", "fighter", "militant", "unit", "reinforcement",
    "warship", "tank", "jet", "aircraft", "army", "marine", "battalion", "brigade", "contingent", "reservist",
    "militia", "supporter", "volunteer",
})
# words that make an objectless 'strike' an armed one
# what is thrown in an attack ("threw stones at police", "hurled a grenade")
MISSILE_OBJECTS = frozenset({"stone", "rock", "brick", "bottle", "grenade", "bomb", "cocktail", "molotov",
                             "explosive", "firebomb", "projectile", "acid"})
# what 'set up' or 'establish' must set up to be a new base (MOBILIZE)
BASE_OBJECTS = frozenset({"base", "camp", "headquarters", "outpost", "stronghold"})
# what 'impose' must impose to be a COERCE restriction
RESTRICTIONS = frozenset({"curfew", "restriction", "ban", "blockade", "siege", "lockdown", "closure", "law",
                          "emergency", "control", "limit", "quarantine", "censorship", "cordon"})
# verbs of impact whose subject may be a projectile ("shells rained down", "a rocket landed on")
IMPACT_VERBS = frozenset({"rain", "land", "slam", "pound", "hit", "strike", "crash", "fall"})
ARMED_CONTEXT = frozenset({"ceasefire", "cease-fire", "truce", "shelling", "airstrike", "rebel", "militant",
                           "militia", "army", "troop", "bombardment"})

RULES = "typing.rules/0.1"
CLASSIFIER = "typing.classifier/0.1"


@dataclass(frozen=True)
class EventFrame:
    """One event mention in a sentence: its trigger, type, mode(s), ACLED/CAMEO codes and counts."""

    trigger: Token
    trigger_span: tuple[int, int]
    event_type: str
    mode: str | None
    modes: tuple[str, ...]
    acled: Acled | None
    cameo_root: str | None
    counts: dict[str, Count]
    target_sector: str | None
    confidence: float
    extractor: str



# --- trigger detection ---------------------------------------------------------------------------------


def _obj_lemmas(tok: Token) -> list[str]:
    """Lemmas of a verb's objects and prepositional objects (lower case)."""
    out = []
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass", "attr", "oprd"):
            out.append(c.lemma_.lower())
            out.extend(g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "conj"))
            # a quantity noun's content: "thousands of troops", "a contingent of police"
            for prep in (g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"):
                out.extend(p.lemma_.lower() for p in prep.children if p.dep_ == "pobj")
        elif c.dep_ == "prep":
            out.extend(g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
    return out


def _complement_lemmas(tok: Token) -> set[str]:
    """Lemmas in the complement clause of a verb (xcomp, ccomp) and its objects."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "advcl", "conj"):
            out.update(t.lemma_.lower() for t in c.subtree)
    return out


def _future_first_person(tok: Token) -> bool:
    """'We will free Chechnya', 'we're going to send them to you': a first-person future act."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    aux = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    first = any(s.lower_ in ("we", "i") for s in subj)
    if not first and tok.dep_ == "xcomp":
        first = any(s.lower_ in ("we", "i") for s in tok.head.children if s.dep_ == "nsubj")
        aux += [c.lower_ for c in tok.head.children if c.dep_ == "aux"]
        if tok.head.lemma_ == "go":
            aux.append("will")
    return first and any(a in ("will", "'ll", "shall", "wo") for a in aux)


def _weapon_subject(tok: Token) -> bool:
    """'shells rained down', 'rockets slammed into': the verb's subject is a projectile; when the parse lost
    the subject ('described mayhem as volleys of shells rained down'), a projectile just before the verb;
    a verb conjoined to one with a projectile subject shares it ('Rockets fired from Gaza hit the town')."""
    def projectile(subjects: list[Token]) -> bool:
        return any(c.lemma_.lower() in SUBJECT_WEAPONS or any(g.lemma_.lower() in SUBJECT_WEAPONS for g in c.subtree)
                   for c in subjects)

    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if subjects:
        return projectile(subjects)
    if tok.lemma_.lower() in ("rain", "land", "slam", "crash", "fall"):
        for t in reversed(tok.doc[max(tok.sent.start, tok.i - 4):tok.i]):
            if t.pos_ == "VERB":
                break
            if t.lemma_.lower() in SUBJECT_WEAPONS and t.tag_ == "NNS":
                return True
    if tok.dep_ == "conj":
        return projectile([c for c in tok.head.children if c.dep_ == "nsubj"])
    return False


def _special_verb(tok: Token, lemma: str, objs: list[str]) -> TriggerEntry | None:
    """Verbs that report an event only in one construction ('taken into custody', 'spoke by phone')."""
    if lemma in IMPACT_VERBS and _weapon_subject(tok):
        return trigger("ASSAULT", "heavy-weapons", 0.75)
    if lemma == "take" and any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_ == "custody" for g in c.children)
                               for c in tok.children):
        return trigger("COERCE", "arrest", 0.85)
    if lemma == "speak" or lemma == "talk":
        partners = any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        phone = any(t.lemma_.lower() in ("telephone", "phone") for t in tok.subtree)
        plural = any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in tok.children)
        if phone:
            return trigger("CONSULT", "phone", 0.75)
        if partners or plural:
            return trigger("CONSULT", None, 0.6)
        return None
    if lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children) and \
            set(objs) & (WEAPON_OBJECTS | {"charge", "explosion", "blast"}):
        return trigger("ASSAULT", "explosives", 0.8)  # "tried to set off a nail bomb"
    if lemma in ("set", "establish", "build", "open") and set(objs) & BASE_OBJECTS and (
            lemma != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)):
        return trigger("MOBILIZE", "militia", 0.7)  # "the militants set up a new base"
    if lemma == "set" and (any(c.dep_ == "dobj" and c.lemma_ in ("fire", "light") for c in tok.children)
                           or any(c.lower_ in ("ablaze", "alight") for c in tok.children)):
        return trigger("ASSAULT", "destroy", 0.8)  # "set fire to their homes", "set the car ablaze"
    if lemma in PROTEST_DISPLAY and any(c.dep_ == "nsubj" and modes.sector_of(c) == "protesters"
                                        for c in tok.children):
        return trigger("PROTEST", "demo", 0.6)  # "Protesters chanted ..."
    if lemma == "gather" and any(c.dep_ == "nsubj" and any(
            modes.sector_of(g) == "protesters" or g.lemma_ in ("supporter", "activist") for g in c.subtree)
            for c in tok.children):
        return trigger("PROTEST", "demo", 0.75)
    return None


def _verb_entry(tok: Token) -> TriggerEntry | None:
    """The event a verb reports, after context rules (objects, particles, complements)."""
    lemma = tok.lemma_.lower()
    objs = _obj_lemmas(tok)
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    if _future_first_person(tok) and lemma in VIOLENT_LEMMAS | {"free", "send", "take", "destroy"}:
        mode = "territory" if lemma in ("free", "liberate", "take", "conquer", "occupy", "capture") else "violence"
        return trigger("THREATEN", mode, 0.7)
    entry = TRIGGER_VERBS.get(lemma)
    special = _special_verb(tok, lemma, objs)
    if special is not None:
        return special
    if lemma in ("take", "hold") and any(o in ("hostage", "captive") for o in objs):
        return trigger("ASSAULT", "abduct", 0.8)  # "took 19 crew members hostage"
    if entry is None:
        return None
    if any(o in ABSTRACT for o in objs) and entry.event_type == "ASSAULT":
        return None
    if lemma in ("cut", "sever", "suspend") and not any(o in ("tie", "relation", "aid", "funding", "fund", "contact",
                                                            "talk", "cooperation", "assistance", "trade") for o in objs):
        return None
    if lemma in ("recapture", "retake", "overrun", "regain") and not (set(objs) & TERRITORY or any(
            c.ent_type_ in ("GPE", "LOC", "FAC") for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))):
        return None  # "regained consciousness", "retook the lead"
    if lemma in ("defuse", "intercept") and not set(objs) & WEAPON_OBJECTS:
        return None  # "defused tensions", "intercepted a call"
    if lemma in ("throw", "hurl") and not set(objs) & MISSILE_OBJECTS:
        return None  # "threw stones at police", not "threw a party"
    if lemma == "fire" and set(objs) & {"gas", "teargas", "cannon", "canister"}:
        return trigger("ASSAULT", "crowd-control", 0.75)  # "fired tear gas"
    if lemma == "impose" and objs and not any(o in RESTRICTIONS for o in objs):
        return None  # "imposing new conditions on the rebels" is no restriction of movement or speech
    if lemma == "share" and not any(o in ("intelligence", "information", "data", "technology") for o in objs):
        return None
    if lemma == "commit" and not any(c.dep_ in ("prep", "xcomp") and c.lower_ in ("to",) for c in tok.children):
        return None
    if lemma == "offer" and not any(o in ("talk", "aid", "support", "ceasefire", "help", "assistance", "negotiation",
                                          "dialogue", "amnesty", "truce", "peace", "concession", "mediation")
                                    for o in objs) and not any(c.dep_ == "xcomp" for c in tok.children):
        return None
    if lemma == "kill" and any(c.dep_ in ("dobj", "nsubjpass") and not (
            modes.sector_of(c) or c.ent_type_ in ("PERSON", "NORP", "CARDINAL") or c.pos_ in ("PRON", "NUM")
            or c.lemma_.lower() in casualties.SIZE_NOUNS or any(g.dep_ == "nummod" for g in c.children)
            or c.lemma_.lower() in ("member", "victim", "hostage", "people", "dozen", "hundred", "thousand"))
            for c in tok.children):
        return None
    if lemma == "capture" and not (set(objs) & TERRITORY) and not any(
            modes.sector_of(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        return None
    if lemma == "raid" and (set(objs) & {"house", "home", "office", "shop", "premise", "store", "location",
                                         "building", "apartment", "flat", "headquarters", "compound"}):
        return trigger("COERCE", "seize", 0.7)
    if lemma == "blow" and "up" not in particles:
        return None
    if lemma == "crack" and "down" not in particles:
        return None
    if lemma == "round" and "up" not in particles:
        return None
    if lemma == "call":
        if not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) and "on" not in {
                c.lower_ for c in tok.children if c.dep_ == "prep"}:
            return None
    if lemma == "fire":
        if not (objs and any(o in ("shot", "round", "rocket", "missile", "shell", "bullet", "mortar", "gun",
                                   "weapon", "grenade", "tear", "gas") for o in objs)
                or any(c.dep_ == "prep" and c.lower_ in ("on", "at", "into") for c in tok.children)):
            return None
        if any(o in ("rocket", "missile", "shell", "mortar") for o in objs):
            return trigger("ASSAULT", "heavy-weapons", 0.75)
    if lemma == "strike":
        if any(c.lower_ == "hunger" for c in tok.subtree):
            return trigger("PROTEST", "hunger", 0.8)
        if any(c.dep_ in ("nsubjpass", "agent") for c in tok.children) or tok.tag_ == "VBN":
            return None
        if not direct_objects(tok):
            if sentence_lemmas(sentence_of(tok)) & WORKERS:
                return trigger("PROTEST", "strike", 0.7)
            if sentence_lemmas(sentence_of(tok)) & ARMED_CONTEXT or \
                    "cease-fire" in sentence_of(tok).text.lower():
                return trigger("ASSAULT", None, 0.5)  # "they began to strike as if there's no cease-fire"
            return trigger("PROTEST", "strike", 0.45)
    if lemma in ("hit", "target") and not any(
            modes.sector_of(c) or c.ent_type_ in ("GPE", "FAC", "ORG", "LOC") for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass")):
        return None
    if lemma == "execute" and any(o in ("plan", "order", "strategy", "warrant", "operation", "deal") for o in objs):
        return None
    if lemma == "seize" or lemma == "capture" or lemma == "take":
        if any(o in ("hostage", "captive", "prisoner") for o in objs) or (lemma == "capture" and any(
                modes.sector_of(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))):
            return trigger("ASSAULT", "abduct", 0.8)
    if lemma in ("join",):
        groupish = any(o in ARMED_GROUP_WORDS for o in objs) or any(
            c.ent_type_ == "ORG" for c in tok.children if c.dep_ in ("dobj",))
        if not groupish or any(o in ("talk", "coalition", "alliance", "effort", "call") for o in objs):
            return None
        return trigger("MOBILIZE", "militia", 0.6 if tok.dep_ in ("xcomp", "advcl") else 0.5)
    if lemma == "travel" or lemma == "go":
        return None
    if lemma in ("swear", "declare", "pledge") and "allegiance" in objs:
        return trigger("SUPPORT", None, 0.85)
    if lemma == "declare" and not any(o in ("war", "jihad") for o in objs):
        return None
    if lemma == "declare":
        return trigger("THREATEN", "violence", 0.6)
    if lemma == "swear" and "allegiance" not in objs:
        return None
    if lemma in ("sign", "ratify") and not any(o in ("agreement", "deal", "treaty", "accord", "pact", "ceasefire",
                                                        "truce", "memorandum", "declaration", "contract") for o in objs):
        return None
    if lemma in ("pledge", "vow", "promise"):
        comp = _complement_lemmas(tok)
        if comp & VIOLENT_LEMMAS:
            mode = "territory" if comp & {"free", "liberate", "occupy", "conquer", "seize", "take"} else "violence"
            return trigger("THREATEN", mode, 0.75)
        if lemma == "vow":
            return trigger("AGREE", None, 0.45)
    if lemma == "warn":
        comp = _complement_lemmas(tok)
        if comp & (VIOLENT_LEMMAS | {"retaliation", "consequence", "response", "sanction", "arrest"}):
            return trigger("THREATEN", "violence", 0.6)
        return None
    if lemma == "threaten":
        comp = _complement_lemmas(tok)
        mode = "violence" if comp & VIOLENT_LEMMAS else "arrest" if "arrest" in comp else "ban" if "ban" in comp \
            else "relations" if comp & {"relation", "talk", "tie", "negotiation"} else None
        return trigger("THREATEN", mode, 0.9)
    if lemma in ("mobilize", "mobilise") and objs and not any(
            o in FORCE_OBJECTS or modes.SECTOR_WORDS.get(o) for o in objs):
        return None  # "mobilise all efforts"
    if lemma == "recall" and not any(o in ("ambassador", "envoy", "diplomat", "consul", "representative")
                                     for o in objs):
        return None  # "a product recalled by Costco"
    if lemma == "mediate" and any(o in ("deal", "agreement", "ceasefire", "cease-fire", "truce", "accord")
                                  for o in objs):
        return None  # the deal is the trigger (AGREE)
    if lemma in ("send", "dispatch", "deploy", "station", "mass"):
        if lemma == "deploy" and objs and not any(o in FORCE_OBJECTS for o in objs):
            return None  # "buses and convoys to be deployed"
        if not any(o in ("troop", "soldier", "force", "police", "policeman", "officer", "fighter", "militant",
                         "unit", "reinforcement", "warship", "tank", "jet", "aircraft", "army", "marine",
                         "battalion", "brigade", "contingent") for o in objs):
            return None if lemma in ("send", "mass", "station") else entry
        if any(o in ("police", "policeman", "officer") for o in objs):
            return trigger("MOBILIZE", "police", entry.confidence)
        if any(o in ("fighter", "militant") for o in objs):
            return trigger("MOBILIZE", "militia", entry.confidence)
        return trigger("MOBILIZE", "troops", max(entry.confidence, 0.6))
    if lemma in ("provide", "deliver", "supply", "send") and not any(
            o in ("aid", "assistance", "support", "weapon", "arm", "food", "medicine", "supply", "help", "fund",
                  "money", "equipment", "ammunition", "shelter", "asylum", "training") for o in objs):
        return None
    if lemma in ("release", "free"):
        if not any(o in ("hostage", "prisoner", "captive", "detainee", "journalist", "soldier", "man", "woman",
                         "people", "child", "student", "worker", "activist") or modes.SECTOR_WORDS.get(o)
                   for o in objs):
            return None
    if lemma in ("withdraw", "retreat", "evacuate", "flee") and lemma != "retreat":
        if lemma == "withdraw" and any(o in ("aid", "support", "funding", "ambassador", "recognition", "treaty",
                                            "agreement", "membership") for o in objs):
            return trigger("SANCTION", "withdraw", 0.7)
        if lemma in ("evacuate", "flee") and not any(o in ("troop", "force", "soldier", "fighter") for o in objs):
            return None
    if lemma in ("meet", "visit", "host", "discuss", "negotiate") and not any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or
                                                  modes.sector_of(c) == "government") for c in tok.children):
        return None
    if lemma in ("protest", "demonstrate", "rally", "march"):
        if lemma == "march" and not any(c.dep_ == "nsubj" and any(
                modes.sector_of(g) in ("protesters", "civilians", "schools") or g.lemma_ in ("supporter", "activist")
                for g in c.subtree) for c in tok.children):
            return None
        if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
            return None
        if lemma == "rally" and any(c.dep_ == "dobj" for c in tok.children):
            return trigger("SUPPORT", None, 0.5)
    if lemma in ("fight", "battle") and any(o in ("isis", "state", "terrorism", "terrorist", "rebel",
                                                   "militant", "jihadist", "regime", "army") for o in objs):
        return trigger("ASSAULT", None, 0.6)
    if lemma == "support" and tok.dep_ in ("amod", "compound"):
        return None
    if lemma in ("die",) and not any(c.lemma_ in ("attack", "explosion", "blast", "clash", "fighting", "shooting",
                                                  "bombing", "strike", "raid", "gunfire", "wound", "injury",
                                                  "battle", "war", "hand") for c in tok.subtree):
        return None
    if lemma == "charge" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return None
    if lemma in ("back", "support") and tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl"):
        return None
    return entry


def _noun_entry(tok: Token) -> TriggerEntry | None:
    """The event a noun reports, or None when the noun is not used as an event here."""
    lemma = tok.lemma_.lower()
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-":  # "sit-in", "cease-fire" split by the tokenizer
        joined = f"{tok.doc[tok.i - 2].lower_}-{tok.lower_}"
        if joined in TRIGGER_NOUNS:
            lemma = joined
    if lemma == "fire" and tok.head.lemma_ == "open" and tok.dep_ == "dobj":
        return trigger("ASSAULT", "firearms", 0.85)
    if lemma == "fire" and tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_ == "come":
        return trigger("ASSAULT", "firearms", 0.8)
    if lemma == "call" and any(c.lemma_.lower() in ("diplomatic", "telephone", "phone") for c in tok.children):
        return trigger("CONSULT", "phone", 0.6)  # "a flurry of diplomatic calls"
    entry = TRIGGER_NOUNS.get(lemma) or TRIGGER_NOUNS.get(tok.lower_)
    if entry is None:
        return None
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.lemma_.lower() not in TRIGGER_NOUNS \
            and tok.head.lemma_.lower() not in ("incident", "spree", "rampage", "run", "sortie", "mission"):
        return None  # "attack helicopters", "protest leaders"
    if lemma == "strike":
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        if mods & {"air", "drone", "missile", "aerial", "rocket", "military", "us", "u.s.", "russian"}:
            mode = "drone" if "drone" in mods else "heavy-weapons" if mods & {"missile", "rocket"} else "aerial"
            return trigger("ASSAULT", mode, 0.85)
        if "hunger" in mods:
            return trigger("PROTEST", "hunger", 0.85)
        if mods & {"general", "labor", "labour", "national", "teacher", "worker", "wildcat", "nationwide"} or any(
                c.lemma_ == "go" for c in tok.ancestors):
            return trigger("PROTEST", "strike", 0.8)
        if sentence_lemmas(sentence_of(tok)) & WORKERS:
            return trigger("PROTEST", "strike", 0.7)
        return None
    if lemma == "march" and not any(c.lemma_.lower() in ("protest", "peace", "solidarity", "opposition")
                                    for c in tok.children):
        if tok.ent_type_ == "DATE" or not any(c.dep_ in ("compound", "amod") for c in tok.children):
            return None
    if lemma in ("war", "battle", "fight") and tok.dep_ in ("pobj",) and tok.head.lower_ in ("of",):
        return None
    if lemma == "operation" and not any(c.lemma_.lower() in ("military", "counterterrorism", "counter-terrorism",
                                                             "security", "special", "ground", "air")
                                        for c in tok.children):
        return None
    if lemma in ("threat",) and not any(c.dep_ in ("acl", "prep") and c.lower_ in ("to", "of", "against")
                                        for c in tok.children):
        return None
    if lemma in ("agreement", "deal", "truce", "ceasefire", "cease-fire", "accord"):
        gov = tok.head
        if tok.dep_ in ("dobj", "nsubjpass") and gov.lemma_.lower() in ("reach", "strike", "broker", "mediate",
                                                                       "conclude", "announce", "accept"):
            return trigger("AGREE", None, 0.75)
        if tok.dep_ in ("dobj", "nsubjpass") and gov.lemma_.lower() in ("sign", "ratify"):
            return None  # the verb is the trigger
        if lemma in ("ceasefire", "cease-fire", "truce") and tok.dep_ == "nsubj" and gov.lemma_ in ("take", "hold", "begin"):
            return trigger("RETREAT", "ceasefire", 0.6)
        return None
    if lemma in ("aid", "assistance") and not (tok.head.lemma_ in ("provide", "send", "deliver", "give", "pledge",
                                                                 "offer") and tok.dep_ == "dobj"):
        return None
    if lemma in ("allegiance",):
        if tok.head.lemma_ in ("pledge", "swear", "declare", "make", "give", "announce"):
            return None  # the verb is the trigger (handled there)
        return entry
    if lemma in ("violence", "war", "fighting", "unrest") and tok.tag_ == "NN" and not any(
            c.dep_ in ("det", "poss", "compound", "amod", "prep") for c in tok.children):
        return None
    if tok.tag_ in ("NNS",) and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        # bare plurals are usually generic ("accustomed to deadly attacks"), unless tied to a date or place
        if not any(c.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for c in tok.subtree if c.i != tok.i):
            return None
    return entry


@dataclass(frozen=True)
class _Candidate:
    tok: Token
    entry: TriggerEntry


def _threat_pattern(sent: Span) -> list[_Candidate]:
    """A first-person future act of violence, read from the words when the parse is broken:
    'We will, with the consent of Allah, free Chechnya'."""
    doc = sent.doc
    lemmas, lowers, _ = token_table(doc)
    start, end = sent.start, sent.end
    for i in range(start, end):
        if lowers[i] not in ("we", "i"):
            continue
        window = lowers[i + 1:min(i + 4, end)]
        future = any(w in FUTURE for w in window) or any(
            w == "going" and j + 1 < len(window) for j, w in enumerate(window))
        if not future:
            continue
        for k in range(i + 2, min(i + 14, end)):
            low = lowers[k]
            if lemmas[k] in THREAT_WORDS or low in THREAT_WORDS:
                mode = "territory" if low in ("free", "liberate", "conquer", "occupy", "take", "capture") \
                    else "violence"
                if low in ("send", "take") and not in_quote(doc[k]):
                    continue
                return [_Candidate(doc[k], trigger("THREATEN", mode, 0.65))]
    return []


# lemmas for which _verb_entry can return an entry (the lexicon, threats, special constructions); any other
# verb is skipped without building its Token
_VERB_GATE = frozenset(TRIGGER_VERBS) | VIOLENT_LEMMAS | {"free", "send", "take", "destroy", "speak", "talk", "set",
                                                          "gather", "establish", "build", "open"} \
    | IMPACT_VERBS | PROTEST_DISPLAY
_NOUN_GATE = frozenset(TRIGGER_NOUNS) | {"fire", "call", "in"}  # "in" of a split "sit-in"


def _candidates(sent: Span) -> list[_Candidate]:
    """Every token in the sentence that reports an event, with its lexicon entry after context rules."""
    out = []
    accident: bool | None = None  # mishap(sent), computed when an ASSAULT word is found
    threat = _threat_pattern(sent)
    threat_ids = {c.tok.i for c in threat}
    out.extend(threat)
    doc = sent.doc
    lemmas, lowers, poses = token_table(doc)
    for i in range(sent.start, sent.end):
        pos = poses[i]
        if pos == "VERB" or pos == "ADJ":
            if lemmas[i] not in _VERB_GATE or i in threat_ids:
                continue
            tok = doc[i]
            if pos == "ADJ" and tok.tag_ != "VBN":
                continue
            entry = _verb_entry(tok)
        elif pos == "NOUN" or pos == "PROPN":
            if (lemmas[i] not in _NOUN_GATE and lowers[i] not in _NOUN_GATE) or i in threat_ids:
                continue
            tok = doc[i]
            entry = _noun_entry(tok)
        else:
            continue
        if entry is None:
            continue
        if entry.event_type == "ASSAULT" and accident is None:
            accident = mishap(sent)
        if accident and entry.event_type == "ASSAULT" or mishap_subject(tok):
            continue
        if generic_use(tok) or reference_back(tok) or question(tok) or habitual_clause(tok) or ended_or_wanted(tok):
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and in_series(tok):
            continue  # "a string of deadly attacks targeting security forces": describes the series
        if entry.event_type != "REQUEST" and requested_or_denied(tok):
            continue
        if tok.dep_ == "amod" and tok.tag_ in ("VBG", "VBN"):
            continue  # "burning buildings", "a wounded man"
        if tok.pos_ == "NOUN" and content_of_speech(tok):
            continue
        if tok.pos_ == "NOUN" and (characterisation(tok) or commentary(tok)):
            continue
        if commentary(tok) and entry.event_type not in ("ACCUSE",):
            continue
        out.append(_Candidate(tok, entry))
    # an event noun that only dates another event of another type ("arrested after the attack") is background
    background = [c for c in out if earlier_event(c.tok)]
    if background:
        told = {c.entry.event_type for c in out if c not in background}
        out = [c for c in out if c not in background or not told or told == {c.entry.event_type}]
    protest_ids = {c.tok.i for c in out if c.entry.event_type == "PROTEST"}
    # a protest's demands are part of the protest (PLOVER codes protests making requests as PROTEST)
    return [c for c in out if not (c.entry.event_type == "REQUEST" and c.tok.head.i in protest_ids)]


# --- grouping, modes, counts ---------------------------------------------------------------------------


def _linked(a: Token, b: Token) -> bool:
    """Whether two ASSAULT words tell one event ('the attack that killed', 'killed in a blast')."""
    for x, y in ((a, b), (b, a)):
        if y.head.i == x.i and y.dep_ in ("relcl", "acl", "advcl", "pobj", "nsubj", "nsubjpass", "dobj", "appos",
                                          "compound", "npadvmod", "xcomp"):
            return True
        if y.head.head.i == x.i and y.head.dep_ in ("prep", "agent", "relcl", "acl") and y.dep_ in (
                "pobj", "dobj", "nsubj", "conj"):
            return True
        if y.dep_ == "conj" and y.head.i == x.i and (y.lemma_ in CASUALTY_VERBS or x.lemma_ in CASUALTY_VERBS):
            return True
    return False


def _groups(cands: list[_Candidate]) -> list[list[_Candidate]]:
    """Group ASSAULT candidates that tell one event; every other candidate stands alone."""
    groups: list[list[_Candidate]] = []
    for c in cands:
        placed = False
        if c.entry.event_type == "ASSAULT":
            for g in groups:
                if g[0].entry.event_type == "ASSAULT" and any(_linked(c.tok, o.tok) for o in g):
                    g.append(c)
                    placed = True
                    break
        if not placed:
            groups.append([c])
    # a casualty verb on its own ("three people died") joins the only other ASSAULT group of the sentence
    assault = [g for g in groups if g[0].entry.event_type == "ASSAULT"]
    lone = [g for g in assault if all(c.tok.lemma_ in CASUALTY_VERBS for c in g)]
    rest = [g for g in assault if g not in lone]
    if lone and len(rest) == 1:
        for g in lone:
            rest[0].extend(g)
            groups.remove(g)
    return groups


def _head_of(group: list[_Candidate]) -> _Candidate:
    """The trigger of a group: the most specific word that is highest in the tree."""
    def depth(t: Token) -> int:
        n = 0
        while t.head.i != t.i:
            t = t.head
            n += 1
        return n
    non_casualty = [c for c in group if c.tok.lemma_ not in CASUALTY_VERBS] or group
    return min(non_casualty, key=lambda c: (depth(c.tok), -c.entry.confidence))


def _region(group: list[_Candidate], sent: Span, n_groups: int) -> set[int]:
    """Token indices that belong to this event: its triggers' subtrees (the whole sentence if alone)."""
    if n_groups == 1:
        return {t.i for t in sent}
    out: set[int] = set()
    for c in group:
        out.update(t.i for t in c.tok.subtree)
    return out


def _trigger_span(cand: _Candidate) -> tuple[int, int]:
    tok = cand.tok
    start, end = tok.idx, tok.idx + len(tok)
    for c in tok.children:
        if c.dep_ == "prt" or (c.dep_ == "compound" and c.i == tok.i - 1 and c.lower_ in (
                "air", "drone", "hunger", "suicide", "missile", "car", "gun")):
            start, end = min(start, c.idx), max(end, c.idx + len(c))
    return start, end


def _choose_mode(event_type: str, entry_modes: list[str | None], weapon_modes: list[str]) -> tuple[str | None, tuple[str, ...]]:
    """The main PLOVER mode and all modes (tactic from the trigger first, then the strongest weapon)."""
    found = [m for m in entry_modes if m]
    allm: list[str] = []
    for m in found + (weapon_modes if event_type == "ASSAULT" else []):
        if m not in allm and ontology.is_valid(event_type, m):
            allm.append(m)
    if not allm:
        return None, ()
    tactic = [m for m in found if m in TACTIC_MODES and m != "destroy"]
    if tactic:
        return tactic[0], tuple(allm)
    for m in MODE_PRIORITY:
        if m in allm:
            return m, tuple(allm)
    return allm[0], tuple(allm)


def _subject_sectors(tok: Token) -> list[str]:
    """Sector codes of the trigger's subjects and agents, from the words alone ('militants' -> UAF)."""
    out = []
    heads = [tok] + ([tok.head] if tok.dep_ in ("conj", "xcomp", "advcl", "relcl", "acl") else [])
    for h in heads:
        for c in h.children:
            if c.dep_ in ("nsubj", "agent"):
                targets = [c] if c.dep_ == "nsubj" else [g for g in c.children if g.dep_ == "pobj"]
                for t in targets:
                    s = modes.sector_of(t)
                    if s is None and t.lemma_.lower() in ("man", "men") and any(
                            g.lower_ in ("armed", "masked") for g in t.children):
                        s = "armed"
                    if s:
                        out.append(PEOPLE_SECTORS.get(s, s))
        if out:
            break
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN":
            s = modes.sector_of(tok.head)
            if s == "armed":
                out.append("UAF")
    return out


def _light_verb_target(tok: Token) -> str | None:
    """The target of 'opened fire on police' (the verb's 'on' object) or 'officers came under fire' (the subject)."""
    gov = tok.head
    if tok.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ == "under":
        come = gov.head
        return next((s for c in come.children if c.dep_ == "nsubj" for s in [modes.sector_of(c)] if s), None)
    if tok.dep_ in ("dobj", "obj") and gov.lemma_.lower() in ("open", "carry", "launch", "mount", "stage"):
        return modes.target_sector(gov)
    return None


def analyse(sent: Span) -> list[EventFrame]:
    """Every event mention in one sentence, with its type, modes, ACLED/CAMEO codes and counts."""
    cands = _candidates(sent)
    if not cands:
        return []
    groups = _groups(cands)
    weapons = modes.find_weapons(sent)
    counts = casualties.find_counts(sent)
    frames: list[EventFrame] = []
    heads: list[tuple[_Candidate, list[_Candidate], set[int]]] = []
    for g in groups:
        heads.append((_head_of(g), g, _region(g, sent, len(groups))))
    assigned = _assign_counts(counts, heads)
    for k, (head, group, region) in enumerate(heads):
        event_type = head.entry.event_type
        confidence = max(c.entry.confidence for c in group)
        extractor = RULES
        if confidence < 0.5:
            refined = _refine(sent, head, confidence)
            if refined is None:
                continue
            event_type, confidence, extractor = refined
        weapon_modes = [w.mode for w in weapons if w.token_i in region]
        mode, all_modes = _choose_mode(event_type, [c.entry.mode for c in group if c.entry.event_type == event_type],
                                       weapon_modes)
        sector = None
        for c in group:
            sector = modes.target_sector(c.tok) or _light_verb_target(c.tok)
            if sector:
                break
        frame_counts = casualties.merge(assigned.get(k, []))
        if sector is None:
            for rc in assigned.get(k, []):
                if rc.role in ("fatalities", "injured", "kidnapped"):
                    sector = modes.sector_of(rc.number)
                    if sector:
                        break
        frame = EventFrame(
            trigger=head.tok, trigger_span=_trigger_span(head), event_type=event_type, mode=mode,
            modes=all_modes, acled=None, cameo_root=None, counts=frame_counts, target_sector=sector,
            confidence=round(confidence, 3), extractor=extractor,
        )
        actor = _subject_sectors(head.tok)
        recipient = [PEOPLE_SECTORS.get(sector, sector)] if sector else []
        acled = acled_for(frame, actor, recipient)
        frames.append(replace(frame, acled=acled, cameo_root=ontology.cameo_root(event_type, mode, acled)))
    return frames


def _refine(sent: Span, head: _Candidate, confidence: float) -> tuple[str, float, str] | None:
    """Ask the learned classifier about a trigger the rules are unsure of; None drops it."""
    from newsevents.extract import classifier

    model = classifier.load()
    if model is None:
        return head.entry.event_type, confidence, RULES
    probs = model.predict_proba(sent.text)
    p = probs.get(head.entry.event_type, 0.0)
    best_type = max(probs, key=probs.__getitem__)
    if best_type == head.entry.event_type or p >= 0.2:
        return head.entry.event_type, round(max(confidence, min(0.8, 0.35 + p)), 3), CLASSIFIER
    if p < 0.05:
        log.debug("classifier drops weak trigger %r (%s p=%.3f)", head.tok.text, head.entry.event_type, p)
        return None
    return head.entry.event_type, confidence, RULES


def _assign_counts(counts: list[casualties.RoleCount],
                   heads: list[tuple[_Candidate, list[_Candidate], set[int]]]) -> dict[int, list[casualties.RoleCount]]:
    """Attach each count to the event it belongs to: the group holding its governing word, else the
    nearest trigger above it, else the only event of a compatible type."""
    out: dict[int, list[casualties.RoleCount]] = {}
    compatible = {
        "fatalities": ("ASSAULT",), "injured": ("ASSAULT",), "kidnapped": ("ASSAULT",),
        "arrested": ("COERCE",), "size": ("PROTEST", "MOBILIZE", "SUPPORT", "ASSAULT"),
    }
    for rc in counts:
        target = None
        for k, (_, group, _) in enumerate(heads):
            if any(c.tok.i == rc.governor.i for c in group):
                target = k
                break
        if target is None:
            kids = {c.i for c in rc.governor.children if c.dep_ in ("nsubj", "nsubjpass", "agent", "prep")}
            kids |= {g.i for c in rc.governor.children if c.dep_ in ("prep", "agent") for g in c.children}
            for k, (_, group, _) in enumerate(heads):
                if any(c.tok.i in kids and c.entry.event_type in compatible[rc.role] for c in group):
                    target = k
                    break
        if target is None:
            anc_ids = [a.i for a in rc.governor.ancestors]
            best = None
            for k, (_, group, _) in enumerate(heads):
                for c in group:
                    if c.tok.i in anc_ids and c.entry.event_type in compatible[rc.role]:
                        d = anc_ids.index(c.tok.i)
                        if best is None or d < best[0]:
                            best = (d, k)
            if best:
                target = best[1]
        if target is None:
            fits = [k for k, (h, _, _) in enumerate(heads) if h.entry.event_type in compatible[rc.role]]
            if len(fits) == 1:
                target = fits[0]
        if target is None:
            continue
        if heads[target][0].entry.event_type not in compatible[rc.role] and rc.role != "size":
            continue
        out.setdefault(target, []).append(rc)
    return out


