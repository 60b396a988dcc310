"""The time window of a brief (``--date``, ``--since``) and reading articles' dates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from .errors import BriefingError
from .models import Article

_DURATION = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


@dataclass(frozen=True)
class Window:
    start: dt.datetime
    end: dt.datetime

    def holds(self, when: dt.datetime) -> bool:
        return self.start <= when < self.end


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


def published_at(text: str) -> dt.datetime | None:
    """An article's date as an aware datetime (ISO 8601 or RFC 822); None if unreadable.

    A date without a time is taken as midday UTC; a time without a zone as UTC.
    """
    text = text.strip()
    if not text:
        return None
    when = None
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        if len(text) == 10:
            when = when.replace(hour=12)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when


def split_by_window(
    articles: Sequence[Article], window: Window | None
) -> tuple[list[Article], list[Article]]:
    """Articles inside the window (and those without a readable date), and those outside."""
    if window is None:
        return list(articles), []
    inside, outside = [], []
    for article in articles:
        when = published_at(article.published)
        (outside if when is not None and not window.holds(when) else inside).append(article)
    return inside, outside
