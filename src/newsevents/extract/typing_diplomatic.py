"""The cooperative and non-violent PLOVER types read from a verb and its objects: aid given, ties ended or
restored, concessions promised, offers turned down, prisoners swapped, appeals, call-ups, ultimatums, threats told
as conditions or warnings, and a few constructions of weapons disposed of or places that came under someone's
control (split from typing_words)."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract import modes
from newsevents.extract.ontology import (
    TriggerEntry, trigger, AID_GOODS, ARMS_GOODS, BLAST_SUBJECTS, COMMENTATORS, CONCESSION_VERBS, DEAL_WORDS, FORCE_OBJECTS,
    LIFTABLE, NORMALISE_VERBS, AID_VERBS, TIE_ENDERS, TIES, VIOLENT_LEMMAS, WARNED_ACTS, WEAPON_OBJECTS,
)
from newsevents.extract.modes import (
    armed_subject, carries_weapons as _carries_weapons, person as _person, subjects as _subjects,
)



# who trades words, and where: "the two candidates traded fire over immigration in Tuesday's debate"
SPEAKERS = frozenset({"candidate", "leader", "politician", "minister", "president", "senator", "lawmaker", "party",
                      "rival", "opponent", "campaign", "spokesman", "spokeswoman", "official", "critic", "pundit"})
TALK_WORDS = frozenset({"debate", "parliament", "interview", "speech", "statement", "campaign", "election",
                        "television", "tv", "press", "twitter", "social", "media", "argument", "row", "hearing",
                        "senate", "congress", "assembly", "podcast", "op-ed", "remark"})


def _war_of_words(tok: Token) -> bool:
    """Whether 'traded fire' is words: speakers as its subject, fire traded 'over' a topic, or a debate, a
    parliament or an interview in the sentence."""
    if any(c.dep_ == "prep" and c.lower_ == "over" for c in tok.children):
        return True
    if any(s.lemma_.lower() in SPEAKERS for s in _subjects(tok)):
        return True
    return any(t.lemma_.lower() in TALK_WORDS for t in tok.sent)


def complement_lemmas(tok: Token) -> set[str]:
    """Lemmas in the complement clause of a verb (xcomp, ccomp) and its objects."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "advcl", "conj"):
            out.update(t.lemma_.lower() for t in c.subtree)
    return out


def calls_on(tok: Token) -> bool:
    """'called for a ceasefire', 'called on both sides to ...' (not 'called ... on Saturday')."""
    return any(c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "on" and not any(
        g.ent_type_ in ("DATE", "TIME") for g in c.children)) for c in tok.children)


def diplomatic_verb(tok: Token, lemma: str, objs: list[str], particles: set[str]) -> TriggerEntry | None:
    """Aid given, ties ended or restored, concessions promised or made, offers turned down, prisoners
    swapped: the cooperative and non-violent PLOVER types read from a verb and its objects."""
    under = modes.object_words(tok)
    recipient = any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" and any(
        g.ent_type_ in ("GPE", "NORP", "ORG") or modes.sector_of(g) for g in c.children) for c in tok.children)
    if lemma in AID_VERBS and not under & {"troop", "soldier", "force", "police", "reinforcement", "fighter"} and (
            under & AID_GOODS or recipient and under & ARMS_GOODS):
        return trigger("AID", None, 0.75)  # "gave 50 million euros in aid", "sent air defence missiles to Ukraine"
    if lemma in TIE_ENDERS and (lemma != "break" or "off" in particles) and (lemma != "tear" or "up" in particles) \
            and set(objs) & TIES and not set(objs) & {"ceasefire", "cease-fire", "truce"}:
        return trigger("SANCTION", "discontinue", 0.75)  # "broke off diplomatic relations", "ended the defence pact"
    if lemma == "withdraw" and any(c.dep_ == "prep" and c.lower_ == "from" and any(
            g.lemma_.lower() in TIES or g.ent_type_ == "ORG" for g in c.children) for c in tok.children):
        return trigger("SANCTION", "withdraw", 0.75)  # "withdrew from the ECOWAS bloc"
    if lemma in NORMALISE_VERBS and set(objs) & {"relation", "tie", "trade", "flight", "cooperation"}:
        return trigger("COOPERATE", None, 0.75)  # "restored diplomatic relations", "resumed direct flights"
    promised = {c.lemma_.lower() for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"}
    violent = complement_lemmas(tok) & VIOLENT_LEMMAS
    if violent == {"free"} and complement_lemmas(tok) & {"hostage", "prisoner", "captive", "detainee"}:
        violent = set()  # "promised to free all hostages": a release, not a conquest ("vowed to free Chechnya")
    if lemma in ("pledge", "promise", "offer", "vow") and promised & CONCESSION_VERBS and not violent:
        return trigger("CONCEDE", None, 0.7)  # "pledged to hand power to civilians", "promised to lift the curfew"
    if lemma in ("lift", "ease", "relax") and set(objs) & LIFTABLE and tok.tag_ in ("VBD", "VBN"):
        return trigger("RETREAT", None, 0.7)  # "authorities lifted the curfew": done, a material concession
    if lemma == "turn" and "down" in particles:
        return trigger("REJECT", None, 0.8)  # "turned down an invitation to talks"
    if lemma in ("exchange", "swap", "trade") and set(objs) & {"prisoner", "detainee", "captive", "hostage", "body"}:
        return trigger("RETREAT", "release", 0.75)  # "exchanged 95 prisoners of war"
    if lemma == "trade" and (set(objs) & {"fire", "gunfire", "salvo", "shell"} and (
            armed_subject(tok) or not _war_of_words(tok)) or set(objs) & {"shot", "blow"} and armed_subject(tok)):
        # "troops and fighters traded fire across the border", "tribal lashkars traded fire across the valley":
        # fire traded is a fight unless it is words (shots and blows traded only by armed men: "the candidates
        # traded blows in the debate"; fire traded by speakers: "the candidates traded fire over immigration")
        return trigger("ASSAULT", "firearms", 0.8)
    if lemma == "call" and "up" in particles and set(objs) & (FORCE_OBJECTS | {"conscript", "reserve"}):
        return trigger("MOBILIZE", "troops", 0.8)  # "Israel called up 300,000 reservists"
    if lemma == "call" and calls_on(tok) and not particles & {"off", "up"}:
        return trigger("REQUEST", None, 0.75)  # "called for an immediate ceasefire", "called on both sides to ..."
    if lemma in ("draft", "conscript") and set(objs) & (FORCE_OBJECTS | {"conscript", "man", "recruit", "youth"}):
        return trigger("MOBILIZE", "troops", 0.75)  # "the army drafted 10,000 new conscripts"
    if lemma == "station" and set(objs) & (WEAPON_OBJECTS | {"weapon"}):
        return trigger("MOBILIZE", "weapons", 0.7)  # "Russia has stationed tactical nuclear weapons in Belarus"
    if lemma in ("form", "create", "launch", "found") and modes.armed_unit(
            [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]):
        return trigger("MOBILIZE", "militia", 0.7)  # "community leaders formed a new self-defence militia"
    if lemma == "give" and set(objs) & {"hour", "day", "deadline", "ultimatum", "week"} and any(
            t.lemma_.lower() in VIOLENT_LEMMAS | {"face", "assault", "attack", "force"} for t in tok.subtree):
        return trigger("THREATEN", "violence", 0.75)  # "gave the rebels 48 hours to leave or face an assault"
    if lemma == "go" and "off" in particles and any(
            s.lemma_.lower() in BLAST_SUBJECTS | {"bomb", "mine", "grenade", "charge", "ied"} for s in _subjects(tok)):
        return trigger("ASSAULT", "explosives", 0.8)  # "a bomb planted under a bench went off"
    if lemma == "pick" and "up" in particles and any(_person(c) for c in tok.children if c.dep_ in (
            "dobj", "obj", "nsubjpass")) and any(modes.sector_of(s) in ("police", "government", "military")
                                                 for s in _subjects(tok)):
        return trigger("COERCE", "arrest", 0.75)  # "police picked up four suspects", "was picked up by officers"
    if lemma == "down" and set(objs) & WEAPON_OBJECTS:
        return trigger("COERCE", "seize", 0.8)  # "air defences downed two missiles over Kyiv"
    if lemma in ("detonate", "explode", "destroy") and set(objs) & WEAPON_OBJECTS and (any(
            c.lower_ in ("safely", "controlled") for c in tok.subtree) or any(s.lemma_.lower() in (
                "expert", "squad", "sapper", "engineer", "technician", "deminer") for s in _subjects(tok))):
        return trigger("COERCE", "seize", 0.75)  # "bomb disposal experts safely detonated the device"
    if lemma == "come" and any(c.dep_ == "prep" and c.lower_ == "under" and any(
            g.lemma_.lower() == "control" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(modes.sector_of(x) == "armed" for x in p.children)
                for p in g.children) for g in c.children) for c in tok.children):
        return trigger("COERCE", "seize", 0.75)  # "the town came under the control of M23 rebels"
    if lemma in ("find", "discover", "uncover", "unearth", "dismantle") and (set(objs) & (
            WEAPON_OBJECTS | {"depot", "cache", "arsenal", "stockpile"}) or _carries_weapons(tok)) and (
            armed_subject(tok) or any(modes.sector_of(s) in ("police", "military") for s in _subjects(tok))):
        return trigger("COERCE", "seize", 0.7)  # "soldiers uncovered an arms depot"
    if lemma in ("accept", "commit", "endorse") and set(objs) & DEAL_WORDS and not any(
            c.dep_ == "neg" for c in tok.children):
        return trigger("AGREE", None, 0.75)  # "accepted a Qatari proposal for a pause", "committed to a cessation"
    if lemma == "find" and any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ == "guilty"
                               or c.lower_ == "guilty" and c.dep_ in ("amod", "advmod") for c in tok.subtree):
        return trigger("SANCTION", "convict", 0.85)  # "the court found the former commander guilty of war crimes"
    if lemma == "order" and set(objs) & {"ambassador", "envoy", "diplomat", "attache", "consul"} and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ("leave", "go", "depart") for c in tok.children):
        return trigger("SANCTION", "expel", 0.8)  # "Mali ordered the French ambassador to leave the country"
    if lemma == "blacklist":
        return trigger("SANCTION", None, 0.8)  # "the EU blacklisted the paramilitary group"
    if lemma == "warn" and any(c.dep_ == "prep" and c.lower_ == "against" and any(
            t.lemma_.lower() in VIOLENT_LEMMAS | {"intervention", "military", "invasion", "escalation", "incursion"}
            for t in c.subtree) for c in tok.children):
        return trigger("THREATEN", "violence", 0.65)  # "the junta warned against any military intervention"
    if lemma in ("swear", "declare", "pledge") and "loyalty" in objs:
        return trigger("SUPPORT", None, 0.8)  # "declared his loyalty to the army chief" (an allegiance)
    return None


FUTURE_AUX = frozenset({"will", "would", "'ll", "wo", "shall"})
FORCE_RESPONSES = frozenset({"force", "strike", "attack", "fire", "action", "war", "retaliation"})
ARREST_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "prosecute"})


def arrest_foretold(tok: Token, lemma: str) -> bool:
    """'told organisers that every marcher would be detained if the rally went ahead', 'warned that anyone joining
    the march will be arrested': an arrest promised on a condition or in a warning is a threat, not an arrest."""
    if lemma not in ARREST_VERBS or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
        return False
    warned = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ("warn", "tell", "threaten", "say")
    condition = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                    for c in tok.children)
    return warned and (condition or tok.head.lemma_.lower() == "warn") or condition


def conditional_threat(tok: Token, lemma: str) -> bool:
    """An act of violence promised on a condition ('would storm the capital if the results were not annulled',
    'will go to war unless ...'): a threat, not an event."""
    violent = lemma in VIOLENT_LEMMAS or lemma == "go" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() == "war" for g in c.children)
        for c in tok.children) or lemma in ("respond", "react", "answer") and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in FORCE_RESPONSES for g in c.children)
        for c in tok.children)  # "would respond with overwhelming force"
    if not violent:
        return False  # (every case below needs a violent act)
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children)
    if violent and future and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ("warn", "threaten"):
        return True  # "North Korea warned it would respond with force to any drills": a warning of violence
    if violent and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("ready", "prepared", "willing", "poised"):
        return True  # "Hezbollah said it was ready to strike deep inside Israel"
    def armed(t: Token) -> bool:
        return armed_subject(t) or any(modes.sector_of(s) in ("military", "police", "government", "armed")
                                       for s in _subjects(t))
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if violent and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children) and tok.dep_ == "ccomp" \
            and tok.head.lemma_.lower() in ("say", "announce", "declare", "warn", "state") and not any(
                s.lemma_.lower() in COMMENTATORS for s in _subjects(tok.head)) and (
            armed(tok) or passive and (armed(tok.head) or any(s.ent_type_ in ("NORP", "ORG") for s in _subjects(tok.head)))):
        return True  # "the Houthis said ships linked to Israel would be targeted": an armed party's stated intent
    return violent and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in tok.children)


# acts a party may promise to do to another until it gives way: "would expel Canadian diplomats unless Ottawa
# withdrew", "would tear down the council unless it stepped aside"
ULTIMATUM_MARKS = frozenset({"unless"})
# who is warned of what will be done to them: "anyone who kept working with the army would be treated as an enemy"
WARNED_PEOPLE = frozenset({"anyone", "anybody", "whoever", "everyone", "those", "all"})
# objects that make 'use' a use of force: "ready to use military force to restore the president"
FORCE_USED = frozenset({"force", "weapon", "arm", "army", "troop", "military"})


DEADLINE_SPANS = frozenset({"hour", "day", "week", "month"})


def _deadline(tok: Token) -> bool:
    """'gave migrant miners 48 hours to leave the regency', 'gave the government a week to meet their demands': a
    span of time given to do something is an ultimatum."""
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp"):
        return False  # "expelled the ambassador, giving him 72 hours to leave": the terms of the expulsion
    span = any(c.lemma_.lower() in DEADLINE_SPANS and c.dep_ in ("dobj", "npadvmod", "obj") and any(
        g.dep_ in ("nummod", "det") for g in c.children) for c in tok.children)
    return span and any(c.dep_ in ("xcomp", "advcl", "relcl", "acl") and any(a.tag_ == "TO" for a in c.children)
                        for t in (tok, *tok.children) for c in t.children)


def _or_else(tok: Token) -> bool:
    """'to leave the regency or be treated as enemy combatants', '... or face the consequences': the threat told."""
    return any(t.lower_ == "or" for t in tok.subtree) and any(
        t.lemma_.lower() in ("treat", "kill", "face", "attack", "shoot", "punish") for t in tok.subtree)


def ultimatum(tok: Token) -> TriggerEntry | None:
    """THREATEN for an act promised unless the other side gives way ('said it would expel diplomats unless Ottawa
    withdrew its allegations'), for force a party is ready to use ('ready to use military force if diplomacy
    failed'), and for a warning that people will be dealt with ('warned residents that anyone working with the army
    would be treated as an enemy')."""
    lemma = tok.lemma_.lower()
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children)
    if future and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ULTIMATUM_MARKS for m in c.children)
                      for c in tok.children):
        violent = lemma in VIOLENT_LEMMAS | {"tear", "topple", "remove"}
        mode = WARNED_ACTS.get(lemma) or ("violence" if violent else None)
        return trigger("THREATEN", mode, 0.7)
    if lemma == "give" and _deadline(tok):
        return trigger("THREATEN", "violence" if _or_else(tok) else None, 0.7)
    if lemma == "use" and modes.object_words(tok) & FORCE_USED and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in (
            "ready", "prepared", "willing", "poised"):
        return trigger("THREATEN", "violence", 0.7)
    if lemma == "warn" and any(v.i > tok.i and v.pos_ == "VERB" and v.lemma_.lower() not in ARREST_VERBS and any(
            a.dep_ == "nsubjpass" and (modes.person(a) or a.lower_ in WARNED_PEOPLE) for a in v.children) and any(
            a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in v.children) for v in tok.subtree):
        return trigger("THREATEN", None, 0.65)  # (what will be done to people, wherever the parse hangs it)
    return None


# what a report or an inquiry finds someone committed: an accusation (PLOVER ACCUSE allege)
CRIME_WORDS = frozenset({"crime", "atrocity", "abuse", "violation", "genocide", "massacre", "war", "humanity"})


def crimes_found(tok: Token) -> TriggerEntry | None:
    """'A U.N. mission said the RSF had committed crimes against humanity': crimes said to be committed are an
    accusation."""
    if tok.lemma_.lower() == "commit" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CRIME_WORDS
                                               for c in tok.children):
        return trigger("ACCUSE", "allege", 0.7)
    return None
