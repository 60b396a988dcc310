"""Checks that keep a summary readable on its own: no dangling openers, no repeats."""

from __future__ import annotations

import re

from briefing.models import Sentence
from briefing.nlp.lexicon import DANGLING_OPENERS, DEMONSTRATIVES, OVERLAP_STOP_WORDS, TIME_NOUNS
from briefing.nlp.vocabulary import light_stem

_FIRST_WORD = re.compile(r"[^\w]*(\w+)")
_WORD = re.compile(r"\w+")

# Two reports of one event often say the same thing in other words; 0.65 of the shorter
# sentence's stems in common caught those in the samples and kept distinct facts apart.
NEAR_DUPLICATE = 0.65


def first_word(text: str) -> str:
    match = _FIRST_WORD.match(text)
    return match.group(1) if match else ""


def is_dangling_opener(text: str) -> bool:
    """True when the sentence opens with a pronoun or a connective (the ranker's feature and
    the selection rule, as the shipped weights and the ROUGE tables were made with)."""
    return first_word(text).lower() in DANGLING_OPENERS


def is_truly_dangling(text: str) -> bool:
    """``is_dangling_opener``, except that "This week," and "That evening" name a time, not
    something said before: an article's lead that opens so is still its lead."""
    words = _WORD.findall(text[:60].lower())
    if not words or words[0] not in DANGLING_OPENERS:
        return False
    return not (words[0] in DEMONSTRATIVES and len(words) > 1 and words[1] in TIME_NOUNS)


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
        light_stem(w)
        for w in _WORD.findall(text.lower())
        if w.isdigit() or (len(w) > 2 and w not in OVERLAP_STOP_WORDS)
    )


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller sentence's words that the other one also has."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def is_near_duplicate(
    words: frozenset[str], chosen: list[frozenset[str]], threshold: float = NEAR_DUPLICATE
) -> bool:
    return any(overlap(words, other) >= threshold for other in chosen)
