"""The headline an editor gave an article: from the page's metadata and its <title>, without
site names, kickers ("Breaking News", "Analysis:") or section titles."""

from __future__ import annotations

import re

from briefing.nlp.lexicon import KICKERS, NO_OUTLET_NAMES

_SEPARATOR = re.compile(r"\s+(?:\||–|—|-|::|»|·)\s+")
_KICKER = re.compile(r"^\s*(?:{})\s*(?:[:|–—-]\s*|$)".format("|".join(KICKERS)), re.I)
_DATE = re.compile(r"^[\d./ -]+$")
_SECTION_TITLE = re.compile(r"\b(?:center|centre|section|home|homepage|index|news)\s*$", re.I)
_WORD = re.compile(r"[^\W_]+")


def clean(title: str, site: str = "") -> str:
    """One line, without a leading kicker or trailing site names and dates; "" when the
    whole line is a kicker. ``site`` is the site's name, when the page gives it."""
    title = _KICKER.sub("", " ".join(title.split()), count=1)
    end = len(title)
    for separator in reversed(list(_SEPARATOR.finditer(title))):
        if not _is_site(title[separator.end() : end], separator.group().strip(), site):
            break
        end = separator.start()
    return title[:end]


def choose(extracted: str, page_title: str, site: str = "") -> str:
    """The headline: the page's <title> when it names the same story as the extracted title
    (og:title, the h1) or that one is only a section title; else the extracted one."""
    ours, theirs = clean(extracted, site), clean(page_title, site)
    if not theirs or len(theirs.split()) < 3:
        return ours
    if not ours or _is_section_title(ours):
        return theirs
    a, b = _words(ours), _words(theirs)
    same = len(a & b) / min(len(a), len(b)) if a and b else 0.0
    return theirs if same >= 0.5 else ours


def _is_site(part: str, separator: str, site: str) -> bool:
    """ "| CNN Politics", "- BBC News", "| TIME", "- CNN.com", "| DW", "| 19.01.2020"."""
    words = part.split()
    if _DATE.match(part) or (site and part.lower() in site.lower()):
        return True
    if not 0 < len(words) <= 4 or not all(w[:1].isupper() or "." in w for w in words):
        return False
    # After a dash, only what reads as a site: "- BBC News", "- CNN.com", "- AP".
    return separator in ("|", "::", "»", "·") or any(
        w == "News" or "." in w or (w.isupper() and len(w) > 1) for w in words
    )


def _is_section_title(title: str) -> bool:
    return len(title.split()) <= 3 or bool(_SECTION_TITLE.search(title))


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 3}


def outlet_name(name: str) -> str:
    """A publisher's name as a reader knows it: "World news | The Guardian" -> "The
    Guardian", "Reuters_Co_Uk" -> "Reuters", "BBC News - World" stays. "Hosted" is no
    name: the citation falls back to the web site."""
    name = " ".join(name.split())
    if name.lower() in NO_OUTLET_NAMES:
        return ""
    if "_" in name and " " not in name:
        return name.split("_")[0]
    parts = name.split(" | ")
    if len(parts) > 1 and _is_site(parts[-1], "|", ""):
        return parts[-1]  # a feed's "Section | Site"
    return name
