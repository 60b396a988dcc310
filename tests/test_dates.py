"""What's next: times resolved to calendar dates from the article's own date."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analysis.dates import resolve, weeks_before
from briefing.models import Article

WEDNESDAY = dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("tomorrow", "2026-03-05"),
        ("next week", "2026-03-09"),
        ("Friday", "2026-03-06"),
        ("later on Friday", "2026-03-06"),
        ("in two weeks", "2026-03-18"),
        ("on March 9", "2026-03-09"),
        ("9 March 2027", "2027-03-09"),
        ("next month", "2026-04-01"),
        ("the next Saturday night", "2026-03-07"),
        ("before next Wednesday", "2026-03-11"),  # said on a Wednesday: not today
        ("on Wednesday", "2026-03-04"),  # a Wednesday's report: that day
    ],
)
def test_relative_times_resolve_from_the_articles_date(when, date):
    assert resolve(when, WEDNESDAY).isoformat() == date


@pytest.mark.parametrize(
    "when",
    [
        "the summer",
        "93 year",
        "seven decades",
        "on the Tuesday",
        "the first Sunday",
        "next weekend",
    ],
)
def test_vague_times_resolve_to_nothing(when):
    assert resolve(when, WEDNESDAY) is None


def test_whats_next_keeps_only_what_is_ahead_of_the_article():
    text = (
        "The ministers will meet again on March 9 in Geneva.\n\n"
        "The committee will report on February 2, officials said at the time.\n\n"
        "A few minutes later, the troops would leave the square.\n\n"
        "The veterans would return home the summer after the war.\n\n"
        "Yoon accused parliament of slashing funding from next year's national budget.\n\n"
        "The council agreed a budget after a debate about spending in the coming year.\n\n"
        "Leaders will meet at next week's summit in Oslo.\n\n"
        "The budget approved in April boosted school spending by 2.5% each of the next two "
        "years.\n\n"
        "People in remote areas awaiting help won't get any today.\n\n"
        "The council will not vote until March 20.\n\n"
        "Dockworkers will extend their strike after talks broke down on Sunday night.\n\n"
        "The firm warned it would divert ships if the strike continued past Friday.\n\n"
        "'Hopefully we'll be racing the cars in front tomorrow,' the driver said.\n\n"
        "Perhaps the talks will resume next month.\n\n"
        "The next morning the missing boat was found close to the pier.\n\n"
        "The coach was fired on Wednesday after a poor run, only to be reinstated the next day."
        "\n\nThe raid came early Wednesday in Norvik, when it would still have been Tuesday "
        "in Vessia."
    )
    events = _events(text)
    assert [(e.when, e.date) for e in events] == [
        ("on March 9", "2026-03-09"),
        ("next week", "2026-03-09"),  # the summit's time; a budget's year is no event
        ("until March 20", "2026-03-20"),  # not before then: then it will; "won't" is none
        ("past Friday", "2026-03-06"),  # a condition ahead; talks that broke down are done
    ]  # a hope and a maybe are no dates; "the next morning" of a story told is none, nor
    # a day that "would have been" (a past told)
    assert all("\n\n" not in e.text for e in events)


@pytest.mark.parametrize(
    ("when", "past"),
    [
        ("on October 13", True),  # weeks before a November 8 report
        ("on 13 October", True),
        ("on November 7", False),  # the day before: news
        ("on January 5", False),  # no year, ten months back: more likely next January
        ("by March 3, 2023", True),  # a year given says which
        ("in 10 days", False),
        ("on Friday", False),
    ],
)
def test_a_day_weeks_before_the_report_is_past(when, past):
    assert weeks_before(when, dt.date(2023, 11, 8)) is past


def test_a_month_or_year_ahead_is_shown_without_a_day_the_text_never_named():
    # the month or the year in ISO 8601's shorter forms, not the first of the month
    text = (
        "The two firms will work together on joint bids from next year.\n\n"
        "The ministers will meet again on March 9 in Geneva.\n\n"
        "The board will vote on the merger next month."
    )
    assert [(e.when, e.date) for e in _events(text)] == [
        ("next year", "2027"),
        ("on March 9", "2026-03-09"),
        ("next month", "2026-04"),
    ]


@pytest.mark.parametrize(
    "forecast",
    [
        "Growth would reach 4.4% this year but fall to 3.3% next year, the OECD said.",
        "Spending on training is forecast to go up over the next year.",
        "Prices may fall further over the next few days, analysts said.",
        # read on BBC: a participle that carries the forecast on
        "The Harbour Bank forecast total growth of 3.6% in 2004, slipping to 2.9% next year.",
        "Any rate increase is not likely to happen until later this year.",
        # read on BBC, CNN/DM and a writer's report (one each)
        "Temperatures are set to peak at 25C over the next three days in Marlow.",
        "The Harbour Bank expects a series of rate cuts over the next two years.",
        "Sarah Jones expects the ban to be lifted over the next six months.",
        "Tom Reed would have had to rely on a wild card next season.",
        "There would have been a rebellion if nothing was done over the next four years.",
        # another's belief (read on BBC); "it is thought" reports what is expected
        "Tom Reed believes they will battle it out with Marlow in the coming months.",
        # a prediction told after the clause, a race called (read on BBC and Multi-News)
        "Next year will see a new set of gadgets in the shops, Gadget Weekly predicts.",
        "Tom Reed, who is heavily favored to replace Gov. Ann Holt next year, spoke on Sunday.",
        # a time that is the subject, and a time like any other (read on XSum and CNN/DM)
        "The next few months will be the final test of that.",
        # an outcome expected (read on Multi-News); "a decision is expected next week" stays
        "Storm Irma is expected to strengthen later today, the forecasters said.",
        "Prices are expected to rise next month.",
        # the weather foretold (read on a CNN/DM day, seed 222)
        "On Thursday, more storms are expected in the Midwest, the weather service said.",
        "Just like last year and just like next year, police in Marlow will arrest thousands.",
        # a survey's answer, given then (read on BBC): the participle is told in the past
        "The survey rose to plus 11 when looking ahead to the next three months.",
    ],
)
def test_a_forecast_is_no_event_ahead(forecast):
    assert [e.when for e in _events(forecast)] == []


@pytest.mark.parametrize(
    "span",
    [
        "Net migration will steadily increase over the next 45 years, the bureau said.",
        "The firm will invest £10bn in the next five years.",
        "The new codes will be brought in over the next decade.",
        "The scheme faces severe strains in coming decades, the bureau said.",
    ],
)
def test_a_span_of_years_ahead_is_a_trend_or_a_plan_not_a_date(span):
    assert [e.when for e in _events(span)] == []


def test_a_participle_of_a_present_or_future_verb_keeps_its_time():
    text = "Tom Reed left on Monday, promising to return next week."
    assert [e.when for e in _events(text)] == ["next week"]
    text = "The firm will cut jobs over the next three months, looking ahead to next year."
    assert [e.when for e in _events(text)] == ["over the next three months"]


def test_what_there_will_be_is_an_event_only_when_it_is_one():
    assert [e.when for e in _events("There will be more activity today, a spokesman said.")] == []
    text = "There will be a vote on the Harbour plan next week, a spokesman said."
    assert [e.when for e in _events(text)] == ["next week"]


def test_a_plan_told_as_overtaken_is_no_event_ahead():
    # "had planned to enter next week" headed What's next on a real XSum day
    text = "The Harbour riders had planned to enter Vessia next week as part of a tour."
    assert [e.when for e in _events(text)] == []


def test_an_event_named_in_a_forecast_stays():
    text = "Analysts said the Fed would raise rates by a quarter point when it meets next week."
    assert [e.when for e in _events(text)] == ["next week"]
    # one's own act expected, and a schedule, are events
    assert [e.when for e in _events("We expect to announce the results on Friday.")] == [
        "on Friday"
    ]
    assert [e.when for e in _events("A decision is expected next week.")] == ["next week"]
    text = "It is thought Tom Reed will make the announcement in a Commons debate on Friday."
    assert [e.when for e in _events(text)] == ["on Friday"]


def test_an_undated_article_that_states_an_old_date_speaks_from_it():
    from briefing.analysis.core import analyze
    from briefing.analysis.dates import stated_date
    from briefing.nlp.model import load_model, parse

    today = dt.date(2026, 12, 1)
    assert stated_date("Talks ended on Thursday, July 31, 2014, in Cairo.", today) == dt.date(
        2014, 7, 31
    )
    assert stated_date("The law of 12 March 2019 applies.", today) == dt.date(2019, 3, 12)
    assert stated_date("The deal was signed on November 20, 2026.", today) is None  # recent
    assert stated_date("No date here.", today) is None
    text = (
        "Fishermen on the quay on Thursday, July 31, 2014.\n\n"
        "12:55 A.M. The union says the strike will begin on Friday."
    )
    events = analyze(Article("a", text), list(parse(load_model(None, "full"), text)), today).events
    assert [(e.when, e.date) for e in events] == [("on Friday", "2014-08-01")]
    assert events[0].text.startswith("The union says")  # not the live blog's entry time


def test_an_old_date_followed_by_later_months_gives_no_calendar_date():
    # read on CNN/DM: "will continue today" was put on the day a baby died, years earlier
    from briefing.analysis.core import analyze
    from briefing.nlp.model import load_model, parse

    text = (
        "Sarah Jones cared for patients at Marlow hospital between February 2004 and "
        "September 2013. One baby died on February 26, 2004. The panel said the hearing "
        "will continue today."
    )
    model = load_model(None, "full")
    events = analyze(Article("a", text), list(parse(model, text)), dt.date(2026, 12, 1)).events
    assert [(e.when, e.date) for e in events] == [("today", "")]
    alone = "One baby died on February 26, 2004. The panel said the hearing will continue today."
    events = analyze(Article("a", alone), list(parse(model, alone)), dt.date(2026, 12, 1)).events
    assert [(e.when, e.date) for e in events] == [("today", "2004-02-26")]


def test_a_date_long_before_a_year_the_text_names_is_history_not_the_reports_day():
    # read on a CNN/DM day: "will get Monday off" was dated 1915-04-26, the Monday after
    # the Gallipoli landings a quote recalled, in a report that also names 1993
    from briefing.analysis.dates import later_month_stated

    today = dt.date(2026, 12, 1)
    landing = dt.date(1915, 4, 25)
    text = "The pact of 1993 stands. The landings on April 25, 1915 are remembered."
    assert later_month_stated(text, landing, today)
    plan = "Talks ended on July 31, 2014. The line will open in 2016."
    assert not later_month_stated(plan, dt.date(2014, 7, 31), today)  # a plan's year


def _events(text: str):
    """What's next in ``text``, read as an article published on ``WEDNESDAY``."""
    from briefing.analysis.core import analyze
    from briefing.nlp.model import load_model, parse

    article = Article("a", text, published=WEDNESDAY.isoformat())
    return analyze(article, list(parse(load_model(None, "full"), text))).events


def test_a_weekday_and_the_date_after_it_are_one_time():
    # read on XSum: "on Thursday, 16 June" was put on the next Thursday
    text = "The match between Vessia and Marlow will be shown live on Thursday, 16 June."
    assert [(e.when, e.date) for e in _events(text)] == [("on Thursday, 16 June", "2026-06-16")]
    # read on XSum: "the week commencing Monday" had been put on the next Monday
    text = "The ties will be played in the week commencing Monday, 7 September."
    assert [(e.when, e.date) for e in _events(text)] == [
        ("in the week commencing Monday, 7 September", "2026-09-07")
    ]
    told = "On Friday, more than 35 years after the case, a Vessia jury will deliberate again."
    assert [e.when for e in _events(told)] == ["On Friday"]


def test_a_plea_for_tonight_is_no_event():
    # read on a Multi-News day: a tweet's "please show restraint tonight" was in What's next
    text = 'Tom Reed asked the mayor to "remember this is a peaceful movement - please show restraint tonight."'
    assert _events(text) == []


def test_an_age_reached_is_no_event():
    # read on a Multi-News day: a birthday in a scientist's description was in What's next
    text = (
        "Tom Reed, a professor who will turn 90 on 10 June, put forward his theory in 1958. "
        "The probe will launch on 11 June."
    )
    assert [e.when for e in _events(text)] == ["on 11 June"]


def test_a_time_ends_where_the_next_clause_begins():
    # read on XSum: "on Monday 19 December and include Christmas Eve" was one time
    text = "The Harbour union said the walkout would start on Monday 19 December and include Christmas Eve."
    assert [e.when for e in _events(text)] == ["on Monday 19 December"]


@pytest.mark.parametrize(
    "supposed",
    [
        # read on BBC and CNN/DM: called off, supposed, any such day
        '"Sarah was due to have had another operation on Friday but she was too weak."',
        # read on a writers' day (seed 126): a plan the story then changed
        "The order was set to expire Friday, but Tom Reed extended it another 30 days Tuesday.",
        "The poll found 25% did not know how they would vote if forced to decide tomorrow.",
        "It was decided that a holiday would only be triggered if it fell on a Monday.",
        "If the full moon fell on Sunday, Easter would be pushed back a week.",
        # read on Multi-News, XSum, BBC and CNN/DM: a view, any time, a span
        "Tom Reed said he thought it was highly unlikely that the camp would be shut on Monday.",
        "Whatever happens in the next few days, trust is the toughest challenge.",
        "The directors have agreed to leave their loans in the company for the next four years.",
        "That was great motivation to keep up with my workouts for the next week.",
        # what a thing is, not what will happen (read on BBC)
        "Spyware is one of the biggest threats facing PC users in the coming year.",
        "The only real thing to remember for the coming year is to enjoy the ride.",
        # any time, and a count (read on BBC and XSum)
        "Nobody knows what will come tomorrow.",
        "Tom Reed responded by taking the next two and then won the ninth frame.",
        # when it was said, and a day told after it (read on Multi-News and XSum)
        "Nadia Okafor said Monday the Harbour union would strike.",
        "Tom Reed told reporters on Tuesday the union will strike.",
        "One child was brought into hospital later in the day for a scan, then released.",
    ],
)
def test_what_was_called_off_or_only_supposed_is_no_event(supposed):
    assert [e.when for e in _events(supposed)] == []


def test_a_condition_on_an_event_keeps_it():
    text = "Tom Reed said on Tuesday the union will strike on Monday."
    assert [e.when for e in _events(text)] == ["on Monday"]
    text = "If the talks fail on Friday, the Harbour union will strike."
    assert [e.when for e in _events(text)] == ["on Friday"]
    assert [e.when for e in _events("Sarah Jones is due to have surgery on Friday.")] == [
        "on Friday"
    ]
    text = "The pier is to be rebuilt in a four-year project starting next year."
    assert [e.when for e in _events(text)] == ["next year"]
    text = "They face Marlow on what will now be a highly charged occasion at the Harbour Stadium on Monday."
    assert [e.when for e in _events(text)] == ["on Monday"]


def test_a_time_as_tagged_loses_what_comes_before_it():
    # read on BBC: the tagger's "only two days - Wednesday", "about next month"
    text = "MPs will have only two days - Wednesday and Thursday - to debate the plans."
    assert [e.when for e in _events(text)] == ["Wednesday"]
    text = "Sarah Jones is undecided about next month's European Indoors."
    assert [e.when for e in _events(text)] == ["next month"]


@pytest.mark.parametrize(
    "told",
    [
        "Joey Reed, who fell to the pool area, was sitting up in bed by the next day.",
        "The storm hit the coast, and the following morning the town will be cleared.",
        "The 26-year-old will join Wednesday on a permanent transfer in the summer.",
    ],
)
def test_a_stories_own_next_day_and_a_club_named_wednesday_are_no_dates_ahead(told):
    assert _events(told) == []
    assert [e.when for e in _events("The council will vote on Wednesday.")] == ["on Wednesday"]
    later = "Officials said they plan to continue the air search later in the day."
    assert [e.when for e in _events(later)] == ["later in the day"]  # the article's own day


def test_the_time_owned_by_a_noun_is_that_things_not_what_is_before_it():
    # read on XSum: "before next spring's assembly election" was shown as "before next spring"
    text = "No changes will be made before next spring's assembly election."
    assert [e.when for e in _events(text)] == ["next spring"]


def test_this_season_is_ahead_when_its_verb_is_still_to_come():
    # read on CNN/DM and XSum: "will air a new series this summer" had no item
    assert [e.when for e in _events("Lifeguards will patrol the beach this summer.")] == [
        "this summer"
    ]
    assert _events("The spirit of the Games in Norvik this summer was summed up.") == []
    assert _events("Lampard, who signed off this summer, was there.") == []


def test_tonight_under_a_perfect_is_done_but_a_date_set_in_the_perfect_is_ahead():
    # read on a Multi-News day: a 1991 speech's "Tonight, the battle has been joined" was put
    # on the brief's own evening
    assert _events("Tonight, the battle has been joined.") == []
    assert _events("I have actually had to exercise part of my brain tonight.") == []
    later = "His hearing has been rescheduled for June next year."
    assert [e.when for e in _events(later)] == ["June next year"]


def test_tonight_quoted_in_a_past_scene_is_that_nights():
    # read on a Multi-News day (seed 176): a 2013 tweet quoted in a report of the night
    # ("Thousands watched it online, with ... tweeting, '... happening in Austin tonight'")
    # was in What's next
    scene = (
        "Thousands of people watched it online, with the mayor at one point tweeting, "
        '"Something special is happening in Norvik tonight."'
    )
    assert _events(scene) == []
    spoken = ['"We vote tonight," he said.', 'He stormed out, saying: "I will resign tonight."']
    assert [e.when for t in spoken for e in _events(t)] == ["tonight", "tonight"]


def test_tonight_with_what_something_is_now_is_no_event():
    # read on a Multi-News day (seed 160): "tonight it is a slow motion, bumper to bumper
    # march inland" was in What's next
    assert _events("The exodus has begun and tonight it is a slow, bumper to bumper march.") == []
    assert _events("The harbour town is quiet tonight.") == []
    assert [e.when for e in _events("Tonight the mayor is hosting a dinner.")] == ["Tonight"]
    assert [e.when for e in _events("The concert is tonight at the park.")] == ["tonight"]


def test_a_time_inside_a_quote_reads_without_the_quote_mark():
    # read on a BBC day: What's next showed 'in the "coming weeks'
    text = (
        'Mr Holt spoke of the campaign the party hoped to stage in the "coming weeks and months".'
    )
    assert [e.when for e in _events(text)] == ["in the coming weeks"]


def test_would_over_an_if_in_the_past_supposes_and_a_told_one_is_ahead():
    # read on a BBC day: "if he got it this year he would want to stay next year" was an item
    assert _events("If he got the job this year, he would want to stay next year.") == []
    told = "The union said it would strike next week if the offer was not improved."
    assert [e.when for e in _events(told)] == ["next week"]


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("wednesday 22nd", dt.date(2026, 4, 22)),  # March's 22nd is a Sunday
        ("Sunday 22nd", dt.date(2026, 3, 22)),
        ("Friday the 6th", dt.date(2026, 3, 6)),
        ("Tuesday the 6th", None),  # neither March's nor April's 6th is a Tuesday
    ],
)
def test_a_weekday_with_a_day_of_the_month_is_that_day_or_none(when, date):
    # read on a CNN/Daily Mail day: "the sale will run from wednesday 22nd" was put on the
    # next Wednesday
    assert resolve(when, WEDNESDAY) == date


def test_a_planned_event_called_off_is_not_ahead():
    # read on an XSum day (seed 178): "A proposed national strike scheduled for 22 June was
    # suspended following talks" was in What's next
    off = [
        "A proposed national strike scheduled for 22 June was suspended following talks.",
        "The union cancelled the walkout planned for next week.",
        "The final set for Sunday has been called off.",
    ]
    assert [e.when for t in off for e in _events(t)] == []
    on = "A national strike scheduled for 22 June will close the ports."
    assert [e.when for e in _events(on)] == ["22 June"]


def test_the_day_of_what_an_act_follows_is_not_its_own():
    # read on a CNN day (seed 177): "will add to the campaign's embarrassment following news
    # on Tuesday that ..." was in What's next for Tuesday
    news = (
        "The new figures will add to the campaign's embarrassment following news on Tuesday "
        "that many of its followers were bought."
    )
    assert _events(news) == []
    vote = "The mayor will resign following a vote on Friday."
    assert [e.when for e in _events(vote)] == ["on Friday"]


def test_two_reports_that_print_the_same_line_give_one_item():
    # a real day of two summaries of one report listed "There are more arrests scheduled
    # over the next few weeks." twice
    from briefing import Settings, build_briefing

    line = "There are more arrests scheduled over the next few weeks."
    day = [
        Article(
            "a", f"Police in Norvik arrested nine men on Monday. {line}", published="2026-03-04"
        ),
        Article("b", f"Nine men were held in raids across Norvik. {line}", published="2026-03-04"),
    ]
    events = build_briefing(day, Settings(fit_page=False)).events
    assert [(e.text, e.source_id) for e in events] == [(line, "a")]


def test_a_plan_told_in_the_past_progressive_is_no_event_ahead():
    # a real Multi-News report of a couple found dead: "The couple were planning a dinner
    # party ... later this month" headed What's next
    told = "The couple were planning a dinner party with friends at their home later this month."
    assert [e.when for e in _events(told)] == []
    reported = "Officials said they were planning a second vote later this month."
    assert [e.when for e in _events(reported)] == ["later this month"]
    # the same report with its next clause after a semicolon, which the parser hangs the
    # plan on (seed 199)
    told = (
        "The couple were planning a dinner party with a number of Norvik friends at their "
        "winter home in Port Alder later this month; informal invitations went out last week."
    )
    assert [e.when for e in _events(told)] == []


def test_a_time_for_what_an_opening_pronoun_does_with_no_name_is_no_item():
    # read on XSum (seed 230): "It is due to be published next week." alone in What's next
    assert _events("The review ended. It is due to be published next week.") == []
    assert _events("Tom Reed was convicted. He will be sentenced on Friday.") == []
    kept = [
        "He was briefed on the poll, which is scheduled for next week.",
        "He said Norvik would announce its policies next week.",
        "This Friday, the council will vote on the budget.",
        "The report is due to be published next week.",
    ]
    for text in kept:
        assert [e.text for e in _events(text)] == [text], text


def test_a_video_pointer_run_into_a_caption_is_no_event_ahead():
    # read on a CNN/DM brief (seed 245): the caption was a What's next item for "tonight"
    from briefing.ingest.furniture import no_key_point

    line = (
        "Scroll down for video Mayor Dana Wolf was campaigning in Port Alder today "
        "ahead of a second TV debate tonight"
    )
    assert no_key_point(line)  # a caption: its names and roles stay, its times go
    text = "The board met on Monday.' " + line + "\n\nMs Wolf said the vote is in May."
    assert _events(text) == []
    from test_entities import run

    _, _, actors = run(text)
    assert actors["Dana Wolf"].role == "Mayor" and "Scroll" not in actors
