"""Extractive summaries: split into sentences, rank them, pick within the budget."""

from __future__ import annotations

from collections.abc import Sequence

from . import nlp as nlp_module
from .errors import BriefingError
from .models import Article, Sentence
from .rankers import RANKERS, Ranker, RankInput
from .settings import Budget
from .tokenizer import SpacyTokenizer


def get_ranker(name: str) -> Ranker:
    try:
        return RANKERS[name]()
    except KeyError:
        known = ", ".join(RANKERS)
        raise BriefingError(f"unknown algorithm {name!r}; choose one of: {known}") from None


def split_article(article: Article, docs=None, nlp=None) -> list[Sentence]:
    """The article's sentences as records; ``docs`` reuses an earlier parse."""
    if docs is None:
        docs = nlp_module.parse(nlp, article.text)
    return [
        Sentence(text=article.text[a:b], start=a, end=b, source_id=article.id, index=i)
        for i, (a, b) in enumerate(nlp_module.sentence_spans(article.text, docs))
    ]


def rank(
    groups: Sequence[list[Sentence]], ranker: Ranker, tokenizer: SpacyTokenizer, title: str = ""
) -> list[Sentence]:
    """Score and rank the sentences of one article, or of several as one cluster."""
    pool = [s for group in groups for s in group]
    if not pool:
        return []
    doc = RankInput(
        sentences=[s.text for s in pool],
        tokenizer=tokenizer,
        title=title,
        positions=[s.index for s in pool],
        doc_ids=[g for g, group in enumerate(groups) for _ in group],
    )
    for sentence, score in zip(pool, ranker.score(doc), strict=True):
        sentence.score = round(float(score), 6)
    for r, i in enumerate(_by_rank(pool), start=1):
        pool[i].rank = r
    return pool


def _by_rank(pool: list[Sentence]) -> list[int]:
    # Ties go to the earlier sentence, so results are deterministic.
    return sorted(range(len(pool)), key=lambda i: (-pool[i].score, i))


def select(pool: list[Sentence], budget: Budget) -> list[Sentence]:
    """The best-ranked sentences that fit the budget, back in document order."""
    limit = budget.max_sentences(len(pool))
    chosen: list[int] = []
    words = 0
    for i in _by_rank(pool):
        if len(chosen) >= limit:
            break
        n = pool[i].word_count
        if budget.words is not None and words + n > budget.words:
            continue
        chosen.append(i)
        words += n
    return [pool[i] for i in sorted(chosen)]


def summarize(
    text: str | Article | Sequence[Article],
    *,
    sentences: int | None = None,
    words: int | None = None,
    ratio: float | None = None,
    algorithm: str = "default",
    model: str | None = None,
    title: str = "",
) -> list[Sentence]:
    """Key sentences of a text, an article, or a cluster of articles, in document order.

    Each returned sentence is an exact slice of its article's text.
    """
    budget = Budget(sentences=sentences, words=words, ratio=ratio)
    ranker = get_ranker(algorithm)
    if isinstance(text, str):
        articles = [Article(id="text", text=text, title=title)]
    elif isinstance(text, Article):
        articles = [text]
    else:
        articles = list(text)
    nlp = nlp_module.load_model(model, "sentences")
    groups = [split_article(a, nlp=nlp) for a in articles]
    title = title or (articles[0].title if len(articles) == 1 else "")
    return select(rank(groups, ranker, SpacyTokenizer(nlp), title), budget)
