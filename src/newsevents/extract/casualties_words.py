"""The words that give a count its role (killed, wounded, arrested, kidnapped, taking part) and that name people."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsevents.extract.ontology import PERSON_NOUNS

ROLE_VERBS: dict[str, str] = {verb: role for role, verbs in (
    ("fatalities", "kill die murder slay lynch behead execute massacre slaughter assassinate perish claim martyr "
                    "suffocate asphyxiate succumb drown"),
    ("injured", "wound injure hurt harm maim hospitalize hospitalise sicken poison"),
    ("arrested", "arrest detain apprehend jail imprison round"),
    ("kidnapped", "kidnap abduct seize hold take"),
) for verb in verbs.split()}
ROLE_ADJ: dict[str, str] = {word: role for role, words in (
    ("fatalities", "dead killed"), ("injured", "wounded injured hurt"), ("kidnapped", "missing hostage"),
    ("arrested", "detained arrested")) for word in words.split()}
ROLE_NOUNS: dict[str, str] = {word: role for role, words in (
    ("fatalities", "death fatality casualty dead toll victim"), ("injured", "injury"), ("arrested", "arrest"),
    ("kidnapped", "hostage captive")) for word in words.split()}
# acts named by a noun whose 'of' object counts their victims: "the killing of more than 130 people"
ACT_NOUN_ROLES: dict[str, str] = {word: role for role, words in (
    ("fatalities", "killing massacre murder slaughter execution"), ("kidnapped", "kidnapping abduction"))
    for word in words.split()}
# what people are left with when hurt: "leaving 60 people with breathing problems"
HARM_NOUNS = frozenset({"injury", "wound", "burn", "blister", "problem", "difficulty", "symptom", "fracture"})
# people-taking verbs where 'take'/'hold'/'seize' mean hostage-taking only with these objects
HOSTAGE_WORDS = frozenset({"hostage", "captive", "prisoner"})
SIZE_NOUNS = frozenset((
    "protester demonstrator people supporter fighter militant troop soldier volunteer recruit jihadist student worker "
    "marcher rioter policeman police officer member man woman citizen resident refugee russians chechens").split())
SIZE_VERBS = frozenset((
    "protest rally march demonstrate gather join travel deploy send mobilize mobilise recruit fight strike riot take"
).split())


# verbs that say what is known of their subject's state: "are feared dead", "were reported killed", "found dead"
RAISING_VERBS = frozenset({"fear", "believe", "report", "say", "think", "presume", "confirm", "know", "find",
                           "assume", "declare", "pronounce", "list", "suspect"})


# nouns that tally people: "the number of people killed rose to 31", "the tally of the injured stands at 60"
TALLY_NOUNS = frozenset({"number", "tally", "count", "total", "figure", "estimate"})


def state_role(tokens: Iterable[Token]) -> str | None:
    """The first role a state word among tokens names: a participle of a role verb ('killed', 'abducted'), a state
    adjective ('dead', 'wounded'; 'missing' says nothing of why) or a role noun ('deaths', 'injuries')."""
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if tok.tag_ == "VBN" and lemma in ROLE_VERBS and lemma not in ("take", "hold", "seize", "claim"):
            return ROLE_VERBS[lemma]
        if tok.lower_ in ROLE_ADJ and tok.lower_ != "missing":
            return ROLE_ADJ[tok.lower_]
        if lemma in ROLE_NOUNS and lemma not in ("toll", "victim"):
            return ROLE_NOUNS[lemma]
    return None


NOT_PEOPLE = frozenset((
    "year month day week hour minute percent dollar kilometre kilometer mile km time round shot car building vehicle "
    "house home village bullet weapon rocket missile bomb shell meter metre kg ton generation family household"
).split())


DEATH_BY = frozenset({"stab", "shoot", "beat", "hack", "burn", "gun", "bludgeon", "club", "stone", "knife", "thrash",
                       "strangle", "machete"})
INJURE_VERBS = frozenset({"wound", "injure", "hurt"})
ALWAYS_FATAL = frozenset({"kill", "assassinate", "murder", "behead", "lynch", "slay", "execute"})
# taking people: "an engineer was kidnapped", "police arrested a 19-year-old man"
TAKE_VERBS = {"kidnap": "kidnapped", "abduct": "kidnapped", "arrest": "arrested", "detain": "arrested",
               "apprehend": "arrested"}
# "A protester died after being hit", "dozens suffocated": the subject is the one dead
DIE_VERBS = frozenset({"die", "perish", "suffocate", "asphyxiate", "succumb", "drown"})
VICTIM_VERBS = DEATH_BY | INJURE_VERBS | ALWAYS_FATAL | frozenset(TAKE_VERBS) | DIE_VERBS
# "killing two fighters and wounding a third", "wounding another": one more person, named by order
ONE_MORE = frozenset({"second", "third", "fourth", "fifth", "sixth", "another"})
# people named by kinship, age or rank, beside the ontology's person nouns: "killed a captain and three privates",
# "an elderly couple and their grandson"
SINGULAR_PERSON = PERSON_NOUNS | frozenset((
    "grandson granddaughter grandmother grandfather grandchild nephew niece cousin uncle aunt toddler pensioner youth "
    "youngster schoolboy schoolgirl paramedic captain lieutenant sergeant corporal major lady couple spy personnel "
    "constable jawan colleague companion neighbour neighbor friend teen").split())


# endings of nouns for people by what they do ('miner', 'schoolteacher', 'tailor', 'journalist', 'guardian',
# 'tribesman'), and the words with those endings that name things
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "men", "ant", "ent")
_THING_NOUNS = frozenset((
    "power order border computer engine number matter letter paper water winter corner river center centre chapter "
    "motor rumor rumour error sector momentum agreement movement government parliament statement element moment event "
    "content talent tournament tower container trailer tanker poster banner shelter headquarter department settlement "
    "apartment compartment restaurant plant tent equipment shipment monument transistor generator reactor tractor "
    "helicopter bulldozer freighter ferry bunker quarter cluster layer master semester budget plan deal bill"
).split())


def person_word(tok: Token) -> bool:
    """Whether a common noun names a person: a person noun ('soldier', 'son') or one with a person's ending
    ('miner', 'schoolteacher', 'tailor', 'guardian', 'tribesman'), not a thing so ending ('engine', 'tower')."""
    lemma = tok.lemma_.lower()
    if lemma in SINGULAR_PERSON or tok.lower_ in SINGULAR_PERSON or tok.ent_type_ == "PERSON":
        return True
    if tok.lower_ == "by" and tok.pos_ == "NOUN" and any(c.lower_ == "passer" for c in tok.children):
        return True  # "a passer-by was wounded", split by the tokenizer ('by' heads 'passer')
    # (a lower-case word the tagger took for a name is a common noun: 'killing the barman')
    return (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()) and lemma.endswith(_AGENT_ENDINGS) and lemma not in _THING_NOUNS and \
        lemma not in NOT_PEOPLE and tok.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "DATE")
