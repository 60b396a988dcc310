"""A seeded sample of the sentences the page shows no commitment from although they hold a
commitment cue ("pledged", "will", "called on", ...), on real articles no rule was written
on, to be read by hand (recall on fresh text; the other side of sample_commitments.py).

    .venv/bin/python bench/cue_misses.py ../shared/eval/bbc_news_summary.dev.jsonl --seed 75
    .venv/bin/python bench/cue_misses.py FILE --seed 74 --cues all

``--cues strong`` (the default) keeps the commitment words; ``all`` adds "will", "would",
"must", "should" and "warn", most of which are forecasts; ``demands`` keeps the words of
demands and calls ("must", "urged", "called on", "asked ... to"). A sentence counts as covered when
any commitment, shown or not, overlaps it. docs/entities.md quotes what was read.
"""

from __future__ import annotations

import argparse
import random
import re

from sample_commitments import day_articles

STRONG = (
    r"pledg\w+|promis\w+|vow\w*|threat\w+|refus\w+|urg\w+|call(?:ed|s|ing)? (?:on|for)|"
    r"demand\w*|agree[sd]? to|offer\w* to|plan(?:s|ned|ning)? to|intend\w*|commit\w* to|"
    r"ready to|prepared to|willing to|determined to"
)
ALL = STRONG + r"|will|would|must|should|warn\w*"
DEMANDS = (
    r"must|should|urg\w+|call(?:ed|s|ing)? (?:on|for|upon)|demand\w*|insist\w*|"
    r"ask(?:s|ed)? \w+ to|press(?:es|ed)? \w+ to|appeal\w* (?:to|for)"
)
CUES = {"strong": STRONG, "all": ALL, "demands": DEMANDS}
SENTENCE = re.compile(r"[^\n.!?]*[.!?\"']+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", help="a shared eval JSONL file")
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=74)
    parser.add_argument("--cues", choices=tuple(CUES), default="strong")
    args = parser.parse_args()

    from briefing import Settings, build_briefing

    cue = re.compile(rf"\b(?:{CUES[args.cues]})\b", re.I)
    articles = day_articles(args.data)
    brief = build_briefing(articles, Settings(fit_page=False, max_actors=10_000))
    covered: dict[str, list[tuple[int, int]]] = {}
    for c in [*brief.commitments, *brief.more_commitments]:
        covered.setdefault(c.source_id, []).append((c.start, c.end))
    missed = []
    for article in articles:
        for match in SENTENCE.finditer(article.text):
            start, end = match.span()
            text = " ".join(match.group().split())
            if len(text.split()) < 6 or not cue.search(text):
                continue
            if any(a < end and start < b for a, b in covered.get(article.id, [])):
                continue
            missed.append((article.id, text))
    random.Random(args.seed).shuffle(missed)
    print(f"{len(missed)} cue sentences with no commitment in {len(articles)} articles")
    for n, (source, text) in enumerate(missed[: args.count]):
        print(f"{n:2} [{source[:14]}] {text[:300]}")


if __name__ == "__main__":
    main()
