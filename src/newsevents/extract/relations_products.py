"""Mergers the trigger table reads badly: the group they made as the subject ("Z brought X and Y under one roof",
"the newly founded Z united X and Y into one command": each of X and Y merges into Z, they are not paired with each
other); "X joined Y to form Z" (X -> Z, Y -> Z); "the two groups" named before ("X took in Y's fighters when the two
groups merged"); and a merger into an unknown province of a known group ("amalgamated into the Islamic State's
Pakistan Province"), which is a merger into that group."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from newsevents.extract.relations_allies import shared_enemies
from newsevents.extract.relations_args import _coordinated, _Found, _named_org
from newsevents.extract.relations_described import described_parts
from newsevents.extract.relations_succession import successions
from newsevents.extract.relation_rules import GROUP_HEADS
from newsevents.extract.relations_names import _CAP, _CONNECT, _GROUP_PHRASE, _fallback_ref
from newsevents.models import ActorRef
from newsevents.nlp import doc_text
from newsevents.nlp.regex_gate import gated

# between the product and its first member: "Z (, which) brought (together) (both) the"
_UNITED_VERB = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?(?:brought|united|unified|"
                          r"merged|fused|welded|melded|combined|amalgamated|folded|pulled|drew|gathered|grouped)\s+"
                          r"(?:together\s+)?(?:both\s+)?(?:the\s+)?", re.I)
# after the last member: one body made of them ("under one roof", "into a single command", "as one"), not a
# coalition that gathers them ("brought X and Y together": they keep their names)
_ONE_BODY = re.compile(r"(?:\s+(?:in|on|during)\s+[\w ]{1,20}?)?\s+(?:under\s+(?:one|a\s+single|a\s+common|the\s+same|"
                       r"a\s+unified|a\s+new)\s+(?:roof|banner|flag|command|name|leadership|structure)\b|into\s+(?:one|"
                       r"a\s+single|a\s+unified|the\s+same)\b|as\s+one\b)", re.I)

# "when the two groups merged": the two groups named before
_THE_TWO = re.compile(r"\b(?:the|both)\s+two(?:\s+(?:[\w-]+\s+)?(?:groups|factions|movements|organi[sz]ations|outfits|"
                      r"militias|gangs|cartels|brigades))?\s+(?:\w+ly\s+)?(?:merged|fused|amalgamated|(?-i:united)|"
                      r"reunited|combined)\b", re.I)


# "X was founded by men who left Y, and the two fought a feud": the two groups named before are rivals
_THE_TWO_FOUGHT = re.compile(r"\b(?:the|both)\s+two(?:\s+(?:[\w-]+\s+)?(?:groups|factions|movements|organi[sz]ations|"
                             r"outfits|militias|gangs|cartels|brigades|wings|armies|sides|halves))?\s+(?:have\s+|had\s+|then\s+|"
                             r"were\s+|are\s+)?(?:\w+ly\s+)?"
                             r"(?:fought|clashed|battled|feuded|warred|been\s+(?:at\s+war|fighting|feuding|rivals)|"
                             # "the two movements were shooting at each other" (round 13)
                             r"(?:shooting|shot|gunning\s+down|killing|fighting)\s+(?:at\s+)?each\s+other|"
                             # "the two sides were trading assassinations" (round 15)
                             r"trad(?:ing|ed)\s+(?:assassinations|blows|fire|attacks|killings))\b|"
                             # "fighting between the two sides left dozens dead" (round 15)
                             r"\b(?:fighting|clashes|battles|war|feud|bloodshed)\s+between\s+the\s+two\s+"
                             r"(?:groups|factions|movements|organi[sz]ations|militias|sides|camps|wings)\b",
                             re.I)


def the_two_merged(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations with a merger of the last two groups named before "the two groups merged", or a
    rivalry between them where "the two fought"."""
    text = doc_text(doc)
    hit = _THE_TWO.search(text, sent[0], sent[1])
    kind = "merger"
    if hit is None:
        hit, kind = _THE_TWO_FOUGHT.search(text, sent[0], sent[1]), "rivalry"
    if hit is None:
        return found
    pair: list[ActorRef] = []
    for m in reversed([m for m in cands if m.span[1] <= hit.start() and m.via != "coreference" and _named_org(m)]):
        if all(m.actor_id is None or m.actor_id != p.actor_id for p in pair):
            pair.insert(0, m)
        if len(pair) == 2:
            break
    if len(pair) < 2 or any(f.type == kind and {f.source.span, f.target.span} == {p.span for p in pair}
                            for f in found):
        return found
    return [*found, _Found(kind, pair[0], pair[1], hit.span(), sent, 0.7)]


# "(an accord) dissolved X and Y into the new Z": the objects merge into the group named after "into"
_FOLDING_VERB = re.compile(r"\b(?:dissolved|merged|folded|fused|amalgamated|combined|welded|melded|integrated|consolidated|"
                           r"incorporated)\s+(?:both\s+)?(?:the\s+)?$", re.I)
_INTO_NEW = re.compile(r"(?:\s+(?:in|on|during)\s+[\w ]{1,20}?)?\s+into\s+(?:the\s+|a\s+)?(?:newly\s+(?:formed|created)\s+|new\s+)?"
                       r"(?:(?:single|unified)\s+)?", re.I)


def _folded_into(text: str, named: list[ActorRef]) -> tuple[ActorRef, list[ActorRef], tuple[int, int]] | None:
    """The product, its members and the verb where a verb folds coordinated groups into one named after them."""
    for first in named:
        verb = _FOLDING_VERB.search(text, max(0, first.span[0] - 40), first.span[0])
        if verb is None:
            continue
        members = _coordinated([m for m in named if m.span[0] >= first.span[0]], text, first)
        z = next((m for m in named if m.span[0] > members[-1].span[1]), None)
        if len(members) >= 2 and z is not None and _INTO_NEW.fullmatch(text, members[-1].span[1], z.span[0]):
            return z, [m for m in members if m.actor_id is None or m.actor_id != z.actor_id], verb.span()
    return None


_HEADS = frozenset(GROUP_HEADS)
_COALITION = (r"(?:alliance|coalition|umbrella|front|grouping|bloc|platform|council|federation|operations\s+room|"
              r"joint\s+command)")
# "X, Y and Z set up the W umbrella", "X and Y announced a new alliance named W", "X and Y launched W"
_FOUNDED_NAMED = re.compile(r"(?:\s*,?\s+and\s+(?:[\w-]+\s+){1,3}?(?:groups|factions|movements|militias|"
                            r"organi[sz]ations|outfits|brigades))?\s*,?\s+(?:(?:have|has|had|then|jointly|together|also|"
                            r"later)\s+)?(?:\w+ly\s+)?(?:in\s+\d{4}\s+)?"
                            r"(?:set\s+up|founded|launched|formed|created|established|announced|unveiled)\s+(?:"
                            r"(?:the\s+(?:formation|creation|launch|founding)\s+of\s+)?(?:an?|the|their)\s+"
                            r"(?:new\s+|joint\s+)?(?:[\w-]+\s+){0,2}?" + _COALITION +
                            r"\s*,?\s*(?P<called>called|named|known\s+as|dubbed)\s+(?:the\s+)?|"
                            r"(?:the\s+)?(?=(?-i:[A-Z])))", re.I)
# "Z, the coalition formed in March 2015 by X, Y and ...": the founders after "by" made the coalition before
_COALITION_BY = re.compile(r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?" + _COALITION +
                           r"\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:formed|founded|set\s+up|created|established|launched)"
                           r"\s+(?:(?:in\s+)?(?:[\w-]+\s+)?"
                           r"(?:\d{4}|year|month|week)\s+)?by\s+(?:the\s+)?(?:(?:rival|two|three|four|five|six|seven)\s+)?",
                           re.I)
# "W was founded in 1982 by four guerrilla organisations, A, B and C", "W was created in 2015 by A, B and C": W's
# founders after "by" (groups only: "founded by P" or "by militants who left X" names no founding group); never
# "launched" (operations are launched)
_FOUNDED_BY = re.compile(r"\s+(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)(?:\w+ly\s+)?(?:founded|formed|created|"
                         r"established|set\s+up|constituted)\b[^,;.:()]{0,50}?\s+by\s+(?:the\s+)?"
                         r"(?:(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:organi[sz]ations|groups|factions|movements|militias|outfits|brigades|parties|fronts)"
                         r"\s*[,:]?\s+(?:(?:among\s+them|including)\s+)?(?:the\s+)?)?(?=(?-i:[A-Z])|al-|el-)", re.I)
# review fix: neither a founder nor the body founded is a state's, a government's or an intergovernmental body ("the
# Government of National Unity was formed in 2021 by the Libyan Political Dialogue Forum and the United Nations")
_STATE_BODY = re.compile(r"(?:^|\s)(?:(?-i:UN)|U\.N\.|United\s+Nations|Government|Ministry|Cabinet|Parliament|Presidency|"
                         r"Security\s+Council|National\s+Assembly|European\s+Union|African\s+Union)\b", re.I)
_NO_FOUNDER_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY", "JUD", "LEG", "IGO", "NGO", "JRN", "MED"})


def _state_body(m: ActorRef) -> bool:
    return m.kind == "state" or m.sector in _NO_FOUNDER_SECTORS or bool(_STATE_BODY.search(m.text))


# one founder and unnamed others: "founded by X together with three smaller factions"
_WITH_OTHERS = re.compile(r"\s*,?\s+(?:together|along)\s+with\s+(?:[\w-]+\s+){0,3}?(?:groups|factions|movements|"
                          r"militias|organi[sz]ations|outfits)\b", re.I)
_LEADING_THE = re.compile(r"(?:The|the)\s+")
# a coalition's name may run over "and" ("the United Front of Ethiopian Federalist and Confederalist Forces")
_CALLED_PHRASE = re.compile(_GROUP_PHRASE.pattern + rf"(?:\s+and\s+{_CAP}(?:{_CONNECT}{_CAP})*)?")
_LAUNCHED = re.compile(r"\b(?:launched|announced|unveiled)\s+(?:the\s+)?$", re.I)
_NOT_FOUNDED = re.compile(r"(?:Operation|Offensive|Battle|Campaign|Attack|Raid|Assault)\b")
# the name founded is followed by nothing that makes it another founder's object ("X and Y launched Z's offensive")
_NAME_END = re.compile(r"\s*(?:[,.;(]|$|\s(?:umbrella|alliance|coalition|front|in|on|to|at|as|with|last|this|after|"
                       r"and\s+(?:called|named|announced))\b)", re.I)


def _named_at(doc: Doc, pos: int, sent: tuple[int, int], cands: list[ActorRef], *, called: bool,
              launched: bool) -> ActorRef | None:
    """The group named at pos: a mention there, or the whole capitalised name where the mentions cover a part of it
    or none ("the Baloch Raji Aajoi Sangar umbrella", which the resolver took for a person); an unknown name only
    where it was introduced as a coalition's ("an alliance called W"), a coalition noun follows it, or it holds a
    group's head word ("Front"), and never an operation ("launched Operation Dawn"; after "launched" or "announced"
    a bare name needs the head word)."""
    text = doc_text(doc)
    z = next((m for m in cands if m.span[0] == pos and m.via != "coreference"), None)
    phrase = _GROUP_PHRASE.match(text, pos, sent[1])
    if phrase is not None and not _NAME_END.match(text, phrase.end(), sent[1]):
        phrase = _CALLED_PHRASE.match(text, pos, sent[1])
    if phrase is not None and (z is None or phrase.end() > z.span[1]) and not _NOT_FOUNDED.match(phrase.group(0)):
        noun = re.match(r"\s+" + _COALITION, text[phrase.end():phrase.end() + 30], re.I)
        if called or noun or (z is not None and _named_org(z)) or set(phrase.group(0).split()) & _HEADS:
            z = _fallback_ref(text, pos, phrase.end(), via="slot-name", confidence=0.5)
    if z is None or not _named_org(z) or _NOT_FOUNDED.match(z.text):
        return None
    if launched and not called and not set(z.text.split()) & _HEADS and \
            not re.match(r"\s+" + _COALITION, text[z.span[1]:z.span[1] + 30], re.I):
        return None  # "X and Y launched Al-Aqsa Flood": an operation, whatever the resolver calls it
    return z if _NAME_END.match(text, z.span[1], sent[1]) else None


def _founded_by(doc: Doc, sent: tuple[int, int], named: list[ActorRef], cands: list[ActorRef]
                ) -> tuple[ActorRef, list[ActorRef], tuple[int, int]] | None:
    """(W, its founders, the trigger) where the sentence tells W "was founded by" two groups or more, or by one
    "together with" unnamed others (round 16); W is the mention before the verb or the capitalised name there."""
    text = doc_text(doc)
    for verb in _FOUNDED_BY.finditer(text, sent[0], sent[1]):
        first = next((m for m in named if m.span[0] == verb.end()), None)
        if first is None:
            continue
        founders = _coordinated([m for m in named if m.span[0] >= first.span[0]], text, first)
        if any(_state_body(m) for m in founders) or \
                len(founders) < 2 and not _WITH_OTHERS.match(text, founders[-1].span[1], sent[1]):
            continue  # (a government or the UN among the founders: no coalition of armed groups)
        z = next((m for m in cands if m.span[1] == verb.start() and m.via != "coreference" and _named_org(m) and
                  m.kind != "person"), None)
        if z is None:
            phrase = next((p for p in _GROUP_PHRASE.finditer(text, sent[0], verb.start()) if p.end() == verb.start()),
                          None)
            if phrase is None or _NOT_FOUNDED.match(phrase.group(0)):
                continue
            start = phrase.start() + (len(lead.group(0)) if (lead := _LEADING_THE.match(phrase.group(0))) else 0)
            if start >= phrase.end():
                continue
            z = _fallback_ref(text, start, phrase.end(), via="slot-name", confidence=0.5)
        if _state_body(z):
            continue
        founders = [m for m in founders if (m.actor_id is None or m.actor_id != z.actor_id) and m.span != z.span]
        if founders:
            return z, founders, (verb.start() + 1, verb.end())
    return None


def founded_named(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations, where two groups or more are told to have founded a coalition they name ("X, Y and
    Z set up the W umbrella", "W, the coalition formed by X and Y"; round 16: "W was founded in 1982 by X, Y and Z"):
    X -> W, Y -> W as mergers, in place of what the rules read between the founders (an alliance to "coordinate
    attacks" is the coalition's) (round 15)."""
    text = doc_text(doc)
    named = [m for m in cands if m.via != "coreference" and _named_org(m) and m.kind != "person"]
    passive = _founded_by(doc, sent, named, cands)
    if passive is not None:
        z, founders, trigger = passive
        return _founders_of(found, z, founders, trigger, sent)
    for x in named:
        verb = _FOUNDED_NAMED.match(text, x.span[1], sent[1])
        by = _COALITION_BY.match(text, x.span[1], sent[1]) if verb is None else None
        if verb is None and by is None:
            continue
        if verb is not None:
            founders = _coordinated([m for m in named if m.span[1] <= x.span[1]], text, x)
            z = _named_at(doc, verb.end(), sent, cands, called=bool(verb.group("called")),
                          launched=bool(_LAUNCHED.search(verb.group(0))))
            trigger = (verb.start() + len(verb.group(0)) - len(verb.group(0).lstrip(" ,")), verb.end())
        else:
            first = next((m for m in named if m.span[0] == by.end()), None)
            founders = _coordinated([m for m in named if m.span[0] >= by.end()], text, first) if first else []
            z, trigger = x, by.span()
        if z is None or len(founders) < 2:
            continue
        founders = [m for m in founders if m.actor_id is None or m.actor_id != z.actor_id]
        return _founders_of(found, z, founders, trigger, sent)
    return found


def _founders_of(found: list[_Found], z: ActorRef, founders: list[ActorRef], trigger: tuple[int, int],
                 sent: tuple[int, int]) -> list[_Found]:
    """Founders -> the coalition Z as mergers, in place of what the rules read between the founders or between a
    founder and the words from Z to the trigger."""
    spans = {m.span for m in founders}
    lo, hi = min(z.span[0], trigger[0]), max(z.span[1], trigger[1])
    kept = [f for f in found if not ({f.source.span, f.target.span} <= spans or (
        {f.source.span, f.target.span} & spans and any(lo <= m.span[0] < hi for m in (f.source, f.target))))]
    return kept + [_Found("merger", m, z, trigger, sent, 0.7) for m in founders[:6]]


def subject_products(doc: Doc, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations, where a group is told to have made one body of the groups after it ("Z brought X
    and Y under one roof") or groups are folded into one named after them ("an accord dissolved X and Y into the new
    Z"), with X -> Z and Y -> Z as mergers in place of what the rules read between them; and founders of a named
    coalition (founded_named); and the enemy allies share ("X fought alongside Z against Y": Z - Y as well,
    relations_allies.shared_enemies); the leaders groups are told to name (relations_succession); and the groups
    others call another's front ("X, which Ankara regards as a front of Y", relations_described)."""
    found = successions(doc, sent, shared_enemies(doc, sent, founded_named(doc, sent, found, cands), cands), cands)
    found = described_parts(doc, sent, found, cands)
    text = doc_text(doc)
    named = [m for m in cands if m.via != "coreference" and _named_org(m) and m.kind != "person"]
    folded = _folded_into(text, named)
    if folded is not None and len(folded[1]) >= 2:
        z, members, verb = folded
        spans = {m.span for m in members}  # (what an agent "merged" with them is no merger: "the SDF merged X and Y")
        kept = [f for f in found if not ({f.source.span, f.target.span} & spans and f.type in ("merger", "alliance"))]
        return kept + [_Found("merger", m, z, verb, sent, 0.75) for m in members[:6]]
    for z in named:
        verb = _UNITED_VERB.match(text, z.span[1], sent[1])
        first = next((m for m in named if verb is not None and m.span[0] == verb.end()), None)
        if first is None:
            continue
        members = [m for m in _coordinated([m for m in named if m.span[0] >= first.span[0]], text, first)
                   if m.actor_id is None or m.actor_id != z.actor_id]
        if len(members) < 2 or not _ONE_BODY.match(text, members[-1].span[1], sent[1]):
            continue
        spans = {z.span, *(m.span for m in members)}
        kept = [f for f in found if not ({f.source.span, f.target.span} <= spans and
                                         f.type in ("merger", "alliance", "affiliation"))]
        trigger = (z.span[1], first.span[0])
        return kept + [_Found("merger", m, z, trigger, sent, 0.75) for m in members[:6]]
    return found


_OWNED = re.compile(r"['’]s\s+$")
# a group's province named after it (not a unit with a name of its own: "the SNA's Third Legion" stays itself)
_PROVINCE = re.compile(r"\b(?:Province|Wilayat|Vilayat|Wilayah)\b")


# "X rebranded as Z after absorbing A and B": what X absorbed went into Z, the name X took
_RENAMED_AS = re.compile(r"\s+(?:\w+ly\s+)?(?:rebranded|renamed\s+itself|was\s+renamed|relaunched\s+itself|restyled\s+itself|"
                         r"reinvented\s+itself)\s+(?:itself\s+)?as\s+(?:the\s+)?", re.I)


def renamed_absorber(text: str, found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """Mergers whose absorbing group took a new name in the same sentence ("X rebranded as Z after absorbing A")
    go to the new name: A -> Z."""
    out = []
    for f in found:
        end = f.source if f.type == "merger" and f.source.span[1] <= f.target.span[0] else None
        new = next((m for m in cands if end is not None and _named_org(m) and m.via != "coreference" and
                    m.span[1] <= f.trigger[0] and _RENAMED_AS.fullmatch(text, end.span[1], m.span[0])), None)
        out.append(f if new is None else dataclasses.replace(f, source=f.target, target=new))
    return out


def owner_of_unit(text: str, found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """Mergers into an unknown province named after a known group's possessive ("into the Islamic State's Pakistan
    Province") go to that group; the province's own affiliation to it is kept."""
    out = []
    for f in found:
        owner = next((m for m in cands if f.type == "merger" and f.target.provisional and
                      _PROVINCE.search(f.target.text) and m.via != "coreference" and
                      not m.provisional and _named_org(m) and m.span[1] <= f.target.span[0] and
                      _OWNED.fullmatch(text, m.span[1], f.target.span[0])), None)
        out.append(f if owner is None or owner.actor_id == f.source.actor_id else dataclasses.replace(f, target=owner))
    return out


# "X joined (forces with) Y to form Z", "X teamed up with Y and founded Z": both found Z
_JOINED = re.compile(r"\s+(?:\w+ly\s+)?(?:joined|teamed\s+up\s+with|linked\s+up\s+with)\s+(?:forces\s+with\s+)?(?:the\s+)?",
                     re.I)
_TO_FORM = re.compile(r"(?:\s+(?:in|on|during)\s+[\w ]{1,20}?)?\s*,?\s+(?:to\s+(?:form|create|found|establish|launch)|and\s+"
                      r"(?:together\s+)?(?:formed|created|founded|established|launched))\s+(?:(?:a|the)\s+(?:new\s+)?"
                      r"(?:[\w-]+\s+){0,2}?(?:group|organi[sz]ation|movement|coalition|alliance|front|umbrella|force|outfit)"
                      r"\s*,?\s*(?:(?:called|named|known\s+as)\s+)?)?(?:the\s+)?", re.I)


_OTHERS_TO_FORM = re.compile(r"\s+(?:several|other|some|a\s+dozen|a\s+few|\w+)\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:groups|factions|blocs|blocks|militias|brigades|organi[sz]ations|movements|outfits|units)"
                            + _TO_FORM.pattern, re.I)


def joined_to_form(text: str, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations, where one group joined another to form a third ("X joined Y to form Z"): X -> Z and
    Y -> Z as mergers in place of X joining Y; "X joined other blocs to form Z" is X -> Z, a merger."""
    # "X joined other regional blocs to form Z": the others unnamed, X is one of Z's founders
    found = [dataclasses.replace(f, type="merger") if f.type == "affiliation" and f.trigger[1] <= f.target.span[0] and
             _OTHERS_TO_FORM.fullmatch(text, f.trigger[1], f.target.span[0]) else f for f in found]
    named = [m for m in cands if m.via != "coreference" and _named_org(m) and m.kind != "person"]
    for x, y, z in zip(named, named[1:], named[2:]):
        if _JOINED.fullmatch(text, x.span[1], y.span[0]) and _TO_FORM.fullmatch(text, y.span[1], z.span[0]) and \
                z.actor_id not in (x.actor_id, y.actor_id):
            spans = {x.span, y.span, z.span}
            kept = [f for f in found if not {f.source.span, f.target.span} <= spans]
            return kept + [_Found("merger", m, z, (x.span[1], z.span[0]), sent, 0.75) for m in (x, y)]
    return found


# the merger's one body ends the trigger; its name follows: "fusing into a single body, the Syrian Liberation Front",
# "rolled themselves into a single coalition called Viv Ansanm", "came out of the meeting as a single movement, JNIM"
_ONE_BODY_END = re.compile(r"\b(?:body|movement|coalition|alliance|organi[sz]ation|group|entity|force|command|bloc|front|"
                           r"federation|structure|formation)$", re.I)
_BODY_NAMED = re.compile(r"(?:\s+(?:in|on|during)\s+(?:(?:early|late|mid)\s+)?(?:[A-Z][a-z]+\s+)?\d{4})?\s*(?:,\s*|\s+(?:called|"
                         r"named|known\s+as|calling\s+itself|dubbed|styled)\s+)(?:the\s+)?")


def one_body_products(text: str, sent: tuple[int, int], found: list[_Found], cands: list[ActorRef]) -> list[_Found]:
    """The sentence's relations, where groups merged into one body named right after it ("X and Y fused into a
    single body, Z"): X -> Z and Y -> Z in place of the mergers read between them (round 13)."""
    for f in found:
        if f.type != "merger" or not _ONE_BODY_END.search(text, f.trigger[0], f.trigger[1]):
            continue
        gap = _BODY_NAMED.match(text, f.trigger[1], sent[1])
        z = next((m for m in cands if gap is not None and m.span[0] == gap.end() and m.via != "coreference" and
                  _named_org(m) and m.kind != "person"), None)
        if z is None:
            continue
        pairs = [g for g in found if g.type == "merger" and g.trigger == f.trigger]
        members = list({m.span: m for g in pairs for m in (g.source, g.target)
                        if m.span != z.span and (m.actor_id is None or m.actor_id != z.actor_id)}.values())
        kept = [g for g in found if g not in pairs]
        return kept + [_Found("merger", m, z, f.trigger, sent, f.confidence) for m in members[:6]]
    return found


# Speed only, same matches: the patterns scanned over every sentence skip one that holds none of the literal
# words each match must hold (newsevents.nlp.regex_gate).
_THE_TWO_FOUGHT = gated(_THE_TWO_FOUGHT)
_FOUNDED_BY = gated(_FOUNDED_BY)
_THE_TWO = gated(_THE_TWO)
_UNITED_VERB = gated(_UNITED_VERB)
