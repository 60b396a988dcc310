"""The default HTML brief prints on one page, A4 and Letter, in real Chromium."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from helpers import CHROMIUM, FLAGS, SAMPLES, browser_or_skip, fixed_briefing

from briefing import Settings, build_briefing, load_articles
from briefing.models import Article, Event, Sentence, Source, Story
from briefing.rendering.fitting import fit_page
from briefing.rendering.templating import render
from briefing.settings import Budget

LONG = (
    "The committee said on Monday that it would publish the full report on the port's "
    "finances, the budget for the new terminal and the terms of the loan by the end of the "
    "month, after weeks of questions from councillors and unions about the cost overruns"
)

pytestmark = pytest.mark.browser


def printed_pages(html: str, tmp_path) -> dict[str, int]:
    sync_playwright = browser_or_skip()
    path = tmp_path / "brief.html"
    path.write_text(html)
    pages = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        page.goto(path.as_uri())
        for paper in ("A4", "Letter"):
            pdf = page.pdf(format=paper)
            pages[paper] = len(re.findall(rb"/Type\s*/Page\b", pdf))
        browser.close()
    return pages


def busy_day():
    """Thirty stories of long sentences with many commitments and events: a heavy day."""
    base = fixed_briefing()
    stories, sources, sentences, commitments, events = [], [], [], [], []
    for n in range(30):
        ids = [f"s{n}-{k}" for k in range(3)]
        points = [
            Sentence(f"{LONG} ({n}.{k}).", 0, 200, ids[k], index=k, rank=k + 1) for k in range(3)
        ]
        stories.append(Story(f"2026-03-03-{n}", f"Story {n}: {LONG[:90]}", ids, points, 3))
        sources += [
            Source(i, f"Report {i}", f"https://example.com/{i}", outlet="Wire") for i in ids
        ]
        sentences += points
        commitments += [replace(base.commitments[0], source_id=i, action=LONG[:80]) for i in ids]
        events += [Event("by the end of the month", LONG, i, 0, 10) for i in ids]
    return replace(
        base,
        stories=stories,
        sources=sources,
        summary=sentences,
        bottom_line=[s.summary[0] for s in stories[:3]],
        commitments=commitments,
        events=events,
        actors=base.actors * 8,
    )


def test_a_day_of_a_dozen_articles_prints_on_one_page(tmp_path):
    briefing = build_briefing(load_articles([str(SAMPLES)]), Settings(date="2026-03-03"))
    assert len(briefing.sources) >= 10
    assert printed_pages(render(briefing, "html"), tmp_path) == {"A4": 1, "Letter": 1}


def test_a_heavy_day_is_trimmed_to_one_page_keeping_the_top_stories(tmp_path):
    day = busy_day()
    assert printed_pages(render(day, "html"), tmp_path)["Letter"] > 2  # the test has teeth
    fitted = fit_page(day)
    assert printed_pages(render(fitted, "html"), tmp_path) == {"A4": 1, "Letter": 1}
    assert [s.id for s in fitted.stories] == [s.id for s in day.stories[: len(fitted.stories)]]
    assert len(fitted.stories) >= 3 and all(s.summary for s in fitted.stories)
    shown = {i for s in fitted.stories for i in s.source_ids}
    assert {s.id for s in fitted.sources} == shown
    assert all(c.source_id in shown for c in fitted.commitments)


@pytest.mark.parametrize("sentences", [1, 5])
def test_one_long_article_fits_whatever_the_budget(tmp_path, sentences):
    text = "\n\n".join(f"{LONG} (paragraph {i})." for i in range(40))
    briefing = build_briefing(
        [Article("long", text, title="A long report")], Settings(budget=Budget(sentences=sentences))
    )
    assert printed_pages(render(briefing, "html"), tmp_path) == {"A4": 1, "Letter": 1}


def test_real_dev_days_print_on_one_page_and_fill_it(tmp_path):
    """BBC dev days that overflowed Letter when the fitter counted 60 lines to the page."""
    import json
    import random

    from helpers import shared_or_skip

    rows = [json.loads(x) for x in shared_or_skip("bbc_news_summary.dev.jsonl").open()]
    sync_playwright = browser_or_skip()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page()
        for seed, count in ((3, 12), (6, 30)):
            day = rows[:]
            random.Random(seed).shuffle(day)
            articles = [Article(r["id"], r["text"], title=r["title"]) for r in day[:count]]
            html = render(build_briefing(articles, Settings(date="2026-03-03")), "html")
            # Letter's printable area at 96 px to the inch, inside the 12 mm margins
            page.set_viewport_size({"width": 725, "height": 800})
            page.emulate_media(media="print")
            page.set_content(html)
            used = page.evaluate("document.documentElement.scrollHeight")
            assert 0.85 <= used / 965 <= 1.0, (seed, used)
            for paper in ("A4", "Letter"):
                pdf = page.pdf(format=paper)
                assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1, (seed, paper)
        browser.close()
