"""Splits told without the usual 'from': the name of the group that broke away ('left X and formed Y', 'split from
X, calling itself Y'), a breakaway whose parent is named elsewhere ('X broke away in 2014, taking much of Y's Mohmand
chapter with it'; the parent in the sentence before), 'Y suffered a split when X walked out', 'Y split, and X was born';
a splinter that merges back into its parent ('X, a Y offshoot, merged back into its parent'); old partners named by
a possessive ('turned its guns on its former comrades'); and a founder's break that is his new group's ('X was set up
by P after he broke with Y')."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from newsevents.extract.relations_args import _coordinated, _Found, _in_subject, _named_org, _org, _subject_span
from newsevents.extract.relations_names import _fallback_ref, _name_at, normalise_group_name
from newsevents.models import ActorRef
from newsevents.nlp import doc_text
from newsevents.nlp.regex_gate import gated

_NEW_NAME_GAP = re.compile(
    r"(?:\s+with\s+(?:their|his|its)\s+(?:men|fighters|followers|troops|units|supporters))?"
    r"(?:\s+(?:in|on|during)\s+[\w ]{1,20}?|\s+(?:last|this)\s+\w+)?\s*(?:,\s*[^,;.]{1,50},)?\s*,?\s*(?:(?:and|to)\s+"
    r"(?:later\s+|then\s+|subsequently\s+|soon\s+|quickly\s+)?(?:formed|form|founded|found|set\s+up|created|create|"
    r"established|establish|launched|launch|started|start|announced|became|become|turned\s+into|revived|revive|"
    r"resurrected|resurrect|relaunched|relaunch|"
    r"reconstituted\s+as|re-?emerged\s+as)|(?:and\s+)?(?:now\s+|later\s+|then\s+|\w+ly\s+)?(?:calling|naming|styling|renaming|rebranding|"
    r"calls|called|names|named|styles|styled|renamed|rebranded|declar(?:ed|ing)|proclaim(?:ed|ing))\s+(?:itself|themselves)"
    r"(?:\s+as)?)\s+(?:(?:the|a|an|their|its)\s+)?(?:(?:new|rival|separate|own)\s+)?"
    r"(?:(?:group|faction|movement|organi[sz]ation|militia|outfit)\s*,?\s*(?:(?:called|named|known\s+as)\s+)?)?"
    r"(?:the\s+)?", re.I)
# "dissidents of Y formed X": between Y and the group founded
_FOUNDED_AFTER = re.compile(r"(?:\s+(?:\w+\s+){0,2}?)?\s*(?:later\s+|then\s+)?(?:formed|founded|set\s+up|created|launched|"
                            r"established|gave\s+birth\s+to|produced|spawned|led\s+to\s+the\s+(?:creation|formation|birth)\s+of)\s+(?:in\s+\d{4}\s+)?(?:(?:the|a|an|their|its)\s+)?(?:(?:new|own|rival|separate)\s+)?"
                            r"(?:(?:group|faction|movement|organi[sz]ation|militia)\s*,?\s*(?:(?:called|named|known\s+as)\s+)?)?"
                            r"(?:the\s+)?", re.I)
_FOUNDED_BY = re.compile(r"\b(?:(?:was|were)\s+(?:\w+ly\s+)?)?(?:formed|founded|created|established|set\s+up|launched|"
                         r"started|emerged|born)\s+(?:in\s+\d{4}\s+)?(?:by|after|when)\b(?:\s+(?:several|some|many|a\s+group\s+of|"
                         r"dozens\s+of|hundreds\s+of))?", re.I)


# "Commanders who defected from X founded Y": the verb of the clause the relative one hangs on, with no "and"
_FOUNDED_BARE = re.compile(r"(?:\s+in\s+\d{4})?\s+(?:then\s+|later\s+)?(?:formed|founded|set\s+up|created|established|"
                           r"launched)\s+(?:(?:the|a|an|their|its)\s+)?(?:(?:new|rival|separate|own)\s+)?(?:(?:group|"
                           r"faction|movement|organi[sz]ation|militia|outfit)\s*,?\s*(?:(?:called|named|known\s+as)\s+)?)?"
                           r"(?:the\s+)?", re.I)


def _split_new_name(doc: Doc, left: ActorRef, cands: list[ActorRef], sent: tuple[int, int],
                    relative: bool = False) -> ActorRef | None:
    """The group formed by those who left: 'left X and formed Y', 'split from X, calling itself Y' (Y may be a name
    nobody knew: 'walked away from X to form the Aleppo Shield'); with relative (the trigger opens a relative
    clause: 'commanders who defected from X founded Y'), also a founding verb with no 'and'."""
    text = doc_text(doc)
    for m in cands:
        if m.span[0] >= left.span[1] and m.via != "coreference":
            gap = text[left.span[1]:m.span[0]]
            ok = (_NEW_NAME_GAP.fullmatch(gap) or relative and _FOUNDED_BARE.fullmatch(gap)) and _org(m) and \
                m.actor_id != left.actor_id
            return m if ok else None
    gap = _NEW_NAME_GAP.match(text, left.span[1], sent[1])
    if gap is None or not re.search(r"\b(?:form|found|set|creat|establish|launch|start|announc|call|nam|styl|renam|"
                                    r"rebrand|became|become|turned|reconstitut|emerged|reviv|resurrect|relaunch|declar|proclaim)",
                                    gap.group(0), re.I):
        return None
    return _name_at(doc, gap.end(), sent[1], cands, new_group=True)


# "X broke away in 2014", "X split off, angry at Y's leadership": a breakaway with no "from" (not "broke off talks",
# nor "X splintered", which tells X fell apart)
_BARE_BREAK = re.compile(
    r"\b(?:br(?:oke|eaks?|eaking)\s+(?:away|off)|split(?:s|ting)?\s+(?:off|away)|splinter(?:ed|s|ing)?\s+(?:off|away)|"
    r"spun\s+off|peeled\s+(?:off|away)|walked\s+(?:out|away)|stormed\s+out|seceded|(?:go|goes|going|went|gone)\s+"
    r"(?:its|their)\s+own\s+way|str(?:uck|ike|ikes|iking)\s+out\s+on\s+(?:its|their)\s+own)\b"
    r"(?=\s*(?:[,.;]|$|(?:in|on|during|last|this|after|when|over|amid|and|to|taking|angry|in\s+protest|rather|under|"
    r"with|led|along)\b))", re.I)
# a parent named as the owner of a unit the splinter was: "X began as Y's enforcers", "X started out as a Y unit"
_UNIT_AFTER = re.compile(r"\s+(?:unit|faction|wing|branch|cell|affiliate|brigade|battalion|enforcers|chapter)s?\b", re.I)
# "X, once part of Y, broke away": the group the splinter belonged to
_PART_OF_BEFORE = re.compile(r"\b(?:part|member|unit|wing|faction|branch|arm|affiliate|offshoot)\s+of\s+(?:the\s+)?$", re.I)
# "Y was weakened when X broke away": the group of the main clause is the one left
_CLAUSE_OPENER = re.compile(r"\b(?:after|when|because|since|before|while|as|until|once)\s+(?!\d)", re.I)
_WHEN_BEFORE = re.compile(r"\b(?:when|as|after|since)\s+(?:the\s+)?$", re.I)
# "Y suffered a breakaway in 2016, when X walked out"
_SUFFERED = re.compile(r"\b(?:suffered|saw|faced|endured|experienced)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?(?:breakaway|split|"
                       r"schism|defection|walkout|walk-out|splintering|rupture)s?\b(?=[^.;]{0,40}?\b(?:when|as|after)\s)",
                       re.I)
# "Y split in 2000, and X was born": the split and the group it bore
_SPLIT_AND = re.compile(r"\b(?:split|splintered|fractured|broke\s+(?:up|apart))(?:\s+(?:in|during)\s+[\w ]{1,20}?)?\s*,?\s+"
                        r"and\s+(?:the\s+)?$", re.I)
# "Y fractured in 2024, with X and Z going to war": each group named after "with" broke from Y
_FRACTURED_WITH = re.compile(r"\b(?:fractured|split|splintered|broke\s+(?:up|apart))(?:\s+(?:in|during)\s+[\w ]{1,20}?)?\s*,\s+"
                             r"with\s+(?:the\s+)?$", re.I)
_BORN_AFTER = re.compile(r"\s+(?:was|were)\s+(?:\w+ly\s+)?(?:born|formed|created|founded|launched)\b|\s+(?:emerged|came\s+into\s+"
                         r"being)\b", re.I)
# "X, a Y offshoot, merged back into its parent", "X, which had broken with Y, was reabsorbed into the movement"
_BACK_TO_PARENT = re.compile(
    r"\b(?:merged|folded|reabsorbed|re-absorbed|absorbed|reintegrated|re-integrated|returned|rejoined|dissolved)\s+"
    r"(?:itself\s+)?(?:back\s+)?(?:into|to|with)\s+(?:its|their)\s+(?:former\s+|old\s+|original\s+)?(?:parent|mother)"
    r"(?:\s+(?:group|organi[sz]ation|movement|body))?\b|\b(?:reabsorbed|re-absorbed|reintegrated|re-integrated|merged\s+back|"
    r"folded\s+back)\s+into\s+the\s+(?:parent\s+)?(?:movement|group|organi[sz]ation)\b|\brejoin(?:ed|s|ing)\s+(?:it|them)\b",
    re.I)
# "X rejoined Y in 2020 after years on its own": a splinter's return is a merger back into the parent
_REJOINED = re.compile(r"\b(?:rejoin|re-join)\w*\b", re.I)
_ON_ITS_OWN = re.compile(r"\b(?:on\s+(?:its|their)\s+own|apart|as\s+an?\s+(?:independent|separate)\s+\w+|after\s+(?:its|their|"
                         r"the)\s+(?:\d{4}\s+)?(?:split|break|breakaway|rupture|schism))\b", re.I)
_INTO_CUE = re.compile(r"\b(?:into|giving|spawning)\b")
_OWNER_END = re.compile(r"['’]s?\s")
# a word every reader of `breakaways` needs (_BARE_BREAK, _SUFFERED, _SPLIT_AND, _FRACTURED_WITH, _BACK_TO_PARENT)
_CUES = re.compile(r"\b(?:br(?:oke|eak)|split|splinter|spun|peeled|walked|stormed|seceded|own\s+way|own\b|suffered|saw|"
                   r"faced|endured|experienced|fractured|merged|folded|re-?absorbed|absorbed|re-?integrated|returned|"
                   r"rejoin|dissolved)", re.I)


def _subject_org(doc: Doc, t0: int, sent: tuple[int, int], cands: list[ActorRef]) -> ActorRef | None:
    """The organisation the parse gives as the subject of the word at t0 (a possessor gives way to what it owns)."""
    text = doc_text(doc)
    before = [m for m in cands if m.span[1] <= t0 and m.via != "coreference"]
    subj = [m for m in _in_subject(before, _subject_span(doc, t0, sent), text) if not _OWNER_END.match(text, m.span[1])]
    return subj[0] if subj else None


def _parent_elsewhere(text: str, splinter: ActorRef, cands: list[ActorRef], prev: list[ActorRef],
                      parents: dict[tuple[int, int], ActorRef], trigger_end: int) -> ActorRef | None:
    """The group a breakaway with no 'from' left: the possessor named in the sentence ("taking much of Y's Mohmand
    chapter with it", "angry at Y's leadership": parents gives a member phrase's group), or, where the sentence
    names no other group, the first one named in the sentence before ("Y had long been riven by quarrels. In 2003
    X broke away."); not a group in a clause of its own after the breakaway ("... after Y's leaders deposed him")."""
    named = [m for m in cands if m.via != "coreference" and _named_org(m) and m.span != splinter.span and
             (m.actor_id is None or m.actor_id != splinter.actor_id)]
    others = [m for m in named if not _CLAUSE_OPENER.search(text, trigger_end, max(trigger_end, m.span[0]))]
    owners = [parents.get(m.span, m) for m in others if _OWNER_END.match(text, m.span[1]) or m.span in parents or
              _UNIT_AFTER.match(text, m.span[1]) or _PART_OF_BEFORE.search(text, max(0, m.span[0] - 30), m.span[0])]
    if owners:
        return owners[0]
    main = [m for m in others if m.span[1] <= splinter.span[0]]
    if main and _WHEN_BEFORE.search(text, main[-1].span[1], splinter.span[0]):
        return main[0]
    if named:
        return None
    return next((m for m in prev if _named_org(m) and m.actor_id != splinter.actor_id), None)


def _bare_breaks(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef],
                 prev: list[ActorRef], parents: dict[tuple[int, int], ActorRef]) -> list[_Found]:
    """'X broke away in 2014, taking much of Y's chapter with it', 'P's followers broke away and formed X' (the
    parent named in the sentence before): X split from Y."""
    text = doc_text(doc)
    out: list[_Found] = []
    for hit in _BARE_BREAK.finditer(text, sent[0], sent[1]):
        new = _new_after(doc, hit.end(), cands, sent)
        subject = _subject_org(doc, hit.start(), sent, cands)
        if new is not None and subject is not None and _org(subject):
            continue  # "X broke away and formed Y": Y split from X (a rule of the table)
        # (an acronym the tagger took for a person is a group: "the CNRD split off")
        splinter = new or (subject if subject is not None and (_org(subject) or re.fullmatch(r"[A-Z]{2,8}", subject.text))
                           else None)
        if splinter is None or any(f.type == "split" and f.source.span == splinter.span for f in found):
            continue
        parent = _parent_elsewhere(text, splinter, cands, prev, parents, hit.end())
        if parent is not None:
            out.append(_Found("split", splinter, parent, hit.span(), sent, 0.6))
    return out


def _new_after(doc: Doc, pos: int, cands: list[ActorRef], sent: tuple[int, int]) -> ActorRef | None:
    """The group founded right after a breakaway verb: '... broke away and formed the MILF'."""
    text = doc_text(doc)
    gap = _NEW_NAME_GAP.match(text, pos, sent[1])
    if gap is None or not re.search(r"\b(?:form|found|set|creat|establish|launch|call|nam|styl|declar|proclaim)",
                                    gap.group(0), re.I):
        return None
    named = next((m for m in cands if m.span[0] == gap.end() and m.via != "coreference"), None)
    return named if named is not None and _org(named) else _name_at(doc, gap.end(), sent[1], cands, new_group=True)


def _suffered(doc: Doc, sent: tuple[int, int], cands: list[ActorRef]) -> list[_Found]:
    """'Y suffered a breakaway in 2016, when X walked out': X split from Y."""
    text = doc_text(doc)
    out: list[_Found] = []
    named = [m for m in cands if m.via != "coreference" and _org(m)]
    for hit in _SUFFERED.finditer(text, sent[0], sent[1]):
        parent = _subject_org(doc, hit.start(), sent, cands)
        splinter = next((m for m in named if m.span[0] >= hit.end() and m.span[0] - hit.end() <= 60), None)
        if parent is not None and splinter is not None and splinter.actor_id != parent.actor_id:
            out.append(_Found("split", splinter, parent, hit.span(), sent, 0.6))
    return out


def _split_and_born(text: str, sent: tuple[int, int], cands: list[ActorRef]) -> list[_Found]:
    """'Y split in 2000, and X was born', 'Y fractured in 2024, with X and Z going to war': X (and Z) split from Y."""
    out: list[_Found] = []
    named = [m for m in cands if m.via != "coreference" and _org(m)]
    for parent, first in zip(named, named[1:]):
        if _FRACTURED_WITH.search(text, parent.span[1], first.span[0]) and \
                re.match(r"\s+(?:fractured|split|splintered|broke)", text[parent.span[1]:first.span[0]]):
            out.extend(_Found("split", m, parent, (parent.span[1], first.span[0]), sent, 0.6)
                       for m in _coordinated([m for m in named if m.span[0] >= first.span[0]], text, first)[:4]
                       if m.actor_id != parent.actor_id)
    for parent, new in zip(named, named[1:]):
        if _SPLIT_AND.search(text, parent.span[1], new.span[0]) and re.match(r"\s+(?:split|splintered|fractured|broke)",
                                                                          text[parent.span[1]:new.span[0]]) and \
                _BORN_AFTER.match(text, new.span[1]) and new.actor_id != parent.actor_id:
            out.append(_Found("split", new, parent, (parent.span[1], new.span[0]), sent, 0.6))
    return out


# "X split in 1974 into A and B", "X has been divided into the A and the B", "X broke apart, giving rise to A and B"
_BROKE_INTO = re.compile(r"\s+(?:(?:has|had|have|was|were|been|itself|themselves|eventually|later|then|finally|soon|for\s+"
                         r"(?:two|three|four|\w+)\s+(?:years|decades)|in\s+\d{4})\s+)*"
                         r"(?:split|splintered|fractured|fragmented|divided|broke\s+(?:up|apart))(?:\s+in\s+\d{4})?"
                         r"(?:\s+into|\s*,\s*giving\s+(?:rise|birth)\s+to|\s*,\s*spawning)\s+(?:the\s+)?", re.I)
# one fragment: a capitalised name, with at most one lower-case word of its own ("ETA militar", "Canal historique")
_FRAGMENT = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|del|of|al-\w+))*"
                       r"(?:\s+(?!and\b|the\b|in\b|on\b)[a-zé][\w'’éí-]*)?(?=\s*(?:,|\.|;|$|\s+and\b|\s+in\s+\d{4}))")
_GENERIC_PARTS = frozenset({"camps", "factions", "wings", "groups", "halves", "blocs", "parts", "branches", "units",
                            "movements", "organisations", "organizations", "cells"})
# an acronym the resolver took for a person can still be the group that broke up ("The FLNC split in 1990 into ...")
_ACRONYM_NAME = re.compile(r"[A-Z][A-Z0-9]{2,6}(?:-[A-Z0-9]{1,4})?")
# the fragments then fought each other: "factions that now kill each other's members", "the two wings killed one
# another"
_EACH_OTHER = re.compile(r"\b(?:fought|fight|fighting|kill(?:ed|s|ing)?|clash(?:ed|es|ing)?|battl(?:ed|ing|e)|"
                         r"turned\s+their\s+guns\s+on|war(?:red|ring)?\s+(?:on|with)|gunn(?:ed|ing)\s+down|sh(?:ot|ooting)\s+at)\s+"
                         r"(?:\w+\s+){0,2}?(?:each\s+other|one\s+another)", re.I)


def _fragment(doc: Doc, pos: int, end: int, cands: list[ActorRef]) -> ActorRef | None:
    """The fragment named at pos: the mention there when it covers the name, else the name as a new group (not a
    place, person or date by spaCy's label, nor a name with a generic noun: "Kisangani camps")."""
    text = doc_text(doc)
    m = _FRAGMENT.match(text, pos, end)
    if m is None or len(m.group(0).split()) > 5 or m.group(0).split()[-1] in _GENERIC_PARTS:
        return None
    known = next((c for c in cands if c.span[0] == m.start() and c.span[1] <= m.end() and c.via != "coreference"),
                 None)
    if known is not None and (known.span[1] == m.end() or
                              not re.fullmatch(r"\s+[a-zé][\w'’éí-]*", text[known.span[1]:m.end()])):
        # the resolver's name, unless the phrase only adds a lower-case word of the name ("ETA militar")
        return known if _org(known) and known.kind != "state" else None
    if any(e.label_ in ("GPE", "LOC", "PERSON", "DATE") and e.start_char <= m.start() and m.end() <= e.end_char
           for e in doc.ents):
        return None
    return _fallback_ref(text, m.start(), m.end(), via="slot-name", confidence=0.5)


def split_into(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations with each fragment of a group that broke up into named parts ("ETA split in 1974 into
    ETA militar and ETA politico-militar": each -> ETA), and a rivalry between two fragments that then fought "each
    other" (round 15)."""
    text = doc_text(doc)
    for parent in (m for m in cands if m.via != "coreference" and (_named_org(m) or _ACRONYM_NAME.fullmatch(m.text))):
        verb = _BROKE_INTO.match(text, parent.span[1], sent[1])
        first = _fragment(doc, verb.end(), sent[1], cands) if verb is not None else None
        if first is None:
            continue
        parts = [first]
        conj = re.match(r"\s*,?\s+and\s+(?:the\s+)?", text[first.span[1]:sent[1]])
        second = _fragment(doc, first.span[1] + conj.end(), sent[1], cands) if conj is not None else None
        if second is not None:
            parts.append(second)
        names = {normalise_group_name(parent.text)}
        parts = [p for p in parts if normalise_group_name(p.text) not in names]
        if not parts:
            continue
        # (a fragment the rules already read stays as they read it)
        new = [p for p in parts if not any(f.type == "split" and f.source.span[0] < p.span[1] and
                                           p.span[0] < f.source.span[1] for f in found)]
        trigger = (verb.start() + len(verb.group(0)) - len(verb.group(0).lstrip()), verb.end())
        out = found + [_Found("split", p, parent, trigger, sent, 0.7) for p in new]
        fought = _EACH_OTHER.search(text, parts[-1].span[1], sent[1])
        if len(parts) == 2 and fought is not None and not any(
                f.type == "rivalry" and {f.source.span, f.target.span} == {p.span for p in parts} for f in found):
            out.append(_Found("rivalry", parts[0], parts[1], fought.span(), sent, 0.6))
        return out
    return found


def _back_to_parent(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """'X, a Y offshoot, merged back into its parent': X merges into the group it had split from (named by the
    sentence's split, or the group 'its parent' / 'the movement' stands for)."""
    text = doc_text(doc)
    out: list[_Found] = []
    for hit in _BACK_TO_PARENT.finditer(text, sent[0], sent[1]):
        left = [f for f in found if f.type == "split" and f.source.span[1] <= hit.start()]
        if left:
            out.append(_Found("merger", left[-1].source, left[-1].target, hit.span(), sent, 0.7))
            continue
        subject = _subject_org(doc, hit.start(), sent, cands)
        parent = next((m for m in cands if m.via == "coreference" and hit.start() <= m.span[0] < hit.end()), None)
        if subject is not None and parent is not None and parent.actor_id != subject.actor_id:
            out.append(_Found("merger", subject, parent, hit.span(), sent, 0.6))
    return out


def _named_end(m: ActorRef, cands: list[ActorRef]) -> ActorRef:
    """A pronoun or description ('its', 'the movement') whose group the sentence names gives way to that name."""
    if m.via != "coreference" or m.actor_id is None:
        return m
    return next((c for c in cands if c.via != "coreference" and c.actor_id == m.actor_id), m)


# "turned its guns on its former comrades", "... on their former partner, P's Y": an old tie named by a possessive
_FORMER_TIE = re.compile(r"\s+(?:former|erstwhile|one-?time|old)\s+(?:[\w-]+\s+)?(?:comrades|comrades-in-arms|partners?|"
                         r"all(?:y|ies)|patrons?|masters|brothers-in-arms|parent(?:\s+(?:group|organi[sz]ation))?)\b",
                         re.I)


def _former_tie_of(m: ActorRef, text: str) -> re.Match[str] | None:
    """"its former comrades", "their erstwhile partner": a possessive pronoun naming an old partner."""
    return _FORMER_TIE.match(text, m.span[1]) if m.via == "coreference" and m.text.lower() in ("its", "their") else None


def _former_partner(after: list[ActorRef], text: str) -> list[ActorRef] | None:
    """The objects with a possessive pronoun naming an old partner replaced by the name in apposition ("their former
    partner, P's Y": Y); None when the object is no such phrase or names none."""
    tie = _former_tie_of(after[0], text)
    named = next((m for m in after[1:4] if _named_org(m) and
                  re.fullmatch(r"\s*,\s*(?:the\s+)?(?:[^,;]{1,40}?['’]s\s+)?", text[tie.end():m.span[0]])),
                 None) if tie is not None else None
    return None if named is None else [named, *[m for m in after if m.span[0] > named.span[0]]]


def former_comrades(text: str, found: list[_Found]) -> list[_Found]:
    """A rivalry with "its former comrades" goes to the group the same subject split from in the sentence ("broke away
    from Y and turned its guns on its former comrades": Y); with no such split it is dropped (the pronoun is the
    subject itself)."""
    out = []
    for f in found:
        if f.type == "rivalry" and _former_tie_of(f.target, text) is not None:
            left = next((g.target for g in found if g.type == "split" and g.source.span == f.source.span), None)
            if left is None:
                continue
            f = dataclasses.replace(f, target=left)
        out.append(f)
    return out


_FOUNDING_VERB = r"(?:set\s+up|founded|launched|formed|created|established|started|build|built|found|form|launch|create)"
# "P set up X", "P ... and launched the X movement", "P broke with Y in 2014 to build X"; "X was founded in 2000 by P"
_FOUNDER_BEFORE = re.compile(r"\s+(?:[^.;]{0,80}?\b(?:and|then|to)\s+)?(?:\w+ly\s+)?" + _FOUNDING_VERB +
                             r"\s+(?:in\s+\d{4}\s+)?(?:the\s+|a\s+new\s+(?:group|movement|party|faction)\s*,?\s*)?", re.I)
_FOUNDER_AFTER = re.compile(r"\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?" + _FOUNDING_VERB +
                            r"(?:\s+in\s+\d{4})?\s+by\s+(?:\w+\s+){0,2}?", re.I)


# "X, which P founded in 2010 after breaking with Y" (round 13): whatever the resolver took P for, P founded X
_WHICH = re.compile(r"\s*,?\s*(?:which|that|whom)\s+", re.I)
_FOUNDED_REL = re.compile(r"\s+(?:had\s+)?(?:\w+ly\s+)?(?:set\s+up|founded|launched|formed|created|established|started)\b",
                          re.I)


def founders_splits(text: str, found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """A split whose source is a person who founded a group in the same sentence is that group's ("X was set up by P
    after he broke with Y", "P led his followers out of Y and launched X", "X, which P founded after breaking with Y":
    X split from Y)."""
    out = []
    for f in found:
        p = f.source
        relative = _FOUNDED_REL.match(text, p.span[1]) is not None
        if f.type == "split" and (p.kind == "person" or relative):
            founded = next((x for x in cands if _named_org(x) and x.kind != "person" and x.actor_id != f.target.actor_id
                            and (p.kind == "person" and (
                                x.span[0] >= p.span[1] and _FOUNDER_BEFORE.fullmatch(text, p.span[1], x.span[0]) or
                                x.span[1] <= p.span[0] and _FOUNDER_AFTER.fullmatch(text, x.span[1], p.span[0])) or
                                 relative and x.span[1] <= p.span[0] and _WHICH.fullmatch(text, x.span[1], p.span[0]))),
                           None)
            if founded is not None:
                f = dataclasses.replace(f, source=founded)
        out.append(f)
    return out


def breakaways(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef],
               prev: list[ActorRef], parents: dict[tuple[int, int], ActorRef]) -> list[_Found]:
    """The sentence's relations with the splits told without 'from' and the mergers back into a parent added (a
    merger's pronoun end replaced by the name it stands for); prev: the mentions of the sentence before; parents:
    the group of each member phrase ("Y's leadership": Y)."""
    text = doc_text(doc)
    out = founders_splits(text, found, cands)
    if _INTO_CUE.search(text, sent[0], sent[1]):
        out = split_into(doc, sent, out, cands)
    if _CUES.search(text, sent[0], sent[1]):  # most sentences tell no split or return: skip the readers
        extra = _bare_breaks(doc, sent, found, cands, prev, parents) + _suffered(doc, sent, cands) + \
            _split_and_born(text, sent, cands)
        known = {(f.type, f.source.span, f.target.span) for f in out}
        out = out + [f for f in extra if (f.type, f.source.span, f.target.span) not in known]
        back = _back_to_parent(doc, sent, out, cands)
        if back:
            ends = {(f.source.actor_id, f.target.actor_id) for f in back}
            out = [f for f in out if not (f.type in ("merger", "affiliation", "pledge") and
                                          (f.source.actor_id, f.target.actor_id) in ends)] + back
    # (a group that rejoins the one it left returns into it: a merger, with or without "after years on its own";
    # a member who rejoins stays a member, round 15)
    out = [dataclasses.replace(f, type="merger") if f.type == "affiliation" and _REJOINED.match(
        text, f.trigger[0], f.trigger[1]) and (_ON_ITS_OWN.search(text, sent[0], sent[1]) or (
            _named_org(f.source) and f.source.via != "member-of")) else f for f in out]
    return [dataclasses.replace(f, source=_named_end(f.source, cands), target=_named_end(f.target, cands))
            if f.type in ("merger", "split") else f for f in out]


# Speed only, same matches: the patterns scanned over every sentence skip one that holds none of the literal
# words each match must hold (newsevents.nlp.regex_gate).
_CUES = gated(_CUES)
_INTO_CUE = gated(_INTO_CUE)
