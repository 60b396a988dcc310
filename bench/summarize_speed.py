"""Seconds per article against article length: the default ranker against sumy's LexRank.

    .venv/bin/python bench/summarize_speed.py [--max-kb 2048] [--lexrank-max-kb 256]

Articles are made by repeating the sample articles (with numbered paragraphs, so no
two sentences are identical) up to each size. Sentence splitting (spaCy) is timed
separately from ranking, since every algorithm shares it.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from briefing.ingest.load import load_articles
from briefing.models import Article
from briefing.nlp.model import load_model
from briefing.nlp.tokenizer import SpacyTokenizer
from briefing.settings import Budget
from briefing.summary.summarizer import get_ranker, rank, select, split_article

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def make_text(size: int, paragraphs: list[str]) -> str:
    out, n = [], 0
    while sum(len(p) + 2 for p in out) < size:
        out.append(f"Update {n}: {paragraphs[n % len(paragraphs)]}")
        n += 1
    return "\n\n".join(out)[:size]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-kb", type=int, default=2048)
    parser.add_argument("--lexrank-max-kb", type=int, default=256)
    args = parser.parse_args()
    paragraphs = [p for a in load_articles([str(SAMPLES)]) for p in a.text.split("\n\n")]
    nlp = load_model(None, "sentences")
    tokenizer = SpacyTokenizer(nlp)
    print("| size | sentences | split s | default s | lexrank s |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    kb = 4
    while kb <= args.max_kb:
        article = Article("bench", make_text(kb * 1024, paragraphs))
        started = time.perf_counter()
        sentences = split_article(article, nlp=nlp)
        split = time.perf_counter() - started
        timings = []
        for name in ("default", "lexrank"):
            if name == "lexrank" and kb > args.lexrank_max_kb:
                timings.append("skipped")
                continue
            started = time.perf_counter()
            ranker = get_ranker(name)
            select(rank([sentences], ranker, tokenizer), Budget(sentences=3), ranker.readable)
            timings.append(f"{time.perf_counter() - started:.2f}")
        print(
            f"| {kb} KB | {len(sentences)} | {split:.2f} | {timings[0]} | {timings[1]} |",
            flush=True,
        )
        kb *= 2


if __name__ == "__main__":
    main()
