"""Which real dev articles open by reporting events, and what that does to a one-outlet day.

    .venv/bin/python bench/openings.py [--limit 400] [-v]

For the CNN/DM, BBC and XSum dev files (the first ``--limit`` articles of each): how many
articles' first three sentences report no event at all, some, or all (stories/openings.py).
``-v`` lists the openings that report none. Then a day of 30 CNN/DM dev articles (one outlet,
no sections: the case where coverage and section cannot rank) is built with the events weight
and without it, and both bottom lines are printed.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from briefing import Article, Settings, build_briefing
from briefing.nlp.model import load_model, parse
from briefing.stories import assemble
from briefing.stories.openings import event_share

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
FILES = ("cnndm_test.dev.jsonl", "bbc_news_summary.dev.jsonl", "xsum_test.dev.jsonl")


def rows(name: str, limit: int) -> list[dict]:
    with (SHARED / name).open() as f:
        return [json.loads(line) for _, line in zip(range(limit), f, strict=False)]


def article(row: dict) -> Article:
    return Article(row["id"], row["text"], title=row.get("title") or "", outlet=row["source"])


def shares(limit: int, verbose: bool) -> None:
    nlp = load_model(None, "full")
    for name in FILES:
        found = []
        for row in rows(name, limit):
            share = event_share(parse(nlp, row["text"][:4000]))
            found.append((share, row["id"], row["text"][:100].replace("\n", " ")))
        counts = Counter("none" if s == 0 else "all" if s == 1 else "some" for s, _, _ in found)
        print(
            f"{name}: {len(found)} articles; openings reporting no event {counts['none']}, "
            f"some {counts['some']}, all {counts['all']}"
        )
        if verbose:
            for share, ident, text in found:
                if share == 0:
                    print(f"   {ident} | {text}")


def one_outlet_day(seed: int = 7, size: int = 30) -> None:
    day = rows(FILES[0], 10_000)
    random.Random(seed).shuffle(day)
    articles = [article(r) for r in day[:size]]
    weight = assemble.EVENTS_WEIGHT
    for label, value in (("with the events weight", weight), ("without it", 0.0)):
        assemble.EVENTS_WEIGHT = value
        brief = build_briefing(articles, Settings(date="2026-03-03"))
        print(f"\nbottom line, {size} CNN/DM dev articles, one outlet, {label}:")
        for point in brief.bottom_line:
            print("  -", point.text[:150])
    assemble.EVENTS_WEIGHT = weight


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    shares(args.limit, args.verbose)
    one_outlet_day()


if __name__ == "__main__":
    main()
