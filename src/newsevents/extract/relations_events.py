"""Relations inferred from events: repeated fighting between two armed groups is a rivalry, a joint attack an
alliance."""

from __future__ import annotations

import hashlib

from newsevents.extract.relations_args import EXTRACTOR, NOT_ASSERTED, VERSION
from newsevents.models import ActorRef, Event, Relation

_ARMED = frozenset({"armed_group", "group", "rebel", "militia", "insurgent"})


def relations_from_events(events: list[Event], *, min_clashes: int = 2) -> list[Relation]:
    """Rivalry from repeated fighting between two armed groups, alliance from a joint operation."""
    pairs: dict[tuple[str, str], list[Event]] = {}
    joint: list[tuple[Event, ActorRef, ActorRef]] = []
    for ev in events:
        if ev.certainty in NOT_ASSERTED:
            continue
        armed_actors = [a for a in ev.actors if a.actor_id and a.kind in _ARMED]
        armed_targets = [a for a in ev.recipients if a.actor_id and a.kind in _ARMED]
        if ev.event_type == "ASSAULT":
            for a in armed_actors:
                for b in armed_targets:
                    if a.actor_id != b.actor_id:
                        key = tuple(sorted((a.actor_id, b.actor_id)))
                        pairs.setdefault(key, []).append(ev)  # type: ignore[arg-type]
            for i, a in enumerate(armed_actors):
                for b in armed_actors[i + 1:]:
                    if a.actor_id != b.actor_id:
                        joint.append((ev, a, b))
    out: list[Relation] = []
    for (x, y), evs in sorted(pairs.items()):
        if len({e.id for e in evs}) < min_clashes:
            continue
        first = min(evs, key=lambda e: (e.date.value if e.date and e.date.value else "9999"))
        refs = {a.actor_id: a for e in evs for a in (*e.actors, *e.recipients)}
        out.append(Relation(
            id="rel_" + hashlib.sha1(f"rivalry|{x}|{y}|{','.join(sorted(e.id for e in evs))}".encode()).hexdigest()[:16],
            doc_id=first.doc_id, type="rivalry", source=refs[x], target=refs[y], sentence=first.sentence,
            trigger=first.trigger, date=first.date, certainty="asserted",
            confidence=round(min(0.9, 0.5 + 0.1 * len(evs)), 2), extractor=f"{EXTRACTOR}.events/{VERSION}"))
    for ev, a, b in joint:
        out.append(Relation(
            id="rel_" + hashlib.sha1(f"alliance|{ev.id}|{a.actor_id}|{b.actor_id}".encode()).hexdigest()[:16],
            doc_id=ev.doc_id, type="alliance", source=a, target=b, sentence=ev.sentence, trigger=ev.trigger,
            date=ev.date, certainty="asserted", confidence=round(0.6 * ev.confidence + 0.2, 2),
            extractor=f"{EXTRACTOR}.events/{VERSION}"))
    return out
