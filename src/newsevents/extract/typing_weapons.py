"""Verbs that tell an attack or a capture only with the right words beside them: people poisoned or choked by a
chemical agent ('poisoned with a nerve agent', 'suffocated after a chlorine cylinder hit'), a device triggered ('an
explosive vest was triggered'), and an armed force that sweeps into a town (taking it)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract import modes, ontology
from newsevents.extract.casualties_words import person_word
from newsevents.extract.ontology import TERRITORY, TriggerEntry, trigger
from newsevents.extract.typing_territory import fight_setting
from newsevents.nlp import sentence_of

if TYPE_CHECKING:
    from newsevents.extract.typing import EventFrame

# what a chemical agent does to people: an attack with a chemical weapon when the agent is named
CHEMICAL_HARM = frozenset({"poison", "suffocate", "choke", "asphyxiate", "gas"})
# verbs that set off a device named as their object or passive subject
SET_OFF_VERBS = frozenset({"trigger"})  # ("safely detonated a device" is a weapon disposed of: see ontology)
EXPLOSIVES = frozenset({"vest", "bomb", "device", "ied", "mine", "landmine", "charge", "explosive", "belt"})
# what people or vehicles set off by touching: "their vehicle hit a mine", "stepped on an unexploded mine"
MINES = frozenset({"mine", "landmine", "ied", "ordnance"})
MINE_VERBS = frozenset({"hit", "strike", "step", "tread", "drive"})
# verbs of a weapon crashing into a place: "a drone slammed into an apartment block" (not a critic who slams)
CRASH_VERBS = frozenset({"slam", "crash", "smash", "plough", "plow"})
# a force that sweeps into a place takes it ("rebels swept into Aleppo"); tanks that roll in may only deploy
SWEEP_VERBS = frozenset({"sweep"})


def _chemical_named(tok: Token) -> bool:
    """Whether the sentence names a chemical agent ('a military-grade nerve agent', 'chlorine')."""
    return any(w.weapon == "chemical" for w in modes.find_weapons(sentence_of(tok)))


def _place_entered(tok: Token) -> bool:
    """Whether the verb's 'into' phrase names a place: a town or territory word, or a named place."""
    return any(g.lemma_.lower() in TERRITORY or g.ent_type_ in ("GPE", "LOC", "FAC") or g.pos_ == "PROPN"
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children)


# verbs of taking people off by force: "carried off the parish priest", "bundled into an unmarked car"
CARRY_OFF_VERBS = frozenset({"carry", "whisk", "bundle", "drag", "force", "push"})
VEHICLES = frozenset({"car", "van", "vehicle", "truck", "suv", "pickup", "minibus", "jeep"})
# what is thrown and the verbs that throw it: "a hand grenade tossed into a bar"
THROWN = frozenset({"grenade", "bomb", "explosive", "device", "cocktail", "firebomb"})
THROW_VERBS = frozenset({"throw", "toss", "hurl", "lob"})


def _taken_off(tok: Token) -> bool:
    """'Armed men carried off the parish priest', 'carrying off three seminarians', 'a trade unionist was bundled
    into an unmarked car', 'forced a journalist into a van': a person taken away by force."""
    lemma = tok.lemma_.lower()
    away = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("off", "away")}
    taken = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    taken += [g for c in tok.children if c.dep_ == "prt" and c.lower_ in away for g in c.children if g.dep_ == "pobj"]
    into_vehicle = any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_.lower() in VEHICLES for g in c.children)
                       for c in tok.children)
    if lemma in ("carry", "whisk", "drag") and away or lemma == "bundle":
        return any(modes.person(c) or into_vehicle and c.pos_ == "NOUN" for c in taken)
    return lemma in ("force", "push", "drag") and into_vehicle and any(modes.person(c) for c in taken)


# verbs of leading or driving people off: "armed men stopped his car and drove him off", "led the pilot away into the
# forest"; said of police, the same words tell an arrest
LEAD_OFF_VERBS = frozenset({"drive", "lead", "march", "frogmarch", "haul"})
# what marks unnamed men as captors: "unidentified armed men", "masked men", "men in police uniforms"
CAPTOR_MARKS = frozenset({"armed", "masked", "unidentified", "unknown", "hooded", "uniformed", "gunman", "gunmen",
                          "uniform", "balaclava", "kidnapper", "abductor"})
# pronouns and person nouns the lexicon lacks that name the people taken
PRONOUNS_TAKEN = frozenset({"him", "her", "them", "pilot", "passenger", "crew", "tourist", "nun"})


def _captors(tok: Token) -> list[Token]:
    """Who did the taking: the verb's subjects, or the agent of the passive verb it is joined to ('was taken from
    his home by men in police uniforms and driven away')."""
    out = modes.subjects(tok)
    verb = tok.head if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) else tok
    out += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return out


def _led_off(tok: Token) -> str | None:
    """'unidentified armed men ... drove him off', 'led its New Zealand pilot away into the forest', 'armed men ...
    led him out of the crisis centre': a person led or driven away by armed or unnamed men is abducted ('abduct');
    by the police or security services, arrested ('arrest'); else None."""
    if not any(c.lower_ in ("off", "away", "out") and c.dep_ in ("prt", "advmod", "prep") for c in tok.children):
        return None
    verb = tok.head if tok.dep_ == "conj" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) else tok
    taken = [c for c in tok.children if c.dep_ == "dobj"] + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if any(modes.sector_of(c) in ("military", "armed", "police") for c in taken):
        return None  # "the army drove the jihadists out of the town": ground taken, not people
    if not any(modes.person(c) or person_word(c) or c.lower_ in PRONOUNS_TAKEN or c.lemma_.lower() in PRONOUNS_TAKEN
               for c in taken):
        return None  # (also "its New Zealand pilot": a person noun the lexicon lacks)
    for who in _captors(tok):
        if modes.sector_of(who) in ("police", "government"):
            return "arrest"
        marks = {t.lower_ for t in who.subtree} | {t.lemma_.lower() for t in who.subtree}
        if modes.sector_of(who) in ("military", "armed") or modes.armed_subject(tok) or \
                who.lemma_.lower() in ("man", "men", "people", "group", "gang") and marks & CAPTOR_MARKS:
            return "abduct"
    return None


# verbs of seizing that take people when their object is a person: "armed men seized two aid workers"
GRAB_VERBS = frozenset({"seize", "grab", "snatch"})


def _grabbed(tok: Token) -> str | None:
    """'Armed men seized two Italian aid workers from their car': people seized by armed or unnamed men are abducted
    ('abduct'), by police or security services arrested ('arrest'); a town, weapons or goods seized are not
    people (None)."""
    taken = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if fight_setting(tok) and any(c.pos_ == "PROPN" for c in taken):
        return None  # a town read as a person's name, taken after a fight: "seized Wad Madani after clashes"
    if not taken or not all(c.pos_ in ("NOUN", "PROPN", "PRON") and (
            modes.person(c) or person_word(c) or c.lower_ in PRONOUNS_TAKEN) and
            modes.sector_of(c) not in ("military", "armed", "police") for c in taken):
        return None
    for who in _captors(tok):
        if modes.sector_of(who) in ("police", "government"):
            return "arrest"
        marks = {t.lower_ for t in who.subtree} | {t.lemma_.lower() for t in who.subtree}
        if modes.sector_of(who) == "armed" or modes.armed_subject(tok) and modes.sector_of(who) != "military" or \
                who.lemma_.lower() in ("man", "men", "people", "group", "gang", "gunman", "gunmen") and \
                marks & CAPTOR_MARKS:
            return "abduct"
    return None


def weapon_verb(tok: Token) -> TriggerEntry | None:
    """ASSAULT (unconventional) for people poisoned or choked by a named chemical agent, ASSAULT (explosives) for a
    device triggered or thrown; ASSAULT (abduct) for people carried off or bundled away; COERCE seize for an
    armed force that swept into a place."""
    lemma = tok.lemma_.lower()
    if lemma in CHEMICAL_HARM and not modes.crowd_control_verb(tok) and _chemical_named(tok):
        return trigger("ASSAULT", "unconventional", 0.75)
    if lemma in SET_OFF_VERBS and any(c.dep_ in ("nsubjpass", "dobj", "obj") and c.lemma_.lower() in EXPLOSIVES
                                      for c in tok.children):
        return trigger("ASSAULT", "explosives", 0.75)  # "an explosive vest was triggered near the stage"
    if lemma in CARRY_OFF_VERBS and _taken_off(tok):
        return trigger("ASSAULT", "abduct", 0.7)
    if lemma in LEAD_OFF_VERBS:
        led = _led_off(tok)
        if led:
            return trigger("ASSAULT", "abduct", 0.7) if led == "abduct" else trigger("COERCE", "arrest", 0.7)
    if lemma in GRAB_VERBS:
        grabbed = _grabbed(tok)
        if grabbed:
            return trigger("ASSAULT", "abduct", 0.75) if grabbed == "abduct" else trigger("COERCE", "arrest", 0.75)
    if lemma == "stone" and any(c.dep_ in ("dobj", "nsubjpass") and (modes.person(c) or c.lower_ in PRONOUNS_TAKEN)
                                for c in tok.children):
        return trigger("ASSAULT", "primitive", 0.8)  # "stoned them to death"; not "a stoned fruit"
    if lemma in THROW_VERBS and any(s.lemma_.lower() in THROWN for s in tok.children
                                    if s.dep_ in ("nsubj", "nsubjpass")):
        return trigger("ASSAULT", "explosives", 0.75)  # "a hand grenade tossed into a bar left two dead"
    if lemma in MINE_VERBS and any((t.lemma_.lower() in MINES and not _pit(t) or _explosive_device(t))
                                   for c in tok.children if c.dep_ in ("dobj", "obj", "prep") for t in c.subtree):
        return trigger("ASSAULT", "explosives", 0.75)  # "their vehicle hit a mine", "stepped on an unexploded mine",
        # "a vehicle of the convoy hit an explosive device"
    if lemma in CRASH_VERBS and modes.striker_mode(tok):
        return trigger("ASSAULT", modes.striker_mode(tok), 0.75)  # "a drone slammed into an apartment block"
    if lemma == "take" and modes.armed_subject(tok) and any(c.dep_ == "prep" and c.lower_ == "from"
                                                            for c in tok.children) and _grabbed(tok) == "abduct":
        return trigger("ASSAULT", "abduct", 0.75)  # "gunmen took five fishermen from their trawler"
    if lemma in ("take", "hold") and any(t.lower_ in ("captive", "hostage") and (
            t.dep_ in ("amod", "oprd", "advmod") or t.dep_ == "appos" and not list(t.children)) for t in tok.subtree):
        # ("took seventeen missionaries, five of them children, hostage": the parser hangs it as an apposition)
        return trigger("ASSAULT", "abduct", 0.8)  # "took 21 labourers captive"
    if lemma in SWEEP_VERBS and modes.armed_subject(tok) and _place_entered(tok):
        return trigger("COERCE", "seize", 0.75)
    return None


# remote-violence sub-types that tell the weapon of a sentence's incident: a generic attack word beside one of them
# is the same incident ("a suicide blast followed by gunfire", "the attack was later claimed"); so is a killing by an
# unnamed hand inside a mob's rampage ("settlers rampaged through the town ...; one man was shot dead")
_WEAPON_SUBTYPES = ("Suicide bomb", "Chemical weapon", "Air/drone strike", "Shelling/artillery/missile attack",
                    "Grenade", "Remote explosive/landmine/IED", "Mob violence")


def _unnamed_hand(trig: Token) -> bool:
    """'one Palestinian man was shot dead': a passive act with no doer named (inside a mob's rampage, the mob's)."""
    return any(c.dep_ == "nsubjpass" for c in trig.children) and not any(c.dep_ == "agent" for c in trig.children)


def one_incident(frames: list[EventFrame]) -> list[EventFrame]:
    """The sentence's own attack frames share the sub-type of the weapon one of them names: a suicide bombing
    takes every attack and bomb word of the sentence ('the bombings claimed 18 lives'); another weapon takes the
    attack words that name no weapon of their own ('an air strike ... the attack killed 12')."""
    own = [f for f in frames if f.event_type == "ASSAULT" and not f.mentioned and f.acled is not None]
    weapon = next((w for w in _WEAPON_SUBTYPES if any(f.acled.sub_event_type == w for f in own)), None)
    if weapon is None:
        return frames
    donor = next(f.acled for f in own if f.acled.sub_event_type == weapon)
    taken = ("Attack", "Remote explosive/landmine/IED") if weapon == "Suicide bomb" else ("Attack",)
    ids = {id(f) for f in own if f.acled.sub_event_type in taken and (weapon == "Suicide bomb" or f.mode is None)
           or weapon == "Mob violence" and f.acled.sub_event_type == "Attack" and _unnamed_hand(f.trigger)}
    return [replace(f, acled=donor, cameo_root=ontology.cameo_root(f.event_type, f.mode, donor)) if id(f) in ids
            else f for f in frames]


def _explosive_device(tok: Token) -> bool:
    """'an explosive device', 'an improvised explosive device': a device named as a bomb (not 'a tracking device')."""
    return tok.lemma_.lower() == "device" and any(c.lower_ == "explosive" for c in tok.children)


def _pit(tok: Token) -> bool:
    """'a jade mine', 'the coal mine': a mine dug for a mineral, not one laid ("a landmine", "an anti-tank mine")."""
    return tok.lemma_.lower() == "mine" and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in _WAR_MINES for c in tok.children)


_WAR_MINES = frozenset({"land", "anti-tank", "anti-personnel", "antitank", "antipersonnel", "unexploded", "naval",
                        "sea", "roadside", "buried", "improvised"})


# what families and rights groups say of someone taken by agents who is not heard of again
GONE_WORDS = frozenset({"disappear", "vanish", "whereabouts"})


def disappeared(trig: Token) -> bool:
    """'security agents picked up a student ... and he had not been seen since', 'his whereabouts remain unknown':
    a person taken whom nobody has seen since (ACLED: forced disappearance, not an arrest)."""
    sent = sentence_of(trig)
    if any(t.lemma_.lower() in GONE_WORDS and not _of_another(t, trig) for t in sent):
        return True
    return any(t.lemma_.lower() in ("see", "hear") and any(c.dep_ == "neg" for c in t.children) and any(
        g.lower_ == "since" for g in t.subtree) for t in sent)


def _of_another(word: Token, trig: Token) -> bool:
    """'arrested two men in connection with the case of a student who disappeared': the word tells of someone
    else, inside a relative clause on another noun."""
    return any(t.dep_ in ("relcl", "acl") and t.head.i != trig.i for t in (word, *word.ancestors)
               if t.i != trig.i and not t.is_ancestor(trig))


def forced_disappearance(frame: EventFrame) -> EventFrame:
    """An arrest frame whose person has not been seen since becomes an abduction (PLOVER ASSAULT abduct)."""
    if frame.event_type != "COERCE" or frame.mode != "arrest" or not disappeared(frame.trigger):
        return frame
    acled = ontology.acled("Abduction/forced disappearance")
    return replace(frame, event_type="ASSAULT", mode="abduct", modes=(*frame.modes, "abduct"), acled=acled,
                   cameo_root=ontology.cameo_root("ASSAULT", "abduct", acled))


def arrests_with_weapons(frames: list[EventFrame]) -> list[EventFrame]:
    """'intercepted a van carrying two improvised bombs and detained its driver', 'seized a vehicle loaded with
    explosives and arrested its driver': arrests told after the weapons seized are part of the disrupted weapons use
    (ACLED codes the seizure), so the arrest frames take its sub-type (not 'arrested three men and seized two
    rifles', arrests first)."""
    seizure = next((f for f in frames if f.event_type == "COERCE" and not f.mentioned and f.acled is not None
                    and f.acled.sub_event_type == "Disrupted weapons use"), None)
    if seizure is None:
        return frames
    seized = seizure.acled
    return [replace(f, acled=seized, cameo_root=ontology.cameo_root(f.event_type, f.mode, seized))
            if f.event_type == "COERCE" and f.mode == "arrest" and f.acled is not None
            and f.acled.sub_event_type == "Arrests" and f.trigger.i > seizure.trigger.i else f for f in frames]
