"""A group naming its leader, told the ways the trigger table reads badly (round 16): "G named P to succeed Q", "G
elevated P, a cleric from Kandahar, to supreme leader", "G's shura chose P as emir" (G the subject of the naming
verb); "G announced/said/confirmed (in 2021) that P would succeed Q / had taken over as commander / had been chosen
as its emir" (G the teller); "P, chosen by G in 2015 to succeed Q, ..." (a participle after P). Each gives appoint
P -> G. The predecessor Q is no appointee, a state names no group's leader, and a relation the rules read already is
left as read."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.extract.relations_args import _Found, _org
from newsevents.extract.relations_shapes import _ROLE, _ROLE_ADJ
from newsevents.models import ActorRef
from newsevents.nlp import doc_text

_CHEAP = re.compile(r"\b(?:succe|replac|take[sn]?\s+over|took\s+over|elevat|chose|chosen|named|picked|appointed|"
                    r"selected|elected|promoted|installed)", re.I)
# the group's own organ between it and the verb: "AQIM's shura", "the ELN's central command"
_ORGAN = (r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:shura|council|command|leadership|secretariat|politburo|majlis|"
          r"committee)\b)?")
_WHEN = r"(?:\s+(?:in|on|during)\s+(?:\w+\s+){0,2}?\d{4}|\s+(?:also|then|later|quickly|formally|swiftly))?"
# "G named/chose/elevated (the veteran jihadist) ": the appointee comes next
_NAMING = re.compile(_ORGAN + _WHEN + r"\s+(?:named|chose|picked|appointed|elevated|selected|installed|promoted|"
                     r"elected)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$", re.I)
# "G announced (on its radio station) (in 2021) that ": the appointee comes next
_TELLING = re.compile(_ORGAN + _WHEN + r"\s+(?:(?:has|had)\s+)?(?:announced|said|confirmed|declared|stated|revealed)"
                      r"(?:\s+(?:on|in|via|through)\s+[^,;.]{1,30}?)?" + _WHEN + r"\s+that\s+(?:the\s+)?$", re.I)
# the rest of a name the resolver cut short ("Ahmed Abdi" of "Ahmed Abdi Godane")
_NAME_REST = r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
# "P, chosen by G ...": the participle between P and G
_CHOSEN_BY = re.compile(_NAME_REST + r"\s*,\s+(?:chosen|named|picked|appointed|elected|selected|installed)\s+by\s+"
                        r"(?:the\s+)?$", re.I)
# after the appointee (and an appositive: ", known as Abu Ubaidah,"): a succession or a role
_APPOSITIVE = _NAME_REST + r"(?:\s*,[^,;]{1,60},)?"
_ROLE_TAIL = re.compile(_APPOSITIVE + r"\s+(?:to\s+(?:succeed|replace)\b|(?:as|to)\s+(?:(?:its|their|the)\s+)?" +
                        _ROLE_ADJ + _ROLE + r"\b)", re.I)
_TOLD_TAIL = re.compile(_APPOSITIVE + r"\s+(?:would|will|had|has|was\s+to|is\s+to)\s+(?:(?:been|be)\s+(?:named|chosen|"
                        r"appointed|picked|selected|elected)\b|(?:succeed|replace|take\s+over|taken\s+over|become)\b)",
                        re.I)
_CHOSEN_TAIL = re.compile(r"[^,;]{0,30}?\s+(?:to\s+(?:succeed|replace|lead|head)\b|as\s+(?:its\s+)?" + _ROLE_ADJ +
                          _ROLE + r"\b)", re.I)


def _person_end(p: ActorRef, persons: list[ActorRef], text: str) -> int:
    """The end of the person's name, over a second mention the resolver cut it into ("Abu Obaida" "Yusuf al-Annabi")."""
    end = p.span[1]
    for q in persons:
        if q.span[0] > end and not text[end:q.span[0]].strip():
            end = q.span[1]
    return end


def _group(m: ActorRef) -> bool:
    return _org(m) and m.kind not in ("state", "person", "place") and m.via != "coreference"


def successions(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations with the leaders its groups are told to name added (module docstring)."""
    text = doc_text(doc)
    if not _CHEAP.search(text, sent[0], sent[1]):
        return found
    persons = [m for m in cands if m.kind == "person" and m.via not in ("coreference", "member-of")]
    groups = [m for m in cands if _group(m)]
    # the second part of a name the resolver cut in two is no appointee of its own
    cut = {q.span for p in persons for q in persons if q.span[0] > p.span[1] and not text[p.span[1]:q.span[0]].strip()}
    out = list(found)
    for p in persons:
        if p.span in cut:
            continue
        end = _person_end(p, persons, text)
        group: ActorRef | None = None
        before = next((g for g in reversed(groups) if g.span[1] <= p.span[0]), None)
        if before is not None and (_NAMING.fullmatch(text, before.span[1], p.span[0]) and _ROLE_TAIL.match(text, end)
                                   or _TELLING.fullmatch(text, before.span[1], p.span[0]) and
                                   _TOLD_TAIL.match(text, end, sent[1])):
            group = before
        else:
            group = next((g for g in groups if g.span[0] >= end and _CHOSEN_BY.fullmatch(text, end, g.span[0]) and
                          _CHOSEN_TAIL.match(text, g.span[1], sent[1])), None)
        if group is None or any(f.type == "appoint" and (f.source.span[0] == p.span[0] or
                                                          f.source.actor_id == p.actor_id) for f in out):
            continue
        out.append(_Found("appoint", p, group, (min(group.span[1], p.span[1]), max(group.span[0], p.span[0])), sent,
                          0.7))
    return out
