"""One article's actors, quotes, commitments and dated future events, from one parse."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.analysis.commitments import find_commitments
from briefing.analysis.dates import later_month_stated, stated_date
from briefing.analysis.entities import find_actors
from briefing.analysis.mentions import mentions_from_doc
from briefing.analysis.names import common_acronyms, normalise
from briefing.analysis.quotes import attribute, quote_spans, quotes_for
from briefing.analysis.resolve import Resolver
from briefing.analysis.sides import dateline_country
from briefing.analysis.timeline import find_events
from briefing.ingest.furniture import is_boilerplate, no_key_point
from briefing.models import Article, Commitment, Event, Mention, Quote
from briefing.nlp.lexicon import STORM_NAME, VIDEO_POINTER
from briefing.nlp.model import sents

if TYPE_CHECKING:
    from spacy.tokens import Doc

YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_VIDEO_POINTER = re.compile(VIDEO_POINTER)


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
    # an undated article that states old dates speaks from its latest (not from today)
    stated = stated_date(article.text, today) if today and not published else None
    reference = published.date() if published else stated or today
    # an old full date followed by later months ("in September 2013"): the day it speaks
    # from is unknown, and its times get no calendar date
    when = None if stated and later_month_stated(article.text, stated, today) else reference
    # "Add Donald Trump as an interest": names no actor; "Scroll down for video ...
    # tonight": a caption's names stay, its times are no diary
    furniture, captions = _furniture_and_captions(docs)
    pointers = [m.span() for m in _VIDEO_POINTER.finditer(article.text)]
    nameless = furniture + pointers
    for offset, doc in docs:
        result.mentions += mentions_from_doc(doc, offset, article.id)
    storms = set(STORM_NAME.findall(article.text))  # "Hurricane Irene": "Irene" is no actor
    # an acronym of common words ("GMO (genetically modified organism)") names a thing, in
    # every piece of the article ("induced currents (GICs)" in one, "GIC flows" in another)
    things = common_acronyms(article.text)
    result.mentions = [
        m
        for m in result.mentions
        if not _inside(m.start, nameless)
        and _storm_free(m.text) not in storms
        and m.text.removesuffix("s") not in things
    ]
    actors = find_actors(result.mentions, limit=None)
    resolver = Resolver(actors, result.mentions, dateline_country(article.text))
    resolver.learn_genders(doc for _, doc in docs)
    spans = quote_spans(article.text, article.block_quotes)
    year = _article_year(article, reference)  # once: a long article has many pieces
    for offset, doc in docs:
        attribute(spans, doc, offset, resolver)
        result.commitments += find_commitments(
            doc, offset, article.id, spans, resolver, year, published and published.date()
        )
        result.events += find_events(doc, offset, article.id, when)
    result.quotes = quotes_for(spans, article.text, article.id)
    if furniture:
        result.commitments = [c for c in result.commitments if not _inside(c.start, furniture)]
    if captions:
        result.events = [e for e in result.events if not _inside(e.start, captions)]
    if article.headings:  # a sub-headline's words are not the article's report
        result.commitments = [
            c for c in result.commitments if not article.in_heading(c.start, c.end)
        ]
        result.events = [e for e in result.events if not article.in_heading(e.start, e.end)]
    return result


def _furniture_and_captions(
    docs: Sequence[tuple[int, Doc]],
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where the sentences of page furniture are, and those that are no key point
    (furniture and captions), in one pass over the sentences."""
    furniture, captions = [], []
    for offset, doc in docs:
        for s in sents(doc):
            if no_key_point(s.text):
                span = (offset + s.start_char, offset + s.end_char)
                captions.append(span)
                if is_boilerplate(s.text):
                    furniture.append(span)
    return furniture, captions


def _storm_free(name: str) -> str:
    """ "Hurricane Irene's" and "Irene's" are "Irene"."""
    return STORM_NAME.sub(r"\1", normalise(name))


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def _article_year(article: Article, reference: dt.date | None) -> int | None:
    """The year an article speaks from: its date's, else the latest year it names (not
    after the brief's date)."""
    if article.published_at:
        return article.published_at.year
    years = [int(y) for y in YEAR.findall(article.text)]
    years = [y for y in years if reference is None or y <= reference.year]
    return max(years) if years else (reference.year if reference else None)
