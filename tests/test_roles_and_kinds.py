"""Kinds and roles as real BBC and CNN days write them, on sentences written for these
tests: a business named after what it does, a role that stops before its relative clause,
a party name the tagger cut in two."""

from __future__ import annotations

from test_entities import run


def test_a_name_after_a_business_word_is_an_organisation_but_a_publisher_is_a_person():
    _, _, actors = run(
        "Telecoms equipment supplier Mortensen has posted a rise in profits. Mortensen said "
        "sales rose."
    )
    assert actors["Mortensen"].kind == "organisation"
    _, _, actors = run(
        "Publisher Jann Holt has decided not to fire anyone. Holt said the magazine would go "
        "on. The film will be directed by film-maker Tom Reyes."
    )
    assert actors["Jann Holt"].kind == "person"
    assert actors["Tom Reyes"].kind == "person"


def test_a_role_stops_before_its_relative_clause_and_backbenchers_have_one():
    _, _, actors = run(
        "Sir Anthony Hale, the Tory backbencher who challenged the prime minister in 1989, has "
        "died. Sir Anthony was 84. Mary Brown, the Labour politician who exposed the scandal, "
        "paid tribute."
    )
    assert actors["Anthony Hale"].role == "Tory backbencher"
    assert actors["Mary Brown"].role == "Labour politician"


def test_a_party_name_cut_in_two_is_no_actor_and_says_what_the_member_is():
    _, _, actors = run(
        "The cross-party group includes Liberal Democrat Paul Tyne and Labour MP Mary Brown. "
        "Mr Tyne said the plan would win support."
    )
    assert "Liberal" not in actors, sorted(actors)
    assert actors["Paul Tyne"].role == "Liberal Democrat"
    assert actors["Mary Brown"].role == "Labour MP"
