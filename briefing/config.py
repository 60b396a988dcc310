"""``briefing.toml``: the settings a daily brief keeps between runs. Flags override them.

title = "Morning briefing"
sources = ["articles/"]          # used when no INPUT is given
sentences = 3                    # or words = 60, or ratio = 0.2
formats = ["md", "html", "email"]
sections = ["bottom_line", "stories", "actors", "commitments", "events"]
out = "out"
since = "24h"                    # only articles published in the last day
workers = 2                      # processes parsing in parallel
memory = true                    # remember what was briefed (out/briefing-memory.sqlite)
template = "my-templates/"

[mail]
from = "Briefing <brief@example.com>"
to = ["team@example.com"]
subject = "Morning briefing"

[smtp]
host = "smtp.example.com"
port = 587
security = "starttls"            # "none", "starttls" or "ssl"
user = "brief@example.com"
password = "..."                 # BRIEFING_SMTP_PASSWORD, when set, wins
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from .errors import BriefingError

DEFAULT_PATH = "briefing.toml"

TOP = {
    "title": str,
    "sources": list,
    "sentences": int,
    "words": int,
    "ratio": float,
    "algorithm": str,
    "formats": list,
    "out": str,
    "template": str,
    "intro": str,
    "model": str,
    "since": str,
    "workers": int,
    "memory": bool,
    "sections": list,
}
SECTIONS = {
    "mail": {"from": str, "to": list, "subject": str},
    "smtp": {"host": str, "port": int, "security": str, "user": str, "password": str},
}


def load_config(path: str | Path | None) -> dict[str, Any]:
    """The checked contents of a config file; ``None`` reads ./briefing.toml if it exists."""
    if path is None:
        path = Path(DEFAULT_PATH)
        if not path.exists():
            return {}
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BriefingError(f"cannot read config: {exc.strerror or exc}", str(path)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BriefingError(f"invalid TOML: {exc}", str(path)) from exc
    for key, value in data.items():
        if key in SECTIONS:
            if not isinstance(value, dict):
                raise BriefingError(f"[{key}] must be a table", str(path))
            _check(value, SECTIONS[key], f"{key}.", path)
        else:
            _check({key: value}, TOP, "", path)
    security = data.get("smtp", {}).get("security", "none")
    if security not in ("none", "starttls", "ssl"):
        raise BriefingError('smtp.security must be "none", "starttls" or "ssl"', str(path))
    return data


def _check(values: dict, allowed: dict, prefix: str, path: Path) -> None:
    for key, value in values.items():
        if key not in allowed:
            known = ", ".join(prefix + k for k in allowed)
            raise BriefingError(f"unknown setting {prefix}{key}; known: {known}", str(path))
        kind = allowed[key]
        ok = isinstance(value, kind) or (kind is float and isinstance(value, int))
        if not ok or (isinstance(value, bool) and kind is not bool):
            raise BriefingError(f"{prefix}{key} must be a {kind.__name__}", str(path))
