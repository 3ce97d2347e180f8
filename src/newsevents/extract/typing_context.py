"""Contexts in which a trigger word does not report a new event: quotes, commentary, speech content,
references back, generic and negated statements, requests, denials and mishaps."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.extract.ontology import (
    COMMENTATORS, COMMUNICATION, MISHAPS, SPEECH_ACTS, TRIGGER_NOUNS, VIOLENT_CUES,
)
from newsevents.nlp import sentence_of

# nouns whose 'of'/'with' object only refers back to an event: "the scene of the blast", "in connection with"
REFERENCE_NOUNS = frozenset({
    "connection", "scene", "site", "wake", "aftermath", "anniversary", "hallmark", "investigation", "probe",
    "inquiry", "memory", "footage", "image", "video", "photo", "picture", "victim", "survivor",
    "lifting", "end",
})
# a relative clause with one of these verbs tells the event anew: "the blast that ripped through a church"
REPORTING_RELCL = frozenset({
    "rip", "tear", "kill", "hit", "strike", "destroy", "wound", "injure", "target", "leave", "claim", "devastate",
})
TIME_NOUNS = frozenset({"day", "week", "month", "year", "decade", "hour", "night", "weekend", "period"})
ONGOING_NOUNS = frozenset({"war", "battle", "fight", "fighting", "clash", "siege", "violence", "conflict",
                           "bombardment", "shelling", "unrest"})
ONGOING_PARTICIPLES = frozenset({"fight", "battle", "target", "wage", "combat"})
REQUEST_VERBS = frozenset({"urge", "ask", "call", "demand", "appeal", "press", "plead", "request", "implore"})
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute"})
MODALS = frozenset({"may", "might", "could", "would", "should", "must"})


def in_quote(tok: Token) -> bool:
    """Whether the token sits inside quotation marks in its sentence."""
    opens = 0
    for t in sentence_of(tok):
        if t.i >= tok.i:
            break
        if t.text in ('"', "“", "”", "``", "''"):
            opens += 1
    return opens % 2 == 1


def commentary(tok: Token) -> bool:
    """Whether the token sits in what a commentator wrote or thinks (analysis, not an event report)."""
    for anc in tok.ancestors:
        if anc.lemma_.lower() in COMMUNICATION or anc.dep_ == "ROOT":
            subj = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(s.lemma_.lower() in COMMENTATORS or any(g.lemma_.lower() in COMMENTATORS for g in s.subtree)
                   for s in subj) and anc.lemma_.lower() in COMMUNICATION:
                return True
    return False


def tells_anew(tok: Token) -> bool:
    """'the bomb blast that ripped through a church': a relative clause that reports the event itself."""
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in REPORTING_RELCL for c in tok.children)


def content_of_speech(tok: Token) -> bool:
    """'demanding the resignation of the president': the noun is what is asked for, not an event."""
    gov = tok.head
    if tok.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    elif tok.dep_ not in ("dobj", "obj", "nsubjpass"):
        return False
    if tells_anew(tok):
        return False
    if gov.lemma_.lower() in ("claim", "admit") or gov.lower_ == "responsibility":
        return True
    return gov.lemma_.lower() in SPEECH_ACTS and gov.i != tok.i


def reference_back(tok: Token) -> bool:
    """An event noun that only points at an event told elsewhere: 'arrested in connection with the blast',
    'the scene of a bomb explosion', 'admitted carrying out the attack', 'weeks of intense fighting'."""
    if tok.pos_ not in ("NOUN", "PROPN") or tells_anew(tok):
        return False
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        owner = tok.head.head
        if owner.lemma_.lower() in REFERENCE_NOUNS:
            return True
        if tok.head.lower_ == "of" and tok.lemma_.lower() in ONGOING_NOUNS and owner.lemma_.lower() in TIME_NOUNS:
            return True
    if tok.dep_ in ("dobj", "obj") and tok.head.lemma_ == "carry":
        gov = tok.head
        if gov.dep_ in ("xcomp", "ccomp", "pcomp") and gov.head.lemma_.lower() in ("admit", "claim", "deny"):
            return True
    return False


def generic_use(tok: Token) -> bool:
    """A trigger used for no particular event: negated ('not to kill'), a gerund subject ('Attacking
    churches ... is prohibited'), or a participle describing a group ('jihadists fighting in Syria')."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    for t in (tok, *tok.ancestors):
        if t.tag_ == "VBG" and t.dep_ in ("csubj", "csubjpass", "nsubj"):
            return True
        if t.pos_ == "VERB" and t.i != tok.i:
            break
    if tok.tag_ == "VBN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
            c.dep_ == "det" for c in tok.children):
        return True  # "the wounded were first in line": people, not an act
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in ONGOING_PARTICIPLES and \
            tok.head.lemma_.lower() not in TRIGGER_NOUNS:
        return True
    return False


def requested_or_denied(tok: Token) -> bool:
    """An act asked for ('urged Trump to establish ...', 'calling on authorities to mobilise') or denied
    ('denied an agreement had been reached'): the request or denial is the event, not the act."""
    t, hops = tok, 0
    while t.head.i != t.i and hops < 4:
        dep, t = t.dep_, t.head
        hops += 1
        if dep in ("xcomp", "ccomp") and t.lemma_.lower() in REQUEST_VERBS and tok.pos_ == "VERB":
            return True
        if dep == "ccomp" and t.lemma_.lower() in DENIAL_VERBS:
            return True
        if t.pos_ == "VERB" and dep not in ("xcomp", "ccomp", "nsubjpass", "nsubj", "dobj", "conj"):
            return False
    return False


def question(tok: Token) -> bool:
    """'Asked if the army will move in, he said ...': a question put to a speaker, not a request."""
    return tok.lemma_.lower() == "ask" and any(
        g.dep_ == "mark" and g.lower_ in ("if", "whether") for c in tok.children if c.dep_ in ("ccomp", "advcl")
        for g in c.children)


def mishap_subject(tok: Token) -> bool:
    """'The quakes struck near Tabriz': the verb's subject is a natural or accidental cause."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in MISHAPS for c in tok.children)


def characterisation(tok: Token) -> bool:
    """'the attack was the third of its kind': an event noun as the subject of a description."""
    return tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
        c.dep_ in ("attr", "acomp") for c in tok.head.children)


def mishap(sent: Span) -> bool:
    """Deaths and damage from accidents and disasters ('a gas explosion', 'earthquakes struck'), not violence."""
    lemmas = {t.lemma_.lower() for t in sent}
    return bool(lemmas & MISHAPS) and not (lemmas & VIOLENT_CUES)


def hedged(tok: Token) -> bool:
    """'civilians may also have been injured': a modal makes the report a possibility."""
    for t in (tok, tok.head):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in t.children):
            return True
    return False


def direct_objects(tok: Token) -> set[str]:
    """Lemmas of a verb's direct objects (and their conjuncts and compounds), or of a noun's 'of' object."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN"):
            heads = [c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"]
            for h in heads:
                out.add(h.lemma_.lower())
                out.update(g.lemma_.lower() for g in h.children if g.dep_ in ("compound", "conj"))
    return out
