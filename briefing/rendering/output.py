"""Atomic output: files appear whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from briefing.errors import OutputError


def ensure_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create output folder: {exc.strerror or exc}", str(folder)
        ) from exc
    if not os.access(folder, os.W_OK):
        raise OutputError("output folder is not writable", str(folder))


def write_files(contents: Mapping[Path, str]) -> list[Path]:
    """Write every file to a temporary name first, check that every target can be replaced,
    then rename them all into place: a failed run leaves the previous outputs as they were."""
    for path in contents:
        if path.is_dir() or path.is_symlink() and path.resolve().is_dir():
            raise OutputError("a folder is in the way of the output file", str(path))
    temps: dict[Path, Path] = {}
    try:
        for path, text in contents.items():
            ensure_dir(path.parent)
            temps[path] = _write_temp(path, text)
        for path, temp in temps.items():
            os.replace(temp, path)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", str(path)) from exc
    finally:
        for temp in temps.values():
            temp.unlink(missing_ok=True)
    return list(contents)


@contextmanager
def atomic_writer(path: Path) -> Iterator[TextIO]:
    """A text stream that replaces ``path`` only when the block finishes without error."""
    ensure_dir(path.parent)
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", str(path)) from exc
    temp = Path(name)
    _usual_mode(fd)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            yield stream
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def _write_temp(path: Path, text: str) -> Path:
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    _usual_mode(fd)
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        stream.write(text)
    return Path(name)


def _usual_mode(fd: int) -> None:
    """mkstemp makes files only their owner can read; outputs get the usual mode instead."""
    mask = os.umask(0)
    os.umask(mask)
    os.fchmod(fd, 0o666 & ~mask)
