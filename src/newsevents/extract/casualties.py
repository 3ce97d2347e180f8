"""Numbers of people killed, injured, arrested, kidnapped or mobilised, as UCDP-style best/low/high counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents.extract.ontology import PERSON_NOUNS
from newsevents.extract.quantities import VAGUE, Quantity, find_quantities, words_to_int
from newsevents.extract.typing_context import sentence_lemmas, token_table
from newsevents.models import Count
from newsevents.nlp import doc_text

EXTRACTOR = "casualties/0.1"

ROLE_VERBS: dict[str, str] = {verb: role for role, verbs in (
    ("fatalities", "kill die murder slay lynch behead execute massacre slaughter assassinate perish claim martyr"),
    ("injured", "wound injure hurt maim hospitalize hospitalise sicken poison"),
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
_HARM_NOUNS = frozenset({"injury", "wound", "burn", "problem", "difficulty", "symptom", "fracture"})
# people-taking verbs where 'take'/'hold'/'seize' mean hostage-taking only with these objects
_HOSTAGE_WORDS = frozenset({"hostage", "captive", "prisoner"})
SIZE_NOUNS = frozenset((
    "protester demonstrator people supporter fighter militant troop soldier volunteer recruit jihadist student worker "
    "marcher rioter policeman police officer member man woman citizen resident refugee russians chechens").split())
SIZE_VERBS = frozenset((
    "protest rally march demonstrate gather join travel deploy send mobilize mobilise recruit fight strike riot take"
).split())


@dataclass(frozen=True)
class RoleCount:
    """A quantity with its role (fatalities, injured, arrested, kidnapped, size) and governing word."""

    role: str
    count: Count
    governor: Token
    number: Token


def _person_noun(q: Quantity) -> tuple[Token, Token]:
    """The argument a quantity fills and the noun it counts ('dozens of people' -> dozens, people)."""
    h = q.head
    doc = h.doc
    if h.dep_ == "pobj" and h.head.lower_ == "between" and q.end < len(doc) and doc[q.end].pos_ == "NOUN":
        # "between 15 and 20 fishermen were killed": the parser takes 'between' as a preposition
        return doc[q.end], doc[q.end]
    while h.dep_ in ("nummod", "quantmod", "compound") and h.head.i != h.i and h.head.pos_ == "NUM":
        h = h.head
    if h.dep_ == "nummod" and h.head.lower_ in ROLE_ADJ and h.head.i == h.i + 1:
        return h, h  # "leaving 8 dead and 20 hurt": the parser makes 'hurt' a noun counted by 20
    if (h.dep_ == "nummod" or h.dep_ == "amod" and (h.lower_ in VAGUE or h.like_num)
            or h.dep_ in ("det", "predet") and h.lower_ == "both") and (
            h.head.pos_ in ("NOUN", "PROPN") or h.head.lower_ in ("more", "others", "other")):
        return h.head, h.head  # "14 policemen", "several people"
    return h, _of_object(h) or h  # "dozens of people": the quantifier is the argument


def _of_object(tok: Token) -> Token | None:
    """The object of the 'of' hanging on tok ('dozens of people' -> people), or None."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)


def _role_of(noun: Token, counted: Token | None = None) -> tuple[str | None, Token | None]:
    """The role a counted noun plays and the word that gives it ('killed 14 policemen' -> fatalities)."""
    # a bare number followed by its state: "left three dead and five wounded" (the parser hangs the second
    # pair off the first)
    if noun.pos_ == "NUM" and noun.i + 1 < len(noun.doc):
        nxt = noun.doc[noun.i + 1]
        if nxt.lower_ in ROLE_ADJ and nxt.lower_ not in ("missing", "hostage") and (
                nxt.head.i in (noun.i, noun.head.i) or noun.head.i == nxt.i
                or nxt.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl", "conj")):  # "left 19 dead and 34 wounded"
            return ROLE_ADJ[nxt.lower_], nxt
    if noun.dep_ in ("amod", "nummod") and noun.head.lower_ in ROLE_ADJ and noun.head.i > noun.i and \
            noun.head.pos_ in ("VERB", "ADJ"):
        return ROLE_ADJ[noun.head.lower_], noun.head  # "a dozen were killed and several more wounded"
    # adjectives and participles on the noun: "5 dead", "10 people injured"
    for child in noun.children:
        key = child.lower_
        if child.dep_ in ("amod", "acl", "advmod", "conj", "appos") and key in ROLE_ADJ:
            return ROLE_ADJ[key], child
        if child.dep_ == "acl" and child.lemma_ in ROLE_VERBS and child.lemma_ not in ("take", "hold", "seize"):
            return ROLE_VERBS[child.lemma_], child
    tok = noun
    # climb through "of" and conjunctions: "dozens of people", "12 soldiers and 30 militants"
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ == "of":
            outer = tok.head.head
            if outer.pos_ == "NUM" and any(c.dep_ == "nummod" for c in tok.children):
                # "killed 4 of the 10 passengers": the 10 is who was there; "one of 14 people wounded": all were
                bare = outer.head if outer.dep_.startswith("nsubj") and not any(  # "one of 14 people wounded"
                    c.dep_ in ("aux", "auxpass") for c in outer.head.children) else None  # parsed as a clause
                role = _state_role(c for c in (*outer.children, bare) if c is not None and (
                    c.dep_ in ("acl", "amod", "relcl") or c is bare))
                return (role, outer) if role else (None, None)
            if tok.head.head.lemma_.lower() in ACT_NOUN_ROLES and tok.head.head.pos_ == "NOUN":
                return ACT_NOUN_ROLES[tok.head.head.lemma_.lower()], tok.head.head  # "the abduction of 276 girls"
            if tok.head.head.lemma_.lower() in ("body", "corpse") or tok.pos_ == "NUM" and \
                    tok.head.head.lemma_.lower() in ("toll", "death", "fatality"):
                return "fatalities", tok.head.head  # "the bodies of 15 people were found", "a death toll of 12"
            tok = tok.head.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "than" and tok.head.head.lower_ in ("more", "fewer", "less"):
            tok = tok.head.head  # "injured more than a dozen": the parser hangs the number on 'than'
        elif tok.dep_ == "conj" and not (tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in ROLE_VERBS):
            tok = tok.head
        elif tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "four passers-by", split by the tokenizer
        else:
            break
    gov = tok.head
    dep = tok.dep_
    if dep == "conj" and gov.pos_ == "VERB":
        dep = "dobj"  # "killed five people in one village and three others in a hamlet": the parser joins the verb
    if dep == "advmod" and tok.lower_ == "more":
        dep = "dobj"
    if dep == "pobj" and gov.lower_ == "between" and gov.head.pos_ == "VERB" and gov.i > gov.head.i:
        gov, dep = gov.head, "dobj"  # "killing between seven and nine people": the range stands for the object
    if dep in ("dobj", "nsubjpass", "obj", "nsubj", "attr", "oprd", "npadvmod", "pobj", "appos"):
        lemma = gov.lemma_.lower()
        if dep == "pobj" and gov.dep_ == "prep" and (gov.lower_ in ("to", "at", "of") or gov.lower_ == "from" and any(
                c.lower_ == "to" for c in tok.children)):  # "rose from 20 to 35", parsed as one phrase under 'from'
            # "the death toll rose to 30", "toll stands at 30", "death of 5"
            base = gov.head
            for t in (base, *base.children, *(base.head,), *_verb_arguments(base)):
                if t.lemma_.lower() in _TALLY_NOUNS and t.dep_ in ("nsubj", "nsubjpass", "dobj"):
                    # "the number of people killed rose to 31", "the number of injured stands at 60"
                    role = _state_role(w for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                                       for w in p.subtree if w.i != p.i)
                    if role:
                        return role, t
                if t.lemma_.lower() in ("toll", "death", "fatality", "casualty"):
                    return "fatalities", t
                if t.lemma_.lower() == "life" and t.head.lemma_.lower() in ("claim", "take", "cost"):
                    return "fatalities", t.head  # "claimed the lives of 19 people"
                if t.lemma_.lower() in ("injury",):
                    return "injured", t
            return None, None
        if dep == "appos":
            return _role_of(gov)
        if (counted or noun).lemma_.lower() in ("body", "corpse") and dep in ("dobj", "nsubjpass", "nsubj") or (
                (counted or noun).lemma_.lower() == "life" and lemma in ("lose", "claim", "take", "cost")):
            return "fatalities", gov  # "rescuers recovered fifteen bodies", "fourteen lives were lost"
        after = tok.right_edge.i + 1
        if dep == "pobj" and gov.lower_ == "with" and after < len(tok.doc) and tok.doc[after].lower_ in ROLE_ADJ \
                and tok.doc[after].lower_ != "missing":
            return ROLE_ADJ[tok.doc[after].lower_], tok.doc[after]  # "ended with four attackers and three guests dead"
        if dep == "nsubjpass" and lemma in _RAISING_VERBS:
            # "20 people are feared dead", "were reported killed", "are believed to have been abducted"
            role = _state_role(c for c in gov.children if c.dep_ in ("xcomp", "oprd", "acomp"))
            if role:
                return role, gov
        if lemma in ("take", "hold") and any(c.dep_ == "prep" and c.lower_ in ("into", "in") and any(
                g.lemma_.lower() == "custody" for g in c.children) for c in gov.children):
            return "arrested", gov  # "four suspects were taken into custody"
        if lemma in ROLE_VERBS and gov.pos_ in ("VERB", "AUX"):
            role = ROLE_VERBS[lemma]
            if lemma == "claim" and not any(c.lemma_ == "life" for c in gov.subtree):
                return None, None
            if lemma in ("take", "hold", "seize"):
                if not any(c.lemma_.lower() in _HOSTAGE_WORDS for c in gov.subtree):
                    return None, None
            if dep == "nsubj" and lemma not in ("die", "perish") and not (  # "five people killed in attack"
                    gov.tag_ == "VBN" or gov.lower_ in ROLE_ADJ and not any(c.dep_ == "dobj" for c in gov.children)):
                return None, None  # "[soldiers raped] 17 women ... and killed two men": who killed, not who died
            return role, gov
        if dep == "nsubj" and gov.lower_ in ROLE_ADJ:
            return ROLE_ADJ[gov.lower_], gov
        if lemma in _DEATH_BY and dep != "nsubj" and _fatal_use(gov, lemma):  # the subject is who shot
            return "fatalities", gov  # "beaten to death", "shot dead", "police gunned down at least 19 protesters"
        if lemma in _DEATH_BY - {"shoot", "gun", "burn"} and dep in ("dobj", "nsubjpass"):
            return "injured", gov  # "beating several shopkeepers", "two men were stabbed" (not to death)
        if lemma == "treat" and dep == "nsubjpass" and any(c.dep_ == "prep" and c.lower_ == "for"
                                                            for c in gov.children):
            return "injured", gov  # "some 30 people were treated for symptoms of chlorine poisoning"
        if dep == "nsubj" and lemma in ("sustain", "suffer", "receive") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _HARM_NOUNS for c in gov.children):
            return "injured", gov  # "12 people sustained injuries", "nine people suffered gunshot wounds"
        if dep == "nsubjpass" and lemma in ("rush", "take", "admit", "evacuate", "airlift") and any(
                c.lower_ == "to" and any(g.lemma_.lower() == "hospital" for g in c.children) for c in gov.children):
            return "injured", gov  # "fifteen people were rushed to hospital"
        if lemma == "leave" and dep in ("dobj", "nsubjpass"):
            for c in (*gov.children, *noun.children):
                if c.lower_ in ROLE_ADJ:
                    return ROLE_ADJ[c.lower_], gov
                if c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() == "hospital" for g in c.children):
                    return "injured", gov  # "leaving four people in hospital"
                if c.lemma_.lower() == "suffer" or c.dep_ == "prep" and c.lower_ == "with" and any(
                        g.lemma_.lower() in _HARM_NOUNS for g in c.children):
                    return "injured", gov  # "left 11 people suffering from gas inhalation", "with burns"
        if lemma == "lose" and dep == "dobj" and (counted or noun).lemma_.lower() in _SIDE_NOUNS | {"man"}:
            return "fatalities", gov  # "the army said it lost six soldiers"
        if lemma == "lose" and dep == "nsubj" and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in gov.children):
            return "fatalities", gov  # "22 people lost their lives"
        among = [_among_role(g) for c in gov.children if c.dep_ == "prep" and c.lower_ == "among"
                 for g in c.children] if dep == "nsubj" and gov.lemma_ == "be" else []
        if any(among):  # "five policemen were among the dead", "two policemen were among those killed"
            return next(r for r in among if r), gov
        if dep == "nsubj" and gov.lemma_ == "be" and gov.dep_ in ("auxpass", "aux") and \
                gov.head.lemma_.lower() in _INJURE_VERBS | {"kill"}:
            return ROLE_VERBS[gov.head.lemma_.lower()], gov.head  # a parse that makes 'were' the subject's head
        if dep in ("nsubj", "attr") and gov.lemma_ == "be":
            for c in gov.children:
                if c.dep_ in ("acomp", "attr") and c.lower_ in ROLE_ADJ:
                    return ROLE_ADJ[c.lower_], gov
                if c.lemma_.lower() in ROLE_NOUNS and c.dep_ == "nsubj":
                    return ROLE_NOUNS[c.lemma_.lower()], gov
        if dep == "nsubj" and gov.lemma_ in ("die", "perish"):
            return "fatalities", gov
        if lemma in ("toll", "death", "casualty") and dep in ("attr", "appos"):
            return "fatalities", gov
        if dep == "dobj" and lemma in ("reach", "rise", "climb", "hit") and any(
                c.lemma_.lower() in ("toll", "death") for c in gov.subtree):
            return "fatalities", gov
        if lemma in SIZE_VERBS or dep == "nsubj" and gov.pos_ == "VERB":
            c = counted if counted is not None else noun
            if c.lemma_.lower() in SIZE_NOUNS or c.lower_ in SIZE_NOUNS or c.ent_type_ == "NORP":
                return "size", gov
    if noun.lemma_.lower() in ROLE_NOUNS and noun.lemma_.lower() not in ("victim",):
        return ROLE_NOUNS[noun.lemma_.lower()], noun
    return None, None


# verbs that say what is known of their subject's state: "are feared dead", "were reported killed", "found dead"
_RAISING_VERBS = frozenset({"fear", "believe", "report", "say", "think", "presume", "confirm", "know", "find",
                            "assume", "declare", "pronounce", "list", "suspect"})
def _verb_arguments(tok: Token) -> list[Token]:
    """The subject and object of the verb a phrase hangs from ('revised the toll down from 31 to 24': the toll)."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")] if verb.pos_ in ("VERB", "AUX") \
        else []


# nouns that tally people: "the number of people killed rose to 31", "the tally of the injured stands at 60"
_TALLY_NOUNS = frozenset({"number", "tally", "count", "total", "figure"})


def _state_role(tokens: Iterable[Token]) -> str | None:
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


_NOT_PEOPLE = frozenset((
    "year month day week hour minute percent dollar kilometre kilometer mile km time round shot car building vehicle "
    "house home village bullet weapon rocket missile bomb shell meter metre kg ton"
).split())


def find_counts(sent: Span) -> list[RoleCount]:
    """Every count of people in the sentence with its role and governing word, in text order."""
    out: list[RoleCount] = []
    figures: list[RoleCount] = []  # bare figures of a second source ("residents said 12"), role to be inherited
    doc = sent.doc
    for q in find_quantities(sent):
        noun, counted = _person_noun(q)
        if noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") and noun is not q.head:
            continue
        if counted.lemma_.lower() in _NOT_PEOPLE:
            continue
        role, gov = _role_of(noun, counted)
        figure = _source_figure(noun) if role is None else None
        if (role is None or gov is None) and figure is None or _superseded(gov or figure):
            continue
        start = doc[q.start].idx
        last = noun if noun.i >= q.end - 1 and noun.i - q.end < 3 else doc[q.end - 1]
        end = last.idx + len(last)
        exact = q.low == q.high == q.best
        count = Count(best=q.best, low=q.low, high=q.high, text=doc_text(doc)[start:end], span=(start, end),
                      confidence=0.9 if exact else 0.75, extractor=EXTRACTOR)
        if role is None:
            figures.append(RoleCount("", count, figure, noun))
        else:
            out.append(RoleCount(role, count, gov, noun))
    out.extend(_second_source(out, figures))
    out.extend(_conjoined_singles(out))
    out.extend(_singular_victims(sent, out))
    out.extend(_none_counts(sent))
    return out


def _superseded(gov: Token) -> bool:
    """'earlier reports had put the toll at 7', 'initially put at 12', 'an earlier attack killed 12', 'the toll from
    attacks this month': a figure told as older than the one the article gives, or of other events than this."""
    if gov.lemma_.lower() in ("toll", "number", "tally", "total") and any(  # "raising the toll this month to 100"
            t.lower_ in ("month", "year", "week") and any(c.lower_ in ("this", "last", "past") for c in t.children)
            for t in (*gov.subtree, *(t for c in gov.head.children if c.dep_ in ("prep", "npadvmod")
                                      and c.lower_ not in ("to", "at") for t in c.subtree))):
        return True
    verb = next((t for t in (gov, *gov.ancestors) if t.pos_ in ("VERB", "AUX")), gov)
    words = [c for t in (verb, *(c for c in verb.children if c.dep_.startswith("nsubj"))) for c in t.children]
    return any(c.lower_ in ("earlier", "initially", "previously", "initial", "previous") and c.dep_ in (
        "amod", "advmod") for c in words)


_REFLEXIVE = frozenset({"himself", "herself"})
# "were among the dead / the wounded / the victims"
AMONG_ROLES = {"dead": "fatalities", "killed": "fatalities", "victims": "fatalities", "wounded": "injured",
               "injured": "injured"}


def _among_role(g: Token) -> str | None:
    """The role of the group in 'among the dead' or 'among those killed'."""
    if g.lower_ in AMONG_ROLES:
        return AMONG_ROLES[g.lower_]
    if g.lower_ in ("those", "people"):
        return next((AMONG_ROLES[a.lower_] for a in g.children if a.dep_ in ("acl", "relcl", "amod")
                     and a.lower_ in AMONG_ROLES), None)
    return None


def _single_person(c: Token, counted_person: bool) -> int:
    """How many people a noun without a number names: 1 for 'a woman', 'her husband', 'herself' or (beside a
    count of people) 'a roadside tea seller'; 2 for 'a couple'; 0 when it is not a person."""
    if c.lower_ in _REFLEXIVE:
        return 1
    if c.tag_ not in ("NN", "NNP") or any(g.dep_ == "nummod" for g in c.children):
        return 0
    lemma = c.lemma_.lower()
    if not any(g.lower_ in ("a", "an", "one") or g.dep_ == "poss" or g.lower_ == "the" and lemma in _SINGULAR_PERSON
               for g in c.children):
        return 0  # "a woman", "her husband", "the bomber" (and five others)
    if lemma == "couple":
        return 2
    if lemma in _SINGULAR_PERSON or c.ent_type_ in ("PERSON", "NORP"):  # "a Briton and two Afghans"
        return 1
    if counted_person and lemma not in _NOT_PEOPLE and c.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "DATE"):
        return 1
    return 0


def _conjoined_singles(found: list[RoleCount]) -> list[RoleCount]:
    """'four members ... and a woman were killed', 'a woman and her two daughters', 'herself and 12 traders':
    a single person conjoined with a count adds one to it ('a couple' two)."""
    out: list[RoleCount] = []
    for rc in found:
        if rc.role == "size":
            continue
        counted_person = rc.number.lemma_.lower() in _SINGULAR_PERSON or rc.number.lemma_.lower() in (
            "people", "person", "child", "civilian")
        near = [c for c in rc.number.children if c.dep_ == "conj"]
        if rc.number.dep_ == "conj":
            near.append(rc.number.head)
        if rc.number.dep_ == "dobj" and rc.number.head.i == rc.governor.i:  # "killing four members of the
            near += [c for c in rc.governor.children if c.dep_ == "conj" and c.pos_ == "NOUN"]  # forces and a woman"
        for c in near:
            n = _single_person(c, counted_person)
            if n:
                start, end = c.left_edge.idx, c.idx + len(c)
                out.append(RoleCount(rc.role, Count(n, n, n, doc_text(c.doc)[start:end], (start, end), 0.7, EXTRACTOR),
                                     rc.governor, c))
    return out


_NONE_NOUNS = {"injury": "injured", "casualty": "fatalities", "death": "fatalities", "fatality": "fatalities",
               "arrest": "arrested"}
_NONE_NOUN_SET = frozenset(_NONE_NOUNS)
# "there were no reports of casualties", "no sign of injuries": the 'no' on the word that reports them
_REPORT_NOUNS = frozenset({"report", "sign", "word", "indication", "record", "information", "news"})
_NOBODY = frozenset({"nobody", "none", "one", "no-one", "noone"})
_ANYONE = frozenset({"anyone", "anybody"})  # "did not hurt anyone", "without injuring anybody"


def _no_before(noun: Token) -> bool:
    """'no casualties', 'no reports of casualties': a 'no' on the noun or on the report noun it hangs from."""
    if any(c.lower_ == "no" and c.dep_ == "det" for c in noun.children):
        return True
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _REPORT_NOUNS and any(
        c.lower_ == "no" and c.dep_ == "det" for c in of.head.children)


def _none_counts(sent: Span) -> list[RoleCount]:
    """'causing no injuries', 'no casualties were reported', 'no one was hurt', 'hurting nobody': a count of zero."""
    out: list[RoleCount] = []
    lemmas = sentence_lemmas(sent)
    if lemmas & (_NOBODY | _ANYONE):
        for tok in sent:
            low = tok.lower_
            if low not in _NOBODY and low not in _ANYONE or (low in ("one", "none") and not (
                    low == "none" or tok.i > sent.start and tok.doc[tok.i - 1].lower_ == "no")):
                continue
            gov = tok.head
            role = ROLE_VERBS.get(gov.lemma_.lower()) if gov.pos_ in ("VERB", "AUX") else None
            if role not in ("fatalities", "injured", "arrested") or tok.dep_ not in ("nsubjpass", "dobj", "obj",
                                                                                    "nsubj"):
                continue
            if low in _ANYONE and not (any(c.dep_ == "neg" for c in gov.children) or gov.dep_ == "pcomp"
                                       and gov.head.lower_ == "without"):  # "did not hurt anyone", "without hurting"
                continue
            if tok.dep_ == "nsubj" and gov.lemma_ not in ("die", "perish") and gov.tag_ != "VBN" or \
                    gov.lemma_.lower() == "claim":  # "no one has claimed responsibility": no toll
                continue
            start = tok.doc[tok.i - 1].idx if low == "one" else tok.idx
            end = tok.idx + len(tok)
            out.append(RoleCount(role, Count(0, 0, 0, doc_text(sent.doc)[start:end], (start, end), 0.8, EXTRACTOR),
                                 gov, tok))
    if not lemmas & _NONE_NOUN_SET:
        return out
    for tok in sent:
        role = _NONE_NOUNS.get(tok.lemma_.lower())
        if role and _no_before(tok):
            first = next(c for c in (*tok.children, *tok.head.head.children) if c.lower_ == "no")
            start, end = first.idx, tok.idx + len(tok)
            # "no casualties": nobody killed and nobody hurt
            for r in ("fatalities", "injured") if tok.lemma_.lower() == "casualty" else (role,):
                out.append(RoleCount(r, Count(0, 0, 0, doc_text(sent.doc)[start:end], (start, end), 0.8, EXTRACTOR),
                                     tok.head, tok))
    return out


_DEATH_BY = frozenset({"stab", "shoot", "beat", "hack", "burn", "gun", "bludgeon", "club", "stone", "knife",
                       "strangle", "machete"})
_INJURE_VERBS = frozenset({"wound", "injure", "hurt"})
_ALWAYS_FATAL = frozenset({"kill", "assassinate", "murder", "behead", "lynch", "slay"})
# taking people: "an engineer was kidnapped", "police arrested a 19-year-old man"
_TAKE_VERBS = {"kidnap": "kidnapped", "abduct": "kidnapped", "arrest": "arrested", "detain": "arrested",
               "apprehend": "arrested"}
_DIE_VERBS = frozenset({"die", "perish"})  # "A protester died after being hit": the subject is the one dead
_VICTIM_VERBS = _DEATH_BY | _INJURE_VERBS | _ALWAYS_FATAL | frozenset(_TAKE_VERBS) | _DIE_VERBS
# "killing two fighters and wounding a third", "wounding another": one more person, named by order
_ONE_MORE = frozenset({"second", "third", "fourth", "fifth", "sixth", "another"})
_SINGULAR_PERSON = PERSON_NOUNS


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
    if lemma in _SINGULAR_PERSON or tok.lower_ in _SINGULAR_PERSON or tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "NOUN" and lemma.endswith(_AGENT_ENDINGS) and lemma not in _THING_NOUNS and \
        lemma not in _NOT_PEOPLE and tok.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "DATE")


_PRONOUN_VICTIMS = frozenset({"him", "her"})


def _fatal_use(tok: Token, lemma: str) -> bool:
    """'shot dead', 'beaten to death', 'gunned down', 'burned alive', 'beat him until he died': a verb of
    violence told as killing."""
    for c in (*tok.children, *(g for d in tok.children if d.dep_ == "dobj" for g in d.children)):
        if c.lower_ in ("dead", "fatally") or lemma == "burn" and c.lower_ == "alive":  # "burned a thief alive"
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_ == "death" for g in c.children):
            return True
        if c.dep_ == "advcl" and c.lemma_ == "die" and any(g.lower_ == "until" for g in c.children):
            return True
    return lemma == "gun" and any(c.lower_ == "down" for c in tok.children)


def _singular_victims(sent: Span, found: list[RoleCount]) -> list[RoleCount]:
    """One victim for 'killed a policeman' / 'the ambassador was shot dead' / 'wounding a third' (no number
    written)."""
    out: list[RoleCount] = []
    taken = {rc.governor.i for rc in found if rc.role != "size"}  # "two men gunned down the mayor": 1 killed
    doc = sent.doc
    table = token_table(doc)[0]
    for i in range(sent.start, sent.end):
        if table[i] not in _VICTIM_VERBS:  # lower-cased lemmas: a superset of the exact test below
            continue
        tok = doc[i]
        lemma = tok.lemma_
        if lemma not in _VICTIM_VERBS:
            continue
        if lemma not in _ALWAYS_FATAL and lemma not in _INJURE_VERBS and lemma not in _TAKE_VERBS and \
                lemma not in _DIE_VERBS and not _fatal_use(tok, lemma):
            continue
        if tok.i in taken or tok.pos_ != "VERB":
            continue
        role = "injured" if lemma in _INJURE_VERBS else _TAKE_VERBS.get(lemma, "fatalities")
        only = tok.head
        if tok.dep_ == "acl" and only.lemma_.lower() in ("person", "one", "victim") and only.tag_ in ("NN", "CD") \
                and any(c.lower_ == "only" for c in only.children):  # "the bomber was the only person killed"
            out.append(RoleCount(role, Count(1, 1, 1, only.text, (only.idx, only.idx + len(only)), 0.6, EXTRACTOR),
                                 tok, only))
            continue
        for child in tok.children:  # "beat to death a man accused of blasphemy": the parser's npadvmod
            if lemma in _DIE_VERBS:
                if child.dep_ != "nsubj" or not any(g.lower_ in ("a", "an") for g in child.children):
                    continue  # "a farmer died" (one person); "he died" may be the attacker, "the dead" a total
            elif child.dep_ not in ("dobj", "nsubjpass") and not (child.dep_ == "npadvmod" and child.i > tok.i):
                continue
            # "beat a suspected pickpocket to death": the construction itself says the object is a person
            # 'killed him', 'burned her alive': one person; 'killed a schoolteacher': a person by the ending
            if child.lower_ == "them" and (lemma in _ALWAYS_FATAL or _fatal_use(tok, lemma)):  # "hacked them to death"
                before = [t for t in doc[sent.start:tok.i] if t.pos_ == "NOUN" and t.tag_ == "NNS"]
                n = words_to_int([c.text for c in before[-1].children if c.dep_ == "nummod"]) if before else None
                if n:
                    span = (before[-1].left_edge.idx, before[-1].idx + len(before[-1]))
                    out.append(RoleCount(role, Count(n, n, n, doc_text(doc)[span[0]:span[1]], span, 0.6, EXTRACTOR),
                                         tok, before[-1]))
                break
            person = child.lemma_.lower() in _SINGULAR_PERSON or child.lower_ in _SINGULAR_PERSON or \
                child.ent_type_ in ("PERSON", "NORP") or child.lower_ in _ONE_MORE or child.lower_ in _PRONOUN_VICTIMS | _REFLEXIVE or (
                    (lemma in _DEATH_BY or person_word(child)) and child.tag_ == "NN" and any(
                        g.lower_ in ("a", "an") or g.dep_ == "poss" for g in child.children))
            if not person or child.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in child.children):
                continue
            # "killed a soldier and a civilian": each conjoined single person adds one; a conjunct with a
            # number is counted by the number itself
            conjs = [c for c in child.conjuncts if c.i > child.i]
            if any(c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "nummod" for g in c.children) or not person_word(c)
                   for c in conjs):
                continue
            n = 1 + len(conjs)
            left = child.left_edge
            last = conjs[-1] if conjs else child
            start, end = left.idx, last.idx + len(last)
            out.append(RoleCount(role, Count(n, n, n, doc_text(doc)[start:end], (start, end), 0.6, EXTRACTOR),
                                 tok, child))
            break
    return out


# the two sides of a fight: "it lost six soldiers, while more than 30 attackers were killed" tells two parts
_STATE_SIDE = frozenset(
    "soldier troop policeman officer police serviceman gendarme paratrooper marine guard policemen servicemen".split())
_ARMED_SIDE = frozenset((
    "militant attacker assailant rebel insurgent jihadist fighter terrorist gunman gunmen militiaman extremist bandit "
    "bomber shooter kidnapper hijacker raider").split())
_SIDE_NOUNS = _STATE_SIDE | _ARMED_SIDE


def _side(noun: Token) -> str | None:
    """The side a counted noun is on ('30 of the attackers' counts attackers): state, armed or None."""
    if noun.pos_ == "NUM":
        noun = _of_object(noun) or noun
    lemma = noun.lemma_.lower()
    return "state" if lemma in _STATE_SIDE else "armed" if lemma in _ARMED_SIDE else None


def _part_phrase(noun: Token) -> bool:
    """'including three soldiers', 'among them two policemen': a count told as part of another."""
    return any(a.lower_ in ("including", "among", "of") and a.dep_ in ("prep", "pcomp") for a in noun.ancestors) or \
        noun.dep_ == "appos"


def _two_sides(groups: list[list[RoleCount]]) -> bool:
    """Whether two counts of one role are the two sides of a fight, each told on its own (to be added up)."""
    if len(groups) != 2 or any(len(g) != 1 for g in groups):
        return False
    a, b = groups[0][0], groups[1][0]
    if _part_phrase(a.number) or _part_phrase(b.number):
        return False
    sides = {_side(a.number), _side(b.number)}
    if sides == {"state", "armed"}:
        return True
    if _own_losses(a.number) and _own_losses(b.number) and _source(a.governor) != _source(b.governor):
        return True  # "Azerbaijan said 50 of its soldiers died, and Armenia said 49 of its troops had died"
    # the attackers and their victims, each in a clause of its own: "shot dead three gunmen after they killed
    # seven worshippers", "both bombers died in the blasts, which also killed nine shoppers"
    return len(sides) == 2 and "armed" in sides and a.governor.i != b.governor.i and \
        "be" not in (a.governor.lemma_, b.governor.lemma_) and (  # one source, or one clause told by none
            len({_source(a.governor), _source(b.governor)}) == 1 or None in (_source(a.governor), _source(b.governor)))


SOURCE_VERBS = frozenset({"say", "tell", "report", "claim", "state", "put", "give", "estimate", "count"})
FIGURE_VERBS = frozenset({"say", "report", "put", "give", "estimate", "count"})  # "residents said 12", "put it at 9"


def _source_figure(num: Token) -> Token | None:
    """The word a bare figure of a source hangs from: 'gave a figure of 9', 'put the number at nine', 'hospital staff
    said 45'; its role is the one the sentence's other source gave (_second_source)."""
    if num.pos_ != "NUM":
        return None
    head = num.head
    if num.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _TALLY_NOUNS:
        return head.head
    if num.dep_ == "pobj" and head.lower_ == "at" and head.head.lemma_.lower() == "put":
        return head.head
    if num.dep_ in ("dobj", "ccomp", "npadvmod", "attr") and head.lemma_.lower() in FIGURE_VERBS:
        return head
    return None


def _second_source(found: list[RoleCount], figures: list[RoleCount]) -> list[RoleCount]:
    """'Officials said 30 people were injured; hospital staff said 45': a bare figure told by another source than
    the sentence's one count of dead or wounded is that source's figure for the same role."""
    roles = {rc.role for rc in found if rc.role in ("fatalities", "injured")}
    if len(roles) != 1 or not figures:
        return []
    role = roles.pop()
    sources = {_source(rc.governor) for rc in found if rc.role == role}
    return [RoleCount(role, f.count, f.governor, f.number) for f in figures
            if _source(f.governor) not in sources and None not in sources]
OWN_WORDS = frozenset({"its", "their", "our"})


def _source(tok: Token) -> int | None:
    """The verb of saying a clause is told by ("witnesses said ..., though the army said ..." are two sources;
    "witnesses put the number at nine")."""
    if tok.lemma_ in FIGURE_VERBS and any(c.dep_ == "nsubj" for c in tok.children):
        return tok.i
    said = next((a.i for a in tok.ancestors if a.lemma_ in SOURCE_VERBS), None)
    if said is None:  # "20 people were killed, according to police"
        said = next((c.i for a in (tok, *tok.ancestors) for c in a.children if c.lower_ == "according"), None)
    return said


def _own_losses(noun: Token) -> bool:
    """'50 of its soldiers', 'their fighters': a side's count of its own dead."""
    inner = _of_object(noun) if noun.pos_ == "NUM" else noun
    return any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in ((inner or noun).children))


def _two_sources(groups: list[list[RoleCount]]) -> bool:
    """Whether two counts of one role are two sources' figures for the same victims ('police said eight died,
    residents said 12'); asked after _two_sides, which takes each side telling its own losses."""
    if len(groups) != 2 or any(len(g) != 1 for g in groups):
        return False
    a, b = groups[0][0], groups[1][0]
    sources = (_source(a.governor), _source(b.governor))
    return None not in sources and sources[0] != sources[1]


def _sources_range(parts: list[Count]) -> Count:
    """Two sources' tolls for the same victims, as ACLED and UCDP combine them: best and low the smallest figure
    (the conservative estimate), high the largest."""
    lows = [p.low if p.low is not None else p.best for p in parts]
    highs = [p.high if p.high is not None else p.best for p in parts]
    first = min(parts, key=lambda p: p.best or 0)
    return Count(best=min(p.best or 0 for p in parts), low=min(v or 0 for v in lows), high=max(v or 0 for v in highs),
                 text=" / ".join(p.text or "" for p in parts), span=first.span,
                 confidence=min(p.confidence for p in parts), extractor=EXTRACTOR)


def merge(counts: list[RoleCount]) -> dict[str, Count]:
    """One count per role: conjoined parts ('12 soldiers and 30 militants'), the two sides of a fight and people told
    on top of the rest ('three more', 'two others') are added; repeats and totals with their parts ('15 people,
    including 10 soldiers') keep the largest, never the sum."""
    by_role: dict[str, list[RoleCount]] = {}
    for rc in counts:
        by_role.setdefault(rc.role, []).append(rc)
    out: dict[str, Count] = {}
    for role, items in by_role.items():
        groups: list[list[RoleCount]] = []
        for rc in items:
            for g in groups:
                if any(_conjoined(rc.number, other.number) for other in g):
                    g.append(rc)
                    break
            else:
                groups.append([rc])
        # "two died on the spot and three more later", "five people ... and three others": told on top of the rest
        extra = [_add([x.count for x in g]) for g in groups if _additional(g[0].number)]
        groups = [g for g in groups if not _additional(g[0].number)]
        if _two_sides(groups):
            best_count: Count | None = _add([groups[0][0].count, groups[1][0].count])
        elif _two_sources(groups):
            best_count = _sources_range([groups[0][0].count, groups[1][0].count])
        else:
            best_count = max((_add([x.count for x in g]) for g in groups), key=lambda c: c.best or 0, default=None)
        if best_count is not None or extra:
            out[role] = _add([best_count, *extra] if best_count is not None else extra)
    return out


def _additional(noun: Token) -> bool:
    """'three others', 'three more', 'a further five', 'another two': people told on top of those already counted."""
    return noun.lemma_.lower() == "other" or noun.lower_ in _REFLEXIVE or any(  # not the 'more' of "more than 20"
        c.dep_ in ("amod", "advmod") and (c.lower_ in ("other", "further", "additional", "another") or
                                          c.lower_ == "more" and c.i > noun.i) for c in noun.children)


def _conjoined(a: Token, b: Token) -> bool:
    """Whether two counted nouns are conjuncts ('12 soldiers and 30 militants'), not a total and a part."""
    if a.i == b.i:
        return False
    for x, y in ((a, b), (b, a)):  # "... and a woman" parsed as a conjunct of the verb whose object x is
        if y.dep_ == "conj" and (y.head.i == x.i or x.dep_ == "dobj" and y.head.i == x.head.i):
            return True
    # "23 fighters and 17 jihadists were killed", parsed as two subjects of one verb
    return a.head.i == b.head.i and a.dep_ == b.dep_ and a.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
        t.lower_ == "and" for t in a.doc[min(a.i, b.i):max(a.i, b.i)])


def _add(parts: list[Count]) -> Count:
    if len(parts) == 1:
        return parts[0]

    def total(vals: list[int | None]) -> int | None:
        return None if any(v is None for v in vals) else sum(v for v in vals if v is not None)

    spans = [p.span for p in parts if p.span]
    span = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
    text = " + ".join(p.text or "" for p in parts)
    return Count(best=total([p.best for p in parts]), low=total([p.low for p in parts]),
                 high=total([p.high for p in parts]), text=text, span=span,
                 confidence=min(p.confidence for p in parts), extractor=EXTRACTOR)
