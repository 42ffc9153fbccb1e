"""The alerts pages: the saved alerts, each alert's items with their words, and an Atom
feed per alert. Like every view, they read the store and never write: alerts are added
and raised by the command line."""

from __future__ import annotations

from recruitwatch.alerts import alert_items, atom_feed, get_alert, list_alerts
from recruitwatch.store import Store
from recruitwatch.web.views import NotFound

ITEMS = 200  # items on an alert's page and in its feed


def alerts_view(store: Store) -> dict:
    return {"page": "alerts", "alerts": list_alerts(store)}


def alert_view(store: Store, name: str) -> dict:
    alert = _alert(store, name)
    return {"page": "alert", "alert": alert, "items": alert_items(store, name, ITEMS),
            "feed": f"/alerts/{name}.atom"}


def alert_atom(store: Store, name: str, base_url: str) -> bytes:
    return atom_feed(_alert(store, name), alert_items(store, name, ITEMS), base_url)


def _alert(store: Store, name: str) -> dict:
    alert = get_alert(store, name)
    if alert is None:
        raise NotFound(f"no alert named {name!r}")
    return {"name": alert.name, "kind": alert.kind, "target": alert.target,
            "filters": alert.filters.given(), "description": alert.describe(),
            "created_at": alert.created_at}
