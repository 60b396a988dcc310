"""On what condition a committed act is to happen: "if Marenian forces continue shelling",
"unless", "until the truce begins" (a date after "until" is a time, see ``times.time_of``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.clauses import marked, purpose, span_text, worded_condition
from briefing.nlp.lexicon import CONDITION_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Token


def condition_of(action: Token, head: Token) -> str:
    """ "if Marenian forces continue shelling the border towns"."""
    for clause in (c for c in action.children if c.dep_ == "advcl" and purpose(c)):
        for child in clause.children:  # "send troops to protect them if the talks fail"
            if is_condition(child):
                return _condition_text(child)
    node = action
    seen = 0
    while seen < 6:
        for child in node.children:
            if is_condition(child):
                return _condition_text(child)
            if worded_condition(child):  # "as long as it protects farmers"
                return span_text(child)
            if child.dep_ == "prep" and child.lower_ in ("until", "unless"):
                if not _names_a_date(child):  # "until 2029" is a time, not a condition
                    return span_text(child)
        if node.i == head.i or node.head.i == node.i:
            break
        node = node.head
        seen += 1
    for child in head.children:
        if is_condition(child):
            return _condition_text(child)
    return ""


def stray_infinitive(clause: Token) -> Token | None:
    """ "We pledge, if this turns out to be impossible, to respond": the parser hangs the
    pledged "to respond", after the comma that closes the condition, on the condition."""
    if not is_condition(clause):
        return None
    for child in clause.children:
        before = clause.doc[child.left_edge.i - 1]
        to = any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
        if child.dep_ in ("xcomp", "advcl") and to and child.i > clause.i and before.text == ",":
            return child
    return None


def _condition_text(clause: Token) -> str:
    """ "if necessary all because of ...": the parser hangs "all" on "necessary"."""
    stray = stray_infinitive(clause) or _next_infinitive(clause)
    if stray is not None:
        end = stray.left_edge.i
        while end > clause.i and clause.doc[end - 1].lower_ in (",", "and", "or"):
            end -= 1
        return clause.doc[clause.left_edge.i : end].text.strip(' ,;:"“”')
    last = max(clause.subtree, key=lambda t: t.i)
    if last.dep_ == "npadvmod" and last.head.i == clause.i and last.pos_ in ("PRON", "DET"):
        return clause.doc[min(t.i for t in clause.subtree) : last.i].text.strip(' ,;:"“”')
    return span_text(clause)


def _next_infinitive(clause: Token) -> Token | None:
    """ "until the ceasefire begins, and to fully abide by": the next act asked for, hung on
    the condition by the parser."""
    for child in clause.children:
        to = any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
        if child.dep_ == "conj" and to and child.i > clause.i:
            return child
    return None


def is_condition(child: Token) -> bool:
    # "while" opens a contrast as often as a condition: only "if", "unless", "once", ...
    return child.dep_ == "advcl" and marked(child, CONDITION_MARKS)


def _names_a_date(prep: Token) -> bool:
    words = [t for t in prep.subtree if t.i != prep.i and not t.is_punct]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)
