"""A group that someone else calls another's front (round 16): "X, which Ankara regards as a front of the PKK",
"Spanish courts treated X as the armed branch of Y", "X is regarded by Indian police as a shadow of Y", "X was listed
in 2008 as an alias of Y": affiliation X -> Y. The describer (a state, an agency, officials) is no party: what the
rules read with it as an argument is dropped ("the Ministry ... describes as a proxy of Y" is not the Ministry's
tie). Told of a rival ("which Fatah describes as its main rival") or an offshoot (a split) it is no affiliation, and a
pair the rules read already is left as read. A view the describer held once, or wrongly ("which Israel once described as
a front for Y", "X was falsely regarded as a wing of Y") gives nothing (review fix)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.extract.relations_args import _Found, _org
from newsevents.models import ActorRef
from newsevents.nlp import doc_text

_VERB = (r"(?:describ\w*|regard\w*|consider\w*|call\w*|sees?|saw|seen|view\w*|treat\w*|brand\w*|label\w*|list\w*|"
         r"designat\w*|classif\w*|identif\w*|characteri[sz]\w*)")
# "as a front of", "as the local face of", "as branches of", "as a cover name for"
_AS_PART = re.compile(r"\s+as\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:fronts?|prox(?:y|ies)|"
                      r"branch(?:es)?|wings?|arms?|cover(?:\s+name)?|faces?|shadows?|affiliates?|extensions?|"
                      r"franchises?|part|alias(?:es)?|subsidiar(?:y|ies)|satellites?|outlets?|components?)\s+(?:of|for|"
                      r"used\s+by)\s+(?:the\s+)?$", re.I)
# between X and the describer: ", which", ", whom"; between the describer and "as": the verb (and an adverb)
_WHICH = re.compile(r"\s*,\s+(?:which|whom)\s+(?:the\s+)?", re.I)
_DESCRIBER_VERB = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|long\s+)?" + _VERB + r"$", re.I)
# "X is regarded (by Indian police) (in 2008) as": X the subject of a passive
_PASSIVE = re.compile(r"\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|long\s+)?" + _VERB +
                      r"(?:\s+by\s+[^,;.]{1,50}?)?(?:\s+(?:in|on)\s+(?:\w+\s+){0,2}?\d{4})?$", re.I)
# "S (long) treated X as": X the object right after the verb
_ACTIVE = re.compile(r"\b(?:\w+ly\s+|long\s+)?" + _VERB + r"\s+(?:the\s+)?$", re.I)
_CHEAP = re.compile(r"\bas\s+(?:\S+\s+){0,4}?(?:of|for|by)\b", re.I)
# a view given up or disowned: "once described", "wrongly regarded", "was falsely branded"
_DISOWNED = re.compile(r"\b(?:once|formerly|wrongly|falsely|mistakenly|erroneously|wrongfully|incorrectly)\s+(?:been\s+)?" +
                       _VERB + r"\b", re.I)


def _group(m: ActorRef) -> bool:
    return _org(m) and m.kind not in ("state", "person", "place") and m.via != "coreference"


def described_parts(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations with the affiliations others describe added and the describer's dropped."""
    text = doc_text(doc)
    if not _CHEAP.search(text, sent[0], sent[1]):
        return found
    groups = [m for m in cands if _group(m)]
    new: list[_Found] = []
    describers: set[tuple[int, int]] = set()
    for y in groups:
        part = _AS_PART.search(text, max(sent[0], y.span[0] - 90), y.span[0])
        if part is None:
            continue
        x = next((m for m in reversed(groups) if m.span[1] <= part.start() and (
            _PASSIVE.fullmatch(text, m.span[1], part.start()) or _ACTIVE.search(text, sent[0], m.span[0]) and
            not text[m.span[1]:part.start()].strip())), None)
        if x is None:
            x = next((m for m in reversed(groups) if m.span[1] <= part.start() and
                      (w := _WHICH.match(text, m.span[1])) is not None and
                      _DESCRIBER_VERB.search(text, w.end(), part.start())), None)
            if x is not None:
                describers.update(m.span for m in cands if x.span[1] < m.span[0] and m.span[1] <= part.start())
        if x is not None and _DISOWNED.search(text, max(sent[0], min(x.span[1], part.start()) - 60), part.start()):
            continue
        if x is None or x.span == y.span or (x.actor_id is not None and x.actor_id == y.actor_id) or any(
                {f.source.span, f.target.span} == {x.span, y.span} for f in found):
            continue  # (a pair the rules read is left as read: "X, which police describe as an offshoot of Y")
        new.append(_Found("affiliation", x, y, (part.start(), part.end()), sent, 0.7))
    if not new:
        return found
    return [f for f in found if f.source.span not in describers and f.target.span not in describers] + new
