"""Turn a found time expression into a calendar value, relative to the document date and the tense."""

from __future__ import annotations

import calendar
import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from newsevents.extract.times_detect import Mention

SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
}


@dataclass(frozen=True)
class Resolved:
    """The calendar value of one expression: first day, precision, last day of a period, and how."""

    value: str | None
    precision: str | None  # day | week | month | year (null where unresolved)
    end: str | None
    how: str  # absolute | partial | relative | duration


def _iso(d: date) -> str:
    return d.isoformat()


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _shift_months(y: int, m: int, delta: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + delta
    return idx // 12, idx % 12 + 1


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int | None, anchor: date, future: bool) -> int:
    """The year that puts month(/day) on the right side of the anchor: past tense at or before it."""
    key = (month, day or 1)
    here = (anchor.month, anchor.day if day else 1)
    if future:
        return anchor.year if key >= here else anchor.year + 1
    return anchor.year if key <= here else anchor.year - 1


def _date_mention(m: Mention, anchor: date | None, future: bool) -> Resolved:
    how = "absolute" if m.year is not None else "partial"
    if m.year is None and anchor is None:
        return Resolved(None, None, None, how)
    if m.month is None and m.day is None:  # a year
        return Resolved(_iso(date(m.year, 1, 1)), "year", None, how)  # type: ignore[arg-type]
    if m.month is None:  # "on the 4th": a day of the document's month
        assert anchor is not None
        y, mo = anchor.year, anchor.month
        if (m.day or 1) > anchor.day and not future:
            y, mo = _shift_months(y, mo, -1)
        elif (m.day or 1) < anchor.day and future:
            y, mo = _shift_months(y, mo, 1)
        d = _safe(y, mo, m.day or 1)
        return Resolved(_iso(d) if d else None, "day" if d else None, None, how)
    year = m.year if m.year is not None else _year_for(m.month, m.day, anchor, future)  # type: ignore[arg-type]
    if m.day is None:
        if m.modifier == "last" and m.year is None and anchor is not None:
            year = anchor.year - 1 if m.month >= anchor.month else anchor.year
        elif m.modifier == "next" and m.year is None and anchor is not None:
            year = anchor.year + 1 if m.month <= anchor.month else anchor.year
        return Resolved(_iso(date(year, m.month, 1)), "month", None, how)
    d = _safe(year, m.month, m.day)
    if d is None:  # 29 February in a year without it, once the year was guessed
        return Resolved(None, None, None, how)
    return Resolved(_iso(d), "day", None, how)


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _weekday(m: Mention, anchor: date, future: bool) -> Resolved:
    wd = m.weekday or 0
    if m.modifier == "this":
        d = _week_start(anchor) + timedelta(days=wd)
    elif m.modifier == "last" or m.modifier == "past":
        # the most recent one at least two days back: "last Thursday" in a Sunday story is three days earlier (not
        # ten, as "last week's Thursday" would have it), in a Friday story eight (yesterday would be "Thursday")
        back = (anchor.weekday() - wd) % 7
        d = anchor - timedelta(days=back + 7 if back < 2 else back)
    elif m.modifier in ("next", "coming"):
        d = anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    elif future:
        d = anchor + timedelta(days=(wd - anchor.weekday()) % 7)
    else:
        d = anchor - timedelta(days=(anchor.weekday() - wd) % 7)
    return Resolved(_iso(d), "day", None, "relative")


def _unit(m: Mention, anchor: date) -> Resolved:
    mod, unit = m.modifier or "this", m.unit or ""
    step = {"last": -1, "next": 1}.get(mod.split()[-1], 0)
    if unit == "week":
        start = _week_start(anchor) + timedelta(weeks=step)
        return Resolved(_iso(start), "week", _iso(start + timedelta(days=6)), "relative")
    if unit == "weekend":
        sat = _week_start(anchor) + timedelta(days=5)
        if step == 0 and anchor < sat:
            sat -= timedelta(weeks=1)  # "this weekend" said on a Wednesday of a past-tense story
        sat += timedelta(weeks=step)
        return Resolved(_iso(sat), "day", _iso(sat + timedelta(days=1)), "relative")
    if unit == "month":
        y, mo = _shift_months(anchor.year, anchor.month, step)
        return Resolved(_iso(date(y, mo, 1)), "month", None, "relative")
    if unit == "year":
        return Resolved(_iso(date(anchor.year + step, 1, 1)), "year", None, "relative")
    if unit == "decade":
        y = (anchor.year // 10 + step) * 10
        return Resolved(_iso(date(y, 1, 1)), "year", _iso(date(y + 9, 12, 31)), "relative")
    if unit in SEASON_MONTHS:
        first, last = SEASON_MONTHS[unit]
        y = anchor.year + step
        if step == 0 and (anchor.month, 1) < (first, 1) and unit != "winter":
            y -= 1  # "this summer" in a story from January means the one before
        end_year = y + 1 if last < first else y
        return Resolved(_iso(date(y, first, 1)), "month", _iso(_month_end(end_year, last)), "relative")
    return Resolved(None, None, None, "relative")


def _back(anchor: date, unit: str, n: int) -> tuple[date, str]:
    if unit == "day":
        return anchor - timedelta(days=n), "day"
    if unit == "week":
        return anchor - timedelta(weeks=n), "week"
    if unit == "month":
        y, mo = _shift_months(anchor.year, anchor.month, -n)
        return date(y, mo, 1), "month"
    if unit == "decade":
        return date(anchor.year - 10 * n, 1, 1), "year"
    return date(anchor.year - n, 1, 1), "year"


def _move(anchor: date, unit: str, n: int) -> date:
    """The anchor moved n units (negative: back), keeping the day of the month where it exists."""
    if unit in ("day", "week"):
        return anchor + timedelta(days=n * (7 if unit == "week" else 1))
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    y, mo = _shift_months(anchor.year, anchor.month, months)
    return date(y, mo, min(anchor.day, calendar.monthrange(y, mo)[1]))


def _stretch(m: Mention, anchor: date) -> Resolved:
    """'the past two years', 'the next few weeks': a period running from or to the document date."""
    if m.count is None or m.unit not in ("day", "week", "month", "year", "decade"):
        return Resolved(None, None, None, "relative")
    if m.modifier == "next":
        return Resolved(_iso(anchor), "day", _iso(_move(anchor, m.unit, m.count)), "relative")
    return Resolved(_iso(_move(anchor, m.unit, -m.count)), "day", _iso(anchor), "relative")


def _season(m: Mention, anchor: date | None) -> Resolved:
    first, last = SEASON_MONTHS[m.unit or "summer"]
    if m.year is not None:
        y, how = m.year, "absolute"
    elif anchor is not None:
        y, how = anchor.year, "relative"
        if (anchor.month, 1) < (first, 1) and m.unit != "winter":
            y -= 1  # "over the summer" in a story from April: last year's
    else:
        return Resolved(None, None, None, "relative")
    end_year = y + 1 if last < first else y
    return Resolved(_iso(date(y, first, 1)), "month", _iso(_month_end(end_year, last)), how)


def _feast(m: Mention, anchor: date | None, future: bool) -> Resolved:
    """A moveable feast ("Palm Sunday", "Orthodox Easter"): its day in the stated year, else the one on the tense's
    side of the anchor (past tense: the latest on or before it)."""
    method = EASTER_ORTHODOX if m.modifier == "orthodox" else EASTER_WESTERN

    def day(year: int) -> date:
        return easter(year, method) + timedelta(days=m.offset or 0)

    if m.year is not None:
        return Resolved(_iso(day(m.year)), "day", None, "absolute")
    if anchor is None:
        return Resolved(None, None, None, "partial")
    year = anchor.year
    if not future and day(year) > anchor:
        year -= 1
    elif future and day(year) < anchor:
        year += 1
    return Resolved(_iso(day(year)), "day", None, "partial")


def resolve(m: Mention, anchor: date | None, *, future: bool = False) -> Resolved:
    """The calendar value of a mention; relative ones need the anchor (document date), else stay null."""
    if m.kind == "date":
        return _date_mention(m, anchor, future)
    if m.kind == "decade":
        y = m.year or 0
        return Resolved(_iso(date(y, 1, 1)), "year", _iso(date(y + 9, 12, 31)), "absolute")
    if m.kind == "range":
        first = _date_mention(dataclasses.replace(m, kind="date", upto=None), anchor, future)
        assert m.upto is not None
        second = _date_mention(m.upto, anchor, future)
        end = second.value
        if end is not None and second.precision == "month":
            d = date.fromisoformat(end)
            end = _iso(_month_end(d.year, d.month))
        elif end is not None and second.precision == "year":
            end = end[:4] + "-12-31"
        return Resolved(first.value, first.precision, end, first.how)
    if m.kind == "season":
        return _season(m, anchor)
    if m.kind == "feast":
        return _feast(m, anchor, future)
    if m.kind == "duration":
        return Resolved(None, None, None, "duration")
    if m.kind == "floating" or anchor is None:
        return Resolved(None, None, None, "relative")
    if m.kind == "weekday":
        return _weekday(m, anchor, future)
    if m.kind == "deictic":
        return Resolved(_iso(anchor + timedelta(days=m.offset or 0)), "day", None, "relative")
    if m.kind == "unit":
        return _unit(m, anchor)
    if m.kind == "stretch":
        return _stretch(m, anchor)
    if m.kind == "ago":
        if m.count is None or m.unit not in ("day", "week", "month", "year", "decade"):
            return Resolved(None, None, None, "relative")
        d, precision = _back(anchor, m.unit, m.count)
        if precision == "week":
            d = _week_start(d)
        return Resolved(_iso(d), precision, None, "relative")
    return Resolved(None, None, None, "relative")
