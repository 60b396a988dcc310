"""Grouping a day's articles into stories, ranking them, and the bottom line."""

from __future__ import annotations

import pytest
from helpers import SAMPLES

from briefing import Article, Settings, build_briefing, load_articles
from briefing.nlp.vocabulary import tfidf
from briefing.stories.grouping import cluster
from briefing.summary.readability import content_words, overlap

# The samples hold several differently worded reports of four events, and two
# unrelated one-source events (the floods mention Port Alder, as the bank story does).
EVENTS = {
    "talks": {"press-conference-talks", "wire-geneva", "ostrava-fishermen-offer"},
    "strike": {"port-strike", "wire-port-ships", "calder-divert-northgate"},
    "rates": {"central-bank-holds-rates", "wire-rates"},
    "merger": {"merger", "dairy-farmers-norvik-alba"},
    "election": {"election-debate"},
    "floods": {"wire-floods"},
}


@pytest.fixture(scope="module")
def day():
    return build_briefing(
        load_articles([str(SAMPLES)]), Settings(date="2026-03-03", fit_page=False)
    )


def test_reports_of_one_event_become_one_story_and_unrelated_events_stay_apart(day):
    assert sorted(sorted(s.source_ids) for s in day.stories) == sorted(
        sorted(ids) for ids in EVENTS.values()
    )


def test_every_source_is_listed_once_and_every_sentence_cites_its_story(day):
    listed = [i for s in day.stories for i in s.source_ids]
    assert sorted(listed) == sorted(s.id for s in day.sources)
    texts = {s.id: s for s in day.sources}
    for story in day.stories:
        assert story.summary
        for sentence in story.summary:
            assert sentence.source_id in story.source_ids and sentence.source_id in texts


def test_headline_is_a_source_title(day):
    titles = {s.id: s.title for s in day.sources}
    for story in day.stories:
        assert story.headline in {titles[i] for i in story.source_ids}


def test_no_near_duplicates_across_a_storys_articles(day):
    for story in day.stories:
        words = [content_words(s.text) for s in story.summary]
        for i, a in enumerate(words):
            for b in words[i + 1 :]:
                assert overlap(a, b) < 0.7


def test_stories_rank_by_sources_then_recency_and_prominence(day):
    scores = [s.score for s in day.stories]
    assert scores == sorted(scores, reverse=True)
    assert {day.stories[0].outlets, day.stories[1].outlets} == {3}
    assert day.stories[-1].outlets == 1


def test_bottom_line_is_the_lead_of_each_top_story(day):
    assert len(day.bottom_line) == 3
    for sentence, story in zip(day.bottom_line, day.stories, strict=False):
        assert sentence == story.summary[0]
        lead = min(
            (s for s in story.summary if s.source_id == sentence.source_id), key=lambda s: s.index
        )
        assert sentence == lead  # what happened, not a later detail the ranker liked


def test_one_article_is_one_story_without_a_bottom_line():
    briefing = build_briefing(load_articles([str(SAMPLES / "port-strike.txt")]), Settings())
    assert len(briefing.stories) == 1 and briefing.bottom_line == []
    assert briefing.stories[0].headline.startswith("Dockworkers extend strike")


def test_clustering_merges_by_shared_topic_words():
    bags = [
        {"strike": 3, "port": 2, "dockworker": 2, "=calder": 1},
        {"strike": 2, "dockworker": 1, "union": 2, "=calder": 1},
        {"rate": 3, "inflation": 2, "bank": 2},
        {"flood": 3, "rail": 2, "rain": 1},
    ]
    assert cluster(tfidf(bags)) == [[0, 1], [2], [3]]
    assert cluster(tfidf([])) == []
    assert cluster(tfidf(bags), threshold=1.01) == [[0], [1], [2], [3]]


def test_story_sentences_are_slices_of_their_articles_without_datelines(day):
    texts = {a.id: a.text for a in load_articles([str(SAMPLES)])}
    assert any(t.startswith("GENEVA, March 2 (Briefing Wire) - ") for t in texts.values())
    for sentence in day.sentences:
        assert texts[sentence.source_id][sentence.start : sentence.end] == sentence.text
        assert not sentence.text.startswith("GENEVA")


def test_an_untitled_story_is_headed_by_its_first_point_cut_to_one_line():
    from briefing import Article, Settings, build_briefing

    text = (
        "The harbour board in Port Alder approved a new ferry terminal on the north quay on "
        "Monday, ending a decade of argument over where the island ferries should dock.\n\n"
        "Work will start in June and the terminal should open in two years, the board said."
    )
    brief = build_briefing([Article("a", text)], Settings(memory=False))
    (story,) = brief.stories
    assert story.headline.endswith("…") and len(story.headline) <= 81
    assert text.startswith(story.headline[:-1])
    assert story.summary[0].text.startswith(story.headline[:-1])


@pytest.mark.parametrize("seed, count, one_outlet", [(2, 30, False), (1, 80, True)])
def test_a_story_opens_with_the_lead_of_the_article_its_headline_is_from(seed, count, one_outlet):
    """Real BBC dev days where politics reports became one story (on the second, read as
    one outlet's and fitted to the page as `briefing build` does, the report nearest the
    story's centre has no lead that will do)."""
    import json
    import random

    from helpers import shared_or_skip

    from briefing import Article, Settings, build_briefing

    rows = [json.loads(x) for x in shared_or_skip("bbc_news_summary.dev.jsonl").open()]
    random.Random(seed).shuffle(rows)
    outlet = "BBC" if one_outlet else ""
    articles = [Article(r["id"], r["text"], title=r["title"], outlet=outlet) for r in rows[:count]]
    brief = build_briefing(articles, Settings(memory=False, fit_page=one_outlet))
    titles = {a.id: a.title for a in articles}
    several = [s for s in brief.stories if len(s.source_ids) > 1]
    assert several
    for story in several:
        assert titles[story.summary[0].source_id] == story.headline, story.headline


def test_one_outlets_reports_on_one_topic_are_not_one_story_but_two_outlets_are():
    from briefing.stories.grouping import SAME_OUTLET_MARGIN, cluster

    a = {"labour": 0.6, "brown": 0.5, "pension": 0.62}
    b = {"labour": 0.6, "brown": 0.5, "school": 0.62}
    threshold = 0.61 - SAME_OUTLET_MARGIN / 2  # the pair's similarity is 0.61
    assert cluster([a, b], threshold, outlets=["BBC News", "The Guardian"]) == [[0, 1]]
    assert cluster([a, b], threshold, outlets=["BBC News", "bbc news"]) == [[0], [1]]
    assert cluster([a, b], threshold, outlets=["", ""]) == [[0, 1]]  # unknown: as before


def test_bottom_line_takes_the_lead_even_when_the_ranker_prefers_a_detail():
    from briefing.models import Sentence, Story
    from briefing.stories.assemble import bottom_line

    def story(n: int) -> Story:
        lead = Sentence(f"Lead {n}.", 0, 7, f"a{n}", index=0, rank=2)
        detail = Sentence(f"Detail {n}.", 8, 17, f"a{n}", index=3, rank=1)
        return Story(f"s{n}", f"Story {n}", [f"a{n}"], [lead, detail])

    assert [s.text for s in bottom_line([story(1), story(2)])] == ["Lead 1.", "Lead 2."]


def test_a_report_of_a_short_hook_and_a_sentence_leaning_on_it_is_told_whole():
    text = "The council met on Monday. It agreed to build a new bridge over the river next year."
    brief = build_briefing([Article("a", text)], Settings(fit_page=False))
    (story,) = brief.stories
    assert [s.text for s in story.summary] == [
        "The council met on Monday.",
        "It agreed to build a new bridge over the river next year.",
    ]
    assert all(text[s.start : s.end] == s.text for s in story.summary)


def test_a_lead_leaves_out_the_outlet_credited_in_brackets_before_it():
    # "(HLNtv)Actress ..." had opened a real story's lead and its bottom-line line
    text = (
        "(HLNtv)Actress Ann Holt had angry words for the port authority on Thursday after "
        "workers seized her luggage at the gate. The authority said it would review the case."
    )
    brief = build_briefing([Article("a", text)], Settings(fit_page=False))
    (story,) = brief.stories
    assert story.summary[0].text.startswith("Actress Ann Holt had angry words")


REPORT = (
    "Harbour workers at Port Velden walked out on Monday over pay, and the port authority "
    "said the strike had stopped all container traffic. The union said its members would "
    "stay out until the authority raised its offer. Ships were waiting off the coast."
)


@pytest.mark.parametrize(
    ("outlets", "counted"),
    [(("", ""), 1), (("Coast Post", "Velden Wire"), 2), (("Coast Post", ""), 2)],
)
def test_reports_that_name_no_outlet_count_as_one_outlet_between_them(outlets, counted):
    # An XSum day is all the BBC's and names no outlet: two of its reports on one topic
    # are no sign of wide coverage, and must not lead for it.
    articles = [
        Article(f"a{n}", REPORT.replace("Monday", day), outlet=outlet)
        for n, (outlet, day) in enumerate(zip(outlets, ("Monday", "Tuesday"), strict=True))
    ]
    (story,) = build_briefing(articles, Settings(fit_page=False)).stories
    assert story.outlets == counted


def test_a_sentence_that_opens_a_quote_and_leaves_it_open_is_no_key_point():
    from briefing.stories.editorial import leaves_quote_open

    assert leaves_quote_open('"Never again Tory boom and bust.')
    assert not leaves_quote_open('"We will fight," he said.')
    text = (
        "The chancellor has issued a rallying cry to supporters before the general election. "
        '"Never again Tory boom and bust. Never again the stop-go economy of the past.'
        ' We will win," he said. To a packed audience in Gateshead, the chancellor said the '
        "cuts proposed by his rival were the equivalent of sacking every teacher in the country."
    )
    brief = build_briefing([Article("a", text, title="Chancellor rallies voters")], Settings())
    points = [p.text for s in brief.stories for p in s.summary]
    assert points and not any(leaves_quote_open(p) for p in points)


def test_a_line_inside_a_quote_or_an_i_no_one_is_named_for_is_no_key_point():
    # read on a BBC day: readers' comments printed under a report ("Good luck to Kilroy
    # though I think he is doing more harm than good"), and on Multi-News a letter's line
    # that goes on a quote ('... if I did not now give you my judgment."')
    from briefing.settings import Budget
    from briefing.stories.editorial import says_i

    def points(text: str) -> list[str]:
        settings = Settings(fit_page=False, memory=False, budget=Budget(sentences=10))
        brief = build_briefing([Article("a", text, title="A day in Leeds")], settings)
        return [p.text for s in brief.stories for p in s.summary]

    report = points(
        "Tom Reed launched his new party in London on Monday with a pledge on schools.\n\n"
        "Reed said the party would contest most seats at the general election in May. "
        '"We will be honest with voters about the cost of every policy we propose. The '
        'old parties have not been straight with the country about schools." Ann Lind, '
        "the party chairman, said the launch had drawn more than two hundred members.\n\n"
        "Good luck to Reed though I think he is doing more harm than good for his party.\n\n"
        "Let's hope Reed and his friends all fade further into obscurity in the new year.\n\n"
        "Thank goodness that Reed has gone - now the old party has a chance in the election!\n\n"
        "The party will publish its policies on crime and tax over the next few weeks."
    )
    assert len(report) >= 3
    assert not any(says_i(p) for p in report)
    assert not any(p.startswith(("Let's", "Thank goodness")) for p in report)
    assert not any(p.startswith("The old parties") for p in report)
    # told in the first person throughout, an essay keeps its "I"
    essay = points(
        "I was born in Leeds in 1960 and I grew up near the docks.\n\n"
        "My father worked at the mill for thirty years before it closed.\n\n"
        "I remember the day the gates were locked and the men walked home.\n\n"
        "The town lost four thousand jobs in the year that followed."
    )
    assert any(says_i(p) for p in essay)


def test_a_point_from_another_report_names_something_of_the_lead():
    # read on BBC and XSum days, which name no outlet and group by topic: "Concerns at
    # school diploma plan" over "Teachers could get more powers to remove unruly pupils"
    appeals = Article(
        "a",
        "Final appeals were made on Monday to save the Harlow reform of exams.\n\n"
        "Education Secretary Nora Quist met teachers from secondary schools in Leeds. Quist "
        "said schools and teachers needed time. Head teachers at secondary schools said "
        "Quist had listened to teachers.",
        title="Appeals to save exam reform",
    )
    pupils = Article(
        "b",
        "Teachers at secondary schools could get powers to remove unruly pupils from "
        "classrooms, Education Secretary Nora Quist said.\n\nQuist told head teachers in Leeds "
        "that schools needed calm classrooms. Parents were worried about disruption by "
        "unruly pupils in secondary schools.",
        title="Teachers to get powers over unruly pupils",
    )
    brief = build_briefing([appeals, pupils], Settings(fit_page=False, memory=False))
    (story,) = brief.stories  # one topic's reports are still grouped
    assert story.headline == "Appeals to save exam reform"
    assert [s.source_id for s in story.summary] == ["a"] * len(story.summary)


def test_one_common_noun_shared_with_the_lead_is_a_topic_and_a_name_an_event():
    # read on a BBC day: "The Scottish Executive has lost an appeal against an inmate's
    # compensation" under "Terror detainees win Lords appeal" (one word, "appeal", shared)
    from collections import Counter

    from briefing.analysis.core import Analysis
    from briefing.models import Sentence
    from briefing.stories.assemble import Parsed, _of_the_lead_event

    lead_text = "Detainees held without trial won their appeal, the Lords ruled on Monday."
    lead = Sentence(lead_text, 0, len(lead_text), "a")
    terms = Counter({"detainee": 2, "trial": 2, "appeal": 2, "lord": 1, "=lords": 1, "monday": 1})
    nearest = Parsed(
        Article("a", lead_text, title="Detainees win appeal"), [lead], Analysis(), terms
    )

    def kept(text, close=True):
        other = Sentence(text, 0, len(text), "b")
        return other in _of_the_lead_event([lead, other], lead, nearest, {"b"} if close else set())

    assert not kept("The council has lost an appeal against a prisoner's compensation.")
    assert kept("Lawyers for the detainees said the appeal would change the law.")  # two words
    assert kept("The Lords are expected to publish their reasons on Friday.")  # a name
    assert not kept("A council lost its case on Monday.")  # a day is no one's name
    # read on BBC days: from a report less alike, one name or two words is a topic ("Mr
    # Blair said" of another day's speech); three of the lead's things make it the event
    assert not kept("The Lords are expected to publish their reasons on Friday.", close=False)
    assert not kept("Lawyers for the detainees said the appeal was heard.", close=False)
    assert kept("The Lords said the detainees had won their appeal.", close=False)
