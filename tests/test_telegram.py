"""Telegram Desktop channel exports (result.json) ingest message by message.

The export below is written by hand in the shape Telegram Desktop writes (the posts
paraphrase SHOT and Verstka reporting of November 2024)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from recruitwatch.cli import cli
from recruitwatch.ingest import IngestError, iter_records
from recruitwatch.model import RawRecord
from recruitwatch.options import Options
from recruitwatch.store import Store

EXPORT = {
    "name": "SHOT", "type": "public_channel", "id": 1001234567, "username": "shot_shot",
    "messages": [
        {"id": 1, "type": "service", "date": "2024-11-01T09:00:00", "action": "create_channel",
         "text": ""},
        {"id": 2, "type": "message", "date": "2024-11-10T12:30:00",
         "text": "В Приморье подняли выплату добровольцам до 1 млн рублей."},
        {"id": 3, "type": "message", "date": "2024-11-12T08:00:00", "edited": "2024-11-12T08:05:00",
         "text": ["Суд ", {"type": "bold", "text": "удовлетворил ходатайство"},
                  " блогера об отправке на СВО, ",
                  {"type": "text_link", "text": "писал", "href": "https://t.me/shot_shot/1"},
                  " SHOT."]},
        {"id": 4, "type": "message", "date": "2024-11-13T10:00:00", "forwarded_from": "Вёрстка",
         "text": "Контракты предлагают задержанным мигрантам, сообщили в правозащитной организации."},
        {"id": 5, "type": "message", "date": "2024-11-14T10:00:00", "photo": "photos/photo_5.jpg",
         "text": ""},
    ],
}


def write_export(folder: Path, export: dict = EXPORT) -> Path:
    path = folder / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_each_message_is_a_record_and_a_media_only_message_is_reported(tmp_path):
    items = list(iter_records([str(write_export(tmp_path))], Options()))
    records = [i for i in items if isinstance(i, RawRecord)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [r.url for r in records] == [f"https://t.me/shot_shot/{n}" for n in (2, 3, 4)]
    assert {r.outlet for r in records} == {"SHOT"}
    assert [r.published for r in records] == ["2024-11-10", "2024-11-12", "2024-11-13"]
    # formatted text reads as the reader sees it; a forwarded post names its origin first
    assert records[1].text == "Суд удовлетворил ходатайство блогера об отправке на СВО, писал SHOT."
    assert records[2].text.startswith("Forwarded from Вёрстка\n")
    assert len(errors) == 1 and "photo" in errors[0].message and "#message=5" in errors[0].source


def test_a_channel_known_by_number_links_its_posts_by_number(tmp_path):
    export = {**EXPORT, "username": None}
    records = [i for i in iter_records([str(write_export(tmp_path, export))], Options())
               if isinstance(i, RawRecord)]
    assert records[0].url == "https://t.me/c/1001234567/2"


def test_json_that_is_no_export_is_refused_with_the_fix(tmp_path):
    path = tmp_path / "data.json"
    path.write_text('{"articles": []}', encoding="utf-8")
    (item,) = list(iter_records([str(path)], Options()))
    assert isinstance(item, IngestError) and "JSON Lines" in item.message


def test_an_edited_message_in_a_later_export_is_a_new_version(tmp_path):
    db = tmp_path / "t.db"
    runner = CliRunner()
    first = write_export(tmp_path)
    assert runner.invoke(cli, ["ingest", str(first), "--db", str(db), "--no-models"]).exit_code == 1
    later = json.loads(json.dumps(EXPORT))
    later["messages"][1]["text"] = "В Приморье подняли выплату добровольцам до 1,2 млн рублей."
    later["messages"][1]["edited"] = "2024-11-10T13:00:00"
    (tmp_path / "later").mkdir()
    second = write_export(tmp_path / "later", later)
    runner.invoke(cli, ["ingest", str(second), "--db", str(db), "--no-models"])
    with Store(db) as store:
        rows = store.conn.execute(
            "SELECT count(*) FROM documents WHERE url = 'https://t.me/shot_shot/2'").fetchone()
        total = store.conn.execute("SELECT count(*) FROM documents").fetchone()
    assert rows[0] == 2 and total[0] == 4  # three posts, one of them in two versions


def test_a_forwarded_posts_origin_relays_its_claims(tmp_path):
    from recruitwatch.pipeline import process

    record = [i for i in iter_records([str(write_export(tmp_path))], Options(use_models=False))
              if isinstance(i, RawRecord)][2]
    doc = process(record, Options(use_models=False))
    assert [r.kind for r in doc.removed] == ["forwarded"]
    assert doc.claims and all(c.via[-1:] == ["Verstka"] for c in doc.claims)
