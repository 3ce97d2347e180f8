"""Words of monitors' digests, military communiqués, police logs and translated local press that the lexicon
lacks: 'neutralised seventeen insurgents', 'remanded in custody', 'thrashed two men', 'recovered a cache of
landmines', 'forcibly disappeared', 'announced the retaking of Kidal', 'announced their merger', 'a contact of fire'."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract import modes
from newsevents.extract.ontology import ARMED_GROUP_WORDS, TERRITORY, WEAPON_OBJECTS, TriggerEntry, trigger
from newsevents.extract.typing_context import direct_objects, sentence_lemmas

# the words read here; ("reoccupie", "cordone", "initialle": the lemmatizer's readings of "reoccupied", "cordoned",
# "initialled"; "neutralised": the parser's adjective)
VERBS = frozenset({"reoccupy", "reoccupie", "cordone", "initial", "initialle", "initialled", "hand", "form", "take",
                   "block", "send", "embrace", "clear", "ram", "neutralise", "neutralize", "neutralised",
                   "neutralized", "remand", "thrash", "recover", "disappear", "merge", "dissolve", "uproot",
                   "rename", "announce", "appoint", "name", "strip", "empty"})
NOUNS = frozenset({"violence", "poisoning", "conversation", "drive", "shot", "torching", "burning", "strike",
                   "retaking", "liberation", "recapture", "disappearance", "merger", "dissolution", "contact",
                   "engagement", "combat", "formation"})

# roads a crowd blocks in protest
ROADS = frozenset({"road", "highway", "motorway", "railway", "street", "bridge", "junction", "expressway", "track",
                   "intersection", "crossroad", "thoroughfare", "bypass"})
# acts that make a road blockade part of a riot
RIOT_WORDS = frozenset({"burn", "torch", "clash", "throw", "hurl", "pelt", "stone", "loot", "smash", "ransack",
                        "attack", "set", "riot"})
# groups of civilians who block roads in protest ("farmer unions", "students", "residents")
CIVIL_GROUPS = frozenset({"student", "farmer", "union", "resident", "villager", "worker", "trucker", "driver",
                          "teacher", "trader", "youth", "activist", "supporter", "miner", "vendor"})
# what is burned in an attack on property: "the torching of hundreds of houses"
BURNT = frozenset({"house", "home", "village", "shop", "church", "mosque", "school", "vehicle", "car", "office",
                   "hundred", "dozen", "building", "market", "hut", "temple", "property"})
# texts of a deal: "initialled a peace treaty text"
PACTS = frozenset({"treaty", "agreement", "accord", "deal", "text", "protocol", "declaration", "truce", "ceasefire"})
# bodies an armed group forms: "a new political wing"
NEW_BODIES = frozenset({"wing", "party", "brigade", "battalion", "unit", "front", "coalition", "alliance", "militia"})
# who takes a person away unnamed: "men in plain clothes", "unidentified men", "masked gunmen"
UNKNOWN_MARKS = frozenset({"plain", "plainclothes", "unidentified", "unknown", "masked", "hooded"})
# verbs that announce what a force or a group did ('declared the liberation of', 'announced their merger')
_ANNOUNCE = frozenset({"announce", "declare", "proclaim", "confirm", "complete"})
# what an armed group is called: its dissolution or merger changes the group
_GROUP_WORDS = frozenset({"group", "movement", "faction", "militia", "organisation", "organization", "front",
                          "outfit", "katiba", "brigade", "wing", "party"})
# the names of armed groups ('the PKK', 'Pakistani Taliban'), not the words any force or firm is called by
_ARMED_NAMES = ARMED_GROUP_WORDS - {"state", "group", "army", "force", "front", "brigade"}
# what makes a group an armed one: "a mercenary group", "an armed movement"
_ARMED_MARKS = frozenset({"armed", "mercenary", "paramilitary", "jihadist", "rebel", "militant", "insurgent"})
# who leads an armed group: "announced a new commander for the Bajaur chapter"
_LEADERS = frozenset({"commander", "leader", "emir", "chief", "head"})
# what an armed group's own announcement shows is new ("a new commander"), not one named to a post elsewhere
_NEW = frozenset({"new", "successor"})
# units that are armed by what they are: "two JNIM-aligned katibas have merged"
_ARMED_UNITS = frozenset({"katiba", "katibas", "militia", "faction", "brigade", "battalion", "insurgent", "rebel",
                          "militant"})
# what a communique 'neutralises': fighters, not a threat, a device or a plan
_FIGHTERS = frozenset({"terrorist", "insurgent", "militant", "bandit", "fighter", "rebel", "gunman", "attacker",
                       "jihadist", "kidnapper", "assailant", "element", "criminal", "member"})

# accidents and alarms a cordon is thrown around for everyone's safety
_EMERGENCIES = frozenset({"leak", "fire", "collapse", "blaze", "spill", "scare", "landslide", "flood", "accident",
                          "crash", "derailment", "explosion", "gas", "chemical", "suspicious", "package"})


def _subject_words(tok: Token) -> set[str]:
    return {g.lemma_.lower() for s in modes.subjects(tok) for g in s.subtree}


def _armed_group(tok: Token) -> bool:
    """Whether a verb's subject (or a noun's owner) is an armed group ('the PKK', 'armed movements')."""
    subjects = modes.subjects(tok) if tok.pos_ == "VERB" else [c for c in tok.children if c.dep_ == "poss"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj"):
        subjects += modes.subjects(tok.head)
    if subjects and all(s.pos_ == "PRON" for s in subjects) and tok.dep_ == "ccomp":
        subjects += modes.subjects(tok.head)  # "an armed group announced it was forming a political wing"
    return any(modes.sector_of(s) == "armed" or s.lemma_.lower() in _ARMED_UNITS or s.lemma_.lower() in _GROUP_WORDS
               and any(g.lower_ in _ARMED_MARKS or modes.sector_of(g) == "armed" for g in s.subtree) or s.ent_type_ == "ORG"
               and any(g.lemma_.lower() in _GROUP_WORDS for g in s.subtree) or _named_armed(s) for s in subjects)


def _named_armed(tok: Token) -> bool:
    """Whether a noun is an armed group by its name ('the PKK', 'PKK leaders', 'Pakistani Taliban')."""
    return any(g.pos_ == "PROPN" and g.lower_ in _ARMED_NAMES
               for g in (tok, *(c for c in tok.children if c.dep_ in ("compound", "amod"))))


def announced_dissolution(tok: Token) -> bool:
    """'The PKK announced it would dissolve itself': a group's announced decision to disband is the news, not an
    act still to come (unlike 'the protest could dissolve')."""
    return tok.lemma_.lower() == "dissolve" and tok.dep_ == "ccomp" and \
        tok.head.lemma_.lower() in ("announce", "declare", "decide") and digest_verb(tok) is not None


def _unknown_takers(tok: Token) -> bool:
    """Whether a passive verb's agent is men with no name or badge ('taken by men in plain clothes')."""
    return any(t.lower_ in UNKNOWN_MARKS for c in tok.children if c.dep_ == "agent" for t in c.subtree)


def digest_verb(tok: Token) -> TriggerEntry | None:
    """The event a digest or communiqué verb reports, or None."""
    lemma = tok.lemma_.lower()
    objs = direct_objects(tok)
    patients = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if lemma == "block":  # "students blocked a highway for 24 hours"; not "police blocked the road", "a landslide"
        if objs & ROADS and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.dep_ not in ("acl", "amod", "relcl") and any(
                s.lemma_.lower() in CIVIL_GROUPS or modes.sector_of(s) == "protesters" for s in modes.subjects(tok)) \
                and not any(modes.sector_of(s) in ("military", "police", "armed", "government")
                            for s in modes.subjects(tok)) and not sentence_lemmas(tok.sent) & RIOT_WORDS:
            # (a road blocked in a riot is part of the riot: "burned tyres and blocked roads, clashing with police")
            return trigger("PROTEST", "obstruct", 0.7)
        return None
    if lemma == "cordone":  # "police cordoned the Kurdish district"
        if sentence_lemmas(tok.sent) & _EMERGENCIES:
            return None  # "police cordoned off the area after a gas leak": safety, not coercion (review of session 9)
        return trigger("COERCE", "restrict", 0.75)
    if lemma in ("initial", "initialle", "initialled") and objs & PACTS:
        return trigger("AGREE", None, 0.75)  # "initialled a peace treaty text"; not "initialled each page"
    if lemma == "hand" and objs & TERRITORY and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.ent_type_ in ("GPE", "NORP") or modes.sector_of(g) in ("military", "government", "armed")
            for g in c.children) for c in tok.children):
        return trigger("RETREAT", "withdraw", 0.7)  # "Armenia handed four villages to Azerbaijan"; not "to the owners"
    if lemma == "form" and objs & NEW_BODIES and _armed_group(tok):
        return trigger("MOBILIZE", "militia", 0.7)  # "an armed group announced it was forming a political wing"
    if lemma == "take" and tok.tag_ == "VBN" and _unknown_takers(tok) and any(
            modes.person(c) or c.pos_ == "PRON" or modes.sector_of(c) for c in patients):
        return trigger("ASSAULT", "abduct", 0.75)  # "was taken by men in plain clothes from his flat"
    if lemma in ("reoccupy", "reoccupie") and patients and modes.armed_subject(tok):
        return trigger("COERCE", "seize", 0.75)  # "troops cleared and reoccupied a former Abu Sayyaf camp"
    if lemma == "send" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lower_ == "hell" for g in c.children) for c in tok.children) and patients:
        return trigger("ASSAULT", None, 0.75)  # communiqué idiom: "five militants were sent to hell"
    if lemma == "embrace" and objs & {"martyrdom", "shahadat"}:
        return trigger("ASSAULT", None, 0.75)  # "two soldiers embraced martyrdom": killed in action
    if lemma == "clear" and objs & {"mine", "landmine", "ied", "device", "explosive", "bomb"} and any(
            g.lemma_.lower() in ("sapper", "deminer", "engineer", "squad", "team", "troop", "soldier", "police")
            for s in modes.subjects(tok) for g in s.subtree):
        return trigger("COERCE", "seize", 0.7)  # "sappers cleared an anti-tank mine"; not "cleared the road"
    if lemma in ("neutralise", "neutralize", "neutralised", "neutralized"):  # (the parser may read it as an adjective)
        # "troops neutralised 17 insurgents"; not "neutralised the threat", "neutralised a bomb"
        if any(p.lemma_.lower() in _FIGHTERS or modes.sector_of(p) == "armed" for p in patients):
            return trigger("ASSAULT", None, 0.8)
        return None
    if lemma == "ram" and any(s.lemma_.lower() in ("svbied", "vbied") or s.lemma_.lower() == "bomb" and any(
            c.lower_ in ("car", "truck") for c in s.children) for s in modes.subjects(tok)):
        return trigger("ASSAULT", "explosives", 0.75)  # "an SVBIED rammed the gate"; not "a car rammed a bus"
    if lemma == "remand":  # "were remanded in custody": held by a court or police
        return trigger("COERCE", "arrest", 0.75) if any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in ("custody", "prison", "jail")
                                                          for g in c.children) for c in tok.children) else None
    if lemma == "thrash":  # "a crowd thrashed two men"; not "thrashed their rivals 4-0"
        if any(modes.person(p) or modes.sector_of(p) for p in patients) and not any(
                c.like_num and "-" in c.text for c in tok.subtree):
            return trigger("ASSAULT", "beat", 0.7)
        return None
    if lemma == "recover":  # "troops recovered a cache of landmines"; not "recovered the bodies", "recovered funds"
        carried = {g.lemma_.lower() for p in patients for g in p.subtree}
        if (objs | carried) & WEAPON_OBJECTS and (
                any(modes.sector_of(s) in ("military", "police") for s in modes.subjects(tok)) or
                _subject_words(tok) & {"troop", "soldier", "police", "bsf", "army", "force", "sapper", "squad"}):
            return trigger("COERCE", "seize", 0.75)
        return None
    if lemma == "disappear":  # "he has been forcibly disappeared", "detained and disappeared UN staff"
        if any(c.lower_ in ("forcibly", "forcefully") for c in tok.children) or (
                tok.dep_ == "conj" and tok.head.lemma_.lower() in ("detain", "arrest", "abduct", "seize") and patients):
            return trigger("ASSAULT", "abduct", 0.75)
        return None
    if lemma == "merge" and _armed_group(tok) and not any(
            c.dep_ == "conj" and c.lemma_.lower() in ("pledge", "swear") for c in tok.children):
        # "two JNIM-aligned katibas have merged"; not "banks merged"; a merger told with the allegiance the groups
        # pledged is coded as the pledge ("had merged and pledged allegiance to al Qaeda")
        return trigger("MOBILIZE", "militia", 0.7)
    if lemma == "dissolve" and all(p.lower_ in ("itself", "themselves") for p in patients) and (_armed_group(tok) or any(
            s.lemma_.lower() in _GROUP_WORDS for s in modes.subjects(tok)) and any(
            modes.sector_of(t) == "armed" or _named_armed(t) for t in tok.sent if t.pos_ == "PROPN")):
        # "the PKK announced the group would dissolve", "it would dissolve itself"; not "parliament was dissolved",
        # "the protest dissolved"
        return trigger("RETREAT", "disarm", 0.7)
    if lemma in ("strip", "empty") and patients and any(
            s.lemma_.lower() in ("looter", "looters") for s in modes.subjects(tok)):
        return trigger("COERCE", "seize", 0.75)  # "looters stripped a warehouse"; not "the court stripped him of"
    if lemma == "rename" and (_armed_group(tok) or any(
            p.lemma_.lower() in _GROUP_WORDS and any(g.lower_ in _ARMED_MARKS for g in p.subtree) or _named_armed(p)
            for p in patients)):
        return trigger("MOBILIZE", "militia", 0.7)  # "the mercenary group was renamed the Africa Corps"; not a street
    if lemma in ("announce", "appoint", "name") and _armed_group(tok) and any(
            p.lemma_.lower() in _LEADERS and any(c.lower_ in _NEW for c in p.children) for p in patients):
        return trigger("MOBILIZE", "militia", 0.7)  # "the Pakistani Taliban announced a new commander"
    if lemma == "uproot" and objs & {"tree", "orchard", "olive", "crop", "vine", "sapling"} and (
            _subject_words(tok) & {"settler", "soldier", "troop", "army", "militia", "gunman"}):
        return trigger("ASSAULT", "destroy", 0.7)  # "settlers uprooted olive trees"; not "the storm uprooted trees"
    return None


def digest_noun(tok: Token) -> TriggerEntry | None:
    """The event a digest or communiqué noun reports, or None."""
    lemma = tok.lemma_.lower()
    if lemma == "shot" and any(c.lower_ == "dead" and c.dep_ in ("oprd", "amod", "acomp") for c in tok.children) and \
            any(c.dep_ in ("dobj", "obj") for c in tok.children):
        return trigger("ASSAULT", "firearms", 0.8)  # "gunmen on a motorcycle shot dead a vaccinator" (read as a noun)
    if lemma in ("torching", "burning") and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lemma_.lower() in BURNT for g in c.children) for c in tok.children):
        return trigger("ASSAULT", "destroy", 0.7)  # "the torching of hundreds of houses"; not "burning of fuel"
    if lemma == "violence" and any(c.lower_ == "sexual" for c in tok.children):
        return trigger("ASSAULT", "sexual", 0.8)  # "women were subjected to sexual violence by gang members"
    if lemma == "poisoning" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) and any(
            w.mode == "unconventional" for w in modes.find_weapons(tok.sent)):
        return trigger("ASSAULT", "unconventional", 0.75)  # "their poisoning with a Novichok nerve agent"
    if lemma == "conversation" and any(c.lower_ in ("telephonic", "telephone", "phone") for c in tok.children) and \
            tok.head.lemma_.lower() in ("hold", "have"):
        return trigger("CONSULT", "phone", 0.75)  # "held a telephonic conversation with President Zelensky"
    if lemma == "drive" and any(c.dep_ == "compound" and c.lemma_.lower() in (
            "mobilisation", "mobilization", "conscription", "recruitment") for c in tok.children) and \
            tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in ("begin", "launch", "start", "announce"):
        return trigger("MOBILIZE", "troops", 0.75)  # "the army began a new mobilisation drive"; not a car drive
    if lemma == "strike":  # "CENTCOM conducted a self-defence strike on a missile launcher"; not a labour strike
        carried = tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in ("conduct", "carry", "launch")
        if carried and any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children) and any(
                modes.sector_of(s) == "military" or s.ent_type_ in ("ORG", "NORP", "GPE") or s.lower_ in ("it", "we")
                for s in modes.subjects(tok.head)):
            return trigger("ASSAULT", "aerial", 0.8)
        return None
    announced = tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _ANNOUNCE
    if lemma in ("retaking", "liberation", "recapture") and announced and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "LOC", "FAC")
                                                          or any(h.pos_ == "PROPN" for h in g.subtree)
                                                          for g in c.children) for c in tok.children):
        return trigger("COERCE", "seize", 0.75)  # "declared the liberation of Mosul's old city"
    if lemma == "disappearance" and any(c.lower_ in ("enforced", "forced", "involuntary") for c in tok.children):
        return trigger("ASSAULT", "abduct", 0.7)  # "cases of enforced disappearances"
    if lemma == "merger" and announced and _armed_group(tok):
        return trigger("MOBILIZE", "militia", 0.7)  # "armed movements announced their merger"
    if lemma == "formation" and announced and _armed_group(tok) and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in NEW_BODIES for g in c.children)
            for c in tok.children):
        return trigger("MOBILIZE", "militia", 0.7)  # "the M23 rebels announced the formation of a coalition"
    if lemma == "dissolution" and announced and (_armed_group(tok) or any(
            t.lower_ == "armed" and t.head.lemma_.lower() in ("struggle", "wing", "campaign") for t in tok.sent)):
        return trigger("RETREAT", "disarm", 0.7)  # "the PKK announced its dissolution"
    if lemma == "contact" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lemma_.lower() in ("fire", "gunfire") for g in c.children) for c in tok.children):
        return trigger("ASSAULT", "firearms", 0.8)  # "died in a contact of fire with the KKB"
    if lemma in ("engagement", "combat") and (
            lemma == "engagement" and any(c.lower_ in ("combat", "armed") for c in tok.children)
            or lemma == "combat" and tok.tag_ == "NNS" and any(c.dep_ == "prep" and c.lower_ == "between"
                                                               for c in tok.children)):
        return trigger("ASSAULT", None, 0.75)  # "143 combat engagements", "combats between the ELN and dissidents"
    return None
