"""Wall time and peak memory of `briefing build` on big and hostile inputs.

    .venv/bin/python bench/hostile_bench.py [--cases long-0.5mb,long-1mb,...]

Each case runs `briefing build` in a fresh process (the shipped defaults, Markdown output
into a temporary folder) and reports its exit code, wall time and peak RSS. Long articles are
real news texts from ../shared/eval/cnndm_test.dev.jsonl joined end to end.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
BRIEFING = ROOT / ".venv" / "bin" / "briefing"


def real_text(chars: int) -> str:
    rows = [json.loads(line) for line in (SHARED / "cnndm_test.dev.jsonl").open()]
    text = "\n\n".join(r["text"] for r in rows)
    while len(text) < chars:
        text += "\n\n" + text
    return text[:chars]


def write_case(name: str, folder: Path) -> Path:
    if name.startswith("long-"):
        size = float(name.removeprefix("long-").removesuffix("mb"))
        path = folder / "long.txt"
        path.write_text(real_text(int(size * 1_000_000)))
    elif name == "underscores":
        path = folder / "underscores.txt"
        path.write_text(real_text(3000) + "\n\n" + "_" * 40_000 + "\n\n" + real_text(2000))
    elif name == "brackets-md":
        path = folder / "brackets.md"
        path.write_text("# A title\n\n" + real_text(3000) + "\n\n" + "[" * 20_000 + "\n")
    elif name.startswith("tiny-jsonl-"):
        count = int(name.removeprefix("tiny-jsonl-"))
        path = folder / "tiny.jsonl"
        with path.open("w") as out:
            for i in range(count):
                words = f"Report {i}: the council of town {i % 997} voted on the budget."
                out.write(json.dumps({"id": str(i), "text": words}) + "\n")
    else:
        raise SystemExit(f"unknown case {name}")
    return path


def run(path: Path, out: Path) -> tuple[int, float, float]:
    start = time.monotonic()
    proc = subprocess.run(
        [str(BRIEFING), "build", str(path), "--out", str(out), "--format", "md"],
        capture_output=True,
        text=True,
    )
    elapsed = time.monotonic() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return proc.returncode, elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser()
    default = (
        "long-0.5mb,long-1mb,long-2mb,underscores,brackets-md,tiny-jsonl-20000,tiny-jsonl-100000"
    )
    parser.add_argument("--cases", default=default)
    args = parser.parse_args()
    print("| case | exit | wall s | peak MB |\n| --- | ---: | ---: | ---: |")
    for name in args.cases.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            path = write_case(name, Path(tmp))
            # ru_maxrss of children is the largest so far: one case per process keeps it
            # honest, so each case runs this script again.
            code = subprocess.run(
                [sys.executable, __file__, "--one", str(path)], capture_output=True, text=True
            )
            print(f"| {name} | {code.stdout.strip()} |", flush=True)


def one(path: str) -> None:
    with tempfile.TemporaryDirectory() as out:
        code, elapsed, peak = run(Path(path), Path(out))
    print(f"{code} | {elapsed:.1f} | {peak:,.0f}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        one(sys.argv[2])
    else:
        main()
