"""A cheap check that a text is English, so a summary is never faked for another language."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
# The most frequent English function words: any English prose is full of them.
COMMON = frozenset(
    "the of and to a in is that for it on was with as he she be by at are this have from "
    "or had not but his her they their its an were which been has will would said there".split()
)
MIN_WORDS = 20
MIN_SHARE = 0.12


def looks_english(text: str) -> bool:
    """True unless a text of some length has almost none of English's commonest words."""
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    if len(words) < MIN_WORDS:
        return True  # too short to judge; let it through
    return sum(w in COMMON for w in words) / len(words) >= MIN_SHARE
