"""The command line: each command parses its options, opens the store and calls one
library function; parsed arguments never reach the core."""

from __future__ import annotations

import csv
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from recruitwatch.options import Options
from recruitwatch.resources import domain_names
from recruitwatch.store import DEFAULT_DB, Store, StoreError

_DEFAULTS = Options()
console = Console(stderr=False, highlight=False)
err = Console(stderr=True, highlight=False)

db_option = click.option(
    "--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
    envvar="RECRUITWATCH_DB", help="SQLite evidence store (env RECRUITWATCH_DB).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="recruitwatch")
def cli() -> None:
    """recruitwatch: news reports on military recruitment in, a sourced evidence base out."""


def main() -> None:
    from recruitwatch.export import ExportError

    try:
        cli(standalone_mode=True)
    except (StoreError, ExportError, ValueError, OSError) as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        sys.exit(1)


def open_store(db: str, readonly: bool = False) -> Store:
    try:
        return Store(db, readonly=readonly)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


# --- ingest -------------------------------------------------------------------------

@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for extraction (models load once per process).")
@click.option("--no-models", is_flag=True, help="Rules and gazetteer only: no spaCy/natasha.")
@click.option("--spacy-model", default=_DEFAULTS.spacy_model, show_default=True,
              help="Any installed spaCy pipeline for English entities.")
@click.option("--max-bytes", default=_DEFAULTS.max_bytes, show_default=True, type=int,
              help="Refuse inputs larger than this.")
@click.option("--no-link", is_flag=True, help="Skip linking stories and facts after ingest.")
@click.option("--reprocess", is_flag=True,
              help="Process documents already stored again (after an extractor change); "
                   "reviews are kept and found again by their words.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(inputs, db, workers, no_models, spacy_model, max_bytes, no_link, reprocess, quiet) -> None:
    """Ingest files, directories, feeds, WARC archives, URLs or - (stdin) into the store.

    Plain text, HTML, JSON Lines, RSS/Atom, WARC(.gz). Ingesting the same bytes twice
    changes nothing; an interrupted run, run again, finishes the job.
    """
    from recruitwatch.ingest_run import ingest as run_ingest

    options = Options(spacy_model=spacy_model, use_models=not no_models, max_bytes=max_bytes)
    if options.use_models:
        _check_spacy_model(spacy_model)
    with open_store(db) as store, _progress(quiet) as update:
        summary = run_ingest(store, list(inputs), options, progress=update, workers=workers,
                             reprocess=reprocess)
        raised = []
        if not no_link:
            from recruitwatch.link import link_all
            link_all(store)
            raised = _raised(store)  # alerts read linked facts: only after linking
        total = store.count()
    for source, message in summary.errors:
        err.print(f"[red]failed:[/red] {escape(message)}")
    langs = ", ".join(f"{k} {v}" for k, v in sorted(summary.languages.items())) or "-"
    versions = f" ({summary.versions} of them new versions of a stored URL)" if summary.versions else ""
    again = f"{summary.reprocessed} re-processed, " if reprocess else ""
    console.print(
        f"{summary.new} new{versions}, {again}{summary.unchanged} already stored, "
        f"{summary.failed} failed (languages: {langs}); {total} documents in {db}")
    for lost in summary.lost:
        err.print(f"[yellow]review kept but its words are gone:[/yellow] {escape(lost)}")
    _print_alerts(raised)
    if summary.failed:
        sys.exit(1)


def _check_spacy_model(name: str) -> None:
    import importlib.util

    if importlib.util.find_spec(name) is None and not Path(name).exists():
        raise click.BadParameter(
            f"spaCy pipeline {name!r} is not installed: pip install it, or pass an installed "
            f"pipeline or a path (default {_DEFAULTS.spacy_model}), or --no-models",
            param_hint="--spacy-model")


class _progress:
    """A rich progress line updated from the ingest summary (silent when not a terminal)."""

    def __init__(self, quiet: bool):
        self.quiet = quiet or not err.is_terminal

    def __enter__(self):
        if self.quiet:
            return None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                            TimeElapsedColumn(), console=err, transient=True)
        self.bar.start()
        self.task = self.bar.add_task("ingesting")
        return self.update

    def update(self, s) -> None:
        self.bar.update(self.task, description=(
            f"ingesting: {s.new} new, {s.unchanged} stored, {s.failed} failed"))

    def __exit__(self, *exc) -> None:
        if not self.quiet:
            self.bar.stop()


# --- search / show ----------------------------------------------------------------------

@cli.command()
@click.argument("query")
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10000),
              help="At most this many hits.")
@click.option("--language", help="Only documents in this language (en, ru, uk, ...).")
@click.option("--outlet", help="Only documents from this outlet.")
@click.option("--since", help="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Published on or before.")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def search(query, db, limit, language, outlet, since, until, as_json) -> None:
    """Full-text search over cleaned article text (SQLite FTS5 syntax: words, "phrases", OR, NOT, prefix*)."""
    with open_store(db, readonly=True) as store:
        hits = store.search(query, limit, language, outlet, since, until)
    if as_json:
        click.echo(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=1))
        return
    if not hits:
        console.print(f"no documents match {escape(query)!s}")
        return
    for h in hits:
        console.print(f"[bold]{h.id[:12]}[/bold] {escape(h.title or '(untitled)')} "
                      f"[dim]{escape(h.outlet or '?')} {h.published or '?'} {h.language or ''}[/dim]")
        snippet = escape(h.snippet).replace("\x02", "[bold yellow]").replace("\x03", "[/]")
        console.print("   " + snippet)


@cli.command()
@click.argument("doc_id")
@db_option
@click.option("--removed/--no-removed", default=True, show_default=True,
              help="Show the removed lines with their kinds.")
@click.option("--json", "as_json", is_flag=True, help="The export record as JSON.")
def show(doc_id, db, removed, as_json) -> None:
    """Print one document (id or unique id prefix) with its extractions highlighted."""
    from recruitwatch.render import render_document

    with open_store(db, readonly=True) as store:
        matches = store.ids_with_prefix(doc_id)
        if len(matches) > 1:
            raise click.ClickException(
                f"{doc_id!r} is the start of {len(matches)}{'+' if len(matches) == 10 else ''} "
                f"document ids ({', '.join(m[:12] for m in matches[:3])}, ...): type more characters")
        full = matches[0] if matches else doc_id
        doc = store.get(full)
        if doc is None:
            raise click.ClickException(f"no document {doc_id!r} in {db}: list ids with "
                                       "`recruitwatch search` or `recruitwatch export`")
        versions = store.versions(full)
    if as_json:
        click.echo(json.dumps(doc.to_record(), ensure_ascii=False, indent=1))
        return
    console.print(render_document(doc, versions, show_removed=removed))


# --- facts ------------------------------------------------------------------------------

@cli.command()
@click.argument("kind", type=click.Choice(["quantities", "claims", "measures"]), default="measures")
@db_option
@click.option("--type", "type_", help="Measure type (quota_or_target, cash_incentive, ...).")
@click.option("--group", help="Target group (migrants, prisoners, ...).")
@click.option("--place", help="Place (canonical name, e.g. Moscow).")
@click.option("--speaker", help="Claim speaker (substring).")
@click.option("--modality", type=click.Choice(["target", "achieved", "estimate", "offer", "limit", "other"]),
              help="Quantity modality.")
@click.option("--unit", help="Quantity unit (people, RUB, USD, EUR, percent, other).")
@click.option("--since", help="Event (or publication) date on or after.")
@click.option("--until", help="Event (or publication) date on or before.")
@click.option("--min-confidence", type=click.FloatRange(0, 1),
              help="Only extractions whose calibrated confidence is at least this (0-1).")
@click.option("--reviewed", type=click.Choice(["confirmed", "corrected", "rejected", "none"]),
              help="Only extractions a person confirmed, corrected or rejected, or none yet "
                   "(rejected ones are left out unless asked for).")
@click.option("--source-tag", help="Only reports that a watched source with this tag (SOURCES.toml) "
                                   "brought in.")
@click.option("--linked", is_flag=True, help="One row per linked fact across documents.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--limit", type=int, help="At most this many rows.")
def facts(kind, db, type_, group, place, speaker, modality, unit, since, until, min_confidence,
          reviewed, source_tag, linked, fmt, limit):
    """List quantities, claims or measures with their sources and evidence words."""
    from recruitwatch.store.queries import FactFilter, query_facts

    _check_choice(type_, domain_names("types"), "--type")
    _check_choice(group, domain_names("groups"), "--group")
    unit = _canonical_unit(unit)
    for value, hint in ((since, "--since"), (until, "--until")):
        _check_date(value, hint)
    if speaker:
        from recruitwatch.extract.canon import canonical_name
        speaker = canonical_name(speaker) or speaker
    flt = FactFilter(type=type_, group=group, place=place, speaker=speaker, modality=modality,
                     unit=unit, since=since, until=until, min_confidence=min_confidence,
                     reviewed=reviewed, source_tag=source_tag, limit=limit)
    with open_store(db, readonly=not linked) as store:
        if linked:
            from recruitwatch.link.facts import linked_facts
            rows = linked_facts(store, kind, flt)
        else:
            rows = query_facts(store, kind, flt)
    _emit(rows, fmt, kind)


def _check_choice(value: str | None, choices: list[str], hint: str) -> None:
    if value is not None and value not in choices:
        raise click.BadParameter(f"{value!r} is not one of: {', '.join(choices)}", param_hint=hint)


_UNITS = {"people": "people", "rub": "RUB", "usd": "USD", "eur": "EUR", "percent": "percent",
          "other": "other"}


def _canonical_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    if unit.lower() not in _UNITS:
        raise click.BadParameter(f"{unit!r} is not one of: {', '.join(_UNITS.values())}",
                                 param_hint="--unit")
    return _UNITS[unit.lower()]


def _check_date(value: str | None, hint: str) -> None:
    """YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date."""
    if value is None:
        return
    from datetime import date

    parts = value.split("-")
    try:
        if not (1 <= len(parts) <= 3 and len(parts[0]) == 4):
            raise ValueError
        date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
                                 param_hint=hint) from None


def _emit(rows: list[dict], fmt: str, title: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    if fmt == "csv":
        if rows:
            w = csv.DictWriter(sys.stdout, list(rows[0]))
            w.writeheader()
            w.writerows({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                         for k, v in r.items()} for r in rows)
        return
    if not rows:
        console.print(f"no {title} match")
        return
    cols = [c for c in _TABLE_COLUMNS.get(title, rows[0]) if c in rows[0]]
    wide_cols = {"context", "evidence", "label", "chain"}
    needed = sum(_MIN_WIDTHS.get(c, 6) + 3 for c in cols if c not in wide_cols) + 33
    if console.width < needed:
        _emit_records(rows, cols, title)  # a narrow terminal: one block per row, not columns
        return
    table = Table(title=f"{len(rows)} {title}", show_lines=True, expand=True)
    for c in cols:
        wide = c in {"context", "evidence", "label", "chain"}
        if wide:
            table.add_column(_HEADERS.get(c, c), overflow="fold", ratio=1)
        else:
            table.add_column(_HEADERS.get(c, c), overflow="fold", min_width=_MIN_WIDTHS.get(c, 6),
                             max_width=22)
    for r in rows:
        table.add_row(*(escape(_cell(r[c], c)) for c in cols))
    console.print(table)


def _emit_records(rows: list[dict], cols: list[str], title: str) -> None:
    """Rows as blocks for a terminal too narrow for the table: the short fields on one
    line, the words the row points to below them, wrapped to the width."""
    console.print(f"[bold]{len(rows)} {title}[/bold]")
    wide = [c for c in cols if c in {"context", "evidence", "label", "chain"}]
    for r in rows:
        short = [f"{_HEADERS.get(c, c)}: {_cell(r[c], c)}" for c in cols
                 if c not in wide and _cell(r[c], c) not in ("", "None")]
        console.print()
        console.print(escape("  ·  ".join(short)), soft_wrap=False, overflow="fold")
        for c in wide:
            if _cell(r[c], c):
                console.print("  " + escape(_cell(r[c], c)), style="dim", overflow="fold")


_HEADERS = {"doc_id": "doc", "published_date": "published", "confidence": "conf"}
_MIN_WIDTHS = {"doc_id": 8, "item": 15, "confidence": 4, "published_date": 10, "value": 9, "speaker": 10, "via": 8,
               "modality": 8, "type": 10}

# What a person reads first in each table; everything stays in --format csv/json.
_TABLE_COLUMNS = {
    "quantities": ["item", "published_date", "value", "unit", "modality", "approx", "counts",
                   "confidence", "reviewed", "context"],
    "claims": ["item", "published_date", "speaker", "via", "stance", "hedged", "confidence",
               "reviewed", "evidence"],
    "measures": ["item", "published_date", "type", "groups", "places", "actor", "confidence",
                 "reviewed", "evidence"],
}


def _cell(v, column: str = "") -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return ", ".join(map(str, v))
    if isinstance(v, float) and v.is_integer():
        return f"{int(v):,}"
    s = str(v)
    return s[:8] if column == "doc_id" else s



@cli.command()
@db_option
@click.option("--type", "type_", help="Count only measures of this type (cash_incentive, coercion, ...).")
@click.option("--group", help="Only measures targeting this group; payments to the recipients it means.")
@click.option("--since", help="Event, effective or publication date on or after.")
@click.option("--until", help="Event, effective or publication date on or before.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--map", "map_path", type=click.Path(dir_okay=False),
              help="Also write the tile-grid map for publication to this .svg or .png file"
                   " (PNG needs the chart extra), with a caption naming the sources.")
@click.option("--metric", type=click.Choice(["payment", "measures", "coercion"]), default="payment",
              show_default=True, help="What colours the --map: latest regional payment, reports of"
                                      " measures (of --type), reports of coercion.")
def regions(db, type_, group, since, until, fmt, map_path, metric) -> None:
    """Per federal subject: latest regional sign-up payment with its source, its history,
    measures by type, target groups, quotas and independent sources."""
    from recruitwatch.regions import Filter, flat_rows, payment_rows, region_table

    _check_choice(type_, domain_names("types"), "--type")
    _check_choice(group, domain_names("groups"), "--group")
    for value, hint in ((since, "--since"), (until, "--until")):
        _check_date(value, hint)
    if map_path and not map_path.lower().endswith((".svg", ".png")):
        raise click.BadParameter(f"{map_path}: name the map file .svg or .png", param_hint="--map")
    with open_store(db, readonly=True) as store:
        rows = region_table(store, Filter(since, until, type_, group))
        if map_path:
            _write_map(store, map_path, metric, Filter(since, until, type_, group))
    if fmt != "table":
        _emit(rows if fmt == "json" else flat_rows(rows), fmt, "regions")
        return
    _emit([{k: v for k, v in r.items() if k in _REGION_COLUMNS} for r in flat_rows(rows)], fmt, "regions")
    _emit(payment_rows(rows), fmt, "regional one-off payments")


def _write_map(store, path: str, metric: str, flt) -> None:
    from recruitwatch.regions import write_map

    try:
        caption = write_map(store, path, metric, flt)
    except RuntimeError as exc:  # no matplotlib for a PNG
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote {path} ({caption})", err=True)


_REGION_COLUMNS = ("region", "latest_payment_rub", "date", "source", "measures", "sources")

# --- summary / stories ------------------------------------------------------------------

@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def summary(db, as_json) -> None:
    """What the store holds: documents by language and outlet, facts by kind, stories, errors."""
    from recruitwatch.store.summary import store_summary

    with open_store(db, readonly=True) as store:
        s = store_summary(store)
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False, indent=1))
        return
    console.print(f"[bold]{s['documents']} documents[/bold] in {escape(db)} "
                  f"({s['removed']} removed lines kept, {s['errors']} input errors)")
    for key in ("languages", "outlets", "published", "modalities", "measure_types", "speakers"):
        if s[key]:
            console.print(f"  {key.replace('_', ' ')}: " + escape(", ".join(
                f"{'unknown' if k == '?' else k} {v}" for k, v in s[key].items())))
    console.print(f"  {s['entities']} entities, {s['quantities']} quantities, {s['claims']} claims, "
                  f"{s['measures']} measures; {s['stories']} stories with more than one report")


@cli.command()
@db_option
@click.option("--all", "show_all", is_flag=True, help="Also stories with a single report.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stories(db, show_all, fmt) -> None:
    """Reports of one story grouped, original first: copies (re-published, rewritten)
    and other outlets' retellings, in any language."""
    from recruitwatch.link.stories import link_stories, story_groups

    with open_store(db) as store:
        link_stories(store)
        groups = story_groups(store, min_size=1 if show_all else 2)
    if fmt == "json":
        click.echo(json.dumps(groups, ensure_ascii=False, indent=1))
        return
    if not groups:
        console.print("no stories with more than one report")
    for g in groups:
        console.print(f"[bold]story {g['story'][:12]}[/bold] ({g['size']} reports)")
        for i, m in enumerate(g["members"]):
            role = "copy" if m["duplicate_of"] else "original" if i == 0 else "retelling"
            console.print(f"  {role:<9} {m['id'][:12]} {escape(m['outlet'] or '?')} "
                          f"{m['published_date'] or '?'} {escape(m['title'] or '(untitled)')}")


@cli.command()
@db_option
@click.option("--group", help="Target group (migrants, prisoners, ...).")
@click.option("--place", help="Place (canonical name, e.g. Moscow).")
@click.option("--type", "type_", help="Measure type (quota_or_target, mobilization, ...).")
@click.option("--speaker", help="Source or denying speaker (substring).")
@click.option("--since", help="Event (or publication) date on or after.")
@click.option("--until", help="Event (or publication) date on or before.")
@click.option("--chart", metavar="PREFIX", help="Also write PREFIX.png and PREFIX.html.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def timeline(db, group, place, type_, speaker, since, until, chart, fmt) -> None:
    """Linked facts, measures and denials in date order (event date, else publication date)."""
    from recruitwatch.link.timeline import TimelineFilter, timeline as run_timeline, write_chart

    flt = TimelineFilter(group=group, place=place, type=type_, speaker=speaker, since=since,
                         until=until)
    with open_store(db) as store:
        events = run_timeline(store, flt)
    if chart:
        for path in write_chart(events, chart):
            err.print(f"wrote {path}")
    if fmt == "json":
        click.echo(json.dumps(events, ensure_ascii=False, indent=1))
        return
    for e in events:
        mark = "" if e["basis"] == "event" else " [dim](published)[/dim]"
        console.print(f"{e['date'] or '????'}{mark}  [bold]{escape(e['kind'])}[/bold] "
                      f"{escape(e['label'])}  [dim]{e['mentions']} reports, {e['independent']} "
                      f"independent: {escape(e['sources'])}[/dim]")
    if not events:
        console.print("no events match")


# --- export -----------------------------------------------------------------------------

@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True)
@click.option("-o", "--out", default="-", show_default=True,
              help="Output file (jsonl; - for stdout) or directory (csv, parquet).")
@click.option("--redact", is_flag=True, help="Mask names of private individuals quoted in reports.")
@click.option("--facts", "facts_out", type=click.Path(dir_okay=False),
              help="Also write linked facts (JSON Lines, one fact a line) to this file.")
def export(db, fmt, out, redact, facts_out) -> None:
    """Export every document in the SPEC contract (JSON Lines, or CSV/Parquet tables)."""
    from recruitwatch.export import export as run_export

    if fmt != "jsonl" and out == "-":
        raise click.ClickException(f"--format {fmt} writes one file per table: give a directory with -o")
    with open_store(db, readonly=True) as store:
        target = sys.stdout if out == "-" else out
        n = run_export(store, fmt, target, redact=redact, facts=facts_out)
    if out != "-":
        err.print(f"{n} documents written to {out}")


# --- batch ------------------------------------------------------------------------------

@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(file_okay=False),
              help="Dataset directory, one Parquet folder per table; a re-run skips finished partitions.")
@click.option("--scheduler", help="A running Dask scheduler (tcp://HOST:PORT); default: a local cluster.")
@click.option("--workers", type=click.IntRange(1, 256), help="Local cluster processes (default: all cores).")
@click.option("--partition-size", default=1000, show_default=True, type=click.IntRange(1),
              help="JSON Lines records per partition.")
@click.option("--load", "load_db", type=click.Path(dir_okay=False),
              help="Then load the dataset into this SQLite store and link it.")
@click.option("--no-models", is_flag=True, help="Rules and gazetteer only: no spaCy/natasha.")
@click.option("--spacy-model", default=Options().spacy_model, show_default=True,
              help="Any installed spaCy pipeline for English entities.")
@click.option("--quiet", "-q", is_flag=True, help="No progress line.")
def batch(inputs, out, scheduler, workers, partition_size, load_db, no_models, spacy_model, quiet):
    """Run the pipeline on a Dask cluster over sharded input (WARC, JSON Lines, folders) into
    a Parquet dataset, then optionally load it into a store (needs recruitwatch[dask])."""
    from recruitwatch.batch import BatchError, run_batch

    options = Options(spacy_model=spacy_model, use_models=not no_models)
    show = None if quiet or not err.is_terminal else (lambda s: err.print(
        f"{s.documents} documents, {s.errors} errors", end="\r"))
    try:
        s = run_batch(list(inputs), out, options, scheduler, workers, partition_size, show)
    except BatchError as exc:
        raise click.ClickException(str(exc)) from exc
    console.print(f"{s.partitions} partitions ({s.skipped} done before): {s.documents} documents, "
                  f"{s.errors} errors written to {out}")
    if s.documents:
        console.print(f"{s.documents / s.seconds:.1f} documents/s over {s.seconds:.0f} s; peak memory "
                      f"per worker: {', '.join(f'{m:,.0f}' for m in s.worker_peaks_mib)} MiB")
    for failure in s.failed_partitions:
        err.print(f"[red]partition failed:[/red] {escape(failure)}; run again to retry it")
    if load_db:
        from recruitwatch.load import load_dataset
        with open_store(load_db) as store:
            loaded = load_dataset(out, store)
        console.print(f"loaded {loaded.new} new documents and {loaded.errors} errors into {load_db}")
    if s.failed_partitions:
        sys.exit(1)


# --- review -----------------------------------------------------------------------------

reviewer_option = click.option(
    "--reviewer", envvar="RECRUITWATCH_REVIEWER",
    help="Your name on the decision (env RECRUITWATCH_REVIEWER; default: your login).")


@cli.group(invoke_without_command=True)
@click.pass_context
@db_option
def review(ctx, db) -> None:
    """Check extractions by hand: confirm, reject, correct, note. Decisions are kept apart
    from the extractors' output, survive re-processing and are used by facts, timelines and
    exports. With no subcommand, shows the review queue."""
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is None:
        ctx.invoke(review_queue, db=db)


def _review_db(ctx, db: str) -> str:
    return db if db != DEFAULT_DB else (ctx.obj or {}).get("db", db)


def _review_errors(fn):
    import functools

    from recruitwatch.review.core import ReviewError

    @functools.wraps(fn)
    def wrapper(*args, **kw):
        try:
            return fn(*args, **kw)
        except ReviewError as exc:
            raise click.ClickException(str(exc)) from exc
    return wrapper


@review.command("queue")
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10000))
@click.option("--kind", type=click.Choice(["quantity", "claim", "measure", "entity"]))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def review_queue(ctx, db, limit, kind, fmt) -> None:
    """Unreviewed extractions, most worth checking first (low confidence, many reports, a
    denial or conflicting figure attached), each with its words in their sentence."""
    from recruitwatch.review.ledger import queue

    with open_store(_review_db(ctx, db), readonly=True) as store:
        rows = queue(store, limit, kind)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        console.print("nothing left to review")
        return
    for r in rows:
        fields = ", ".join(f"{k}={_cell(v)}" for k, v in r["fields"].items() if v not in (None, "", []))
        flags = (" [red]disputed[/red]" if r["disputed"] else "") + (
            f" [dim]{r['mentions']} reports[/dim]" if r["mentions"] > 1 else "")
        console.print(f"[bold]{r['item']}[/bold] {r['kind']} conf {r['confidence'] or 0:.2f}{flags}"
                      f"  [dim]{escape(r['outlet'] or '?')} {r['published'] or '?'}[/dim]")
        console.print(f"   {escape(fields)}")
        console.print(f"   …{escape(r['before'][-80:])}[bold yellow]{escape(r['words'])}[/]"
                      f"{escape(r['after'][:80])}…")
    console.print("[dim]recruitwatch review confirm|reject ITEM; review correct ITEM field=value "
                  "...; review note ITEM TEXT[/dim]")


def _decide(ctx, db, items, action, reviewer, fields=None, note=None, tags=()):
    from recruitwatch.review.ledger import decide, relink

    with open_store(_review_db(ctx, db)) as store:
        for item in items:
            r = decide(store, item, action, fields, note, list(tags), reviewer)
            console.print(f"review {r.id}: {action} {r.kind} {escape(r.words)!r}"
                          + (f" → {escape(json.dumps(r.fields, ensure_ascii=False))}" if r.fields else ""))
        relink(store)


@review.command("confirm")
@click.argument("items", nargs=-1, required=True)
@db_option
@reviewer_option
@click.pass_context
@_review_errors
def review_confirm(ctx, items, db, reviewer) -> None:
    """Say the extractions ITEMS (DOC:KN, e.g. 3fa2c1d9:q2) are right as they are."""
    _decide(ctx, db, items, "confirm", reviewer)


@review.command("reject")
@click.argument("items", nargs=-1, required=True)
@db_option
@reviewer_option
@click.option("--note", help="Why (kept with the decision).")
@click.pass_context
@_review_errors
def review_reject(ctx, items, db, reviewer, note) -> None:
    """Say the extractions ITEMS are wrong: no such quantity, claim, measure or entity."""
    _decide(ctx, db, items, "reject", reviewer, note=note)


@review.command("correct")
@click.argument("item")
@click.argument("assignments", nargs=-1, required=True)
@db_option
@reviewer_option
@click.option("--note", help="Why (kept with the decision).")
@click.pass_context
@_review_errors
def review_correct(ctx, item, assignments, db, reviewer, note) -> None:
    """Correct fields of ITEM: FIELD=VALUE ... (quantity: value high unit counts approx
    modality; claim: speaker via stance hedged; measure: type groups places actor; entity:
    name type). Lists are comma-separated."""
    from recruitwatch.review.ledger import kind_of

    _decide(ctx, db, [item], "correct", reviewer, fields=_assigned(kind_of(item), assignments),
            note=note)


def _assigned(kind: str, assignments: tuple[str, ...]) -> dict:
    """FIELD=VALUE words typed on the command line, each checked against the contract."""
    from recruitwatch.review.core import parse_field

    fields = {}
    for a in assignments:
        name, sep, value = a.partition("=")
        if not sep:
            raise click.BadParameter(f"{a!r} is not FIELD=VALUE", param_hint="ASSIGNMENTS")
        fields[name.strip()] = parse_field(kind, name.strip(), value)
    return fields


@review.command("note")
@click.argument("item")
@click.argument("text")
@db_option
@reviewer_option
@click.option("--tag", "tags", multiple=True, help="A tag (repeatable).")
@click.pass_context
@_review_errors
def review_note(ctx, item, text, db, reviewer, tags) -> None:
    """Attach a note (and tags) to ITEM without deciding on it."""
    _decide(ctx, db, [item], "note", reviewer, note=text, tags=tags)


@review.command("add")
@click.argument("doc")
@click.argument("kind", type=click.Choice(["quantity", "claim", "measure", "entity"]))
@click.argument("words")
@click.argument("assignments", nargs=-1, required=True)
@db_option
@reviewer_option
@click.option("--occurrence", default=1, show_default=True, type=click.IntRange(1),
              help="Which occurrence of WORDS in the text.")
@click.pass_context
@_review_errors
def review_add(ctx, doc, kind, words, assignments, db, reviewer, occurrence) -> None:
    """Add an extraction the extractors missed, at WORDS of document DOC (FIELD=VALUE ...)."""
    from recruitwatch.review.ledger import add, relink

    fields = _assigned(kind, assignments)
    with open_store(_review_db(ctx, db)) as store:
        r = add(store, doc, kind, words, fields, occurrence, reviewer)
        relink(store)
    console.print(f"review {r.id}: added {kind} at {escape(words)!r}")


@review.command("merge")
@click.argument("name")
@click.argument("into")
@db_option
@reviewer_option
@click.pass_context
@_review_errors
def review_merge(ctx, name, into, db, reviewer) -> None:
    """Entity NAME is INTO everywhere (two spellings of one person or body)."""
    from recruitwatch.review.ledger import merge, relink

    with open_store(_review_db(ctx, db)) as store:
        n = merge(store, name, into, reviewer)
        relink(store)
    console.print(f"{escape(name)} is now {escape(into)} in {n} documents")


@review.command("undo")
@click.argument("review_id", type=int)
@db_option
@reviewer_option
@click.pass_context
@_review_errors
def review_undo(ctx, review_id, db, reviewer) -> None:
    """Undo review REVIEW_ID (kept in the record, marked undone)."""
    from recruitwatch.review.ledger import relink, undo

    with open_store(_review_db(ctx, db)) as store:
        r = undo(store, review_id, reviewer)
        relink(store)
    console.print(f"review {r.id} ({r.action} {escape(r.words)!r}) undone")


@review.command("list")
@db_option
@click.option("--all", "show_all", is_flag=True, help="Undone reviews too.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def review_list(ctx, db, show_all, fmt) -> None:
    """The decisions in the store, oldest first; lost ones (words gone) are marked."""
    from recruitwatch.review.ledger import listing

    with open_store(_review_db(ctx, db), readonly=True) as store:
        rows = listing(store, show_all)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for r in rows:
        state = " [red]LOST[/red]" if r["lost_at"] else " [dim]undone[/dim]" if r["undone_at"] else ""
        fields = f" {json.dumps(r['fields'], ensure_ascii=False)}" if r["fields"] else ""
        console.print(f"{r['id']:>5} {r['at']} {escape(r['reviewer'])}: {r['action']} {r['kind']} "
                      f"{escape(r['words'][:60])!r}{escape(fields)}{state}"
                      + (f" [dim]{escape(r['note'])}[/dim]" if r["note"] else ""))
    if not rows:
        console.print("no reviews yet")


@review.command("export")
@db_option
@click.option("-o", "--out", default="-", show_default=True, help="JSON Lines file (- stdout).")
@click.pass_context
def review_export(ctx, db, out) -> None:
    """Write every review as JSON Lines, for a colleague's `review import`."""
    from recruitwatch.review.ledger import export_records

    with open_store(_review_db(ctx, db), readonly=True) as store:
        records = export_records(store)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if out == "-":
        click.echo(lines, nl=False)
    else:
        Path(out).write_text(lines, encoding="utf-8")
        err.print(f"{len(records)} reviews written to {out}")


@review.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@db_option
@click.pass_context
def review_import(ctx, path, db) -> None:
    """Add reviews exported from another store. Conflicting decisions are reported, not
    imported; the same decision twice is kept once."""
    from recruitwatch.review.ledger import import_records, relink

    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    records, bad = [], []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                bad.append(f"line {n}: not JSON ({exc.msg})")
    with open_store(_review_db(ctx, db)) as store:
        s = import_records(store, records)
        relink(store)
    for msg in bad + s["errors"]:
        err.print(f"[red]skipped:[/red] {escape(msg)}")
    for msg in s["missing"]:
        err.print(f"[yellow]not here:[/yellow] {escape(msg)}")
    for msg in s["conflicts"]:
        err.print(f"[red]conflict (not imported):[/red] {escape(msg)}")
    for msg in s.get("lost", []):
        err.print(f"[yellow]lost:[/yellow] {escape(msg)}")
    console.print(f"{s['imported']} imported, {s['duplicates']} already here, "
                  f"{len(s['conflicts'])} conflicts, {len(s['missing'])} for documents not here")
    if s["conflicts"] or bad or s["errors"]:
        sys.exit(1)


@review.command("score")
@db_option
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@click.pass_context
def review_score(ctx, db, as_json) -> None:
    """How good the extractors are on your corpus: scored against everything reviewed here
    (confirmed = right, corrected = the correction is the truth, rejected = false positive)."""
    from recruitwatch.review.ledger import all_reviews
    from recruitwatch.review.score import figures

    with open_store(_review_db(ctx, db), readonly=True) as store:
        figs = figures(all_reviews(store, include_undone=False))
    if as_json:
        click.echo(json.dumps(figs, ensure_ascii=False, indent=1))
        return
    if not figs:
        console.print("nothing reviewed yet: `recruitwatch review` shows what to check first")
        return
    table = Table(title="extractors against your reviews")
    table.add_column("field")
    table.add_column("score", justify="right")
    table.add_column("counts")
    for k, v in figs.items():
        if k.endswith(".counts"):
            continue
        base = k.rsplit(".", 1)[0]
        c = figs.get(f"{base}.counts")
        table.add_row(k, f"{v:.3f}", "" if c is None or not k.endswith(".f1") else
                      f"{c['tp']} right, {c['fp']} wrong, {c['fn']} missed ({c['reviewed']} reviewed)")
    console.print(table)
# --- watch ------------------------------------------------------------------------------

@cli.command()
@click.argument("sources", type=click.Path(dir_okay=False))
@db_option
@click.option("--once", is_flag=True, help="One round, then exit (for cron and systemd timers); the default.")
@click.option("--every", metavar="INTERVAL", help="Keep running: a round every INTERVAL (30m, 1h, 90s).")
@click.option("--no-models", is_flag=True, help="Rules and gazetteer only: no spaCy/natasha.")
@click.option("--spacy-model", default=_DEFAULTS.spacy_model, show_default=True,
              help="Any installed spaCy pipeline for English entities.")
@click.option("--quiet", "-q", is_flag=True, help="Only problems, alerts and the round summary.")
def watch(sources, db, once, every, no_models, spacy_model, quiet) -> None:
    """Poll the feeds, news sitemaps, URL lists and Telegram channel previews of a SOURCES
    file (TOML) and ingest what is new; then link and raise alerts.

    Polite by default: robots.txt, one request at a time per host a second apart,
    conditional requests, timeouts, size caps, retries with back-off. State lives in the
    store, so a killed watcher resumes with nothing missed and nothing stored twice.
    Exit status 1 when every source tried failed (a network down, a wrong file).
    """
    from recruitwatch.watch import SourcesError, load_sources, parse_interval

    if once and every:
        raise click.UsageError("--once and --every exclude each other: pick one")
    try:
        interval = parse_interval(every) if every else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from None
    if interval is not None and interval < 10:
        raise click.BadParameter("rounds less than 10 s apart are not polite; use 30m or so",
                                 param_hint="--every")
    try:
        plan = load_sources(sources)
    except SourcesError as exc:
        raise click.ClickException(str(exc)) from None
    options = Options(spacy_model=spacy_model, use_models=not no_models)
    if options.use_models:
        _check_spacy_model(spacy_model)
    with open_store(db) as store:
        while True:
            summary = _watch_round(store, plan, options, quiet)
            if interval is None:
                break
            err.print(f"[dim]next round in {every} (Ctrl+C to stop)[/dim]")
            try:
                time.sleep(interval)
            except KeyboardInterrupt:
                err.print("stopped; the next run resumes where this one ended")
                return
            plan = _reloaded(sources, plan)
    if summary.failed and summary.failed == summary.sources - summary.resting:
        sys.exit(1)


def _watch_round(store, plan, options, quiet):
    from recruitwatch.link import link_all
    from recruitwatch.watch import watch_round

    def report(message: str, problem: bool = True) -> None:
        if problem:
            err.print(f"[red]failed:[/red] {escape(message)}")
        elif not quiet:
            err.print(f"[dim]{escape(message)}[/dim]")

    summary = watch_round(store, plan, options, report=report)
    if summary.ingest.new:
        link_all(store)
    _print_alerts(_raised(store))
    console.print(f"{datetime_now()} {summary.line()}")
    return summary


def _reloaded(path: str, plan):
    from recruitwatch.watch import SourcesError, load_sources

    try:
        return load_sources(path)
    except SourcesError as exc:
        err.print(f"[red]sources file not reloaded:[/red] {escape(str(exc))}; keeping the last good one")
        return plan


def datetime_now() -> str:
    from datetime import datetime

    return datetime.now().astimezone().isoformat(timespec="seconds")


# --- alerts -----------------------------------------------------------------------------

@cli.group()
def alerts() -> None:
    """Saved alerts: raised once per new match after each ingest or watch round, printed,
    appended to a JSON Lines file, POSTed to a webhook, and served as an Atom feed by
    `serve` at /alerts/NAME.atom."""


@alerts.command("add")
@click.argument("name")
@db_option
@click.option("--kind", type=click.Choice(["match", "denial", "conflict", "first-measure"]),
              default="match", show_default=True,
              help="match: the filters; denial: a new denial of a known assertion; conflict: a "
                   "new figure against a known one; first-measure: a measure type's first report in a place.")
@click.option("--on", "target", type=click.Choice(["quantities", "measures", "claims", "documents"]),
              help="What a match alert watches (default: from the filters).")
@click.option("--query", help="Search words (as `search` takes them).")
@click.option("--type", "type_", help="Measure type (quota_or_target, cash_incentive, ...).")
@click.option("--group", help="Target group (migrants, prisoners, ...).")
@click.option("--place", help="Place (canonical name, e.g. Moscow).")
@click.option("--modality", type=click.Choice(["target", "achieved", "estimate", "offer", "limit", "other"]),
              help="Quantity modality.")
@click.option("--speaker", help="Claim speaker, denier, or a name on a fact's source chain (substring).")
@click.option("--unit", help="Quantity unit (people, RUB, USD, EUR, percent, other).")
@click.option("--min-value", type=float, help="Quantities at least this large.")
@click.option("--min-sources", type=click.IntRange(1), help="Facts with at least this many independent sources.")
@click.option("--jsonl", type=click.Path(dir_okay=False),
              help="Append items to this JSON Lines file (default: <db>.alerts.jsonl beside the store).")
@click.option("--webhook", help="POST each item as JSON to this http(s) URL (retried, then reported).")
@click.option("--include-existing", is_flag=True,
              help="Raise what already matches on the next run (default: only what is new from now).")
def alerts_add(name, db, kind, target, query, type_, group, place, modality, speaker, unit,
               min_value, min_sources, jsonl, webhook, include_existing) -> None:
    """Save an alert NAME."""
    from recruitwatch.alerts import Alert, AlertError, AlertFilter, add_alert, target_for

    _check_choice(type_, domain_names("types"), "--type")
    _check_choice(group, domain_names("groups"), "--group")
    if speaker:
        from recruitwatch.extract.canon import canonical_name
        speaker = canonical_name(speaker) or speaker
    flt = AlertFilter(query=query, type=type_, group=group, place=place, modality=modality,
                      speaker=speaker, unit=_canonical_unit(unit), min_value=min_value,
                      min_sources=min_sources)
    kind = kind.replace("-", "_")
    alert = Alert(name, kind, target_for(kind, flt, target), flt, jsonl, webhook)
    with open_store(db) as store:
        try:
            baseline = add_alert(store, alert, include_existing)
        except AlertError as exc:
            raise click.ClickException(str(exc)) from None
    when = "on the next ingest or watch round" if include_existing else "from now on"
    console.print(f"alert {escape(name)}: {escape(alert.describe())}; {baseline} current matches "
                  f"left as known, new ones raised {when}")


@alerts.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def alerts_list(db, as_json) -> None:
    """The saved alerts with their item counts."""
    from recruitwatch.alerts import list_alerts

    with open_store(db, readonly=True) as store:
        rows = list_alerts(store)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        console.print("no alerts: add one with `recruitwatch alerts add NAME --query ...`")
    for r in rows:
        out = " · ".join(x for x in (r["jsonl"], r["webhook"] and f"webhook {r['webhook']}") if x)
        console.print(f"[bold]{escape(r['name'])}[/bold] {escape(r['description'])}: {r['items']} items"
                      f"{', latest ' + r['latest'] if r['latest'] else ''}"
                      + (f" [dim]({escape(out)})[/dim]" if out else ""))


@alerts.command("show")
@click.argument("name")
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1), help="At most this many items.")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def alerts_show(name, db, limit, as_json) -> None:
    """An alert's items, newest first, each with its words and report."""
    from recruitwatch.alerts import alert_items, get_alert

    with open_store(db, readonly=True) as store:
        alert = get_alert(store, name)
        if alert is None:
            raise click.ClickException(f"no alert named {name!r}: `recruitwatch alerts list` shows them")
        items = alert_items(store, name, limit)
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=1))
        return
    console.print(f"[bold]{escape(name)}[/bold]: {escape(alert.describe())}; {len(items)} items shown")
    _print_alerts(items)


@alerts.command("remove")
@click.argument("name")
@db_option
def alerts_remove(name, db) -> None:
    """Delete an alert and its items."""
    from recruitwatch.alerts import AlertError, remove_alert

    with open_store(db) as store:
        try:
            n = remove_alert(store, name)
        except AlertError as exc:
            raise click.ClickException(str(exc)) from None
    console.print(f"alert {escape(name)} removed with its {n} items")


@alerts.command("run")
@db_option
def alerts_run(db) -> None:
    """Raise and publish now (ingest and watch do it after each run; this retries a webhook)."""
    with open_store(db) as store:
        _print_alerts(_raised(store))


def _raised(store) -> list[dict]:
    from recruitwatch.alerts import raise_alerts

    result = raise_alerts(store)
    for problem in result.problems:
        err.print(f"[red]alert not delivered:[/red] {escape(problem)}")
    return result.items


def _print_alerts(items: list[dict]) -> None:
    for i in items:
        source = " ".join(x for x in (i.get("outlet"), i.get("published"), i.get("url")) if x)
        console.print(f"[bold yellow]alert {escape(i['alert'])}[/bold yellow]: {escape(i['label'])}")
        if i.get("context") or i.get("words"):
            console.print(f"   «{escape(i.get('context') or i['words'])}»  [dim]{escape(source)}[/dim]")


# --- serve ------------------------------------------------------------------------------

@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; the default keeps the explorer on this machine.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535))
@click.option("--review", "review_mode", is_flag=True,
              help="Add the review pages (the only writing pages), guarded by a token printed "
                   "at start; binds to 127.0.0.1 only.")
def serve(db, host, port, review_mode) -> None:
    """Browse the store in a local, read-only web explorer (needs recruitwatch[web])."""
    try:
        import uvicorn

        from recruitwatch.web.app import create_app
    except ImportError as exc:
        raise click.ClickException(
            f"the web explorer needs its extra ({exc.name} is missing): "
            "pip install 'recruitwatch[web]'") from exc
    desk = None
    if review_mode:
        from recruitwatch.web.review import ReviewDesk

        if host != "127.0.0.1":
            raise click.BadParameter("review mode writes to the store: it binds to 127.0.0.1 only",
                                     param_hint="--host")
        desk = ReviewDesk(db)
    app = create_app(db, review=desk)
    if desk:
        err.print(f"review mode on {escape(db)}: open http://{host}:{port}/review?token={desk.token}"
                  " (the token is your key; Ctrl+C to stop)")
    else:
        err.print(f"serving {escape(db)} read-only at http://{host}:{port}/ (Ctrl+C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
