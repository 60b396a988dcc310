"""A cheap check that a text is English, so a summary is never faked for another language."""

from __future__ import annotations

import re

from briefing.nlp.lexicon import COMMON

_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 20
MIN_SHARE = 0.12


def looks_english(text: str) -> bool:
    """True unless a text of some length has almost none of English's commonest words."""
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    if len(words) < MIN_WORDS:
        return True  # too short to judge; let it through
    return sum(w in COMMON for w in words) / len(words) >= MIN_SHARE
