"""``briefing eval``: ROUGE of every ranker on a JSONL file of articles and reference summaries.

Rows are ``{"id", "text", "summary" | "summaries"}`` or ``{"id", "documents": [...],
"summaries"}``. Each article is split into sentences once; every ranker then picks
from the same sentences, so the rows differ only in the ranking.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import InputError
from briefing.evaluation.batch import item_articles, read_items
from briefing.models import Article, Sentence
from briefing.nlp import model as nlp_module
from briefing.nlp.tokenizer import SpacyTokenizer
from briefing.settings import Budget
from briefing.summary.rankers import RANKERS
from briefing.summary.readability import dangling
from briefing.summary.summarizer import get_ranker, rank, select, split_article

DAMAGED_FLAGS = ("text_is_lowercased", "text_is_tokenized")
ORACLE = "oracle"


@dataclass
class EvalItem:
    id: str
    articles: list[Article]
    references: list[str]  # each one sentence per line, for ROUGE-Lsum
    sentences: list[list[Sentence]] = field(default_factory=list)


@dataclass
class EvalRow:
    algorithm: str
    rouge1: float = 0.0
    rouge2: float = 0.0
    rougeLsum: float = 0.0
    words: float = 0.0
    dangling: float = 0.0  # share of summaries with a dangling opener
    seconds: float = 0.0
    items: int = 0


def load_items(
    path: Path, include_damaged: bool = False, limit: int | None = None
) -> tuple[list[EvalItem], int]:
    """The usable rows of an eval file, and how many were skipped as damaged."""
    items, skipped = [], 0
    for where, row in read_items(path):
        if not include_damaged and any(row.get(flag) for flag in DAMAGED_FLAGS):
            skipped += 1
            continue
        refs = row.get("summaries") or ([row["summary"]] if row.get("summary") else [])
        if not refs:
            raise InputError('no "summary" or "summaries" in row', where)
        if row.get("summary_sentences") and len(refs) == 1:
            refs = ["\n".join(row["summary_sentences"])]
        items.append(EvalItem(str(row.get("id")), item_articles(row, where), refs))
        if limit and len(items) >= limit:
            break
    return items, skipped


def all_algorithms() -> list[str]:
    return [*RANKERS, ORACLE]


class Scorer:
    """ROUGE-1/2/Lsum F1 with stemming, best over the references."""

    def __init__(self, split_sentences: Callable[[str], list[str]]):
        from rouge_score import rouge_scorer

        self._rouge = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
        self._split = split_sentences

    def prepare(self, reference: str) -> str:
        if "\n" in reference.strip():
            return reference
        return "\n".join(self._split(reference))

    def score(self, summary: list[str], references: list[str]) -> dict[str, float]:
        candidate = "\n".join(summary)
        best: dict[str, float] = {}
        for reference in references:
            result = self._rouge.score(reference, candidate)
            for key, value in result.items():
                best[key] = max(best.get(key, 0.0), value.fmeasure)
        return best


def evaluate(
    items: list[EvalItem],
    algorithms: Sequence[str],
    budget: Budget,
    model: str | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> list[EvalRow]:
    """Mean ROUGE per algorithm; ``progress`` is called with (done, total) after each item."""
    unknown = [a for a in algorithms if a != ORACLE and a not in RANKERS]
    if unknown:
        raise InputError(f"unknown algorithm {unknown[0]!r}; choose from: {all_algorithms()}")
    nlp = nlp_module.load_model(model, "sentences")
    tokenizer = SpacyTokenizer(nlp)
    scorer = Scorer(tokenizer.to_sentences)
    rows = {name: EvalRow(name) for name in algorithms}
    rankers = {name: get_ranker(name) for name in algorithms if name != ORACLE}
    for done, item in enumerate(items, start=1):
        groups = [split_article(a, nlp=nlp) for a in item.articles]
        references = [scorer.prepare(r) for r in item.references]
        for name in algorithms:
            started = time.perf_counter()
            if name == ORACLE:
                chosen = oracle(groups, references, budget, scorer)
            else:
                pool = rank(groups, rankers[name], tokenizer, _title(item))
                chosen = select(pool, budget, readable=rankers[name].readable)
            row = rows[name]
            row.seconds += time.perf_counter() - started
            scores = scorer.score([s.text for s in chosen], references)
            row.rouge1 += scores["rouge1"]
            row.rouge2 += scores["rouge2"]
            row.rougeLsum += scores["rougeLsum"]
            row.words += sum(s.word_count for s in chosen)
            row.dangling += bool(dangling(chosen))
            row.items += 1
        if progress:
            progress(done, len(items))
    for row in rows.values():
        n = row.items or 1
        for key in ("rouge1", "rouge2", "rougeLsum", "words", "dangling"):
            setattr(row, key, getattr(row, key) / n)
    return list(rows.values())


def _title(item: EvalItem) -> str:
    return item.articles[0].title if len(item.articles) == 1 else ""


def oracle(
    groups: list[list[Sentence]], references: list[str], budget: Budget, scorer: Scorer
) -> list[Sentence]:
    """Greedy extractive upper bound: add the sentence that most raises ROUGE-1 + ROUGE-2."""
    pool = [s for g in groups for s in g]
    limit = budget.max_sentences(len(pool))
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < limit:
        words = sum(pool[i].word_count for i in chosen)
        candidates = []
        for i, sentence in enumerate(pool):
            if i in chosen:
                continue
            if budget.words is not None and words + sentence.word_count > budget.words:
                continue
            trial = [pool[j].text for j in sorted([*chosen, i])]
            scores = scorer.score(trial, references)
            candidates.append((scores["rouge1"] + scores["rouge2"], -i, i))
        if not candidates:
            break
        value, _, i = max(candidates)
        if value <= best:
            break
        best = value
        chosen.append(i)
    return [pool[i] for i in sorted(chosen)]


def format_table(rows: list[EvalRow], dataset: str, budget: Budget, skipped: int) -> str:
    size = rows[0].items if rows else 0
    what = (
        f"{budget.sentences} sentences"
        if budget.sentences
        else f"{budget.words} words"
        if budget.words
        else f"ratio {budget.ratio}"
    )
    lines = [
        f"{dataset}: {size} items, {what}, {skipped} damaged rows skipped",
        "ROUGE F1 x100 (rouge-score, stemmed; best over references)",
        "",
        "| algorithm | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | words | dangling | seconds |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(
            f"| {r.algorithm} | {100 * r.rouge1:.2f} | {100 * r.rouge2:.2f} | "
            f"{100 * r.rougeLsum:.2f} | {r.words:.1f} | {100 * r.dangling:.1f}% | {r.seconds:.2f} |"
        )
    return "\n".join(lines)
