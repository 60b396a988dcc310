"""Futures that foretell an outcome rather than name anyone's act: an economy's growth
("Britain will grow faster"), a state the parser read as a passive ("the effect will be
reduced choice"), a place's hours ("the museum will reopen on Saturday") or a fixture
("Forest Green will host MK Dons")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.forms import is_passive
from briefing.nlp.lexicon import ECONOMY_MOVES, FIXTURES, NAMING_VERBS, OPENING

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


def hours_told(act: Token) -> bool:
    """ "The Statue of Liberty will reopen to the public Saturday": a place's opening times, a
    schedule for what's next (not "Tesco will close 40 stores": an act with its object)."""
    if act.lemma_.lower() not in OPENING or is_passive(act):
        return False  # "the tunnel would be closed from 20 March": ScotRail closes it
    return not any(c.dep_ in ("dobj", "prt") for c in act.children)


def fixture_told(act: Token, subject: Token | None) -> bool:
    """ "Forest Green will host MK Dons", "Norvik Rovers will face Harbour United": one club
    meeting another, a fixture (the tagger calls either side a person as often); not "Obama
    will host Netanyahu", "China will host the summit"."""
    if act.lemma_.lower() not in FIXTURES or subject is None or subject.pos_ != "PROPN":
        return False
    sides = [subject, *(c for c in act.children if c.dep_ == "dobj" and c.pos_ == "PROPN")]
    labels = {t.ent_type_ for t in sides}
    return len(sides) == 2 and "ORG" in labels and not labels & {"GPE", "NORP"}
