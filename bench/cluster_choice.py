"""ROUGE-1 of the default ranker's multi-document choice over a grid of its two settings.

    .venv/bin/python bench/cluster_choice.py [../shared/eval/multinews_longbench.dev.jsonl]

For each pair of `CLUSTER_NEAR_DUPLICATE` and `CLUSTER_MIN_WORDS`
(`briefing/summary/summarizer.py`), the same 250-word summaries `briefing eval --words 250`
scores, and its mean ROUGE-1 F1 x100; the last row is round-robin LEAD for reference. A
plateau around the shipped values, not a peak, is what says they were not fitted to noise.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "multinews_longbench.dev.jsonl"
GRID = [(0.45, 10), (0.5, 8), (0.5, 10), (0.5, 12), (0.55, 10), (0.65, 0)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT))
    args = parser.parse_args()

    from briefing.evaluation.summaries import Scorer, _title, load_items
    from briefing.nlp import model as nlp_module
    from briefing.nlp.tokenizer import SpacyTokenizer
    from briefing.settings import Budget
    from briefing.summary import summarizer

    items, _ = load_items(Path(args.data))
    nlp = nlp_module.load_model(None, "sentences")
    tokenizer = SpacyTokenizer(nlp)
    scorer = Scorer(tokenizer.to_sentences)
    groups = [[summarizer.split_article(a, nlp=nlp) for a in item.articles] for item in items]
    references = [[scorer.prepare(r) for r in item.references] for item in items]
    budget = Budget(words=250)

    def rouge1(ranker_name: str) -> float:
        ranker = summarizer.get_ranker(ranker_name)
        total = 0.0
        for item, group, refs in zip(items, groups, references, strict=True):
            pool = summarizer.rank(group, ranker, tokenizer, _title(item))
            chosen = summarizer.select(pool, budget, readable=ranker.readable)
            total += scorer.score([s.text for s in chosen], refs)["rouge1"]
        return 100 * total / len(items)

    shipped = (summarizer.CLUSTER_NEAR_DUPLICATE, summarizer.CLUSTER_MIN_WORDS)
    print("| near duplicate | min words | ROUGE-1 |\n| ---: | ---: | ---: |")
    for near, words in GRID:
        summarizer.CLUSTER_NEAR_DUPLICATE, summarizer.CLUSTER_MIN_WORDS = near, words
        mark = " (shipped)" if (near, words) == shipped else ""
        print(f"| {near} | {words} | {rouge1('default'):.2f}{mark} |", flush=True)
    summarizer.CLUSTER_NEAR_DUPLICATE, summarizer.CLUSTER_MIN_WORDS = shipped
    print(f"| round-robin LEAD | | {rouge1('lead'):.2f} |")


if __name__ == "__main__":
    main()
