"""Wall time and peak memory of `build_briefing` on 100 and 1,000 articles, against spaCy
alone parsing the same texts with the same number of processes.

    .venv/bin/python bench/pipeline_bench.py [--sizes 100,1000] [--workers 1,2] [--repeat 3]

Articles are real news texts from ../shared/eval (CNN/DailyMail, BBC, XSum, Multi-News
documents) when it is there, else the project's samples numbered so no two are identical.
Each measurement runs in a fresh process; peak memory is that process's peak RSS plus its
largest worker's.
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
SHARED = ROOT.parent / "shared" / "eval"
FILES = ("cnndm_test", "bbc_news_summary", "xsum_test", "multinews_longbench")
TASKS = ("briefing", "spacy")


def articles(n: int):
    from briefing.models import Article

    texts = []
    for name in FILES:
        path = SHARED / f"{name}.dev.jsonl"
        if path.exists():
            for line in path.read_text().splitlines():
                row = json.loads(line)
                texts += [d["text"] for d in row.get("documents", [])] or [row.get("text", "")]
    texts = [t for t in texts if t.strip()]
    if len(texts) >= n:
        return [Article(f"a{i}", t) for i, t in enumerate(texts[:n])]
    from briefing.ingest.load import load_articles

    base = load_articles([str(ROOT / "samples"), str(ROOT / "tests" / "data" / "articles")])
    return [
        Article(f"a{i}", f"Report {i}. {base[i % len(base)].text}", title=base[i % len(base)].title)
        for i in range(n)
    ]


def run_task(task: str, n: int, workers: int) -> dict:
    items = articles(n)
    words = sum(len(a.text.split()) for a in items)
    from briefing.nlp.model import load_model

    nlp = load_model(None, "full")
    started = time.perf_counter()
    if task == "briefing":
        from briefing import Settings, build_briefing

        build_briefing(items, Settings(workers=workers))
    else:
        from briefing.nlp.model import parse_many

        for _ in parse_many(nlp, items, workers):
            pass
    seconds = time.perf_counter() - started
    peak_mb = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    ) / 1024
    return {"words": words, "seconds": seconds, "peak_mb": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--task", choices=TASKS, help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    # one run of each varies by about 0.1 in the ratio on a 2-core machine; the fastest of
    # several, taken in turns, is what the code costs
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    if args.task:
        print(json.dumps(run_task(args.task, args.n, args.processes)))
        return
    print("| articles | words | workers | briefing s | spaCy s | ratio | briefing MB | spaCy MB |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in (int(x) for x in args.sizes.split(",")):
        for workers in (int(x) for x in args.workers.split(",")):
            runs = [{t: _measure(t, n, workers) for t in TASKS} for _ in range(args.repeat)]
            r = {t: min((x[t] for x in runs), key=lambda m: m["seconds"]) for t in TASKS}
            b, sp = r["briefing"], r["spacy"]
            ratio = b["seconds"] / sp["seconds"]
            print(
                f"| {n} | {b['words']:,} | {workers} | {b['seconds']:.1f} | {sp['seconds']:.1f} "
                f"| {ratio:.2f} | {b['peak_mb']:.0f} | {sp['peak_mb']:.0f} |",
                flush=True,
            )


def _measure(task: str, n: int, workers: int) -> dict:
    command = [sys.executable, __file__, "--task", task, "--n", str(n)]
    out = subprocess.run(
        [*command, "--processes", str(workers)], capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
