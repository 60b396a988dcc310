"""Which body "the union", "the company" or "a Labour government" is: the parts of
``Resolver`` that find an organisation or country a noun stands for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.names import name_head
from briefing.nlp.lexicon import (
    BUSINESS_NOUNS,
    PUBLIC_BODY_WORDS,
    RULE_WORDS,
    SIDE_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


class Bodies:
    """Read by ``Resolver``: needs its ``actors``, ``name`` and ``last``."""

    def named_like(
        self, noun: str, kind: str | None, before: int | None, within: int | None = None
    ) -> str | None:
        """ "the union" -> the actor whose name has "Union"; "the company" -> the last company
        (``within`` that many characters, as a subject).

        "the government" is left alone: the last place named is often just a city.
        """
        for name in self.actors:
            if name_head(name) == noun:  # "the government" is no Local Government Association
                return name
        if kind in ("organisation", "country") and before is not None:
            # "the country": the last named; "the company" is not "a new Access Services
            # division" named just before
            last = self.last(before, kind, within=within, described=False)
            if last and noun in BUSINESS_NOUNS and PUBLIC_BODY_WORDS & set(last.lower().split()):
                return None  # "the firm" after "the Tories" or a court: a firm not named here
            if last and noun in BUSINESS_NOUNS and last.split()[-1].lower() in RULE_WORDS:
                return None  # "the company" after "the RRP Rule": a rule, no company
            if last and noun in ("authority", "council"):
                if not PUBLIC_BODY_WORDS & set(last.lower().split()):
                    return None  # "the authority" after a foundation: the city's, not named
            return last
        return None

    def _other_body_first(self, token: Token, who: str) -> bool:
        """Another organisation named earlier in the noun's sentence than the noun, not the
        one it was taken for (the tagger may miss it there: "an executive at Euronext")."""
        for t in token.sent:
            if t.i >= token.i:
                return False
            name = self.name(t.text) if t.pos_ == "PROPN" else None
            actor = self.actors.get(name or "")
            if name != who and actor is not None and actor.kind == "organisation":
                return True
        return False

    def _nationality(self, noun: Token, owner: Token, who: str) -> bool:
        """A country before a company noun says where the company is from, not whose it is
        ("the US firm agreed to pay"); before "government" it is whose. A possessive says
        whose, unless the body is one of a kind ranked there ("the UK's biggest union")."""
        actor = self.actors.get(who)
        if actor is None or actor.kind not in ("country", "place"):
            return False
        kind = SIDE_NOUNS[noun.lower_]
        if owner.dep_ == "poss":
            ranked = any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children)
            return ranked and kind not in ("place", "country")
        return kind == "organisation"

    def _party_in_power(self, noun: Token) -> str | None:
        """ "a Labour government", "a Conservative government": the party a government of
        theirs would be (a known organisation named before "government", not a country)."""
        if noun.lower_ != "government":
            return None
        for child in noun.children:
            if child.dep_ in ("compound", "amod") and child.text[:1].isupper():
                name = self.name(child.text) or self.name(child.text + "s")
                actor = self.actors.get(name or "")
                if actor is not None and actor.kind == "organisation":
                    return name
        return None


def defined_before(noun: Token) -> Token | None:
    """The name a body was given with this noun earlier in the text ("The group, WeWorkers
    Coalition, formed ...", "WeWorkers Coalition, a group of employees"): what "the group"
    means after it, more than whatever body was named last."""
    lemma = noun.lemma_.lower()
    for token in reversed(noun.doc[: noun.sent.start]):
        if token.lemma_.lower() == lemma and token.dep_ != "appos":
            named = next((c for c in token.children if c.dep_ == "appos"), None)
            if named is not None and named.ent_type_ == "ORG":
                return named
        elif token.dep_ == "appos" and token.lemma_.lower() == lemma:
            if token.head.ent_type_ == "ORG" and token.head.i < token.i:
                return token.head
    return None
