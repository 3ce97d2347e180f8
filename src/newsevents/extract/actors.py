"""Actor mentions: named entities and sector words resolved to knowledge-base actors or provisional ones."""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from newsevents.geo.gazetteer import Gazetteer, get_gazetteer
from newsevents.kb import Actor, KnowledgeBase, get_kb, norm_key
from newsevents.models import ActorRef
from newsevents.nlp import doc_text, entities

EXTRACTOR = "actors/0.1"
_ACTOR_LABELS = {"ORG", "PERSON", "GPE", "NORP"}
_STOP_INITIALS = {"for", "the", "of", "and", "in", "on", "de", "du", "la", "al", "el", "to"}
_PROVINCE_VARIANTS = re.compile(r"\b(w|v)(i|e)lay+(a|e)t?h?\b", re.IGNORECASE)
_matchers: dict[int, PhraseMatcher] = {}


# a leading article: "the", and "a"/"an" before a capitalised word ("a Kivu Front commander")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|(?:a|A|an|An)(?=\s+[A-Z]))\s+")


@functools.lru_cache(maxsize=8192)  # (speed: asked for the same names many times a document)
def normalise_group_name(name: str) -> str:
    """One spelling for transliteration variants: Vilayyat/Velayat/Wilayah -> Wilayat; a leading article and a
    possessive 's dropped."""
    name = _LEADING_ARTICLE.sub("", name.strip())
    name = re.sub(r"['\u2019]s$", "", name)
    name = _PROVINCE_VARIANTS.sub("Wilayat", name)
    return re.sub(r"\s+", " ", name)


@functools.lru_cache(maxsize=8192)
def provisional_id(name: str) -> str:
    text = unicodedata.normalize("NFKD", normalise_group_name(name))
    slug = re.sub(r"[^A-Za-z0-9]+", "_", "".join(c for c in text if not unicodedata.combining(c))).strip("_")
    return "PROV_" + slug.upper()[:60]


@dataclass(frozen=True)
class _Resolved:
    actor_id: str | None
    name: str | None
    kind: str | None
    sector: str | None
    country: str | None
    provisional: bool
    via: str
    confidence: float


def _from_actor(actor: Actor, via: str, confidence: float = 0.95) -> _Resolved:
    return _Resolved(actor.id, actor.name, actor.kind, actor.sector, actor.country, actor.provisional, via,
                     confidence)


def _agent_matcher(nlp_vocab, kb: KnowledgeBase) -> PhraseMatcher:  # type: ignore[no-untyped-def]
    key = id(kb)
    if key not in _matchers:
        matcher = PhraseMatcher(nlp_vocab, attr="LOWER")
        from spacy.lang.en import English

        tokenizer = English().tokenizer
        for actor in kb.by_kind("agent"):
            forms = set()
            for alias in actor.names:
                forms.add(alias.lower())
                if not alias.lower().endswith("s"):
                    forms.add(alias.lower() + "s")
            matcher.add(actor.id, [tokenizer(f) for f in forms])
        _matchers[key] = matcher
    return _matchers[key]


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city (folded) -> country name, from the bundled GeoNames country table."""
    path = resources.files("newsevents") / "data" / "geonames" / "countries.tsv"
    with path.open(encoding="utf-8") as fh:
        return {norm_key(r["capital"]): r["name"] for r in csv.DictReader(fh, delimiter="\t") if r.get("capital")}


def _acronym_of(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _STOP_INITIALS]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _trim(span: Span) -> tuple[int, int, str]:
    """Character span of an entity without a leading article ('the', 'a', 'an') and a trailing possessive."""
    start, end = span.start_char, span.end_char
    text = span.text
    m = _LEADING_ARTICLE.match(text)
    if m:
        start += m.end()
        text = text[m.end():]
    m = re.search(r"['\u2019]s?$", text)
    if m:
        end -= len(m.group(0))
        text = text[: m.start()]
    return start, end, text


def find_mentions(doc: Doc, kb: KnowledgeBase | None = None, gazetteer: Gazetteer | None = None) -> list[ActorRef]:
    """Every actor mention in the document, sorted by position; unknown organisations become provisional, persons
    stay persons (no actor id), and toponyms and common nouns the model took for names are dropped."""
    kb = kb or get_kb()
    mentions: list[ActorRef] = []
    defined: dict[str, _Resolved] = {}  # acronyms and short names the article defines
    persons: dict[str, _Resolved] = {}  # surname -> full-name resolution
    seen_orgs: list[tuple[str, _Resolved]] = []

    for ent in entities(doc):
        if ent.label_ not in _ACTOR_LABELS:
            continue
        start, end, text = _trim(ent)
        if not text.strip():
            continue
        start, end, longer = _with_suffix(doc_text(doc), start, end, text, kb)
        ruler_id = ent.ent_id_ if longer == text else ""  # (the ruler matched the shorter name)
        text = longer
        resolved = _resolve_name(text, ent.label_, kb, defined, persons, seen_orgs, ruler_id)
        if resolved is not None and resolved.via in ("provisional", "person"):
            if not_an_actor(doc, ent, text, gazetteer):
                continue
            if resolved.via == "provisional" and _titled(doc, ent) and not _ORG_WORD.search(text):
                resolved = dataclasses.replace(resolved, actor_id=None, kind="person", via="person")
        if resolved is None:
            continue
        mentions.append(ActorRef(text=doc_text(doc)[start:end], span=(start, end), actor_id=resolved.actor_id,
                                 name=resolved.name, sector=resolved.sector, country=resolved.country,
                                 kind=resolved.kind, provisional=resolved.provisional, via=resolved.via,
                                 confidence=resolved.confidence, extractor=EXTRACTOR))
        if ent.label_ == "ORG":
            seen_orgs.append((text, resolved))
            # "Institute for the Study of War (ISW)": the parenthesised acronym is defined here.
            after = doc_text(doc)[end:end + 12]
            m = re.match(r"\s*\(([A-Z][A-Za-z.]{1,9})\)", after)
            if m:
                defined[m.group(1).replace(".", "")] = dataclasses.replace(resolved, via="acronym")
        if ent.label_ == "PERSON" and " " in text:
            persons[text.split()[-1]] = resolved

    taken = [(m.span[0], m.span[1]) for m in mentions]
    matcher = _agent_matcher(doc.vocab, kb)
    for match_id, s, e in matcher(doc):
        span = doc[s:e]
        if any(a < span.end_char and span.start_char < b for a, b in taken):
            continue
        actor = kb.get(matcher.vocab.strings[match_id])  # (the matcher's vocab holds its ids)
        if actor is None:
            continue
        country = _modifier_country(span, kb)
        mentions.append(ActorRef(text=span.text, span=(span.start_char, span.end_char), actor_id=actor.id,
                                 name=actor.name, sector=actor.sector, country=country or actor.country,
                                 kind=actor.kind, via="agent word", confidence=0.8, extractor=EXTRACTOR))
        taken.append((span.start_char, span.end_char))
    mentions.sort(key=lambda m: m.span)
    return mentions


# words that make a name an organisation's even when the model took it for a person's ("the Ansar Brigade")
_ORG_WORD = re.compile(r"\b(?:Front|Army|Brigades?|Battalions?|Group|Movement|Council|Party|Union|Forces?|Militias?|"
                       r"Cartel|Clan|Network|Organi[sz]ation|Alliance|Coalition|Jama'?at|Jamaat|Ansar|Harakat|Tehreek|"
                       r"Tehrik|Lashkar|Jaish|Jaysh|Katiba|Liwa|Hizb|Kata'ib|Saraya|Emirate|State|Mai-Mai|Division|"
                       r"Corps|Column|Regiment|Legion|Squad|Cell|Wing|Gang|Cult)\b", re.I)
# a title before a person's name ("President", "former prime minister", "Mr")
_TITLE = re.compile(r"(?:President|Prime\s+Minister|Minister|Mayor|Governor|Senator|General|Gen\.|Mr\.?|Mrs\.?|Ms\.?|"
                    r"Dr\.?|candidate|leader|journalist|activist|former\s+[a-z ]+)\s*$", re.I)
# place words after a name, or closing it ("Bannu district", "North Kivu Province")
_FEATURE_WORDS = {"village", "town", "city", "region", "province", "district", "county", "valley", "governorate",
                  "state", "oblast", "territory", "municipality", "neighbourhood", "neighborhood", "area", "suburb",
                  "commune", "prefecture", "department", "island", "station", "square", "market", "camp"}
# words after which a capitalised name is a place
_LOCATIVE_WORDS = {"in", "near", "outside", "at", "across", "around", "towards", "toward", "through",
                   "inside", "within"}  # ("into", "from", "of": "merged into X", "split from X")


def _place_known(gazetteer: Gazetteer, name: str) -> bool:
    """The gazetteer knows this name as a place by its own name or an alias (not a foreign spelling)."""
    return any(c.match in ("name", "alias") for c in gazetteer.lookup(name))


def not_an_actor(doc: Doc, ent: Span, text: str, gazetteer: Gazetteer | None = None) -> bool:
    """A name the model took for an organisation's that names no actor: a toponym ("in Bannu district", "North Kivu
    Province", "Lyon's Part-Dieu") or a common noun opening the sentence ("Shells hit the market")."""
    gazetteer = gazetteer or get_gazetteer()  # (loaded only when an unknown name needs it)
    words = text.split()
    if len(ent) == 1 and ent[0].is_sent_start and ent[0].tag_ in ("NN", "NNS"):
        return True  # "Shells", "Gunfights": a plural noun capitalised at the sentence's start
    if _ORG_WORD.search(text):
        return False  # "the Northern Division", "Shan State Army"
    owner = re.match(r"(.+?)['\u2019]s\s", text)
    if owner is not None and _place_known(gazetteer, owner.group(1)):
        return True  # a place's landmark: "Lyon's Part-Dieu"
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if before not in _LOCATIVE_WORDS and after not in _FEATURE_WORDS:
        return False  # "the Islamic State's Yemen Province clashed": a group's province, named as a group
    if len(words) > 1 and words[-1].lower() in _FEATURE_WORDS and _place_known(gazetteer, " ".join(words[:-1])):
        return True  # "across North Kivu Province"
    return _place_known(gazetteer, text)


def _titled(doc: Doc, ent: Span) -> bool:
    """A title right before the name: 'President Guillermo Lasso', 'former prime minister Shinzo Abe'."""
    return _TITLE.search(doc_text(doc)[max(0, ent.start_char - 40):ent.start_char]) is not None


# a faction letter or tag hyphenated onto a name ("NSCN-K", "ULFA-I"), which the tokenizer may have cut off
# ("NSCN-K." at a sentence's end splits as "NSCN", "-", "K.")
_NAME_SUFFIX = re.compile(r"[-‐][A-Z][A-Za-z0-9]{0,5}(?![\w-])")


def _with_suffix(text: str, start: int, end: int, name: str, kb: KnowledgeBase) -> tuple[int, int, str]:
    """The mention stretched over a hyphenated suffix when the longer name is a KB actor of its own."""
    m = _NAME_SUFFIX.match(text, end)
    if m is None:
        return start, end, name
    longer = name + m.group(0)
    actor = kb.lookup(longer)
    if actor is None or actor is kb.lookup(name):
        return start, end, name
    return start, m.end(), longer


def _modifier_country(span: Span, kb: KnowledgeBase) -> str | None:
    """'Russian police', 'Syrian troops': the country of a sector word from its adjective."""
    if span.start == 0:
        return None
    prev = span.doc[span.start - 1]
    if prev.pos_ in ("ADJ", "PROPN") and prev.text[:1].isupper():
        actor = kb.lookup(prev.text)
        if actor is not None and actor.kind == "state":
            return actor.country
    return None


def _resolve_name(text: str, label: str, kb: KnowledgeBase, defined: dict[str, _Resolved],
                  persons: dict[str, _Resolved], seen_orgs: list[tuple[str, _Resolved]],
                  ruler_id: str = "") -> _Resolved | None:
    if ruler_id and (actor := kb.get(ruler_id)) is not None:
        return _from_actor(actor, "alias", 0.95)
    compact = text.replace(".", "")
    if compact in defined:
        return defined[compact]
    actor = kb.lookup(text) or kb.lookup(normalise_group_name(text))
    if actor is not None and label == "NORP" and actor.kind == "state" and norm_key(text) != norm_key(actor.name):
        # "Russians", "Chechen fighters": people of a country, not the state acting
        return _Resolved(None, f"{text} (people of {actor.name})", "group", "CVL", actor.country, False,
                         "demonym", 0.7)
    if actor is not None:
        return _from_actor(actor, "alias" if norm_key(text) != norm_key(actor.name) else "name", 0.95)
    if label == "NORP":
        return None  # demonyms and religions that are not KB actors are context, not actors
    if label == "GPE":
        capital_of = _capitals().get(norm_key(text))
        if capital_of and (state := kb.lookup(capital_of)) is not None and state.kind == "state":
            return _from_actor(state, "capital metonym", 0.6)  # "Moscow has waged two wars"
        return None  # places that are not states: handled by the geocoder
    if label == "PERSON" and " " not in text and text in persons:
        return persons[text]
    if not any(c.isupper() for c in text):
        return None  # a common noun the model took for a name ("in solidarity with"): names are capitalised
    if label == "ORG" and re.fullmatch(r"[A-Z]{2,6}", compact):
        for name, resolved in reversed(seen_orgs):  # an acronym of an organisation named earlier
            if _acronym_of(name) == compact:
                defined[compact] = resolved
                return resolved
    name = normalise_group_name(text)
    if label == "PERSON" and not _ORG_WORD.search(text):
        # a person's name is no armed group: kept as a person (an appointee, a victim), coined as no actor
        return _Resolved(None, name, "person", None, None, True, "person", 0.6)
    return _Resolved(provisional_id(name), name, "organisation", None, None, True, "provisional", 0.6)

