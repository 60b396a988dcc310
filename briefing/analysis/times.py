"""When an act is to happen: the time phrase of a commitment's clause ("by the end of the
month", "next week", "on March 9")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.analysis.clauses import is_time, later_before, marked, span_text
from briefing.analysis.forms import is_perfect
from briefing.nlp.lexicon import QUESTION_MARKS, SPANS_OF_TIME

if TYPE_CHECKING:
    from spacy.tokens import Token

_TIME_PHRASE = re.compile(
    r"\b(?:within (?:days|weeks|hours|months)|in the coming (?:days|weeks|months)|"
    r"next (?:week|month|year)|immediately|(?<!as )soon(?! as\b))\b",  # not "as soon as X"
    re.I,
)


def time_of(action: Token, head: Token) -> str:
    """When the act is to happen: "by the end of the month", "next week", "on March 9"."""
    for root in (action, head):
        if root is head and head is not action and _told_as_past(head):
            continue  # "In June last year, Mr Wallace announced proposals to ...": when said
        if found := _time_beside(root):
            return found
    # not a condition's time, nor a thing's ("resolve a standoff that could prompt a
    # shutdown next week"), nor a clause's ("investigate whether they fell ill on March 18")
    apart = {t.i for c in action.children if c.dep_ == "advcl" for t in c.subtree}
    apart |= {t.i for c in action.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    asked = [
        c
        for c in action.subtree
        if c.dep_ == "ccomp" and c.i != action.i and marked(c, QUESTION_MARKS)
    ]
    apart |= {t.i for c in asked for t in c.subtree}
    apart |= {t.i for c in action.children if _said_when(c, action) for t in c.subtree}
    # nor the subject's: "Officials at the two-day summit will plan": who, not when
    apart |= {t.i for c in action.children if c.dep_ in SUBJECTS for t in c.subtree}
    # nor another clause's with a subject of its own: "with Bankole leaving after nine years"
    # (not the act's object: "allow matches to be played from next season")
    own = [c for c in action.subtree if c.dep_ in _ALONGSIDE and c.pos_ in ("VERB", "AUX")]
    own = [c for c in own if c.i != action.i and any(s.dep_ in SUBJECTS for s in c.children)]
    apart |= {t.i for c in own for t in c.subtree}
    for token in action.subtree:
        if token.i in apart:
            continue
        if token.dep_ == "prep" and is_time(token) and not _record_span(token):
            return _when(_relative_to(token))
        if token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME"):
            if token.doc[token.i + 1 :][:1].text != "-":  # not "an hour-long show": how long
                return _dated(token)
    doc = action.doc
    span = doc[action.left_edge.i : action.right_edge.i + 1]
    for match in _TIME_PHRASE.finditer(span.text):
        word = span.char_span(match.start(), match.end(), alignment_mode="expand")
        if word is not None and word.start not in apart:
            return match.group(0)
    return _clause_of_time(action)


def _clause_of_time(action: Token) -> str:
    """ "will respond when the report is published": a clause that says when, in the
    present (not "when he was in office"), short enough to read as a time."""
    for clause in action.children:
        when = any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)
        if clause.dep_ != "advcl" or not (when or marked(clause, ("when", "after", "before"))):
            continue
        told = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
        said = span_text(clause)
        if not any(t.tag_ in ("VBD", "MD") for t in told) and len(said.split()) <= 12:
            return said
    return ""


SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_ALONGSIDE = ("pcomp", "conj", "parataxis")
_RELATIVE = frozenset({"before", "after", "until", "till", "ahead", "following"})


def _relative_to(time: Token) -> Token:
    """ "refusing to run the advert ahead of its release on Friday": the date is the
    release's, and the act's time is the whole phrase (so with "before", "after", "until")."""
    noun = time.head
    outer = noun.head if noun.dep_ == "pobj" else None
    if outer is not None and outer.lower_ == "of" and outer.head.lower_ == "ahead":
        outer = outer.head
    return outer if outer is not None and outer.lower_ in _RELATIVE else time


def time_said(action: Token, head: Token) -> str:
    """When a commitment made in the past was made ("On October 13, Norland promised to
    open ..."): not the act's time, but what says the promise is old news."""
    if head is action or not _told_as_past(head):
        return ""
    return _time_beside(head)


def _time_beside(root: Token) -> str:
    for child in root.children:
        if _said_when(child, root):
            continue
        if child.dep_ == "prep" and is_time(child) and not _record_span(child):
            return _when(child)
        if child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in ("DATE", "TIME"):
            if child.i - child.sent.start > 4:  # not the dateline's "June 3 -"
                return _dated(child)
    return ""


def _when(prep: Token) -> str:
    """A time phrase without the linking word before it ("on Christmas Day", not "Also on
    Christmas Day"), nor a clause set off after it ("at next month's concert, which will
    feature ...": what the concert is, not when)."""
    said = span_text(prep)
    aside = next((t for t in prep.subtree if t.dep_ in ("relcl", "acl") and t.i > prep.i), None)
    if aside is not None and prep.doc[aside.left_edge.i - 1].text == ",":
        said = prep.doc[prep.i : aside.left_edge.i].text.strip(' ,;:"“”')
    first, _, rest = said.partition(" ")
    said = rest if first.lower() in _LINKING and rest else said
    later = later_before(prep)
    return f"{later.text} {said}" if later is not None else said  # not "in the day"


_LINKING = frozenset({"also", "and", "but", "then", "again"})


def _dated(token: Token) -> str:
    """The date or time a word of one heads, without a manner tagged onto it ("hard
    tomorrow" of "concentrate hard tomorrow")."""
    words = [t for t in token.subtree if t.ent_type_ in ("DATE", "TIME")]
    if not words or words[-1].i - words[0].i + 1 != len(words):
        return span_text(token)
    return token.doc[words[0].i : words[-1].i + 1].text.strip(' ,;:"“”')


def _told_as_past(verb: Token) -> bool:
    """ "announced", "has promised": a commitment made, whose time is the saying's."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and is_perfect(verb))


def _said_when(child: Token, clause: Token) -> bool:
    """ "Deutsche Bank said earlier this month it would cut": the time between the saying
    verb and the reported clause's subject is when it was said, not when the act is."""
    if clause.dep_ != "ccomp" or not clause.head.i < child.i < clause.i:
        return False
    if any(t.is_punct for t in child.doc[clause.head.i : child.i]):
        return False  # 'tells us, "In September, a judge ordered': the order's time
    return any(c.dep_ in ("nsubj", "nsubjpass") and child.i < c.i for c in clause.children)


def _record_span(prep: Token) -> bool:
    """ "for the first time in 25 years", "the biggest rally in a decade": how long since,
    not when the act is to happen."""
    head = prep.head  # the record itself, or the verb whose object it is
    nouns = [head] if head.pos_ != "VERB" else [c for c in head.children if c.dep_ == "dobj"]
    spans = any(c.dep_ == "pobj" and c.lemma_.lower() in SPANS_OF_TIME for c in prep.children)
    return (prep.lower_ == "in" and spans) and any(
        c.dep_ == "amod" and (c.lower_ in ("first", "last") or c.tag_ == "JJS")
        for noun in nouns
        for c in noun.children
    )
