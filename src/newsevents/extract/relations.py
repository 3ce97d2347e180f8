"""Relations between armed groups (pledge, accept, appoint, affiliation, alliance, rivalry, split, merger).

This module is the stage (run); the work is shared among relation_rules (the trigger table), relations_args
(types, sentences, argument helpers), relations_names (group names and members), relations_shapes (arguments
by rule shape), relations_dating (certainty, dates, formations and the groups mergers form), relations_events
(relations inferred from events), relations_founders (groups founded by people who left another) and
relations_appointed (appointments told in an apposition to the appointee), relations_leaders (leaders who took
over or have led a group, and a leader's pledge given to his group) and relations_members (coalition members listed
with "among them", "which together make up G", "G, a coalition including"). The names other modules use are imported
here: `newsevents.extract.relations` stays the import path."""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import logging
import re

from spacy.tokens import Doc

from newsevents.extract.actors import provisional_id
from newsevents.extract.relation_rules import HEAD_LEN, RULES, Rule
from newsevents.extract.relations_aliases import drop_bracketed, link_aliases, spelled_out
from newsevents.extract.relations_breakaways import breakaways, former_comrades
from newsevents.extract.relations_products import (
    joined_to_form, one_body_products, owner_of_unit, renamed_absorber, subject_products, the_two_merged,
)
from newsevents.extract.relations_args import (
    EXTRACTOR, FAMILIES, NOT_ASSERTED, SYMMETRIC, VERSION, _adjectival, _clean, _credited, _Found, _sentences,
    datelines,
)
from newsevents.extract.relations_dating import (
    Formation, _clause, _date, _predicate_of_noun, certainty, find_formations, framing, product_mergers,
)
from newsevents.extract.relations_events import relations_from_events
from newsevents.extract.relations_appointed import apposed_appointments
from newsevents.extract.relations_leaders import leaders_pledges, took_the_lead
from newsevents.extract.relations_members import among_them, made_up_of
from newsevents.extract.relations_founders import FOUNDING_VERB, founders_left
from newsevents.extract.relations_founding import founding_members
from newsevents.extract.relations_nominal import nominal_rivalries
from newsevents.extract.relations_names import (
    _descriptor_refs, _MAYBE_GROUP, _Member, _member_refs, _with_slots, group_name_refs, listed_parts,
    normalise_group_name,
)
from newsevents.extract.relations_persons import without_persons
from newsevents.extract.relations_relative import relative_subjects
from newsevents.extract.relations_shapes import (
    _accept_appoint, _apply_rule, _intransitive_split, _possessive_provinces, parts_of,
)
from newsevents.extract.relations_topic import topic_subjects
from newsevents.extract.relations_units import named_units_of, with_units
from newsevents.models import ActorRef, DateValue, Relation, TextSpan, TimeExpr
from newsevents.nlp import doc_text
from newsevents.nlp.regex_gate import gated

__all__ = [
    "EXTRACTOR", "FAMILIES", "NOT_ASSERTED", "RULES", "SYMMETRIC", "VERSION", "Formation", "certainty",
    "find_formations", "group_name_refs", "normalise_group_name", "relations_from_events", "run",
]

log = logging.getLogger(__name__)


# --- the stage -------------------------------------------------------------------------------


def _relation_id(doc_id: str, f: _Found) -> str:
    key = f"{doc_id}|{f.type}|{f.source.span}|{f.target.span}|{f.source.actor_id}|{f.target.actor_id}|{f.trigger}"
    return "rel_" + hashlib.sha1(key.encode()).hexdigest()[:16]


_WORD_HEAD = re.compile(rf"\b\w{{1,{HEAD_LEN}}}")
_HEAD_INDEX: dict[str, set[int]] = {}
for _i, _rule in enumerate(RULES):
    for _h in _rule.heads or ():
        _HEAD_INDEX.setdefault(_h, set()).add(_i)
_HEAD_LENGTHS = sorted({len(h) for h in _HEAD_INDEX})
_WORD_RULES: dict[str, frozenset[int]] = {}  # a word's opening (up to HEAD_LEN letters) -> the rules it may start
_ALWAYS = frozenset(i for i, r in enumerate(RULES) if r.heads is None)
# on a text whose lower-casing moves offsets (the scan of the text itself) the rules gated for speed only run always
_ALWAYS_CASED = _ALWAYS | frozenset(i for i, r in enumerate(RULES) if r.lower_only)
# speed only, same matches: each rule's lower-case pattern behind its literal gate (nlp.regex_gate), so that a sentence
# its heads let through but holding none of the strings every match holds is not scanned
_GATED_LOWER = {id(r): gated(r.lower) for r in RULES if r.lower is not None}


class _Sub:
    """A match seen through one named group: span, start, end and group(0) are the group's."""

    def __init__(self, match: re.Match[str], name: str) -> None:
        self._m, self._n = match, name

    def span(self, *_: object) -> tuple[int, int]:
        return self._m.span(self._n)

    def start(self, *_: object) -> int:
        return self._m.start(self._n)

    def end(self, *_: object) -> int:
        return self._m.end(self._n)

    def group(self, *_: object) -> str:
        return self._m.group(self._n)


def _active_rules(lower: str, sent: tuple[int, int], *, cased: bool = False) -> list[Rule]:
    """The rules whose trigger words (Rule.heads) open some word of the sentence, in table order (cased: the text
    was not lower-cased)."""
    hit = set(_ALWAYS_CASED if cased else _ALWAYS)
    for w in set(_WORD_HEAD.findall(lower, sent[0], sent[1])):
        ids = _WORD_RULES.get(w)
        if ids is None:
            ids = _WORD_RULES[w] = frozenset().union(*(_HEAD_INDEX.get(w[:k], ()) for k in _HEAD_LENGTHS))
        if ids:
            hit |= ids
    return [RULES[i] for i in sorted(hit)]


def _distinct(found: list[_Found], parent_of: dict[tuple[int, int], ActorRef]) -> list[_Found]:
    """One relation per type and pair of groups in a sentence: "X overran a Y camp and killed its leader" and "X
    fighters killed Y members in a raid on their camp" are one rivalry each, told twice (the first rule wins)."""
    seen: set[tuple[str, ...]] = set()
    out: list[_Found] = []
    for f in found:
        ends = [(r.actor_id or normalise_group_name(r.text)) for r in
                (parent_of.get(f.source.span, f.source), parent_of.get(f.target.span, f.target))]
        key = (f.type, *(sorted(ends) if f.type in SYMMETRIC else ends))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


# "X became part of Y, giving up its separate identity": joining that ends the group is a merger
_IDENTITY_LOST = re.compile(r"\b(?:giv(?:ing|e|es)\s+up|gave\s+up|surrender\w*|abandon\w*|shed\w*|los(?:ing|t|e|es))\s+"
                            r"(?:its|their)\s+(?:(?:own|separate|independent|distinct)\s+)*(?:identity|identities|name|"
                            r"existence)\b|\bceas(?:ed|es|ing)\s+to\s+exist\b|\bdissolv(?:ed|ing)\s+(?:itself|themselves)\b|"
                            r"\bend(?:ing|ed|s)?\s+(?:its|their|the\s+group['’]s)\s+(?:(?:own|separate|independent|distinct)\s+)*"
                            r"(?:existence|identity)\b|"
                            # "is now part of Y after a 2019 merger", "became part of Y through a merger"
                            r"\b(?:through|after|in|following|by\s+way\s+of)\s+(?:a|an|the|its)\s+"
                            r"(?:\d{4}\s+)?merger\b",
                            re.I)


# "X, a former ally of Y", "once a loyal partner of Y", "is a former branch of Y": a tie that no longer holds is not
# annotated (the split or rivalry the sentence goes on to tell is)
_FORMER = re.compile(r"\b(?:former|formerly|erstwhile|one-?time|ex|once)\b(?!\s+(?:again|more)\b)", re.I)
_FORMER_BEFORE = re.compile(r"\b(?:formerly|once|previously|until\s+\d{4})\s*,?\s*$", re.I)
# "X and Y were once bitter enemies": a past enmity named by a noun (not "once again", not a verb of fighting)
_FORMER_FOES = re.compile(r"\b(?:formerly|once|previously)\s+(?:[\w-]+\s+)?$", re.I)
_FOE_NOUN = re.compile(r"(?:enem(?:y|ies)|rivals?|arch-?rivals?|foes?|adversar(?:y|ies))$", re.I)


def _former_tie(f: _Found, text: str) -> bool:
    """An alliance or affiliation the trigger itself calls past ("a former ally of", "once a partner of"), or a
    rivalry named as past ("were once bitter enemies")."""
    if f.type == "rivalry":
        return bool(_FOE_NOUN.fullmatch(text, f.trigger[0], f.trigger[1]) and
                    _FORMER_FOES.search(text, max(f.sentence[0], f.trigger[0] - 30), f.trigger[0]))
    if f.type not in ("alliance", "affiliation") or f.trigger[1] - f.trigger[0] > 60:
        return False
    return bool(_FORMER.search(text, f.trigger[0], f.trigger[1]) or
                _FORMER_BEFORE.search(text, max(f.sentence[0], f.trigger[0] - 25), f.trigger[0]))


# "X dissolved and joined Y", "X disbanded itself and joined Y", "X dissolved in 2017 and its fighters joined Y": the
# joining group ends before it joins
_ENDED_BEFORE = re.compile(r"\b(?:dissolv|disband)(?:ed|ing)\s+(?:itself\s+|themselves\s+)?(?:in\s+\d{4}\s+)?,?\s*and\s+"
                           r"(?:then\s+)?(?:(?:its|their)\s+(?:fighters|members|men|units|cadres)\s+)?$", re.I)


# "X returned to the fold of Y, ending years of schism": a return that ends a split is a merger back (round 13)
_RETURN = re.compile(r"\b(?:return\w*|rejoin\w*|came\s+back|com(?:e|es|ing)\s+back)\b", re.I)
_SCHISM_ENDED = re.compile(r"\b(?:end(?:ed|ing|s)?|heal(?:ed|ing|s)?|clos(?:ed|ing|es))\s+(?:(?:the|its|their|a|"
                           r"years\s+of|(?:a\s+)?decades?\s+of)\s+)?(?:[\w-]+\s+)?(?:schism|split|rift|division|"
                           r"breach|feud)s?\b", re.I)


def _retyped(f: _Found, text: str) -> _Found:
    """An affiliation told with the joining group's end ("... giving up its separate identity", "dissolved and
    joined"), or a return that ends a split ("returned to the fold of Y, ending years of schism"), is a merger."""
    if f.type == "affiliation" and (_IDENTITY_LOST.search(text, f.trigger[1], f.sentence[1]) or
                                    _ENDED_BEFORE.search(text, f.sentence[0], f.trigger[0]) or
                                    _RETURN.search(text, f.trigger[0], f.trigger[1]) and
                                    _SCHISM_ENDED.search(text, f.sentence[0], f.sentence[1])):
        return dataclasses.replace(f, type="merger")
    return f


def _in_name(match: re.Match[str], cands: list[ActorRef]) -> bool:
    """A capitalised trigger inside a name ("the Coalition of Patriots for Change") is part of the name."""
    return match.group(0)[:1].isupper() and any(c.span[0] <= match.start() and match.end() <= c.span[1]
                                                for c in cands if c.via not in ("coreference", "member-of", "descriptor"))


def as_unknown_name(m: ActorRef) -> ActorRef:
    """A person's name the resolver kept out of the actor table (no id) takes part in relations as the unknown name
    it is, with a provisional id: an appointee, or a group the model took for a person ("Tehreek-e-Khilafat")."""
    if m.via != "person" or m.actor_id is not None or not m.name:
        return m
    return dataclasses.replace(m, actor_id=provisional_id(m.name), via="provisional")


SENTENCE_CANDIDATES = "newsevents.relations.sentence_candidates"


@dataclasses.dataclass(frozen=True)
class SentenceArguments:
    """The actors one sentence offers the rules as arguments."""

    base: list[ActorRef]  # the sentence's mentions and the group names found in it, in text order
    by_span: dict[tuple[int, int], list[ActorRef]]  # descriptors: every actor a descriptor's words stand for
    cands: list[ActorRef]  # base, members and one actor per descriptor, cleaned


def argument_mentions(text: str, mentions: list[ActorRef]) -> list[ActorRef]:
    """The resolver's mentions that may be arguments of a relation: unknown persons' names as unknown names, no
    adjective ("Kurdish") and no lower-case provisional "name" ("solidarity", a word the resolver mistook for a
    name), no dateline or newsroom ("KARACHI: ...", "..., a spokesman told AFP."), and the two names of one actor as
    one ("the Gulf Clan, also known as the AGC")."""
    lines = datelines(text)
    mentions = [as_unknown_name(m) for m in mentions]
    mentions = [m for m in mentions if (m.actor_id is not None or m.name) and not _adjectival(text, m) and
                not (m.provisional and m.via != "coreference" and m.text.islower()) and not _credited(text, m, lines)]
    return drop_bracketed(text, link_aliases(text, spelled_out(text, mentions)))


def sentence_arguments(doc: Doc, text: str, sents: list[tuple[int, int]], mentions: list[ActorRef],
                       members: list[_Member]) -> list[SentenceArguments | None]:
    """Per sentence, the arguments it offers; None for a sentence with no organisation to be an argument (no
    mention, nothing that may be a group name): the rules skip it. One known mention will do: the other argument may
    be an unknown name in its slot (see _with_slots)."""
    by_start = sorted(mentions, key=lambda m: m.span[0])
    starts = [m.span[0] for m in by_start]
    lines = datelines(text)
    out: list[SentenceArguments | None] = []
    for sent in sents:
        in_sent = [m for m in by_start[bisect.bisect_left(starts, sent[0]):bisect.bisect_left(starts, sent[1])]
                   if m.span[1] <= sent[1]]
        if not in_sent and not _MAYBE_GROUP.search(text, sent[0], sent[1]):
            out.append(None)
            continue
        fallback = [f for f in group_name_refs(doc, sent, in_sent) if not any(
            a <= f.span[0] < b for a, b in lines)]
        base = [m for m in in_sent if m.kind != "agent" and not any(
            f.span[0] < m.span[1] and m.span[0] < f.span[1] for f in fallback)] + fallback
        base.sort(key=lambda m: m.span)
        sent_members = [mb.ref for mb in members if sent[0] <= mb.ref.span[0] and mb.ref.span[1] <= sent[1]]
        # a descriptor naming several places is one actor per place: expand after picking arguments
        by_span: dict[tuple[int, int], list[ActorRef]] = {}
        for d in _descriptor_refs(text, sent, base):
            by_span.setdefault(d.span, []).append(d)
        cands = _clean([*base, *sent_members, *(v[0] for v in by_span.values())])
        out.append(SentenceArguments(base, by_span, cands))
    return out


def _founders_phrase(g: _Found, f: _Found) -> bool:
    """g's source is a person or a member phrase among f's founders ("set up by al-Qaeda loyalists who had left Y":
    the loyalists are the founders, not a group that split)."""
    return g.source.kind == "person" or g.source.via == "member-of" and f.trigger[1] <= g.source.span[0] and \
        g.source.span[1] <= f.target.span[0]


def _with_founders_left(doc: Doc, sent: tuple[int, int], here: list[_Found], cands: list[ActorRef],
                        prev: list[ActorRef] | None = None,
                        parent_of: dict[tuple[int, int], ActorRef] | None = None) -> list[_Found]:
    """"X was founded by P after he left Y", "set up by loyalists who had left Y", "founded by former members of Y": X
    split from Y, unless the sentence's readers already gave Y a split from a group; P's own leaving, or the
    loyalists', gives no row (session 14; member phrases and former members, session 18)."""
    founded = [dataclasses.replace(f, target=(parent_of or {}).get(f.target.span, f.target))
               for f in founders_left(doc, sent, cands, prev or ())]
    founded = [f for f in founded if f.source.actor_id is None or f.source.actor_id != f.target.actor_id]
    founded = [f for f in founded if not any(
        g.type == "split" and g.target.span == f.target.span and not _founders_phrase(g, f) for g in here)]
    if not founded:
        return here
    return [f for f in here if not (f.type == "split" and any(
        g.target.span == f.target.span and _founders_phrase(f, g) for g in founded))] + founded


def _named_antecedents(found: list[_Found], mentions: list[ActorRef]) -> list[_Found]:
    """An argument the coreference step resolved ("its", "the group", "the latter") is reported as the group's own
    mention when that is named earlier in the same sentence ("officials blame JNIM ..., where the group's Katiba
    Hanifa": JNIM), so the relation names the group as the text does; a relation told twice that way is kept once
    (session 14)."""
    named = [m for m in mentions if m.via != "coreference" and m.actor_id is not None]

    def key(f: _Found) -> tuple[str, str, tuple[tuple[int, int], ...]]:
        spans = (f.source.span, f.target.span)
        return f.type, f.part, tuple(sorted(spans)) if f.type in SYMMETRIC else spans

    seen = {key(f) for f in found}
    out: list[_Found] = []
    for f in found:
        ends = []
        for end, other in ((f.source, f.target), (f.target, f.source)):
            if end.via == "coreference" and end.actor_id is not None:
                same = [m for m in named if m.actor_id == end.actor_id and f.sentence[0] <= m.span[0] and
                        m.span[1] <= end.span[0] and m.span != other.span and m.actor_id != other.actor_id]
                if same:
                    end = same[-1]
            ends.append(end)
        if ends[0] is not f.source or ends[1] is not f.target:
            f = dataclasses.replace(f, source=ends[0], target=ends[1])
            if key(f) in seen:
                continue
            seen.add(key(f))
        out.append(f)
    return out


def run(doc: Doc, mentions: list[ActorRef], *, doc_id: str, times: list[TimeExpr],
        published: DateValue | None) -> list[Relation]:
    """Every relation between organisations stated in the document, dated and with its certainty."""
    text = doc_text(doc)
    given = mentions
    mentions = argument_mentions(text, mentions)
    sents = _sentences(doc)
    mentions = topic_subjects(text, sents, mentions)
    members = _member_refs(text, mentions)
    parent_of = {mb.ref.span: mb.parent for mb in members}
    found: list[_Found] = []
    prior: list[ActorRef] = []
    # Cheap pre-filter: a rule runs in a sentence only when a word there starts the way the rule's trigger does
    # (Rule.heads, read off the pattern), and a sentence with no organisation to be an argument (no mention, nothing
    # that may be a group name) is skipped. Rules scan the lower-cased sentence without IGNORECASE. (A scan of the
    # whole text per rule cost most of this stage.) The readers after the rules (possessive provinces, listed parts,
    # breakaways, products) run on every sentence that is not skipped, rule or no rule.
    lower = text.lower()
    use_lower = len(lower) == len(text)  # lower() may move offsets (rare letters): then the slow scan
    if not use_lower:
        lower = text
    arguments = sentence_arguments(doc, text, sents, mentions, members)
    # the arguments each sentence offers, kept for the learned back-off (relation_model.candidates), which would
    # otherwise find them again; tied to this list of mentions
    doc.user_data[SENTENCE_CANDIDATES] = (id(given), len(given),
                                          [(sent, a.cands if a else []) for sent, a in zip(sents, arguments)])
    for n, (sent, args) in enumerate(zip(sents, arguments)):
        if args is None:
            continue
        active = _active_rules(lower, sent) if use_lower else _active_rules(lower, sent, cased=True)
        base, by_span, cands = args.base, args.by_span, args.cands
        here: list[_Found] = [*_possessive_provinces(text, sent, cands), *parts_of(text, sent, base),
                              *listed_parts(text, sent, members, cands)]
        here += named_units_of(doc, sent, mentions, here)
        # "the Islamic State's Yemen Province fought AQAP": the province is the argument, not its owner (the
        # affiliation rules read possessives themselves: "X, now the Islamic State's Central Africa Province")
        owners = {f.target.span for f in here}
        unowned = [c for c in cands if c.span not in owners]
        taken: set[tuple[int, int]] = set()
        for rule in active:
            for fast in (_GATED_LOWER[id(rule)] if use_lower and rule.lower else rule.pattern).finditer(
                    lower, sent[0], sent[1]):
                # found on the lower-cased text, confirmed on the text itself ("(?-i:united)" is case-sensitive)
                match = rule.pattern.match(text, fast.start(), sent[1])
                if match is None or any(a <= match.start() < b for a, b in taken) or _in_name(match, cands):
                    continue
                whole = match.span()
                if "trigger" in rule.pattern.groupindex:
                    # a rule with a named trigger group ("an umbrella ... includes"): the context before it is no
                    # trigger, and its arguments lie on either side of the trigger word itself
                    match = _Sub(match, "trigger")
                # "a splinter faction of X", "the three members of X:": a member phrase reaching across the trigger's
                # end, or inside its context, stands for X
                arg_cands = _clean(parent_of.get(c.span, c) if c.span[0] < max(match.end(), whole[1]) and
                                   min(match.start(), whole[0]) < c.span[1]
                                   else c for c in (cands if FAMILIES[rule.type] == "affiliation" else unowned))
                if rule.type in ("accept", "appoint"):
                    new = _accept_appoint(rule, match, doc, sent, arg_cands, prior, [*found, *here], parent_of)
                elif rule.shape == "special":
                    new = _intransitive_split(match, sent, cands, [*found, *here], members)
                else:
                    slots = _with_slots(doc, sent, match.span(), without_persons(rule.type, arg_cands, text))
                    new = _apply_rule(rule, match, doc, sent, slots, here)
                new = [_retyped(f, text) for f in new if not _former_tie(f, text) and not any(
                    g.source.span == f.source.span and g.target.span == f.target.span for g in here)]
                if new:
                    taken.add(match.span())
                    here.extend(new)
        prev = [m for m in prior if n and sents[n - 1][0] <= m.span[0] < sents[n - 1][1]]
        here = subject_products(doc, sent, breakaways(doc, sent, former_comrades(text, here), cands, prev, parent_of),
                                cands)
        here = one_body_products(text, sent, product_mergers(doc, sent, the_two_merged(doc, sent, here, cands), cands),
                                 cands)
        here = renamed_absorber(text, owner_of_unit(text, joined_to_form(text, sent, here, cands), cands), cands)
        here = with_units(text, sent, here, cands)
        here = _with_founders_left(doc, sent, here, cands, prev, parent_of)
        here += [f for f in apposed_appointments(doc, sent, cands, parent_of) if not any(
            g.type == "appoint" and g.source.span == f.source.span for g in here)]
        here = leaders_pledges(doc, sent, took_the_lead(doc, sent, here, cands, base), cands)
        here = made_up_of(doc, sent, among_them(doc, sent, here, cands), cands)
        here = founding_members(doc, sent, here, cands, parent_of)
        here = nominal_rivalries(text, sent, here, cands)
        here = relative_subjects(text, sent, here, cands)
        expanded: list[_Found] = []
        for f in _distinct(here, parent_of):
            srcs = by_span.get(f.source.span, [f.source])
            tgts = by_span.get(f.target.span, [f.target])
            expanded.extend(_Found(f.type, s, t, f.trigger, f.sentence, f.confidence) for s in srcs for t in tgts)
        found.extend(expanded)
        prior.extend(m for m in base if m.via != "coreference")
    # membership of a member that takes part in a relation ("X's emir pledged to Y": the emir belongs to X)
    used = {f.source.span for f in found} | {f.target.span for f in found}
    for mb in members:
        if mb.ref.span in used:
            sent = next(s for s in sents if s[0] <= mb.ref.span[0] < s[1])
            found.append(_Found("affiliation", mb.ref, mb.parent, mb.parent.span, sent, 0.6, "membership"))
    out: list[Relation] = []
    seen: set[str] = set()
    found = _named_antecedents(found, mentions)
    for f in found:
        rid = _relation_id(doc_id, f)
        if rid in seen:
            continue
        seen.add(rid)
        if f.trigger[0] >= min(f.source.span[0], f.target.span[0]) and f.trigger[1] <= max(f.source.span[1],
                                                                                         f.target.span[1]) and \
                f.type in ("affiliation", "split") and f.trigger[1] - f.trigger[0] < 40 and \
                not FOUNDING_VERB.fullmatch(text, f.trigger[0], f.trigger[1]):
            # a noun phrase ("the al-Qaeda affiliate X", "X, a splinter of Y"): only its own words count
            lo = min(f.source.span[0], f.target.span[0])
            cert = certainty(text[max(f.sentence[0], lo - 12):max(f.source.span[1], f.target.span[1])])
        else:
            cert = certainty(_clause(text, f.sentence, f.trigger) + _predicate_of_noun(doc, f.trigger))
        if cert in ("asserted", "claimed", "alleged"):
            cert = framing(text, f.sentence, f.trigger) or cert
        if cert == "asserted" and text[f.sentence[0]:f.sentence[1]].rstrip().endswith("?"):
            cert = "hypothetical"  # "Could X and Y merge?"
        conf = f.confidence * min(f.source.confidence, f.target.confidence) ** 0.5
        out.append(Relation(
            id=rid, doc_id=doc_id, type=f.type, source=f.source, target=f.target,
            sentence=TextSpan(text[f.sentence[0]:f.sentence[1]], f.sentence),
            trigger=TextSpan(text[f.trigger[0]:f.trigger[1]], f.trigger),
            date=None if f.part else _date(text, f.sentence, f.trigger, times, published), certainty=cert,
            confidence=round(conf, 2),
            extractor=f"{EXTRACTOR}.{f.part}/{VERSION}" if f.part else f"{EXTRACTOR}/{VERSION}"))
    log.debug("doc %s: %d relations", doc_id, len(out))
    return out
