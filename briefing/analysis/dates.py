"""Calendar dates for the times an article gives: "next week", "Friday", "on March 9",
"in two weeks", each counted from the article's own date (its publication, else the brief's).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a couple of": 2,
    "a few": 3,
}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}

_IN = re.compile(
    r"\b(?:in|within)\s+(\d+|a couple of|a few|an?|one|two|three|four|five|six|seven|eight|"
    r"nine|ten)\s+(day|week|fortnight|month|year)s?\b",
    re.I,
)
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})(?:,?\s+(\d{4}))?\b")


def resolve(when: str, reference: dt.date) -> dt.date | None:
    """The calendar date ``when`` names, counted from ``reference``; None if it names none.

    "next week" is the Monday after; "next month" and "next year" their first day.
    """
    text = " ".join(when.lower().split())
    if "tomorrow" in text:
        return reference + dt.timedelta(days=1)
    if re.search(r"\b(today|tonight)\b", text):
        return reference
    if re.search(r"\bnext week\b", text):  # (not "next weekend": this one, or the one after?)
        return reference + dt.timedelta(days=7 - reference.weekday())
    if "next month" in text:
        year, month = divmod(reference.month, 12)
        return dt.date(reference.year + year, month + 1, 1)
    if "next year" in text:
        return dt.date(reference.year + 1, 1, 1)
    match = _IN.search(text)
    if match:
        count = int(match.group(1)) if match.group(1).isdigit() else NUMBERS[match.group(1)]
        return reference + dt.timedelta(days=count * UNIT_DAYS[match.group(2)])
    for pattern, month_at, day_at in ((_MONTH_DAY, 1, 2), (_DAY_MONTH, 2, 1)):
        for match in pattern.finditer(when):
            month = MONTHS.get(match.group(month_at).lower().rstrip("."))
            if month is None:
                continue
            year = int(match.group(3)) if match.group(3) else reference.year
            try:
                return dt.date(year, month, int(match.group(day_at)))
            except ValueError:
                return None
    for name, weekday in WEEKDAYS.items():
        day = re.search(rf"\b{name},? (?:the )?(\d{{1,2}})(?:st|nd|rd|th)\b", text)
        if day:  # "wednesday 22nd": the next 22nd that is a Wednesday, not next Wednesday
            return _next_weekday_on(weekday, int(day.group(1)), reference)
        if re.search(rf"\bthe (?!next |coming )(?:\w+ )?{name}\b", text):
            return None  # "on the Tuesday", "the first Sunday after the full moon": a story's
        if re.search(rf"\b{name}\b", text):
            ahead = (weekday - reference.weekday()) % 7
            if not ahead and re.search(rf"\bnext {name}\b", text):
                ahead = 7  # "next Tuesday", said on a Tuesday: not today
            return reference + dt.timedelta(days=ahead)
    return None


def _next_weekday_on(weekday: int, day: int, reference: dt.date) -> dt.date | None:
    """The first date from ``reference`` on that day of a month and that weekday, this month
    or next; None if there is none (the text's weekday and day are of another month)."""
    year, month = reference.year, reference.month
    for _ in range(2):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            date = None
        if date is not None and date >= reference and date.weekday() == weekday:
            return date
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


_FULL_DATE = re.compile(
    r"\b(?:([A-Za-z]{3,9})\.?\s+(\d{1,2}),\s+|(\d{1,2})\s+([A-Za-z]{3,9})\s+)(\d{4})\b"
)
STALE_DAYS = 31  # a text whose latest full date is older than this speaks from then


def stated_date(text: str, today: dt.date) -> dt.date | None:
    """For an undated article: the latest full date it states ("Thursday, July 31, 2014"),
    when that is over a month before ``today``; the article speaks from then, not today."""
    found = []
    for match in _FULL_DATE.finditer(text[:20_000]):
        month = MONTHS.get((match.group(1) or match.group(4)).lower().rstrip("."))
        day = int(match.group(2) or match.group(3))
        if month is None:
            continue
        try:
            found.append(dt.date(int(match.group(5)), month, day))
        except ValueError:
            continue
    found = [d for d in found if d <= today]
    if not found or (today - max(found)).days <= STALE_DAYS:
        return None
    return max(found)


_MONTH_YEAR = re.compile(r"\b([A-Z][a-z]{2,8})\.?,? ((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a year this much after a stated date makes that date history ("the landings at Gallipoli
# on April 25, 1915" in a report that names 1993); a year or two after may be a plan's
HISTORY_YEARS = 5


def later_month_stated(text: str, date: dt.date, today: dt.date) -> bool:
    """Whether the text names a month after ``date`` ("died on February 26, 2004 ...
    between February 2004 and September 2013"), or a year long after it: then that date is
    its story's past, and the day it speaks from is not stated."""
    for match in _MONTH_YEAR.finditer(text[:20_000]):
        month, year = MONTHS.get(match.group(1).lower()), int(match.group(2))
        if month is not None and (date.year, date.month) < (year, month) and year <= today.year:
            return True
    years = (int(y) for y in _YEAR.findall(text[:20_000]))
    return any(date.year + HISTORY_YEARS <= y <= today.year for y in years)


def month_or_year(when: str, reference: dt.date | None) -> str:
    """ "next month", "next year", "by next year": the month or the year, in ISO 8601's
    shorter forms ("2026-04", "2027"), as the text names no day; "" for anything else
    ("before next year" is this year) or with no date to count from."""
    found = re.fullmatch(r"(?:in |by |during |)next (month|year)", " ".join(when.lower().split()))
    if found is None or reference is None:
        return ""
    day = resolve(found.group(0), reference)
    return f"{day:%Y-%m}" if found.group(1) == "month" else f"{day:%Y}"


def names_a_day(when: str) -> bool:
    """ "next month", "next year" are ahead but name no day: the page shows the month or
    the year (``month_or_year``), not the first of the month, which the text never said."""
    return not re.search(r"\bnext (?:month|year)\b", when, re.I)


def weeks_before(when: str, reference: dt.date) -> bool:
    """Whether ``when`` names a calendar day more than a week before ``reference`` ("on
    October 13" in a November report); a day with no year over six months back is more
    likely next year's."""
    words = [w.lower().rstrip(".") for w in re.findall(r"[A-Za-z]+\.?", when)]
    if not any(w in MONTHS for w in words) or not re.search(r"\d", when):
        return False
    day = resolve(when, reference)
    limit = 10**6 if re.search(r"\b\d{4}\b", when) else 183  # a year given says which
    return day is not None and 7 < (reference - day).days < limit


def dated_before(head: Token, year: int | None) -> bool:
    """Whether the clause of ``head``, or one above it, is dated before ``year``: "In 2008,
    Berlusconi signed an agreement in which Italy promised", "On March 3, 2009, he promised",
    "During a visit in August 2010, he threatened"; or months or years "ago" ("Twelve months
    ago, he was not prepared to")."""
    for node in (head, *head.ancestors):
        if any(_long_ago(c) for c in node.children):
            return True
        for prep in node.children if year is not None else ():
            if prep.dep_ == "prep" and prep.lower_ in DATING_PREPOSITIONS:
                if any(_year_of(t, prep) < year for t in prep.subtree):
                    return True
    return False


def told_of_then(head: Token, actions: list[Token], year: int | None) -> bool:
    """A commitment told in the past tense in a sentence dated only before ``year``, though
    not on its own clause: "papers show Mrs Thatcher warned six months before GCSEs replaced
    O-levels in 1986 ... and asked for its introduction to be delayed" (not "vowed on
    Tuesday to repeal a law passed in 1986": the act's own words)."""
    if year is None or head.tag_ != "VBD":
        return False
    # the act's own words; when the verb is the act ("proposed the idea back in 2008"),
    # only its objects
    own = [c for a in actions if a.i == head.i for c in a.children if c.dep_ in OBJECTS]
    inside = {t.i for a in [*(a for a in actions if a.i != head.i), *own] for t in a.subtree}
    years = [
        _year_of(t, t.head)
        for t in head.sent
        if t.dep_ == "pobj"
        and t.head.lower_ in DATING_PREPOSITIONS
        and (t.i not in inside or t.head.head.lower_ == "back")  # "a ceasefire back in 2010"
    ]
    years = [y for y in years if y < 10_000]
    return bool(years) and max(years) < year


def asked_before_then(head: Token) -> bool:
    """A demand told in the past perfect: "It had suggested judges should reduce sentences"
    (a proposal since changed), not "it suggested" nor "it has suggested"."""
    teller = head.head if head.dep_ == "ccomp" else None
    return teller is not None and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in teller.children
    )


DATING_PREPOSITIONS = {"in", "on", "during"}
OBJECTS = frozenset({"dobj", "xcomp", "ccomp", "attr", "oprd", "dative"})
LONG_SPANS = frozenset({"month", "year", "decade", "century"})


def _long_ago(word: Token) -> bool:
    return (
        word.dep_ == "advmod"
        and word.lower_ == "ago"
        and any(c.lemma_.lower() in LONG_SPANS for c in word.children)
    )


def _year_of(token: Token, prep: Token) -> int:
    """The year ``token`` is, when it dates the phrase under ``prep`` ("in 2008", "in August
    2010", "during a visit in 2010"; not "on the 2008 crisis"), else a far future."""
    if not (len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text)):
        return 10_000
    node = token
    if node.dep_ in ("nummod", "appos", "npadvmod") and node.head.ent_type_ == "DATE":
        node = node.head  # "August 2010", "March 3, 2009"
    while node != prep:
        if node.dep_ != "pobj" or node.head.lower_ not in DATING_PREPOSITIONS:
            return 10_000
        node = node.head
        if node != prep:
            node = node.head  # the noun the inner phrase hangs on: "a visit ... in 2010"
    return int(token.text)


def a_deadline(word: Token) -> bool:
    """ "(had) until Friday (to respond)": a day it is due by, not when something happened
    (not "until 2010")."""
    prep = next((a for a in word.ancestors if a.dep_ == "prep"), None)
    year = any(t.like_num and len(t.text) == 4 for t in word.head.subtree)
    return prep is not None and prep.lower_ in ("until", "by") and not year
