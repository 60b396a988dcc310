"""The outlet a plain text credits at its top, as wire and web copy print it: "(CNN)The
...", "Mogadishu, Somalia (CNN)A car bomb ...", "WASHINGTON (Reuters) - The ..."."""

from __future__ import annotations

import re

# an optional dateline (a place, perhaps a date), then the outlet in brackets, then the report:
# straight on ("(CNN)The") or after a dash; not an acronym in a sentence ("The Open Society
# Institute (OSI), financed", "Peer-to-peer (P2P) networks")
_DATELINE = r"[A-Z][\w.'/-]*(?:,? [\w.'/-]+){0,6}?,?\s*"  # "WASHINGTON, March 2, 2022"
_CREDIT = re.compile(
    rf"(?:{_DATELINE})?"
    r"\((?P<outlet>[A-Z][\w.&' -]{1,40}?)\)"
    r"(?:(?=[A-Z\"“‘'])|\s*(?:--|[-–—])\s)"
)


def credited_outlet(text: str) -> str:
    """The outlet the text's first line credits; "" when it credits none."""
    found = _CREDIT.match(text.lstrip())
    return found.group("outlet").strip() if found else ""
