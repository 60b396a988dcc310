"""Reading local inputs: files, folders and stdin, decoded and sent to their format's reader."""

from __future__ import annotations

import re
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.formats import (
    from_feed,
    from_html,
    from_markdown,
    from_text,
    parse_jsonl,
    plain_text,
    skip_or_raise,
)
from briefing.models import Article
from briefing.settings import DEFAULT_MAX_BYTES

TEXT_SUFFIXES = {".txt", ".text", ""}

MARKDOWN_SUFFIXES = {".md", ".markdown"}

HTML_SUFFIXES = {".html", ".htm"}

JSONL_SUFFIXES = {".jsonl", ".ndjson"}

FEED_SUFFIXES = {".rss", ".atom", ".xml"}

SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def check_size(size: int, max_bytes: int, name: str) -> None:
    if size > max_bytes:
        raise InputError(f"larger than the --max-bytes limit of {max_bytes:,} bytes", name)


def read_path(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, skipped: list[InputError] | None = None
) -> list[Article]:
    if not path.exists():
        raise InputError("no such file or folder", str(path))
    if path.is_dir():
        return read_folder(path, max_bytes, skipped)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(f"unsupported file type {suffix!r}", str(path))
    return parse_bytes(read_file(path, max_bytes), str(path), kind=_kind(suffix), skipped=skipped)


def read_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; the limit holds while reading, so a pipe, /dev/stdin or a device
    that says it is empty cannot hand over more."""
    try:
        check_size(path.stat().st_size, max_bytes, str(path))
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
        check_size(len(data), max_bytes, str(path))
        return data
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from exc


def read_folder(
    folder: Path, max_bytes: int = DEFAULT_MAX_BYTES, skipped: list[InputError] | None = None
) -> list[Article]:
    visible = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    files = [p for p in visible if p.suffix.lower() in SUPPORTED]
    for path in visible:
        if path.suffix.lower() not in SUPPORTED and skipped is not None:
            skipped.append(InputError(f"unsupported file type {path.suffix.lower()!r}", str(path)))
    if not files:
        raise InputError("no articles (.txt, .md, .html, .jsonl) in folder", str(folder))
    articles = []
    for path in files:
        try:
            articles += read_path(path, max_bytes, skipped)
        except InputError as error:
            skip_or_raise(error, skipped)  # one bad file does not sink the rest of the folder
    return articles


def parse_bytes(
    data: bytes, name: str, kind: str | None, skipped: list[InputError] | None = None
) -> list[Article]:
    """Decode ``data`` and read it as ``kind`` (text, markdown, html, jsonl; None guesses)."""
    text = decode(data, name)
    if not text.strip():
        raise InputError("empty input: no text", name)
    kind = kind or guess_kind(text)
    stem = Path(name).stem if name != "<stdin>" else "stdin"
    if kind == "jsonl":
        return list(parse_jsonl(text, name, skipped))
    if kind == "feed":
        return from_feed(data, name, skipped)
    if kind == "html":
        return [from_html(text, name, stem)]
    if kind == "markdown":
        return [from_markdown(text, name, stem)]
    return [from_text(text, name, stem)]


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-32 or UTF-16 with a BOM; else UTF-8, a line that is not UTF-8
    read as cp1252 (else Latin-1). Control characters other than line breaks and tabs go."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        text = data.decode("utf-32")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data[:8192] or _mostly_control(data[:8192]):
            raise InputError("binary file, not text", name)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:  # mostly UTF-8 with a stray byte: decide line by line
            text = "".join(_decode_line(line) for line in data.splitlines(keepends=True))
    return plain_text(text.replace("\r\n", "\n").replace("\r", "\n"))


def _decode_line(line: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return line.decode(encoding)
        except UnicodeDecodeError:
            continue
    return line.decode("latin-1")


def _mostly_control(sample: bytes) -> bool:
    if not sample:
        return False
    return sum(b in _CONTROL for b in sample) / len(sample) > 0.05


def _kind(suffix: str) -> str:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return "text"


_LEADING_NOISE = re.compile(r"^(?:\ufeff|\s|<!--.*?-->)+", re.S)


def guess_kind(text: str) -> str:
    """What a stream or a fetched page is, from its start: a BOM, white space and HTML
    comments before the first tag do not hide HTML or a feed."""
    head = _LEADING_NOISE.sub("", text[:20_000])[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<?xml", "<rss", "<feed", "<rdf")):
        return "html" if "<html" in head else "feed"  # XHTML opens with <?xml too
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article")):
        return "html"
    return "text"
