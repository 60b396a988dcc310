"""Many articles are grouped without an n x n matrix, into the same groups."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from briefing.stories import grouping


def _vectors(n: int, seed: int = 7):
    rng = random.Random(seed)
    topics = [[f"t{k}_{w}" for w in range(8)] for k in range(n // 4)]
    out = []
    for _ in range(n):
        words = rng.sample(rng.choice(topics), 4) + [
            f"noise{rng.randrange(n * 3)}" for _ in range(3)
        ]
        weight = 1 / len(words) ** 0.5
        out.append({w: weight for w in words})
    return out


@pytest.mark.parametrize("n", [80, 400])
def test_blockwise_grouping_gives_the_dense_groups(monkeypatch, n):
    vectors = _vectors(n)
    kinds = ["news" if i % 7 else "opinion" for i in range(n)]
    day = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    times = [day + dt.timedelta(days=i % 5) for i in range(n)]
    outlets = ["Wire" if i % 3 else "" for i in range(n)]
    options = dict(kinds=kinds, times=times, outlets=outlets)
    dense = grouping.cluster(vectors, **options)
    monkeypatch.setattr(grouping, "DENSE_MAX", 10)
    monkeypatch.setattr(grouping, "BLOCK_ROWS", 7)
    assert grouping.cluster(vectors, **options) == dense
    assert any(len(g) > 1 for g in dense)


def test_many_tiny_articles_stay_in_bounded_memory():
    # 5,000 articles: the dense path would hold a 5,000 x 5,000 float64 matrix (200 MB);
    # the blockwise one holds a block of rows and the pairs that reach the threshold.
    vectors = _vectors(5000)
    groups = grouping.cluster(vectors)
    assert sorted(i for g in groups for i in g) == list(range(5000))


def test_components_are_the_pairs_alike_enough(monkeypatch):
    import numpy as np
    from scipy import sparse

    vectors = _vectors(300)
    terms = sorted({t for v in vectors for t in v})
    index = {t: i for i, t in enumerate(terms)}
    dense = np.zeros((len(vectors), len(terms)), dtype=np.float32)
    for row, v in enumerate(vectors):
        for t, w in v.items():
            dense[row, index[t]] = w
    linked = (dense @ dense.T) >= grouping.SAME_STORY
    expected = {frozenset(np.flatnonzero(_reach(linked, i))) for i in range(len(vectors))}
    monkeypatch.setattr(grouping, "BLOCK_ROWS", 7)
    labels = grouping._components(
        sparse.csr_matrix(dense),
        grouping.SAME_STORY,
        np.zeros(300, int),
        np.full(300, np.nan),
        grouping.MAX_GAP,
        np.full(300, -1),
    )
    got = {frozenset(np.flatnonzero(labels == label)) for label in set(labels.tolist())}
    assert got == expected


def _reach(linked, start):
    import numpy as np

    seen = np.zeros(len(linked), dtype=bool)
    seen[start] = True
    frontier = [start]
    while frontier:
        nxt = np.flatnonzero(linked[frontier].any(axis=0) & ~seen)
        seen[nxt] = True
        frontier = list(nxt)
    return seen
