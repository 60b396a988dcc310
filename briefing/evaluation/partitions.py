"""Batch jobs over partitioned JSONL, here or on a Dask cluster.

Input is one file, a glob or a folder of JSONL partitions (``.jsonl`` or ``.jsonl.gz``).
Each input partition gives one output partition of the same name in the output folder, a
``NAME.errors.jsonl`` beside it for the lines that could not be read or processed, and an
entry in ``manifest.json``; a rerun skips the partitions the manifest lists as finished.
Partitions are written whole (a temporary file renamed into place), so a task that a dead
worker leaves half done is simply done again: nothing is lost or doubled.
"""

from __future__ import annotations

import glob
import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import BriefingError, InputError
from briefing.evaluation.batch import commitments_line, dumps, summary_line
from briefing.ingest.files import decode
from briefing.ingest.formats import json_object
from briefing.rendering.output import atomic_writer
from briefing.settings import Budget

MANIFEST = "manifest.json"
SUFFIXES = (".jsonl", ".jsonl.gz")


@dataclass(frozen=True)
class Job:
    """What to do with each line: ``summarize`` or ``commitments``, with its options."""

    task: str
    budget: Budget = field(default_factory=Budget)
    algorithm: str = "default"
    model: str | None = None
    explain: bool = False

    def line(self, item: dict, where: str) -> dict:
        if self.task == "commitments":
            return commitments_line(item, where, self.model)
        return summary_line(item, where, self.budget, self.algorithm, self.model, self.explain)


def find_partitions(spec: str) -> list[Path]:
    """The partitions ``spec`` names: a file, a glob, or a folder of them, sorted."""
    path = Path(spec)
    if path.is_dir():
        found = [p for p in path.iterdir() if p.name.endswith(SUFFIXES)]
    elif path.is_file():
        found = [path]
    else:
        found = [Path(p) for p in glob.glob(spec) if p.endswith(SUFFIXES)]
    if not found:
        raise InputError("no .jsonl or .jsonl.gz partitions found", spec)
    names = [partition_name(p) for p in found]
    if len(set(names)) < len(names):
        raise InputError("two partitions have the same name; give one folder", spec)
    return sorted(found)


def partition_name(path: Path) -> str:
    return path.name.removesuffix(".gz")


def run_partition(path: str | Path, out_dir: str | Path, job: Job) -> dict:
    """Process one partition into ``out_dir``; returns its manifest entry."""
    path, out_dir = Path(path), Path(out_dir)
    name = partition_name(path)
    raw = path.read_bytes()
    if path.name.endswith(".gz"):
        raw = gzip.decompress(raw)
    lines = errors = 0
    with (
        atomic_writer(out_dir / name) as out,
        atomic_writer(out_dir / (name.removesuffix(".jsonl") + ".errors.jsonl")) as bad,
    ):
        for number, text in enumerate(decode(raw, str(path)).split("\n"), start=1):
            if not text.strip():
                continue
            where = f"{path}:{number}"
            try:
                out.write(dumps(job.line(json_object(text, where), where)))
                lines += 1
            except (BriefingError, ValueError, TypeError) as exc:  # a bad line, not a bad job
                bad.write(dumps({"line": number, "error": str(exc)}))
                errors += 1
    return {"input": str(path), "size": len(raw), "lines": lines, "errors": errors}


def run_job(
    spec: str,
    out_dir: str | Path,
    job: Job,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    on_done: Callable[[str, dict], object] | None = None,
) -> dict:
    """Every partition of ``spec`` not already finished, by ``engine`` ("local" or "dask");
    returns the manifest. ``on_done`` hears of each partition as it finishes."""
    parts = find_partitions(spec)
    out_dir = Path(out_dir)
    manifest = _read_manifest(out_dir)
    pending = [p for p in parts if not _finished(p, out_dir, manifest)]

    def done(path: Path, entry: dict) -> None:
        manifest["partitions"][partition_name(path)] = entry
        _write_manifest(out_dir, manifest)
        if on_done is not None:
            on_done(partition_name(path), entry)

    if engine == "local":
        for path in pending:
            done(path, run_partition(path, out_dir, job))
    elif engine == "dask":
        from briefing.evaluation.dask_engine import map_partitions

        map_partitions(
            run_partition,
            pending,
            done,
            scheduler=scheduler,
            workers=workers,
            out_dir=str(out_dir),
            job=job,
        )
    else:
        raise BriefingError(f"unknown engine {engine!r}; choose local or dask")
    for stale in out_dir.glob(".*.tmp"):  # left by a task whose worker died; it was redone
        stale.unlink(missing_ok=True)
    return manifest


def _finished(path: Path, out_dir: Path, manifest: dict) -> bool:
    entry = manifest["partitions"].get(partition_name(path))
    return bool(entry) and (out_dir / partition_name(path)).exists()


def _read_manifest(out_dir: Path) -> dict:
    try:
        data = json.loads((out_dir / MANIFEST).read_text())
    except FileNotFoundError:
        return {"partitions": {}}
    except (OSError, ValueError) as exc:
        raise InputError(f"unreadable manifest: {exc}", str(out_dir / MANIFEST)) from None
    if not isinstance(data, dict) or not isinstance(data.get("partitions"), dict):
        raise InputError("unreadable manifest: no partitions", str(out_dir / MANIFEST))
    return data


def _write_manifest(out_dir: Path, manifest: dict) -> None:
    with atomic_writer(out_dir / MANIFEST) as out:
        json.dump(manifest, out, indent=1, sort_keys=True)
        out.write("\n")
