"""Groups founded by people who left another group (session 14): "Hurras al-Din was set up in 2018 by al-Qaeda
loyalists who had left Hay'at Tahrir al-Sham", "Lashkar-e-Jhangvi was founded by Riaz Basra and other militants who
walked out of Sipah-e-Sahaba", "Jemaah Anshorut Tauhid, founded in 2008 by Abu Bakar Ba'asyir after he left the
Majelis Mujahidin Indonesia": the group founded split from the group its founders left. The founders are people,
not groups, so the rules, which read a relation between two named groups around one trigger, do not see it."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.extract.relations_args import NOT_GROUP, _Found, _in_subject, _subject_span
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
# "founded in 2012 by former members of Jundallah", "set up by a group of former commanders of the TTP", "announced by
# former Pakistani Taliban commanders", "founded by P and former Milenio Cartel lieutenants": founders who had been in
# another group are read as having left it (session 18); before "former" only names, commas and "and" (not "by the
# government to help former FARC fighters")
_PEOPLE = r"(?:members|commanders|fighters|cadres|officers|leaders|lieutenants|militants|veterans|negotiators|soldiers)"
_DATES = (r"(?:(?:in|on|around|during)\s+(?:(?:early|late|mid)\s+)?(?:\w+\s+)?(?:\d{1,2}\s+)?\d{4}\s*,?\s+|"
          r"(?:in|at)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)*+")
_FOUNDED_BY_FORMER = re.compile(
    r"\b" + _FOUNDING + r"\s+" + _DATES + r"by\s+(?:(?:(?-i:[A-Z])[\w'’.-]*,?|and)\s+){0,6}?(?:a\s+(?:group|handful|band|number)\s+of\s+)?"
    r"(?:former|ex-?)\s+(?:(?P<of>" + _PEOPLE + r")\s+of\s+(?:the\s+)?)?", re.I)
_PEOPLE_AFTER = re.compile(r"\s+" + _PEOPLE + r"\b", re.I)
# the founded group told by a pronoun or a descriptor ("It was set up by ...", "The sectarian group was founded by ..."):
# the one group the sentence before names ("Who are Lashkar-e-Jhangvi? The sectarian group was founded ...")
_DESCRIBED_SUBJECT = re.compile(r"(?:it|the\s+(?:[\w'’-]+\s+){0,3}?(?:group|faction|organi[sz]ation|movement|gang|"
                                r"cartel|militia|outfit|network|front))\s+(?:was|had\s+been|has\s+been|is)\s+"
                                r"(?:(?:first|originally|reportedly|formally|jointly)\s+)?$", re.I)
# words after the group left that make it the group: "rejected the NDFB's leadership", "refused to follow HTS's break
# with al-Qaeda"; "rejected" and "refused" need them (one rejects a deal, not a group)
_ITS_LINE = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:leadership|leaders|break|line|turn|course|command|rapprochement)\b")
FOUNDING_VERB = re.compile(_FOUNDING, re.I)


def _former_members_of(text: str, sent: tuple[int, int], cands: list[ActorRef]) -> list[tuple[re.Match[str], ActorRef]]:
    """The founding verbs whose founders had been in a group ("by former members of Y", "by former Y commanders"),
    with that group."""
    out = []
    for m in _FOUNDED_BY_FORMER.finditer(text, sent[0], sent[1]):
        left = next((c for c in cands if c.span[0] == m.end() and c.kind not in NOT_GROUP and c.via != "member-of"),
                    None)
        if left is None and not m.group("of"):
            # ("former Pakistani Taliban commanders": the member phrase stands for its group, see relations.run)
            left = next((c for c in cands if c.span[0] == m.end() and c.via == "member-of" and
                         (people := _PEOPLE_AFTER.search(text, c.span[0], c.span[1])) is not None and
                         people.end() == c.span[1]), None)
        elif left is not None and not m.group("of") and not _PEOPLE_AFTER.match(text, left.span[1]):
            left = None
        if left is None:
            continue
        out.append((m, left))
    return out


def founders_left(doc: Doc, sent: tuple[int, int], cands: list[ActorRef],
                  prev: list[ActorRef] | tuple[ActorRef, ...] = ()) -> list[_Found]:
    """Split of a group from the group its founders left, told through the founders; prev: the mentions of the
    sentence before, where a pronoun or a descriptor ("It was set up by", "The group was founded by") finds the
    founded group."""
    text = doc_text(doc)
    out: list[_Found] = []
    found = [(m, next((c for c in cands if c.span[0] == m.end() and c.kind not in NOT_GROUP), None))
             for m in _FOUNDED_BY.finditer(text, sent[0], sent[1])]
    found += [(m, left) for m, left in _former_members_of(text, sent, cands)
              if not any(n.start() == m.start() for n, _ in found)]
    for m, left in found:
        if left is None:
            continue
        line = _ITS_LINE.match(text, left.span[1])
        if "left" in m.re.groupindex and line is None and (
                m.group("left").lower().startswith(("rejected", "refused")) or
                re.match(r"['’]s?\s", text[left.span[1]:left.span[1] + 3])):
            continue  # ("abandoned the FARC's peace deal": the deal, not the group)
        # (what is founded is a group, whatever kind the resolver gave its name: "Jemaah Anshorut Tauhid" is no person)
        before = [c for c in cands if sent[0] <= c.span[0] and c.span[1] <= m.start() and c.kind not in NOT_GROUP and
                  not re.match(r"-[a-z]", text[c.span[1]:c.span[1] + 2]) or
                  c.kind == "person" and c.span[1] <= m.start() and re.fullmatch(r",\s*|\s+(?:was|were)\s+",
                                                                                  text[c.span[1]:m.start()])]
        if not before and _DESCRIBED_SUBJECT.fullmatch(text, sent[0], m.start()):
            named = {c.actor_id: c for c in prev if c.kind not in NOT_GROUP and c.via != "coreference" and
                     c.actor_id is not None}
            if len(named) == 1:
                only = next(iter(named.values()))
                if only.actor_id != left.actor_id:
                    out.append(_Found("split", only, left, _verb_span(text, m), sent, 0.7))
            continue
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
        out.append(_Found("split", new, left, _verb_span(text, m), sent, 0.7))
    return out


def _verb_span(text: str, m: re.Match[str]) -> tuple[int, int]:
    verb = re.match(r"set\s+up|\w+", text[m.start():m.end()])
    return m.start(), m.start() + (verb.end() if verb else 0)


# Speed only, same matches: the patterns scanned over every sentence skip one that holds none of the literal
# words each match must hold (newsevents.nlp.regex_gate).
_FOUNDED_BY = gated(_FOUNDED_BY)
_FOUNDED_BY_FORMER = gated(_FOUNDED_BY_FORMER)
