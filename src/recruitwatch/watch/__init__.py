"""Watching sources: feeds, news sitemaps, URL lists and Telegram channel previews, polled
politely in rounds, each new or changed item ingested through the usual pipeline."""

from recruitwatch.watch.config import SourcesError, SourcesFile, WatchOptions, load_sources
from recruitwatch.watch.round import RoundSummary, watch_round

__all__ = ["RoundSummary", "SourcesError", "SourcesFile", "WatchOptions", "load_sources",
           "watch_round"]


def parse_interval(text: str) -> float:
    """Seconds in "30m", "1h", "90s", "1h30m" or a bare number of minutes; ValueError else."""
    import re

    parts = re.fullmatch(r"\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?\s*", text.lower())
    if text.strip().isdigit():
        return int(text) * 60.0
    if not parts or not any(parts.groups()):
        raise ValueError(f"{text!r} is not an interval: write 30m, 1h, 90s or 1h30m")
    h, m, s = (int(g or 0) for g in parts.groups())
    return h * 3600.0 + m * 60.0 + s
