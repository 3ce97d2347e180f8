"""The command line: a thin layer over the Python API (parse arguments, call one function, print)."""

from __future__ import annotations

import json
import logging
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from newsevents import __version__
from newsevents.config import SETTINGS, load_settings
from newsevents.errors import NewsEventsError
from newsevents.library import Summary, extract_stream, ingest as ingest_api, open_db
from newsevents.models import ErrorRecord, Extraction

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news about political violence into a source-linked event database.")
actors_app = typer.Typer(no_args_is_help=True, help="The actor knowledge base: show actors, import dictionaries.")
app.add_typer(actors_app, name="actors")
err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)

DbOpt = typer.Option("newsevents.db", "--db", help="SQLite file (or a SQLAlchemy URL).")
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary.")
ConfigOpt = typer.Option(None, "--config", help="TOML settings file ([newsevents] table).")


def _version(value: bool) -> None:
    if value:
        out.print(f"newsevents {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log what each stage does."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


def _count_inputs(paths: list[str]) -> int | None:
    from newsevents.ingest.readers import iter_paths

    if any(p == "-" or p.endswith((".jsonl", ".csv", ".ndjson")) for p in paths):
        return None
    return sum(1 for _ in iter_paths(paths))


@contextmanager
def _progress(paths: list[str], quiet: bool) -> Iterator:  # type: ignore[type-arg]
    total = None if quiet else _count_inputs(paths)
    if quiet or (total is not None and total < 3):
        yield lambda item: None
        return
    columns = [SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
               MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("coding articles", total=total)
        yield lambda item: progress.advance(task)


def _summary(summary: Summary, quiet: bool) -> None:
    if quiet:
        return
    err.print(f"[bold]{summary.documents}[/] documents read, [bold]{summary.events}[/] events, "
              f"[bold]{summary.relations}[/] relations, [bold]{sum(summary.errors.values())}[/] errors")
    for reason, n in sorted(summary.errors.items()):
        err.print(f"  {reason}: {n}")


def _exit_code(summary: Summary, strict: bool) -> int:
    """0 when anything was read (the output contract), 1 when nothing was; --strict: 3 on any failure."""
    if summary.documents == 0 and summary.duplicates == 0:
        return 1
    if strict and summary.failed:
        return 3
    return 0


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders, or - for stdin."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write JSON lines here (default stdout)."),
    fmt: str = typer.Option("jsonl", "--format", help="Only jsonl."),
    quiet: bool = QuietOpt,
    strict: bool = typer.Option(False, "--strict", help="Exit 3 when any document failed."),
    config: Optional[Path] = ConfigOpt,
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Size cap per document."),
) -> None:
    """Write the record stream (documents, events, relations, places, times, errors) without a database."""
    if fmt != "jsonl":
        raise typer.BadParameter("only jsonl is supported", param_hint="--format")
    settings = load_settings(config, max_bytes=max_bytes)
    summary = Summary()
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        with _progress(paths, quiet) as tick:
            for item in extract_stream(paths, settings=settings):
                summary.add(item)
                records = [item] if isinstance(item, ErrorRecord) else item.records()
                for record in records:
                    sink.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
                tick(item)
    finally:
        if output:
            sink.close()
    _summary(summary, quiet)
    raise typer.Exit(_exit_code(summary, strict))


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders, or - for stdin."),
    db: str = DbOpt,
    quiet: bool = QuietOpt,
    strict: bool = typer.Option(False, "--strict", help="Exit 3 when any document failed."),
    config: Optional[Path] = ConfigOpt,
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Size cap per document."),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", help="Documents per transaction."),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes coding documents (each loads the model)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Code on a dask cluster: tcp://HOST:8786, or local."),
) -> None:
    """Code documents and store them (SQLite by default); running it again adds nothing twice."""
    settings = load_settings(config, max_bytes=max_bytes, batch_size=batch_size)
    with _progress(paths, quiet) as tick:
        summary = ingest_api(paths, db, settings=settings, on_item=tick, workers=workers, dask=dask)
    _summary(summary, quiet)
    if not quiet:
        err.print(f"stored in {db}")
    raise typer.Exit(_exit_code(summary, strict))


def _event_filters(**kw):  # type: ignore[no-untyped-def]
    return {k: v for k, v in kw.items() if v is not None}


@app.command()
def events(
    db: str = DbOpt,
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. ASSAULT."),
    acled: Optional[str] = typer.Option(None, "--acled", help="ACLED event type or sub-event type."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Actor id or part of a name."),
    country: Optional[str] = typer.Option(None, "--country", help="ISO-2 country code."),
    date_from: Optional[str] = typer.Option(None, "--from", help="First date (YYYY[-MM[-DD]])."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Last date (YYYY[-MM[-DD]])."),
    text: Optional[str] = typer.Option(None, "--text", help="Words in the sentence."),
    certainty: Optional[str] = typer.Option(None, "--certainty", help="asserted, claimed, alleged, ..."),
    limit: int = typer.Option(100, "--limit", help="Most events to list."),
    fmt: str = typer.Option("table", "--format", help="table, jsonl or csv."),
) -> None:
    """List stored events, filtered."""
    from newsevents.export import ACLED_COLUMNS, acled_row, csv_text

    found = open_db(db).events(**_event_filters(event_type=event_type, actor=actor, country=country,
                                                date_from=date_from, date_to=date_to, text=text,
                                                acled_type=acled, certainty=certainty), limit=limit)
    if fmt == "jsonl":
        for e in found:
            sys.stdout.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        for chunk in csv_text((acled_row(e) for e in found), ACLED_COLUMNS):
            sys.stdout.write(chunk)
    elif fmt == "table":
        table = Table(show_lines=False)
        for col in ("date", "type", "ACLED", "actor", "recipient", "where", "killed", "certainty", "sentence"):
            table.add_column(col, overflow="fold")
        for e in found:
            table.add_row(
                e.date.value if e.date and e.date.value else "", e.event_type,
                e.acled.sub_event_type or e.acled.event_type if e.acled else "",
                "; ".join(a.name or a.text for a in e.actors), "; ".join(a.name or a.text for a in e.recipients),
                e.location.name or "" if e.location else "", str(e.fatalities.best) if e.fatalities else "",
                e.certainty, Text(e.sentence.text[:160]))
        out.print(table)
        out.print(f"{len(found)} events")
    else:
        raise typer.BadParameter("table, jsonl or csv", param_hint="--format")


@app.command()
def show(doc_id: str = typer.Argument(..., help="Document id (a unique prefix is enough)."), db: str = DbOpt) -> None:
    """Print an article with its extractions marked in the text, then each event's fields."""
    from newsevents.render import render_extraction

    x = open_db(db).extraction(doc_id)
    if x is None:
        err.print(f"No document {doc_id!r} in {db}.")
        raise typer.Exit(1)
    for renderable in render_extraction(x):
        out.print(renderable, soft_wrap=False)  # wrap inside panels: the whole article must be readable


@app.command()
def export(
    db: str = DbOpt,
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (every record kind) or csv (events, ACLED columns)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default stdout)."),
) -> None:
    """Export everything stored: JSON lines of every record kind, or events as ACLED-style CSV."""
    from newsevents.export import ACLED_COLUMNS, acled_row, csv_text, jsonl

    database = open_db(db)
    sink = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "jsonl":
            for line in jsonl(database.records()):
                sink.write(line)
        elif fmt == "csv":
            docs = {d.id: d for d in database.documents(limit=10**9)}
            rows = (acled_row(e, docs.get(e.doc_id)) for e in database.events(limit=10**9))
            for chunk in csv_text(rows, ACLED_COLUMNS):
                sink.write(chunk)
        else:
            raise typer.BadParameter("jsonl or csv", param_hint="--format")
    finally:
        if output:
            sink.close()


@app.command()
def incidents(
    db: str = DbOpt,
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER type."),
    country: Optional[str] = typer.Option(None, "--country", help="ISO-2 country code."),
    date_from: Optional[str] = typer.Option(None, "--from", help="First date."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Last date."),
    min_sources: int = typer.Option(1, "--min-sources", help="Only incidents reported by this many documents."),
    limit: int = typer.Option(100, "--limit"),
    fmt: str = typer.Option("table", "--format", help="table, jsonl or csv."),
) -> None:
    """List incidents: one real incident per row, with its sources and reconciled figures."""
    from newsevents.export import INCIDENT_COLUMNS, csv_text, incident_row

    found = [i for i in open_db(db).incidents(event_type=event_type, country=country, date_from=date_from,
                                               date_to=date_to, limit=limit) if i.sources >= min_sources]
    if fmt == "jsonl":
        for i in found:
            sys.stdout.write(json.dumps(i.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        for chunk in csv_text((incident_row(i) for i in found), INCIDENT_COLUMNS):
            sys.stdout.write(chunk)
    else:
        table = Table()
        for col in ("incident", "type", "date", "where", "killed", "injured", "sources", "events", "disagree"):
            table.add_column(col, overflow="fold")
        for i in found:
            r = incident_row(i)
            table.add_row(i.id, i.event_type, r["event_date"] or "", r["location"] or "",
                          str(r["fatalities"] or ""), str(r["injured"] or ""), str(i.sources),
                          str(len(i.event_ids)), ", ".join(i.conflicts))
        out.print(table)


@actors_app.command("show")
def actors_show(
    name: str = typer.Argument(..., help="Actor name, alias or id."),
    at: Optional[str] = typer.Option(None, "--at", help="Date (YYYY-MM-DD) for affiliations."),
    db: str = DbOpt,
) -> None:
    """An actor's aliases, its affiliations on a date, and its stored events."""
    from newsevents.library import actor_report
    from newsevents.render import render_actor_report

    report = actor_report(name, at, db if Path(db).exists() or "://" in db else None)
    if report is None:
        err.print(f"No actor called {name!r} in the knowledge base or the database.")
        raise typer.Exit(1)
    for renderable in render_actor_report(report):
        out.print(renderable)


@actors_app.command("import")
def actors_import(
    file: Path = typer.Argument(..., help="A PETRARCH/TABARI .actors.txt (or agents) dictionary."),
    output: Path = typer.Option(..., "--output", "-o", help="YAML knowledge-base file to write."),
) -> None:
    """Convert a PETRARCH/TABARI actor dictionary into a newsevents knowledge-base file."""
    from newsevents.ingest.dictionaries import import_dictionary, write_kb_yaml

    try:
        actors = import_dictionary(file)
    except NewsEventsError as exc:
        err.print(exc.message)
        raise typer.Exit(1) from exc
    write_kb_yaml(actors, output)
    err.print(f"{len(actors)} actors written to {output}; use it with NEWSEVENTS_KB_PATH={output} or --config")


@app.command()
def graph(
    at: Optional[str] = typer.Option(None, "--at", help="Only edges valid on this date."),
    fmt: str = typer.Option("json", "--format", help="graphml, gexf or json (Cytoscape elements)."),
    db: str = DbOpt,
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default stdout)."),
) -> None:
    """The armed-group relationship graph (knowledge base plus stored relations) for Gephi, networkx, Cytoscape."""
    from newsevents.library import relation_graph

    if fmt not in ("graphml", "gexf", "json"):
        raise typer.BadParameter("graphml, gexf or json", param_hint="--format")
    text = relation_graph(at, fmt, db if Path(db).exists() or "://" in db else None)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@app.command()
def settings() -> None:
    """List every setting with its default (flags, NEWSEVENTS_* variables and --config map onto them)."""
    table = Table()
    for col in ("setting", "default", "environment variable"):
        table.add_column(col, no_wrap=True)
    table.add_column("help")
    for s in SETTINGS:
        table.add_row(s.name, repr(s.default), f"NEWSEVENTS_{s.name.upper()}", s.help)
    out.print(table)


@app.command()
def serve(
    db: str = DbOpt,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind (localhost by default)."),
    port: int = typer.Option(8000, "--port"),
    token: Optional[str] = typer.Option(None, "--token", envvar="NEWSEVENTS_TOKEN",
                                        help="Enables the upload endpoint for clients that send this token."),
) -> None:
    """Serve the HTTP API and the web app."""
    try:
        import uvicorn

        from newsevents.api.app import create_app
    except ImportError as exc:
        err.print("The API needs its extra: pip install 'newsevents[api]'")
        raise typer.Exit(1) from exc
    uvicorn.run(create_app(db, token=token), host=host, port=port, log_level="warning")


if __name__ == "__main__":
    app()
