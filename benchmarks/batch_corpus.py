"""A generated sharded corpus for batch runs at scale: short reports, JSON Lines and WARC.

Every report is assembled from sentence templates written for this benchmark (no article
text): a headline, a figure with its modality (a target, an achievement, an offer), an
attributed statement (an outlet, an official, sometimes a relay or a denial), a
recruitment measure (a recruitment point, a payment, pressure on employers, summonses),
a hedge now and then, and page furniture (share buttons, a newsletter box, a copyright
line) for the cleaner to remove. About one report in eight is in Russian, one in forty in
Ukrainian. Half of the shards are JSON Lines (plain text with URL and outlet); the other
half are gzipped WARC files of small HTML pages, as a crawl would give.

    python -P benchmarks/batch_corpus.py OUT --docs 100000 [--shard 1000] [--seed 7]

Deterministic for a given seed; reports are 230-720 characters (570 on average).
"""

from __future__ import annotations

import argparse
import io
import json
import random
from datetime import date, timedelta
from pathlib import Path

OUTLETS = ["Meduza", "Mediazona", "Verstka", "RFE/RL", "The Moscow Times", "Novaya Gazeta Europe",
           "The Insider", "Kyiv Independent", "BBC Russian", "Reuters"]
PLACES = ["Moscow", "St. Petersburg", "Tatarstan", "Bashkortostan", "Buryatia", "Dagestan",
          "Tyva", "Sverdlovsk Oblast", "Novosibirsk Oblast", "Krasnodar Krai", "Yakutia",
          "Chechnya", "Voronezh Oblast", "Kursk Oblast", "Perm Krai", "Omsk Oblast"]
OFFICIALS = ["Governor Ivan Petrov", "Deputy Mayor Anna Sokolova", "Regional Minister Oleg Lebedev",
             "Military commissar Sergei Volkov", "Governor Rustam Khasanov"]
GROUPS = ["migrants from Central Asia", "students", "prisoners", "debtors", "factory workers",
          "naturalised citizens", "unemployed men", "foreign nationals"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

EN_FIGURE = [
    "Authorities in {place} plan to recruit {n:,} contract soldiers by the end of {year}, {outlet} reported.",
    "Officials in {place} said {n:,} people had signed contracts with the Defence Ministry since January.",
    "{official} announced a one-off payment of {money:,} roubles to residents of {place} who sign a contract.",
    "Recruiters in {place} are offering {group} a monthly salary of {money:,} roubles, according to {outlet}.",
    "The region was ordered to send at least {n:,} volunteers to the front this year, {outlet} reported, citing a leaked letter.",
]
EN_MEASURE = [
    "A recruitment point has opened inside the migration centre in {place}, where {group} apply for documents.",
    "Employers in {place} were told to submit weekly lists of {group} eligible for service.",
    "Police in {place} raided hostels and handed summonses to {group}.",
    "Billboards advertising contract service went up across {place} on {weekday}.",
    "Lawmakers proposed fast-track citizenship for foreigners who serve for one year.",
]
EN_CLAIM = [
    "{official} told local media on {weekday} that the campaign was voluntary.",
    "The Kremlin denied that a new wave of mobilisation was being prepared.",
    "{outlet} reported, citing two sources in the regional administration, that quotas had been raised.",
    "The figures could not be independently verified.",
    "Human-rights lawyers said the practice was likely to target the poorest residents.",
]
EN_JUNK = ["Share this article", "Subscribe to our newsletter", "Read more: regional news",
           "Advertisement", "Follow us on Telegram"]

RU_PLACES = ["Москве", "Казани", "Уфе", "Новосибирске", "Екатеринбурге", "Перми", "Омске"]
RU_FIGURE = [
    "Власти в {place} планируют набрать {n} контрактников до конца {year} года, сообщает {outlet}.",
    "Губернатор объявил о единовременной выплате в размере {money} рублей тем, кто подпишет контракт.",
    "По данным {outlet}, с начала года контракт подписали {n} человек.",
]
RU_MEASURE = [
    "В миграционном центре в {place} открылся пункт отбора на военную службу.",
    "Работодателей в {place} обязали еженедельно подавать списки сотрудников.",
    "Полиция в {place} вручила повестки мигрантам после рейда.",
]
RU_CLAIM = [
    "В Кремле опровергли сообщения о новой волне мобилизации.",
    "Эти данные не удалось независимо проверить.",
    "Как сообщил источник в администрации, квоты увеличили.",
]
RU_JUNK = ["Поделиться", "Подписывайтесь на нашу рассылку", "Читайте также"]
UK_TEXT = [
    "Росія вербує мігрантів у {place} для війни проти України, повідомляє {outlet}.",
    "За даними розвідки, щонайменше {n} осіб підписали контракти.",
    "Ці дані неможливо незалежно перевірити.",
]


def report(i: int, rng: random.Random, day: date) -> dict:
    """One generated report as a JSON Lines record."""
    roll = rng.random()
    if roll < 0.025:
        lang, body = "uk", _ukrainian(rng)
    elif roll < 0.15:
        lang, body = "ru", _russian(rng)
    else:
        lang, body = "en", _english(rng, day)
    outlet = rng.choice(OUTLETS)
    return {"text": body, "url": f"https://generated.invalid/{lang}/{day.isoformat()}/{i}",
            "outlet": outlet, "published": day.isoformat()}


def _fill(template: str, rng: random.Random, **extra) -> str:
    values = {"place": rng.choice(PLACES), "outlet": rng.choice(OUTLETS),
              "official": rng.choice(OFFICIALS), "group": rng.choice(GROUPS),
              "weekday": rng.choice(WEEKDAYS), "year": rng.choice([2023, 2024, 2025]),
              "n": _figure(rng, 100, 400_000), "money": _figure(rng, 10_000, 600_000)}
    values.update(extra)
    return template.format(**values)


def _figure(rng: random.Random, low: int, high: int) -> int:
    """A figure rounded as reports round them, from a range wide enough that unrelated
    reports rarely share one (shared figures are what the fact linker joins on)."""
    value = rng.randrange(low, high)
    return round(value, -max(0, len(str(value)) - 3))


def _english(rng: random.Random, day: date) -> str:
    place = rng.choice(PLACES)
    lines = [rng.choice(EN_JUNK), f"Recruitment drive in {place}: new quotas and payments",
             f"{day.strftime('%B')} {day.day}, {day.year}"]
    parts = [_fill(rng.choice(EN_FIGURE), rng, place=place),
             _fill(rng.choice(EN_MEASURE), rng, place=place),
             _fill(rng.choice(EN_CLAIM), rng), _fill(rng.choice(EN_FIGURE), rng),
             _fill(rng.choice(EN_CLAIM), rng)]
    lines += [" ".join(parts[:2]), " ".join(parts[2:4]), parts[4], rng.choice(EN_JUNK),
              f"© {day.year} {rng.choice(OUTLETS)}"]
    return "\n".join(lines)


def _russian(rng: random.Random) -> str:
    place = rng.choice(RU_PLACES)
    parts = [_fill(t, rng, place=place, n=f"{_figure(rng, 100, 400_000):,}".replace(",", " "),
                   money=f"{_figure(rng, 10_000, 600_000):,}".replace(",", " "))
             for t in (rng.choice(RU_FIGURE), rng.choice(RU_MEASURE), rng.choice(RU_CLAIM),
                       rng.choice(RU_FIGURE))]
    return "\n".join([rng.choice(RU_JUNK), f"Вербовка в {place}", " ".join(parts[:2]),
                      " ".join(parts[2:]), rng.choice(RU_JUNK)])


def _ukrainian(rng: random.Random) -> str:
    text = " ".join(_fill(t, rng, place=rng.choice(RU_PLACES)) for t in UK_TEXT)
    return "\n".join(["Поширити", "Вербування мігрантів", text, "Підписуйтесь на розсилку"])


def html_page(rec: dict) -> bytes:
    """A small news page around the report: navigation, the article, a footer."""
    lines = rec["text"].split("\n")
    title = lines[1] if len(lines) > 1 else lines[0]
    paragraphs = "".join(f"<p>{_escape(line)}</p>" for line in lines[1:-1])
    return (f"<html><head><title>{_escape(title)}</title>"
            f'<meta property="og:site_name" content="{_escape(rec["outlet"])}">'
            f'<meta property="article:published_time" content="{rec["published"]}"></head><body>'
            "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About</a></nav>"
            f"<article><h1>{_escape(title)}</h1>{paragraphs}</article>"
            f"<footer>{_escape(lines[-1])} · Contact · Privacy</footer></body></html>").encode()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def build(out: Path, docs: int, shard: int = 1000, seed: int = 7) -> list[Path]:
    """Write ``docs`` reports in shards of ``shard`` under ``out``; JSONL and WARC alternate."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    start, paths = date(2022, 9, 21), []
    for k, first in enumerate(range(0, docs, shard)):
        recs = [report(i, rng, start + timedelta(days=i * 1500 // docs))
                for i in range(first, min(docs, first + shard))]
        path = out / (f"shard-{k:05d}.jsonl" if k % 2 == 0 else f"shard-{k:05d}.warc.gz")
        _write_jsonl(path, recs) if k % 2 == 0 else _write_warc(path, recs)
        paths.append(path)
    return paths


def _write_jsonl(path: Path, recs: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _write_warc(path: Path, recs: list[dict]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for rec in recs:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                rec["url"], "response", payload=io.BytesIO(html_page(rec)), http_headers=headers))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--shard", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    paths = build(args.out, args.docs, args.shard, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{args.docs} reports in {len(paths)} shards under {args.out} ({size / 2**20:.1f} MiB)")


if __name__ == "__main__":
    main()
