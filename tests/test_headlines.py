"""Headlines and leads as an editor would read them, on text we wrote."""

from __future__ import annotations

import json

import pytest
from helpers import shared_or_skip

from briefing import Article, Settings, build_briefing, load_articles
from briefing.ingest.headlines import choose, clean


@pytest.mark.parametrize(
    "title, want",
    [
        ("Talks resume in Geneva | CNN Politics", "Talks resume in Geneva"),
        ("Talks resume in Geneva - BBC News", "Talks resume in Geneva"),
        ("Germany sets new rules | DW | 19.01.2020", "Germany sets new rules"),
        ("Analysis: The long road to a treaty | CNN", "The long road to a treaty"),
        ("UPDATE: Talks resume in Geneva", "Talks resume in Geneva"),
        ("Breaking News", ""),
        ("Peace - At Last - In Geneva", "Peace - At Last - In Geneva"),
        ("Obama - the man who changed politics", "Obama - the man who changed politics"),
    ],
)
def test_titles_lose_site_names_and_kickers_only(title, want):
    assert clean(title) == want


def test_the_page_title_wins_over_a_section_title_or_a_variant_of_itself():
    page = "Babies Who Eat Peanuts Early May Avoid Allergy | Health Site"
    assert (
        choose("Allergies Health Center", page) == "Babies Who Eat Peanuts Early May Avoid Allergy"
    )
    assert choose("Analysis: Talks in Geneva stall again", "Geneva talks stall again | Wire") == (
        "Geneva talks stall again"
    )
    # A different headline altogether: the article's own (the h1) is kept.
    assert choose("What it is like to give birth in Gaza", "Hospitals near collapse | Site") == (
        "What it is like to give birth in Gaza"
    )


PAGE = """<!-- served by a cache -->
<!DOCTYPE html><html><head>
<title>Harbour board approves new ferry terminal | The Harbour Courier</title>
<meta property="og:site_name" content="The Harbour Courier">
</head><body>
<header><h1>Harbour Health Center</h1><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article>
<p>The Port Alder harbour board on Monday approved a new ferry terminal on the north quay, ending a decade of argument over where the island ferries should dock.</p>
<p>"It took us ten years, but we got there," said the board's chair, Ruth Adeyemi, who said work would start in June and cost 48 million dollars.</p>
<p>The terminal will have room for four ships, against two today, and a covered walkway to the bus station, according to plans seen by the board.</p>
<p>Shopkeepers on the south quay said they feared losing passengers, and 1,200 people signed a petition against the move last year.</p>
</article></body></html>"""


def test_a_page_gets_its_headline_not_the_section_title_or_the_site(tmp_path):
    path = tmp_path / "ferry.html"
    path.write_text(PAGE)
    (article,) = load_articles([str(path)])
    assert article.title == "Harbour board approves new ferry terminal"


WIRE = """Breaking News

Washington: Ostrava has to choose between talks and isolation

After talks with his Marenian counterpart in Geneva on Friday, the foreign minister of Ostrava said the two sides would meet again next week to discuss the river crossing.

Kovar: we are sticking to diplomacy

"We pledge to respond swiftly and firmly if the border is crossed," Elena Kovar told reporters after the meeting, which lasted more than six hours.

The Marenian delegation said it had no intention of closing the crossing again and would hand over a written proposal by Tuesday."""


def test_a_wire_report_with_a_kicker_and_sub_headlines(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(WIRE)
    (article,) = load_articles([str(path)])
    assert article.title == "Washington: Ostrava has to choose between talks and isolation"
    brief = build_briefing([article], Settings())
    points = brief.stories[0].summary
    assert points[0].text.startswith("After talks with his Marenian counterpart")
    assert all("Kovar: we are sticking" not in s.text for s in points)
    spans = points + brief.commitments + brief.events
    assert all("\n\n" not in article.text[x.start : x.end] for x in spans)
    assert json.dumps(brief.to_dict())  # the record is plain data


def test_outlets_read_as_a_reader_knows_them():
    from briefing.ingest.headlines import outlet_name

    assert outlet_name("World news | The Guardian") == "The Guardian"
    assert outlet_name("Reuters_Co_Uk") == "Reuters"
    assert outlet_name("BBC News - World") == "BBC News - World"
    assert outlet_name("Hosted") == ""  # a syndication host's site name


def test_html_behind_a_comment_or_a_bom_is_html_on_stdin(run_cli, tmp_path):
    page = ("\ufeff  <!-- served from cache -->\n" + PAGE).encode()
    proc = run_cli("build", "-", "--format", "json", "--out", tmp_path, "--name", "p", input=page)
    assert proc.returncode == 0, proc.err
    data = json.loads((tmp_path / "p.json").read_text())
    assert data["sources"][0]["title"] == "Harbour board approves new ferry terminal"


def test_feed_titles_are_one_line(tmp_path):
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Top stories\n | The Courier'
        "</title><item><title>Ferry terminal\n   approved</title><link>https://c.example/a</link>"
        "<description>The Port Alder harbour board on Monday approved a new ferry terminal on "
        "the north quay, ending a decade of argument over where the ferries should dock, and "
        "said work would start in June.</description></item></channel></rss>"
    )
    path = tmp_path / "f.rss"
    path.write_text(feed)
    (article,) = load_articles([str(path)])
    assert article.title == "Ferry terminal approved" and article.outlet == "The Courier"


@pytest.mark.parametrize(
    "line",
    [
        "- From the section US & Canada",
        "- 941 comments",
        "- Tweet - Link this - Share this",
        "Clockwise from top: the mayor, the quay and the old terminal.",
        "Unfortunately, this video is not available in your region.",
        "Are you a ferry passenger? Share your photos with us.",
        "In this still image taken from video provided by KPAL, police inspect the quay.",
        "Harbour master Ines Moro speaks at the opening, Monday, March 2, 2026, in Port Alder.",
        "Image caption The old terminal was built in 1962",
        "Interested in Port Alder? Add Port Alder as an interest to stay up to date on the news.",
        "You can always delete your location history from the settings page of the app.",
        "Your browser does not support the audio element of this page, the site says.",
        "The Courier cannot guarantee that all pictures will be used and we reserve the right "
        "to edit your comments.",
        "We use cookies to give you the best experience of the Courier's site on the quay.",
        "By continuing to browse the site you agree to our use of cookies on every page.",
        "The harbour master Ines Moro Ines MoroFerry strike ends Port Alder votes MORE said "
        "the terminal would open in May.",
        # read on a Multi-News brief, where the appeal led a story and the bottom line
        "How to help ... Anyone with information regarding this case is asked to call Port "
        "Alder Police Officer Ana Bell at 555-448-9700, ext 384.",
        "Posted Tuesday, November 21, 2017 5:27 pm",
        # read on a Multi-News brief (seed 98): captions that led a story and the bottom line
        "View Images An artist's depiction of the new ferry, which will sail in 2028.",
        "Enlarge image Port Alder votes Jon Abed/AFP/Getty Images Ferry workers walk past "
        "posters on the quay.",
        "A model of the terminal is shown in this March 3, 2026 photo released by the board.",
        # read on a Multi-News brief (seed 152): a wire caption led a story and the bottom line
        "Ines Moro (2nd L), Ana Bell (3rd L) and Jon Abed (2nd R) sit with their families "
        "during a news conference in Port Alder May 20, 2010.",
        "Harbour master Ines Moro (left) leaves the court with her lawyer Jon Abed (right)",
    ],
)
def test_page_furniture_and_fragments_are_never_key_points(line):
    body = (
        "The Port Alder harbour board on Monday approved a new ferry terminal on the north "
        "quay, ending a decade of argument.\n\nSURABAYA, Indonesia/JAKARTA\n\n" + line + "\n\n"
        "The terminal will have room for four ships, against two today, the board said.\n\n"
        "Shopkeepers on the south quay said they feared losing passengers to the new quay."
    )
    brief = build_briefing([Article("a", body)], Settings(fit_page=False))
    texts = [s.text for s in brief.stories[0].summary]
    assert texts and not any(line[5:25] in t or "SURABAYA" in t for t in texts)


def test_a_paragraph_that_ends_with_a_photo_credit_is_a_caption_and_no_key_point():
    body = (
        "Fishermen mend nets on the north quay of Port Alder on Sunday, May 3, 2015. Talks "
        "on the new terminal went on through the weekend, with workers saying... "
        "(Associated Press)\n\nPORT ALDER (Wire) - The Port Alder harbour board on Monday "
        "approved a new ferry terminal on the north quay, ending a decade of argument.\n\n"
        "The terminal will have room for four ships, against two today, the board said.\n\n"
        "Shopkeepers on the south quay said they feared losing passengers to the new quay."
    )
    brief = build_briefing([Article("a", body)], Settings(fit_page=False))
    texts = [s.text for s in brief.stories[0].summary]
    assert texts and not any("nets" in t or "Associated" in t for t in texts), texts
    assert texts[0].startswith("The Port Alder harbour board"), texts


def test_a_police_appeal_and_a_time_stamp_at_the_top_are_not_the_lead():
    # read on a Multi-News brief: the appeal headed its story and the bottom line
    body = (
        "Posted Tuesday, November 21, 2017 5:27 pm\n\nHow to help ... Anyone with information "
        "regarding this case is asked to call Port Alder Police Officer Ana Bell at "
        "555-448-9700, ext 384.\n\nPORT ALDER - Two men are facing charges for running a "
        "smuggling ring from the north quay, the harbour police said on Monday.\n\nThe ring "
        "moved cigarettes through the ferry terminal for three years, the police said."
    )
    brief = build_briefing([Article("a", body)], Settings(fit_page=False))
    story = brief.stories[0]
    assert "Two men" in story.headline and "Two men" in story.summary[0].text
    assert not any("information" in s.text or "Posted" in s.text for s in story.summary)


def test_a_gallery_button_a_credit_or_a_photos_own_words_make_a_caption():
    from briefing.stories.editorial import is_boilerplate

    # read on a Multi-News brief (seed 98), where two such captions led stories
    assert is_boilerplate("View Images An artist's depiction of the new ferry, 2028.")
    assert is_boilerplate("Enlarge image Jon Abed/AFP/Getty Images Ferry workers walk past.")
    assert is_boilerplate("A model of the quay is shown in this March 3, 2026 photo.")
    # a video's close button and caption (Multi-News, seed 161: a bottom-line item)
    assert is_boilerplate("CLOSE Harbour workers present a video of the quay at night.")
    assert not is_boilerplate("Close to 500 harbour workers walked out on Monday.")
    # and (seed 98) a library's notice above a scanned chapter, a More line
    assert is_boilerplate("Below is the uncorrected machine-read text of this chapter.")


def test_a_newsletter_box_is_furniture_and_never_an_untitled_storys_headline():
    from briefing.stories.editorial import is_boilerplate

    # read on a Multi-News brief (seed 155): an untitled page's sign-up box was its More line
    assert is_boilerplate("Breaking News Emails Get breaking news alerts and special reports.")
    assert is_boilerplate("The news and stories that matter, delivered weekday mornings.")
    assert is_boilerplate("Newsletter Sign Up Continue reading the main story")
    assert is_boilerplate("Please verify you're not a robot by clicking the box.")
    assert not is_boilerplate("The harbour board will get breaking reports from the quay.")
    body = (
        "Breaking News Emails Get breaking news alerts and special reports. The news and "
        "stories that matter, delivered weekday mornings.\n\nThe Port Alder harbour board on "
        "Monday approved a new ferry terminal on the north quay, ending a decade of argument."
        "\n\nWork on the quay will start in June, the board said."
    )
    story = build_briefing([Article("a", body)], Settings(fit_page=False)).stories[0]
    assert story.headline.startswith("The Port Alder harbour board")


def test_where_a_pictured_person_stands_marks_a_caption_that_is_no_key_point():
    from briefing.ingest.furniture import is_boilerplate, no_key_point

    # read on a Multi-News brief (seed 152), where such a caption led a story
    assert no_key_point("Ines Moro (left) leaves the court with her lawyer Jon Abed (right)")
    assert no_key_point("Ines Moro (C) and Ana Bell (2nd R) meet the harbour board.")
    # a file photo's caption (read on a writers' set day, seed 155, as a story's point)
    assert no_key_point("Mr Reed said ferries are 'run down' (file picture) and need money.")
    assert not is_boilerplate("Mr Reed said ferries are 'run down' (file picture) and need money.")
    # a Daily Mail caption runs into the report's sentence: still read for who did what
    assert not is_boilerplate("Ines Moro (left) has refused to let inspectors see the quay.")
    # a party after a name, a clause of a law: no one's place in a photo
    assert not no_key_point("Gov. Ana Bell (R) said the quay would open in May.")
    assert not no_key_point("Under section 3(c) of the act, the board may close the quay.")
    assert not no_key_point("The left (l) and right (r) quays will both close.")


def test_a_report_with_a_full_date_is_not_a_caption():
    from briefing.stories.editorial import is_boilerplate

    assert not is_boilerplate("The minister spoke on Tuesday, March 3, 2015, in Vienna.")
    assert not is_boilerplate("In this case, the court ruled against the union.")
    assert not is_boilerplate("New York New Yorkers voted on Tuesday, the paper said.")
    # news about an appeal is no appeal
    assert not is_boilerplate("The FBI offered $500 to anyone with information on the boat.")
    assert not is_boilerplate("Voters will view images of the candidates in the booth.")
    assert not is_boilerplate("Sales are seen in this quarter as the firm's best.")


def test_a_page_of_nothing_but_furniture_is_no_article():
    from briefing.ingest.furniture import is_furniture_page

    notice = (
        "Add a location to your posts\n\nWhen you tweet with a location, the site keeps it. "
        "You can delete your location history at any time. Learn more"
    )
    short_news = (
        "The Port Alder harbour board on Monday approved a new ferry terminal on the north "
        "quay, ending a decade of argument over where the ferries should dock. Work on the "
        "quay will start in June, the board said, and the terminal opens in 2028.\n\n"
        "Click here to share this story."
    )
    assert is_furniture_page(notice)
    assert not is_furniture_page(short_news)
    assert not is_furniture_page("The board met on Monday.")  # short, but no furniture


def test_the_shared_pages_of_furniture_are_exactly_the_ones_left_out():
    """Over the real dev files: the seven Multi-News documents that are only a location,
    reprint, rating or share notice (by row and document), the one XSum row that is only a
    video page's time stamp, and no other article."""
    from briefing.ingest.furniture import is_furniture_page

    rows = shared_or_skip("multinews_longbench.dev.jsonl").read_text().splitlines()
    found = {
        (r, k)
        for r, line in enumerate(rows)
        for k, document in enumerate(json.loads(line)["documents"])
        if is_furniture_page(document["text"])
    }
    assert found == {(1, 1), (2, 1), (2, 2), (2, 4), (34, 0), (40, 3), (44, 0)}
    for name in ("cnndm_test.dev.jsonl", "bbc_news_summary.dev.jsonl", "xsum_test.dev.jsonl"):
        for line in shared_or_skip(name).read_text().splitlines():
            row = json.loads(line)
            assert is_furniture_page(row["text"]) == (row["id"] == "xsum-test-hf00785")


def test_a_page_of_nothing_but_its_time_stamp_is_no_article():
    from briefing.ingest.furniture import is_furniture_page

    assert is_furniture_page("23 March 2017 Last updated at 14:55 GMT")
    assert not is_furniture_page(
        "6 December 2014 Last updated at 09:15 GMT The Velden music awards are the best known "
        "in the country. The singer Ana Roe has six nominations, including best new artist."
    )


def test_a_slideshow_caption_with_its_place_and_date_is_no_key_point():
    from briefing.ingest.furniture import is_boilerplate, no_key_point

    # read on a Multi-News brief (seed 198), where such a caption was a bottom-line item
    assert no_key_point(
        "Ana Bell sits with her mother at a news conference in Port Alder May 20, 2010."
    )
    assert no_key_point("The quay is seen before the deadline passes in Port Alder, Nov. 27, 2011.")
    # its names are still read for who did what
    assert not is_boilerplate(
        "Ana Bell sits with her mother at a news conference in Port Alder May 20, 2010."
    )
    assert not no_key_point("The quay was opened in Port Alder on November 27, 2011.")
    assert not no_key_point("The talks, in Port Alder, will open May 20, 2027, the board said.")
    body = (
        "1 of 6. Harbour workers stand by the north quay before the deadline passes in Port "
        "Alder. They had camped there for weeks.\n\nPORT ALDER (Wire) - The Port Alder "
        "harbour board on Monday approved a new ferry terminal on the north quay.\n\n"
        "The terminal will have room for four ships, the board said."
    )
    brief = build_briefing([Article("a", body)], Settings(fit_page=False))
    texts = [s.text for s in brief.stories[0].summary]
    assert texts and not any("camped" in t or "stand by" in t for t in texts), texts


def test_a_caption_under_a_label_is_no_key_point_nor_a_headline():
    from briefing.ingest.furniture import is_boilerplate, no_key_point

    # read on a writers' set day (seed 198): "Sacked: But Jeremy Clarkson will not face
    # prosecution ..." was a More line; the report's lead came after it
    assert no_key_point("Sacked: But Tom Reed will not face charges over the quay.")
    assert no_key_point("Child care: A lawyer for Ann Holt said she would appeal.")
    assert not is_boilerplate("Sacked: But Tom Reed will not face charges over the quay.")
    for line in (
        "He said: 'The quay will open in May.'",
        "Reed added: 'The quay will open in May.'",
        "The takeaway: Not every ferry needs a new quay.",
        "One possibility: The board may sell the quay.",
        "The reason is simple: Ferries need room.",
    ):
        assert not no_key_point(line), line
    body = (
        "Sacked: But Tom Reed will not face charges over the fight on the quay.\n\n"
        "Tom Reed will not face charges over a fight with a ferry pilot on the north quay, "
        "the Port Alder police said on Monday.\n\nThe pilot had told officers he did not want "
        "to press charges, the police said."
    )
    story = build_briefing([Article("a", body)], Settings(fit_page=False)).stories[0]
    assert story.headline.startswith("Tom Reed will not face charges over a fight"), story
    assert not any(s.text.startswith("Sacked") for s in story.summary)


@pytest.mark.parametrize(
    ("body", "headline", "furniture", "no_actors"),
    [
        # read on an XSum day (seed 199): "Media playback is not supported on this device
        # Ding scored ..." was a More line
        (
            "Media playback is not supported on this device Tom Reed won the Port Alder open "
            "on Sunday, beating Ann Holt in the final.\n\nIt was a hard game, Reed said. Media "
            "playback is not supported on this device Holt will play in Vessia next month.\n\n"
            "Media playback is unsupported on your device Media caption Reed lifts the cup",
            "Tom Reed won the Port Alder open",
            ("playback", "caption"),
            set(),
        ),
        # from an XSum dump: "please check Javascript and cookies are enabled" made
        # "Javascript" a person
        (
            "Tom Reed won the Port Alder open on Sunday, beating Ann Holt in the final. This "
            "content will not work on your device, please check Javascript and cookies are "
            "enabled or update your browser Holt will play in Vessia next month, her coach "
            "said.\n\nThis content will not work on your device, please check Javascript and "
            "cookies are enabled or update your browser",
            "Tom Reed won the Port Alder open",
            ("Javascript", "browser"),
            {"Javascript"},
        ),
        # read on a Multi-News day (seed 199): "Neil Warner / Splash News Britney Spears'
        # handlers have ..." was a More line
        (
            "Jon Abed / Splash News Ann Holt's handlers have strong ideas on how the press "
            "should interview her.\n\nIna Moro/AFP/Getty Images\n\nAnn Holt will sing in Port "
            "Alder in December, her agent said on Monday.",
            "Ann Holt's handlers have",
            ("Splash", "Getty"),
            {"Jon Abed", "Ina Moro"},
        ),
    ],
)
def test_furniture_run_into_the_text_is_no_part_of_a_sentence(body, headline, furniture, no_actors):
    brief = build_briefing([Article("a", body)], Settings(fit_page=False))
    story = brief.stories[0]
    assert story.headline.startswith(headline), story.headline
    texts = [s.text for s in story.summary]
    assert texts and not any(word in t for word in furniture for t in texts), texts
    assert all(body[s.start : s.end] == s.text for s in story.summary)
    assert not no_actors & {a.name for a in brief.actors}
