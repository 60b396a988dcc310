"""What comes next: sentences that put a future event at a stated time."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .commitments import evidence_span
from .models import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc

FUTURE = re.compile(
    r"\b(will|shall|'ll|is due|are due|is scheduled|are scheduled|is expected|are expected|"
    r"is set to|are set to|plans? to|would)\b",
    re.I,
)
FUTURE_WHEN = re.compile(r"\b(next|coming|upcoming|later|tomorrow|tonight)\b", re.I)
PAST_WHEN = re.compile(r"\b(last|ago|yesterday|earlier|previous)\b", re.I)


def find_events(doc: Doc, offset: int, source_id: str) -> list[Event]:
    out = []
    for sentence in doc.sents:
        dates = [e for e in sentence.ents if e.label_ in ("DATE", "TIME")]
        dates = [e for e in dates if _is_point_in_time(e)]
        if not dates:
            continue
        future = FUTURE.search(sentence.text) or any(FUTURE_WHEN.search(e.text) for e in dates)
        if not future:
            continue
        when = max(dates, key=lambda e: bool(FUTURE_WHEN.search(e.text)) + len(e.text) / 100)
        a, b = evidence_span(sentence)
        out.append(Event(_with_preposition(when), doc.text[a:b], source_id, offset + a, offset + b))
    return out


DURATION = re.compile(
    r"^(?:(?:more than|about|at least|some|nearly|almost)\s+)?[\w-]+\s+"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?)$",
    re.I,
)


def _is_point_in_time(ent) -> bool:
    """ "next week", "on March 9"; not "last year", "two years", "the June signal"."""
    if PAST_WHEN.search(ent.text) or ent.text.isdigit():
        return False
    if ent.root.dep_ in ("compound", "amod", "poss"):
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return not DURATION.match(ent.text) or before in ("within", "in", "by")


def _with_preposition(ent) -> str:
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in ("by", "on", "in", "within", "before", "until"):
        return f"{before.text} {ent.text}"
    return ent.text
