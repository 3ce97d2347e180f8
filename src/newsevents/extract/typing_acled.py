"""ACLED event type and sub-type of an event frame: weapon, who fights whom, and when not to code at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract import modes, ontology, typing_context
from newsevents.extract.typing_context import direct_objects
from newsevents.extract.ontology import CASUALTY_VERBS, FIGHT_WORDS, TERRITORY, VIOLENT_CUES, WEAPON_OBJECTS
from newsevents.models import Acled
from newsevents.nlp import sentence_of

LEGAL_WORDS = frozenset({"act", "law", "court", "warrant", "expropriation", "order", "ruling", "legislation"})
ARSON_TRIGGERS = frozenset({"set", "torch", "burn", "arson", "firebomb"})

if TYPE_CHECKING:
    from newsevents.extract.typing import EventFrame

# nouns too vague to be an ACLED event on their own ("descending into violence")
VAGUE_NOUNS = frozenset({"violence", "terrorism", "unrest", "conflict", "war", "bloodshed", "tension", "hostility"})
# the weapon a trigger word names itself ("shelling", "airstrikes") decides before other weapons of the sentence
TRIGGER_WEAPON_SUBTYPE = {
    "shelling": "Shelling/artillery/missile attack", "shell": "Shelling/artillery/missile attack",
    "bombardment": "Shelling/artillery/missile attack", "airstrike": "Air/drone strike",
    "air strike": "Air/drone strike", "drone strike": "Air/drone strike",
}


def _trigger_weapon_subtype(trig: Token) -> str | None:
    """The sub-type the trigger word names itself: 'shelling', 'airstrikes', 'drone strike'."""
    words = [trig.lemma_.lower(), trig.lower_]
    words += [f"{c.lower_} {trig.lemma_.lower()}" for c in trig.children if c.dep_ in ("compound", "amod")]
    for w in words:
        if w in TRIGGER_WEAPON_SUBTYPE:
            return TRIGGER_WEAPON_SUBTYPE[w]
    return None


def _not_codable(frame: EventFrame, actor_sectors: list[str], lemmas: set[str]) -> bool:
    """Whether ACLED would code nothing from this mention: a possibility ('may have been injured'), a
    vague noun ('terrifying violence'), or casualties with no attack, attacker or weapon named."""
    trig = frame.trigger
    if typing_context.hedged(trig):
        return True
    if frame.event_type != "ASSAULT":
        return False
    if trig.lemma_.lower() in VAGUE_NOUNS and not frame.counts:
        return True
    armed_actor = any(s in ontology.ARMED_SECTORS for s in actor_sectors)
    if trig.lemma_.lower() in CASUALTY_VERBS | {"dead"} and not armed_actor and not (lemmas & VIOLENT_CUES) \
            and not modes.find_weapons(sentence_of(trig)) and not (lemmas & FIGHT_WORDS):
        return True
    return False


def _armed(sectors: list[str]) -> bool | None:
    if not sectors:
        return None
    return any(s in ontology.ARMED_SECTORS for s in sectors)


def acled_for(frame: EventFrame, actor_sectors: list[str], recipient_sectors: list[str]) -> Acled | None:
    """The ACLED type and sub-type of a frame, given what is known of who acted and who was targeted."""
    t = frame.event_type
    sent = sentence_of(frame.trigger)
    lemmas = {tok.lemma_.lower() for tok in sent}
    if _not_codable(frame, actor_sectors, lemmas):
        return None
    weapons = {w.weapon for w in modes.find_weapons(sent) if w.mode in frame.modes}
    if t == "ASSAULT":
        return _acled_assault(frame, actor_sectors, recipient_sectors, lemmas, weapons)
    if t == "COERCE":
        objs = direct_objects(frame.trigger)
        if frame.mode == "arrest":
            return ontology.acled("Arrests")
        if frame.mode == "seize":
            if objs & WEAPON_OBJECTS:
                return ontology.acled("Disrupted weapons use")
            if objs & TERRITORY:
                state = any(s in ontology.STATE_FORCE_SECTORS for s in actor_sectors)
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
        if "fatalities" in frame.counts or lemmas & {"kill", "shoot"} and weapons & {"firearm"}:
            return ontology.acled("Excessive force against protesters")
        if weapons & {"crowd"} or lemmas & {"disperse", "arrest", "detain", "break"}:
            return ontology.acled("Protest with intervention")
        return ontology.acled("Peaceful protest")
    if t == "MOBILIZE":
        if lemmas & {"headquarters", "base", "camp"} and lemmas & {"establish", "set", "build", "open"}:
            return ontology.acled("Headquarters or base established")
        return ontology.acled("Change to group/activity")
    if t == "SUPPORT":
        if "allegiance" in lemmas:
            return ontology.acled("Change to group/activity")
        if frame.trigger.lemma_ in ("sign", "ratify"):
            return ontology.acled("Agreement")
        return None
    if t == "AGREE":
        if lemmas & {"ceasefire", "cease-fire", "truce", "peace", "agreement", "deal", "accord"} and \
                frame.trigger.lemma_ not in ("promise", "offer", "invite", "vow"):
            return ontology.acled("Agreement")
        return None
    if t == "RETREAT":
        if frame.mode == "withdraw":
            return ontology.acled("Non-violent transfer of territory")
        if frame.mode in ("release", "ceasefire"):
            return ontology.acled("Agreement")
        if frame.trigger.lemma_.lower() == "surrender" and (lemmas & TERRITORY or any(
                t.ent_type_ in ("GPE", "LOC", "FAC") for t in sent)):
            return ontology.acled("Non-violent transfer of territory")  # "surrender by the rebels who had held Aleppo"
        if frame.mode == "disarm":
            return ontology.acled("Other")
        return None
    return None


def _acled_assault(frame: EventFrame, actors: list[str], recipients: list[str], lemmas: set[str],
                   weapons: set[str]) -> Acled:
    """ASSAULT to ACLED: weapon decides remote violence, who-fights-whom decides battle or attack."""
    m = frame.mode
    if m == "sexual":
        return ontology.acled("Sexual violence")
    if m == "crowd-control":
        return ontology.acled("Excessive force against protesters" if "fatalities" in frame.counts
                              else "Protest with intervention")
    if lemmas & {"defuse", "foil", "thwart", "fail", "disarm"} and weapons & {"bomb", "ied", "grenade"} or (
            "try" in lemmas and frame.trigger.lemma_ in ("blow", "bomb", "detonate")):
        return ontology.acled("Disrupted weapons use")
    actor_armed, recipient_armed = _armed(actors), _armed(recipients)
    fight = bool(lemmas & FIGHT_WORDS) or frame.trigger.lemma_ in FIGHT_WORDS
    exchange = fight or (actor_armed and recipient_armed and "firearm" in weapons)
    if m == "abduct":
        if recipient_armed:
            return ontology.acled("Armed clash")
        return ontology.acled("Abduction/forced disappearance")
    own = _trigger_weapon_subtype(frame.trigger)
    if own and not exchange:
        return ontology.acled(own)
    if not exchange:
        if "chemical" in weapons:
            return ontology.acled("Chemical weapon")
        if "suicide" in weapons:
            return ontology.acled("Suicide bomb")
        if weapons & {"air", "drone"} and frame.mode in ("aerial", "drone", None, "explosives", "heavy-weapons"):
            return ontology.acled("Air/drone strike")
        if "shelling" in weapons:
            return ontology.acled("Shelling/artillery/missile attack")
        if weapons & {"ied", "bomb"}:
            return ontology.acled("Remote explosive/landmine/IED")
        if "grenade" in weapons:
            return ontology.acled("Grenade")
    if frame.trigger.lemma_.lower() in ARSON_TRIGGERS and not frame.counts:
        return ontology.acled("Looting/property destruction")  # "set fire to their homes"
    if m == "destroy" and not frame.counts and not recipients:
        return ontology.acled("Looting/property destruction")
    if lemmas & {"seize", "capture", "overrun", "take"} and lemmas & TERRITORY and not fight:
        state = any(s in ontology.STATE_FORCE_SECTORS for s in actors)
        return ontology.acled("Government regains territory" if state else "Non-state actor overtakes territory")
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
