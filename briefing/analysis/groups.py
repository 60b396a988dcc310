"""A group of mentions that may be one actor: what it counts (forms, roles, how often it
speaks or is called "he" or "the company") and the kind those counts make it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from briefing.analysis.names import LEADING, name_head
from briefing.models import Mention
from briefing.nlp.lexicon import (
    CAPITALS,
    CLERICAL_TITLES,
    CLUB_NAME_WORDS,
    COMMON_TITLES,
    COUNTRIES,
    COUNTRY_ALIASES,
    ORG_NAME_WORDS,
    PARTY_NAME_WORDS,
    PARTY_WORDS,
    TITLE_GENDER,
    TITLE_WORDS,
)

__all__ = ["Group", "count_of", "initials", "title_of"]

# a group's counts, and the mention flag each one counts
_COUNTED = {
    "speaks": "speaks",
    "subjects": "subject",
    "arguments": "argument",
    "located": "located",
    "called_he": "called_he",
    "called_she": "called_she",
    "called_company": "called_company",
    "called_it": "called_it",
    "modifiers": "modifier",
    "instances": "instance",
}


@dataclass
class Group:
    name: str
    kinds: Counter = field(default_factory=Counter)
    forms: Counter = field(default_factory=Counter)
    titled: Counter = field(default_factory=Counter)  # "Ms Sturgeon": how often each
    roles: Counter = field(default_factory=Counter)
    first: int = 10**9
    speaks: int = 0
    subjects: int = 0
    arguments: int = 0
    located: int = 0
    called_he: int = 0
    called_she: int = 0
    called_company: int = 0
    called_it: int = 0
    modifiers: int = 0
    instances: int = 0
    sources: list[str] = field(default_factory=list)
    stories: set[str] = field(default_factory=set)  # of the sources (each its own, unless told)
    _kind: str | None = field(default=None, repr=False, compare=False)

    def __setattr__(self, key: str, value) -> None:
        # ``kind`` is asked of every group in every merge pass: kept until anything it is
        # read from changes (``absorb`` sets attributes too; ``add`` resets it itself)
        object.__setattr__(self, key, value)
        if key != "_kind":
            object.__setattr__(self, "_kind", None)

    def add(self, mention: Mention, kind: str, order: int, story: str = "") -> None:
        self.kinds[kind] += 1
        self.forms[LEADING.sub("", " ".join(mention.text.split()))] += 1
        if mention.titled:
            self.forms[mention.titled] += 0  # "Mr. Blinken": an alias form, not another mention
            self.titled[mention.titled] += 1
        if mention.role:
            self.roles[mention.role] += 1
        fields = self.__dict__  # one reset of the kind below, not one per count (speed)
        fields["first"] = min(self.first, order)
        for count, flag in _COUNTED.items():
            fields[count] += getattr(mention, flag)
        fields["_kind"] = None
        if mention.source_id not in self.sources:
            self.sources.append(mention.source_id)
        self.stories.add(story or mention.source_id)

    def absorb(self, other: Group) -> None:
        self.kinds.update(other.kinds)
        for form, count in other.forms.items():
            self.forms[form] += count
        self.titled.update(other.titled)
        self.roles.update(other.roles)
        self.first = min(self.first, other.first)
        for count in _COUNTED:
            setattr(self, count, getattr(self, count) + getattr(other, count))
        self.sources.extend(s for s in other.sources if s not in self.sources)
        self.stories |= other.stories

    @property
    def kind(self) -> str:
        if self._kind is None:
            self._kind = self._read_kind()
        return self._kind

    def _read_kind(self) -> str:
        if self.name in COUNTRIES:
            return "country"
        if self.name in COUNTRY_ALIASES:
            return "organisation"  # the European Union, the United Nations, NATO
        kind = self.kinds.most_common(1)[0][0]
        words = self.name.lower().split()
        head = name_head(self.name) or words[-1]
        titled = any(self.forms[f] == 0 for f in self.forms)  # "Mrs Court" is a person
        if len(words) > 1 and (head in ORG_NAME_WORDS | CLUB_NAME_WORDS or head in ("mps", "meps")):
            if not titled:
                return "organisation"  # "Leicestershire County Council", tagged a person
        if words[0] == "team" and len(words) > 1 and not titled:
            return "organisation"  # "Team Britney", "Team Sky": a group, tagged a person
        if words[0] in CLUB_NAME_WORDS | {"city"} and len(words) == 1 and kind == "person":
            return "organisation"  # "City seemed content to sit back": a club, no one's name
        if words[-1] == "town" and len(words) > 1 and kind == "person" and not titled:
            return "organisation"  # "Yeovil Town 0": a club, tagged a person
        if (head in PARTY_NAME_WORDS - PARTY_WORDS or words == ["labour"]) and not titled:
            return "organisation"  # "Lib Dems", "Labour", tagged a person (not "the Tory")
        if kind != "person" and self.roles and self.name not in CAPITALS:
            # (not "Kiev", a "head" read into its role)
            post = _post_held(self.roles.most_common(1)[0][0])
            if post or self.kinds["person"] >= self.kinds[kind]:
                return "person"  # "Atletico Madrid boss Diego Simeone", a place as often;
                # "Defense Minister Gen Nakatani", tagged an organisation
        if words[0] in TITLE_GENDER and len(words) > 1 and kind != "place":
            return "person"  # "Duchess of Cambridge", tagged an organisation
        # "Choudhury said he wanted", tagged an organisation; "Apple said he would leave",
        # once among many of Apple's statements, is about someone else
        # (and not "Facebook", named 69 times in a day, once before a "he")
        he = self.called_he and 3 * self.called_he >= max(self.speaks, count_of(self) / 5)
        if kind == "organisation" and he and len(words) <= 3:
            return "person"
        if kind in ("organisation", "place") and any(
            f[0].isupper() and " " in f and title_of(f) in COMMON_TITLES | CLERICAL_TITLES
            for f in self.forms
        ):
            return "person"  # "Mr Janner", "Rev Jane Oakes", tagged an organisation or a place
        # "Yukos said it will sue"; "Anna Berg said it will open in May" is about a shop
        it = self.called_it and 3 * self.called_it >= self.speaks and len(words) == 1
        person = he or titled or self.roles
        # "Titan, a California-based company"; not Donald Trump, named ten times, once near
        # "the company" (his campaign's)
        company = self.called_company and (
            len(words) == 1 or 3 * self.called_company >= self.kinds[kind]
        )
        if kind in ("person", "place") and (company or it) and not person:
            return "organisation"  # "Titan, a California-based company", tagged a place
        return "organisation" if kind == "group" else kind  # "Republicans", "the Greens"


def _post_held(role: str) -> bool:
    """ "Defense Minister": a post only a person holds, named by its last word."""
    return bool(role) and role.split()[-1].lower() in TITLE_WORDS


def title_of(form: str) -> str:
    """ "mr" of "Mr. Janner": a form's first word as the title lists hold it."""
    return form.split()[0].lower().rstrip(".")


def count_of(group: Group) -> int:
    return sum(group.forms.values())


def initials(name: str, every: bool = False) -> str:
    """ "USI" for "University of Southern Indiana"; with ``every``, "IoD" for "Institute
    of Directors"."""
    return "".join(w[0] for w in name.split() if every or w[:1].isupper())
