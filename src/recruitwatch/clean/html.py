"""Main text, metadata and removed lines of an HTML page.

The cascade for one page:

1. decode: bytes with ``ingest.decode.decode_bytes`` (BOM, UTF-8, ``<meta charset>``,
   detection), UTF-8 with replacement when nothing fits; text is capped at ``MAX_CHARS``.
2. defuse: XML declaration and DOCTYPE internal subset are cut before parsing, so entity
   declarations (billion laughs) never reach a parser; lxml's HTML parser runs without
   network access and without huge-tree support. Nothing that fails to parse raises.
3. extract: trafilatura in precision mode; its balanced mode is run as well only when the
   precise text is a sliver of the page, and wins when it finds far more (paywall stub,
   mis-picked container).
4. complete: long paragraphs in the same page template as kept ones (articles split into
   chunks) and embedded social posts between kept paragraphs are put back in page order.
5. tidy: the headline repeated at the top of the body and boilerplate lines matched by
   ``data/boilerplate/html.toml`` leave the body, with their kind.
6. account: every text line of the page that is not in the body is kept in ``removed``
   with a kind (navigation, comments, footer, title, subscribe, ...), so nothing is lost.

Metadata (title, authors, date, site) comes from trafilatura's metadata extractor; the
URL is the canonical one the page declares, or None.
"""

from __future__ import annotations

import re
from collections import Counter
from copy import deepcopy
from functools import lru_cache
from urllib.parse import urljoin

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from recruitwatch.ingest.decode import DecodeError, decode_bytes
from recruitwatch.model import Cleaned, Removed
from recruitwatch.resources import load_toml

__all__ = ["clean_html", "MAX_CHARS"]

# Pages beyond this are cut: news articles are far smaller, and lxml and trafilatura
# slow down on multi-megabyte trees (a stuffed page must not stall a batch).
MAX_CHARS = 5_000_000

# A precise extraction under this share of the page's text may have missed the article
# (paywall stub, wrong container); only then is the balanced mode run as well.
SLIVER = 0.1

_PARSER = HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, huge_tree=False,
    collect_ids=False, default_doctype=False,
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# A DOCTYPE with an internal subset ``[...]`` is where entity declarations live.
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.I | re.S)
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def clean_html(html: str | bytes, url: str | None = None) -> Cleaned:
    """Main text of ``html`` as ``body`` (paragraphs joined by newlines), the page's
    metadata in ``meta`` and every other text line of the page in ``removed``."""
    tree = parse_html(decode_html(html) if isinstance(html, bytes) else html)
    if tree is None:
        return Cleaned(body="", meta=_empty_meta())
    meta = page_meta(tree, url)
    lines = page_lines(tree)
    body, comments = main_text(tree, url, sum(len(text) for text, _ in lines))
    body = complete(tree, body)
    titles = headlines(tree, meta["title"])
    body, dropped = tidy(body, titles)
    dropped.update((line, "comments") for line in comments)
    dropped.update((line, "title") for line in titles)
    return Cleaned(body="\n".join(body), removed=removed_lines(lines, body, dropped),
                   meta=meta)


# 1. decode -------------------------------------------------------------------

def decode_html(data: bytes) -> str:
    """Text of an HTML byte string (BOM, UTF-8, declared charset, detection); never raises."""
    data = data[:MAX_CHARS * 2]
    try:
        return decode_bytes(data)[0]
    except DecodeError:
        return data.decode("utf-8", errors="replace")


# 2. defuse and parse ---------------------------------------------------------

def parse_html(text: str) -> HtmlElement | None:
    """The page's tree, or None when nothing parses; DTD subsets are cut first."""
    text = _XML_DECL.sub("", _encodable(text[:MAX_CHARS]), count=1)
    head, rest = text[:65536], text[65536:]
    text = _DOCTYPE_SUBSET.sub("", head, count=1) + rest
    if not text.strip():
        return None
    try:
        tree = document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError, TypeError):
        return None
    return tree if tree is not None and len(tree) else None


def _encodable(text: str) -> str:
    """``text`` without lone surrogates, at which libxml2 silently stops parsing."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", errors="replace").decode("utf-8")
    return text


# 3. extract ------------------------------------------------------------------

def main_text(tree: HtmlElement, url: str | None, page_chars: int) -> tuple[list[str], list[str]]:
    """Body paragraphs and reader-comment lines found by trafilatura: its precision mode,
    unless that keeps a sliver of the page and the balanced mode finds far more."""
    precise = _trafilatura(tree, url, favor_precision=True)
    if _length(precise[0]) >= SLIVER * page_chars:
        return precise
    balanced = _trafilatura(tree, url, favor_precision=False)
    return balanced if _length(precise[0]) < SLIVER * 2 * _length(balanced[0]) else precise


def _trafilatura(tree: HtmlElement, url: str | None, **kwargs) -> tuple[list[str], list[str]]:
    from trafilatura import bare_extraction

    try:
        doc = bare_extraction(tree, url=url, include_comments=True, with_metadata=False,
                              **kwargs)
    except Exception:  # trafilatura's own heuristics may trip on odd trees
        return [], []
    if doc is None:
        return [], []
    return _lines(doc.text), _lines(doc.comments)


def _lines(text: str | None) -> list[str]:
    return [s for s in (_SPACE.sub(" ", line).strip() for line in (text or "").split("\n")) if s]


def _length(lines: list[str]) -> int:
    return sum(len(s) for s in lines)


# 4. complete -----------------------------------------------------------------

# Paragraphs shorter than this are not added back: teasers, captions and buttons are short.
MIN_ADDED_CHARS = 150
MAX_LINK_SHARE = 0.3
_EMBED = ("embed",)
# How far up a paragraph's ancestors a furniture class (comments, related, ...) is looked for.
FURNITURE_DEPTH = 6
# Markup or code shown as text, and e-mail addresses (author boxes): not article prose.
_NOT_PROSE = re.compile(r"&\w+;|<\w+[ >]|\{[^}]*:[^}]*\}|\S+@\w+\.\w+")
_OUTSIDE_TAGS = frozenset("nav footer aside header form a button figcaption".split())


def complete(tree: HtmlElement, body: list[str]) -> list[str]:
    """The body with what the extractor skipped inside the article: long paragraphs that
    fill the same page template as two or more kept ones (articles split into chunks,
    "continue reading" wrappers), and embedded posts (tweets, Telegram) between kept
    paragraphs, which quote officials and witnesses."""
    paras = _paragraphs(tree)
    body_tokens = [" ".join(_WORD.findall(line)) for line in body]
    joined = " ".join(body_tokens)
    grams = _trigrams(joined)
    where = {i: _body_index(tok, body_tokens) for i, (tok, _, _) in enumerate(paras)
             if tok and _present(tok, joined, grams)}
    if not where:
        return body
    templates = Counter(paras[i][1] for i in where)
    first, final = min(where), max(where)
    additions: dict[int, list[str]] = {}
    last = -1
    for i, (_, template, text) in enumerate(paras):
        if i in where:
            last = where[i]
        elif (template == _EMBED and first < i < final and text) or (
                templates[template] >= 2 and _addable(text)):
            additions.setdefault(last, []).append(text)
    return _inserted(body, additions) if additions else body


def _inserted(body: list[str], additions: dict[int, list[str]]) -> list[str]:
    """``body`` with ``additions[n]`` after line n (-1: before the first line)."""
    out = list(additions.get(-1, []))
    for n, line in enumerate(body):
        out.append(line)
        out.extend(additions.get(n, []))
    return out


def _paragraphs(tree: HtmlElement) -> list[tuple[str, tuple, str]]:
    """(tokens, template, text) of each <p> outside page furniture and of each embedded
    post, in document order; link lists get an empty text (never added)."""
    out = []
    embed = _embed_class()
    for el in tree.iter("p", "blockquote"):
        is_embed = el.tag == "blockquote" and embed.search(el.get("class", ""))
        # embeds skip the furniture test (their wrappers are called "social-embed" and
        # the like); complete() asks them to sit between kept paragraphs instead
        if not is_embed and (el.tag != "p" or _in_embed(el, embed) or _in_furniture(el)):
            continue
        text, linked = _visible_text(el)
        if not text:
            continue
        ok = is_embed or linked <= MAX_LINK_SHARE * len(text)
        template = _EMBED if is_embed else _template(el)
        out.append((" ".join(_WORD.findall(text)), template, text if ok else ""))
    return out


def _in_embed(el: HtmlElement, embed: re.Pattern) -> bool:
    return any(a.tag == "blockquote" and embed.search(a.get("class", ""))
               for a in el.iterancestors())


def _visible_text(el: HtmlElement) -> tuple[str, int]:
    """Text of ``el`` without scripts and styles, and how many of its characters are links."""
    parts, linked, depth_in_link = [], 0, 0
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in _SKIP:
                walker.skip_subtree()
                continue
            depth_in_link += tag == "a"
            chunk = node.text or ""
        else:
            if tag not in _SKIP:
                depth_in_link -= tag == "a"
            if node is el:
                break
            chunk = node.tail or ""
        parts.append(chunk)
        linked += len(chunk) if depth_in_link else 0
    return _SPACE.sub(" ", "".join(parts)).strip(), linked


def _template(el: HtmlElement) -> tuple:
    """Tag and class of the three nearest ancestors: the slot a paragraph fills."""
    out = []
    for anc in el.iterancestors():
        out.append((anc.tag, anc.get("class", "")))
        if len(out) == 3:
            break
    return tuple(out)


def _in_furniture(el: HtmlElement) -> bool:
    """Whether a near ancestor is page furniture by tag or class; <body> classes describe
    the whole page and are not looked at."""
    cue = _furniture_class()
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= FURNITURE_DEPTH or anc.tag in ("body", "html"):
            return False
        if anc.tag in _OUTSIDE_TAGS or cue.search(f'{anc.get("class", "")} {anc.get("id", "")}'):
            return True
    return False


def _addable(text: str) -> bool:
    return (len(text) >= MIN_ADDED_CHARS and boilerplate_kind(text) is None
            and not _NOT_PROSE.search(text))


def _present(tokens: str, joined: str, grams: set) -> bool:
    """Whether a paragraph is in the body: verbatim, or mostly (extractors drop inline
    links and widgets from a paragraph, which must not make it look missing)."""
    if tokens in joined:
        return True
    own = _trigrams(tokens)
    return bool(own) and len(own & grams) >= 0.5 * len(own)


def _trigrams(tokens: str) -> set:
    words = tokens.split()
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def _body_index(tokens: str, body_tokens: list[str]) -> int:
    for n, line in enumerate(body_tokens):
        if line and (tokens in line or line in tokens):
            return n
    return len(body_tokens) - 1


@lru_cache(maxsize=1)
def _embed_class() -> re.Pattern:
    return re.compile("|".join(load_toml("boilerplate/html.toml")["layout"]["embed_class"]),
                      re.I)


@lru_cache(maxsize=1)
def _furniture_class() -> re.Pattern:
    return re.compile("|".join(p for _, p in _layout_kinds()), re.I)


@lru_cache(maxsize=1)
def _layout_kinds() -> list[tuple[str, str]]:
    kinds = load_toml("boilerplate/html.toml")["layout"]["kinds"]
    return [(kind, "|".join(patterns)) for kind, patterns in kinds.items()]


@lru_cache(maxsize=1)
def _kind_patterns() -> list[tuple[str, re.Pattern]]:
    return [(kind, re.compile(p, re.I)) for kind, p in _layout_kinds()]


# 5. tidy ---------------------------------------------------------------------

def tidy(body: list[str], titles: list[str]) -> tuple[list[str], dict[str, str]]:
    """The body without its repeated headline and boilerplate lines; dropped line → kind."""
    kept, dropped = [], {}
    for n, line in enumerate(body):
        kind = "title" if n < 3 and _is_headline(line, titles) else boilerplate_kind(line)
        if kind:
            dropped[line] = kind
        else:
            kept.append(line)
    return kept, dropped


def headlines(tree: HtmlElement, title: str | None) -> list[str]:
    """Texts the page gives as its headline: meta title, og:title, the first <h1>s."""
    found = [title] if title else []
    found += tree.xpath('//meta[@property="og:title"]/@content')[:1]
    found += [h.text_content() for h in tree.iter("h1")][:2]
    return [_SPACE.sub(" ", t).strip() for t in found if isinstance(t, str) and t.strip()]


def _is_headline(line: str, titles: list[str]) -> bool:
    words = _words(line)
    if not words:
        return False
    for title in titles:
        t = _words(title)
        # "Headline | Site" titles: a line of 3+ words that starts the title counts too
        if words == t or (len(words) >= 3 and t[:len(words)] == words):
            return True
    return False


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def boilerplate_kind(line: str) -> str | None:
    """The kind of boilerplate ``line`` is (data/boilerplate/html.toml), or None."""
    limit, patterns = _boilerplate()
    if len(line) > limit:
        return None
    for kind, pattern in patterns:
        if pattern.fullmatch(line):
            return kind
    return None


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[int, list[tuple[str, re.Pattern]]]:
    data = load_toml("boilerplate/html.toml")
    patterns = [(kind, re.compile(p, re.I)) for kind, ps in data["line"].items() for p in ps]
    return data["max_line_chars"], patterns


# metadata --------------------------------------------------------------------

def _empty_meta() -> dict:
    return {"title": None, "authors": [], "date": None, "site": None, "url": None}


def page_meta(tree: HtmlElement, url: str | None) -> dict:
    """title, authors, date (ISO), site name and the canonical URL the page declares."""
    from trafilatura.metadata import extract_metadata

    meta = _empty_meta()
    meta["url"] = canonical_url(tree, url)
    try:
        doc = extract_metadata(deepcopy(tree), default_url=meta["url"] or url)
    except Exception:  # metadata is a bonus: never lose the text over it
        return meta
    meta.update(title=doc.title or None, date=doc.date or None, site=doc.sitename or None,
                authors=_authors(doc.author))
    return meta


def _authors(value: str | None) -> list[str]:
    return [a.strip() for a in (value or "").split(";") if a.strip()]


def canonical_url(tree: HtmlElement, url: str | None) -> str | None:
    """``<link rel=canonical>`` or ``og:url``, made absolute against ``url``."""
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        for href in tree.xpath(xpath):
            href = href.strip()
            if href and not href.startswith(("javascript:", "data:")):
                return urljoin(url, href) if url else href
    return None


# 6. account ------------------------------------------------------------------

def removed_lines(lines: list[tuple[str, str]], body: list[str],
                  known: dict[str, str]) -> list[Removed]:
    """Every text line of the page that the body does not contain, with its kind:
    the one the cascade gave it (``known``), else one guessed from the page layout."""
    kept, whole = "\n".join(body), set(body)
    return [Removed(text, known.get(text, kind), n)
            for n, (text, kind) in enumerate(lines) if not _in_body(text, kept, whole)]


def _in_body(text: str, kept: str, whole: set[str]) -> bool:
    # A short line ("Home", "Share") found inside a paragraph is a coincidence, not a
    # match: it is reported as removed rather than silently lost.
    return text in whole or (len(text) >= SHORT_LINE and text in kept)


SHORT_LINE = 40
_BLOCK = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre "
    "section summary table td th tr ul option button".split())
_SKIP = frozenset("script style noscript template svg head iframe object".split())
_KIND_BY_TAG = {"nav": "navigation", "menu": "navigation", "header": "navigation",
                "footer": "footer", "aside": "read_more", "figcaption": "caption"}


def page_lines(tree: HtmlElement) -> list[tuple[str, str]]:
    """The page's visible text as lines (block elements break lines), each with a kind
    guessed from its nearest telling ancestor."""
    lines: list[tuple[str, str]] = []
    parts: list[str] = []
    kinds: list[str] = ["boilerplate"]

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(parts)).strip()
        parts.clear()
        if text:
            lines.append((text, kinds[-1]))

    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _SKIP:
                walker.skip_subtree()
                continue
            if tag in _BLOCK:
                flush()
            kinds.append(_kind(el, tag) or kinds[-1])
            parts.append(el.text or "")
        else:
            if tag not in _SKIP:
                if tag in _BLOCK:
                    flush()
                kinds.pop()
            parts.append(el.tail or "")
    flush()
    return lines


def _kind(el: HtmlElement, tag: str) -> str | None:
    """The kind of page furniture ``el`` is, from its tag, class or id; None if unknown."""
    if tag in _KIND_BY_TAG:
        return _KIND_BY_TAG[tag]
    if tag in ("body", "html", ""):
        return None  # their classes describe the whole page
    names = f'{el.get("class", "")} {el.get("id", "")}'
    if not names.strip():
        return None
    for kind, pattern in _kind_patterns():
        if pattern.search(names):
            return kind
    return None
