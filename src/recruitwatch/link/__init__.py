"""Linking across documents, after the per-document pipeline: stories, then facts."""

from __future__ import annotations

from recruitwatch.store import Store


def link_all(store: Store) -> None:
    """Bring stories (and, where available, linked facts) up to date, incrementally."""
    from recruitwatch.link.stories import link_stories

    link_stories(store)
