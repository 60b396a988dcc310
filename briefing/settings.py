"""The one settings schema: every option's name, type and default is written here once.

``briefing.toml`` is read into it by ``settings_from`` (unknown keys and wrong types are
one-line errors), and the CLI builds the same mapping from its flags, so the file, the
flags and the Python API cannot drift apart. The file's shape::

    title = "Morning briefing"
    sources = ["articles/"]          # used when no INPUT is given
    sentences = 3                    # or words = 60, or ratio = 0.2
    formats = ["md", "html", "email"]
    sections = ["bottom_line", "stories", "actors", "commitments", "events"]
    since = "24h"                    # only articles published in the last day
    workers = 2
    memory = true                    # remember what was briefed (out/briefing-memory.sqlite)

    [mail]
    from = "Briefing <brief@example.com>"
    to = ["team@example.com"]

    [smtp]
    host = "smtp.example.com"
    security = "starttls"            # "none", "starttls" or "ssl"
    user = "brief@example.com"       # the password: BRIEFING_SMTP_PASSWORD
"""

from __future__ import annotations

import datetime as dt
import re
import ssl
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

from briefing.errors import BriefingError

CONFIG_FILE = "briefing.toml"
OUTPUT_FORMATS = ("md", "html", "json", "email")
SECTIONS = ("bottom_line", "stories", "actors", "commitments", "events")
SECURITY = ("none", "starttls", "ssl")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MEMORY_FILE = "briefing-memory.sqlite"


def _key(name: str, help: str = "", **extra: Any) -> dict[str, Any]:
    """Field metadata: the key in briefing.toml and a one-line description."""
    return {"key": name, "help": help, **extra}


@dataclass
class Budget:
    """Summary length: at most ``sentences``, ``words``, or ``ratio`` of the sentences."""

    sentences: int | None = field(default=None, metadata=_key("sentences"))
    words: int | None = field(default=None, metadata=_key("words"))
    ratio: float | None = field(default=None, metadata=_key("ratio"))

    def __post_init__(self) -> None:
        given = [v for v in (self.sentences, self.words, self.ratio) if v is not None]
        if len(given) > 1:
            raise ValueError("give only one of sentences, words or ratio")
        if not given:
            self.sentences = 3
        if self.sentences is not None and self.sentences < 1:
            raise ValueError("sentences must be at least 1")
        if self.words is not None and self.words < 1:
            raise ValueError("words must be at least 1")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise ValueError("ratio must be in (0, 1]")

    def max_sentences(self, available: int) -> int:
        if self.sentences is not None:
            return min(self.sentences, available)
        if self.ratio is not None:
            return min(available, max(1, round(self.ratio * available)))
        return available


@dataclass
class Mail:
    """Who a briefing email is from and to; the subject defaults to the title and date."""

    sender: str = field(default="briefing@localhost", metadata=_key("from"))
    recipients: list[str] = field(default_factory=list, metadata=_key("to"))
    subject: str = field(default="", metadata=_key("subject"))


@dataclass
class Smtp:
    """The SMTP server; ``port`` defaults by ``security`` (25, 587, 465)."""

    host: str = field(default="localhost", metadata=_key("host"))
    port: int | None = field(default=None, metadata=_key("port"))
    security: str = field(default="none", metadata=_key("security"))
    user: str | None = field(default=None, metadata=_key("user"))
    password: str | None = field(default=None, metadata=_key("password"), repr=False)
    timeout: float = field(default=30.0, metadata=_key("timeout"))
    attempts: int = field(default=4, metadata=_key("attempts"))
    backoff: float = field(default=2.0, metadata=_key("backoff"))  # doubles each retry
    context: ssl.SSLContext | None = field(default=None, repr=False, metadata=_key(""))

    def __post_init__(self) -> None:
        if self.security not in SECURITY:
            raise ValueError('smtp.security must be "none", "starttls" or "ssl"')
        if self.port is None:
            self.port = {"ssl": 465, "starttls": 587}.get(self.security, 25)
        if self.attempts < 1:
            raise ValueError("smtp.attempts must be at least 1")


@dataclass(frozen=True)
class Window:
    """Articles published in [start, end) are in the brief; undated ones always are."""

    start: dt.datetime
    end: dt.datetime

    def holds(self, when: dt.datetime) -> bool:
        return self.start <= when < self.end


@dataclass
class Settings:
    title: str = field(default="Briefing", metadata=_key("title"))
    sources: list[str] = field(default_factory=list, metadata=_key("sources"))
    budget: Budget = field(default_factory=Budget, metadata=_key("", flat=True))
    algorithm: str = field(default="default", metadata=_key("algorithm"))
    model: str | None = field(default=None, metadata=_key("model"))
    date: str | None = field(default=None, metadata=_key("date"))
    since: str | None = field(default=None, metadata=_key("since"))
    intro: str = field(default="", metadata=_key("intro"))
    template_dir: str | None = field(default=None, metadata=_key("template"))
    formats: tuple[str, ...] = field(default=("md", "html"), metadata=_key("formats"))
    sections: tuple[str, ...] = field(default=SECTIONS, metadata=_key("sections"))
    out: str = field(default="out", metadata=_key("out"))
    name: str | None = field(default=None, metadata=_key("name"))  # default briefing-DATE
    memory: bool = field(default=True, metadata=_key("memory"))
    memory_file: str | None = field(default=None, metadata=_key("memory_file"))
    workers: int = field(default=1, metadata=_key("workers"))
    max_bytes: int = field(default=DEFAULT_MAX_BYTES, metadata=_key("max_bytes"))
    # A longer article is read up to here (at a paragraph or sentence break), with a warning:
    # about 33,000 words, six times a long feature; parse time and memory grow with length.
    max_article_chars: int = field(default=200_000, metadata=_key("max_article_chars"))
    # More articles than this in one brief is refused before parsing: a hundred times a
    # busy news day (20,000 short items take about two minutes).
    max_articles: int = field(default=20_000, metadata=_key("max_articles"))
    # Seconds a build may take, fetching and parsing; past it, nothing is written.
    deadline: int = field(default=3600, metadata=_key("deadline"))
    # Seconds for one fetch, the whole body, not each read.
    fetch_timeout: float = field(default=20.0, metadata=_key("fetch_timeout"))
    fetch_parallel: int = field(default=4, metadata=_key("fetch_parallel"))  # pages at once
    # Links found in feeds, OPML lists and redirects may reach private or local addresses.
    fetch_private: bool = field(default=False, metadata=_key("fetch_private"))
    max_actors: int = field(default=12, metadata=_key("max_actors"))
    fit_page: bool = field(default=True, metadata=_key("fit"))
    also: bool = field(default=True, metadata=_key("also"))  # list opinion, reviews... as Also
    explain: bool = field(default=False, metadata=_key("explain"))
    mail: Mail = field(default_factory=Mail, metadata=_key("mail"))
    smtp: Smtp = field(default_factory=Smtp, metadata=_key("smtp"))
    send_to: list[str] = field(default_factory=list, metadata=_key("send_to"))
    send: bool = field(default=False, metadata=_key("send"))  # to mail.to
    dry_run: bool = field(default=False, metadata=_key("dry_run"))
    resend: bool = field(default=False, metadata=_key("resend"))

    def __post_init__(self) -> None:
        self.formats, self.sections = tuple(self.formats), tuple(self.sections)
        unknown = [f for f in self.formats if f not in OUTPUT_FORMATS]
        if unknown or not self.formats:
            choices = ", ".join(OUTPUT_FORMATS)
            raise ValueError(f"unknown format {','.join(unknown)!r}; choose from: {choices}")
        if "stories" not in self.sections or any(s not in SECTIONS for s in self.sections):
            raise ValueError(
                f"bad sections {','.join(self.sections)!r}: use a comma list of "
                f"{', '.join(SECTIONS)} that includes stories"
            )
        if self.template_dir is not None and not Path(self.template_dir).is_dir():
            raise ValueError(f"{self.template_dir}: template directory not found")
        for name in (
            "workers",
            "max_bytes",
            "max_actors",
            "max_article_chars",
            "max_articles",
            "deadline",
            "fetch_timeout",
            "fetch_parallel",
        ):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1")
        for key, value in (("title", self.title), ("mail.subject", self.mail.subject)):
            if any(ord(c) < 32 for c in value):
                raise ValueError(f"{key} must be one line, without control characters")
        if self.name is not None and (
            not self.name or self.name.startswith(".") or any(c in self.name for c in "/\\")
        ):
            raise ValueError(f"name must be a file name, not a path: {self.name!r}")
        make_window(self.date, self.since)  # a bad date or duration fails here

    @property
    def window(self) -> Window | None:
        return make_window(self.date, self.since)

    @property
    def recipients(self) -> list[str]:
        """Who the brief is sent to after it is built: none unless asked."""
        return self.send_to or (self.mail.recipients if self.send else [])


def settings_from(data: Mapping[str, Any], where: str = "") -> Settings:
    """Settings from a mapping shaped like briefing.toml, every key and type checked.

    Errors are ``BriefingError``s naming ``where`` (the file, or the flags)."""
    try:
        return _build(Settings, data, "")
    except (ValueError, BriefingError) as exc:
        message = exc.message if isinstance(exc, BriefingError) else str(exc)
        raise BriefingError(message, where) from None


def load_config(path: str | Path | None) -> dict[str, Any]:
    """The checked contents of a settings file; ``None`` reads ./briefing.toml if present."""
    if path is None:
        path = Path(CONFIG_FILE)
        if not path.exists():
            return {}
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BriefingError(f"cannot read config: {exc.strerror or exc}", str(path)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BriefingError(f"invalid TOML: {exc}", str(path)) from exc
    settings_from(data, str(path))  # fails on any unknown key or wrong type
    return data


def file_keys(cls: type = Settings) -> list[str]:
    """Every key briefing.toml accepts, tables as ``mail.to``."""
    out = []
    for f in fields(cls):
        key, nested = f.metadata.get("key"), _nested(cls, f.name)
        if f.metadata.get("flat"):
            out += file_keys(nested)
        elif nested is not None:
            out += [f"{key}.{k}" for k in file_keys(nested)]
        elif key:
            out.append(key)
    return out


def _nested(cls: type, name: str) -> type | None:
    hint = typing.get_type_hints(cls)[name]
    return hint if is_dataclass(hint) else None


def _build(cls: type, data: Mapping[str, Any], prefix: str):
    hints = typing.get_type_hints(cls)
    known: dict[str, Any] = {}
    for f in fields(cls):
        known.update({k: f for k in _keys(cls, f)})
    for key in data:
        if key not in known:
            listed = ", ".join(prefix + k for k in _keys_of(cls))
            raise ValueError(f"unknown setting {prefix}{key}; known: {listed}")
    values: dict[str, Any] = {}
    for f in fields(cls):
        key, nested = f.metadata.get("key"), _nested(cls, f.name)
        if f.metadata.get("flat"):
            inner = {k: data[k] for k in _keys_of(nested) if k in data}
            values[f.name] = _build(nested, inner, prefix)
        elif key and key in data:
            if nested is not None:
                if not isinstance(data[key], Mapping):
                    raise ValueError(f"[{prefix}{key}] must be a table")
                values[f.name] = _build(nested, data[key], f"{prefix}{key}.")
            else:
                values[f.name] = _check(data[key], hints[f.name], prefix + key)
    return cls(**values)


def _keys(cls: type, f) -> list[str]:
    if f.metadata.get("flat"):
        return _keys_of(_nested(cls, f.name))
    return [f.metadata["key"]] if f.metadata.get("key") else []


def _keys_of(cls: type) -> list[str]:
    return [k for f in fields(cls) for k in _keys(cls, f)]


def _check(value: Any, hint: Any, key: str) -> Any:
    """``value`` as the annotated type, or a ValueError that names the key."""
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    if value is None and type(None) in options:
        return None
    kind = next(o for o in options if o is not type(None))
    origin = typing.get_origin(kind)
    if origin in (list, tuple):
        if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
            return origin(value)
        raise ValueError(f"{key} must be a list of strings")
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
        return value
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}
    raise ValueError(f"{key} must be {names.get(kind, kind)}")


_DURATION = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: str) -> dt.timedelta:
    """``"24h"``, ``"90m"``, ``"2d"`` or ``"1w"``."""
    match = _DURATION.match(text)
    if not match or int(match.group(1)) == 0:
        raise BriefingError(f"bad duration {text!r}; use a number and m, h, d or w, e.g. 24h")
    return dt.timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BriefingError(f"bad date {text!r}; use YYYY-MM-DD") from None


def make_window(
    date: str | None, since: str | None, now: dt.datetime | None = None
) -> Window | None:
    """``date`` alone is that local calendar day; ``since`` alone ends now; both end
    at the end of ``date``. Neither: no window."""
    if date is None and since is None:
        return None
    local = (now or dt.datetime.now().astimezone()).tzinfo
    if date is not None:
        day = parse_date(date)
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=local)
        start = dt.datetime.combine(day, dt.time(), tzinfo=local)
    else:
        end = (now or dt.datetime.now().astimezone()) + dt.timedelta(seconds=1)
        start = end
    if since is not None:
        start = end - parse_duration(since)
    return Window(start, end)
