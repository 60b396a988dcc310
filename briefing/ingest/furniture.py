"""Page furniture that extraction kept: share prompts, location and reprint notices. A
sentence of it is no key point and names no actor; a page of nothing else is no article."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefing.nlp.lexicon import (
    BOILERPLATE,
    CAPTION_LABEL,
    PAGE_STAMP,
    PHOTO_CREDIT,
    PICTURED_POSITION,
    SLIDE_COUNTER,
    WIRE_CAPTION_END,
)

if TYPE_CHECKING:
    from briefing.models import Sentence


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression, as written ("a|b(c|d)" gives
    "a" and "b(c|d)")."""
    out, current, depth, i = [], "", 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current, i = current + pattern[i : i + 2], i + 2
            continue
        if ch == "[":  # a class: its "|" and brackets are characters
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            j += pattern[j : j + 1] == "]"
            while pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            current, i = current + pattern[i : j + 1], j + 1
            continue
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += ch
        i += 1
    return [*out, current]


def factored(patterns) -> str:
    """One alternation of ``patterns`` with a shared leading "\\b" or "^" tested once per
    position, not once per pattern: the same matches in a third of the time."""
    flat = [a for p in patterns for a in alternatives(p)]
    words = [a[2:] for a in flat if a.startswith("\\b")]
    starts = [a[1:] for a in flat if a.startswith("^")]
    others = [a for a in flat if not a.startswith(("\\b", "^"))]
    groups = [f"\\b(?:{'|'.join(words)})"] if words else []
    groups += [f"^(?:{'|'.join(starts)})"] if starts else []
    return "|".join(groups + others)


_BOILERPLATE = re.compile(factored(BOILERPLATE), re.I)
_PHOTO_CREDIT = re.compile(PHOTO_CREDIT, re.I)
_SLIDE_COUNTER = re.compile(SLIDE_COUNTER)
_PICTURED = re.compile(PICTURED_POSITION)  # case kept: "(L)", not a list's "(l)"
_WIRE_CAPTION_END = re.compile(WIRE_CAPTION_END)
_CAPTION_LABEL = re.compile(CAPTION_LABEL)
# rough sentences: a page of furniture is short and its lines end in stops or breaks
_PIECE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.M)
# a page whose other words are fewer than this, and fewer than its furniture's, is furniture
MAX_OTHER_WORDS = 40


@functools.lru_cache(maxsize=20_000)  # ranking and the key points both ask of each sentence
def is_boilerplate(text: str) -> bool:
    """A sentence of page furniture: a video notice, a share prompt, "Read more"."""
    return bool(_BOILERPLATE.search(text))


def no_key_point(text: str) -> bool:
    """Furniture, or a caption: a sentence with "(left)" or "(2nd L)" in it, a wire photo's
    place and date at its end, or a label before it ("Sacked: But ..."). Kept for who said
    what, never a key point or a lead."""
    return (
        is_boilerplate(text)
        or bool(_PICTURED.search(text))
        or bool(_WIRE_CAPTION_END.search(text))
        or bool(_CAPTION_LABEL.match(text))
    )


def caption_paragraphs(sentences: Iterable[Sentence]) -> set[tuple[str, int]]:
    """(article, paragraph) of each paragraph that ends with a photo credit or opens with a
    slideshow's counter: a caption ("Displaced Palestinians pass time at a school ...
    (Associated Press)", "1 of 6. The encampment is seen ..."), all of it."""
    first: dict[tuple[str, int], Sentence] = {}
    last: dict[tuple[str, int], Sentence] = {}
    for s in sentences:
        key = (s.source_id, s.paragraph)
        if key not in last or s.start > last[key].start:
            last[key] = s
        if key not in first or s.start < first[key].start:
            first[key] = s
    return {key for key, s in last.items() if _PHOTO_CREDIT.search(s.text)} | {
        key for key, s in first.items() if _SLIDE_COUNTER.search(s.text)
    }


def is_furniture_page(text: str) -> bool:
    """Only furniture: Twitter's location notice, a reprints notice, a share form, a page's
    time stamp ("23 March 2017 Last updated at 14:55 GMT", a video page's whole text)."""
    furniture = other = 0
    for piece in _PIECE.findall(text[:5_000]):
        words = len(piece.split())
        if is_boilerplate(piece) or PAGE_STAMP.fullmatch(piece.strip()):
            furniture += words
        else:
            other += words
    return furniture > 0 and other < min(furniture + 1, MAX_OTHER_WORDS)
