"""Sentence rankers: each scores every sentence of a document, higher is better.

One small class per algorithm behind the ``RANKERS`` name table, as in sumy.
Selection under the length budget happens in ``summarizer``, not here.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

from briefing.nlp.lexicon import STIGMA_WORDS
from briefing.nlp.vocabulary import stemmer, stop_words
from briefing.summary.features import FEATURES, RankInput, features


class Ranker:
    name = ""
    # Whether selection drops near-duplicates and dangling openers (see readability).
    readable = False

    def score(self, doc: RankInput) -> list[float]:
        raise NotImplementedError


class LeadRanker(Ranker):
    """Earlier is better; across several articles this takes firsts, then seconds."""

    name = "lead"

    def score(self, doc: RankInput) -> list[float]:
        return [1.0 / (1 + p) for p in doc.positions]


class SumyRanker(Ranker):
    """Any sumy summarizer, made to rate every sentence instead of picking N."""

    sumy_class: str = ""

    def score(self, doc: RankInput) -> list[float]:
        from sumy.models.dom import ObjectDocumentModel, Paragraph
        from sumy.models.dom import Sentence as SumySentence

        heading = [SumySentence(doc.title, doc.tokenizer, is_heading=True)] if doc.title else []
        paragraphs = [Paragraph(heading + [SumySentence(s, doc.tokenizer) for s in doc.sentences])]
        ratings: dict[int, float] = {}

        def keep_all(infos):  # sumy sorts by rating, then calls this to cut the list
            for info in infos:
                ratings[info.order] = float(info.rating)
            return infos

        self.summarizer(doc)(ObjectDocumentModel(paragraphs), keep_all)
        return [ratings.get(i, 0.0) for i in range(len(doc.sentences))]

    def summarizer(self, doc: RankInput):
        import importlib

        module, cls = self.sumy_class.rsplit(".", 1)
        summarizer = getattr(importlib.import_module(module), cls)(stemmer())
        if hasattr(summarizer, "stop_words"):
            summarizer.stop_words = stop_words()
        return summarizer


class LexRankRanker(SumyRanker):
    name = "lexrank"
    sumy_class = "sumy.summarizers.lex_rank.LexRankSummarizer"


class TextRankRanker(SumyRanker):
    name = "textrank"
    sumy_class = "sumy.summarizers.text_rank.TextRankSummarizer"


class LsaRanker(SumyRanker):
    name = "lsa"
    sumy_class = "sumy.summarizers.lsa.LsaSummarizer"


class LuhnRanker(SumyRanker):
    name = "luhn"
    sumy_class = "sumy.summarizers.luhn.LuhnSummarizer"


class KlRanker(SumyRanker):
    name = "kl"
    sumy_class = "sumy.summarizers.kl.KLSummarizer"


class SumBasicRanker(SumyRanker):
    name = "sumbasic"
    sumy_class = "sumy.summarizers.sum_basic.SumBasicSummarizer"


class ReductionRanker(SumyRanker):
    name = "reduction"
    sumy_class = "sumy.summarizers.reduction.ReductionSummarizer"


class EdmundsonRanker(SumyRanker):
    """Edmundson needs word lists: the title's words are the bonus words."""

    name = "edmundson"
    sumy_class = "sumy.summarizers.edmundson.EdmundsonSummarizer"
    stigma_words = STIGMA_WORDS

    def summarizer(self, doc: RankInput):
        summarizer = super().summarizer(doc)
        stop = stop_words()
        summarizer.null_words = stop
        summarizer.stigma_words = self.stigma_words
        summarizer.bonus_words = _keywords(doc, stop) or ("said",)
        return summarizer


def _keywords(doc: RankInput, stop: frozenset[str], n: int = 10) -> list[str]:
    title = [w.lower() for w in doc.tokenizer.to_words(doc.title)] if doc.title else []
    if title:
        return [w for w in title if w not in stop]
    counts = Counter(w for ws in doc.words for w in ws if w not in stop and w.isalpha())
    return [w for w, _ in counts.most_common(n)]


WEIGHTS_PATH = Path(__file__).with_name("ranker_weights.json")


@cache
def _shipped_weights() -> dict:
    return json.loads(WEIGHTS_PATH.read_text())


class DefaultRanker(Ranker):
    """Small networks over position, centrality, length and content features.

    Trained on reference summaries by ``python -m briefing.training``; the
    weights ship in ``ranker_weights.json``. Linear in the number of sentences.
    """

    name = "default"
    readable = True

    def __init__(self, weights: dict | None = None):
        import numpy as np

        weights = weights or _shipped_weights()
        if weights["features"] != list(FEATURES):
            raise ValueError("ranker weights do not match the feature list; retrain them")
        self._mean = np.array(weights["mean"])
        self._std = np.array(weights["std"])
        self._networks = [
            (np.array(n["hidden"]), np.array(n["bias"]), np.array(n["output"]))
            for n in weights["networks"]
        ]

    def score(self, doc: RankInput) -> list[float]:
        import numpy as np

        if not doc.sentences:
            return []
        z = (features(doc) - self._mean) / self._std
        total = np.zeros(len(doc.sentences))
        for hidden, bias, output in self._networks:
            s = np.tanh(z @ hidden + bias) @ output
            total += (s - s.mean()) / (s.std() or 1.0)
        total /= len(self._networks)
        if len(set(doc.doc_ids)) > 1:
            earlier = total - CLUSTER_POSITION_WEIGHT * np.array(doc.positions)
            return _round_robin(earlier, doc.doc_ids)
        return total.tolist()


# In a cluster, a sentence's place in its own article counts this much (in standardised
# score units per sentence) when ordering that article's sentences; chosen on
# multinews_longbench.dev.jsonl from 0.1, 0.3 and 1.0 (docs/summaries.md).
CLUSTER_POSITION_WEIGHT = 0.3


def _round_robin(scores, doc_ids: list[int]) -> list[float]:
    """Across several articles: each one's best sentence first, then each one's second...

    Reports of one event share their lead facts, so taking every source's best sentence
    before anyone's second covers more of the story (and the budget picks the order).
    """
    by_doc: dict[int, list[int]] = {}
    for i, d in enumerate(doc_ids):
        by_doc.setdefault(d, []).append(i)
    out = [0.0] * len(doc_ids)
    for members in by_doc.values():
        ranked = sorted(members, key=lambda i: -scores[i])
        for place, i in enumerate(ranked):
            out[i] = -place + 0.001 * float(scores[i])
    return out


RANKERS: dict[str, type[Ranker]] = {
    cls.name: cls
    for cls in (
        DefaultRanker,
        LeadRanker,
        LexRankRanker,
        TextRankRanker,
        LsaRanker,
        LuhnRanker,
        EdmundsonRanker,
        KlRanker,
        SumBasicRanker,
        ReductionRanker,
    )
}
