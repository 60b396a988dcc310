"""The span of text a commitment or an event is shown with: its sentence, trimmed of a
paragraph the parse ran it into, a live blog's clock and a lone quote mark."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.nlp.model import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["evidence_span"]

_TIMESTAMP = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*)?[AaPp]\.\s?[Mm]\.\s+(?=[A-Z])")


def evidence_span(sentence: Span, at: int | None = None) -> tuple[int, int]:
    """The sentence's character span, trimmed of whitespace and a closing quote left over
    from the sentence before; when the parse ran a sentence across a paragraph break (a
    sub-headline above it), only the paragraph holding character ``at``."""
    text = doc_text(sentence.doc)
    a, b = sentence.start_char, sentence.end_char
    if at is not None:
        before = text.rfind("\n\n", a, at)
        a = before + 2 if before != -1 else a
        after = text.find("\n\n", at, b)
        b = after if after != -1 else b
    while a < b and (text[a].isspace() or (text[a] in '"”' and text[a + 1 : a + 2].isspace())):
        a += 1
    stamp = _TIMESTAMP.match(text, a, b)  # "12:55 A.M. Hamas says": a live blog's entry time
    a = stamp.end() if stamp else a
    while b > a and text[b - 1].isspace():
        b -= 1
    return _unmatched_quote_trimmed(text, a, b)


def _unmatched_quote_trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """A quote that runs on over several sentences leaves one of them with an opening mark
    and no closing one (or the reverse); shown alone, the lone mark reads as a typo."""
    span = text[a:b]
    if span.count('"') % 2 or span.count("“") != span.count("”"):
        if span[:1] in '"“' and span[1:2].strip() and b - a > 1:
            return a + 1, b
        if span[-1:] in '"”' and b - a > 1:
            return a, b - 1
    return a, b
