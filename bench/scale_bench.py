"""The batch summarizer on the local engine and on Dask with 1 and 2 workers.

    .venv/bin/python bench/scale_bench.py [--articles 20000] [--partitions 40] [--task summarize]

Articles are the real dev texts of ../shared/eval (CNN/Daily Mail, BBC) repeated with new
ids up to --articles, written as --partitions JSONL partitions. Each engine runs the same
job into its own folder (outputs are compared, and must be identical); reported: articles
per second, scaling efficiency (rate / (workers x the 1-worker Dask rate)), and peak RSS
per worker (the local engine: its process).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"


def write_partitions(folder: Path, articles: int, partitions: int) -> None:
    rows = []
    for name in ("cnndm_test.dev.jsonl", "bbc_news_summary.dev.jsonl"):
        rows += [json.loads(line)["text"] for line in (SHARED / name).open()]
    per = -(-articles // partitions)
    for k in range(partitions):
        with (folder / f"part-{k:04d}.jsonl").open("w") as out:
            for i in range(k * per, min((k + 1) * per, articles)):
                out.write(json.dumps({"id": f"a{i}", "text": rows[i % len(rows)]}) + "\n")


def run_engine(src: Path, out: Path, task: str, workers: int | None) -> tuple[float, list[float]]:
    """Seconds and peak MB per worker, in a fresh process (so the local peak is its own)."""
    code = f"""
import json, os, resource, sys, time
from briefing.evaluation.partitions import Job, run_job
workers = {workers!r}
start = time.monotonic()
if workers is None:
    run_job({str(src)!r}, {str(out)!r}, Job({task!r}))
    peaks = [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]
else:
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as c:
        with Client(c) as client:
            run_job({str(src)!r}, {str(out)!r}, Job({task!r}), engine="dask",
                    scheduler=c.scheduler_address)
            peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            peaks = list(client.run(peak).values())
print(json.dumps([time.monotonic() - start, peaks]))
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seconds, peaks = json.loads(proc.stdout.strip().splitlines()[-1])
    return seconds, peaks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--partitions", type=int, default=40)
    parser.add_argument("--task", default="summarize", choices=("summarize", "commitments"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        write_partitions(src, args.articles, args.partitions)
        print(
            f"{args.task}, {args.articles:,} articles in {args.partitions} partitions, "
            f"{os.cpu_count()} cores\n"
        )
        print("| engine | workers | seconds | articles/s | efficiency | peak MB per worker |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        outputs, one = {}, None
        for engine, workers in (("local", None), ("dask", 1), ("dask", 2)):
            out = Path(tmp) / f"{engine}-{workers}"
            seconds, peaks = run_engine(src, out, args.task, workers)
            rate = args.articles / seconds
            one = rate if workers == 1 else one
            eff = f"{rate / ((workers or 1) * one):.2f}" if one and workers else "-"
            peak = " / ".join(f"{p:,.0f}" for p in peaks)
            print(f"| {engine} | {workers or 1} | {seconds:.1f} | {rate:.1f} | {eff} | {peak} |")
            outputs[out.name] = {
                p.name: p.read_bytes() for p in out.iterdir() if p.name != "manifest.json"
            }
        same = len(
            {json.dumps(sorted((k, len(v)) for k, v in o.items())) for o in outputs.values()}
        )
        identical = all(o == outputs["local-None"] for o in outputs.values())
        print(f"\noutputs identical to the local engine's: {identical} ({same} layout)")


if __name__ == "__main__":
    main()
