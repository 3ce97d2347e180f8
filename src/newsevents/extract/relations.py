"""Relations between armed groups (pledge, accept, appoint, affiliation, alliance, rivalry, split, merger)."""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsevents.extract.relation_rules import APPOINT_ROLE, GROUP_HEADS, RULES, Rule
from newsevents.extract.times import event_date
from newsevents.models import ActorRef, DateValue, EventDate, Event, Relation, TextSpan, TimeExpr
from newsevents.nlp import doc_text, sentences

log = logging.getLogger(__name__)

EXTRACTOR = "relations"
VERSION = "0.1"
FAMILIES: dict[str, str] = {
    "pledge": "affiliation", "accept": "affiliation", "appoint": "affiliation", "affiliation": "affiliation",
    "alliance": "alliance", "rivalry": "rivalry", "split": "split", "merger": "merger",
}
SYMMETRIC = frozenset({"alliance", "rivalry", "merger"})
NOT_ASSERTED = frozenset({"negated", "hypothetical", "future"})

# --- group names -----------------------------------------------------------------------------

_PROVINCE_WORDS = re.compile(
    r"\b(?:w|v)[ie]l[ae]?y+[ae]?[ht]?s?\b|\bvilaiyat\b|\bwilaya\b|\bprovince\b|\bgovernorate\b", re.I)
_ARABIC_REGIONS = {"qawqaz": "caucasus", "kavkaz": "caucasus", "qoqaz": "caucasus"}


def normalise_group_name(name: str) -> str:
    """A matching key for a group name: case, accents, 'the', and Wilayat/Vilayat/Velayat/Province unified."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").lower()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    words = [w for w in text.split() if w not in ("the", "of")]
    is_province = any(_PROVINCE_WORDS.fullmatch(w) for w in words)
    words = [_ARABIC_REGIONS.get(w, w) for w in words if not _PROVINCE_WORDS.fullmatch(w)]
    if not is_province:
        return " ".join(words)
    # an adjectival region name next to the province word ("Dagestani Vilayyat") becomes the noun
    words = [w[:-1] if w.endswith("i") and len(w) > 6 else w for w in words]
    return " ".join(["wilayat", *words])


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", normalise_group_name(text)).strip("_")[:60]


# --- formation clauses (the trigger rules live in relation_rules.py) -------------------------

_FORMATION = re.compile(
    r"\b(?:was|were|had\s+been)?\s*(?:formed|founded|established|created|set\s+up|emerged|launched|"
    r"proclaimed|declared)\b", re.I)

# --- certainty -------------------------------------------------------------------------------

_NEGATED = re.compile(r"\b(?:not|never|no\s+longer|denied|denies|deny|denying|rejected\s+(?:reports|claims)|"
                      r"refused\s+to|refused|rejected|rejects|n't|neither|nor|without)\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:may|might|could|would|should|if|whether|possibly|possible|consider(?:s|ed|ing)?|"
                           r"mulling|weighing|rumou?rs?\s+of)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|'ll|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|set\s+to|"
                     r"is\s+to|are\s+to|threaten(?:s|ed)?\s+to|vow(?:s|ed)?\s+to|going\s+to|about\s+to)\b", re.I)
_ALLEGED = re.compile(r"\b(?:allegedly|alleged|reportedly|reported|apparently|appears?\s+to|appeared\s+to|seems?\s+to|"
                      r"is\s+believed|are\s+believed|believed\s+to|suspected|purportedly|purported|rumou?red|"
                      r"said\s+to|unconfirmed|unverified|accused\s+of)\b", re.I)
_CLAIMED = re.compile(r"\b(?:claim(?:ed|s|ing)?|according\s+to|insist(?:ed|s)?|the\s+group\s+said|said\s+it|"
                      r"said\s+they|asserted)\b", re.I)


def certainty(clause: str) -> str:
    """The certainty of a relation from the words of its clause up to and around the trigger."""
    if _NEGATED.search(clause):
        return "negated"
    if _FUTURE.search(clause):
        return "future"
    if _HYPOTHETICAL.search(clause):
        return "hypothetical"
    if _ALLEGED.search(clause):
        return "alleged"
    if _CLAIMED.search(clause):
        return "claimed"
    return "asserted"


# --- member and descriptor mentions -----------------------------------------------------------

_MEMBER_NOUN = (r"(?:militants?|fighters?|members?|commanders?|leaders?|leadership|emirs?|amirs?|governors?|walis?|"
                r"chiefs?|jihadists?|insurgents?|rebels?|cells?|units?|factions?|wings?|branch(?:es)?|"
                r"followers|loyalists|defectors|figures)")
_MEMBER_OF = re.compile(r"\b(?:(?:\w+\s+){0,2}?)" + _MEMBER_NOUN
                        + r"\s+(?:from|of|in|within|belonging\s+to)\s+(?:the\s+)?$",
                        re.I)
_GROUP_IN_PLACES = re.compile(
    r"\b(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ss]everal|[Aa]rmed)\s+)?(?:[Mm]ilitants|[Jj]ihadists|"
    r"[Ii]nsurgents|[Rr]ebels|[Ff]ighters|[Mm]ujahedeen|[Mm]ujahideen|[Ii]slamists)\s+(?:in|from)\s+"
    r"((?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)(?:\s*,\s*(?:and\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*|\s+and\s+"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)*)")


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "from", "in", "within", "belonging", "to", "two", "three",
                             "four", "five", "several", "some", "many"})


@dataclass(frozen=True)
class _Member:
    """A member, leader or sub-unit of a group, named through the group ("X's Dagestani emir")."""

    ref: ActorRef
    parent: ActorRef


def _member_refs(text: str, mentions: list[ActorRef]) -> list[_Member]:
    """ActorRefs for 'militants from X', 'X's emir', 'X commanders' with the group they belong to."""
    out: list[_Member] = []
    for m in mentions:
        if m.kind in ("person", "state", "place", "agent") or m.via == "coreference":
            continue
        s, e = m.span
        before = text[max(0, s - 60):s]
        pre = _MEMBER_OF.search(before)
        start = s - len(before) + pre.start() if pre else s
        post = re.match(r"(?:['’]s)?\s+((?:[A-Z][\w-]*\s+){0,3})" + _MEMBER_NOUN + r"\b", text[e:e + 60])
        if pre is not None:
            span = (start, e)
        elif post is not None and (text[e:e + 2] in ("'s", "’s") or post.group(1) == ""):
            span = (s, e + post.end())
        else:
            continue
        words = text[span[0]:span[1]]
        rest = (text[span[0]:s] + " " + text[e:span[1]]).replace("’s", " ").replace("'s", " ")
        rest = " ".join(w for w in rest.split() if w.lower() not in _FUNCTION_WORDS and not w.isdigit())
        parent_name = m.name or m.text
        name = f"{rest} ({parent_name})"
        out.append(_Member(
            ref=ActorRef(text=words, span=span, actor_id=f"PROV_{_slug(parent_name)}_{_slug(rest)}", name=name,
                         kind="group", provisional=True, via="member-of", confidence=round(0.8 * m.confidence, 2),
                         extractor=EXTRACTOR),
            parent=m))
    return out


def _descriptor_refs(text: str, sent: tuple[int, int], mentions: list[ActorRef]) -> list[ActorRef]:
    """Unnamed groups by place ("militants in Dagestan, Chechnya and Ingushetia"): one actor per place."""
    out: list[ActorRef] = []
    s0, s1 = sent
    for m in _GROUP_IN_PLACES.finditer(text, s0, s1):
        if any(a.span[0] <= m.start(1) < a.span[1] for a in mentions):
            continue
        places = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1)) if p.strip()]
        noun = re.search(r"(militants|jihadists|insurgents|rebels|fighters|mujahedeen|mujahideen|islamists)",
                         m.group(0), re.I)
        assert noun is not None
        for place in places:
            name = f"{noun.group(1).lower()} in {place}"
            out.append(ActorRef(text=m.group(0), span=(m.start(), m.end()), actor_id=f"PROV_{_slug(name)}",
                                name=name, kind="group", provisional=True, via="descriptor", confidence=0.6,
                                extractor=EXTRACTOR))
    return out


# --- group names the resolver missed -----------------------------------------------------------

_CAP = r"(?:[A-Z](?:\w|['’](?!s\b))*(?:-[\w'’]+)*|(?:al|el|wal|ad|as|ash|ar|an|at|az|ul|e|bin|ibn)-[A-Za-z][\w'’]*)"
_CONNECT = r"(?:\s+(?:of\s+the|of|for|wa|wal|bin|ibn)\s+|\s+)"
_GROUP_PHRASE = re.compile(rf"(?<![\w'’-]){_CAP}(?:{_CONNECT}{_CAP})*")
_HEADS = frozenset(GROUP_HEADS)
# "ISIS-Somalia", "IS-Sinai", "al-Qaeda-Yemen": a parent name joined to a place by a hyphen
_SUFFIXED = re.compile(r"\b(?:ISIS|ISIL|IS|Daesh|[Aa]l-Qaeda|AQ)[-–][A-Z][\w]*\b")
# "the Red Scorpions", "the Night Hawks": a capitalised plural after "the", when spaCy tagged no place there
_PLURAL_NAME = re.compile(r"\b[Tt]he\s+((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+s)\b(?!\s+[A-Z])")
_NOT_PLACES = ("ORG", "PERSON", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW")
# Mentions a group name may swallow ("Lake Chad Battalion" over the state "Chad", "Liwa X" tagged PERSON).
_WEAK_KINDS = ("person", "state", "place", "agent", "group")


def _fallback_ref(text: str, start: int, end: int) -> ActorRef:
    name = text[start:end]
    return ActorRef(text=name, span=(start, end), actor_id=f"PROV_{_slug(name)}", name=name, kind="armed_group",
                    provisional=True, via="group-name", confidence=0.6, extractor=EXTRACTOR)


def group_name_refs(doc: Doc, sent: tuple[int, int], mentions: list[ActorRef]) -> list[ActorRef]:
    """Provisional ActorRefs for group names the resolver missed or took for a person or a place: a capitalised
    phrase with a group head word ("Liwa Fatemiyoun", "Nyatura Collective", "Lake Chad Battalion"), a parent
    name with a place suffix ("ISIS-Somalia"), or a capitalised plural after "the" ("the Red Scorpions")."""
    text = doc_text(doc)
    out: list[ActorRef] = []

    def overlapping(a: int, b: int) -> list[ActorRef]:
        return [m for m in mentions if m.span[0] < b and a < m.span[1] and m.via != "coreference"]

    for m in _SUFFIXED.finditer(text, sent[0], sent[1]):
        if all(o.span[0] >= m.start() and o.span[1] <= m.end() for o in overlapping(*m.span())):
            out.append(_fallback_ref(text, *m.span()))
    for m in _GROUP_PHRASE.finditer(text, sent[0], sent[1]):
        a, b = m.span()
        words = text[a:b].split()
        if words[0] in ("The", "the"):
            a += len(words[0]) + 1
            words = words[1:]
        # one word will do when it is hyphenated onto a head word ("Tehreek-e-Azadi")
        if not any(w in _HEADS for w in words) and not (words and words[0].split("-")[0] in _HEADS):
            continue
        if len(words) < 2 and "-" not in words[0]:
            continue
        if any(o.span[0] < b and a < o.span[1] for o in out):
            continue
        # a name the resolver already knows as an organisation wins; weaker readings give way
        if any(o.kind not in _WEAK_KINDS for o in overlapping(a, b)):
            continue
        out.append(_fallback_ref(text, a, b))
    for m in _PLURAL_NAME.finditer(text, sent[0], sent[1]):
        a, b = m.span(1)
        if overlapping(a, b) or any(o.span[0] < b and a < o.span[1] for o in out):
            continue
        ents = [e for e in doc.ents if e.start_char < b and a < e.end_char]
        if any(e.label_ not in _NOT_PLACES for e in ents):
            continue
        out.append(_fallback_ref(text, a, b))
    return out


# --- sentences and arguments ------------------------------------------------------------------


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans, also cut at line breaks (headlines, tweets and captions are their own sentences)."""
    out: list[tuple[int, int]] = []
    for sent in sentences(doc):
        start = sent.start_char
        for piece in re.finditer(r"[^\n]+", sent.text):
            a, b = start + piece.start(), start + piece.end()
            if doc_text(doc)[a:b].strip():
                out.append((a, b))
    return out


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _subject_span(doc: Doc, trigger_start: int, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The character span of the grammatical subject governing the trigger word, if the parse has one."""
    tok = _token_at(doc, trigger_start)
    for _ in range(6):
        if tok is None:
            return None
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i < tok.i]
        if subjects:
            subj = subjects[0]
            if subj.lower_ in ("which", "that", "who") and tok.dep_ in ("relcl", "acl"):
                head = tok.head
                return head.left_edge.idx, head.idx + len(head.text)
            left = subj.left_edge.idx
            if not sent[0] <= left < sent[1]:
                return None
            return left, subj.right_edge.idx + len(subj.right_edge.text)
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            head = tok.head
            return head.left_edge.idx, head.idx + len(head.text)
        if tok.dep_ in ("xcomp", "conj", "advcl", "pcomp", "prep", "dobj", "pobj", "ccomp", "acomp", "attr",
                        "amod", "compound", "nmod", "npadvmod", "appos") and tok.head is not tok:
            tok = tok.head
            continue
        return None
    return None


def _coordinated(before: list[ActorRef], text: str, anchor: ActorRef) -> list[ActorRef]:
    """The anchor plus the mentions joined to it by ',' or 'and' just before it ("X, Y and Z")."""
    group = [anchor]
    cur = anchor
    for m in reversed(before):
        if m.span[1] > cur.span[0]:
            continue
        gap = text[m.span[1]:cur.span[0]]
        if m.via != "coreference" and re.fullmatch(r"\s*(?:,|and|,\s*and|as\s+well\s+as|&)\s*(?:the\s+)?(?:[A-Z][a-z]+\s+)?", gap):
            group.insert(0, m)
            cur = m
        else:
            break
    cur = anchor
    for m in before:
        if m.span[0] < cur.span[1]:
            continue
        gap = text[cur.span[1]:m.span[0]]
        if m.via != "coreference" and re.fullmatch(r"\s*(?:,|and|,\s*and|as\s+well\s+as|&)\s*(?:the\s+)?(?:[A-Z][a-z]+\s+)?", gap):
            group.append(m)
            cur = m
        else:
            break
    return group


def _clean(ms: Iterable[ActorRef]) -> list[ActorRef]:
    """Mentions without those nested inside a longer one, in text order."""
    ms = sorted(ms, key=lambda m: (m.span[0], -m.span[1]))
    out: list[ActorRef] = []
    for m in ms:
        if out and out[-1].span[0] <= m.span[0] and m.span[1] <= out[-1].span[1]:
            continue
        out.append(m)
    return out


@dataclass(frozen=True)
class _Found:
    """A relation found in one sentence, before it is dated and given an id."""

    type: str
    source: ActorRef
    target: ActorRef
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    confidence: float
    part: str = ""  # "" for stated relations, "membership" for links derived from "X's emir"


def _in_subject(cands: list[ActorRef], subj: tuple[int, int] | None, text: str = "") -> list[ActorRef]:
    """The mentions inside the subject; a possessor gives way to what it possesses ("the FSA's Hamza Division")."""
    if subj is None:
        return []
    inside = [m for m in cands if subj[0] <= m.span[0] and m.span[1] <= subj[1]]
    return [m for m, nxt in zip(inside, [*inside[1:], None])
            if nxt is None or not text or not re.fullmatch(r"['’]s\s+", text[m.span[1]:nxt.span[0]])
            or not _is_name(nxt.text)]


def _is_name(words: str) -> bool:
    """Every word capitalised (particles aside): a name ("Hamza Division"), not a description ("Yemen province")."""
    return all(w[:1].isupper() for w in words.split() if w.lower() not in ("of", "the", "and", "for")
               and not re.match(r"(?:al|el|wal|ad|as|ash|ar)-", w))


def _org(m: ActorRef) -> bool:
    return m.kind not in ("person", "agent", "place")


def _apply_rule(rule: Rule, match: re.Match[str], doc: Doc, sent: tuple[int, int], cands: list[ActorRef],
                found: list[_Found]) -> list[_Found]:
    text = doc_text(doc)
    t0, t1 = match.span()
    before = [m for m in cands if m.span[1] <= t0]
    after = [m for m in cands if m.span[0] >= t1]
    out: list[_Found] = []

    # "to Abu Bakr al-Baghdadi's Islamic State": the possessor is not the argument, the possessed is
    if after and re.match(r"['’]s\b", text[after[0].span[1]:after[0].span[1] + 2]):
        rest = [m for m in after[1:] if re.fullmatch(r"['’]s\s+(?:\w+\s+){0,2}?", text[after[0].span[1]:m.span[0]])]
        after = rest + [m for m in after[1:] if m not in rest] if rest else []

    def add(src: ActorRef, tgt: ActorRef, conf: float = rule.confidence) -> None:
        if src.actor_id is not None and src.actor_id == tgt.actor_id:
            return
        if "state" in (src.kind, tgt.kind) or "place" in (src.kind, tgt.kind):
            return
        gap = text[min(src.span[1], tgt.span[1], t1):max(src.span[0], tgt.span[0], t0)]
        if "—" in gap or "\n" in gap:
            return
        if src.span == tgt.span:
            return
        if rule.type == "pledge" and tgt.via == "member-of" and _LEADER_WORDS.search(tgt.text):
            return  # an oath to a group's leader names a person, not the group
        if any(re.match(r"[-‐](?:led|backed|based)\b", text[m.span[1]:m.span[1] + 8]) for m in (src, tgt)):
            return  # "Saudi-led forces": the name modifies an unnamed argument
        out.append(_Found(rule.type, src, tgt, (t0, t1), sent, conf))

    if rule.shape == "pre":
        # "X, al-Qaeda's branch in the Sahel": the possessor is the parent of the noun before the comma
        if len(before) >= 2 and re.fullmatch(r"['’]s\s*(?:\w+\s+){0,2}?\s*", text[before[-1].span[1]:t0]) and \
                re.fullmatch(r",\s*(?:the\s+|an?\s+)?", text[before[-2].span[1]:before[-1].span[0]]):
            add(before[-2], before[-1])
            return out
        gap_ok = before and re.fullmatch(r"\s*(?:['’]s)?\s*(?:\w+\s+){0,2}?", text[before[-1].span[1]:t0] + " ")
        if before and after and gap_ok and re.fullmatch(r"[\s,]*(?:the\s+)?", text[t1:after[0].span[0]], re.I):
            add(after[0], before[-1])
        return out
    if rule.shape == "rev":
        if before and after:
            subj = _in_subject(before, _subject_span(doc, t0, sent), text) or before[-1:]
            add(after[0], subj[0])
        return out
    if rule.shape == "sym" and rule.type == "alliance" and "alongside" in match.group(0).lower() and after:
        # "X fought alongside Y against Z": the enemy after "against" is X's (and Y's) rival
        enemy = next((m for m in after[1:] if re.fullmatch(r"\s+against\s+(?:the\s+)?",
                                                           text[after[0].span[1]:m.span[0]])), None)
        if enemy is not None and before:
            subj = _in_subject(before, _subject_span(doc, t0, sent), text) or before[-1:]
            out.append(_Found("rivalry", subj[0], enemy, (t0, t1), sent, 0.7))
    if rule.shape == "sym":
        pair_after = len(after) >= 2 and re.fullmatch(r"\s*(?:and|,|,\s*and|&)\s*(?:the\s+)?",
                                                      text[after[0].span[1]:after[1].span[0]])
        between = re.search(r"\b(?:between|among|of)\s*$", match.group(0)) or \
            re.match(r"\s*(?:\w+\s+)?(?:between|among)\b", text[t1:t1 + 20])
        if between and pair_after:
            add(after[0], after[1])
            return out
        if not before:
            if pair_after:
                add(after[0], after[1])
            return out
        subj = _in_subject(before, _subject_span(doc, t0, sent), text)
        anchor = subj[0] if subj else before[-1]
        group = _coordinated(before, text, anchor)
        # "X fought alongside Y" pairs subject and object; "X and Y merged" pairs the subjects
        objectful = re.search(r"(?:alongside|with|against|on|of|to|from|into|ousted|expelled|drove|driven|"
                              r"pushed|evicted|routed|dislodged|fought|battled|fighting|fights|battling|attacked|"
                              r"ambushed|raided|overran|assassinated)\s*$", match.group(0).strip(), re.I)
        if objectful and not re.match(r"\s*(?:each\s+other|one\s+another)\b", text[t1:t1 + 20]):
            if after and len(text[t1:after[0].span[0]]) <= 80:
                for src in group:
                    add(src, after[0])
            return out
        if len(group) >= 2:
            for other in group[1:]:
                add(group[0], other)
            return out
        if after and len(text[t1:after[0].span[0]]) <= 80:
            for src in group:
                add(src, after[0])
        return out
    if rule.shape == "special":
        return out
    # svo
    # "part of the al-Qaeda-linked JNIM": a name bound to the next one by "-linked" only modifies it
    while len(after) >= 2 and re.match(r"[-‐](?:linked|affiliated|aligned|allied|backed|inspired)\b",
                                       text[after[0].span[1]:after[0].span[1] + 12]):
        after = after[1:]
    if not before or not after:
        return out
    subj = _in_subject(before, _subject_span(doc, t0, sent), text)
    anchor = subj[0] if subj else before[-1]
    if len(text[t1:after[0].span[0]]) > 80:
        return out
    for src in _coordinated(before, text, anchor):
        add(src, after[0])
    return out


_LEADER_WORDS = re.compile(r"\b(?:leader|leadership|emir|amir|caliph|chief|head|commander)s?\b", re.I)
_PROVINCE_NAME = re.compile(r"\b(?:Province|Wilayat|Vilayat|Wilayah|Branch)\b")  # capitalised: a name


def _possessive_provinces(text: str, sent: tuple[int, int], cands: list[ActorRef]) -> list[_Found]:
    """'the Islamic State's Sinai Province': the province (or branch) named after a possessive belongs to it."""
    out: list[_Found] = []
    for owner, named in zip(cands, cands[1:]):
        gap = text[owner.span[1]:named.span[0]]
        if re.fullmatch(r"['’]s\s+", gap) and _PROVINCE_NAME.search(named.text) and _org(owner) and _org(named) \
                and owner.actor_id != named.actor_id:
            out.append(_Found("affiliation", named, owner, (owner.span[1], named.span[0]), sent, 0.7))
    return out


def _accept_appoint(rule: Rule, match: re.Match[str], doc: Doc, sent: tuple[int, int], cands: list[ActorRef],
                    prior: list[ActorRef], found: list[_Found]) -> list[_Found]:
    """'X accepted the pledge of Y' and 'X named Z governor of ...': the acceptor/appointer may be a pronoun."""
    text = doc_text(doc)
    t0, t1 = match.span()
    before = [m for m in cands if m.span[1] <= t0 and _org(m)]
    after = [m for m in cands if m.span[0] >= t1]
    subj = _in_subject(before, _subject_span(doc, t0, sent), text)
    acting = subj[0] if subj else (before[-1] if before else None)
    if acting is None:
        acting = next((m for m in reversed(prior) if _org(m) and m.kind in ("armed_group", "organisation", None)
                       and not m.provisional), None)
    if acting is None:
        return []
    out: list[_Found] = []
    if rule.type == "accept":
        inside = [m for m in cands if t0 < m.span[0] and m.span[1] <= t1 and _org(m) and m not in before]
        named = inside[:1] or [m for m in after if _org(m) and len(text[t1:m.span[0]]) <= 40]
        pledgers: list[ActorRef] = named[:1]
        poss = re.search(r"\b(?:your|their|the|its|his|this|these)\s+(?:\w+\s+){0,2}?(?:pledge|allegiance|bay)",
                         match.group(0), re.I)
        if not pledgers and poss:
            pledgers = [f.source for f in found if f.type == "pledge" and f.target.actor_id == acting.actor_id]
        for p in dict.fromkeys(pledgers):
            if p.actor_id != acting.actor_id:
                out.append(_Found("accept", acting, p, (t0, t1), sent, rule.confidence))
        return out
    # appoint: the appointee follows the verb, a role word follows the appointee
    if not after:
        return out
    appointee = after[0]
    gap = text[t1:appointee.span[0]]
    tail = text[appointee.span[1]:min(sent[1], appointee.span[1] + 40)]
    if len(gap) > 12 or not APPOINT_ROLE.search(tail):
        if not (re.match(r"\s*(?:as\s+)?(?:its|the)\s+(?:new\s+)?", text[t1:t1 + 20]) and
                APPOINT_ROLE.search(text[t1:t1 + 40])):
            return out
    passive = re.search(r"\b(?:was|were|been|is|has\s+been)\s+$", text[max(sent[0], t0 - 12):t0])
    if passive:
        boss = next((m for m in after[1:] if _org(m)), None)
        if boss is not None and before:
            out.append(_Found("appoint", before[-1], boss, (t0, t1), sent, rule.confidence))
        return out
    if appointee.actor_id != acting.actor_id:
        out.append(_Found("appoint", appointee, acting, (t0, t1), sent, rule.confidence))
    return out


def _intransitive_split(match: re.Match[str], sent: tuple[int, int], cands: list[ActorRef],
                        found: list[_Found], members: list[_Member]) -> list[_Found]:
    """'Thus the IK splits': the member of the group that just pledged elsewhere breaks away from it."""
    t0, t1 = match.span()
    before = [m for m in cands if m.span[1] <= t0 and _org(m)]
    if not before:
        return []
    group = before[-1]
    out = []
    for f in found:
        if not 0 <= sent[0] - f.sentence[1] <= 3:
            continue  # only the pledge told just before ("... sworn allegiance to ISIL. Thus the IK splits")
        if f.type in ("pledge", "affiliation") and f.target.actor_id != group.actor_id:
            parent = next((mb.parent for mb in members if mb.ref.span == f.source.span), None)
            if parent is not None and parent.actor_id == group.actor_id:
                out.append(_Found("split", f.source, group, (t0, t1), sent, 0.6))
    return out


# --- dates -----------------------------------------------------------------------------------

_ATTRIBUTION = re.compile(r"^\s*[—–-]{1,2}\s*[^\n]{0,80}?\(@\w+\)\s*(?P<date>[^\n]{4,40})$")


def _usable_times(times: list[TimeExpr], text: str, trigger: tuple[int, int]) -> list[TimeExpr]:
    """Time expressions that can date the relation: not ones naming another event ('the December 4 attack')
    nor ones in a formation clause ('which formed in 2007')."""
    out = []
    for t in times:
        s, e = t.span
        if re.search(r"\b(?:the|a|an|its|their|['’]s)\s+$", text[max(0, s - 6):s]) and \
                re.match(r"\s+[a-z]+", text[e:e + 20]):
            continue
        if t.span[0] > trigger[1]:
            between = text[trigger[1]:t.span[0]]
        else:
            between = text[t.span[1]:trigger[0]]
        if _FORMATION.search(between) and re.search(r"\b(?:which|that|who|,)\b|,", between):
            continue
        out.append(t)
    return out


def _attribution_date(text: str, sent: tuple[int, int], times: list[TimeExpr]) -> EventDate | None:
    """A tweet's date line ('— Name (@handle)December 20, 2014') right after the sentence's paragraph."""
    pos = sent[1]
    for _ in range(3):
        line_end = text.find("\n", pos + 1)
        line_end = len(text) if line_end == -1 else line_end
        line = text[pos:line_end].strip("\n")
        if _ATTRIBUTION.match(line):
            line_start = text.find(line, pos)
            hits = [t for t in times if line_start <= t.span[0] < line_start + len(line) and t.value]
            if hits:
                t = hits[-1]
                return EventDate(value=t.value, precision=t.precision, text=t.text, span=t.span, how="paragraph",
                                 confidence=round(0.8 * t.confidence, 2), extractor=EXTRACTOR)
            return None
        if line.strip() and not text[pos:line_end].startswith("\n"):
            pos = line_end
            continue
        pos = line_end
    return None


def _date(text: str, sent: tuple[int, int], trigger: tuple[int, int], times: list[TimeExpr],
          published: DateValue | None) -> EventDate | None:
    usable = _usable_times(times, text, trigger)
    in_sentence = [t for t in usable if sent[0] <= t.span[0] and t.span[1] <= sent[1] and t.value]
    if not in_sentence:
        tweet = _attribution_date(text, sent, times)
        if tweet is not None:
            return tweet
    return event_date(usable, sent, trigger, text, published, past=True)


# --- formation dates -------------------------------------------------------------------------


@dataclass(frozen=True)
class Formation:
    """A group's founding as told in a sentence ("which formed in the region in 2007")."""

    actor: ActorRef
    sentence: TextSpan
    trigger: TextSpan
    date: EventDate | None
    doc_id: str
    extractor: str = EXTRACTOR


_FORMED = re.compile(r"\b(?:(?:was|were|had\s+been)\s+)?(?:formed|founded|established|created|set\s+up|emerged|"
                     r"came\s+into\s+being)\b(?:\s+(?:in|on|during)\b)?", re.I)


def find_formations(doc: Doc, mentions: list[ActorRef], *, doc_id: str, times: list[TimeExpr]) -> list[Formation]:
    """When groups were formed, from 'X, which formed in 2007' and 'X was founded in 2002' (dated ones only)."""
    text = doc_text(doc)
    out: list[Formation] = []
    for sent in _sentences(doc):
        cands = _clean(m for m in mentions if sent[0] <= m.span[0] and m.span[1] <= sent[1] and _org(m))
        for match in _FORMED.finditer(text, sent[0], sent[1]):
            before = [m for m in cands if m.span[1] <= match.start()]
            if not before or len(text[before[-1].span[1]:match.start()]) > 40:
                continue
            if not re.fullmatch(r"\s*(?:,\s*)?(?:which|that|who)?\s*(?:\w+\s+)?", text[before[-1].span[1]:
                                                                                       match.start()] + " "):
                continue
            dated = [t for t in times if match.end() <= t.span[0] < min(sent[1], match.end() + 40) and t.value]
            if not dated:
                continue
            t = dated[0]
            out.append(Formation(
                actor=before[-1], sentence=TextSpan(text[sent[0]:sent[1]], sent),
                trigger=TextSpan(match.group(0), match.span()),
                date=EventDate(value=t.value, precision=t.precision, text=t.text, span=t.span, how="sentence",
                               confidence=round(0.9 * t.confidence, 2), extractor=EXTRACTOR),
                doc_id=doc_id))
    return out


# --- the stage -------------------------------------------------------------------------------


def _relation_id(doc_id: str, f: _Found) -> str:
    key = f"{doc_id}|{f.type}|{f.source.span}|{f.target.span}|{f.source.actor_id}|{f.target.actor_id}|{f.trigger}"
    return "rel_" + hashlib.sha1(key.encode()).hexdigest()[:16]


def _clause(text: str, sent: tuple[int, int], trigger: tuple[int, int]) -> str:
    """The words around the trigger that carry its certainty: from the last clause break up to just after it."""
    head = text[sent[0]:trigger[0]]
    cut = max(head.rfind(";"), head.rfind(" but "), head.rfind(" and "), head.rfind("“"), head.rfind('"'))
    start = sent[0] + cut + 1 if cut >= 0 else sent[0]
    tail = text[trigger[1]:min(sent[1], trigger[1] + 12)]
    return text[start:trigger[1]] + re.split(r"[,.;]", tail)[0]


def run(doc: Doc, mentions: list[ActorRef], *, doc_id: str, times: list[TimeExpr],
        published: DateValue | None) -> list[Relation]:
    """Every relation between organisations stated in the document, dated and with its certainty."""
    text = doc_text(doc)
    mentions = [m for m in mentions if m.actor_id is not None or m.name]
    members = _member_refs(text, mentions)
    parent_of = {mb.ref.span: mb.parent for mb in members}
    found: list[_Found] = []
    prior: list[ActorRef] = []
    # each rule scans the text once; a sentence then takes the matches inside it (a scan per sentence
    # and rule costs forty times more on a long article)
    hits = [(rule, list(rule.pattern.finditer(text))) for rule in RULES]
    for sent in _sentences(doc):
        in_sent = [m for m in mentions if sent[0] <= m.span[0] and m.span[1] <= sent[1]]
        fallback = group_name_refs(doc, sent, in_sent)
        base = [m for m in in_sent if m.kind != "agent" and not any(
            f.span[0] < m.span[1] and m.span[0] < f.span[1] for f in fallback)] + fallback
        base.sort(key=lambda m: m.span)
        sent_members = [mb.ref for mb in members if sent[0] <= mb.ref.span[0] and mb.ref.span[1] <= sent[1]]
        descriptors = _descriptor_refs(text, sent, base)
        # a descriptor naming several places is one actor per place: expand after picking arguments
        by_span: dict[tuple[int, int], list[ActorRef]] = {}
        for d in descriptors:
            by_span.setdefault(d.span, []).append(d)
        cands = _clean([*base, *sent_members, *(v[0] for v in by_span.values())])
        here: list[_Found] = _possessive_provinces(text, sent, cands)
        taken: set[tuple[int, int]] = set()
        for rule, rule_hits in hits:
            for match in (m for m in rule_hits if sent[0] <= m.start() and m.end() <= sent[1]):
                if any(a <= match.start() < b for a, b in taken):
                    continue
                # "a splinter faction of X": a member phrase reaching across the trigger's end stands for X
                arg_cands = _clean(parent_of.get(c.span, c) if c.span[0] < match.end() and match.start() < c.span[1]
                                   else c for c in cands)
                if rule.type in ("accept", "appoint"):
                    new = _accept_appoint(rule, match, doc, sent, arg_cands, prior, [*found, *here])
                elif rule.shape == "special":
                    new = _intransitive_split(match, sent, cands, [*found, *here], members)
                else:
                    new = _apply_rule(rule, match, doc, sent, arg_cands, here)
                new = [f for f in new if not any(
                    g.source.span == f.source.span and g.target.span == f.target.span for g in here)]
                if new:
                    taken.add(match.span())
                    here.extend(new)
        expanded: list[_Found] = []
        for f in here:
            srcs = by_span.get(f.source.span, [f.source])
            tgts = by_span.get(f.target.span, [f.target])
            expanded.extend(_Found(f.type, s, t, f.trigger, f.sentence, f.confidence) for s in srcs for t in tgts)
        found.extend(expanded)
        prior.extend(m for m in base if m.via != "coreference")
    # membership of a member that takes part in a relation ("X's emir pledged to Y": the emir belongs to X)
    used = {f.source.span for f in found} | {f.target.span for f in found}
    for mb in members:
        if mb.ref.span in used:
            sent = next(s for s in _sentences(doc) if s[0] <= mb.ref.span[0] < s[1])
            found.append(_Found("affiliation", mb.ref, mb.parent, mb.parent.span, sent, 0.6, "membership"))
    out: list[Relation] = []
    seen: set[str] = set()
    for f in found:
        rid = _relation_id(doc_id, f)
        if rid in seen:
            continue
        seen.add(rid)
        if f.trigger[0] >= min(f.source.span[0], f.target.span[0]) and f.trigger[1] <= max(f.source.span[1],
                                                                                         f.target.span[1]) and \
                f.type in ("affiliation", "split") and f.trigger[1] - f.trigger[0] < 40:
            # a noun phrase ("the al-Qaeda affiliate X", "X, a splinter of Y"): only its own words count
            lo = min(f.source.span[0], f.target.span[0])
            cert = certainty(text[max(f.sentence[0], lo - 12):max(f.source.span[1], f.target.span[1])])
        else:
            cert = certainty(_clause(text, f.sentence, f.trigger))
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


# --- relations from events -------------------------------------------------------------------

_ARMED = frozenset({"armed_group", "group", "rebel", "militia", "insurgent"})


def relations_from_events(events: list[Event], *, min_clashes: int = 2) -> list[Relation]:
    """Rivalry from repeated fighting between two armed groups, alliance from a joint operation."""
    pairs: dict[tuple[str, str], list[Event]] = {}
    joint: list[tuple[Event, ActorRef, ActorRef]] = []
    for ev in events:
        if ev.certainty in NOT_ASSERTED:
            continue
        armed_actors = [a for a in ev.actors if a.actor_id and a.kind in _ARMED]
        armed_targets = [a for a in ev.recipients if a.actor_id and a.kind in _ARMED]
        if ev.event_type == "ASSAULT":
            for a in armed_actors:
                for b in armed_targets:
                    if a.actor_id != b.actor_id:
                        key = tuple(sorted((a.actor_id, b.actor_id)))
                        pairs.setdefault(key, []).append(ev)  # type: ignore[arg-type]
            for i, a in enumerate(armed_actors):
                for b in armed_actors[i + 1:]:
                    if a.actor_id != b.actor_id:
                        joint.append((ev, a, b))
    out: list[Relation] = []
    for (x, y), evs in sorted(pairs.items()):
        if len({e.id for e in evs}) < min_clashes:
            continue
        first = min(evs, key=lambda e: (e.date.value if e.date and e.date.value else "9999"))
        refs = {a.actor_id: a for e in evs for a in (*e.actors, *e.recipients)}
        out.append(Relation(
            id="rel_" + hashlib.sha1(f"rivalry|{x}|{y}|{','.join(sorted(e.id for e in evs))}".encode()).hexdigest()[:16],
            doc_id=first.doc_id, type="rivalry", source=refs[x], target=refs[y], sentence=first.sentence,
            trigger=first.trigger, date=first.date, certainty="asserted",
            confidence=round(min(0.9, 0.5 + 0.1 * len(evs)), 2), extractor=f"{EXTRACTOR}.events/{VERSION}"))
    for ev, a, b in joint:
        out.append(Relation(
            id="rel_" + hashlib.sha1(f"alliance|{ev.id}|{a.actor_id}|{b.actor_id}".encode()).hexdigest()[:16],
            doc_id=ev.doc_id, type="alliance", source=a, target=b, sentence=ev.sentence, trigger=ev.trigger,
            date=ev.date, certainty="asserted", confidence=round(0.6 * ev.confidence + 0.2, 2),
            extractor=f"{EXTRACTOR}.events/{VERSION}"))
    return out
