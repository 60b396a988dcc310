"""Demands in the forms real reports use beyond "urged X to" and "must": "called for X to",
"appealed to X to", "said X needs to", "requested that X be done". Sentences written for
these tests."""

from __future__ import annotations

import pytest
from test_entities import run

from briefing.analysis.confidence import CONFIDENT


def _shown(text: str) -> list[tuple[str, str, str, str]]:
    _, found, _ = run(text)
    return [
        (c.actor, c.type, c.action, c.target)
        for c in found.commitments
        if c.confidence >= CONFIDENT
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mary Brown called for the government to resign.",
            ("Mary Brown", "demand", "the government to resign", "government"),
        ),
        # what is asked for is a thing: no one is its target, and the action names it
        (
            "Mary Brown called for the violence to end.",
            ("Mary Brown", "demand", "the violence to end", ""),
        ),
        (
            "Greenpeace is pushing for the plant to be closed.",
            ("Greenpeace", "demand", "the plant to be closed", ""),
        ),
        (
            "Sarah Jones asked for the hearing to be delayed.",
            ("Sarah Jones", "demand", "the hearing to be delayed", ""),
        ),
        (
            "Oxfam appealed to donors to give more money.",
            ("Oxfam", "demand", "give more money", "donors"),
        ),
        (
            "Amnesty International requested that the trial be postponed.",
            ("Amnesty International", "demand", "the trial to be postponed", ""),
        ),
    ],
)
def test_asking_for_an_act_is_a_demand(text, expected):
    assert _shown(text) == [expected]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Sarah Jones said Iran needs to stop enriching uranium.", "Iran"),
        (
            "Sarah Jones said the United States has to increase its aid to refugees.",
            "United States",
        ),
    ],
)
def test_a_need_said_of_a_named_party_is_the_sayers_demand(text, target):
    assert [(a, k, t) for a, k, _, t in _shown(text)] == [("Sarah Jones", "demand", target)]


@pytest.mark.parametrize(
    "text",
    [
        # a need of no named party, or the sayer's own: no one is asked
        "Sarah Jones said patients need to wait longer for operations.",
        "Sarah Jones said she needs to rest.",
        # what is to be done, a reader cannot tell
        "Sarah Jones asked for it to be made faster.",
        # "could" belongs to both verbs: a possibility told, not a demand
        "Tom Reid said the council had promised the house could stay and be turned into a museum.",
    ],
)
def test_no_demand_without_a_party_or_an_act(text):
    _, found, _ = run(text)
    assert [c for c in found.commitments if c.type == "demand"] == []
