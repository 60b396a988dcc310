"""A day's actors: a short name folds into a full name another article gives only when the
day knows that name well, never into whoever happens to share the word."""

from __future__ import annotations

from collections import Counter

from briefing import Article, Settings, build_briefing
from briefing.analysis.entities import as_the_day_names, find_actors
from briefing.models import Actor, Commitment, Mention, Quote


def _day(*articles: list[tuple[str, str]]) -> dict:
    mentions = [
        Mention(text, label, 10 * k, 10 * k + len(text), f"a{n}", speaks=True)
        for n, names in enumerate(articles)
        for k, (text, label) in enumerate(names)
    ]
    return {a.name: a for a in find_actors(mentions, limit=None)}


def test_a_bare_surname_is_not_a_full_name_only_another_article_gives():
    actors = _day(
        [("Jenni Banks", "PERSON"), ("Banks", "PERSON")],  # a florist
        [("Banks", "PERSON"), ("Banks", "PERSON")],  # another article's campaign chairman
    )
    assert actors["Banks"].source_ids == ["a1"]
    assert actors["Jenni Banks"].source_ids == ["a0"]


def test_a_surname_is_the_full_name_the_day_names_in_two_articles():
    actors = _day(
        [("Tony Blair", "PERSON"), ("Blair", "PERSON")],
        [("Tony Blair", "PERSON")],
        [("Blair", "PERSON"), ("Blair", "PERSON")],
    )
    assert "Blair" not in actors
    assert sorted(actors["Tony Blair"].source_ids) == ["a0", "a1", "a2"]


def test_a_team_sheet_surname_is_not_the_famous_namesake_of_other_articles():
    mentions = [
        Mention("Serena Williams", "PERSON", 0, 15, "a0", speaks=True),
        Mention("Serena Williams", "PERSON", 0, 15, "a1", subject=True),
        # "Subs not used: Hobson, Williams, Sherman.": named, not acting
        Mention("Williams", "PERSON", 30, 38, "a2"),
        Mention("Sherman", "PERSON", 40, 47, "a2"),
    ]
    actors = {a.name: a for a in find_actors(mentions, limit=None)}
    assert actors["Williams"].source_ids == ["a2"]
    assert sorted(actors["Serena Williams"].source_ids) == ["a0", "a1"]


def test_a_first_name_is_not_a_stranger_of_another_article():
    actors = _day([("Jessica Ravitz", "PERSON")], [("Jessica", "PERSON"), ("Jessica", "PERSON")])
    assert actors["Jessica"].source_ids == ["a1"]


def test_a_company_is_not_a_product_another_article_names():
    actors = _day(
        [("Google Adsense", "ORG")],
        [("Google", "ORG"), ("Google", "ORG")],
        [("Kraft Foods", "ORG")],
        [("Kraft", "ORG"), ("Kraft", "ORG")],
    )
    assert actors["Google"].source_ids == ["a1"]
    assert "Kraft" not in actors and sorted(actors["Kraft Foods"].source_ids) == ["a2", "a3"]


def test_a_company_is_not_the_theatre_or_award_named_after_it_in_other_stories():
    actors = _day(
        [("Kodak Theatre", "ORG")],
        [("Kodak Theatre", "ORG")],
        [("Kodak", "ORG"), ("Kodak", "ORG")],  # the company's results
        [("Polar Express", "ORG")],
        [("Polar Express", "ORG")],
        [("PE", "ORG")],  # a school's physical education
    )
    assert actors["Kodak"].source_ids == ["a2"]
    assert actors["PE"].source_ids == ["a5"]


def test_a_name_plus_a_body_word_or_its_long_initials_is_that_body_in_any_story():
    actors = _day(
        [("Highland Council", "ORG")],
        [("Highland Council", "ORG")],
        [("Highland", "ORG"), ("Highland", "ORG")],
        [("Scottish National Party", "ORG")],
        [("Scottish National Party", "ORG")],
        [("SNP", "ORG")],
    )
    assert "Highland" not in actors and len(actors["Highland Council"].source_ids) == 3
    assert "SNP" not in actors and len(actors["Scottish National Party"].source_ids) == 3


def test_congress_is_the_party_only_in_the_article_that_names_the_party():
    actors = _day(
        [("Congress Party", "ORG"), ("Congress", "ORG")],  # India
        [("Congress", "ORG"), ("Congress", "ORG")],  # Washington
    )
    assert actors["Congress"].source_ids == ["a1"]
    assert actors["Congress Party"].source_ids == ["a0"]


def test_debris_before_a_full_name_does_not_name_the_person():
    actors = _day(
        [("Rhaid i Theresa May", "PERSON")],
        [("Theresa May", "PERSON"), ("Theresa May", "PERSON")],
        [("Theresa May", "PERSON")],
    )
    assert "Theresa May" in actors and "Rhaid i Theresa May" not in actors
    assert "Rhaid i Theresa May" in actors["Theresa May"].aliases


def test_a_lower_cased_spelling_does_not_name_the_actor():
    actors = _day(
        [("netherlands", "GPE"), ("netherlands", "GPE"), ("netherlands", "GPE")],
        [("Netherlands", "GPE")],
    )
    assert "Netherlands" in actors and "netherlands" not in actors


def test_a_days_brief_keeps_two_people_of_one_surname_apart():
    florist = (
        "Jenni Banks, a florist in Leeds, won a national award on Monday. "
        "Jenni Banks said the prize would help her shop. Banks has run it for ten years."
    )
    campaign = (
        "The campaign chairman, Mr Banks, said on Tuesday that he would fund a new party. "
        "Mr Banks told reporters he wanted a vote on the plan. Banks did not give a date."
    )
    day = build_briefing(
        [Article("florist", florist, title="Florist wins"), Article("fund", campaign)],
        Settings(fit_page=False),
    )
    everyone = {a.name: a for a in day.actors + day.more_actors}
    assert "fund" not in everyone["Jenni Banks"].source_ids
    assert "Banks" in everyone and everyone["Banks"].source_ids == ["fund"]


def test_two_reports_of_one_story_name_one_set_of_people():
    first = [("Sarah Shourd", "PERSON"), ("Sarah Shourd", "PERSON")]
    second = [("Shourd", "PERSON"), ("Shourd", "PERSON")]
    apart = _day(first, second)
    assert "Shourd" in apart  # two stories: whose Shourd is a guess
    mentions = [
        Mention(text, label, 10 * k, 20 * k, f"a{n}")
        for n, names in enumerate([first, second])
        for k, (text, label) in enumerate(names)
    ]
    one = {a.name: a for a in find_actors(mentions, None, stories={"a0": "s", "a1": "s"})}
    assert "Shourd" not in one and sorted(one["Sarah Shourd"].source_ids) == ["a0", "a1"]


def test_a_time_zone_is_no_actor():
    actors = _day([("BST", "ORG"), ("BST", "ORG"), ("GMT", "ORG"), ("Bristol", "GPE")])
    assert "BST" not in actors and "GMT" not in actors


def test_a_commitment_is_made_by_the_actor_the_day_names():
    actors = [
        Actor("George W. Bush", "person", aliases=["Bush"], source_ids=["a", "b", "c"]),
        Actor("Bush", "person", source_ids=["d"]),  # another article's, not merged
        Actor("Congress", "organisation", aliases=["congress"], source_ids=["c"]),
    ]
    said = [
        Commitment("Bush", "pledge", "veto the bill", "Bush vowed to veto the bill.", "c", 0, 9),
        Commitment("Bush", "pledge", "stay", "Bush vowed to stay.", "d", 0, 9, target="Iowa"),
        Commitment("Bush", "demand", "act", "...", "c", 0, 9, target="congress", speaker="Bush"),
    ]
    quotes = [Quote("We will veto it.", "Bush", "c", 0, 9)]
    named, quoted = as_the_day_names(said, quotes, actors)
    assert [(c.actor, c.target) for c in named] == [
        ("George W. Bush", ""),
        ("Bush", "Iowa"),
        ("George W. Bush", "Congress"),
    ]
    assert named[2].speaker == "George W. Bush" and quoted[0].speaker == "George W. Bush"
    assert said[0].actor == "Bush"  # new records; the input is unchanged


def test_the_page_names_who_commits_as_its_key_actors_do():
    day = build_briefing(
        [
            Article(
                "a",
                "President George W. Bush met European leaders in Berlin on Monday. "
                "George W. Bush said the talks on trade had gone well.",
                title="Bush in Berlin",
            ),
            Article(
                "b",
                "George W. Bush visited a primary school in Texas on Friday. "
                "George W. Bush praised the teachers and their pupils.",
                title="School visit",
            ),
            Article(
                "c",
                "Bush vowed on Tuesday to veto the spending bill passed by the Senate. "
                "Bush said he would not back down on the budget.",
                title="Veto threat",
            ),
        ],
        Settings(fit_page=False),
    )
    assert "George W. Bush" in [a.name for a in day.actors]
    vowed = [c for c in day.commitments if c.action.startswith("veto")]
    assert [c.actor for c in vowed] == ["George W. Bush"]


def test_one_storys_full_name_is_not_every_storys_short_one():
    named = [[("Congress Party", "ORG")], [("Congress", "ORG")], [("Congress", "ORG")]]
    mentions = [
        Mention(text, label, 10 * k, 20 * k, f"a{n}")
        for n, names in enumerate(named)
        for k, (text, label) in enumerate(names)
    ]
    actors = find_actors(mentions, None, stories={"a0": "india", "a1": "india", "a2": "us"})
    assert {a.name: a.source_ids for a in actors} == {
        "Congress Party": ["a0"],
        "Congress": ["a1", "a2"],
    }


def test_a_story_that_names_a_known_person_by_surname_puts_them_among_key_actors():
    day = build_briefing(
        [
            Article(
                "a",
                "Angela Merkel met Jacques Chirac in Berlin on Monday. Angela Merkel said the "
                "talks on trade had gone well, and Jacques Chirac agreed. George W. Bush sent "
                "a letter.",
                title="Berlin talks",
            ),
            Article(
                "b",
                "Gordon Brown visited a primary school in Leeds on Friday. Gordon Brown praised "
                "the teachers, and Ruth Kelly thanked him. Ruth Kelly spoke after him. George "
                "W. Bush was not there.",
                title="School visit",
            ),
            Article(
                "c",
                "Bush vowed on Tuesday to veto the spending bill passed by the Senate. Bush "
                "said he would not back down on the budget.",
                title="Veto threat",
            ),
        ],
        Settings(max_actors=3),
    )
    shown = [a.name for a in day.actors]
    assert len(shown) == 3 and day.commitments
    assert {c.actor for c in day.commitments} <= set(shown)  # the veto's George W. Bush


def test_a_peoples_word_on_a_thing_does_not_make_the_country_act():
    from test_entities import run

    _, found, actors = run(
        "One in five Chinese restaurants in London serve shark fin soup, a charity claims. "
        "The Chinese food trade is large, and Chinese diners like the soup."
    )
    assert not actors["China"].key  # named three times, only as what kind of restaurant
    assert all(m.modifier for m in found.mentions if m.text == "Chinese")
    _, found, actors = run(
        "Chinese officials said they would act. Chinese restaurants in London are open."
    )
    assert actors["China"].key  # its officials speak
    assert [m.speaks for m in found.mentions if m.text == "Chinese"] == [True, False]
    _, found, actors = run("Syrian troops said they would stay.")  # a state body, no role word
    assert actors["Syria"].key


def test_commitments_under_a_short_name_count_for_the_days_actor():
    mentions = [
        Mention("George W. Bush", "PERSON", 0, 14, "a0"),
        Mention("George W. Bush", "PERSON", 0, 14, "a1"),
        Mention("Bush", "PERSON", 0, 4, "a2", subject=True),
        Mention("Jacques Chirac", "PERSON", 20, 34, "a2"),
    ]
    plain = {a.name: a.salience for a in find_actors(mentions, None)}
    involved = Counter({("a2", "Bush"): 2, ("a3", "George W. Bush"): 5})  # a3: someone else
    counted = {a.name: a.salience for a in find_actors(mentions, None, involved)}
    assert round(counted["George W. Bush"] - plain["George W. Bush"], 4) == 0.1  # 2 of a2's
    assert counted["Jacques Chirac"] == plain["Jacques Chirac"]


def test_a_story_is_represented_by_its_own_key_actors():
    day = build_briefing(
        [
            Article(
                "a",
                "China said on Monday it would cut tariffs on American cars. Chinese officials "
                "said the cut would start in May. Wang Tao, the commerce minister, said the "
                "talks had gone well. Wang Tao praised the deal.",
                title="China to cut tariffs",
            ),
            Article(
                "b",
                "One in five Chinese restaurants in London serve shark fin soup, a charity "
                "claims. Officers raided the Royal China Club in central London. The Royal "
                "China Club was not fined. Chinese diners like the soup.",
                title="Shark fin soup on sale",
            ),
        ],
        Settings(max_actors=2),
    )
    # China acts in the tariff story; in the soup story it only says what kind of restaurant
    assert [a.name for a in day.actors] == ["China", "Royal China Club"]


def test_the_person_a_storys_headline_names_leads_its_key_actors():
    text = (
        "Veteran MP Tom Reed has said he will stand down at the next election. Mr Reed "
        "served under Prime Minister Ann Holt. Ann Holt said he had been loyal. Ann Holt "
        "said his seat would be safe. Ann Holt praised his work. The Harbour Party said "
        "Ann Holt would campaign for his successor, and Ann Holt agreed."
    )
    assert _key_actor(text, title="Tom Reed to stand down") == ["Tom Reed"]


def test_an_untitled_storys_first_sentence_does_not_pick_its_key_actor():
    text = (
        "As the storm swung north, the dedication of the memorial to Pierre Lind was "
        "postponed. Mayor Ann Holt said schools would close. Ann Holt said the buses would "
        "stop. Ann Holt said people should stay home. The Pierre Lind memorial will open later."
    )
    assert _key_actor(text) == ["Ann Holt"]


def test_who_makes_a_commitment_the_page_shows_is_among_its_key_actors():
    text = (
        "Ann Holt opened the new library on Monday. Ann Holt said it had cost a fortune. "
        "Ann Holt thanked the builders, and Ann Holt praised the volunteers. Mayor Tom Reed "
        "pledged to rebuild the school by next year."
    )
    day = build_briefing([Article("a", text)], Settings(max_actors=1))
    assert [(c.actor, c.type) for c in day.commitments] == [("Tom Reed", "pledge")]
    assert _key_actor(text) == ["Tom Reed"]


def test_a_place_the_headline_names_is_where_not_who():
    text = (
        "Six young men plotted to join a militia in Vessia, Attorney Ann Holt said on "
        "Monday. Ann Holt said they were arrested on Sunday. Ann Holt said they would be "
        "held. The men were 19 to 21. Vessia has denied any link."
    )
    assert _key_actor(text, title="Six men plotted to reach Vessia") == ["Ann Holt"]


def _key_actor(text: str, title: str = "") -> list[str]:
    """The one key actor a one-article page has room for."""
    day = build_briefing([Article("a", text, title=title)], Settings(max_actors=1))
    return [a.name for a in day.actors]


def test_two_reports_of_one_pledge_take_one_line_on_the_page():
    # seen on a real Multi-News day: two outlets' words for the chairman's one promise
    lead = "Norvik shareholders voted on Thursday against a pay rise for chief executive Sam Holt."
    first = lead + " Chairman Tom Reed promised to review the terms on which pay is awarded."
    second = lead + " Tom Reed promised to review future pay terms after the vote."
    day = build_briefing(
        [
            Article("a", first, title="Norvik pay revolt", outlet="Harbour Times"),
            Article("b", second, title="Norvik shareholders revolt", outlet="Marlow Post"),
        ],
        Settings(fit_page=False),
    )
    assert len({s.id for s in day.stories}) == 1
    shown = [(c.actor, c.action) for c in day.commitments]
    assert shown == [("Tom Reed", "review the terms on which pay is awarded")]
    again = [(c.actor, c.action) for c in day.more_commitments]
    assert ("Tom Reed", "review future pay terms after the vote") in again


def test_a_one_word_act_said_in_full_elsewhere_takes_no_line():
    # seen on a real CNN/DM day: "Libyan Army refusal: cooperate" above the lead's full refusal
    text = (
        "The head of the Vessia Army has rejected the possibility of cooperating with any "
        'Marlow military mission in his country. "We will certainly not cooperate, because we '
        'were not involved," General Tom Reed of the Vessia Army said.'
    )
    day = build_briefing(
        [Article("a", text, title="Vessia rejects mission")], Settings(fit_page=False)
    )
    shown = [c.action for c in day.commitments]
    assert "cooperate" not in shown and any(a.startswith("reject") for a in shown), shown
    assert "cooperate" in [c.action for c in day.more_commitments]


def test_a_one_word_act_stays_when_the_full_one_is_not_shown():
    from briefing.models import Commitment
    from briefing.stories.repeats import repeated

    def said(action, confidence):
        return Commitment("Vessia Army", "refusal", action, "", "a", 0, 1, confidence=confidence)

    bare = said("cooperate", 0.69)
    shown = said("rejected the possibility of cooperating with the mission", 0.6)
    hidden = said("rejected the possibility of cooperating with the mission", 0.3)
    assert repeated([bare, shown], {}) == {id(bare)}
    assert repeated([bare, hidden], {}) == set()


def test_an_act_another_commitment_says_all_of_takes_no_second_line():
    # a real CNN/DM day showed "give birth at the Lindo Wing of St Mary's Hospital" and
    # "return to the Lindo wing at St Mary's Hospital in London to give birth", one plan
    from briefing.models import Commitment
    from briefing.stories.repeats import repeated

    def said(action, confidence=0.65, kind="intention"):
        return Commitment("Ann Holt", kind, action, "", "a", 0, 1, confidence=confidence)

    short = said("give birth at the Lindo Wing of St Mary's Hospital")
    full = said("return to the Lindo wing at St Mary's Hospital in London to give birth", 0.6)
    assert repeated([short, full], {}) == {id(short)}
    assert repeated([short, said(full.action, 0.3)], {}) == set()  # the full one not shown
    # another act on the same thing: "raise" is not said by "cut taxes for working people"
    assert repeated([said("raise taxes"), said("cut taxes for working people")], {}) == set()
    assert repeated([short, said(full.action, kind="promise")], {}) == set()
    # of the same verb: the longer one stays (both had gone: each the other's repeat)
    moved = said("move to Israel", 0.69)
    family = said("move her family from Paris to Israel", 0.6)
    assert repeated([moved, family], {}) == {id(moved)}


def test_a_parliaments_conservatives_are_not_another_articles_party():
    # read on the BBC dev file: Iran's "Conservatives in parliament say Turkcell's stake ...
    # should be cut" was the UK Conservative Party's demand, named in other articles
    import json

    from helpers import shared_or_skip

    rows = [json.loads(x) for x in shared_or_skip("bbc_news_summary.dev.jsonl").open()]
    text = next(r["text"] for r in rows if r["id"] == "bbc-business-092")
    uk = "The Conservative Party will cut rail fares, its leader Sarah Jones said on Monday."
    day = build_briefing(
        [Article("uk", uk, title="Fares"), Article("iran", text, title="Irancell")],
        Settings(fit_page=False),
    )
    found = [c for c in day.commitments + day.more_commitments if c.source_id == "iran"]
    assert found and "Conservative Party" not in [c.actor for c in found]
