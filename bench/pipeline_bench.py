"""Wall time, words per second and peak memory of `build_briefing` on 1, 100 and 1,000
articles, against spaCy alone parsing the same texts and sumy's LexRank over them.

    .venv/bin/python bench/pipeline_bench.py [--sizes 1,100,1000]

Each measurement runs in a fresh process, so peak RSS is that task's own. Articles are the
project's fictional samples and test articles, numbered so that no two are identical.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "samples", ROOT / "tests" / "data" / "articles"]
TASKS = ("briefing", "spacy", "lexrank")


def articles(n: int):
    from briefing.ingest import load_articles
    from briefing.models import Article

    base = load_articles([str(p) for p in SOURCES])
    return [
        Article(f"a{i}", f"Report {i}. {base[i % len(base)].text}", title=base[i % len(base)].title)
        for i in range(n)
    ]


def run_task(task: str, n: int) -> dict:
    items = articles(n)
    words = sum(len(a.text.split()) for a in items)
    started = time.perf_counter()
    if task == "briefing":
        from briefing import Settings, build_briefing

        build_briefing(items, Settings())
    elif task == "spacy":
        from briefing.nlp import load_model

        nlp = load_model(None, "full")
        for _ in nlp.pipe(a.text for a in items):
            pass
    else:
        from briefing.nlp import load_model
        from briefing.settings import Budget
        from briefing.summarizer import get_ranker, rank, select, split_article
        from briefing.tokenizer import SpacyTokenizer

        nlp = load_model(None, "sentences")
        tokenizer = SpacyTokenizer(nlp)
        ranker = get_ranker("lexrank")
        for a in items:
            select(rank([split_article(a, nlp=nlp)], ranker, tokenizer), Budget(sentences=3))
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"task": task, "n": n, "words": words, "seconds": seconds, "peak_mb": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1,100,1000")
    parser.add_argument("--task", choices=TASKS, help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.task:
        print(json.dumps(run_task(args.task, args.n)))
        return
    print("| articles | words | task | seconds | words/s | peak RSS MB |")
    print("| ---: | ---: | --- | ---: | ---: | ---: |")
    for n in (int(x) for x in args.sizes.split(",")):
        for task in TASKS:
            out = subprocess.run(
                [sys.executable, __file__, "--task", task, "--n", str(n)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            r = json.loads(out.strip().splitlines()[-1])
            rate = r["words"] / r["seconds"] if r["seconds"] else 0
            print(
                f"| {n} | {r['words']} | {task} | {r['seconds']:.2f} | {rate:,.0f} "
                f"| {r['peak_mb']:.0f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
