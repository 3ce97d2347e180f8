"""Find time expressions in text with hand-written patterns, and reject the impossible ones."""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import functools
import re
from dataclasses import dataclass

from newsevents.extract.times_lexicon import (
    DAY_RE,
    MAX_YEAR,
    MAY_CONTEXT,
    MIN_YEAR,
    MONTH_CONTEXT,
    MONTH_RE,
    MONTHS,
    NUMBER_RE,
    NUMBER_WORDS,
    PART_OF_DAY_RE,
    SEASONS,
    UNIT_RE,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_CONTEXT,
    YEAR_RE,
)


@dataclass(frozen=True)
class Mention:
    """One time expression as found: where it is, what kind, and the parts it states."""

    start: int
    end: int
    text: str
    kind: str  # date | feast | decade | season | weekday | deictic | unit | stretch | ago | floating | duration | range
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    modifier: str | None = None  # last | next | this | past | early | mid | late | earlier this ...
    unit: str | None = None  # day | week | month | year | decade | weekend | season name
    count: int | None = None  # None where the quantity is vague ("a few days ago")
    offset: int | None = None  # deictic words: days from the document date
    upto: Mention | None = None  # ranges: the second bound
    swappable: bool = False  # a numeric date whose day and month may be read either way ("04/06/2022")


@dataclass(frozen=True)
class Rejection:
    """An expression shaped like a date that cannot be one (year 3000, February 30, the 45th)."""

    start: int
    end: int
    text: str
    reason: str


def _ctx(words: tuple[str, ...]) -> str:
    return r"(?:\b(?i:" + "|".join(sorted(set(words), key=len, reverse=True)) + r")[\s-]+)"


_YEAR_SUFFIX = rf"(?:,?\s+(?P<y>{YEAR_RE}))?"
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26), "new year's eve": (12, 31),
    "new year's day": (1, 1), "valentine's day": (2, 14), "halloween": (10, 31),
}
HOLIDAY_RE = (r"(?:Christmas Eve|Christmas Day|Boxing Day|New Year['\u2019]s (?:Eve|Day)|Valentine['\u2019]s Day|"
              r"Halloween)")
# moveable feasts, in days from Easter Sunday ("the Easter Sunday bombings", "Palm Sunday services")
FEASTS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "palm sunday": -7, "good friday": -2,
    "holy saturday": -1, "maundy thursday": -3, "holy thursday": -3,
}
FEAST_RE = r"(?:Easter(?: Sunday| Monday| Day)?(?! Island| Rising| [Ee]ggs?| Accords?| Agreement)|Palm Sunday|Good Friday|Holy Saturday|Maundy Thursday|Holy Thursday)"
_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?"
_NOT_TIME = r"(?![0-9:])"

# day and month in digits with a four-digit year, one separator throughout: 04/06/2022, 11.05.2024, 19-09-2023
_NUMERIC = (r"(?<![0-9][./-])\b(?P<a>[0-9]{1,2})(?P<sep>[/.-])(?P<b>[0-9]{1,2})(?P=sep)(?P<y>(?:1[89]|20)[0-9]{2})"
            r"\b(?![.-][0-9])")


@functools.lru_cache(maxsize=16)
def numeric_order(text: str) -> str | None:
    """How the text writes numeric dates, from the ones that can only be read one way: "dmy" (a day above 12
    first, or dots: 18/03/2024, 11.05.2024), "mdy" (03/18/2024), or None (no evidence, or both)."""
    day_first = month_first = False
    for m in re.finditer(_NUMERIC, text):
        a, b = int(m["a"]), int(m["b"])
        if b > 12 and a <= 12:
            month_first = True
        elif a > 12 or m["sep"] == ".":
            day_first = True
    if day_first != month_first:
        return "dmy" if day_first else "mdy"
    return None


PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"\b(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})\b")),
    ("numeric", re.compile(_NUMERIC)),
    ("mdy", re.compile(
        rf"\b{_WD_PREFIX}(?P<mon>{MONTH_RE})\s+(?P<d>{DAY_RE})\b{_NOT_TIME}{_YEAR_SUFFIX}\b{_NOT_TIME}"
    )),
    ("dmy", re.compile(
        rf"\b{_WD_PREFIX}(?:the\s+)?(?P<d>{DAY_RE})(?:\s+of)?\s+(?P<mon>{MONTH_RE})(?![a-z]){_YEAR_SUFFIX}\b"
    )),
    ("my", re.compile(
        rf"(?:\b(?P<mod>early|mid|late|the end of|the beginning of|the start of)[\s-]+)?"
        rf"\b(?P<mon>{MONTH_RE})(?![a-z]),?\s+(?:of\s+)?(?P<y>{YEAR_RE})\b(?![0-9]|,[0-9])"
    )),
    ("month", re.compile(
        rf"(?P<ctx>{_ctx(MONTH_CONTEXT)})?"
        rf"(?P<mod>\b(?:earlier|later)\s+in\s+|\b(?:early|mid|late|last|next|this)[\s-]+)?"
        rf"(?P<mon>{MONTH_RE})(?![a-z])"
    )),
    # fixed-date holidays news dates attacks by ("the Christmas Eve raids", "a New Year's Day shooting")
    ("holiday", re.compile(rf"\b(?P<h>{HOLIDAY_RE})\b{_YEAR_SUFFIX}\b{_NOT_TIME}")),
    ("feast", re.compile(rf"\b(?P<o>(?:Orthodox|Coptic)\s+)?(?P<f>{FEAST_RE})\b(?! Agreement| Accords?)"
                         rf"{_YEAR_SUFFIX}\b{_NOT_TIME}")),
    ("decade", re.compile(
        r"\b(?:the\s+)?(?P<mod>(?:early|mid|late)[\s-]+)?(?P<y>1[0-9]{2}0|20[0-9]0)s\b"
    )),
    ("year_range", re.compile(r"\b(?P<y>(?:1[89]|20)[0-9]{2})\s?[-–]\s?(?P<y2>(?:1[89]|20)?[0-9]{2})\b(?![-–0-9])")),
    ("year", re.compile(
        rf"(?P<ctx>{_ctx(YEAR_CONTEXT)}|\bmid-)(?P<y>[0-9]{{4}})\b(?![-–.,]?[0-9])(?!\s*(?:people|%|percent))"
    )),
    ("ordinal", re.compile(
        r"\b(?:on|by|until|since|from|before|after)\s+(?P<core>the\s+(?P<d>[0-9]{1,2})(?:st|nd|rd|th))\b"
        r"(?=\s*[.,;:)]|\s*$|\s+(?:and|or|when|at|in)\b)"
    )),
    ("weekday", re.compile(
        rf"\b(?:(?P<mod>(?i:last|next|this|past|coming|late|early))\s+)?(?P<wd>{WEEKDAY_RE})"
        rf"(?:\s+{PART_OF_DAY_RE})?\b(?!s\b)"
    )),
    ("deictic", re.compile(
        r"\b(?P<w>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Tt]his (?:morning|afternoon|evening)|"
        r"[Ll]ast night|the day before yesterday|the day after tomorrow)\b"
    )),
    # "the previous afternoon", "the following day": a day next to another the sentence names
    ("next_day", re.compile(
        r"\b[Tt]he\s+(?P<dir>previous|following|next)\s+(?:day|night|morning|afternoon|evening)\b"
    )),
    ("unit", re.compile(
        r"\b(?P<mod>(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+(?:this|last|next)|[Tt]his|[Ll]ast|[Nn]ext|"
        r"[Pp]ast|[Pp]revious|[Cc]oming|[Tt]he\s+(?:past|last|previous|coming))"
        r"\s+(?P<u>week|weekend|month|year|decade|summer|winter|spring|autumn|fall)\b(?!-)"
    )),
    # "over the weekend", "the weekend shelling": in news, the latest weekend (a bare "the week" or "the
    # month" is too often "the month of Ramadan")
    ("unit", re.compile(r"\b(?P<mod>[Tt]he)\s+(?P<u>weekend)\b(?!-)")),
    ("stretch", re.compile(
        rf"\b(?:the\s+)?(?P<mod>past|last|next|coming|previous|recent)\s+(?P<n>{NUMBER_RE}\s+)?"
        rf"(?P<u>{UNIT_RE})\b"
    )),
    ("ago", re.compile(
        rf"\b(?P<n>(?i:{NUMBER_RE}))\s+(?P<u>hours?|{UNIT_RE})\s+(?P<dir>ago|earlier|later|before|after)\b"
    )),
    ("floating", re.compile(
        r"\b(?P<w>(?:[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears)\s+(?:later|earlier)|"
        r"[Tt]he\s+(?:day|week|month|year)\s+(?:before|after)|"
        r"[Tt]he\s+(?:next|following|previous)\s+(?:day|week|month|year|morning|night)|"
        rf"[Tt]he\s+(?:first|second|third|fourth|last)\s+{WEEKDAY_RE}\s+(?:in|of)\s+{MONTH_RE})\b"
    )),
    ("season", re.compile(
        r"\b(?:[Tt]he\s+)?(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\s+of)?\s+(?P<y>[0-9]{4})\b"
    )),
    ("the_season", re.compile(r"\b(?:over|in|during|through|since)\s+(?P<core>the\s+(?P<s>spring|summer|autumn|winter))\b")),
    ("ahead", re.compile(r"\b[Tt]he\s+(?P<u>week|month|year)\s+ahead\b")),
    ("in_week", re.compile(r"\b(?P<mod>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+in\s+the\s+(?P<u>week|month|year)\b")),
    ("in_week", re.compile(r"\b[Aa]t\s+the\s+(?:start|beginning|end)\s+of\s+the\s+(?P<u>week|month)\b")),
    ("timeline_year", re.compile(r"^[ \t]*(?P<y>[0-9]{4})(?=\s+[-–—]\s)", re.MULTILINE)),
    ("vague", re.compile(
        r"\b(?:the\s+)?(?P<w>(?:[Cc]oming|[Nn]ext|[Pp]ast|[Ll]ast|[Pp]revious)\s+(?:[0-9]+\s+hours|days|weeks|months|years)|"
        r"(?<=in )(?:years|decades|months|weeks)(?=[ .,;]))\b"
    )),
    ("recent", re.compile(r"\b(?:in\s+)?recent\s+(?P<u>days|weeks|months|years)\b")),
    ("duration", re.compile(
        rf"\bfor\s+(?:(?:more than|nearly|almost|about|over|at least|up to|some|the)\s+)?"
        rf"(?:(?P<n>{NUMBER_RE})\s+)?(?P<u>hours?|{UNIT_RE}|long time)\b(?!\s+(?:ago|old))"
    )),
)

FULL_MONTHS = frozenset(m for m, _ in zip(MONTHS, range(12)))


def _number(raw: str | None) -> int | None:
    if raw is None:
        return 1
    raw = raw.strip().lower()
    if raw in VAGUE_QUANTITIES:
        return None
    if raw.isdigit():
        return int(raw)
    return NUMBER_WORDS.get(raw)


def _month(raw: str) -> int:
    return MONTHS[raw.rstrip(".").lower()]


def _day(raw: str) -> int:
    return int(re.sub(r"[a-z]+$", "", raw))


def check_date(year: int | None, month: int | None, day: int | None) -> str | None:
    """Why these parts cannot form a date, or None when they can."""
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return f"year {year} is outside {MIN_YEAR}-{MAX_YEAR}"
    if month is not None and not 1 <= month <= 12:
        return f"there is no month {month}"
    if day is not None:
        if day < 1 or day > 31:
            return f"there is no day {day} in any month"
        if month is not None:
            last = calendar.monthrange(year if year is not None else 2000, month)[1]
            if day > last:
                return f"{calendar.month_name[month]} has no day {day}"
    return None


def _parse(kind: str, m: re.Match[str], text: str) -> Mention | Rejection | None:
    """Turn one pattern match into a Mention (or a Rejection, or None when it is not a date here)."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    if kind == "iso":
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        return _dated(start, end, text, y, mo, d)
    if kind == "numeric":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        if a > 12 or b > 12:  # only one reading is a date
            return _dated(start, end, text, y, *((b, a) if a > 12 else (a, b)))
        # the text's own unambiguous dates decide; else dots and dashes are day first (European and most of
        # the world); else a slash date stays month first and may be swapped against the document date
        order = numeric_order(text) or ("dmy" if g["sep"] != "/" else None)
        found = _dated(start, end, text, y, *((b, a) if order == "dmy" else (a, b)))
        if order is None and a != b and isinstance(found, Mention):
            return dataclasses.replace(found, swappable=True)
        return found
    if kind in ("mdy", "dmy"):
        y = int(g["y"]) if g.get("y") else None
        return _dated(start, end, text, y, _month(g["mon"]), _day(g["d"]))
    if kind == "holiday":
        mo, d = HOLIDAYS[g["h"].lower().replace("\u2019", "'")]
        return _dated(start, end, text, int(g["y"]) if g.get("y") else None, mo, d)
    if kind == "feast":
        return Mention(start, end, text[start:end], "feast", year=int(g["y"]) if g.get("y") else None,
                       offset=FEASTS[g["f"].lower()], modifier="orthodox" if g.get("o") else None)
    if kind == "my":
        mod = _modifier(g.get("mod"))
        return _dated(start, end, text, int(g["y"]), _month(g["mon"]), None, modifier=mod)
    if kind == "month":
        mon = g["mon"]
        ctx = (g.get("ctx") or "").strip().rstrip("-").lower()
        mod = (g.get("mod") or "").strip().rstrip("-").lower() or None
        allowed = MAY_CONTEXT if mon.rstrip(".").lower() == "may" else MONTH_CONTEXT
        if mod is None and ctx not in allowed:
            return None
        if "." in mon or mon.lower() not in FULL_MONTHS:
            return None  # a lone abbreviation ("Jan", "Dec.") is too often a name
        s = m.start("mod") if g.get("mod") else m.start("mon")
        return Mention(s, end, text[s:end], "date", month=_month(mon), modifier=_modifier(mod))
    if kind == "decade":
        s = m.start()
        return Mention(s, end, text[s:end], "decade", year=int(g["y"]), modifier=_modifier(g.get("mod")))
    if kind == "year_range":
        y1, raw2 = int(g["y"]), g["y2"]
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
        if not 0 < y2 - y1 <= 100:
            return None
        upto = Mention(m.start("y2"), end, raw2, "date", year=y2)
        return Mention(start, end, text[start:end], "range", year=y1, upto=upto)
    if kind == "year":
        y = int(g["y"])
        s = m.start("y") if (g.get("ctx") or "").strip().lower() not in ("mid-",) else m.start()
        if (g.get("ctx") or "").strip().lower() == "the" and not 1900 <= y <= 2099:
            return None
        reason = check_date(y, None, None)
        if reason:
            return Rejection(s, end, text[s:end], reason)
        return Mention(s, end, text[s:end], "date", year=y)
    if kind == "ordinal":
        d = int(g["d"])
        s, e = m.start("core"), m.end("core")
        reason = check_date(None, None, d)
        if reason:
            return Rejection(s, e, text[s:e], reason)
        return Mention(s, e, text[s:e], "date", day=d)
    if kind == "weekday":
        if re.match(r"\s+[A-Z][a-z]", text[end:end + 3]) and not re.match(r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
                                                                          r"Aug|Sep|Oct|Nov|Dec)", text[end:]):
            return None  # "Sunday Times", "Friday Prayers": part of a name
        mod = (g.get("mod") or "").lower() or None
        if mod in ("late", "early"):
            mod = None
        s = m.start("mod") if mod else m.start("wd")
        return Mention(s, end, text[s:end], "weekday", weekday=WEEKDAYS[g["wd"].lower()], modifier=mod)
    if kind == "deictic":
        w = g["w"].lower()
        if w == "today" and text[max(0, start - 4):start].lower() == "usa ":
            return None
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1, "the day before yesterday": -2,
                  "the day after tomorrow": 2}.get(w, 0)
        return Mention(start, end, text[start:end], "deictic", offset=offset)
    if kind == "next_day":
        direction = "previous" if g["dir"].lower() == "previous" else "following"
        return Mention(start, end, text[start:end], "floating", modifier=direction, unit="day", count=1)
    if kind == "unit":
        mod = re.sub(r"\s+", " ", g["mod"].lower())
        unit = g["u"].lower()
        if mod.startswith("the "):
            mod = "past" if mod[4:] in ("past", "last", "previous") else "next"
            kind = "stretch"
            return Mention(start, end, text[start:end], kind, modifier=mod, unit=UNITS.get(unit, unit), count=1)
        mod = {"previous": "last", "coming": "next"}.get(mod, mod)
        if mod == "past":
            return Mention(start, end, text[start:end], "stretch", modifier="past",
                           unit=UNITS.get(unit, unit), count=1)
        return Mention(start, end, text[start:end], "unit", modifier=mod,
                       unit=unit if unit in SEASONS else UNITS[unit])
    if kind == "stretch":
        mod = g["mod"].lower()
        if g.get("n") is None and mod != "recent":
            return None  # "the past year" is matched by the unit pattern; "last days" is not a date
        count = _number(g.get("n")) if mod != "recent" else None
        direction = "next" if mod in ("next", "coming") else "past"
        return Mention(start, end, text[start:end], "stretch", modifier=direction,
                       unit=UNITS[g["u"].lower()], count=count)
    if kind == "ago":
        count = _number(g["n"])
        unit = UNITS[g["u"].lower()]
        k = "ago" if g["dir"].lower() == "ago" else "floating"
        return Mention(start, end, text[start:end], k, unit=unit, count=count)
    if kind == "recent":
        return Mention(start, end, text[start:end], "stretch", modifier="past",
                       unit=UNITS[g["u"].lower()], count=None)
    if kind == "floating" or kind == "vague":
        return Mention(start, end, text[start:end], "floating")
    if kind in ("season", "the_season"):
        s0, e0 = (m.start("core"), m.end("core")) if g.get("core") else (start, end)
        season = g["s"].lower()
        year = int(g["y"]) if g.get("y") else None
        if year is not None:
            reason = check_date(year, None, None)
            if reason:
                return Rejection(s0, e0, text[s0:e0], reason)
        return Mention(s0, e0, text[s0:e0], "season", year=year, unit="autumn" if season == "fall" else season)
    if kind == "ahead":
        return Mention(start, end, text[start:end], "unit", modifier="next", unit=g["u"].lower())
    if kind == "in_week":
        return Mention(start, end, text[start:end], "unit", modifier="this", unit=g["u"].lower())
    if kind == "timeline_year":
        s0 = m.start("y")
        y = int(g["y"])
        reason = check_date(y, None, None)
        if reason:
            return Rejection(s0, end, text[s0:end], reason)
        return Mention(s0, end, text[s0:end], "date", year=y)
    if kind == "duration":
        return Mention(start, end, text[start:end], "duration", unit=UNITS.get(g["u"].lower(), "time"),
                       count=_number(g.get("n")))
    return None


def _modifier(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = re.sub(r"\s+", " ", raw.strip().rstrip("-").lower())
    return {"the end of": "late", "the beginning of": "early", "the start of": "early",
            "earlier in": "early", "later in": "late"}.get(raw, raw)


def _dated(start: int, end: int, text: str, year: int | None, month: int | None, day: int | None,
           *, modifier: str | None = None) -> Mention | Rejection:
    reason = check_date(year, month, day)
    if reason:
        return Rejection(start, end, text[start:end], reason)
    return Mention(start, end, text[start:end], "date", year=year, month=month, day=day, modifier=modifier)


_RANGE_LINK = re.compile(r"^,?\s*(?:to|and|until|till|through|-|–|—)\s*$")
_RANGE_OPEN = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+$")


def _merge_ranges(found: list[Mention], text: str) -> list[Mention]:
    """Join "from X to Y" and "between X and Y" into one range mention."""
    out: list[Mention] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            if (a.kind == b.kind == "date" and _RANGE_LINK.match(text[a.end:b.start])
                    and _RANGE_OPEN.search(text[max(0, a.start - 10):a.start])):
                if a.year is None and b.year is not None and a.month is not None:
                    a = Mention(a.start, a.end, a.text, "date", year=b.year, month=a.month, day=a.day,
                                modifier=a.modifier)
                out.append(Mention(a.start, b.end, text[a.start:b.end], "range", year=a.year, month=a.month,
                                   day=a.day, modifier=a.modifier, upto=b, swappable=a.swappable and b.swappable))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def find(text: str) -> tuple[list[Mention], list[Rejection]]:
    """All time expressions in the text (longest match wins where they overlap), and the rejected ones."""
    mentions, rejections = _find_cached(text)
    return list(mentions), list(rejections)


@functools.lru_cache(maxsize=16)
def _find_cached(text: str) -> tuple[tuple[Mention, ...], tuple[Rejection, ...]]:
    """Cached: the document date and the time expressions of one text are found from the same scan."""
    mentions, rejections = _find(text)
    return tuple(mentions), tuple(rejections)


# A word or character each kind's matches must contain: a line without it is not scanned for that kind.
# Twenty-odd patterns over a whole article cost more than the rest of the dating; most lines of an
# article hold no month name, no weekday and no four-digit number, so most scans are skipped.
_GATES: dict[str, re.Pattern[str]] = {kind: re.compile(gate) for kind, gate in {
    "iso": r"[0-9]{4}-[0-9]{2}-", "numeric": r"[0-9](?:/|\.|-)[0-9]", "mdy": MONTH_RE, "dmy": MONTH_RE, "my": MONTH_RE,
    "month": MONTH_RE, "decade": r"[0-9]0s\b", "year": r"[0-9]{4}", "ordinal": r"[0-9](?:st|nd|rd|th)\b",
    "weekday": WEEKDAY_RE, "holiday": r"Christmas|Boxing|New Year|Valentine|Halloween",
    "feast": r"Easter|Palm Sunday|Good Friday|Holy Saturday|Maundy Thursday|Holy Thursday", "season": r"[0-9]{4}",
    "the_season": r"spring|summer|autumn|winter",
    # (the units written out in one alternation, not a group inside one: the engine then skips to the letters
    # they start with; the same words in the same order)
    "ago": r"(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|later|before|after)\b", "ahead": r"ahead",
    "vague": r"hours|days|weeks|months|years|decades", "recent": r"recent",
}.items()}  # kinds without a gate (common words, or a slow gate) scan the whole text


# gates whose matches hold no line break (no \s, no ".", no negated class): all but "ago"
_ONE_LINE_GATES = frozenset(g.pattern for g in _GATES.values()
                            if "\\s" not in g.pattern and "[^" not in g.pattern and "\n" not in g.pattern
                            and not re.search(r"(?<!\\)\.", g.pattern))


def _regions(text: str, gate: re.Pattern[str] | None, starts: list[int]) -> list[tuple[int, int, int]]:
    """(scan from, keep matches starting before, scan to) for the runs of lines worth scanning.

    A line is worth scanning when it or the next one holds the gate word: a match may run on into the
    next line (hard-wrapped text breaks "23\nDecember"), so a run is scanned one line past its end.
    `starts` holds the offset of each line.
    """
    if gate is None:
        return [(0, len(text), len(text))]
    wanted: set[int] = set()
    if gate.pattern in _ONE_LINE_GATES:
        # a gate that cannot match a line break: after a match, the next one that can add a line starts on the
        # next line (the matches of the rest of this line add nothing), so the search goes on from there
        last = len(starts) - 1
        pos = 0
        search = gate.search
        while (m := search(text, pos)) is not None:
            line = bisect.bisect_right(starts, m.start()) - 1
            wanted.update((line - 1, line))
            if line >= last:
                break
            pos = max(m.end(), starts[line + 1])
    else:
        for m in gate.finditer(text):
            line = bisect.bisect_right(starts, m.start()) - 1
            wanted.update((line - 1, line))
    out: list[tuple[int, int, int]] = []
    for line in sorted(w for w in wanted if w >= 0):
        keep_to = starts[line + 1] if line + 1 < len(starts) else len(text)
        scan_to = starts[line + 2] if line + 2 < len(starts) else len(text)
        if out and out[-1][1] == starts[line]:
            out[-1] = (out[-1][0], keep_to, scan_to)
        else:
            out.append((starts[line], keep_to, scan_to))
    return out


_NEWLINE = re.compile("\n")

# For the patterns no line gate narrows (they scan the whole text): words or short patterns every one of
# their matches contains, looked for once in the whole text; a text without any of them is not scanned
# with that pattern (most of these patterns start with \b and an alternation, which the regex engine tries
# at every position, while these gates are found by a fast literal search). Same matches either way.
_TEXT_GATES: dict[re.Pattern[str], tuple[tuple[str, ...], tuple[re.Pattern[str], ...]]] = {}


def _text_gate(kind: str, n: int, words: tuple[str, ...], patterns: tuple[str, ...] = ()) -> None:
    """Gate the n-th pattern of the kind (in PATTERNS order) by words and patterns its matches contain."""
    pattern = [p for k, p in PATTERNS if k == kind][n]
    _TEXT_GATES[pattern] = (words, tuple(re.compile(g) for g in patterns))


_text_gate("year_range", 0, (), (r"[0-9]{2}\s?[-–]\s?[0-9]{2}",))
_text_gate("deictic", 0, ("oday", "esterday", "omorrow", "onight", "ast night", "his morning", "his afternoon",
                          "his evening"))
_text_gate("next_day", 0, (), (r"he\s+(?:previous|following|next)\s+(?:day|night|morning|afternoon|evening)",))
_text_gate("unit", 1, ("weekend",))
_text_gate("floating", 0, (), (
    r"s\s+(?:later|earlier)", r"he\s+(?:(?:day|week|month|year)\s+(?:before|after)|(?:next|following|previous)\s+"
    r"(?:day|week|month|year|morning|night)|(?:first|second|third|fourth|last)\s)",))
_text_gate("in_week", 0, (), (r"in\s+the\s+(?:week|month|year)",))
_text_gate("in_week", 1, (), (r"of\s+the\s+(?:week|month)",))
_text_gate("timeline_year", 0, (), (r"[0-9]{4}\s+[-–—]\s",))
_text_gate("duration", 0, (), (
    rf"for\s+(?:(?:more than|nearly|almost|about|over|at least|up to|some|the)\s+)?"
    rf"(?:(?:{NUMBER_RE})\s+)?(?:hours?|{UNIT_RE}|long time)",))


def _gated_out(pattern: re.Pattern[str], text: str) -> bool:
    """True when the text holds none of the pattern's text gates (so the pattern cannot match in it)."""
    gate = _TEXT_GATES.get(pattern)
    if gate is None:
        return False
    words, patterns = gate
    return not (any(w in text for w in words) or any(g.search(text) for g in patterns))


def _find(text: str) -> tuple[list[Mention], list[Rejection]]:
    """Every pattern over the runs of lines that hold its gate word (see _regions)."""
    raw: list[Mention | Rejection] = []
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    regions: dict[re.Pattern[str] | None, list[tuple[int, int, int]]] = {}  # kinds share gates (a month name)
    for kind, pattern in PATTERNS:
        if _gated_out(pattern, text):
            continue
        gate = _GATES.get(kind)
        if gate not in regions:
            regions[gate] = _regions(text, gate, starts)
        for start, keep_to, scan_to in regions[gate]:
            for m in pattern.finditer(text, start, scan_to):
                if m.start() >= keep_to:
                    break
                item = _parse(kind, m, text)
                if item is not None:
                    raw.append(item)
    kept: list[Mention | Rejection] = []
    for item in sorted(raw, key=lambda x: (-(x.end - x.start), x.start)):
        if all(item.end <= k.start or item.start >= k.end for k in kept):
            kept.append(item)
    kept.sort(key=lambda x: x.start)
    mentions = [k for k in kept if isinstance(k, Mention)]
    rejections = [k for k in kept if isinstance(k, Rejection)]
    return _merge_ranges(mentions, text), rejections
