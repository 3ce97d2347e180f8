"""Counts told in shapes the main reader (casualties._role_of) leaves without a role: a list sharing one state word
('five Dozo and 11 militants dead'), lives a fight cost ('cost 13 soldiers their lives'), a lynching told by its two
acts ('stoned and burned 13 suspected gang members'), a side's losses of its people ('losing three volunteers'), and
people left short of breath by a gas ('leaving four men
struggling to breathe', 'evacuated with breathing difficulties'), and one named person dead in an obituary's or a commemoration's words ('Havildar X died of wounds ...', 'X, the
correspondent shot dead while ...', 'reporter X killed by gunmen')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.extract.casualties_merge import EXTRACTOR, OWN_WORDS, RoleCount, of_object
from newsevents.extract.casualties_words import (
    ALWAYS_FATAL, DIE_VERBS, HARM_NOUNS, ROLE_ADJ, ROLE_VERBS, SINGULAR_PERSON, person_word,
)
from newsevents.extract.ontology import FIGHT_WORDS, VIOLENT_CUES, VIOLENT_LEMMAS
from newsevents.models import Count
from newsevents.nlp import doc_text

_HARM_ROLES = ("fatalities", "injured")


def told_role(noun: Token) -> tuple[str, Token] | None:
    """The role of a counted noun the main reader found none for, told by one of the shapes of this module; None
    when none holds."""
    return shared_state(noun) or cost_lives(noun) or burned_after(noun) or lost_people(noun) or short_of_breath(noun) \
        or in_hospital(noun)


def _state_of(tok: Token) -> str | None:
    """The harm a state word names: 'dead', 'wounded', a participle 'killed', 'injured'."""
    if tok.lower_ in ROLE_ADJ and ROLE_ADJ[tok.lower_] in _HARM_ROLES:
        return ROLE_ADJ[tok.lower_]
    if tok.tag_ == "VBN" and ROLE_VERBS.get(tok.lemma_.lower()) in _HARM_ROLES and tok.lemma_.lower() != "claim":
        return ROLE_VERBS[tok.lemma_.lower()]
    return None


def shared_state(noun: Token) -> tuple[str, Token] | None:
    """'count five Dozo and 11 militants dead', 'the tally is nine soldiers and 31 militants dead': the first counts
    of a list whose last conjunct carries the state word after it, which the parser hangs on that conjunct alone;
    the state is the whole list's (not 'five soldiers and 11 wounded militants', the state before its noun)."""
    if noun.dep_ == "conj" and noun.head.i < noun.i and any(c.dep_ == "nummod" for c in noun.children):
        for c in noun.head.children:  # "five Dozo and 11 militants dead", 'dead' hung on the first conjunct
            if c.dep_ in ("amod", "acl") and c.i > noun.right_edge.i and _state_of(c):
                return _state_of(c), c
    conjs = [c for c in noun.conjuncts if c.i > noun.i]
    if not conjs:
        return None
    last = max(conjs, key=lambda t: t.i)
    if not any(c.dep_ == "nummod" or c.like_num for c in (last, *last.children)):
        return None  # "five soldiers and a civilian dead" is read by the singles
    for c in last.children:
        if c.dep_ in ("amod", "acl") and c.i > last.i and c.i == last.right_edge.i:
            role = _state_of(c)
            if role:
                return role, c
    return None


def _lives(verb: Token) -> bool:
    """Whether a verb's object is 'their lives', 'his life'."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children)


def _people_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in ("people", "person") or person_word(tok) or tok.lemma_.lower() in SINGULAR_PERSON


def cost_lives(noun: Token) -> tuple[str, Token] | None:
    """'a week of fighting that cost 13 soldiers their lives', 'a fight the resistance says cost the junta some 60
    soldiers': the people a fight cost, dead (not 'cost the company 60 dollars', no people; not 'cost 13 workers
    their jobs')."""
    verb = noun.head
    if verb.lemma_.lower() != "cost" or verb.pos_ != "VERB":
        return None
    if noun.dep_ == "dative" and _lives(verb):
        return "fatalities", verb
    if noun.dep_ == "dobj" and _people_noun(of_object(noun) or noun) and any(
            c.dep_ == "dative" for c in verb.children):
        return "fatalities", verb
    return None


# acts of a mob that, told together with a burning, make a lynching: "stoned and burned", "beat and burned"
_MOB_ACTS = frozenset({"stone", "beat", "hack", "club", "lynch", "machete"})


def lynch_burn(verb: Token) -> bool:
    """'stoned and burned', 'beaten and burned': a burning told as the second act of a mob on people (joined by the
    parser, or written right after 'stoned and' where the parser breaks the pair: 'residents of Canapé-Vert stoned
    and burned ...')."""
    if verb.lemma_.lower() != "burn" or verb.pos_ != "VERB":
        return False
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].lower_ == "and" and doc[verb.i - 2].lemma_.lower() in _MOB_ACTS and \
            doc[verb.i - 2].tag_ in ("VBD", "VBN"):
        return True
    return verb.dep_ == "conj" and verb.head.lemma_.lower() in _MOB_ACTS or any(
        c.dep_ == "conj" and c.lemma_.lower() in _MOB_ACTS for c in verb.children)


def burned_after(noun: Token) -> tuple[str, Token] | None:
    """'residents stoned and burned 13 suspected gang members': people a mob stoned or beat and burned, dead (not
    'burned 13 houses', no people; not 'burned' alone, which may be burns). The people may be written right after
    the burning with the parser hanging them elsewhere ('stoned and burned 13 suspected gang members taken from a
    police vehicle', the members made the subject of 'taken')."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass"):
        before = noun.left_edge.i - 1
        if before < 0 or noun.doc[before].lemma_.lower() != "burn":
            return None
        verb = noun.doc[before]
    if not lynch_burn(verb) or not _people_noun(of_object(noun) or noun):
        return None
    return "fatalities", verb


def lost_people(noun: Token) -> tuple[str, Token] | None:
    """'traded fire until dawn, losing three volunteers', 'losing four of their own': people a side lost in a fight,
    dead (people only: not 'losing three seats', 'lost 20 matches')."""
    verb = noun.head
    if verb.lemma_.lower() != "lose" or verb.pos_ != "VERB" or noun.dep_ != "dobj" or any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None  # 'lost two players to injury', 'lost staff to a rival'
    inner = of_object(noun) if noun.pos_ == "NUM" else noun
    if inner is None:
        return None
    own = inner.lower_ == "own" and any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in inner.children)
    if own or inner.tag_ == "NNS" and _people_noun(inner) and \
            inner.lemma_.lower() not in ("member", "supporter", "player"):
        return "fatalities", verb
    return None


_BREATH_WORDS = frozenset({"breathing", "respiratory"})


def _gasping(verb: Token) -> bool:
    """'struggling to breathe', 'gasping for air'."""
    lemma = verb.lemma_.lower()
    if lemma == "struggle":
        return any(c.dep_ == "xcomp" and c.lemma_.lower() == "breathe" for c in verb.children)
    return lemma == "gasp" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.lower_ in ("air", "breath") for g in c.children) for c in verb.children)


def short_of_breath(noun: Token) -> tuple[str, Token] | None:
    """'leaving four men struggling to breathe', 'left roughly a hundred people gasping for air', 'seven soldiers
    were evacuated with breathing difficulties': people a gas left short of breath, hurt (not 'left 40 officers
    struggling to contain the crowd')."""
    if not (_people_noun(of_object(noun) or noun) or noun.pos_ == "NUM"):
        return None
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VBG" and _gasping(c):
            return "injured", c
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.tag_ == "VBG" and _gasping(verb):
        return "injured", verb  # "a hundred people gasping for air", the parser's clause
    if noun.dep_ == "nsubjpass" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.lemma_.lower() in HARM_NOUNS and any(a.lower_ in _BREATH_WORDS for a in g.children)
            for g in c.children) for c in verb.children):
        return "injured", verb  # "were evacuated with breathing difficulties"
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in _CARRIED_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(_harm_named(g) for g in c.children if g.dep_ == "pobj")
            for c in verb.children):
        return "injured", verb  # "two soldiers were evacuated with eye and lung injuries", "with burns to the throat"
    return None


# verbs of carrying the hurt away to care: "were evacuated with burns", "was airlifted with head injuries"
_CARRIED_VERBS = frozenset({"evacuate", "airlift", "admit", "rush", "fly", "carry", "bring", "transfer", "hospitalise",
                            "hospitalize", "medevac"})
# harm nouns that say nothing of the body alone: "evacuated with problems" is not a harm ("breathing problems" is)
_VAGUE_HARM = frozenset({"problem", "difficulty", "symptom"})


def _harm_named(tok: Token) -> bool:
    """A harm to the body people are carried with: 'injuries', 'burns', 'shrapnel wounds' (not 'the wounded', whom
    they are carried with; not 'problems' alone)."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and lemma in HARM_NOUNS and lemma not in _VAGUE_HARM and not any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


# people whose being in a hospital is their work: "two nurses are in hospital for the night shift"
_CARERS = frozenset({"nurse", "doctor", "medic", "surgeon", "paramedic", "staff", "volunteer", "worker", "visitor",
                     "investigator", "detective", "official", "journalist", "reporter", "relative"})


def in_hospital(noun: Token) -> tuple[str, Token] | None:
    """'two colleagues are in hospital', 'two customers remained in hospital', 'at least 24 of them were in
    hospital': people told hurt by where they lie (not 'two nurses are in hospital', who work there)."""
    verb = noun.head
    counted = of_object(noun) or noun
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in ("be", "remain", "lie", "stay") or \
            counted.lemma_.lower() in _CARERS or not (_people_noun(counted) or counted.lower_ in ("them", "whom")):
        return None
    if any(c.dep_ in ("xcomp", "advcl") and any(g.lower_ == "to" for g in c.children) or
           c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return None  # 'were in hospital to question the suspect', 'in hospital for the night shift'
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() == "hospital" for g in c.children)
           for c in verb.children):
        return "injured", verb
    return None


# titles before a name that make it one person: "Havildar Joginder Singh", "Constable Alain Mbemba"
def _named(tok: Token) -> bool:
    """One person by name: a PERSON name, not a pronoun, not a group."""
    return tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and tok.tag_ == "NNP"


def _one_person(tok: Token) -> bool:
    """A named person, or one person told by a singular person noun with its determiner ('the surgeon')."""
    if _named(tok):
        return True
    return tok.tag_ == "NN" and person_word(tok) and not any(c.dep_ == "nummod" for c in tok.children) and any(
        c.lower_ in ("a", "an", "the") or c.dep_ == "poss" for c in tok.children)


def _fatal_word(verb: Token) -> bool:
    """'killed', 'lynched', 'shot dead', 'beaten to death'."""
    lemma = verb.lemma_.lower()
    if lemma in ALWAYS_FATAL:
        return True
    return lemma in ("shoot", "gun", "beat", "stab", "hack", "stone") and any(
        c.lower_ == "dead" or c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_ == "death" for g in c.children)
        for c in verb.children)


# words that make a clause of how someone died a violent cause ("when gunmen attacked", "after a bomb exploded")
_VIOLENT_CAUSE = (VIOLENT_LEMMAS | VIOLENT_CUES | FIGHT_WORDS | frozenset({
    "explode", "detonate", "ambush", "shell", "raid", "beat", "stone", "fire", "blast", "explosion", "gunfire",
    "bullet", "grenade", "mine", "drone", "airstrike", "missile", "rocket", "mortar", "lynch", "torch", "gun", "drop",
    "chlorine", "sarin", "shrapnel", "sniper", "gunman", "knife", "machete", "torture"})) - \
    frozenset({"take", "send", "fall", "free", "response", "consequence", "war", "suspect", "intentionally",
               "deliberately", "seize", "capture", "occupy"})


def _violent_end(verb: Token) -> bool:
    """'died of his wounds', 'died when gunmen attacked his residence', 'died after demonstrators stoned his car':
    a death told with its violent cause (not 'has died at 61', 'died after a long illness', 'died after he fell at
    home')."""
    if any(c.dep_ == "advcl" and c.pos_ == "VERB" and any(g.lower_ in ("when", "after", "as") for g in c.children)
           and any(g.lemma_.lower() in _VIOLENT_CAUSE for g in c.subtree) for c in verb.children):
        return True
    # "died on Monday of wounds", the parser hanging 'of' on the day
    return any(t.lower_ in ("of", "from") and verb.i < t.i <= verb.i + 5 and any(
        g.lemma_.lower() in HARM_NOUNS for g in t.children) for t in verb.subtree)


def _one_dead(verb: Token) -> Token | None:
    """The one person a verb tells dead in an obituary's words, or None: 'X died of wounds', 'the surgeon who died
    when ...' (on a name), 'X, killed when a bomb exploded' (the parser's active verb with no object), 'reporter X
    killed by gunmen', 'the correspondent shot dead while covering ...'."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if lemma in DIE_VERBS:
        if subj is None:
            return None
        if not _violent_end(verb):
            return None  # "X, who lost both legs in the attack, has died at 61": a death, not the attack's
        if _named(subj):
            return subj  # "Havildar Joginder Singh died on Monday of wounds"
        if subj.lower_ in ("who", "that") and verb.dep_ == "relcl" and verb.head.tag_ == "NN" and \
                verb.head.dep_ == "appos" and _named(verb.head.head):
            return verb.head.head  # "Dr. Ali Darwish, the Latamneh surgeon who died in March 2017 when ..."
        return None
    if lemma == "cost":  # "the exchange that followed cost a corporal his life"
        dative = next((c for c in verb.children if c.dep_ == "dative"), None)
        return dative if dative is not None and _lives(verb) and _one_person(dative) else None
    if lynch_burn(verb):  # "Deborah Samuel ... was stoned and burned by fellow students"
        first = verb.head if verb.dep_ == "conj" else verb
        victim = next((c for c in (*verb.children, *first.children) if c.dep_ in ("dobj", "nsubjpass")), None)
        return victim if victim is not None and _one_person(victim) else None
    if not _fatal_word(verb) or any(c.dep_ in ("dobj", "attr") for c in verb.children):
        return None  # "X killed two people": X killed, not dead
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _one_person(verb.head):
        return verb.head  # "reporter Ahmed Hussein-Suale killed by gunmen", "the manager lynched by a mob"
    if subj is not None and subj.dep_ == "nsubj" and verb.tag_ in ("VBD", "VBN") and _one_person(subj) and any(
            c.dep_ in ("advcl", "agent", "oprd") or c.lower_ == "when" for c in verb.children) and not any(
            c.dep_ in ("aux",) for c in verb.children):
        # "Darya Dugina, killed when a bomb ... exploded", "the correspondent shot dead while covering a raid": a
        # participle the parser reads as the active verb of the name it follows, with no object
        named = next((c for c in verb.children if c.dep_ == "nsubj" and _named(c)), None)
        return named or subj
    return None


def one_remembered(sent: Span, found: list[RoleCount]) -> list[RoleCount]:
    """One person dead told in an obituary's or a commemoration's words (_one_dead), when the sentence counts no
    dead otherwise (the named one may be one of them)."""
    if any(rc.role == "fatalities" for rc in found):
        return []
    taken = {rc.governor.i for rc in found}
    for verb in sent:
        if verb.i in taken or not (verb.lemma_.lower() in DIE_VERBS or verb.lemma_.lower() in ALWAYS_FATAL
                                   or verb.lemma_.lower() in ("shoot", "gun", "beat", "stab", "hack", "stone", "cost",
                                                              "burn")):
            continue
        who = _one_dead(verb)
        if who is None:
            continue
        start, end = who.left_edge.idx, who.idx + len(who)
        if start > end:
            start = who.idx
        return [RoleCount("fatalities", Count(1, 1, 1, doc_text(sent.doc)[start:end], (start, end), 0.6, EXTRACTOR),
                          verb, who)]
    return []
