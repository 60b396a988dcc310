"""A guess at an article's section from its words, for articles that name none (a JSONL or
folder without sections): a small naive Bayes over BBC's five categories, trained by
`bench/train_topics.py` and shipped as `topic_weights.json`."""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

WEIGHTS_PATH = Path(__file__).with_name("topic_weights.json")
WORDS = 300  # the title and the first words say what an article is about
EVIDENCE = 30
_WORD = re.compile(r"[a-z][a-z'-]+")


def words(title: str, text: str) -> list[str]:
    """The lower-cased words the guess reads: the title's and the text's first WORDS."""
    return _WORD.findall(title.lower()) + _WORD.findall(text.lower())[:WORDS]


class TopicModel:
    def __init__(self, weights: dict) -> None:
        self.labels: list[str] = weights["labels"]
        self.prior: list[float] = weights["prior"]
        self.table: dict[str, list[float]] = weights["words"]

    def probabilities(self, title: str, text: str) -> dict[str, float]:
        """Each category's probability; empty when the model knows none of the words."""
        sums, known = [0.0] * len(self.labels), 0
        for word in words(title, text):
            row = self.table.get(word)
            if row is not None:
                sums = [s + w for s, w in zip(sums, row, strict=True)]
                known += 1
        # Words are not independent: hundreds of them make naive Bayes sure of anything.
        # Their evidence is counted as EVIDENCE words' worth at most.
        if not known:
            return {}
        scale = min(1.0, EVIDENCE / known)
        scores = [p + scale * s for p, s in zip(self.prior, sums, strict=True)]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.labels, exp, strict=True)}

    def best(self, title: str, text: str) -> str:
        chances = self.probabilities(title, text)
        return max(chances, key=chances.__getitem__) if chances else ""


@lru_cache(maxsize=1)
def default_model() -> TopicModel:
    return TopicModel(json.loads(WEIGHTS_PATH.read_text()))
