"""A compact, comparable summary of one event (date interval, place, actors, text signature) for linking."""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from newsevents.models import Event

# Date precision codes: a smaller code is more precise.
# PUBLISHED is a window of days: the week before publication of an undated report, or a period the text names
# ("last week", "between May 3 and 5": `EventDate.days`).
DAY, MONTH, YEAR, PUBLISHED = 0, 1, 2, 3
WINDOW_MAX_DAYS = 31  # a longer named period is left at its month or year
DATE_PRECISION_CODE = {"day": DAY, "month": MONTH, "year": YEAR}
DATE_PRECISIONS = ("day", "month", "year")
# Place precision codes: a smaller code is more specific.
EXACT, CITY, ADMIN1, COUNTRY, NOWHERE = 0, 1, 2, 3, 4
PLACE_PRECISION_CODE = {"exact": EXACT, "city": CITY, "admin1": ADMIN1, "country": COUNTRY}

# PLOVER types that can describe the same happening in different reports. Everything else is its own family.
TYPE_FAMILY: dict[str, str] = {
    "ASSAULT": "violence",
    "COERCE": "violence",
    "PROTEST": "protest",
    "MOBILIZE": "mobilize",
    "THREATEN": "threaten",
}

# Days before publication an undated event is assumed to have happened in (the report's "recent past").
UNDATED_WINDOW_DAYS = 7
# Days before its own date a follow-up (an arrest, a funeral, a claim "over last Friday's bombing") may tell of.
FOLLOW_UP_DAYS = 10
SIGNATURE_BITS = 512

_WORD = re.compile(r"[a-z]+")
_STOP = frozenset(
    """a an the and or but of in on at to for from by with without into onto over under about after before
    during while as is are was were be been being has have had do does did will would shall should can could may
    might must not no nor this that these those it its their them they he she his her him we our you your i me my
    who whom whose which what when where why how than then there here also said says saying say told tells according
    reported reports report officials official spokesman spokeswoman statement added including near least more
    some several many other another one two three four five six seven eight nine ten dozen dozens people
    local monday tuesday wednesday thursday friday saturday sunday yesterday today tonight night morning
    afternoon evening week month year last early late on kill killed killing killings die died dead death
    deaths toll wounded injured injuring hurt""".split()
)
# Words reports use interchangeably for the same thing, mapped to one token before hashing.
SYNONYMS: dict[str, str] = {
    **dict.fromkeys(
        "blast blasts explosion explosions exploded explosive explosives bomb bombs bombing bombings bomber "
        "bombers ied ieds detonated detonation".split(), "bomb"),
    **dict.fromkeys(
        "gunmen gunman militants militant insurgents insurgent fighters jihadists jihadist rebels rebel "
        "assailants attackers extremists terrorists".split(), "militant"),
    **dict.fromkeys("attack attacks attacked assault assaulted raid raided stormed storming".split(), "attack"),
    **dict.fromkeys("soldiers soldier troops troop army military".split(), "soldier"),
    **dict.fromkeys("police policemen policeman officers officer constables constable".split(), "police"),
    **dict.fromkeys("shelling shelled shells artillery bombardment".split(), "shell"),
    **dict.fromkeys("missile missiles rocket rockets".split(), "missile"),
    **dict.fromkeys("airstrike airstrikes strike strikes struck warplanes jets".split(), "strike"),
    **dict.fromkeys("shooting shootout gunfight firefight gunfire shot".split(), "shoot"),
}
_SUFFIXES = ("ings", "ing", "ers", "er", "ed", "es", "s")
# Words too common in violence reporting to be evidence on their own: they count in the text score but are not
# search keys for vague reports (see `evidence_keys`).
GENERIC_TOKENS = frozenset(SYNONYMS.values())
# Actor ids that name a kind of victim rather than a party; same treatment as GENERIC_TOKENS.
GENERIC_ACTORS = frozenset({"civilians", "protesters"})


def stem(word: str) -> str:
    """Crude, deterministic stem: strip one common suffix, keep at most five letters ("bombings" -> "bomb")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:5]


def _tokens(text: str) -> Iterator[str]:
    for word in _WORD.findall(text.lower()):
        if len(word) < 3 or word in _STOP:
            continue
        yield SYNONYMS.get(word) or stem(word)


def _crc(token: str) -> int:
    return zlib.crc32(token.encode("utf-8"))


# word -> (signature bit, evidence key or None), or None for a stop word: the same words recur in every
# report, so each is analysed once. A pure function of the word, so the cache never changes a result; it is
# emptied when full to bound its memory.
_WORD_CACHE: dict[str, tuple[int, int | None] | None] = {}
_WORD_CACHE_MAX = 200_000


def _analyse_word(word: str) -> tuple[int, int | None] | None:
    if len(word) < 3 or word in _STOP:
        found = None
    else:
        token = SYNONYMS.get(word) or stem(word)
        crc = _crc(token)
        found = (1 << (crc % SIGNATURE_BITS), None if token in GENERIC_TOKENS else crc)
    if len(_WORD_CACHE) >= _WORD_CACHE_MAX:
        _WORD_CACHE.clear()
    _WORD_CACHE[word] = found
    return found


def text_features(text: str) -> tuple[int, set[int]]:
    """`text_signature` and the word part of `evidence_keys` in one pass over the words."""
    sig = 0
    keys: set[int] = set()
    cache = _WORD_CACHE
    for word in _WORD.findall(text.lower()):
        found = cache[word] if word in cache else _analyse_word(word)
        if found is not None:
            sig |= found[0]
            if found[1] is not None:
                keys.add(found[1])
    return sig, keys


def text_signature(text: str) -> int:
    """Set of content-word stems hashed into a 512-bit integer (a Bloom-style signature; no corpus statistics,
    so a report's signature never depends on which other reports were seen first)."""
    return text_features(text)[0]


_ACTOR_KEYS: dict[str, int] = {}


def _actor_keys(actor_ids: Iterable[str]) -> Iterator[int]:
    for a in actor_ids:
        if a in GENERIC_ACTORS:
            continue
        key = _ACTOR_KEYS.get(a)
        if key is None:
            if len(_ACTOR_KEYS) >= _WORD_CACHE_MAX:
                _ACTOR_KEYS.clear()
            key = _ACTOR_KEYS[a] = _crc("@" + a)
        yield key


# The Arabic article, spelt as outlets transliterate it: "Al-Obeid", "El Obeid" and "Obeid" are one name
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "ul"})
_ARTICLE_ALTERNATIVES = "|".join(sorted(_ARTICLES, key=len, reverse=True))
_ARTICLE = re.compile(rf"^(?:{_ARTICLE_ALTERNATIVES})-(?=[a-z])")
# A capitalised word inside a sentence: a name ("Pont-Sonde", "Kirkuk", "Gran Grif"); apostrophe and hyphen
# parts stay with it; one filling brackets too, often the other name of a place ("in Islamabad (Anantnag) district",
# "the Asasey (Medina) hotel"), but not a wire's in a dateline ("Kabul (Xinhua) -") nor a note ("(Translated from
# Urdu.)", "(Photo: ...)"). Sentence-initial words are skipped (any word is capitalised there).
_NAME = re.compile(rf"(?:(?<=[a-z0-9,;:)] )|(?<=[a-z] \()(?=[A-Z][\w'-]*(?: [A-Z][\w'-]*)*\)(?!\s*[-\u2013\u2014])))"
                   rf"(?:(?:{_ARTICLE_ALTERNATIVES})-)?"  # "al-Shabaab" too
                   r"[A-Z][a-z]+(?:[-'][A-Za-z]+)*")
_COUNTRY_WORDS: frozenset[str] | None = None


def _country_words() -> frozenset[str]:
    """Words of country names, aliases and demonyms ("Pakistan", "Somali", "Congolese"): every report placed in
    a country is filed under it already, so its name is no evidence that two reports tell one incident."""
    global _COUNTRY_WORDS
    if _COUNTRY_WORDS is None:
        from newsevents.geo.tables import read_countries

        words: set[str] = set()
        for row in read_countries():
            for name in (row.name, *row.aliases, *row.demonyms):
                words.update(_WORD.findall(name.lower()))
        _COUNTRY_WORDS = frozenset(words)
    return _COUNTRY_WORDS


_CAPITALISED = re.compile(r"(?<![\w'-])[A-Z][\w'-]*")
_COUNTRY_NAMES: dict[str, list[tuple[str, tuple[str, ...]]]] | None = None


def _country_names() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """First word of a country's name, alias or demonym -> (the whole name, its ISO codes), longest first."""
    global _COUNTRY_NAMES
    if _COUNTRY_NAMES is None:
        from newsevents.geo.tables import read_countries

        codes: dict[str, set[str]] = {}
        for row in read_countries():
            for name in (row.name, *row.aliases, *row.demonyms):
                if len(name) >= 4 and name[0].isupper():
                    codes.setdefault(name, set()).add(row.iso.upper())
        table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for name in sorted(codes, key=len, reverse=True):
            first = _CAPITALISED.match(name)
            if first:
                table.setdefault(first.group(0), []).append((name, tuple(sorted(codes[name]))))
        _COUNTRY_NAMES = table
    return _COUNTRY_NAMES


def named_countries(text: str) -> tuple[str, ...]:
    """ISO codes of the countries a sentence names by name, alias or demonym ("in Niger", "the Malian army",
    "Ethiopians in Washington"), sorted; the longest name wins ("South Sudan" is not Sudan). A report placed
    abroad, where relatives mourn or a government speaks, may still be of an incident in a country it names
    (`matching.country_named`)."""
    table = _country_names()
    found: set[str] = set()
    covered = 0
    for match in _CAPITALISED.finditer(text):
        at = match.start()
        if at < covered:
            continue
        word = match.group(0)
        if word.endswith("'s"):  # "Nigeria's army"
            word = word[:-2]
        candidates = table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)
        if not candidates:
            continue
        for name, codes in candidates:
            if text.startswith(name, at):
                stop = at + len(name)
                if stop < len(text) and text[stop] == "s":  # "Ethiopians"
                    stop += 1
                if stop < len(text) and (text[stop].isalnum() or text[stop] in "-_"):
                    continue
                found.update(codes)
                covered = stop
                break
    return tuple(sorted(found))


# Set in the evidence key of a name (`name_key`) that no region bears: above every 32-bit word, actor or toll key
NAME_KEY = 1 << 32
_REGION_WORDS: frozenset[str] | None = None


def _region_words() -> frozenset[str]:
    """Words of admin1 region names ("Shan", "Punjab", "Kivu"): every report of the region may name it."""
    global _REGION_WORDS
    if _REGION_WORDS is None:
        from newsevents.geo.tables import read_admin1

        words: set[str] = set()
        for row in read_admin1():
            words.update(_WORD.findall(_folded(row.name).lower()))
            words.update(_WORD.findall(row.ascii_name.lower()))
        _REGION_WORDS = frozenset(words)
    return _REGION_WORDS


# Capitalised words of news that name no place: a headline's ("Suspected militants kill 5", "Curfew imposed after
# ..."), a Spanish or French one's ("Ataque en ..."), or a sentence's ("Islamist fighters")
_NEWS_WORDS = frozenset(
    """suspected suspect suicide islamist islamists islamic jihadist jihadists violence curfew weekend breaking
    update updated live video watch exclusive latest analysis opinion explainer photos gallery deadly terror
    terrorist terrorism massacre funeral mourners president minister prime premier governor mayor government
    court judge trial victims victim police army military christmas easter ramadan eid new correction editorial
    interview note ataque atentado atentados asesinato masacre muertos muerto explosion attentat tuerie morts""".split()
)
_ACTOR_WORDS: frozenset[str] | None = None


def _actor_words() -> frozenset[str]:
    """One-word names and aliases the knowledge base gives its actors ("Hamas", "Hezbollah", "Fano"), lower case,
    article removed: a group's name, not a place's (its actor id is a key of its own)."""
    global _ACTOR_WORDS
    if _ACTOR_WORDS is None:
        from newsevents.kb import get_kb

        words: set[str] = set()
        for actor in get_kb().actors.values():
            for alias in actor.names:
                folded = _folded(alias).lower().strip()
                if folded and " " not in folded:
                    words.add(_ARTICLE.sub("", folded.removesuffix("'s")))
        _ACTOR_WORDS = frozenset(words)
    return _ACTOR_WORDS


# One name as transliterations spell it ("Tartous" and "Tartus", "Nal'chik", "Naltchik" and "Nalchik", "Kismaayo"
# and "Kismayo", "Kostyantynivka" and "Kostiantynivka", "Markadah" and "Markada", "Dibbis" and "Dibis"): translated
# copy and local outlets write the names of one place in the spelling of their own language
_TRANSLITERATION = (("'", ""), ("tch", "ch"), ("ou", "u"), ("y", "i"))
_DOUBLED = re.compile(r"([a-z])\1+")
_FINAL_H = re.compile(r"(?<=[aeiu])h$")
_SKELETONS: dict[str, str] = {}


def skeleton(word: str) -> str:
    """A lower-case name with the letters transliterations disagree on made one: apostrophes dropped, "tch" as
    "ch", "ou" as "u", "y" as "i", doubled letters single, a final "h" after a vowel dropped. Cached per word."""
    found = _SKELETONS.get(word)
    if found is None:
        found = word
        for old, new in _TRANSLITERATION:
            found = found.replace(old, new)
        found = _FINAL_H.sub("", _DOUBLED.sub(r"\1", found))
        if len(_SKELETONS) >= _WORD_CACHE_MAX:
            _SKELETONS.clear()
        _SKELETONS[word] = found
    return found


def name_key(word: str) -> int:
    """The evidence key of a name (lower case, article removed), beside its word stem's: `NAME_KEY` set where the
    name could be a place below the region (`matching.shares_name`): not where a region bears it, nor a group the
    knowledge base knows ("Hamas"), nor a common word of news capitalised ("Islamist")."""
    key = _crc("!" + stem(skeleton(word)))  # one key for a name's transliterations (`skeleton`)
    if word in _region_words() or word in _actor_words() or word in _NEWS_WORDS:
        return key
    return key | NAME_KEY


def name_keys(text: str) -> set[int]:
    """Evidence keys of the names inside a sentence, each counted as a second key besides its word stem: two
    reports that share one name share two keys, as much evidence as two shared ordinary words. Names of places
    too small for the gazetteer and of groups the knowledge base does not know are the words reports of one
    incident repeat whatever else they reword ("the attack on Pont-Sonde")."""
    countries = _country_words()
    keys: set[int] = set()
    for match in _NAME.finditer(text):
        word = _ARTICLE.sub("", match.group().lower().removesuffix("'s"))
        if word in _STOP or word in countries or word in SYNONYMS or word in _ARTICLES:
            continue
        keys.add(name_key(word))
    return keys


# A gazetteer name's qualifier in brackets ("Halle (Saale)"): reports write the bare name
_QUALIFIER = re.compile(r"\s*\([^)]*\)")
_PLACE_KEYS: dict[str, tuple[int, ...]] = {}


def _folded(name: str) -> str:
    """A gazetteer name in the plain letters reports write ("Bogotá", "Suruç", "Ceylanpınar" -> "Bogota", ...)."""
    if name.isascii():  # nothing to fold: ASCII letters have no decomposition and none is a combining mark
        return name
    plain = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return "".join(c for c in plain if not unicodedata.combining(c))


def _place_word(word: str) -> int:
    return _crc("^" + skeleton(word))  # "Tartous" names Ţarţūs ("Tartus"): `skeleton`


def place_keys(name: str | None) -> tuple[int, ...]:
    """The `place_mentions` a sentence holds when it names this place: one per whole word of the resolved place's
    name (bracketed qualifier, articles, stop words, country words and "city" left out; accents folded). Empty
    when nothing is left ("Mexico City"): such a name tells nothing of itself."""
    if not name:
        return _NO_NAMES
    found = _PLACE_KEYS.get(name)
    if found is None:
        countries = _country_words()
        words = _WORD.findall(_QUALIFIER.sub("", _folded(name)).lower())
        keys = {_place_word(w) for w in words
                if len(w) >= 3 and w not in _STOP and w not in countries and w not in _ARTICLES and w != "city"}
        found = tuple(sorted(keys))
        if len(_PLACE_KEYS) >= _WORD_CACHE_MAX:
            _PLACE_KEYS.clear()
        _PLACE_KEYS[name] = found
    return found


# Where a sentence starts naming places other than its event's: another incident it is dated against or answers
# ("a day after raids in neighbouring Bokkos", "in retaliation for the killing of civilians in Sinde"), or a
# reference point ("Cambrils, south of Barcelona", "30 km north of Kabul"; not "in the south of Bogota").
_ELSEWHERE = re.compile(
    r"\b(?:(?:days?|weeks?|hours?|nights?|months?)\s+(?:after|before|earlier)|(?:revenge|retaliation|reprisal)\s+for|"
    r"(?<!the\s)(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\b",
    re.IGNORECASE,
)


# A possessive name opening a sentence ("Toronto's mayor said ..."): a name, though sentence-initial (`_NAME` skips
# those, as any word is capitalised there)
_OPENING_POSSESSIVE = re.compile(r"^[\"'\s]*([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)'s\b")
# A capital standing for its government ("Islamabad blamed Kabul", "Kabul denied it") or the seat of those who
# speak ("officials in Kaduna said"): the place of a speaker, not of the event
_AS_GOVERNMENT_AFTER = re.compile(r"\s+(?:said|says|blamed|accused|denied|condemned|warned|claimed|insisted|"
                                  r"rejected|responded|retaliated)\b")
_AS_GOVERNMENT_BEFORE = re.compile(r"\b(?:(?:blamed|accused|urged|warned|condemned|told|by)\s+|"
                                   r"(?:officials?|authorities|police|sources|ministry|government|spokesm[ae]n)\s+"
                                   r"in\s+)$")


# A digest's or a wire brief's place label opening the text ("Anantnag: an eighth pilgrim hurt in ...", "Segou:
# JNIM claimed ..."): the place the item is filed under
_OPENING_LABEL = re.compile(r"^[\"'\s]*([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?):\s")


def _opening_label(plain: str) -> re.Match[str] | None:
    """`_OPENING_LABEL`, unless a word of it is a common word of news ("Update:", "Breaking:", "Analysis:",
    "Police:", "Live Updates:"): a kind of item or a speaker, not a place."""
    label = _OPENING_LABEL.match(plain)
    if label and any(w in _NEWS_WORDS or w.removesuffix("s") in _NEWS_WORDS
                     for w in _WORD.findall(label.group(1).lower())):
        return None
    return label


# A name that begins a business's or paper's name ("New Kabul Bank", "the London Pub"): no place of the event.
_ORGANISATION = re.compile(r" (?:Bank|Pub|Bar|Club|Hotel|University|College|Airlines|Airways|Times|Post|Stadium|Mall)\b")


# A wire dateline opening the text ("ISTANBUL (wire) - ", "HYDERABAD - "): the city the report is filed from
_DATELINE = re.compile(r"^[\"'\s]*([A-Z]{3,}(?:[ -][A-Z]{3,}){0,2})\s*(?:\([^)]{1,30}\)\s*)?[-\u2013\u2014]\s")


def place_mentions(text: str) -> tuple[int, ...]:
    """Whole-word keys (`place_keys`) of the names a sentence holds before it turns to somewhere else
    (`_ELSEWHERE`), less those that begin an organisation's name (`_ORGANISATION`), and of a possessive name
    or a wire dateline or place label opening it (`_OPENING_POSSESSIVE`, `_DATELINE`, `_OPENING_LABEL`): the places
    its own event may be at."""
    plain = _folded(text)
    cut = _ELSEWHERE.search(plain)  # (on the folded text: folding may change the length)
    keys: set[int] = set()
    for m in _NAME.finditer(plain, 0, cut.start() if cut else len(plain)):
        if _ORGANISATION.match(plain, m.end()) or _AS_GOVERNMENT_AFTER.match(plain, m.end()) or \
                _AS_GOVERNMENT_BEFORE.search(plain, max(0, m.start() - 40), m.start()):
            continue
        word = _ARTICLE.sub("", m.group().lower().removesuffix("'s"))
        keys.add(_place_word(word))
        # "Pont-Sonde", "Ma'arrat": their parts too, as `place_keys` splits the gazetteer's name
        keys.update(_place_word(part) for part in re.split(r"[-']", word) if len(part) >= 3 and part != word)
    opening = _OPENING_POSSESSIVE.match(plain)
    if opening:
        keys.update(_place_word(w) for w in opening.group(1).lower().replace("-", " ").split())
    dateline = _DATELINE.match(plain) or _opening_label(plain)
    if dateline:
        keys.update(_place_word(w) for w in _WORD.findall(dateline.group(1).lower()))
    return tuple(sorted(keys)) if keys else _NO_NAMES


# A capitalised word of a headline, its first too ("Mumbai siege ends at Taj hotel"), matched on the folded title
# ("Ménaka" -> "Menaka"); "McDonald's" and "O'Brien" are one word each
_HEADLINE_NAME = re.compile(r"\b[A-Z](?:[a-z]+(?:[A-Z][a-z]+)*|'[A-Z][a-z]+)(?:[-'][A-Za-z]+)*")


_HEADLINES: dict[str, frozenset[int]] = {}  # the events of one article share its headline: the recent ones kept
_HEADLINES_MAX = 10_000
_HEADLINE_NAMES: dict[str, frozenset[int]] = {}


def headline_mentions(title: str) -> frozenset[int]:
    """`place_mentions` keys of a headline's capitalised words, its first too: a headline names the incident's
    place more often than any sentence of the report ("Hyderabad police release sketches of blast suspects").
    A title-case headline adds its every word, which only counts where it is a resolved place's whole name."""
    found = _HEADLINES.get(title)
    if found is None:
        keys: set[int] = set()
        for m in _HEADLINE_NAME.finditer(_folded(title)):
            word = _ARTICLE.sub("", m.group().lower().removesuffix("'s"))
            keys.add(_place_word(word))
            keys.update(_place_word(part) for part in re.split(r"[-']", word) if len(part) >= 3 and part != word)
        if len(_HEADLINES) >= _HEADLINES_MAX:
            _HEADLINES.clear()
        found = _HEADLINES[title] = frozenset(keys)
    return found


def headline_name_keys(title: str) -> frozenset[int]:
    """`name_keys` of a headline, less region names (`name_key`: a headline often names the region of its
    incident, which tells nothing the place does not), groups the knowledge base knows (their actor ids are keys
    already) and common words of news: "Reina", "Kashuga", "Dolphinarium". Not its first word, capitalised
    whatever it is ("Suspected militants kill 5"): a name there that the sentence names too is in the sentence's
    `name_keys`. None for a headline in title case, where every word is capitalised. Matched on the folded
    headline ("Ménaka"), as `headline_mentions`, and cached per headline."""
    found = _HEADLINE_NAMES.get(title)
    if found is None:
        plain = _folded(title)
        matches = list(_HEADLINE_NAME.finditer(plain))
        keys: set[int] = set()
        if len(matches) * 2 <= len(_WORD.findall(plain.lower())):
            first = _WORD.search(plain.lower())
            countries, regions, actors = _country_words(), _region_words(), _actor_words()
            for m in matches:
                if first is not None and m.start() == first.start():
                    continue
                word = _ARTICLE.sub("", m.group().lower().removesuffix("'s"))
                if word not in _STOP and word not in countries and word not in SYNONYMS and word not in _ARTICLES \
                        and word not in regions and word not in actors and word not in _NEWS_WORDS:
                    keys.add(name_key(word))
        if len(_HEADLINE_NAMES) >= _HEADLINES_MAX:
            _HEADLINE_NAMES.clear()
        found = _HEADLINE_NAMES[title] = frozenset(keys)
    return found


MIN_TOLL_KEY = 3  # tolls of 1 or 2 are too common in any one region's news to be evidence


def toll_keys(fatalities: int | None, injured: int | None) -> set[int]:
    """Evidence keys of a report's best death toll and injury count, when at least `MIN_TOLL_KEY`: reports of one
    incident that share little wording often give the same figure ("five villagers were killed", "killing
    five people")."""
    keys = set()
    if fatalities is not None and fatalities >= MIN_TOLL_KEY:
        keys.add(_crc(f"#killed{fatalities}"))
    if injured is not None and injured >= MIN_TOLL_KEY:
        keys.add(_crc(f"#injured{injured}"))
    return keys


def evidence_keys(text: str, actor_ids: Iterable[str]) -> tuple[int, ...]:
    """What a vague report must share with another to be linked: its non-generic word stems, names (`name_keys`)
    and actor ids, as sorted hashes (32-bit, a name's with `NAME_KEY` set; fixed lists, no corpus statistics: the
    same for any arrival order)."""
    keys = text_features(text)[1]
    keys.update(name_keys(text))
    keys.update(_actor_keys(actor_ids))
    return tuple(sorted(keys))


def shared_evidence(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """How many keys two key tuples (`evidence_keys`) have in common."""
    return len(set(a).intersection(b))


def signature_similarity(a: int, b: int) -> float:
    """Cosine similarity of two signatures seen as binary vectors."""
    if not a or not b:
        return 0.0
    return (a & b).bit_count() / ((a.bit_count() * b.bit_count()) ** 0.5)


_ORDINALS: dict[str, int | None] = {}
_INTERVALS: dict[tuple[str, str | None], tuple[int, int, int] | None] = {}
_DATE_CACHE_MAX = 100_000  # distinct date strings; news covers a few thousand days


def _ordinal(value: str) -> int | None:
    if value in _ORDINALS:
        return _ORDINALS[value]
    try:
        found: int | None = dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        found = None
    if len(_ORDINALS) >= _DATE_CACHE_MAX:
        _ORDINALS.clear()
    _ORDINALS[value] = found
    return found


def date_interval(value: str | None, precision: str | None) -> tuple[int, int, int] | None:
    """(first day, last day, precision code) covered by a date, or None if it cannot be read."""
    if not value:
        return None
    key = (value, precision)
    if key in _INTERVALS:
        return _INTERVALS[key]
    found = _date_interval(value, precision)
    if len(_INTERVALS) >= _DATE_CACHE_MAX:
        _INTERVALS.clear()
    _INTERVALS[key] = found
    return found


def _date_interval(value: str, precision: str | None) -> tuple[int, int, int] | None:
    code = DATE_PRECISION_CODE.get(precision or "day", DAY)
    try:
        year = int(value[:4])
        if code == YEAR:
            return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal(), YEAR
        if code == MONTH:
            month = int(value[5:7])
            first = dt.date(year, month, 1)
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            return first.toordinal(), nxt.toordinal() - 1, MONTH
        day = dt.date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None
    return day, day, DAY


_DATE_TEXTS: dict[tuple[int, int], str] = {}


def _date_text(start: int, dprec: int) -> str:
    key = (start, dprec)
    text = _DATE_TEXTS.get(key)
    if text is None:
        day = dt.date.fromordinal(start)
        text = day.isoformat() if dprec == DAY else f"{day:%Y-%m}" if dprec == MONTH else f"{day:%Y}"
        if len(_DATE_TEXTS) >= _DATE_CACHE_MAX:
            _DATE_TEXTS.clear()
        _DATE_TEXTS[key] = text
    return text


# Modes that name one kind of attack for linking: a suicide bombing is a bombing ("suicide bomber struck" beside
# "the bombing of the mosque")
MODE_KIND = {"suicide-attack": "explosives"}
_MODE_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def _mode_set(event: Event) -> frozenset[str]:
    """The kinds (`MODE_KIND`) of an event's mode and of the modes of its other tellings (`Event.modes`)."""
    found = tuple(m for m in (event.mode, *event.modes) if m)
    shared = _MODE_SETS.get(found)
    if shared is None:
        if len(_MODE_SETS) >= _WORD_CACHE_MAX:
            _MODE_SETS.clear()
        shared = _MODE_SETS[found] = frozenset(sys.intern(MODE_KIND.get(m, m)) for m in found)
    return shared


_NO_ACTORS: frozenset[str] = frozenset()
_NO_NAMES: tuple[int, ...] = ()
GENERIC_ACTOR_PREFIX = "AGENT_"  # the knowledge base's generic agents: "gunmen", "soldiers", "the army", ...
PROVISIONAL_PREFIX = "PROV_"  # an organisation the knowledge base does not know, named by the sentence ("Pulse", "TUSAS")


# The same actor sets recur across reports: one shared frozenset each (a frozenset costs ~200 bytes).
_ACTOR_SETS: dict[frozenset[str], frozenset[str]] = {}


def _actor_set(ids: list[str]) -> frozenset[str]:
    actors = frozenset(ids)
    shared = _ACTOR_SETS.get(actors)
    if shared is None:
        if len(_ACTOR_SETS) >= _WORD_CACHE_MAX:
            _ACTOR_SETS.clear()
        shared = _ACTOR_SETS[actors] = frozenset(sys.intern(i) for i in actors)
    return shared


def _intern(value: str | None) -> str | None:
    return sys.intern(value) if value else None


@dataclass(frozen=True, slots=True)
class Profile:
    """What the linker and the reconciler need from one event; small enough to keep a million in memory."""

    event_id: str
    doc_id: str
    sentence: int  # where the event's sentence starts in its article (see `matching.apart_in_article`)
    event_type: str
    family: str
    mode: str | None
    modes: frozenset[str]  # `mode` and the modes of the article's other tellings, by kind (`matching.modes_differ`)
    start: int | None  # first possible day (proleptic ordinal), None when neither date nor publication known
    end: int | None
    dprec: int  # DAY, MONTH, YEAR or PUBLISHED (a window of days: before publication, or a named week or range)
    place: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    lprec: int  # EXACT .. COUNTRY, NOWHERE when no country is known
    actors: frozenset[str]
    named: frozenset[str]  # the actors a knowledge base names: `actors` without generic agents (what linking compares)
    armed: bool  # `named` holds a group, organisation or person, not only states (see `matching.score`)
    sig: int
    keys: tuple[int, ...]  # evidence_keys: word stems, names (the headline's too), tolls, actor ids; hashed, sorted
    names: tuple[int, ...]  # name_keys of the sentence, less the words of its own place's name (see `score`)
    place_keys: tuple[int, ...]  # `place_keys` of its resolved place (see `matching.names_place_of`)
    mentions: tuple[int, ...]  # `place_mentions` of its sentence
    abroad: tuple[str, ...]  # countries other than its own its sentence names (`named_countries`), if placed
    fatalities: tuple[int | None, int | None, int | None] | None
    injured: tuple[int | None, int | None, int | None] | None
    published: str | None
    published_day: int | None
    # Placed no finer than an admin1 region, or dated no finer than a month: weak evidence for linking. Set once
    # from `lprec` and `dprec` (the linker reads it for every candidate pair).
    vague: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "vague", self.lprec >= ADMIN1 or self.dprec >= MONTH)

    @property
    def date_value(self) -> str | None:
        """The event's own date as ISO text at its precision; None for an undated (publication-window) event."""
        if self.start is None or self.dprec == PUBLISHED:
            return None
        return _date_text(self.start, self.dprec)

    @property
    def date_precision(self) -> str | None:
        """"day", "month" or "year"; None for an undated event."""
        return None if self.start is None or self.dprec == PUBLISHED else DATE_PRECISIONS[self.dprec]

    @property
    def order_key(self) -> tuple[bool, int, str]:
        """Total order used to name incidents: precise reports first, then earliest possible day, then id."""
        return (self.vague, self.start if self.start is not None else sys.maxsize, self.event_id)


# A sentence that tells of an earlier attack: a definite or dated attack noun after a word tying the sentence's
# own act to it ("arrested over the bombing", "suspects in last Friday's attacks", "buried victims of the weekend
# raid"), or "N days after". Such a sentence's date is often its own act's (the arrest, the funeral).
_ATTACK_NOUN = (r"(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacre|killings?|raids?|ambush|siege|"
                r"assault|strikes?|air ?strikes?)")
_FOLLOW_UP = re.compile(
    r"\b(?:(?:after|over|following|in connection with|behind|for|in|of)\s+"
    r"(?:the|(?P<dated>last\s+\w+'s|this\s+\w+'s|\w+day's|the\s+weekend(?:'s)?))\s+(?P<modifier>(?:[\w-]+\s+){0,4}?)"
    + _ATTACK_NOUN + r"\b(?P<where>\s+(?:of|on|at|in|near|against)\s+\w)?|(?:days?|a\s+week|weeks|nights?)\s+after\b)",
    re.IGNORECASE,
)
# A sentence that tells a new attack beside the earlier one ("another bomb", "a second attack"): no follow-up.
_NEW_ATTACK = re.compile(r"\b(?:another|a second|a third|a separate|separately|a new|fresh)\b", re.IGNORECASE)
# The acts a follow-up tells: arrests, charges, court steps (remands, custody, sentences), funerals, claims,
# curfews and closures, people fleeing the area, captures of suspects.
_FOLLOW_UP_ACT = re.compile(
    r"\b(?:arrest\w*|detain\w*|charged|captured?|caught|organi[sz]er\w*|buried|burials?|funerals?|"
    r"remand\w*|custody|sentenced|convicted|jailed|indicted|closed|sealed\s+off|fled|flee(?:ing)?|"
    r"mourn\w*|claimed|claim|responsibility|curfew|emergency|victims|survivors|investigat\w*|named|identified)\b",
    re.IGNORECASE,
)


# a violent act told before the reference makes the sentence the attack's own report, whatever else it names
_VIOLENCE_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|attack(?:ed|ing)|explod(?:ed|ing)|detonat(?:ed|ing)|blew\s+up|bombed|shot|shooting|"
    r"struck|stormed|opened\s+fire|ambush(?:ed|ing)|wounded|injured|died|dead|massacred|abducted|kidnapped)\b",
    re.IGNORECASE,
)


# Violence against the attacker, told as the follow-up's own act ("police shot dead the man suspected of the
# attack", "the gunman was killed by police two days later"): not the attack itself.
_ATTACKER_DOWN = re.compile(
    r"\b(?:(?:shot|gunned)\s+(?:dead|down)|killed)\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:suspect(?:ed)?|attacker|gunman|assailant|bomber)\b|"
    r"\b(?:suspect|attacker|gunman|assailant|bomber)\s+(?:was|had\s+been)\s+"
    r"(?:shot(?:\s+dead)?|killed|gunned\s+down)\b",
    re.IGNORECASE,
)
# A day word inside a reference: the attack's own day ("the Friday mosque bombing", "Saturday's grenade attack")
_DAY_WORD = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)\b", re.IGNORECASE)


# A headline telling what came after an attack ("Curfew in Tuz Khurmatu after checkpoint assault", "SDF launches
# raids after Busayrah ambush"): headlines drop the article `_FOLLOW_UP` asks for ("takes over ... probe" is no "over")
_HEADLINE_FOLLOW_UP = re.compile(
    r"\b(?:after|(?<!takes\s)(?<!take\s)(?<!took\s)(?<!taken\s)over|following)\s+(?:[\w'-]+\s+){0,3}?"
    + _ATTACK_NOUN + r"\b",
    re.IGNORECASE,
)


def follows_up(sentence: str, date_text: str | None, title: str | None = None) -> bool:
    """Whether a sentence tells a follow-up of an earlier attack dated by the follow-up's own day: it names a
    follow-up act (or violence against the attacker, `_ATTACKER_DOWN`) and refers back to a specific attack
    (`_specific`), and its date words come before a reference (the act's own day, "arrested on Sunday over the
    bombing"; "shot dead on Thursday, two days after the shooting"), or after a reference that carries its own
    day ("buried victims of the Friday mosque bombing on Sunday"); not inside a reference or only after ones
    without a day (the attack's day: "over last Friday's attacks", "a day after", "over the bombing of the hotel
    on 26 August"). A sentence with no reference of its own may take its `title`'s (`_headline_follow_up`)."""
    if not (_FOLLOW_UP_ACT.search(sentence) or _ATTACKER_DOWN.search(sentence)) or _NEW_ATTACK.search(sentence):
        return False
    refs = [m for m in _FOLLOW_UP.finditer(sentence) if _specific(m)]
    if not refs:
        return _headline_follow_up(sentence, title)
    before = refs[0].start()
    if _VIOLENCE_BEFORE.search(sentence, 0, before):  # unless it is only the attacker's end
        down = _ATTACKER_DOWN.search(sentence, 0, before)
        if down is None or _VIOLENCE_BEFORE.search(sentence[:down.start()] + sentence[down.end():before]):
            return False  # "Nine people were killed on Tuesday in the bombing of a mosque, and IS claimed it"
    at = sentence.lower().find(date_text.lower()) if date_text else -1
    if at < 0:
        return True
    end = at + len(date_text or "")
    if any(m.start() < end and at < m.end() for m in refs):
        return False  # the date is a reference's own ("over last Friday's attacks", "a day after")
    return any(end <= m.start() or _DAY_WORD.search(m.group()) for m in refs)


# A headline telling a claim of responsibility for an attack ("Islamic State claims attack in Ancuabe", "Real IRA
# admits Omagh bomb", "IS claims responsibility for ..."; not "Blast claims 12 more lives", an attack's own headline,
# nor "Rebels reject claims of massacre" or "Israel claims Hamas used hospital"). (Funeral headlines, "Bosso buries its fishermen", were tried:
# their window let a burial join a look-alike strike of its region days before.)
_HEADLINE_ACT = re.compile(
    r"\b(?:claim(?:s|ed)?|admit(?:s|ted)?)\s+(?:(?:responsibility|credit)\b|"
    r"(?:(?:the|its|a)\s+)?(?:(?!(?:of|on|over|about|that|by|to|in|for|and)\b)[\w'-]+\s+){0,2}"
    r"(?:attacks?|bomb(?:s|ings?)?|blasts?|explosions?|killings?|murders?|assaults?|raids?|massacres?|shootings?|"
    r"ambush(?:es)?|abductions?|kidnappings?|beheadings?|strikes?)\b)",
    re.IGNORECASE,
)


def _headline_follow_up(sentence: str, title: str | None) -> bool:
    """A sentence that tells a follow-up act and no attack of its own, under a headline that names the attack it
    follows (`_HEADLINE_FOLLOW_UP`) or a follow-up act (`_HEADLINE_ACT`): the sentence's date is the act's ("The
    district's security committee on Thursday imposed a night curfew in Tuz Khurmatu.")."""
    if not title or not (_HEADLINE_FOLLOW_UP.search(title) or _HEADLINE_ACT.search(title)):
        return False
    act = _FOLLOW_UP_ACT.search(sentence)
    return act is not None and not _VIOLENCE_BEFORE.search(sentence, 0, act.start())


def _specific(match: re.Match[str]) -> bool:
    """A reference that says which attack: dated ("last Friday's attacks"), qualified ("the Boston Marathon
    bombing") or placed ("the bombing of the Andino centre"), or a clause ("two days after gunmen attacked").
    A bare "in connection with the attack" fits any attack of the region that week."""
    if match.group("modifier") is None:  # "N days after"
        return True
    return bool(match.group("dated") or match.group("modifier") or match.group("where"))


# A toll update ("The toll has risen to 32.", "Ukraine said the toll had reached 52.", "..., bringing the toll to
# seven") that names no attack of its own ("The toll from Monday's bombing rose to 11" does): a bare update.
_TOLL_UPDATE = re.compile(
    r"\b(?:the\s+(?:death\s+)?toll\s+(?:has\s+|had\s+|now\s+)?(?:rose|risen|rises|climbed|reached|stands|stood|"
    r"hit|jumped|increased|passed)|(?:bringing|raising|taking|pushing|putting)\s+the\s+(?:death\s+)?toll)\b",
    re.IGNORECASE,
)
_NAMED_ATTACK = re.compile(r"\b" + _ATTACK_NOUN + r"\b|\b(?:bombs?|blasts?|gunmen|gunfire)\b", re.IGNORECASE)


def bare_toll_update(sentence: str) -> bool:
    """Whether a sentence updates a toll without naming the attack it is of: its incident is the one the
    sentences before it tell (`within` keeps the one before as a mention, read here for evidence)."""
    return bool(_TOLL_UPDATE.search(sentence)) and not _NAMED_ATTACK.search(sentence)


_NO_COUNTRIES: tuple[str, ...] = ()


def _abroad(text: str, country: str | None) -> tuple[str, ...]:
    """The countries other than `country` that the sentence names (none for a report without a place)."""
    if country is None:
        return _NO_COUNTRIES
    named = named_countries(text)
    if not named or named == (country,):
        return _NO_COUNTRIES
    near = _neighbours().get(country, ())
    return tuple(sys.intern(c) for c in named if c != country and c not in near) or _NO_COUNTRIES


_NEIGHBOURS: dict[str, tuple[str, ...]] | None = None


def _neighbours() -> dict[str, tuple[str, ...]]:
    """ISO code -> the codes of the countries it borders. A report that names a neighbour is no sign of a
    report placed abroad: two sides of one border war ("Azerbaijani units fired towards Sotk", "Armenian units
    fired at Kalbajar") each name the other, the same day, in two incidents."""
    global _NEIGHBOURS
    if _NEIGHBOURS is None:
        from newsevents.geo.tables import read_countries

        table: dict[str, set[str]] = {}
        for row in read_countries():
            for other in row.neighbours:
                table.setdefault(row.iso.upper(), set()).add(other.upper())
                table.setdefault(other.upper(), set()).add(row.iso.upper())
        _NEIGHBOURS = {iso: tuple(sorted(near)) for iso, near in table.items()}
    return _NEIGHBOURS


def _with_headline(mentions: tuple[int, ...], own: tuple[int, ...], title: str | None) -> tuple[int, ...]:
    """A sentence's place mentions, and its document's headline's (`headline_mentions`) where the sentence does not
    name the event's own place (`own`, empty when placed no finer than a country): the place then came from
    elsewhere in the article, or from a guess, and the headline names the report's incident. An event whose
    sentence names its place (often another incident the article recalls) keeps its sentence's names only."""
    if not title or (own and all(k in mentions for k in own)):
        return mentions
    extra = headline_mentions(title).difference(mentions)
    return tuple(sorted((*mentions, *extra))) if extra else mentions


def _count(count: object) -> tuple[int | None, int | None, int | None] | None:
    if count is None:
        return None
    best, low, high = count.best, count.low, count.high  # type: ignore[attr-defined]
    if best is None and low is None and high is None:
        return None
    return best, low, high


# A reaction that tells the attack it reacts to ("condemns the bombing of a passenger van", "deplores the killing of
# seven people", "closed their workshops after four men were killed"): a killing or an attack told as done (not "crops
# were hit by the drought", "the film was shot in Morocco", "the committee killed the bill")
# a small count of people, as reports write it ("12", "three", "several")
_SMALL_COUNT = r"\d+|two|three|four|five|six|seven|eight|nine|ten|several|many"
_TELLS_ATTACK = re.compile(
    r"\b(?:killings?|bombings?|massacre|shootings?|murders?|beheadings?)\s+(?:of|at|in|on)\b|"
    r"\b(?:was|were|been|being)\s+(?:shot\s+(?:dead|and\s+killed)|killed|murdered|wounded|injured|bombed|attacked)\b|"
    rf"\b(?:the|a|{_SMALL_COUNT})\s+(?:\w+\s+)?(?:people|persons|m[ae]n|wom[ae]n|child(?:ren)?|civilians?|soldiers?|officers?|"
    r"police(?:m[ae]n)?|villagers?|farmers?|students?|workers?|victims?|pilgrims?|miners?|guards?|herders?|"
    r"traders?|worshippers?|passengers?|journalists?|fishermen|teachers?)\s+(?:killed|murdered|shot\s+dead)\b",
    re.IGNORECASE,
)


def family_of(event_type: str, sentence: str) -> str:
    """An event's type family (`TYPE_FAMILY`). A type of no family (a condemnation, an appeal, a tribute) whose
    sentence tells the killing or the attack it answers (`_TELLS_ATTACK`) is of the violence family: a statement's
    or a council session's report of an attack the pipeline read only as the reaction is still a report of that
    attack, and links with the attack's other reports by date, place and words."""
    family = TYPE_FAMILY.get(event_type)
    if family is not None:
        return family
    return "violence" if _TELLS_ATTACK.search(sentence) or tells_deaths(sentence) else event_type


# A reaction's other ways of telling the attack it answers (session 17; `family_of`): the attackers' act told
# actively ("three days after gunmen killed three men"), deaths counted ("the 23 May operation, in which three
# people died"), or an attack named by its act on its target ("the targeting of the grand market", "the deaths of
# four young men", "the burning of four machines", "martyrs who fell on Tuesday"). Not a single "death of" (the
# death of a leader, of an old man in his sleep), nor people who "died" with no count ("those who died in 1994"
# has no figure either way: counted deaths only).
_ATTACKERS = r"(?:gunmen|militants|attackers|assailants|insurgents|bandits|jihadists|rebels|militiamen|terrorists)"
_VICTIMS = (r"(?:people|persons|m[ae]n|wom[ae]n|child(?:ren)?|civilians|soldiers|officers|policemen|villagers|"
            r"farmers|students|workers|passengers|worshippers|miners|guards|herders|traders|fishermen)")
# deaths told with a cause that is no attack are no attack's ('30 people died in floods', 'died of cholera', 'the deaths
# of 12 miners in the collapse', 'died when the scaffolding collapsed')
_NO_ATTACK = (r"(?![^.;]{0,60}\b(?:floods?|flooding|earthquakes?|landslides?|collapsed?|cholera|malaria|measles|"
              r"disease|illness|hunger|starvation|accidents?|crash(?:ed)?|drowned|storms?|cyclones?|heat(?:wave)?)\b)")
_TELLS_DEATHS = re.compile(
    rf"\b{_ATTACKERS}\s+(?:\w+\s+)?(?:killed|shot|stormed(?!\s+(?:out|off)\b)|attacked|abducted|kidnapped|raided|"
    r"ambushed|massacred)\b|"
    rf"\b(?:{_SMALL_COUNT}|dozens\s+of)\s+(?:\w+\s+)?{_VICTIMS}\s+"
    rf"(?:who\s+|that\s+)?(?:died|were\s+killed|lost\s+their\s+lives)\b{_NO_ATTACK}|"
    rf"\bdeaths\s+of\b{_NO_ATTACK}|"
    r"\b(?:martyrdom|targeting|shelling|torching)\s+of\b|"
    r"\bmartyrs\s+who\s+fell\b",
    re.IGNORECASE,
)


def tells_deaths(sentence: str) -> bool:
    """Whether a sentence tells an attack in one of the ways `_TELLS_DEATHS` reads (see `family_of`)."""
    return bool(_TELLS_DEATHS.search(sentence))


def profile_of(event: Event, published: str | None, title: str | None = None) -> Profile:
    """Summarise an event for linking. An undated event falls back to the week before its publication, and so
    does one whose only date is the document's own, coarsened (`how == "document"`): that says when the report
    was written, not when the event happened, and as a whole month it would pass for weak evidence of a date.
    A follow-up dated by its own act (`follows_up`: an arrest "over the bombing of ...", or a curfew in the first
    sentence under a headline "Curfew ... after checkpoint assault") covers the `FOLLOW_UP_DAYS` before that day
    too, as a window: the attack it tells of came first.

    The words of the document's `title` join the sentence's in the text signature and evidence keys: a
    follow-up's sentence tells the funeral or the arrests, its headline names the attack. Names (`name_keys`)
    come from the sentence only: headlines are often in title case, where every word is capitalised."""
    published_day = _ordinal(published) if published else None
    dated = event.date if event.date and not (event.date.how == "document" and published_day is not None) else None
    interval = date_interval(dated.value, dated.precision) if dated else None
    if dated and dated.days and interval:
        first, last = _ordinal(dated.days[0]), _ordinal(dated.days[1])
        if first is not None and last is not None and 0 <= last - first <= WINDOW_MAX_DAYS:
            interval = (first, last, PUBLISHED)
    if interval is None and published_day is not None:
        interval = (published_day - UNDATED_WINDOW_DAYS, published_day, PUBLISHED)
    date_words = dated.text if dated else None
    heading = title if event.sentence.span[0] == 0 else None  # a headline tells of its article's first sentence
    if interval and interval[2] in (DAY, PUBLISHED) and follows_up(event.sentence.text, date_words, heading):
        interval = (min(interval[0], interval[1] - FOLLOW_UP_DAYS), interval[1], PUBLISHED)
    start, end, dprec = interval if interval else (None, None, PUBLISHED)
    loc = event.location
    country = loc.country.upper() if loc and loc.country else None
    lprec = PLACE_PRECISION_CODE.get(loc.precision or "", COUNTRY) if loc and country else NOWHERE
    if lprec <= CITY and (loc is None or loc.lat is None or loc.lon is None):
        lprec = ADMIN1  # a point without coordinates can only be placed by its region
    admin1 = _intern(loc.admin1) if loc and country and lprec <= ADMIN1 else None
    if lprec == ADMIN1 and admin1 is None:
        lprec = COUNTRY
    lat = loc.lat if loc and lprec <= ADMIN1 else None
    lon = loc.lon if loc and lprec <= ADMIN1 else None
    ids = [a.actor_id for a in (*event.actors, *event.recipients) if a.actor_id]
    actor_ids = _actor_set(ids) if ids else _NO_ACTORS
    kind_of = {a.actor_id: a.kind for a in (*event.actors, *event.recipients)
               if a.actor_id and not a.actor_id.startswith(GENERIC_ACTOR_PREFIX)}  # the named ones
    named = list(kind_of)
    armed = any(kind != "state" and not actor.startswith(PROVISIONAL_PREFIX) for actor, kind in kind_of.items())
    sig, keys = text_features(f"{event.sentence.text}\n{title}" if title else event.sentence.text)
    names = name_keys(event.sentence.text)
    keys.update(names)
    if title:
        keys.update(headline_name_keys(title))
    if bare_toll_update(event.sentence.text):  # its mentions say which incident the toll is of (`within`)
        for mention in event.mentions:
            keys.update(text_features(mention.text)[1])
            keys.update(name_keys(mention.text))
    own = place_keys(loc.name) if loc and lprec <= ADMIN1 else _NO_NAMES
    mentions = place_mentions(event.sentence.text)
    if names and loc and loc.name and lprec <= ADMIN1:  # a resolved place counts in the place score already; a
        names -= {name_key(w) for w in _WORD.findall(_folded(loc.name).lower())}  # village by country does not
    keys.update(_actor_keys(actor_ids))
    fatalities, injured = _count(event.fatalities), _count(event.injured)
    keys.update(toll_keys(fatalities[0] if fatalities else None, injured[0] if injured else None))
    return Profile(
        event_id=event.id,
        doc_id=_intern(event.doc_id) or "",
        sentence=event.sentence.span[0],
        event_type=_intern(event.event_type) or "",
        family=family_of(event.event_type, event.sentence.text),
        mode=_intern(event.mode),
        modes=_mode_set(event),
        start=start,
        end=end,
        dprec=dprec,
        place=_intern(loc.name) if loc else None,
        geonameid=loc.geonameid if loc else None,
        lat=lat,
        lon=lon,
        country=_intern(country),
        admin1=admin1,
        lprec=lprec,
        actors=actor_ids,
        named=_actor_set(named) if named else _NO_ACTORS,
        armed=armed,
        sig=sig,
        keys=tuple(sorted(keys)),
        names=tuple(sorted(names)) if names else _NO_NAMES,
        place_keys=own,
        mentions=_with_headline(mentions, own, title),
        abroad=_abroad(event.sentence.text, country),
        fatalities=fatalities,
        injured=injured,
        published=_intern(published[:10]) if published else None,
        published_day=published_day,
    )
