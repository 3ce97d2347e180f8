"""Sub-units named with their group: "the FARC dissidents of the 10th Front", "the FARC dissidents' 33rd Front". The
unit, not the group it is told through, is the party to the sentence's relation ("the war between the ELN and the
FARC dissidents of the 10th Front": ELN - 10th Front). The unit's own tie to the group is not read: the tuning sets
annotate it once in four such sentences. A group's governing body named after its possessive ("Hezbollah's Shura
Council picked P as secretary-general") acts for the group (round 13)."""

from __future__ import annotations

import dataclasses
import re

from newsevents.extract.actors import provisional_id
from newsevents.extract.relations_args import _Found
from newsevents.models import ActorRef

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
