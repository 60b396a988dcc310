"""Property tests: the summarizer's invariants hold for any text, and big texts work."""

from __future__ import annotations

from helpers import SAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import summarize
from briefing.ingest import load_articles

WORDS = st.sampled_from(
    "the council minister said will pledge union strike bank rates talks border "
    "Kovar Ostrava March however he she it 2026 9 percent <b> {{ x }} & \\".split()
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")
TEXT = st.lists(
    st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=6
).map("\n\n".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=TEXT,
    n=st.integers(min_value=1, max_value=5),
    algorithm=st.sampled_from(["default", "lead", "textrank"]),
)
def test_summary_is_ordered_slices_within_budget(text, n, algorithm):
    chosen = summarize(text, sentences=n, algorithm=algorithm)
    assert len(chosen) <= n
    assert [s.start for s in chosen] == sorted(s.start for s in chosen)
    for s in chosen:
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text
    again = summarize(text, sentences=n, algorithm=algorithm)
    assert [(s.start, s.end) for s in again] == [(s.start, s.end) for s in chosen]


@settings(max_examples=25, deadline=None)
@given(text=TEXT, words=st.integers(min_value=1, max_value=60))
def test_word_budget_holds_for_any_text(text, words):
    chosen = summarize(text, words=words)
    assert sum(len(s.text.split()) for s in chosen) <= words


def test_text_over_spacy_max_length_is_chunked_not_rejected():
    paragraphs = [p for a in load_articles([str(SAMPLES)]) for p in a.text.split("\n\n")]
    text = "\n\n".join(f"Update {i}: {paragraphs[i % len(paragraphs)]}" for i in range(12000))
    assert len(text) > 2_000_000
    chosen = summarize(text, sentences=3)
    assert len(chosen) == 3
    for s in chosen:
        assert text[s.start : s.end] == s.text
