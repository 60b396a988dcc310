"""Which future acts warn or threaten: a sanction named in the act's own words, a passive
that foretells one ("will be met with a swift response"), a harm promised on a condition."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.clauses import own_words
from briefing.analysis.conditions import condition_of
from briefing.analysis.forms import harmful, is_passive, prep_objects
from briefing.nlp.lexicon import (
    ANSWERED,
    BEARING,
    COURTS,
    FORCE,
    PUNITIVE,
    RESISTING,
    SANCTIONS,
    THREATENED_HARMS,
    VERB_TYPES,
    WITHDRAWN_CLAIMS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def future_kind(verb: Token, negated: bool) -> str:
    """The type of a future act: a sanction warns (a threat with a condition), a harm
    denied assures, any other denial refuses; the rest are intentions."""
    lemma = verb.lemma_.lower()
    # what follows the verb: not "In addition to the fine, Magnolia will pay to produce"
    objects = {t.lemma_.lower() for t in own_words(verb)}
    if negated:
        return "assurance" if harmful(verb) else "refusal"
    priced = objects & {"month", "monthly", "subscription"}  # "a £20 a month wi-fi tariff"
    # "will fight the bans", "will appeal against the fine", "will pay the fine"
    resisted = lemma in RESISTING or lemma in BEARING
    if lemma == "respond" and any(
        t.i > verb.i and t.lemma_.lower() in ANSWERED for t in verb.subtree
    ):
        return "intention"  # "will respond when the report is out": anywhere after it
    if lemma == "withdraw" and concession(objects | {lemma}):
        return "intention"  # "will withdraw their pending neglect petition"
    # "will take them to court", "ready to take the matter in front of a judge" (not "take
    # his case to the Supreme Court": an appeal of one's own)
    own_case = any(
        c.dep_ == "dobj" and any(p.dep_ == "poss" for p in c.children) for c in verb.children
    )
    sues = lemma in ("take", "go") and bool(objects & COURTS) and not own_case
    punitive = objects & PUNITIVE and not priced and not resisted
    if lemma in PUNITIVE or punitive or sues or punishes(verb):
        return "threat" if condition_of(verb, verb) else "warning"
    if lemma in THREATENED_HARMS and condition_of(verb, verb):
        return "threat"  # "if North Korea provokes, we will immediately destroy them"
    return "intention"


def concession(words: set[str]) -> bool:
    """Lemmas of a withdrawal that gives something up, no penalty: "withdraw the petition",
    "withdraw its troops" (not "withdraw its ambassador")."""
    return "withdraw" in words and bool(words & WITHDRAWN_CLAIMS)


def punishes(verb: Token) -> bool:
    """A passive that foretells a sanction: "will be punished", "will be met with a swift
    response", "will be dealt with firmly", "will be taken seriously"."""
    if not is_passive(verb):
        return False
    lemma = verb.lemma_.lower()
    words = {c.lower_ for c in verb.children}
    if lemma == "meet":  # "met with a swift response", not "met with cheers"
        met = {o.lemma_.lower() for o in prep_objects(verb, "with")}
        return bool(met & (PUNITIVE | FORCE))
    if lemma == "take":
        return "seriously" in words
    if lemma == "deal":
        return "with" in words and bool(words & {"firmly", "severely", "harshly", "swiftly"})
    return lemma in SANCTIONS


def faces_a_penalty(verb: Token) -> bool:
    """ "(warned that) Russia would face serious consequences", "would face sanctions": the
    active form of "would be punished"."""
    return verb.lemma_.lower() == "face" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PUNITIVE for c in verb.children
    )


def told_as(act: Token) -> str:
    """The type the teller's own verb gives a quoted act when the parser hung the lead-in
    under it: 'Reed threatened her with the words: "I will arrest you!"', 'footage showed the
    officer ... threatening her with the words: "I will ..."' are threats ("" for none, or
    for a verb that only says)."""
    lead_in = next((c for c in act.children if c.dep_ == "ccomp" and c.i < act.i), None)
    if lead_in is None:
        return ""
    verbs = [t for t in lead_in.subtree if t.pos_ == "VERB"]
    kind = VERB_TYPES.get(verbs[-1].lemma_.lower(), "") if verbs else ""
    return kind if kind in ("threat", "warning", "promise", "pledge") else ""
