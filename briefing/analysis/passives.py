"""Whose act a passive future is ("the duty would be frozen", "will be set by Ofwat",
"all forms of content will be converged"): the teller's side's, another body's, or no one's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.clauses import is_time
from briefing.analysis.forms import agent_of, is_negated
from briefing.nlp.lexicon import (
    AGENT_NOUNS,
    COUNSEL,
    HARMS,
    PASSIVE_STATES,
    PERSON_NOUNS,
    PLAIN_TELLING,
    ROLE_WORDS,
    SIDE_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# what makes a passive future's subject someone's in particular ("the money will be used")
DEFINITE = frozenset({"the", "this", "these", "that", "those"})


def unowned(subject: Token | None) -> bool:
    """ "all forms of content", "trillions of devices", "potential sources": things in
    general, not "it", "the money" or "our troops", which someone in the story has."""
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in subject.children
    )


def told_of_things(verb: Token, act: Token, subject, resolver, reporter: str) -> bool:
    """ "X said the duty would be frozen": a plain statement (not "suggested", not "didn't
    say what would be taken") of an act done to a thing or a body ("the duty", "unions",
    not a person), by someone who is not counsel, and no opinion ("better spent")."""
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in PERSON_NOUNS:
        return False
    if subject.right_edge.i > verb.i:
        return False  # "a version would be released which would be": a clause misparsed
    clause = verb
    while clause.dep_ == "conj":  # "said the car was impounded and the owner would be"
        clause = clause.head
    told = clause.head if clause.dep_ == "ccomp" else None
    if told is None or told.lemma_.lower() not in PLAIN_TELLING or is_negated(told):
        return False
    if act.lemma_.lower() in HARMS | PASSIVE_STATES:
        return False  # "jobs would be lost", "food will be urgently required"
    if any(c.tag_ in ("RBR", "JJR") or c.dep_ == "relcl" for c in act.children):
        return False  # "would be better spent"; a clause hung on the verb is a misparse
    if any(t.lower_ in ("what", "how", "whether") for t in verb.subtree):
        return False
    actor = resolver.actors.get(reporter)
    return actor is None or not set(actor.role.lower().split()) & COUNSEL


def by_another_body(act: Token, teller: str | None, resolver, offset: int) -> bool:
    """A passive future whose "by" names another body than the teller's side ("set
    independently by Ofwat") or a thing ("controlled by the terms and conditions"); not the
    teller's own ("issued by the union"), a person ("reviewed by a judge"), "us" or a time
    ("introduced by the spring of 2006")."""
    agent = agent_of(act)
    if agent is None or agent.pos_ == "PRON" or is_time(agent.head):
        return False
    if agent.ent_type_ == "PERSON":
        return False
    who = resolver.token(agent, offset, teller or "")
    if who is not None:
        side = resolver.side(teller) if teller else None
        return bool(teller) and who not in (teller, side) and not resolver.is_person(who)
    if agent.ent_type_:
        return True  # a body named only here
    lemma = agent.lemma_.lower()
    return lemma not in AGENT_NOUNS | ROLE_WORDS | PERSON_NOUNS and lemma not in SIDE_NOUNS
