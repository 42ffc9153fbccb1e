"""The SQLite evidence store."""

from recruitwatch.store.db import DEFAULT_DB, Hit, Store, StoreError

__all__ = ["DEFAULT_DB", "Hit", "Store", "StoreError"]
