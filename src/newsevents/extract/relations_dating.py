"""Certainty and dates of relations, and groups' formation dates ("X, which formed in 2007")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from newsevents.extract.relations_args import EXTRACTOR, _clean, _org, _sentences, _token_at
from newsevents.extract.times import event_date
from newsevents.models import ActorRef, DateValue, EventDate, TextSpan, TimeExpr
from newsevents.nlp import doc_text

# --- formation clauses (the trigger rules live in relation_rules.py) -------------------------

_FORMATION = re.compile(
    r"\b(?:was|were|had\s+been)?\s*(?:formed|founded|established|created|set\s+up|emerged|launched|"
    r"proclaimed|declared)\b", re.I)

# --- certainty -------------------------------------------------------------------------------

_NEGATED = re.compile(r"\b(?:not|never|no\s+longer|denied|denies|deny|denying|rejected\s+(?:reports|claims)|"
                      r"refused\s+to|refused|rejected|rejects|n't|neither|nor|without|no(?!\s*\.)|none)\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:may|might|could|would|should|if|whether|possibly|possible|"
                           r"consider(?:s|ing)|(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!widely\s)(?<!generally\s)"
                           r"(?<!often\s)considered|"
                           r"mulling|weighing|rumou?rs?\s+of|(?:talks?|negotiations|discussions|speculation)\s+(?:on|about|over|of|for)|"
                           r"proposed|potential)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|'ll|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|set\s+to|"
                     r"is\s+to|are\s+to|threaten(?:s|ed)?\s+to|vow(?:s|ed)?\s+to|going\s+to|about\s+to)\b", re.I)
_ALLEGED = re.compile(r"\b(?:allegedly|alleged|reportedly|reported|apparently|appears?\s+to|appeared\s+to|seems?\s+to|"
                      r"is\s+believed|are\s+believed|believed\s+to|suspected|purportedly|purported|rumou?red|"
                      r"said\s+to|unconfirmed|unverified|accused\s+of|(?:is|are|was|were|widely|generally|often)\s+"
                      r"considered)\b", re.I)
_CLAIMED = re.compile(r"\b(?:claim(?:ed|s|ing)?|according\s+to|insist(?:ed|s)?|the\s+group\s+said|said\s+it|"
                      r"said\s+they|asserted)\b", re.I)


def certainty(clause: str) -> str:
    """The certainty of a relation from the words of its clause up to and around the trigger."""
    if _NEGATED.search(clause):
        return "negated"
    if _FUTURE.search(clause):
        return "future"
    if _HYPOTHETICAL.search(clause):
        return "hypothetical"
    if _ALLEGED.search(clause):
        return "alleged"
    if _CLAIMED.search(clause):
        return "claimed"
    return "asserted"


def _clause(text: str, sent: tuple[int, int], trigger: tuple[int, int]) -> str:
    """The words around the trigger that carry its certainty: from the last clause break up to just after it."""
    head = text[sent[0]:trigger[0]]
    cut = max(head.rfind(";"), head.rfind(" but "), head.rfind(" and "), head.rfind("“"), head.rfind('"'))
    start = sent[0] + cut + 1 if cut >= 0 else sent[0]
    tail = text[trigger[1]:min(sent[1], trigger[1] + 12)]
    return text[start:trigger[1]] + re.split(r"[,.;]", tail)[0]


def _predicate_of_noun(doc: Doc, trigger: tuple[int, int]) -> str:
    """For a noun trigger that is the subject of what follows ("the merger of X and Y was never confirmed"), the
    words of that predicate which carry its certainty: the verb with its auxiliaries and negation."""
    tok = _token_at(doc, trigger[0])
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    verb = tok.head
    if verb.i <= tok.i:
        return ""
    words = [c for c in verb.children if c.dep_ in ("neg", "aux", "auxpass") or c.lower_ == "never"]
    return " " + " ".join(t.text for t in sorted([*words, verb], key=lambda t: t.i))


# --- dates -----------------------------------------------------------------------------------

_ATTRIBUTION = re.compile(r"^\s*[—–-]{1,2}\s*[^\n]{0,80}?\(@\w+\)\s*(?P<date>[^\n]{4,40})$")


def _usable_times(times: list[TimeExpr], text: str, trigger: tuple[int, int]) -> list[TimeExpr]:
    """Time expressions that can date the relation: not ones naming another event ('the December 4 attack')
    nor ones in a formation clause ('which formed in 2007')."""
    out = []
    for t in times:
        s, e = t.span
        if re.search(r"\b(?:the|a|an|its|their|['’]s)\s+$", text[max(0, s - 6):s]) and \
                re.match(r"\s+[a-z]+", text[e:e + 20]):
            continue
        if t.span[0] > trigger[1]:
            between = text[trigger[1]:t.span[0]]
        else:
            between = text[t.span[1]:trigger[0]]
        if _FORMATION.search(between) and re.search(r"\b(?:which|that|who|,)\b|,", between):
            continue
        out.append(t)
    return out


def _attribution_date(text: str, sent: tuple[int, int], times: list[TimeExpr]) -> EventDate | None:
    """A tweet's date line ('— Name (@handle)December 20, 2014') right after the sentence's paragraph."""
    pos = sent[1]
    for _ in range(3):
        line_end = text.find("\n", pos + 1)
        line_end = len(text) if line_end == -1 else line_end
        line = text[pos:line_end].strip("\n")
        if _ATTRIBUTION.match(line):
            line_start = text.find(line, pos)
            hits = [t for t in times if line_start <= t.span[0] < line_start + len(line) and t.value]
            if hits:
                t = hits[-1]
                return EventDate(value=t.value, precision=t.precision, text=t.text, span=t.span, how="paragraph",
                                 confidence=round(0.8 * t.confidence, 2), extractor=EXTRACTOR)
            return None
        if line.strip() and not text[pos:line_end].startswith("\n"):
            pos = line_end
            continue
        pos = line_end
    return None


def _date(text: str, sent: tuple[int, int], trigger: tuple[int, int], times: list[TimeExpr],
          published: DateValue | None) -> EventDate | None:
    usable = _usable_times(times, text, trigger)
    in_sentence = [t for t in usable if sent[0] <= t.span[0] and t.span[1] <= sent[1] and t.value]
    if not in_sentence:
        tweet = _attribution_date(text, sent, times)
        if tweet is not None:
            return tweet
    return event_date(usable, sent, trigger, text, published, past=True)


# --- formation dates -------------------------------------------------------------------------


@dataclass(frozen=True)
class Formation:
    """A group's founding as told in a sentence ("which formed in the region in 2007")."""

    actor: ActorRef
    sentence: TextSpan
    trigger: TextSpan
    date: EventDate | None
    doc_id: str
    extractor: str = EXTRACTOR


_FORMED = re.compile(r"\b(?:(?:was|were|had\s+been)\s+)?(?:formed|founded|established|created|set\s+up|emerged|"
                     r"came\s+into\s+being)\b(?:\s+(?:in|on|during)\b)?", re.I)


def find_formations(doc: Doc, mentions: list[ActorRef], *, doc_id: str, times: list[TimeExpr]) -> list[Formation]:
    """When groups were formed, from 'X, which formed in 2007' and 'X was founded in 2002' (dated ones only)."""
    text = doc_text(doc)
    out: list[Formation] = []
    for sent in _sentences(doc):
        cands = _clean(m for m in mentions if sent[0] <= m.span[0] and m.span[1] <= sent[1] and _org(m))
        for match in _FORMED.finditer(text, sent[0], sent[1]):
            before = [m for m in cands if m.span[1] <= match.start()]
            if not before or len(text[before[-1].span[1]:match.start()]) > 40:
                continue
            if not re.fullmatch(r"\s*(?:,\s*)?(?:which|that|who)?\s*(?:\w+\s+)?", text[before[-1].span[1]:
                                                                                       match.start()] + " "):
                continue
            dated = [t for t in times if match.end() <= t.span[0] < min(sent[1], match.end() + 40) and t.value]
            if not dated:
                continue
            t = dated[0]
            out.append(Formation(
                actor=before[-1], sentence=TextSpan(text[sent[0]:sent[1]], sent),
                trigger=TextSpan(match.group(0), match.span()),
                date=EventDate(value=t.value, precision=t.precision, text=t.text, span=t.span, how="sentence",
                               confidence=round(0.9 * t.confidence, 2), extractor=EXTRACTOR),
                doc_id=doc_id))
    return out
