"""Extractive summaries: split into sentences, rank them, pick within the budget."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing.errors import BriefingError
from briefing.models import Article, Sentence
from briefing.nlp import model as nlp_module
from briefing.nlp.tokenizer import SpacyTokenizer
from briefing.settings import Budget
from briefing.summary.features import RankInput, describe
from briefing.summary.rankers import RANKERS, Ranker
from briefing.summary.readability import (
    NEAR_DUPLICATE,
    content_words,
    is_dangling_opener,
    is_near_duplicate,
)


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
    sentences = []
    paragraph, previous_end = 0, 0
    for i, (a, b) in enumerate(nlp_module.sentence_spans(article.text, docs)):
        if i and "\n" in article.text[previous_end:a]:
            paragraph += 1
        sentences.append(
            Sentence(article.text[a:b], a, b, article.id, index=i, paragraph=paragraph)
        )
        previous_end = b
    return sentences


def rank(
    groups: Sequence[list[Sentence]],
    ranker: Ranker,
    tokenizer: SpacyTokenizer,
    title: str = "",
    explain: bool = False,
) -> list[Sentence]:
    """New records of the sentences of one article, or of several as one cluster, with their
    score and rank; ``explain`` also fills each one's ``why`` with its strongest signals.
    """
    pool = [s for group in groups for s in group]
    if not pool:
        return []
    doc = rank_input(groups, tokenizer, title)
    scored = [
        replace(s, score=round(float(score), 6))
        for s, score in zip(pool, ranker.score(doc), strict=True)
    ]
    places = {i: r for r, i in enumerate(_by_rank(scored), start=1)}
    ranked = [replace(s, rank=places[i]) for i, s in enumerate(scored)]
    if explain:
        ranked = [
            replace(s, why=f"rank {s.rank} of {len(pool)}, score {s.score:.3f}: {why}")
            for s, why in zip(ranked, describe(doc), strict=True)
        ]
    return ranked


def rank_input(
    groups: Sequence[list[Sentence]], tokenizer: SpacyTokenizer, title: str = ""
) -> RankInput:
    """What a ranker sees of one article's sentences, or of a cluster's."""
    pool = [s for group in groups for s in group]
    return RankInput(
        sentences=[s.text for s in pool],
        tokenizer=tokenizer,
        title=title,
        positions=[s.index for s in pool],
        doc_ids=[g for g, group in enumerate(groups) for _ in group],
        paragraphs=[s.paragraph for s in pool],
    )


def _by_rank(pool: list[Sentence]) -> list[int]:
    # Ties go to the earlier sentence, so results are deterministic.
    return sorted(range(len(pool)), key=lambda i: (-pool[i].score, i))


def select(
    pool: list[Sentence],
    budget: Budget,
    readable: bool = False,
    seen: list[frozenset[str]] | None = None,
    only: set[str] | None = None,
    first: Sequence[int] = (),
) -> list[Sentence]:
    """The best-ranked sentences that fit the budget, back in document order; the indexes in
    ``first`` are tried before the rest (an editor's choice, such as the lead).

    With ``readable``, a sentence that opens by leaning on the one before it
    ("He", "However") comes with that sentence or not at all. With ``readable`` or
    ``seen`` (the words of sentences told before), a sentence that repeats a chosen
    or a told one is skipped. ``only`` limits the choice to those source ids. With
    ``readable``, sentences of several articles are chosen as a cluster (below).
    """
    cluster = readable and len({s.source_id for s in pool}) > 1  # baselines stay plain
    options = (pool, budget, readable, seen, only, first, cluster)
    chosen = _select(*options, skip_short=cluster)
    if cluster:  # then short sentences, while there is room
        chosen = _select(*options, skip_short=False, chosen=chosen)
    return [pool[i] for i in sorted(chosen)]


# Reports of one event by several outlets repeat its facts in other words: in a cluster, a
# sentence with half its content words in a chosen one is a repeat, and a sentence under
# ten words ("He declined to comment.") spends the budget on little. Chosen on
# multinews_longbench.dev.jsonl; bench/cluster_choice.py shows its neighbours (docs/summaries.md).
CLUSTER_NEAR_DUPLICATE = 0.5
CLUSTER_MIN_WORDS = 10


def _select(
    pool, budget, readable, seen, only, first, cluster, skip_short, chosen=frozenset()
) -> set[int]:
    """``chosen`` plus what else fits, best-ranked first."""
    limit = budget.max_sentences(len(pool))
    threshold = CLUSTER_NEAR_DUPLICATE if cluster else NEAR_DUPLICATE
    chosen = set(chosen)
    dedupe = readable or seen is not None
    vocabularies = list(seen or []) + [content_words(pool[i].text) for i in sorted(chosen)]
    words = sum(pool[i].word_count for i in chosen)
    for i in [*first, *(i for i in _by_rank(pool) if i not in first)]:
        if len(chosen) >= limit:
            break
        if i in chosen or (only is not None and pool[i].source_id not in only):
            continue
        if skip_short and pool[i].word_count < CLUSTER_MIN_WORDS and i not in first:
            continue
        unit = _with_antecedents(pool, i, chosen) if readable and i not in first else [i]
        if unit is None or len(chosen) + len(unit) > limit:
            continue
        added = sum(pool[j].word_count for j in unit)
        if budget.words is not None and words + added > budget.words:
            continue
        if dedupe:
            new = [content_words(pool[j].text) for j in unit]
            if any(is_near_duplicate(v, vocabularies, threshold) for v in new):
                continue
            vocabularies += new
        chosen.update(unit)
        words += added
    return chosen


def _with_antecedents(pool: list[Sentence], i: int, chosen: set[int], depth: int = 2):
    """``i`` plus the unchosen sentences it leans on, or None if that chain is too long."""
    unit = [i]
    while is_dangling_opener(pool[unit[0]].text):
        j = unit[0] - 1
        if j in chosen:
            break
        if j < 0 or pool[j].source_id != pool[i].source_id or len(unit) > depth - 1:
            return None
        unit.insert(0, j)
    return unit


def summarize(
    text: str | Article | Sequence[Article],
    *,
    sentences: int | None = None,
    words: int | None = None,
    ratio: float | None = None,
    algorithm: str = "default",
    model: str | None = None,
    title: str = "",
    explain: bool = False,
) -> list[Sentence]:
    """Key sentences of a text, an article, or a cluster of articles, in document order.

    Each returned sentence is an exact slice of its article's text; ``explain``
    fills its ``why``.
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
    pool = rank(groups, ranker, SpacyTokenizer(nlp), title, explain)
    return select(pool, budget, readable=ranker.readable)
