"""Weapons and tactics named in a sentence, as PLOVER modes, and the sector an attack was aimed at; the mode
of a request, refusal or meeting; who and what a verb's arguments name (its subjects, an armed subject, people,
weapons carried, used or falling), the parties to talks and armed formations."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents.extract.ontology import (
    ARMED_GROUP_WORDS, ARMED_UNITS, BASE_OBJECTS, CRIMINAL_GROUPS, CROWD_WORDS, DEMANDED, FIGHT_WORDS, FORCE_OBJECTS,
    MEETING_KINDS, PARTY_WORDS, PERSON_NOUNS, SUBJECT_WEAPONS, TERRITORY, WEAPON_OBJECTS, TriggerEntry, trigger,
)
from newsevents.extract.casualties_words import person_word
from newsevents.nlp import doc_text, sentence_of

# phrase (lower-case lemmas, space separated) -> (PLOVER mode, weapon class used for the ACLED sub-type)
WEAPONS: dict[str, tuple[str, str]] = {
    # firearms
    "gun": ("firearms", "firearm"), "gunfire": ("firearms", "firearm"), "gunman": ("firearms", "firearm"),
    "gunmen": ("firearms", "firearm"), "rifle": ("firearms", "firearm"), "pistol": ("firearms", "firearm"),
    "handgun": ("firearms", "firearm"), "firearm": ("firearms", "firearm"), "bullet": ("firearms", "firearm"),
    "machine gun": ("firearms", "firearm"), "machine - gun": ("firearms", "firearm"),
    "automatic weapon": ("firearms", "firearm"), "ak-47": ("firearms", "firearm"), "ak - 47": ("firearms", "firearm"),
    "kalashnikov": ("firearms", "firearm"), "sniper": ("firearms", "firearm"), "shootout": ("firearms", "firearm"),
    "gunfight": ("firearms", "firearm"), "firefight": ("firearms", "firearm"), "gun battle": ("firearms", "firearm"),
    "shoot": ("firearms", "firearm"), "shooting": ("firearms", "firearm"), "shot": ("firearms", "firearm"),
    "open fire": ("firearms", "firearm"), "gunshot": ("firearms", "firearm"), "shotgun": ("firearms", "firearm"),
    # heavy weapons
    "heavy machine gun": ("heavy-weapons", "heavy"), "rpg": ("heavy-weapons", "heavy"),
    "rpgs": ("heavy-weapons", "heavy"), "rocket - propel grenade": ("heavy-weapons", "heavy"),
    "rocket-propelled grenade": ("heavy-weapons", "heavy"), "rocket - propelled grenade": ("heavy-weapons", "heavy"),
    "grenade launcher": ("heavy-weapons", "heavy"), "rocket launcher": ("heavy-weapons", "shelling"),
    "artillery": ("heavy-weapons", "shelling"), "shelling": ("heavy-weapons", "shelling"),
    "shell": ("heavy-weapons", "shelling"), "mortar": ("heavy-weapons", "shelling"),
    "howitzer": ("heavy-weapons", "shelling"), "rocket": ("heavy-weapons", "shelling"),
    "missile": ("heavy-weapons", "shelling"), "tank": ("heavy-weapons", "heavy"),
    "armored vehicle": ("heavy-weapons", "heavy"), "armoured vehicle": ("heavy-weapons", "heavy"),
    "heavy weapon": ("heavy-weapons", "heavy"), "katyusha": ("heavy-weapons", "shelling"),
    "grad rocket": ("heavy-weapons", "shelling"), "shell fire": ("heavy-weapons", "shelling"),
    # explosives
    "bomb": ("explosives", "bomb"), "bombing": ("explosives", "bomb"), "explosive": ("explosives", "bomb"),
    "explosion": ("explosives", "bomb"), "blast": ("explosives", "bomb"), "detonate": ("explosives", "bomb"),
    "ied": ("explosives", "ied"), "improvised explosive device": ("explosives", "ied"),
    "landmine": ("explosives", "ied"), "land mine": ("explosives", "ied"), "roadside bomb": ("explosives", "ied"),
    "car bomb": ("explosives", "ied"), "pressure - plate mine": ("explosives", "ied"),
    "pressure-plate mine": ("explosives", "ied"), "vbied": ("explosives", "ied"),
    "svbied": ("suicide-attack", "suicide"), "booby trap": ("explosives", "ied"), "booby - trap": ("explosives", "ied"),
    "grenade": ("explosives", "grenade"), "hand grenade": ("explosives", "grenade"),
    # suicide attacks
    "suicide bomber": ("suicide-attack", "suicide"), "suicide bombing": ("suicide-attack", "suicide"),
    "suicide attack": ("suicide-attack", "suicide"), "suicide vest": ("suicide-attack", "suicide"),
    "suicide car bomb": ("suicide-attack", "suicide"), "suicide car bombing": ("suicide-attack", "suicide"),
    "suicide truck bombing": ("suicide-attack", "suicide"), "suicide attacker": ("suicide-attack", "suicide"),
    "blow himself up": ("suicide-attack", "suicide"), "blow herself up": ("suicide-attack", "suicide"),
    "blow themselves up": ("suicide-attack", "suicide"), "suicide belt": ("suicide-attack", "suicide"),
    # a bomber who set off the charge on his or her own body
    "detonate himself": ("suicide-attack", "suicide"), "detonate herself": ("suicide-attack", "suicide"),
    "detonate themselves": ("suicide-attack", "suicide"), "detonate his belt": ("suicide-attack", "suicide"),
    "detonate her belt": ("suicide-attack", "suicide"), "detonate his vest": ("suicide-attack", "suicide"),
    "detonate her vest": ("suicide-attack", "suicide"),
    "suicide blast": ("suicide-attack", "suicide"), "suicide explosion": ("suicide-attack", "suicide"),
    "suicide bomb": ("suicide-attack", "suicide"), "suicide truck bomb": ("suicide-attack", "suicide"),
    "suicide car bomber": ("suicide-attack", "suicide"), "suicide truck bomber": ("suicide-attack", "suicide"),
    # aerial
    "airstrike": ("aerial", "air"), "air strike": ("aerial", "air"), "air raid": ("aerial", "air"),
    "warplane": ("aerial", "air"), "fighter jet": ("aerial", "air"), "jet": ("aerial", "air"),
    "helicopter gunship": ("aerial", "air"), "gunship": ("aerial", "air"), "bomber": ("aerial", "air"),
    "air force": ("aerial", "air"), "aerial bombardment": ("aerial", "air"), "bombardment": ("heavy-weapons", "shelling"),
    "attack helicopter": ("aerial", "air"), "helicopter": ("aerial", "air"), "aircraft": ("aerial", "air"),
    # drones
    "drone": ("drone", "drone"), "uav": ("drone", "drone"), "unmanned aerial vehicle": ("drone", "drone"),
    "drone strike": ("drone", "drone"), "quadcopter": ("drone", "drone"),
    # primitive weapons
    "knife": ("primitive", "primitive"), "machete": ("primitive", "primitive"), "stab": ("primitive", "primitive"),
    "axe": ("primitive", "primitive"), "stone": ("primitive", "primitive"), "arson": ("primitive", "primitive"),
    "set fire": ("primitive", "primitive"), "torch": ("primitive", "primitive"), "sword": ("primitive", "primitive"),
    # hand-thrown incendiaries: ACLED codes them with grenades when thrown at a target, with riots when a crowd throws
    "molotov cocktail": ("explosives", "petrol"), "petrol bomb": ("explosives", "petrol"),
    "gasoline bomb": ("explosives", "petrol"),
    "club": ("primitive", "primitive"), "hatchet": ("primitive", "primitive"), "burn": ("primitive", "primitive"),
    # crowd control
    "tear gas": ("crowd-control", "crowd"), "teargas": ("crowd-control", "crowd"),
    "water cannon": ("crowd-control", "crowd"), "rubber bullet": ("crowd-control", "crowd"),
    "pepper spray": ("crowd-control", "crowd"), "stun grenade": ("crowd-control", "crowd"),
    "baton": ("crowd-control", "crowd"),
    # unconventional
    "chemical weapon": ("unconventional", "chemical"), "chemical attack": ("unconventional", "chemical"),
    "sarin": ("unconventional", "chemical"), "chlorine": ("unconventional", "chemical"),
    "mustard gas": ("unconventional", "chemical"), "nerve agent": ("unconventional", "chemical"),
    "poison gas": ("unconventional", "chemical"), "nuclear weapon": ("unconventional", "chemical"),
    "toxic gas": ("unconventional", "chemical"), "nerve gas": ("unconventional", "chemical"),
    "chlorine gas": ("unconventional", "chemical"), "vx": ("unconventional", "chemical"),
    "novichok": ("unconventional", "chemical"), "bomb vest": ("suicide-attack", "suicide"),
    "mustard agent": ("unconventional", "chemical"), "chemical agent": ("unconventional", "chemical"),
    "mustard - agent": ("unconventional", "chemical"), "chloropicrin": ("unconventional", "chemical"),
    "chemical bomb": ("unconventional", "chemical"), "chemical shell": ("unconventional", "chemical"),
    "toxic chemical": ("unconventional", "chemical"), "poisonous gas": ("unconventional", "chemical"),
    "phosgene": ("unconventional", "chemical"), "chemical munition": ("unconventional", "chemical"),
    "toxic substance": ("unconventional", "chemical"), "gas attack": ("unconventional", "chemical"),
    "anti - personnel mine": ("explosives", "ied"), "anti-personnel mine": ("explosives", "ied"),
    "anti - tank mine": ("explosives", "ied"), "anti-tank mine": ("explosives", "ied"),
    "roadside device": ("explosives", "ied"), "explosive vest": ("suicide-attack", "suicide"),
    "explosive belt": ("suicide-attack", "suicide"), "strap to his body": ("suicide-attack", "suicide"),
    "strapped to his body": ("suicide-attack", "suicide"), "strapped to her body": ("suicide-attack", "suicide"),
}

# verbs whose subject 'bomber' is a person with a bomb, not an aircraft
_PERSON_BOMBER_VERBS = frozenset({"detonate", "blow", "explode", "set", "walk", "approach", "wear", "hide"})
# verbs whose object 'bomber' is a person ("the blast killed the bomber", "police arrested a would-be bomber")
_PERSON_BOMBER_OBJECT_VERBS = frozenset({"kill", "arrest", "detain", "shoot", "identify", "capture", "name"})
# words that name a weapon only when used as a noun
_NOUN_ONLY = frozenset({"shell", "tank", "club", "stone", "jet", "rocket", "mortar", "torch", "shot", "burn"})
_MAX_WORDS = max(len(k.split()) for k in WEAPONS)

SECTOR_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("police", "policeman", "policemen", "policewoman", "cop", "officer", "patrol", "gendarme",
         "constable", "trooper", "police station", "checkpoint", "riot police", "gendarmerie", "police post",
         "police outpost", "gendarmerie post"), "police"),
    **dict.fromkeys(
        ("soldier", "troop", "army", "serviceman", "servicemen", "military", "marine", "garrison",
         "base", "convoy", "paratrooper", "army base", "military base", "border guard", "force",
         "security force", "security", "barracks", "outpost", "army post", "military post", "army camp",
         "military camp", "peacekeeper", "paramilitary"), "military"),
    **dict.fromkeys(
        ("official", "minister", "mayor", "governor", "ambassador", "diplomat", "embassy", "consulate",
         "lawmaker", "legislator", "parliament", "president", "government", "judge", "prosecutor",
         "councillor", "councilor", "government building"), "government"),
    **dict.fromkeys(
        ("civilian", "villager", "resident", "passenger", "shopper", "child", "children", "woman",
         "women", "man", "men", "people", "person", "family", "tourist", "pedestrian", "bystander",
         "market", "village", "crowd", "worker", "farmer", "refugee", "motorist", "commuter"), "civilians"),
    **dict.fromkeys(("journalist", "reporter", "photographer", "cameraman", "newspaper", "editor"), "journalists"),
    **dict.fromkeys(("school", "student", "teacher", "pupil", "university", "schoolchildren", "college"), "schools"),
    **dict.fromkeys(
        ("church", "mosque", "priest", "imam", "worshipper", "worshiper", "synagogue", "temple", "cleric",
         "monk", "pastor", "shrine", "congregation"), "religious"),
    **dict.fromkeys(("hospital", "doctor", "clinic", "nurse", "medic", "health worker", "ambulance"), "medical"),
    **dict.fromkeys(("aid worker", "humanitarian worker"), "aid"),
    **dict.fromkeys(("protester", "demonstrator", "protestor", "marcher", "rally", "protest", "demonstration",
                     "march", "sit-in", "vigil"), "protesters"),
    **dict.fromkeys(
        ("militant", "rebel", "insurgent", "jihadist", "fighter", "terrorist", "guerrilla", "militia",
         "militiaman", "gunman", "gunmen", "extremist", "vigilante", "bandit", "mercenary"), "armed"),
}

_TARGET_PREPS = frozenset({"on", "against", "at", "in", "into"})


@dataclass(frozen=True)
class ModeMention:
    """A weapon or tactic named in the text: its PLOVER mode, weapon class and character span."""

    mode: str
    weapon: str
    text: str
    span: tuple[int, int]
    token_i: int


_FIRST_WORDS = frozenset(k.split(" ", 1)[0] for k in WEAPONS)


def _key(tok: Token) -> str:
    return tok.lemma_.lower() if tok.pos_ in ("NOUN", "VERB") else tok.lower_


def find_weapons(sent: Span) -> list[ModeMention]:
    """Every weapon or tactic named in the sentence, longest phrase first at each position (cached per sentence)."""
    cache = sent.doc.user_data.setdefault("newsevents.weapons", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _find_weapons(sent)
    return list(cache[key])


def _find_weapons(sent: Span) -> list[ModeMention]:
    from newsevents.extract.typing_context import token_table

    out: list[ModeMention] = []
    doc = sent.doc
    lemmas, lowers_all, poses = token_table(doc)
    s0, n_toks = sent.start, len(sent)
    lowers = lowers_all[s0:sent.end]
    # the key of a token: its lemma for nouns and verbs, else its lower-case text (as _key)
    keys = [lemmas[s0 + k] if poses[s0 + k] in ("NOUN", "VERB") else lowers[k] for k in range(n_toks)]
    i = 0
    while i < n_toks:
        if keys[i] not in _FIRST_WORDS and lowers[i] not in _FIRST_WORDS:
            i += 1
            continue
        hit = None
        for n in range(min(_MAX_WORDS, n_toks - i), 0, -1):
            for phrase in (" ".join(keys[i:i + n]), " ".join(lowers[i:i + n])):
                if phrase in WEAPONS:
                    if n == 1 and phrase in _NOUN_ONLY and poses[s0 + i] not in ("NOUN", "PROPN"):
                        continue
                    hit = (phrase, n)
                    break
            if hit:
                break
        if hit:
            phrase, n = hit
            mode, weapon = WEAPONS[phrase]
            first, last = doc[s0 + i], doc[s0 + i + n - 1]
            if phrase == "bomber" and (last.head.lemma_.lower() in _PERSON_BOMBER_VERBS or (
                    last.tag_ == "NN" and last.dep_ == "nsubj" and last.head.lemma_.lower() == "strike") or any(
                    c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") for g in c.children)
                    for c in last.children) or (
                    last.dep_ in ("dobj", "nsubjpass") and last.head.lemma_.lower() in _PERSON_BOMBER_OBJECT_VERBS)):
                mode, weapon = "explosives", "bomb"  # "a bomber detonated explosives", "the bomber struck", "the bomber who killed": a person
            start, end = first.idx, last.idx + len(last)
            out.append(ModeMention(mode, weapon, doc_text(doc)[start:end], (start, end), last.i))
            i += n
        else:
            i += 1
    return out


PROTESTING_VERBS = frozenset({"protest", "march", "demonstrate", "rally", "picket"})
# people whose gathering is a protest: "supporters who had gathered outside the court" (not "guests who gathered",
# nor "a crowd gathered for the opening of an office")
GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "congregate"})
PARTISANS = frozenset({"supporter", "activist", "opponent"})


def protesting(tok: Token) -> bool:
    """'students protesting job quotas', 'supporters marching on the palace', 'workers who were demonstrating':
    people the sentence describes as protesting are protesters, whatever the noun that names them."""
    return any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and (
        c.lemma_.lower() in PROTESTING_VERBS or c.lemma_.lower() in GATHERING_VERBS and tok.lemma_.lower() in PARTISANS)
        for c in tok.children)  # (also "supporters of the jailed leader who had gathered outside the court")


# the first word of crowd-control verbs written with a hyphen: "baton-charged", "tear-gassed"
FORCE_PREFIXES = {"charge": ("baton", "lathi"), "gas": ("tear",)}


def crowd_control_verb(tok: Token) -> bool:
    """'police baton-charged the rally', 'tear-gassed the marchers', 'teargassed hundreds': force used on a crowd,
    read from the word before the hyphen (the parser splits the verb) or from the one-word 'teargas'."""
    lemma = tok.lemma_.lower()
    if lemma in ("teargas", "teargasse"):
        return True
    before = {tok.doc[i].lower_ for i in (tok.i - 1, tok.i - 2) if i >= 0}
    return any(p in before for p in FORCE_PREFIXES.get(lemma, ()))


# words in the names of armed movements: "Kachin Independence Army", "Lord's Resistance Army", "Free Syrian Army"
MOVEMENT_WORDS = frozenset({"independence", "liberation", "resistance", "republican", "free", "salvation",
                            "revolutionary", "people", "people's", "democratic", "alliance", "islamic", "mahdi"})


def movement_army(tok: Token) -> bool:
    """A named 'Army' of a movement ('the Kachin Independence Army'), not a state's army ('the Nigerian Army')."""
    return tok.pos_ == "PROPN" and tok.lower_ == "army" and any(
        c.lower_ in MOVEMENT_WORDS for c in tok.children if c.dep_ in ("compound", "amod"))


# what takes a person out of the force the noun names
FORMER = frozenset({"former", "retired", "ex", "ex-"})


def sector_of(tok: Token) -> str | None:
    """The sector a noun names (police, military, civilians, ...), from the word and its compounds."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return None  # "on 11 March": a month, not a march
    if tok.pos_ in ("NOUN", "PROPN") and protesting(tok):
        return "protesters"
    if movement_army(tok):
        return "armed"
    if tok.lemma_.lower() in ("crowd", "group", "gathering", "band", "convoy"):
        for child in tok.children:  # "a crowd of demonstrators", "a group of vigilantes": who is in it
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    inner = sector_of(pobj) if pobj.dep_ == "pobj" else None
                    if inner:
                        return inner
    words = [tok.lemma_.lower(), tok.lower_]
    for child in tok.children:
        if child.dep_ == "compound" or child.dep_ == "amod" and child.lemma_.lower() in SECTOR_WORDS:
            # ("a gendarmerie post", the first word tagged as an adjective)
            words.insert(0, f"{child.lemma_.lower()} {tok.lemma_.lower()}")
            words.insert(1, f"{child.lower_} {tok.lower_}")
            words.append(child.lemma_.lower())
    for w in words:
        if w in SECTOR_WORDS:
            if SECTOR_WORDS[w] in ("military", "police", "armed") and any(
                    c.lower_ in FORMER for c in tok.children if c.dep_ in ("amod", "advmod")):
                return "civilians"  # "a former army commander", "a retired police officer": no longer a force
            return SECTOR_WORDS[w]
    if tok.lemma_.lower() in ("member", "group", "unit", "team", "dozen", "hundred", "some", "many"):
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return sector_of(pobj)
    return None


def source_label(tok: Token) -> bool:
    """Whether a word opens a digest line as its source or rubric ('Police: a journalist was shot dead', 'IDF:
    jets struck ...'): the parser may hang it on the verb as a subject, but it names who reports."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" and tok.i - tok.sent.start <= 2


def target_sector(trigger: Token) -> str | None:
    """The sector of what the event at this trigger was aimed at (object, passive subject, 'on X')."""
    candidates: list[Token] = []
    places: list[Token] = []  # 'at / in' phrases: the target only when nothing else is ("fired on a bus at a checkpoint")
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass", "obj") and not source_label(child):
            candidates.append(child)
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            (places if child.lower_ in ("at", "in") else candidates).extend(
                c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "compound" and trigger.pos_ == "NOUN":
            candidates.append(child)
        elif child.dep_ == "prep" and child.lower_ == "of" and trigger.pos_ == "NOUN":
            candidates.extend(c for c in child.children if c.dep_ == "pobj")  # "the shooting of demonstrators"
    if not candidates:
        candidates = places
    if trigger.dep_ in ("relcl", "acl") and trigger.pos_ == "VERB" and trigger.head.pos_ in ("NOUN", "PROPN"):
        if trigger.tag_ == "VBN":
            candidates.append(trigger.head)
    for cand in candidates:
        for tok in (cand, *[c for c in cand.children if c.dep_ in ("conj", "appos")]):
            sector = sector_of(tok)
            if sector is None and tok.dep_ == "pobj":
                continue
            if sector:
                return sector
        for sub in cand.children:
            if sub.dep_ == "prep" and sub.lower_ == "of":
                for pobj in sub.children:
                    sector = sector_of(pobj)
                    if sector:
                        return sector
    return None


# --- the kind of a request or meeting, and the parties and armed formations that nouns name ----------


# who fights with fists, stones and machetes rather than guns: the crowd of a riot, communal and farm feuds
_UNARMED_SIDES = CROWD_WORDS | frozenset({"rioter", "mob", "youth", "herder", "farmer", "villager", "student", "fan",
                                          "supporter", "resident", "trader", "worker", "community", "clan", "tribe"})


_GUNFIGHTS = FIGHT_WORDS | frozenset({"ambush"})


def fight_mode(tok: Token) -> str | None:
    """'rebels and troops clashed', 'fighting between the army and the RSF killed 23', 'a pitched battle', 'ambushed
    a police convoy': a fight or ambush that names no weapon is told as one of gunfire (PLOVER firearms), unless the
    sentence names a weapon (its own mode comes from the weapon) or unarmed sides (rioters, villagers, herders:
    stones, sticks and machetes)."""
    sent = sentence_of(tok)
    if tok.lemma_.lower() not in _GUNFIGHTS or find_weapons(sent):
        return None
    return None if any(t.lemma_.lower() in _UNARMED_SIDES for t in sent) else "firearms"


_BURN_VERBS = frozenset({"burn", "torch", "set"})
_PERSON_PRONOUNS = frozenset({"him", "her", "them"})


def burned_people(tok: Token) -> bool:
    """'burned a suspected thief alive', 'set ablaze two suspected kidnappers', 'stoned and burned 13 gang members',
    'two thieves burned by a crowd': people burned (a mob's killing, PLOVER primitive), not shops or cars (destroy)."""
    if tok.lemma_.lower() not in _BURN_VERBS:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and tok.dep_ == "conj":  # "dragged him from the station and burned", "stoned and burned 13 men"
        objs = [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and tok.dep_ == "acl":
        objs = [tok.head]
    return any(c.lower_ == "alive" for c in tok.children) or any(
        o.lower_ in _PERSON_PRONOUNS or person_word(o) for o in objs)


def demand_mode(tok: Token, entry: TriggerEntry) -> TriggerEntry:
    """A request's or refusal's PLOVER mode from what is asked or refused: a release, ceasefire or withdrawal
    (yield), help (assist), talks (meet), a resignation or a change of policy (change); a meeting's from the
    sentence (by phone, hosted or mediated by a third party, of an alliance or bloc, a visit); a fight's
    (`fight_mode`); burning people is a killing with primitive means, not destruction (`burned_people`)."""
    if entry.event_type == "ASSAULT" and entry.mode == "destroy" and burned_people(tok):
        return trigger("ASSAULT", "primitive", entry.confidence)
    if entry.event_type == "ASSAULT" and entry.mode is None:
        fired = fight_mode(tok)
        return trigger("ASSAULT", fired, entry.confidence) if fired else entry
    if entry.event_type == "CONSULT" and entry.mode is None:
        words = {t.lemma_.lower() for t in sentence_of(tok)}
        for mode, cues in MEETING_KINDS:
            if words & cues:
                return trigger("CONSULT", mode, entry.confidence)
        return entry
    if entry.event_type not in ("REQUEST", "REJECT") or entry.mode is not None:
        return entry
    asked = {t.lemma_.lower() for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree}
    for mode, words in DEMANDED:
        if asked & words:
            return trigger(entry.event_type, mode, entry.confidence)
    return entry


def party(tok: Token) -> bool:
    """Whether a noun names a party to talks: a named person, organisation or state, or an official or force."""
    return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or sector_of(tok) is not None or \
        tok.lemma_.lower() in PARTY_WORDS


def armed_unit(nouns: list[Token]) -> bool:
    """Whether one of the nouns names an armed formation: a militia or brigade, or an armed, rebel or
    self-defence group, force or front ('a new armed group', not 'a working group' or 'a task force')."""
    for n in nouns:
        lemma = n.lemma_.lower()
        if lemma in ("militia", "brigade", "battalion", "vigilante"):
            return True
        if lemma in ARMED_UNITS and any(t.lemma_.lower() in ("armed", "rebel", "militant", "jihadist", "paramilitary",
                                                             "guerrilla", "insurgent", "self", "defence", "defense",
                                                             "vigilante", "resistance") for t in n.subtree):
            return True
    return False


# --- who and what a verb's arguments name -------------------------------------------------------------


def weapon_subject(tok: Token) -> bool:
    """'shells rained down', 'rockets slammed into': the verb's subject is a projectile; when the parse lost
    the subject ('described mayhem as volleys of shells rained down'), a projectile just before the verb;
    a verb conjoined to one with a projectile subject shares it ('Rockets fired from Gaza hit the town')."""
    def projectile(found: list[Token]) -> bool:
        return any(c.lemma_.lower() in SUBJECT_WEAPONS or any(g.lemma_.lower() in SUBJECT_WEAPONS for g in c.subtree)
                   for c in found)

    nsubj = [c for c in tok.children if c.dep_ == "nsubj"]
    if nsubj:
        return projectile(nsubj)
    if tok.lemma_.lower() in ("rain", "land", "slam", "crash", "fall"):
        for t in reversed(tok.doc[max(tok.sent.start, tok.i - 4):tok.i]):
            if t.pos_ == "VERB":
                break
            if t.lemma_.lower() in SUBJECT_WEAPONS and t.tag_ == "NNS":
                return True
    if tok.dep_ == "conj":
        return projectile([c for c in tok.head.children if c.dep_ == "nsubj"])
    return False


REMOTE_MODES = frozenset({"aerial", "drone", "heavy-weapons"})


def striker_mode(tok: Token) -> str | None:
    """The mode of the aircraft, drone or missile that does a verb ('Indian warplanes struck a camp', 'the depot
    was hit by a drone'): a weapon inside its subject or its 'by' agent, or None."""
    who = list(subjects(tok))
    who += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    inside = {t.i for c in who for t in c.subtree}
    for w in find_weapons(sentence_of(tok)):
        if w.token_i in inside and w.mode in REMOTE_MODES:
            return w.mode
    return None


def subjects(tok: Token) -> list[Token]:
    """The subjects of a verb, through conjoined verbs that share them ('withdrew and handed over') and
    complements that take their subject from the verb above ('began arriving')."""
    t = tok
    while t.dep_ in ("conj", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        t = t.head  # "fighters began arriving": the subject of the verb that controls the complement
    return [c for c in t.children if c.dep_ == "nsubj" and not source_label(c)]


def armed_subject(tok: Token) -> bool:
    """Whether a verb's subject is an armed force ('Russian troops', 'rebel fighters', 'the army'), alone or
    joined to a name ('Hayat Tahrir al-Sham and allied factions')."""
    for subj in [s for first in subjects(tok) for s in (first, *(c for c in first.children if c.dep_ == "conj"))]:
        words = {subj.lemma_.lower()} | {g.lemma_.lower() for g in subj.children if g.dep_ in ("compound", "amod")}
        words |= {g.lemma_.lower() for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children}  # "thousands of Russian troops"
        if sector_of(subj) in ("military", "armed", "police") or words & (
                (FORCE_OBJECTS | ARMED_GROUP_WORDS | CRIMINAL_GROUPS) - {"supporter", "volunteer"}):
            return True  # not "supporters of the former prime minister gathered"
    return False


def carries_weapons(tok: Token) -> bool:
    """Whether a verb's object phrase names weapons ('a dhow carrying thousands of rifles')."""
    return any(t.lemma_.lower() in WEAPON_OBJECTS for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")
               for t in c.subtree)


def weapon_object(tok: Token) -> str | None:
    """The mode of a weapon that a verb's object names ('released sarin', 'used tear gas'), or None."""
    objs = {t.i for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass") for t in c.subtree}
    objs |= {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}  # "a wave of drones"
    for w in find_weapons(sentence_of(tok)):
        if w.token_i in objs and w.weapon not in ("firearm",):
            return w.mode
    return None


def person(tok: Token) -> bool:
    """Whether a noun names people: a person's name, a sector ('journalists'), a person noun ('the blogger')."""
    lemma = tok.lemma_.lower()
    if lemma in TERRITORY or lemma in BASE_OBJECTS or tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
        return False  # "handed over their last base": a place, though 'base' names the military sector
    return tok.ent_type_ == "PERSON" or bool(sector_of(tok)) or lemma in PERSON_NOUNS or \
        lemma in ("people", "seminarian", "crew", "family", "hostage")


def state_protester(tok: Token) -> bool:
    """Whether whoever protests is a state: a country, a government, ministry or official ('Pakistan protested the
    strike', 'the ministry lodged a formal protest', 'China summoned the ambassador to protest'), not a crowd."""
    verb = tok.head if tok.pos_ == "NOUN" else tok
    who = subjects(verb) or (subjects(verb.head) if verb.dep_ in ("advcl", "xcomp") else [])
    return any(s.ent_type_ == "GPE" or sector_of(s) == "government" or s.lemma_.lower() in (
        "ministry", "government", "embassy", "minister", "president", "foreign", "kremlin")
        for s in who)


def object_words(tok: Token) -> set[str]:
    """Lemmas anywhere under a verb's direct objects ('50 million euros in humanitarian aid')."""
    return {t.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass", "dative")
            for t in c.subtree}
