"""ACLED event type and sub-type of an event frame: weapon, who fights whom, and when not to code at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.extract import modes, ontology, typing_context
from newsevents.extract.typing_context import direct_objects
from newsevents.extract.typing_digest import announced_dissolution
from newsevents.extract.typing_territory import (
    CAPTURE_VERBS, HQ_WORDS, fight_setting, ground_taken, post_set_up, unopposed,
)
from newsevents.extract.ontology import (
    CASUALTY_VERBS, CRIMINAL_GROUPS, FIGHT_WORDS, PERSON_NOUNS, TERRITORY, VIOLENT_CUES, WEAPON_OBJECTS,
)
from newsevents.models import Acled
from newsevents.nlp import sentence_of

ARMED_PARTY = frozenset({"armed", "military"})
# verbs of taking back a place ("recaptured", "won back"): Government regains territory unless rebels are the subject
RETAKE_LEMMAS = frozenset({"recapture", "retake", "regain", "reclaim", "liberate", "dislodge", "reassert", "restore",
                           "retaking", "liberation", "reoccupy", "reoccupie"})
# fight nouns of communiqués and digests, read only as their trigger: "a contact of fire", "combat engagements"
DIGEST_FIGHTS = frozenset({"contact", "engagement", "combat"})
NON_STATE_ARMED = frozenset({"REB", "INS", "UAF", "SEP"})
LEGAL_WORDS = frozenset({"act", "law", "court", "warrant", "expropriation", "order", "ruling", "legislation"})
ARSON_TRIGGERS = frozenset({"set", "torch", "burn", "arson", "firebomb"})
DAMAGE_VERBS = frozenset({"destroy", "damage", "flatten", "raze"})
EXPLOSION_NOUNS = frozenset({"explosion", "blast", "explode"})
# words that make an explosion an attack: a target, a claim, a device, an attacker
ATTACK_EVIDENCE = frozenset({"target", "claim", "responsibility", "device", "plant", "detonate", "terror",
                             "terrorism", "terrorist", "attacker", "bomber", "perpetrator", "kill", "wound", "injure",
                             "hit", "rip", "destroy"})

if TYPE_CHECKING:
    from newsevents.extract.typing import EventFrame

# nouns too vague to be an ACLED event on their own ("descending into violence")
# verbs whose infinitive complement is an act agreed to in a deal, not yet carried out
COMMITMENT_VERBS = frozenset({"agree", "consent", "offer"})
VAGUE_NOUNS = frozenset({"violence", "terrorism", "unrest", "conflict", "war", "bloodshed", "tension", "hostility"})
# the weapon a trigger word names itself ("shelling", "airstrikes") decides before other weapons of the sentence
TRIGGER_WEAPON_SUBTYPE = {
    "shelling": "Shelling/artillery/missile attack", "shell": "Shelling/artillery/missile attack",
    "bombardment": "Shelling/artillery/missile attack", "airstrike": "Air/drone strike",
    "air strike": "Air/drone strike", "drone strike": "Air/drone strike",
    "mortar fire": "Shelling/artillery/missile attack", "artillery fire": "Shelling/artillery/missile attack",
    "rocket fire": "Shelling/artillery/missile attack", "tank fire": "Shelling/artillery/missile attack",
}


def _trigger_weapon_subtype(trig: Token) -> str | None:
    """The sub-type the trigger word names itself: 'shelling', 'airstrikes', 'drone strike'."""
    words = [trig.lemma_.lower(), trig.lower_]
    words += [f"{c.lower_} {trig.lemma_.lower()}" for c in trig.children if c.dep_ in ("compound", "amod")]
    for w in words:
        if w in TRIGGER_WEAPON_SUBTYPE:
            return TRIGGER_WEAPON_SUBTYPE[w]
    return None


CUE_WORDS = VIOLENT_CUES | FIGHT_WORDS


def _claimed(trig: Token) -> bool:
    """'claimed the attack', 'claimed responsibility for the bombing': the claim reports the attack."""
    gov = trig.head.head if trig.dep_ == "pobj" else trig.head
    if gov.lower_ == "responsibility":
        gov = gov.head
    return gov.lemma_.lower() == "claim" and gov.pos_ == "VERB"


def _stopped(trig: Token) -> bool:
    """'police stopped opposition supporters from holding a rally': a protest prevented met an intervention."""
    t = trig
    for _ in range(3):
        if t.dep_ == "pcomp" and t.head.lower_ == "from" and t.head.head.lemma_.lower() in (
                "stop", "prevent", "block", "bar", "stymie"):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _particular_cues(sent: Span) -> set[str]:
    """The cue lemmas of the sentence that tell a particular event (`typing_context.generic_plural` is false), read
    once per sentence: a sentence with a hundred frames and a hundred cue words cost minutes when each frame read
    every cue's subtree again (review of session 9: 112 s on a 20,000-character sentence)."""
    key = ("newsevents.typing_acled.cues", sent.start, sent.end)
    found = sent.doc.user_data.get(key)
    if found is None:
        table = typing_context.token_table(sent.doc)[0]
        doc = sent.doc
        found = {table[i] for i in range(sent.start, sent.end)
                 if table[i] in CUE_WORDS and not typing_context.generic_plural(doc[i])}
        sent.doc.user_data[key] = found
    return found


def _not_codable(frame: EventFrame, actor_sectors: list[str], lemmas: set[str]) -> bool:
    """Whether ACLED would code nothing from this mention: a possibility ('may have been injured'), a
    vague noun ('terrifying violence'), or casualties with no attack, attacker or weapon named."""
    trig = frame.trigger
    if typing_context.hedged(trig) and not announced_dissolution(trig) or typing_context.intended(trig):
        return True  # ("the PKK announced it would dissolve": the decision is coded)
    if trig.dep_ == "xcomp" and trig.head.lemma_.lower() in COMMITMENT_VERBS:
        return True  # "the rebels agreed to hand over their weapons": the deal is the event ACLED codes
    sent = sentence_of(trig)
    if typing_context.latest_of_kind(trig):
        return True  # "the shootings were the latest in a series", "attacks like this have become common"
    if typing_context.earlier_event(trig) and not frame.counts and not frame.mentioned and any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in trig.children) and not (
            typing_context.pinned(trig) and trig.head.lower_ not in ("to", "for") or _claimed(trig)):
        return True  # "security was tightened after the attack": a definite reference back (not "mourning
        # after the ambush on a convoy in Tillaberi", pinned to one incident, nor an attack a group claims)
    if typing_context.in_series(trig) and not typing_context.specific_time(sent):
        return True  # "a series of fatal bombings in 2016": a summary, not one event
    if frame.event_type != "ASSAULT":
        return False
    if _repeated(trig):
        return True  # "dropped grenades on its trenches at least 51 times in December": a tally, not one event
    if typing_context.period_summary(trig, sent):
        return True  # "hundreds have been killed in airstrikes since the conflict began"
    lemma = trig.lemma_.lower()
    if lemma in VAGUE_NOUNS and not frame.counts and not (frame.mode == "sexual" and any(
            c.dep_ in ("agent", "prep") and c.lower_ == "by" for c in (*trig.children, *trig.head.head.children))):
        return True  # (not "women were subjected to sexual violence by members of the Gran Grif gang")
    if trig.pos_ == "VERB" and not frame.counts and not frame.modes and not frame.target_sector and not any(
            c.dep_ in ("dobj", "obj", "nsubjpass", "prep", "agent") for c in trig.children) and not any(
            t.ent_type_ in ("GPE", "LOC", "FAC") for t in sent):
        return True  # "they began to strike": no target, weapon, victims or place to code
    armed_actor = any(s in ontology.ARMED_SECTORS for s in actor_sectors)
    # cue words count only where they tell a particular event: "in sectarian clashes" (a bare plural tied to
    # no time or place) does not make "dozens have been killed" a battle
    cues = lemmas & CUE_WORDS
    if cues:
        cues &= _particular_cues(sent)
    bare = not armed_actor and not cues
    if lemma in CASUALTY_VERBS | {"dead"} and bare and not modes.find_weapons(sent) and not _named_killer(trig) \
            and _crowd_actor(trig) != "mob":  # ("a mob killed a man over a land dispute": the mob did it)
        return True
    if bare and lemma in DAMAGE_VERBS and trig.tag_ == "VBN" and not frame.counts.get("fatalities") and not any(
            c.dep_ == "agent" for c in trig.children) and not modes.find_weapons(sent):
        return True  # "six villages were destroyed": damage with nobody said to have done it
    if bare and lemma in EXPLOSION_NOUNS and not frame.counts and not frame.target_sector and \
            not (lemmas & ATTACK_EVIDENCE) and all(sent.doc[w.token_i].lemma_.lower() in EXPLOSION_NOUNS
                                                   for w in modes.find_weapons(sent)):
        return True  # "the blast took place at a restaurant": nothing tells an attack from an accident
    return False


def _repeated(trig: Token) -> bool:
    """'had dropped grenades on its trenches at least 51 times in December', 'between late 2014 and 2015 the army
    demolished 3,000 buildings': an act counted over many times or over a span of years is a tally (ACLED codes
    events of one day)."""
    blows = any(c.dep_ in ("dobj", "obj", "nsubjpass") and (modes.person(c) or c.pos_ == "PRON")
                for c in trig.children)  # "shot the man three times in the chest": blows on one victim
    if not blows and any(c.lemma_.lower() == "time" and c.dep_ in ("npadvmod", "advmod") and any(
            g.dep_ == "nummod" and g.lower_ not in ("one", "1") for g in c.children) for c in trig.subtree):
        return True  # (the parser may hang the count on the object's clause: "grenades filled with ... 51 times")
    years = [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.subtree
             if g.like_num and len(g.text) == 4 and g.text.isdigit()]
    return len(years) >= 1 and any(c.dep_ == "prep" and c.lower_ == "between" and any(
        g.lower_ == "and" for g in c.subtree) for c in trig.children)


def _earlier_clause_of(tok: Token, trig: Token) -> bool:
    """'clashed with riot police, throwing fireworks, after a teenager was fatally shot by an officer': a weapon in
    a clause that dates a fight by an earlier act is not the fight's weapon (the dead of 'suffocated after a gas
    cylinder crashed into a building' are the device's)."""
    if trig.lemma_.lower() not in FIGHT_WORDS:
        return False
    for t in (tok, *tok.ancestors):
        if t.i == trig.i:
            return False
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in t.children):
            return not any(a.i == t.i for a in trig.ancestors)
    return False


def _named_killer(trig: Token) -> bool:
    """'The Taliban killed a former army commander', 'the bandits killed two farmers': a killing whose doer is a
    group or a person named as its subject is an attack, whatever the sector."""
    return trig.pos_ == "VERB" and any(
        s.ent_type_ in ("ORG", "NORP", "PERSON") or s.lemma_.lower() in CRIMINAL_GROUPS or modes.person(s)
        for s in modes.subjects(trig))


def _conflict_party(sent) -> bool:
    """Whether the sentence names an armed party (rebels, militants, an army): agreements between
    conflict actors are what ACLED codes as Agreement."""
    return any(modes.sector_of(t) in ARMED_PARTY for t in sent if t.pos_ in ("NOUN", "PROPN"))


def _armed(sectors: list[str]) -> bool | None:
    if not sectors:
        return None
    return any(s in ontology.ARMED_SECTORS for s in sectors)


def acled_for(frame: EventFrame, actor_sectors: list[str], recipient_sectors: list[str]) -> Acled | None:
    """The ACLED type and sub-type of a frame, given what is known of who acted and who was targeted."""
    t = frame.event_type
    sent = sentence_of(frame.trigger)
    lemmas = typing_context.sentence_lemmas(sent)
    if _not_codable(frame, actor_sectors, lemmas):
        return None
    weapons = {w.weapon for w in modes.find_weapons(sent) if w.mode in frame.modes
               and not _earlier_clause_of(sent.doc[w.token_i], frame.trigger)}
    if t == "ASSAULT":
        return _acled_assault(frame, actor_sectors, recipient_sectors, lemmas, weapons)
    if t == "COERCE":
        objs = direct_objects(frame.trigger)
        if frame.mode == "arrest":
            verbs = [frame.trigger, *([frame.trigger.head] if frame.trigger.dep_ == "conj" else []),
                     *(c for c in frame.trigger.children if c.dep_ == "conj")]
            if any(modes.sector_of(c) == "protesters" for v in verbs for c in v.children if c.dep_ in (
                    "dobj", "nsubjpass")) or _protest_setting(frame.trigger) or protest_cleared(sent):
                # "arrested dozens of demonstrators", "broke up a demonstration and detained 30 people"
                return ontology.acled("Protest with intervention")  # "arrested dozens of demonstrators"
            return ontology.acled("Arrests")
        if frame.mode == "seize":
            crowd = _crowd_actor(frame.trigger)
            if crowd:  # "protesters ransacked and burned the party offices"
                return ontology.acled("Mob violence" if crowd == "mob" else "Violent demonstration")
            carried = {t.lemma_.lower() for c in frame.trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass")
                       for t in c.subtree}
            if objs & WEAPON_OBJECTS or carried & WEAPON_OBJECTS:
                return ontology.acled("Disrupted weapons use")  # "intercepted a dhow carrying rifles"
            if frame.trigger.lemma_ == "fall":  # "the town fell to Wagner fighters": the taker follows 'to'
                takers = [g for c in frame.trigger.children if c.dep_ == "prep" and c.lower_ == "to"
                          for g in c.children if g.dep_ == "pobj"]
                state = any(modes.sector_of(g) in ("military", "police", "government") for g in takers)
                return ontology.acled("Government regains territory" if state else "Non-state actor overtakes territory")
            named_place = any(c.dep_ in ("dobj", "obj") and c.ent_type_ in ("GPE", "LOC", "FAC")
                              for c in frame.trigger.children) or frame.trigger.pos_ == "NOUN" and any(
                g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or g.pos_ == "PROPN" or g.is_title)
                for c in frame.trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
            # "captured Herat", "the capture of Palma by Ansar al-Sunna fighters"
            retake = frame.trigger.lemma_.lower() in RETAKE_LEMMAS or (frame.trigger.lemma_.lower() in (
                "win", "take", "wrest", "seize", "grab") and any(c.lower_ == "back" for c in frame.trigger.children))
            if unopposed(frame.trigger):  # "took over their positions without any fighting"
                return ontology.acled("Non-violent transfer of territory")
            # "overran an army camp", "seized Wad Madani after clashes with the army"
            post = frame.trigger.lemma_.lower() in CAPTURE_VERBS and (post_set_up(frame.trigger) or fight_setting(
                frame.trigger) and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in frame.trigger.children))
            if ground_taken(objs, frame.trigger.lemma_.lower()) or named_place or retake or post or frame.trigger.lemma_ in (
                    "take", "gain", "wrest", "assume", "drive", "push", "flush", "oust", "clear", "come", "sweep",
                    "wrest", "raise", "hoist", "plant"):
                # ("the town came under the control of M23 rebels": only a non-state armed controller is read)
                state = any(s in ontology.STATE_FORCE_SECTORS for s in actor_sectors)
                if retake and not any(s in NON_STATE_ARMED for s in actor_sectors):
                    state = True  # taking back a place is what governments do, unless rebels are named as doing it
                return ontology.acled("Government regains territory" if state else "Non-state actor overtakes territory")
            if frame.trigger.lemma_ == "raid" or any(s in ("COP",) for s in actor_sectors) and "raid" in lemmas:
                return ontology.acled("Arrests") if lemmas & {"arrest", "detain", "custody"} else ontology.acled("Other")
            if lemmas & LEGAL_WORDS and not lemmas & VIOLENT_CUES:
                return None  # "will be seized under the Expropriation Act"
            return ontology.acled("Looting/property destruction")
        if frame.mode in ("restrict", "curfew"):
            return ontology.acled("Other")
        if frame.trigger.lemma_ in ("crackdown", "crack"):
            return ontology.acled("Arrests") if lemmas & {"arrest", "detain"} else ontology.acled("Other")
        return None
    if t == "PROTEST":
        if frame.mode == "riot":
            return ontology.acled("Mob violence" if "mob" in lemmas else "Violent demonstration")
        if frame.mode == "boycott":
            return None
        if _hurt(frame, "fatalities") or lemmas & {"kill", "shoot"} and weapons & {"firearm"}:
            return ontology.acled("Excessive force against protesters")
        if weapons & {"crowd"} or _arrests_told(sent) or _stopped(frame.trigger) or any(
                w.mode == "crowd-control" for w in modes.find_weapons(sent)) or any(
                t.lemma_.lower() == "disperse" and any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass", "agent")
                                                       for c in t.children) for t in sent):
            # (a crowd dispersed by force; not "held a brief demonstration before dispersing")
            return ontology.acled("Protest with intervention")
        return ontology.acled("Peaceful protest")
    if t == "MOBILIZE":
        base = lemmas & HQ_WORDS
        if frame.trigger.lemma_.lower() in ("establish", "set", "build", "open") or base and (
                lemmas & {"establish", "set", "build", "open"} or frame.trigger.lemma_.lower() in ("move", "relocate")):
            return ontology.acled("Headquarters or base established")
        return ontology.acled("Change to group/activity")
    if t == "SUPPORT":
        if "allegiance" in lemmas:
            return ontology.acled("Change to group/activity")
        if frame.trigger.lemma_ in ("sign", "ratify"):
            return ontology.acled("Agreement")
        return None
    if t == "AGREE":
        if frame.trigger.lemma_ in ("promise", "offer", "invite", "vow"):
            return None
        if lemmas & {"ceasefire", "cease-fire", "truce", "peace", "agreement", "deal", "accord", "pause", "cessation",
                     "armistice", "pact"}:
            return ontology.acled("Agreement")
        if "halt" in lemmas and lemmas & {"fight", "fighting", "hostility", "clash", "offensive"}:
            return ontology.acled("Agreement")  # "agreed to an immediate halt to fighting"
        if frame.trigger.lemma_ == "agree" and _conflict_party(sent):
            return ontology.acled("Agreement")  # "the rebels ... had agreed with the Russians on the buses"
        return None
    if t == "RETREAT":
        if frame.trigger.lemma_.lower() in ("dissolve", "dissolution"):
            return ontology.acled("Change to group/activity")  # "the PKK announced its dissolution"
        if frame.mode == "withdraw":
            return ontology.acled("Non-violent transfer of territory")
        if frame.mode == "ceasefire" and any(c.lower_ == "unilateral" for c in frame.trigger.children):
            return ontology.acled("Change to group/activity")  # a truce of one side is a change in its activity
        if frame.mode in ("release", "ceasefire"):
            return ontology.acled("Agreement")
        if frame.mode == "disarm" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in WEAPON_OBJECTS
                                          for c in frame.trigger.children):
            return ontology.acled("Other")  # "surrendered their weapons to the army in Kasai": disarmament
        to_force = any(c.dep_ == "prep" and c.lower_ == "to" and any(
            modes.sector_of(g) in ("military", "police", "government") for g in c.children)
            for c in frame.trigger.children)
        if frame.trigger.lemma_.lower() == "surrender" and not to_force and (lemmas & TERRITORY or any(
                t.ent_type_ in ("GPE", "LOC", "FAC") for t in sent)):
            return ontology.acled("Non-violent transfer of territory")  # "surrender by the rebels who had held Aleppo"
        if frame.mode == "disarm":
            return ontology.acled("Other")
        return None
    return None


DETONATE_VERBS = frozenset({"explode", "detonate", "blow", "set", "bomb", "go"})
ATTEMPT_VERBS = frozenset({"fail", "try", "attempt"})
MOB_WORDS = frozenset({"mob", "vigilante", "lynch"})
# unorganised civilians acting together: ACLED codes no civilians as actors, their violence is mob violence
LOCAL_WORDS = frozenset({"villager", "resident", "local", "townspeople", "townsfolk", "neighbour", "neighbor"})
RIOTER_WORDS = frozenset({"protester", "demonstrator", "protestor", "rioter", "marcher", "riot",
                          "rioting"})
# weapons that decide remote violence (ONTOLOGY ASSAULT rule 4), also at a protest when no state force used them
REMOTE_WEAPONS = frozenset({"chemical", "suicide", "air", "drone", "shelling", "ied", "bomb", "grenade"})
# what rioters do beside clashing with police ("clashed with police, throwing fireworks and burning cars")
RIOT_ACTS = frozenset({"throw", "hurl", "burn", "torch", "loot", "smash", "set", "pelt", "ransack", "block", "barricade"})
PROTEST_VERBS = frozenset({"protest", "demonstrate", "riot", "march", "rally"})


DEMOLISH_VERBS = frozenset({"blow", "demolish", "dynamite", "bulldoze"})


# where the wounded or the arrested are taken: "six others taken to hospital" takes no ground
TAKEN_TO = frozenset({"hospital", "clinic", "custody", "court", "station", "morgue", "safety", "shelter"})


def _ground_taking(sent) -> bool:  # type: ignore[no-untyped-def]
    """Whether a verb of taking in the sentence takes something other than people to a hospital or a cell."""
    return any(t.lemma_.lower() in ("seize", "capture", "overrun", "take") and not any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in TAKEN_TO for g in c.children)
        for c in t.children) for t in sent)


REFLEXIVES = frozenset({"himself", "herself", "themselves"})


def _killed_self(sent) -> bool:  # type: ignore[no-untyped-def]
    """'killing himself and 40 personnel', 'blew themselves up': the attacker died by his own device."""
    return any(t.lemma_.lower() in ("kill", "blow") and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in REFLEXIVES for c in t.children) for t in sent)


def _structure_object(trig: Token) -> bool:
    """Whether what was blown up is a thing (a mast, a school, a bridge), not people or a force's post or
    vehicle ('blew up an army truck' is an attack on the army)."""
    objs = [c for c in trig.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return bool(objs) and all(
        c.pos_ in ("NOUN", "PROPN") and c.ent_type_ != "PERSON" and c.lemma_.lower() not in PERSON_NOUNS
        and modes.sector_of(c) not in ("police", "military", "armed", "civilians", "government") for c in objs)


def _hurt(frame: EventFrame, role: str | None = None) -> bool:
    """Whether the frame counts people killed, wounded or taken (more than zero: 'no one was hurt' is none)."""
    roles = (role,) if role else ("fatalities", "injured", "kidnapped")
    return any((frame.counts[r].best or 0) > 0 for r in roles if r in frame.counts)


def _crowd_actor(trig: Token) -> str | None:
    """'mob' when a mob or vigilantes did it, 'protesters' when demonstrators or rioters did, else None."""
    heads = [trig] + ([trig.head] if trig.dep_ == "conj" or trig.dep_ == "advcl" and trig.tag_ == "VBG" and not any(
        c.dep_ == "nsubj" for c in trig.children) else [])  # "fought running battles with police, injuring 14"
    if not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for h in heads for c in h.children):
        # a broken parse: "Protesters opposed to the reform torched shops" (acl), "..., vandalising offices" (compound)
        heads.append(next((a for a in trig.ancestors if any(c.dep_ == "nsubj" for c in a.children)), trig))
    for h in heads:
        # the subject, or the noun a broken parse hangs the verb on ("A mob of residents set upon ...": acl)
        subjects = [c for c in h.children if c.dep_ in ("nsubj", "agent")] + (
            [h.head] if h.dep_ == "acl" and h.head.pos_ == "NOUN" else []) + (
            [h] if h.i != trig.i and h.pos_ == "NOUN" else [])  # "A crowd in X stoned and burned ...": verbs on the noun
        for c in subjects:
            if c.i == trig.i:
                continue  # "the shooting of demonstrators by soldiers ... happened": its 'of' names the victims
            words = {c.lemma_.lower()} | {g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod")}
            words |= {g.lemma_.lower() for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children}  # "a group of vigilantes"
            if c.dep_ == "agent":
                words |= {g.lemma_.lower() for g in c.children if g.dep_ == "pobj"}
            if words & MOB_WORDS:
                return "mob"
            if words & RIOTER_WORDS or any(g.dep_ in ("acl", "relcl") and g.lemma_.lower() in PROTEST_VERBS
                                           for g in c.subtree):
                return "protesters"  # "farmers protesting low milk prices threw eggs at police"
            if "supporter" in words:  # a party's or a candidate's supporters: a riot, rivals a brawl
                return "mob" if any(g.lemma_.lower() == "rival" for g in c.subtree) else "protesters"
            if words & LOCAL_WORDS and c.lemma_.lower() in LOCAL_WORDS | {"crowd", "group"} and (
                    h.i == trig.i or trig.dep_ == "conj") and not _heavy_weapons(trig) and not _own_property(trig):
                return "mob"  # "villagers armed with sticks attacked health workers", "residents ... beat him"
            if "crowd" in words:
                return "mob"  # "a crowd of residents attacked a police station"
    return None


def _own_property(trig: Token) -> bool:
    """'villagers set fire to their houses': what the actors did to their own things."""
    objs = [c for c in trig.children if c.dep_ in ("dobj", "obj")]
    objs += [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return any(g.dep_ == "poss" and g.lower_ in ("their", "its") for o in objs for g in o.children)


def _heavy_weapons(trig: Token) -> bool:
    """Whether the sentence names a weapon beyond a crowd's (sticks, knives, fire, guns): shells, bombs, jets."""
    return any(w.weapon not in ("primitive", "firearm", "crowd") for w in modes.find_weapons(sentence_of(trig)))


PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "riot", "sit-in", "unrest"})
SETTING_PREPS = frozenset({"during", "at", "amid", "in"})


def _with_of_phrase(toks) -> list[Token]:  # type: ignore[no-untyped-def]
    """The tokens and, for a span of time ('four days of protests'), the noun of its 'of' phrase."""
    out = []
    for g in toks:
        out.append(g)
        if g.lemma_.lower() in ("day", "night", "week", "month", "hour", "weekend"):
            out.extend(p for c in g.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)
    return out


def _protest_setting(trig: Token) -> bool:
    """Whether an act took place at a protest ('shot dead 11 people during protests', 'hurled rocks at police
    during protests', 'used lethal force against student protesters, killing a student', 'shot dead 18 people as
    they dispersed a crowd'): a protest noun in a 'during / at / amid / in' phrase of the trigger, of its clause
    or of a verb conjoined to it, protesters as the object of 'against / on / at' there, or a dispersal clause."""
    near = [trig, *(c for c in trig.children if c.dep_ == "conj")]
    if trig.dep_ in ("advcl", "conj", "xcomp"):
        near.append(trig.head)
    for t in near:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in SETTING_PREPS and any(  # a NOUN: "in March" is a month
                    g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in PROTEST_NOUNS
                    for g in _with_of_phrase(c.children)):  # "during four days of protests"
                return True
            if c.dep_ == "prep" and c.lower_ in ("against", "on", "at", "with") and any(
                    g.dep_ == "pobj" and g.pos_ == "NOUN" and modes.sector_of(g) == "protesters" for g in c.children):
                # (also "police clashed with protesters": a clash with demonstrators is no battle)
                return True
            dispersal = [c] if c.dep_ == "advcl" else [  # "detained 16 activists after breaking up a sit-in"
                g for g in c.children if g.dep_ == "pcomp"] if c.dep_ == "prep" and c.lower_ in ("after", "while") \
                else []
            if any(d.lemma_.lower() in ("disperse", "break") and any(
                    g.dep_ in ("dobj", "obj") and g.pos_ == "NOUN" and (
                        g.lemma_.lower() in ("crowd", "gathering", *PROTEST_NOUNS) or modes.sector_of(g) == "protesters"
                        or g.lower_ == "in" and any(s.lower_ == "sit" for s in g.children))  # (a split "sit-in")
                    for g in d.children) for d in dispersal):
                return True
    return False


# a protest told by what its people did (camped, occupied, glued or chained themselves, blocked) or by its name:
# the protest's own names count anywhere in the sentence; the weak words (people who may be no protesters, acts that
# may be no protest) only as what the police cleared ("removed activists chained to the gates", not "stopped a car
# carrying three activists", "cleared the road and arrested two activists")
STRONG_SCENE = frozenset({"encampment", "march", "marcher", "rally", "protest", "protester", "protestor",
                          "demonstration", "demonstrator", "sit-in"})
WEAK_SCENE = frozenset({"occupy", "occupation", "glue", "chain", "blockade", "activist", "participant"})
PROTEST_SCENE = STRONG_SCENE | WEAK_SCENE
# what the police did to end it
CLEARING_VERBS = frozenset({"clear", "remove", "evict", "carry", "drag", "stop", "disperse", "break"})
UNPERMITTED = frozenset({"unauthorised", "unauthorized", "unpermitted", "unsanctioned"})
GATHERING_NOUNS = frozenset({"march", "rally", "protest", "demonstration", "event", "gathering", "sit-in", "picket"})


def _clearing(t: Token) -> bool:
    """A clearing verb ('cleared', 'removed', 'broke up', 'carried off'), not 'breaking into', 'carried out'."""
    return t.pos_ == "VERB" and t.lemma_.lower() in CLEARING_VERBS and (
        t.lemma_.lower() not in ("break", "carry") or any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("up", "off", "away") for c in t.children))


def _cleared_scene(verb: Token) -> set[str]:
    """The scene words told as what the clearing verb cleared: its object (or passive subject), their conjuncts,
    and the words reached from them without passing through another verb ('activists chained to the gates' gives
    activist and, through the participle, nothing more than the object itself)."""
    found: set[str] = set()
    todo = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    while todo:
        t = todo.pop()
        found.add(t.lemma_.lower())
        if t.lower_ == "in" and any(s.lower_ == "sit" for s in t.children):
            found.add("sit-in")
        todo.extend(c for c in t.children if c.pos_ not in ("VERB", "AUX"))
    return found


def protest_cleared(sent) -> bool:  # type: ignore[no-untyped-def]
    """'Police cleared a pro-Palestinian encampment, arresting more than 100 people', 'officers removed activists
    chained to the gates and detained five', 'an unauthorised mass event was stopped; 20 participants were
    detained': arrests made when the police ended a protest (a protest scene and a clearing verb, or a gathering
    held without leave) are ACLED's Protest with intervention, not Arrests. Not 'police cleared the road and
    arrested two smugglers' (no protest), nor 'arrested activists accused of organising an unsanctioned meeting',
    nor 'in March, police stopped a truck' (a month), nor 'stopped a car carrying three activists' (activists
    not what was cleared)."""
    lemmas = {t.lemma_.lower() for t in sent if t.ent_type_ not in ("DATE", "TIME")}  # ("in March": a month)
    if "sit-in" in sent.text.lower():
        lemmas.add("sit-in")
    if any(t.lemma_.lower() in ("arrest", "detain") and typing_context.grievance(t) for t in sent):
        return False  # "a sit-in against the arrest of a colleague"
    clearing = [t for t in sent if _clearing(t)]
    cleared = bool(clearing)
    # ("broke up a sit-in", "carried activists off", not "breaking into a house", "carried out raids")
    if cleared and (lemmas & STRONG_SCENE or any(_cleared_scene(v) & WEAK_SCENE for v in clearing)):
        return True
    return any(t.lower_ in UNPERMITTED and t.head.lemma_.lower() in GATHERING_NOUNS and t.head.lemma_.lower() != "event"
               or t.lower_ in UNPERMITTED and t.head.lemma_.lower() == "event" and cleared for t in sent)


def _arrests_told(sent) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sentence tells arrests made or a protest broken up, not an arrest protested against ('a sit-in
    to protest against the arrest of a colleague', 'protests over the arrest of an opposition leader')."""
    return any(t.lemma_.lower() in ("arrest", "detain", "break") and not typing_context.grievance(t) and not (
        t.dep_ == "pobj" and t.head.lower_ in ("against", "over")) for t in sent)


def _local_exchange(trig: Token) -> bool:
    """Whether the clause of a trigger that names its own weapon ('shelling') tells an exchange of fire: a
    fight word in that clause ('clashes and shelling'), not elsewhere in the sentence ('the battle for the city')."""
    clause = trig
    while clause.head.i != clause.i and not (clause.pos_ in ("VERB", "AUX") and clause.i != trig.i):
        clause = clause.head
    return trig.lemma_ in FIGHT_WORDS or any(t.lemma_ in FIGHT_WORDS for t in clause.subtree)


# who makes a device safe: "the bomb squad", "sappers", "army engineers"
DEFUSERS = frozenset({"squad", "sapper", "engineer", "deminer", "eod"})
# what people gathered in protest are called as the target of gunfire
PROTEST_TARGETS = frozenset({"protester", "protestor", "demonstrator", "sit", "sit-in", "rally", "protest",
                             "demonstration", "march", "marcher"})


# bombs that only aircraft drop
AIR_BOMB_MODIFIERS = frozenset({"guided", "laser-guided", "cluster", "barrel", "glide", "precision", "smart",
                                "bunker-buster", "napalm", "incendiary"})
# who bombs from the air when named as the subject of 'bombed' (the subject's head or its compounds: 'government
# planes', 'the air force'; not a word anywhere under it)
AIR_BOMBERS = frozenset({"plane", "aircraft", "warplane", "jet", "bomber", "helicopter", "nato", "airforce"})
# a state's forces named by their own word: 'the military bombed a village' (not 'the Irish Republican Army', 'the
# Arakan Army': a group's name)
STATE_BOMBERS = frozenset({"military", "army"})


def _air_bomber(subj: Token) -> bool:
    """Whether the subject of 'bombed' is an aircraft or an air force ('government planes', 'the air force', 'NATO'),
    or a state's army or military told by that word alone, outside a group's name."""
    words = [subj, *(c for c in subj.children if c.dep_ == "compound")]
    if any(w.lemma_.lower() in AIR_BOMBERS for w in words) or subj.lemma_.lower() == "force" and any(
            w.lower_ == "air" for w in words):
        return True
    return subj.lemma_.lower() in STATE_BOMBERS and subj.ent_type_ not in ("ORG", "NORP", "FAC") and not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in subj.children)


def _named_army(subj: Token) -> bool:
    """Whether the subject is an armed group named as an army ('the Arakan Army', 'the Irish Republican Army'): a
    proper-noun 'Army' inside an organisation's name with a proper-noun word before it (not 'the Sudanese army',
    'Myanmar's military')."""
    return subj.lemma_.lower() in STATE_BOMBERS and subj.ent_type_ == "ORG" and subj.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in subj.children)


def _dropped_bomb(trig: Token, state_actor: bool) -> bool:
    """'Myanmar's military bombed a concert', 'South African planes bombed a camp', 'the laser-guided bomb hit the
    bus', 'NATO bombs fell on the village': bombs dropped from the air (a state's forces or aircraft bombing, a
    guided or cluster bomb, bombs named by the state or alliance that dropped them, bombs that fell or were
    dropped) are ACLED's Air/drone strike. Not 'militants bombed a bus station' nor 'a bomb hidden in a cart
    exploded' (a planted device), nor 'the Irish Republican Army bombed a pub' (an army by name is a group)."""
    lemma = trig.lemma_.lower()
    if lemma == "bomb" and trig.pos_ == "VERB":
        who = modes.subjects(trig)
        return state_actor and not any(_named_army(s) for s in who) or any(_air_bomber(s) for s in who)
    bombs = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and c.lemma_.lower() == "bomb"]
    for b in bombs:
        mods = {g.lower_ for g in b.children if g.dep_ in ("amod", "compound", "npadvmod")} | {
            g.lower_ for g in b.subtree if g.i < b.i}
        if mods & AIR_BOMB_MODIFIERS or "-guided" in b.sent.text[:b.idx - b.sent.start_char].lower()[-30:]:
            return True
        if any(g.dep_ in ("compound", "poss", "amod") and (g.ent_type_ in ("ORG", "GPE", "NORP") and g.lower_ in (
                "nato", "coalition") or g.ent_type_ == "NORP" and b.tag_ == "NNS") for g in b.children):
            return True  # "NATO bombs", "Russian bombs"
        if lemma in ("drop", "fall", "rain") and b.tag_ == "NNS":
            return True  # "bombs fell on the village", "dropped bombs on the market"
    return False


def _made_safe(trig: Token) -> bool:
    """'The bomb squad safely detonated a suicide vest', 'sappers blew up the mine in a controlled explosion': a
    device destroyed by those who clear them (not 'a suicide bomber detonated his vest')."""
    if trig.lemma_.lower() not in ("detonate", "explode", "blow", "destroy"):
        return False
    return any(c.lower_ == "safely" for c in trig.children) or any(
        g.lemma_.lower() in DEFUSERS or g.lower_ == "bomb" and g.dep_ == "compound" and g.head.lemma_ == "squad"
        for s in modes.subjects(trig) for g in s.subtree)


def _fire_on_protest(sent) -> bool:  # type: ignore[no-untyped-def]
    """'Army troops fired live rounds at a peaceful sit-in', 'police fire on quota reform protesters killed a
    student': shots aimed at a protest (not 'fired on a convoy', 'protesters fired on police', 'a candidate was shot
    dead at a campaign rally', where the rally is the place of a shooting of one man)."""
    doc = sent.doc
    lemmas = typing_context.token_table(doc)[0]
    for i in range(sent.start, sent.end):
        if lemmas[i] not in ("fire", "shoot"):
            continue  # (the first test below, read from the Doc's columns)
        t = doc[i]
        if t.lemma_.lower() not in ("fire", "shoot") or t.pos_ == "VERB" and any(
                modes.sector_of(s) == "protesters" for s in modes.subjects(t)) or t.lemma_.lower() == "shoot" and any(
                c.dep_ in ("dobj", "obj", "nsubjpass") for c in t.children):
            continue
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in ("on", "at", "into") and any(
                    g.lemma_.lower() in PROTEST_TARGETS or modes.sector_of(g) == "protesters" or g.lower_ == "in" and any(
                        c.lower_ == "sit" for c in g.children) for g in p.children):  # (a split "sit-in")
                return True
    return False


_ARMED_WORDS = frozenset({"soldier", "troop", "rebel", "militant", "insurgent", "fighter", "militiaman", "gunman",
                          "jihadist", "militia", "army", "police", "policeman", "guard", "patrol", "force"})


def _armed_noun(tok: Token) -> bool:
    """Whether a noun names an armed party ('government troops', 'UPC rebels', 'the soldiers', 'they' is not)."""
    return modes.sector_of(tok) in ontology.ARMED_SECTORS or tok.lemma_.lower() in _ARMED_WORDS


def _answered_fire(sent) -> bool:  # type: ignore[no-untyped-def]
    """'The soldiers fired back', 'troops returned fire', 'the guards shot back': an armed party answered the fire
    (not 'the minister fired back at his critics', where no armed party answers)."""
    for t in sent:
        lemma = t.lemma_.lower()
        answered = lemma in ("fire", "shoot") and t.pos_ == "VERB" and any(
            c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in t.children) or lemma == "return" and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("fire", "gunfire") for c in t.children)
        if answered and (modes.armed_subject(t) or any(_armed_noun(s) for s in modes.subjects(t))):
            return True
    return False


def _two_sided(trig: Token) -> bool:
    """Whether the sentence tells two armed sides fighting, not one side attacking (docs/ONTOLOGY.md: two armed
    sides = Armed clash): an armed party fired back (here or in the next sentence, 'walked into an ambush. The
    soldiers fired back'), losses 'on both sides' / 'on the two sides', 'rebels against government troops', or the
    dead of a fight ('four days of fighting, in which 100 people were killed'). Not 'houses on both sides of the
    road', 'a campaign against the government', 'an attack in which five were killed'."""
    sent = sentence_of(trig)
    nxt = sent.doc[sent.end].sent if sent.end < len(sent.doc) else None
    return _answered_fire(sent) or nxt is not None and _answered_fire(nxt) or _fought_out(trig)


def _fought_out(trig: Token) -> bool:
    """The dead of a fight between two sides, whoever they were: 'roughly 100 people were killed on the two sides',
    'four days of fighting, in which 100 people are killed', 'UPC rebels against government troops'."""
    sent = sentence_of(trig)
    for t in sent:
        if t.lemma_.lower() == "side" and t.head.lower_ == "on" and any(
                c.lower_ in ("both", "two", "each", "either") for c in t.children) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            return True
        if t.lower_ == "against" and t.dep_ == "prep" and _armed_noun(t.head) and any(
                g.dep_ == "pobj" and _armed_noun(g) for g in t.children):
            return True
    return trig.dep_ == "relcl" and trig.head.lemma_.lower() in FIGHT_WORDS


def _named_civilians(trig: Token) -> bool:
    """Whether the trigger's target is named as civilians ('attacked Palestinian villagers', 'killed five
    passengers'), not just counted ('100 people were killed on the two sides': the dead of either side)."""
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and modes.sector_of(c) == "civilians" and c.lemma_.lower() not in (
        "people", "person") for c in trig.children)


def _acled_assault(frame: EventFrame, actors: list[str], recipients: list[str], lemmas: set[str],
                   weapons: set[str]) -> Acled:
    """ASSAULT to ACLED: weapon decides remote violence, who-fights-whom decides battle or attack."""
    m = frame.mode
    if m == "sexual" or "sexual" in frame.modes:  # "seized five girls and raped them": the rape decides
        return ontology.acled("Sexual violence")
    state_actor = any(s in ontology.STATE_FORCE_SECTORS for s in actors)
    armed_other = bool(_armed(actors)) and not state_actor  # a gunman, a militia: no force used by the state
    if frame.trigger.lemma_.lower() in ("throw", "hurl", "toss", "lob", "pelt") and not state_actor:
        crowd = _crowd_actor(frame.trigger)  # "farmers blocking a motorway hurled eggs at riot police, who responded
        if crowd:  # with water cannon": the crowd's act, whatever the police answered with
            return ontology.acled("Mob violence" if crowd == "mob" else "Violent demonstration")
    if m == "crowd-control" or (weapons and weapons <= {"crowd"}) or (
            frame.target_sector == "protesters" or _fire_on_protest(frame.trigger.sent)) and (
            state_actor or not weapons - {"firearm", "crowd", "primitive"}) and not armed_other:
        # a bomb or grenade thrown at a rally by unknown attackers is told by its weapon, not as force on protesters
        # force against demonstrators: lethal force is excessive, the rest an intervention in a protest
        return ontology.acled("Excessive force against protesters" if _hurt(frame, "fatalities")
                              else "Protest with intervention")
    crowd = _crowd_actor(frame.trigger)
    if crowd:  # "protesters threw stones at police", "a mob lynched a man"
        return ontology.acled("Mob violence" if crowd == "mob" else "Violent demonstration")
    if frame.trigger.lemma_.lower() == "lynch" and not state_actor:
        return ontology.acled("Mob violence")  # "villagers lynched a suspected thief": a lynching is a mob's act
    if _protest_setting(frame.trigger) and not (weapons & REMOTE_WEAPONS and not state_actor) and not armed_other \
            and not (not actors and any(c.dep_ == "nsubjpass" for c in frame.trigger.children)):
        # ("a candidate was shot dead at a campaign rally": someone attacked at a rally by an unnamed hand)
        # a bomb at a rally keeps its weapon's sub-type ("a suicide bomber killed 31 people at a rally"); so does
        # an armed attacker's act ("a gunman shot the candidate at a campaign rally")
        # force at a protest: by the state, an intervention (excessive when people were killed); else a riot
        if any(s in ontology.STATE_FORCE_SECTORS for s in actors):
            return ontology.acled("Excessive force against protesters" if _hurt(frame, "fatalities")
                                  else "Protest with intervention")
        return ontology.acled("Violent demonstration")
    if frame.trigger.lemma_ == "raid" and lemmas & {"arrest", "detain", "custody"}:
        return ontology.acled("Arrests")  # a raid to arrest people is coded as the arrests
    if lemmas & {"defuse", "foil", "thwart", "fail", "disarm"} and weapons & {"bomb", "ied", "grenade"} or (
            "try" in lemmas and frame.trigger.lemma_ in ("blow", "bomb", "detonate")) or (
            frame.trigger.lemma_ in DETONATE_VERBS and frame.trigger.head.lemma_ in ATTEMPT_VERBS):
        return ontology.acled("Disrupted weapons use")  # "the device failed to explode", "tried to set off"
    if _made_safe(frame.trigger):
        return ontology.acled("Disrupted weapons use")  # "the bomb squad safely detonated a suicide vest"
    if weapons & {"suicide", "bomb", "ied", "grenade"} and "would-be" in frame.trigger.sent.text.lower():
        return ontology.acled("Disrupted weapons use")  # "a would-be suicide bomber was shot dead"
    actor_armed, recipient_armed = _armed(actors), _armed(recipients)
    fight = bool(lemmas & FIGHT_WORDS) or frame.trigger.lemma_.lower() in FIGHT_WORDS or \
        frame.trigger.lemma_ in ("exchange", "trade") or frame.trigger.lemma_ in DIGEST_FIGHTS or \
        frame.trigger.lemma_ == "meet" and any(
            c.lemma_.lower() == "resistance" for c in frame.trigger.children)  # "met fierce resistance"
    exchange = fight or (actor_armed and recipient_armed and "firearm" in weapons)
    if m == "abduct":
        if recipient_armed:
            return ontology.acled("Armed clash")
        return ontology.acled("Abduction/forced disappearance")
    if frame.trigger.lemma_.lower() in DEMOLISH_VERBS and weapons <= {"bomb"} and not _hurt(frame) and \
            _structure_object(frame.trigger):
        return ontology.acled("Looting/property destruction")  # "militants blew up a telecommunications mast"
    own = _trigger_weapon_subtype(frame.trigger)
    if own and not _local_exchange(frame.trigger):
        return ontology.acled(own)
    if not exchange:
        if "unexploded" in lemmas or lemmas & {"mine", "landmine"} and frame.mode == "explosives":
            return ontology.acled("Remote explosive/landmine/IED")  # remnants of war: "an unexploded shell blew up"
        if "chemical" in weapons:
            return ontology.acled("Chemical weapon")
        if "suicide" in weapons or (weapons & {"bomb", "ied"} or m == "explosives") and \
                _killed_self(frame.trigger.sent):
            return ontology.acled("Suicide bomb")  # (also "rammed an explosives-laden car ..., killing himself")
        if (weapons & {"air", "drone"} or m in ("aerial", "drone") or _dropped_bomb(frame.trigger, state_actor)) and \
                frame.mode in ("aerial", "drone", None, "explosives", "heavy-weapons"):  # "an Israeli strike on a school"
            return ontology.acled("Air/drone strike")
        if "shelling" in weapons:
            return ontology.acled("Shelling/artillery/missile attack")
        if weapons & {"grenade", "petrol"} or frame.trigger.lemma_.lower() in ("throw", "toss", "hurl", "lob") and \
                weapons & {"bomb", "ied"}:  # ("threw a grenade ...; the blast damaged the gate", "a bomb was thrown")
            return ontology.acled("Grenade")
        if weapons & {"ied", "bomb"} or m == "explosives":  # ("pagers exploded across Lebanon")
            return ontology.acled("Remote explosive/landmine/IED")
    if frame.trigger.lemma_.lower() in ARSON_TRIGGERS and not _hurt(frame):
        return ontology.acled("Looting/property destruction")  # "set fire to their homes"
    if m == "destroy" and not _hurt(frame) and not any(
            c.dep_ in ("dobj", "obj", "nsubjpass") and (c.ent_type_ == "PERSON" or c.lemma_.lower() in PERSON_NOUNS)
            for c in frame.trigger.children):  # a shrine or a school destroyed, nobody hurt: property
        return ontology.acled("Looting/property destruction")
    if lemmas & {"seize", "capture", "overrun", "take"} and lemmas & TERRITORY and not fight and _ground_taking(
            frame.trigger.sent):
        state = any(s in ontology.STATE_FORCE_SECTORS for s in actors)
        return ontology.acled("Government regains territory" if state else "Non-state actor overtakes territory")
    state_target = any(s in ontology.STATE_FORCE_SECTORS for s in recipients) or any(
        modes.sector_of(g) in ("police", "military") for c in frame.trigger.children
        if c.dep_ == "prep" and c.lower_ == "with" for g in c.children)  # "clashed with police"
    riot_acts = any(c.dep_ in ("advcl", "conj") and c.lemma_.lower() in RIOT_ACTS for c in frame.trigger.children) or (
        frame.trigger.dep_ in ("advcl", "conj") and frame.trigger.head.lemma_.lower() in RIOT_ACTS)
    if fight and not actor_armed and (state_target or state_actor) and weapons <= {"primitive", "crowd", "petrol"} and \
            (weapons or riot_acts) and not lemmas & {"gunman", "gunmen", "militant", "rebel", "insurgent", "fighter"}:
        return ontology.acled("Violent demonstration")  # "young men clashed with police, hurling stones"
    if fight and not actor_armed and not state_actor and not state_target and weapons and weapons <= {"primitive", "petrol"} \
            and not _conflict_party(frame.trigger.sent):
        # "supporters of rival candidates fought with clubs and axes": a brawl of unarmed groups is mob violence
        return ontology.acled("Mob violence")
    fight_subject = any(c.dep_ == "nsubj" and c.lemma_.lower() in FIGHT_WORDS for c in frame.trigger.children)
    fight_noun = frame.trigger.pos_ == "NOUN" or frame.trigger.tag_ == "VBG" and frame.trigger.dep_ in ("nsubj", "csubj")
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in frame.trigger.children)
    if ((frame.trigger.lemma_.lower() in FIGHT_WORDS or frame.trigger.lemma_ in DIGEST_FIGHTS) and (
            fight_noun or actor_armed) or fight_subject or between) and \
            actor_armed is not False:  # ("two rival militias clashed, killing 32 people": armed men fought)
        # "fighting between two tribes killed 30 people", "gunfire between rival gangs": the dead are fighters
        return ontology.acled("Armed clash")
    if actor_armed is not False and (recipient_armed is not False and _two_sided(frame.trigger) or _fought_out(
            frame.trigger) and not _named_civilians(frame.trigger)):
        # "the soldiers fired back", "killed on the two sides", "four days of fighting, in which 100 people were
        # killed" (losses on both sides count only when the attacked are not civilians: not "settlers attacked
        # villagers, with injuries on both sides")
        return ontology.acled("Armed clash")
    if recipient_armed is False:
        return ontology.acled("Attack")
    if recipient_armed and (actor_armed is not False):
        return ontology.acled("Armed clash")
    if fight:
        return ontology.acled("Armed clash")
    if actor_armed and recipient_armed is None and weapons & {"firearm", "heavy"} and frame.trigger.lemma_ in (
            "rampage", "storm", "raid", "battle", "offensive"):
        return ontology.acled("Armed clash")
    return ontology.acled("Attack")
