"""Within one article: the headline, the lead and later paragraphs telling one incident become one event.

A later event joins an earlier one when nothing contradicts it (same PLOVER type, same or no date, same or
nested place, weapon modes that one attack can combine) and there is positive evidence that it tells the same happening:
- its sentence refers back with a definite description ("the attack", "the bombing", "the gunfight", ...)
  whose weapon fits, and it does not announce a new one ("another", "a second", "separately", ...); or
- it repeats the headline: both are in the headline-and-lead (the title line and the first paragraph) and
  they name the same place, share an actor or share a weapon mode.
The merged event keeps the first telling's id, trigger and sentence; the others' sentences go to `mentions`.
Fields come from the most specific telling; casualty figures are taken from one telling, never added up.
A bare toll update ("The toll has risen to 32.") also keeps the sentence before it as a mention: the words that
say which incident the toll is of, read by the linker as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsevents.incidents.profile import DATE_PRECISION_CODE, PLACE_PRECISION_CODE, bare_toll_update
from newsevents.models import ActorRef, Count, Event, TextSpan

# Nouns that refer back to an event, and the weapon modes each one fits (empty: fits any mode).
ANAPHOR_MODES: dict[str, frozenset[str]] = {
    "attack": frozenset(), "assault": frozenset(), "incident": frozenset(),
    "raid": frozenset(), "ambush": frozenset(), "killings": frozenset(), "massacre": frozenset(),
    "bombing": frozenset({"explosives", "suicide-attack"}), "blast": frozenset({"explosives", "suicide-attack"}),
    "explosion": frozenset({"explosives", "suicide-attack"}), "bomb": frozenset({"explosives", "suicide-attack"}),
    "gunfight": frozenset({"firearms"}), "firefight": frozenset({"firearms"}), "shooting": frozenset({"firearms"}),
    "clash": frozenset({"firearms", "heavy-weapons"}), "clashes": frozenset({"firearms", "heavy-weapons"}),
    "strike": frozenset({"aerial", "drone", "heavy-weapons"}), "airstrike": frozenset({"aerial", "drone"}),
    "kidnapping": frozenset({"abduct"}), "abduction": frozenset({"abduct"}),
    "protest": frozenset(), "demonstration": frozenset(), "rally": frozenset(), "arrests": frozenset(),
}
_ANAPHOR = re.compile(
    r"\b(?:the|this|that|saturday's|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|"
    r"yesterday's|today's|last night's|morning's|night's)\s+(?:(?:[a-z-]+|[A-Z][a-z]+\s+\d{1,2})\s+)?("
    + "|".join(sorted(ANAPHOR_MODES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_NEW_EVENT = re.compile(
    r"\b(?:another|a second|a third|a separate|separately|in a separate|earlier (?:this|that|last) "
    r"(?:week|month|year)|last (?:week|month|year)|previous|a similar|days? (?:earlier|before)|"
    r"weeks? (?:earlier|before))\b",
    re.IGNORECASE,
)

_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+|\n+")


# Modes that one armed attack can combine (gunmen and a bomb); any other pair of different modes is two events.
_ATTACK_MODES = frozenset(
    {"firearms", "explosives", "suicide-attack", "heavy-weapons", "aerial", "drone", "primitive", "massacre"}
)


def _dates_agree(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None or not a.date.value or not b.date.value:
        return True
    # values are full ISO dates whatever their precision ("2014-12-01" for December 2014): compare only
    # the part both dates actually state
    width = {"year": 4, "month": 7}
    short = min(width.get(a.date.precision or "day", 10), width.get(b.date.precision or "day", 10))
    return a.date.value[:short] == b.date.value[:short]


def _places_agree(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None:
        return True
    if la.country and lb.country and la.country != lb.country:
        return False
    if la.admin1 and lb.admin1 and la.admin1 != lb.admin1:
        return False
    both_points = la.precision in ("exact", "city") and lb.precision in ("exact", "city")
    if both_points and la.name and lb.name and la.name.lower() != lb.name.lower():
        return la.precision != lb.precision  # a district inside a city is fine; two different cities are not
    return True


def _same_place(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None:
        return False
    if la.geonameid is not None and la.geonameid == lb.geonameid:
        return True
    return bool(la.name and lb.name and la.name.lower() == lb.name.lower())


def _actor_keys(event: Event) -> set[str]:
    return {(a.actor_id or a.text).lower() for a in (*event.actors, *event.recipients)}


def _modes(event: Event) -> set[str]:
    return set(event.modes) | ({event.mode} if event.mode else set())


@dataclass
class _Group:
    events: list[Event] = field(default_factory=list)

    @property
    def head(self) -> Event:
        return self.events[0]

    def modes(self) -> set[str]:
        return set().union(*(_modes(e) for e in self.events))

    def accepts(self, event: Event) -> bool:
        """Nothing contradicts: same PLOVER type, agreeing dates and places, weapon modes that can combine."""
        mine, theirs = self.modes(), _modes(event)
        if mine and theirs and not (mine & theirs) and not (mine | theirs) <= _ATTACK_MODES:
            return False
        return all(
            e.event_type == event.event_type and _dates_agree(e, event) and _places_agree(e, event)
            for e in self.events
        )


def _lead_end(text: str) -> int:
    """End of the headline-and-lead: the first paragraph after the headline line, or the first 400 chars."""
    first_break = text.find("\n")
    if first_break < 0:
        return min(len(text), 400)
    second = text.find("\n", first_break + 1)
    while second == first_break + 1:  # blank lines
        first_break, second = second, text.find("\n", second + 1)
    return second if second > 0 else len(text)


def _refers_back(sentence: str, group: _Group) -> bool:
    if _NEW_EVENT.search(sentence):
        return False
    for match in _ANAPHOR.finditer(sentence):
        fits = ANAPHOR_MODES[match.group(1).lower()]
        if not fits or not group.modes() or fits & group.modes():
            return True
    return False


def _restates(event: Event, group: _Group, lead_end: int) -> bool:
    head = group.head
    if head.sentence.span[0] >= lead_end or event.sentence.span[0] >= lead_end:
        return False
    if _NEW_EVENT.search(event.sentence.text):
        return False
    if head.sentence.span == event.sentence.span:
        return True
    return _same_place(head, event) or bool(_actor_keys(head) & _actor_keys(event) or _modes(head) & _modes(event))


def _most_specific_date(events: list[Event]) -> Event:
    dated = [e for e in events if e.date and e.date.value]
    return min(dated, key=lambda e: DATE_PRECISION_CODE.get(e.date.precision or "day", 0)) if dated else events[0]


def _most_specific_place(events: list[Event]) -> Event:
    placed = [e for e in events if e.location]
    return (
        min(placed, key=lambda e: PLACE_PRECISION_CODE.get(e.location.precision or "country", 3))
        if placed else events[0]
    )


def _largest(counts: list[Count | None]) -> Count | None:
    known = [c for c in counts if c is not None and c.best is not None]
    return max(known, key=lambda c: c.best or 0) if known else next((c for c in counts if c), None)


def _union_actors(lists: list[list[ActorRef]]) -> list[ActorRef]:
    seen: set[str] = set()
    out: list[ActorRef] = []
    for refs in lists:
        for ref in refs:
            key = (ref.actor_id or ref.name or ref.text).lower()
            if key not in seen:
                seen.add(key)
                out.append(ref)
    return out


def _merge(events: list[Event]) -> Event:
    head = events[0]
    if len(events) == 1:
        return head
    mentions: list[TextSpan] = list(head.mentions)
    for e in events[1:]:
        for span in (e.sentence, *e.mentions):
            if span.span != head.sentence.span and all(span.span != m.span for m in mentions):
                mentions.append(span)
    modes = list(dict.fromkeys(m for e in events for m in (e.mode, *e.modes) if m))
    return head.replace(
        actors=_union_actors([e.actors for e in events]),
        recipients=_union_actors([e.recipients for e in events]),
        mode=head.mode or next((e.mode for e in events if e.mode), None),
        modes=modes,
        acled=head.acled or next((e.acled for e in events if e.acled), None),
        date=_most_specific_date(events).date,
        location=_most_specific_place(events).location,
        fatalities=_largest([e.fatalities for e in events]),
        injured=_largest([e.injured for e in events]),
        arrested=_largest([e.arrested for e in events]),
        kidnapped=_largest([e.kidnapped for e in events]),
        size=_largest([e.size for e in events]),
        target_sector=head.target_sector or next((e.target_sector for e in events if e.target_sector), None),
        confidence=max(e.confidence for e in events),
        mentions=sorted(mentions, key=lambda m: m.span),
    )


def _sentence_before(text: str, start: int) -> TextSpan | None:
    """The sentence of `text` that ends where the sentence starting at `start` begins (None at the start)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    if not ends:
        return None
    begin = ends[-2] if len(ends) > 1 else 0
    sentence = text[begin:ends[-1]].strip()
    if not sentence:
        return None
    first = text.index(sentence, begin)
    return TextSpan(sentence, (first, first + len(sentence)))


# a sentence that opens on another incident ("Separately, ...", "Elsewhere, ...", "In another attack, ...")
_ANOTHER = re.compile(r"^\W*(?:separately|elsewhere|meanwhile|in (?:an)?other (?:attack|incident|development)s?)\b",
                      re.IGNORECASE)


def _with_toll_context(event: Event, text: str) -> Event:
    """A bare toll update (`profile.bare_toll_update`) keeps the sentence before it as a mention: the words
    that say which incident its toll is of (the linker reads them for evidence)."""
    if not bare_toll_update(event.sentence.text) or _NEW_EVENT.search(event.sentence.text):
        return event
    before = _sentence_before(text, event.sentence.span[0])
    if before is None or any(m.span == before.span for m in event.mentions) or _ANOTHER.match(before.text) \
            or _NEW_EVENT.search(before.text):
        return event  # "Separately, a roadside bomb killed two soldiers. The toll has risen to 63.": not its toll
    return event.replace(mentions=sorted([*event.mentions, before], key=lambda m: m.span))


def merge_within_document(events: list[Event], text: str) -> list[Event]:
    """Merge the events of one document that tell the same incident; distinct incidents stay apart.

    `events` must all come from one document and `text` is its clean text (spans point into it).
    The result is in text order.
    """
    ordered = sorted(events, key=lambda e: (e.sentence.span[0], e.trigger.span[0], e.id))
    lead_end = _lead_end(text)
    groups: list[_Group] = []
    for event in ordered:
        target = None
        for group in reversed(groups):  # the nearest earlier telling first
            if not group.accepts(event):
                continue
            if _refers_back(event.sentence.text, group) or _restates(event, group, lead_end):
                target = group
                break
        if target is None:
            groups.append(_Group([event]))
        else:
            target.events.append(event)
    return [_with_toll_context(_merge(g.events), text) for g in groups]
