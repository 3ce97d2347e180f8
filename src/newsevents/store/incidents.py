"""Keep stored incidents in step with stored events: rebuild the index once, then update it per batch."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import select

from newsevents.incidents import IncidentIndex
from newsevents.models import Extraction, Incident
from newsevents.store import schema as s
from newsevents.store.database import EventFilter, Store

log = logging.getLogger(__name__)


class IncidentUpdater:
    """Incremental incident maintenance over a store; heals itself after an interrupted run."""

    def __init__(self, store: Store) -> None:
        self.store = store
        with store.engine.connect() as conn:
            docs = conn.execute(select(s.documents.c.id, s.documents.c.published, s.documents.c.title)).all()
            published = {r[0]: r[1] for r in docs}
            titles = {r[0]: r[2] for r in docs}
            stored = {r[0]: r[1] for r in conn.execute(select(s.events.c.id, s.events.c.incident_id))}
        events = store.events(EventFilter(), limit=10**9)
        self.index = IncidentIndex.from_events(events, published, titles=titles)
        assigned = self.index.take_changes(reconciled=False).assigned  # every event, as all are new to it
        stale = {eid: iid for eid, iid in assigned.items() if stored.get(eid) != iid}
        if stale:  # a run stopped between writing events and writing their incidents
            touched = set(stale.values()) | {v for k, v in stored.items() if k in stale and v}
            current = [i for i in self.index.iter_incidents() if i.id in touched]
            self._write(stale, current, touched - {i.id for i in current})

    def add(self, extractions: Sequence[Extraction]) -> None:
        """File the events of newly written documents and rewrite only the incidents that changed (the cost
        follows what the new events touched, not the size of the store)."""
        for x in extractions:
            published = x.document.published.value if x.document.published else None
            for event in x.events:
                self.index.add(event, published, x.document.title)
        changes = self.index.take_changes()
        if changes.assigned:
            self._write(changes.assigned, changes.incidents, changes.gone)

    def _write(self, changed: dict[str, str], current: list[Incident], gone: set[str]) -> None:
        self.store.write_incidents(current, changed, gone)
        log.debug("incidents: %d rewritten, %d removed, %d events reassigned", len(current), len(gone), len(changed))
