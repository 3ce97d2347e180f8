"""Tests for date resolution: document dates, time expressions and event dates."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import spacy

from newsevents.extract import times
from newsevents.extract.times_detect import find
from newsevents.models import DateValue, TimeExpr

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"
WED_2014_12_24 = DateValue("2014-12-24", "day", "metadata")


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def _times(nlp, text: str, published: DateValue | None = WED_2014_12_24) -> list[TimeExpr]:
    return times.run(nlp(text), doc_id="t", published=published)


def _one(nlp, text: str, published: DateValue | None = WED_2014_12_24) -> TimeExpr:
    found = _times(nlp, text, published)
    assert len(found) == 1, found
    return found[0]


# --- time expressions ---------------------------------------------------------------------------


def test_dates_resolve_weekday_to_past(blank):
    t = _one(blank, "The video was released Friday by the group.")
    assert (t.text, t.value, t.precision, t.how) == ("Friday", "2014-12-19", "day", "relative")


def test_dates_weekday_on_the_document_day_is_that_day(blank):
    t = _one(blank, "He was shot on Wednesday.")
    assert t.value == "2014-12-24"


def test_dates_last_weekday_is_the_latest_at_least_two_days_back(blank):
    assert _one(blank, "Police arrested two men last Thursday.").value == "2014-12-18"
    friday = DateValue("2016-12-16", "day", "metadata")  # yesterday would be "Thursday": last week's
    assert _one(blank, "Police arrested two men last Thursday.", friday).value == "2016-12-08"
    sunday = DateValue("2023-08-13", "day", "metadata")  # three days back, not the Thursday of the week before
    assert _one(blank, "Funerals were held after last Thursday's ambush.", sunday).value == "2023-08-10"
    friday = DateValue("2022-09-30", "day", "metadata")
    assert _one(blank, "Food ran out after last Monday's attack.", friday).value == "2022-09-26"


def test_dates_earlier_this_month(blank):
    t = _one(blank, "Militants attacked Grozny earlier this month.")
    assert (t.value, t.precision) == ("2014-12-01", "month")


def test_dates_last_year(blank):
    t = _one(blank, "The group was formed last year.")
    assert (t.value, t.precision) == ("2013-01-01", "year")


def test_dates_three_days_ago(blank):
    t = _one(blank, "Three people died three days ago.")
    assert (t.value, t.precision) == ("2014-12-21", "day")


def test_dates_this_week_is_the_documents_week(blank):
    t = _one(blank, "An editorial this week noted the attack.")
    assert (t.value, t.precision, t.end) == ("2014-12-22", "week", "2014-12-28")


def test_dates_next_week_is_in_the_future(blank):
    t = _one(blank, "The talks will resume next week.")
    assert (t.value, t.precision) == ("2014-12-29", "week")
    assert t.value > WED_2014_12_24.value


def test_dates_partial_date_takes_the_year_before_the_document(blank):
    t = _one(blank, "the December 4 attack in Grozny", DateValue("2014-12-20", "month", "inferred"))
    assert (t.value, t.precision, t.how) == ("2014-12-04", "day", "partial")
    later = _one(blank, "He was arrested on December 28.")
    assert later.value == "2013-12-28"  # past tense, and 28 December 2014 is after the document date


def test_dates_partial_date_takes_the_year_stated_in_its_sentence(blank):
    found = _times(blank, "In 2016, Thanksgiving is on November 24.")
    assert [t.value for t in found] == ["2016-01-01", "2016-11-24"]


def test_dates_absolute_date_ignores_the_document_date(blank):
    t = _one(blank, "In this photo released on May 4, 2015, militants pose.", None)
    assert (t.value, t.precision, t.how) == ("2015-05-04", "day", "absolute")


def test_dates_relative_expression_without_document_date_stays_null(blank):
    t = _one(blank, "The video was released Friday.", None)
    assert t.value is None and t.text == "Friday"


def test_dates_month_in_past_sentence(blank):
    t = _one(blank, "In September, ISIS released a video.")
    assert (t.value, t.precision) == ("2014-09-01", "month")


def test_dates_ranges_keep_both_ends(blank):
    years = _one(blank, "He was governor from 2011 to 2013.")
    assert (years.value, years.end, years.precision) == ("2011-01-01", "2013-12-31", "year")
    months = _one(blank, "Fighting raged between May and July 2014.")
    assert (months.value, months.end, months.precision) == ("2014-05-01", "2014-07-31", "month")
    dashed = _one(blank, "He served in Pyongyang from 2001-2006.")
    assert (dashed.value, dashed.end) == ("2001-01-01", "2006-12-31")


def test_dates_durations_are_recorded_without_value(blank):
    t = _one(blank, "Gun battles raged for hours.")
    assert (t.text, t.value, t.how) == ("for hours", None, "duration")


def test_dates_past_year_is_a_period_ending_at_the_document_date(blank):
    t = _one(blank, "Over 2,000 Russians travelled to Syria in the past year.")
    assert (t.value, t.end) == ("2013-12-24", "2014-12-24")


@pytest.mark.parametrize("text", [
    "Protesters may march now, and a second group sat down.",
    "May God protect us. March on, he said.",
    "Theresa May and officials met. They sat for a second.",
    "Over 2,000 people and 1,200 miles; 2000 soldiers.",
    "A 22-year-old man was arrested.",
])
def test_dates_dateparser_misfire_words_are_not_dates(blank, text):
    assert _times(blank, text) == []


@pytest.mark.parametrize("text,reason", [
    ("Robots will rule in the year 3000.", "year 3000"),
    ("The vote was held on February 30, 2015.", "February has no day 30"),
    ("It was signed on the 45th.", "no day 45"),
    ("The letter is dated 31 April 2016.", "April has no day 31"),
])
def test_dates_absurd_dates_are_rejected_and_logged(blank, caplog, text, reason):
    with caplog.at_level(logging.INFO, logger="newsevents.extract.times"):
        found = _times(blank, text)
    assert found == []
    assert any("E015" in r.getMessage() or "rejected" in r.getMessage() for r in caplog.records)
    assert any(reason in r.getMessage() for r in caplog.records)


def test_dates_leap_day_is_kept():
    mentions, rejections = find("It happened on February 29, 2016.")
    assert rejections == [] and (mentions[0].year, mentions[0].month, mentions[0].day) == (2016, 2, 29)


# --- document date ----------------------------------------------------------------------------


def test_document_date_from_metadata():
    d = times.document_date("Some text about May 4, 2015.", "2016-12-19T05:40:00Z")
    assert (d.value, d.precision, d.how) == ("2016-12-19", "day", "metadata")
    month = times.document_date("Text.", "2016-12")
    assert (month.value, month.precision) == ("2016-12-01", "month")


def test_document_date_bad_metadata_falls_back_to_text(caplog):
    with caplog.at_level(logging.WARNING, logger="newsevents.extract.times"):
        d = times.document_date("MOSCOW, Dec. 5, 2014 (Reuters) - Gunmen attacked.", "last Tuesday")
    assert (d.value, d.how) == ("2014-12-05", "dateline")
    assert any("E015" in r.getMessage() or "rejected" in r.getMessage() for r in caplog.records)


def test_document_date_from_dateline_without_year():
    text = "MOSCOW, Dec. 5 (Reuters) - Gunmen attacked Grozny. The group was formed in 2007 and struck in 2014."
    d = times.document_date(text, None)
    assert (d.value, d.precision, d.how) == ("2014-12-05", "day", "dateline")


def test_document_date_from_dateline_with_year():
    d = times.document_date("May 4, 2015 — Militants in Dagestan pledged allegiance.", None)
    assert (d.value, d.precision, d.how) == ("2015-05-04", "day", "dateline")


def test_document_date_inferred_from_social_posts():
    text = ("Fighters pledged allegiance in a video released Friday.\n"
            "Jihadists pledge allegiance — Charlie Winter (@charliewinter)December 19, 2014\n"
            "Thus the IK splits\n— Extremist Russia (@ExtremistRussia)December 20, 2014\n")
    d = times.document_date(text, None)
    assert (d.value, d.precision, d.how) == ("2014-12-20", "month", "inferred")


def test_document_date_none_when_text_states_no_date():
    assert times.document_date("Gunmen attacked a checkpoint, officials said.", None) is None


@pytest.mark.shared
def test_document_date_of_the_seeds():
    second = times.document_date((SEEDS / "003_e67104e3034b70ac.txt").read_text(encoding="utf-8"), None)
    assert second.how == "inferred" and second.value.startswith("2014-12") and second.precision == "month"
    first = times.document_date((SEEDS / "000_a40bf233122d9a9c.txt").read_text(encoding="utf-8"), None)
    assert first.how == "inferred" and first.value >= "2015-05-04"


# --- event date -------------------------------------------------------------------------------


def _sentence(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, len(text) if end == -1 else end


@pytest.mark.shared
def test_event_date_of_the_grozny_attack(blank):
    text = (SEEDS / "003_e67104e3034b70ac.txt").read_text(encoding="utf-8")
    published = times.document_date(text, None)
    found = times.run(blank(text), doc_id="seed", published=published)
    trigger = text.index("attack in Grozny")
    d = times.event_date(found, _sentence(text, "December 4 attack"), (trigger, trigger + 6), text, published)
    assert (d.value, d.precision, d.how, d.text) == ("2014-12-04", "day", "sentence", "December 4")


def test_event_date_prefers_the_expression_nearest_the_trigger(blank):
    text = "Police said on Monday that the bombing on Saturday killed five."
    found = _times(blank, text)
    trigger = text.index("bombing")
    d = times.event_date(found, (0, len(text)), (trigger, trigger + 7), text, WED_2014_12_24)
    assert d.value == "2014-12-20"


def test_event_date_falls_back_to_paragraph_then_document(blank):
    text = "On Monday militants stormed a school.\nThey killed two guards. Officials condemned it.\nOther news."
    found = _times(blank, text)
    s = text.index("They killed")
    para = times.event_date(found, (s, s + 23), None, text, WED_2014_12_24)
    assert para is None or para.how == "document"  # Monday is in another paragraph
    s0 = text.index("On Monday")
    same = times.event_date(found, (s0, text.index("\n")), None, text, WED_2014_12_24)
    assert (same.value, same.how) == ("2014-12-22", "sentence")
    text2 = "On Monday militants stormed a school. They killed two guards."
    found2 = _times(blank, text2)
    s2 = text2.index("They killed")
    inpara = times.event_date(found2, (s2, len(text2)), None, text2, WED_2014_12_24)
    assert (inpara.value, inpara.how) == ("2014-12-22", "paragraph")
    doc_level = times.event_date([], (0, 10), None, "No dates.", WED_2014_12_24)
    assert (doc_level.value, doc_level.precision, doc_level.how) == ("2014-12-01", "month", "document")


def test_event_date_past_event_is_never_after_publication(blank):
    text = "The attack on December 28, 2014 killed three."
    found = _times(blank, text)
    assert found[0].value == "2014-12-28"
    d = times.event_date(found, (0, len(text)), None, text, WED_2014_12_24, past=True)
    assert d.how == "document" and d.value <= WED_2014_12_24.value
    future = times.event_date(found, (0, len(text)), None, text, WED_2014_12_24, past=False)
    assert future.value == "2014-12-28"


def test_event_date_from_a_week_becomes_month_precision(blank):
    text = "Gunmen attacked the post last week."
    found = _times(blank, text)
    d = times.event_date(found, (0, len(text)), None, text, WED_2014_12_24)
    assert (d.value, d.precision) == ("2014-12-01", "month")


# --- with the trained pipeline ------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp():
    from newsevents.nlp import load

    return load(with_ruler=False)


@pytest.mark.model
def test_dates_future_tense_weekday_resolves_forward(nlp):
    t = _one(nlp, "The ministers will meet in Moscow on Friday.")
    assert t.value == "2014-12-26"
    past = _one(nlp, "The ministers met in Moscow on Friday.")
    assert past.value == "2014-12-19"


@pytest.mark.model
def test_dates_present_tense_schedule_resolves_forward(nlp):
    t = _one(nlp, "The nominations are announced on 24 January.")
    assert t.value == "2015-01-24"
    said = _one(nlp, "Police say the man died on 20 December.")
    assert said.value == "2014-12-20"


@pytest.mark.model
@pytest.mark.shared
def test_event_date_of_the_grozny_attack_with_the_parser(nlp):
    text = (SEEDS / "003_e67104e3034b70ac.txt").read_text(encoding="utf-8")
    published = times.document_date(text, None)
    found = times.run(nlp(text), doc_id="seed", published=published)
    trigger = text.index("attack in Grozny")
    d = times.event_date(found, _sentence(text, "December 4 attack"), (trigger, trigger + 6), text, published)
    assert (d.value, d.precision) == ("2014-12-04", "day")
    friday = next(t for t in found if t.text == "Friday")
    assert friday.value == "2014-12-19"


def test_metadata_dates_written_in_other_formats_are_read() -> None:
    from newsevents.extract.times import document_date

    assert document_date("", "December 18, 2016 9:41:42 EST PM").value == "2016-12-18"
    assert document_date("", "9:43 PM, Dec 11, 2016").value == "2016-12-11"
    assert document_date("", "8:56 AM, Dec 08, 2016 CT").value == "2016-12-08"
    value = document_date("", "yesterday")
    assert value is None or value.how != "metadata"


def test_metadata_dates_in_capitals_and_feed_forms() -> None:
    from newsevents.extract.times import document_date

    assert document_date("", "DEC. 14, 2016, 2:54 AM EST").value == "2016-12-14"  # DEC is a month, not a zone
    assert document_date("", "Wed Nov 23, 2016 | 4:58pm EST").value == "2016-11-23"
    assert document_date("", "7:58 AM ET, Sat January 3, 2015").value == "2015-01-03"
    assert document_date("", "Thursday 4th December 2014").value == "2014-12-04"
    for bad in ("Feb 30, 2015", "Nov 23, 2016 or Nov 24, 2016"):
        value = document_date("", bad)
        assert value is None or value.how != "metadata", bad


def test_gated_scan_finds_what_a_full_scan_finds(monkeypatch) -> None:
    """The per-kind gates only skip lines that cannot hold a match (samples, wrapped lines, edge forms)."""
    from newsevents.clean.boilerplate import normalise
    from newsevents.extract import times_detect

    root = Path(__file__).resolve().parent.parent
    texts = [normalise(p.read_text(encoding="utf-8")) for p in sorted((root / "samples" / "corpus").rglob("*.txt"))]
    texts += [
        "The talks ended on 23\nDecember 2014, and in recent\nyears the group grew. Two days\nago it struck.",
        "It happened this\nweek, on Saturday\nnight, in the fall of\n2013 and the 4th\nof July.",
        "1999 - founded\n2007 - split\nFor three hours, the 1990s were back. 12/05/2015, 2015-05-04.",
    ]
    gated = [times_detect._find(t) for t in texts]
    monkeypatch.setattr(times_detect, "_GATES", {})
    full = [times_detect._find(t) for t in texts]
    assert gated == full
    assert any(m.text == "23\nDecember 2014" for m in gated[-3][0])


def test_event_date_keeps_the_days_of_a_week_its_precision_widens(blank):
    """"Last week" from Monday 2024-10-07 is Sept 30 - Oct 6: precision "year" (it spans two months), with the
    seven days kept in `days` so that the incident linker does not read it as any day of the year."""
    text = "Thousands fled after last week's gang attack on Pont-Sonde."
    monday = DateValue("2024-10-07", "day", "metadata")
    found = _times(blank, text, monday)
    trigger = text.index("attack")
    d = times.event_date(found, (0, len(text)), (trigger, trigger + 6), text, monday)
    assert (d.value, d.precision, d.days) == ("2024-01-01", "year", ("2024-09-30", "2024-10-06"))
    exact = times.event_date(_times(blank, "The attack came on October 3, 2024."), (0, 35), None,
                             "The attack came on October 3, 2024.", monday)
    assert exact.precision == "day" and exact.days is None
