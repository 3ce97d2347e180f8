"""Terminal renderings: an article with every extracted span marked, and the fields of each event."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsevents.models import Event, Extraction

STYLES = {
    "actor": "bold cyan", "recipient": "bold magenta", "trigger": "bold red underline", "place": "green",
    "time": "yellow", "count": "bold white on red",
}


def marked_text(x: Extraction) -> Text:
    """The clean text with spans styled (rich.Text: the article text is never parsed as markup)."""
    text = Text(x.document.text)
    for p in x.places:
        text.stylize(STYLES["place"], *p.span)
    for t in x.times:
        text.stylize(STYLES["time"], *t.span)
    for e in x.events:
        for a in e.actors:
            text.stylize(STYLES["actor"], *a.span)
        for r in e.recipients:
            text.stylize(STYLES["recipient"], *r.span)
        for c in (e.fatalities, e.injured, e.arrested, e.kidnapped, e.size):
            if c is not None and c.span:
                text.stylize(STYLES["count"], *c.span)
        text.stylize(STYLES["trigger"], *e.trigger.span)
    return text


def event_table(e: Event) -> Table:
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="dim")
    table.add_column()

    def row(name: str, value: Any) -> None:
        if value not in (None, "", []):
            table.add_row(name, Text(str(value)))

    row("type", f"{e.event_type}" + (f" / {e.mode}" if e.mode else "") + (f"  modes: {', '.join(e.modes)}" if e.modes else ""))
    if e.acled:
        row("ACLED", f"{e.acled.event_type} / {e.acled.sub_event_type}")
    row("actors", "; ".join(f"{a.text} → {a.name or '?'} [{a.actor_id}]" for a in e.actors))
    row("recipients", "; ".join(f"{a.text} → {a.name or '?'} [{a.actor_id}]" for a in e.recipients))
    row("trigger", e.trigger.text)
    if e.date:
        row("date", f"{e.date.value} ({e.date.precision}, from {e.date.text!r} by {e.date.how})")
    if e.location:
        row("where", f"{e.location.name} {e.location.country or ''} ({e.location.precision}, "
                     f"from {e.location.text!r})")
    for name in ("fatalities", "injured", "arrested", "kidnapped", "size"):
        c = getattr(e, name)
        if c is not None:
            row(name, f"best {c.best} (low {c.low}, high {c.high}) from {c.text!r}")
    row("certainty", e.certainty + (f" (cue {e.certainty_cue.text!r})" if e.certainty_cue else ""))
    row("confidence", f"{e.confidence:.2f} by {e.extractor}")
    row("incident", e.incident_id)
    return table


def render_extraction(x: Extraction) -> Iterator[Any]:
    d = x.document
    yield Text(f"{d.title or '(no title)'}", style="bold")
    yield Text(f"{d.id}  {d.source}  published: {d.published.value if d.published else 'unknown'}"
               f"{' (' + d.published.how + ')' if d.published else ''}", style="dim")
    yield Text("legend: ") + Text.assemble(*[(f"{k} ", v) for k, v in STYLES.items()])
    yield Panel(marked_text(x))
    for e in sorted(x.events, key=lambda e: e.trigger.span):
        yield Panel(event_table(e), title=Text(e.sentence.text[:100]), title_align="left")
    for r in x.relations:
        yield Text(f"relation {r.type}: {r.source.name or r.source.text} → {r.target.name or r.target.text}"
                   f" ({r.certainty}, {r.date.value if r.date else 'undated'}) — {r.sentence.text[:120]}")
    for c in d.corrections:
        yield Text(f"correction: {c.wrong!r} → {c.right!r}  ({c.text[:120]})")
    if d.removed:
        yield Text(f"{len(d.removed)} boilerplate lines removed: " + "; ".join(
            f"{r.reason}: {r.text[:40]!r}" for r in d.removed), style="dim")


def render_actor_report(report: Any) -> Iterator[Any]:
    """An actor report as plain text lines (rich.Text: names are never parsed as markup)."""
    when = report.at.isoformat() if report.at else "any date"
    yield Text(f"{report.name}  [{report.actor_id}]", style="bold")
    if report.aliases:
        yield Text("aliases: " + ", ".join(report.aliases))
    if report.formed:
        yield Text(f"formed: {report.formed.isoformat()}")

    def edge_line(e: Any, other: str) -> Text:
        span = f"{e.start.isoformat() if e.start else '?'} .. {e.end.isoformat() if e.end else 'open'}"
        return Text(f"  {e.type:<11} {other}  ({span}; {e.via or 'extracted'}; confidence {e.confidence:.2f})")

    sections = (("affiliations (what it belongs or pledged to)", report.affiliations, "target"),
                ("affiliates (who belongs or pledged to it)", report.affiliates, "source"),
                ("defections (its members who went elsewhere)", report.defections, "target"),
                ("splits", report.splits, "target"), ("alliances", report.alliances, "target"),
                ("rivalries", report.rivalries, "target"))
    for title, edges, side in sections:
        yield Text(f"{title} on {when}:", style="underline")
        if not edges:
            yield Text("  none known")
        for e in edges:
            if side == "target":
                other = e.target_name or e.target
                if e.target == report.actor_id or edges is report.defections:
                    other = f"{e.source_name or e.source} -> {e.target_name or e.target}"
            else:
                other = e.source_name or e.source
            yield edge_line(e, other)
    if report.events is not None:
        yield Text(f"stored events with this actor: {report.events}")
