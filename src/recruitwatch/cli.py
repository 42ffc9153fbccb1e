"""The command line: each command parses its options, opens the store and calls one
library function; parsed arguments never reach the core."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from recruitwatch.options import Options
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
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(inputs, db, workers, no_models, spacy_model, max_bytes, no_link, quiet) -> None:
    """Ingest files, directories, feeds, WARC archives, URLs or - (stdin) into the store.

    Plain text, HTML, JSON Lines, RSS/Atom, WARC(.gz). Ingesting the same bytes twice
    changes nothing; an interrupted run, run again, finishes the job.
    """
    from recruitwatch.ingest_run import ingest as run_ingest

    options = Options(spacy_model=spacy_model, use_models=not no_models, max_bytes=max_bytes)
    if options.use_models:
        _check_spacy_model(spacy_model)
    with open_store(db) as store, _progress(quiet) as update:
        summary = run_ingest(store, list(inputs), options, progress=update, workers=workers)
        if not no_link:
            from recruitwatch.link import link_all
            link_all(store)
        total = store.count()
    for source, message in summary.errors:
        err.print(f"[red]failed:[/red] {escape(message)}")
    langs = ", ".join(f"{k} {v}" for k, v in sorted(summary.languages.items())) or "-"
    versions = f" ({summary.versions} of them new versions of a stored URL)" if summary.versions else ""
    console.print(
        f"{summary.new} new{versions}, {summary.unchanged} already stored, "
        f"{summary.failed} failed (languages: {langs}); {total} documents in {db}")
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
@click.option("--linked", is_flag=True, help="One row per linked fact across documents.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--limit", type=int, help="At most this many rows.")
def facts(kind, db, type_, group, place, speaker, modality, unit, since, until, linked, fmt, limit):
    """List quantities, claims or measures with their sources and evidence words."""
    from recruitwatch.store.queries import FactFilter, query_facts

    _check_choice(type_, _pack_names("types"), "--type")
    _check_choice(group, _pack_names("groups"), "--group")
    unit = _canonical_unit(unit)
    for value, hint in ((since, "--since"), (until, "--until")):
        _check_date(value, hint)
    if speaker:
        from recruitwatch.extract.canon import canonical_name
        speaker = canonical_name(speaker) or speaker
    flt = FactFilter(type=type_, group=group, place=place, speaker=speaker, modality=modality,
                     unit=unit, since=since, until=until, limit=limit)
    with open_store(db, readonly=not linked) as store:
        if linked:
            from recruitwatch.link.facts import linked_facts
            rows = linked_facts(store, kind, flt)
        else:
            rows = query_facts(store, kind, flt)
    _emit(rows, fmt, kind)


def _pack_names(section: str) -> list[str]:
    from recruitwatch.resources import load_toml

    return sorted(load_toml(f"domains/{_DEFAULTS.domain}.toml")[section])


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
    table = Table(title=f"{len(rows)} {title}", show_lines=True, expand=True)
    cols = [c for c in _TABLE_COLUMNS.get(title, rows[0]) if c in rows[0]]
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


_HEADERS = {"doc_id": "doc", "published_date": "published"}
_MIN_WIDTHS = {"doc_id": 8, "published_date": 10, "value": 9, "speaker": 10, "via": 8,
               "modality": 8, "type": 10}

# What a person reads first in each table; everything stays in --format csv/json.
_TABLE_COLUMNS = {
    "quantities": ["doc_id", "published_date", "value", "unit", "modality", "approx", "counts", "context"],
    "claims": ["doc_id", "published_date", "speaker", "via", "stance", "hedged", "evidence"],
    "measures": ["doc_id", "published_date", "type", "groups", "places", "actor", "evidence"],
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
def regions(db, type_, group, since, until, fmt) -> None:
    """Per federal subject: latest regional sign-up payment with its source, its history,
    measures by type, target groups, quotas and independent sources."""
    from recruitwatch.regions import Filter, flat_rows, payment_rows, region_table

    _check_choice(type_, _pack_names("types"), "--type")
    _check_choice(group, _pack_names("groups"), "--group")
    for value, hint in ((since, "--since"), (until, "--until")):
        _check_date(value, hint)
    with open_store(db, readonly=True) as store:
        rows = region_table(store, Filter(since, until, type_, group))
    if fmt != "table":
        _emit(rows if fmt == "json" else flat_rows(rows), fmt, "regions")
        return
    _emit([{k: v for k, v in r.items() if k in _REGION_COLUMNS} for r in flat_rows(rows)], fmt, "regions")
    _emit(payment_rows(rows), fmt, "regional one-off payments")


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
    """Near-duplicate and re-published reports grouped into stories, original first."""
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
        for m in g["members"]:
            role = "original " if m["duplicate_of"] is None else "  copy   "
            console.print(f"  {role}{m['id'][:12]} {escape(m['outlet'] or '?')} "
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


# --- serve ------------------------------------------------------------------------------

@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; the default keeps the explorer on this machine.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535))
def serve(db, host, port) -> None:
    """Browse the store in a local, read-only web explorer (needs recruitwatch[web])."""
    try:
        import uvicorn

        from recruitwatch.web.app import create_app
    except ImportError as exc:
        raise click.ClickException(
            f"the web explorer needs its extra ({exc.name} is missing): "
            "pip install 'recruitwatch[web]'") from exc
    app = create_app(db)
    err.print(f"serving {escape(db)} read-only at http://{host}:{port}/ (Ctrl+C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
