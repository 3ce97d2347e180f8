"""Keep stored incidents in step with stored events: rebuild the index once, then update it per batch."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import select

from newsevents.incidents import IncidentIndex
from newsevents.models import Extraction
from newsevents.store import schema as s
from newsevents.store.database import EventFilter, Store

log = logging.getLogger(__name__)


class IncidentUpdater:
    """Incremental incident maintenance over a store; heals itself after an interrupted run."""

    def __init__(self, store: Store) -> None:
        self.store = store
        with store.engine.connect() as conn:
            published = {r[0]: r[1] for r in conn.execute(select(s.documents.c.id, s.documents.c.published))}
            stored = {r[0]: r[1] for r in conn.execute(select(s.events.c.id, s.events.c.incident_id))}
        events = store.events(EventFilter(), limit=10**9)
        self.index = IncidentIndex.from_events(events, published)
        self.assigned = self.index.assignments()
        stale = {eid: iid for eid, iid in self.assigned.items() if stored.get(eid) != iid}
        if stale:  # a run stopped between writing events and writing their incidents
            self._write(stale, set(stale.values()) | {v for k, v in stored.items() if k in stale and v})

    def add(self, extractions: Sequence[Extraction]) -> None:
        """File the events of newly written documents and rewrite only the incidents that changed."""
        for x in extractions:
            published = x.document.published.value if x.document.published else None
            for event in x.events:
                self.index.add(event, published)
        now = self.index.assignments()
        changed = {eid: iid for eid, iid in now.items() if self.assigned.get(eid) != iid}
        touched = set(changed.values()) | {self.assigned[e] for e in changed if e in self.assigned}
        self.assigned = now
        if changed:
            self._write(changed, touched)

    def _write(self, changed: dict[str, str], touched: set[str]) -> None:
        current = [i for i in self.index.iter_incidents() if i.id in touched]
        gone = touched - {i.id for i in current}
        self.store.delete_incidents(gone)
        self.store.write_incidents(current, changed)
        log.debug("incidents: %d rewritten, %d removed, %d events reassigned", len(current), len(gone), len(changed))
