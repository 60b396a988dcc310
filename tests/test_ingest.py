from __future__ import annotations

import io
import json

import pytest
from helpers import DATA, SAMPLES

from briefing import InputError, load_articles
from briefing.ingest.files import decode


def test_reads_every_sample_format():
    articles = load_articles([str(SAMPLES)])
    assert len(articles) >= 5
    assert len({a.id for a in articles}) == len(articles)
    for article in articles:
        assert article.title and article.text.strip() == article.text


def test_html_page_is_reduced_to_article_text():
    (article,) = load_articles([str(SAMPLES / "merger.html")])
    assert article.title.startswith("Norvik Foods agrees")
    assert article.text.startswith("Norvik Foods has agreed")
    assert "Most read" not in article.text and "All rights reserved" not in article.text
    assert article.url.startswith("https://")


def test_markdown_loses_its_markup(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Title here\n\nSome **bold** claim and a [link](http://x.org).\n\n- item one")
    (article,) = load_articles([str(path)])
    assert article.title == "Title here"
    assert article.text == "Some bold claim and a link.\n\nitem one"


def test_markdown_keeps_its_structure(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "# Council agrees budget\n\nThe council agreed the budget.\n\n## What it pays for\n\n"
        "- Free buses\n- A new library\n\nMs Lee said:\n\n> We will deliver all of it.\n"
    )
    (article,) = load_articles([str(path)])
    assert article.text == (
        "The council agreed the budget.\n\nWhat it pays for\n\nFree buses\n\nA new library"
        "\n\nMs Lee said:\n\nWe will deliver all of it."
    )
    assert [article.text[a:b] for a, b in article.headings] == ["What it pays for"]
    assert [article.text[a:b] for a, b in article.block_quotes] == ["We will deliver all of it."]


def test_html_comments_in_a_fragment_are_no_words():
    from briefing.ingest.fragment import structured

    text = structured(
        "<p>Talks end <!-- editor: check --> today.</p><!-- ad slot -->More<p>Two</p>"
    ).text
    assert text == "Talks end today.\n\nMore\n\nTwo"


def test_feed_html_keeps_paragraphs_inside_wrappers_and_list_items_apart(tmp_path):
    content = (
        "<div><p>The port strike entered its second week.</p><p>Talks resume on Monday."
        "</p></div><ul><li>Ships wait<br>offshore</li><li>Prices rise</li></ul>"
        "<figure><img src='a.jpg'><figcaption>Photo: the port at dawn</figcaption></figure>"
        "<blockquote><p>We will not give up.</p></blockquote>"
    )
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Port News</title>'
        "<item><title>Strike goes on</title><link>https://example.com/a</link>"
        f"<description><![CDATA[{content}]]></description></item></channel></rss>"
    )
    path = tmp_path / "feed.rss"
    path.write_text(feed)
    (article,) = load_articles([str(path)])
    assert article.text == (
        "The port strike entered its second week.\n\nTalks resume on Monday.\n\n"
        "Ships wait offshore\n\nPrices rise\n\nWe will not give up."
    )
    assert [article.text[a:b] for a, b in article.block_quotes] == ["We will not give up."]


def test_plain_text_sub_headlines_are_headings_and_report_nothing(tmp_path):
    from briefing.analysis.core import analyze
    from briefing.nlp.model import load_model, parse

    path = tmp_path / "wire.txt"
    path.write_text(
        "Breaking News\n\nTalks end without a deal\n\n"
        "The two ministers met in Geneva on Friday and agreed to keep talking.\n\n"
        "Brooks: we will stick to diplomacy and hand over a written answer next week\n\n"
        "The talks lasted four hours, officials said.\n"
    )
    (article,) = load_articles([str(path)])
    assert article.title == "Talks end without a deal"
    subhead = "Brooks: we will stick to diplomacy and hand over a written answer next week"
    assert [article.text[a:b] for a, b in article.headings] == [subhead]
    found = analyze(article, list(parse(load_model(None, "full"), article.text)))
    assert not any(article.in_heading(c.start, c.end) for c in found.commitments)
    assert not [e for e in found.events if "written answer" in article.text[e.start : e.end]]


@pytest.mark.parametrize(
    ("top", "published"),
    [
        ("WASHINGTON, March 2, 2022 (Reuters) - Talks ended on Friday.", "2022-03-02"),
        ("By Jane Doe\n\nUpdated 10:32 AM ET, Fri March 4, 2022\n\nTalks ended.", "2022-03-04"),
        ("Talks that began on 4 May 2020 ended on Friday.", ""),  # a date the report names
        ("GENEVA, March 2 (Reuters) - Talks begun on 4 May 2020 ended.", ""),
    ],
)
def test_plain_text_takes_its_date_from_a_date_line_or_dated_dateline(tmp_path, top, published):
    path = tmp_path / "wire.txt"
    path.write_text(f"Talks end\n\n{top}\n\nThe ministers will meet again next week.\n")
    (article,) = load_articles([str(path)])
    assert article.published == published


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        ("(CNN)Talks ended on Friday.", "CNN"),
        ("Mogadishu, Somalia (CNN)Talks ended on Friday.", "CNN"),
        ("WASHINGTON, March 2, 2022 (Reuters) - Talks ended on Friday.", "Reuters"),
        ("LONDON (AP) — Talks ended on Friday.", "AP"),
        ("(HLNtv)Talks ended on Friday.", "HLNtv"),
        # a party tag after a name is no outlet
        ("Tom Reed (D-NY) - Talks ended on Friday.", ""),
        # an acronym in the report's own sentence is no credit
        ("The Open Society Institute (OSI), financed by a donor, ended talks.", ""),
        ("Peer-to-peer (P2P) networks are here to stay.", ""),
    ],
)
def test_plain_text_and_jsonl_take_their_outlet_from_a_credit_at_the_top(tmp_path, top, outlet):
    # CNN/DM's texts credit "(CNN)": a day of them had no outlet, so none of the grouping's
    # same-outlet care and no outlet in the citations
    path = tmp_path / "wire.txt"
    path.write_text(f"Talks end\n\n{top}\n\nThe ministers will meet again next week.\n")
    (article,) = load_articles([str(path)])
    assert article.outlet == outlet
    lines = tmp_path / "day.jsonl"
    rows = [{"id": "a", "text": top}, {"id": "b", "text": top, "source": "Coast Post"}]
    lines.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert [a.outlet for a in load_articles([str(lines)])] == [outlet, "Coast Post"]


def test_text_title_is_the_short_first_line(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("A headline\n\nFirst sentence. Second one.\n")
    (article,) = load_articles([str(path)])
    assert (article.id, article.title, article.text) == (
        "story",
        "A headline",
        "First sentence. Second one.",
    )


def test_jsonl_needs_only_text(tmp_path):
    path = tmp_path / "day.jsonl"
    rows = [{"text": "One story."}, {"id": "x", "title": "T", "text": "Two.", "url": "https://a.b"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    articles = load_articles([str(path)])
    assert [a.id for a in articles] == ["day-1", "x"]
    assert articles[1].url == "https://a.b"


def test_stdin_is_read_as_text():
    (article,) = load_articles(["-"], stdin=io.BytesIO(b"Breaking news. More details.\n"))
    assert article.id == "stdin" and article.text == "Breaking news. More details."


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_legacy_encodings_are_decoded(tmp_path, encoding):
    path = tmp_path / "old.txt"
    path.write_bytes("Le café “fermé” à Zürich – 5 €.".encode(encoding, errors="ignore"))
    (article,) = load_articles([str(path)])
    assert "café" in article.text and "Zürich" in article.text


def test_utf16_with_bom_is_decoded():
    assert decode("Ärger".encode("utf-16"), "x") == "Ärger"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"   \n\t  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_files_name_the_file(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        load_articles([str(path)])
    assert str(path) in str(info.value) and message in str(info.value)


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_articles([str(tmp_path / "nope.txt")])


def test_invalid_jsonl_reports_the_line(tmp_path):
    path = tmp_path / "day.jsonl"
    path.write_text('{"text": "fine."}\n{"text": "broken\n')
    with pytest.raises(InputError, match=r"day\.jsonl:2: invalid JSON"):
        load_articles([str(path)])


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no articles"):
        load_articles([str(tmp_path)])


def test_rss_feed_entries_become_articles():
    skipped: list[InputError] = []
    articles = load_articles([str(DATA / "feed.rss")], skipped=skipped)
    assert [a.title for a in articles] == [
        "Port Calder strike enters second week",
        "Harbour Reserve Bank holds rates",
    ]
    assert articles[0].url == "https://news.example.com/port-calder-strike"
    assert articles[0].published.startswith("Mon, 02 Mar 2026")
    assert articles[0].text.count("\n\n") == 1 and "<p>" not in articles[0].text
    assert [str(e) for e in skipped] == [f"{DATA / 'feed.rss'}: entry 3 has no text"]


def test_truncated_feed_keeps_what_came_before(tmp_path):
    path = tmp_path / "cut.rss"
    text = (DATA / "feed.rss").read_text()
    path.write_text(text[: text.index("<title>Harbour")])
    skipped: list[InputError] = []
    articles = load_articles([str(path)], skipped=skipped)
    assert [a.title for a in articles] == ["Port Calder strike enters second week"]
    assert "feed is malformed" in str(skipped[0])
    with pytest.raises(InputError, match="feed is malformed"):
        load_articles([str(path)])


def test_invalid_feed_is_an_error(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text("<html><body>this is a web page, not a feed</body></html>")
    with pytest.raises(InputError, match="bad.xml: not a valid RSS or Atom feed"):
        load_articles([str(path)])


def test_an_xhtml_page_is_read_as_html_not_as_a_feed():
    from briefing.ingest.files import parse_bytes

    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>Port strike</title></head><body><article><h1>Port strike</h1>"
        "<p>Dockworkers at Port Calder stayed out for a second week on Monday, the union said."
        " The operator said its offer of a six percent rise was final.</p></article></body></html>"
    )
    [article] = parse_bytes(page.encode(), "page", kind=None)
    assert article.text.startswith("Dockworkers at Port Calder")


def test_underlined_and_other_inline_markup_leave_no_tags_in_the_text(tmp_path):
    paragraph = (
        "<p>KHAN YOUNIS — <u>The assault</u> on the city has left its hospitals in a state of "
        "near-total collapse, doctors said on Monday, and CO<sub>2</sub> levels rose.</p>"
    )
    page = (
        "<html><head><title>Hospitals collapse</title></head><body><article>"
        + paragraph * 4
        + "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page)
    (article,) = load_articles([str(path)])
    assert "The assault on the city" in article.text
    assert "<" not in article.text and ">" not in article.text


def test_a_related_link_set_as_a_paragraph_in_a_page_is_a_heading(tmp_path):
    # read on the Telegraph page of the shared set: another story's headline mid-article
    body = (
        "<p>Files show Tom Reed feared the new exams would lower standards in schools, "
        "according to papers released on Friday by the national archives.</p>"
    ) * 3
    link = "<p>Files reveal Reed warned against introducing 'poll tax'</p>"
    page = (
        "<html><head><title>Reed feared exams</title></head><body><article>"
        + body
        + link
        + body
        + "</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page)
    (article,) = load_articles([str(path)])
    headings = [article.text[a:b] for a, b in article.headings]
    assert headings == ["Files reveal Reed warned against introducing 'poll tax'"]
