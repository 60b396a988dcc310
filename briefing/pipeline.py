"""The orchestrator: articles in, a Briefing out, then rendered files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from os import PathLike
from pathlib import Path

from . import nlp as nlp_module
from .analysis import analyze
from .entities import find_actors
from .ingest import load_articles
from .mailing import compose
from .models import Article, Briefing, Commitment, Event, Mention, Quote, Sentence, Source
from .output import write_files
from .rendering import check_template_dir, render
from .settings import Settings
from .summarizer import get_ranker, rank, select, split_article
from .tokenizer import SpacyTokenizer


def build_briefing(
    articles: Sequence[Article | str | PathLike], settings: Settings | None = None
) -> Briefing:
    """Summarise each article and list the actors; paths are read first."""
    settings = settings or Settings()
    items = [a for a in articles if isinstance(a, Article)]
    paths = [str(a) for a in articles if not isinstance(a, Article)]
    if paths:
        items += load_articles(paths)
    ranker = get_ranker(settings.algorithm)
    nlp = nlp_module.load_model(settings.model, "full")
    tokenizer = SpacyTokenizer(nlp)

    summary: list[Sentence] = []
    every_sentence: list[Sentence] = []
    mentions: list[Mention] = []
    commitments: list[Commitment] = []
    quotes: list[Quote] = []
    events: list[Event] = []
    for article in items:
        docs = list(nlp_module.parse(nlp, article.text))
        sentences = rank(
            [split_article(article, docs)], ranker, tokenizer, article.title, settings.explain
        )
        every_sentence += sentences
        summary += select(sentences, settings.budget, readable=ranker.readable)
        found = analyze(article, docs)
        mentions += found.mentions
        commitments += found.commitments
        quotes += found.quotes
        events += found.events
    return Briefing(
        title=settings.title,
        date=settings.date or dt.date.today().isoformat(),
        summary=summary,
        actors=find_actors(mentions, limit=settings.max_actors),
        sources=[_source(a) for a in items],
        commitments=commitments,
        quotes=quotes,
        events=events,
        intro=settings.intro,
        algorithm=settings.algorithm,
        sentences=every_sentence,
    )


def _source(article: Article) -> Source:
    return Source(
        id=article.id,
        title=article.title,
        url=article.url,
        published=article.published,
        path=article.path,
        words=len(article.text.split()),
    )


def write_briefing(
    briefing: Briefing, out_dir: str | PathLike, name: str, settings: Settings | None = None
) -> list[Path]:
    """Render every requested format, then write them all at once."""
    settings = settings or Settings()
    check_template_dir(settings.template_dir)
    folder = Path(out_dir)
    contents = {}
    for fmt in settings.formats:
        if fmt == "email":
            message = compose(briefing, settings.mail, settings.template_dir)
            contents[folder / f"{name}.eml"] = message.as_string()
        else:
            contents[folder / f"{name}.{fmt}"] = render(briefing, fmt, settings.template_dir)
    return write_files(contents)


def default_name(briefing: Briefing) -> str:
    return f"briefing-{briefing.date}"
