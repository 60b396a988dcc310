"""Shared test helpers and fixed data."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from briefing.models import (
    Actor,
    Briefing,
    Commitment,
    Event,
    Link,
    Quote,
    Sentence,
    Source,
    Story,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def shared_or_skip(name: str) -> Path:
    """A file of ../shared/eval (real data read-only beside the clone); CI must have it."""
    path = SHARED_EVAL / name
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must have {path}")
        pytest.skip(f"needs {path}")
    return path


def browser_or_skip():
    """Playwright's sync API driving Debian's Chromium; CI must have both."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is None or not os.path.exists(CHROMIUM):
        if os.environ.get("CI") == "true":
            pytest.fail("CI must have Chromium (Debian's chromium) and Playwright")
        pytest.skip("needs Debian's chromium and the playwright package")
    return sync_playwright


def briefing_exe() -> str:
    exe = Path(sys.executable).with_name("briefing")
    return str(exe) if exe.exists() else shutil.which("briefing")


def assert_one_line_error(proc, *needles):
    assert proc.returncode != 0
    lines = proc.err.strip().splitlines()
    assert len(lines) == 1, proc.err
    assert "Traceback" not in proc.err
    for needle in needles:
        assert needle in lines[0], lines[0]


def fixed_briefing() -> Briefing:
    """A briefing built by hand, so golden files do not depend on a model."""
    a = "In Port Alder, the council voted 7 to 2 for a new budget. Parks get more money."
    b = "Workers <b>walked out</b> at 6am. The union said it would return if pay rose 9%."
    council = [Sentence(a[:57], 0, 57, "council", index=0, score=0.9, rank=1)]
    strike = [
        Sentence(b[:33], 0, 33, "strike", index=0, score=0.8, rank=1),
        Sentence(b[34:], 34, len(b), "strike", index=1, score=0.7, rank=2),
    ]
    return Briefing(
        title="Morning briefing",
        date="2026-03-03",
        summary=council + strike,
        stories=[
            Story("2026-03-03-1", "Council passes budget", ["council"], council, 1, "2026-03-02"),
            Story(
                "2026-03-02-4",
                "Strike at the port",
                ["strike"],
                strike,
                follow_up=True,
                previously="2026-03-02",
            ),
        ],
        bottom_line=[council[0], strike[0]],
        actors=[
            Actor("Port Alder", "place", ["Alder"], "", 2, 0.5, ["council"]),
            Actor("Ruth Adeyemi", "person", ["Adeyemi"], "union leader", 3, 0.4, ["strike"]),
        ],
        sources=[
            Source(
                "council",
                "Council passes budget",
                "https://example.com/a?x=1&y=2",
                "2026-03-02",
                outlet="Alder Gazette",
            ),
            Source("strike", "Strike at the port", "", ""),
        ],
        commitments=[
            Commitment(
                actor="Coastal Transport Workers Union",
                type="pledge",
                action="return to work",
                text=b[34:],
                source_id="strike",
                start=34,
                end=len(b),
                condition="if pay rose 9%",
                time="next week",
            )
        ],
        quotes=[Quote("We will return if pay rises", "Ruth Adeyemi", "strike", 40, 67)],
        events=[Event("next week", b[34:], "strike", 34, len(b), date="2026-03-09")],
        more=[Link("Ferry <b>timetable</b> changes", "https://example.com/ferry", "Alder Gazette")],
        also=[Link("The view on the strike | Letters", "", "", "letters")],
        articles=3,
    )
