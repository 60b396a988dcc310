"""Commitment forms that are only ways of speaking: "I must say that", "we must recognise
that", "Should the union agree, ..." (an "if" put another way)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.subjects import in_first_person, subject_of
from briefing.nlp.lexicon import COGNITION_VERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


def inverted_if(verb: Token) -> bool:
    """ "Should X do Y, ...": the modal opens the clause before its subject, as "if" would."""
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "should"), None)
    if modal is None:
        return False  # before the subject: finding it is the cost of this test on every verb
    subject = subject_of(verb)
    if subject is None or modal.i > subject.i:
        return False
    # the parser hangs it on the main verb as a clause of its own as often as a condition
    asked = verb.sent.text.rstrip(" \"'”’").endswith("?")
    return verb.dep_ == "advcl" or (verb.dep_ == "ccomp" and not asked)


def speaking(verb: Token) -> bool:
    """ "I must say that", "we should stress": a way of speaking, not a demand ("Russia must
    respond" is one)."""
    if verb.lemma_.lower() in COGNITION_VERBS:
        return point_made(verb)
    clause = any(c.dep_ == "ccomp" for c in verb.children)
    return verb.lemma_.lower() in SPEECH_VERBS and (in_first_person(verb) or clause)


def point_made(verb: Token) -> bool:
    """ "we must recognise that some have concerns", "people need to understand that": a
    knowing verb with a that-clause makes a point (not "recognise Palestine", an act)."""
    knowing = verb.lemma_.lower() in COGNITION_VERBS
    return knowing and any(c.dep_ == "ccomp" for c in verb.children)
