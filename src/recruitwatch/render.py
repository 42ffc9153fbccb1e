"""Terminal rendering of a document: metadata, body with extractions highlighted, the
extractions listed with their evidence, and the removed lines marked with their kinds."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

from recruitwatch.model import Document

STYLES = {
    "entity": "cyan",
    "quantity": "bold yellow",
    "claim": "underline",
    "measure": "on grey23",
}


def render_document(doc: Document, versions: list[str] | None = None,
                    show_removed: bool = True) -> Group:
    parts = [_header(doc, versions or []), Text(""), highlighted_body(doc), Text("")]
    parts += _extraction_lines(doc)
    if show_removed and doc.removed:
        parts.append(Text(f"\nremoved lines ({len(doc.removed)}):", style="bold"))
        parts += [Text(f"  ✂ [{r.kind}] {r.text}", style="dim") for r in doc.removed]
    return Group(*parts)


def _header(doc: Document, versions: list[str]) -> Text:
    pub = doc.published
    t = Text()
    t.append(f"{doc.title or '(untitled)'}\n", style="bold")
    t.append(f"id {doc.id}  outlet {doc.outlet or '?'}  language {doc.language or '?'}\n")
    t.append(f"published {pub.date or '?'} ({pub.basis or 'unknown'}"
             f"{': ' + pub.evidence if pub.evidence else ''})\n")
    t.append(f"source {doc.source}" + (f"  url {doc.url}" if doc.url else ""))
    if doc.story:
        t.append(f"\nstory {doc.story}" + (f"  duplicate of {doc.duplicate_of}" if doc.duplicate_of else ""))
    if len(versions) > 1:
        t.append(f"\nversions {len(versions)}: " + ", ".join(v[:12] for v in versions))
    return t


def highlighted_body(doc: Document) -> Text:
    text = Text(doc.body)
    for m in doc.measures:
        text.stylize(STYLES["measure"], *m.span)
    for c in doc.claims:
        text.stylize(STYLES["claim"], *c.span)
    for e in doc.entities:
        for start, end in e.mentions:
            text.stylize(STYLES["entity"], start, end)
    for q in doc.quantities:
        text.stylize(STYLES["quantity"], *q.span)
    return text


def _extraction_lines(doc: Document) -> list[Text]:
    out: list[Text] = []
    for q in doc.quantities:
        high = f"–{q.high:,.0f}" if q.high is not None else ""
        out.append(Text(f"  # {q.value:,.0f}{high} {q.unit} · {q.counts} · {q.modality} · {q.approx}",
                        style=STYLES["quantity"]))
    for c in doc.claims:
        via = f" via {' → '.join(c.via)}" if c.via else ""
        flags = " (hedged)" if c.hedged else ""
        out.append(Text(f"  » {c.speaker}{via} · {c.stance}{flags}" + (f" · {c.date}" if c.date else "")))
    for m in doc.measures:
        where = f" in {', '.join(m.places)}" if m.places else ""
        who = f" → {', '.join(m.groups)}" if m.groups else ""
        out.append(Text(f"  ▲ {m.type}{who}{where}" + (f" by {m.actor}" if m.actor else "")
                        + (f" · {m.date}" if m.date else ""), style="green"))
    if doc.entities:
        names = "; ".join(f"{e.name} ({e.type})" for e in doc.entities)
        out.append(Text(f"  entities: {names}", style=STYLES["entity"]))
    return out
