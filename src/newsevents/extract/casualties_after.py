"""Counts the parser cuts off from their verb ('his guards and nine other people were hurt', 'two soldiers on sentry
duty suffered splinter wounds'), read from the words after the counted noun, and single dead told by a noun ('the body
of a young man was later found', 'caused the death of a policeman')."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.extract.casualties_merge import EXTRACTOR, RoleCount, of_object
from newsevents.extract.casualties_words import DIE_VERBS, HARM_NOUNS, ROLE_VERBS, person_word
from newsevents.extract.typing_context import sentence_lemmas
from newsevents.models import Count
from newsevents.nlp import doc_text

# the auxiliaries and adverbs between a counted noun and its participle: "were also hurt", "had later died"
_BETWEEN = frozenset({"were", "was", "are", "is", "had", "have", "has", "been", "also", "later", "still", "reportedly",
                      "all", "both"})
_AUX = frozenset({"were", "was", "are", "is", "been"})
_HARM_ROLES = frozenset({"fatalities", "injured"})


# the words that open an aside on who the counted people were: "46 people, most of them women and children, were
# killed", "69 people, mostly teenagers, were killed"
_ASIDE_OPENERS = frozenset({"most", "mostly", "many", "mainly", "including", "among", "almost", "nearly", "several",
                            "all", "some"})


def _past_aside(noun: Token) -> int:
    """Where the words after a counted noun go on once an aside between commas is passed ('46 people, most of
    them women and children, were killed'): the index after the closing comma, else the one after the noun."""
    doc = noun.doc
    i = noun.right_edge.i + 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return i
    if any(c.dep_ == "appos" for c in noun.children) and noun.right_edge.i > noun.i and \
            doc[i + 1].lower_ in _BETWEEN:
        return i + 1  # the parser took the aside into the noun's phrase: only its closing comma is left
    if doc[i + 1].lower_ in _ASIDE_OPENERS:
        close = next((t.i for t in doc[i + 2:min(i + 12, len(doc))] if t.text in (",", ";", ".")), None)
        if close is not None and doc[close].text == "," and close + 1 < len(doc) and \
                doc[close + 1].lower_ in _AUX:
            return close + 1
    return i


def role_after(noun: Token) -> tuple[str, Token] | None:
    """The role told by the words right after a counted noun ('nine other people were hurt', 'two soldiers on
    sentry duty suffered splinter wounds', 'three more died'): for a noun the parser hangs elsewhere (a conjunct of
    an object, an adverbial clause) so that its verb is not its head; None when no such words follow."""
    doc = noun.doc
    i = _past_aside(noun)
    passive = False
    while i < len(doc) and doc[i].lower_ in _BETWEEN:
        passive = passive or doc[i].lower_ in _AUX
        i += 1
    if i >= len(doc):
        return None
    verb = doc[i]
    lemma = verb.lemma_.lower()
    if passive and verb.tag_ == "VBN" and ROLE_VERBS.get(lemma) in _HARM_ROLES and lemma != "claim":
        return ROLE_VERBS[lemma], verb
    if lemma in DIE_VERBS and verb.tag_ in ("VBD", "VBN"):
        return "fatalities", verb
    if lemma in ("suffer", "sustain") and any(
            t.lemma_.lower() in HARM_NOUNS for t in doc[i + 1:min(i + 4, len(doc))] if t.pos_ == "NOUN"):
        return "injured", verb
    return None


_BODY_NOUNS = frozenset({"body", "corpse"})
_FIND_VERBS = frozenset({"find", "discover", "recover", "retrieve", "pull", "exhume", "dump", "wash"})


def one_body(sent: Span, found: list[RoleCount]) -> list[RoleCount]:
    """'the body of a young man was later found', 'police recovered a body': one dead, told by a single body found
    (not 'the bodies of 15 people', counted by their number; not 'his body was set alight', no body found)."""
    out: list[RoleCount] = []
    if not sentence_lemmas(sent) & _BODY_NOUNS:
        return out
    taken = {rc.governor.i for rc in found}
    for tok in sent:
        if tok.lemma_.lower() not in _BODY_NOUNS or tok.tag_ != "NN":
            continue
        arg = tok
        while arg.dep_ == "conj":
            arg = arg.head  # "burning shops and a mosque, and the body of a young man was found"
        verb = arg.head
        if arg.dep_ not in ("nsubjpass", "dobj") or verb.lemma_.lower() not in _FIND_VERBS or verb.i in taken:
            continue
        whose = of_object(tok)
        if not (any(c.lower_ in ("a", "an") for c in tok.children) and whose is None or whose is not None and (
                whose.ent_type_ == "PERSON" or person_word(whose) and whose.tag_ == "NN" and any(
                    c.lower_ in ("a", "an") for c in whose.children))):
            continue
        end = (whose or tok).idx + len(whose or tok)
        start = tok.left_edge.idx
        out.append(RoleCount("fatalities", Count(1, 1, 1, doc_text(sent.doc)[start:end], (start, end), 0.6, EXTRACTOR),
                             verb, tok))
    return out


# nouns of a killing whose 'of' object is the one dead: "the death of a policeman", "the murder of journalist X"
_DEATH_NOUNS = frozenset({"death", "killing", "murder", "assassination", "lynching", "beheading"})
# verbs that make a 'death' the toll of the act told: "caused the death of", "confirmed the death of"
_TOLL_VERBS = frozenset({"cause", "confirm", "report"})


def _caused(death: Token) -> bool:
    """'caused the death of a policeman', 'police confirmed the death of a soldier', 'resulted in the death of':
    a death told as the outcome of the act or as its toll."""
    head = death.head
    if death.dep_ == "dobj":
        return head.lemma_.lower() in _TOLL_VERBS
    return death.dep_ == "pobj" and head.lower_ in ("in", "to") and head.head.lemma_.lower() in ("result", "lead")


def one_death(sent: Span, found: list[RoleCount]) -> list[RoleCount]:
    """'caused the death of a policeman', 'the murder of journalist Ana Ruiz': one dead, told by a noun of killing
    with one person as its object (not 'the deaths of five herders', counted by their number; a 'death' only when
    caused or confirmed)."""
    out: list[RoleCount] = []
    if not sentence_lemmas(sent) & _DEATH_NOUNS:
        return out
    taken = {rc.number.i for rc in found} | {rc.governor.i for rc in found}
    for tok in sent:
        if tok.lemma_.lower() not in _DEATH_NOUNS or tok.tag_ != "NN" or tok.i in taken:
            continue
        if tok.lemma_.lower() == "death" and not _caused(tok):
            continue  # "after the death of Mullah Omar was announced": a death, not said to be violent or new
        whose = of_object(tok)
        if whose is None or whose.i in taken or whose.tag_ not in ("NN", "NNP") or any(
                c.dep_ == "nummod" or c.dep_ == "conj" for c in whose.children):
            continue
        if not (whose.ent_type_ == "PERSON" or person_word(whose) and any(
                c.lower_ in ("a", "an", "the") or c.dep_ == "poss" for c in whose.children)):
            continue
        start, end = tok.left_edge.idx, whose.idx + len(whose)
        out.append(RoleCount("fatalities", Count(1, 1, 1, doc_text(sent.doc)[start:end], (start, end), 0.6, EXTRACTOR),
                             tok, whose))
    return out


_BACK_POINTERS = frozenset({"them", "whom"})


def _of_them(number: Token) -> bool:
    """'two of them', 'one of whom': a part of people told before."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in _BACK_POINTERS for g in c.children)
               for c in number.children)


def hurt_then_died(found: list[RoleCount]) -> list[RoleCount]:
    """'beat two men; one of them succumbed to his injuries', 'wounded five people, two of whom later died': the
    ones who died are counted dead, no longer hurt, so the one count of the hurt loses them (the sentence's only
    count of each role, the dead told after the hurt and fewer)."""
    hurt = [rc for rc in found if rc.role == "injured"]
    dead = [rc for rc in found if rc.role == "fatalities"]
    if len(hurt) != 1 or len(dead) != 1:
        return found
    h, d = hurt[0], dead[0]
    if not (_of_them(d.number) and d.number.i > h.number.i and d.governor.lemma_.lower() in DIE_VERBS) or \
            h.count.best is None or d.count.best is None or not (h.count.best > d.count.best == d.count.low):
        return found
    left = h.count.best - d.count.best
    high = h.count.high - d.count.best if h.count.high is not None else None
    low = h.count.low - d.count.best if h.count.low is not None else None
    return [RoleCount("injured", replace(h.count, best=left, low=low, high=high), h.governor, h.number)
            if rc is h else rc for rc in found]
