"""How sure a commitment is: a calibrated score from the cues of its detection.

Each detection records cues: how it was found (an explicit commitment verb, a future
statement in the speaker's own words, a "must") and what speaks against it (the committer
is a pronoun, someone else reports it, the action is one word). The score is the logistic
of the cues' weights. The weights were set on the development half of the labelled real
articles and checked on both halves: `python3 bench/commitments_split.py --calibration`
prints the share correct per score band (docs/entities.md quotes it). "passive_told" was
set by judging by hand the hidden passive demands of four unlabelled dev days (see
docs/entities.md, "Session after 43d80b9").
"""

from __future__ import annotations

import math

# A commitment on the page scores at least this; the JSON keeps the rest with their scores.
CONFIDENT = 0.5

BIAS = -0.2
CUE_WEIGHTS = {
    # how it was found
    "verb": 1.4,  # "pledged to", "refused to", "called on X to"
    "adjective": 1.0,  # "ready to", "committed to"
    "no_intention": 1.6,  # "has no intention of invading", "no plans to recall"
    "nominal_verb": 1.0,  # "announced plans to", "renewed calls for"
    "future_own": 1.0,  # "we will", "I will not", in the speaker's own words
    "future": 0.6,  # "the union will strike", told by the reporter
    "ruled_out": 1.0,  # "there can be no bargaining", in the speaker's words
    "demand_modal": 0.4,  # "Russia must respond"
    "imperative": 0.0,  # a manifesto's "Build a war memorial."
    # what speaks against it
    "reported": -1.4,  # someone else says the actor will
    "pronoun": -0.6,  # the committer is "he", "they", "it" outside a quote
    "unnamed": -0.8,  # the committer is a phrase, not a named actor: "bosses"
    "indefinite": -0.8,  # and one of many: "a judge ordered her to pay"
    "passive": -0.8,  # "must be respected": by whom is implied
    "passive_told": -0.1,  # "... should be punished," said Becky Robinson: she asks it
    "foretold": -0.6,  # a passive future of no one's: "devices will be connected"
    "would_told": -0.5,  # a person's "would" told by the reporter, of no one's word
    "progressive": -0.6,  # told by the reporter: "Sony will be using the chip"
    "nominal": -0.8,  # "offered a statement": an object, not an act
    "short": -3.0,  # one word: "make", "scenarios"
    "done_to_whom": -3.0,  # "said he would not be picked": shown as "not be picked"
    "long_condition": -0.4,  # a condition of many words is often a misparse
    "by_another": -1.0,  # "promised compliance will be certified by the IAEA": its act
    "past": -1.5,  # dated years before the article: "In 2008, ... Italy promised"
    "to_public": -1.5,  # a call on the public or customers: advice ("urged people to")
}


def confidence(cues: frozenset[str] | set[str]) -> float:
    """The probability-like score of a detection with these cues, rounded to 2 places."""
    total = BIAS + sum(CUE_WEIGHTS.get(cue, 0.0) for cue in cues)
    return round(1 / (1 + math.exp(-total)), 2)
