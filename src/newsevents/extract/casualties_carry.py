"""Casualty counts told in the next sentence, with no event word of their own.

Digests and wire leads often tell an attack in one sentence and its toll in the next, which holds no trigger:
"Gunmen attack a checkpoint near Kidal. Two dead, dozens hurt." / "Militants stormed a village overnight. At least 30
villagers are dead, residents said." The typing stage reads one sentence at a time, so the toll is lost. `carry`
gives such a sentence's killed and injured to the last attack of the sentence just before it, when that attack has
no count of its own. The count keeps its own span (it points into the second sentence) and is marked with
`EXTRACTOR` and a lower confidence, so an analyst can see where it came from.

Not carried: a toll in a sentence that has an event of its own (typing attaches it there), one that looks back at
another incident ("the 2015 attack", "last year", "so far this year", "in total"), one in another paragraph, and
any count when the attack already has killed or injured figures.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from newsevents.extract import casualties
from newsevents.models import Count

EXTRACTOR = "casualties.next-sentence"
CONFIDENCE = 0.8  # times the count's own confidence: the tie between the two sentences is adjacency, not syntax
ROLES = ("fatalities", "injured")
# a cheap gate before the count parse: words of death and injury (most sentences have none)
_HARM = re.compile(r"\b(?:dead|died|dies|killed|death|deaths|lives|hurt|wounded|injured|injuries|casualt\w*|"
                   r"hospitali[sz]ed|bodies)\b", re.IGNORECASE)
# a sentence looking back at another incident or summing up over a period
_ELSEWHERE = re.compile(r"\b(?:1[89][0-9]{2}|20[0-9]{2}|last\s+(?:year|month|week)|this\s+year|so\s+far|since|"
                        r"in\s+total|previous|earlier\s+(?:attack|bombing|raid|clash)|similar)\b", re.IGNORECASE)


def _harm_only(sent: Span) -> dict[str, Count]:
    """The killed and injured counts of a sentence that has no event, unless it looks elsewhere."""
    text = sent.text
    if not _HARM.search(text) or _ELSEWHERE.search(text):
        return {}
    found = [rc for rc in casualties.find_counts(sent) if rc.role in ROLES]
    return {role: replace(count, extractor=EXTRACTOR, confidence=round(count.confidence * CONFIDENCE, 3))
            for role, count in casualties.merge(found).items()}


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _same_paragraph(a: Span, b: Span) -> bool:
    """No blank line between the two sentences (spaCy keeps the whitespace after a sentence inside it)."""
    between = a.doc.text[a.start_char:b.start_char]
    return _BLANK_LINE.search(between, len(between.rstrip())) is None


def carry(sentences: list[Span], frames: list[list]) -> list[list]:
    """Frames per sentence (`typing.analyse`), with a trigger-less sentence's toll given to the attack before it.

    `frames[i]` are the frames of `sentences[i]`; the lists returned are new lists, the frames replaced only where a
    count was carried."""
    out = [list(f) for f in frames]
    for i in range(1, len(sentences)):
        if out[i] or not out[i - 1] or not _same_paragraph(sentences[i - 1], sentences[i]):
            continue
        attacks = [k for k, f in enumerate(out[i - 1])
                   if f.event_type == "ASSAULT" and not f.mentioned and not any(r in f.counts for r in ROLES)]
        if not attacks:
            continue
        counts = _harm_only(sentences[i])
        if not counts:
            continue
        k = attacks[-1]
        frame = out[i - 1][k]
        out[i - 1][k] = replace(frame, counts={**frame.counts, **counts})
    return out
