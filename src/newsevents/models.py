"""Typed records handed between pipeline stages, with one to_dict/from_dict per type.

The dict form is the output contract (`OUTPUT-CONTRACT.md`): it is what `extract` writes as JSON
lines, what the database stores and what the API returns. Every extracted value carries the span
it came from, a confidence and the component (`extractor`) that produced it, so an analyst can
always ask "why?".
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, TypeVar

Span = tuple[int, int]

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
CERTAINTIES: tuple[str, ...] = (
    "asserted", "claimed", "alleged", "hypothetical", "future", "negated",
)
RELATION_TYPES: tuple[str, ...] = (
    "pledge", "accept", "appoint", "affiliation", "alliance", "rivalry", "split", "merger",
)
DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")
LOCATION_PRECISIONS: tuple[str, ...] = ("exact", "city", "admin1", "country")

Certainty = Literal["asserted", "claimed", "alleged", "hypothetical", "future", "negated"]

T = TypeVar("T", bound="Record")


def _convert(tp: Any, value: Any) -> Any:
    """Turn a JSON value back into the annotated type (dataclasses, tuples, lists, optionals)."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(args[0], value) if len(args) == 1 else value
    if origin is Literal:
        return value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return tp.from_dict(value)  # type: ignore[attr-defined]
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v) for v in value)
        return tuple(_convert(a, v) for a, v in zip(args, value))
    if origin is list:
        (arg,) = typing.get_args(tp)
        return [_convert(arg, v) for v in value]
    if origin is dict:
        return dict(value)
    return value


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.to_dict()  # type: ignore[union-attr]
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@functools.lru_cache(maxsize=None)
def _field_hints(cls: type) -> tuple[tuple[str, Any], ...]:
    """(field name, resolved type) per dataclass, computed once: get_type_hints is slow."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


class Record:
    """Mixin: dict conversion driven by the dataclass fields and their annotations."""

    kind: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind} if self.kind else {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            out[f.name] = _plain(getattr(self, f.name))
        return out

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        kwargs = {}
        for name, hint in _field_hints(cls):
            if name in data:
                kwargs[name] = _convert(hint, data[name])
        return cls(**kwargs)

    def replace(self: T, **changes: Any) -> T:
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]


# --- small value objects ---------------------------------------------------------------------


@dataclass(frozen=True)
class TextSpan(Record):
    """A piece of the clean text: what it says and where it is."""

    text: str
    span: Span


@dataclass(frozen=True)
class Removed(Record):
    """A boilerplate line taken out of the raw text, and why."""

    text: str
    reason: str


@dataclass(frozen=True)
class Correction(Record):
    """A correction notice in the article: what was wrong and what is right."""

    text: str
    wrong: str | None
    right: str | None
    span: Span | None = None


@dataclass(frozen=True)
class DateValue(Record):
    """A document's publication date and how it was found."""

    value: str
    precision: str  # day | month | year
    how: str  # metadata | dateline | inferred
    text: str | None = None


@dataclass(frozen=True)
class ActorRef(Record):
    """A mention of an actor in the text, resolved to the knowledge base where possible."""

    text: str
    span: Span
    actor_id: str | None
    name: str | None
    sector: str | None = None
    country: str | None = None
    kind: str | None = None  # state | armed_group | organisation | person | agent | group
    provisional: bool = False  # True when the actor is not (yet) in the knowledge base
    via: str | None = None  # how it was resolved: alias, acronym, coreference, agent word...
    confidence: float = 1.0
    extractor: str = "actors"


@dataclass(frozen=True)
class EventDate(Record):
    """The date an event is tied to, with the words it came from."""

    value: str | None
    precision: str | None
    text: str | None = None
    span: Span | None = None
    how: str | None = None  # sentence | paragraph | document
    confidence: float = 1.0
    extractor: str = "times"
    # first and last day of the period the words name when `precision` must widen it ("last week" across two
    # months is precision "year"; "between May 3 and 5" is "month"); None when `value` and `precision` say it all
    days: tuple[str, str] | None = None


@dataclass(frozen=True)
class Location(Record):
    """Where an event happened."""

    name: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    precision: str | None  # exact | city | admin1 | country
    text: str | None = None
    span: Span | None = None
    how: str | None = None  # clause | sentence | article
    confidence: float = 1.0
    extractor: str = "places"


@dataclass(frozen=True)
class Count(Record):
    """A number of people (killed, injured, ...), UCDP style best/low/high."""

    best: int | None
    low: int | None
    high: int | None
    text: str | None = None
    span: Span | None = None
    confidence: float = 1.0
    extractor: str = "casualties"


@dataclass(frozen=True)
class Acled(Record):
    """ACLED event type and sub-event type."""

    event_type: str
    sub_event_type: str | None = None


# --- the records of the output contract --------------------------------------------------------


@dataclass(frozen=True)
class Document(Record):
    """One article: its clean text and metadata."""

    kind: ClassVar[str] = "document"
    id: str
    source: str
    text: str
    external_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    authors: list[str] | None = None
    published: DateValue | None = None
    language: str | None = None
    removed: list[Removed] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Event(Record):
    """Who did what to whom, where, when, with the words each value came from."""

    kind: ClassVar[str] = "event"
    id: str
    doc_id: str
    event_type: str
    trigger: TextSpan
    sentence: TextSpan
    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    mode: str | None = None  # the main PLOVER mode
    modes: list[str] = field(default_factory=list)  # every mode the sentence supports (e.g. firearms, explosives)
    acled: Acled | None = None
    cameo_root: str | None = None
    date: EventDate | None = None
    location: Location | None = None
    fatalities: Count | None = None
    injured: Count | None = None
    arrested: Count | None = None
    kidnapped: Count | None = None
    size: Count | None = None  # people mobilised, fighters sent, protesters...
    target_sector: str | None = None
    certainty: str = "asserted"
    certainty_cue: TextSpan | None = None
    confidence: float = 0.5
    extractor: str = "events"
    mentions: list[TextSpan] = field(default_factory=list)  # other sentences telling the same event
    incident_id: str | None = None


@dataclass(frozen=True)
class Relation(Record):
    """A dated link between two organisations: pledge, alliance, split..."""

    kind: ClassVar[str] = "relation"
    id: str
    doc_id: str
    type: str
    source: ActorRef
    target: ActorRef
    sentence: TextSpan
    trigger: TextSpan | None = None
    date: EventDate | None = None
    certainty: str = "asserted"
    confidence: float = 0.5
    extractor: str = "relations"


@dataclass(frozen=True)
class Place(Record):
    """A toponym found in the text, resolved to the gazetteer or not."""

    kind: ClassVar[str] = "place"
    doc_id: str
    text: str
    span: Span
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str | None = None  # GeoNames feature code, e.g. PCLI, ADM1, PPLA
    score: float = 0.0
    role: str = "place"  # place | origin (only where a person comes from)
    extractor: str = "places"


@dataclass(frozen=True)
class TimeExpr(Record):
    """A time expression found in the text, resolved against the document date or not."""

    kind: ClassVar[str] = "time"
    doc_id: str
    text: str
    span: Span
    value: str | None
    precision: str | None
    end: str | None = None  # for ranges: the last day/month/year covered
    how: str | None = None  # absolute | relative | partial
    confidence: float = 1.0
    extractor: str = "times"


@dataclass(frozen=True)
class ErrorRecord(Record):
    """A document that could not be read, with a sentence a person understands."""

    kind: ClassVar[str] = "error"
    source: str
    error: str
    code: str = "E000"
    reason: str = "unreadable"  # short key used to count errors by reason


@dataclass(frozen=True)
class Incident(Record):
    """One real-world incident, reconciled across the events (and articles) that report it."""

    kind: ClassVar[str] = "incident"
    id: str
    event_ids: list[str]
    doc_ids: list[str]
    event_type: str
    date: EventDate | None = None
    location: Location | None = None
    fatalities: Count | None = None
    injured: Count | None = None
    sources: int = 1
    first_reported: str | None = None
    last_reported: str | None = None
    conflicts: list[str] = field(default_factory=list)  # fields whose sources disagree
    values: dict[str, Any] = field(default_factory=dict)  # every source's value per field


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)

    def records(self) -> list[Record]:
        return [self.document, *self.events, *self.relations, *self.places, *self.times]


RECORD_TYPES: dict[str, type[Record]] = {
    cls.kind: cls  # type: ignore[misc]
    for cls in (Document, Event, Relation, Place, TimeExpr, ErrorRecord, Incident)
}


def record_from_dict(data: dict[str, Any]) -> Record:
    """Rebuild any contract record from its dict form (dispatch on `kind`)."""
    return RECORD_TYPES[data["kind"]].from_dict(data)
