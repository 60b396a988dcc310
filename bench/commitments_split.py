"""Score commitments on two fixed halves of the shared labelled articles.

The 24 articles in ../shared/eval/commitments are sorted by name; even positions are the
development half (rules may be written while reading them), odd positions the held-out half
(read only through this script's totals). Both halves go through the shared scorer unchanged.

    python3 bench/commitments_split.py                 # both totals
    python3 bench/commitments_split.py --half dev -v   # every miss and extra on the dev half
    python3 bench/commitments_split.py --calibration   # share correct per confidence band
    python3 bench/commitments_split.py --reach         # labelled ones: shown, hidden, missed
    python3 bench/commitments_split.py --problems      # actor problems counted by kind

--calibration labels every commitment found (the page's and the JSON's `more_commitments`):
correct when its sentence holds a labelled key and its actor is one the label accepts, or
the sentence holds an acceptable extra key.
"""

from __future__ import annotations

import argparse
import glob
import json
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"


def halves(gold_dir: pathlib.Path) -> dict[str, list[pathlib.Path]]:
    golds = sorted(gold_dir.glob("*.gold.json"))
    return {"dev": golds[0::2], "held-out": golds[1::2]}


def _scorer_lines(golds: list[pathlib.Path], briefing: str) -> list[str]:
    """The shared scorer's output lines over these articles only."""
    with tempfile.TemporaryDirectory() as tmp:
        for gold in golds:
            stem = gold.name.removesuffix(".gold.json")
            for path in gold.parent.glob(stem + ".*"):
                (pathlib.Path(tmp) / path.name).symlink_to(path)
        proc = subprocess.run(
            [sys.executable, str(SHARED / "score_commitments.py"), "--briefing", briefing]
            + ["--gold-dir", tmp],
            capture_output=True,
            text=True,
        )
    return proc.stdout.strip().splitlines() or [proc.stderr.strip()]


def score(golds: list[pathlib.Path], briefing: str, verbose: bool) -> str:
    lines = _scorer_lines(golds, briefing)
    if verbose:
        print("\n".join(lines[:-1]))
    return lines[-1]


_PROBLEM_KINDS = ("missing actor", "no role for", "not merged", "spurious actor")


def problem_kinds(golds: list[pathlib.Path], briefing: str) -> str:
    """The scorer's actor problems counted by kind, without names (the held-out stays unread)."""
    problems = [
        line.strip()[2:] for line in _scorer_lines(golds, briefing) if line.startswith("   - ")
    ]
    counts = {k: sum(p.startswith(k) for p in problems) for k in _PROBLEM_KINDS}
    return ", ".join(f"{k} {n}" for k, n in counts.items()) + _missing_where(golds, briefing)


def _missing_where(golds: list[pathlib.Path], briefing: str) -> str:
    """Where the required actors the page's list lacks are: among the JSON's more_actors
    (ranked below the cap) or nowhere (totals only)."""
    below = nowhere = absent = split = 0
    for path in golds:
        gold = json.loads(path.read_text())
        data = _built(path, gold, briefing)
        names = {a["name"]: set(_names(a)) for a in data["actors"]}
        for group in gold["actors_must_merge"]:
            owners = {name for name, forms in names.items() if forms & set(group)}
            absent += not owners
            split += len(owners) > 1
        for req in gold["actors_required"]:
            if not any(_names_match(a, req["any_of"]) for a in data["actors"]):
                if any(_names_match(a, req["any_of"]) for a in data["more_actors"]):
                    below += 1
                else:
                    nowhere += 1
    return (
        f"\n  missing actors: {below} ranked below the page's list, {nowhere} not found"
        f"\n  not merged: {split} split between actors, {absent} not on the page's list"
    )


def _names(actor: dict) -> list[str]:
    return [_norm(actor.get("name")), *(_norm(x) for x in actor.get("aliases") or [])]


def _names_match(actor: dict, keys: list[str]) -> bool:
    names = _names(actor)
    return any(
        k == n or re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", n) for n in names for k in keys
    )


def _norm(text: str) -> str:
    text = (text or "").lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip()


def labelled(golds: list[pathlib.Path], briefing: str) -> list[tuple[float, bool, bool]]:
    """(confidence, correct, on the page) for every commitment found in these articles."""
    out = []
    for path in golds:
        gold = json.loads(path.read_text())
        labelled = [([g["key"], *g.get("alt_keys", [])], g["actors"]) for g in gold["commitments"]]
        extra = gold["commitments_acceptable_extra_keys"]
        data = _built(path, gold, briefing)
        for shown, items in ((True, data["commitments"]), (False, data["more_commitments"])):
            for c in items:
                text, actor = _norm(c["text"]), _norm(c["actor"])
                right = any(
                    any(k in text for k in keys) and any(a in actor for a in actors)
                    for keys, actors in labelled
                )
                out.append((c["confidence"], right or any(k in text for k in extra), shown))
    return out


def _built(path: pathlib.Path, gold: dict, briefing: str) -> dict:
    article = path.parent / (gold.get("doc_dir") or ".") / gold["doc"]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [briefing, "build", str(article), "--format", "json", "--out", tmp],
            capture_output=True,
            check=True,
        )
        return json.loads(pathlib.Path(glob.glob(tmp + "/*.json")[0]).read_text())


def reach(golds: list[pathlib.Path], briefing: str) -> str:
    """How far each labelled commitment gets: its sentence among the page's commitments,
    only among those scored under the page's threshold, or not detected at all; the missed
    ones are counted by labelled type (totals only, so the held-out half stays unread)."""
    counts = {"on the page": 0, "found below the threshold": 0, "not detected": 0}
    missed: dict[str, int] = {}
    for path in golds:
        gold = json.loads(path.read_text())
        data = _built(path, gold, briefing)
        shown = [_norm(c["text"]) for c in data["commitments"]]
        hidden = [_norm(c["text"]) for c in data["more_commitments"]]
        for g in gold["commitments"]:
            keys = [g["key"], *g.get("alt_keys", [])]
            if any(k in t for t in shown for k in keys):
                counts["on the page"] += 1
            elif any(k in t for t in hidden for k in keys):
                counts["found below the threshold"] += 1
            else:
                counts["not detected"] += 1
                kind = "/".join(sorted(g["types"]))
                missed[kind] = missed.get(kind, 0) + 1
    by_type = ", ".join(f"{k} {n}" for k, n in sorted(missed.items(), key=lambda kv: -kv[1]))
    reached = ", ".join(f"{name} {n}" for name, n in counts.items())
    return f"{reached}\n  not detected, by labelled type: {by_type}"


def calibration(rows: list[tuple[float, bool, bool]]) -> str:
    lines = []
    for lo, hi in ((0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01)):
        band = [ok for score, ok, _ in rows if lo <= score < hi]
        share = f"{sum(band) / len(band):.2f}" if band else "-"
        lines.append(f"  {lo:.1f}-{min(hi, 1.0):.1f}: {len(band):3d} found, {share} correct")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--briefing", default=str(ROOT / ".venv" / "bin" / "briefing"))
    parser.add_argument("--gold-dir", type=pathlib.Path, default=SHARED / "commitments")
    parser.add_argument("--half", choices=("dev", "held-out", "both"), default="both")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--calibration", action="store_true")
    parser.add_argument(
        "--reach", action="store_true", help="labelled commitments by how far each gets"
    )
    parser.add_argument("--problems", action="store_true", help="actor problems by kind")
    args = parser.parse_args()
    for name, golds in halves(args.gold_dir).items():
        if args.half not in (name, "both"):
            continue
        if args.problems:
            print(f"{name} ({len(golds)}): {problem_kinds(golds, args.briefing)}")
        elif args.reach:
            print(f"{name} ({len(golds)}): {reach(golds, args.briefing)}")
        elif args.calibration:
            print(f"{name} ({len(golds)}):\n{calibration(labelled(golds, args.briefing))}")
        else:
            print(f"{name} ({len(golds)}): {score(golds, args.briefing, args.verbose)}")


if __name__ == "__main__":
    main()
