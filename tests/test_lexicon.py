"""The lexicon's lemma lists hold lemmas: a plural or inflected entry would never match."""

from __future__ import annotations

import pytest

from briefing.nlp import lexicon
from briefing.nlp.model import load_model

# Each word is lemmatised where it would stand: as a verb, a noun or an adjective.
FRAMES = {
    "verb": "They will {} it soon.",
    "noun": "The {} was there.",
    "adjective": "They were very {} to peace.",
    "modal": "They {} go.",
}
LEMMA_LISTS = {
    "VERB_TYPES": (lexicon.VERB_TYPES, ("verb",)),
    "SPEECH_VERBS": (lexicon.SPEECH_VERBS, ("verb",)),
    "NOT_PLEDGES": (lexicon.NOT_PLEDGES, ("verb",)),
    "HARMFUL": (lexicon.HARMFUL, ("verb",)),
    "PUNITIVE": (lexicon.PUNITIVE, ("verb", "noun")),
    "AGENT_NOUNS": (lexicon.AGENT_NOUNS, ("noun",)),
    "ADJECTIVE_TYPES": (lexicon.ADJECTIVE_TYPES, ("adjective",)),
    "DEMAND_MODALS": (lexicon.DEMAND_MODALS, ("modal",)),
    "EVENT_NOUNS": (lexicon.EVENT_NOUNS, ("noun",)),
    "FUTURE_VERBS": (lexicon.FUTURE_VERBS, ("verb", "adjective")),
    "NOT_ACTS": (lexicon.NOT_ACTS, ("verb",)),
    "NOUN_TYPES": (lexicon.NOUN_TYPES, ("noun",)),
    "NOT_OFFERED": (lexicon.NOT_OFFERED, ("noun",)),
    "ADJECTIVE_VERBS": (lexicon.ADJECTIVE_VERBS, ("verb",)),
    "COMMENTATOR_NOUNS": (lexicon.COMMENTATOR_NOUNS, ("noun",)),
    "DEADLINES": (lexicon.DEADLINES, ("noun",)),
}


def lemmas(nlp, word: str, frames: tuple[str, ...]) -> set[str]:
    out = set()
    for frame in frames:
        before, _, _ = FRAMES[frame].partition("{}")
        doc = nlp(FRAMES[frame].format(word))
        at = len(nlp.tokenizer(before))
        out.add(doc[at].lemma_.lower())
    return out


@pytest.mark.parametrize("name", LEMMA_LISTS)
def test_lemma_lists_hold_lemmas(name):
    nlp = load_model(None, "full")
    words, frames = LEMMA_LISTS[name]
    wrong = {w: lemmas(nlp, w, frames) for w in words if w not in lemmas(nlp, w, frames)}
    assert not wrong, f"{name} entries that are not their own lemma: {wrong}"


def test_a_plural_entry_is_caught():
    nlp = load_model(None, "full")
    assert "consequences" not in lemmas(nlp, "consequences", ("verb", "noun"))


def test_consequences_and_sanctions_give_the_same_type():
    from briefing import Article, build_briefing

    text = "Ana Kovar said the union will make them face {} if they continue."
    types = []
    for word in ("consequences", "sanctions"):
        brief = build_briefing([Article(word, text.format(word))])
        types.append([c.type for c in brief.commitments + brief.more_commitments])
    assert types[0] == types[1] and types[0]


def test_talks_ahead_are_an_event_now_that_event_nouns_hold_lemmas():
    from briefing import Article, Settings, build_briefing

    text = (
        "Ministers from both countries met in Geneva on Monday. Officials said the talks on "
        "March 9 will decide whether the deal survives."
    )
    brief = build_briefing(
        [Article("a", text, published="2026-03-03")], Settings(date="2026-03-03")
    )
    assert [e.when for e in brief.events] == ["on March 9"]


def test_no_word_list_is_defined_twice_across_the_lexicon_modules():
    # The package re-exports every module's names: a second list of the same name would
    # silently replace the first for every importer (STATE_BODIES once did).
    import ast
    from pathlib import Path

    seen: dict[str, str] = {}
    twice = []
    for path in sorted(Path(lexicon.__file__).parent.glob("*.py")):
        for node in ast.parse(path.read_text()).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            for name in (t.id for t in targets if isinstance(t, ast.Name)):
                if name in seen and seen[name] != path.name:
                    twice.append((name, seen[name], path.name))
                seen.setdefault(name, path.name)
    assert not twice
    assert {"VERB_TYPES", "COUNTRIES", "BOILERPLATE"} <= set(seen)


def test_alternatives_split_only_at_the_top_level():
    from briefing.ingest.furniture import alternatives

    assert alternatives(r"\ba|b(c|d)|[|]x|\|y") == [r"\ba", "b(c|d)", "[|]x", r"\|y"]
    assert alternatives(r"^\W*(?:x|y)\s*$") == [r"^\W*(?:x|y)\s*$"]
    assert alternatives(r"[^]|]z|w") == ["[^]|]z", "w"]


FURNITURE_LINES = (
    "This video is no longer available.",
    "Click here to share this article.",
    "Read more: what the ministers agreed",
    "Do you live in the flooded area?",
    "Follow us on Twitter for updates.",
    "We use cookies to improve your experience.",
    "In this March 3, 2026 photo, ferry workers walk past the quay.",
    "Anyone with information is asked to call police on 101.",
    "Interested in Ferry Policy?",
    "Add Ferry Policy as an interest to stay up to date.",
    "nominee Jane Roe Jane RoePoll: voters split",
    "The minister spoke in Port Talbot, Saturday, March 3, 2026, in Wales.",
)


def test_the_factored_furniture_pattern_finds_what_the_plain_one_does():
    """Sharing the leading "\\b" and "^" is a speed-up only: no sentence changes answer."""
    import json
    import re

    from briefing.ingest.furniture import factored
    from tests.helpers import shared_or_skip

    plain = re.compile("|".join(lexicon.BOILERPLATE), re.I)
    fast = re.compile(factored(lexicon.BOILERPLATE), re.I)
    for line in FURNITURE_LINES:
        assert plain.search(line) and fast.search(line), line
    rows = shared_or_skip("cnndm_test.dev.jsonl").read_text().splitlines()
    lines = [s for row in rows for s in re.split(r"(?<=[.!?])\s+", json.loads(row)["text"])]
    assert len(lines) > 10_000
    differ = [s for s in lines if bool(plain.search(s)) != bool(fast.search(s))]
    assert differ == []
    assert sum(bool(fast.search(s)) for s in lines) > 20  # (some real furniture is in it)
