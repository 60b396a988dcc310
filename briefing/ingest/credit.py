"""The outlet a plain text credits at its top, as wire and web copy print it: "(CNN)The
...", "Mogadishu, Somalia (CNN)A car bomb ...", "WASHINGTON (Reuters) - The ..."."""

from __future__ import annotations

import re

from briefing.nlp.lexicon import OUTLET_CREDIT

# an optional dateline (a place, perhaps a date), then the outlet in brackets
_DATELINE = r"[A-Z][\w.'/-]*(?:,? [\w.'/-]+){0,6}?,?\s*"  # "WASHINGTON, March 2, 2022"
_CREDIT = re.compile(rf"(?:{_DATELINE})?{OUTLET_CREDIT}")


def credited_outlet(text: str) -> str:
    """The outlet the text's first line credits; "" when it credits none."""
    found = _CREDIT.match(text.lstrip())
    return found.group("outlet").strip() if found else ""
