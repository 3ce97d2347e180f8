"""Word tables and regular-expression pieces that the time-expression finder is built from."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2, "couple of": 2,
}

# Words of quantity that name no number: the expression is kept but its value stays null.
VAGUE_QUANTITIES: frozenset[str] = frozenset({"few", "a few", "several", "many", "some", "recent"})

UNITS: dict[str, str] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
    "year": "year", "years": "year", "decade": "decade", "decades": "decade",
    "hour": "hour", "hours": "hour", "weekend": "weekend", "century": "century",
}

SEASONS: frozenset[str] = frozenset({"spring", "summer", "autumn", "fall", "winter"})


def _month_alternation() -> str:
    """Month names in Title case or capitals; abbreviations take an optional full stop."""
    full = [m for m in MONTHS if len(m) > 4 or m in {"may", "june", "july"}]
    abbr = [m for m in MONTHS if m not in full]
    forms = [m.title() for m in full] + [m.upper() for m in full]
    forms += [a.title() + r"\.?" for a in abbr] + [a.upper() + r"\.?" for a in abbr]
    forms.sort(key=len, reverse=True)
    return "(?:" + "|".join(forms) + ")"


def _weekday_alternation() -> str:
    forms = [w.title() for w in WEEKDAYS] + [w.upper() for w in WEEKDAYS]
    return "(?:" + "|".join(forms) + ")"


MONTH_RE = _month_alternation()
WEEKDAY_RE = _weekday_alternation()
# A plain day of the month (1-99 so that impossible days are seen and rejected, not skipped).
DAY_RE = r"[0-9]{1,2}(?:st|nd|rd|th)?"
YEAR_RE = r"[0-9]{4}"
NUMBER_RE = (
    r"(?:[0-9]+|a couple of|couple of|a few|few|several|many|"
    + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
    + ")"
)
UNIT_RE = r"(?:days?|weeks?|months?|years?|decades?)"

# Words after which a bare month name ("in September") or year ("since 2007") is a date.
MONTH_CONTEXT = (
    "in", "since", "by", "until", "till", "through", "during", "from", "between", "of", "before",
    "after", "on", "last", "next", "early", "late", "mid", "and", "to", "or", "this", "that",
)
# "May" is also a modal verb and a surname: it needs a narrower context.
MAY_CONTEXT = ("in", "since", "by", "until", "till", "through", "during", "from", "between", "of",
               "before", "after", "last", "next", "early", "late", "mid", "this")
YEAR_CONTEXT = (
    "in", "since", "by", "until", "till", "through", "during", "from", "between", "and", "to", "of",
    "before", "after", "early", "late", "mid", "year", "the", "until", "around", "circa", "fiscal",
)
PART_OF_DAY_RE = r"(?:morning|afternoon|evening|night)"

# Years outside this window are rejected as absurd (a typo or not a year at all).
MIN_YEAR = 1000
MAX_YEAR = 2100
