"""The publication date printed at the top of plain text: a date line ("Updated 10:32 AM
ET, Fri March 4, 2022", "Published 12 March 2022") or a dateline that names the year
("WASHINGTON, March 2, 2022 (Reuters) -")."""

from __future__ import annotations

import calendar
import datetime as dt
import re

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE = re.compile(
    rf"\b(?:{_MONTH} (?P<day>\d{{1,2}}),? {_YEAR}"
    rf"|(?P<day2>\d{{1,2}}) (?P<month2>[A-Za-z]{{3,9}})\.?,? (?P<year2>(?:19|20)\d\d)"
    r"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d))\b"
)
# A place in capitals, then the date, perhaps "(Reuters)", and a dash.
_DATELINE_END = re.compile(r"^[A-Z][A-Z.'/ -]{2,40}(?:, [A-Z][\w.' ]{1,30})?,[^\n]{0,60}?[-–—]+ ")
DATE_LINE_WORDS = 12  # a longer line, or a sentence, is the report: its dates are what it reports
TOP_PARAGRAPHS = 3


def published_in_text(text: str) -> str:
    """The ISO date a date line or a dated dateline at the top gives; "" when none does."""
    for paragraph in text.split("\n\n")[:TOP_PARAGRAPHS]:
        paragraph = paragraph.strip()
        dateline = _DATELINE_END.match(paragraph)
        if dateline is not None:
            head = dateline.group()
        elif len(paragraph.split()) <= DATE_LINE_WORDS and not paragraph.endswith("."):
            head = paragraph  # a line of its own, not a sentence
        else:
            continue
        found = _date(head)
        if found:
            return found
    return ""


def _date(text: str) -> str:
    for match in _DATE.finditer(text):
        if match.group("iso"):
            parts = match.group("iso").split("-")
            year, month, day = int(parts[0]), int(parts[1]), int(parts[2])
        else:
            name = (match.group("month") or match.group("month2")).lower()
            month = MONTHS.get(name, 0)
            year = int(match.group("year") or match.group("year2"))
            day = int(match.group("day") or match.group("day2"))
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return ""
