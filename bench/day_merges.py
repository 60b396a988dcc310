"""Which actors a day merges across articles: every fold of one name into another when the
two share no article ("Banks" into "Jenni Banks" from another report), to be read and
judged by hand.

    .venv/bin/python bench/day_merges.py ../shared/eval/bbc_news_summary.dev.jsonl --count 40

Every row (or every document of a Multi-News row) becomes one article of one day, analysed
as `briefing build` does. Prints how many such folds each merge pass made, then ``--count``
of them drawn with ``--seed``: the name folded, the name it joined, the number of articles
each was in, and the tags each had. docs/entities.md quotes what was read.
"""

from __future__ import annotations

import argparse
import inspect
import random
from collections import Counter

from sample_commitments import day_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", help="a shared eval JSONL file")
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--context", action="store_true", help="print where each is named")
    args = parser.parse_args()

    from briefing import Settings, build_briefing
    from briefing.analysis import merging

    folds = []
    absorb = merging.Group.absorb

    def watched(group, other) -> None:  # a bench's probe, not the library's behaviour
        if not set(group.sources) & set(other.sources):
            folds.append((inspect.stack()[1].function, other, group))
        absorb(group, other)

    merging.Group.absorb = watched
    articles = day_articles(args.data)
    build_briefing(articles, Settings(fit_page=False, max_actors=10_000))
    # the day's own pass only: a per-article pass never folds across articles
    rows = sorted(
        {
            (
                f,
                o.name,
                g.name,
                len(o.sources),
                len(g.sources),
                str(dict(o.kinds)),
                str(dict(g.kinds)),
                o.sources[0],
                g.sources[0],
            )
            for f, o, g in folds
        }
    )
    print(f"{len(rows)} folds across articles in {len(articles)} articles")
    for merge, n in Counter(r[0] for r in rows).most_common():
        print(f"  {merge}: {n}")
    drawn = [r for r in rows if r[0] in ("merge_people", "merge_organisations")]
    random.Random(args.seed).shuffle(drawn)
    print(f"{min(args.count, len(drawn))} of {len(drawn)} person and organisation folds drawn")
    texts = {a.id: a.text for a in articles}
    for _, short, full, n_short, n_full, k_short, k_full, at, other in drawn[: args.count]:
        print(f"  {short!r} ({n_short} art., {k_short}) -> {full!r} ({n_full} art., {k_full})")
        if args.context:
            print(f"     | {_around(texts[at], short)}\n     | {_around(texts[other], full)}")


def _around(text: str, name: str, width: int = 90) -> str:
    at = max(text.find(name), 0)
    return " ".join(text[max(at - width, 0) : at + len(name) + width].split())


if __name__ == "__main__":
    main()
