"""Renderings of records: JSON lines, flat rows, and CSV with ACLED's column names."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsevents.models import Document, Event, Incident, Record

ACLED_COLUMNS = [
    "event_id", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    "injured", "plover_type", "plover_mode", "cameo_root", "certainty", "confidence", "incident_id", "doc_id",
]
_TIME_PRECISION = {"day": 1, "month": 2, "year": 3}  # ACLED's time_precision codes
_GEO_PRECISION = {"exact": 1, "city": 1, "admin1": 2, "country": 3}


def jsonl(records: Iterable[Record]) -> Iterator[str]:
    for record in records:
        yield json.dumps(record.to_dict(), ensure_ascii=False) + "\n"


def acled_row(event: Event, document: Document | None = None) -> dict[str, Any]:
    """One event as an ACLED-style row (our fields where ACLED has a counterpart)."""
    loc, date = event.location, event.date
    source = None
    if document is not None:
        source = document.outlet or document.url or document.source
    return {
        "event_id": event.id, "event_date": date.value if date else None,
        "year": (date.value or "")[:4] if date and date.value else None,
        "time_precision": _TIME_PRECISION.get(date.precision or "") if date else None,
        "event_type": event.acled.event_type if event.acled else None,
        "sub_event_type": event.acled.sub_event_type if event.acled else None,
        "actor1": "; ".join(a.name or a.text for a in event.actors) or None,
        "actor2": "; ".join(a.name or a.text for a in event.recipients) or None,
        "country": loc.country if loc else None, "admin1": loc.admin1 if loc else None,
        "location": loc.name if loc else None, "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": _GEO_PRECISION.get(loc.precision or "") if loc else None,
        "source": source, "notes": event.sentence.text,
        "fatalities": event.fatalities.best if event.fatalities else 0,
        "injured": event.injured.best if event.injured else None,
        "plover_type": event.event_type, "plover_mode": event.mode, "cameo_root": event.cameo_root,
        "certainty": event.certainty, "confidence": event.confidence, "incident_id": event.incident_id,
        "doc_id": event.doc_id,
    }


def flat_row(record: Record) -> dict[str, Any]:
    """A one-level dict for DataFrames: events as ACLED rows, other records as their dict form."""
    if isinstance(record, Event):
        return acled_row(record)
    data = record.to_dict()
    return {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v) for k, v in data.items()}


def csv_text(rows: Iterable[dict[str, Any]], columns: list[str]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    yield buf.getvalue()
    for row in rows:
        buf.seek(0)
        buf.truncate()
        writer.writerow(row)
        yield buf.getvalue()


INCIDENT_COLUMNS = ["incident_id", "event_type", "event_date", "country", "admin1", "location", "latitude",
                    "longitude", "fatalities", "injured", "sources", "first_reported", "last_reported", "conflicts",
                    "event_ids", "doc_ids"]


def incident_row(inc: Incident) -> dict[str, Any]:
    loc = inc.location
    return {
        "incident_id": inc.id, "event_type": inc.event_type, "event_date": inc.date.value if inc.date else None,
        "country": loc.country if loc else None, "admin1": loc.admin1 if loc else None,
        "location": loc.name if loc else None, "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None, "fatalities": inc.fatalities.best if inc.fatalities else None,
        "injured": inc.injured.best if inc.injured else None, "sources": inc.sources,
        "first_reported": inc.first_reported, "last_reported": inc.last_reported,
        "conflicts": "|".join(inc.conflicts), "event_ids": "|".join(inc.event_ids), "doc_ids": "|".join(inc.doc_ids),
    }
