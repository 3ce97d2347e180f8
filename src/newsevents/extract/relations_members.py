"""Members of a coalition listed with "among them" (session 15): "Los Choneros' old subgroups, Los Fatales and Los
Águilas among them, ...", "the Séléka was a coalition of mostly northern rebel groups — the UFDR and the CPJP among
them — that ...", "the Viv Ansanm coalition, whose member gangs, Nan Brooklyn and 5 Segonn among them, ...", "the
member groups of the CSP-DPA, chief among them the MNLA and the HCUA, ...": each group listed belongs to the group
whose members the phrase before the list names (affiliation X -> G).

The owner G is the group named last before the list, with a members' word (members, member groups, factions,
subgroups, components, a coalition of ... groups) between it and the list and no other group between; the list is
the groups named between that phrase and "among them" (or after "chief among them"). Not "the militants, among them
two commanders of X" (no members' word owned by a group), nor a list of victims ("ten people, among them X's
spokesman")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.extract.relations_args import NOT_GROUP, _Found
from newsevents.models import ActorRef
from newsevents.nlp import doc_text
from newsevents.nlp.regex_gate import gated

_AMONG = re.compile(r"\b(?:(?P<chief>chief|foremost|notably|most\s+prominently)\s+)?among\s+them\b", re.I)
_COLLECTIVE = (r"(?:member\s+)?(?:groups|gangs|factions|militias|subgroups|sub-groups|components|members|constituents|"
               r"organi[sz]ations|movements|cliques|brigades|outfits|affiliates|branches)")
# between G and the list: "G's (old) subgroups,", "the member groups of G,", "G coalition, whose member gangs,",
# "G was a coalition of mostly northern rebel groups —"
_OWNER_TO_LIST = re.compile(
    r"(?:['’]s?\s+(?:[\w-]+\s+){0,2}?" + _COLLECTIVE +
    r"|(?:\s+(?:coalition|alliance|umbrella|bloc|federation|platform))?\s*(?:,\s*)?(?:whose|with\s+its|and\s+its)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _COLLECTIVE +
    r"|\s+(?:is|was|has\s+been|had\s+been|remains)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:coalition|alliance|umbrella|"
    r"federation|bloc|grouping|platform)\s+of\s+(?:[\w-]+\s+){0,4}?" + _COLLECTIVE + r")"
    r"\s*(?:,|—|–|\s-\s|:)\s*(?:(?:chief|foremost|notably)\s+among\s+them\s*,?\s*)?(?:the\s+)?$", re.I)
# "the member groups of G, chief among them X and Y"
_LIST_OF = re.compile(_COLLECTIVE + r"\s+of\s+(?:the\s+)?$", re.I)
_MAX_GAP = 150  # characters between the owner and its list (the phrase between is a few words)


def _is_group(c: ActorRef) -> bool:
    return c.kind not in NOT_GROUP and c.via not in ("coreference", "demonym", "member-of")


def among_them(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations with the members a coalition's "among them" list names added (module docstring)."""
    text = doc_text(doc)
    out = list(found)
    groups = [c for c in cands if _is_group(c) and sent[0] <= c.span[0] and c.span[1] <= sent[1]]
    for m in _AMONG.finditer(text, sent[0], sent[1]):
        if m.group("chief"):
            # "the member groups of G, chief among them X and Y,": the owner before, the list after
            owner = next((g for g in reversed(groups) if g.span[1] <= m.start()), None)
            if owner is None or not (_LIST_OF.search(text, max(sent[0], owner.span[0] - 40), owner.span[0]) and
                                     re.fullmatch(r"\s*,\s*", text[owner.span[1]:m.start()])):
                continue
            stop = re.search(r"[,;:—–()]|\s(?:who|which|that|have|has|had|were|was|are|is|dissolved|joined)\s",
                             text[m.end():sent[1]])
            end = m.end() + (stop.start() if stop else sent[1] - m.end())
            listed = [g for g in groups if m.end() <= g.span[0] and g.span[1] <= end]
        else:
            # "..., X and Y among them": the list right before, its owner before the list
            start_at = max(sent[0], m.start() - 120)
            head = re.search(r"[,—–:(]\s*(?:the\s+)?(?=[^,—–:(]*$)", text[start_at:m.start()])
            if head is None:
                continue
            list_start = start_at + head.end()
            listed = [g for g in groups if list_start <= g.span[0] and g.span[1] <= m.start()]
            if not listed or not re.fullmatch(r"[\s,]*(?:(?:and|or)\s+(?:the\s+)?)?[\s,]*", text[listed[-1].span[1]:
                                                                                                  m.start()]):
                continue
            # the listed names joined by commas and "and" before the last one: the list starts at the first
            listed = _coordinated(text, groups, listed[-1], backwards=True)[::-1]
            list_start = min(list_start, listed[0].span[0])
            owner = next((g for g in reversed(groups) if g.span[1] <= list_start), None)
            if owner is None or list_start - owner.span[1] > _MAX_GAP or \
                    not _OWNER_TO_LIST.fullmatch(text, owner.span[1], list_start):
                continue
        # the list holds names joined by commas and "and" only
        for a, b in zip(listed, listed[1:]):
            if not re.fullmatch(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?", text[a.span[1]:b.span[0]]):
                listed = []
                break
        for g in listed:
            if g.actor_id is not None and g.actor_id == owner.actor_id:
                continue
            if any(f.type == "affiliation" and f.source.span == g.span and f.target.span == owner.span for f in out):
                continue
            out.append(_Found("affiliation", g, owner, m.span(), sent, 0.65))
    return out


# "X, Y and Z, which together make up G": the list before, the coalition after
_MAKE_UP = re.compile(r"\s*,\s*(?:which|who|that)\s+(?:(?:together|jointly|now)\s+)?(?:make|makes|made)\s+up\s+"
                      r"(?:the\s+)?$|\s*,\s*(?:which|who|that)\s+together\s+(?:form|formed|constitute|constituted)\s+"
                      r"(?:the\s+)?$", re.I)
# "G, a coalition including X and Y": the coalition before, the list after
_INCLUDING = re.compile(r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:coalition|alliance|umbrella|federation|bloc)\s+"
                        r"(?:of\s+(?:[\w-]+\s+){0,3}?(?:groups|gangs|factions|militias|cartels|movements)\s+)?"
                        r"(?:that\s+includes|that\s+included|including)\s+(?:the\s+)?$", re.I)


def _coordinated(text: str, groups: list[ActorRef], last: ActorRef, backwards: bool) -> list[ActorRef]:
    """The groups coordinated with `last` ("X, Y and Z"), walking back (or on) from it over commas and "and"."""
    listed = [last]
    order = list(reversed(groups)) if backwards else groups
    for g in order:
        near = listed[-1]
        if (g.span[1] <= near.span[0]) if backwards else (g.span[0] >= near.span[1]):
            gap = text[g.span[1]:near.span[0]] if backwards else text[near.span[1]:g.span[0]]
            if not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?", gap):
                break
            listed.append(g)
    return listed


def made_up_of(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """"X, Y and Z, which together make up G" and "G, a coalition including X and Y": X -> G, Y -> G (and Z -> G).
    Not "X and Y, which formed G" (a merger) nor "a coalition including X" with no name before it."""
    text = doc_text(doc)
    if not re.search(r"\b(?:make|makes|made|together|including|includes|included)\b", text[sent[0]:sent[1]]):
        return found
    groups = [c for c in cands if _is_group(c) and sent[0] <= c.span[0] and c.span[1] <= sent[1]]
    out = list(found)
    for a, b in zip(groups, groups[1:]):
        if _MAKE_UP.fullmatch(text, a.span[1], b.span[0]):
            members, owner = _coordinated(text, groups, a, backwards=True), b
        elif _INCLUDING.fullmatch(text, a.span[1], b.span[0]):
            members, owner = _coordinated(text, groups, b, backwards=False), a
        else:
            continue
        if len(members) < 2 and _MAKE_UP.fullmatch(text, a.span[1], b.span[0]):
            continue  # "X, which makes up G" alone is rare; a list is what names members
        for g in members:
            if g.actor_id is not None and g.actor_id == owner.actor_id:
                continue
            # what the table read between a member and the coalition gives way
            out = [f for f in out if {f.source.span, f.target.span} != {g.span, owner.span}]
            out.append(_Found("affiliation", g, owner, (a.span[1], b.span[0]), sent, 0.65))
    return out


# Speed only, same matches: the patterns scanned over every sentence skip one that holds none of the literal
# words each match must hold (newsevents.nlp.regex_gate).
_AMONG = gated(_AMONG)
