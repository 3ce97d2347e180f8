"""A sentence that opens on "It" or "The group" right after a sentence naming one group only ("Who are Jaish al-Adl?
The Sunni Baluch group was founded in 2012 by former members of Jundallah", "Q: Where did JNIM come from? A: It was
born in March 2017, when ..."): the subject is that group, where the coreference step left it unread (session 18).
The subject is kept as a coreference mention, so the rules read it as they read "the group" resolved there."""

from __future__ import annotations

import bisect
import re

from newsevents.models import ActorRef

# the opening subject: "It", "The group", "The sectarian group", "The Pakistan-based group", after an answer label
# ("A:", "Answer:") if any, and followed by a verb (no "It said ...": a teller is not read, only was/is/came/had ...)
_OPENING = re.compile(
    r"(?:(?:A|Answer)\s*:\s*)?(?P<subj>It|The\s+(?:[\w'’-]+\s+){0,3}?(?:group|faction|organi[sz]ation|movement|gang|"
    r"cartel|militia|outfit|network))(?=\s+(?:was|is|has|had|came|grew|emerged|began|started)\b)")
_GROUP_KINDS = frozenset({"armed_group", "organisation", "organization", "group", "party", "militia"})


def topic_subjects(text: str, sents: list[tuple[int, int]], mentions: list[ActorRef]) -> list[ActorRef]:
    """The mentions with, for each sentence opening on "It" / "The group" that no mention covers, a coreference
    mention of the one group the sentence before names (by id; none when it names two or more)."""
    ordered = sorted(mentions, key=lambda m: m.span)
    starts = [m.span[0] for m in ordered]
    added: list[ActorRef] = []
    for prev, sent in zip(sents, sents[1:]):
        hit = _OPENING.match(text, sent[0], sent[1])
        if hit is None:
            continue
        span = hit.span("subj")
        if any(m.span[0] < span[1] and span[0] < m.span[1] for m in ordered):
            continue
        before = ordered[bisect.bisect_left(starts, prev[0]):bisect.bisect_left(starts, prev[1])]
        groups = {m.actor_id: m for m in before if m.kind in _GROUP_KINDS and m.actor_id is not None and
                  m.via != "coreference"}
        if len(groups) != 1 or any(m.kind in ("person", "state") and m.via != "coreference" for m in before):
            continue
        one = next(iter(groups.values()))
        added.append(ActorRef(text=hit.group("subj"), span=span, actor_id=one.actor_id, name=one.name,
                              sector=one.sector, country=one.country, kind=one.kind, provisional=one.provisional,
                              via="coreference", confidence=min(one.confidence, 0.8), extractor="relations:topic"))
    return sorted([*mentions, *added], key=lambda m: m.span) if added else mentions
