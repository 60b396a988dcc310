"""Batch jobs over partitioned JSONL, here or on a Dask cluster.

Input is one file, a glob or a folder of JSONL partitions (``.jsonl`` or ``.jsonl.gz``).
Each input partition gives one output partition of the same name in the output folder, a
``NAME.errors.jsonl`` beside it for the lines that could not be read or processed, and an
entry in ``manifest.json``; a rerun skips the partitions the manifest lists as finished.
Partitions are written whole (a temporary file renamed into place; on an object store, one
write once done), so a task that a dead worker leaves half done is simply done again:
nothing is lost or doubled. Paths with a protocol (s3://, gs://) go through fsspec.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

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


def find_partitions(spec: str) -> list[str]:
    """The partitions ``spec`` names: a file, a glob, or a folder of them, sorted. Paths with
    a protocol ("s3://bucket/parts/*.jsonl") are read through fsspec."""
    if _remote(spec):
        fs, root = _filesystem(spec)
        names = fs.ls(root, detail=False) if fs.isdir(root) else fs.glob(root)
        protocol = spec.split("://", 1)[0]
        found = [f"{protocol}://{n.split('://', 1)[-1].lstrip('/')}" for n in names]
    else:
        path = Path(spec)
        if path.is_dir():
            found = [str(p) for p in path.iterdir()]
        elif path.is_file():
            found = [spec]
        else:
            found = glob.glob(spec)
    found = [f for f in found if f.endswith(SUFFIXES)]
    if not found:
        raise InputError("no .jsonl or .jsonl.gz partitions found", spec)
    names = [partition_name(p) for p in found]
    if len(set(names)) < len(names):
        raise InputError("two partitions have the same name; give one folder", spec)
    return sorted(found)


def partition_name(path: str | Path) -> str:
    return str(path).rstrip("/").rsplit("/", 1)[-1].removesuffix(".gz")


def run_partition(path: str | Path, out_dir: str | Path, job: Job) -> dict:
    """Process one partition into ``out_dir``; returns its manifest entry."""
    path, name = str(path), partition_name(path)
    lines = errors = 0
    errors_name = name.removesuffix(".jsonl") + ".errors.jsonl"
    with _writer(_join(out_dir, name)) as out, _writer(_join(out_dir, errors_name)) as bad:
        try:
            raw = _read(path)
            content = decode(gzip.decompress(raw) if path.endswith(".gz") else raw, path)
        except (OSError, EOFError, zlib.error, BriefingError) as exc:
            # an unreadable partition: recorded like a bad line, and the job goes on
            bad.write(dumps({"line": 0, "error": f"{path}: cannot read: {exc}"}))
            return {"input": path, "size": 0, "lines": 0, "errors": 1}
        for number, text in enumerate(content.split("\n"), start=1):
            if not text.strip():
                continue
            where = f"{path}:{number}"
            try:
                out.write(dumps(job.line(json_object(text, where), where)))
                lines += 1
            except (BriefingError, ValueError, TypeError) as exc:  # a bad line, not a bad job
                bad.write(dumps({"line": number, "error": str(exc)}))
                errors += 1
    return {"input": path, "size": len(raw), "lines": lines, "errors": errors}


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
    manifest = _read_manifest(out_dir)
    pending = [p for p in parts if not _finished(p, out_dir, manifest)]

    def done(path: str, entry: dict) -> None:
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
    if not _remote(out_dir):  # a task whose worker died left its temporary file; redone
        for stale in Path(out_dir).glob(".*.tmp"):
            stale.unlink(missing_ok=True)
    return manifest


def _finished(path: str, out_dir: str | Path, manifest: dict) -> bool:
    entry = manifest["partitions"].get(partition_name(path))
    return bool(entry) and _exists(_join(out_dir, partition_name(path)))


def _read_manifest(out_dir: str | Path) -> dict:
    where = _join(out_dir, MANIFEST)
    if not _exists(where):
        return {"partitions": {}}
    try:
        data = json.loads(_read(where))
    except (OSError, ValueError) as exc:
        raise InputError(f"unreadable manifest: {exc}", where) from None
    if not isinstance(data, dict) or not isinstance(data.get("partitions"), dict):
        raise InputError("unreadable manifest: no partitions", where)
    return data


def _write_manifest(out_dir: str | Path, manifest: dict) -> None:
    with _writer(_join(out_dir, MANIFEST)) as out:
        out.write(json.dumps(manifest, indent=1, sort_keys=True) + "\n")


# Storage: local paths directly (each file written whole, renamed into place), paths with
# a protocol (s3://, gs://, memory://) through fsspec, whose object stores keep an object
# only once it is closed.


def _remote(path: str | Path) -> bool:
    return "://" in str(path)


def _filesystem(path: str):
    from fsspec.core import url_to_fs

    return url_to_fs(path)


def _join(folder: str | Path, name: str) -> str:
    return f"{str(folder).rstrip('/')}/{name}"


def _read(path: str) -> bytes:
    if _remote(path):
        fs, where = _filesystem(path)
        return fs.cat_file(where)
    return Path(path).read_bytes()


def _exists(path: str) -> bool:
    if _remote(path):
        fs, where = _filesystem(path)
        return fs.exists(where)
    return Path(path).exists()


@contextmanager
def _writer(path: str) -> Iterator[TextIO]:
    if not _remote(path):
        with atomic_writer(Path(path)) as out:
            yield out
        return
    buffer = io.StringIO()
    yield buffer
    fs, where = _filesystem(path)
    fs.pipe_file(where, buffer.getvalue().encode("utf-8"))  # one write, after success
