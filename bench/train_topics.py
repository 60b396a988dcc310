"""Train the section guess: which BBC category an article with no section of its own reads
like, so that ranking can still tell politics from sport (issue #14).

    .venv/bin/python bench/train_topics.py [--data ../shared/eval/bbc_news_summary.dev.jsonl]
        [--out briefing/stories/topic_weights.json] [--folds 5]

A multinomial naive Bayes over the lower-cased words of each article's title and first
WORDS words (Laplace smoothing), keeping the VOCABULARY words whose share differs most
between categories. ``--folds`` first prints the accuracy on held-out articles (stratified by
position, fixed order). Deterministic: the same data gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
from collections import Counter
from pathlib import Path

from briefing.stories.topics import WORDS, words

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "bbc_news_summary.dev.jsonl"
DEFAULT_OUT = ROOT / "briefing" / "stories" / "topic_weights.json"
VOCABULARY = 3000
MIN_COUNT = 3


def train(rows: list[dict]) -> dict:
    labels = sorted({r["category"] for r in rows})
    counts = {label: Counter() for label in labels}
    docs = Counter()
    for r in rows:
        counts[r["category"]].update(words(r.get("title", ""), r["text"]))
        docs[r["category"]] += 1
    total = Counter()
    for c in counts.values():
        total.update(c)
    vocab = [w for w, n in total.items() if n >= MIN_COUNT]
    sizes = {label: sum(counts[label].values()) for label in labels}

    def share(label: str, word: str) -> float:
        return (counts[label][word] + 1) / (sizes[label] + len(vocab))

    def spread(word: str) -> float:  # how far the categories' log shares lie apart
        logs = [math.log(share(label, word)) for label in labels]
        return (max(logs) - min(logs)) * math.log(total[word])

    kept = sorted(sorted(vocab), key=lambda w: -spread(w))[:VOCABULARY]
    return {
        "labels": labels,
        "prior": [round(math.log(docs[label] / len(rows)), 4) for label in labels],
        "words": {
            w: [round(math.log(share(label, w)), 4) for label in labels] for w in sorted(kept)
        },
    }


def accuracy(rows: list[dict], folds: int) -> float:
    from briefing.stories.topics import TopicModel

    right = 0
    for k in range(folds):
        test = rows[k::folds]
        model = TopicModel(train([r for i, r in enumerate(rows) if i % folds != k]))
        right += sum(model.best(r.get("title", ""), r["text"]) == r["category"] for r in test)
    return right / len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.open()]
    if args.folds > 1:
        print(
            f"{args.folds}-fold accuracy on {len(rows)} articles: {accuracy(rows, args.folds):.3f}"
        )
    weights = train(rows)
    weights["trained"] = {
        "file": args.data.name,
        "sha256": hashlib.sha256(args.data.read_bytes()).hexdigest(),
        "words_per_article": WORDS,
        "vocabulary": VOCABULARY,
    }
    args.out.write_text(json.dumps(weights, sort_keys=True) + "\n")
    print(f"wrote {args.out} ({len(weights['words'])} words, labels {weights['labels']})")


if __name__ == "__main__":
    main()
