"""Shared test helpers and fixed data."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from briefing.models import Actor, Briefing, Commitment, Event, Quote, Sentence, Source

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


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
    return Briefing(
        title="Morning briefing",
        date="2026-03-03",
        summary=[
            Sentence(a[:57], 0, 57, "council", index=0, score=0.9, rank=1),
            Sentence(b[:33], 0, 33, "strike", index=0, score=0.8, rank=1),
            Sentence(b[34:], 34, len(b), "strike", index=1, score=0.7, rank=2),
        ],
        actors=[
            Actor("Port Alder", "place", ["Alder"], "", 2, 0.5, ["council"]),
            Actor("Ruth Adeyemi", "person", ["Adeyemi"], "union leader", 3, 0.4, ["strike"]),
        ],
        sources=[
            Source(
                "council", "Council passes budget", "https://example.com/a?x=1&y=2", "2026-03-02"
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
        events=[Event("next week", b[34:], "strike", 34, len(b))],
    )
