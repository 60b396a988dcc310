"""Errors read on real text the rules were not written on (BBC politics, business and
CNN/Daily Mail dev articles, read as days): plans told in the passive, a party's
"Labour government", a quote that goes on in the next paragraph, a country's biggest
union, an unattributed quote about a third party. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_entities import run
from test_entities import shown as _shown

from briefing.analysis.confidence import CONFIDENT


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        (
            "Rail operator Northline said the Queen Street tunnel would be closed from March.",
            "Northline",
            "the Queen Street tunnel to be closed",
        ),
        (
            "The Met said the car was impounded and the owner would be summoned to court.",
            "Met",
            "the owner to be summoned to court",
        ),
        (
            # an act the teller's side will do, not a warning as a told sanction is
            "President Emmanuel Macron announced that troops would be withdrawn by the end "
            "of the year.",
            "Emmanuel Macron",
            "troops to be withdrawn",
        ),
    ],
)
def test_a_plan_told_in_the_passive_is_the_tellers(text, actor, action):
    shown = _shown(text)
    assert [(a, k) for a, k, w in shown if w.startswith(action)] == [(actor, "intention")], shown


@pytest.mark.parametrize(
    "text",
    [
        # a guess, an opinion, a need, a question left open
        "Sarah Jones has suggested a merged company would be run out of London.",
        "Sarah Jones said the money would be better spent on schools.",
        "Food and medicine will be urgently required, Sarah Jones said.",
        "Sarah Jones didn't say what actions, if any, would be taken against the firm.",
        # done to a person: whose act it is is a guess
        "Officials said Tom Reed would be returned to prison.",
        # a lawyer tells what will happen to her clients, not what they will do
        "Sarah Jones, the lawyer representing Tom Reed, said the families would be reunited.",
    ],
)
def test_no_passive_plan_in_a_guess_an_opinion_or_of_a_person(text):
    assert _shown(text) == []


def test_a_party_government_is_the_partys():
    text = 'Labour leader Sarah Jones said: "A Labour government will scrap tuition fees."'
    assert _shown(text) == [("Labour", "intention", "scrap tuition fees")]


def test_a_quote_going_on_in_the_next_paragraph_keeps_its_speaker():
    text = (
        "The Conservative Party welcomed the report.\n\n"
        'Conservative spokesman Tom Reed said: "The research endorses our policy.\n\n'
        '"A Conservative government will axe 162 quangos." The Liberal Democrats '
        "disagreed.\n"
    )
    _, found, _ = run(text)
    (axe,) = [c for c in found.commitments if c.action == "axe 162 quangos"]
    assert (axe.actor, axe.speaker) == ("Conservative Party", "Tom Reed")
    assert axe.confidence >= CONFIDENT


def test_a_countrys_biggest_union_is_not_the_country():
    text = "Britain's biggest civil service union is to ballot its members on strikes."
    assert _shown(text) == []


def test_an_unattributed_quote_about_a_third_party_is_not_its_word():
    text = (
        'The party held its conference in Leeds. "The simple truth is that the EU seeks '
        "closer union to move the whole of decision making away from national parliaments - "
        'and we oppose that".'
    )
    assert _shown(text) == []


def test_a_name_described_before_its_verb_is_the_subject():
    # the small parser makes "Sarah Jones" the root and "called" a clause on it
    text = (
        "Sarah Jones, chairman of the Commission for Racial Equality, called on Tom Reed "
        "to denounce the suggestion."
    )
    assert _shown(text) == [("Sarah Jones", "demand", "denounce the suggestion")]


def test_a_verb_with_a_prefix_is_one_word():
    text = "The Legal Affairs Committee said the Commission should re-submit the directive."
    assert _shown(text) == [("Legal Affairs Committee", "demand", "re-submit the directive")]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Kestrel Motors is owned by Acme. Chief executive Tom Reed said Kestrel Motors "
            "planned to sell 1,500 buses in 2015.",
            True,
        ),
        (
            "Labour will scrap tuition fees if it wins a third term in power, the party's "
            "election chief Sarah Jones has said.",
            True,
        ),
        # its chairman's "the company" is his firm
        (
            "Shareholders of Vellum Oil voted against the pay plan. Tom Reed, the chairman, "
            "said that the company wouldn't adjust the chief executive's pay.",
            True,
        ),
        # an economist's word on a firm is a forecast
        ("Chief economist Sarah Jones said Northline would cut jobs.", False),
        (
            "Shares in Vellum Oil fell. Sarah Jones, chief economist, said that the company "
            "would cut jobs.",
            False,
        ),
    ],
)
def test_a_firms_or_partys_head_tells_its_plan(text, shown):
    _, found, _ = run(text)
    (plan,) = found.commitments
    assert (plan.confidence >= CONFIDENT) == shown


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            '"Cruelty must be taken seriously, and the owners should be punished," said '
            "campaigner Sarah Jones.",
            "the owners to be punished",
        ),
        (
            "Sarah Jones argued that British troops in Basra should be replaced with forces "
            "from other countries.",
            "British troops in Basra to be replaced with forces from other countries",
        ),
        (
            'Tom Reed was in the crowd. 8:55 P.M. "The council leadership must be removed," '
            "says opposition leader Sarah Jones.",
            "the council leadership to be removed",
        ),
    ],
)
def test_a_passive_demand_told_by_a_name_is_shown_with_what_it_is_of(text, action):
    assert ("Sarah Jones", "demand", action) in _shown(text)


@pytest.mark.parametrize(
    "text",
    [
        # who "they" are is a guess; "it" leaves the act unreadable
        "Tom Reed met the committee. They said the rules should be changed.",
        "Sarah Jones said it should be released as soon as possible.",
    ],
)
def test_a_passive_demand_of_a_pronoun_stays_hidden(text):
    assert [a for a, kind, _ in _shown(text) if kind == "demand"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reason given, not a question
        (
            '"That is why I am calling on the government to start a review," said Sarah Jones.',
            ("Sarah Jones", "demand", "start a review"),
        ),
        # what the one who said it wanted of another
        (
            "Mr Tom Reed said he wanted the firm to commit itself to the city.",
            ("Tom Reed", "demand", "commit itself to the city"),
        ),
    ],
)
def test_demands_in_other_words(text, expected):
    assert expected in _shown(text)


def test_a_question_why_is_still_no_commitment():
    assert _shown("Sarah Jones asked why the council would close the library.") == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The US will continue to drive expansion until 2006, the institute said.", []),
        ("Britain will grow faster than Germany this year.", []),
        # an act of a country is still one
        (
            "China will expand its navy, the minister said.",
            [("China", "intention", "expand its navy")],
        ),
    ],
)
def test_an_economys_growth_foretold_is_no_ones_commitment(text, shown):
    assert _shown(f"The forecast was published on Monday. {text}") == shown


def test_a_presidency_is_not_part_of_the_presidents_name():
    _, _, actors = run(
        "President Bush will send his budget to Congress. Dick Cheney said it was the "
        "toughest budget of the Bush Presidency."
    )
    assert "Bush" in actors and "Bush Presidency" not in actors


def test_an_officer_just_named_as_someone_else_is_not_the_suspect():
    text = (
        "Tom Reed was arrested at a bus station in Leicester.\n\n"
        "In the film, Reed is asked to show his papers to police as he looks up at the "
        "officer in disbelief.\n\n"
        "He pauses before telling officers his name.\n\n"
        "The officer says: 'I am arresting you on suspicion of fraud.'\n"
    )
    _, found, actors = run(text)
    assert actors["Tom Reed"].role == ""
    assert not [q for q in found.quotes if q.speaker == "Tom Reed"]


def test_a_body_of_states_asked_to_act_is_asked_by_whoever_says_so():
    text = (
        "Floods cut roads across the region on Sunday. The international community must "
        "react quickly to save lives -- particularly those of children -- said Devendra "
        "Tak, of the aid agency Save the Children."
    )
    assert ("Save the Children", "demand", "react quickly to save lives") in _shown(text)
    text = "Member states should agree a budget by June, Sarah Jones said."
    assert [(a, k) for a, k, _ in _shown(text)] == [("Sarah Jones", "demand")]


def test_a_warning_to_people_against_a_thing_is_a_warning():
    text = (
        "Governor Sarah Jones has warned opposition legislators against the veto, saying "
        "the city might never again receive a chance for reform."
    )  # (legislators are people who can be asked to act: whom, and the veto what)
    assert [k for _, k, _ in _shown(text)] == ["warning"]


def test_a_should_after_a_judging_adjective_asks_nothing():
    text = (
        'Opposition leader Sarah Jones said: "This is an incredible gaffe. "We all know that '
        "under-age drinking is an issue but it is quite staggering that any minister, "
        'particularly the First Minister, should encourage young people to get drunk."'
    )
    assert _shown(text) == []
    assert _shown("Sarah Jones said it was vital that the government act now.") == [
        ("Sarah Jones", "demand", "act now")
    ]


def test_a_plan_told_in_the_past_is_the_story_not_a_plan():
    told = "Tom Reed's plan was to go in and bring his family back to Sweden, but he was late."
    assert _shown(told) == []
    plan = "Tom Reed's plan is to go in and bring his family back to Sweden."
    assert [k for _, k, _ in _shown(plan)] == ["intention"]
