"""The orchestrator: inputs and settings in; a briefing built, written, remembered and sent.

``run`` is everything ``briefing build`` does. Its steps are public too, for callers that
want only part of it: ``collect`` (read and window), ``build_briefing`` (parse, group,
summarise, analyse, fit), ``write_briefing`` and ``deliver``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from os import PathLike
from pathlib import Path
from time import monotonic as clock
from typing import BinaryIO

from briefing.analysis.confidence import CONFIDENT
from briefing.analysis.core import Analysis, analyze
from briefing.analysis.entities import as_the_day_names, find_actors
from briefing.deliver.mailing import EmailTooBig, compose
from briefing.deliver.sending import Outcome, deliver, message_mail
from briefing.errors import BriefingError, InputError, Interrupted
from briefing.ingest.fetch import HttpClient
from briefing.ingest.load import load_articles, shorten
from briefing.ingest.window import split_by_window
from briefing.models import Article, Briefing, Commitment, Link, Source
from briefing.nlp import model as nlp_module
from briefing.nlp.tokenizer import SpacyTokenizer
from briefing.rendering.fitting import fit_page
from briefing.rendering.output import ensure_dir, write_files
from briefing.rendering.templating import render
from briefing.settings import MEMORY_FILE, SECTIONS, Settings, parse_date
from briefing.stories.assemble import Built, Parsed, bottom_line, make_stories
from briefing.stories.editorial import NEWS, weighty
from briefing.stories.grouping import topic_terms
from briefing.stories.memory import Memory, article_key
from briefing.stories.openings import event_share
from briefing.stories.page_actors import involvement, story_actors
from briefing.stories.repeats import repeated, told_once
from briefing.summary.summarizer import get_ranker, split_article

Warn = Callable[[str], object]


@dataclass
class Collected:
    """The articles a brief is built from, and what was left out on the way."""

    articles: list[Article]
    skipped: list[InputError] = field(default_factory=list)  # unreadable or not English
    outside: list[Article] = field(default_factory=list)  # published outside the window
    shortened: list[tuple[Article, int]] = field(default_factory=list)  # (cut, full length)


@dataclass
class Result:
    """What one ``run`` did."""

    briefing: Briefing
    paths: list[Path]
    skipped: list[InputError]
    outside: int
    remembered: bool  # the memory was updated
    sent: Outcome | None = None  # with recipients; a dry run is an Outcome not sent


def run(
    inputs: Sequence[str | PathLike] = (),
    settings: Settings | None = None,
    *,
    client: HttpClient | None = None,
    stdin: BinaryIO | None = None,
    memory: Memory | None = None,
    progress: Callable[[int, int], object] | None = None,
    warn: Warn | None = None,
    strict: bool = False,
) -> Result:
    """Read ``inputs`` (or ``settings.sources``), build the brief, write every format into
    ``settings.out``, then update the memory and send it, if the settings ask.

    ``memory`` overrides the one ``settings`` names; ``warn`` receives a line for each
    input skipped (and each article whose analysis failed, unless ``strict``, which raises);
    ``progress`` is called with (done, total) as articles are parsed.
    """
    settings, warn = settings or Settings(), warn or _ignore
    deadline = clock() + settings.deadline
    get_ranker(settings.algorithm)  # an unknown name fails before any work
    collected = collect(inputs or settings.sources, settings, client=client, stdin=stdin)
    for error in collected.skipped:
        warn(f"warning: skipped {error}")
    for article, length in collected.shortened:
        warn(
            f"warning: {article.path or article.url or article.id}: {length:,} characters; "
            f"the brief reads the first {len(article.text):,} (max_article_chars)"
        )
    if collected.outside:
        warn(f"{len(collected.outside)} article(s) published outside the window left out")
    if clock() > deadline:
        raise _past_deadline(settings, "while fetching")
    if memory is None and settings.memory:
        memory = Memory(settings.memory_file or Path(settings.out) / MEMORY_FILE)
    briefing = build_briefing(
        collected.articles,
        settings,
        memory=memory,
        progress=progress,
        deadline=deadline,
        warn=None if strict else warn,
    )
    if not briefing.stories:
        # without a memory nothing was told before: what is left is page furniture
        told = memory is not None
        warn("nothing new since the last brief" if told else "no story: nothing to summarise")
    ensure_dir(Path(settings.out))
    if memory is not None:
        memory.check_writable()  # before the outputs are replaced, not after
    paths = write_briefing(briefing, settings, warn)
    step = "the brief was written; the memory was not updated"
    sent = None
    try:
        if memory is not None:
            memory.commit()
            step = "the brief was written and remembered"
        if settings.recipients:
            step += "; sending was cut short (check the sent log before sending again)"
            message = compose(briefing, message_mail(settings), settings.template_dir)
            sent = deliver(message, settings.recipients, settings, log_dir=settings.out)
    except KeyboardInterrupt:
        raise Interrupted(f"interrupted after {step}") from None
    return Result(
        briefing, paths, collected.skipped, len(collected.outside), memory is not None, sent
    )


def collect(
    inputs: Sequence[str | PathLike],
    settings: Settings | None = None,
    *,
    client: HttpClient | None = None,
    stdin: BinaryIO | None = None,
) -> Collected:
    """Read the inputs and keep the articles in the settings' time window."""
    settings = settings or Settings()
    names = [str(name) for name in inputs]
    skipped: list[InputError] = []
    articles = load_articles(
        names,
        stdin=stdin,
        max_bytes=settings.max_bytes,
        skipped=skipped,
        client=client,
        allow_private=settings.fetch_private,
        timeout=settings.fetch_timeout,
        parallel=settings.fetch_parallel,
    )
    inside, outside = split_by_window(articles, settings.window)
    if not inside:
        raise InputError("no articles published in the window", ", ".join(names))
    if len(inside) > settings.max_articles:
        raise InputError(
            f"{len(inside):,} articles, over the limit of {settings.max_articles:,} for one "
            "brief; narrow the window (--since) or raise --max-articles",
            ", ".join(names),
        )
    cut = [shorten(a, settings.max_article_chars) for a in inside]
    shortened = [(c, len(a.text)) for a, c in zip(inside, cut, strict=True) if c is not a]
    return Collected(cut, skipped, outside, shortened)


def build_briefing(
    articles: Sequence[Article],
    settings: Settings | None = None,
    *,
    memory: Memory | None = None,
    progress: Callable[[int, int], object] | None = None,
    deadline: float | None = None,
    warn: Warn | None = None,
) -> Briefing:
    """Group the articles into stories, summarise and rank them, and list the actors,
    commitments and what's next.

    With ``warn``, an article whose actors and commitments cannot be read (a fault of ours
    on text we did not foresee) is reported there and keeps its place in the brief without
    them; without it the error is raised.

    With ``memory``, stories that earlier briefs told are left out unless there is new
    reporting; call ``memory.commit()`` once the brief is written. Past ``deadline`` (a
    ``time.monotonic()`` value) parsing stops with an error.
    """
    settings = settings or Settings()
    if not articles:
        raise InputError("no articles to brief")
    date = settings.date or dt.date.today().isoformat()
    recall = memory.recall(date) if memory is not None else None  # a bad file fails early
    ranker = get_ranker(settings.algorithm)
    nlp = nlp_module.load_model(settings.model, "full")
    parsed = []
    articles = list(articles)
    today = parse_date(date)
    stream = nlp_module.parse_many(nlp, articles, settings.workers)
    with closing(stream):  # an interrupt ends the parse (and its workers) here, not at exit
        for article, docs in stream:
            if deadline is not None and clock() > deadline:
                done = f"after parsing {len(parsed):,} of {len(articles):,} articles"
                raise _past_deadline(settings, done)
            parsed.append(
                Parsed(
                    article,
                    split_article(article, docs),
                    _analysis(article, docs, today, warn),
                    topic_terms(docs),
                    event_share(docs),
                )
            )
            if progress is not None:
                progress(len(parsed), len(articles))
    built = make_stories(
        parsed, ranker, SpacyTokenizer(nlp), settings.budget, date, recall, settings.explain
    )
    briefing = _assemble(built, settings, date, len(articles))
    briefing = replace(briefing, **{k: [] for k in SECTIONS if k not in settings.sections})
    if settings.fit_page:
        briefing = fit_page(briefing)
    briefing = story_actors(briefing, built, settings.max_actors)
    if memory is not None:
        _stage(memory, date, built, briefing)
    return briefing


def _analysis(article: Article, docs, today: dt.date | None, warn: Warn | None) -> Analysis:
    try:
        return analyze(article, docs, today)
    except Exception as exc:  # one article must not cost the day's brief
        if warn is None:
            raise
        where = article.path or article.url or article.id
        warn(
            f"warning: {where}: its actors and commitments could not be read "
            f"({type(exc).__name__}: {exc}); its summary is kept (rerun with --debug)"
        )
        return Analysis()


def _past_deadline(settings: Settings, when: str) -> BriefingError:
    return BriefingError(
        f"the build went past its deadline of {settings.deadline:,} seconds {when}; nothing "
        "was written (--deadline)"
    )


def write_briefing(
    briefing: Briefing, settings: Settings | None = None, warn: Warn | None = None
) -> list[Path]:
    """Render every requested format, then write them all at once into ``settings.out``.

    Unfitted (``--no-fit``), an email over Gmail's clipping size is fitted to one page: the
    other formats keep everything."""
    settings = settings or Settings()
    folder = Path(settings.out)
    name = settings.name or f"briefing-{briefing.date}"
    contents = {}
    for fmt in settings.formats:
        if fmt == "email":
            message = _email(briefing, settings, warn or _ignore)
            contents[folder / f"{name}.eml"] = message.as_string()
        else:
            contents[folder / f"{name}.{fmt}"] = render(briefing, fmt, settings.template_dir)
    return write_files(contents)


def _email(briefing: Briefing, settings: Settings, warn: Warn):
    mail = message_mail(settings)
    try:
        return compose(briefing, mail, settings.template_dir)
    except EmailTooBig as too_big:
        if settings.fit_page:
            raise
        warn(f"warning: {too_big.message}; the email was fitted to one page, the other "
             "formats keep everything")  # fmt: skip
        return compose(fit_page(briefing), mail, settings.template_dir)


def _ignore(_: str) -> None:
    pass


def _stage(memory: Memory, date: str, built: list[Built], briefing: Briefing) -> None:
    """What this brief told, for the memory to keep once the brief is written."""
    shown = {story.id: story for story in briefing.stories}
    records, keys = [], {}
    for b in built:
        if b.story.id in shown:
            told = b.memory.sentences + [s.text for s in shown[b.story.id].summary]
            records.append(replace(b.memory, sentences=told))
            keys.update({article_key(m.article): b.story.id for m in b.members})
    memory.stage(date, records, keys)


def _assemble(built: list[Built], settings: Settings, date: str, articles: int) -> Briefing:
    others = [b for b in built if b.story.kind != NEWS]  # opinion, reviews, advice...
    if len(others) < len(built):  # with no news at all, what there is is the brief
        built = [b for b in built if b.story.kind == NEWS]
    else:
        others = []
    stories = [b.story for b in built]
    members = [m for b in built for m in b.members]
    fresh = [m for b in built for m in b.fresh]  # what a follow-up adds, not what was told
    mentions = [x for m in fresh for x in m.analysis.mentions]
    found = [c for m in fresh for c in m.analysis.commitments]
    story_of = {m.article.id: b.story.id for b in built for m in b.members}
    actors = find_actors(mentions, limit=None, involved=involvement(found), stories=story_of)
    quotes = [q for m in fresh for q in m.analysis.quotes]
    found, quotes = as_the_day_names(found, quotes, actors)
    # an analyst's page: a footballer's "we'll keep battling" stays in the JSON
    light = {m.article.id for b in built for m in b.members if not weighty(m.article)}
    # another outlet's report of the same pledge takes no second line on the page
    again = repeated(sorted(found, key=lambda c: -c.confidence), story_of)

    def on_page(c: Commitment) -> bool:
        return c.confidence >= CONFIDENT and c.source_id not in light and id(c) not in again

    key = [a for a in actors if a.key][: settings.max_actors]
    names = {a.name for a in key}
    return Briefing(
        title=settings.title,
        date=date,
        summary=[s for story in stories for s in story.summary],
        actors=key,
        more_actors=[a for a in actors if a.name not in names],
        sources=[_source(m.article) for m in members],
        stories=stories,
        bottom_line=bottom_line(stories),
        commitments=[c for c in found if on_page(c)],
        more_commitments=[c for c in found if not on_page(c)],
        quotes=quotes,
        events=told_once([e for m in fresh for e in m.analysis.events]),
        intro=settings.intro,
        algorithm=settings.algorithm,
        sentences=[s for b in built for s in b.ranked],
        also=[_link(b) for b in others] if settings.also else [],
        articles=articles,
    )


def _link(built: Built) -> Link:
    first = built.members[0].article
    return Link(built.story.headline, first.url, first.outlet, built.story.kind)


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
