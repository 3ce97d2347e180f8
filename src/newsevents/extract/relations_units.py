"""Sub-units named with their group: "the FARC dissidents of the 10th Front", "the FARC dissidents' 33rd Front". The
unit, not the group it is told through, is the party to the sentence's relation ("the war between the ELN and the
FARC dissidents of the 10th Front": ELN - 10th Front). The unit's own tie to the group is not read: the tuning sets
annotate it once in four such sentences. A group's governing body named after its possessive ("Hezbollah's Shura
Council picked P as secretary-general") acts for the group (round 13)."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from newsevents import kb
from newsevents.extract.actors import provisional_id
from newsevents.extract.relations_args import _Found
from newsevents.models import ActorRef
from newsevents.nlp import doc_text
from newsevents.nlp.regex_gate import gated

# a unit named by number or by name and a unit word, right after "<group> ... of the" or "<group>'s"
_UNIT_AFTER = re.compile(r"(?:\s+of\s+(?:the|its|their)\s+|['’]s?\s+)(?P<unit>(?:\d{1,3}(?:st|nd|rd|th)|(?:First|"
                         r"Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth))\s+(?:Front|Bloc|Block|Column|"
                         r"Brigade|Battalion|Division|Regiment|Company|Legion|Corps|Structure)s?)\b")
# a governing body of the group before the possessive: it acts for that group
_ORGAN = re.compile(r"(?:(?:Leadership|Shura|Central|Executive|Supreme|Military|Political)\s+)?(?:Shura|Council|"
                    r"Command|Secretariat|Politburo|Leadership|Committee|Majlis)$", re.I)
_OWNED_BY = re.compile(r"['’]s?\s+(?:the\s+)?$")


def _owner_of_organ(text: str, m: ActorRef, cands: list[ActorRef]) -> ActorRef | None:
    """The group whose governing body the mention names ("Hezbollah's Shura Council": Hezbollah)."""
    if not _ORGAN.search(m.text) or m.actor_id is not None and not m.provisional:
        return None
    return next((o for o in cands if o.span[1] <= m.span[0] and o.via != "coreference" and o.kind != "person" and
                 _OWNED_BY.fullmatch(text, o.span[1], m.span[0])), None)


def _unit_of(text: str, owner: ActorRef, cands: list[ActorRef], sent: tuple[int, int]) -> ActorRef | None:
    """The numbered unit named right after the owner's mention, as a mention (the resolver's when it has one)."""
    m = _UNIT_AFTER.match(text, owner.span[1], sent[1])
    if m is None:
        return None
    span = m.span("unit")
    known = next((c for c in cands if c.span == span), None)
    if known is not None:
        return known
    name = m.group("unit")
    return ActorRef(text=name, span=span, actor_id=provisional_id(name), name=name, kind="armed_group",
                    provisional=True, via="group-name", confidence=0.55, extractor="relations")


def with_units(text: str, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations with a group told through a numbered unit of its own replaced by that unit, and a
    group's governing body by the group."""
    out: list[_Found] = []
    for f in found:
        ends = [end if end.via == "coreference" else _unit_of(text, end, cands, sent) or
                _owner_of_organ(text, end, cands) or end for end in (f.source, f.target)]
        if ends[0].span == ends[1].span or ends == [f.source, f.target]:
            out.append(f)
        else:
            out.append(dataclasses.replace(f, source=ends[0], target=ends[1]))
    return out


# "the Bakura faction of Boko Haram", "the Dagoberto Ramos column of the Estado Mayor Central", "The Majeed Brigade of
# the BLA": a name (one to three capitalised words, not an article) and a unit word, then "of" and the group. The name
# may be a commander's (the resolver takes "Bakura" for a person) or run into the group's (a fallback name "Majeed
# Brigade of the Balochistan Liberation Army"): the unit is read off the words themselves (session 14).
_NAME_WORD = r"(?!(?:The|A|An|In|On|At|By|From|For|With|And|Or|But|Its|Their|His|Her|This|That|One|Two|Three)\s)" \
             r"(?:(?:al|el|ad|as|ash|an|ar|at)-)?[A-Z][\w'’.-]*"
_NAMED_UNIT_OF = re.compile(rf"(?<![\w'’-])(?P<unit>(?:{_NAME_WORD}\s+){{1,3}}(?:faction|column|wing|brigade|battalion|"
                            r"(?-i:Faction|Column|Wing|Brigade|Battalion|Front|Bloc|Block|Division)))\s+(?:of|within)\s+"
                            r"(?:the\s+)?(?=[\w'’-])")
# a leader's part of a group: "Abdelaziz al-Hilu's wing (of the SPLM-N)", "Isnilon Hapilon's faction", "Shekau's
# faction": one to three capitalised words, no acronym, before "'s" (not "the BIFF's"); `persons_part` also rules out
# a group's own name ("Boko Haram's faction", "the Free Syrian Army's wing")
_PERSONS_PART = re.compile(r"(?P<owner>(?:(?:al-|el-|bin\s|ibn\s|abu\s|Abu\s)?[A-Z][a-zà-öø-ÿ'’-]+\s+){0,2}"
                           r"(?:al-|el-)?[A-Z][a-zà-öø-ÿ-]+)['’]s\s+(?:faction|wing|camp|loyalists)")
_GROUP_HEAD = re.compile(r"\b(?:Army|Front|Forces?|Movement|Brigades?|State|Party|Council|Union|Cartel|Organi[sz]ation|"
                         r"Group|Alliance|Coalition|Militia|Haram|Sayyaf|Shabaab)$")


def persons_part(phrase: str) -> bool:
    """Whether the phrase is a leader's part of a group ('Isnilon Hapilon's faction'): the group itself, told by its
    leader, not a sub-unit of it. Not when the owner is a group: a name the knowledge base holds as no person, or one
    ending in a group head word ('Boko Haram's faction', 'the Islamic State's wing')."""
    m = _PERSONS_PART.fullmatch(phrase)
    if m is None or _GROUP_HEAD.search(m.group("owner")):
        return False
    known = kb.get_kb().lookup(m.group("owner"))
    return known is None or known.kind == "person"


_OWNER_KINDS = frozenset({"armed_group", "organisation", "group"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def named_units_of(doc: Doc, sent: tuple[int, int], mentions: list[ActorRef], found: list[_Found]) -> list[_Found]:
    """Affiliations of a named unit to the group after "of": the group must be a mention of an armed group or an
    organisation starting right there (not a state: "the Popular Front of Angola", not a person: "the Mahdi Army
    of Moqtada al-Sadr"), and no word of the unit's name a place ("the Gaza wing of Hamas" is described, not
    named). A unit the sentence's other readers already tied to the group is left to them."""
    text = doc_text(doc)
    out: list[_Found] = []
    for m in _NAMED_UNIT_OF.finditer(text, sent[0], sent[1]):
        owner = next((o for o in mentions if o.span[0] == m.end() and o.span[1] <= sent[1] and o.kind in _OWNER_KINDS
                      and o.via != "coreference" and (o.actor_id is not None or o.name)), None)
        if owner is None:
            continue
        span = m.span("unit")
        if persons_part(m.group("unit")):
            continue  # "Isnilon Hapilon's faction of the Abu Sayyaf": the group itself, told by its leader's part
        inside = [o for o in mentions if span[0] <= o.span[0] and o.span[1] <= span[1]]
        if re.match(r"\s+(?:and\s+)?[A-Z]", text[owner.span[1]:sent[1]]) or any(
                e.label_ == "NORP" and e.start_char <= owner.span[0] < e.end_char for e in doc.ents):
            continue  # the owner runs on into a longer name ("the United Front of Ethiopian Federalist ... Forces")
        if any(o.kind in ("state", "place") or o.kind == "armed_group" and not o.provisional for o in inside) or any(
                e.label_ in _PLACE_LABELS and span[0] <= e.start_char and e.end_char <= span[1] for e in doc.ents) or any(
                o.actor_id is not None and o.actor_id == owner.actor_id for o in inside):
            continue
        if any(f.type == "affiliation" and f.source.span[0] < span[1] and span[0] < f.source.span[1] and
               (f.target.actor_id or f.target.text) == (owner.actor_id or owner.text) for f in found):
            continue
        known = next((o for o in mentions if o.span == span and o.kind in _OWNER_KINDS), None)
        name = m.group("unit")
        unit = known or ActorRef(text=name, span=span, actor_id=provisional_id(name), name=name, kind="armed_group",
                                 provisional=True, via="group-name", confidence=0.6, extractor="relations")
        out.append(_Found("affiliation", unit, owner, (span[1], owner.span[0]), sent, 0.7))
    return out


# Speed only, same matches: the patterns scanned over every sentence skip one that holds none of the literal
# words each match must hold (newsevents.nlp.regex_gate).
_NAMED_UNIT_OF = gated(_NAMED_UNIT_OF)
