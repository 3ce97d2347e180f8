"""A group naming its leader, told the ways the trigger table reads badly (round 16): "G named P to succeed Q", "G
elevated P, a cleric from Kandahar, to supreme leader", "G's shura chose P as emir" (G the subject of the naming
verb); "G announced/said/confirmed (in 2021) that P would succeed Q / had taken over as commander / had been chosen
as its emir" (G the teller); "P, chosen by G in 2015 to succeed Q, ..." (a participle after P). Each gives appoint
P -> G. The predecessor Q is no appointee, a state names no group's leader, and a relation the rules read already is
left as read. Review fixes: G is an armed group or a known organisation that is no state body, agency, newsroom or
intergovernmental body, and a name the knowledge base does not know needs a group's head word ("Chevron named P
to succeed Q as chief executive", "Chelsea named P ... as head coach" give nothing); no person and no "to
succeed/replace" lies between the naming verb and P, and a person after "succeed"/"replace" is never the appointee;
a teller's tail ties the role to the group ("would succeed Q as its emir", "had been chosen as the group's leader";
not "Hamas said that Netanyahu would replace Gallant with Katz"); a person the knowledge base ties to another actor
is nobody's appointee here."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsevents.extract.relations_args import _Found
from newsevents.extract.relations_shapes import _ROLE, _ROLE_ADJ, _STATE_SECTORS, _group_like
from newsevents.models import ActorRef
from newsevents.nlp import doc_text
from newsevents.nlp.regex_gate import gated

_CHEAP = re.compile(r"\b(?:succe|replac|take[sn]?\s+over|took\s+over|elevat|chose|chosen|choos|named|names|picked|"
                    r"appointed|selected|elected|promoted|installed)", re.I)
# the group's own organ between it and the verb: "AQIM's shura", "the ELN's central command"
_ORGAN = (r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:shura|council|command|leadership|secretariat|politburo|majlis|"
          r"committee)\b)?")
_WHEN = r"(?:\s+(?:in|on|during)\s+(?:\w+\s+){0,2}?\d{4}|\s+(?:also|then|later|quickly|formally|swiftly))?"
# "G named/chose/elevated (the veteran jihadist) ": the appointee comes next
_NAMING = re.compile(_ORGAN + _WHEN + r"\s+(?:named|chose|picked|appointed|elevated|selected|installed|promoted|"
                     r"elected|names|chooses|picks|appoints|selects|elects)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?$", re.I)
# "G announced (on its radio station) (in 2021) that ": the appointee comes next
_TELLING = re.compile(_ORGAN + _WHEN + r"\s+(?:(?:has|had)\s+)?(?:announced|said|confirmed|declared|stated|revealed)"
                      r"(?:\s+(?:on|in|via|through)\s+[^,;.]{1,30}?)?" + _WHEN + r"\s+that\s+(?:the\s+)?$", re.I)
# the rest of a name the resolver cut short ("Ahmed Abdi" of "Ahmed Abdi Godane")
_NAME_REST = r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
# "P, chosen by G ...": the participle between P and G
_CHOSEN_BY = re.compile(_NAME_REST + r"\s*,\s+(?:chosen|named|picked|appointed|elected|selected|installed)\s+by\s+"
                        r"(?:the\s+)?$", re.I)
# after the appointee (and an appositive: ", known as Abu Ubaidah,"): a succession or a role
_APPOSITIVE = _NAME_REST + r"(?:\s*,[^,;]{1,60},)?"
_ROLE_TAIL = re.compile(_APPOSITIVE + r"\s+(?:to\s+(?:succeed|replace)\b|(?:as|to)\s+(?:(?:its|their|the)\s+)?" +
                        _ROLE_ADJ + _ROLE + r"\b)", re.I)
# the role tied to the group: "as its emir", "as their commander", "as the group's leader", "as leader of the movement"
_GROUP_NOUN = r"(?:group|movement|organi[sz]ation|militia|faction|insurgency|insurgents|militants|jihadists|rebels)"
_ROLE_OF_GROUP = (r"(?:as|to\s+(?:be|become))\s+(?:(?:its|their|the\s+" + _GROUP_NOUN + r"['’]s?)\s+" + _ROLE_ADJ + _ROLE +
                  r"\b|(?:the\s+)?" + _ROLE_ADJ + _ROLE + r"\s+of\s+the\s+" + _GROUP_NOUN + r"\b)")
_TOLD_TAIL = re.compile(_APPOSITIVE + r"\s+(?:would|will|had|has|was\s+to|is\s+to)\s+(?:(?:be|become|became)\s+"
                        r"(?:its|their|the\s+" + _GROUP_NOUN + r"['’]s?)\s+" + _ROLE_ADJ + _ROLE + r"\b|"
                        # the group's own naming told as done to P: "had been named commander-in-chief"
                        r"been\s+(?:named|chosen|appointed|picked|selected|elected)\s+(?:as\s+)?(?:the\s+)?" +
                        _ROLE_ADJ + _ROLE + r"\b|"
                        r"(?:(?:been|be)\s+(?:named|chosen|appointed|picked|selected|elected)|succeed|replace|"
                        r"take\s+over|taken\s+over|become)\b(?:[^,;.]{0,60}?\s)??" + _ROLE_OF_GROUP + ")", re.I)
# "succeed(ed)/replace(d) P": P is the one succeeded, never the appointee
_SUCCEEDED = re.compile(r"\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing))\s+(?:the\s+)?$", re.I)
# in the naming gap: another person or the succession itself ("named P to succeed Q": Q is no appointee)
_SUCCESSION_WORD = re.compile(r"\bto\s+(?:succeed|replace)\b", re.I)
# sectors of bodies that name no armed group's leader: state bodies, agencies, newsrooms, aid groups, companies
_NOT_GROUP_SECTORS = _STATE_SECTORS | {"IGO", "NGO", "JRN", "MED", "BUS", "EDU", "REL", "CVL"}
_DESCRIBED = re.compile(r"(?:the\s+)?(?:group|organi[sz]ation|movement|party|militia|insurgents|jihadists)", re.I)
_CHOSEN_TAIL = re.compile(r"[^,;]{0,30}?\s+(?:to\s+(?:succeed|replace|lead|head)\b|as\s+(?:its\s+)?" + _ROLE_ADJ +
                          _ROLE + r"\b)", re.I)


def _person_end(p: ActorRef, persons: list[ActorRef], text: str) -> int:
    """The end of the person's name, over a second mention the resolver cut it into ("Abu Obaida" "Yusuf al-Annabi")."""
    end = p.span[1]
    for q in persons:
        if q.span[0] > end and not text[end:q.span[0]].strip():
            end = q.span[1]
    return end


def _group(m: ActorRef) -> bool:
    """An armed group or a known organisation that may name a leader (review fix): never a state body, agency,
    newsroom or intergovernmental body, and a name the knowledge base does not know ("Chevron", "Chelsea") only with
    a group's head word ("Front", "Brigade", "Jund al-Khilafah") or an Arabic article opening it ("al-Mourabitoun"),
    never one inside a leader's name ("Muqtada al-Sadr")."""
    return _group_like(m) and m.sector not in _NOT_GROUP_SECTORS


def _linked_elsewhere(p: ActorRef, group: ActorRef) -> bool:
    """The knowledge base ties the person to another actor: a member of another group, or a state's official."""
    if p.provisional or p.actor_id is None:
        return False
    from newsevents.kb import get_kb

    person = get_kb().get(p.actor_id)
    if person is None:
        return False
    if person.member_of:
        return person.member_of != group.actor_id
    return person.sector in _STATE_SECTORS


def successions(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations with the leaders its groups are told to name added (module docstring)."""
    text = doc_text(doc)
    if not _CHEAP.search(text, sent[0], sent[1]):
        return found
    persons = [m for m in cands if m.kind == "person" and m.via not in ("coreference", "member-of")]
    # (session 15) a description standing for a group named before acts for it: "the organisation chose P to replace
    # him", "the party chooses P to succeed him", "the group names P as caliph"
    groups = [m for m in cands if _group(m) or m.via == "coreference" and m.kind in ("armed_group", "organisation") and
              _DESCRIBED.fullmatch(m.text)]
    # the second part of a name the resolver cut in two is no appointee of its own
    cut = {q.span for p in persons for q in persons if q.span[0] > p.span[1] and not text[p.span[1]:q.span[0]].strip()}
    out = list(found)
    for p in persons:
        if p.span in cut:
            continue
        end = _person_end(p, persons, text)
        if _SUCCEEDED.search(text, max(sent[0], p.span[0] - 20), p.span[0]):
            continue  # "to succeed John Watson": the predecessor
        group: ActorRef | None = None
        before = next((g for g in reversed(groups) if g.span[1] <= p.span[0]), None)
        # nothing between the naming verb and P that makes P another's object: no person, no "to succeed/replace"
        clear = before is not None and not _SUCCESSION_WORD.search(text, before.span[1], p.span[0]) and not any(
            before.span[1] <= q.span[0] and q.span[1] <= p.span[0] for q in persons)
        if before is not None and clear and (
                _NAMING.fullmatch(text, before.span[1], p.span[0]) and _ROLE_TAIL.match(text, end) or
                _TELLING.fullmatch(text, before.span[1], p.span[0]) and _TOLD_TAIL.match(text, end, sent[1])):
            group = before
        else:
            group = next((g for g in groups if g.span[0] >= end and _CHOSEN_BY.fullmatch(text, end, g.span[0]) and
                          _CHOSEN_TAIL.match(text, g.span[1], sent[1])), None)
        if group is not None and _linked_elsewhere(p, group):
            continue
        if group is None or any(f.type == "appoint" and (f.source.span[0] == p.span[0] or
                                                          f.source.actor_id == p.actor_id) for f in out):
            continue
        out.append(_Found("appoint", p, group, (min(group.span[1], p.span[1]), max(group.span[0], p.span[0])), sent,
                          0.7))
    return out


# Speed only, same matches: the patterns scanned over every sentence skip one that holds none of the literal
# words each match must hold (newsevents.nlp.regex_gate).
_CHEAP = gated(_CHEAP)
