"""Statements about the future as commitments: "we will", "would return", "is going to",
"the council is to close"; which are a speaker's or actor's own act, and which are
forecasts, hopes, questions or states."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.attribution import (
    is_agent,
    is_speakers_side,
    speaker_of_report,
    subject_of,
)
from briefing.analysis.clauses import (
    condition_of,
)
from briefing.analysis.forms import (
    harmful,
    has_modal,
    is_passive,
    is_perfect,
    wh_object,
)
from briefing.nlp.lexicon import (
    HARMS,
    HOPE_NOUNS,
    LEMMA_FIXES,
    NOT_ACTS,
    OPINION_VERBS,
    PUNITIVE,
    REPORTING_VERBS,
    SPEECH_VERBS,
    VERB_TYPES,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs whose that-clause may hold someone's own future ("she said she would", "the plan
# is that"); commitment verbs are read as themselves
REPORTED = (SPEECH_VERBS | REPORTING_VERBS | {"be"}) - VERB_TYPES.keys()


def future_commitment(token, going, negated: bool, quote, speaker: str, offset: int, resolver):
    """(type, head, actions, cues, forced actor, negated) for a future statement at
    ``token`` (``going``: the act after "going to" / "is to"), or None when it is no one's
    commitment."""
    act = going if going is not None else token
    lemma = LEMMA_FIXES.get(act.lower_, act.lemma_.lower())
    if lemma in NOT_ACTS and not (negated and lemma == "be"):
        return None  # "will feel", "would receive", "will be able to": states
    subject = subject_of(token)
    if lemma in ("take", "require") and subject is not None and subject.lower_ == "it":
        return None  # "it will take an investigation to determine": what is needed
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in act.children):
        return None  # "the marathon will take place": an event, no one's act
    if lemma == "be":
        return None  # "will be": a state (forecasts, "will likely", are hedged in _detect)
    if wh_object(act):
        return None  # "look what I said I'm going to do": no act is named
    if token.dep_ == "ccomp" and token.head.lemma_.lower() not in REPORTED:
        # Under a commitment verb, that verb is the commitment ("warning that Seoul will
        # pay"); under a verb that says nothing, it is no one's word ("when he was
        # elected that he would", "not notified that Yoon would declare martial law").
        return None
    if token.dep_ == "acl" and token.head.lemma_.lower() in HOPE_NOUNS:
        return None  # "there was much hope that he would show mercy": others' hope
    if lemma in OPINION_VERBS and has_modal(token, {"would", "'d"}):
        return None  # "I would dispute the premise": an opinion, politely put
    if has_modal(token, {"would", "'d"}) and is_perfect(token):
        return None  # "would have been influenced": a past that did not happen
    if any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in token.children):
        return None  # "asked whether they would confront": a question or a condition
    if token.dep_ == "ccomp" and token.head.lemma_.lower() == "deny":
        negated = not negated  # "denied that it would attack": says it will not
    passive = is_passive(token)
    if passive and subject is not None and subject.lower_ == "you":
        return None  # "you will be missed", "you won't be shot": said to someone
    if passive and negated:
        # "Indonesia would not be swayed", "he will not be silenced": the subject refuses.
        # Reported of someone else, the reporter's side acts: "He told CNN that clemency
        # would not be extended" (refuses), "Pickles said companies would not be forced
        # to" (assures).
        reporter = speaker_of_report(token, offset, resolver)
        agent = is_agent(token, resolver, offset, speaker)
        who = resolver.token(subject_of(token), offset, speaker) if agent else None
        if reporter and (not agent or who not in (reporter, resolver.side(reporter))):
            kind = "assurance" if agent else "refusal"
            return kind, token, [token], {"future"}, resolver.side(reporter), negated
        if agent:
            return "refusal", token, [token], {"future"}, "", negated
    if passive and not speaker:
        return None  # "Veloso would be returned to prison": by whom?
    if passive and not negated and lemma in HARMS:
        return None  # "more Farkhundas will be killed": a harm foretold, not an act vowed
    if not passive and not is_agent(token, resolver, offset, speaker):
        return None  # "the plan would cost", "markets will price in": predictions
    own = quote is not None and is_speakers_side(token, offset, speaker, resolver)
    if quote is not None and not passive and not own:
        return None  # "she'll have enough policies", said of someone else: a forecast
    cues = {"future_own" if own or passive else "future"}
    if passive:
        cues.add("passive")
    forced = resolver.side(speaker) if passive else ""  # "will be met", says the speaker
    return future_kind(act, negated), token, [act], cues, forced, negated


def future_kind(verb: Token, negated: bool) -> str:
    lemma = verb.lemma_.lower()
    objects = {t.lemma_.lower() for t in verb.subtree}
    if negated:
        return "assurance" if harmful(verb) else "refusal"
    if lemma in PUNITIVE or objects & PUNITIVE:
        return "threat" if condition_of(verb, verb) else "warning"
    return "intention"
