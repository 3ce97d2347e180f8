"""Leaders told through what they did, not through a naming (session 15).

* **Taking the lead** (appoint P -> G): "P took over (the leadership of) G", "P took / assumed command of G", "P took
  control of the gang" (a description standing for G), "P became (the new) leader / emir / chairman of G", "P has led
  G since 2018", "G, which has been led by P since ...", "G ... led since 2020 by P". P must be a person and G an armed
  group or a known organisation (never a state, a town or an agency): "Hamas took over Gaza", "the Taliban took
  control of Kabul", "P took over the ministry", "P became a member of G" give nothing.
* **A leader's pledge is his group's** (pledge and accept): "Boko Haram's Abubakar Shekau swore allegiance to the
  Islamic State", "TTP chief P renewed his oath", "P of the Abu Sayyaf swears allegiance", "P, who took over Boko
  Haram ..., swore allegiance": the group the sentence ties the person to pledges, and the acceptance of "the oath"
  told after it is the group's. A person the sentence ties to no group keeps the pledge as read.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from newsevents.extract.relations_args import _Found
from newsevents.extract.relations_succession import _group
from newsevents.models import ActorRef
from newsevents.nlp import doc_text
from newsevents.nlp.regex_gate import gated

_CHEAP = re.compile(r"\b(?:t(?:ook|akes?|aken|aking)|assum|bec(?:ame|omes?)|led\b|heads?\b|headed)", re.I)
# a role a leader holds ("became chairman of"); not "member", "fighter"
_LEAD_ROLE = (r"(?:(?:new|first|top|overall|supreme|interim|acting|de\s+facto|military|political|sole)\s+){0,2}"
              r"(?:leader|emir|amir|chief|commander(?:-in-chief)?|head|chairman|chairperson|president|caliph|"
              r"secretary[\s-]general|supreme\s+guide)")
# the rest of a name the resolver cut short, and an apposition to it (", 'Fito',", ", also known as Abu Ubaidah,")
_AFTER_NAME = r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}(?:\s*,\s*[^,;:]{1,50}?,)?"
# P ... G: "took over (the leadership of)", "took/assumed command of", "became (the) leader of", "has led ... since"
_TOOK_LEAD = re.compile(
    _AFTER_NAME + r"\s+(?:(?:who|which)\s+)?(?:(?:had|has|have|later|then|eventually|soon|formally)\s+){0,2}" +
    r"(?:(?:t(?:ook|akes?|aken|aking)|assum(?:ed|es?|ing))\s+(?:over\s+(?:the\s+(?:leadership|command|helm)\s+of\s+)?|"
    r"(?:the\s+)?(?:command|control|charge|leadership|helm)\s+of\s+)|"
    r"bec(?:ame|omes?|oming)\s+(?:the\s+|its\s+)?" + _LEAD_ROLE + r"\s+of\s+)" + r"(?:the\s+)?$", re.I)
_HAS_LED = re.compile(_AFTER_NAME + r"\s+(?:(?:has|had)\s+)?(?:led|headed)\s+(?:the\s+)?$", re.I)
_APPOSED = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*,\s*(?:(?:also\s+|better\s+)?known\s+as\s+|"
                      r"alias\s+)?['‘’\"]?", re.I)
_SINCE = re.compile(r"\s+(?:since|from|until|for)\b", re.I)
# G ... P: "G, which has been led by P", "G ... led since 2020 by P"
_LED_BY = re.compile(r"(?:\s*,\s*(?:which|that|who)\s+(?:has|had|have)\s+been|\s+(?:has|had|have)\s+been)\s+"
                     r"(?:led|headed)(?:\s+(?:since|from)(?:\s+[\w'’-]+){1,5}?)?\s+by\s+"
                     r"(?:(?:his|her|its|the)\s+[\w-]+\s+)?$|"
                     # "G ... led since 2020 by P" (a bare "the faction led by P" names no leader's appointment)
                     r"\s+(?:led|headed)\s+since\s+(?:[\w'’-]+\s+){1,5}?by\s+(?:(?:his|her|its|the)\s+[\w-]+\s+)?$",
                     re.I)

# the group owning the person: "G's P", "G's leader P", "G chief P" (no possessive: a role is needed)
_POSSESSED = re.compile(r"['’]s?\s+(?:(?:then|former|new|top|supreme)\s+)?(?:" + _LEAD_ROLE +
                        r"|founder|spokesman)?\s*", re.I)
_ROLE_BEFORE = re.compile(r"\s+(?:(?:then|former|new|top|supreme)\s+)?(?:" + _LEAD_ROLE + r"|founder|spokesman)\s+",
                          re.I)
# "P of the G", "P, who took over G"
_OF_GROUP = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+of\s+(?:the\s+)?$", re.I)
_TOOK_OVER_GROUP = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*,\s*(?:who|which)\s+(?:had\s+)?(?:took|taken)\s+"
                              r"over\s+(?:the\s+leadership\s+of\s+)?(?:the\s+)?$", re.I)
# a description standing for a group named before ("took control of the gang")
_DESCRIPTION = re.compile(r"(?:the\s+)?(?:group|gang|movement|organi[sz]ation|militia|cartel|faction|insurgency|"
                          r"network)\b", re.I)


def _modifies_a_noun(doc: Doc, end: int) -> bool:
    """The group name ending at `end` names the owner of what follows, not the thing taken over: "took control of
    the Boko Haram camp", "took charge of Hezbollah's southern front", "became head of the M23 task force"."""
    nxt = next((t for t in doc if t.idx >= end), None)
    if nxt is None or nxt.idx - end > 1:
        return False
    return nxt.text in ("'s", "\u2019s", "'", "\u2019") or (nxt.pos_ in ("NOUN", "PROPN") and nxt.text[:1].islower())


def _groups(cands: list[ActorRef]) -> list[ActorRef]:
    return [c for c in cands if _group(c) or c.via == "group-name" and c.kind == "armed_group" or
            c.via == "coreference" and c.kind in ("armed_group", "organisation") and _DESCRIPTION.fullmatch(c.text)]


def took_the_lead(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef],
                  base: list[ActorRef] = ()) -> list[_Found]:
    """Appoint relations of persons told to have taken over, led or become the leader of a group (module docstring);
    a relation the rules read already is left as read. `base`: the sentence's own mentions before member phrases
    ("P became leader of G" is one member phrase there)."""
    text = doc_text(doc)
    if not _CHEAP.search(text, sent[0], sent[1]):
        return found
    spans = {c.span for c in cands}
    cands = sorted([*cands, *(c for c in base if c.span not in spans and c.via != "member-of")], key=lambda c: c.span)
    persons = [c for c in cands if c.kind == "person" and c.via not in ("coreference", "member-of") and
               sent[0] <= c.span[0] < sent[1]]
    groups = _groups(cands)
    out = list(found)
    for p in persons:
        if any(f.type == "appoint" and f.source.span == p.span for f in out):
            continue
        group: ActorRef | None = None
        trigger = p.span
        after = next((g for g in groups if g.span[0] >= p.span[1] and g.span[1] <= sent[1]), None)
        # no other person between P and G, but for an apposition to P ("Adolfo Macías, 'Fito', took over G")
        if after is not None and not any(p.span[1] <= q.span[0] and q.span[1] <= after.span[0] and
                                         not _APPOSED.fullmatch(text, p.span[1], q.span[0]) for q in persons):
            m = _TOOK_LEAD.fullmatch(text, p.span[1], after.span[0])
            if m is None and _HAS_LED.fullmatch(text, p.span[1], after.span[0]) and \
                    _SINCE.match(text, after.span[1]):
                m = _HAS_LED.fullmatch(text, p.span[1], after.span[0])
            if m is not None and not _modifies_a_noun(doc, after.span[1]):
                group, trigger = after, (p.span[1], after.span[0])
        if group is None:
            before = next((g for g in reversed(groups) if g.span[1] <= p.span[0] and g.span[0] >= sent[0] and
                           g.via != "coreference"), None)
            m = _LED_BY.search(text, max(before.span[1], p.span[0] - 80), p.span[0]) if before is not None else None
            if before is not None and m is not None:
                # nothing between G and "led" but an apposition to G ("Ansarul Islam, the group founded by P in the
                # Soum, has been led since ... by Q")
                between = text[before.span[1]:m.start()]
                apposed = re.fullmatch(r"\s*,[^;:()]*,\s*", between) is not None
                if m.end() == p.span[0] and (apposed or not any(
                        before.span[1] <= c.span[0] and c.span[1] <= m.start() for c in cands if c.kind in
                        ("armed_group", "organisation", "person"))) and re.fullmatch(r"[^;:()]*", between):
                    group, trigger = before, m.span()
        if group is None or (group.actor_id is not None and group.actor_id == p.actor_id):
            continue
        out.append(_Found("appoint", p, group, trigger, sent, 0.7))
    return out


def _tied_group(text: str, sent: tuple[int, int], p: ActorRef, cands: list[ActorRef]) -> ActorRef | None:
    """The group the sentence ties the person to: "G's P", "G chief P", "P of the G", "P, who took over G"."""
    groups = [g for g in _groups(cands) if g.via != "coreference" and sent[0] <= g.span[0] < sent[1]]
    # a possessive pronoun before a role stands for its group: "its founder P"
    owners = [*groups, *(c for c in cands if c.via == "coreference" and c.kind in ("armed_group", "organisation") and
                         c.text.lower() in ("its", "their") and sent[0] <= c.span[0] < sent[1])]
    before = max((g for g in owners if g.span[1] <= p.span[0]), key=lambda g: g.span[1], default=None)
    if before is not None and (before.via != "coreference" and _POSSESSED.fullmatch(text, before.span[1], p.span[0]) or
                               _ROLE_BEFORE.fullmatch(text, before.span[1], p.span[0])):
        return before
    after = next((g for g in groups if g.span[0] >= p.span[1]), None)
    if after is not None and (_OF_GROUP.fullmatch(text, p.span[1], after.span[0]) or
                              _TOOK_OVER_GROUP.fullmatch(text, p.span[1], after.span[0])):
        return after
    return None


def leaders_pledges(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """Pledges (and their acceptances) made by a person the sentence ties to a group, given to the group."""
    text = doc_text(doc)
    out: list[_Found] = []
    for f in found:
        if f.type not in ("pledge", "accept"):
            out.append(f)
            continue
        for side in ("source", "target"):
            person = getattr(f, side)
            if person.kind != "person" or not (sent[0] <= person.span[0] < sent[1]):
                continue
            group = _tied_group(text, sent, person, cands)
            other = f.target if side == "source" else f.source
            if group is not None and (group.actor_id is None or group.actor_id != other.actor_id):
                f = dataclasses.replace(f, **{side: group})
        if f.type == "accept" and f.target.kind == "person" and not f.target.provisional and \
                f.target.via != "leader-of":
            # a group accepts a group's pledge: a known person's oath the sentence ties to no group is left out
            continue
        out.append(f)
    return out


# Speed only, same matches: the patterns scanned over every sentence skip one that holds none of the literal
# words each match must hold (newsevents.nlp.regex_gate).
_CHEAP = gated(_CHEAP)
