"""What leads a day of one outlet's articles that do not say whose they are: how many of
the bottom line's stories join several articles, and (BBC) which categories lead.

    .venv/bin/python bench/bottom_line.py --days 6 --size 30

XSum and BBC dev rows are all the BBC's, and name no outlet, like a bare JSONL of one site.
Each day is ``--size`` rows drawn with seeds 0 .. ``--days`` - 1, built as `briefing build`
does (no sections given: BBC's category is only used to score). A story of several such
articles is one topic at best, not several outlets' coverage, so it should not lead for
that. Prints each day's bottom line (articles per story, category) and the totals.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"
FILES = {"xsum": "xsum_test.dev.jsonl", "bbc": "bbc_news_summary.dev.jsonl"}
HARD = {"politics", "business"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--days", type=int, default=6)
    parser.add_argument("--size", type=int, default=30)
    args = parser.parse_args()

    from briefing import Article, Settings, build_briefing

    for name, file in FILES.items():
        rows = [json.loads(x) for x in (SHARED / file).open(encoding="utf-8")]
        joined = slots = hard = 0
        for seed in range(args.days):
            day = random.Random(seed).sample(rows, args.size)
            category = {r["id"]: r.get("category", "") for r in day}
            articles = [Article(r["id"], r["text"], title=r.get("title") or "") for r in day]
            brief = build_briefing(articles, Settings(date="2026-03-03", fit_page=False))
            story_of = {i: s for s in brief.stories for i in s.source_ids}
            line = []
            for sentence in brief.bottom_line:
                story = story_of[sentence.source_id]
                joined += len(story.source_ids) > 1
                hard += category[sentence.source_id] in HARD
                slots += 1
                line.append(f"{len(story.source_ids)} {category[sentence.source_id] or '-'}")
            print(f"{name} seed {seed}: " + " | ".join(line))
        share = f", politics or business {hard}/{slots}" if name == "bbc" else ""
        print(f"{name}: bottom-line stories of several articles {joined}/{slots}{share}")


if __name__ == "__main__":
    main()
