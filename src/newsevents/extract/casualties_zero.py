"""Counts of zero: 'no casualties were reported', 'no one was hurt', 'without causing any injuries', 'all the
passengers escaped unhurt'."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsevents.extract.casualties_merge import EXTRACTOR, RoleCount
from newsevents.extract.casualties_words import DIE_VERBS, RAISING_VERBS, ROLE_VERBS, person_word, state_role
from newsevents.extract.typing_context import sentence_lemmas, token_table, tokens_with
from newsevents.models import Count
from newsevents.nlp import doc_text

_NONE_NOUNS = {"injury": "injured", "casualty": "fatalities", "death": "fatalities", "fatality": "fatalities",
               "arrest": "arrested", "victim": "fatalities", "loss": "fatalities"}
# nouns whose 'no' says nobody was killed or hurt: "no casualties", "there were no victims"
_BOTH_ROLES = frozenset({"casualty", "victim"})
# what a 'no victims' can hang from to say none were harmed ("there were no victims", "no victims were reported"),
# not 'no victim was named'
_VICTIM_HEADS = frozenset({"be", "report", "record", "cause", "leave", "with", "without", "of"})
_NONE_NOUN_SET = frozenset(_NONE_NOUNS)
# "there were no reports of casualties", "no sign of injuries": the 'no' on the word that reports them
_REPORT_NOUNS = frozenset({"report", "sign", "word", "indication", "record", "information", "news"})
_NOBODY = frozenset({"nobody", "none", "one", "no-one", "noone"})
_ANYONE = frozenset({"anyone", "anybody"})  # "did not hurt anyone", "without injuring anybody"
# verbs of harm of any degree: "no one was hurt" says nobody was killed either ("no one was injured" does not)
_ANY_HARM = frozenset({"hurt", "harm"})


def _no_before(noun: Token) -> Token | None:
    """The word that says there were none: 'no casualties', 'no reports of casualties' (the 'no' on the noun or on
    the report noun it hangs from), 'without casualties', 'without causing any injuries' (the 'without')."""
    no = next((c for c in noun.children if c.lower_ == "no" and c.dep_ == "det"), None)
    if no is not None:
        return no
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _REPORT_NOUNS:
        return next((c for c in of.head.children if c.lower_ == "no" and c.dep_ == "det"), None)
    if noun.dep_ == "pobj" and of.lower_ == "without" or noun.dep_ == "dobj" and of.dep_ == "pcomp" and \
            of.head.lower_ == "without" and of.lemma_.lower() in ("cause", "inflict", "leave", "result"):
        return of if of.lower_ == "without" else of.head
    return None


# a 'no' the sentence leaves open or denies: "could not say whether there were no victims", "it is not true that
# there were no casualties" (review of session 9)
_OPEN = re.compile(r"\bwhether\b|\bnot\s+(?:true|clear|known|certain)\s+(?:that|whether|if)\b|"
                   r"\bcould\s+not\s+(?:say|confirm|tell)\b", re.IGNORECASE)


def _elided_be(who: Token, verb: Token) -> bool:
    """'none killed', 'nobody hurt': a participle right after its subject with the 'was' left out, which the parser
    reads as an active past verb (not 'no one hurt the prisoners', which has an object, nor 'none had killed', nor
    'nobody killed in the raid was armed', where the participle is the subject's and a clause follows)."""
    return verb.i == who.i + 1 and verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("dobj", "obj", "aux", "auxpass", "prt") or c.i > verb.i and c.dep_ in (
            "advcl", "ccomp", "xcomp", "acomp", "attr", "oprd") for c in verb.children)


def none_counts(sent: Span) -> list[RoleCount]:
    """'causing no injuries', 'no casualties were reported', 'no one was hurt', 'hurting nobody': a count of zero."""
    out: list[RoleCount] = []
    if _OPEN.search(doc_text(sent.doc)[sent.start_char:sent.end_char]):  # (== sent.text, not rebuilt from tokens)
        return out
    lemmas = sentence_lemmas(sent)
    if lemmas & (_NOBODY | _ANYONE):
        doc = sent.doc
        lowers = token_table(doc)[1]
        for i in range(sent.start, sent.end):
            if lowers[i] not in _NOBODY and lowers[i] not in _ANYONE:
                continue  # (the test below, read from the table without building the Token)
            tok = doc[i]
            low = tok.lower_
            if low not in _NOBODY and low not in _ANYONE or (low in ("one", "none") and not (
                    low == "none" or tok.i > sent.start and tok.doc[tok.i - 1].lower_ == "no")):
                continue
            gov = tok.head
            role = ROLE_VERBS.get(gov.lemma_.lower()) if gov.pos_ in ("VERB", "AUX") else None
            if role is None and tok.dep_ == "nsubjpass" and gov.lemma_.lower() in RAISING_VERBS:
                role = state_role(c for c in gov.children if c.dep_ in ("oprd", "xcomp", "acomp"))  # "reported hurt"
            if role not in ("fatalities", "injured", "arrested") or tok.dep_ not in ("nsubjpass", "dobj", "obj",
                                                                                    "nsubj"):
                continue
            if low in _ANYONE and not (any(c.dep_ == "neg" for c in gov.children) or gov.dep_ == "pcomp"
                                       and gov.head.lower_ == "without"):  # "did not hurt anyone", "without hurting"
                continue
            elided = _elided_be(tok, gov)  # "four people were injured, none killed", "... but nobody hurt"
            if tok.dep_ == "nsubj" and gov.lemma_ not in DIE_VERBS and gov.tag_ != "VBN" and not elided or \
                    gov.lemma_.lower() == "claim":  # "no one has claimed responsibility": no toll
                continue
            start = tok.doc[tok.i - 1].idx if low == "one" else tok.idx
            end = tok.idx + len(tok)
            # "no one was killed or injured": the subject is every conjoined verb's; "no one was hurt", "nobody was
            # harmed": nobody came to any harm, killed or injured (the convention of the written sets since held7)
            roles = dict.fromkeys((role, *(ROLE_VERBS[c.lemma_.lower()] for c in gov.conjuncts if c.i > gov.i
                                           and c.tag_ == "VBN" and c.lemma_.lower() != "claim"
                                           and ROLE_VERBS.get(c.lemma_.lower()) in ("fatalities", "injured"))))
            if gov.lemma_.lower() in _ANY_HARM and low not in _ANYONE and (tok.dep_ == "nsubjpass" or elided):
                roles = {"fatalities": None, **roles}
            for r in roles:
                out.append(RoleCount(r, Count(0, 0, 0, doc_text(sent.doc)[start:end], (start, end), 0.8, EXTRACTOR),
                                     gov, tok))
    if "no" in lemmas:
        out.extend(_no_people(sent))
        if "life" in lemmas:
            out.extend(_no_life_lost(sent))
    if not lemmas & _NONE_NOUN_SET:
        return out + _all_unhurt(sent)
    for tok in sent:
        role = _NONE_NOUNS.get(tok.lemma_.lower())
        if role == "fatalities" and tok.lemma_.lower() == "loss" and not any(  # "no loss of life"
                c.lower_ == "of" and any(g.lemma_.lower() == "life" for g in c.children) for c in tok.children):
            continue
        first = _no_before(tok) if role else None
        if first is None and role and tok.dep_ == "conj" and tok.head.lemma_.lower() in _NONE_NOUN_SET:
            first = _no_before(tok.head)  # "no deaths or injuries": the 'no' is both nouns'
            first = first if first is not None and first.lower_ == "no" else None
        if first is not None and tok.lemma_.lower() == "victim" and tok.head.lemma_.lower() not in _VICTIM_HEADS:
            continue
        if first is not None:
            start, end = first.idx, tok.idx + len(tok)
            # "no casualties": nobody killed and nobody hurt
            for r in ("fatalities", "injured") if tok.lemma_.lower() in _BOTH_ROLES else (role,):
                out.append(RoleCount(r, Count(0, 0, 0, doc_text(sent.doc)[start:end], (start, end), 0.8, EXTRACTOR),
                                     tok.head, tok))
    return out + _all_unhurt(sent)


def _no_people(sent: Span) -> list[RoleCount]:
    """'no civilians hurt', 'no soldiers were killed': a count of zero told on people with 'no' (not 'no soldiers
    killed the man', who did it; not 'no victim was named')."""
    out: list[RoleCount] = []
    for tok in sent:
        if tok.tag_ != "NNS" or tok.dep_ not in ("nsubj", "nsubjpass") or not any(
                c.lower_ == "no" and c.dep_ == "det" for c in tok.children) or not person_word(tok) and \
                tok.lemma_.lower() not in ("people", "person", "civilian", "child"):
            continue
        gov = tok.head
        role = ROLE_VERBS.get(gov.lemma_.lower())
        if role not in ("fatalities", "injured") or gov.lemma_.lower() == "claim":
            continue
        elided = not any(c.dep_ in ("aux", "auxpass", "dobj") for c in gov.children)  # "no civilians hurt"
        if tok.dep_ == "nsubj" and gov.lemma_ not in DIE_VERBS and not elided:
            continue
        start, end = tok.left_edge.idx, tok.idx + len(tok)
        out.append(RoleCount(role, Count(0, 0, 0, doc_text(sent.doc)[start:end], (start, end), 0.8, EXTRACTOR),
                             gov, tok))
    return out


def _no_life_lost(sent: Span) -> list[RoleCount]:
    """'no life was lost', 'no lives were lost in the blaze': nobody killed (not 'no life was spared')."""
    out: list[RoleCount] = []
    for tok in sent:
        if tok.lemma_.lower() != "life" or tok.dep_ != "nsubjpass" or tok.head.lemma_.lower() != "lose" or not any(
                c.lower_ == "no" and c.dep_ == "det" for c in tok.children):
            continue
        start, end = tok.left_edge.idx, tok.head.idx + len(tok.head)
        out.append(RoleCount("fatalities", Count(0, 0, 0, doc_text(sent.doc)[start:end], (start, end), 0.8,
                                                 EXTRACTOR), tok.head, tok))
    return out


# "all passengers escaped unhurt", "everyone survived unharmed": nobody hurt
_UNHURT = frozenset({"unhurt", "unharmed", "uninjured", "unscathed"})


def _all_unhurt(sent: Span) -> list[RoleCount]:
    """'All the passengers escaped unhurt', 'everyone was unharmed': no one injured (a count of zero); one person
    unhurt ('the minister escaped unhurt') says nothing of the others."""
    out: list[RoleCount] = []
    for tok in tokens_with(sent, _UNHURT, 1):
        if tok.lower_ not in _UNHURT:
            continue
        verb = tok.head
        who = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if who is None or not (who.lower_ in ("everyone", "everybody", "all") or any(
                c.lower_ == "all" and c.dep_ in ("det", "predet") for c in who.children)):
            continue
        start, end = who.left_edge.idx, tok.idx + len(tok)
        out.append(RoleCount("injured", Count(0, 0, 0, doc_text(sent.doc)[start:end], (start, end), 0.8, EXTRACTOR),
                             verb, who))
    return out


_MATTER_WORDS = frozenset({"material", "property", "structural", "minor"})


def damage_only(sent: Span, found: list[RoleCount]) -> list[RoleCount]:
    """'damage only', 'only material damage' in an incident log that tells no one killed or hurt: nobody killed and
    nobody hurt (a count of zero for each); nothing when the sentence counts dead or wounded itself."""
    if any(rc.role in ("fatalities", "injured") for rc in found) or "damage" not in sentence_lemmas(sent):
        return []
    for tok in sent:
        if tok.lemma_.lower() != "damage" or tok.pos_ != "NOUN":
            continue
        before = tok.i - 1
        while before >= sent.start and tok.doc[before].lower_ in _MATTER_WORDS:
            before -= 1
        after = tok.i + 1
        if before >= sent.start and tok.doc[before].lower_ == "only":
            start, end = tok.doc[before].idx, tok.idx + len(tok)
        elif after < sent.end and tok.doc[after].lower_ == "only" and (
                after + 1 >= sent.end or tok.doc[after + 1].is_punct):  # "damage only." (not "damage only to")
            start, end = tok.idx, tok.doc[after].idx + len(tok.doc[after])
        else:
            continue
        text = doc_text(sent.doc)[start:end]
        return [RoleCount(r, Count(0, 0, 0, text, (start, end), 0.7, EXTRACTOR), tok, tok)
                for r in ("fatalities", "injured")]
    return []


# words of a death anywhere in the sentence: then a 'no one was injured' speaks of the hurt only
_DEATH_LEMMAS = frozenset(v for v, r in ROLE_VERBS.items() if r == "fatalities" and v != "claim") | DIE_VERBS | {
    "dead", "death", "toll", "fatality", "body", "corpse", "casualty", "martyrdom", "fatal", "fatally"}


def unhurt_so_alive(sent: Span, found: list[RoleCount]) -> list[RoleCount]:
    """'no one was injured', 'causing no injuries', told of an attack that names no death: nobody killed either (the
    convention of the written sets since held7); nothing when the sentence tells of any death or counts the dead."""
    zero = next((rc for rc in found if rc.role == "injured" and rc.count.best == 0), None)
    if zero is None or any(rc.role == "fatalities" for rc in found) or sentence_lemmas(sent) & _DEATH_LEMMAS:
        return []
    return [RoleCount("fatalities", zero.count, zero.governor, zero.number)]
