"""How a role the text gives is worded for the page: cleaned of a lead article, a ticker,
an aside or another person's name, and cut short at a post ("director of this summer's
excavation")."""

from __future__ import annotations

import re

from briefing.analysis.names import first_name_gender
from briefing.nlp.lexicon import ABBREVIATED_TITLES, ADDRESSED, HONORIFICS, PERSON_NOUNS, ROLE_WORDS


def role_word(word: str) -> bool:
    """A title ("minister") or another word for what a person is ("sheriff", "mother")."""
    word = word.lower().removeprefix("co-")  # "co-researcher", "co-founder"
    # "anesthesiologist", "psychiatrist", "pediatrician": a specialist, whatever the field
    specialist = word.isalpha() and word.endswith(_SPECIALISTS)
    return word in ROLE_WORDS or word in PERSON_NOUNS or specialist


_SPECIALISTS = ("ologist", "iatrist", "ician")


def short_role(role: str, most: int = 8) -> str:
    """ "president of the international aid group Doctors Without Borders" stays whole; a
    longer apposition is cut before its last "at", "of" or "for" in reach, else after
    ``most`` words, never ending on a function word."""
    words = role.split()
    place = [i for i, w in enumerate(words[: most + 2]) if w == "in" and i > 2]
    if len(words) > most + 1 and place:
        words = words[: place[0]]  # "former head of the Crown Prosecution Service in the
        # north-west": the post, then where
    if len(words) > most + 1:
        # "chief financial officer and treasurer at the Andy Warhol Foundation": the post;
        # not inside a name ("the Medical Foundation for the Care of Victims of Torture")
        cut = [
            i
            for i, w in enumerate(words[: most + 1])
            if w in ("at", "of", "for") and i > 1 and not _inside_a_name(words, i)
        ]
        if cut:
            words = words[: cut[-1]]
        elif len(words) > _LONGEST_NAMED_ROLE or not _ends_in_a_name(words):
            cut_at = most
            while cut_at > 1 and _in_a_name(words[cut_at]) and _in_a_name(words[cut_at - 1]):
                cut_at -= 1  # "excavation with the Reading [University ...]": not half a name
            words = words[:cut_at]
    while words and words[-1].lower() in ("of", "the", "a", "an", "and", "at", "in", "for", "with"):
        words.pop()
    return " ".join(words)


_LONGEST_NAMED_ROLE = 14
_NAME_JOINERS = frozenset({"of", "for", "the", "and", "on", "at", "&"})


def _in_a_name(word: str) -> bool:
    return word[:1].isupper() or word in ("of", "the", "and", "for", "&")


def _inside_a_name(words: list[str], at: int) -> bool:
    after = next((w for w in words[at + 1 :] if w.lower() not in ("the", "a")), "")
    return words[at - 1][:1].isupper() and after[:1].isupper()


def _ends_in_a_name(words: list[str]) -> bool:
    """ "spokesman for the Medical Foundation for the Care of Victims of Torture": all after
    the post is one name."""
    first = next((i for i, w in enumerate(words) if w in ("at", "of", "for")), None)
    tail = words[first + 1 :] if first is not None else []
    return bool(tail) and all(w[:1].isupper() or w in _NAME_JOINERS for w in tail)


_ROLE_LEAD = re.compile(r"^(?:(?:the|a|an|his|her|its|their|our|my|your)\s+)+", re.I)
# a market page's ticker before a title: "BP, +0.60% Chairman"
_TICKER = re.compile(r"^.*[+\-−]\d[\d.,]*%\s+")


def _since_when(words: list[str]) -> bool:
    """ "new" before a post, not "New" of "New York attorney general"."""
    if len(words) < 2 or words[0].lower() not in ("new", "newly-appointed"):
        return False
    after = words[1].lower()
    return words[0].islower() or role_word(after) or after in ("home", "foreign", "shadow")


_ASIDE = re.compile(r"\s[-–—]\s(?=(?:a|an|the|which|who)\b)")


def clean_role(text: str) -> str:
    text = _ASIDE.split(" ".join(text.split()).strip(" ,-–—"))[0]  # "of X - a mining firm"
    text = _ROLE_LEAD.sub("", _TICKER.sub("", text))
    words = text.split()
    while words and (words[-1].lower().rstrip(".") in HONORIFICS or words[-1] in ("but", "or")):
        words.pop()  # "member of One Direction but (better known as ...)"
    if len(words) > 1 and words[-1].istitle() and words[-1].lower().rstrip(".") in ADDRESSED:
        words.pop()  # "consultant oncologist Professor" Neil Burnet: the post
    if len(words) > 1 and words[-1].lower().rstrip(".") in ABBREVIATED_TITLES:
        if words[-2].islower():  # (not "Vice Adm.", "Rear Adm.": one rank)
            words.pop()  # "Junta head Capt" Amadou Sanogo: the post (the rank cut short)
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words.pop(0)
    if "and" in words[1:-1]:  # "Swift and Swift's younger brother": the last one's role
        last = len(words) - 1 - words[::-1].index("and")
        if not any(role_word(w) for w in words[:last]):
            words = words[last + 1 :]
    while words and words[0].lower() in ("old", "born", "year-old"):
        words.pop(0)  # "17-year-old son" split by the tokenizer, "Iranian-born"
    if len(words) > 1 and words[0].lower() in ("one", "another"):
        words.pop(0)  # "One passenger, Clark Jones,": a passenger
    if _since_when(words):
        words.pop(0)  # "new chief executive", "New Home Secretary": since when, not which post
    if _ends_on_anothers_name(words):
        return ""
    return " ".join(words)


_LINKS = frozenset("of for to at with by from and".split())


def _ends_on_anothers_name(words: list[str]) -> bool:
    """ "fellow defenders Callum Elder", "ITV presenter Ben Shephard": the post of another
    person, named before this one in a list (not "daughter of Tony Poukkula")."""
    if len(words) < 3 or not (words[-2].istitle() and words[-1].istitle()):
        return False
    before = words[-3]
    if any(c.isdigit() for c in before) or before.endswith(("-old", "-based")):
        return False  # "attorney for 19-year-old Heather Mack", "Northbrook-based Mark Vend"
    if not before.islower() or before in _LINKS:
        return False
    return bool(first_name_gender(words[-2]))


def ends_on_a_surname(role: str, name: str, surnames: set[str]) -> bool:
    """``_ends_on_anothers_name`` for a surname alone, which only the day's names tell:
    "singer-keyboardist McDonald" for Tom Johnston (the next member of a list), a lower-case
    word right before another person's surname ("spokesman for Scala" keeps its role)."""
    words = role.split()
    if len(words) < 2 or not words[-2][:1].islower() or words[-1] in name.split():
        return False
    if words[-2] in _LINKS | {"in", "on"}:
        return False
    return words[-1] in surnames and words[-1].lower() not in ROLE_WORDS
