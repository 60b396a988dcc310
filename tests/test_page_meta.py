"""A page's own metadata wins for its date and publisher (pages written for this test)."""

from __future__ import annotations

import pytest

from briefing.errors import InputError
from briefing.ingest.formats import from_html
from briefing.ingest.page_meta import published_date, publisher_name, read

BODY = (
    "<article><h1>Harbour board approves the ferry plan</h1>"
    + "<p>The harbour board in Port Alder approved the new ferry plan on Tuesday after a "
    "long debate, officials said, and the first boats will sail in the spring.</p>"
    * 6
    + "</article>"
)


def page(head: str, extra: str = "") -> str:
    return f"<html><head><title>Ferry plan</title>{head}</head><body>{BODY}{extra}</body></html>"


LD = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Alder Times"},
  {"@type": ["NewsArticle"], "headline": "Ferry plan", "datePublished": "2010-08-13T09:00:00-04:00",
   "dateModified": "2011-08-19T10:00:00-04:00", "publisher": {"@type": "Organization", "name": "The Alder Times"}}
]}</script>"""


def test_json_ld_date_published_wins_over_a_sidebar_date():
    sidebar = "<aside><p>Most read, updated August 19, 2011</p></aside>"
    html = page(LD, sidebar)
    assert published_date(read(html)) == "2010-08-13"
    assert publisher_name(read(html)) == "The Alder Times"
    article = from_html(html, "alder.html", "alder")
    assert article.published.startswith("2010-08-13")


def test_json_ld_in_cdata_and_broken_json_ld_are_handled():
    cdata = LD.replace('json">{', 'json"><![CDATA[{').replace("]}</script>", "]}]]></script>")
    assert published_date(read(page(cdata))) == "2010-08-13"
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", </script>'
    meta = '<meta property="article:published_time" content="2014-12-19T15:00:00-05:00">'
    assert published_date(read(page(broken + meta))) == "2014-12-19"
    assert published_date(read(page(broken))) == ""


def test_a_utc_time_just_after_midnight_keeps_the_local_date_found_on_the_page():
    meta = '<meta property="article:published_time" content="2014-12-19T04:38:49+00:00">'
    assert published_date(read(page(meta)), found="2014-12-18") == "2014-12-18"
    assert published_date(read(page(meta)), found="2014-12-10") == "2014-12-19"
    assert published_date(read(page(meta))) == "2014-12-19"


def test_og_site_name_names_the_outlet():
    html = page('<meta property="og:site_name" content="  Alder\n Times ">')
    assert publisher_name(read(html)) == "Alder Times"


TEASERS = [
    ("Harbour board approves ferry plan after long debate", "The board voted 7 to 2 on Tuesday."),
    ("Teachers in Port Alder walk out over pay", "Schools closed early as the strike began."),
    ("Storm brings flooding to the coastal road", "Drivers were told to avoid the road."),
    ("Council names new head of the water company", "The choice follows months of outages."),
    ("Rail union and operator agree to more talks", "Both sides will meet again next week."),
]


def front(card: str, head: str = "") -> str:
    cards = "".join(card.format(i=i, h=h, b=b) for i, (h, b) in enumerate(TEASERS * 2))
    return f"<html><head><title>News | Alder Times</title>{head}</head><body><main>{cards}</main></body></html>"


FRONTS = {
    "list-with-blurbs": front('<li><h3><a href="/n/{i}">{h}</a></h3><p>{b}</p></li>'),
    "cards": front('<article><h2><a href="/n/{i}">{h}</a></h2><p>{b}</p></article>'),
    "links-only": front('<p><a href="/n/{i}">{h}</a></p>'),
    "says-so": front(
        '<div><h2><a href="/n/{i}">{h}</a></h2><p>{b} More words follow here about it, '
        "as the day went on and the city waited for news.</p></div>",
        '<script type="application/ld+json">{{"@type": "CollectionPage"}}</script>',
    ),
}


@pytest.mark.parametrize("name", sorted(FRONTS))
def test_a_section_front_is_not_summarised_as_one_story(name):
    with pytest.raises(InputError, match="section front or a list of teasers"):
        from_html(FRONTS[name], f"{name}.html", name)


def test_an_article_with_many_related_links_is_an_article():
    related = "".join(f'<h3><a href="/n/{i}">{h}</a></h3>' for i, (h, _) in enumerate(TEASERS * 4))
    html = page('<meta property="og:type" content="article">', f"<aside>{related}</aside>")
    assert from_html(html, "a.html", "a").text.startswith("The harbour board")


def test_a_folder_skips_a_section_front_by_name(run_cli, tmp_path):
    (tmp_path / "front.html").write_text(FRONTS["cards"])
    (tmp_path / "story.html").write_text(page(LD))
    proc = run_cli("build", tmp_path, "--out", tmp_path / "out", "--format", "json")
    assert proc.returncode == 0, proc.err
    assert "skipped" in proc.err and "front.html: a section front" in proc.err


def test_all_dev_pages_are_articles():
    import json

    from helpers import shared_or_skip

    listing = shared_or_skip("pages/pages.jsonl")  # real pages: none is a section front
    pages = listing.parent
    rows = [json.loads(x) for x in listing.read_text().splitlines() if x.strip()]
    for row in rows:
        html = (pages / row["file"]).read_text(errors="replace")
        assert from_html(html, row["file"], row["id"]).text, row["id"]


def test_the_headline_repeated_with_other_quote_marks_is_not_body_text():
    html = (
        '<html><head><title>Board says "no" to the ferry plan</title></head><body><article>'
        "<div><h2>Board says “no” to the ferry plan</h2></div>"
        + "<p>The harbour board in Port Alder rejected the new ferry plan on Tuesday after a "
        "long debate, officials said, and the old boats will keep sailing.</p>"
        * 6
        + "</article></body></html>"
    )
    article = from_html(html, "a.html", "a")
    assert article.text.startswith("The harbour board")


def test_headings_and_bold_labels_are_kept_as_structure_from_the_markup():
    from briefing import Settings, build_briefing

    paragraph = (
        "<p>The harbour board in Port Alder approved the new ferry plan on Tuesday after a "
        "long debate, officials said, and the <em>first</em> boats will sail in spring.</p>"
    )
    html = (
        "<html><head><title>Ferry plan approved</title></head><body><article>"
        "<h1>Ferry plan approved</h1>"
        "<p><strong>The board voted seven to two for the new route.</strong></p>"
        + paragraph * 3
        + "<h2>The minister will veto the plan next week</h2>"
        + paragraph.replace("approved", "will debate") * 3
        + "</article></body></html>"
    )
    article = from_html(html, "a.html", "a")
    assert "*" not in article.text and "#" not in article.text
    assert "the first boats" in article.text
    marked = [article.text[a:b] for a, b in article.headings]
    assert marked == [
        "The board voted seven to two for the new route.",
        "The minister will veto the plan next week",
    ]
    brief = build_briefing([article], Settings(memory=False))
    points = [s.text for s in brief.stories[0].summary]
    assert points and not any(text in points for text in marked)
    evidence = [c.text for c in brief.commitments + brief.more_commitments] + [
        e.text for e in brief.events
    ]
    assert not any("minister will veto" in text for text in evidence)


def test_lists_and_block_quotes_are_kept_as_structure_from_the_markup():
    from briefing import Settings, build_briefing
    from briefing.settings import Budget

    filler = (
        "<p>The opposition said the plan was unaffordable and would raise taxes within two "
        "years, according to its leader, who spoke to reporters outside.</p>"
        "<p>Teachers welcomed the money for schools but asked when the new classrooms "
        "promised last year would finally be built.</p>"
        "<p>Shop owners in the centre warned that roadworks planned for the summer could "
        "keep customers away for months.</p>"
    )
    html = (
        "<html><head><title>Council agrees new budget</title></head><body><article>"
        "<h1>Council agrees new budget</h1>"
        "<p>The city council agreed a new budget on Monday after a long debate about "
        "spending on schools and roads.</p>"
        "<p>The budget includes three measures that the mayor, Ann Lee, had promised during "
        "the campaign last spring:</p>"
        "<ul><li>Free bus travel for pupils</li><li>A new <b>library</b> in the north</li></ul>"
        "<ol><li>More street lighting</li></ol>"
        "<p>Ms Lee said:</p>"
        "<blockquote><p>This budget keeps our promises to the families of this city, and we "
        "will deliver every part of it.</p></blockquote>" + filler + "</article></body></html>"
    )
    article = from_html(html, "a.html", "a")
    # each item its own paragraph, without its bullet or number
    assert "\n\nFree bus travel for pupils\n\nA new library in the north\n\n" in article.text
    assert "\n\nMore street lighting\n\n" in article.text
    assert "- " not in article.text and "1." not in article.text
    quote = "This budget keeps our promises to the families of this city, and we will deliver every part of it."
    assert [article.text[a:b] for a, b in article.block_quotes] == [quote]

    roomy = Settings(memory=False, fit_page=False, budget=Budget(sentences=20))
    brief = build_briefing([article], roomy)
    points = [s.text for s in brief.stories[0].summary]
    assert len(points) > 2 and quote not in points  # someone's words are not shown unattributed
    assert not any(p.endswith(":") for p in points)  # nor a lead-in without what it leads to
    found = [(c.actor, c.action) for c in brief.commitments + brief.more_commitments]
    assert ("Ann Lee", "deliver every part of it") in found


BLURBS = "".join(
    f"<p>{who} said on Monday that the council of Port Alder would look again at the plans for "
    f"the new road, and that a public meeting would be held before the vote on the {end}</p>"
    for who, end in (("Sarah Jones", "final"), ("Tom Reed", "route"), ("The mayor", "money"))
)


def test_other_stories_blurbs_cut_off_mid_sentence_end_the_article():
    """A page lists other stories after the article, each blurb cut off mid-sentence
    ("...a career as a writer, producer and"): they are not its text."""
    html = page("").replace("</article>", f"{BLURBS}</article>")
    article = from_html(html, "p.html", "p")
    assert article.text.endswith("the first boats will sail in the spring.")
    assert "Tom Reed" not in article.text


def test_one_paragraph_without_a_stop_does_not_end_the_article():
    from briefing.ingest.page_meta import before_cut_blurbs

    blocks = ["A first paragraph that ends well.", "word " * 25, "The last one."]
    assert before_cut_blurbs(blocks) == 3
    assert before_cut_blurbs([*blocks, "other " * 30]) == 1


def test_the_publisher_the_page_names_is_cut_from_the_headline():
    """A page whose og:site_name trafilatura does not find (it reads only the head's meta
    tags; this one sits lower, as on a Yahoo page): the suffix "- Alder" is still its name."""
    html = page("", '<meta property="og:site_name" content="Alder">')
    html = html.replace("<h1>Harbour board approves the ferry plan</h1>", "")
    html = html.replace(
        "Ferry plan</title>", "Harbour board approves the ferry plan - Alder</title>"
    )
    article = from_html(html, "p.html", "p")
    assert article.title == "Harbour board approves the ferry plan"
