"""Group names for relation arguments: the matching key of a name, members and sub-units named through their
group ("X's emir"), unnamed groups by place ("militants in Dagestan"), and names the actor resolver missed."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from spacy.tokens import Doc

from newsevents.extract.relation_rules import GROUP_HEADS
from newsevents.extract.relations_args import (
    EXTRACTOR, _LISTED_PARTS, _coordinated, _Found, _is_name, _named_org, _org, _subject_span,
)
from newsevents.extract.relations_unknown_names import (
    apposed_names, article_names, coordinated_unknowns, gang_names, numbered_unit_refs, numeral_names,
)
from newsevents.models import ActorRef
from newsevents.nlp import doc_text
from newsevents.nlp.regex_gate import gated

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


# --- member and descriptor mentions -----------------------------------------------------------

_MEMBER_NOUN = (r"(?:militants?|fighters?|members?|commanders?|leaders?|leadership|emirs?|amirs?|governors?|walis?|"
                r"chiefs?|jihadists?|insurgents?|rebels?|cells?|units?|factions?|wings?|branch(?:es)?|"
                r"followers|loyalists|defectors|figures)")
# (the words before the noun are its own, "two senior commanders of", not a year or a preposition before it: "In
# May 2015 a faction of X")
_MEMBER_OF = re.compile(r"\b(?:(?:(?!(?:\d{4}|in|on|at|by|after|before|since|when|as|and|or|but)\b)\w+\s+){0,2}?)" + _MEMBER_NOUN
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
        if re.match(r"(?:both|all|each)\s", words, re.I):
            continue  # "X and Y, both members of Z": an apposition to the names before, no group of its own
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

_CAP = r"(?:[A-Z](?:\w|['’](?!s\b))*(?:-[\w'’]+)*|(?:al|el|wal|ad|as|ash|ar|an|at|az|ez|es|ed|et|en|er|ul|ud|e|bin|ibn)-[A-Za-z][\w'’]*)"
_CONNECT = r"(?:\s+(?:of\s+the|of|for|wa|wal|bin|ibn|de\s+la|del|de|du|des|los|las|y)\s+|\s+)"
# (a numbered unit's ordinal opens its name: "the 10th Front", "the 33rd Front")
_GROUP_PHRASE = re.compile(rf"(?<![\w'’-])(?:\d{{1,3}}(?:st|nd|rd|th)\s+)?{_CAP}(?:{_CONNECT}{_CAP})*")
_HEADS = frozenset(GROUP_HEADS)
# any head word anywhere (as a substring): the cheap test before group_name_refs reads a sentence's capitalised phrases
_HEAD_WORD = re.compile("|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True)))
# "ISIS-Somalia", "IS-Sinai", "al-Qaeda-Yemen": a parent name joined to a place by a hyphen
_SUFFIXED = re.compile(r"\b(?:ISIS|ISIL|IS|Daesh|[Aa]l-Qaeda|AQ)[-–][A-Z][\w]*\b")
# "PFLP-GC", "NSCN-K", "SPLA-IO", "BLA-Azad": a faction named by its parent's acronym and a suffix (not "US-UK",
# which joins two states: group_name_refs checks the parts)
_ACRONYM_SUFFIXED = re.compile(r"\b[A-Z]{2,6}[-–](?:[A-Z]{1,3}|[A-Z][a-zà-öø-ÿ]{2,})\b(?![-–‐])")
# "the Red Scorpions", "the Night Hawks": a capitalised plural after "the", when spaCy tagged no place there
_PLURAL_NAME = re.compile(r"\b[Tt]he\s+((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+s)\b(?!\s+[A-Z])")
_NOT_PLACES = ("ORG", "PERSON", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW")
# "Los Choneros", "Las Pelonas": a Spanish article and a plural, the way Latin American gangs and cartels are named
# (the tagger often takes them for places; the few places so named are left out)
_SPANISH_PLURAL = re.compile(r"\b(?:Los|Las)\s+([A-Z][a-záéíóúñ]+s)\b(?!\s+[A-Z])")
# "the towns of Risaralda and Los Morros", "in Los Ríos": a place, not a gang
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|at|from|to|towards|outside|around|across)\s+|\b(?:towns?|villages?|cities|city|"
                           r"municipalit(?:y|ies)|provinces?|departments?|regions?|districts?|neighbou?rhoods?|states?)"
                           r"\s+of\s+[^.;]{0,60}?)$")
_PLURAL_PLACES = frozenset({"Angeles", "Alamos", "Cabos", "Mochis", "Llanos", "Andes", "Vegas", "Palmas", "Cruces",
                            "Lagos", "Teques", "Reyes", "Santos", "Ríos", "Rios", "Tunas", "Olivos", "Altos", "Baños",
                            "Lomas", "Mercedes", "Pinos", "Tuxtlas", "Chiles", "Cayos", "Toldos", "Antiguos"})
# Where group_name_refs may find a name in a sentence with no mention: a head word, a suffixed or a plural name
# "the Naparama militia", "a Pyu Saw Htee unit": a capitalised name before a lower-case group noun
_GROUP_NOUN = r"(?:militia|faction|rebels|group|movement|brigade|front|coalition|cartel|gang|unit|outfit|network|force)"
# (also before the group's men: "Wazalendo fighters", "Nyatura militants", session 14)
_NAME_BEFORE_NOUN = re.compile(rf"(?<![\w'’-])({_CAP}(?:{_CONNECT}{_CAP})*)\s+"
                               rf"(?:{_GROUP_NOUN}|militias|brigades|gangs|fighters|gunm[ae]n|militants|coalitions)\b")
# the cheap test first: "militias", "brigades", "gangs" hold a group noun, "gunman" and "gunmen" share "gunm"
_GROUP_NOUN_WORD = re.compile(_GROUP_NOUN + r"|fighters|gunm[ae]n|militants|coalitions")
# nouns that make a town's or a country's name a group's ("the Misrata militias", "the Zaire militia"); not "front"
# or "force", which a place names as a battlefield or an army ("the Gaza front")
_PLACE_GROUP_NOUN = re.compile(r"\s+(?:militias?|brigades|gangs?)$")
_MAYBE_GROUP = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in GROUP_HEADS) + r")\b|"
                          r"\b[A-Z][\w'’-]*\s+" + _GROUP_NOUN + r"\b|"
                          + _SUFFIXED.pattern + "|" + _ACRONYM_SUFFIXED.pattern + "|" + _PLURAL_NAME.pattern + "|" + _SPANISH_PLURAL.pattern +
                          r"|(?<![\w.,:/-])\d{1,3}\s+[A-Z][\w'’]+|\b(?:La|El|Los|Las|Os|Les|Le)\s+[A-ZÁÉÍÓÚÑ]")
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


# a known name inside a longer group name that is another group: "the High Council of the Islamic Emirate", "Liwa
# al-Fatah", "the KNLA Peace Council"
_HEAD_OF = re.compile(r".*\b(?:" + "|".join(re.escape(h) for h in GROUP_HEADS) + r")\s+of\s+(?:the\s+)?$")
_UNIT_OPENING = re.compile(r"(?:Liwa|Liwaa|Jaysh|Jaish|Katiba|Katibat|Kataib|Kata'ib|Saraya|Harakat|Harkat|Jabhat|Firqat|"
                           r"Faylaq|Tajammu|Alwiya)\s+(?:al-|el-|ul-|e-)?$")


def _longer_name(text: str, phrase: tuple[int, int], known: tuple[int, int]) -> bool:
    """Whether a known organisation's name strictly inside a group phrase is only part of another group's name:
    after a head word and 'of the', after an Arabic unit word, or an acronym that opens a name ending in a head
    word."""
    if not _strictly_inside(known, phrase):
        return False
    lead = text[phrase[0]:known[0]]
    if known[1] == phrase[1]:
        return bool(_HEAD_OF.fullmatch(lead) or _UNIT_OPENING.fullmatch(lead))
    tail = text[known[1]:phrase[1]].split()
    return known[0] == phrase[0] and bool(_ACRONYM.fullmatch(text[known[0]:known[1]])) and len(tail) >= 2 and \
        tail[-1] in _HEADS


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
    for m in _ACRONYM_SUFFIXED.finditer(text, sent[0], sent[1]):
        parts = overlapping(*m.span())
        if parts and all(_strictly_inside(o.span, m.span()) and o.kind not in ("state", "place") for o in parts) and \
                not any(o.span[0] < m.end() and m.start() < o.span[1] for o in out):
            out.append(_fallback_ref(text, *m.span()))
    # "Battalion No. 1": a numbered unit, before the phrase scan stops at "No" (session 15)
    out.extend(numbered_unit_refs(text, sent, mentions, _fallback_ref))
    # (a phrase is kept only with a head word in it: a sentence holding none skips the scan of its phrases)
    for m in (_GROUP_PHRASE.finditer(text, sent[0], sent[1]) if _HEAD_WORD.search(text, sent[0], sent[1]) else ()):
        a, b = m.span()
        lead = _LEADING_MEMBERS.match(text, a, b)
        if lead is not None:  # "Dissidents of the Kivu Front": the group is the name after the members
            a = lead.end()
        words = text[a:b].split()
        if words[0] in ("The", "the", "A", "An"):  # an article is no part of the name ("A Kivu Front unit")
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
                                                   and o.span != (a, b)) and not _longer_name(text, (a, b), o.span)
               for o in overlapping(a, b)):
            continue
        out.append(_fallback_ref(text, a, b))
    # "the 400 Mawozo", "La Línea, the armed wing of ...", "the Grand Ravine gang", "5 Segonn and Grand Ravine": unknown
    # names by their shape and context (relations_unknown_names, session 15)
    shaped = [*numeral_names(doc, sent, mentions, out, _fallback_ref)]
    shaped += article_names(doc, sent, mentions, [*out, *shaped], _fallback_ref)
    out.extend(shaped)
    out.extend(_apposed_names(doc, sent, mentions, out))
    out.extend(_names_after_noun(doc, sent, mentions, out))
    out.extend(_coordinated_names(doc, sent, mentions, out))
    for m in (_NAME_BEFORE_NOUN.finditer(text, sent[0], sent[1]) if _GROUP_NOUN_WORD.search(text, sent[0], sent[1])
              else ()):  # (no group noun in the sentence, no name before one)
        ref = _name_before_noun(doc, m, mentions, out)
        if ref is not None:
            out.append(ref)
    later = gang_names(doc, sent, mentions, out, _fallback_ref)
    later += apposed_names(doc, sent, mentions, [*out, *later], _fallback_ref)
    shaped += later
    out.extend(later)
    out.extend(coordinated_unknowns(doc, sent, mentions, shaped, out, _fallback_ref))
    for m in _SPANISH_PLURAL.finditer(text, sent[0], sent[1]):
        if m.group(1) not in _PLURAL_PLACES and all(o.kind in _WEAK_KINDS for o in overlapping(*m.span())) and \
                not any(o.span[0] < m.end() and m.start() < o.span[1] for o in out) and \
                not _PLACE_BEFORE.search(text, max(sent[0], m.start() - 80), m.start()):
            out.append(_fallback_ref(text, *m.span(), confidence=0.55))
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


# "Jundullah, a breakaway faction of the TTP": one capitalised word its appositive calls a group
_APPOSED_NAME = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]{2,}),\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:splinter|offshoot|"
                           r"breakaway|faction|affiliate|branch|wing|group|militia|outfit|movement|cell)s?\b(?!\s+of\s+(?:gunmen|"
                           r"men|fighters|militants|people|soldiers|residents|villagers|armed)\b)")
# (spaCy often takes an unknown one-word group for a place: "Jundullah" GPE; the resolver keeps the places it knows)
_NOT_APPOSED_LABELS = frozenset({"FAC", "DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "EVENT", "PERSON"})


def _apposed_names(doc: Doc, sent: tuple[int, int], mentions: list[ActorRef], taken: list[ActorRef]) -> list[ActorRef]:
    """Unknown one-word names an appositive calls a group ("Jundullah, a breakaway faction of the TTP"), when no
    mention, place, date or person lies there."""
    text = doc_text(doc)
    out: list[ActorRef] = []
    for m in _APPOSED_NAME.finditer(text, sent[0], sent[1]):
        a, b = m.span(1)
        word = re.search(r"([\w'’-]+)\s+$", text[max(sent[0], a - 40):a])
        if word is not None and (word.group(1)[:1].isupper() or "-" in word.group(1)):
            continue  # the last word of a longer name ("the Ansar al-Din Front, a Sahel offshoot of ...")
        if m.group(1) in _NOT_NAME_START or any(o.span[0] < b and a < o.span[1] for o in [*mentions, *taken]) or any(
                e.label_ in _NOT_APPOSED_LABELS for e in doc.ents if e.start_char < b and a < e.end_char):
            continue
        out.append(_fallback_ref(text, a, b, confidence=0.55))
    return out


# "the vigilante group Republican Action Against Drugs", "the armed group Ansar al-Islam": a name a generic noun
# introduces
_NOUN_THEN_NAME = re.compile(r"\b(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:group|militia|gang|outfit|faction|movement|"
                             r"organi[sz]ation|cartel|network|insurgency)\s+(?=[A-Z])")


def _names_after_noun(doc: Doc, sent: tuple[int, int], mentions: list[ActorRef],
                      taken: list[ActorRef]) -> list[ActorRef]:
    """Unknown names of two words or more right after a group noun ("the vigilante group Republican Action Against
    Drugs"), when no mention lies there and the tagger took them for no person, place or date."""
    text = doc_text(doc)
    out: list[ActorRef] = []
    for m in _NOUN_THEN_NAME.finditer(text, sent[0], sent[1]):
        name = _GROUP_PHRASE.match(text, m.end(), sent[1])
        if name is None:
            continue
        a, b = name.span()
        words = [w for w in text[a:b].split() if w[:1].isupper()]
        if len(words) < 2 or words[0] in _NOT_NAME_START or any(
                o.span[0] < b and a < o.span[1] for o in [*mentions, *taken, *out]) or any(
                e.label_ in _NOT_NAMED_GROUP_LABELS or e.label_ == "PERSON" for e in doc.ents
                if e.start_char < b and a < e.end_char):
            continue
        out.append(_fallback_ref(text, a, b, confidence=0.55))
    return out


_TITLE_WORDS = frozenset({"Secretary", "Minister", "President", "Chief", "Leader", "General", "Governor", "Ambassador",
                          "Spokesman", "Spokeswoman", "Commander", "Director", "Chairman", "King", "Prince", "Emir"})
_DESCRIBED_MEN = re.compile(r"\s+(?:fighters?|forces?|militants?|rebels?|troops|soldiers?|militias?|groups?|units?|gunm[ae]n|"
                            r"insurgents?|members?|tribesm[ae]n|volunteers?)\b")
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")
_BEFORE_AND = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,5}?)and\s+(?:the\s+)?$")


def _coordinated_names(doc: Doc, sent: tuple[int, int], mentions: list[ActorRef],
                       taken: list[ActorRef]) -> list[ActorRef]:
    """Unknown names coordinated with a known group ("GATIA and the MSA", "the Red Army Faction and Action
    Directe"): an acronym or a name of two capitalised words or more is a group too, unless the tagger took it for a
    person, a place or a date."""
    text = doc_text(doc)
    out: list[ActorRef] = []
    groups = [m for m in mentions if m.via != "coreference" and _org(m) and m.kind != "state"]
    for m in groups:
        spans: list[tuple[int, int]] = []
        right = _AND_THE.match(text, m.span[1], sent[1])
        name = _GROUP_PHRASE.match(text, right.end(), sent[1]) if right is not None else None
        if name is not None:
            spans.append(name.span())
        left = _BEFORE_AND.search(text, max(sent[0], m.span[0] - 80), m.span[0])
        if left is not None:
            spans.append((left.start(1), left.end(1) - 1))
        for a, b in spans:
            words = text[a:b].split()
            # (a place inside the name is part of it: "the Maoist Communist Centre of India"; words before a plural
            # like "fighters" only describe them: "the YPG and Syrian Kurdish fighters")
            inside = [o for o in mentions if o.span[0] < b and a < o.span[1] and o.via != "coreference"]
            nxt = b + len(text[b:sent[1]]) - len(text[b:sent[1]].lstrip())
            after = doc.char_span(nxt, nxt + 1, alignment_mode="expand") if nxt < sent[1] else None
            if _DESCRIBED_MEN.match(text, b) or (after is not None and len(after) and after[0].pos_ == "NOUN") or \
                    any(w in _TITLE_WORDS or w in _INSTITUTION_WORDS for w in words) or \
                    (inside and len([w for w in words if w[:1].isupper()]) - sum(len(o.text.split()) for o in inside) < 2):
                continue  # "the Sri Lankan government", "the Foreign Secretary", "Shi'ite Iran": no group
            if not words or words[0] in _NOT_NAME_START or not (len(words) >= 2 or _ACRONYM.fullmatch(words[0])) or \
                    not _is_name(text[a:b]) or any(o.span[0] < b and a < o.span[1] for o in [*taken, *out]) or \
                    any(o.kind not in _WEAK_KINDS or not _strictly_inside(o.span, (a, b)) for o in inside) or \
                    any(e.label_ in _NOT_GROUP_LABELS and not _strictly_inside((e.start_char, e.end_char), (a, b))
                        for e in doc.ents if e.start_char < b and a < e.end_char):
                continue
            out.append(_fallback_ref(text, a, b, confidence=0.5))
    return out


# entity labels that rule out a name before a group noun (peoples and unknown names are left: "Pyu Saw Htee unit")
_NOT_NAMED_GROUP_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                                     "QUANTITY", "LANGUAGE", "LAW", "EVENT"})


def _name_before_noun(doc: Doc, m: re.Match[str], mentions: list[ActorRef], taken: list[ActorRef]) -> ActorRef | None:
    """'the Naparama militia', 'a Pyu Saw Htee unit', 'the Comuneros del Sur front': a capitalised name nobody
    resolved, before a lower-case group noun, is a provisional group (not a place, a date or a known actor)."""
    text = doc_text(doc)
    a, b = m.span(1)
    words = text[a:b].split()
    while words and words[0] in _NOT_NAME_START:
        a += len(words[0]) + 1
        words = words[1:]
    if not words or any(w.strip(".,") in _INSTITUTION_WORDS for w in words) or words[-1] in _COMMUNITY_WORDS:
        return None
    end = m.end()
    if any(o.span[0] < end and a < o.span[1] for o in taken):
        return None
    placed = _PLACE_GROUP_NOUN.match(text, m.end(1), end) is not None and len(words) == 1
    # a name the resolver read ("a Taliban unit", "the Houthi militia", "the Jaysh al-Fath coalition") is the name,
    # but for a town's militia ("the Misrata militias")
    # (a name spaCy took for a person's before a group noun is the group's: "the Misseriya militia")
    if any(o.span[0] < b and a < o.span[1] and o.via != "coreference" and not (placed and o.kind in ("state", "place"))
           and not (o.kind == "person" and o.provisional) for o in mentions):
        return None
    ents = [e for e in doc.ents if e.start_char < b and a < e.end_char]
    if any(e.label_ in _NOT_NAMED_GROUP_LABELS and not (placed and e.label_ in ("GPE", "LOC")) for e in ents):
        return None
    if any(e.label_ == "NORP" and (e.start_char, e.end_char) == (a, b) and not e.text.isupper() for e in ents):
        return None  # a people ("an Uzbek group", "the two Naga factions"), not a name ("the CNPSC coalition")
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not any(t.pos_ == "PROPN" or (t.text.isupper() and len(t.text) > 1) for t in span):
        return None  # (an acronym may be tagged anything: "the CNPSC coalition")
    return _fallback_ref(text, a, end, via="group-name", confidence=0.55)


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


_GROUP_NOUN_AFTER = re.compile(r"\s+(faction|group|militia|brigade|movement|network|cartel|gang|clan|force|coalition|"
                               r"front|unit)\b")
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
    # two words at least ("Raia Mutomboki"): one capitalised word is too often a defined term ("the Company"); but
    # an acronym will do ("the FPRC", "the URDPC"), whatever spaCy calls it (it often takes one for a place)
    acronym = len(words) == 1 and _ACRONYM.fullmatch(words[0]) is not None
    # ... and so will a name joined by Urdu or Persian particles ("Fidayeen-e-Islam", "Harkat-ul-Ansar"), whatever spaCy
    # calls it (often a person)
    izafa = len(words) == 1 and _IZAFA.fullmatch(words[0]) is not None
    acronym = acronym or izafa
    if (len(words) < 2 and not acronym) or words[0] in _NOT_NAME_START or \
            any(w.strip(".,") in _INSTITUTION_WORDS for w in words) or words[-1] in _COMMUNITY_WORDS:
        return None
    if any(o.span[0] < b and a < o.span[1] for o in taken):
        return None
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not len(span) or len(span) > 8:
        return None
    # a proper noun by spaCy's tag, and no place, person or date by its entity label
    if not acronym and not any(t.pos_ == "PROPN" for t in span):
        return None
    described = _GROUP_APPOSITIVE.match(text, b) is not None  # "Los Viagras, a clan from ...": a group, not a place
    if not izafa and any(e.label_ in _NOT_GROUP_LABELS and not ((new_group or acronym or described) and
                                                                e.label_ in ("GPE", "LOC") and
                                                                (acronym or described or
                                                                 _strictly_inside((e.start_char, e.end_char), (a, b))))
           for e in doc.ents if e.start_char < b and a < e.end_char):
        return None
    return _fallback_ref(text, a, b, via="slot-name", confidence=0.5)


# an appositive that says the name before it is a group: "La Línea, long the enforcement arm of ...", "Los Viagras, a
# clan from Michoacán"
_GROUP_APPOSITIVE = re.compile(r"\s*,\s+(?:(?:long|now|still|once|itself)\s+)?(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:clan|gang|cartel|group|faction|militia|outfit|arm|wing|branch|cell|splinter|"
                               r"offshoot|movement|organi[sz]ation|network|insurgency|army|front|brigade|alliance|"
                               r"coalition|umbrella|syndicate|mafia|band|crew|posse)s?\b")
_IZAFA = re.compile(r"[A-Z][\w'’]+(?:-(?:e|i|ul|ut|us|ud|ur|un|al|el|as|ash)-[A-Za-z][\w'’]+)+")
# an acronym standing for a group: three to seven capitals, maybe a hyphenated part ("NSCN-K", "M23" has a digit)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,6}(?:-[A-Z0-9]{1,4})?")
# a list of examples after a plural ("split into several factions, among them the X")
_EXAMPLES_LEAD = re.compile(r"[^.;]{0,50}?(?:,\s*|\s+)(?:among\s+them|including|notably|such\s+as)\s+", re.I)


def _with_slots(doc: Doc, sent: tuple[int, int], trigger: tuple[int, int], cands: list[ActorRef]) -> list[ActorRef]:
    """The candidates plus unknown names in the trigger's empty argument slots: the subject before it, the
    object right after it (or after "among them", "including"), and a second object after 'X and'; an unknown
    acronym right after the trigger takes the object slot from a name further on."""
    text = doc_text(doc)
    t0, t1 = trigger
    # "among them" stands for the examples that follow it, not for the group named before
    cands = [m for m in cands if not (m.via == "coreference" and re.search(r"\bamong\s+$", text[max(0, m.span[0] - 8):
                                                                                             m.span[0]]))]
    before = [m for m in cands if m.span[1] <= t0]
    after = [m for m in cands if m.span[0] >= t1]
    extra: list[ActorRef] = []
    if after and not _SLOT_LEAD.fullmatch(text, t1, after[0].span[0]):
        # the object slot right after the trigger holds an unknown name ("clashed with the UPC in Bria")
        n = _name_at(doc, t1, sent[1], cands)
        if n is not None and _ACRONYM.fullmatch(n.text):
            after = []
    if not after:
        n = _name_at(doc, t1, sent[1], cands)
        lead = _EXAMPLES_LEAD.match(text, t1, sent[1]) if n is None else None
        if lead is not None:  # "fractured into several rival factions, among them the URDPC"
            n = _name_at(doc, lead.end(), sent[1], cands)
        if n is not None:
            extra.append(n)
            conj = re.match(r"\s+and\s+", text[n.span[1]:sent[1]])  # "... into the FPRC and the UPC"
            second = _name_at(doc, n.span[1] + conj.end(), sent[1], [*cands, n]) if conj is not None else None
            if second is not None:
                extra.append(second)
    elif len(after) == 1 and re.fullmatch(r"\s*(?:the\s+)?", text[t1:after[0].span[0]]):
        conj = re.match(r"\s+and\s+", text[after[0].span[1]:sent[1]])
        if conj is not None:
            n = _name_at(doc, after[0].span[1] + conj.end(), sent[1], cands)
            if n is not None:
                extra.append(n)
    if not before and text[t0:t0 + 1] == ",":
        # "La Línea, long the enforcement arm of Y": an appositive trigger's subject is the name opening the sentence
        n = _name_at(doc, sent[0], t0, cands)
        if n is not None and n.span[1] == t0:
            extra.append(n)
    elif not before:
        subj = _subject_span(doc, t0, sent)
        if subj is not None and subj[1] <= t0:
            n = _name_at(doc, subj[0], subj[1], cands)
            if n is not None:
                extra.append(n)
    return sorted([*cands, *extra], key=lambda m: m.span)


def listed_parts(text: str, sent: tuple[int, int], members: list[_Member], cands: list[ActorRef]) -> list[_Found]:
    """'Rival factions of the Sinaloa Cartel, Los Chapitos and La Mayiza, ...': each name listed in apposition to a
    plural part of a group belongs to that group."""
    out: list[_Found] = []
    for mb in members:
        if not (sent[0] <= mb.ref.span[0] and mb.ref.span[1] <= sent[1]) or not _LISTED_PARTS.search(mb.ref.text) or \
                re.search(r"\b(?:ex-|former\b)", mb.ref.text, re.I):
            continue  # ("rival ex-Seleka factions, X and Y": a former membership is not annotated)
        after = [m for m in cands if m.span[0] >= mb.ref.span[1] and _named_org(m)]
        if not after or not re.fullmatch(r"\s*,\s*(?:the\s+)?", text[mb.ref.span[1]:after[0].span[0]]):
            continue
        listed = _coordinated(after, text, after[0])
        if len(listed) < 2:
            continue
        for one in listed[:6]:
            if one.actor_id is None or one.actor_id != mb.parent.actor_id:
                out.append(_Found("affiliation", one, mb.parent, mb.ref.span, sent, 0.65))
    return out


# Speed only, same matches: the patterns scanned over every sentence skip one that holds none of the literal
# words each match must hold (newsevents.nlp.regex_gate).
_MEMBER_OF = gated(_MEMBER_OF)
_GROUP_IN_PLACES = gated(_GROUP_IN_PLACES)
_APPOSED_NAME = gated(_APPOSED_NAME)
_GROUP_NOUN_WORD = gated(_GROUP_NOUN_WORD)
_NOUN_THEN_NAME = gated(_NOUN_THEN_NAME)
_HEAD_WORD = gated(_HEAD_WORD)
