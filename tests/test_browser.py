"""The email's HTML part in a real browser (Debian's Chromium, driven by Playwright)."""

from __future__ import annotations

import pytest
from helpers import CHROMIUM, FLAGS, SAMPLES, browser_or_skip

from briefing import Settings, build_briefing, load_articles
from briefing.deliver.mailing import email_html

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page_html():
    return email_html(
        build_briefing(load_articles([str(SAMPLES)]), Settings(title="Morning briefing"))
    )


@pytest.mark.parametrize("width", [600, 375])
def test_email_html_fits_without_horizontal_overflow(page_html, tmp_path, width):
    sync_playwright = browser_or_skip()
    path = tmp_path / "brief.html"
    path.write_text(page_html)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(path.as_uri())
        overflow = page.evaluate(
            "() => [document.documentElement.scrollWidth, window.innerWidth,"
            " [...document.querySelectorAll('body *')].filter("
            "   e => e.getBoundingClientRect().right > window.innerWidth + 1).length]"
        )
        text = page.inner_text("body")
        browser.close()
    scroll_width, inner_width, sticking_out = overflow
    assert scroll_width <= inner_width and sticking_out == 0, overflow
    assert "BOTTOM LINE" in text.upper() and "STORIES" in text.upper()
