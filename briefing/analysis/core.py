"""One article's actors, quotes, commitments and dated future events, from one parse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.analysis.commitments import find_commitments
from briefing.analysis.entities import find_actors
from briefing.analysis.mentions import mentions_from_doc
from briefing.analysis.quotes import attribute, quote_spans, quotes_for
from briefing.analysis.resolve import Resolver
from briefing.analysis.timeline import find_events
from briefing.models import Article, Commitment, Event, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Analysis:
    mentions: list[Mention] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def analyze(
    article: Article, docs: Sequence[tuple[int, Doc]], today: dt.date | None = None
) -> Analysis:
    """Needs a parse with NER and the dependency parser (the "full" profile). What's next
    counts from the article's publication date, else ``today`` (the brief's date)."""
    result = Analysis()
    published = article.published_at
    reference = published.date() if published else today
    for offset, doc in docs:
        result.mentions += mentions_from_doc(doc, offset, article.id)
    resolver = Resolver(find_actors(result.mentions, limit=None), result.mentions)
    spans = quote_spans(article.text, article.block_quotes)
    for offset, doc in docs:
        attribute(spans, doc, offset, resolver)
        result.commitments += find_commitments(doc, offset, article.id, spans, resolver)
        result.events += find_events(doc, offset, article.id, reference)
    result.quotes = quotes_for(spans, article.text, article.id)
    if article.headings:  # a sub-headline's words are not the article's report
        result.commitments = [
            c for c in result.commitments if not article.in_heading(c.start, c.end)
        ]
        result.events = [e for e in result.events if not article.in_heading(e.start, e.end)]
    return result
