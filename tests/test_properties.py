"""Property tests: the summarizer's invariants hold for any text, and big texts work."""

from __future__ import annotations

import pytest
from helpers import SAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing import summarize
from briefing.ingest.load import load_articles

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


@st.composite
def busy_briefings(draw):
    from dataclasses import replace

    from helpers import fixed_briefing

    from briefing.models import Commitment, Sentence, Source, Story

    stories, sources, commitments = [], [], []
    for n in range(draw(st.integers(min_value=1, max_value=40))):
        ids = [f"s{n}-{k}" for k in range(draw(st.integers(min_value=1, max_value=3)))]
        lengths = draw(st.lists(st.integers(1, 900), min_size=1, max_size=5))  # a few overflow
        points = [
            Sentence("w " * (size // 2), 0, size, ids[k % len(ids)], index=k, rank=k + 1)
            for k, size in enumerate(lengths)
        ]
        stories.append(Story(f"d-{n}", "Headline " * draw(st.integers(1, 12)), ids, points))
        sources += [Source(i, "T", outlet="Wire") for i in ids]
        commitments += [Commitment("A", "pledge", "act", "x", i, 0, 1) for i in ids]
    return replace(
        fixed_briefing(),
        stories=stories,
        sources=sources,
        summary=[p for s in stories for p in s.summary],
        bottom_line=[s.summary[0] for s in stories[:3]] if len(stories) > 1 else [],
        commitments=commitments,
        events=[],
        quotes=[],
        sentences=[],
    )


@settings(max_examples=60, deadline=None)
@given(briefing=busy_briefings())
def test_one_page_fit_keeps_the_top_stories_and_only_what_they_need(briefing):
    from briefing.rendering.fitting import PAGE_LINES, estimate_lines, fit_page

    fitted = fit_page(briefing)
    assert [s.id for s in fitted.stories] == [s.id for s in briefing.stories][: len(fitted.stories)]
    assert fitted.stories
    for kept, original in zip(fitted.stories, briefing.stories, strict=False):
        assert all(s in original.summary for s in kept.summary)
    shown = {i for s in fitted.stories for i in s.source_ids}
    assert {s.id for s in fitted.sources} == shown
    assert all(c.source_id in shown for c in fitted.commitments)
    assert all(s in fitted.summary for s in fitted.bottom_line)
    assert estimate_lines(fitted) <= PAGE_LINES or len(fitted.stories) == 1


@pytest.mark.parametrize("count", [1, 2, 3])
def test_a_brief_of_few_long_stories_is_fitted(count):
    from dataclasses import replace

    from helpers import fixed_briefing

    from briefing.models import Sentence, Source, Story
    from briefing.rendering.fitting import PAGE_LINES, estimate_lines, fit_page

    stories = [
        Story(f"d-{n}", "A headline", [f"s{n}"], [
            Sentence("word " * 180, 0, 900, f"s{n}", index=k, rank=k + 1) for k in range(6)
        ])
        for n in range(count)
    ]  # fmt: skip
    brief = replace(
        fixed_briefing(),
        stories=stories,
        sources=[Source(f"s{n}", "T") for n in range(count)],
        summary=[p for s in stories for p in s.summary],
        bottom_line=[s.summary[0] for s in stories] if count > 1 else [],
    )
    fitted = fit_page(brief)
    assert len(fitted.stories) >= 1
    assert estimate_lines(fitted) <= PAGE_LINES


def test_a_cut_story_keeps_the_point_that_goes_with_its_headline():
    """The first point is the central article's lead; the headline is that article's title.
    A better-ranked point of another article in the story must not replace it."""
    from briefing.models import Sentence
    from briefing.rendering.fitting import _best

    lead = Sentence("The central article's lead.", 0, 27, "a", index=0, rank=3)
    other = Sentence("Another article's best sentence.", 0, 32, "b", index=0, rank=1)
    third = Sentence("A third point.", 0, 14, "b", index=1, rank=2)
    assert _best([lead, other, third], 1) == [lead]
    assert _best([lead, other, third], 2) == [lead, other]
    assert _best([lead, other, third], 0) == []


def test_the_top_stories_keep_a_point_of_their_own_before_the_lists_go_short():
    """On a busy day the top stories' own points come before a third commitment or a
    second event: a story left with only its bottom-line sentence says its headline twice."""
    from dataclasses import replace

    from helpers import fixed_briefing

    from briefing.models import Commitment, Event, Sentence, Source, Story
    from briefing.rendering.fitting import fit_page

    stories = [
        Story(f"d-{n}", "A headline of a story", [f"s{n}"], [
            Sentence("word " * 50, 0, 250, f"s{n}", index=k, rank=k + 1) for k in range(3)
        ])
        for n in range(20)
    ]  # fmt: skip
    events = [Event("on Friday", "word " * 55, "s0", 0, 10) for _ in range(4)]
    commitments = [Commitment("Actor", "pledge", "act " * 30, "x", "s0", 0, 1) for _ in range(6)]
    brief = replace(
        fixed_briefing(),
        stories=stories,
        sources=[Source(f"s{n}", "T", outlet="Wire") for n in range(20)],
        summary=[p for s in stories for p in s.summary],
        bottom_line=[s.summary[0] for s in stories[:3]],
        commitments=commitments,
        events=events,
        quotes=[],
        sentences=[],
    )
    fitted = fit_page(brief)
    assert len(fitted.stories) == 3
    assert all(len(s.summary) >= 2 for s in fitted.stories)
