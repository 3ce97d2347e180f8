"""Groups founded by people who left another group (session 14): "Hurras al-Din was set up in 2018 by al-Qaeda
loyalists who had left Hay'at Tahrir al-Sham", "Lashkar-e-Jhangvi was founded by Riaz Basra and other militants who
walked out of Sipah-e-Sahaba", "Jemaah Anshorut Tauhid, founded in 2008 by Abu Bakar Ba'asyir after he left the
Majelis Mujahidin Indonesia": the group founded split from the group its founders left. The founders are people,
not groups, so the rules, which read a relation between two named groups around one trigger, do not see it."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.extract.relations_args import _Found, _in_subject, _subject_span
from newsevents.models import ActorRef
from newsevents.nlp import doc_text
from newsevents.nlp.regex_gate import gated

# the founding verbs, shared by the pattern below and by relations.run (a founding verb is no noun-phrase trigger)
_FOUNDING = r"(?:founded|formed|created|established|launched|set\s+up|announced|floated|started)"
_FOUNDED_BY = re.compile(
    r"\b" + _FOUNDING + r"\s+"
    r"(?:(?:in|on|around|during)\s+(?:(?:early|late|mid)\s+)?(?:\w+\s+)?(?:\d{1,2}\s+)?\d{4}\s*,?\s+|"
    r"(?:in|at)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)*+"
    r"by\s+(?P<founders>[^.;:()]{1,90}?)\s*,?\s*"
    r"(?:\b(?:who|that)\s+(?:had\s+|have\s+)?(?:earlier\s+|just\s+)?|\bafter\s+(?:he|she|they)\s+(?:had\s+)?)"
    r"(?P<left>left|quit|defected\s+from|deserted|abandoned|walked\s+(?:out\s+of|away\s+from)|"
    r"broke\s+(?:away\s+)?(?:from|with)|split\s+(?:from|with)|rejected|refused\s+to\s+(?:follow|accept))\s+"
    r"(?:the\s+)?", re.I)
# words after the group left that make it the group: "rejected the NDFB's leadership", "refused to follow HTS's break
# with al-Qaeda"; "rejected" and "refused" need them (one rejects a deal, not a group)
_ITS_LINE = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:leadership|leaders|break|line|turn|course|command|rapprochement)\b")
_NOT_GROUP = frozenset({"person", "state", "place", "agent"})
FOUNDING_VERB = re.compile(_FOUNDING, re.I)


def founders_left(doc: Doc, sent: tuple[int, int], cands: list[ActorRef]) -> list[_Found]:
    """Split of a group from the group its founders left, told through the founders."""
    text = doc_text(doc)
    out: list[_Found] = []
    for m in _FOUNDED_BY.finditer(text, sent[0], sent[1]):
        left = next((c for c in cands if c.span[0] == m.end() and c.kind not in _NOT_GROUP), None)
        if left is None:
            continue
        line = _ITS_LINE.match(text, left.span[1])
        if line is None and (m.group("left").lower().startswith(("rejected", "refused")) or
                             re.match(r"['’]s?\s", text[left.span[1]:left.span[1] + 3])):
            continue  # ("abandoned the FARC's peace deal": the deal, not the group)
        # (what is founded is a group, whatever kind the resolver gave its name: "Jemaah Anshorut Tauhid" is no person)
        before = [c for c in cands if sent[0] <= c.span[0] and c.span[1] <= m.start() and c.kind not in _NOT_GROUP or
                  c.kind == "person" and c.span[1] <= m.start() and re.fullmatch(r",\s*|\s+(?:was|were)\s+",
                                                                                  text[c.span[1]:m.start()])]
        if not before:
            continue
        subj = _in_subject(before, _subject_span(doc, m.start(), sent), text)
        # an apposition ("X, founded in 2008 by P after he left Y, ...") or a passive ("X was set up by ..."): the
        # group named last before the verb with nothing but its apposition or auxiliary between
        new = subj[0] if subj else before[-1]
        if not re.fullmatch(r"\s*(?:,\s*(?:which\s+|that\s+)?)?(?:(?:was|were|had\s+been|has\s+been|is)\s+)?"
                            r"(?:(?:first|originally|reportedly|formally|jointly)\s+)?",
                            text[new.span[1]:m.start()]) and not subj:
            continue
        if new.span == left.span or (new.actor_id is not None and new.actor_id == left.actor_id):
            continue
        # (the trigger is the founding verb: "who rejected", "refused" tell the founders' break, not a denial of it)
        verb = re.match(r"set\s+up|\w+", text[m.start():m.end()])
        out.append(_Found("split", new, left, (m.start(), m.start() + (verb.end() if verb else 0)), sent, 0.7))
    return out


# Speed only, same matches: the patterns scanned over every sentence skip one that holds none of the literal
# words each match must hold (newsevents.nlp.regex_gate).
_FOUNDED_BY = gated(_FOUNDED_BY)
