"""Which earlier actor "he", "she" or "they" opens on: the parts of ``Resolver`` that read
the sentences around a pronoun."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from briefing.analysis.referents import entity_of, new_person_since, unnamed_body_since
from briefing.nlp.lexicon import (
    PASSERS_BY,
    PRONOUN_GENDER,
    RANK_MODIFIERS,
    THIRD_PLURAL,
    UNNAMED_PEOPLE,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token


def _before_opening(word: Token) -> bool:
    """Punctuation, "And", "But" or "Then" before a sentence's first word."""
    return word.is_punct or word.dep_ in ("cc", "advmod")


def _main_subject_before(sentence: Span, deps: tuple[str, ...]) -> Token | None:
    """The subject of the main verb of the sentence before ``sentence`` (not its first)."""
    before = sentence.doc[sentence.start - 1].sent
    return next((c for c in before.root.children if c.dep_ in deps), None)


class Antecedents:
    """Read by ``Resolver``: needs its ``actors``, ``name``, ``is_person``, the sorted
    ``_named`` mentions with their ``_starts``, each person's ``_titles`` and ``_gender``."""

    def learn_genders(self, docs: Iterable[Doc]) -> None:
        """ "Vikki Joseph isn't satisfied. She describes herself ...": a sentence that opens
        on "she" or "he" after one whose subject is the only person named in it says that
        person's gender, when neither title nor first name did (and no other sentence says
        the other)."""
        seen: dict[str, set[str]] = {}
        for doc in docs:
            for sentence in doc.sents:
                pronoun = next((t for t in sentence if not _before_opening(t)), None)
                if pronoun is None or pronoun.lower_ not in ("he", "she"):
                    continue
                if pronoun.dep_ != "nsubj" or any(
                    t.is_quote for t in doc[sentence.start : pronoun.i]
                ):
                    continue  # '"He lied to me," she said': someone else, in her words
                subject = self._opening_subject(pronoun)
                people = [e for e in subject.sent.ents if e.label_ == "PERSON"] if subject else []
                if len(people) != 1 or not people[0].start <= subject.i < people[0].end:
                    continue
                name = self.name(people[0].text)
                if name and self.is_person(name) and name not in self._gender:
                    seen.setdefault(name, set()).add(PRONOUN_GENDER[pronoun.lower_])
        self._gender.update({n: g.pop() for n, g in seen.items() if len(g) == 1})

    def _unnamed_since(self, pronoun: Token, offset: int) -> bool:
        """Whether "he" or "she" opens on the sentence after someone unnamed spoke or acted
        ("A spokesman said ... He refused"), with no person named since. (In that same
        sentence, "a spokesman said he would" is as often about whom the spokesman speaks for.)"""
        start = pronoun.sent.start
        if not start:
            return False
        until = bisect.bisect_left(self._starts, offset + pronoun.idx)
        for t in pronoun.doc[start - 1].sent:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.ent_type_:
                continue
            lemma = t.lemma_.lower()
            unnamed = lemma in UNNAMED_PEOPLE or lemma in PASSERS_BY
            if not unnamed or entity_of(t):
                continue
            if any(c.dep_ == "appos" for c in t.children):
                continue  # "a spokesman, Tom Reed,"
            since = bisect.bisect_left(self._starts, offset + t.idx)
            if not any(self.is_person(n) for _, n, _ in self._named[since:until]):
                return True
        return False

    def body_described_since(self, noun: Token, offset: int, who: str) -> bool:
        """Whether a body with no name was described after ``who`` was last named and
        before ``noun`` ("the group" after "the terrorist cell", not al Qaeda)."""
        start = self._last_start(who, offset + noun.idx)
        return start is not None and unnamed_body_since(noun, start - offset)

    def _newcomer_since(self, pronoun: Token, offset: int, who: str, gender: str) -> bool:
        """Someone of the pronoun's gender brought in unnamed after ``who`` was last named
        ("Brady said ... a fellow graduate student, a woman ... he warned she should stay
        away"): "she" may be her, so it is no one's."""
        start = self._last_start(who, offset + pronoun.idx)
        return (
            bool(gender) and start is not None and new_person_since(pronoun, start - offset, gender)
        )

    def _rival_since(self, pronoun: Token, offset: int, who: str, gender: str) -> bool:
        """Another person of the pronoun's gender named in its sentence after ``who``, the
        subject it was taken for ("Harman defended Ms Abbott, pointing out she had said she
        would back the bill"): "she" may be either."""
        if not gender:
            return False
        at = offset + pronoun.idx
        since = max(offset + pronoun.sent.start_char, self._last_start(who, at) or 0)
        i, j = bisect.bisect_right(self._starts, since), bisect.bisect_left(self._starts, at)
        aside = {  # "Daley, who won bronze with Dan Goodfellow, suggested he would"
            t.idx + offset
            for t in pronoun.sent
            if any(a.dep_ in ("relcl", "appos") and a.right_edge.i < pronoun.i for a in t.ancestors)
        }
        return any(
            n != who and self.is_person(n) and self._gender.get(n) == gender and s not in aside
            for s, n, _ in self._named[i:j]
        )

    def _last_start(self, who: str, before: int) -> int | None:
        i = bisect.bisect_left(self._starts, before)
        return next((s for s, n, _ in reversed(self._named[:i]) if n == who), None)

    def _it_opens_on(self, pronoun: Token, offset: int, found: str | None) -> str | None:
        """ "The government needs its bill passed before the Commons closes. But it will
        also seek": a sentence's opening "it" goes on with the thing the sentence before was
        about, not the last organisation named in a clause of it; when that thing is no
        actor ("the government", "the plan"), no one."""
        subject = self._opening_subject(pronoun)
        plural = subject is not None and subject.tag_ in ("NNS", "NNPS") and not subject.ent_type_
        if subject is None or subject.pos_ in ("PRON", "DET") or plural:
            return found  # "it" is neither "this" nor the "profits" of the firm named
        if subject.ent_type_ == "PERSON":
            return found  # nor the person: the firm they speak for
        who = self.token(subject, offset)
        actor = self.actors.get(who or "")  # (a capital's country may be no actor here)
        return who if actor is not None and actor.kind != "person" else None

    def _opening_subject(self, pronoun: Token) -> Token | None:
        """The subject of the sentence before, when the pronoun opens its own sentence
        (after "And", "But" or "Then")."""
        sentence = pronoun.sent
        opening = [t for t in sentence if not _before_opening(t)][:1]
        if opening != [pronoun] or sentence.start == 0:
            return None
        return _main_subject_before(sentence, ("nsubj", "nsubjpass"))

    def _subject_before(self, pronoun: Token) -> str | None:
        """ "The Young Lions beat Holland on penalties. They will open ...": a sentence's
        opening "they" ("And they") is the group the sentence before was about, not its last
        name; if that sentence opened on "they" too, the group that one was about."""
        subject = self._opening_subject(pronoun)
        if subject is not None and subject.dep_ != "nsubj":
            subject = None
        if subject is not None and subject.lower_ == pronoun.lower_:
            return self._subject_before(subject)  # "They said ... And they pledged"
        span = entity_of(subject) if subject is not None else None
        name = self.name(span.text) if span is not None else None
        actor = self.actors.get(name or "")
        listed = subject is not None and any(
            c.conjuncts for c in (subject, *(a for a in subject.children if a.dep_ == "appos"))
        )  # "O'Malley, Webb and Sanders are testing the waters. They have": the first named
        if actor is not None and actor.kind == "person" and listed:
            return name
        return name if actor is not None and actor.kind in ("organisation", "country") else None

    def person_before(self, pronoun: Token, gender: str, depth: int = 0) -> str | None:
        """ "Heidemann asked why no one complained when Fletcher was mayor. He said": the
        subject of its sentence, with no one named before it there, is the person the
        sentence before was about (its main subject), not the last one named in a clause of
        it; through a chain of "He said ... '...,' he said". None when that is no person."""
        sentence = pronoun.sent
        if pronoun.dep_ != "nsubj" or pronoun.head != sentence.root or not sentence.start:
            return None
        if any(e.label_ == "PERSON" and e.start < pronoun.i for e in sentence.ents):
            return None
        subject = _main_subject_before(sentence, ("nsubj",))
        if subject is None:
            return None
        if subject.lower_ == pronoun.lower_:
            return self.person_before(subject, gender, depth + 1) if depth < 2 else None
        span = entity_of(subject)
        name = self.name(span.text) if span is not None and span.label_ == "PERSON" else None
        if name is None or not self.is_person(name) or self._gender.get(name, gender) != gender:
            return None
        return name

    def _governing_subject(self, token: Token) -> str | None:
        """ "Italy signed an accord with Tunisia in which they promised": the subject of the
        clause that "they" sits in, before a nearer name (a group, not a person)."""
        for verb in token.ancestors:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.i > token.i or subject.lower_ in THIRD_PLURAL:
                continue
            named = [subject, *(c for c in subject.children if c.dep_ in ("appos", "acl"))]
            spans = [entity_of(t) for t in named]  # "pop band Busted have confirmed that they"
            span = next((s for s in spans if s is not None), None)
            name = self.name(span.text) if span is not None else None
            actor = self.actors.get(name or "")
            return name if actor is not None and actor.kind != "person" else None
        return None

    def last_titled(
        self, word: str, before: int, modifiers: frozenset = frozenset(), within: int | None = None
    ) -> str | None:
        """The last person named before ``before`` (``within`` that many characters) who has
        ``word`` in a title or role, and its ``modifiers`` ("vice" in "the vice president";
        without it, no vice president)."""
        i = bisect.bisect_left(self._starts, before)
        for start, name, _ in reversed(self._named[:i]):
            if within is not None and before - start > within:
                return None
            actor = self.actors.get(name)
            titles = self._titles.get(name, set())
            if actor is None or actor.kind != "person" or word not in titles:
                continue
            if modifiers <= titles and (modifiers or not titles & RANK_MODIFIERS):
                return name
        return None
