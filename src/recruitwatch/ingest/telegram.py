"""Telegram Desktop channel exports (``result.json``): one message, one document.

The export is one JSON object: the channel's ``name`` (and ``id``; a ``username`` when the
exporter added it) and its ``messages``. Each message of type ``message`` becomes a record:

- text: the message's ``text``, a string or a list of plain strings and entity objects
  (bold, links, mentions…) whose ``text`` is what the reader sees;
- url: ``https://t.me/<username>/<id>``, or ``https://t.me/c/<channel id>/<id>`` (the link
  form Telegram gives posts of a channel known by number);
- published: the message's ``date``; outlet: the channel;
- a forwarded message keeps its origin as a first line "Forwarded from <origin>", the way
  Telegram shows it: the cleaner files that line as `forwarded` and the claims stage lists
  the origin as a relay;
- an edited message carries its ``edited`` time in its bytes, so a later export with the
  new text is a new version of the same URL.

Service messages (channel created, pinned…) are passed by; a message with no text (a
photo, video or file alone) is reported as an error, never stored as an empty report.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from recruitwatch.ingest.errors import IngestError, Refused
from recruitwatch.model import RawRecord

__all__ = ["is_telegram_export", "telegram_records"]

_MEDIA_KEYS = ("photo", "file", "media_type", "sticker_emoji", "poll", "location_information")


def is_telegram_export(obj: Any) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get("messages"), list)


def telegram_records(source: str, data: bytes) -> Iterator[RawRecord | IngestError]:
    """The records of an export's messages; a bad message is an error and the rest go on."""
    try:
        export = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise Refused(f"not a readable JSON file ({exc}); a Telegram Desktop export is "
                      "result.json in UTF-8") from None
    if not is_telegram_export(export):
        keys = ", ".join(sorted(export)[:8]) if isinstance(export, dict) else type(export).__name__
        raise Refused(f'a JSON file without "messages" (keys: {keys}): not a Telegram Desktop '
                      "channel export; for articles use JSON Lines, one object a line")
    channel = export.get("name") or export.get("username") or "Telegram channel"
    base = _link_base(export)
    for i, msg in enumerate(export["messages"]):
        where = f"{source}#message={msg.get('id', i) if isinstance(msg, dict) else i}"
        try:
            record = _record(where, msg, channel, base)
        except Refused as exc:
            yield IngestError(where, f"{where}: {exc}")
            continue
        if record is not None:
            yield record


def _link_base(export: dict) -> str | None:
    username = export.get("username")
    if isinstance(username, str) and username.strip("@"):
        return f"https://t.me/{username.strip('@')}"
    chat_id = export.get("id")
    if isinstance(chat_id, int):
        return f"https://t.me/c/{abs(chat_id)}"  # a post of a channel known by number
    return None


def _record(where: str, msg: Any, channel: str, base: str | None) -> RawRecord | None:
    if not isinstance(msg, dict):
        raise Refused(f"a message is a {type(msg).__name__}, not an object")
    if msg.get("type", "message") != "message":
        return None  # service messages: channel created, message pinned…
    text = plain_text(msg.get("text", ""))
    if not text.strip():
        media = next((k for k in _MEDIA_KEYS if msg.get(k)), None)
        raise Refused(f"a {media.replace('_', ' ') if media else 'empty'} message with no text: "
                      "nothing to ingest")
    origin = msg.get("forwarded_from")
    if isinstance(origin, str) and origin.strip():
        text = f"Forwarded from {origin.strip()}\n{text}"
    url = f"{base}/{msg['id']}" if base and isinstance(msg.get("id"), int) else None
    data = json.dumps({"url": url, "date": msg.get("date"), "edited": msg.get("edited"),
                       "text": text}, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return RawRecord(source=where, data=data, kind="text", text=text, url=url,
                     published=_date(msg.get("date")), outlet=channel)


def plain_text(text: Any) -> str:
    """A message's text as the reader sees it: strings and the ``text`` of entity objects."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", ""))
                       for part in text if isinstance(part, str | dict))
    return ""


def _date(value: Any) -> str | None:
    return value[:10] if isinstance(value, str) and len(value) >= 10 else None
