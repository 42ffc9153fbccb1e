"""The cascade for one document: a raw record in, a processed ``Document`` out.

Steps, in order (each is one module with one entry function):

1. decode      raw bytes → text                     ingest.decode.decode_bytes
2. clean       HTML → main text and metadata          clean.html.clean_html
               plain text → article lines             clean.text.clean_text
               (every removed line kept with its kind)
3. outlet      record, page metadata, URL, page furniture   detect.outlet.infer_outlet
4. language    en / ru / uk / …                        detect.language.detect_language
5. published   metadata → URL → text clues              detect.dates.infer_published
6. entities    people, organisations, places, groups    extract.entities.extract_entities
7. quantities  numbers with unit, counts, modality      extract.quantities.extract_quantities
8. claims      speaker, via, stance, hedged             extract.claims.attributions
               (the attributions are handed to the measures step too; a forwarded
               post's origin, or the agency whose dateline opens a republished report,
               relays every claim: extract.claims.forwarded_relay)
9. measures    typed recruitment measures               extract.measures.extract_measures
10. dates      event dates attached to claims/measures  extract.eventdates.attach_dates
11. confidence the measured precision of each extraction's path   confidence.assign_confidence

The function is pure (record in, record out) so ``ingest`` and ``batch`` share it; the
only state is the models, loaded once per process. Linking across documents comes after.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from recruitwatch.clean.html import clean_html
from recruitwatch.clean.text import clean_text
from recruitwatch.confidence import assign_confidence
from recruitwatch.detect.dates import infer_published
from recruitwatch.detect.language import detect_language
from recruitwatch.detect.outlet import channel_voice, infer_outlet, outlet_named_by_domain
from recruitwatch.extract import nlp
from recruitwatch.extract.claims import attributions, forwarded_relay
from recruitwatch.extract.entities import extract_entities
from recruitwatch.extract.eventdates import attach_dates
from recruitwatch.extract.measures import extract_measures
from recruitwatch.extract.quantities import extract_quantities
from recruitwatch.ingest.decode import decode_bytes
from recruitwatch.iterutil import chunks
from recruitwatch.model import Cleaned, Document, Entity, Quantity, RawRecord
from recruitwatch.options import Options

__all__ = ["process", "process_many", "process_text"]


def process(raw: RawRecord, options: Options = Options()) -> Document:
    """Run every per-document step on one raw record."""
    doc = prepare(raw, options)
    return extract(doc, options)


def process_text(text: str, options: Options = Options(), source: str = "text") -> Document:
    """Convenience for callers holding plain text (tests, the gold scorer)."""
    data = text.encode("utf-8")
    return process(RawRecord(source=source, data=data, kind="text", text=text), options)


def process_many(raws: Iterable[RawRecord], options: Options = Options(),
                 batch_size: int = 32) -> Iterator[tuple[RawRecord, Document | Exception]]:
    """Process records in batches so the English NER model sees them through ``nlp.pipe``.

    A record whose processing raises is yielded with the exception, and the batch goes on.
    """
    for batch in chunks(raws, batch_size):
        yield from _process_batch(batch, options)


def _process_batch(batch: list[RawRecord], options: Options):
    prepared: list[tuple[RawRecord, Document | Exception]] = []
    for raw in batch:
        try:
            prepared.append((raw, prepare(raw, options)))
        except Exception as exc:  # noqa: BLE001 - one bad record never stops a batch
            prepared.append((raw, exc))
    docs = [d for _, d in prepared if isinstance(d, Document)]
    spacy_docs = _english_docs(docs, options)
    for raw, doc in prepared:
        if isinstance(doc, Document):
            try:
                doc = extract(doc, options, spacy_docs.get(doc.id))
            except Exception as exc:  # noqa: BLE001
                doc = exc
        yield raw, doc


def _english_docs(docs: list[Document], options: Options) -> dict:
    """spaCy docs for the English documents of a batch, parsed together with ``nlp.pipe``."""
    if not options.use_models:
        return {}
    english = [d for d in docs if d.language == "en" and d.body]
    parsed = nlp.spacy_docs([d.body for d in english], options)
    return {d.id: sd for d, sd in zip(english, parsed)}


def prepare(raw: RawRecord, options: Options) -> Document:
    """Steps 1–5: decode, clean, outlet, language, publication date."""
    cleaned = _clean(raw)
    meta = cleaned.meta
    lang = detect_language(cleaned.body, options.languages)
    url = raw.url or meta.get("url")
    return Document(
        id=raw.id, source=raw.source, body=cleaned.body, url=url,
        outlet=infer_outlet(raw.outlet or meta.get("site"), url, cleaned.removed),
        title=raw.title or meta.get("title"), authors=list(meta.get("authors") or []),
        language=lang,
        published=infer_published(cleaned.body, cleaned.removed,
                                  raw.published or meta.get("date"), url, lang),
        removed=cleaned.removed, kind=raw.kind,
    )


def _clean(raw: RawRecord) -> Cleaned:
    text = raw.text if raw.text is not None else decode_bytes(raw.data)[0]
    if raw.kind == "html":
        return clean_html(text, raw.url)
    return clean_text(text, channel=_channel(raw.url))


def _channel(url: str | None) -> str | None:
    """The handle of the Telegram channel a post's URL names (its signature is furniture)."""
    from recruitwatch.detect.outlet import telegram_handle

    return telegram_handle(url) if url else None


def _outlet_by_domain(doc: Document, claims: list) -> None:
    """A site names itself in its report ("told Daily Mirror" on dailymirror.lk): that
    name is no relay of its own report, and the outlet where the URL gave none."""
    own = outlet_named_by_domain(doc.url, _org_names(doc) + [(v, v) for c in claims for v in [*c.via, c.speaker]])
    if own:
        doc.outlet = doc.outlet or own
        for c in claims:
            if c.speaker == own and c.via:
                # "This was stated by … Tabalov, reports Censor.NET" on censor.net: the site
                # reports; who it relays spoke
                c.speaker, c.via[:] = c.via[0], c.via[1:]
            c.via[:] = [v for v in c.via if v != own]


def _org_names(doc: Document) -> list[tuple[str, str]]:
    """(words as written, canonical name) of every organisation the report names, and each
    canonical name as itself ("Цензор.НЕТ" spells censor.net only as "Censor.net")."""
    orgs = [ent for ent in doc.entities if ent.type == "ORG"]
    return [(doc.body[a:b], ent.name) for ent in orgs for a, b in ent.mentions] + [(e.name, e.name) for e in orgs]


def _outside_names(quantities: list[Quantity], entities: list[Entity]) -> list[Quantity]:
    """The quantities that are no part of an organisation's name ("24 Канал" is an outlet,
    not 24 of anything)."""
    names = [(a, b) for ent in entities if ent.type == "ORG" for a, b in ent.mentions]
    return [q for q in quantities if not any(a <= q.span[0] and q.span[1] <= b for a, b in names)]


def extract(doc: Document, options: Options, spacy_doc=None) -> Document:
    """Steps 6–11: entities, quantities, claims, measures, event dates, confidence."""
    lang = doc.language or "en"
    doc.entities = extract_entities(doc.body, lang, options, spacy_doc)
    doc.quantities = _outside_names(extract_quantities(doc.body, lang), doc.entities)
    if doc.url and not doc.outlet:
        # a site the table does not know, named in its own report: the claims stage reads
        # its words as the publisher's ("Як інформує Цензор.НЕТ, про це пише …")
        doc.outlet = outlet_named_by_domain(doc.url, _org_names(doc))
    unknown_site = bool(doc.url) and not doc.outlet  # as the claims are first read
    voice = channel_voice(doc.url, doc.removed)
    attribs = attributions(doc.body, lang, doc.entities, doc.outlet, options.use_models, voice)
    if doc.url:
        _outlet_by_domain(doc, [a.claim for a in attribs])
        if unknown_site and doc.outlet:
            # named only as a speaker (no organisation the entities found): read again
            # knowing the publisher
            attribs = attributions(doc.body, lang, doc.entities, doc.outlet, options.use_models, voice)
            _outlet_by_domain(doc, [a.claim for a in attribs])
    doc.claims = forwarded_relay([a.claim for a in attribs], doc.removed, doc.outlet, doc.body)
    doc.measures = extract_measures(doc.body, lang, doc.entities, doc.quantities, options.domain,
                                    attribs)
    attach_dates(doc)
    return assign_confidence(doc)
