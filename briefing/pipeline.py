"""The orchestrator: articles in, a Briefing out, then rendered files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from os import PathLike
from pathlib import Path

from . import nlp as nlp_module
from .analysis import analyze
from .clustering import topic_terms
from .entities import find_actors
from .errors import InputError
from .fitting import fit_page
from .ingest import load_articles
from .mailing import compose
from .memory import Memory, article_key
from .models import Article, Briefing, Source
from .output import write_files
from .rendering import check_template_dir, render
from .settings import SECTIONS, Settings
from .stories import Built, Parsed, bottom_line, make_stories
from .summarizer import get_ranker, split_article
from .tokenizer import SpacyTokenizer
from .window import split_by_window


def build_briefing(
    articles: Sequence[Article | str | PathLike],
    settings: Settings | None = None,
    *,
    memory: Memory | None = None,
    progress: Callable[[int], object] | None = None,
) -> Briefing:
    """Group the articles into stories, summarise and rank them, and list the actors,
    commitments and what's next; paths are read first.

    With ``memory``, stories that earlier briefs told are left out unless there is new
    reporting; call ``memory.commit()`` once the brief is written. ``progress`` is called
    with 1 for each article parsed.
    """
    settings = settings or Settings()
    items = [a for a in articles if isinstance(a, Article)]
    paths = [str(a) for a in articles if not isinstance(a, Article)]
    if paths:
        items += load_articles(paths)
    items, _ = split_by_window(items, settings.window)
    if not items:
        raise InputError("no articles in the time window")
    date = settings.date or dt.date.today().isoformat()
    recall = memory.recall(date) if memory is not None else None  # a bad file fails early
    ranker = get_ranker(settings.algorithm)
    nlp = nlp_module.load_model(settings.model, "full")
    parsed = []
    for article, docs in nlp_module.parse_many(nlp, items, settings.workers):
        parsed.append(
            Parsed(article, split_article(article, docs), analyze(article, docs), topic_terms(docs))
        )
        if progress is not None:
            progress(1)
    built = make_stories(
        parsed, ranker, SpacyTokenizer(nlp), settings.budget, date, recall, settings.explain
    )
    briefing = _assemble(built, settings, date)
    briefing = replace(briefing, **{k: [] for k in SECTIONS if k not in settings.sections})
    if settings.fit_page:
        briefing = fit_page(briefing)
    if memory is not None:
        _stage(memory, date, built, briefing)
    return briefing


def _stage(memory: Memory, date: str, built: list[Built], briefing: Briefing) -> None:
    """What this brief told, for the memory to keep once the brief is written."""
    shown = {story.id: story for story in briefing.stories}
    records, keys = [], {}
    for b in built:
        if b.story.id in shown:
            b.memory.sentences += [s.text for s in shown[b.story.id].summary]
            records.append(b.memory)
            keys.update({article_key(m.article): b.story.id for m in b.members})
    memory.stage(date, records, keys)


def _assemble(built: list[Built], settings: Settings, date: str) -> Briefing:
    stories = [b.story for b in built]
    members = [m for b in built for m in b.members]
    fresh = [m for b in built for m in b.fresh]  # what a follow-up adds, not what was told
    mentions = [x for m in fresh for x in m.analysis.mentions]
    return Briefing(
        title=settings.title,
        date=date,
        summary=[s for story in stories for s in story.summary],
        actors=find_actors(mentions, limit=settings.max_actors),
        sources=[_source(m.article) for m in members],
        stories=stories,
        bottom_line=bottom_line(stories),
        commitments=[c for m in fresh for c in m.analysis.commitments],
        quotes=[q for m in fresh for q in m.analysis.quotes],
        events=[e for m in fresh for e in m.analysis.events],
        intro=settings.intro,
        algorithm=settings.algorithm,
        sentences=[s for b in built for s in b.ranked],
    )


def _source(article: Article) -> Source:
    return Source(
        id=article.id,
        title=article.title,
        url=article.url,
        published=article.published,
        path=article.path,
        words=len(article.text.split()),
        outlet=article.outlet,
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
