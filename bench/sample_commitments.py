"""A seeded sample of the commitments the page would show, on real articles no rule was
written on, to be read and judged by hand (precision on fresh text).

    .venv/bin/python bench/sample_commitments.py ../shared/eval/xsum_test.dev.jsonl --seed 31

Every row (or every document of a Multi-News row) becomes one article of one day; the
day is analysed as `briefing build` does, and ``--count`` confident commitments are drawn
at random with ``--seed``. Each is printed with its type, actor, action, target, condition,
speaker and the sentence it comes from, so a reader can mark it right or wrong.
docs/entities.md quotes the samples read and how many were judged right.

``--band LO HI`` draws instead from every commitment scored in [LO, HI), shown or not (the
JSON keeps those the page hides), to judge whether the page's threshold hides good ones:

    .venv/bin/python bench/sample_commitments.py FILE --seed 120 --band 0.3 0.5
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", help="a shared eval JSONL file")
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--band", type=float, nargs=2, metavar=("LO", "HI"))
    args = parser.parse_args()

    from briefing import Settings, build_briefing

    articles = day_articles(args.data)
    brief = build_briefing(articles, Settings(fit_page=False, max_actors=10_000))
    texts = {a.id: a.text for a in articles}
    shown = list(brief.commitments)
    what = "confident commitments"
    if args.band:
        low, high = args.band
        every = brief.commitments + brief.more_commitments
        shown = [c for c in every if low <= c.confidence < high]
        what = f"commitments scored in [{low}, {high})"
    random.Random(args.seed).shuffle(shown)
    print(f"{len(shown)} {what} in {len(articles)} articles; {args.count} drawn")
    for n, c in enumerate(shown[: args.count]):
        sentence = " ".join(texts[c.source_id][c.start : c.end].split())
        print(
            f"{n:2} {c.confidence:.2f} {c.type}: {c.actor} -> "
            f"{'not ' if c.negated else ''}{c.action!r} target={c.target!r} "
            f"condition={c.condition!r} time={c.time!r} speaker={c.speaker!r}\n"
            f"   | {sentence[:300]}"
        )


def day_articles(path: str) -> list:
    """Every row of a shared eval JSONL file (or every document of a Multi-News row) as
    one article of one day, but for the hand-labelled articles of ../shared/eval/commitments
    (some of them are CNN/Daily Mail dev rows): a rule written on a draw from the held-out
    half would leak it."""
    from briefing import Article

    labelled = [_opening(p.read_text()) for p in (Path(path).parent / "commitments").glob("*.txt")]
    articles = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(f"{path}: cannot read: {exc.strerror or exc}") from None
    for number, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{number}: not a JSON line: {exc.msg}") from None
        if not isinstance(row, dict) or "id" not in row:
            raise SystemExit(f"{path}:{number}: not an eval row (an object with an id)")
        documents = row.get("documents") or [row]
        for k, doc in enumerate(documents):
            text = doc.get("text") or doc.get("article") or ""
            if text.strip() and not any(o and o in " ".join(text.split()) for o in labelled):
                name = f"{row['id']}-{k}" if "documents" in row else row["id"]
                articles.append(Article(name, text, title=doc.get("title") or ""))
    return articles


def _opening(text: str) -> str:
    return " ".join(text.split())[:60]


if __name__ == "__main__":
    main()
