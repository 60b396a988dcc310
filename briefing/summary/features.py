"""Sentence features for the default ranker: position, centrality, length, content.

Every feature is computed in one pass over the document (no sentence-by-sentence
similarity matrix), so ranking stays linear in the article's length.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from briefing.nlp.vocabulary import stem, stop_words
from briefing.summary.readability import is_dangling_opener

if TYPE_CHECKING:
    import numpy as np

    from briefing.nlp.tokenizer import SpacyTokenizer

FEATURES = (
    "bias",
    "first",
    "position_inverse",
    "position_relative",
    "paragraph_first",
    "paragraph_inverse",
    "log_words",
    "short",
    "long",
    "centrality",
    "degree",
    "degree_relative",
    "frequency",
    "title_overlap",
    "numbers",
    "capitals",
    "quote",
    "question",
    "dangling",
    "said",
    "log_sentences",
    "paragraph_ratio",
    "relative_length",
)


@dataclass
class RankInput:
    """The sentences of one document (or of a cluster of documents) to score."""

    sentences: list[str]
    tokenizer: SpacyTokenizer
    title: str = ""
    # Index of each sentence within its own article, and which article it is in.
    positions: list[int] = field(default_factory=list)
    doc_ids: list[int] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.positions:
            self.positions = list(range(len(self.sentences)))
        if not self.doc_ids:
            self.doc_ids = [0] * len(self.sentences)
        if not self.paragraphs:
            self.paragraphs = [0] * len(self.sentences)

    @cached_property
    def words(self) -> list[list[str]]:
        return [[w.lower() for w in self.tokenizer.to_words(s)] for s in self.sentences]


_NUMBER = re.compile(r"\d")
_QUOTES = "\"“”'‘’"


def features(doc: RankInput) -> np.ndarray:
    """One row of ``FEATURES`` per sentence of ``doc``."""
    import numpy as np

    stop = stop_words()
    raw = [doc.tokenizer.to_words(s) for s in doc.sentences]
    content = [[w.lower() for w in ws if w.lower() not in stop and w.isalnum()] for ws in raw]
    sizes = Counter(doc.doc_ids)
    centrality = _centrality(content)
    degree = _degree([[stem(w.lower()) for w in ws if w.lower() not in stop] for ws in raw])
    top_degree = max(degree, default=0.0) or 1.0
    frequency = _frequency(content)
    mean_words = sum(len(ws) for ws in raw) / max(len(raw), 1) or 1.0
    paragraphs_of = defaultdict(set)  # one pass: a scan per document was quadratic
    for p, d in zip(doc.paragraphs, doc.doc_ids, strict=True):
        paragraphs_of[d].add(p)
    paragraph_ratio = {d: len(paragraphs_of[d]) / n for d, n in sizes.items()}
    title = {w.lower() for w in doc.tokenizer.to_words(doc.title)} - stop if doc.title else set()
    rows = []
    previous_paragraph: dict[int, int] = {}
    for i, text in enumerate(doc.sentences):
        words = raw[i]
        n_words = max(len(words), 1)
        position = doc.positions[i]
        paragraph = doc.paragraphs[i]
        paragraph_first = previous_paragraph.get(doc.doc_ids[i]) != paragraph
        previous_paragraph[doc.doc_ids[i]] = paragraph
        log_sentences = math.log1p(sizes[doc.doc_ids[i]])
        log_words = math.log1p(len(words))
        rows.append(
            [
                1.0,
                float(position == 0),
                1.0 / (1 + position),
                position / max(sizes[doc.doc_ids[i]] - 1, 1),
                float(paragraph_first),
                1.0 / (1 + paragraph),
                log_words,
                float(len(words) < 8),
                float(len(words) > 40),
                centrality[i],
                degree[i],
                degree[i] / top_degree,
                frequency[i],
                len(title & set(content[i])) / len(title) if title else 0.0,
                sum(bool(_NUMBER.search(w)) for w in words) / n_words,
                sum(w[:1].isupper() for w in words[1:]) / n_words,
                float(any(q in text for q in _QUOTES)),
                float(text.rstrip(_QUOTES).endswith("?")),
                float(is_dangling_opener(text)),
                float(any(w.lower() in ("said", "says") for w in words)),
                log_sentences,
                paragraph_ratio[doc.doc_ids[i]],
                len(words) / mean_words,
            ]
        )
    return np.array(rows, dtype=float).reshape(len(rows), len(FEATURES))


def _centrality(content: list[list[str]]) -> list[float]:
    """Cosine of each sentence's tf-idf vector with the document's centroid."""
    df = Counter(w for ws in content for w in set(ws))
    n = len(content)
    idf = {w: math.log(1 + n / c) for w, c in df.items()}
    centroid: Counter = Counter()
    for ws in content:
        centroid.update({w: idf[w] for w in set(ws)})
    norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    out = []
    for ws in content:
        vec = Counter(ws)
        dot = sum(idf[w] * c * centroid[w] for w, c in vec.items())
        length = math.sqrt(sum((idf[w] * c) ** 2 for w, c in vec.items())) or 1.0
        out.append(dot / (length * norm))
    return out


def _degree(stems: list[list[str]]) -> list[float]:
    """Each sentence's summed similarity to all others, as sumy's Reduction rates it.

    similarity(i, j) = (c_i · c_j) / (log L_i + log L_j) over stemmed content-word
    counts. Grouping the others by length L_j makes this one numpy pass per
    distinct length, instead of a pass per pair of sentences.
    """
    import numpy as np

    vocabulary: dict[str, int] = {}
    word_ids = np.array([vocabulary.setdefault(w, len(vocabulary)) for ws in stems for w in ws])
    sent_ids = np.repeat(np.arange(len(stems)), [len(ws) for ws in stems])
    lengths = np.array([len(ws) for ws in stems])
    if not len(word_ids):
        return [0.0] * len(stems)
    logs = np.log(np.maximum(lengths, 1))
    own = np.array([sum(c * c for c in Counter(ws).values()) for ws in stems], dtype=float)
    token_length = lengths[sent_ids]
    total = np.zeros(len(stems))
    for length in np.unique(lengths[lengths > 0]):
        per_word = np.bincount(word_ids[token_length == length], minlength=len(vocabulary))
        dots = np.bincount(sent_ids, weights=per_word[word_ids], minlength=len(stems))
        dots = dots - np.where(lengths == length, own, 0.0)
        norm = logs + math.log(length)
        total += np.divide(dots, norm, out=np.zeros_like(dots), where=norm > 0)
    return (total / max(len(stems) - 1, 1)).tolist()


def _frequency(content: list[list[str]]) -> list[float]:
    """Mean document probability of a sentence's content words (as in SumBasic)."""
    counts = Counter(w for ws in content for w in ws)
    total = sum(counts.values()) or 1
    return [sum(counts[w] for w in ws) / total / len(ws) if ws else 0.0 for ws in content]


def describe(doc: RankInput, rows: np.ndarray | None = None) -> list[str]:
    """A plain-English account of each sentence's strongest signals, for ``--explain``."""
    import numpy as np

    rows = features(doc) if rows is None else rows
    column = {name: rows[:, k] for k, name in enumerate(FEATURES)}
    n = len(doc.sentences)

    def place(name: str, i: int) -> int:
        return int((column[name] > column[name][i]).sum()) + 1

    out = []
    for i in range(n):
        reasons = [f"sentence {doc.positions[i] + 1} of its article"]
        reasons.append(f"{_ordinal(place('degree', i))} most shared vocabulary of {n}")
        reasons.append(f"{_ordinal(place('centrality', i))} closest to the article's topic")
        if column["title_overlap"][i] > 0:
            reasons.append(f"{column['title_overlap'][i]:.0%} of the title's words")
        reasons.append(f"{int(np.expm1(column['log_words'][i]))} words")
        out.append("; ".join(reasons))
    return out


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
