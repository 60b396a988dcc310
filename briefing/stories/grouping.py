"""Grouping articles about the same event: TF-IDF over topic words, average-link clustering."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from briefing.nlp.model import sents

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Two articles (or groups) join when their average cosine similarity reaches this;
# chosen with bench/cluster_eval.py (docs/stories.md).
SAME_STORY = 0.15
# Reports more than this far apart are different stories (or a follow-up, via the memory).
MAX_GAP = dt.timedelta(days=3)
# An outlet seldom files two reports of one event on one day; when it does (an update, a
# duplicate) they are close. Two reports of one named outlet need this much more: on 60 BBC
# dev articles it cut topical merges (one campaign, one sport) from 27 articles to 6
# (docs/stories.md). Reports of different or unknown outlets are unchanged.
SAME_OUTLET_MARGIN = 0.15

TOPIC_POS = frozenset({"NOUN", "PROPN"})
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "PRODUCT"})
LEAD_SENTENCES = 3  # words in an article's opening sentences count twice
# Above this many articles the n x n matrix is not built: pairs that reach the threshold are
# found a block of rows at a time and clustered within their connected components, which
# gives the same groups (average linkage never joins groups with no pair at the threshold).
DENSE_MAX = 2000
COMPONENT_MAX = 1000
BLOCK_ROWS = 500


def topic_terms(docs: Iterable[tuple[int, Doc]]) -> Counter[str]:
    """What an article is about: noun lemmas and named entities, its lead counting double."""
    terms: Counter[str] = Counter()
    sentence = 0
    for _, doc in docs:
        for sent in sents(doc):
            weight = 2 if sentence < LEAD_SENTENCES else 1
            sentence += 1
            for token in sent:
                if token.pos_ in TOPIC_POS and token.is_alpha and not token.is_stop:
                    terms[token.lemma_.lower()] += weight
        for ent in doc.ents:
            if ent.label_ in NAMED:
                terms["=" + " ".join(ent.text.lower().split())] += 1
    return terms


def similarities(vectors: Sequence[Mapping[str, float]]):
    """The cosine similarity of every pair, as a dense matrix."""
    import numpy as np

    shared = _shared_terms(vectors)
    matrix = np.zeros((len(vectors), len(shared)), dtype=np.float32)
    for row, vector in enumerate(vectors):
        for term, weight in vector.items():
            if term in shared:
                matrix[row, shared[term]] = weight
    return matrix @ matrix.T


def _shared_terms(vectors: Sequence[Mapping[str, float]]) -> dict[str, int]:
    """A column for each term in two or more vectors (the others add nothing to a cosine)."""
    df = Counter(t for v in vectors for t in v)
    return {t: i for i, t in enumerate(t for t, d in df.items() if d > 1)}


def cluster(
    vectors: Sequence[Mapping[str, float]],
    threshold: float = SAME_STORY,
    kinds: Sequence[str] | None = None,
    times: Sequence[dt.datetime | None] | None = None,
    max_gap: dt.timedelta = MAX_GAP,
    outlets: Sequence[str] | None = None,
) -> list[list[int]]:
    """Groups of indexes into ``vectors`` (from ``tfidf``), merging while the average
    similarity reaches ``threshold``; groups come biggest first, then by first member.

    Articles of different ``kinds`` (news, opinion, ...) or published more than ``max_gap``
    apart are never in one group: a later report of the same event is a follow-up. Two
    articles of the same named outlet need ``SAME_OUTLET_MARGIN`` more."""

    n = len(vectors)
    if n == 0:
        return []
    codes = _outlet_codes(outlets, n)
    if n > DENSE_MAX:
        return _cluster_large(vectors, threshold, kinds, times, max_gap, codes)
    return _cluster_dense(vectors, threshold, kinds, times, max_gap, codes)


def outlet_key(outlet: str) -> str:
    """How two reports' outlets compare: "BBC News" is "bbc news"; "" names none."""
    return outlet.strip().lower()


def _outlet_codes(outlets: Sequence[str] | None, n: int):
    """A number per named outlet; -1 for none, so unnamed reports never share one."""
    import numpy as np

    if outlets is None:
        return np.full(n, -1, dtype=np.int64)
    numbers: dict[str, int] = {}
    names = [outlet_key(o) for o in outlets]
    return np.array(
        [numbers.setdefault(name, len(numbers)) if name else -1 for name in names],
        dtype=np.int64,
    )


def _same_outlet(a, b):
    """Element-wise: the same named outlet (code arrays, or one broadcast against another)."""
    return (a == b) & (a >= 0)


def _cluster_dense(vectors, threshold, kinds, times, max_gap, codes) -> list[list[int]]:
    import numpy as np

    n = len(vectors)
    sims = similarities(vectors).astype(np.float64)
    sims[_same_outlet(codes[:, None], codes[None, :])] -= SAME_OUTLET_MARGIN
    sims[_apart(n, kinds, times, max_gap)] = -np.inf
    np.fill_diagonal(sims, -np.inf)
    members = {i: [i] for i in range(n)}
    while len(members) > 1:
        flat = int(np.argmax(sims))
        i, j = divmod(flat, n)
        if sims[i, j] < threshold:
            break
        a, b = len(members[i]), len(members[j])
        merged = (a * sims[i] + b * sims[j]) / (a + b)  # average linkage
        sims[i], sims[:, i] = merged, merged
        sims[i, i] = -np.inf
        sims[j], sims[:, j] = -np.inf, -np.inf
        members[i] += members.pop(j)
    groups = [sorted(m) for m in members.values()]
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def _apart(n: int, kinds, times, max_gap: dt.timedelta):
    """Pairs that may never share a group (an n x n boolean matrix)."""
    import numpy as np

    apart = np.zeros((n, n), dtype=bool)
    if kinds is not None:
        labels = np.array(kinds, dtype=object)
        apart |= labels[:, None] != labels[None, :]
    if times is not None:
        stamps = np.array([t.timestamp() if t else np.nan for t in times], dtype=float)
        with np.errstate(invalid="ignore"):
            apart |= np.abs(stamps[:, None] - stamps[None, :]) > max_gap.total_seconds()
    return apart


def _cluster_large(vectors, threshold, kinds, times, max_gap, codes) -> list[list[int]]:
    """``cluster`` for many articles, in memory that grows with the pairs that are alike."""
    from scipy import sparse

    n = len(vectors)
    shared = _shared_terms(vectors)
    rows, cols, data = [], [], []
    for row, vector in enumerate(vectors):
        for term, weight in vector.items():
            if term in shared:
                rows.append(row)
                cols.append(shared[term])
                data.append(weight)
    matrix = sparse.csr_matrix((data, (rows, cols)), shape=(n, len(shared)), dtype="float32")
    labels = _components(
        matrix, threshold, _kind_codes(kinds, n), _stamps(times, n), max_gap, codes
    )
    components: dict[int, list[int]] = {}
    for i, label in enumerate(labels.tolist()):
        components.setdefault(label, []).append(i)
    groups = []
    for members in components.values():
        if len(members) == 1 or len(members) > COMPONENT_MAX:
            groups.append(members)  # a component too big to average: its pairs link it
            continue
        sub = _cluster_dense(
            [vectors[i] for i in members],
            threshold,
            [kinds[i] for i in members] if kinds is not None else None,
            [times[i] for i in members] if times is not None else None,
            max_gap,
            codes[members],
        )
        groups += [[members[k] for k in group] for group in sub]
    return sorted((sorted(g) for g in groups), key=lambda g: (-len(g), g[0]))


def _components(matrix, threshold: float, kinds, stamps, max_gap: dt.timedelta, codes):
    """Connected components of the pairs alike enough to join (and never kept apart),
    found a block of rows at a time: memory grows with a block, not with n x n."""
    import numpy as np
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    n = matrix.shape[0]
    labels = np.arange(n)
    for start in range(0, n, BLOCK_ROWS):
        block = (matrix[start : start + BLOCK_ROWS] @ matrix.T).tocoo()
        i, j = block.row + start, block.col
        same = _same_outlet(codes[i], codes[j])
        keep = (block.data - SAME_OUTLET_MARGIN * same >= threshold) & (i < j)
        keep &= kinds[i] == kinds[j]
        with np.errstate(invalid="ignore"):  # NaN: no date, never too far apart
            keep &= ~(np.abs(stamps[i] - stamps[j]) > max_gap.total_seconds())
        # the components so far (each article to its component's first article) plus this
        # block's pairs
        first = np.full(labels.max() + 1, n)
        np.minimum.at(first, labels, np.arange(n))
        rows = np.concatenate([np.arange(n), i[keep]])
        cols = np.concatenate([first[labels], j[keep]])
        graph = sparse.coo_matrix((np.ones(len(rows), dtype=np.int8), (rows, cols)), (n, n))
        labels = connected_components(graph, directed=False)[1]
    return labels


def _kind_codes(kinds, n: int):
    import numpy as np

    if kinds is None:
        return np.zeros(n, dtype=np.int64)
    codes = {k: c for c, k in enumerate(dict.fromkeys(kinds))}
    return np.array([codes[k] for k in kinds], dtype=np.int64)


def _stamps(times, n: int):
    import numpy as np

    if times is None:
        return np.full(n, np.nan)
    return np.array([t.timestamp() if t else np.nan for t in times], dtype=float)
