"""Appointments told in an apposition to the appointee (session 14): "Noor Wali Mehsud, named emir of
Tehrik-i-Taliban Pakistan in June 2018, spent 2020 ...", "Abu Ibrahim al-Hashimi al-Qurashi, named caliph by the
Islamic State days after ...", "Mazloum Abdi, chosen in 2015 as the SDF's commander-in-chief, was ...". The
appointing group is the one named after "by" when there is one (an appointment to a branch's post is made by the
parent), else the group whose post it is."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.extract.relations_args import _Found
from newsevents.models import ActorRef
from newsevents.nlp import doc_text

_APPOSED_APPOINTMENT = re.compile(
    r",\s+(?:who\s+was\s+)?(?:(?:later|then|first|formally)\s+)?(?P<verb>named|chosen|appointed|elected|installed|announced|"
    r"picked|proclaimed|selected|designated)\s+(?P<rest>[^,;:()]{1,110}?)(?=\s*[,;:(]|\s*$)")
_ROLE = re.compile(r"\b(?:emir|amir|caliph|leader|chief|commander(?:-in-chief)?|head|governor|wali|secretary-general|"
                   r"spokesman|spokesperson|deputy|president|chairman|coordinator|supreme\s+guide|mufti)\b", re.I)
_GROUP_KINDS = frozenset({"armed_group", "organisation", "group"})
# (session 15) a document naming P is no appointment: "named in a UN report as a commander of al-Shabaab", "named on a
# sanctions list as ...", "named by the indictment as"
_NAMED_IN_DOCUMENT = re.compile(
    r"^(?:[^,;:]*?\s)?(?:in|on|by|under)\s+(?:a|an|the|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:report|"
    r"list|statement|document|indictment|dossier|study|paper|video|filing|lawsuit|complaint|investigation|inquiry|"
    r"article|book|court|tribunal|hearing|case|charge\s+sheet|leak|cable|memo)s?\b", re.I)


def apposed_appointments(doc: Doc, sent: tuple[int, int], cands: list[ActorRef],
                         parent_of: dict[tuple[int, int], ActorRef]) -> list[_Found]:
    """Appoint relations of a person to the group an apposition after the person's name says named them (a member
    phrase, "the SDF's commander-in-chief", stands for its group)."""
    text = doc_text(doc)
    cands = [parent_of.get(c.span, c) for c in cands]
    out: list[_Found] = []
    for person in cands:
        if person.kind != "person" or not (sent[0] <= person.span[0] and person.span[1] <= sent[1]):
            continue
        m = _APPOSED_APPOINTMENT.match(text, person.span[1], sent[1])
        role = _ROLE.search(m.group("rest")) if m is not None else None
        if m is None or role is None or _NAMED_IN_DOCUMENT.search(m.group("rest")[:role.start()]):
            continue
        inside = [c for c in cands if m.start("rest") <= c.span[0] and c.span[1] <= m.end("rest") and
                  c.kind in _GROUP_KINDS]
        if not inside:
            continue
        by = next((c for c in inside if c.via != "coreference" and
                   re.search(r"\bby\s+(?:the\s+)?$", text[max(m.start("rest") - 3, 0):c.span[0]])), None)
        group = by or next((c for c in inside if c.via != "coreference"), None) or inside[0]
        out.append(_Found("appoint", person, group, m.span("verb"), sent, 0.7))
    return out
