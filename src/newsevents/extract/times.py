"""Dates: the document's publication date, every time expression resolved against it, and event dates."""

from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Token

from newsevents.errors import Errors
from newsevents.extract.times_detect import Mention, check_date, find
from newsevents.extract.times_resolve import Resolved, resolve
from newsevents.models import DateValue, EventDate, TimeExpr
from newsevents.nlp import doc_text, sentences

log = logging.getLogger(__name__)

EXTRACTOR = "times"

# --- document date -----------------------------------------------------------------------------

_DATELINE_HEAD = 400  # a dateline sits in the first lines of the text
_DATELINE_END = re.compile(r"^\s*(?:\([A-Z][A-Za-z .&]+\)\s*)?(?:[-–—:|]|$)")
_SOCIAL_POST = re.compile(r"—\s*[^\n]{0,80}\(@\w+\)\s*$")
_ANCHORING = re.compile(
    r"\b(?:(?:earlier|later)\s+)?this\s+(?:week|month)\b|\b(?:today|yesterday|last night|tonight)\b|"
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _metadata_date(raw: str) -> DateValue | None:
    """An ISO 8601 date or date-time string from the reader, at the precision it states."""
    s = raw.strip()
    try:
        if re.fullmatch(r"[0-9]{4}", s):
            value, precision = date(int(s), 1, 1), "year"
        elif re.fullmatch(r"[0-9]{4}-[0-9]{2}", s):
            value, precision = date(int(s[:4]), int(s[5:7]), 1), "month"
        else:
            value, precision = datetime.fromisoformat(s.replace("Z", "+00:00")).date(), "day"
    except ValueError as err:
        # Feeds and pages write dates every way ("December 18, 2016 9:41:42 EST PM", "9:43 PM, Dec 11,
        # 2016"): a whole-string parse of a metadata field is safe where searching free text is not.
        parsed = _lenient(s)
        if parsed is None:
            log.warning("%s", Errors.E015.format(value=raw, detail=f"not a date ({err})"))
            return None
        value, precision = parsed
    reason = check_date(value.year, None, None)
    if reason:
        log.warning("%s", Errors.E015.format(value=raw, detail=reason))
        return None
    return DateValue(value=value.isoformat(), precision=precision, how="metadata", text=raw)


_MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
     ("nov", "november"), ("dec", "december")], start=1) for m in names}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_MDY = re.compile(r"\b" + _MONTH + r"\s+(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:1[0-9]|20)[0-9]{2})\b", re.IGNORECASE)
_DMY = re.compile(r"\b(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:1[0-9]|20)[0-9]{2})\b", re.IGNORECASE)
# time-zone abbreviations (EST, CT, MT, ...), not month or weekday abbreviations written in capitals
_TZ_ABBREVIATION = re.compile(
    r"\b(?!(?:AM|PM|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC|MON|TUE|WED|THU|FRI|SAT|SUN)\b)[A-Z]{2,4}\b")


def _month_day_year(raw: str) -> date | None:
    """The one date a field writes as "Jan 3, 2015" / "3 January 2015" (the common feed forms), else None."""
    found = set()
    for pattern in (_MDY, _DMY):
        for m in pattern.finditer(raw):
            try:
                found.add(date(int(m["year"]), _MONTHS[m["mon"].lower()], int(m["day"])))
            except ValueError:
                return None  # "February 30": let the strict parser judge and reject it
    return found.pop() if len(found) == 1 else None


def _lenient(raw: str) -> tuple[date, str] | None:
    """A non-ISO metadata date, parsed whole by dateparser (English, no guessing of missing parts)."""
    import dateparser

    if not re.search(r"\b(1[0-9]|20)[0-9]{2}\b", raw):
        return None  # no year written: "yesterday" in a metadata field means nothing reliable
    quick = _month_day_year(raw)
    if quick is not None:
        return quick, "day"
    # time-zone abbreviations (EST, CT, MT, ...) carry nothing for the day and trip the parser
    cleaned = _TZ_ABBREVIATION.sub(" ", raw)
    try:
        parsed = dateparser.parse(cleaned, languages=["en"], settings={
            "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False})
    except (ValueError, OverflowError):
        return None
    return (parsed.date(), "day") if parsed is not None else None


def _full_dates(mentions: list[Mention]) -> list[tuple[date, Mention]]:
    out = []
    for m in mentions:
        if m.kind == "date" and m.year is not None and m.month is not None and m.day is not None:
            out.append((date(m.year, m.month, m.day), m))
    return out


_DATELINE_PLACE = re.compile(r"\s*[A-Z][A-Z .'-]+(?:,\s*[A-Za-z .]+)?,\s*")


def _is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a story's dateline: in the first lines, opening its line or after a
    place in capitals ('MOSCOW, Dec. 5 (Reuters) -', 'KANO, Nigeria, June 4 —'), then a dash, colon or line end."""
    if start > _DATELINE_HEAD:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return ((before.strip() == "" or _DATELINE_PLACE.fullmatch(before) is not None)
            and _DATELINE_END.match(text[end:end + 40]) is not None)


def _dateline(text: str, mentions: list[Mention]) -> DateValue | None:
    """'MOSCOW, Dec. 5 (Reuters) -' or 'May 4, 2015 —' opening the story (its first lines)."""
    full = _full_dates(mentions)
    for m in mentions:
        if m.start > _DATELINE_HEAD:
            break
        if m.kind != "date" or m.month is None or m.day is None:
            continue
        if not _is_dateline(text, m.start, m.end):
            continue
        if m.year is not None:
            return DateValue(date(m.year, m.month, m.day).isoformat(), "day", "dateline", m.text)
        years = [d.year for d, _ in full] + [x.year for x in mentions if x.kind == "date" and x.year]
        if not years:
            return None  # a dateline without any year in the story: no honest value
        y = max(years)
        latest = max((d for d, _ in full), default=None)
        if latest is not None and (y, m.month, m.day) < (latest.year, latest.month, latest.day):
            y += 1
        return DateValue(date(y, m.month, m.day).isoformat(), "day", "dateline", m.text)
    return None


def _inferred(text: str, mentions: list[Mention]) -> DateValue | None:
    """The latest full date the story states: a lower bound on when it was published.

    Precision is "month" where the story anchors itself in the present (an embedded social-media post
    carries the date, or it says "this month", "earlier this week", "Friday", "yesterday"), else "year":
    a date in a photo caption or a quotation can be weeks older than the story.
    """
    full = _full_dates(mentions)
    if not full:
        months = [m for m in mentions if m.kind == "date" and m.year is not None and m.month is not None]
        if not months:
            return None
        m = max(months, key=lambda x: (x.year, x.month))
        return DateValue(date(m.year, m.month, 1).isoformat(), "year", "inferred", m.text)  # type: ignore[arg-type]
    latest, m = max(full, key=lambda x: x[0])
    line_start = text.rfind("\n", 0, m.start) + 1
    social = bool(_SOCIAL_POST.search(text[line_start:m.start]))
    precision = "month" if social or _ANCHORING.search(text) else "year"
    return DateValue(latest.isoformat(), precision, "inferred", m.text)


def document_date(text: str, metadata_published: str | None) -> DateValue | None:
    """The publication date: from the reader's metadata, else a dateline, else inferred from the text."""
    if metadata_published:
        found = _metadata_date(metadata_published)
        if found is not None:
            return found
    mentions, _ = find(text)
    return _dateline(text, mentions) or _inferred(text, mentions)


# --- tense ------------------------------------------------------------------------------------

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}
# A to-infinitive under these verbs looks ahead ("voted to strike from 23 December").
_INTENT_HEADS = {"expect", "schedule", "set", "due", "plan", "intend", "prepare", "vote", "agree", "decide",
                 "threaten", "vow", "pledge", "promise", "aim", "hope", "want", "go"}
# Present-tense verbs that report rather than announce: "police say he died Friday" stays past.
_REPORTING = {"say", "tell", "report", "claim", "believe", "think", "know", "show", "suggest", "allege", "be",
              "accuse", "deny", "confirm", "add", "note", "indicate", "reveal", "appear", "seem"}
_FUTURE_WORDS = re.compile(r"\b(?:will|shall|would|'ll|is due|are due|(?:is|are) (?:expected|scheduled|set|going) to)\b")


def _verb_of(token: Token) -> Token | None:
    t = token
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and not t.is_space:
            return t
        if t.head is t:
            return None
        t = t.head
    return None


def _span_root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    words = [t for t in span if not t.is_space]
    if not words:
        return None
    outside = [t for t in words if not start <= t.head.idx < end or t.head is t]
    return (outside or words)[0]


# a day that names an event by its cause or origin: "the toll from Monday's blast now stands at 75", "those
# wounded in Friday's attack remain in hospital": the event is past whatever the tense of the clause ("voters
# will cast ballots in Sunday's election", "results will be announced after Sunday's vote" are not)
_CAUSE_PREPS = frozenset({"from", "since", "following", "over"})
_WHERE_PREPS = frozenset({"in", "by", "during", "of", "after"})  # past only after a participle: "wounded in"
# nouns that presuppose the event happened: "the perpetrators of Thursday's bombing would pay a heavy price"
_AFTERMATH_NOUNS = frozenset({"toll", "victim", "survivor", "aftermath", "wake", "number", "perpetrator", "culprit",
                              "casualty", "funeral", "anniversary", "investigation", "probe"})


def _names_a_past_event(root: Token) -> bool:
    """Whether a day before a noun ("Monday's blast") names an event the clause says came from it or of it, in a
    clause that says nothing of the future."""
    if root.dep_ not in ("poss", "compound", "nmod", "npadvmod") or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = root.head
    if root.i > noun.i or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in _WHERE_PREPS and prep.head.lemma_ in _AFTERMATH_NOUNS:
        return True  # the aftermath of a day's event is past, whatever else the sentence promises
    past = prep.lower_ in _CAUSE_PREPS or prep.lower_ in _WHERE_PREPS and prep.head.tag_ == "VBN"
    return past and not _FUTURE_WORDS.search(root.sent.text)


def is_future(doc: Doc, start: int, end: int) -> bool:
    """Whether the clause holding the span speaks of what is still to come.

    Future when the governing verb has will/shall/would, is a to-infinitive under a verb of intention
    ("plans to", "voted to"), or is in the present tense and not a reporting verb ("takes office in
    January", "nominations are announced on 24 January"). Everything else reads as past: news reports
    what happened. Without a dependency parse, a "will"/"would" earlier in the sentence decides.
    """
    if not doc.has_annotation("DEP"):
        sent_start = max(doc_text(doc).rfind(". ", 0, start), doc_text(doc).rfind("\n", 0, start)) + 1
        return bool(_FUTURE_WORDS.search(doc_text(doc)[sent_start:start]))
    root = _span_root(doc, start, end)
    if root is not None and _names_a_past_event(root):
        return False
    verb = _verb_of(root) if root is not None else None
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return True
    head = verb
    while head.dep_ == "xcomp" and head.head is not head:
        head = head.head
        if head.lemma_ in _INTENT_HEADS:
            return True
    if verb.lemma_ in _REPORTING:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.tag_ in ("VBN", "VBG") and auxes and all(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return not any(a.lemma_ == "have" for a in auxes)
    return False


# --- time expressions -------------------------------------------------------------------------


def _anchor(published: DateValue | None) -> date | None:
    if published is None:
        return None
    try:
        return date.fromisoformat(published.value[:10])
    except ValueError:
        log.warning("%s", Errors.E015.format(value=published.value, detail="the document date is not ISO"))
        return None


def _confidence(how: str, resolved: Resolved, published: DateValue | None) -> float:
    if resolved.value is None:
        return 0.5
    base = {"absolute": 0.95, "partial": 0.85, "relative": 0.8}.get(how, 0.5)
    if how != "absolute" and published is not None and published.how == "inferred":
        base *= 0.7 if published.precision == "month" else 0.5
    return round(base, 2)


def _sentence_starts(doc: Doc) -> list[int]:
    if doc.has_annotation("SENT_START"):
        return [sent.start_char for sent in sentences(doc)]
    return [0] + [m.end() for m in re.finditer(r"\n|[.!?]\s+(?=[A-Z])", doc_text(doc))]


def _years_from_sentence(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A month or month-day without a year takes the year stated earlier in its sentence
    ("In 2016, Thanksgiving is on November 24"; "1789 - ... naming November 26")."""
    starts = _sentence_starts(doc)
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.kind == "date" and m.year is None and m.month is not None:
            sent_start = starts[bisect.bisect_right(starts, m.start) - 1]
            years = [p.year for p in mentions[:i] if p.start >= sent_start and p.kind == "date" and p.year]
            if years:
                m = dataclasses.replace(m, year=years[-1])
        out.append(m)
    return out


_COUNTED = re.compile(r"\b(?P<dir>after|before|earlier|later)$", re.IGNORECASE)


def _counted_from(m: Mention, earlier: list[TimeExpr], starts: list[int], anchor: date | None) -> Resolved | None:
    """'four days after', 'two days earlier', 'a week later', 'the previous afternoon': counted from the day the
    sentence gave before it ("a funeral on Tuesday, four days after he was assassinated": the killing was four
    days before Tuesday); 'N days earlier' with no such day counts back from the document date."""
    if m.kind != "floating" or m.count is None or m.unit not in ("day", "week"):
        return None
    if m.modifier in ("previous", "following"):  # "the previous afternoon", "the following day"
        direction = "earlier" if m.modifier == "previous" else "later"
    elif (found := _COUNTED.search(m.text)) is not None:
        direction = found.group("dir").lower()
    else:
        return None
    sent_start = starts[bisect.bisect_right(starts, m.start) - 1]
    days = [t for t in earlier if t.span[0] >= sent_start and t.precision == "day" and t.value and t.end is None]
    if days:
        ref = date.fromisoformat(days[-1].value)  # type: ignore[arg-type]
    elif direction == "earlier" and anchor is not None:
        ref = anchor
    else:
        return None
    step = timedelta(days=m.count * (7 if m.unit == "week" else 1))
    value = ref - step if direction in ("after", "earlier") else ref + step
    return Resolved(value.isoformat(), "day", None, "relative")


def _nearer_reading(m: Mention, anchor: date, *, future: bool) -> Mention:
    """A numeric date the text lets be read either way ("04/06/2022"): the reading on the side of the document
    date the tense points to (before it for a past event), and the nearer of the two there."""
    def swapped(x: Mention) -> Mention:  # a range swaps both its bounds
        upto = swapped(x.upto) if x.upto is not None else None
        return dataclasses.replace(x, month=x.day, day=x.month, upto=upto)

    def valid(x: Mention) -> bool:
        return bool(x.year and x.month and x.day and check_date(x.year, x.month, x.day) is None and
                    (x.upto is None or valid(x.upto)))

    dated = [(date(r.year, r.month, r.day), r) for r in (m, swapped(m)) if valid(r)]  # type: ignore[arg-type]
    if len(dated) < 2:
        return m
    on_side = [(d, r) for d, r in dated if (d >= anchor if future else d <= anchor)] or dated
    return min(on_side, key=lambda dr: abs((dr[0] - anchor).days))[1]


def run(doc: Doc, *, doc_id: str, published: DateValue | None) -> list[TimeExpr]:
    """Every time expression in the parsed text, resolved against the document date where possible."""
    text = doc_text(doc)
    anchor = _anchor(published)
    mentions, rejections = find(text)
    for r in rejections:
        log.info("%s [doc %s, chars %d-%d]", Errors.E015.format(value=r.text, detail=r.reason), doc_id,
                 r.start, r.end)
    mentions = _years_from_sentence(doc, mentions)
    starts = _sentence_starts(doc)
    out: list[TimeExpr] = []
    for m in mentions:
        future = m.kind in ("date", "weekday", "range", "feast") and is_future(doc, m.start, m.end)
        if m.swappable and anchor is not None:
            m = _nearer_reading(m, anchor, future=future)
        res = resolve(m, anchor, future=future)
        if res.value is None:
            res = _counted_from(m, out, starts, anchor) or res
        out.append(TimeExpr(
            doc_id=doc_id, text=m.text, span=(m.start, m.end), value=res.value, precision=res.precision,
            end=res.end, how=res.how, confidence=_confidence(res.how, res, published), extractor=EXTRACTOR,
        ))
    return out


# --- event date -------------------------------------------------------------------------------

_COARSER = {"day": "month", "week": "month", "month": "year", "year": "year"}


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _truncate(value: str, precision: str) -> str:
    d = date.fromisoformat(value[:10])
    if precision == "year":
        return date(d.year, 1, 1).isoformat()
    if precision == "month":
        return date(d.year, d.month, 1).isoformat()
    return d.isoformat()


def _as_event_date(t: TimeExpr, how: str, confidence: float) -> EventDate:
    """An event date in day/month/year terms: weeks and multi-day periods become their month or year."""
    assert t.value is not None and t.precision is not None
    precision = t.precision
    start = date.fromisoformat(t.value)
    days = None
    if t.end is not None or precision == "week":
        last = date.fromisoformat(t.end) if t.end else start + timedelta(days=6)
        if precision == "day" and last == start:
            pass
        else:
            if precision in ("day", "week"):  # a run of days: keep it, the month or year alone says less
                days = (start.isoformat(), last.isoformat())
            same_month = (start.year, start.month) == (last.year, last.month)
            precision = "month" if same_month and precision in ("day", "week", "month") else "year"
    return EventDate(value=_truncate(t.value, precision), precision=precision, text=t.text, span=t.span,
                     how=how, confidence=confidence, extractor=EXTRACTOR, days=days)


def _after(t: TimeExpr, published: DateValue | None) -> bool:
    """Whether the expression starts after publication (only decidable against a metadata/dateline date)."""
    if published is None or published.how == "inferred" or t.value is None:
        return False
    pub = date.fromisoformat(published.value[:10])
    if published.precision == "month":
        pub = (pub.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    elif published.precision == "year":
        pub = date(pub.year, 12, 31)
    return date.fromisoformat(t.value) > pub


REPORTED_WITHIN_DAYS = 6  # an event dated only by its report ("said on Friday") happened in the week up to it
# A time expression right after a verb of reporting dates the report, not the event: "..., police said on
# Friday", "the ministry announced Tuesday", "told reporters on Monday".
_REPORTED_WHEN = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}|announced|confirmed|reported|stated|added|claimed|declared)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _dates_the_report(t: TimeExpr, text: str, trigger_span: tuple[int, int] | None) -> bool:
    """Whether the expression follows a verb of reporting, and the event is not that verb's own act."""
    lo = max(0, t.span[0] - 40)
    verb = _REPORTED_WHEN.search(text[lo:t.span[0]])
    if verb is None:
        return False
    # the trigger lying inside the reporting phrase is the reporting verb itself (a CLAIM, an announcement)
    return trigger_span is None or not lo + verb.start() <= trigger_span[0] < t.span[0]


# A time expression that follows the event's word in the same clause is that event's ("Funerals were held on
# Friday for three policemen killed at a checkpoint two days earlier"): an earlier one in the sentence
# belongs to another verb as often as not.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\band\b|\bbut\b")


# Links between a verb and an event told inside its clause as background: "those killed in the attack",
# "buried the people killed", "arrested over the bombing", "mourning after an attack" (`_dates_a_later_act`);
# "killed in the attack on Monday" is one act.
_BACKGROUND_DEPS = frozenset({"acl", "relcl"})
_LIGHT_VERBS = frozenset({"be", "have", "die", "kill", "wound", "injure", "hurt", "perish"})  # no later act
_BACKGROUND_PREPS = frozenset({"after", "following", "since", "over", "for"})
_CLAUSE_DEPS = frozenset({"conj", "xcomp", "ccomp", "advcl", "csubj", "parataxis"})
_AFTER_MARKS = frozenset({"after", "since", "following"})
_SAME_TIME_MARKS = frozenset({"when", "as", "while"})
# "hours after the blast", "shortly after gunmen stormed": the later act's day is the event's day too
_SOON = frozenset({"hours", "minutes", "moments", "seconds", "shortly", "soon", "just", "immediately", "hour"})


def _marks(clause: Token) -> set[str]:
    """The subordinating words of an adverbial clause ("after", "when")."""
    return {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}


def _soon_after(word: Token) -> bool:
    """Whether "after" is "hours after", "shortly after": the same day, not an earlier one ("48 hours after" is
    two days)."""
    doc = word.doc
    if word.i == 0 or doc[word.i - 1].lower_ not in _SOON:
        return False
    count = doc[word.i - 2] if word.i > 1 else None
    return not (doc[word.i - 1].lower_.startswith("hour") and count is not None and count.text.isdigit()
                and int(count.text) >= 24)


def _after_word(clause: Token) -> Token | None:
    """The "after"/"since"/"following" that introduces an adverbial clause, if one does."""
    return next((c for c in clause.children if c.dep_ in ("mark", "advmod") and c.lower_ in _AFTER_MARKS), None)


def _dates_a_later_act(doc: Doc, t: TimeExpr, trigger_span: tuple[int, int]) -> bool:
    """Whether the time expression belongs to a verb that tells a later act, with the event inside its clause
    as background: "Kenya began three days of mourning on Wednesday for those killed in the attack",
    "Families on Wednesday buried the 14 people killed by armed men", "Police arrested two men on Friday over
    the bombing", "Troops deployed on Monday after gunmen killed 12 villagers". The event happened that day
    or before it. A link through a coordinated or complement clause ("stormed the town on Monday and killed
    12", "began shelling on Monday") shares the time, unless the event is already background below it
    ("marched on Monday to mourn the 20 people killed when gunmen attacked a market"). A day inside the event's
    own phrase ("Friday's attack") is its own, and so is one after its word with no verb between ("fatalities
    after an explosion at the arena on Monday"); "a man wounded in last week's attack died on Sunday" is not."""
    time_root = _span_root(doc, *t.span)
    trigger = _span_root(doc, *trigger_span)
    if time_root is None or trigger is None or _governs(trigger, time_root):  # "Friday's attack"
        return False
    later = _verb_of(time_root)
    if later is None or later.i == trigger.i:
        return False
    if (t.span[0] >= trigger_span[1] and not trigger_span[1] <= later.idx < t.span[0]
            and later.lemma_ in _LIGHT_VERBS):
        return False  # "there were fatalities after an explosion at the arena on Monday", "twelve people died
        # following a bombing at a market on Friday": the event's own time
    background, node = False, trigger
    for _ in range(12):
        if node.i == later.i:  # spaCy makes a new Token object on each access: compare positions
            return background
        if node.dep_ == "pobj" and node.head.lower_ == "after" and _soon_after(node.head):
            pass  # "hours after the attack": the same day
        elif node.dep_ in _BACKGROUND_DEPS or (node.dep_ == "pobj" and node.head.lower_ in _BACKGROUND_PREPS):
            background = True
        elif node.dep_ == "advcl" and (after := _after_word(node)) is not None:
            background = background or not _soon_after(after)
        elif node.dep_ == "advcl" and _marks(node) & _SAME_TIME_MARKS:
            pass  # "killed when gunmen attacked": the time of the clause it hangs from
        elif node.dep_ == "ccomp" and node.head.lemma_ in _REPORTING:
            pass  # "named a man it said had carried out the bombing": the saying is no act of its own
        elif node.dep_ in _CLAUSE_DEPS and not background:
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _before_its_noun(doc: Doc, t: TimeExpr, trigger_span: tuple[int, int]) -> bool:
    """Whether the expression stands before the event's noun as part of its name: "the March 6 attack",
    "Monday's blast", "the 2015 bombing"."""
    time_root = _span_root(doc, *t.span)
    trigger = _span_root(doc, *trigger_span)
    return (time_root is not None and trigger is not None and trigger.pos_ in ("NOUN", "PROPN")
            and time_root.i < trigger.i and time_root.head.i == trigger.i
            and time_root.dep_ in ("poss", "compound", "nmod", "npadvmod", "amod", "nummod"))


# verbs a relative clause of an event's noun tells the event itself with ("the bombings that killed 33 nine days
# ago", "the raid, which left 12 dead on Monday")
_OWN_CLAUSE_VERBS = _LIGHT_VERBS | frozenset({"leave", "claim", "hit", "strike", "occur", "happen", "take", "rock",
                                                "target", "destroy", "tear", "kill"})


def _in_its_own_clause(doc: Doc, t: TimeExpr, trigger_span: tuple[int, int]) -> bool:
    """Whether the expression sits in a relative clause of the event's noun that tells the event itself: "marched
    on Sunday to reject the suicide bombings that killed 33 people nine days ago" (the bombings were nine days
    ago); not "the attack, which ministers discussed on Monday" (a later act)."""
    time_root = _span_root(doc, *t.span)
    trigger = _span_root(doc, *trigger_span)
    if time_root is None or trigger is None or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    node, verb = time_root, None
    for _ in range(8):
        if node.i == trigger.i:
            return False  # straight under the noun ("the attack on Monday"): the nearest-expression rule has it
        if verb is None and node.pos_ in ("VERB", "AUX"):
            verb = node  # the verb the expression belongs to: "... that killed 33 and was claimed on Tuesday"
        if node.dep_ == "relcl" and node.head.i == trigger.i:
            return verb is not None and verb.i == node.i and node.lemma_ in _OWN_CLAUSE_VERBS
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _governs(head: Token, token: Token) -> bool:
    """Whether `head` is `token` or one of its syntactic ancestors."""
    return head.i == token.i or head.is_ancestor(token)


def _in_since_clause(doc: Doc, t: TimeExpr, trigger_span: tuple[int, int]) -> bool:
    """Whether the expression dates a "since" clause the event is not in: "has stepped up raids across the
    border since Kenyan troops entered Somalia in 2011" says when a period began, not when the raids were."""
    time_root = _span_root(doc, *t.span)
    verb = _verb_of(time_root) if time_root is not None else None
    if verb is None or verb.dep_ != "advcl" or "since" not in _marks(verb):
        return False
    first, last = verb.left_edge, verb.right_edge
    return not first.idx <= trigger_span[0] < last.idx + len(last)


def _dateline_of(times: list[TimeExpr], text: str) -> TimeExpr | None:
    """The story's dateline date, after the place it was filed from ('NIAMEY, Feb 15 (Reuters) - Gunmen killed
    ...'): the day the story was filed, which dates the report, not the events its first sentence tells. A date
    opening a line ('8 Apr: UAV strike on a vehicle ...', 'Dec. 4 - Militants storm ...') is a log or chronology
    entry and dates that line's event; None too where two dates are in dateline form."""
    found = [t for t in times if t.value is not None and _is_dateline(text, *t.span)]
    if len(found) != 1:
        return None
    start = found[0].span[0]
    return found[0] if text[text.rfind("\n", 0, start) + 1:start].strip() else None


def _on_or_before(t: TimeExpr, confidence: float) -> EventDate | None:
    """The week up to a day: when only a later act or the report is dated, the event happened then or before."""
    if t.precision != "day" or t.end is not None:
        return None
    assert t.value is not None
    day = date.fromisoformat(t.value)
    window = dataclasses.replace(t, value=(day - timedelta(days=REPORTED_WITHIN_DAYS)).isoformat(),
                                 end=day.isoformat())
    return _as_event_date(window, "sentence", round(confidence * t.confidence, 2))


# "since 2003", "since March": when a period began, never when the event happened
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


def event_date(times: list[TimeExpr], sentence_span: tuple[int, int], trigger_span: tuple[int, int] | None,
               text: str, published: DateValue | None, *, past: bool = True, doc: Doc | None = None,
               ) -> EventDate | None:
    """The date an event is tied to: its sentence's time expression, else its paragraph's, else the
    document date made coarser. A past event is never dated after publication. With the parsed `doc`, a
    day that belongs to a later act the sentence tells (`_dates_a_later_act`) dates the event to the week up
    to it, as a day that dates only the report does."""
    usable = [t for t in times if t.value is not None and t.precision is not None and t.how != "duration"
              and not (past and _after(t, published))
              and not _SINCE.search(text, max(0, t.span[0] - 12), t.span[0])]
    s0, s1 = sentence_span
    in_sentence = [t for t in usable if s0 <= t.span[0] and t.span[1] <= s1]
    if doc is not None and trigger_span is not None:
        in_sentence = [t for t in in_sentence if not _in_since_clause(doc, t, trigger_span)]
    filed = _dateline_of(times, text)
    own = [t for t in in_sentence if t is not filed and not _dates_the_report(t, text, trigger_span)]
    if past and in_sentence and not own:
        # only the report is dated ("..., doctors said on Friday"): the event happened that day or before it
        window = _on_or_before(min(in_sentence, key=lambda t: t.span[0]), 0.6)
        if window is not None:
            return window
    if own:
        in_sentence = own
    if doc is not None and trigger_span is not None:
        named = [t for t in in_sentence if _before_its_noun(doc, t, trigger_span)
                 or _in_its_own_clause(doc, t, trigger_span)]
        if named:  # "the March 6 attack", "Monday's blast": the day the event's own words name
            return _as_event_date(named[0], "sentence", round(0.9 * named[0].confidence, 2))
    if in_sentence:
        pivot = trigger_span[0] if trigger_span else s0
        after = [t for t in in_sentence if trigger_span is not None and t.span[0] >= trigger_span[1]
                 and not _CLAUSE_BREAK.search(text, trigger_span[1], t.span[0])]
        best = min(after or in_sentence, key=lambda t: (abs(t.span[0] - pivot), t.span[0]))
        if past and doc is not None and trigger_span is not None and _dates_a_later_act(doc, best, trigger_span):
            window = _on_or_before(best, 0.6)
            if window is not None:
                return window
        return _as_event_date(best, "sentence", round(0.9 * best.confidence, 2))
    p0, p1 = _paragraph(text, s0)
    before = [t for t in usable if p0 <= t.span[0] and t.span[1] <= s0 and t is not filed
              and not _dates_the_report(t, text, None)]
    if before:
        best = before[-1]
        return _as_event_date(best, "paragraph", round(0.7 * best.confidence, 2))
    if published is None:
        return None
    precision = _COARSER.get(published.precision, "year")
    value = _truncate(published.value, precision)
    return EventDate(value=value, precision=precision, text=None, span=None, how="document",
                     confidence=0.4 if published.how != "inferred" else 0.25, extractor=EXTRACTOR)

