"""Whether an article opens by reporting events: a report's first sentences say what
happened ("MPs slashed its stake", "has agreed to pay", "is to cut 2,850 jobs", "a survey
suggests"); a feature's or an analysis's set a scene or hold a view ("There is a special
kind of hell", "It's easy to be anxious", "Can you imagine ...?")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefing.nlp.lexicon import MENTAL_STATES, PLAN_VERBS, SPEECH_VERBS
from briefing.nlp.model import sents
from briefing.stories.editorial import gives_death_toll, quoted_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

OPENING_SENTENCES = 3
MIN_TOKENS = 4  # a dateline or a byline is no sentence of the report
PERFECT = frozenset({"has", "have", "had", "'s", "'ve"})
PASSIVE = frozenset({"was", "were", "been", "is", "are", "be"})
AHEAD = frozenset({"will", "'ll", "would", "could", "may", "might", "should", "must"})
# what someone felt or thought, not did ("missed the final" is an event)
FEELINGS = MENTAL_STATES - {"miss"}
# present-tense roots that report ("says", "suggests", "plans", "expects")
PRESENT_REPORTS = SPEECH_VERBS | PLAN_VERBS | {"suggest", "show", "reveal", "find", "face"}


def event_share(docs: Iterable[tuple[int, Doc]]) -> float:
    """The share of the article's first three sentences whose main verb reports an event."""
    read: list[Span] = []  # up to the third long sentence: a quote's state runs forward only
    found = 0
    for sentence in (s for _, doc in docs for s in sents(doc)):
        read.append(sentence)
        found += len(sentence) >= MIN_TOKENS
        if found == OPENING_SENTENCES:
            break
    # '"My son served in the army for four years. ...' opens a feature on someone's words;
    # quotes are followed over every piece, a closing mark split off alone too
    quoted = quoted_words([s.text for s in read])
    opening = [(s, q) for s, q in zip(read, quoted, strict=True) if len(s) >= MIN_TOKENS]
    opening = opening[:OPENING_SENTENCES]
    if not opening:
        return 0.0
    if any(gives_death_toll(s.text) for s, _ in opening):
        return 1.0  # "21 people were killed": an event, whatever the parser made of the rest
    return sum(1 for s, q in opening if not q and reports_event(s)) / len(opening)


def reports_event(sentence: Span) -> bool:
    """Its root is a past, perfect, passive or planned act, or a present report; not a
    state ("is", "was like"), a scene in progress ("are losing their minds") or a question."""
    if sentence.text.rstrip(" \"'”’").endswith("?"):
        return False
    root = sentence.root
    if any(_long_ago(c) for c in root.children):
        return False  # "Fifty years ago, prosecutors tried ...": a look back, not today's news
    auxes = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    if root.lemma_ == "be":  # "is to cut 2,850 jobs": planned; "It's easy to": a state
        deps = {c.dep_ for c in root.children}
        return (
            "xcomp" in deps
            and not deps & {"acomp", "attr", "expl"}
            and not any(c.dep_ == "nsubj" and c.lower_ in ("it", "there") for c in root.children)
        )
    if root.pos_ != "VERB" or root.lemma_.lower() in FEELINGS:
        return False  # "For 12 years she felt worthless": a feature's scene, not an event
    if root.tag_ == "VBD":
        return True
    if root.tag_ == "VBN":
        return bool(auxes & (PERFECT | PASSIVE))
    if root.tag_ == "VB":
        return bool(auxes & AHEAD)
    if root.tag_ in ("VBZ", "VBP"):
        return root.lemma_.lower() in PRESENT_REPORTS
    return False


def _long_ago(token: Token) -> bool:
    """ "Fifty years ago", "decades ago": a time years back."""
    return token.lower_ == "ago" and any(
        t.lemma_.lower() in ("year", "decade", "century") for t in token.subtree
    )
