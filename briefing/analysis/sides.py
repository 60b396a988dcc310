"""Whose side a person speaks for: the organisation or country of their role or "X of Y"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.nlp.lexicon import (
    COUNSEL,
    COUNTRIES,
    DEMONYMS,
    GOVERNMENT_OFFICES,
    LOCATIVE,
    NATIONAL_OFFICE,
    NON_STATE_BODIES,
    ROLE_WORDS,
    SEATS_OF_GOVERNMENT,
    SIDE_NOUNS,
    SPOKESPEOPLE,
    STATE_BODIES,
)
from briefing.nlp.model import DATELINE

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FORMER = re.compile(r"\b(?:former|ex|onetime|one-time)\b", re.I)
_NATIONAL_OFFICE = re.compile(NATIONAL_OFFICE, re.I)
_TOP = 800  # a dateline opens the report, after a caption or two at most


class Sides:
    """Read by ``Resolver``: needs its ``actors``, ``name``, ``is_person``, ``named_like``,
    ``dateline`` and the ``_of`` ("Elena Kovar of Ostrava") and ``_affiliations`` tables."""

    def affiliation(self, person: str) -> str | None:
        """The country or organisation a person speaks for, from their role or "X of Y"."""
        if person not in self._affiliations:  # asked for every commitment a person makes
            self._affiliations[person] = self._affiliation(person)
        return self._affiliations[person]

    def _affiliation(self, person: str) -> str | None:
        actor = self.actors.get(person)
        if actor is None or actor.kind != "person":
            return None
        if person in self._of:
            return self._of[person]
        side = self._side_in_role(actor.role)
        if side and side != person:
            return side
        role = actor.role.lower()
        for noun, kind in SIDE_NOUNS.items():
            if re.search(rf"\b{noun}\b", role):
                found = self.named_like(noun, kind, None)
                if found:
                    return found
        office = _NATIONAL_OFFICE.fullmatch(role.removeprefix("the ").strip())
        if office and self.dateline:
            # "JERUSALEM (AP) - Prime Minister Benjamin Netanyahu said": Israel's (a visitor
            # is named with his country); but American wires call their own president
            # "President" in any dateline
            if "president" not in role or self.dateline == "United States":
                return self.name(self.dateline) or self.dateline
        return None

    def _side_in_role(self, role: str) -> str | None:
        """The organisation or country an office names ("Iran's foreign minister", "Liverpool
        vice-captain"); an "Iranian photographer" or a "Marseille prosecutor" holds no
        office in ROLE_WORDS and speaks for no one but themselves."""
        if not any(w.lower().strip(",.'") in ROLE_WORDS for w in re.split(r"[\s-]+", role)):
            return None
        for words in _phrases(role):
            if re.search(r"\bto(?: the)? $", role[: role.find(words)]):
                continue  # "ambassador to the United Nations": where posted, not whose
            side = self.name(words)
            if side:
                after = set(role[role.find(words) + len(words) :].lower().split())
                place = side in self.actors and self.actors[side].kind in ("country", "place")
                if place and NON_STATE_BODIES & after:
                    return None  # "Hong Kong Democratic Party chairwoman": the party's, unnamed
                if place and _another_people(role[role.find(words) + len(words) :]):
                    return None  # "Iraqi Kurdish President": the region's, not Iraq's
                if not place and {"council", "group"} & after:
                    return None  # "Labour council leader": the council's, not his party's
                if self._deputy_of(side, words, role):
                    return None  # "Ronan O'Gara's deputy at fly-half" speaks for no O'Gara
                held = next((p for p in re.split(r",| and ", role) if words in p), role)
                if _FORMER.search(held):
                    return None  # "a Clinton ally and former Obama chief of staff": not now
                return side
        return None

    def _deputy_of(self, side: str, words: str, role: str) -> bool:
        """A person's deputy or colleague ("O'Gara's deputy"), not one who speaks for them
        (a spokesman, a lawyer): "we" in their words is not that person."""
        own = set(re.split(r"[\s'-]+", role.lower())) & (SPOKESPEOPLE | COUNSEL)
        whose = words.endswith(("'s", "’s")) or f"{words}'s" in role
        return self.is_person(side) and whose and not own

    def side(self, person: str) -> str:
        """Whose side someone speaks for: their organisation or country; a government's
        own office ("the State Department") speaks for its country when that is named."""
        who = self.affiliation(person) or person
        office = GOVERNMENT_OFFICES.get(who)
        return (self.name(office) if office else None) or who

    def government_here(self, noun: Token) -> str | None:
        """ "In Pakistan, the government lifted ...": the one country the sentence (else the
        one before it) is set in, when it names no other country or people ("offered the
        Indonesian government": another's)."""
        if [c.lower_ for c in noun.children] != ["the"]:
            return None  # "the Afghan government", "the government of Iraq": said whose
        sentence = noun.sent
        found = self._scene(sentence)
        if found == "" and sentence.start > 0:
            found = self._scene(noun.doc[sentence.start - 1].sent)
        if found == "":  # nothing near: the one country the report names, more than in passing
            countries = [a for a in self.actors.values() if a.kind == "country"]
            named = len(countries) == 1 and countries[0].mentions > 1
            found = countries[0].name if named else ""
        return found or None

    def _scene(self, sentence: Span) -> str | None:
        """The country a sentence is set in ("in", "throughout" it), its only country or
        people named; "" when it names none, None when it names another as well."""
        named = [(self.name(e.text), e.root) for e in sentence.ents]
        named = [(n, root) for n, root in named if n and self.actors[n].kind == "country"]
        if not named:
            return ""
        (name, root), *others = named
        scene = root.dep_ == "pobj" and root.head.lower_ in LOCATIVE
        return name if scene and not others else None

    def allied(self, one: str, other: str) -> bool:
        """On one side: the same side, or a country and its own body ("Libya" and the
        "Libyan Army" whose head speaks)."""
        a, b = self.side(one), self.side(other)
        if a == b:
            return True
        first, _, rest = b.partition(" ")
        body = rest.lower() in STATE_BODIES
        country = self.actors.get(a)
        return body and country is not None and country.kind == "country" and self.name(first) == a


_PEOPLE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ish|ian|an|i|ese)")


def _another_people(after: str) -> bool:
    """A people's or a group's adjective after the country's: "Kurdish", "Taliban"."""
    word = next(iter(after.split()), "")
    adjective = bool(_PEOPLE_ADJECTIVE.fullmatch(word))
    return adjective and word not in DEMONYMS and word.lower() not in ROLE_WORDS


def _phrases(text: str):
    words = text.split()
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            yield " ".join(words[i : i + n])


def dateline_country(text: str) -> str:
    """The country an article is filed from: named in its dateline ("Lagos, Nigeria (CNN)")
    or the seat of its government ("JERUSALEM (AP) -", "TOKYO, March 2 (Reuters) -")."""
    match = DATELINE.search(text[:_TOP])
    if match is None:
        return ""
    place = re.split(r"[(\-–—]", match.group())[0]
    parts = [p.strip().title() for p in place.split(",") if p.strip()]
    country = next((p for p in reversed(parts) if p in COUNTRIES), "")
    return country or (SEATS_OF_GOVERNMENT.get(parts[0], "") if parts else "")
