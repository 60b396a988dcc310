"""Futures that foretell an outcome rather than name anyone's act: an economy's growth
("Britain will grow faster"), or a state the parser read as a passive ("the effect will be
reduced choice")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.forms import is_passive
from briefing.nlp.lexicon import ECONOMY_MOVES, NAMING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


def economy_foretold(act: Token, subject: Token | None) -> bool:
    """A country's or an economy's growth, told ahead: "Britain will grow faster", "the US
    will continue to drive expansion", "China will overtake the US" (not "China will
    expand its navy": an act)."""
    named = subject is not None and subject.ent_type_ in ("GPE", "NORP")
    if not (named or (subject is not None and subject.lemma_ == "economy")):
        return False
    verbs = [act, *(c for c in act.children if c.dep_ == "xcomp")]
    for verb in verbs:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        lemma = verb.lemma_.lower()
        if lemma in ECONOMY_MOVES and (not objects or lemma in ("overtake", "outpace")):
            return True
        if any(o.lemma_.lower() in ECONOMY_MOVES for o in objects):
            return True  # "drive expansion", "lead the recovery"
    return False


def copula_misread(act: Token) -> bool:
    """ "the effect of it will be reduced choice": "be" and a noun, parsed as a passive with
    an object predicate, which only naming verbs take ("will be considered an invasion")."""
    return (
        is_passive(act)
        and act.lemma_.lower() not in NAMING_VERBS
        and any(c.dep_ == "oprd" and c.pos_ == "NOUN" for c in act.children)
    )
