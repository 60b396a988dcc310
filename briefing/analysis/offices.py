"""Who "the chancellor", "the PM" or "the England midfielder" is: the parts of ``Resolver``
that find a person called by office or description in the sentence before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.nlp.lexicon import ROLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token


class Offices:
    """Read by ``Resolver``: needs its ``token``, ``is_person``, ``last_titled``,
    ``_opening_subject`` and the ``_titles`` table (the title words each person is given)."""

    def _prime_minister(self, token: Token, offset: int) -> str | None:
        """ "The PM has called for": the prime minister named before, or the person the
        sentence before is about; never an actor called "PM" (the tagger's organisation)."""
        titled = self.last_titled("minister", offset + token.idx)
        if titled and "prime" in self._titles.get(titled, set()):
            return titled
        return self._called_by_office(token, offset)

    def _called_by_office(self, token: Token, offset: int) -> str | None:
        """ "Gordon Brown has made an appeal ... The chancellor would not comment": the person
        the sentence before is about, named there with no title, called by office now."""
        the = token.doc[token.i - 1] if token.i else None
        name = self._person_before(the, offset) if the is not None and the.lower_ == "the" else None
        if name is None or self._titles.get(name, set()) & ROLE_WORDS:
            return None
        return name

    def _described_at_opening(self, token: Token, offset: int, kinds) -> str | None:
        """ "Liverpool captain Steven Gerrard has reiterated his desire to stay. The
        24-year-old England midfielder is determined to ...", "Charles Kennedy is set to
        address ... The Liberal Democrat leader will visit": the person the sentence before
        is about, described as the next one opens (not one called another word of its
        ``kinds``: "Health Secretary Alan Reed ... The chancellor"; nor another named so in
        that sentence, nor "the owner of Nasdaq", described in full)."""
        the = next((c for c in token.children if c.dep_ == "det" and c.lower_ == "the"), None)
        if the is None or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in token.children):
            return None
        name = self._person_before(the, offset)
        if name is None:
            return None
        before = token.doc[the.sent.start - 1].sent
        if any(t.lower_ == token.lower_ for t in before):
            return None  # "he once worked with the president ... The president has said"
        called = self._titles.get(name, set()) & kinds
        return name if not called or token.lower_ in called else None

    def _person_before(self, the: Token, offset: int) -> str | None:
        """The person the sentence before is about (its main verb's subject), when ``the``
        opens this one."""
        subject = self._opening_subject(the)
        if subject is None or subject.ent_type_ != "PERSON":
            return None
        name = self.token(subject, offset)
        return name if name is not None and self.is_person(name) else None
