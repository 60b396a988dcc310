"""A name's canonical form: no article, possessive, honorific, ticker, clock or company
suffix ("the BP PLC's" is BP); country aliases folded ("the U.S." is the United States)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from briefing.nlp.lexicon import (
    COUNTRY_ALIASES,
    FEMALE_NAMES,
    HONORIFICS,
    MALE_NAMES,
    PEOPLE_NOUN_STEMS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_CANONICAL = {alias: name for name, aliases in COUNTRY_ALIASES.items() for alias in aliases}
# "the", a share price ("+0.88% BP"), a live blog's clock ("6:45 A.M. Israel"), a photo
# link's words ("View Photos Republicans"), a farewell ("RIP Stan Freberg")
LEADING = re.compile(
    r"^(?:(?:the|a|an|(?:view )?photos?|(?-i:RIP|R\.I\.P\.?)|[+\-−]?\d[\d.,]*%"
    r"|\d{1,2}:\d\d(?:\s*[ap]\.m\.)?|[ap]\.m\.)\s+)+",
    re.IGNORECASE,
)
# no one's name: a clock alone, a time zone ("BST"), a photo credit run on ("Neil Warner /
# Splash News Britney")
_NO_NAME = re.compile(
    r"^[ap]\.m\.?$|\s/\s|^(?-i:GMT|BST|UTC|[ECMP][SD]T|CES?T|AES?T|IST|JST)$", re.IGNORECASE
)
_DASHED = re.compile(r"\s[-–—]\s")  # "Dean Woodman - who", "Sauber - Ferrari": the first
_FULL_STOP = re.compile(r"[A-Za-z]{2}[a-z]\.$")  # not "U.S." or "Jr."
_POSSESSIVE = re.compile(r"\s*['’]s?$")
_AGE_AFTER = re.compile(r"(?<=[a-z]),\s?\d{1,3}$")
# "Frenchman Arnaud Clement", "Irishmen JP McManus": who they are, before the name
_PEOPLE_NOUN = re.compile(
    r"^(?:{})(?:wo)?m[ae]n\s+(?=[A-Z])".format("|".join(sorted(PEOPLE_NOUN_STEMS)))
)
_COLON = re.compile(r":\s")
# a common noun run on before a name ("jockey Leighton Aspell"); "al Qaeda", "de Luca" keep
# their particles
_COMMON_BEFORE = re.compile(
    r"^(?!(?:al|el|de|da|di|du|des|del|della|dos|van|von|der|den|la|le|bin|ibn|ben|ter)\s)"
    r"(?:(?!(?:with|of|for|to|in|at|by|from|on|and|or|against|between|than|as)\s)[a-z]+\s){1,2}"
    r"(?=[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)*$)"  # before a name, all of it capitals; never
)  # across a preposition ("negotiator with Iran" is no name for Iran)
_CORPORATE = re.compile(r"(?<=\w),?\s+(?:plc|inc|corp|ltd|llc|ag)\.?$", re.I)  # "BP PLC": BP
# "the Rt Rev Michael Scott-Joynt": "Right" only before "Reverend"
_HONORIFIC = re.compile(
    r"^(?:r(?:igh)?t\.?\s+(?=rev))?(?:(?:{})\.?\s+)+".format("|".join(HONORIFICS)), re.I
)


@functools.lru_cache(maxsize=20_000)  # a day's mentions repeat the same names
def normalise(text: str) -> str:
    """The canonical form of a name: no article, possessive or honorific; country aliases folded."""
    text = " ".join(text.split()).rstrip(" ,;:(")  # "Elon Musk," tagged with its comma
    text = _AGE_AFTER.sub("", text)  # "Natalie Appleton,31": her age, run on
    text = _DASHED.split(text)[0]
    text = _COLON.split(text)[0]  # "Ashish Thakkar: Right", a caption run on
    if text.count('"') % 2:
        text = text.replace('"', "").strip()  # 'Big Bopper" Richardson'
    text = _COMMON_BEFORE.sub("", text)  # "jockey Leighton Aspell"
    text = _PEOPLE_NOUN.sub("", text)
    text = _POSSESSIVE.sub("", LEADING.sub("", text)).strip()
    text = _CORPORATE.sub("", text)
    text = _HONORIFIC.sub("", text).strip() or text
    if _FULL_STOP.search(text):
        text = text[:-1]  # "Conservative MPs." caught with the full stop
    return _CANONICAL.get(text.lower().rstrip("."), _CANONICAL.get(text.lower(), text))


def name_head(name: str) -> str:
    """The word a name names a kind of thing by, lower-cased: "union" of "National Union of
    Teachers", "association" of "Local Government Association" ("" when it opens with "of")."""
    words = name.lower().split()
    cut = words.index("of") if "of" in words else len(words)
    return words[cut - 1] if cut else ""


def is_no_name(name: str) -> bool:
    return bool(_NO_NAME.search(name))


def first_name_before(token: Token) -> Token | None:
    """ "Alison" in "Director of Public Prosecutions Alison Saunders" (the word just before)."""
    before = token.doc[token.i - 1] if token.i else None
    if before is not None and before.head.i == token.i and before.dep_ == "compound":
        return before if before.pos_ == "PROPN" and before.is_title else None
    return None


_ACRONYM_THEN_WORDS = re.compile(r"\b([A-Z]{2,6})s?\s*\(([a-z][a-z -]+)\)")
_WORDS_THEN_ACRONYM = re.compile(r"\b([a-z][a-z -]+?)\s*\(([A-Z]{2,6})s?\)")


def common_acronyms(text: str) -> set[str]:
    """ "GMO (genetically modified organism)", "genetically modified organisms (GMOs)": the
    initials of common words spelled out beside them name a thing, not an actor."""
    found = set()
    pairs = [(m.group(1), m.group(2)) for m in _ACRONYM_THEN_WORDS.finditer(text)]
    pairs += [(m.group(2), m.group(1)) for m in _WORDS_THEN_ACRONYM.finditer(text)]
    for letters, spelled in pairs:
        words = spelled.replace("-", " ").split()[-len(letters) :]
        if "".join(w[0] for w in words) == letters.lower():
            found.add(letters)
    return found


def first_name_gender(name: str) -> str:
    """ "m" for "Gordon Brown", "f" for "Jane Campbell", "" when the first name says neither."""
    first = name.split()[0].lower()
    return "m" if first in MALE_NAMES else "f" if first in FEMALE_NAMES else ""
