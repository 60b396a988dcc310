"""What the text itself says a name is, whatever the small tagger said: a person it calls
"he", a body it calls "it" and has act, a business it describes as one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.clauses import has_modal
from briefing.nlp.lexicon import (
    COMPANY_NOUNS,
    COMPANY_PEOPLE,
    FUTURE_MODALS,
    NOT_ACTING,
    SPEECH_VERBS,
    VERB_TYPES,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CLAUSES = frozenset({"ccomp", "advcl", "xcomp", "conj"})
SPEAKING = frozenset(SPEECH_VERBS | {"deny"})


def called_pronouns(ent: Span) -> frozenset[str]:
    """ "Choudhury said he wanted", "Choudhury denied it, saying he would never": which of
    "he" and "she" the speaker's own clause calls it (the small tagger's "organisation" is
    a person so called; "she" tells which of two Davises)."""
    verb = ent.root.head
    if ent.root.dep_ != "nsubj" or verb.lemma_.lower() not in SPEAKING:
        return frozenset()
    return frozenset(
        t.lower_
        for t in verb.subtree
        if t.dep_ == "nsubj"
        and t.lower_ in ("he", "she")
        and t.head.dep_ in CLAUSES
        and t.i not in range(ent.start, ent.end)
    )


def called_it(ent: Span) -> bool:
    """ "Yukos has said it will sue", "Southend said they would consider": the small
    tagger's "person" is a body when the speaker's own clause calls it "it" (or "they") and
    has it act ("Smith said it will cost $5m" is about something else)."""
    verb = ent.root.head
    if ent.root.dep_ != "nsubj" or verb.lemma_.lower() not in SPEAKING:
        return False
    return any(
        it.dep_ == "nsubj"
        and it.lower_ in ("it", "they")
        and (clause.lemma_.lower() in VERB_TYPES or _future_act(clause))
        for clause in verb.children
        if clause.dep_ == "ccomp"
        for it in clause.children
    )


def _future_act(verb: Token) -> bool:
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() not in NOT_ACTING
        and has_modal(verb, FUTURE_MODALS)
    )


def called_company(ent: Span) -> bool:
    """ "Titan, a California-based company", "the Titan corporation", "Yukos chief executive
    Steven Theede", "Yukos's shareholders": a business, whatever the tagger said."""
    root = ent.root
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        described.append(root.head)
    between = ent.doc[ent.end : root.head.i + 1] if root.head.i >= ent.end else []
    if root.dep_ in ("compound", "nmod", "poss") and any(
        t.lemma_.lower() in COMPANY_PEOPLE for t in between
    ):
        return True  # "Yukos's shareholders", "Yukos chief executive Steven Theede"
    before = [c for c in root.children if c.dep_ == "compound" and c.i < ent.start]
    if any(c.pos_ == "NOUN" and c.lemma_.lower() in BUSINESS_HEADS for c in before):
        return True  # "equipment supplier Ericsson", "supermarket group Winn-Dixie"
    if root.dep_ in ("compound", "nmod") and ent.label_ not in ("GPE", "LOC"):
        described.append(root.head)  # "the Titan corporation"; "a Texas company" is a place
    return any(
        t.lemma_.lower() in COMPANY_NOUNS and t.i not in range(ent.start, ent.end)
        for t in described
    )


# before a name, what only a business, a club or a band is called: "supermarket group
# Winn-Dixie", "brewing giant Inbev", "pop band Busted" (not "publisher Jann Wenner",
# "film-maker Theo Van Gogh": people; after a name, "the Wolff group" names a family as often)
BUSINESS_HEADS = frozenset(
    """group giant firm company corporation conglomerate retailer manufacturer carmaker
    drugmaker chipmaker airline supplier lender insurer subsidiary startup club side outfit
    team band""".split()
)
