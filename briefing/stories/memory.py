"""What earlier briefs said, kept in SQLite next to the output.

A brief for date D reads only what briefs before D stored, and rebuilding D replaces
D's rows, so building the same day twice gives the same brief.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

from briefing.errors import OutputError
from briefing.models import Article

FILENAME = "briefing-memory.sqlite"
LOOKBACK_DAYS = 14
_SCHEMA = """
CREATE TABLE IF NOT EXISTS stories (
    id TEXT NOT NULL, date TEXT NOT NULL, headline TEXT NOT NULL, terms TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (key TEXT NOT NULL, story TEXT NOT NULL, date TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sentences (story TEXT NOT NULL, date TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_key ON articles (key);
"""


@dataclass
class Remembered:
    """A story as earlier briefs left it."""

    id: str
    date: str
    headline: str
    terms: dict[str, float]
    sentences: list[str] = field(default_factory=list)


@dataclass
class Recall:
    stories: dict[str, Remembered]
    article_story: dict[str, str]  # article key -> story id


def article_key(article: Article) -> str:
    """A URL names an article across runs; without one, its text does."""
    if article.url:
        return article.url
    return "sha1:" + hashlib.sha1(" ".join(article.text.split()).encode()).hexdigest()


class Memory:
    """Read with ``recall``; a build ``stage``s what it told, and ``commit`` keeps it."""

    def __init__(self, path: str | PathLike):
        self.path = Path(path)
        self._staged: tuple[str, list[Remembered], dict[str, str]] | None = None

    def stage(self, date: str, stories: list[Remembered], articles: dict[str, str]) -> None:
        self._staged = (date, stories, articles)

    def commit(self) -> None:
        if self._staged is not None:
            self.remember(*self._staged)
            self._staged = None

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path)
            connection.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise OutputError(f"cannot open the brief's memory: {exc}", str(self.path)) from exc
        return connection

    def check_writable(self) -> None:
        """Fail now, before any output is replaced, if the memory cannot be updated (a
        read-only file, another run holding its lock)."""
        connection = self._connect()
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.rollback()
        except sqlite3.Error as exc:
            raise OutputError(f"cannot update the brief's memory: {exc}", str(self.path)) from exc
        finally:
            connection.close()

    def recall(self, before: str) -> Recall:
        """Stories briefed in the ``LOOKBACK_DAYS`` before the date ``before``."""
        earliest = (dt.date.fromisoformat(before) - dt.timedelta(days=LOOKBACK_DAYS)).isoformat()
        if not self.path.exists():
            return Recall({}, {})
        connection = self._connect()
        try:
            stories: dict[str, Remembered] = {}
            rows = connection.execute(
                "SELECT id, date, headline, terms FROM stories"
                " WHERE date < ? AND date >= ? ORDER BY date",
                (before, earliest),
            )
            for story_id, date, headline, terms in rows:
                stories[story_id] = Remembered(story_id, date, headline, json.loads(terms))
            for story_id, text in connection.execute(
                "SELECT story, text FROM sentences WHERE date < ? AND date >= ?",
                (before, earliest),
            ):
                if story_id in stories:
                    stories[story_id].sentences.append(text)
            keys = dict(
                connection.execute(
                    "SELECT key, story FROM articles WHERE date < ? AND date >= ? ORDER BY date",
                    (before, earliest),
                ).fetchall()
            )
        except sqlite3.Error as exc:
            raise OutputError(f"cannot read the brief's memory: {exc}", str(self.path)) from exc
        finally:
            connection.close()
        return Recall(stories, {k: s for k, s in keys.items() if s in stories})

    def remember(self, date: str, stories: list[Remembered], articles: dict[str, str]) -> None:
        """Replace what the brief of ``date`` stored; ``articles`` maps key -> story id."""
        connection = self._connect()
        try:
            with connection:
                for table in ("stories", "articles", "sentences"):
                    connection.execute(f"DELETE FROM {table} WHERE date = ?", (date,))
                connection.executemany(
                    "INSERT INTO stories VALUES (?, ?, ?, ?)",
                    [(s.id, date, s.headline, json.dumps(s.terms)) for s in stories],
                )
                connection.executemany(
                    "INSERT INTO sentences VALUES (?, ?, ?)",
                    [(s.id, date, text) for s in stories for text in s.sentences],
                )
                connection.executemany(
                    "INSERT INTO articles VALUES (?, ?, ?)",
                    [(key, story, date) for key, story in articles.items()],
                )
        except sqlite3.Error as exc:
            raise OutputError(f"cannot update the brief's memory: {exc}", str(self.path)) from exc
        finally:
            connection.close()
