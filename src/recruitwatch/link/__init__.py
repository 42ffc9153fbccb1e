"""Linking across documents, after the per-document pipeline: stories, then facts."""

from __future__ import annotations

from recruitwatch.store import Store


def link_all(store: Store) -> None:
    """Bring stories, then facts, up to date, incrementally (facts read story membership)."""
    from recruitwatch.link.facts import link_facts
    from recruitwatch.link.stories import link_stories

    link_stories(store)
    link_facts(store)
