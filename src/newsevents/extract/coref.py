"""Coreference for organisations: "the group", "the militants", "its leader", "they", "the latter" back to the group
named before."""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc

from newsevents.models import ActorRef
from newsevents.nlp import doc_text, sentence_of
from newsevents.nlp.regex_gate import gated

log = logging.getLogger(__name__)

EXTRACTOR = "coref"
_MAX_DISTANCE = 600  # characters back to look for the antecedent (about three sentences)

_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?:(?:militant|terrorist|jihadist|extremist|armed|rebel|insurgent|islamist|Islamist|"
    r"Sunni|Shia|Shiite|radical|Islamic|new|rival|breakaway|splinter|separatist|banned|outlawed|"
    r"Somali|Nigerian|Syrian|Afghan|Iraqi|Pakistani|parent|mother)\s+){0,2}"
    r"(?:group|organi[sz]ation|movement|faction|outfit|militants|insurgents|rebels|jihadists|militia|network|"
    r"insurgency|extremists|fighters|terrorists|alliance|coalition)\b(?!\s+(?:(?:of|from|in)\s+)?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z])")
# (not before a name: "the militant group Liwa al-Asifa" introduces the name, it does not point back; a day or a
# month is no name: "the group Tuesday announced ...")
_PLURAL_PRONOUN = re.compile(r"\b(?:[Tt]hey|[Tt]hem|[Tt]heir|[Tt]hemselves)\b")
_SINGULAR_PRONOUN = re.compile(r"\b(?:[Ii]ts|[Ii]tself)\b")
# "X split from Y after the latter cut ties with Z": the group named last
_LATTER = re.compile(r"\b[Tt]he\s+latter\b(?!\s+(?:half|part|stages?|years?|days?|months?|weeks?|case|point|view|"
                     r"option|period|phase)\b)")
_POSSESSIVE_ROLE = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|[Tt]he\s+group['’]s)\s+(?:new\s+|former\s+|top\s+|self-styled\s+|late\s+)?"
    r"(?:leader|emir|amir|chief|commander|head|spokesman|founder|governor|wali)\b")


def _is_org(m: ActorRef) -> bool:
    return m.kind not in ("person", "agent", "state", "place") and m.via != "coreference" and m.actor_id is not None


def _sentence_bounds(doc: Doc, pos: int) -> tuple[int, int]:
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span):
        return pos, pos
    sent = sentence_of(span[0])
    return sent.start_char, sent.end_char


def _antecedent(pos: int, sent_end: int, by_end: list[ActorRef], *, definite: bool) -> ActorRef | None:
    """The nearest organisation named before pos, skipping one named later in the same sentence when the
    anaphor is a description (in 'the group claimed ties to ISIS', the group is not ISIS). `by_end`: the
    mentions, last-ending first."""
    later = {m.actor_id for m in by_end if pos < m.span[0] < sent_end} if definite else set()
    for m in by_end:
        if m.span[1] > pos or pos - m.span[1] > _MAX_DISTANCE:
            continue
        if _is_org(m) and m.actor_id not in later:
            return m
    return None


def _clause_subject(doc: Doc, span: tuple[int, int], mentions: list[ActorRef]) -> ActorRef | None:
    """The organisation that is the subject of a reflexive's own clause: in "Jund al-Khilafah, which had split from
    AQIM, pledged itself to IS", "itself" is Jund al-Khilafah, not AQIM, the group named last. Climbs from the
    reflexive's verb through conjoined and open-complement verbs ("vowed to commit itself") to the first subject."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None
    verb = tokens[0].head
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
            inside = [m for m in mentions if _is_org(m) and lo <= m.span[0] and m.span[1] <= hi]
            return min(inside, key=lambda m: m.span[0]) if inside else None
        if verb.dep_ not in ("conj", "xcomp") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _overlaps(span: tuple[int, int], mentions: list[ActorRef]) -> bool:
    return any(m.span[0] < span[1] and span[0] < m.span[1] for m in mentions)


def resolve(doc: Doc, mentions: list[ActorRef]) -> list[ActorRef]:
    """The mentions plus one ActorRef (via="coreference") per anaphor that refers back to an organisation."""
    text = doc_text(doc)
    found: list[tuple[tuple[int, int], bool, float, str]] = []
    for m in _POSSESSIVE_ROLE.finditer(text):
        # "its leader": the possessive itself refers to the group
        end = m.start() + len(m.group(0).split()[0])
        found.append(((m.start(), end), False, 0.6, "possessive"))
    for m in _DESCRIPTION.finditer(text):
        found.append((m.span(), True, 0.65, "description"))
    for m in _PLURAL_PRONOUN.finditer(text):
        found.append((m.span(), False, 0.45, "pronoun"))
    for m in _SINGULAR_PRONOUN.finditer(text):
        found.append((m.span(), False, 0.5, "pronoun"))
    for m in _LATTER.finditer(text) if "latter" in text else ():  # (every match holds the word: skip the scan)
        found.append((m.span(), False, 0.6, "latter"))
    out = list(mentions)
    taken: list[tuple[int, int]] = []
    named = [m for m in mentions if m.kind != "agent"]
    by_end = sorted(mentions, key=lambda m: m.span[1], reverse=True)
    for span, definite, weight, how in sorted(found, key=lambda f: f[0]):
        if _overlaps(span, named) or any(a < span[1] and span[0] < b for a, b in taken):
            continue
        _, sent_end = _sentence_bounds(doc, span[0])
        ante = None
        if how == "pronoun" and text[span[0]:span[1]].lower() in ("itself", "themselves"):
            ante = _clause_subject(doc, span, mentions)
            if ante is not None and ante.span[1] > span[0]:
                ante = None
        if ante is None:
            ante = _antecedent(span[0], sent_end, by_end, definite=definite)
        if ante is None:
            continue
        if how == "pronoun" and span[0] - ante.span[1] > _MAX_DISTANCE // 2:
            continue
        taken.append(span)
        out.append(ActorRef(
            text=text[span[0]:span[1]], span=span, actor_id=ante.actor_id, name=ante.name, sector=ante.sector,
            country=ante.country, kind=ante.kind, provisional=ante.provisional, via="coreference",
            confidence=round(weight * ante.confidence, 2), extractor=f"{EXTRACTOR}:{how}"))
    log.debug("coreference added %d mentions", len(out) - len(mentions))
    return sorted(out, key=lambda m: m.span)


# Speed only, same matches: the patterns scanned over every sentence skip one that holds none of the literal
# words each match must hold (newsevents.nlp.regex_gate).
_POSSESSIVE_ROLE = gated(_POSSESSIVE_ROLE)
_DESCRIPTION = gated(_DESCRIPTION)
