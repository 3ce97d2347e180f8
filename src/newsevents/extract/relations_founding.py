"""Founding members of a new body named before its founders (session 18): "Ittehad-ul-Mujahideen Pakistan, set up in
2023 by the Hafiz Gul Bahadur group, Lashkar-e-Islam and a smaller Harakat-i-Inqilab-i-Islami, ...", "the Baloch
Raaji Aajoi Sangar, launched in November 2018 by the BLA, the BLF and the Baloch Republican Guards", "FRELIMO was
founded in Dar es Salaam in 1962 by three exile movements, UDENAMO, MANU and UNAMI", "the CPC, formed in December 2020
by the UPC and five other armed groups", "The Northern Alliance formed in 2016 by the KIA, the Arakan Army, ...":
each founding group merges into the body founded (merger X -> G; the annotation sets' convention: founding
membership of a coalition is a merger).

G is the group named right before the founding verb (an apposition, a passive, a reduced relative); the founders are
the groups named right after "by" (after a count of groups and "including", "such as", "among them", or a colon or
comma, if any), joined by commas and "and". It takes two founders or more, or one and "N other groups" ("by the UPC
and five other armed groups"): one group "setting up" another may make a front or a wing, no merger. Founders that
are people (a person, "dissidents who left Y", "former members of Y": relations_founders reads those as a split)
give nothing here."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.extract.relations_args import _Found, named_group
from newsevents.models import ActorRef
from newsevents.nlp import doc_text
from newsevents.nlp.regex_gate import gated

_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+dozen|dozens\s+of|\d{1,2})"
_GROUPS = (r"(?:groups|factions|militias|movements|organi[sz]ations|outfits|brigades|battalions|gangs|cartels|"
           r"coalitions|parties|fronts|units|insurgent\s+groups|rebel\s+groups|armed\s+groups)")
# the verb and what may stand between it and "by": dates, places ("in Dar es Salaam in 1962", "in Myanmar's Sagaing
# region in 2015"), and "by" itself, possibly "by merging"
_FOUNDED = re.compile(
    r"\b(?P<verb>founded|formed|created|established|launched|set\s+up|co-?founded|stitched\s+together|put\s+together)\s+"
    r"(?:(?:jointly|together)\s+)?"
    r"(?:(?:in|on|at|around|during|inside|near|that|the\s+following|the\s+same)\s+"
    # (the words of one phrase are never the opening words of the next: one way to cut the text, no backtracking
    # storm on "in on in on ...")
    r"(?:(?!(?:by|was|were|is|are|has|had|joined|and|in|on|at|around|during|inside|near|that)\b)[\w'’.-]+\s+){1,5}?"
    r"){0,4}?(?:,\s*)?"
    r"by\s+(?P<merging>merging\s+)?(?:the\s+)?"
    # "by three exile movements, X, Y and Z", "by six armed groups including X", "by seven factions, among them X"
    r"(?P<count>" + _NUMBER + r"\s+(?:[\w-]+\s+){0,2}?" + _GROUPS + r"\s*(?:,\s*|:\s*|\s+)(?:(?:chief\s+)?among\s+them|"
    r"including|such\s+as|notably)?\s*,?\s*(?:the\s+)?|"
    # "by insurgent factions including X and Y": no count, a listing word
    r"(?:[\w-]+\s+){0,2}?" + _GROUPS + r"\s*,?\s*(?:(?:chief\s+)?among\s+them|including|such\s+as|notably)\s*,?\s*(?:the\s+)?)?",
    re.I)
# between G and the verb: ", ", " was ", ", which was ", " " (a reduced relative: "The Northern Alliance formed in")
# ("the ENLF (1984), a front formed by", "the Northern Alliance") — formed in 1996 by", "X, an umbrella set up in")
_G_TO_VERB = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:an?\s+(?:[\w-]+\s+){0,2}?(?:umbrella|coalition|alliance|front|"
                        r"grouping|bloc|federation|platform|command|council)\s+)?(?:(?:which|that)\s+(?:was|were|had\s+been|"
                        r"has\s+been)\s+)?|\s+(?:was|were|had\s+been|has\s+been|is)\s+|\s+|\s*,\s*(?:itself|also)\s+|"
                        r"\s*[—–]\s*|\s+-\s+)(?:(?:first|originally|jointly|formally|reportedly)\s+)?", re.I)
# between founders: commas and "and", an article or a size word ("and a smaller X")
# ("by the YPG together with Arab units such as Jaysh al-Thuwar", "by JEM, the two main Darfur factions SLA-MM and
# SLA-AW, and the SPLM-N", "and the 17 February Martyrs Brigade": a number the name leaves out)
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|as\s+well\s+as|&|(?:together\s+|along\s+)?with)\s+)?(?:the\s+|an?\s+)?"
                       r"(?:(?:smaller|small|new|little-known|local|larger)\s+)?"
                       r"(?:(?:" + _NUMBER + r"\s+)?(?:[\w-]+\s+){0,3}?" + _GROUPS + r"\s*,?\s*(?:such\s+as|including|like|"
                       r"notably)?\s*(?:the\s+)?)?"
                       r"(?:\d{1,2}\s+|(?-i:[A-Z])[a-z]+\s+\d{1,2}\s+)?", re.I)
# a member phrase that stands for its group in a list of founders ("the MNLA, the HCUA and a wing of the MAA")
_WING = re.compile(r"(?:an?|one|the)\s+(?:[\w-]+\s+)?(?:wing|faction|branch|splinter)\b|.*\s(?:wing|faction)$", re.I)
# a provisional "person" that is an acronym ("UDENAMO"): in a list of groups, a group
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*")
# "by the UPC and five other armed groups": one founder and a count of others
_AND_OTHERS = re.compile(r"\s*,?\s*(?:and|with|along\s+with)\s+(?:" + _NUMBER + r"\s+|several\s+|some\s+|)(?:other|smaller|"
                         r"allied|more)\s+(?:[\w-]+\s+){0,2}?" + _GROUPS + r"\b", re.I)
def _listed_group(c: ActorRef, parent_of: dict[tuple[int, int], ActorRef]) -> ActorRef | None:
    """A name in a list of founders as the group it names: a group, an acronym the tagger took for a person, or the
    group of a wing ("a wing of the MAA"); None for anything else (a person, "CNDP veterans")."""
    if named_group(c):
        return c
    if c.kind == "person" and c.provisional and _ACRONYM.fullmatch(c.text):
        return c
    if c.via == "member-of" and _WING.match(c.text) and c.span in parent_of:
        return parent_of[c.span]
    return None


def founding_members(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef],
                     parent_of: dict[tuple[int, int], ActorRef] | None = None) -> list[_Found]:
    """The sentence's relations with each founder of a body named before its founders merged into it (module
    docstring); what another reader gave the same pair (an alliance of the listed founders with the body, an
    affiliation, a merger the other way) gives way."""
    text = doc_text(doc)
    parent_of = parent_of or {}
    groups = [c for c in cands if sent[0] <= c.span[0] and c.span[1] <= sent[1]]
    out = list(found)
    for m in _FOUNDED.finditer(text, sent[0], sent[1]):
        new = next((g for g in reversed(groups) if g.span[1] <= m.start() and
                    _G_TO_VERB.fullmatch(text, g.span[1], m.start())), None)
        if new is None or not named_group(new) and new.via != "coreference":
            continue
        at = next((g for g in groups if g.span[0] == m.end()), None)
        first = _listed_group(at, parent_of) if at is not None and (at.via != "member-of" or m.group("count")) else None
        if at is None or first is None:
            continue
        listed = [first]
        ends = [at]
        for g in groups:
            if g.span[0] < ends[-1].span[1]:
                continue
            if not _LIST_GAP.fullmatch(text, ends[-1].span[1], g.span[0]):
                break
            one = _listed_group(g, parent_of)
            if one is None:
                listed = []  # "by the BLA and Brahumdagh Bugti": a person among the founders, no list of groups
                break
            listed.append(one)
            ends.append(g)
        if not listed:
            continue
        if m.group("merging"):
            # "created by merging X with Y"
            nxt = next((g for g in groups if g.span[0] > at.span[1]), None)
            if nxt is not None and named_group(nxt) and re.fullmatch(r"\s+(?:with|and|into)\s+(?:the\s+)?", text[at.span[1]:
                                                                                                          nxt.span[0]]):
                listed = [first, nxt]
                ends = [at, nxt]
        # the list ends the founders' phrase: no "of P" ("X of Carlos Castaño and other groups") nor a relative
        end = ends[-1].span[1]
        if len(listed) < 2 and not m.group("count") and not _AND_OTHERS.match(text, end):
            continue
        if re.match(r"\s+(?:of|from|who|whose)\b", text[end:sent[1]]) and not _AND_OTHERS.match(text, end):
            continue
        for g in listed:
            if g.span == new.span or g.actor_id is not None and g.actor_id == new.actor_id:
                continue
            pair = {g.span, new.span}
            out = [f for f in out if {f.source.span, f.target.span} != pair or
                   f.type == "merger" and f.source.span == g.span]
            if any(f.type == "merger" and f.source.span == g.span and f.target.span == new.span for f in out):
                continue
            out.append(_Found("merger", g, new, m.span("verb"), sent, 0.7))
    return out


# Speed only, same matches (newsevents.nlp.regex_gate).
_FOUNDED = gated(_FOUNDED)
