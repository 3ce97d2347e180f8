"""Correction notices: find them in the text and apply them to the extracted values they correct."""

from __future__ import annotations

import logging
import re

from newsevents.models import Correction, Event, Extraction, Location, Place, Relation

log = logging.getLogger(__name__)

EXTRACTOR = "corrections"

_NOTICE = re.compile(
    r"(?:Correction\s*[:\-—]\s*|Clarification\s*[:\-—]\s*|This (?:article|story|report) has been (?:corrected|"
    r"updated)[^.]*\.\s*|An earlier version (?:of this (?:article|story|report))?[^.]*\.|A previous version"
    r"[^.]*\.)(?:[^.\n]*\.){0,2}", re.I)
_SAID = re.compile(r"(?:An earlier|A previous) version(?: of this (?:article|story|report))?\s+(?:incorrectly\s+|"
                   r"wrongly\s+|mistakenly\s+)?(?:said|stated|reported|described|identified|referred to|"
                   r"misstated|misidentified|gave)\s+(?:that\s+)?(?P<clause>[^.]+)\.", re.I)
_ACTUALLY = re.compile(r"(?P<clause>[^.]*\b(?:actually|in fact|correctly)\b[^.]*)\.", re.I)
_NOT = re.compile(r"\b(?P<right>[A-Z0-9][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,3}),?\s+not\s+(?P<wrong>[A-Z0-9][\w'’-]*"
                  r"(?:\s+[A-Z0-9][\w'’-]*){0,3})")
_AS = re.compile(r"\b(?:misstated|misidentified|identified|referred to|described)\s+(?P<what>[^.]*?)\s+as\s+"
                 r"(?P<wrong>[^.,;]+)", re.I)
_SHOW = re.compile(r"corrected to (?:show|reflect|say|note) that (?P<right>[^.]+)\.", re.I)
_CONTEXT_STOP = frozenset({"the", "a", "an", "were", "was", "is", "are", "from", "of", "in", "that", "they",
                           "it", "he", "she", "said", "had", "have", "been", "and", "to"})


def _tail_difference(wrong_clause: str, right_clause: str) -> tuple[str | None, str | None]:
    """The differing value of two clauses that share a last function word ("from Chechnya" / "from Dagestan")."""
    right = re.sub(r"\b(?:actually|in fact|correctly)\b\s*", "", right_clause, flags=re.I).strip()
    words = right.split()
    for i, w in enumerate(words):
        if w.lower() in ("from", "in", "of", "by", "on", "at", "as", "to", "is", "was", "are", "were"):
            anchor = re.search(rf"\b{re.escape(w)}\s+(?P<v>[^,;]+)$", wrong_clause, re.I)
            if anchor and i + 1 < len(words):
                return anchor.group("v").strip(" .\u00a0"), " ".join(words[i + 1:]).strip(" .\u00a0")
    return None, None


def find(text: str) -> list[Correction]:
    """Every correction notice in the text, with the wrong and the right value where they can be told apart."""
    out: list[Correction] = []
    for m in _NOTICE.finditer(text):
        notice = m.group(0).strip()
        wrong = right = None
        said = _SAID.search(notice)
        if said:
            rest = notice[said.end():]
            actually = _ACTUALLY.search(rest)
            if actually:
                wrong, right = _tail_difference(said.group("clause"), actually.group("clause"))
        if wrong is None:
            nots = _NOT.search(notice)
            if nots:
                wrong, right = nots.group("wrong").strip(), nots.group("right").strip()
        if wrong is None:
            as_ = _AS.search(notice)
            if as_:
                wrong = as_.group("wrong").strip()
        if right is None:
            show = _SHOW.search(notice)
            if show:
                right = show.group("right").strip()
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        out.append(Correction(text=notice, wrong=wrong, right=right, span=(start, start + len(notice))))
    return out


def _context_words(c: Correction) -> set[str]:
    """The words the wrong statement was about ("Caucasus Emirate militants"), without the wrong value."""
    said = _SAID.search(c.text)
    clause = said.group("clause") if said else c.text
    wrong = set(re.findall(r"\w+", (c.wrong or "").lower()))
    return {w.rstrip("s") for w in re.findall(r"\w+", clause.lower()) if w not in _CONTEXT_STOP and w not in wrong}


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    end_dot = text.find(". ", pos)
    end_nl = text.find("\n", pos)
    ends = [e for e in (end_dot, end_nl) if e != -1]
    return text[start:min(ends) if ends else len(text)]


def _in_context(text: str, span: tuple[int, int] | None, c: Correction, context: set[str]) -> bool:
    """Whether the value at span is the one the notice corrects: not inside the notice, in a sentence about
    the same thing (at least half of the notice's context words)."""
    if span is None or (c.span is not None and c.span[0] <= span[0] < c.span[1]):
        return False
    words = {w.rstrip("s") for w in re.findall(r"\w+", _sentence_at(text, span[0]).lower())}
    return bool(context) and len(context & words) * 2 >= len(context)


def _note(extractor: str, wrong: str) -> str:
    return f"{extractor}+{EXTRACTOR}(was {wrong!r})"


def apply(extraction: Extraction) -> Extraction:
    """The extraction with each correction applied to the places, event locations and actor names it corrects;
    the original stays in the record's text and in its extractor note, and in document.metadata."""
    doc = extraction.document
    text = doc.text
    corrections = doc.corrections or find(text)
    applied: list[dict[str, object]] = []
    places = list(extraction.places)
    events = list(extraction.events)
    relations = list(extraction.relations)
    for c in corrections:
        if not c.wrong or not c.right:
            continue
        context = _context_words(c)
        wrong = c.wrong.lower()
        resolved = next((p for p in places if (p.name or p.text).lower() == c.right.lower()), None)

        def fix_place(p: Place) -> Place:
            if (p.name or p.text).lower() != wrong and p.text.lower() != wrong:
                return p
            if not _in_context(text, p.span, c, context):
                return p
            applied.append({"record": "place", "span": list(p.span), "from": p.name or p.text, "to": c.right})
            base = {"geonameid": resolved.geonameid, "lat": resolved.lat, "lon": resolved.lon,
                    "country": resolved.country, "admin1": resolved.admin1, "feature": resolved.feature} \
                if resolved else {"geonameid": None, "lat": None, "lon": None, "admin1": None, "feature": None}
            return p.replace(name=c.right, extractor=_note(p.extractor, p.name or p.text), **base)

        def fix_location(loc: Location | None) -> Location | None:
            if loc is None or (loc.name or "").lower() != wrong or not _in_context(text, loc.span, c, context):
                return loc
            applied.append({"record": "location", "span": list(loc.span or ()), "from": loc.name, "to": c.right})
            extra = {"geonameid": resolved.geonameid, "lat": resolved.lat, "lon": resolved.lon,
                     "admin1": resolved.admin1} if resolved else {"geonameid": None, "lat": None, "lon": None,
                                                                  "admin1": None}
            return loc.replace(name=c.right, extractor=_note(loc.extractor, loc.name or ""), **extra)

        def fix_event(e: Event) -> Event:
            loc = fix_location(e.location)
            return e if loc is e.location else e.replace(location=loc)

        def fix_relation(r: Relation) -> Relation:
            src, tgt = r.source, r.target
            for role in ("source", "target"):
                ref = getattr(r, role)
                if ref.name and wrong in ref.name.lower() and _in_context(text, ref.span, c, context):
                    new_name = re.sub(re.escape(c.wrong), c.right, ref.name, flags=re.I)
                    applied.append({"record": "relation", "id": r.id, "role": role, "from": ref.name,
                                    "to": new_name})
                    ref = ref.replace(name=new_name, extractor=_note(ref.extractor, ref.name))
                if role == "source":
                    src = ref
                else:
                    tgt = ref
            return r if (src is r.source and tgt is r.target) else r.replace(source=src, target=tgt)

        places = [fix_place(p) for p in places]
        events = [fix_event(e) for e in events]
        relations = [fix_relation(r) for r in relations]
    meta = dict(doc.metadata)
    if applied:
        meta["corrections_applied"] = applied
        log.info("doc %s: %d values corrected", doc.id, len(applied))
    document = doc.replace(corrections=list(corrections), metadata=meta)
    return Extraction(document=document, events=events, relations=relations, places=places,
                      times=list(extraction.times))
