"""What a day already says: commitments a story gives in other words, which take no
second line on the page (the JSON keeps them all), and an event two reports print alike."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.confidence import CONFIDENT
from briefing.models import Commitment, Event
from briefing.nlp.vocabulary import stem
from briefing.summary.readability import content_words

__all__ = ["repeated", "told_once"]


def repeated(found: Sequence[Commitment], story_of: dict[str, str]) -> set[int]:
    """The ``id`` of each commitment its story already gives in other words (most often in
    another outlet's report):

    - a one-word act that a confident commitment of the story says in full ("cooperate",
      beside "rejected ... cooperating with ...");
    - an act all of whose words a longer confident commitment of the same actor, type and
      negation says ("give birth at the Lindo Wing", beside "return to the Lindo wing ...
      to give birth");
    - of the rest, the same actor, type, negation and verb with a word of the object in
      common ("review the terms on which pay is awarded", "review future pay terms"): the
      first in ``found`` is kept."""
    out = {
        id(c)
        for c in found
        if _said_in_full(c, found, story_of) or _said_within(c, found, story_of)
    }
    seen: dict[tuple, list[frozenset[str]]] = {}
    for c in (c for c in found if id(c) not in out):
        verb, _, rest = c.action.lower().partition(" ")
        key = (story_of.get(c.source_id, c.source_id), c.actor, c.type, c.negated, verb)
        words = content_words(rest)
        if any(words & other for other in seen.get(key, ())):
            out.add(id(c))
        else:
            seen.setdefault(key, []).append(words)
    return out


def _said_in_full(bare: Commitment, found: Sequence[Commitment], story_of: dict[str, str]) -> bool:
    """A one-word act ("cooperate", of "we will not cooperate") that another of its story's
    commitments of the same actor and type says in full ("rejected the possibility of
    cooperating with any EU military intervention")."""
    words = bare.action.split()
    if len(words) != 1:
        return False
    return any(
        len(c.action.split()) > 1
        and stem(words[0].lower()) in {stem(w) for w in c.action.lower().split()}
        for c in _shown_beside(bare, found, story_of)
    )


def _said_within(act: Commitment, found: Sequence[Commitment], story_of: dict[str, str]) -> bool:
    """An act of two content words or more that a longer confident commitment of its story,
    of the same actor, type and negation, says all of (in another verb's clause)."""
    words = content_words(act.action)
    return len(words) >= 2 and any(
        c.negated == act.negated and words < content_words(c.action)
        for c in _shown_beside(act, found, story_of)
    )


def _shown_beside(act: Commitment, found: Sequence[Commitment], story_of: dict[str, str]):
    """The other confident commitments (shown in their place) of the act's story, actor
    and type."""
    story = story_of.get(act.source_id, act.source_id)
    return (
        c
        for c in found
        if c is not act
        and story_of.get(c.source_id, c.source_id) == story
        and (c.actor, c.type) == (act.actor, act.type)
        and c.confidence >= CONFIDENT
    )


def told_once(events: list[Event]) -> list[Event]:
    """Each event's sentence once: two reports of a day that print the same line ("There
    are more arrests scheduled over the next few weeks.") give one item, the first's."""
    seen: set[str] = set()
    out = []
    for e in events:
        said = " ".join(e.text.split())
        if said not in seen:
            seen.add(said)
            out.append(e)
    return out
