"""A summary of what a store holds, for `recruitwatch summary` and the web explorer."""

from __future__ import annotations

from typing import Any

from recruitwatch.store.db import Store


def store_summary(store: Store, top: int = 8) -> dict[str, Any]:
    q = store.conn.execute

    def counts(sql: str) -> dict[str, int]:
        return {str(k): v for k, v in q(sql + f" LIMIT {top}").fetchall()}

    return {
        "documents": store.count(),
        "removed": store.count("removed"),
        "errors": store.count("errors"),
        "entities": store.count("entities"),
        "quantities": store.count("quantities"),
        "claims": store.count("claims"),
        "measures": store.count("measures"),
        "languages": counts("SELECT coalesce(language, '?'), count(*) c FROM documents GROUP BY 1 ORDER BY c DESC"),
        "outlets": counts("SELECT coalesce(outlet, '?'), count(*) c FROM documents GROUP BY 1 ORDER BY c DESC"),
        "published": counts("SELECT coalesce(substr(published_date, 1, 4), '?'), count(*) c FROM documents GROUP BY 1 ORDER BY 1"),
        "modalities": counts("SELECT modality, count(*) c FROM quantities GROUP BY 1 ORDER BY c DESC"),
        "measure_types": counts("SELECT type, count(*) c FROM measures GROUP BY 1 ORDER BY c DESC"),
        "speakers": counts("SELECT speaker, count(*) c FROM claims GROUP BY 1 ORDER BY c DESC"),
        "stories": q("SELECT count(*) FROM (SELECT story FROM documents WHERE story IS NOT NULL"
                     " GROUP BY story HAVING count(*) > 1)").fetchone()[0],
    }
