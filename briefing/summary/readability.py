"""Checks that keep a summary readable on its own: no dangling openers, no repeats."""

from __future__ import annotations

import re

from briefing.models import Sentence
from briefing.nlp.lexicon import DANGLING_OPENERS

_FIRST_WORD = re.compile(r"[^\w]*(\w+)")
_WORD = re.compile(r"\w+")

# Two reports of one event often say the same thing in other words; 0.65 of the shorter
# sentence's stems in common caught those in the samples and kept distinct facts apart.
NEAR_DUPLICATE = 0.65

# Function words carry no content; without them, overlap measures what is said.
STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers him his how i if in into is
    it its itself just me more most my no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your said says say told tell
    """.split()
)
_SUFFIXES = ("ing", "ed", "es", "s")


def first_word(text: str) -> str:
    match = _FIRST_WORD.match(text)
    return match.group(1) if match else ""


def is_dangling_opener(text: str) -> bool:
    """True when the sentence opens with an unresolved pronoun or a connective."""
    return first_word(text).lower() in DANGLING_OPENERS


def dangling(chosen: list[Sentence]) -> list[Sentence]:
    """Chosen sentences that open by leaning on a sentence that was left out."""
    present = {(s.source_id, s.index) for s in chosen}
    return [
        s
        for s in chosen
        if is_dangling_opener(s.text) and (s.source_id, s.index - 1) not in present
    ]


def content_words(text: str) -> frozenset[str]:
    """The stems of a sentence's content words and its numbers."""
    return frozenset(
        _stem(w)
        for w in _WORD.findall(text.lower())
        if w.isdigit() or (len(w) > 2 and w not in STOP_WORDS)
    )


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller sentence's words that the other one also has."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def is_near_duplicate(words: frozenset[str], chosen: list[frozenset[str]]) -> bool:
    return any(overlap(words, other) >= NEAR_DUPLICATE for other in chosen)
