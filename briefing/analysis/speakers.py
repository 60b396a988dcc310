"""Who a speech verb's subject is: the parts of ``Resolver`` that name a speaker ("said the
Irishman", '"...," he added', "a spokesman for Lopez", a surname the NER missed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.mentions import without_party
from briefing.analysis.names import first_name_before
from briefing.analysis.referents import (
    entity_of,
    issuer_before,
    one_of_them,
    right_beside,
    voice_owner,
)
from briefing.analysis.roles import title_word
from briefing.nlp.lexicon import (
    DEMONYMS,
    EPITHETS,
    HONORIFICS,
    PRONOUN_GENDER,
    ROLE_WORDS,
    THIRD_PERSON,
    TITLE_GENDER,
    TITLE_WORDS,
)
from briefing.nlp.model import sentence_at

if TYPE_CHECKING:
    from spacy.tokens import Token


class Speakers:
    """Read by ``Resolver``: needs its ``aliases``, ``name``, ``last``, ``token``, ``is_person``,
    ``person_before`` and ``_unnamed_since``."""

    def titled_name(self, span) -> str | None:
        """ "Mr Vale" when the report has a Miss Vale too: the actor of the titled form."""
        before = span.doc[span.start - 1] if span.start else None
        if before is None or before.lower_.rstrip(".") not in TITLE_GENDER:
            return None
        return self.aliases.get(f"{before.text} {span.text}".lower())

    def _missed_name(self, surname: Token) -> str:
        """A person the NER missed, by surname, unless the first name before it says it is
        someone else: "Alison Saunders said" is not Pete Saunders, met earlier."""
        known = self.name(surname.text)
        first = first_name_before(surname)
        if first is None:
            return known or surname.text
        full = f"{first.text} {surname.text}"
        named = self.name(full)
        if named:
            return named
        words = (known or "").split()
        word = first.lower_.rstrip(".")  # "Mr Lock", "Chancellor Brown": a title, no name
        titled = word in HONORIFICS or word in TITLE_WORDS or word in ROLE_WORDS
        titled = titled or word in TITLE_GENDER
        if len(words) > 1 and words[0] != first.text and not titled:
            return full
        return known or surname.text

    def _about_before(self, doc, at: int) -> str | None:
        """The person who is the main subject of the sentence before the one at ``at``."""
        opening = sentence_at(doc, at)
        if opening is None or not opening.start:
            return None
        before = doc[opening.start - 1].sent
        who = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        span = entity_of(who) if who is not None else None
        name = self.name(span.text) if span is not None and span.label_ == "PERSON" else None
        return name if name and self.is_person(name) else None

    def speaker(self, subject: Token, offset: int, quote_start: int | None = None) -> str:
        """Who a speech verb's subject is: a named actor, or the person a pronoun points to;
        for '"...," he said' after a quote that starts at ``quote_start``, the person before
        the quote (the names inside it are those it speaks of)."""
        word = subject.lower_
        if quote_start is not None and word in THIRD_PERSON:
            if self._unnamed_since(subject, offset):
                return ""  # 'A pub spokesman said ... "...," he added': the spokesman
            gender = PRONOUN_GENDER.get(word, "")
            who = self.person_before(subject, gender) or self.last(
                quote_start, "person", gender=gender
            )
            return who or ""
        span = entity_of(subject)
        if _an_age(subject, span):  # "the 22-year-old told BBC Sport": the one just named
            return self.last(offset + subject.idx, "person", within=AGE_REACH) or ""
        if quote_start is not None and _an_epithet(subject):
            # '"...," the billionaire wrote': whom the sentence before the quote was about,
            # or the one person named just before it
            named = self.people_between(quote_start - AGE_REACH, quote_start)
            alone = next(iter(named)) if len(named) == 1 else ""
            return self._about_before(subject.doc, quote_start - offset) or alone
        if one_of_them(subject, span):
            return self.last(offset + subject.idx, "person") or ""  # "said the Irishman"
        if span is not None:
            span = without_party(span)  # "Tory Liam Fox said"
            return (
                self.titled_name(span)
                or self.name(span.text)
                or self.name(untitled(span))
                or span.text
            )
        named = next(
            (c for c in subject.children if c.dep_ == "appos" and right_beside(subject, c)), None
        )
        if named is not None and named.ent_type_ == "PERSON" and subject.ent_type_ != "PERSON":
            return self.speaker(named, offset)  # "said Bolivia's Agriculture Secretary, X"
        if subject.pos_ == "PROPN":
            if not title_word(subject.text):
                return self._missed_name(subject)  # a name the NER missed: "Lind said"
            # "the Conservative MP said": the person so titled before, or no one
            who = self.token(subject, offset) or ""
            return who if self.is_person(who) else ""  # not Streatham of "the Streatham MP"
        owner = voice_owner(subject) or issuer_before(subject)  # "a spokesman for Lopez"
        span = entity_of(owner) if owner is not None else None
        name = self.name(span.text) if span is not None else None
        if name:
            return name
        return self.token(subject, offset) or ""


AGE_REACH = 400  # "the 22-year-old": someone named in the last sentence or two


def _an_age(subject: Token, span) -> bool:
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    return the and span is not None and span.label_ == "DATE" and span.text.endswith("year-old")


def _an_epithet(subject: Token) -> bool:
    """ "the billionaire", with nothing else said of him."""
    words = [c for c in subject.children if c.dep_ != "punct"]
    return subject.lower_ in EPITHETS and [c.lower_ for c in words] == ["the"]


def untitled(span) -> str:
    """ "Nora Quist" of "Insp Nora Quist", "Lukaku" of "Belgian Lukaku": a name tagged with
    the title or the people before it."""
    start = 0
    while start < len(span) - 1 and (
        title_word(span[start].text) or span[start].pos_ == "ADJ" or span[start].text in DEMONYMS
    ):
        start += 1
    return span[start:].text
