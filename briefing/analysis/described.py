"""A described speaker as a second reference to a named person: "Federica Mogherini told
CNN ... The EU high representative for foreign affairs said" gives Mogherini that role."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.analysis.role_text import clean_role, short_role
from briefing.analysis.roles import contiguous
from briefing.nlp.lexicon import RANK_MODIFIERS, ROLE_WORDS, SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing.models import Mention


def described_speakers(doc: Doc, mentions: list[Mention], offset: int) -> list[Mention]:
    """ "Federica Mogherini told CNN ... The EU high representative for foreign affairs said":
    a described speaker right after a named one is a second reference, so the name takes
    the description as its role (when nothing else gave it one, and no other person in the
    chunk holds that title). With no one speaking there, a description that opens its
    sentence is the one person named in the sentence before."""
    people = [m for m in mentions if m.label == "PERSON"]
    out = list(mentions)
    for sent in doc.sents:
        head = _described_subject(sent)
        if head is None or not sent.start:
            continue
        previous = doc[sent.start - 1].sent  # and the one before: a title in quotes splits
        before = doc[previous.start - 1].sent if previous.start else previous
        lo, hi = offset + before.start_char, offset + previous.end_char
        speakers = {m.text for m in people if m.speaks and lo <= m.start < hi}
        if not speakers and head.left_edge.i == sent.start and _once_or_now(head):
            # "Wall Street is ready for Hillary Clinton. The former secretary of state
            # confirmed": the one person of the sentence before, described as it opens
            # ("The judge said", after a defendant is named, is someone else)
            first, last = offset + previous.start_char, offset + previous.end_char
            speakers = {m.text for m in people if first <= m.start < last}
        if len(speakers) != 1 or any(_holds(head, f"{m.role} {m.title}") for m in people):
            continue
        earlier = doc[before.start : previous.end]
        if any(t.lemma_ == head.lemma_ and t.dep_ in _OBJECTS and t.tag_ == "NN" for t in earlier):
            continue  # "Adeli looks up at the officer ... The officer says": that officer
        name = speakers.pop()
        if any(
            m.role and m.text.split()[-1] == name.split()[-1] for m in out if m.label == "PERSON"
        ):
            continue  # "UKIP leader Nigel Farage" later: "the prime minister" is someone else
        role = short_role(clean_role(_without_clauses(head).text))
        out = [replace(m, role=role) if m.text == name and m.label == "PERSON" else m for m in out]
    return out


_OBJECTS = ("dobj", "pobj", "dative")


def _without_clauses(head: Token) -> Span:
    """The description up to a clause on it: "The former governor, who capped off his
    trip" is "former governor"."""
    clause = {t.i for c in head.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    # (a hyphen or a possessive mark is part of it: "president-elect", "the EU's envoy")
    words = [t for t in head.subtree if t.i not in clause]
    run = contiguous([t for t in words if not t.is_punct or t.text == "-"], head)
    return head.doc[run[0].i : run[-1].i + 1]


def _holds(title: Token, roles: str) -> bool:
    """Whether someone's roles have this title: "the chancellor" is not the shadow
    chancellor (but "the shadow chancellor" is)."""
    if {c.lower_ for c in title.children} & RANK_MODIFIERS:
        return title.lower_ in roles.lower()
    words = roles.lower().split()
    ranked = {i + 1 for i, w in enumerate(words) if w in RANK_MODIFIERS}  # "shadow" before
    return any(w == title.lower_ and i not in ranked for i, w in enumerate(words))


def _once_or_now(role: Token) -> bool:
    """ "the former secretary of state", "the new president": how a report names again."""
    return any(c.lower_ in ("former", "new", "outgoing", "incoming") for c in role.children)


def _described_subject(sent: Span):
    """The head noun of "the [...] representative [...]" as the subject of a verb of
    saying, with no name in it; else None."""
    for token in sent:
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in SPEECH_VERBS:
            continue
        if token.pos_ != "NOUN" or token.lower_ not in ROLE_WORDS:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            continue
        if any(t.ent_type_ == "PERSON" for t in token.subtree):
            continue
        return token
    return None
