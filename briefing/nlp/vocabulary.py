"""Text as comparable terms: stop words, stems and tf-idf vectors, for every stage.

Two stop lists remain, each where its results were measured: sumy's English list (the
shipped ranker was trained with it, and sumy's algorithms expect it) and the short list of
function words that near-duplicate checks use (``lexicon.OVERLAP_STOP_WORDS``). Merging
them changes the sample brief and the ROUGE tables (docs/architecture.md), so that waits
for a change that retrains the ranker.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

_SUFFIXES = ("ing", "ed", "es", "s")


@cache
def stop_words() -> frozenset[str]:
    """sumy's English stop words (no NLTK data needed)."""
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


@cache
def stemmer():
    """The Snowball English stemmer, lower-casing as sumy's wrapper of NLTK's does.

    From snowballstemmer 2.x, whose English stems are NLTK's on all but 6 of the 64,000
    words of ../shared/eval: importing NLTK imports scipy.stats, about a second per process.
    snowballstemmer hands the work to PyStemmer (a dependency), its C build of the same
    stemmers, when that is installed.
    """
    import snowballstemmer

    stem_word = snowballstemmer.stemmer("english").stemWord
    return lambda word: stem_word(word.lower())


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return stemmer()(word)


def light_stem(word: str) -> str:
    """Only plural and verb endings, so near-duplicates match "strikes" and "strike"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def tfidf(bags: Sequence[Mapping[str, float]]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors, with sublinear term frequency and smoothed IDF."""
    n = len(bags)
    df = Counter(term for bag in bags for term in bag)
    return [
        unit(
            {
                t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1)
                for t, c in bag.items()
                if c > 0
            }
        )
        for bag in bags
    ]


def unit(vector: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {t: w / norm for t, w in vector.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two unit vectors held as dicts."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())
