"""Relations between armed groups (pledge, accept, appoint, affiliation, alliance, rivalry, split, merger)."""

from __future__ import annotations

import bisect
import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsevents.extract.relation_rules import APPOINT_ROLE, GROUP_HEADS, HEAD_LEN, RULES, Rule
from newsevents.extract.times import event_date
from newsevents.models import ActorRef, DateValue, Event, EventDate, Relation, TextSpan, TimeExpr
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
                      r"refused\s+to|refused|rejected|rejects|n't|neither|nor|without|no(?!\s*\.)|none)\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(?:may|might|could|would|should|if|whether|possibly|possible|"
                           r"consider(?:s|ing)|(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!widely\s)(?<!generally\s)"
                           r"(?<!often\s)considered|"
                           r"mulling|weighing|rumou?rs?\s+of|(?:talks|negotiations|discussions)\s+(?:on|about|over|of|for)|"
                           r"proposed|potential)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|'ll|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|set\s+to|"
                     r"is\s+to|are\s+to|threaten(?:s|ed)?\s+to|vow(?:s|ed)?\s+to|going\s+to|about\s+to)\b", re.I)
_ALLEGED = re.compile(r"\b(?:allegedly|alleged|reportedly|reported|apparently|appears?\s+to|appeared\s+to|seems?\s+to|"
                      r"is\s+believed|are\s+believed|believed\s+to|suspected|purportedly|purported|rumou?red|"
                      r"said\s+to|unconfirmed|unverified|accused\s+of|(?:is|are|was|were|widely|generally|often)\s+"
                      r"considered)\b", re.I)
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
# "X's Dagestani emir", "X commanders", "the Freedom Fighters' Karialan faction" (a plural's possessive)
_MEMBER_AFTER = re.compile(r"(?:['’]s|(?<=s)['’])?\s+((?:[A-Z][\w-]*\s+){0,3})" + _MEMBER_NOUN + r"\b")
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
        post = _MEMBER_AFTER.match(text, e, e + 60)
        possessive = text[e:e + 2] in ("'s", "’s") or (text[e - 1:e] == "s" and text[e:e + 1] in ("'", "’"))
        if pre is not None:
            span = (start, e)
        elif post is not None and (possessive or post.group(1) == ""):
            span = (s, post.end())
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
# Where group_name_refs may find a name in a sentence with no mention: a head word, a suffixed or a plural name
_MAYBE_GROUP = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in GROUP_HEADS) + r")\b|"
                          + _SUFFIXED.pattern + "|" + _PLURAL_NAME.pattern)
# Mentions a group name may swallow ("Lake Chad Battalion" over the state "Chad", "Liwa X" tagged PERSON).
_WEAK_KINDS = ("person", "state", "place", "agent", "group")


def _fallback_ref(text: str, start: int, end: int, via: str = "group-name", confidence: float = 0.6) -> ActorRef:
    name = text[start:end]
    return ActorRef(text=name, span=(start, end), actor_id=f"PROV_{_slug(name)}", name=name, kind="armed_group",
                    provisional=True, via=via, confidence=confidence, extractor=EXTRACTOR)


def _strictly_inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer


_LEADING_MEMBERS = re.compile(r"(?:Dissidents|Defectors|Deserters|Fighters|Militants|Members|Commanders|Leaders|Remnants|"
                              r"Supporters|Loyalists|Rebels|Gunmen|Elements|Units|Cells|Factions|Veterans)\s+"
                              r"(?:of|from)\s+")


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
        lead = _LEADING_MEMBERS.match(text, a, b)
        if lead is not None:  # "Dissidents of the Kivu Front": the group is the name after the members
            a = lead.end()
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
        # a name the resolver already knows as an organisation wins; weaker readings give way, and so does
        # a provisional guess lying inside the longer name ("al-Jalil" in "Ahrar al-Jalil")
        if any(o.kind not in _WEAK_KINDS and not (o.provisional and a <= o.span[0] and o.span[1] <= b
                                                   and o.span != (a, b)) for o in overlapping(a, b)):
            continue
        out.append(_fallback_ref(text, a, b))
    for m in _PLURAL_NAME.finditer(text, sent[0], sent[1]):
        a, b = m.span(1)
        # a place or person named inside the longer name gives way ("Niger" in "the Niger Delta Avengers");
        # one covering all of it ("the United States", "the Golan Heights") does not
        if any(o.kind not in _WEAK_KINDS or not _strictly_inside(o.span, (a, b)) for o in overlapping(a, b)) or \
                any(o.span[0] < b and a < o.span[1] for o in out):
            continue
        ents = [e for e in doc.ents if e.start_char < b and a < e.end_char]
        if any(e.label_ not in _NOT_PLACES and not _strictly_inside((e.start_char, e.end_char), (a, b)) for e in ents):
            continue
        out.append(_fallback_ref(text, a, b))
    return out


# --- names in argument slots -------------------------------------------------------------------

# entity labels that rule a capitalised phrase out as a group (spaCy often calls unknown groups LOC or FAC)
_NOT_GROUP_LABELS = frozenset({"GPE", "PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                               "QUANTITY", "LANGUAGE", "LAW"})
_SLOT_LEAD = re.compile(r"\s*(?:[Tt]he\s+)?")
_NOT_NAME_START = frozenset({"The", "A", "An", "In", "On", "At", "By", "But", "And", "After", "Since", "Its", "Their"})
# words of institutions that are no armed group, whatever they do ("NTS Management Company")
_INSTITUTION_WORDS = frozenset({
    "Company", "Corporation", "Corp", "Inc", "LLC", "Ltd", "Bank", "University", "College", "School", "Hospital",
    "Ministry", "Department", "Agency", "Court", "Parliament", "Senate", "Assembly", "Commission", "Institute",
    "Foundation", "Fund", "Association", "Club", "Church", "Airlines", "Airways", "Times", "News", "Post",
    "Press", "Television", "Radio", "Street", "Road", "Avenue", "River", "Lake", "Mountains", "Valley", "District", "County", "City", "Region", "Island", "Islands", "Airport", "Port", "Square", "Market",
})


_GROUP_NOUN_AFTER = re.compile(r"\s+(faction|group|militia|brigade|movement|network|cartel|gang|clan|force)\b")
# peoples and faiths, never an armed group in an argument slot ("attacks on Shia Muslims")
_COMMUNITY_WORDS = frozenset({"Muslims", "Christians", "Jews", "Shias", "Shiites", "Sunnis", "Hindus", "Sikhs",
                              "Buddhists", "Yazidis", "Alawites", "Druze", "Copts", "Catholics", "Protestants"})


def _name_at(doc: Doc, pos: int, end: int, taken: list[ActorRef], *, new_group: bool = False) -> ActorRef | None:
    """A proper-noun phrase starting at pos ('the Raia Mutomboki') as a provisional group, when it is no
    place, person or date and overlaps no mention: the name in a relation's argument slot that nobody knew.
    With new_group (the slot of a group just formed: 'to form the Aleppo Shield'), a place inside the name will do."""
    text = doc_text(doc)
    lead = _SLOT_LEAD.match(text, pos, end)
    assert lead is not None
    m = _GROUP_PHRASE.match(text, lead.end(), end)
    if m is None:
        return None
    a, b = m.span()
    words = [w for w in text[a:b].split() if w not in ("of", "the", "for")]
    # "the Karuna faction", "the Robow group": a name and a lower-case group noun
    noun = _GROUP_NOUN_AFTER.match(text, b, end)
    if noun is not None and len(words) == 1:
        b = noun.end()
        words.append(noun.group(1))
    # two words at least ("Raia Mutomboki"): one capitalised word is too often a defined term ("the Company")
    if len(words) < 2 or words[0] in _NOT_NAME_START or any(w.strip(".,") in _INSTITUTION_WORDS for w in words) or \
            words[-1] in _COMMUNITY_WORDS:
        return None
    if any(o.span[0] < b and a < o.span[1] for o in taken):
        return None
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span) or len(span) > 8:
        return None
    # a proper noun by spaCy's tag, and no place, person or date by its entity label
    if not any(t.pos_ == "PROPN" for t in span):
        return None
    if any(e.label_ in _NOT_GROUP_LABELS and not (new_group and e.label_ in ("GPE", "LOC") and
                                                 _strictly_inside((e.start_char, e.end_char), (a, b)))
           for e in doc.ents if e.start_char < b and a < e.end_char):
        return None
    return _fallback_ref(text, a, b, via="slot-name", confidence=0.5)


def _with_slots(doc: Doc, sent: tuple[int, int], trigger: tuple[int, int], cands: list[ActorRef]) -> list[ActorRef]:
    """The candidates plus unknown names in the trigger's empty argument slots: the subject before it, the
    object right after it, and a second object after 'X and'."""
    text = doc_text(doc)
    t0, t1 = trigger
    before = [m for m in cands if m.span[1] <= t0]
    after = [m for m in cands if m.span[0] >= t1]
    extra: list[ActorRef] = []
    if not after:
        n = _name_at(doc, t1, sent[1], cands)
        if n is not None:
            extra.append(n)
    elif len(after) == 1 and re.fullmatch(r"\s*(?:the\s+)?", text[t1:after[0].span[0]]):
        conj = re.match(r"\s+and\s+", text[after[0].span[1]:sent[1]])
        if conj is not None:
            n = _name_at(doc, after[0].span[1] + conj.end(), sent[1], cands)
            if n is not None:
                extra.append(n)
    if not before:
        subj = _subject_span(doc, t0, sent)
        if subj is not None and subj[1] <= t0:
            n = _name_at(doc, subj[0], subj[1], cands)
            if n is not None:
                extra.append(n)
    return sorted([*cands, *extra], key=lambda m: m.span) if extra else cands


# --- sentences and arguments ------------------------------------------------------------------


_LINE = re.compile(r"[^\n]+")


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans, also cut at line breaks (headlines, tweets and captions are their own sentences)."""
    cached = doc.user_data.get("newsevents.relations.sents")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    text = doc_text(doc)
    out: list[tuple[int, int]] = []
    for sent in sentences(doc):
        for piece in _LINE.finditer(text, sent.start_char, sent.end_char):
            if piece.group().strip():
                out.append(piece.span())
    doc.user_data["newsevents.relations.sents"] = out
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
                if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN":
                    head = head.head  # "X, an Iran-backed militia that is part of Y": the militia is X
                return head.left_edge.idx, head.idx + len(head.text)
            left = subj.left_edge.idx
            if not sent[0] <= left < sent[1]:
                return None
            return left, subj.right_edge.idx + len(subj.right_edge.text)
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            head = tok.head
            return head.left_edge.idx, head.idx + len(head.text)
        if tok.dep_ in ("xcomp", "conj", "advcl", "pcomp", "prep", "dobj", "pobj", "ccomp", "acomp", "attr",
                        "amod", "compound", "nmod", "npadvmod", "appos", "det", "predet", "nummod") and tok.head is not tok:
            tok = tok.head
            continue
        return None
    return None


# an owner's possessive between a conjunction and the unit it owns ("and the Islamic State's Yemen Province")
_OWNER = r"(?:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+)?"
_COORD_GAP = re.compile(r"(?:[-‐]\w+)?(?:\s+(?:militias?|groups?|factions?|movements?|fighters|forces|rebels|"
                        r"militants|insurgents))?\s*(?:,|and|,\s*and|as\s+well\s+as|&)\s*(?:the\s+)?(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+)?"
                        + _OWNER)


def _coordinated(before: list[ActorRef], text: str, anchor: ActorRef) -> list[ActorRef]:
    """The anchor plus the mentions joined to it by ',' or 'and' just before it ("X, Y and Z")."""
    group = [anchor]
    cur = anchor
    for m in reversed(before):
        if m.span[1] > cur.span[0]:
            continue
        gap = text[m.span[1]:cur.span[0]]
        if m.via != "coreference" and _COORD_GAP.fullmatch(gap):
            group.insert(0, m)
            cur = m
        else:
            break
    cur = anchor
    for m in before:
        if m.span[0] < cur.span[1]:
            continue
        gap = text[cur.span[1]:m.span[0]]
        if m.via != "coreference" and _COORD_GAP.fullmatch(gap):
            group.append(m)
            cur = m
        else:
            break
    if len(group) >= 2 and not any(re.search(r"\band\b|&|as\s+well\s+as", text[x.span[1]:y.span[0]])
                                   for x, y in zip(group, group[1:])):
        # "According to Crisis Group, the Islamic Front ...": a comma alone is an apposition or a clause break
        return [anchor]
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


_ADJECTIVAL = re.compile(r"\s+(?:and\s+[A-Z][\w-]*\s+)?[a-z]")


def _adjectival(text: str, m: ActorRef) -> bool:
    """A demonym used as an adjective ("al-Qaeda's Syrian affiliate", "Saudi and Yemeni branches"): no actor."""
    return m.via == "demonym" and _ADJECTIVAL.match(text, m.span[1]) is not None


# prepositions whose phrase is no argument of a relation verb ("in solidarity with Y", "after talks with Y")
_ADJUNCT_PREPS = frozenset({"in", "for", "during", "after", "before", "at", "near", "despite", "amid", "since", "until",
                            "over", "under", "across", "throughout", "while", "as", "like", "unlike"})


def _adjunct_object(doc: Doc, trigger: tuple[int, int], obj: ActorRef) -> bool:
    """Whether the mention after the trigger sits in an adjunct phrase of the trigger's verb, by the parse: the path
    from the mention up to the trigger passes a preposition such as 'in' or 'after', or a 'with' of its own."""
    if obj.span[0] - trigger[1] <= 25:
        return False  # close by: the object itself
    span = doc.char_span(obj.span[0], obj.span[1], alignment_mode="expand")
    head = _token_at(doc, trigger[0])
    if span is None or not len(span) or head is None:
        return False
    tok = span.root
    for _ in range(10):
        if tok.i == head.i or tok.head is tok:
            return False
        if tok.dep_ == "prep" and (tok.lower_ in _ADJUNCT_PREPS or (
                tok.lower_ == "with" and not trigger[0] <= tok.idx < trigger[1])):
            return True  # ("clashed with Y": the trigger's own "with" leads to its object)
        tok = tok.head
    return False


def _anchor(subj: list[ActorRef], before: list[ActorRef], after: list[ActorRef]) -> ActorRef:
    """The subject mention that stands for the relation's source: the first one that is not the object's actor
    ("The FARC dissidents of the Segunda Marquetalia ... with the Estado Mayor Central", both FARC in the KB)."""
    if not subj:
        return before[-1]
    if after and after[0].via != "coreference":  # "X ... rivals its parent": 'its' is X itself
        return next((m for m in subj if m.actor_id is None or m.actor_id != after[0].actor_id), subj[0])
    return subj[0]


def _named_org(m: ActorRef) -> bool:
    return m.kind is not None and _org(m) and m.kind != "state"


def _org(m: ActorRef) -> bool:
    return m.kind not in ("person", "agent", "place")


# between a group and "al-Qaeda's (Syrian) affiliate/branch": an apposition or a copula ("is widely seen as")
_POSSESSIVE_PARENT_GAP = re.compile(
    r",\s*(?:(?:now|itself|also)\s+)?(?:the\s+|an?\s+)?|,?\s+(?:(?:is|are|was|were|became|becomes|remains?|remained)\s+)?"
    r"(?:(?:now|also|still|effectively|\w+ly)\s+)?(?:(?:regarded|seen|considered|described|viewed|known|designated|"
    r"recogni[sz]ed|named|labell?ed)\s+as\s+|(?:is|are|was|were|became|becomes|remains?|remained)\s+|"
    r"(?:has\s+|had\s+)?(?:positioned|presented|established|styled|cast|projected)\s+(?:itself|themselves)\s+as\s+)"
    r"(?:the\s+|an?\s+)?", re.I)


# "part of al-Qaeda's global network", "into Y's ranks": the possessor is the group itself
_COLLECTIVE_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:network|ranks|fold|organi[sz]ation|movement|structure|"
                               r"umbrella|coalition|alliance|command|orbit|camp|sphere)\b", re.I)
_SOME = re.compile(r"(?:hundreds|dozens|thousands|scores|many|some|several|most|a\s+number|a\s+few|few|\d+)\b", re.I)
_SHARE_OF = re.compile(_SOME.pattern + r"\s+(?:\w+\s+){0,2}?" + _MEMBER_NOUN + r"\s+(?:from|of)\s+(?:the\s+)?$", re.I)
_DEFECTORS = re.compile(r"\b(?:dissidents?|defectors?|deserters?|renegades?|former|ex-)", re.I)
# "X is an Islamic State affiliate", "Ansaru is a Boko Haram splinter faction": a copula before the parent's name
_COPULA_GAP = re.compile(r"\s+(?:is|are|was|were|remains|remained|became|becomes)\s+(?:now\s+|still\s+)?"
                         r"(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?)?", re.I)
# "one of al-Qaeda's regional branches": the possessor is the parent, not a stand-in for the possessed
_MEMBER_POSSESSED = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:affiliates?|branch(?:es)?|franchises?|wings?|provinces?|"
                               r"arms?|prox(?:y|ies)|fronts?|factions?|components?|subsidiar(?:y|ies)|chapters?|"
                               r"sub-?groups?)\b", re.I)
# "X, an Islamic State franchise in eastern Congo", "X, Indonesia's main Islamic State-aligned network": the
# appositive's parent named inside its noun phrase
_APPOSITIVE_GAP = re.compile(r"\s*,\s*(?:(?:an?|the|its)\s+)?(?:[\w'’-]+\s+){0,3}?", re.I)
# "the Islamic State's local partner in Cabo Delgado, the X": a place phrase and a comma before the name
_PRE_TAIL = re.compile(r"(?:\s+(?:in|for)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})?[\s,]*(?:the\s+)?", re.I)
# "X, a main Islamic State-aligned network, ...": the appositive's generic noun and its end
_HYPHEN_NOUN_END = re.compile(r"\s+(?:[\w-]+\s+){0,1}?(?:group|militia|faction|movement|organi[sz]ation|outfit|network|"
                              r"force|brigade|coalition|cell|insurgency)s?\s*[,.;)]", re.I)
# "a Hezbollah-aligned militia, the X": a generic noun between the modifier and the name
_PRE_NOUN_TAIL = re.compile(r"(?:\s+(?:[\w-]+\s+){0,2}?(?:group|militia|faction|movement|organi[sz]ation|outfit|"
                            r"network|force|brigade|coalition|alliance|insurgency|rebels|militants))?\s*,?\s*(?:the\s+)?",
                            re.I)


def _apply_rule(rule: Rule, match: re.Match[str], doc: Doc, sent: tuple[int, int], cands: list[ActorRef],
                found: list[_Found]) -> list[_Found]:
    text = doc_text(doc)
    t0, t1 = match.span()
    before = [m for m in cands if m.span[1] <= t0]
    after = [m for m in cands if m.span[0] >= t1]
    if any(m.via == "coreference" and m.text.lower() in ("its", "their") for m in after):
        # "X folded its brigades into Y": a possessive for the subject itself is no argument
        subject = _in_subject(before, _subject_span(doc, t0, sent), text)
        after = [m for m in after if not (m.via == "coreference" and m.text.lower() in ("its", "their") and
                                          any(b.actor_id == m.actor_id for b in subject))]
    out: list[_Found] = []

    named_after = after
    # "to Abu Bakr al-Baghdadi's Islamic State": the possessor is not the argument, the possessed is
    if after and re.match(r"['’]s\b", text[after[0].span[1]:after[0].span[1] + 2]) and not _COLLECTIVE_AFTER.match(
            text, after[0].span[1], min(sent[1], after[0].span[1] + 50)):
        rest = [m for m in after[1:] if re.fullmatch(r"['’]s\s+(?:\w+\s+){0,2}?", text[after[0].span[1]:m.span[0]])]
        if rest:
            after = rest + [m for m in after[1:] if m not in rest]
        elif not (rule.type == "affiliation" and _MEMBER_POSSESSED.match(text, after[0].span[1], sent[1])):
            after = []  # (but "one of al-Qaeda's regional branches": the possessor is the parent)

    def add(src: ActorRef, tgt: ActorRef, conf: float = rule.confidence, type_: str = rule.type) -> None:
        if src.actor_id is not None and src.actor_id == tgt.actor_id:
            return
        if "state" in (src.kind, tgt.kind) or "place" in (src.kind, tgt.kind):
            return
        if rule.type in ("rivalry", "alliance", "merger") and any(m.kind == "person" and not m.provisional
                                                                 for m in (src, tgt)):
            return  # "killed its leader Abubakar Shekau": a known person is no party to a relation between groups
        gap = text[min(src.span[1], tgt.span[1], t1):max(src.span[0], tgt.span[0], t0)]
        if "—" in gap or "\n" in gap:
            return
        if src.span == tgt.span:
            return
        if rule.shape in ("symnext", "symgroup") and not (_named_org(src) and _named_org(tgt)):
            return  # "those who supported the Prophet Muhammad": the weak rules want two organisations
        if rule.type == "pledge" and tgt.span[0] >= t1 and re.fullmatch(
                r"\s*(?:the\s+|its\s+)?(?:\w+\s+)?(?:leader|leadership|emir|amir|chief|head|caliph|commander)s?\s+of\s+"
                r"(?:the\s+)?", text[t1:tgt.span[0]], re.I):
            return  # "swore an oath to the leader of X": an oath to a person
        later = max(src, tgt, key=lambda m: m.span[0])
        if rule.type == "merger" and (any(m.via == "member-of" and _SOME.match(m.text) for m in (src, tgt)) or (
                later.span[0] >= t1 and _SHARE_OF.search(text, t1, later.span[0]))):
            return  # "X absorbed hundreds of fighters from Y": a share of Y's men, not Y
        if rule.type == "affiliation" and tgt.kind == "person":
            return  # "a faction loyal to Abu Musab al-Barnawi": loyalty to a person (group names spaCy took for
            #         persons were renamed by group_name_refs when they hold a head word)
        if rule.type == "pledge" and tgt.via == "member-of" and _LEADER_WORDS.search(tgt.text):
            return  # an oath to a group's leader names a person, not the group
        if any(re.match(r"[-‐](?:led|backed|based)\b", text[m.span[1]:m.span[1] + 8]) for m in (src, tgt)):
            return  # "Saudi-led forces": the name modifies an unnamed argument
        if rule.type == "merger" and tgt.span[0] > t0 and re.match(
                r"\s+(?:coalition|alliance|umbrella|operations\s+room)\b", text[tgt.span[1]:tgt.span[1] + 30], re.I):
            # "integrated its fighters into the X coalition": joining a coalition is an affiliation, not a merger
            out.append(_Found("affiliation", src, tgt, (t0, t1), sent, round(conf * 0.9, 2)))
            return
        out.append(_Found(type_, src, tgt, (t0, t1), sent, conf))

    if rule.shape == "pre":
        # "X has positioned itself as al-Qaeda's ...": the reflexive stands between the two names
        before = [m for m in before if not (m.via == "coreference" and m.text.lower() in ("itself", "themselves"))]
        # "X, al-Qaeda's branch in the Sahel": the possessor is the parent of the noun before the comma
        if len(before) >= 2 and re.fullmatch(r"['’]s(?:\s+\w+){0,2}?\s*", text[before[-1].span[1]:t0]) and \
                _POSSESSIVE_PARENT_GAP.fullmatch(text[before[-2].span[1]:before[-1].span[0]]):
            add(before[-2], before[-1])
            return out
        gap_ok = before and re.fullmatch(r"\s*(?:['’]s)?\s*(?:[\w-]+\s+){0,2}?", text[before[-1].span[1]:t0] + " ")
        tail = _PRE_NOUN_TAIL if text[t0:t0 + 1] in "-‐" else _PRE_TAIL
        if before and after and gap_ok and tail.fullmatch(text, t1, after[0].span[0]):
            add(after[0], before[-1])
        owners = [m for m in before[:-1] if m.kind not in ("state", "place")]
        if len(before) >= 2 and owners and owners[-1] is not before[-2] and \
                _APPOSITIVE_GAP.fullmatch(text, owners[-1].span[1], before[-1].span[0]):
            before = [*owners, before[-1]]  # "X, Indonesia's main Islamic State-aligned network"
        if len(before) >= 2 and gap_ok and not text[before[-1].span[1]:t0].startswith(("'", "’")) and \
                (_APPOSITIVE_GAP.fullmatch(text, before[-2].span[1], before[-1].span[0]) or
                 _COPULA_GAP.fullmatch(text, before[-2].span[1], before[-1].span[0])) and \
                (match.group(0).rstrip().endswith(",") or
                 re.match(r"\s*(?:[,.;)]|\s(?:in|for|of|which|that|who|based|operating|active)\b|$)", text[t1:t1 + 12]) or
                 (text[t0:t0 + 1] in "-‐" and _HYPHEN_NOUN_END.match(text, t1, sent[1]))):
            # "X, an Islamic State franchise in eastern Congo", "X, a Boko Haram cell, ...": X belongs to the
            # group named inside its appositive
            add(before[-2], before[-1])
        return out
    if rule.shape == "members":
        # "the main rebel umbrella, grouping X and Y": X and Y belong to the group named before
        if not after or not re.fullmatch(r"\s*(?:the\s+)?", text[t1:after[0].span[0]], re.I):
            return out
        owners = [m for m in before if _named_org(m)]
        subj = [m for m in _in_subject(before, _subject_span(doc, t0, sent), text) if _named_org(m)]
        owner = subj[0] if subj else (owners[-1] if owners else None)
        if owner is not None:
            for member in _coordinated(after, text, after[0])[:6]:
                if member.via == "member-of" and _DEFECTORS.search(member.text):
                    add(owner, member, type_="split")  # "X is made up of FARC dissidents": X split from the FARC
                else:
                    add(member, owner)
        return out
    if rule.shape == "rev":
        if before and after:
            subj = _in_subject(before, _subject_span(doc, t0, sent), text) or before[-1:]
            for one in _coordinated(after, text, after[0])[:6]:  # "split into X and Y", "expelled X and Y"
                add(one, subj[0])
        return out
    if rule.shape == "founders":
        # "dissidents of Y formed X": Y right after the trigger, X after a founding verb
        if after and re.fullmatch(r"\s*(?:the\s+)?", text[t1:after[0].span[0]]):
            new = next((m for m in after[1:] if _org(m) and _FOUNDED_AFTER.fullmatch(text, after[0].span[1], m.span[0])),
                       None)
            gap = _FOUNDED_AFTER.match(text, after[0].span[1], sent[1])
            if new is None and gap is not None and re.search(r"\b(?:formed|founded|set|created|launched|established)\b",
                                                            gap.group(0)):
                new = _name_at(doc, gap.end(), sent[1], cands, new_group=True)
            if new is not None:
                add(new, after[0])
        return out
    if rule.shape == "pitted":
        # "clashes pitted X against Y"
        if len(after) >= 2 and re.fullmatch(r"\s*(?:the\s+)?", text[t1:after[0].span[0]]) and re.fullmatch(
                r"\s+against\s+(?:the\s+)?", text[after[0].span[1]:after[1].span[0]]):
            add(after[0], after[1])
        return out
    if rule.shape == "symnext" and not (after and re.fullmatch(r"\s*(?:the\s+)?", text[t1:after[0].span[0]], re.I)):
        return out  # "attacks on X", "backed X": the group right after the trigger, nothing further on
    if rule.shape in ("sym", "symgroup") and rule.type == "alliance" and after and before:
        # "X fought alongside Y against Z", "X sided with Y against Z", "X and Y fought side by side against Z":
        # Z is the subject's rival (the annotation sets name no other)
        side = (_in_subject(before, _subject_span(doc, t0, sent), text) or before[-1:])[0]
        if re.search(r"\bagainst\s+(?:the\s+)?$", text[t1:after[0].span[0]]):
            # (also "fighting alongside the Congolese army against the M23", the ally unnamed: no alliance with Z)
            enemy: ActorRef | None = after[0]
            after = after[1:]
        else:
            enemy = next((m for m in after[1:2] if re.fullmatch(r"\s+against\s+(?:the\s+)?",
                                                                text[after[0].span[1]:m.span[0]])), None)
        if enemy is not None and _named_org(enemy) and (side.actor_id is None or side.actor_id != enemy.actor_id):
            out.append(_Found("rivalry", side, enemy, (t0, t1), sent, 0.7))
    if rule.shape in ("sym", "symnext") and rule.type in ("rivalry", "merger") and len(after) >= 2 and \
            len(text[t1:after[0].span[0]]) <= 40 and re.fullmatch(r"\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?",
                                                                   text[after[0].span[1]:after[1].span[0]]) and \
            not any(m for m in before if re.fullmatch(r"\s*(?:\w+\s+)?", text[m.span[1]:t0])):
        # "the killing of a Y commander by X fighters": the agent after "by" is the other party
        add(after[1], after[0])
        return out
    if rule.shape in ("sym", "symnext", "symgroup"):
        pair_after = len(after) >= 2 and re.fullmatch(r"\s*(?:and|,|,\s*and|&)\s*(?:the\s+)?" + _OWNER,
                                                      text[after[0].span[1]:after[1].span[0]])
        between = re.search(r"\b(?:between|among|of)\s*$", match.group(0)) or \
            re.match(r"\s*(?:\w+\s+)?(?:between|among)\b", text[t1:t1 + 20])
        if between and pair_after:
            if rule.type in ("merger", "alliance"):
                # "the merger of X, Y and Z", "a coalition of X, Y and Z": every pair (a handful at most)
                listed = _coordinated(after, text, after[0])[:5]
                for i, one in enumerate(listed):
                    for other in listed[i + 1:]:
                        add(one, other)
            else:
                add(after[0], after[1])
            return out
        if rule.type == "merger" and re.search(r"\bof\s*$", match.group(0)) and len(after) >= 2 and re.fullmatch(
                r"\s+(?:into|with)\s+(?:the\s+)?", text[after[0].span[1]:after[1].span[0]]):
            add(after[0], after[1])  # "the integration of X into Y"
            return out
        if not before:
            if pair_after:
                add(after[0], after[1])
            return out
        subj = _in_subject(before, _subject_span(doc, t0, sent), text)
        anchor = _anchor(subj, before, after)
        if anchor.via == "coreference" and anchor.text.lower() in ("they", "them") and \
                [m for m in before if m.via != "coreference"]:
            # "X and Y announced they had merged": the pronoun stands for the coordinated names before it
            anchor = [m for m in before if m.via != "coreference" and m.span[1] <= anchor.span[0]][-1:] or [anchor]
            anchor = anchor[0]
        group = _coordinated([m for m in before if m.via != "coreference"] or before, text, anchor)
        if rule.shape == "symgroup" or (
                len(group) >= 2 and re.match(r"(?:joint|jointly|coordinated|combined)\b", match.group(0), re.I)):
            # "X and Y fighters jointly attacked a base", "X and Y cooperated": the partners are the subjects
            for i, one in enumerate(group[:5]):
                for other in group[i + 1:5]:
                    add(one, other)
            # "a joint offensive against Z": Z is the subject's rival (as with "X fought alongside Y against Z")
            enemy = next((m for m in after if re.fullmatch(r"\s+(?:against|on)\s+(?:the\s+)?", text[t1:m.span[0]])), None)
            if enemy is not None and rule.type == "alliance" and _named_org(enemy) and \
                    group[0].actor_id != enemy.actor_id:
                out.append(_Found("rivalry", group[0], enemy, (t0, t1), sent, 0.7))
            return out
        # "X fought alongside Y" pairs subject and object; "X and Y merged" pairs the subjects
        objectful = re.search(r"\b(?:alongside|with|against|on|of|to|from|into|behind|ousted|expelled|drove|driven|"
                              r"crushed|defeated|vanquished|wiped\s+out|annihilated|besieged|targeted|kidnapped|"
                              r"abducted|executed|beheaded|killed|massacred|stormed|"
                              r"pushed|evicted|routed|dislodged|fought|battled|fighting|fights|battling|attacked|"
                              r"ambushed|raided|overran|assassinated)\s*$", match.group(0).strip(), re.I)
        product = rule.type == "merger" and after and re.fullmatch(
            r"\s*(?:an?|one)\s+(?:single|new|unified|united|joint|larger|bigger)\s+(?:[\w-]+\s+){0,2}?(?:(?:called|named|"
            r"known\s+as)\s+)?(?:the\s+)?", text[t1:after[0].span[0]], re.I)
        if after and _adjunct_object(doc, match.span(), after[0]):
            after = []  # "X attacked ships in the Red Sea in solidarity with Y": Y is no object of the attack
        # "X absorbed Y and Z", "X fought alongside Y and Z": each object named right after the trigger
        objects = _coordinated(after, text, after[0])[:5] if after and len(text[t1:after[0].span[0]]) <= 25 else after[:1]
        if objectful and not re.match(r"\s*(?:each\s+other|one\s+another)\b", text[t1:t1 + 20]) and not product:
            if after and len(text[t1:after[0].span[0]]) <= 80:
                for src in group:
                    for obj in objects:
                        add(src, obj)
                if rule.type == "merger" and re.match(r"(?:merg|fus|amalgamat|(?-i:unit)|unifi|join|combin)", match.group(0),
                                                      re.I):
                    # "X and Y merged with Z": all of them become one (not "reunited with", a return to Z, nor
                    # "X and Y were incorporated into Z", which may keep them apart inside Z)
                    for i, one in enumerate(group[:5]):
                        for other in group[i + 1:5]:
                            add(one, other)
            elif len(group) >= 2 and (rule.type == "merger" or (
                    re.match(r"(?:fought|battled|clashed)\b", match.group(0)) and
                    not re.search(r"\b(?:with|against|on|alongside)\s*$", match.group(0)))):
                # "X and Y fought a turf war" (not "X and Y clashed with <someone unnamed>": they are on one side)
                # "X and Y were consolidated into a single command": no object, the subjects merge
                for i, one in enumerate(group[:5]):
                    for other in group[i + 1:5]:
                        add(one, other)
            return out
        if len(group) >= 2:
            # "X, Y and Z launched the operation together": every pair (a handful at most)
            for i, one in enumerate(group[:5]):
                for other in group[i + 1:5]:
                    add(one, other)
            return out
        if after and len(text[t1:after[0].span[0]]) <= 80:
            for src in group:
                for obj in objects:
                    add(src, obj)
        return out
    if rule.shape == "passive":
        # "X were driven out of Tripoli by Y", "X has been hunted down by Y's security service": the agent after
        # "by" (or its owner) is the rival
        agent = next((m for m in named_after if re.search(r"\bby\s+(?:the\s+)?$", text[t1:m.span[0]]) and
                      len(text[t1:m.span[0]]) <= 60), None)
        subj = _in_subject(before, _subject_span(doc, t0, sent), text) or before[-1:]
        if agent is not None and subj:
            add(subj[0], agent)
        return out
    if rule.shape == "special":
        return out
    if rule.shape == "next" and (not after or not re.fullmatch(r"\s*(?:the\s+)?(?:[^,;]{1,40}?['’]s\s+)?",
                                                               text[t1:after[0].span[0]], re.I)):
        return out
    # svo
    # "part of the al-Qaeda-linked JNIM": a name bound to the next one by "-linked" only modifies it
    while len(after) >= 2 and re.match(r"[-‐](?:linked|affiliated|aligned|allied|backed|inspired)\b",
                                       text[after[0].span[1]:after[0].span[1] + 12]):
        after = after[1:]
    # "left X and formed Y", "split from X, calling itself Y": the splinter is the new name, not the people who
    # left (who need not be named)
    new = _split_new_name(doc, after[0], cands, sent) if rule.type == "split" and after else None
    if new is not None and len(text[t1:after[0].span[0]]) <= 40:
        add(new, after[0])
        return out
    if not before or not after:
        return out
    subj = _in_subject(before, _subject_span(doc, t0, sent), text)
    anchor = _anchor(subj, before, after)
    if len(text[t1:after[0].span[0]]) > 80:
        return out
    sources = _coordinated(before, text, anchor)
    if rule.type == "split":
        # "founded by fighters who broke with X": the group founded is the splinter
        founded = _FOUNDED_BY.search(text, max(sent[0], anchor.span[0] - 60), anchor.span[0] + 1)
        if founded is not None:
            founder = [m for m in cands if m.span[1] <= founded.start() and _org(m)]
            if founder:
                sources = founder[-1:]
    for src in sources:
        add(src, after[0])
    return out


_NEW_NAME_GAP = re.compile(
    r"(?:\s+(?:in|on|during)\s+[\w ]{1,20}?|\s+(?:last|this)\s+\w+)?\s*(?:,\s*[^,;.]{1,50},)?\s*,?\s*(?:(?:and|to)\s+"
    r"(?:later\s+|then\s+|subsequently\s+|soon\s+|quickly\s+)?(?:formed|form|founded|found|set\s+up|created|create|"
    r"established|establish|launched|launch|started|start|announced|became|become|turned\s+into|"
    r"reconstituted\s+as|re-?emerged\s+as)|(?:now\s+|later\s+|then\s+|\w+ly\s+)?(?:calling|naming|styling|renaming|rebranding|"
    r"calls|called|names|named|styles|styled|renamed|rebranded)\s+(?:itself|themselves)(?:\s+as)?)\s+(?:(?:the|a|an|their|its)\s+)?(?:(?:new|rival|separate|own)\s+)?"
    r"(?:(?:group|faction|movement|organi[sz]ation|militia|outfit)\s*,?\s*(?:(?:called|named|known\s+as)\s+)?)?"
    r"(?:the\s+)?", re.I)
# "dissidents of Y formed X": between Y and the group founded
_FOUNDED_AFTER = re.compile(r"(?:\s+(?:\w+\s+){0,2}?)?\s*(?:later\s+|then\s+)?(?:formed|founded|set\s+up|created|launched|"
                            r"established)\s+(?:in\s+\d{4}\s+)?(?:(?:the|a|an|their|its)\s+)?(?:(?:new|own|rival|separate)\s+)?"
                            r"(?:(?:group|faction|movement|organi[sz]ation|militia)\s*,?\s*(?:(?:called|named|known\s+as)\s+)?)?"
                            r"(?:the\s+)?", re.I)
_FOUNDED_BY = re.compile(r"\b(?:(?:was|were)\s+(?:\w+ly\s+)?)?(?:formed|founded|created|established|set\s+up|launched|"
                         r"started|emerged)\s+(?:in\s+\d{4}\s+)?(?:by|after|when)\b(?:\s+(?:several|some|many|a\s+group\s+of|"
                         r"dozens\s+of|hundreds\s+of))?", re.I)


def _split_new_name(doc: Doc, left: ActorRef, cands: list[ActorRef], sent: tuple[int, int]) -> ActorRef | None:
    """The group formed by those who left: 'left X and formed Y', 'split from X, calling itself Y' (Y may be a name
    nobody knew: 'walked away from X to form the Aleppo Shield')."""
    text = doc_text(doc)
    for m in cands:
        if m.span[0] >= left.span[1] and m.via != "coreference":
            ok = _NEW_NAME_GAP.fullmatch(text[left.span[1]:m.span[0]]) and _org(m) and m.actor_id != left.actor_id
            return m if ok else None
    gap = _NEW_NAME_GAP.match(text, left.span[1], sent[1])
    if gap is None or not re.search(r"\b(?:form|found|set|creat|establish|launch|start|announc|call|nam|styl|renam|"
                                    r"rebrand|became|become|turned|reconstitut|emerged)", gap.group(0), re.I):
        return None
    return _name_at(doc, gap.end(), sent[1], cands, new_group=True)


_LEADER_WORDS = re.compile(r"\b(?:leader|leadership|emir|amir|caliph|chief|head|commander)s?\b", re.I)
_PROVINCE_NAME = re.compile(r"\b(?:Province|Wilayat|Vilayat|Wilayah|Branch)\b")  # capitalised: a name
# "the Balochistan Liberation Army's Majeed Brigade": a unit named after a possessive belongs to its owner
_UNIT_NAME = re.compile(r"\b(?:Province|Wilayat|Vilayat|Wilayah|Branch|Brigades?|Battalions?|Division|Regiment|Wing|"
                        r"Unit|Corps|Legion|Squad|Faction|Front|Cell)\b")


def _possessive_provinces(text: str, sent: tuple[int, int], cands: list[ActorRef]) -> list[_Found]:
    """'the Islamic State's Sinai Province': the province (or branch) named after a possessive belongs to it."""
    out: list[_Found] = []
    for owner, named in zip(cands, cands[1:]):
        gap = text[owner.span[1]:named.span[0]]
        if re.fullmatch(r"['’]s\s+", gap) and _UNIT_NAME.search(named.text) and \
                _is_name(re.sub(r"\b\d+(?:st|nd|rd|th)?\b", "", named.text)) and \
                _org(owner) and _org(named) and "state" not in (owner.kind, named.kind) and \
                owner.actor_id != named.actor_id:
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


def _predicate_of_noun(doc: Doc, trigger: tuple[int, int]) -> str:
    """For a noun trigger that is the subject of what follows ("the merger of X and Y was never confirmed"), the
    words of that predicate which carry its certainty: the verb with its auxiliaries and negation."""
    tok = _token_at(doc, trigger[0])
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    verb = tok.head
    if verb.i <= tok.i:
        return ""
    words = [c for c in verb.children if c.dep_ in ("neg", "aux", "auxpass") or c.lower_ == "never"]
    return " " + " ".join(t.text for t in sorted([*words, verb], key=lambda t: t.i))


_WORD_HEAD = re.compile(rf"\b\w{{1,{HEAD_LEN}}}")
_HEAD_INDEX: dict[str, set[int]] = {}
for _i, _rule in enumerate(RULES):
    for _h in _rule.heads or ():
        _HEAD_INDEX.setdefault(_h, set()).add(_i)
_HEAD_LENGTHS = sorted({len(h) for h in _HEAD_INDEX})
_ALWAYS = frozenset(i for i, r in enumerate(RULES) if r.heads is None)


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


def _active_rules(lower: str, sent: tuple[int, int]) -> list[Rule]:
    """The rules whose trigger words (Rule.heads) open some word of the sentence, in table order."""
    hit = set(_ALWAYS)
    for w in set(_WORD_HEAD.findall(lower, sent[0], sent[1])):
        for k in _HEAD_LENGTHS:
            ids = _HEAD_INDEX.get(w[:k])
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


def run(doc: Doc, mentions: list[ActorRef], *, doc_id: str, times: list[TimeExpr],
        published: DateValue | None) -> list[Relation]:
    """Every relation between organisations stated in the document, dated and with its certainty."""
    text = doc_text(doc)
    # (a provisional "name" in lower case, "solidarity", is a word the resolver mistook for a name)
    mentions = [m for m in mentions if (m.actor_id is not None or m.name) and not _adjectival(text, m) and
                not (m.provisional and m.via != "coreference" and m.text.islower())]
    members = _member_refs(text, mentions)
    parent_of = {mb.ref.span: mb.parent for mb in members}
    found: list[_Found] = []
    prior: list[ActorRef] = []
    sents = _sentences(doc)
    # Cheap pre-filter: a rule runs in a sentence only when a word there starts the way the rule's trigger does
    # (Rule.heads, read off the pattern), and a sentence with no rule left or no organisation to be an argument
    # skips the group-name fallback too. Rules scan the lower-cased sentence without IGNORECASE. (A scan of the
    # whole text per rule cost most of this stage.)
    lower = text.lower()
    use_lower = len(lower) == len(text)  # lower() may move offsets (rare letters): then the slow scan
    if not use_lower:
        lower = text
    by_start = sorted(mentions, key=lambda m: m.span[0])
    starts = [m.span[0] for m in by_start]
    for sent in sents:
        in_sent = [m for m in by_start[bisect.bisect_left(starts, sent[0]):bisect.bisect_left(starts, sent[1])]
                   if m.span[1] <= sent[1]]
        # (one known mention will do: the other argument may be an unknown name in its slot, see _with_slots)
        active = _active_rules(lower, sent)
        if active and not in_sent and not _MAYBE_GROUP.search(text, sent[0], sent[1]):
            active = []
        if not active and not (in_sent and _UNIT_NAME.search(text, sent[0], sent[1])):
            # what group_name_refs would replace ("ISIS" in "ISIS-Somalia") is never an antecedent either
            prior.extend(m for m in in_sent if m.kind != "agent" and m.via != "coreference" and not any(
                a <= m.span[0] and m.span[1] <= b for a, b in
                (h.span() for h in _SUFFIXED.finditer(text, sent[0], sent[1]))))
            continue
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
        # "the Islamic State's Yemen Province fought AQAP": the province is the argument, not its owner (the
        # affiliation rules read possessives themselves: "X, now the Islamic State's Central Africa Province")
        owners = {f.target.span for f in here}
        unowned = [c for c in cands if c.span not in owners]
        taken: set[tuple[int, int]] = set()
        for rule in active:
            for fast in (rule.lower if use_lower and rule.lower else rule.pattern).finditer(lower, sent[0], sent[1]):
                # found on the lower-cased text, confirmed on the text itself ("(?-i:united)" is case-sensitive)
                match = rule.pattern.match(text, fast.start(), sent[1])
                if match is None or any(a <= match.start() < b for a, b in taken):
                    continue
                if "trigger" in rule.pattern.groupindex:
                    # a rule with a named trigger group ("an umbrella ... includes"): the context before it is no
                    # trigger, and its arguments lie on either side of the trigger word itself
                    match = _Sub(match, "trigger")
                # "a splinter faction of X": a member phrase reaching across the trigger's end stands for X
                arg_cands = _clean(parent_of.get(c.span, c) if c.span[0] < match.end() and match.start() < c.span[1]
                                   else c for c in (cands if FAMILIES[rule.type] == "affiliation" else unowned))
                if rule.type in ("accept", "appoint"):
                    new = _accept_appoint(rule, match, doc, sent, arg_cands, prior, [*found, *here])
                elif rule.shape == "special":
                    new = _intransitive_split(match, sent, cands, [*found, *here], members)
                else:
                    new = _apply_rule(rule, match, doc, sent, _with_slots(doc, sent, match.span(), arg_cands), here)
                new = [f for f in new if not any(
                    g.source.span == f.source.span and g.target.span == f.target.span for g in here)]
                if new:
                    taken.add(match.span())
                    here.extend(new)
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
            cert = certainty(_clause(text, f.sentence, f.trigger) + _predicate_of_noun(doc, f.trigger))
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
