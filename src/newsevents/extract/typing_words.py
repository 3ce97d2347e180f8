"""What one word reports: the trigger lexicon read in its construction (objects, particles, subjects,
complements), for verbs ('took control of Goma', 'handed over their weapons') and nouns ('a price war')."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract import casualties, modes, ontology
from newsevents.extract.ontology import (
    TriggerEntry, trigger, TRIGGER_VERBS, TRIGGER_NOUNS, ABSTRACT, ARMED_GROUP_WORDS, CASUALTY_VERBS, FIGHT_WORDS,
    PERSON_NOUNS, TERRITORY, VIOLENT_LEMMAS, WEAPON_OBJECTS, WORKERS, TIES,
    # the construction word sets (data, kept with the lexicon)
    PROTEST_DISPLAY, FORCE_OBJECTS, MISSILE_OBJECTS, BASE_OBJECTS, WEAPON_USE_VERBS, NON_VIOLENT_CONTESTS,
    OUTBREAK_VERBS, CLOSABLE, COURT_WORDS, RESTRICTIONS, IMPACT_VERBS, BLAST_VERBS, BLAST_SUBJECTS, CROWD_WORDS,
    RETAKE_VERBS, SERVICES, MODAL_AUX, DEMAND_VERBS, ASSEMBLY_VERBS, STRUCK_BARGAINS, BLADES,
    ARMED_CONTEXT, TRAVEL_VERBS, PARTY_WORDS, FINDING_VERBS, PLANNED_TYPES, WARNED_ACTS, JOINT_ACTS, PLACE_PATH,
)
from newsevents.extract.modes import (  # who and what a verb's arguments name
    armed_subject, carries_weapons as _carries_weapons, person as _person, subjects as _subjects,
    weapon_object as _weapon_object, weapon_subject as _weapon_subject,
)
from newsevents.extract.typing_context import direct_objects, sentence_lemmas
from newsevents.extract.typing_territory import GROUND, fight_setting, moved_in, post_set_up
from newsevents.extract.typing_diplomatic import (
    FUTURE_AUX, arrest_foretold, calls_on, complement_lemmas, conditional_threat, diplomatic_verb,
)
from newsevents.extract.ontology import AID_VERBS, NORMALISE_VERBS, TIE_ENDERS
from newsevents.nlp import sentence_of


# heavy arms whose move to the front is a build-up: "moved heavy artillery and multiple-rocket launchers to positions"
HEAVY_ARMS = frozenset({"artillery", "launcher", "tank", "howitzer", "missile", "rocket", "warplane", "jet", "gun",
                        "armour", "armor"})
# what a government censors by blocking: "blocked access to the websites of two exiled news outlets"
OUTLETS = frozenset({"website", "site", "outlet", "newspaper", "broadcaster", "channel", "blog", "platform"})
# who strikes with violence when 'strike' has no object: "the bomber struck as lawyers crowded around"
STRIKERS = frozenset({"bomber", "gunman", "gunmen", "attacker", "assailant", "sniper", "militant", "insurgent"})


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


def _victim_noun(tok: Token) -> bool:
    """Whether the object of 'kill' names people: a sector, a name, a number, a person noun, a noun with
    a person's ending ('eleven coal miners', 'a schoolteacher'), or a person joined to it ('a schoolteacher
    and his son'); 'killed the bill' and 'killed the engine' are no event."""
    lemma = tok.lemma_.lower()
    if modes.sector_of(tok) or tok.ent_type_ in ("PERSON", "NORP", "CARDINAL") or tok.pos_ in ("PRON", "NUM"):
        return True
    if lemma in casualties.SIZE_NOUNS or lemma in PERSON_NOUNS or any(g.dep_ == "nummod" for g in tok.children):
        return True
    if lemma in ("member", "victim", "hostage", "people", "dozen", "hundred", "thousand"):
        return True
    if lemma in ("total", "number", "handful", "score") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(_victim_noun(g) for g in c.children if g.dep_ == "pobj")
            for c in tok.children):
        return True  # "killed a total of 17 people", "killed a number of civilians"
    if lemma not in ABSTRACT and casualties.person_word(tok):
        return True
    return any(c.dep_ == "conj" and c.pos_ == "NOUN" and casualties.person_word(c) for c in tok.children)


def _retaken_name(tok: Token) -> bool:
    """'Government forces recaptured Jebel Moya from the RSF': a name the parser misread as a person's, taken back
    by armed men, after a battle or from a force named after 'from' (not 'retook the lead', 'regained his composure')."""
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PROPN" for c in tok.children):
        return False
    return armed_subject(tok) or any(modes.sector_of(s) in ("military", "police", "armed") for s in _subjects(tok)) \
        or any(c.dep_ == "prep" and c.lower_ == "after" and any(
            g.lemma_.lower() in FIGHT_WORDS for g in c.children) for c in tok.children) \
        or any(c.dep_ == "prep" and c.lower_ == "from" and any(
            modes.sector_of(g) in ("military", "armed") or g.ent_type_ == "ORG" for g in c.children)
            for c in tok.children)


def _crowd_marching(tok: Token) -> bool:
    """'Thousands marched peacefully in Tbilisi against the foreign agents law': a crowd told by its size marching
    peacefully or against something (not 'troops marched into the town', 'thousands marched in the parade')."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    crowd = any(s.lemma_.lower() in ("thousand", "hundred", "dozen", "ten", "crowd", "people", "resident")
                and not any(modes.sector_of(g) in ("military", "police", "armed") for g in s.subtree)
                for s in subjects)
    return crowd and any(c.dep_ == "prep" and c.lower_ == "against" or c.dep_ == "advmod" and c.lower_ == "peacefully"
                         for c in tok.children)


# what a crowd throws at police besides stones: "hurled eggs and fireworks at riot police"
RIOT_MISSILES = frozenset({"egg", "firework", "firecracker", "flare", "tomato", "chair", "can", "object", "missile"})
# words of a running report that make a bare plural one event going on: "clashes ongoing in the southern districts"
ONGOING = frozenset({"ongoing", "continuing", "raging", "underway"})


# the share of a place a force took: "most of Goma", "large parts of the city"
SHARES = frozenset({"most", "part", "much", "all", "half", "rest", "swathe", "swath", "area", "section"})


def _object_place(tok: Token) -> bool:
    """Whether a verb's direct object is a place: a town or territory word ('the district centre'), or a
    named place ('took Herat')."""
    for c in tok.children:
        if c.dep_ not in ("dobj", "obj"):
            continue
        if c.lemma_.lower() in SHARES:  # "took most of Goma", "seized parts of the city"
            c = next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj"), c)
        words = {c.lemma_.lower()} | {g.lemma_.lower() for g in c.children if g.dep_ == "compound"}
        if words & TERRITORY or c.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
    return False


def _place_reached(tok: Token) -> bool:
    """Whether a verb acts on a place: a town or territory, or a named place, as its object or in its
    prepositional phrases ('took control of Goma', 'pulled out of Khan Younis', 'left Afghanistan')."""
    todo = [c for c in tok.children if c.dep_ in PLACE_PATH]
    seen = 0
    while todo and seen < 12:
        t = todo.pop()
        seen += 1
        if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in TERRITORY or t.ent_type_ in ("GPE", "LOC", "FAC")):
            return True
        todo.extend(c for c in t.children if c.dep_ in PLACE_PATH or c.dep_ == "compound")
    return False


def _special_verb(tok: Token, lemma: str, objs: list[str]) -> TriggerEntry | None:
    """Verbs that report an event only in one construction ('taken into custody', 'spoke by phone')."""
    # "out"/"back"/"over" as particles, or as the prepositions the parser sometimes makes of them ("pulled out of")
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt" or c.dep_ in ("prep", "advmod") and c.lower_ in (
        "out", "back", "over")}
    if lemma in ("take", "gain", "wrest", "assume") and ("control" in objs or lemma == "take" and "over" in particles
                                                        or lemma == "wrest" and set(objs) & GROUND) \
            and _place_reached(tok):
        return trigger("COERCE", "seize", 0.8)  # "took control of Goma", "took over the city"
    if lemma == "take" and not particles and armed_subject(tok) and _object_place(tok):
        return trigger("COERCE", "seize", 0.75)  # "insurgents have taken the district centre of Dand-e-Ghori"
    if lemma in RETAKE_VERBS and _retakes(tok, lemma, objs, particles):
        return trigger("COERCE", "seize", 0.75)  # "won back the district centre", "reclaimed the port town"
    if lemma == "pull" and particles & {"out", "back"} and armed_subject(tok):
        return trigger("RETREAT", "withdraw", 0.75)  # "Russian troops pulled back across the river"
    if lemma == "hand" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "over":
        particles = particles | {"over"}  # "handed over six hostages": the parser makes 'over six' a quantity
    if lemma in ("hand", "turn", "lay", "put") and particles & {"in", "down"} and set(objs) & WEAPON_OBJECTS:
        return trigger("RETREAT", "disarm", 0.75)  # "handed in their rifles", "laid down their arms"
    if lemma == "hand" and "back" in particles and any(_person(c) for c in tok.children if c.dep_ in (
            "dobj", "nsubjpass")):
        return trigger("RETREAT", "release", 0.75)  # "Armenia handed back two Azerbaijani soldiers"
    if lemma == "hand" and "over" in particles:
        if any(_person(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
            return trigger("RETREAT", "release", 0.75)  # "rebels handed over six hostages"
        if set(objs) & WEAPON_OBJECTS:
            return trigger("RETREAT", "disarm", 0.75)  # "handed over their weapons"
        if set(objs) & (TERRITORY | BASE_OBJECTS) or _place_reached(tok):
            return trigger("RETREAT", "withdraw", 0.7)  # "handed over their last base", "handed control of Kidal"
    if lemma in ("abandon", "leave", "evacuate", "vacate") and armed_subject(tok) and _place_reached(tok):
        return trigger("RETREAT", "withdraw", 0.6)  # "the fighters abandoned the town", "troops left Afghanistan"
    if lemma == "take" and "away" in _particles(tok) and any(_person(c) for c in tok.children if c.dep_ in (
            "dobj", "nsubjpass")):
        # "security agents took away a blogger ... his whereabouts remain unknown": a disappearance; else an
        # arrest by police or security services, an abduction by anyone else
        if "whereabouts" not in sentence_lemmas(sentence_of(tok)) and any(
                modes.sector_of(s) in ("police", "government") for s in _subjects(tok)):
            return trigger("COERCE", "arrest", 0.75)
        return trigger("ASSAULT", "abduct", 0.75)
    if lemma == "take" and any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children) and any(
            c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or modes.sector_of(c) or c.lemma_.lower() in (
                "activist", "man", "woman", "child", "boy", "girl", "student", "journalist", "priest", "people",
                "him", "her", "them"))
            for c in tok.children) and (armed_subject(tok) or any(
                s.lemma_.lower() in ("gunman", "gunmen", "agent", "kidnapper", "abductor") for s in _subjects(tok))):
        return trigger("ASSAULT", "abduct", 0.7)  # "security agents took the activist from his home"
    if lemma in WEAPON_USE_VERBS or lemma == "turn" and any(
            c.dep_ == "prep" and c.lower_ in ("on", "against") for o in (tok, *(g for g in tok.children if g.dep_ in (
                "dobj", "obj"))) for c in o.children):  # (the parser may hang 'on' on the object)
        used = _weapon_object(tok)
        if used:
            # "released sarin on the subway", "used water cannon against", "turned water cannon on demonstrators"
            return trigger("ASSAULT", used, 0.8)
    if lemma in ("drive", "push", "clear", "chase") and set(objs) & CROWD_WORDS:
        return trigger("ASSAULT", "crowd-control", 0.7)  # "police cleared demonstrators from the avenue": a dispersal
    if lemma in ("drive", "push", "flush", "oust", "clear") and (particles & {"out"} or lemma in ("oust", "clear")) \
            and _place_reached(tok) and (armed_subject(tok) or lemma != "clear") and (
            lemma in ("oust", "clear") or any(c.dep_ in ("dobj", "obj") for c in tok.children)):
        # (not "the peacekeepers drove out of the area": who is driven out must be named)
        return trigger("COERCE", "seize", 0.75)  # "government forces drove Islamic State out of Manbij"
    if lemma == "fall" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and (modes.sector_of(g) in ("military", "armed", "police") or g.lemma_.lower() in
                                  ARMED_GROUP_WORDS) for g in c.children) for c in tok.children) and any(
            s.lemma_.lower() in TERRITORY or s.ent_type_ in ("GPE", "LOC", "FAC") for s in _subjects(tok)):
        return trigger("COERCE", "seize", 0.75)  # "the town fell to Wagner fighters"
    if lemma in ("mass", "gather", "assemble") and not any(c.dep_ in ("dobj", "obj") for c in tok.children) and \
            armed_subject(tok):
        return trigger("MOBILIZE", "troops", 0.7)  # "thousands of Russian troops massed near the border"
    if lemma in ("move", "relocate") and moved_in(tok) and (
            armed_subject(tok) or any(map(modes.party, _subjects(tok)))):
        return trigger("MOBILIZE", "troops", 0.7)  # "Russian forces moved into an air base vacated by U.S. troops"
    if lemma in ("move", "rush", "redeploy") and set(objs) & FORCE_OBJECTS:
        return trigger("MOBILIZE", "troops", 0.7)  # "Rwanda moved additional troops to its border"
    if lemma in ("move", "rush", "redeploy", "deploy", "station") and any(
            o.lemma_.lower() in HEAVY_ARMS for c in tok.children if c.dep_ in ("dobj", "obj")
            for o in (c, *(g for g in c.children if g.dep_ == "conj"))) and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into", "near", "along", "towards", "toward") for c in tok.children) \
            and (armed_subject(tok) or any(s.ent_type_ in ("GPE", "NORP") or modes.sector_of(s) in (
                "military", "government") for s in _subjects(tok))):  # (a state or a force moves them, not a museum)
        return trigger("MOBILIZE", "weapons", 0.7)  # "had moved heavy artillery and rocket launchers to positions"
    if lemma == "seal" and "off" in particles:
        return trigger("COERCE", "restrict", 0.75)  # "sealed off the main city"
    if lemma in ("abuse", "molest", "assault", "exploit") and (lemma == "molest" or any(
            c.lower_ == "sexually" for c in tok.children)):
        return trigger("ASSAULT", "sexual", 0.85)  # "guards sexually abused detainees"
    if lemma == "exchange" and set(objs) & {"fire", "gunfire", "shot", "shell", "salvo"}:
        return trigger("ASSAULT", "firearms", 0.85)  # "forces exchanged artillery and machine-gun fire"
    if lemma in ("hold", "stage") and set(objs) & {"vigil", "protest", "demonstration", "rally", "sit-in", "march",
                                                   "strike", "walkout"}:
        return trigger("PROTEST", "strike" if set(objs) & {"strike", "walkout"} else "demo", 0.75)
    if lemma == "take" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lemma_.lower() == "street" for g in c.children) for c in tok.children):
        return trigger("PROTEST", "demo", 0.75)  # "thousands took to the streets"
    if lemma == "break" and "up" in particles and any(modes.sector_of(c) == "protesters" or c.lemma_.lower() in (
            "crowd", "gathering", "sit", "in", "sit-in", "vigil", "march") for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass")):
        return trigger("ASSAULT", "crowd-control", 0.7)  # "police broke up a demonstration"
    if lemma in ("arrive", "pour", "stream") and armed_subject(tok) and tok.dep_ != "advcl" and (
            lemma == "arrive" or any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children)):
        # ("troops poured into the region")
        # "Wagner fighters began arriving in Belarus"; "before the militias arrived" only dates another event
        return trigger("MOBILIZE", "troops", 0.6)
    if lemma in ("declare", "approve", "extend", "proclaim") and {"emergency", "martial"} & modes.object_words(tok):
        return trigger("COERCE", "restrict", 0.75)  # "declared a state of emergency", "declared martial law"
    if lemma == "block" and set(objs) & (CLOSABLE | {"access"}) and (armed_subject(tok) or any(
            modes.sector_of(c) in ("police", "government") for c in _subjects(tok))):
        return trigger("COERCE", "restrict", 0.7)  # "the army blocked the main road into the city"
    if lemma in ("close", "shut") and (set(objs) & CLOSABLE or any(
            t.lemma_.lower() in CLOSABLE for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree)):
        return trigger("COERCE", "restrict", 0.7)  # "closed the border crossing with Rwanda"
    if lemma in BLAST_VERBS and any(s.lemma_.lower() in BLAST_SUBJECTS for s in _subjects(tok)):
        return trigger("ASSAULT", "explosives", 0.75)  # "a bomb tore through a passenger bus"
    if lemma in IMPACT_VERBS and _weapon_subject(tok):
        return trigger("ASSAULT", "heavy-weapons", 0.75)
    if lemma in ("claim", "take", "cost") and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in tok.children) \
            and tok.dep_ != "xcomp":
        return trigger("ASSAULT", None, 0.6)  # "the car bomb claimed the lives of 19 people"
    if lemma == "hack" and (any(t.lemma_.lower() in BLADES | {"death"} for t in tok.subtree) or _hacked_people(tok)):
        return trigger("ASSAULT", "primitive", 0.85)  # "hacked them to death with machetes" (not a computer)
    if modes.crowd_control_verb(tok):
        return trigger("ASSAULT", "crowd-control", 0.8)  # "police baton-charged the rally", "tear-gassed marchers"
    if lemma == "charge" and (set(objs) & CROWD_WORDS or any(
            c.dep_ == "prep" and c.lower_ in ("at", "into", "toward", "towards") for c in tok.children)):
        return trigger("ASSAULT", "crowd-control", 0.75)  # "riot police charged at crowds": a charge, not a charge sheet
    if lemma == "shoot" and "down" in {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")} and \
            set(objs) & WEAPON_OBJECTS:
        return trigger("COERCE", "seize", 0.8)  # "shot down a ballistic missile": a weapon stopped
    if lemma in ("destroy", "dismantle") and set(objs) & (WEAPON_OBJECTS | {"vest", "arsenal", "stockpile"}):
        return trigger("COERCE", "seize", 0.75)  # "found and destroyed a cache of explosives"
    if lemma in ("block", "restrict", "ban") and any(
            t.lemma_.lower() in OUTLETS for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")
            for t in c.subtree) and not armed_subject(tok):
        return trigger("COERCE", "censor", 0.75)  # "blocked access to the websites of two exiled news outlets"
    if lemma == "switch" and any(
            t.lemma_.lower() in SERVICES for c in tok.children if c.dep_ in ("dobj", "obj") or c.lower_ == "off"
            for t in c.subtree) and any(c.lower_ == "off" for c in tok.children):
        return trigger("COERCE", "restrict", 0.75)  # "switched off the region's internet"
    if lemma in ("cut", "shut", "suspend", "block", "restrict", "disrupt") and any(
            t.lemma_.lower() in SERVICES for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")
            for t in c.subtree) and not (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj")):
        # "authorities cut mobile internet access"; not "blew up a mast, cutting off phone services" (a consequence)
        return trigger("COERCE", "restrict", 0.75)
    if lemma == "order" and set(objs) & FORCE_OBJECTS and any(
            c.dep_ == "prep" and c.lower_ in ("onto", "into", "to") for c in tok.children):
        return trigger("MOBILIZE", "troops", 0.7)  # "ordered soldiers onto the streets"
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
    if lemma in ("set", "establish", "build", "open") and (set(objs) & {"centre", "center"} or post_set_up(tok)) and (
            lemma != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)):
        troops = any(modes.sector_of(c) in ("military", "police") for c in _subjects(tok))
        return trigger("MOBILIZE", "troops" if troops else "militia", 0.7)  # "the militants set up a new base"
    if lemma == "set" and (any(c.dep_ == "dobj" and c.lemma_ in ("fire", "light") for c in tok.children)
                           or any(c.lower_ in ("ablaze", "alight") for c in tok.children)
                           or any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_ == "fire" for g in c.children)
                                  for c in (*tok.children, *(t for o in tok.children if o.dep_ == "dobj"
                                                             for t in o.subtree)))):  # ("set part of it on fire")
        return trigger("ASSAULT", "destroy", 0.8)  # "set fire to their homes", "set the car ablaze", "set her on fire"
    if lemma in PROTEST_DISPLAY and any(c.dep_ == "nsubj" and modes.sector_of(c) == "protesters"
                                        for c in tok.children):
        return trigger("PROTEST", "demo", 0.6)  # "Protesters chanted ..."
    if lemma == "gather" and any(c.dep_ == "nsubj" and any(
            modes.sector_of(g) == "protesters" or g.lemma_ in ("supporter", "activist") for g in c.subtree)
            for c in tok.children):
        return trigger("PROTEST", "demo", 0.75)
    if lemma in ASSEMBLY_VERBS and any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DEMAND_VERBS for c in tok.children) and not (
            armed_subject(tok) or any(modes.sector_of(s) in ("police", "government", "military")
                                      for s in _subjects(tok))):
        # "students gathered to demand justice", "residents blocked the highway, demanding his resignation"
        return trigger("PROTEST", "obstruct" if lemma in ("block", "occupy") else "demo", 0.7)
    return None


# whom a meeting or a talk with is no consultation: the press, victims and their families
NOT_COUNTERPARTS = frozenset({"reporter", "journalist", "press", "media", "family", "relative", "victim", "survivor",
                              "mourner", "wounded"})
# what a crowd or a force can be met with: "met with tear gas", "met with live fire"
FORCE_MET = frozenset({"gas", "bullet", "cannon", "force", "violence", "gunfire", "fire", "baton", "grenade",
                       "truncheon"})
# subjects of 'explode' that are figures, not devices: "shares exploded by 40 percent"
FIGURATIVE_BLASTS = frozenset({"share", "price", "stock", "market", "sale", "demand", "cost", "population", "debate",
                               "row", "scandal", "anger", "rent", "number", "inflation", "value"})
# links that describe a party ('a militia allied with the army'), not a deed
DESCRIBING_TIES = frozenset({"ally", "align", "affiliate", "link", "tie", "loyal"})


# violent verbs that 'hack' is told beside when it is done with blades: "shot, hacked and burned rival inmates"
BLOW_VERBS = frozenset({"shoot", "stab", "burn", "beat", "kill", "slash", "club", "rape", "behead"})


def _hacked_people(tok: Token) -> bool:
    """'shooting and hacking students in their dormitories', 'shot, hacked and burned rival inmates': people hacked,
    or 'hack' joined to violent verbs, is violence with blades, not a break-in to computers."""
    if any(c.dep_ in ("dobj", "nsubjpass") and _victim_noun(c) and c.lower_ not in ("it", "them") and
           c.lemma_.lower() not in ("account", "system") for c in tok.children):
        return True
    joined = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(j.lemma_.lower() in BLOW_VERBS for j in joined)


def _particles(tok: Token) -> set[str]:
    """A verb's particles ('took *away*', 'pulled *out*')."""
    return {c.lower_ for c in tok.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ == "away"}


def _retakes(tok: Token, lemma: str, objs: list[str], particles: set[str]) -> bool:
    """'won back / took back the district', 'reclaimed the port town', 'liberated the village', 'reasserted
    (restored) control over the hamlet', 'dislodged the rebels from Malam Fatori'."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_AUX for c in tok.children):
        return False  # "what city will be liberated next": not yet
    if lemma in ("win", "take"):
        return "back" in particles and _place_reached(tok)
    if lemma in ("reassert", "restore"):
        return "control" in objs and _place_reached(tok)
    if lemma == "dislodge":  # "dislodged the fighters from Malam Fatori": the place follows 'from'
        return armed_subject(tok) and any(c.dep_ == "prep" and c.lower_ == "from" and any(
            g.pos_ == "PROPN" or g.lemma_.lower() in GROUND for g in c.children) for c in tok.children)
    return bool(set(objs) & TERRITORY) or any(
        c.ent_type_ in ("GPE", "LOC", "FAC") for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))


# The lemmas diplomatic_verb can return an entry for: each of its branches opens with a test on the lemma, and it
# reads the verb's objects and complements first, so any other verb skips it (a speed gate; a new branch there
# needs its lemma here).
_DIPLOMATIC_LEMMAS = AID_VERBS | TIE_ENDERS | NORMALISE_VERBS | frozenset({
    "withdraw", "pledge", "promise", "offer", "vow", "lift", "ease", "relax", "turn", "exchange", "swap", "trade",
    "call", "draft", "conscript", "station", "form", "create", "launch", "found", "give", "go", "pick", "down",
    "detonate", "explode", "destroy", "come", "find", "discover", "uncover", "unearth", "dismantle", "accept",
    "commit", "endorse", "order", "blacklist", "warn", "swear", "declare"})


_FIRST_PERSON_ACTS = VIOLENT_LEMMAS | {"free", "send", "take", "destroy"}


def verb_entry(tok: Token) -> TriggerEntry | None:
    """The event a verb reports, after context rules (objects, particles, complements)."""
    lemma = tok.lemma_.lower()
    objs = _obj_lemmas(tok)
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    if lemma in _FIRST_PERSON_ACTS and _future_first_person(tok):  # (the cheap test first)
        mode = "territory" if lemma in ("free", "liberate", "take", "conquer", "occupy", "capture") else "violence"
        return trigger("THREATEN", mode, 0.7)
    if conditional_threat(tok, lemma):
        return trigger("THREATEN", "violence", 0.65)  # "his fighters would go to war if the minister did not resign"
    if arrest_foretold(tok, lemma):
        return trigger("THREATEN", "arrest", 0.65)
    if lemma in DESCRIBING_TIES and tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
        return None  # "a militia allied with the army executed 20 men"
    if lemma == "explode" and any(s.lemma_.lower() in FIGURATIVE_BLASTS for s in _subjects(tok)):
        return None  # "shares in the defence contractor exploded by 40 percent"
    if lemma == "hurt":  # "a bomb that hurt four rangers"; not "the sanctions hurt the economy", "the drought hurt"
        hurt = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        armed = armed_subject(tok) or bool(modes.find_weapons(sentence_of(tok)))
        return trigger("ASSAULT", None, 0.75) if armed and hurt and all(
            _victim_noun(c) and c.pos_ != "PRON" for c in hurt) else None
    entry = TRIGGER_VERBS.get(lemma)
    special = _special_verb(tok, lemma, objs) or (
        diplomatic_verb(tok, lemma, objs, particles) if lemma in _DIPLOMATIC_LEMMAS else None)
    told = special or entry
    planner = tok.head if tok.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj") for c in tok.children) else tok
    if told is not None and told.event_type in PLANNED_TYPES and any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in (*tok.children, *planner.children)):
        return None  # "ministers will meet next week": a plan, not an event (first-person threats are read above)
    if special is not None:
        return modes.demand_mode(tok, special)
    if lemma in ("take", "hold") and any(o in ("hostage", "captive") for o in objs):
        return trigger("ASSAULT", "abduct", 0.8)  # "took 19 crew members hostage"
    if lemma == "hold" and _held_responsible(tok):
        return trigger("ACCUSE", "allege", 0.8)  # "the ombudsman holds the dissidents responsible for ..."
    if entry is None:
        return None
    if lemma in ("smash", "battle") and not (armed_subject(tok) or any(
            modes.sector_of(s) in ("protesters", "military", "police", "armed") or s.lemma_.lower() in (
                "mob", "crowd", "rioter", "youth") for s in _subjects(tok))):
        return None  # "rioters smashed windows", "troops battled guerrillas"; not "smashed a record", "battled a blaze"
    if lemma in ("jail", "imprison", "sentence") and (
            any(s.lemma_.lower() in COURT_WORDS for s in _subjects(tok)) or any(
                c.dep_ == "prep" and c.lower_ == "for" and any(
                    g.lemma_.lower() in ("life", "year", "month", "term") for g in c.subtree) for c in tok.children)):
        return trigger("SANCTION", "convict", 0.85)  # "a court jailed him for life": a sentence, not an arrest
    if lemma == "arm" and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "advcl", "acomp"):
        return None  # "villagers armed with sticks": a description, not a supply of arms
    if lemma == "arm" and set(objs) & {"civilian", "volunteer", "villager", "youth", "resident", "militia",
                                       "vigilante", "tribesman", "recruit", "people", "man"}:
        return trigger("MOBILIZE", "militia", 0.7)  # "the army armed civilian volunteers": a militia raised
    if lemma == "bomb" and not any(c.dep_ in ("dobj", "obj", "nsubjpass", "agent") for c in tok.children) and \
            not armed_subject(tok) and not any(modes.sector_of(c) for c in _subjects(tok)):
        return None  # "the film bombed at the box office": no target, no armed subject
    if lemma == "invade" and not (_place_reached(tok) or armed_subject(tok)):
        return None  # "fans invaded the pitch"
    if any(o in ABSTRACT for o in objs) and entry.event_type == "ASSAULT" and not any(
            _victim_noun(c) for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
        return None  # "attacked the plan"; not "shot dead an election official" (a person, named by his post)
    if lemma in ("cut", "sever", "suspend") and not any(o in ("tie", "relation", "aid", "funding", "fund", "contact",
                                                            "talk", "cooperation", "assistance", "trade") for o in objs):
        return None
    if lemma in ("recapture", "retake", "overrun", "regain") and not (set(objs) & GROUND or any(
            c.ent_type_ in ("GPE", "LOC", "FAC") or c.pos_ == "PROPN" and c.ent_type_ != "PERSON" or any(
                a.dep_ == "appos" and a.lemma_.lower() in GROUND for a in c.children)  # "Wad Madani, the capital"
            for c in tok.children if c.dep_ in ("dobj", "nsubjpass")) or _retaken_name(tok) or post_set_up(tok)):
        return None  # "regained consciousness", "retook the lead"
    if lemma in ("defuse", "intercept") and not set(objs) & WEAPON_OBJECTS and not _carries_weapons(tok):
        return None  # "defused tensions", "intercepted a call"; not "intercepted a dhow carrying rifles"
    if lemma in ("throw", "hurl", "toss", "lob") and not set(objs) & MISSILE_OBJECTS and not (
            set(objs) & RIOT_MISSILES and any(c.dep_ == "prep" and c.lower_ == "at" and any(
                modes.sector_of(g) in ("police", "military") for g in c.children) for c in (
                *tok.children, *(g for o in tok.children if o.dep_ in ("dobj", "obj") for g in o.children)))):
        return None  # "threw stones at police", "hurled eggs and fireworks at riot police"; not "threw a party"
    if lemma == "fire" and set(objs) & {"gas", "teargas", "cannon", "canister"}:
        return trigger("ASSAULT", "crowd-control", 0.75)  # "fired tear gas"
    if lemma == "impose" and "sanction" in objs:
        return trigger("SANCTION", None, 0.85)  # "imposed sanctions on five officials"
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
    killed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma == "kill" and killed and not any(_victim_noun(c) for c in killed):
        return None  # "killed the bill"; not "killed 14 villagers ..., burning homes" with the homes parsed as objects
    if lemma == "capture" and not (set(objs) & GROUND) and not _place_reached(tok) and not any(
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
    if lemma == "call" and not calls_on(tok):
        return None
    if lemma == "fire" and direct_objects(tok) and direct_objects(tok) <= {"shot", "salvo", "warning"} and all(
            c.tag_ == "NN" for c in tok.children if c.dep_ == "dobj") and not (
            armed_subject(tok) or any(modes.sector_of(s) for s in _subjects(tok)) or any(
                c.dep_ == "prep" and (c.lower_ in ("on", "at") or c.lower_ == "into" and any(
                    modes.sector_of(g) or g.ent_type_ in ("GPE", "FAC", "LOC") for g in c.children))
                for c in tok.children) or sentence_lemmas(sentence_of(tok)) & (CASUALTY_VERBS | {"police"})):
        return None  # one shot and no target: "the striker fired a shot into the corner", "the bank fired its latest shot"
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
        if direct_objects(tok) & STRUCK_BARGAINS:
            return None  # "struck a power-sharing deal": the deal is the event
        if modes.striker_mode(tok):  # "warplanes struck what Delhi called a camp": an air or missile strike
            return trigger("ASSAULT", modes.striker_mode(tok), 0.8)
        if any(s.lemma_.lower() in STRIKERS for s in _subjects(tok)):
            return trigger("ASSAULT", None, 0.75)  # "the bomber struck as lawyers crowded around the body"
        if any(c.dep_ in ("nsubjpass", "agent") for c in tok.children) or tok.tag_ == "VBN":
            return None
        if not direct_objects(tok):
            if sentence_lemmas(sentence_of(tok)) & WORKERS:
                return trigger("PROTEST", "strike", 0.7)
            if sentence_lemmas(sentence_of(tok)) & ARMED_CONTEXT or \
                    "cease-fire" in sentence_of(tok).text.lower():
                return trigger("ASSAULT", None, 0.5)  # "they began to strike as if there's no cease-fire"
            return trigger("PROTEST", "strike", 0.45)
    if lemma in ("hit", "target", "pound") and not any(
            modes.sector_of(c) or c.ent_type_ in ("GPE", "FAC", "ORG", "LOC") for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass")) and not modes.striker_mode(tok):
        return None  # ("drones hit a fuel depot": the striker tells the attack)
    if lemma == "execute" and any(o in ("plan", "order", "strategy", "warrant", "operation", "deal") for o in objs):
        return None
    if lemma in ("seize", "grab", "capture") and not set(objs) & (TERRITORY | WEAPON_OBJECTS) and not (
            fight_setting(tok) and any(c.pos_ == "PROPN" for c in tok.children if c.dep_ == "dobj")) and (any(
            _person(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")) or (
            (tok.dep_ == "acl" or tok.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in tok.children))
            and _person(tok.head))):
        # ("the 12 passengers seized on Sunday", "the priest, who was seized on Sunday": who was seized; not a town
        # read as a person's name and taken after a fight: "RSF fighters seized Wad Madani after clashes")
        # people seized: by police or security services an arrest, by anyone else an abduction
        if any(modes.sector_of(s) in ("police", "government") or s.lemma_.lower() in (
                "service", "agent", "authority", "security") for s in _subjects(tok)):
            return trigger("COERCE", "arrest", 0.8)
        return trigger("ASSAULT", "abduct", 0.8)
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
    if lemma in ("declare", "name") and any(t.lower_ == "grata" for t in tok.subtree) and not any(
            c.dep_ == "neg" for c in tok.children):
        return trigger("SANCTION", "expel", 0.85)  # "declared the head of the commission persona non grata"
    if lemma == "declare" and not any(o in ("war", "jihad") for o in objs):
        return None
    if lemma == "declare":
        return trigger("THREATEN", "violence", 0.6)
    if lemma == "swear" and "allegiance" not in objs:
        return None
    if lemma == "agree" and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and tok.head.lemma_.lower() in (
            "truce", "ceasefire", "cease-fire", "deal", "agreement", "accord", "plan", "roadmap"):
        return None  # "in violation of the truce agreed last week": the earlier deal, named
    if lemma in ("sign", "ratify") and not any(o in ("agreement", "deal", "treaty", "accord", "pact", "ceasefire",
                                                        "cessation", "armistice",
                                                        "truce", "memorandum", "declaration", "contract", "protocol")
                                               for o in objs):
        return None
    if lemma in ("pledge", "vow", "promise"):
        comp = complement_lemmas(tok)
        if comp & {"stop", "end", "cease", "halt", "refrain"} and lemma != "vow":
            return trigger("AGREE", None, 0.6)  # "militias pledged to stop attacks on each other's villages"
        if comp & VIOLENT_LEMMAS or lemma == "vow" and comp & {"force", "retaliation", "retaliate", "war", "revenge"}:
            mode = "territory" if comp & {"free", "liberate", "occupy", "conquer", "seize", "take", "retake",
                                          "recapture"} else "violence"
            return trigger("THREATEN", mode, 0.75)
        if lemma == "vow":
            return trigger("AGREE", None, 0.45)
    if lemma == "warn" and any(c.dep_ == "prep" and c.lower_ in ("of", "about") for c in tok.children) and not any(
            c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return None  # "warned of hundreds of jihadists fighting in Syria": a danger pointed out, not a threat
    if lemma == "threaten" and tok.dep_ == "acl" and tok.tag_ == "VBN":
        return None  # "a region threatened by extremists": a state described
    if lemma == "warn":
        comp = complement_lemmas(tok)
        if comp & VIOLENT_LEMMAS:
            return trigger("THREATEN", "violence", 0.6)
        warned = next((WARNED_ACTS[w] for w in sorted(comp) if w in WARNED_ACTS), None)
        return trigger("THREATEN", warned, 0.6) if warned else None  # "warned it would ban the party"
    if lemma == "threaten":
        comp = complement_lemmas(tok)
        mode = "violence" if comp & VIOLENT_LEMMAS else "arrest" if "arrest" in comp else "ban" if "ban" in comp \
            else "relations" if comp & {"relation", "talk", "tie", "negotiation"} else "expel" if "expel" in comp \
            else "territory" if "annex" in comp else "restrict" if comp & {"cut", "close", "block", "halt"} else None
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
    if lemma in ("send", "dispatch") and any(t.lemma_.lower() in ("aid", "assistance", "food", "medicine", "relief")
                                             for c in tok.children if c.dep_ in ("dobj", "obj") for t in c.subtree) \
            and not any(o in FORCE_OBJECTS for o in objs):
        return trigger("AID", None, 0.7)  # "sent $50 million in humanitarian aid to Sudan"
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
    if lemma == "return" and (set(objs) & {"fire", "gunfire", "shot"} or tok.head.lemma_.lower() in (
            "fire", "gunfire") and tok.dep_ in ("amod", "compound", "nmod") or objs == ["it"] and any(
            t.i < tok.i and t.lemma_.lower() in ("fire", "gunfire") for t in sentence_of(tok))):
        return None  # "troops returned fire", "return fire silenced them", "came under fire and returned it": part
        # of the fight, not a return of property
    if lemma in ("release", "free"):
        if not any(o in ("hostage", "prisoner", "captive", "detainee", "journalist", "soldier", "man", "woman",
                         "people", "child", "student", "worker", "activist", "pilot", "crew", "passenger",
                         "serviceman", "servicemen", "missionary", "tourist", "nun", "priest")
                   or modes.SECTOR_WORDS.get(o)
                   for o in objs) and not any(c.ent_type_ == "PERSON" and c.dep_ in ("dobj", "nsubjpass")
                                              for c in tok.children):
            return None  # ("freed the New Zealand pilot Philip Mehrtens"; not "released a statement")
    if lemma in ("withdraw", "retreat", "evacuate", "flee") and lemma != "retreat":
        if lemma == "withdraw" and any(o in ("aid", "support", "funding", "ambassador", "recognition", "treaty",
                                            "agreement", "membership") for o in objs):
            return trigger("SANCTION", "withdraw", 0.7)
        if lemma in ("evacuate", "flee") and not any(o in ("troop", "force", "soldier", "fighter") for o in objs):
            return None
    if lemma in ("meet", "discuss", "talk", "speak", "confer", "brief") and (any(
            w in NOT_COUNTERPARTS for w in objs) or any(t.lemma_.lower() in NOT_COUNTERPARTS and t.head.lower_ == "with"
                                                       for t in tok.subtree)):
        return None  # "discussed the attack with reporters", "met the families of the victims": no consultation
    if lemma == "ask" and any(c.dep_ == "prep" and c.lower_ in ("about", "whether") for c in tok.children) and not any(
            c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return None  # "journalists asked the minister about the raids": a question, not a request
    if lemma == "meet" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.lemma_.lower() in FORCE_MET for g in c.children) for c in tok.children):
        return trigger("ASSAULT", None, 0.7)  # "marchers were met with tear gas and rubber bullets"
    if lemma == "meet" and "resistance" in objs and armed_subject(tok):
        return trigger("ASSAULT", None, 0.6)  # "troops advancing on the town met fierce resistance": a fight
    if lemma == "meet" and set(objs) & {"resistance", "death", "fate", "end", "target", "demand", "deadline",
                                          "requirement", "criterion", "standard", "expectation", "need", "cost"}:
        return None  # "met stiff resistance", "met their deaths"
    if lemma in ("meet", "visit", "host", "discuss", "negotiate", "receive", "confer") and not any(
            c.dep_ in ("nsubj", "nsubjpass") and modes.party(c) for c in tok.children):
        if lemma in ("meet", "visit") and tok.dep_ in ("advcl", "xcomp") and tok.head.lemma_.lower() in TRAVEL_VERBS:
            return trigger("CONSULT", "visit", 0.65)  # "the envoy travelled to Sanaa to meet Houthi leaders"
        return None
    if lemma == "receive" and not (any(c.ent_type_ == "PERSON" or c.lemma_.lower() in PARTY_WORDS for c in tok.children
                                       if c.dep_ in ("dobj", "obj")) and any(
            c.dep_ == "nsubj" and (c.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or c.lemma_.lower() in PARTY_WORDS)
            for c in tok.children)):
        return None  # "received the Hamas chief" is a visit hosted; "received aid" or "received threats" is not
    if lemma == "protest" and modes.state_protester(tok):
        return trigger("ACCUSE", "disapprove", 0.8)  # "Pakistan protested the drone strike": a diplomatic protest
    if lemma in ("protest", "demonstrate", "rally", "march"):
        if lemma == "march" and not any(c.dep_ == "nsubj" and any(
                modes.sector_of(g) in ("protesters", "civilians", "schools") or g.lemma_ in ("supporter", "activist")
                for g in c.subtree) for c in tok.children) and not _crowd_marching(tok):
            return None
        if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
            return None
        if lemma == "rally" and any(c.dep_ == "dobj" for c in tok.children):
            return trigger("SUPPORT", None, 0.5)
    if lemma in ("fight", "battle") and any(o in ("isis", "state", "terrorism", "terrorist", "rebel",
                                                   "militant", "jihadist", "regime", "army") for o in objs):
        return trigger("ASSAULT", None, 0.6)
    if lemma in ("ask", "decline", "refuse") and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ("name", "identify", "quote", "speak", "comment")
            for c in tok.children):
        return None  # "an official who asked not to be named": how the source spoke, not a request
    if lemma == "oppose" and (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "acomp", "relcl", "advcl") or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)):
        return None  # "rebels opposed to the junta": who they are, not a statement made
    if lemma == "support" and tok.dep_ in ("amod", "compound"):
        return None
    if lemma in ("visit", "tour") and set(objs) & ontology.CONDOLENCE_OBJECTS:
        return None  # "the president visited the wounded in hospital", "toured the scene of the blast": no talks
    if lemma in ("die",) and not any(c.lemma_ in ("attack", "explosion", "blast", "clash", "fighting", "shooting",
                                                  "attacker", "assailant", "vest", "canister", "bullet", "grenade",
                                                  "shell", "toxic", "chlorine", "sarin", "chemical",
                                                  "bombing", "strike", "raid", "gunfire", "wound", "injury",
                                                  "battle", "war", "hand", "detonate", "explode", "bomb", "bomber",
                                                  "shelling", "airstrike", "gunman", "gunmen", "shoot", "device",
                                                  "mine", "exchange", "crossfire", "ambush") for c in tok.subtree):
        return None
    if lemma == "charge" and not any(c.dep_ == "prep" and c.lower_ in ("with", "over", "for") for c in tok.children) \
            and not any(s.lemma_.lower() in ("prosecutor", "prosecution", "police", "authority", "investigator")
                        for s in _subjects(tok)):
        return None  # "charged with murder", "prosecutors charged three men", not "charged a fee"
    if lemma in ("back", "support") and tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl"):
        return None
    return modes.demand_mode(tok, entry)


# what an attack on ... is a figure of speech for: "an attack on democracy", "a war on the poor"
FIGURATIVE_TARGETS = frozenset({"democracy", "freedom", "right", "constitution", "sovereignty", "independence",
                                "liberty", "judiciary", "dignity", "value", "livelihood", "economy"})
# what a copular 'was an attack on' says of a decision or measure: criticism, not violence
POLICY_NOUNS = frozenset({"decision", "law", "move", "policy", "ruling", "bill", "plan", "measure", "ban", "tax",
                          "rise", "hike", "cut", "reform", "order", "decree", "budget", "verdict"})
TALK_NOUNS = frozenset({"talk", "negotiation", "dialogue", "meeting"})


def _figurative_attack(tok: Token) -> bool:
    """'the central bank's decision was a direct attack on small traders', 'an attack on press freedom': a
    criticism, told with violent words."""
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against") and any(
            g.lemma_.lower() in FIGURATIVE_TARGETS and not modes.sector_of(g) for g in c.children)
            for c in tok.children):
        return True
    return tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(
        s.lemma_.lower() in POLICY_NOUNS for s in tok.head.children if s.dep_ == "nsubj")


def _aid_package(tok: Token) -> bool:
    """'announced a new package of military assistance', 'approved a tranche of aid': help in a batch given."""
    batch = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and batch.lemma_.lower() in (
        "package", "tranche", "shipment", "consignment") and batch.dep_ in ("dobj", "obj", "nsubjpass") and \
        batch.head.lemma_.lower() in ("announce", "approve", "send", "deliver", "unveil", "provide")


def _held_responsible(tok: Token) -> bool:
    """'holds the dissidents responsible for the recruitment': a blame told as the sentence's news (not 'commanders
    whom it holds responsible', which describes them, nor 'does not hold', nor 'holds responsible talks')."""
    if tok.dep_ in ("relcl", "acl") or any(c.dep_ == "neg" for c in tok.children):
        return False
    return any(c.lower_ == "responsible" and (c.head.i == tok.i or c.dep_ == "amod" and c.i > c.head.i and (
        c.head.dep_ in ("dobj", "obj") and c.head.head.i == tok.i)) for c in tok.subtree)  # (or on the object)


def _willing_to(tok: Token) -> bool:
    """'ready / willing / prepared to hold talks': a readiness to talk (PLOVER AGREE), not talks held."""
    verb = tok.head if tok.dep_ in ("dobj", "obj") else tok.head.head if (
        tok.dep_ == "pobj" and tok.head.lower_ == "for") else tok  # "ready to sit down for talks"
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("ready", "willing", "prepared", "open", "eager")


def noun_entry(tok: Token) -> TriggerEntry | None:
    """The event a noun reports, or None when the noun is not used as an event here."""
    lemma = tok.lemma_.lower()
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-":  # "sit-in", "cease-fire" split by the tokenizer
        joined = f"{tok.doc[tok.i - 2].lower_}-{tok.lower_}"
        if joined in TRIGGER_NOUNS:
            lemma = joined
    if lemma == "fire" and tok.head.lemma_ == "open" and tok.dep_ == "dobj":
        return trigger("ASSAULT", "firearms", 0.85)
    if lemma in ("attack", "assault", "war") and _figurative_attack(tok):
        return trigger("ACCUSE", "disapprove", 0.7)  # "the decision was a direct attack on small traders"
    if lemma in TALK_NOUNS and _willing_to(tok):
        return trigger("AGREE", None, 0.7)  # "the government said it was ready to hold talks": willing, not held
    if lemma == "fire" and tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.lemma_ == "come":
        return trigger("ASSAULT", "firearms", 0.8)
    if lemma == "exchange" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lemma_.lower() in ("fire", "gunfire", "shot") for g in c.children) for c in tok.children):
        return trigger("ASSAULT", "firearms", 0.85)  # "died in an exchange of fire with bandits"
    if lemma == "call" and any(c.lemma_.lower() in ("diplomatic", "telephone", "phone") for c in tok.children):
        return trigger("CONSULT", "phone", 0.6)  # "a flurry of diplomatic calls"
    if lemma == "withdrawal" and any(c.dep_ == "prep" and c.lower_ == "from" and any(
            g.lemma_.lower() in TIES or g.ent_type_ == "ORG" for g in c.children) for c in tok.children):
        return trigger("SANCTION", "withdraw", 0.75)  # "their withdrawal from the ECOWAS bloc"
    if lemma in ("support", "backing") and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in (
            "voice", "express", "reaffirm", "declare", "pledge", "announce", "offer", "throw"):
        return trigger("SUPPORT", None, 0.75)  # "voiced support for the interim president", "voiced strong backing"
    if lemma in ("aid", "assistance") and _aid_package(tok):
        return trigger("AID", None, 0.75)  # "announced a new package of military assistance for Ukraine"
    if lemma in ("formation", "creation", "launch") and modes.armed_unit(
            [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children] + (
                _subjects(tok.head) if tok.dep_ == "dobj" and any(c.dep_ == "poss" for c in tok.children) else [])) and (
            tok.head.lemma_.lower() in ("announce", "declare", "proclaim") or tok.dep_ == "nsubj"):
        return trigger("MOBILIZE", "militia", 0.7)  # "announced the formation of a new militia"
    if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {
            "could", "may", "might"} for c in tok.head.children):
        return None  # "the talks would resume next week", "the shelling could resume at any moment": not yet
    if lemma in ("sentence", "term") and (any(c.lower_ in ("death", "prison", "jail", "life") for c in tok.children)
                                         and tok.head.lemma_.lower() in ("hand", "give", "pass", "impose", "receive")):
        return trigger("SANCTION", "convict", 0.8)  # "handed death sentences to 10 soldiers", "given a prison term"
    if lemma == "protest" and tok.dep_ in ("dobj", "obj") and (tok.head.lemma_.lower() in ("lodge", "file", "register")
                                                              or modes.state_protester(tok)):
        return trigger("ACCUSE", "disapprove", 0.8)  # "the foreign ministry lodged a formal protest"
    if lemma in ("inquiry", "enquiry") and tok.head.lemma_.lower() in ("open", "launch", "set", "begin", "start",
                                                                    "establish", "conduct", "announce"):
        return trigger("ACCUSE", "investigate", 0.7)  # "opened an inquiry into the killings" (not one only ordered)
    if lemma in JOINT_ACTS and any(c.lower_ in ("joint", "combined", "bilateral", "coordinated")
                                   for c in tok.children):
        return trigger("COOPERATE", None, 0.75)  # "joint military exercises", "joint patrols along the frontier"
    raised = tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in ("bring", "raise", "push", "take") and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in tok.head.children)  # "bringing the death toll to 40"
    if lemma == "toll" and (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ontology.TOLL_VERBS or raised) and all(
            c.lemma_.lower() in ("death", "casualty") for c in tok.children if c.dep_ in ("compound", "amod", "nmod")):
        # (not "the holiday road toll has risen to eight")
        return trigger("ASSAULT", None, 0.6)  # "by Saturday the toll had climbed to 20": the attack's dead, updated
    entry = TRIGGER_NOUNS.get(lemma) or TRIGGER_NOUNS.get(tok.lower_)
    if entry is None:
        return None
    if entry.event_type == "ASSAULT" and any(
            c.dep_ in ("compound", "nummod", "amod", "npadvmod") and c.like_num and len(c.text) == 4
            and c.text.isdigit() and 1900 <= int(c.text) <= 2100 for c in tok.children):
        return None  # "the 2015 attacks", "the 2019 Easter bombings": a past event named by its year
    if entry.event_type == "ACCUSE" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in FINDING_VERBS:
        return None  # "a U.N. investigation found": the source of the report, not an event of it
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on") and lemma in ("request", "invitation", "behest", "demand"):
        return None  # "at the request of the government": why another act was done, not a request told
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.lemma_.lower() not in TRIGGER_NOUNS \
            and tok.head.lemma_.lower() not in ("incident", "spree", "rampage", "run", "sortie", "mission"):
        return None  # "attack helicopters", "protest leaders"
    if lemma == "strike":
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        if mods & {"air", "drone", "missile", "aerial", "rocket", "military", "us", "u.s.", "russian"}:
            mode = "drone" if "drone" in mods else "heavy-weapons" if mods & {"missile", "rocket"} else "aerial"
            return trigger("ASSAULT", mode, 0.85)
        if tok.dep_ in ("dobj", "obj") and modes.striker_mode(tok.head):  # "warplanes carried out strikes"
            return trigger("ASSAULT", modes.striker_mode(tok.head), 0.8)
        if "hunger" in mods:
            return trigger("PROTEST", "hunger", 0.85)
        if any(c.ent_type_ == "NORP" for c in tok.children if c.dep_ in ("amod", "compound")) and any(
                c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children):
            return trigger("ASSAULT", "aerial", 0.75)  # "an Israeli strike on a school": a military strike
        if mods & {"general", "labor", "labour", "national", "teacher", "worker", "wildcat", "nationwide"} or any(
                c.lemma_ == "go" for c in tok.ancestors):
            return trigger("PROTEST", "strike", 0.8)
        if sentence_lemmas(sentence_of(tok)) & WORKERS:
            return trigger("PROTEST", "strike", 0.7)
        return None
    if lemma == "march" and not any(c.lemma_.lower() in ("protest", "peace", "solidarity", "opposition")
                                    for c in tok.children) and not (
            tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in ("part", "take", "join")
            and any(c.dep_ == "prep" and c.lower_ in ("against", "through", "for") for c in tok.children)):
        # ("took part in a march through Santiago against pension reform": a protest march)
        if tok.ent_type_ == "DATE" or not any(c.dep_ in ("compound", "amod") for c in tok.children):
            return None
    if lemma in ("war", "battle", "fight") and tok.dep_ in ("pobj",) and tok.head.lower_ in ("of",):
        return None
    if lemma in ("war", "battle", "fight", "campaign") and any(c.dep_ in ("acl", "relcl") and any(
            g.dep_ == "aux" and g.tag_ == "TO" for g in c.children) for c in tok.children):
        return None  # "a battle to survive the downturn", "the fight to save the company"
    if lemma in ("war", "battle", "fight", "fighting", "campaign") and any(
            c.dep_ == "prep" and c.lower_ in ("against", "on", "over") and any(
                g.lemma_.lower() in ABSTRACT for g in c.children) for c in tok.children):
        return None  # "the battle against inflation", "the war on drugs"
    if lemma in ("war", "battle", "fight", "fighting", "attack") and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in NON_VIOLENT_CONTESTS for c in tok.children):
        return None  # "a price war", "a legal battle", "a verbal attack"
    if lemma == "raid" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and \
            (TRIGGER_VERBS.get(tok.head.head.lemma_.lower()) or trigger("")).event_type == "COERCE":
        return None  # "detained 40 people in dawn raids": the raid is how the arrest was made, told by the verb
    if lemma == "operation" and not any(c.lemma_.lower() in ("military", "counterterrorism", "counter-terrorism",
                                                             "security", "special", "ground", "air")
                                        for c in tok.children):
        return None
    if lemma in ("threat",) and not any(c.dep_ in ("acl", "prep") and c.lower_ in ("to", "of", "against")
                                        for c in tok.children):
        return None
    if lemma in ("agreement", "deal", "truce", "ceasefire", "cease-fire", "accord", "cessation"):
        gov = tok.head
        if lemma in ("ceasefire", "cease-fire", "truce") and tok.dep_ in ("dobj", "obj") and (
                gov.lemma_.lower() in ("declare", "proclaim") or gov.lemma_.lower() == "announce" and any(
                    c.lower_ == "unilateral" for c in tok.children)):
            return trigger("RETREAT", "ceasefire", 0.75)  # "the ELN declared a unilateral ceasefire": no deal
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
            c.dep_ in ("det", "poss", "compound", "amod", "prep") for c in tok.children) and not (
            lemma == "fighting" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in OUTBREAK_VERBS):
        return None  # (but "fighting continued", "fighting erupted on Sunday" tells the fighting)
    if lemma == "sanction" and tok.head.lemma_.lower() == "impose" and tok.dep_ in ("dobj", "obj"):
        return None  # "imposed sanctions on five officials": the verb is the trigger
    if tok.tag_ in ("NNS",) and lemma not in ("talk", "negotiation", "consultation", "sanction") and not any(
            c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        # bare plurals are usually generic ("accustomed to deadly attacks"), unless tied to a date or place or
        # the subject of a verb of outbreak ("heavy clashes erupted overnight")
        # or with a toll ("clashes north of the town left 18 people dead")
        if not any(c.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for c in tok.subtree if c.i != tok.i) and not (
                tok.dep_ == "nsubj" and tok.head.lemma_.lower() in OUTBREAK_VERBS | {"leave", "kill", "claim"}
                and tok.head.tag_ == "VBD") and not any(c.lower_ in ONGOING for c in tok.children):
            return None  # ("clashes ongoing in El Fasher's southern districts": a digest's running report)
    return modes.demand_mode(tok, entry)
