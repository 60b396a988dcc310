"""Keeping the articles published inside the brief's time window."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.models import Article
from briefing.settings import Window


def split_by_window(
    articles: Sequence[Article], window: Window | None
) -> tuple[list[Article], list[Article]]:
    """Articles inside the window (and those without a readable date), and those outside."""
    if window is None:
        return list(articles), []
    inside, outside = [], []
    for article in articles:
        when = article.published_at
        (outside if when is not None and not window.holds(when) else inside).append(article)
    return inside, outside
