"""Find the toponyms of a document, resolve them against the gazetteer, and place its events."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsevents.extract.times_lexicon import MONTHS, WEEKDAYS
from newsevents.geo import Candidate, Demonym, Gazetteer, get_gazetteer
from newsevents.geo.facilities import (FACILITY_CITY_POPULATION, city_of_facility, describes, names_a_facility,
                                         names_a_landmark)
from newsevents.geo.locate import event_location
from newsevents.geo.names import CONNECTORS, normalize
from newsevents.geo.nearby import place_by_neighbours, place_coasts, place_counties, place_rivers
from newsevents.geo.qualifiers import POSSESSIVES, Qualifier, qualifiers
from newsevents.geo.resolve import GENERIC_TAILS, TOWN_TAILS, Resolution, resolve_names
from newsevents.models import Location, Place
from newsevents.nlp import doc_text, entities, sentence_of, sentences

log = logging.getLogger(__name__)

__all__ = ["run", "analyse", "event_location", "Analysis", "Location"]

PLACE_LABELS = {"GPE", "LOC"}
GUESSABLE_LABELS = {"GPE", "LOC", "FAC"}  # entities an unresolved place may be placed by its neighbours for
# words after which a capitalised name is very likely a place
LOCATIVE_CUES = {"in", "near", "outside", "at", "from", "to", "into", "across", "around", "towards",
                 "toward", "through", "via", "nearby", "between", "inside", "within"}
# words for a position by a place, a cue after a noun or adjective: 'the hills above Sake', 'Kenscoff above
# Port-au-Prince', 'the hills beyond Sibi'; not after a verb or adverb ('ranked well above Clinton')
POSITION_CUES = {"above", "below", "beyond"}
# nouns that make "<noun> of X" or "X <noun>" a place
FEATURE_NOUNS = {"village", "town", "city", "region", "province", "district", "republic", "county",
                 "valley", "gorge", "governorate", "state", "oblast", "capital", "outskirts", "suburb",
                 "suburbs", "area", "settlement", "municipality", "island", "port", "border", "airport",
                 "territory", "villages", "towns", "cities", "regions", "provinces", "districts", "areas",
                 "settlements",
                 # the units of local government that humanitarian and local news name places by ('Ouallam
                 # department', 'Ukhia upazila', 'Dulecha woreda', 'Shirur taluka', 'Kani township')
                 "department", "departments", "prefecture", "commune", "communes", "township", "townships",
                 "woreda", "woredas", "upazila", "upazilas", "taluka", "tehsil", "canton"}
# feature nouns that, capitalised, head an institution's name ('the Justice Department', 'the Department of
# Homeland Security'), not a place's
INSTITUTION_WORDS = {"Department", "Departments"}
# acts of force whose 'on X' names the place they hit, or that an advance heads for ('a push on Sirwah')
ATTACK_NOUNS = {"attack", "attacks", "strike", "strikes", "raid", "raids", "assault", "assaults", "offensive",
                "bombing", "bombings", "shelling", "airstrike", "airstrikes", "push", "advance", "advances",
                "march"}
ADVANCE_VERBS = {"march", "advance", "converge"}  # verbs whose 'on X' is the place they head for
# words for a part of a place: 'the south of X', 'the centre of X' name a place after 'of'
PART_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "north-east", "north-west", "south-east", "south-west", "centre", "center", "heart"}
# words for a share of a place that need no 'the': 'parts of Khan Younis'
SHARE_WORDS = {"part", "parts"}
# compass words whose 'of X' places something by X with or without 'the': '40 km north of Grindavik',
# 'villages east of Sour'
COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "north-east", "north-west", "south-east", "south-west"}
# the rim or remains of a place: 'the edge of Penteli', 'the ruins of Chasiv Yar', 'the coast of Akkar',
# 'the Tajik enclave of Vorukh'
LOCALE_NOUNS = {"edge", "edges", "ruins", "coast", "enclave", "exclave", "streets", "environs"}
# nouns after a name that make it a place of refuge or passage: 'Zamzam camp', 'the Masnaa crossing'
SITE_NOUNS = {"camp", "crossing"}
# people named by where they live: 'residents of Mpeketoni', 'the mayor of Manta'
DWELLER_NOUNS = {"residents", "inhabitants", "villagers", "townspeople", "mayor", "governor"}
# last words that mark a GPE/LOC entity as an organisation when the gazetteer does not know it
ORG_HEADS = {"state", "emirate", "caliphate", "army", "front", "brigade", "brigades", "movement",
             "party", "council", "group", "forces", "ministry", "government", "police", "command",
             "emirates"}
# nouns that, with "from X", make X only the origin of a person
PERSON_NOUNS = {"man", "woman", "men", "women", "boy", "girl", "native", "national", "citizen",
                "resident", "fighter", "militant", "jihadist", "refugee", "immigrant", "migrant",
                "student", "teenager", "person", "people", "volunteer", "recruit", "member",
                "commander", "family", "father", "mother", "son", "daughter", "suspect", "visitor",
                "tourist", "foreigner", "pilgrim", "cadet"}
STRONG_FEATURES = {"PCLI", "ADM1", "CONT", "RGN"}
COUNTY_WORDS = {"county", "parish"}  # last words of a US county name opening an ORG ('Laurel County Jail')
# nouns that make "X <noun>" the name of a disease, not a place ("West Nile virus", "Rift Valley fever")
DISEASE_NOUNS = {"virus", "viruses", "fever", "flu", "influenza", "disease", "encephalitis",
                 "hemorrhagic", "haemorrhagic"}
# nouns after a name that make it an organisation's ('the Sinaloa Cartel'): not emitted unresolved
GROUP_NOUNS = {"cartel", "gang"}
# names the gazetteer gives to namesake villages but that news uses for no place on Earth's surface, and the race
# words news capitalises ('were Black', 'a mostly Black neighbourhood': no Blacksburg by an alternate name)
NOT_PLACES = {"earth", "moon", "mars", "sun", "world", "black", "white"}


# nouns for people, forces and institutions: a nationality word right before one of them names the
# nation ('Somali troops', 'Afghan police'), never an area that bears the word ('Somali' region)
FORCE_NOUNS = PERSON_NOUNS | {
    "troop", "troops", "soldier", "force", "forces", "police", "policeman", "army", "military",
    "official", "authority", "authorities", "government", "president", "minister", "officer",
    "security", "militia", "militiaman", "navy", "pirate", "diplomat", "leader", "civilian",
    "journalist", "worker", "protester", "rebel", "insurgent", "gunman", "gunmen", "lawmaker",
    "parliament", "intelligence", "embassy", "ambassador", "delegation", "spokesman", "spokeswoman",
    "guard", "commando", "peacekeeper", "jet", "warplane", "drone", "artillery", "media", "court"}
FORCE_MODIFIERS = {"special", "federal", "national", "elite", "armed", "government", "security", "state"}


def _names_a_nation(doc: Doc, end: int) -> bool:
    """True when a noun for people, forces or institutions follows a nationality word ending at
    end ('Somali troops', 'Afghan special forces', 'Somali government officials')."""
    def people(i: int) -> bool:
        word = doc[i].lower_
        return word in FORCE_NOUNS or (word.endswith("s") and word[:-1] in FORCE_NOUNS)  # 'fighters'

    if end >= len(doc):
        return False
    if doc[end].lower_ in FORCE_MODIFIERS and end + 1 < len(doc) and people(end + 1):
        return True
    return people(end)


# verbs of naming, writing and speaking: 'spelled Buuloburde in Somali' names a language
NAMING_VERBS = {"spell", "write", "call", "know", "name", "say", "speak", "read", "mean", "translate",
                "broadcast", "publish", "sing", "chant", "shout"}


def _names_a_language(doc: Doc, start: int, end: int) -> bool:
    """True when a nationality word at start..end after 'in' names a language: a verb of naming,
    writing or speaking at most five words before 'in', and no noun after the word ('spelled
    Buuloburde in Somali', 'a statement read out in Somali'; not 'fighting in Somali region')."""
    if start < 2 or doc[start - 1].lower_ != "in":
        return False
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
        return False
    return any(t.lemma_ in NAMING_VERBS for t in doc[max(0, start - 6):start - 1])


def _connected_name(text: str) -> bool:
    """A Persian or Arabic name whose parts a connector word joins ('Dasht-e-Barchi', 'Mazar-i-Sharif')."""
    parts = [p for p in text.replace("-", " ").split(" ") if p]
    return any(p in CONNECTORS for p in parts[1:-1])


def _hyphen_word(doc: Doc, start: int, end: int, gaz: Gazetteer) -> tuple[int, int]:
    """The token range of the whole hyphenated word an entity lies in, when the model tagged only
    a part of it ('Mazar' of 'Mazar-i-Sharif', 'Dasht' of 'Dasht-e-Barchi'): the word counts as one
    name when a connector joins its parts or the gazetteer knows it whole; else the entity's own
    range ('Kabul-based', 'Moscow-Kyiv talks' stay as tagged)."""
    s, e = start, end
    while (e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_
           and not doc[e].whitespace_ and doc[e + 1].is_alpha):
        e += 2
    while (s >= 2 and doc[s - 1].text == "-" and not doc[s - 1].whitespace_
           and not doc[s - 2].whitespace_ and doc[s - 2].is_alpha):
        s -= 2
    if (s, e) == (start, end):
        return start, end
    text = doc[s:e].text
    if _connected_name(text) or any(c.match in ("name", "alias") for c in _candidates(gaz, text)):
        return s, e
    return start, end


def _disease_name(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in DISEASE_NOUNS


@dataclass(frozen=True)
class Mention:
    """A toponym's words in the text and how it was found."""

    text: str
    start: int  # token index
    end: int
    source: str  # ner | gazetteer | capital
    # a capital phrase ('the Somali capital'): ISO-2 of the country whose capital city it names;
    # '' when the text does not say which country ('in the capital': the article's country)
    capital_of: str | None = None


@dataclass(frozen=True)
class Analysis:
    """Everything places.run works out: the places it emits and the demonyms it used as context."""

    places: list[Place]
    demonyms: list[Place]  # nationality words resolved to their country/admin1 (never emitted)


def _trim(ent: Span) -> tuple[int, int]:
    """Token range of an entity without a leading 'the' and a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019"):
        end -= 1
    return start, end


def _candidates(gaz: Gazetteer, text: str) -> tuple[Candidate, ...]:
    return gaz.lookup(text) if normalize(text) else ()


def _locative_before(doc: Doc, start: int) -> bool:
    """True when 'in', 'near', 'off', 'village of'... comes right before token start, or ', of' (a
    person's home town in news style: 'James Suver, 25, of Columbia')."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in ("the", "nearby", "neighbouring", "neighboring", "northern",
                                    "southern", "eastern", "western", "central"):
        i -= 1
    if i < 0:
        return False
    if doc[i].lower_ in LOCATIVE_CUES:
        return True
    if doc[i].lower_ in POSITION_CUES and i > 0 and doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
        return True  # 'the hills above Sake', 'Kenscoff above Port-au-Prince'
    if doc[i].lower_ == "off" and doc[i].pos_ == "ADP":
        return True  # 'boats off Cartagena' (not the particle of 'called off Smith's visit')
    if doc[i].lower_ == "on" and i > 0 and (doc[i - 1].lower_ in ATTACK_NOUNS or (
            doc[i - 1].pos_ == "VERB" and doc[i - 1].lemma_ in ADVANCE_VERBS)):
        return True  # 'the strikes on Abqaiq', 'the attack on Mamove', 'gathered to march on Sweida'
    if doc[i].lower_ == "of" and i > 1 and doc[i - 1].lower_ in PART_WORDS and doc[i - 2].lower_ == "the":
        return True  # 'in the south of Culiacan', 'the heart of Kabul' (a part of the place)
    if doc[i].lower_ == "of" and i > 0 and (doc[i - 1].lower_ in ATTACK_NOUNS
                                                     or doc[i - 1].lower_ in SHARE_WORDS):
        return True  # 'the shelling of El Fasher', 'ruined parts of Khan Younis'
    if doc[i].lower_ == "of" and i > 0 and (doc[i - 1].lower_ in COMPASS_WORDS or (
            doc[i - 1].lower_ in LOCALE_NOUNS and i > 1 and doc[i - 2].lower_ in ("the", "its")
            or i > 2 and doc[i - 1].lower_ in LOCALE_NOUNS and doc[i - 3].lower_ == "the")):
        return True  # '40 km north of Grindavik', 'the edge of Penteli', 'the Tajik enclave of Vorukh'
    if doc[i].lower_ == "as" and i > 1 and doc[i - 1].lower_ == "far" and doc[i - 2].lower_ == "as":
        return True  # 'escorted the lorries as far as Abala'
    return doc[i].lower_ == "of" and i > 0 and ((doc[i - 1].lower_ in FEATURE_NOUNS | DWELLER_NOUNS
                                                 and doc[i - 1].text not in INSTITUTION_WORDS)
                                                or _residence_of(doc, i))


def _residence_of(doc: Doc, of: int) -> bool:
    """True when the token 'of' at index of follows a comma right after a person's name or age
    ('Wesley Brookes, 18, of Regina'; 'Kimberly Hacker, 43, of McKee'): the person's home town."""
    if of < 2 or doc[of - 1].text != ",":
        return False
    before = doc[of - 2]
    return before.like_num or before.ent_type_ == "PERSON"


def _feature_after(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in FEATURE_NOUNS and doc[end].text not in INSTITUTION_WORDS


def _comma_after_place(doc: Doc, start: int, taken: list[Mention]) -> bool:
    """'Louisville, Ky.': a name right after another toponym and a comma."""
    return start >= 2 and doc[start - 1].text == "," and any(m.end == start - 1 for m in taken)


# orth hash -> (the text opens with a capital, the text holds "." or "-"), shared across documents
_ORTH_SHAPE: dict[int, tuple[bool, bool]] = {}


def _capital_flags(doc: Doc) -> tuple[list[bool], list[int]]:
    """One pass over the tokens: which are capitalised (a capital first, and all letters or holding "."
    or "-"), and the indices of those in capitals (all letters, upper case). Read from the Doc's arrays,
    the text's shape looked up once per distinct word (a Token per word cost more)."""
    from spacy.attrs import IS_ALPHA, IS_UPPER, ORTH

    caps: list[bool] = []
    upper: list[int] = []
    if not len(doc):
        return caps, upper
    strings = doc.vocab.strings
    # (by column: a list per token would be garbage for the collector to walk)
    orths, alphas, uppers = doc.to_array([ORTH, IS_ALPHA, IS_UPPER]).T.tolist()
    for i, orth in enumerate(orths):
        shape = _ORTH_SHAPE.get(orth)
        if shape is None:
            word = strings[orth]
            shape = _ORTH_SHAPE[orth] = (word[:1].isupper(), "." in word or "-" in word)
        cap = shape[0] and (bool(alphas[i]) or shape[1])
        caps.append(cap)
        if cap and uppers[i] and alphas[i]:
            upper.append(i)
    return caps, upper


def _entity_mentions(doc: Doc, gaz: Gazetteer) -> tuple[list[Mention], list[tuple[int, int]]]:
    mentions: list[Mention] = []
    demonyms: list[tuple[int, int]] = []
    countries = {c.country for e in entities(doc) if e.label_ in PLACE_LABELS  # ('Shan State': Shan)
                 for c in _candidates(gaz, e.text if e[-1].lower_ not in KIND_WORDS else e[:-1].text)
                 if c.match in ("name", "alias")}
    covered = 0  # the end of the last name completed past its entity ('Viña del' + 'Mar')
    for ent in entities(doc):
        start, end = _trim(ent)
        if start >= end or start < covered:
            continue
        start, end = _hyphen_word(doc, start, end, gaz)
        if _disease_name(doc, end):
            continue
        through = _through_possessive(doc, gaz, start, end)
        if through is not None:  # "Cox's Bazar", whatever the model took it for, or cut at the possessive
            end = covered = through
            mentions.append(Mention(doc[start:end].text, start, end, "ner"))
            continue
        text = doc[start:end].text
        if text.islower() or text.casefold() in NOT_PLACES:
            continue  # 'goats, buffalo, deer' (a common noun the model took for a place), 'the Earth'
        cands = _candidates(gaz, text)
        if not cands and ent.label_ in PLACE_LABELS:
            end = covered = _completed_name(doc, gaz, start, end)
            text = doc[start:end].text
            cands = _candidates(gaz, text)
        elif cands and ent.label_ in PLACE_LABELS and (longer := _longer_known_name(doc, gaz, start, end, mentions)):
            start, end = longer  # 'Novi' before 'Sad', 'SUDAN' after 'PORT', 'SANTA' before 'CRUZ'
            covered = end
            text = doc[start:end].text
            cands = _candidates(gaz, text)
        if not cands and end - start > 1 and doc[start].lower_ in ("a", "an"):
            start += 1  # 'A Danbury stonework mason': the article, not part of the name ('A Coruña' is)
            text = doc[start:end].text
            cands = _candidates(gaz, text)
        if gaz.demonym(text) and (_names_a_nation(doc, end) or _names_a_language(doc, start, end) or not any(
                c.feature in STRONG_FEATURES and c.match != "alternate" for c in cands)):
            demonyms.append((start, end))  # 'Somali troops': the nation, not Ethiopia's Somali region
            continue
        label = ent.label_
        if label in PLACE_LABELS:
            if (not cands and doc[end - 1].lower_ in ORG_HEADS
                    and not _area_state(gaz, doc[start:end - 1].text, doc[end - 1].lower_)):
                continue  # 'Islamic State', 'Syrian Army'; not 'Shan State'
            mentions.append(Mention(text, start, end, "ner"))
        elif label == "FAC" and cands:
            mentions.append(Mention(text, start, end, "ner"))
        elif label == "FAC" and (city := city_of_facility(doc, start, end, gaz)):
            mentions.append(Mention(doc[city[0]:city[1]].text, *city, "ner"))
        elif (label in ("NORP", "ORG", "PERSON", "PRODUCT") and not cands
              and _area_with_kind(doc, gaz, start, end, countries)):
            mentions.append(Mention(text, start, end, "ner"))  # 'Rakhine State' tagged a person
        elif label == "ORG" and not cands:
            inner = (_leading_place(doc, gaz, start, end) or _trailing_place(doc, gaz, start, end)
                     or _city_of_a_business(doc, gaz, start, end))
            if inner:
                mentions.append(inner)
        elif label in ("NORP", "ORG", "PERSON", "PRODUCT") and cands:
            strong = any(c.feature in STRONG_FEATURES and c.match != "alternate" for c in cands)
            if strong or (_locative_before(doc, start) and any(
                    _named_town(c, text) or _town_of(c, text, countries, any_size=True) for c in cands)) or (
                    _place_cue(doc, start, end, _ends_in_countries(gaz, mentions, {c.country for c in cands}),
                               person=label == "PERSON")
                    and any(_town_of(c, text, countries) for c in cands)) or (
                    any(_big_town(c, text, countries) for c in cands) and not _kin_of(doc, start)
                    and not (label == "PERSON" and _used_for_a_person(doc, start, end))):
                mentions.append(Mention(text, start, end, "ner"))
        elif label in ("NORP", "PERSON", "FAC") and _connected_name(text) and (
                _locative_before(doc, start) or _feature_after(doc, end)):
            mentions.append(Mention(text, start, end, "ner"))  # 'the Dasht-e-Barchi district'
        elif label in TIME_LABELS and (named := _name_in_a_time(doc, gaz, start, end, countries)):
            mentions.append(named)  # 'a governor in Popayán' tagged a date, 'left Zuwara before dawn' a time
    return mentions, demonyms


# labels of numbers and times that the model gives a town's name now and then ('in Popayán' a date, 'the
# town of Saraqeb' an ordinal, 'left Zuwara before dawn' a time)
TIME_LABELS = {"DATE", "TIME", "ORDINAL", "CARDINAL"}
# the capitalised words those labels are right to give: months, days, feasts
CALENDAR_WORDS = {*MONTHS, *WEEKDAYS, "christmas", "easter", "ramadan", "eid", "passover", "hanukkah",
                  "diwali", "lent", "advent", "thanksgiving", "halloween", "new", "year", "day", "spring",
                  "summer", "autumn", "winter", "fall", "first", "second", "third"}


def _name_in_a_time(doc: Doc, gaz: Gazetteer, start: int, end: int,
                    countries: set[str | None]) -> Mention | None:
    """The town's name that opens a date, time or number entity (its capitalised proper nouns, none of
    them a month, day or feast), after a place cue and with a candidate as `_entity_mentions` asks of a
    name tagged a person: a town by its own name after a locative word, else a town of a country the
    text's places name. None otherwise ('in March', 'on Monday', 'the First')."""
    k = start
    while k < end and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and doc[k].is_alpha \
            and doc[k].lower_ not in CALENDAR_WORDS:
        k += 1
    if k == start:
        return None
    text = doc[start:k].text
    cands = _candidates(gaz, text)
    if not cands:
        return None
    if (_locative_before(doc, start) and any(
            _named_town(c, text) or _town_of(c, text, countries, any_size=True) for c in cands)) or (
            _place_cue(doc, start, k) and any(_town_of(c, text, countries) for c in cands)):
        return Mention(text, start, k, "ner")
    return None


def _ends_in_countries(gaz: Gazetteer, mentions: list[Mention], countries: set[str | None]) -> set[int]:
    """The ends of the mentions found so far whose likeliest place (a country or first-level area, else the
    most populous candidate) lies in one of the countries: a name listed after one of them is a place of
    the same list ('Khan Younis and Deir al-Balah'; not 'Bush and Steele', Egypt's Bush and a US village)."""
    ends: set[int] = set()
    for m in mentions:
        top = max(_candidates(gaz, m.text), default=None,
                  key=lambda c: (c.feature in STRONG_FEATURES and c.match != "alternate", c.population))
        if top is not None and top.country in countries:
            ends.add(m.end)
    return ends


def _through_possessive(doc: Doc, gaz: Gazetteer, start: int, end: int) -> int | None:
    """The end of a place name with a possessive inside that the gazetteer knows by its own spelling ("Cox's
    Bazar", "King's Lynn"), tagged whole or cut at the possessive ("Cox's" + "Bazar district"): no person's
    or firm's thing ("Maersk's Rotterdam terminal" names Rotterdam). None when there is none."""
    if any(t.text in POSSESSIVES for t in doc[start + 1:end]):
        ends: tuple[int, ...] = (end,)
    elif end + 1 < len(doc) and doc[end].text in POSSESSIVES and doc[end + 1].text[:1].isupper():
        ends = tuple(e for e in (end + 2, end + 3) if e <= len(doc))
    else:
        return None
    for e in ends:
        if any(c.match in ("name", "alias") for c in _candidates(gaz, doc[start:e].text)):
            return e
    return None


def _area_with_kind(doc: Doc, gaz: Gazetteer, start: int, end: int, countries: set[str | None]) -> bool:
    """'Rakhine State', 'Ouallam department' tagged a person or an organisation: a place's name and the kind
    word of an area: a first-level area's before a capitalised kind word (not a US state's: 'Ohio State',
    'Penn State' are a university and its teams), or, before a kind word in lower case, a place by its own
    name in a country the text's places name."""
    if end - start < 2:
        return False
    last = doc[end - 1].text
    cands = _candidates(gaz, doc[start:end - 1].text)
    if last.islower() and last in AREA_UNIT_WORDS:
        return any(c.match in ("name", "alias") and c.country in countries for c in cands)
    return last.lower() in AREA_KIND_WORDS and any(
        c.feature == "ADM1" and c.match in ("name", "alias") and c.country != "US" for c in cands)


def _completed_name(doc: Doc, gaz: Gazetteer, start: int, end: int) -> int:
    """The end of the known name that a place entity the gazetteer lacks opens, when the model cut
    the name short: 'Viña del' before 'Mar' (tagged a date), 'Sistan' before 'and Baluchestan';
    one or two more words, the last one capitalised, that make a name by its own spelling or an
    alias. end itself when there is none."""
    for e in (end + 1, end + 2):
        if e <= len(doc) and doc[e - 1].text[:1].isupper() and doc[start:e].text[-1:].isalpha() and any(
                c.match in ("name", "alias") for c in _candidates(gaz, doc[start:e].text)):
            return e
    return end


def _own_name(gaz: Gazetteer, text: str) -> bool:
    """Whether the gazetteer holds the text as a place's own name or alias (not only by spelling likeness)."""
    return any(c.match in ("name", "alias") for c in _candidates(gaz, text))


def _longer_known_name(doc: Doc, gaz: Gazetteer, start: int, end: int,
                       mentions: list[Mention]) -> tuple[int, int] | None:
    """The span of a longer place name that a place entity the gazetteer knows was cut from: the
    model tagged 'Novi' of 'Novi Sad', 'SUDAN' of a 'PORT SUDAN' dateline, 'SANTA' of 'SANTA CRUZ'.
    One capitalised word before it, or one or two words after it (the last capitalised: 'Eldorado
    do Sul'), that make a place's own name or alias with it (not only an alternate spelling),
    inside the sentence and not part of a place already taken. None when there is none ('Sudan
    Monday', 'Paris Sunday')."""
    sent_start = sentence_of(doc[start]).start if doc.has_annotation("SENT_START") else 0
    for e in (end + 2, end + 1):
        if e <= len(doc) and all(not t.is_punct and not t.is_space and not t.is_sent_start for t in doc[end:e]) and (
                doc[e - 1].text[:1].isupper() and doc[e - 1].text[:1].isalpha()) and _own_name(gaz, doc[start:e].text):
            return start, e
    s = start - 1
    if (s >= sent_start and doc[s].text[:1].isupper() and doc[s].is_alpha and not doc[start].is_sent_start
            and not (mentions and mentions[-1].end > s) and doc[s].lower_ not in LOCATIVE_CUES
            and _own_name(gaz, doc[s:end].text)):
        return s, end
    return None


def _leading_place(doc: Doc, gaz: Gazetteer, start: int, end: int) -> Mention | None:
    """'Kentucky State Police', 'Texas Department of Health', 'Laurel County Sheriff's Office': a
    country, admin1 or US county name opening an ORG; or any place name in the possessive ("Lyon's
    Part-Dieu station", "Kabul's airport"), which names where the thing is."""
    for n in (4, 3, 2, 1):
        if start + n < end:
            text = doc[start:start + n].text
            if n < 4 and doc[start + n].lower_ in ("'s", "\u2019s") and any(c.match == "name"
                                                                           for c in _candidates(gaz, text)):
                return Mention(text, start, start + n, "ner")
            if n > 1 and doc[start + n - 1].lower_ in COUNTY_WORDS and gaz.us_county_states(text):
                return Mention(text, start, start + n, "ner")  # 'Laurel County Detention Center'
            if n < 4 and any(c.feature in ("PCLI", "ADM1") and c.match in ("name", "alias")
                             for c in _candidates(gaz, text)):
                return Mention(text, start, start + n, "ner")
    return None


def _named_town(c: Candidate, text: str) -> bool:
    """A candidate by its own name, or, for a name of two words or more in ordinary case, a town
    of STRAY_TOWN people or more by another spelling ('victims brought from Khan Sheikhoun', which
    the model tags a person: Khān Shaykhūn; not the acronym 'FAO' for Al-Faw)."""
    if c.match == "name":
        return True
    return (len(text.split()) > 1 and not text.isupper() and c.match != "fuzzy"
            and c.feature.startswith("PPL") and c.population >= STRAY_TOWN)


STRAY_TOWN = 20_000


def _area_state(gaz: Gazetteer, rest: str, head: str) -> bool:
    """'Shan State', 'Kachin State': 'State' after the name of a first-level area is that area."""
    return head == "state" and bool(rest) and any(
        c.feature == "ADM1" and c.match in ("name", "alias") for c in _candidates(gaz, rest))


# verbs whose object is a place that was fought over ('took Lashio', 'struck Lashkar Gah'), or
# that people or convoys reached, entered or fled ('reached Mekelle', 'fled El Fasher')
TAKE_VERBS = {"take", "capture", "seize", "overrun", "retake", "recapture", "strike", "shell", "storm",
              "reach", "enter", "flee",
              # a place raided, besieged, emptied or spared ('Boko Haram raided Kolofata', 'alerts emptied
              # Grammatiko', 'to spare Sehwan')
              "raid", "besiege", "encircle", "bomb", "evacuate", "empty", "spare"}
# verbs whose object is as often a person as a place ('attacked Clinton', 'left Smith', 'held Jackson'):
# a cue only for a name the model did not tag a person ('Gangs attacked Mirebalais', 'who left
# Maungdaw' with Maungdaw untagged or tagged an organisation)
PERSON_OR_PLACE_VERBS = {"attack", "hold", "leave", "protect"}


def _place_cue(doc: Doc, start: int, end: int, ends: frozenset[int] | set[int] = frozenset(),
               person: bool = False) -> bool:
    """A cue that the name at start..end is a place: a locative word ('outside Kobani') or a place
    noun after it ('the Djugu territory'), another place it is listed with ('Nablus and Tulkarm',
    'Mogadishu, Jowhar and Baidoa'; after a comma only when the list goes on or the sentence ends:
    not 'in Texas, Abbott said'; or a mention found before, whatever the model tagged it, whose end is in
    ends: 'Khan Younis and Deir al-Balah'), a verb of taking or striking, reaching or fleeing ('took
    Lashio', 'reached Kaya'; of attacking, holding or leaving only for a name the model did not tag a
    person: `PERSON_OR_PLACE_VERBS`), or a site noun after it ('Zamzam camp')."""
    if _locative_before(doc, start) or _feature_after(doc, end) or (
            end < len(doc) and doc[end].lower_ in SITE_NOUNS):
        return True  # 'outside Kobani', "Ituri's Djugu territory", 'fled Zamzam camp'
    prev = doc[start - 1] if start else None
    listed = prev is not None and (prev.lower_ in ("and", "or") or prev.text == "," and (
        end == len(doc) or doc[end].lower_ in ("and", "or", ",", ".")))
    if listed and start >= 2:
        return doc[start - 2].ent_type_ in PLACE_LABELS or start - 1 in ends
    return prev is not None and prev.pos_ == "VERB" and (
        prev.lemma_ in TAKE_VERBS or not person and prev.lemma_ in PERSON_OR_PLACE_VERBS)


def _town_of(c: Candidate, text: str, countries: set[str | None], *, any_size: bool = False) -> bool:
    """A candidate of a name the model did not tag as a place that the text's places back: a town
    of STRAY_TOWN people or more (by any spelling but a fuzzy one: 'Kobani' is Ayn al-Arab), or
    one by its own name, or a first-level area, in a country that the text's place names
    name ('Tulkarm' beside 'Nablus'). Not an acronym ('FAO' is no Al-Faw). any_size: a town of
    any size by another spelling too (after a locative word: 'a curfew in Miranshah', a village
    GeoNames spells 'Mīrān Shāh', in a report that names North Waziristan)."""
    if text.isupper() or c.match == "fuzzy" or c.country not in countries:
        return False
    if c.feature == "ADM1" or c.match == "name":
        return True
    return c.feature.startswith("PPL") and (any_size or c.population >= STRAY_TOWN)


BIG_TOWN = 100_000


def _big_town(c: Candidate, text: str, countries: set[str | None]) -> bool:
    """A city of BIG_TOWN people or more by its own name, in a country the text's place names name,
    whatever the model took the name for and with no cue around it ('Celaya has also seen a wave of
    shootings' in a report on Mexico; not 'Warren', a namesake city, in a report from elsewhere)."""
    return (c.match == "name" and c.feature.startswith("PPL") and c.population >= BIG_TOWN
            and c.country in countries and not text.isupper())


TITLES = {"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."}
SPEECH_LEMMAS = {"say", "tell", "add", "write"}
# 'the son of Culiacan', 'the widow of Bolton': a kinship noun and 'of' before a name make it a person's
KIN_NOUNS = {"son", "sons", "daughter", "daughters", "wife", "husband", "widow", "brother", "sister", "father",
             "mother", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "child", "children"}


def _kin_of(doc: Doc, start: int) -> bool:
    """'the son of Culiacan', 'the widow of Bolton': a kinship noun and 'of' before the name, whatever the
    model tagged it (it took 'Culiacan' here for a nationality): a person's name."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in KIN_NOUNS


def _used_for_a_person(doc: Doc, start: int, end: int) -> bool:
    """A name the model tagged a person that the text uses for one: after a title ('Mr Paterson'),
    before a verb of speech ('Palma said'), or as the last name of a longer person's name in the
    text ('John Bolton. Bolton could...'). (After a kinship noun, whatever the label: `_kin_of`.)"""
    if start and doc[start - 1].lower_ in TITLES:
        return True
    if end < len(doc) and doc[end].lemma_ in SPEECH_LEMMAS:
        return True
    text = doc[start:end].text
    return any(e.label_ == "PERSON" and len(e) > end - start and e[-(end - start):].text == text
               for e in entities(doc))


def _city_of_a_business(doc: Doc, gaz: Gazetteer, start: int, end: int) -> Mention | None:
    """'an El Paso Walmart', 'a Paris Starbucks': after 'a'/'an', an organisation's name that
    opens with a city of FACILITY_CITY_POPULATION people or more is one branch of a business, and
    the city says where it is."""
    if start == 0 or doc[start - 1].lower_ not in ("a", "an"):
        return None
    for n in (3, 2, 1):
        if start + n < end:
            text = doc[start:start + n].text
            if any(c.feature.startswith("PPL") and c.match == "name"
                   and c.population >= FACILITY_CITY_POPULATION for c in _candidates(gaz, text)):
                return Mention(text, start, start + n, "ner")
    return None


def _trailing_place(doc: Doc, gaz: Gazetteer, start: int, end: int) -> Mention | None:
    """'Innocence Project of Texas', 'Human Rights League of France': an ORG ending in 'of' and a
    country or admin1 name (the organisation's place, which news annotators count as a toponym)."""
    for n in (3, 2, 1):
        k = end - n
        if k - 1 > start and doc[k - 1].lower_ == "of":
            text = doc[k:end].text
            if any(c.feature in ("PCLI", "ADM1") and c.match in ("name", "alias")
                   for c in _candidates(gaz, text)):
                return Mention(text, k, end, "ner")
    return None


DATELINE_AFTER = {"—", "–", "--", "-", "(", ",", ":"}


def _dateline_mentions(doc: Doc, gaz: Gazetteer, taken: list[Mention], upper: list[int]) -> list[Mention]:
    """'BEIJING --', 'DETROIT The ...', 'BANTAM —': an all-capitals place name opening a line or a
    sentence (a news dateline), followed by a dash, bracket or comma or by ordinary text."""
    used = {i for m in taken for i in range(m.start, m.end)}
    found: list[Mention] = []
    for i in upper:  # the tokens in capitals
        if i in used:
            continue
        if i > 0:
            prev = doc[i - 1]
            if not (prev.text in (".", "!", "?") or "\n" in prev.text or "\n" in prev.whitespace_):
                continue
        j = i
        while j < len(doc) and j - i < 3 and doc[j].is_alpha and doc[j].is_upper and j not in used:
            j += 1
        if len(doc[i:j].text) < 4 or j >= len(doc):
            continue
        nxt = doc[j]
        if not (nxt.text in DATELINE_AFTER or nxt.text[:1] in "-\u2014\u2013("  # '--At least'
                or (nxt.text[:1].isupper() and not nxt.is_upper)):
            continue
        text = doc[i:j].text
        dashed = nxt.text[:1] in "-\u2014\u2013"
        if any(c.match in ("name", "alias") or dashed and _big_town_spelling(c) for c in _candidates(gaz, text)):
            found.append(Mention(text, i, j, "gazetteer"))
    return found


# words before 'the' that make the capitalised name after it a river's ('the bridge over the Ibar', 'waded
# across the Moei', 'camps along the Indus', 'the west bank of the Euphrates'), and words after a name
# that do ('The Shabelle burst its banks', 'the Krishna in flood', 'the Musi river')
RIVER_BEFORE_THE = {"across", "along"}
RIVER_BANK_NOUNS = {"bank", "banks", "waters", "mouth", "source"}
RIVER_CROSSING_NOUNS = {"bridge", "bridges", "crossing", "ferry", "dam", "dams", "barrage"}
RIVER_AFTER = {("burst", "its", "banks"), ("broke", "its", "banks"), ("in", "flood"),
               ("in", "high", "flood"), ("in", "very", "high", "flood"), ("river",)}
# 'across / along the X' names a river only in a sentence about water ('waded across the Moei'), not 'across the
# Channel', 'along the Strand', 'along the Blue Line', 'across the Nasdaq' (review of session 16)
WATER_WORDS = frozenset({"river", "rivers", "riverbank", "riverbanks", "riverside", "bank", "banks", "water", "waters",
                         "flood", "floods", "flooding", "flooded", "bridge", "bridges", "boat", "boats", "ferry",
                         "swam", "swim", "swimming", "waded", "wade", "wading", "dam", "delta", "stream", "upstream",
                         "downstream", "drowned", "raft", "rafts", "canoe", "canoes", "barge", "barges"})


_THE_ID = get_string_id("the")
_RIVER_BEFORE_IDS = {get_string_id(w) for w in RIVER_BEFORE_THE | {"over", "on", "of"}}
_RIVER_AFTER_IDS = {get_string_id(words[0]) for words in RIVER_AFTER if words[0] != "in"}
_IN_ID = get_string_id("in")
_FLOOD_IDS = {get_string_id(words[1]) for words in RIVER_AFTER if words[0] == "in"}  # 'in (very high) flood'


def _river_cue(doc: Doc, start: int, end: int) -> bool:
    """Whether the capitalised name at start..end is written as a river's: after 'across the', 'along
    the', 'the banks of the', 'a bridge over the' (`RIVER_BEFORE_THE`, `RIVER_BANK_NOUNS`,
    `RIVER_CROSSING_NOUNS`), or before 'burst its banks', 'in flood', 'crested', 'river' (`RIVER_AFTER`)."""
    for words in RIVER_AFTER:
        if end + len(words) <= len(doc) and all(doc[end + k].lower_ == w for k, w in enumerate(words)):
            after = end + len(words)
            return not (words == ("river",) and after < len(doc) and doc[after].lower_ == "of")  # 'a river of support'

    if start < 2 or doc[start - 1].lower_ != "the" or end < len(doc) and (
            doc[end].pos_ == "NOUN" or doc[end].lower_ == "of"):
        return False  # 'across the Senate floor', 'a bridge on the Jebba road', 'along the Line of Control'
    prev = doc[start - 2].lower_
    if prev in RIVER_BEFORE_THE:
        return any(tok.lower_ in WATER_WORDS for tok in doc[start].sent)
    if start >= 3 and doc[start - 3].lower_ in RIVER_CROSSING_NOUNS and prev in ("over", "on", "across"):
        return True  # 'the bridge over the Ibar', 'dams on the Indus'
    return prev == "of" and start >= 3 and doc[start - 3].lower_ in RIVER_BANK_NOUNS  # 'banks of the Tigris'


def _river_mentions(doc: Doc, taken: list[Mention], caps: list[bool]) -> list[Mention]:
    """Capitalised names that the text writes as a river's (`_river_cue`) and that no other rule took:
    'waded across the Moei into Mae Sot', 'the bridge over the Ibar in Mitrovica', 'The Shabelle burst
    its banks at Beledweyne'. They resolve as 'X River' and take the point of the town named next to
    them (`nearby.place_by_neighbours`, `nearby.place_rivers`); one or two proper nouns, no person's or
    organisation's name of more words, no month or weekday."""
    from spacy.attrs import LOWER

    if not len(doc):
        return []
    lows = doc.to_array(LOWER).tolist()
    n = len(lows)
    maybe = [i for i, cap in enumerate(caps) if cap and (  # (a cheap look first, by the words' hashes)
        i >= 2 and lows[i - 1] == _THE_ID and lows[i - 2] in _RIVER_BEFORE_IDS
        or i + 1 < n and lows[i + 1] in _RIVER_AFTER_IDS or i + 2 < n and lows[i + 2] in _RIVER_AFTER_IDS
        or i + 2 < n and lows[i + 1] == _IN_ID and lows[i + 2] in _FLOOD_IDS)]
    used = {i for m in taken for i in range(m.start, m.end)}
    found: list[Mention] = []
    for i in maybe:
        if i in used or doc[i].pos_ != "PROPN" or doc[i].lower_ in CALENDAR_WORDS:
            continue
        if i > 0 and caps[i - 1] and doc[i - 1].lower_ != "the":
            continue  # inside a longer name
        j = i + 1
        if j < len(doc) and caps[j] and doc[j].pos_ == "PROPN" and j not in used:
            j += 1
        if j < len(doc) and caps[j] or any(k in used for k in range(i, j)) or doc[i:j].text.isupper():
            continue  # (not an acronym: 'across the EU')
        if _river_cue(doc, i, j):
            found.append(Mention(doc[i:j].text, i, j, "river"))
            used.update(range(i, j))
    return found


def _big_town_spelling(c: Candidate) -> bool:
    """A city of BIG_TOWN people or more by another of its spellings ('HARGEISA —' for Hargeysa,
    'MEKELLE —' for Mek'ele): a dateline before a dash names a city in the writer's transliteration
    (not a speaker's label before a colon: 'CALLER:' is no Càller, Cagliari)."""
    return c.match == "alternate" and c.feature.startswith("PPL") and c.population >= BIG_TOWN


# nouns for what a person is, before a full name ('the Ukrainian writer Victoria Amelina')
ROLE_NOUNS = PERSON_NOUNS | {"writer", "novelist", "poet", "author", "singer", "actor", "actress", "artist",
                             "activist", "photographer", "reporter", "correspondent", "colleague", "blogger",
                             "journalist", "leader", "president", "minister", "spokesman", "spokeswoman"}


def _first_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop the one-word mentions that open a person's name after a word for what the person is:
    'the Ukrainian writer Victoria Amelina' (the model tagged 'Victoria' a place and left the
    surname untagged)."""
    ents = {i for ent in entities(doc) if ent.label_ not in PLACE_LABELS for i in range(ent.start, ent.end)}

    def first_name(m: Mention) -> bool:
        j = m.end
        return (m.end - m.start == 1 and m.start > 0 and doc[m.start - 1].lower_ in ROLE_NOUNS
                and j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper() and j not in ents
                and doc[j].lower_ not in FEATURE_NOUNS and doc[m.start].whitespace_ == " ")
    return [m for m in mentions if not first_name(m)]


def _without_person_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop the mentions that repeat a given name or surname of a person the document names in
    full ('Georgia' after 'Georgia Stevens', 'Washington' after 'Denzel Washington'), unless a
    locative word ('in', 'near', 'village of') comes right before them."""
    ents = entities(doc)
    persons = [ent for ent in ents if ent.label_ == "PERSON"]
    parts = {tok.lower_ for ent in persons if len(ent) > 1
             for tok in ent if tok.is_alpha and tok.text[:1].isupper()}
    # the model sometimes splits a full name: 'Georgia' (GPE) right before 'Stevens' (PERSON)
    parts |= {a.text.lower() for a, b in pairwise(ents)
              if len(a) == 1 and b.label_ == "PERSON" and b.start == a.end and a[0].is_alpha
              and not a[0].is_upper and a[0].whitespace_ == " "}  # not a dateline: 'WASHINGTON Barack Obama'
    if not parts:
        return mentions
    in_person = {i for ent in persons for i in range(ent.start, ent.end)}
    return [m for m in mentions if not (
        m.end - m.start == 1 and doc[m.start].lower_ in parts and m.start not in in_person
        and not _locative_before(doc, m.start))]


def _longer_name(doc: Doc, j: int, caps: list[bool]) -> bool:
    """A capitalised proper noun follows the words at j, and it is not a kind word: they are part
    of a longer name the gazetteer does not know ('Federal Capital' of 'Federal Capital Territory'
    is not Washington's alternate name), not a place name of their own ('Kabul Province')."""
    return (j < len(doc) and caps[j] and doc[j].pos_ == "PROPN" and doc[j].lower_ not in FEATURE_NOUNS
            and doc[j].lower_ not in KIND_WORDS)


def _gazetteer_mentions(doc: Doc, gaz: Gazetteer, taken: list[Mention], caps: list[bool]) -> list[Mention]:
    """Capitalised names outside entities that the gazetteer knows and the context marks as places;
    a hyphenated one whole ('Pul-i-Khumri', `_hyphen_word`), never by its first part."""
    blocked = [False] * len(doc)
    for ent in entities(doc):
        for i in range(ent.start, ent.end):
            blocked[i] = True
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        if blocked[i] or not caps[i] or doc[i].is_stop:
            i += 1
            continue
        _, e = _hyphen_word(doc, i, i + 1, gaz) if i + 2 < len(doc) and doc[i + 1].text == "-" else (i, i + 1)
        if e > i + 1:  # 'Pul-i-Khumri' whole, not the Iranian village Pul
            if not any(blocked[i:e]) and (_locative_before(doc, i) or _feature_after(doc, e)):
                found.append(Mention(doc[i:e].text, i, e, "gazetteer"))
            i = e
            continue
        hit = None
        for n in (3, 2, 1):
            j = i + n
            if j > len(doc) or any(blocked[k] or not caps[k] for k in range(i, j)):
                continue
            proper = all(doc[k].pos_ == "PROPN" for k in range(i, j))
            if not proper and (n > 1 or doc[i].is_sent_start):
                continue
            text = doc[i:j].text
            cands = _candidates(gaz, text)
            good = [c for c in cands if c.match != "alternate" or c.population >= 100_000]
            if proper and len(good) < len(cands) and (_locative_before(doc, i) or _feature_after(doc, j)):
                good += _spelt_town(gaz, cands, taken)  # 'near Babanusa' (Babanūsah) in a report on Sudan
            if not proper:  # 'around Dilling' (tagged a verb): a town by its own name, after a cue
                good = [c for c in good if c.match == "name" and c.population >= STRAY_TOWN]
            if not good:
                continue
            if _disease_name(doc, j) or _longer_name(doc, j, caps):
                continue
            cue = _locative_before(doc, i) or _feature_after(doc, j) or (
                proper and _listed_after_place(doc, i, taken + found)
                and any(c.match == "name" and c.population >= STRAY_TOWN for c in good)) or (
                proper and _taken_by_force(doc, i)
                and any(c.match == "name" and c.country in _named_countries(gaz, taken) for c in good))
            after_place = _comma_after_place(doc, i, taken + found) and any(
                c.feature in STRONG_FEATURES for c in good)
            if cue or after_place:
                hit = Mention(text, i, j, "gazetteer")
                break
        if hit:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    return found


def _spelt_town(gaz: Gazetteer, cands: tuple[Candidate, ...], taken: list[Mention]) -> list[Candidate]:
    """The towns of STRAY_TOWN to 100,000 people that a name matches by another spelling only
    ('Babanusa' for Babanūsah, 'Phonsavan' for Muang Phônsavan), in a country the text's places name
    by their own names: after a locative word or before a place noun, a transliteration variant."""
    spelt = [c for c in cands if c.match == "alternate" and c.feature.startswith("PPL")
             and STRAY_TOWN <= c.population < 100_000]
    if not spelt:
        return []
    named = _named_countries(gaz, taken)
    return [c for c in spelt if c.country in named]


def _taken_by_force(doc: Doc, start: int) -> bool:
    """A verb of taking, striking, reaching or leaving right before a name the model tagged nothing ('Gangs
    attacked Mirebalais', 'after earlier taking Cabaret'; `TAKE_VERBS`, `PERSON_OR_PLACE_VERBS`: the model
    tags a person's name)."""
    prev = doc[start - 1] if start > 0 else None
    return prev is not None and prev.pos_ == "VERB" and (prev.lemma_ in TAKE_VERBS
                                                          or prev.lemma_ in PERSON_OR_PLACE_VERBS)


def _named_countries(gaz: Gazetteer, taken: list[Mention]) -> set[str | None]:
    """The countries of the places found so far by their own name or an alias."""
    return {c.country for m in taken for c in _candidates(gaz, m.text) if c.match in ("name", "alias")}


def _listed_after_place(doc: Doc, start: int, taken: list[Mention]) -> bool:
    """'Barishal and Chattogram': a name right after another toponym and 'and' or 'or'."""
    return start >= 2 and doc[start - 1].lower_ in ("and", "or") and any(m.end == start - 1 for m in taken)


def _stray_state(doc: Doc, gaz: Gazetteer, m: Mention) -> bool:
    """'the Palm Sunday Mass.': a state's abbreviation ('Mass.', 'Va.') names it only after a town and a comma
    ('Springfield, Mass.'); anywhere else it is a word that ends a sentence."""
    cands = _candidates(gaz, m.text) if m.text.endswith(".") else ()
    if not cands or any(c.match != "abbreviation" for c in cands):
        return False
    return not (m.start >= 2 and doc[m.start - 1].text == "," and doc[m.start - 2].text[:1].isupper())


def _country_named(gaz: Gazetteer, text: str) -> str | None:
    """ISO-2 of the country that a nationality word ('Somali', 'Afghan') or a country's name
    ('Kenya') names; None for anything else (a regional demonym such as 'Chechen' included)."""
    d = gaz.demonym(text)
    if d is not None:
        return d.country if d.admin1 is None else None
    for c in _candidates(gaz, text):
        if c.feature == "PCLI" and c.match in ("name", "alias"):
            return c.country
    return None


def _city_named_beside(doc: Doc, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    """'Kabul, the Afghan capital', 'the Afghan capital Kabul', 'the Turkish capital of Ankara',
    'Kazakhstan's capital, Astana': the capital city is named in apposition, so the phrase is a
    description of that toponym, not a place of its own."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 1 and doc[i].text == "," and i in ends:
        return True
    k = end
    if k < len(doc) and doc[k].lower_ == "city":
        k += 1
    if k in starts:
        return True
    return k + 1 < len(doc) and doc[k].text in (",", "of") and k + 1 in starts


def _capital_phrases(doc: Doc, gaz: Gazetteer, mentions: list[Mention],
                     demonym_spans: list[tuple[int, int]]) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Phrases that name a capital city without its name: 'the Somali capital' and 'Kenya's
    capital' (that country's capital), 'the country's capital' and 'in the capital' (the article's
    country, decided after resolution). Each becomes a Mention with capital_of set, unless the city
    is named beside it. A nationality word before 'capital' is a demonym, never a place of its own:
    'Somali' in 'the Somali capital' is not Ethiopia's Somali region. Returns the mentions (the
    capital phrases added) and the demonym spans (the nationality words moved there)."""
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    kept: list[Mention] = []
    spans = list(demonym_spans)
    found: list[Mention] = []
    taken: set[int] = set()

    def add(start: int, end: int, country: str, head: int | None = None) -> None:
        """head: where the phrase begins for apposition ('Mogadishu, Somalia's capital')."""
        taken.add(end - 1)
        if not _city_named_beside(doc, start if head is None else head, end, starts, ends):
            found.append(Mention(doc[start:end].text, start, end, "capital", country))

    for m in mentions:
        j = m.end + (1 if m.end < len(doc) and doc[m.end].text in POSSESSIVES else 0)
        country = _country_named(gaz, m.text) if j < len(doc) and doc[j].text == "capital" else None
        if country is None:
            kept.append(m)
        elif j > m.end or gaz.demonym(m.text) is None:  # "Kenya's capital": Kenya stays a place
            kept.append(m)
            add(j, j + 1, country, m.start)
        else:  # "the Somali capital": the words name the city only
            spans.append((m.start, m.end))
            add(m.start, j + 1, country)
    for s, e in demonym_spans:
        country = _country_named(gaz, doc[s:e].text)
        if country and e < len(doc) and doc[e].text == "capital":
            add(s, e + 1, country)
    for tok in (doc if "capital" in doc_text(doc) else ()):  # (no such word in the text: no token to read)
        i = tok.i
        if tok.text != "capital" or i in taken or i < 2:
            continue
        if i + 1 < len(doc) and doc[i + 1].lower_ == "of":
            continue  # 'the capital of Coptic Christianity', 'the capital of X' (X names the country)
        bare = doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in LOCATIVE_CUES
        country_s = (i >= 3 and doc[i - 1].text in POSSESSIVES and doc[i - 2].lower_ == "country"
                     and doc[i - 3].lower_ == "the")
        if bare or country_s:
            add(i, i + 1, "")
    found = [f for f in found if not any(f.start < m.end and m.start < f.end for m in kept)]
    return sorted(kept + found, key=lambda m: m.start), spans


def _is_origin(doc: Doc, start: int) -> bool:
    """'an ethnic Chechen from Georgia', 'a man from X', 'they are from X', 'born in X', 'native of X'."""
    prev = doc[start - 1] if start > 0 else None
    if prev is None:
        return False
    if prev.lower_ == "from":
        head = prev.head
        if head.lemma_ == "be":
            return True
        if head.pos_ in ("NOUN", "PROPN", "PRON") and (
                head.lemma_.lower() in PERSON_NOUNS or head.ent_type_ in ("NORP", "PERSON")):
            return True
        return False
    if prev.lower_ == "in" and start > 1 and doc[start - 2].lower_ == "born":
        return True
    if prev.lower_ == "of" and _residence_of(doc, start - 1):
        return True  # 'a teenager, 18, of Regina': where the person lives
    return prev.lower_ == "of" and start > 1 and doc[start - 2].lower_ in ("native", "natives")


def _listed_after(doc: Doc, end: int, start: int) -> bool:
    """Whether the name at start continues a list after a name ending at end ('visitors from Saudi Arabia,
    Lebanon, Iraq and India'): only a comma, 'and' or 'or' lie between."""
    return end >= 0 and 0 < start - end <= 2 and all(t.lower_ in (",", "and", "or") for t in doc[end:start])


def _demonym_words(doc: Doc, spans: list[tuple[int, int]], taken: list[Mention],
                   caps: list[bool]) -> list[tuple[int, int]]:
    """Demonym entities plus capitalised demonym tokens spaCy left outside entities."""
    used = {i for m in taken for i in range(m.start, m.end)} | {i for s, e in spans for i in range(s, e)}
    extra = [(i, i + 1) for i, cap in enumerate(caps) if cap and i not in used and not doc[i].is_sent_start]
    return spans + extra


def _spellings(mentions: list[Mention]) -> dict[str, str]:
    """One written form per name, so that 'HOLLIDAY, Mo.' (a dateline) and a later 'Holliday' are
    one name with one sense and share the qualifier: the forms that differ only in case map to
    the most frequent of them that is not all capitals."""
    forms: dict[str, Counter] = {}
    for m in mentions:
        forms.setdefault(m.text.casefold(), Counter())[m.text] += 1
    out: dict[str, str] = {}
    for group in forms.values():
        best = max(group, key=lambda t: (not t.isupper(), group[t]))
        out.update((t, best) for t in group)
    return out


# lower-case words after a toponym that say which kind of place it is ('Washington state', 'Kabul
# province', 'Ghazni city'); the resolver keeps the candidates of that kind (resolve.AREA_TAILS)
KIND_WORDS = {"state", "province", "region", "governorate", "oblast", "prefecture", "city", "town"}
AREA_KIND_WORDS = KIND_WORDS - {"city", "town"}
# the lower-case kind words of an area ('Ouallam department'), not of a town or a facility ('Kabul airport')
AREA_UNIT_WORDS = GENERIC_TAILS - TOWN_TAILS - {"area"}
# countries named like a river: 'the Niger' (no country is written so) is the river
RIVER_COUNTRIES = {"Niger", "Senegal", "Jordan"}


def _with_kind_word(doc: Doc, m: Mention, name: str) -> str:
    """The name to resolve a mention by: its spelling, with the kind word that follows it in the
    text ('Washington' + 'state'), so that 'Kabul province' and 'Kabul' in one article are the
    province and the city, each resolved as the text says. Not in 'the Hunan city of Yueyang',
    where the name is the area the city lies in; there the kind word before 'of' is Yueyang's
    ('the southeastern city of Kerman' is the city, not Kerman province), unless it is a capital's
    ('the capital city of Kenya' names the country). A name before 'river', or a country's name
    that is also a river's after 'the' ('along the Niger'), is the river's."""
    if m.source == "river":
        return name if name.split()[-1].lower() == "river" else f"{name} River"  # 'the bridge over the Ibar': the river (`_river_mentions`)
    if name.split()[-1].lower() in KIND_WORDS:
        return name
    i = m.end
    if (i < len(doc) and doc[i].text == "river") or _river_after_the(doc, m, name):
        return f"{name} River"  # 'the Senegal river', 'along the Niger': the river (`resolve._named_feature`)
    if (i < len(doc) and doc[i].text in KIND_WORDS
            and not (i + 1 < len(doc) and doc[i + 1].lower_ == "of")):
        return f"{name} {doc[i].text}"
    shared = _shared_kind_word(doc, m)
    if shared is not None:
        return f"{name} {shared}"
    j = m.start - 1
    if j >= 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in KIND_WORDS and not (
            j >= 2 and (doc[j - 2].lower_ == "capital" or _area_named_before(doc, j - 1))):
        return f"{name} {doc[j - 1].lower_}"
    return name


# the plural kind words a list of names shares ('Fulton and DeKalb counties', 'Surin and Sisaket provinces'),
# each with the kind word a single name takes
PLURAL_KIND_WORDS = {"counties": "County", "parishes": "Parish", "states": "state", "provinces": "province",
                     "regions": "region", "governorates": "governorate", "oblasts": "oblast",
                     "prefectures": "prefecture"}
LIST_JOINERS = {",", "and", "or", "&"}
LIST_MAX_TOKENS = 12


def _shared_kind_word(doc: Doc, m: Mention) -> str | None:
    """The singular kind word of a plural one that closes a list of capitalised names the mention is part of
    ('Fulton and DeKalb counties': Fulton County and DeKalb County, each the county, not a town of its name
    elsewhere); None when the mention is in no such list: a lone name before the plural ('Gulf states',
    'Baltic states') or a list broken by a lower-case word ('Qatar and other Gulf states')."""
    joined = m.start >= 1 and doc[m.start - 1].lower_ in LIST_JOINERS
    for j in range(m.end, min(len(doc), m.end + LIST_MAX_TOKENS)):
        word = doc[j]
        if word.text in PLURAL_KIND_WORDS:  # lower case only: "Russia and United States agree" lists no states
            return PLURAL_KIND_WORDS[word.text] if joined and doc[j - 1].text[:1].isupper() else None
        if word.lower_ in LIST_JOINERS:
            joined = True
        elif not word.text[:1].isupper():
            return None
    return None


def _area_named_before(doc: Doc, kind: int) -> bool:
    """'the Tillabéri region of Niger', 'the Kherson region of Ukraine': an area's kind word at kind right
    after a capitalised name belongs to that name, and the place after 'of' is what holds the area ('the
    Hunan city of Yueyang', a town's kind word, names the town after 'of')."""
    return doc[kind].lower_ in AREA_KIND_WORDS and kind >= 1 and doc[kind - 1].text[:1].isupper()


def _river_after_the(doc: Doc, m: Mention, name: str) -> bool:
    """'along the Niger near Mopti': a country's name that is also a river's, after 'the' and not
    before a hyphen or a noun ('the Niger-Nigeria border', 'the Senegal team' name the country)."""
    if name not in RIVER_COUNTRIES or m.start == 0 or doc[m.start - 1].lower_ != "the":
        return False
    after = doc[m.end] if m.end < len(doc) else None
    return after is None or (after.text not in ("-", "\u2013") and after.pos_ not in ("NOUN", "PROPN"))


def _only(named: list[Mention], key: dict[int, str], test: Callable[[Mention], bool]) -> set[str]:
    """The names all of whose mentions pass the test (one sense per document)."""
    out: dict[str, bool] = {}
    for m in named:
        out[key[m.start]] = out.get(key[m.start], True) and test(m)
    return {name for name, ok in out.items() if ok}


CAPITAL_CONFIDENCE = {True: 0.9, False: 0.6}  # a named country's capital; the article country's


def _capital_resolutions(doc: Doc, mentions: list[Mention], named: list[Mention], key: dict[int, str],
                         resolved: dict[str, Resolution], demonyms: list[Demonym],
                         gaz: Gazetteer) -> dict[int, Resolution]:
    """The capital city of each capital phrase, by its first token: that of the country the phrase
    names, else ('in the capital') that of the article's country, the one its resolved toponyms
    (each mention counted) and nationality words name most; none when it names no country, or
    when that city is named in the same sentence (the phrase refers back to it)."""
    votes: Counter = Counter(d.country for d in demonyms if d.admin1 is None)
    for m in named:
        c = resolved[key[m.start]].candidate
        if c is not None and c.country:
            votes[c.country] += 1
    out: dict[int, Resolution] = {}
    for m in mentions:
        if m.capital_of is None:
            continue
        country = m.capital_of or (votes.most_common(1)[0][0] if votes else None)
        city = gaz.capital(country) if country else None
        if city is None:
            continue
        if not m.capital_of and any(
                doc[n.start].sent == doc[m.start].sent and (c := resolved[key[n.start]].candidate)
                and c.id == city.id for n in named):
            continue  # 'Police in Kingston said ... in the capital's west': the city is named already
        out[m.start] = Resolution(city, CAPITAL_CONFIDENCE[bool(m.capital_of)])
    return out


_HEADLINE_WORD = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


def headline_countries(gaz: Gazetteer, headline: str | None) -> list[Demonym]:
    """The countries a headline names by name or nationality ("Islamic State Claims Seizure Of Mozambique
    Town", "Kenyan forces battle mall attackers"): context for the body's names, which a short report often
    leaves without its country. Title-case headlines capitalise every word, so each run of capitalised
    words is tried whole and word by word. A run that names a first-level area alone (`_area_named`)
    gives that area: 'Butler' under "shots fired at Pennsylvania rally" is not Butler, Wisconsin."""
    if not headline:
        return []
    found: dict[str, Demonym] = {}
    for run in _HEADLINE_WORD.findall(headline[:300]):
        words = run.split()
        for phrase in (run, *words) if len(words) > 1 else (run,):
            iso = _country_named(gaz, phrase.strip(".'’"))
            if iso:
                found.setdefault(iso, Demonym(iso))
        area = _area_named(gaz, run.strip(".'’"))
        if area:
            found.setdefault(area.admin1 or "", area)
    return list(found.values())


HEADLINE_AREA_MIN_POPULATION = 1_000_000


def _area_named(gaz: Gazetteer, text: str) -> Demonym | None:
    """The first-level area a headline's run of capitalised words names, when the name means
    only that area: one area of the name, of a million people or more, no country and no city of
    100,000 people or more ('Trump injured at Pennsylvania rally'; not 'Georgia', 'Victoria',
    'Punjab', nor 'Uri', a Swiss canton of 36,000 and an Indian town)."""
    cands = _candidates(gaz, text)
    areas = [c for c in cands if c.feature == "ADM1" and c.match in ("name", "alias")]
    if (len(areas) != 1 or areas[0].population < HEADLINE_AREA_MIN_POPULATION
            or any(c.feature == "PCLI" or c.population >= 100_000 for c in cands if c not in areas)):
        return None
    return Demonym(areas[0].country or "", areas[0].admin1)


def analyse(doc: Doc, *, doc_id: str, outlet_country: str | None = None,
            gazetteer: Gazetteer | None = None, headline: str | None = None) -> Analysis:
    """Toponyms (places) and demonyms (context) of a document, resolved; the countries the `headline`
    names count as context (`headline_countries`)."""
    gaz = gazetteer or get_gazetteer()
    mentions, demonym_spans = _entity_mentions(doc, gaz)
    caps, upper = _capital_flags(doc)
    mentions += _gazetteer_mentions(doc, gaz, mentions, caps)
    mentions += _dateline_mentions(doc, gaz, mentions, upper)
    mentions += _river_mentions(doc, mentions, caps)
    mentions = [m for m in _first_names(doc, _without_person_names(doc, mentions)) if not _stray_state(doc, gaz, m)]
    mentions.sort(key=lambda m: m.start)
    mentions, demonym_spans = _capital_phrases(doc, gaz, mentions, demonym_spans)
    demonyms: list[tuple[tuple[int, int], Demonym]] = []
    for s, e in _demonym_words(doc, demonym_spans, mentions, caps):
        d = gaz.demonym(doc[s:e].text)
        if d:
            demonyms.append(((s, e), d))
    named = [m for m in mentions if m.capital_of is None]
    spelling = _spellings(named)
    key = {m.start: _with_kind_word(doc, m, spelling[m.text]) for m in named}
    counts = Counter(key.values())
    quals: dict[str, Qualifier] = {}
    for q in qualifiers(doc, named):
        quals.setdefault(key[q.mention.start], q)  # the first qualifier of a name, by its kind-word key
    head = headline_countries(gaz, headline)
    resolved = resolve_names(dict(counts), [d for _, d in demonyms], gaz, outlet_country,
                             {name: q.by for name, q in quals.items()}, headline=head,
                             inside={name for name, q in quals.items() if q.inside},
                             parts={name for name, q in quals.items() if q.part},
                             facilities=_only(named, key,
                                              lambda m: names_a_facility(doc, m.start, m.end, gaz)),
                             descriptors=_only(named, key, lambda m: describes(doc, m.end)),
                             landmarks=_only(named, key, lambda m: names_a_landmark(doc, m.start, m.end, gaz)
                                             and _placed_beside(doc, m, named)))
    # ('in the capital' under "Ecuador declares state of emergency" is Quito, whatever 'Colombian' says)
    capitals = _capital_resolutions(doc, mentions, named, key, resolved, [d for _, d in demonyms] + head, gaz)
    places: list[Place] = []
    guessable: list[bool] = []
    origin_end = -1  # the end of the last origin mention: the names listed after it are origins too
    for m in mentions:
        span = doc[m.start:m.end]
        origin = _is_origin(doc, m.start) or _listed_after(doc, origin_end, m.start)
        origin_end = m.end if origin else -1
        res = resolved[key[m.start]] if m.capital_of is None else capitals.get(m.start)
        if res is None:
            continue  # 'in the capital' in an article that names no country
        c = res.candidate
        if c is None and m.end < len(doc) and doc[m.end].lower_ in GROUP_NOUNS:
            continue  # 'the Sinaloa Cartel', an organisation the resolver found no place for
        guessable.append(span[0].ent_type_ in GUESSABLE_LABELS or m.source == "river")
        detect = 1.0 if m.source == "ner" else 0.8
        places.append(Place(
            doc_id=doc_id, text=m.text, span=(span.start_char, span.end_char),
            name=c.name if c else None, geonameid=c.geonameid if c else None,
            lat=c.lat if c else None, lon=c.lon if c else None,
            country=c.country if c else None, admin1=gaz.admin1_name(c.admin1) if c else None,
            feature=c.feature if c else None, score=round(res.confidence * detect, 3),
            role="origin" if origin else "place",
        ))
    bounded = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    starts = [s.start_char for s in sentences(doc)] if bounded else [0]
    places = place_by_neighbours(places, starts, guessable)
    text = doc_text(doc)
    places = place_counties(place_coasts(place_rivers(places, text, starts), text), starts, text)
    demonym_places = []
    for (s, e), d in demonyms:
        span = doc[s:e]
        row = gaz.admin1s.get(d.admin1 or "") or None
        country = gaz.countries.get(d.country)
        lat, lon, gid, name, feature = (
            (row.lat, row.lon, row.geonameid, row.name, "ADM1") if row else
            (country.lat, country.lon, country.geonameid, country.name, "PCLI") if country else
            (None, None, None, None, None))
        demonym_places.append(Place(
            doc_id=doc_id, text=span.text, span=(span.start_char, span.end_char), name=name,
            geonameid=gid, lat=lat, lon=lon, country=d.country, admin1=row.name if row else None,
            feature=feature, score=0.5, role="place", extractor="places.demonym"))
    return Analysis(places, demonym_places)


def _placed_beside(doc: Doc, m: Mention, named: list[Mention]) -> bool:
    """Whether the sentence of a landmark's name names another place ('the Erawan shrine in central Bangkok'): only
    then may the landmark be moved to the article's big city; "outside the Pahalgam hotel on Tuesday. New Delhi
    blamed Pakistan" keeps Pahalgam where it is (review of session 9)."""
    sent = doc[m.start].sent
    return any(o.start != m.start and sent.start <= o.start < sent.end for o in named)


def run(doc: Doc, *, doc_id: str, outlet_country: str | None = None, headline: str | None = None) -> list[Place]:
    """Every toponym of the document as a Place, resolved or not (unresolved: null coordinates)."""
    return analyse(doc, doc_id=doc_id, outlet_country=outlet_country, headline=headline).places
