"""Demands asked in other words than "urged X to" or "X must": reported ("Blinken said
Russia must respond", "said Iran needs to stop", "said it was vital that Congress acted")
and turned round ("Russia was urged by the EU to withdraw")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.attribution import speaker_of_report
from briefing.analysis.forms import agent_of, is_someone, to_infinitive
from briefing.analysis.subjects import subject_of
from briefing.analysis.voices import is_analyst
from briefing.nlp.lexicon import (
    ARGUING_VERBS,
    HOPING,
    NOT_ACTS,
    NOT_OFFERED,
    REPORTING_VERBS,
    URGENT,
    VERB_TYPES,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from briefing.analysis.resolve import Resolver

# lemmas: what one says or argues another must do is one's demand
DEMAND_SAID = REPORTING_VERBS | ARGUING_VERBS
_DONE = frozenset({"agreement", "refusal"})  # "the plan was rejected by the Senate": a fact
# lemmas whose that-clause is what one wants of another, not the other's word
WANTING = HOPING | {lemma for lemma, kind in VERB_TYPES.items() if kind == "demand"} - {"insist"}


def by_agent(token: Token, resolver: Resolver, offset: int, speaker: str, negated: bool):
    """ "Russia was urged by the EU to withdraw", "workers were promised by the firm to keep
    their jobs": the one named after "by" commits, to the subject."""
    agent = agent_of(token)
    if agent is None or not is_someone(agent) or VERB_TYPES[token.lemma_.lower()] in _DONE:
        return None
    who = resolver.token(agent, offset, speaker)
    if not who:
        return None  # else the subject, the one offered to, would be taken for the committer
    kind = VERB_TYPES[token.lemma_.lower()]
    acts = [c for c in token.children if c.dep_ == "xcomp" and to_infinitive(c)]
    if not acts and kind in ("pledge", "promise", "offer"):  # "were promised a pay rise by"
        things = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if things and not any(is_someone(t) or t.lemma_.lower() in NOT_OFFERED for t in things):
            return kind, token, things[:1], {"verb", "nominal", "agent"}, who, negated
    if not acts or acts[0].lemma_.lower() in NOT_ACTS:
        return None
    return kind, token, acts[:1], {"verb", "agent"}, who, negated


def demand_reported_by(token: Token, offset: int, resolver: Resolver) -> str:
    """ "Blinken said Russia must also respond", "Holme argued that broadcasters should":
    the one who said it, whose demand it is (not "the report said" or an analyst's view,
    and not deeper than the clause said)."""
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in DEMAND_SAID:
        return ""
    reporter = speaker_of_report(token, offset, resolver, DEMAND_SAID)
    if not reporter or is_analyst(reporter, resolver):
        return ""
    return reporter


def obliged_said_by(token: Token, offset: int, resolver: Resolver) -> str:
    """ "Jones said Iran needs to stop", "said the US has to do more": as "must", the
    demand of the one who said it."""
    if token.lemma_.lower() == "need" and token.pos_ == "VERB":
        return demand_reported_by(token, offset, resolver)
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in ("have", "ought"):
        return demand_reported_by(token.head, offset, resolver)
    return ""


def urged_said_by(token: Token, offset: int, resolver: Resolver) -> str:
    """ "Blair insisted it was time for the mayor to say sorry", "said it was vital that
    Congress acted": Blair's demand."""
    time = token.lower_ == "time" and token.dep_ == "attr"
    if not (time or (token.dep_ == "acomp" and token.lemma_.lower() in URGENT)):
        return ""
    return demand_reported_by(token.head, offset, resolver)


def wanted_of_another(verb: Token) -> bool:
    """ "demanding that the government commits to", "hoped the council would agree": what
    one asks or hopes of another."""
    subject = subject_of(verb)
    if subject is None or subject.pos_ == "PRON":
        return False  # "insisted they would hold ministers to account": their own word
    while verb.dep_ == "conj":  # "demanding that staff are heard and that X commits to"
        verb = verb.head
    head = verb.head
    lemma = "hope" if head.lower_ == "hoped" else head.lemma_.lower()  # the tagger's "hop"
    return verb.dep_ == "ccomp" and lemma in WANTING
