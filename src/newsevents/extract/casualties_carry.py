"""Casualty counts told in the next sentence, with no event word of their own.

Digests and wire leads often tell an attack in one sentence and its toll in the next, which holds no trigger:
"Gunmen attack a checkpoint near Kidal. Two dead, dozens hurt." / "Militants stormed a village overnight. At least 30
villagers are dead, residents said." The typing stage reads one sentence at a time, so the toll is lost. `carry`
gives such a sentence's killed and injured to the last attack of the sentence just before it, when that attack has
no count of its own. The count keeps its own span (it points into the second sentence) and is marked with
`EXTRACTOR` and a lower confidence, so an analyst can see where it came from.

Not carried: a toll in a sentence that has an event of its own (typing attaches it there), one that looks back at
another incident ("the 2015 attack", "last year", "so far this year", "in total"), one in another paragraph, and
any count of a role the attack has a figure for already. A toll that gives only the role the attack lacks is carried
("... killed 148 people in the attacks. About 300 injured persons are receiving treatment.": the injured; "Nine
people were injured. There were no fatalities.": the zero dead).

`gather` does the same inside one sentence: a sentence that tells one attack with two trigger words ("militants
ambushed a convoy ... adding that four soldiers and seven militants died", "two soldiers lost their lives ... when
terrorists stormed a base, before being repelled") leaves its toll on neither word, or splits it between them
("killed nine residents ...; three more died of their injuries"). The sentence's killed and injured figures, added up
as one event's (`casualties.merge`), go to its main attack, and the other attack words of the sentence keep none.
A sentence with no attack frame gives them to its protest, riot or territory frame (`_fought_over`: protesters
hurt, the dead of the fight in which a town fell), and `unclaimed` hands a toll no frame holds to an event added to
the sentence later (the learned check's).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from newsevents.extract import casualties
from newsevents.models import Count
from newsevents.nlp import doc_text, sentence_of

EXTRACTOR = "casualties.next-sentence"
CONFIDENCE = 0.8  # times the count's own confidence: the tie between the two sentences is adjacency, not syntax
ROLES = ("fatalities", "injured")
# a cheap gate before the count parse: words of death and injury (most sentences have none)
# (every form of a stem the count parse reads: 'killing 32 people and wounding 110', 'lynched', 'taken to hospital',
# 'struggling to breathe', 'poisoned', 'no fatalities')
_HARM = re.compile(r"\b(?:dead|died|dies|kill\w*|death|deaths|lives|hurt|harmed|wound\w*|injur\w*|casualt\w*|"
                   r"hospital\w*|treated|bodies|neutrali[sz]ed|martyred|slain|perished|supreme\s+price|"
                   r"fatalit(?:y|ies)|poison\w*|maim\w*|lynch\w*|breath\w*|critical\s+condition|burns|"
                   r"treatment|medical|evacuated|alight|ablaze)\b",
                   re.IGNORECASE)
# a sentence looking back at another incident, summing up over a period or a whole conflict, or telling another
# happening ('so far' alone is the running count of this incident: "twelve bodies have been recovered so far"; 'so far
# in the conflict', 'so far this month', "So far, 2,000 people have died in the conflict" sum up; "Meanwhile, five
# people were injured in a road accident" is another happening)
_ELSEWHERE = re.compile(r"\b(?:1[89][0-9]{2}|20[0-9]{2}|last\s+(?:year|month|week)|this\s+year|"
                        r"so\s+far\s+(?:in|this|since|during|across|throughout)|since|"
                        r"in\s+total|previous|earlier\s+(?:attack|bombing|raid|clash)|similar|"
                        r"conflict|war|insurgency|meanwhile|elsewhere|separately|in\s+another|"
                        r"accident|crash(?:ed|es)?|collision|stampede|earthquake|landslide|flood(?:s|ing)?|"
                        r"storm|outbreak|epidemic)\b", re.IGNORECASE)


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
    between = doc_text(a.doc)[a.start_char:b.start_char]  # (the Doc's text, built once: Doc.text joins its tokens)
    return _BLANK_LINE.search(between, len(between.rstrip())) is None


def _own_attacks(frames: list) -> list[int]:
    """Indexes of the sentence's own attack frames (not attacks named in passing)."""
    return [k for k, f in enumerate(frames) if f.event_type == "ASSAULT" and not f.mentioned]


# the one who did it, when told shot by those who answered the attack ("before police shot and killed the attacker")
_PERPETRATORS = frozenset({"attacker", "assailant", "gunman", "shooter", "bomber", "suspect", "perpetrator",
                           "assassin"})


def _responders_kill(rc: casualties.RoleCount, found: list[casualties.RoleCount]) -> bool:
    """A lone perpetrator killed in another act of the sentence ('the attack left one officer dead ... before police
    shot and killed the attacker'): not part of the attack's toll, which another count gives."""
    return rc.count.best == 1 and rc.number.lemma_.lower() in _PERPETRATORS and any(
        o.role == rc.role and o.governor.i != rc.governor.i for o in found)


def gather(sent: Span, frames: list) -> list:
    """The sentence's frames, its killed and injured figures given whole to its main attack (the first own attack
    frame holding a figure, else the first own attack frame) when the attack frames left some of them untold
    or split them; one sentence is one toll."""
    attacks = _own_attacks(frames)
    if not attacks:
        return _fought_over(sent, _none_hurt(sent, frames))
    if len(attacks) < 2:
        # one attack word takes every count of its sentence in typing already; a toll no frame holds (typing hung it
        # on no frame: 'drones dropped gas grenades on the trenches; two soldiers were evacuated with eye injuries')
        # goes to the attack
        whole = unclaimed(sent, frames)
        if not whole:
            return frames
        out = list(frames)
        out[attacks[0]] = replace(frames[attacks[0]], counts={**frames[attacks[0]].counts, **whole})
        return out
    if not _HARM.search(sent.text):
        return frames
    whole = _toll(sent)
    main = next((k for k in attacks if any(r in frames[k].counts for r in ROLES)), attacks[0])
    if all(frames[main].counts.get(r) == c for r, c in whole.items()):
        return frames
    out = list(frames)
    for k in attacks:
        rest = {r: c for r, c in frames[k].counts.items() if r not in whole}
        out[k] = replace(frames[k], counts={**rest, **whole} if k == main else rest)
    return out


_NONE = re.compile(r"\b(?:no|without|nobody|none)\b", re.IGNORECASE)


def _none_hurt(sent: Span, frames: list) -> list:
    """'Police broke up the march with tear gas; no injuries were reported', 'detained dozens of demonstrators,
    without reported injuries': a sentence with no attack that says nobody was killed or hurt gives its zero to
    the main event ACLED codes (the protest or the arrests), which has no such figure of its own."""
    main = next((k for k, f in enumerate(frames) if f.acled is not None and not f.mentioned), None)
    if main is None or not _NONE.search(sent.text) or not _HARM.search(sent.text):
        return frames
    zero = {r: c for r, c in casualties.merge([rc for rc in casualties.find_counts(sent) if rc.role in ROLES]).items()
            if c.best == 0 and r not in frames[main].counts}
    if not zero:
        return frames
    out = list(frames)
    out[main] = replace(frames[main], counts={**frames[main].counts, **zero})
    return out


def _toll_taker(frame) -> bool:  # type: ignore[no-untyped-def]
    """A frame ACLED codes with its own dead and hurt though it is not an attack: a protest or riot (protesters hurt
    by police, rioters shot) or fighting for a place (a town overrun, a district retaken)."""
    return frame.acled is not None and not frame.mentioned and (
        frame.event_type == "PROTEST" or frame.event_type == "COERCE" and frame.mode == "seize")


def _fought_over(sent: Span, frames: list) -> list:
    """'Police lathi-charged students protesting ...; eleven of them sustained injuries', 'JNIM took Djibo after
    overrunning a post in fighting that left 14 volunteers dead': a sentence with no attack frame gives its killed and
    injured figures to its first protest, riot or territory frame when no frame of the sentence holds one already."""
    main = next((k for k, f in enumerate(frames) if _toll_taker(f)), None)
    whole = unclaimed(sent, frames) if main is not None else {}
    if main is None or not whole:
        return frames
    out = list(frames)
    out[main] = replace(frames[main], counts={**frames[main].counts, **whole})
    return out


def unclaimed(sent: Span, frames: list) -> dict[str, Count]:
    """The sentence's killed and injured figures, added up as one event's, when none of its frames holds one: the
    toll of an attack the rules did not find as an event ('two civilians died of suffocation' after 'IS fighters
    released toxic smoke'), for an event added to the sentence later (typing_learned.added)."""
    if any(r in f.counts for f in frames for r in ROLES):
        return {}
    if not _HARM.search(sent.text):
        return _next_zero(sent)
    return _toll(sent) or _next_zero(sent)


def _toll(sent: Span) -> dict[str, Count]:
    """The sentence's killed and injured figures added up as one event's, less the attackers the responders killed
    ('police shot dead the attacker': no part of the attack's toll)."""
    found = [rc for rc in casualties.find_counts(sent) if rc.role in ROLES]
    return casualties.merge([rc for rc in found if not _responders_kill(rc, found)])


def _next_zero(sent: Span) -> dict[str, Count]:
    """'... heard 14 artillery rounds land near the airstrip. No one was hurt.': a zero toll told alone in the next
    sentence of the paragraph, which speaks of the event before it (a number told there may be another incident's,
    and is left to `carry`, which knows whether that sentence has an event of its own)."""
    doc = sent.doc
    if sent.end >= len(doc):
        return {}
    nxt = sentence_of(doc[sent.end])
    if not _NONE.search(doc_text(doc), nxt.start_char, nxt.end_char) or not _same_paragraph(sent, nxt):
        return {}
    counts = _harm_only(nxt)
    return counts if counts and all(c.best == 0 for c in counts.values()) else {}


def carry(sentences: list[Span], frames: list[list]) -> list[list]:
    """Frames per sentence (`typing.analyse`), each sentence's toll gathered on its main attack (`gather`), and a
    trigger-less sentence's toll given to the attack before it.

    `frames[i]` are the frames of `sentences[i]`; the lists returned are new lists, the frames replaced only where a
    count was gathered or carried."""
    out = [list(gather(s, f)) for s, f in zip(sentences, frames)]
    for i in range(1, len(sentences)):
        if out[i] or not out[i - 1] or not _same_paragraph(sentences[i - 1], sentences[i]):
            continue
        attacks = [k for k, f in enumerate(out[i - 1])
                   if f.event_type == "ASSAULT" and not f.mentioned and not all(r in f.counts for r in ROLES)]
        if not attacks and not _own_attacks(out[i - 1]):
            # no attack told: the protest, riot or territory frame takes the toll ('rioters set fire to shops
            # overnight. No casualties were reported.', 'M23 captured Minova. Health workers counted 18 bodies.')
            attacks = [k for k, f in enumerate(out[i - 1]) if _toll_taker(f) and not any(
                r in f.counts for r in ROLES)][:1]
        if not attacks:
            continue
        bare = [k for k in attacks if not any(r in out[i - 1][k].counts for r in ROLES)]
        k = (bare or attacks)[-1]  # the last attack with no figure, else the last lacking one
        frame = out[i - 1][k]
        counts = _harm_only(sentences[i])
        if not counts or any(r in frame.counts for r in counts):
            continue  # (a role the attack has already: a second toll, an update or a part, not the missing figure)
        out[i - 1][k] = replace(frame, counts={**frame.counts, **counts})
    return out
