"""Numbers of people killed, injured, arrested, kidnapped or mobilised, as UCDP-style best/low/high counts."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from newsevents.extract.casualties_after import hurt_then_died, one_body, one_death, role_after
from newsevents.extract.casualties_merge import (
    _ATTACKER_NOUNS, EXTRACTOR, FIGURE_VERBS, MARTYRDOM, REFLEXIVE, SIDE_NOUNS, RoleCount, attacker_among_dead,
    gapped_side, merge, of_object, own_losses, source, to_hell,
)
from newsevents.extract.casualties_told import lynch_burn, one_remembered, told_role
from newsevents.extract.casualties_words import (
    ACT_NOUN_ROLES, ALWAYS_FATAL, DEATH_BY, DIE_VERBS, HARM_NOUNS, HOSTAGE_WORDS, INJURE_VERBS, NOT_PEOPLE, ONE_MORE,
    RAISING_VERBS, ROLE_ADJ, ROLE_NOUNS, ROLE_VERBS, SINGULAR_PERSON, SIZE_NOUNS, SIZE_VERBS, TAKE_VERBS, TALLY_NOUNS,
    VICTIM_VERBS, person_word, state_role,
)
from newsevents.extract.casualties_zero import damage_only, none_counts, unhurt_so_alive
from newsevents.extract.ontology import CRIMINAL_GROUPS
from newsevents.extract.quantities import VAGUE, Quantity, find_quantities, words_to_int
from newsevents.extract.typing_context import token_table, tokens_with
from newsevents.models import Count
from newsevents.nlp import doc_text

__all__ = ["SIZE_NOUNS", "RoleCount", "find_counts", "merge", "person_word"]


def _person_noun(q: Quantity) -> tuple[Token, Token]:
    """The argument a quantity fills and the noun it counts ('dozens of people' -> dozens, people)."""
    h = q.head
    doc = h.doc
    if h.dep_ == "pobj" and h.head.lower_ == "between" and q.end < len(doc) and doc[q.end].pos_ == "NOUN":
        # "between 15 and 20 fishermen were killed": the parser takes 'between' as a preposition
        return doc[q.end], doc[q.end]
    while h.dep_ in ("nummod", "quantmod", "compound") and h.head.i != h.i and h.head.pos_ == "NUM":
        h = h.head
    if h.dep_ == "compound" and h.head.i == h.i + 1 and h.head.tag_ == "NNS":
        return h.head, h.head  # "Eleven soldiers and about 30 jihadists": a capitalised number the parser compounds
    if h.dep_ == "nummod" and h.head.lower_ in ROLE_ADJ and h.head.i == h.i + 1:
        return h, h  # "leaving 8 dead and 20 hurt": the parser makes 'hurt' a noun counted by 20
    if (h.dep_ == "nummod" or h.dep_ == "amod" and (h.lower_ in VAGUE or h.like_num)
            or h.dep_ in ("det", "predet") and h.lower_ == "both") and (
            h.head.pos_ in ("NOUN", "PROPN") or h.head.lower_ in ("more", "others", "other")):
        return h.head, h.head  # "14 policemen", "several people"
    return h, of_object(h) or h  # "dozens of people": the quantifier is the argument



def _role_of(noun: Token, counted: Token | None = None) -> tuple[str | None, Token | None]:
    """The role a counted noun plays and the word that gives it ('killed 14 policemen' -> fatalities)."""
    if noun.lemma_.lower() in _CARE_NOUNS and any(c.dep_ == "nummod" for c in noun.children):
        care = next((c for c in noun.children if c.dep_ == "amod" and c.lemma_.lower() in _CARE_VERBS), None)
        # "at least nine needed hospital treatment", parsed as a treatment counted by nine
        return ("injured", care) if care is not None else (None, None)
    # a bare number followed by its state: "left three dead and five wounded" (the parser hangs the second
    # pair off the first)
    if noun.pos_ == "NUM" and noun.i + 1 < len(noun.doc):
        nxt = noun.doc[noun.i + 1]
        if nxt.lower_ in ROLE_ADJ and nxt.lower_ not in ("missing", "hostage") and (
                nxt.head.i in (noun.i, noun.head.i) or noun.head.i == nxt.i
                or nxt.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl", "conj")):  # "left 19 dead and 34 wounded"
            return ROLE_ADJ[nxt.lower_], _clause_verb(nxt, noun)  # "the clashes left 16 dead": hung from 'left'
    more = _state_after_more(noun)
    if more:
        return more
    burned = _burned_alive(noun)
    if burned is not None:
        return "fatalities", burned
    if noun.dep_ in ("amod", "nummod") and noun.head.lower_ in ROLE_ADJ and noun.head.i > noun.i and \
            noun.head.pos_ in ("VERB", "ADJ"):
        return ROLE_ADJ[noun.head.lower_], noun.head  # "a dozen were killed and several more wounded"
    if noun.lemma_.lower() in HARM_NOUNS:
        took = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in ("sustained", "suffered") and any(
            n.dep_ == "nummod" and n.i < c.i for n in noun.children)), None)
        if took is not None:
            return "injured", took  # "three were martyred and two sustained injuries", the verb misread as an adjective
    if noun.lemma_.lower() in ("body", "corpse") and any(c.dep_ == "nummod" for c in noun.children) and any(
            c.dep_ == "conj" and c.lower_ in ROLE_ADJ for c in noun.children):
        return "fatalities", noun  # "counted 11 bodies and 25 wounded": the state word is the next count's
    # adjectives and participles on the noun: "5 dead", "10 people injured"
    for child in noun.children:
        key = child.lower_
        if child.dep_ in ("amod", "acl", "advmod", "conj", "appos") and key in ROLE_ADJ:
            return ROLE_ADJ[key], _clause_verb(child, noun)
        if child.dep_ == "acl" and child.lemma_ in ROLE_VERBS and child.lemma_ not in ("take", "hold", "seize") and \
                not (ROLE_VERBS[child.lemma_] == "size" and _harmed_object(noun)):
            return ROLE_VERBS[child.lemma_], child  # (not "police shot dead 13 people marching": the dead, not a crowd)
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_ in DEATH_BY and any(
                g.dep_ in ("oprd", "acomp", "xcomp") and g.lower_ == "dead" for g in child.children):
            return "fatalities", child  # "the coffins of five farmworkers shot dead by dissidents"
        if child.dep_ == "acl" and child.tag_ == "VBN" and _to_hospital(child):
            return "injured", child  # "four men were stabbed to death and seven others taken to hospital"
        if child.dep_ == "acl" and child.lemma_ == "treat" and child.tag_ == "VBN" and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in child.children):
            return "injured", child  # "12 soldiers treated for poisoning" (not "treated as suspects")
    harm_with = _with_harm(noun)
    if harm_with is not None and _people(counted or noun):
        return "injured", harm_with  # "medics report six people with breathing problems"
    tok = noun
    # climb through "of" and conjunctions: "dozens of people", "12 soldiers and 30 militants"
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ == "of":
            outer = tok.head.head
            if outer.pos_ == "NUM" and any(c.dep_ == "nummod" for c in tok.children):
                # "killed 4 of the 10 passengers": the 10 is who was there; "one of 14 people wounded": all were
                bare = outer.head if outer.dep_.startswith("nsubj") and not any(  # "one of 14 people wounded"
                    c.dep_ in ("aux", "auxpass") for c in outer.head.children) else None  # parsed as a clause
                role = state_role(c for c in (*outer.children, bare) if c is not None and (
                    c.dep_ in ("acl", "amod", "relcl") or c is bare))
                return (role, outer) if role else (None, None)
            if outer.pos_ == "VERB" and any(c.lower_ in ("upwards", "upward") for c in tok.head.children):
                tok = tok.head  # "killing upwards of 50 worshippers": the phrase stands for the object
                break
            if outer.lemma_.lower() in ("loss", "death") and outer.pos_ == "NOUN" and _people(counted or tok):
                return "fatalities", outer  # "conceding the loss of four of their own men", "the deaths of 5 herders"
            if outer.lemma_.lower() == "life" and outer.head.lemma_.lower() in ("claim", "take", "cost"):
                return "fatalities", outer.head  # "had cost the lives of more than 700 of their own fighters"
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
        elif tok.dep_ == "npadvmod" and tok.head.lower_ == "more":
            tok = tok.head  # "injured a dozen more": the parser makes 'more' the object
        else:
            break
    gov = tok.head
    dep = tok.dep_
    if dep == "nsubj" and gov.tag_ == "VBG" and gov.dep_ in ("csubjpass", "csubj") and gov.head.pos_ == "VERB":
        gov, dep = gov.head, "nsubjpass"  # "twelve children playing on a pitch were killed", the participle as subject
    if dep == "conj" and gov.pos_ == "VERB":
        dep = "dobj"  # "killed five people in one village and three others in a hamlet": the parser joins the verb
    if dep == "advmod" and tok.lower_ == "more":
        dep = "dobj"
    ranged = _range_argument(tok) if dep == "pobj" else None
    if ranged is not None:
        gov, dep = ranged  # "between 20 and 25 assailants were neutralised", "killed somewhere from 200 to 600"
    elif dep == "pobj" and gov.lower_ in _RANGE_WORDS and gov.head.pos_ == "VERB" and gov.i > gov.head.i:
        gov, dep = gov.head, "dobj"  # "killing between seven and nine people", "wounding about 2,800": the object
    if dep == "prep" and tok.lower_ == "of" and gov.pos_ == "VERB":
        dep = "dobj"  # "killing upwards of 50 worshippers"
    if dep in ("dobj", "nsubjpass", "obj", "nsubj", "attr", "oprd", "npadvmod", "pobj", "appos"):
        lemma = gov.lemma_.lower()
        if dep == "pobj" and gov.dep_ == "prep" and (gov.lower_ in ("to", "at", "of") or gov.lower_ == "from" and any(
                c.lower_ == "to" for c in tok.children)):  # "rose from 20 to 35", parsed as one phrase under 'from'
            # "the death toll rose to 30", "toll stands at 30", "death of 5"
            base = gov.head
            for t in (base, *base.children, *(base.head,), *_verb_arguments(base)):
                if t.lemma_.lower() in TALLY_NOUNS and t.dep_ in ("nsubj", "nsubjpass", "dobj", "conj"):
                    # "the number of people killed rose to 31", "the number of injured stands at 60"
                    role = state_role(w for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                                       or p.dep_ == "acl" for w in p.subtree)  # "the number of people injured"
                    if role:
                        return role, t
                if _put_at(t, base):
                    return ROLE_ADJ[t.lower_], t  # "army officers put the dead at about 30", "the dead, put at 43"
                if t.lemma_.lower() == "toll" and state_role(
                        c for c in t.children if c.dep_ in ("compound", "amod")) == "injured":
                    return "injured", t  # "the injury toll up to 300"
                if t.lemma_.lower() in ("toll", "death", "fatality", "casualty"):
                    return "fatalities", t
                if t.lemma_.lower() == "life" and t.head.lemma_.lower() in ("claim", "take", "cost"):
                    return "fatalities", t.head  # "claimed the lives of 19 people"
                if t.lemma_.lower() in ("injury",):
                    return "injured", t
            return None, None
        if dep == "appos":
            return _role_of(gov)
        if _communique_death(gov, dep, counted or noun):
            return "fatalities", gov  # "neutralising 23 assailants", "five militants were sent to hell"
        if dep == "npadvmod" and gov.lower_ in ROLE_ADJ and gov.dep_ in ("oprd", "acomp", "xcomp") and \
                gov.lower_ != "missing":
            return ROLE_ADJ[gov.lower_], gov  # "left four fighters and one Marine dead": 'Marine' hung on 'dead'
        if dep == "pobj" and gov.lower_ in ("for", "to", "among") and _people(counted or noun) and \
                _bodily_harm(gov.head):
            return "injured", gov.head  # "causing breathing problems for some 23 persons", "burns among 40"
        if (counted or noun).lemma_.lower() in ("body", "corpse") and dep in ("dobj", "nsubjpass", "nsubj") or (
                (counted or noun).lemma_.lower() == "life" and lemma in ("lose", "claim", "take", "cost")):
            return "fatalities", gov  # "rescuers recovered fifteen bodies", "fourteen lives were lost"
        after = tok.right_edge.i + 1
        if dep == "pobj" and gov.lower_ == "with" and after < len(tok.doc) and tok.doc[after].lower_ in ROLE_ADJ \
                and tok.doc[after].lower_ != "missing":
            return ROLE_ADJ[tok.doc[after].lower_], tok.doc[after]  # "ended with four attackers and three guests dead"
        if dep == "nsubjpass" and lemma in RAISING_VERBS:
            # "20 people are feared dead", "were reported killed", "are believed to have been abducted"
            role = state_role(c for c in gov.children if c.dep_ in ("xcomp", "oprd", "acomp"))
            if role:
                return role, gov
        if lemma in ("take", "hold") and any(c.dep_ == "prep" and c.lower_ in ("into", "in") and any(
                g.lemma_.lower() == "custody" for g in c.children) for c in gov.children):
            return "arrested", gov  # "four suspects were taken into custody"
        if dep in ("nsubjpass", "nsubj") and (_people(counted or noun) or (counted or noun).pos_ == "NUM") and \
                _in_condition(gov):
            return "injured", gov  # "12 passengers were left in critical condition", "... and two are in critical
            # condition" (a bare number: the condition is a person's)
        if (dep == "nsubjpass" or dep == "nsubj" and gov.tag_ == "VBN") and _to_hospital(gov):
            return "injured", gov  # "fifteen people were rushed to hospital", "... and six others taken to hospital"
        if lemma in _CHOKE_VERBS and gov.tag_ == "VBG" and any(c.dep_ in ("aux", "auxpass") for c in gov.children):
            return "injured", gov  # "11 others were suffocating when brought to the clinic": not yet dead
        if lemma in ROLE_VERBS and gov.pos_ in ("VERB", "AUX"):
            role = ROLE_VERBS[lemma]
            if lemma == "claim" and not any(c.lemma_ == "life" for c in gov.subtree):
                return None, None
            if lemma in ("take", "hold", "seize"):
                if not any(c.lemma_.lower() in HOSTAGE_WORDS for c in gov.subtree):
                    return None, None
            if dep == "nsubj" and lemma not in DIE_VERBS and not (  # "five people killed in attack"
                    gov.tag_ == "VBN" or gov.lower_ in ROLE_ADJ and not any(c.dep_ == "dobj" for c in gov.children)
                    or _elided_passive(gov)):
                return None, None  # "[soldiers raped] 17 women ... and killed two men": who killed, not who died
            return role, gov
        if dep == "nsubj" and gov.lower_ in ROLE_ADJ:
            return ROLE_ADJ[gov.lower_], _clause_verb(gov, gov)
        told = _told_by_conjunct(gov) if dep == "nsubjpass" and lemma not in ROLE_VERBS else None
        if told is not None:
            return ROLE_VERBS[told.lemma_], told  # "three people were shot and wounded", "shot and killed by police"
        if dep in ("dobj", "nsubjpass") and _set_ablaze(gov) and _people(counted or noun):
            return "fatalities", gov  # "a mob set ablaze two suspected kidnappers", "thieves were set on fire"
        if lemma in DEATH_BY and dep != "nsubj" and _fatal_use(gov, lemma):  # the subject is who shot
            return "fatalities", gov  # "beaten to death", "shot dead", "police gunned down at least 19 protesters"
        if lemma in DEATH_BY - {"shoot", "gun", "burn"} and dep in ("dobj", "nsubjpass"):
            return "injured", gov  # "beating several shopkeepers", "two men were stabbed" (not to death)
        if lemma == "shoot" and dep in ("dobj", "nsubjpass") and _shot_so_killed(gov) and _people(counted or noun):
            return "fatalities", gov  # "checked their identity cards and shot 23 men", "16 POWs were shot"
        if lemma == "treat" and (dep in ("nsubjpass", "dobj") or dep == "nsubj" and gov.tag_ == "VBN") and not any(
                c.lower_ in ("as", "like", "well", "badly", "fairly", "humanely", "harshly", "equally")
                for c in gov.children):  # (not "were treated as suspects", "treated the detainees humanely")
            return "injured", gov  # "some 30 people were treated for symptoms", "doctors treated 27 people", "with
            # ten people treated for inhalation"
        if dep == "nsubj" and lemma in _CARE_VERBS and any(c.dep_ == "dobj" and _care_noun(c) for c in gov.children):
            return "injured", gov  # "about 600 residents needed treatment for burns", "required medical attention"
        if dep == "nsubj" and _gave_life(gov):
            return "fatalities", gov  # "two soldiers paid the supreme price", "made the ultimate sacrifice"
        if dep == "nsubj" and lemma == "survive" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                g.lemma_.lower() in HARM_NOUNS for g in c.children) for c in gov.children):
            return "injured", gov  # "two others survived with wounds"
        tallied = [c for c in gov.children if c.dep_ in ("nsubj", "amod") and c.i < gov.i and (
            c.lower_ in ROLE_ADJ or c.lemma_.lower() in ("toll", "death", "casualty"))] if lemma in (
            "number", "total") and dep == "dobj" else []  # (the parser may make 'the dead' an adjective of the verb)
        if tallied:  # "the dead numbered at least 88", "the injured totalled 40", "deaths numbered 12"
            return state_role(tallied) or "fatalities", gov
        if dep == "nsubj" and lemma in ("sustain", "suffer", "receive") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in HARM_NOUNS for c in gov.children):
            return "injured", gov  # "12 people sustained injuries", "nine people suffered gunshot wounds"
        if dep == "nsubj" and lemma == "develop" and any(
                c.dep_ == "dobj" and _bodily_harm(c) for c in gov.children):
            return "injured", gov  # "about 30 fighters developed burns and breathing problems"
        if lemma == "leave" and dep in ("dobj", "nsubjpass"):  # "leaving four militants and a corporal dead"
            for c in (*gov.children, *noun.children, *(g for j in noun.conjuncts if j.i > noun.i for g in j.children)):
                if c.lower_ in ROLE_ADJ:
                    return ROLE_ADJ[c.lower_], gov
                if c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() == "hospital" for g in c.children):
                    return "injured", gov  # "leaving four people in hospital"
                if c.lemma_.lower() == "suffer" or c.dep_ == "prep" and c.lower_ == "with" and any(
                        g.lemma_.lower() in HARM_NOUNS for g in c.children):
                    return "injured", gov  # "left 11 people suffering from gas inhalation", "with burns"
                if c.lemma_.lower() in _CARE_VERBS and c.tag_ == "VBG" and any(
                        g.dep_ == "dobj" and _care_noun(g) for g in c.children) or _in_need_of_care(c):
                    return "injured", gov  # "left some 6,000 needing treatment", "some 20 marchers in need of care"
        if lemma == "lose" and dep == "dobj" and ((counted or noun).lemma_.lower() in SIDE_NOUNS | {"man"} or (
                counted or noun).pos_ == "NUM" and _armed_subject(gov)):
            return "fatalities", gov  # "the army said it lost six soldiers", "the militia lost about 20"
        if lemma == "lose" and dep == "nsubj" and any(
                c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in gov.children):
            return "fatalities", gov  # "22 people lost their lives"
        if lemma == "lose" and dep == "nsubj" and _people(counted or noun) and _lost_limb(gov):
            return "injured", gov  # "three children lost limbs"
        among = [_among_role(g) for c in gov.children if c.dep_ == "prep" and c.lower_ == "among"
                 for g in c.children] if dep == "nsubj" and gov.lemma_ == "be" else []
        if any(among):  # "five policemen were among the dead", "two policemen were among those killed"
            return next(r for r in among if r), gov
        if dep == "nsubj" and gov.lemma_ == "be" and gov.dep_ in ("auxpass", "aux") and \
                gov.head.lemma_.lower() in INJURE_VERBS | {"kill"}:
            return ROLE_VERBS[gov.head.lemma_.lower()], gov.head  # a parse that makes 'were' the subject's head
        if dep in ("nsubj", "attr") and gov.lemma_ == "be":
            for c in gov.children:
                if c.dep_ in ("acomp", "attr") and c.lower_ in ROLE_ADJ:
                    return ROLE_ADJ[c.lower_], gov
                if c.lemma_.lower() in ROLE_NOUNS and c.dep_ == "nsubj":
                    return ROLE_NOUNS[c.lemma_.lower()], gov
        if dep == "nsubj" and gov.lemma_ in DIE_VERBS:
            return "fatalities", gov
        role = _reported_state(gov, dep, lemma, counted or noun)
        if role:
            return role, gov
        if lemma in ("toll", "death", "casualty") and dep in ("attr", "appos"):
            return "fatalities", gov
        if dep == "dobj" and lemma in ("reach", "rise", "climb", "hit"):
            if any(c.lemma_.lower() in ("toll", "death") for c in gov.subtree):
                return "fatalities", gov
            tally = next((c for c in gov.children if c.dep_ == "nsubj" and c.lemma_.lower() in TALLY_NOUNS), None)
            role = state_role(w for c in tally.children if c.dep_ in ("prep", "acl")
                              for w in c.subtree if w.lower_ != "of") if tally is not None else None
            if role:  # "the number of people killed has reached 45"
                return role, tally
        misread = _misread_victims(noun, gov) if dep == "nsubj" else None
        if misread is not None:
            return misread
        if lemma in SIZE_VERBS or dep == "nsubj" and gov.pos_ == "VERB":
            c = counted if counted is not None else noun
            if c.lemma_.lower() in SIZE_NOUNS or c.lower_ in SIZE_NOUNS or c.ent_type_ == "NORP":
                return "size", gov
    if noun.lemma_.lower() in ROLE_NOUNS and noun.lemma_.lower() not in ("victim",):
        return ROLE_NOUNS[noun.lemma_.lower()], noun
    return None, None


# verbs of choking, told in the progressive of people still alive: "were suffocating when brought to the clinic"
_CHOKE_VERBS = frozenset({"suffocate", "asphyxiate"})
# what a soldier gives who dies for his side: "paid the supreme price", "made the ultimate sacrifice"
_LIFE_COSTS = {"pay": "price", "make": "sacrifice"}


def _gave_life(verb: Token) -> bool:
    """'two soldiers paid the supreme price', 'made the ultimate sacrifice': a soldier's death in a communiqué's
    words (not 'paid a high price' for a policy)."""
    cost = _LIFE_COSTS.get(verb.lemma_.lower())
    return cost is not None and any(c.dep_ == "dobj" and c.lemma_.lower() == cost and any(
        a.lower_ in ("supreme", "ultimate") for a in c.children) for c in verb.children)


# military communiqués' words for enemies killed: "neutralising 23 assailants", "12 militants were eliminated"
_NEUTRALISE = frozenset({"neutralise", "neutralize", "neutralised", "neutralized", "eliminate", "eliminated"})
_FOE_NOUNS = frozenset({"enemy", "criminal", "infiltrator", "separatist", "combatant", "element", "fighter",
                        "outlaw", "poacher"})
# what a communiqué also 'sends to hell' that is not a person killed: machines, and the people of stories
_NOT_KILLED_IN_HELL = frozenset({"tank", "drone", "vehicle", "aircraft", "plane", "jet", "helicopter", "missile",
                                 "rocket", "boat", "ship", "truck", "car", "armour", "armor", "gun", "howitzer",
                                 "launcher", "position", "depot", "character", "villain", "hero", "soul", "sinner",
                                 "contestant", "player", "team", "manager", "investor"})


def _communique_death(gov: Token, dep: str, counted: Token) -> bool:
    """Deaths in a military communiqué's words, of people only (not 'neutralised two IEDs'): 'neutralising 23
    assailants', '30 bandits were neutralised', 'five militants were sent to hell', 'two soldiers embraced
    martyrdom'."""
    kind = counted.lemma_.lower()
    lemma = gov.lemma_.lower()
    if dep == "nsubjpass" and lemma == "send" and to_hell(gov):
        # said of people, whatever the word for them ("six khwarij were sent to hell"), but not of machines or
        # of people in fiction ('five Russian tanks were sent to hell', 'three characters were sent to hell')
        return kind not in _NOT_KILLED_IN_HELL
    if not (_people(counted) or kind in CRIMINAL_GROUPS):
        return False
    fighters = _foe(counted)  # not 'eliminated 3 candidates'
    if dep in ("dobj", "nsubjpass") and lemma in _NEUTRALISE:
        return fighters
    if dep == "nsubj" and lemma == "be":  # "were neutralised", parsed as an adjective
        return fighters and any(c.dep_ == "acomp" and c.lower_ in _NEUTRALISE for c in gov.children)
    return dep == "nsubj" and lemma == "embrace" and any(
        c.dep_ == "dobj" and c.lower_ in MARTYRDOM for c in gov.children)


def _foe(noun: Token) -> bool:
    """A fighter, a criminal or an enemy: whom a communiqué 'neutralises' or 'eliminates'."""
    kind = noun.lemma_.lower()
    return kind in SIDE_NOUNS or kind in CRIMINAL_GROUPS or kind in _FOE_NOUNS


def _one_neutralised(sent: Span, found: list[RoleCount]) -> list[RoleCount]:
    """'Troops neutralised a terrorist commander', 'the gunman was eliminated': one fighter killed, told with no
    number."""
    out: list[RoleCount] = []
    taken = {rc.governor.i for rc in found}
    for verb in tokens_with(sent, _NEUTRALISE):
        if verb.lemma_.lower() not in _NEUTRALISE or verb.pos_ != "VERB" or verb.i in taken:
            continue
        who = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "NN"), None)
        if who is None or not (_foe(who) or person_word(who) and any(c.dep_ in ("compound", "amod") and _foe(c)
                                                                      for c in who.children)):
            continue  # "a terrorist commander" is one dead; "a terrorist hideout" is no one (review of session 9)
        start, end = who.left_edge.idx, who.idx + len(who)
        out.append(RoleCount("fatalities", Count(1, 1, 1, doc_text(sent.doc)[start:end], (start, end), 0.6,
                                                 EXTRACTOR), verb, who))
    return out


# words that make a 'problem' one of the body: "breathing problems", "respiratory symptoms"
_BODY_WORDS = frozenset({"breathing", "respiratory", "health", "skin", "eye", "lung", "vision", "heart"})


def _bodily_harm(noun: Token) -> bool:
    """'injuries', 'burns', 'breathing problems' (not 'problems' alone, nor 'traffic problems')."""
    lemma = noun.lemma_.lower()
    if lemma not in HARM_NOUNS:
        return False
    return lemma not in ("problem", "difficulty", "symptom") or any(
        c.dep_ in ("amod", "compound") and c.lower_ in _BODY_WORDS for c in noun.children)


_LIMBS = frozenset({"leg", "arm", "limb", "hand", "foot", "eye", "finger"})


def _with_harm(noun: Token) -> Token | None:
    """'six people with breathing problems', 'ten children with burns': the 'with' of a bodily harm on the counted
    noun, or right after it where the parser hangs it on the verb (not 'six people with knives')."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].head.i == noun.head.i:
        preps.append(noun.doc[noun.i + 1])
    return next((p for p in preps if p.lower_ == "with" and any(
        _bodily_harm(g) or any(_bodily_harm(j) for j in g.conjuncts) for g in p.children if g.dep_ == "pobj")), None)


def _lost_limb(verb: Token) -> bool:
    """'the other lost a leg', 'lost both legs', 'three children lost limbs', 'costing the elder a leg' (not 'lost
    the first leg' of a tournament)."""
    return verb.lemma_.lower() in ("lose", "cost") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _LIMBS and not any(
            g.lower_ in ("the", "first", "second", "final") for g in c.children) for c in verb.children)


# "needed hospital treatment", "required medical care": people hurt, told by the care they got
_CARE_VERBS = frozenset({"need", "require", "receive", "undergo"})
_CARE_NOUNS = frozenset({"treatment", "care"})
# what the hurt need: "needed medical help", "required medical attention" (help alone is not care: "needed help to
# carry the banners")
_MEDICAL_HELP = frozenset({"attention", "help", "assistance", "aid"})


def _care_noun(tok: Token) -> bool:
    """'treatment', 'care', 'medical attention', 'medical help' (not 'help', 'legal assistance')."""
    lemma = tok.lemma_.lower()
    return lemma in _CARE_NOUNS or lemma in _MEDICAL_HELP and any(g.lower_ == "medical" for g in tok.children)


def _in_need_of_care(prep: Token) -> bool:
    """'in need of treatment', 'in need of medical attention' (not 'in need of food')."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        n.lemma_.lower() == "need" and any(o.dep_ == "prep" and o.lower_ == "of" and any(_care_noun(g) for g in o.children)
                                           for o in n.children) for n in prep.children)


# words the parser takes for a preposition before a number: "wounding about 2,800", "killing over 100 people"
_RANGE_WORDS = frozenset({"between", "about", "around", "over", "nearly", "approximately", "roughly", "some"})
# words before a range that the parser takes for a preposition with the counted noun as its object: "between 20 and
# 25 assailants were neutralised", "killed somewhere from 200 to 600 residents"
_RANGE_PREPS = frozenset({"between", "from"})
_VAGUE_PLACES = frozenset({"somewhere", "anywhere"})


def _range_argument(tok: Token) -> tuple[Token, str] | None:
    """The verb and the place a range's counted noun fills when the parser makes it the object of the range's
    'between' or 'from': the subject of a verb right after the phrase that has none of its own ('said between 20
    and 25 assailants were neutralised'), else the object of the verb the phrase follows ('killed somewhere from 200
    to 600 residents'); None for any other 'between'/'from' ('fighting between 20 soldiers and rebels' has no number
    right after it told as a range: 'clashes between two groups' does, but no verb follows and none precedes it; not
    'revised the toll down from 20 to 14', where the figure itself is the object)."""
    prep, doc = tok.head, tok.doc
    if prep.lower_ not in _RANGE_PREPS or tok.pos_ not in ("NOUN", "PROPN") or prep.i + 3 >= len(doc) or not doc[prep.i + 1].like_num or \
            doc[prep.i + 2].lower_ not in ("and", "to", "-") or not doc[prep.i + 3].like_num:
        return None
    nxt = tok.right_edge.i + 1
    if nxt < len(doc) and doc[nxt].pos_ in ("VERB", "AUX"):
        verb = doc[nxt].head if doc[nxt].dep_ in ("aux", "auxpass") and doc[nxt].head.i > nxt else doc[nxt]
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    head = prep.head
    if head.lower_ in _VAGUE_PLACES and head.dep_ == "advmod":
        head = head.head  # "killed somewhere from 200 to 600 residents"
    if head.pos_ == "VERB" and head.i < prep.i:
        return head, "dobj"
    return None


# verbs whose object is told in a state: "the assault left 40 people dead", "reporting nine soldiers dead"
_STATE_VERBS = frozenset({"leave", "report", "find", "confirm", "declare", "list", "pronounce"})
# what people are hit by when shot: "was hit by several shots", "three bystanders were struck by stray bullets"
_FIRE_NOUNS = frozenset({"shot", "bullet", "gunfire", "shrapnel", "pellet", "sniper"})
# where the buried may be alive: "buried under the rubble"
_RUBBLE_NOUNS = frozenset({"rubble", "debris", "landslide", "mud", "snow", "building", "house", "home"})


def _state_after_more(noun: Token) -> tuple[str, Token] | None:
    """'twelve were dead and dozens more hurt': a count, 'more' and the state of those people."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "more":
        return None
    state = doc[noun.i + 2]
    if state.lower_ in ROLE_ADJ and state.lower_ not in ("missing", "hostage"):
        return ROLE_ADJ[state.lower_], state
    return None


def _burned_alive(noun: Token) -> Token | None:
    """The verb of 'burned alive thirteen suspected gang members' (the object after 'alive', which the parser often
    takes for the subject of a later verb), or None ('burned the house', 'found alive')."""
    doc = noun.doc
    i = noun.left_edge.i
    j = i if doc[i].lower_ == "alive" else i - 1
    if j < 1 or doc[j].lower_ != "alive" or doc[j - 1].lemma_.lower() != "burn" or doc[j - 1].pos_ != "VERB":
        return None
    return doc[j - 1]


def _harmed_object(noun: Token) -> bool:
    """Whether a noun is the object of a verb of harm ('shot dead 13 people marching', 'wounded 40 people protesting'):
    what the people were doing does not make them a crowd counted by its size."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in VICTIM_VERBS


def _misread_victims(noun: Token, gov: Token) -> tuple[str, Token] | None:
    """People the parser makes the subject of a later verb though a verb of harm stands right before them ('killing
    more than 80 people, investigators concluded', 'shot dead at least nine people as thousands marched'), or the
    subject of 'reported' with the harm as its complement ('two militants reported killed'): the harmed, not a crowd."""
    start = noun.left_edge.i
    prev = noun.doc[start - 1] if start > noun.sent.start else None
    if prev is not None and prev.tag_ in ("VBG", "VBD") and ROLE_VERBS.get(prev.lemma_.lower()) in (
            "fatalities", "injured"):
        return ROLE_VERBS[prev.lemma_.lower()], prev  # "..., wounding three young men, a source said"
    if prev is not None and prev.lower_ == "dead" and prev.head.lemma_.lower() in VICTIM_VERBS:
        return "fatalities", prev.head  # "shot dead at least nine people as ... marched"
    if gov.lemma_.lower() in RAISING_VERBS and gov.i > noun.i:
        state = next((c for c in gov.children if c.dep_ in ("xcomp", "oprd") and c.tag_ == "VBN"
                      and ROLE_VERBS.get(c.lemma_.lower()) in ("fatalities", "injured")), None)
        if state is not None:
            return ROLE_VERBS[state.lemma_.lower()], state  # "two militants reported killed"
    return None


_PUT_VERBS = frozenset({"put", "estimate", "place"})
_STATE_WORDS = frozenset({"dead", "wounded", "injured"})


def _put_at(state: Token, verb: Token) -> bool:
    """'put the dead at about 30', 'estimated the wounded at 200', 'put army dead at more than 20', 'the dead, put by
    rescuers at 43': a figure given to the dead or wounded by a verb of estimating (not 'put the injured on a bus')."""
    if state.lower_ not in _STATE_WORDS or verb.lemma_.lower() not in _PUT_VERBS:
        return False
    return state.head.i == verb.i and state.dep_ in ("dobj", "oprd", "nsubjpass") or \
        verb.dep_ == "acl" and verb.head.i == state.i


_ABLAZE = frozenset({"ablaze", "alight", "afire"})


def _set_ablaze(verb: Token) -> bool:
    """'set ablaze', 'set alight', 'set on fire': burning told with 'set' (of a person, a mob killing: 'residents set
    ablaze a woman accused of witchcraft'; not 'set up', 'set free')."""
    return verb.lemma_.lower() == "set" and verb.pos_ == "VERB" and any(
        c.lower_ in _ABLAZE or c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children)
        for c in verb.children)


def _clause_verb(state: Token, noun: Token) -> Token:
    """The verb of a small clause telling a state ('the assault left 40 people dead', 'reporting nine soldiers dead'):
    the count hangs from it, so that it goes to the event the verb's subject names; else the state word itself."""
    for t in (state, noun):
        if t.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "dobj") and t.head.pos_ == "VERB" and \
                t.head.lemma_.lower() in _STATE_VERBS:
            return t.head
    return state


def _either_role(verb: Token) -> bool:
    """'killed or wounded 30 people', 'were killed or injured': one number for the dead and the hurt together,
    which tells neither count."""
    role = ROLE_VERBS.get(verb.lemma_)
    if role not in ("fatalities", "injured"):
        return False
    pair = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(ROLE_VERBS.get(p.lemma_) in ("fatalities", "injured") and ROLE_VERBS[p.lemma_] != role and any(
        c.dep_ == "cc" and c.lower_ == "or" for c in (*verb.children, *p.children)) for p in pair)


def _told_by_conjunct(verb: Token) -> Token | None:
    """The participle of killing or wounding joined to a passive verb that shares its subject ('were shot and
    wounded', 'were shot and killed by police'), or None ('were shot and the gunman was killed' has a subject)."""
    return next((c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" and c.lemma_ != "claim" and
                 ROLE_VERBS.get(c.lemma_) in ("fatalities", "injured") and not any(
                     g.dep_.startswith("nsubj") for g in c.children)), None)


def _to_hospital(verb: Token) -> bool:
    """'rushed to hospital', 'taken to hospital', 'airlifted to a hospital': people carried off hurt."""
    return verb.lemma_.lower() in ("rush", "take", "admit", "evacuate", "airlift") and any(
        c.lower_ == "to" and any(g.lemma_.lower() == "hospital" for g in c.children) for c in verb.children)


def _armed_subject(verb: Token) -> bool:
    """Whether a verb's subject is a fighting side ('the militia lost about 20'), so that its bare number is men."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in SIDE_NOUNS | _ARMED_BODIES for c in verb.children)


_ARMED_BODIES = frozenset({"army", "militia", "military", "force", "side", "group", "unit", "battalion", "brigade",
                           "regiment", "rebel", "jihadist"})


def _people(tok: Token) -> bool:
    """Whether a counted word names people or lives ('four of their own men', 'the loss of 12 lives')."""
    return person_word(tok) or tok.lemma_.lower() in ("people", "person", "life", "civilian", "child")


def _reported_state(gov: Token, dep: str, lemma: str, counted: Token) -> str | None:
    """Roles told by a verb that is no verb of harm: 'police found 15 people dead' (the object's state), 'its
    driver did not survive', '85 villagers were buried', 'three bystanders were hit by stray bullets' (people, or a
    bare number: not 'buried 12 landmines')."""
    if dep == "dobj" and lemma in _STATE_VERBS - {"leave"}:
        return state_role(c for c in gov.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp"))
    if dep == "nsubj" and lemma == "survive" and any(c.dep_ == "neg" for c in gov.children):
        return "fatalities"
    if not (_people(counted) or counted.pos_ == "NUM"):
        return None
    if lemma == "bury" and dep in ("nsubjpass", "dobj") and not any(
            t.lemma_.lower() in _RUBBLE_NOUNS for c in gov.children if c.dep_ == "prep" for t in c.subtree):
        return "fatalities"
    if dep == "nsubjpass" and _hit_by_fire(gov):
        return "fatalities" if _died_too(gov) else "injured"
    return None


def _elided_passive(verb: Token) -> bool:
    """'a teenager was killed and his brother wounded': a participle sharing the passive 'was' of the verb it is
    conjoined to, so that its subject is who was hurt."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children) and any(
        c.dep_ == "auxpass" for c in verb.head.children)


def _hit_by_fire(verb: Token) -> bool:
    """'was hit by several shots', 'struck by a stray bullet': a person shot, told by what hit them."""
    return verb.lemma_.lower() in ("hit", "strike") and any(
        c.dep_ == "agent" and any(g.lemma_.lower() in _FIRE_NOUNS for g in c.children) for c in verb.children)


def _died_too(verb: Token) -> bool:
    """'was hit by a bullet and died', 'fatally struck': the person hit did not live."""
    return any(c.lower_ == "fatally" or c.dep_ in ("conj", "advcl") and c.lemma_.lower() in DIE_VERBS | {"kill"}
               for c in verb.children)


def _verb_arguments(tok: Token) -> list[Token]:
    """The subject and object of the verb a phrase hangs from ('revised the toll down from 31 to 24': the toll)."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")] if verb.pos_ in ("VERB", "AUX") \
        else []




def _age(number: Token) -> bool:
    """'The man, 34, was shot dead', 'a teacher, 45, and her son': a bare number set off by commas after a person is
    that person's age; so is the number after 'aged' ('two daughters aged nine and twelve', 'the younger, aged 9')."""
    doc = number.doc
    first = number.head if number.dep_ == "conj" and number.head.pos_ == "NUM" else number
    if first.i > 0 and doc[first.i - 1].lower_ == "aged":
        return True
    return (number.dep_ == "appos" and number.head.pos_ in ("NOUN", "PROPN") and number.i > 0
            and doc[number.i - 1].text == "," and number.i + 1 < len(doc) and doc[number.i + 1].text in (",", ")"))


def find_counts(sent: Span) -> list[RoleCount]:
    """Every count of people in the sentence with its role and governing word, in text order."""
    out: list[RoleCount] = []
    figures: list[RoleCount] = []  # bare figures of a second source ("residents said 12"), role to be inherited
    updates: list[RoleCount] = []  # a figure updated by its own source ("later raising it to 21"), the same
    gapped: list[RoleCount] = []  # another side's bare figure after its name ("..., Dushanbe 17"), the same
    doc = sent.doc
    for q in find_quantities(sent):
        if _age(q.head):
            out.extend(_aged_one(q.head))  # "killing the younger, aged nine": one person, whose age it is
            continue  # "the man, 34, was shot dead": a person's age
        noun, counted = _person_noun(q)
        if noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") and noun is not q.head:
            continue
        if counted.lemma_.lower() in NOT_PEOPLE or _degree_part(noun) or _stray_part(noun):
            continue
        role, gov = _role_of(noun, counted)
        if role is None and (_people(counted) or counted.pos_ == "NUM" or counted.lower_ == "them"):
            role, gov = role_after(noun) or told_role(noun) or (None, None)
        update = _updated_figure(noun)
        if update is not None:
            role = _update_role(noun) or role  # "the death toll down to 157 and the injury toll up to 300"
        figure = (_source_figure(noun) or update) if role is None else None
        gap = role is None and figure is None and gapped_side(q.head)  # "..., Dushanbe 17"
        if (role is None or gov is None) and figure is None and not gap or _superseded(gov or figure or q.head) or \
                gov is not None and _either_role(gov):
            continue
        start = doc[q.start].idx
        last = noun if noun.i >= q.end - 1 and noun.i - q.end < 3 else doc[q.end - 1]
        end = last.idx + len(last)
        exact = q.low == q.high == q.best
        count = Count(best=q.best, low=q.low, high=q.high, text=doc_text(doc)[start:end], span=(start, end),
                      confidence=0.9 if exact else 0.75, extractor=EXTRACTOR)
        if gap:
            gapped.append(RoleCount("", count, q.head.head, q.head))
        elif update is not None:  # "later revised the toll down to 157": the figure that replaces the first
            updates.append(RoleCount(role or "", count, gov if role else update, noun))
        elif role is None:
            figures.append(RoleCount("", count, figure, noun))
        else:
            out.append(RoleCount(role, count, gov, noun))
    out.extend(_second_source(out, figures))
    out.extend(_other_side(out, gapped))
    out = _apply_updates(out, updates)
    out.extend(_conjoined_singles(out))
    out.extend(_singular_victims(sent, out))
    out.extend(_one_hit_or_lost(sent, out))
    out.extend(_one_neutralised(sent, out))
    out.extend(one_body(sent, out))
    out.extend(one_death(sent, out))
    out.extend(_turned_on_self(sent))
    out.extend(_killed_themselves(sent))
    out.extend(_attacker_among_dead(sent, out))
    out.extend(one_remembered(sent, out))
    out.extend(none_counts(sent))
    out.extend(damage_only(sent, out))
    out.extend(unhurt_so_alive(sent, out))
    return hurt_then_died(out)


_ONE_OF_TWO = frozenset({"younger", "elder", "older", "youngest", "eldest", "oldest"})


def _aged_one(age: Token) -> list[RoleCount]:
    """'killing the younger, aged nine': the parser makes the age the object and 'the younger' its modifiers; one
    person killed or hurt (nothing for an age on a person counted elsewhere)."""
    verb = age.head
    role = ROLE_VERBS.get(verb.lemma_.lower())
    if age.dep_ not in ("dobj", "nsubjpass") or role not in ("fatalities", "injured") or verb.lemma_ == "claim" or \
            not any(c.dep_ == "amod" and c.lower_ in _ONE_OF_TWO for c in age.children):
        return []
    first = age.left_edge
    span = (first.idx, age.idx + len(age))
    return [RoleCount(role, Count(1, 1, 1, doc_text(age.doc)[span[0]:span[1]], span, 0.6, EXTRACTOR), verb, age)]


def _degree_part(noun: Token) -> bool:
    """'injured two others, one critically': a part told only by how badly it was hurt, already in the count."""
    return noun.dep_ in ("appos", "npadvmod") and any(
        c.dep_ == "advmod" and c.lower_ in _DEGREE_WORDS for c in noun.children)  # (", three seriously")


def _stray_part(noun: Token) -> bool:
    """'6 people were killed, 4 of them in one house, and 20 were wounded': a part of the count before it that the
    parser makes a second subject of the next verb (the 20's), so that the part would be added to another role."""
    them = of_object(noun)
    return them is not None and them.lower_ in ("them", "whom", "those") and noun.i > 0 and \
        noun.doc[noun.i - 1].text == "," and any(
            c.dep_ == noun.dep_ and c.i > noun.i for c in noun.head.children) and noun.dep_.startswith("nsubj")


_DEGREE_WORDS = frozenset({"critically", "seriously", "badly", "severely", "gravely", "slightly", "lightly"})


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
    if c.lower_ in REFLEXIVE:
        return 1
    if c.tag_ not in ("NN", "NNP") or any(g.dep_ == "nummod" for g in c.children):
        return 0
    lemma = c.lemma_.lower()
    if c.tag_ == "NNP" and c.ent_type_ == "PERSON":
        return 1  # "killed commander Ahmed Ghandour and three other people"
    if not any(g.lower_ in ("a", "an", "one") or g.dep_ == "poss" or g.lower_ == "the" and lemma in SINGULAR_PERSON
               for g in c.children):
        return 0  # "a woman", "her husband", "the bomber" (and five others)
    if lemma == "couple":
        return 2
    if lemma in SINGULAR_PERSON or c.ent_type_ in ("PERSON", "NORP"):  # "a Briton and two Afghans"
        return 1
    if counted_person and lemma not in NOT_PEOPLE and c.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "DATE"):
        return 1
    return 0


def _list_mates(number: Token) -> list[Token]:
    """The other members of the list a counted noun stands in: its conjuncts, the single person a list opens with
    ('a farmer, his wife and their three children') and a first object the parser hangs beside it ('killed a
    soldier, two police officers and a civilian')."""
    mates = [c for c in number.children if c.dep_ == "conj"]
    head = number.head
    if number.dep_ == "conj":
        mates.append(head)
        tok = head  # up the list: "a herder, his wife and their four children"
        while tok.dep_ in ("conj", "appos") and tok.head.pos_ in ("NOUN", "PROPN") and not (
                tok.dep_ == "appos" and any(c.dep_ == "nummod" for c in tok.head.children)):
            tok = tok.head
            mates.append(tok)
    if number.dep_ in ("dobj", "nsubjpass"):
        mates += [c for c in head.children if c.dep_ == number.dep_ and c.i < number.i and c.pos_ == "NOUN" and
                  number.doc[c.i + 1:number.i].text.startswith(",")]
    return mates


def _unknown_number(tok: Token) -> bool:
    """'an unknown number of assailants', 'an undisclosed number': people counted by nobody."""
    return tok.lemma_.lower() in TALLY_NOUNS and any(
        c.lower_ in ("unknown", "undisclosed", "unspecified", "unconfirmed") for c in tok.children)


def _conjoined_singles(found: list[RoleCount]) -> list[RoleCount]:
    """'four members ... and a woman were killed', 'a woman and her two daughters', 'herself and 12 traders':
    a single person conjoined with a count adds one to it ('a couple' two)."""
    out: list[RoleCount] = []
    used: set[int] = set()  # a single person opening a list is added once, whichever count of the list finds it
    for rc in found:
        if rc.role == "size":
            continue
        counted_person = person_word(rc.number) or rc.number.lemma_.lower() in (
            "people", "person", "child", "civilian")  # "two separatists and a gendarme were killed"
        near = _list_mates(rc.number)
        if rc.number.dep_ == "dobj" and rc.number.head.i == rc.governor.i:  # "killing four members of the
            near += [c for c in rc.governor.children if c.dep_ == "conj" and c.pos_ == "NOUN"]  # forces and a woman"
        after = _person_after_and(rc)
        if after is not None:
            near.append(after)
        for c in near:
            if c.i in used:
                continue
            used.add(c.i)
            if _unknown_number(c):  # "19 soldiers and an unknown number of assailants": the high end is open
                out.append(RoleCount(rc.role, Count(0, 0, None, c.text, (c.idx, c.idx + len(c)), 0.7, EXTRACTOR),
                                     rc.governor, c))
                continue
            n = 1 if after is not None and c.i == after.i else _single_person(c, counted_person)
            if n:
                start, end = c.left_edge.idx, c.idx + len(c)
                out.append(RoleCount(rc.role, Count(n, n, n, doc_text(c.doc)[start:end], (start, end), 0.7, EXTRACTOR),
                                     rc.governor, c))
    return out


def _person_after_and(rc: RoleCount) -> Token | None:
    """'Ten policemen and the driver were killed', '10 personnel and the driver killed': one person named right after a
    count and 'and', whom the parser makes a subject of the count's verb rather than the count's conjunct; None when
    that person is no victim of the same verb ('killed ten soldiers and the attacker fled')."""
    doc = rc.number.doc
    j = rc.number.i + 3
    if j >= len(doc) or doc[j - 2].lower_ != "and" or doc[j - 1].lower_ not in ("the", "a", "an"):
        return None
    while j + 1 < len(doc) and doc[j].dep_ == "compound" and doc[j].head.i > j:
        j += 1  # "the bus driver"
    who, verb = doc[j], doc[j].head
    if who.tag_ != "NN" or not person_word(who) or verb.i == rc.number.i or who.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return who if verb.i == rc.governor.i and verb.lemma_ != "claim" else None


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
    if lemma in ("shoot", "gun") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "dead":
        return True  # "shot dead radio broadcaster Juan Jumalon": the parser hangs 'dead' on the object's title
    return lemma == "gun" and any(c.lower_ == "down" for c in tok.children)


def _singular_victims(sent: Span, found: list[RoleCount]) -> list[RoleCount]:
    """One victim for 'killed a policeman' / 'the ambassador was shot dead' / 'wounding a third' (no number
    written)."""
    out: list[RoleCount] = []
    taken = {rc.governor.i for rc in found if rc.role != "size"}  # "two men gunned down the mayor": 1 killed
    doc = sent.doc
    table = token_table(doc)[0]
    for i in range(sent.start, sent.end):
        shot = table[i] == "shot" and _shot_as_noun(doc[i])  # "gunmen shot dead a vaccinator", 'shot' read as a noun
        ablaze = table[i] == "set" and _set_ablaze(doc[i])  # "a crowd set ablaze a woman accused of witchcraft"
        if table[i] not in VICTIM_VERBS and not shot and not ablaze:  # lower-cased lemmas: a superset of the test below
            continue
        tok = doc[i]
        lemma = "shoot" if shot else tok.lemma_
        if lemma not in VICTIM_VERBS and not ablaze:
            continue
        lynched = lemma == "burn" and lynch_burn(tok)  # "a crowd stoned and burned a classmate"
        beaten = _beaten_not_killed(tok, lemma)  # "beat the night watchman", "the driver was shot in the arm"
        if lemma not in ALWAYS_FATAL and lemma not in INJURE_VERBS and lemma not in TAKE_VERBS and \
                lemma not in DIE_VERBS and not ablaze and not lynched and not beaten and not _fatal_use(tok, lemma):
            continue
        if tok.i in taken or tok.pos_ != "VERB" and not shot:
            continue
        role = "injured" if lemma in INJURE_VERBS or beaten else TAKE_VERBS.get(lemma, "fatalities")
        only = tok.head
        if tok.dep_ == "acl" and only.lemma_.lower() in ("person", "one", "victim") and only.tag_ in ("NN", "CD") \
                and any(c.lower_ == "only" for c in only.children):  # "the bomber was the only person killed"
            out.append(RoleCount(role, Count(1, 1, 1, only.text, (only.idx, only.idx + len(only)), 0.6, EXTRACTOR),
                                 tok, only))
            continue
        for child in _victim_places(tok, ablaze or lynched, found + out):
            # "beat to death a man accused of blasphemy": the parser's npadvmod
            told = lemma in DIE_VERBS and child.dep_ == "nsubj" and _victim_died(child, found)
            if lemma in DIE_VERBS:
                if child.dep_ != "nsubj" or not (any(g.lower_ in ("a", "an") for g in child.children)
                                                 or child.lower_ == "another" or told):  # "another died of his wounds"
                    continue  # "a farmer died" (one person); "he died" may be the attacker, "the dead" a total
            elif child.dep_ not in ("dobj", "nsubjpass") and not (child.dep_ == "npadvmod" and child.i > tok.i) and \
                    not (child.dep_ == "nsubj" and _elided_passive(tok)):
                continue
            # "beat a suspected pickpocket to death": the construction itself says the object is a person
            # 'killed him', 'burned her alive': one person; 'killed a schoolteacher': a person by the ending
            if child.lower_ == "them" and (lemma in ALWAYS_FATAL or ablaze or _fatal_use(tok, lemma)):
                # "hacked them to death", "beat them and set them on fire": 'them' are the last people counted before
                # the verb ("13 men stopped by police and burned them": the men; "dragged five elderly persons from
                # their homes and burned them to death": the persons, not the homes; "seized three trucks and set
                # them on fire": no one)
                before = [t for t in doc[sent.start:tok.i] if t.pos_ == "NOUN" and t.tag_ == "NNS"
                          and t.head.lower_ != "by" and _people(t) and any(c.dep_ == "nummod" for c in t.children)]
                n = words_to_int([c.text for c in before[-1].children if c.dep_ == "nummod"]) if before else None
                hurt = [j for j, rc in enumerate(found) if rc.role == "injured" and before
                        and before[-1] in (rc.number, rc.number.head)]
                if n and hurt and role == "fatalities":
                    # "beat two suspected thieves and set them ablaze": the two counted as beaten died; one count, not
                    # two (found is the caller's list of counts: the count is moved to the dead in place)
                    found[hurt[0]] = dataclasses.replace(found[hurt[0]], role="fatalities", governor=tok)
                elif n:
                    span = (before[-1].left_edge.idx, before[-1].idx + len(before[-1]))
                    out.append(RoleCount(role, Count(n, n, n, doc_text(doc)[span[0]:span[1]], span, 0.6, EXTRACTOR),
                                         tok, before[-1]))
                break
            person = told or _burned_body(child, ablaze) or child.lemma_.lower() in SINGULAR_PERSON or child.lower_ in SINGULAR_PERSON or \
                child.ent_type_ in ("PERSON", "NORP") or child.lower_ in ONE_MORE or \
                child.lower_ in _PRONOUN_VICTIMS | REFLEXIVE or (
                    (lemma in DEATH_BY or person_word(child)) and child.tag_ == "NN" and any(
                        g.lower_ in ("a", "an") or g.dep_ == "poss" for g in child.children)) or \
                role == "injured" and _the_one(child) or \
                child.tag_ == "NN" and any(g.dep_ == "appos" and g.ent_type_ == "PERSON" for g in child.children)
            # "beat the Sri Lankan manager Priyantha Kumara to death": a title with the name of one person
            if not person or child.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in child.children):
                continue
            # "killed a soldier and a civilian": each conjoined single person adds one; a conjunct with a
            # number is counted by the number itself
            conjs = [c for c in child.conjuncts if c.i > child.i]
            if any(c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "nummod" for g in c.children) or not person_word(c)
                   for c in conjs):
                continue
            conjs += _together_with(tok, child)
            n = 1 + len(conjs) + sum(c.lemma_.lower() == "couple" for c in (child, *conjs))  # a couple is two
            left = child.left_edge
            last = max((child, *conjs), key=lambda t: t.i)
            start, end = left.idx, last.idx + len(last)
            out.append(RoleCount(role, Count(n, n, n, doc_text(doc)[start:end], (start, end), 0.6, EXTRACTOR),
                                 tok, child))
            break
    return out


# harm that leaves its victim alive unless told otherwise ('beat the watchman', 'stabbed a guard'); a shooting only
# when the wound's place is told ('shot in the arm': hurt; a bare 'shot him' is left as it was)
_HURTING = frozenset({"beat", "stab", "club", "thrash", "hack"})
_WOUND_PLACES = _LIMBS | frozenset({"head", "chest", "shoulder", "back", "stomach", "neck", "face", "thigh", "knee",
                                     "abdomen", "buttock", "ankle", "wrist", "jaw"})
_DEATH_WORDS = frozenset({"dead", "death", "die", "kill", "murder", "lynch", "alive", "body", "corpse", "fatally"})


def _beaten_not_killed(verb: Token, lemma: str) -> bool:
    """'armed men beat the night watchman', 'the driver was shot in the arm', 'shot a vendor in the head': harm
    done to one person and told without a death, so the person is hurt; not in a sentence that tells any death
    ('beat him and shot him in the head; he died', 'assassinated ... shot her in the head': the death is the count),
    nor a beating joined to a burning ('beaten and set ablaze'), nor 'beat the odds', 'beat Belgium' (the victim
    must be a person, which the caller checks)."""
    if lemma == "shoot":  # (the parser hangs the place on the verb or on its object: 'shot a vendor in the head')
        places = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]
        if not any(c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _WOUND_PLACES for g in c.children) for c in places):
            return False
    elif lemma not in _HURTING or any(c.lemma_ == "shoot" and _shot_so_killed(c) for c in verb.conjuncts):
        return False  # ("beat him and shot him": one man, the shooting's dead)
    elif lemma in _WINNING and not _harm_told(verb):
        return False  # "the candidate beat the incumbent by 12 points": a win, not a beating
    if any(_set_ablaze(c) or c.lemma_ == "burn" for c in (*verb.conjuncts, verb.head)):
        return False  # "beaten and set on fire by a crowd": the mob's burning, the victim counted as dead
    return not any(_death_word(t) for t in verb.sent)


def _death_word(t: Token) -> bool:
    """A word that tells a death ('dead', 'killed', 'died', 'corpse'): a sentence holding one counts its dead itself."""
    return t.lemma_.lower() in _DEATH_WORDS or t.lemma_ in DIE_VERBS or t.lemma_ in ALWAYS_FATAL


# verbs that also tell a win ('beat the incumbent', 'thrashed the champions'): a beating only with harm told
_WINNING = frozenset({"beat", "thrash"})
_HARM_ADVERBS = frozenset({"badly", "severely", "brutally", "savagely", "viciously", "mercilessly", "repeatedly"})
_HARM_WORDS = frozenset({"hospital", "injure", "injured", "injury", "wound", "wounded", "bruise", "bleed", "bleeding",
                         "unconscious", "senseless", "stick", "baton", "rod", "club", "pipe", "rifle", "butt"})
_HARMERS = frozenset({"gunman", "militant", "soldier", "police", "policeman", "officer", "mob", "crowd", "attacker",
                      "assailant", "robber", "thug", "militia", "militiaman", "fighter", "rebel", "settler", "looter",
                      "intruder", "kidnapper", "guard", "vigilante", "raider", "bandit", "insurgent", "jihadist"})


def _harm_told(verb: Token) -> bool:
    """Whether a verb that can also tell a win ('beat', 'thrash') tells harm: 'beat up', 'badly beaten', 'beat him
    with sticks', 'beaten unconscious', a hospital in the sentence, or a violent doer ('armed men beat the
    watchman', 'a mob beat a man'); not 'the candidate beat the incumbent by 12 points'."""
    if any(c.dep_ == "prt" and c.lower_ == "up" or c.dep_ == "advmod" and c.lower_ in _HARM_ADVERBS
           or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True
    if any(t.lemma_.lower() in _HARM_WORDS or t.lower_ in _HARM_WORDS for t in verb.sent):
        return True
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # ("armed men broke in, beat the watchman")
        clause = clause.head
    doers = [c for c in clause.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in _HARMERS or any(g.lower_ == "armed" for g in d.children) for d in doers)


_ALIVE_WORDS = frozenset({"wound", "wounded", "injure", "injured", "injury", "hurt", "survive", "alive", "hospital",
                          "treat", "treatment", "critical", "condition", "recover", "bullet", "pellet", "rubber"})


def _shot_so_killed(verb: Token) -> bool:
    """'gunmen offloaded the passengers and shot nine of them', '16 POWs were shot', 'shooting two guards at the
    district office': a shooting of counted people told with no word of survival or of a wound's place is their
    killing (one person shot with no number stays uncounted: 'a gunman shot union leader Maria Lopez');
    not 'shot in the leg', 'shot and wounded', 'was shot but survived', 'shot with rubber bullets', 'shot at' (no
    object), nor a sentence that tells any death itself (the death is the count)."""
    return verb.lemma_ == "shoot" and not any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in _WOUND_PLACES for g in c.children)
        for c in (*verb.children, *(g for d in verb.children if d.dep_ == "dobj" for g in d.children))) and not any(
        t.lemma_.lower() in _ALIVE_WORDS or t.lower_ in _ALIVE_WORDS or _death_word(t)
        or t.lemma_.lower() in _POLICING_WORDS or t.lower_ in ("suspect", "suspects") for t in verb.sent)


# a police action told beside the shooting: the people shot may be alive ('police shot two suspects during the raid
# and arrested three others', 'officers shot two robbery suspects in a gunfight')
_POLICING_WORDS = frozenset({"arrest", "detain", "raid", "gunfight", "shootout", "firefight", "custody"})


def _the_one(tok: Token) -> bool:
    """'wounded the manager', 'the loco pilot was hurt', 'beat the night guard': one person named by role with 'the'
    (a singular common noun for a person; not 'the police', a group, nor 'the attackers'). The caller reads it for
    the hurt only: 'killed the manager in his office' stays uncounted (tests/test_casualties_round11.py)."""
    return (tok.tag_ == "NN" or tok.tag_ == "NNP" and tok.text.islower()) and person_word(tok) and \
        tok.lemma_.lower() not in _GROUP_NOUNS and any(
        g.dep_ == "det" and g.lower_ == "the" for g in tok.children)


_GROUP_NOUNS = frozenset({"police", "army", "military", "family", "crowd", "mob", "group", "public", "youth",
                          "personnel", "staff", "couple", "militia", "enemy"})
_BODY_NOUNS = frozenset({"body", "corpse"})


def _victim_places(verb: Token, mob_fire: bool, found: list[RoleCount]) -> list[Token]:
    """The words that may name the victim of a verb of violence: its own arguments; for a mob's burning joined to an
    act before it with no victim of its own, that act's passive subject ('a student was beaten and set ablaze by
    fellow students', 'X is beaten and set on fire by a crowd'); none for 'set his body alight' once the sentence
    counts its dead already ('beat to death the manager ... and set his body alight': the same man)."""
    places = list(verb.children)
    if mob_fire and verb.dep_ == "conj" and not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in _ABLAZE
                                                    for c in places):  # ('ablaze' parsed as the object)
        places += [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if mob_fire and any(rc.role == "fatalities" for rc in found):
        places = [c for c in places if not _burned_body(c, True)]
    return places


def _burned_body(tok: Token, ablaze: bool) -> bool:
    """'set her body alight', 'set his corpse on fire': the body of one person burned (the person dead), the parser
    making either the body or 'alight' the object; not 'set the house alight', 'set their bodies alight' (no count)."""
    if not ablaze:
        return False
    body = tok if tok.lemma_.lower() in _BODY_NOUNS else next(
        (c for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in _BODY_NOUNS), None)
    return body is not None and body.tag_ == "NN" and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in (*body.children, *tok.children))


def _victim_died(subject: Token, found: list[RoleCount]) -> bool:
    """'beat a party official ...; the official died in hospital', '... on the face of Kim Jong-nam, and he died':
    the person the sentence has already named dies, told by 'the' or 'he'/'she' (when no count of the dead is
    found, which would be the one it belongs to)."""
    if any(rc.role == "fatalities" for rc in found) or subject.i == subject.sent.start:
        return False
    if subject.lower_ in ("he", "she"):
        return any(t.ent_type_ == "PERSON" or t.tag_ == "NN" and person_word(t)
                   for t in subject.doc[subject.sent.start:subject.i])
    return subject.tag_ == "NN" and person_word(subject) and any(c.lower_ == "the" for c in subject.children) and any(
        t.lemma_ == subject.lemma_ and t.i < subject.i for t in subject.sent)


def _shot_as_noun(tok: Token) -> bool:
    """'Unknown gunmen shot dead a polio vaccinator': the verb the parser takes for a noun, told by the 'dead' and
    the object it still governs (not 'a shot in the chest')."""
    return tok.pos_ == "NOUN" and tok.lower_ == "shot" and any(c.dep_ == "dobj" for c in tok.children) and any(
        c.lower_ == "dead" for c in tok.children)


def _together_with(verb: Token, victim: Token) -> list[Token]:
    """'killing a local commander together with his driver', 'along with a bodyguard': one more person joined to
    the victim by 'together with' or 'along with' (not a bare 'with': 'killed a man with a knife')."""
    return [g for t in (verb, victim) for c in t.children if c.dep_ == "prep" and c.lower_ == "with" and any(
        a.lower_ in ("together", "along") for a in c.children) for g in c.children
            if g.dep_ == "pobj" and g.tag_ == "NN" and person_word(g) and not any(
                d.dep_ == "nummod" for d in g.children) and any(
                d.lower_ in ("a", "an") or d.dep_ == "poss" for d in g.children)]


def _one_hit_or_lost(sent: Span, found: list[RoleCount]) -> list[RoleCount]:
    """'Fico was hit by several shots' (one wounded), 'its driver did not survive', 'a shopkeeper was found dead',
    'left a policeman dead' (one dead), 'a farmer was shot dead and his brother wounded' (the second clause without
    its 'was'), 'Skripal and his daughter were left ill after being poisoned': people with no number, one each."""
    out: list[RoleCount] = []
    taken = {rc.governor.i for rc in found}
    doc = sent.doc
    lemmas = token_table(doc)[0]
    for i in range(sent.start, sent.end):
        if lemmas[i] not in _HARM_GATE:
            continue  # (no shape of _unnumbered_harm can hold for this word: the Token is not built)
        verb = doc[i]
        told = _unnumbered_harm(verb)
        if told is None or verb.i in taken or told[1].i in taken:
            continue
        role, who = told
        if not (_one_person(who) or role == "injured" and (who.lower_ in ("he", "she") and verb.lemma_ == "survive"
                                                             or who.lower_ in _PRONOUN_VICTIMS)):
            continue  # "he survived with injuries", "the blast cost him a leg": whoever he is, he is hurt
        # "A banker, his wife and a police officer": the parser makes the list's second an apposition with conjuncts
        listed = [m for a in who.children if a.dep_ == "appos" and any(c.dep_ == "conj" for c in a.children)
                  for m in (a, *a.conjuncts)]
        people = [who, *(c for c in (*who.conjuncts, *listed) if c.i > who.i and _one_person(c))]
        n = len(people)
        start, end = who.left_edge.idx, people[-1].idx + len(people[-1])
        out.append(RoleCount(role, Count(n, n, n, doc_text(sent.doc)[start:end], (start, end), 0.6, EXTRACTOR),
                             verb, who))
    return out


def _unnumbered_harm(verb: Token) -> tuple[str, Token] | None:
    """The role a verb tells of a person with no number and that person's word (the subject, or the noun a
    participle hangs on), for the shapes _one_hit_or_lost reads; None for any other verb."""
    lemma = verb.lemma_
    if lemma == "survive" and any(c.dep_ == "neg" for c in verb.children):
        return _subject_role("fatalities", verb, "nsubj")
    if lemma == "survive" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.lemma_.lower() in HARM_NOUNS for g in c.children) for c in verb.children):
        # "the third survived with burns", "he survived with injuries", "was stabbed and survived with wounds"
        return _subject_role("injured", verb, "nsubj") or (_subject_role("injured", verb.head, "nsubjpass") or
                                                           _subject_role("injured", verb.head, "nsubj")
                                                           if verb.dep_ == "conj" else None)
    if _lost_limb(verb):  # "one died and the other lost a leg", "costing the elder a leg"
        return _subject_role("injured", verb, "nsubj" if lemma == "lose" else "dative")
    if _elided_victim(verb):
        return ROLE_VERBS[lemma], verb.head
    main = _harmed_before(verb)
    if main is not None:
        role = "fatalities" if _fatal_use(verb, lemma) else ROLE_VERBS.get(lemma, "injured")
        return _subject_role(role, main, "nsubjpass") or _subject_role(role, main, "nsubj")  # "collapsed after ..."
    if lemma in ("sustain", "suffer") and any(c.dep_ == "dobj" and c.lemma_.lower() in HARM_NOUNS and not any(
            g.dep_ == "nummod" for g in c.children) for c in verb.children):
        return _subject_role("injured", verb, "nsubj")  # "a constable sustained bullet injuries"
    if _in_condition(verb):  # "a guard is in critical condition", "were left in serious condition"
        return _subject_role("injured", verb, "nsubjpass") or _subject_role("injured", verb, "nsubj")
    if lemma in _HARM_PASSIVES and verb.tag_ == "VBN":
        return _subject_role("injured", verb, "nsubjpass")  # "Skripal and his daughter were poisoned"
    if lemma == "leave":  # "the clashes left a policeman dead"
        who = next((c for c in verb.children if c.dep_ == "dobj"), None)
        stated = state_role(c for c in (*verb.children, *(who.children if who is not None else ()))
                            if c.dep_ in ("oprd", "xcomp", "acomp", "amod")) if who is not None else None
        return (stated, who) if stated in ("fatalities", "injured") else None
    if verb.tag_ != "VBN":
        return None
    if lemma in _STATE_VERBS - {"leave"}:  # "a shopkeeper was found dead"
        stated = state_role(c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp"))
        return _subject_role(stated, verb, "nsubjpass") if stated else None
    if _hit_by_fire(verb):
        return _subject_role("fatalities" if _died_too(verb) else "injured", verb, "nsubjpass")
    return None


_CONDITIONS = frozenset({"critical", "serious", "grave", "stable", "life-threatening"})


def _in_condition(verb: Token) -> bool:
    """'was left in critical condition', 'is in serious condition', 'remain in a stable condition': people hurt,
    told by their state in hospital."""
    return verb.lemma_.lower() in ("be", "leave", "remain", "list") and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() == "condition" and any(
            a.lower_ in _CONDITIONS for a in g.children) for g in c.children) for c in verb.children)


# participles of harm that _singular_victims does not read: "a journalist was poisoned", "was hospitalised"
_HARM_PASSIVES = frozenset({"poison", "maim", "hospitalise", "hospitalize"})


def _subject_role(role: str, verb: Token, dep: str) -> tuple[str, Token] | None:
    """(role, the verb's subject of the given dependency), or None when it has none."""
    who = next((c for c in verb.children if c.dep_ == dep), None)
    return (role, who) if who is not None else None


def _turned_on_self(sent: Span) -> list[RoleCount]:
    """'before turning the gun on himself': the attacker dead by his own hand, one more among the dead (the
    reflexive is told on top of the victims)."""
    out: list[RoleCount] = []
    for tok in tokens_with(sent, REFLEXIVE, 1):
        if tok.lower_ in REFLEXIVE and tok.dep_ == "pobj" and tok.head.lower_ == "on" and \
                tok.head.head.lemma_.lower() == "turn" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("gun", "weapon", "rifle", "pistol")
                    for c in tok.head.head.children):
            out.append(RoleCount("fatalities", Count(1, 1, 1, tok.text, (tok.idx, tok.idx + len(tok)), 0.6, EXTRACTOR),
                                 tok.head.head, tok))
    return out


def _killed_themselves(sent: Span) -> list[RoleCount]:
    """'killing themselves and four traders', 'killing 13 people besides themselves': the attackers dead with their
    victims, as many as the subject counted before ('Two girls', 'A family of six'); added on top of the victims."""
    out: list[RoleCount] = []
    if "themselves" not in token_table(sent.doc)[1][sent.start:sent.end]:
        return out
    for tok in sent:
        if tok.lower_ != "themselves":
            continue
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in (
            "besides", "beside") else None
        if verb is None or verb.lemma_ not in ALWAYS_FATAL:
            continue
        n = next((k for k in map(_counted_subject, reversed(sent.doc[sent.start:tok.i])) if k), None)
        if n:
            out.append(RoleCount("fatalities", Count(n, n, n, tok.text, (tok.idx, tok.idx + len(tok)), 0.6, EXTRACTOR),
                                 verb, tok))
    return out


# counted nouns that may take in the attacker himself ("killed 12 people, and the bomber was among the dead": 12)
_ANYONE = frozenset({"people", "person", "persons", "individual", "dead", "death", "life", "other", "those", "one",
                     "casualty", "fatality", "body", "total"})


def _attacker_among_dead(sent: Span, found: list[RoleCount]) -> list[RoleCount]:
    """'martyring seven soldiers; the attacker was among the dead': the attacker dead with the victims, one more on
    top of them (merge adds him); not 'a policeman was among the dead', one of the victims counted, and not when the
    sentence's dead are counted as people in general ('12 people were killed; the bomber was among the dead': he
    is one of the 12)."""
    dead = [rc for rc in found if rc.role == "fatalities"]
    if any((rc.number.head if rc.number.dep_ == "nummod" else rc.number).lemma_.lower() in _ANYONE for rc in dead):
        return []
    out: list[RoleCount] = []
    doc = sent.doc
    lemmas = token_table(doc)[0]
    for i in range(sent.start, sent.end):
        if lemmas[i] not in _ATTACKER_NOUNS:
            continue  # (attacker_among_dead holds only for these words)
        tok = doc[i]
        if not attacker_among_dead(tok):
            continue
        start, end = tok.left_edge.idx, tok.idx + len(tok)
        out.append(RoleCount("fatalities", Count(1, 1, 1, doc_text(sent.doc)[start:end], (start, end), 0.6,
                                                 EXTRACTOR), tok.head, tok))
    return out


def _counted_subject(tok: Token) -> int | None:
    """The number a subject gives of its people ('Two girls' 2, 'A family of six' 6, 'a group of four attackers' 4),
    or None."""
    if not tok.dep_.startswith("nsubj"):
        return None
    if tok.lemma_.lower() == "couple" and tok.tag_ == "NN":
        return 2  # "a married couple detonated a bomb, killing themselves"
    inner = of_object(tok) if tok.tag_ == "NN" else None
    if inner is not None and inner.like_num:
        return words_to_int([inner.text])
    num = next((c for c in (inner or tok).children if c.dep_ == "nummod" and c.like_num), None)
    return words_to_int([num.text]) if num is not None else None


def _harmed_before(verb: Token) -> Token | None:
    """'Skripal and his daughter were left critically ill after being poisoned': the verb whose subject was harmed
    in the 'after being ...' clause; None when the clause is no such harm or the main verb tells a death itself
    ('died after being stabbed' is counted by 'died')."""
    lemma = verb.lemma_
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children) or not (
            lemma in DEATH_BY or ROLE_VERBS.get(lemma) in ("fatalities", "injured") and lemma != "claim"):
        return None
    main = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "when") else None
    if main is None or main.lemma_ in DIE_VERBS or ROLE_VERBS.get(main.lemma_) in ("fatalities", "injured") or any(
            c.lower_ in ROLE_ADJ for c in main.children):
        return None
    return main


def _elided_victim(verb: Token) -> bool:
    """'... was shot dead and his brother wounded': a participle of harm on a person that the parser joins to the
    first clause's verb, the second clause having lost its 'was'."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_ in ROLE_VERBS and \
        ROLE_VERBS[verb.lemma_] in ("fatalities", "injured") and verb.lemma_ != "claim" and \
        verb.head.dep_ == "conj" and verb.head.head.pos_ == "VERB"


def _one_person(tok: Token) -> bool:
    """A singular mention of one person: a name ('Robert Fico'), 'its driver', 'a farmer', 'the boy', 'the third'
    (of those already told)."""
    if (tok.lower_ in ONE_MORE or tok.lower_ == "other") and tok.dep_.startswith("nsubj"):  # "the other lost a leg"
        return tok.lower_ == "another" or any(c.lower_ in ("a", "the") for c in tok.children)
    if tok.tag_ not in ("NN", "NNP") or any(c.dep_ == "nummod" for c in tok.children):
        return False
    if tok.ent_type_ == "PERSON":
        return True
    return person_word(tok) and any(c.lower_ in ("a", "an", "the") or c.dep_ == "poss" for c in tok.children)


def _source_figure(num: Token) -> Token | None:
    """The word a bare figure of a source hangs from: 'gave a figure of 9', 'put the number at nine', 'hospital staff
    said 45'; its role is the one the sentence's other source gave (_second_source)."""
    if num.pos_ != "NUM":
        return None
    head = num.head
    if num.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in TALLY_NOUNS:
        return head.head
    if num.dep_ == "pobj" and head.lower_ == "at" and head.head.lemma_.lower() == "put":
        return head.head
    if num.dep_ in ("dobj", "ccomp", "npadvmod", "attr") and head.lemma_.lower() in FIGURE_VERBS:
        return head
    return None


def _updated_figure(num: Token) -> Token | None:
    """The verb of 'put the number of dead at 17, later raising it to 21', 'first said 39 had died, later raising the
    figure to 61': a source updating its own figure, whose new figure replaces the old one (_apply_updates)."""
    head = num.head
    if num.pos_ != "NUM" or num.dep_ != "pobj" or head.lower_ != "to":
        return None
    verb = head.head
    if verb.dep_ == "prt" and verb.lower_ in ("down", "up"):
        verb = verb.head  # "revised the toll down to 157"
    if verb.lemma_.lower() in _UPDATE_VERBS and any(c.dep_ == "dobj" and (c.lower_ in ("it", "this") or (
            c.lemma_.lower() in _UPDATED_NOUNS and any(d.lower_ == "the" for d in c.children))) for c in verb.children):
        return verb
    return None


def _modifiers(tally: Token) -> list[Token]:
    """The words that say what a tally counts: 'the *injury* toll', 'the number *of dead*'."""
    return [c for c in tally.children if c.dep_ in ("compound", "amod")] + [
        g for c in tally.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]


def _update_role(num: Token) -> str | None:
    """The role an updated figure's own toll names: the nearest tally noun before the figure, read by its
    modifiers ('the injury toll up to 300' injured, 'the number of dead to 21' fatalities); None when it names
    none ('raising it to 21')."""
    for tok in reversed(num.doc[max(num.sent.start, num.i - 8):num.i]):
        if tok.lemma_.lower() in _UPDATED_NOUNS:
            role = state_role(_modifiers(tok))
            return role if role in ("fatalities", "injured") else None
    return None


_UPDATE_VERBS = frozenset({"raise", "revise", "increase", "lift", "update", "lower", "correct", "reduce", "push"})
_UPDATED_NOUNS = TALLY_NOUNS | {"toll"}  # "later revised the toll down to 157"


def _apply_updates(found: list[RoleCount], updates: list[RoleCount]) -> list[RoleCount]:
    """The sentence's counts with an updated figure put in place of the one count of dead or wounded it updates:
    the sentence's only such count, or the one whose clause the update hangs from ('39 had died, later raising the
    figure to 61, with more than 100 wounded')."""
    if not updates:
        return found
    told = {u.role: u for u in updates if u.role}  # the last update of each role its toll names
    for role, u in told.items():  # "revised the death toll down to 157": its role told by the toll itself; the
        # victims (a sector for the event) are those of the figure it replaces ("Six soldiers died ..., raising
        # the toll to 19")
        old = [rc for rc in found if rc.role == role]
        who = old[0].number if len(old) == 1 else u.number
        found = [rc for rc in found if rc.role != role] + [RoleCount(role, u.count, u.governor, who)]
    bare = [u for u in updates if not u.role]
    if not bare:
        return found
    last = bare[-1]
    roles = {rc.role for rc in found if rc.role in ("fatalities", "injured")}
    above = {a.i for a in last.governor.ancestors}
    updated = {rc.role for rc in found if rc.role in roles and rc.governor.i in above}
    if len(roles) != 1 and len(updated) == 1:
        roles = updated
    if len(roles) != 1:
        return found
    role = roles.pop()
    return [rc for rc in found if rc.role != role] + [RoleCount(role, last.count, last.governor, last.number)]


def _other_side(found: list[RoleCount], gapped: list[RoleCount]) -> list[RoleCount]:
    """'Bishkek reports 24 dead on its side, Dushanbe 17': another side's bare figure after the sentence's one count
    of a side's own dead or wounded is that side's own count of the same role."""
    own = [rc for rc in found if rc.role in ("fatalities", "injured") and own_losses(rc.number)]
    if len(own) != 1 or len({rc.role for rc in found if rc.role in ("fatalities", "injured")}) != 1:
        return []
    return [RoleCount(own[0].role, g.count, g.governor, g.number) for g in gapped if g.number.i > own[0].number.i]


def _second_source(found: list[RoleCount], figures: list[RoleCount]) -> list[RoleCount]:
    """'Officials said 30 people were injured; hospital staff said 45': a bare figure told by another source than
    the sentence's one count of dead or wounded is that source's figure for the same role."""
    roles = {rc.role for rc in found if rc.role in ("fatalities", "injured")}
    if len(roles) != 1 or not figures:
        return []
    role = roles.pop()
    sources = {source(rc.governor) for rc in found if rc.role == role}
    return [RoleCount(role, f.count, f.governor, f.number) for f in figures
            if source(f.governor) not in sources and None not in sources]


# lower-cased lemmas for which _unnumbered_harm can return a role: every shape it reads tests the verb's lemma
# against one of these (survive, lose/cost, ROLE_VERBS and DEATH_BY, sustain/suffer, the condition verbs,
# _HARM_PASSIVES, leave, _STATE_VERBS, hit/strike); _one_hit_or_lost skips any other word unread
_HARM_GATE = frozenset({"survive", "lose", "cost", "sustain", "suffer", "be", "leave", "remain", "list", "hit",
                        "strike"} | {w.lower() for w in ROLE_VERBS} | {w.lower() for w in DEATH_BY}
                       | {w.lower() for w in _HARM_PASSIVES} | {w.lower() for w in _STATE_VERBS})
