"""A page's own metadata wins for its date and publisher (pages written for this test)."""

from __future__ import annotations

from briefing.ingest.formats import from_html
from briefing.ingest.page_meta import published_date, publisher_name

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
    assert published_date(html) == "2010-08-13"
    assert publisher_name(html) == "The Alder Times"
    article = from_html(html, "alder.html", "alder")
    assert article.published.startswith("2010-08-13")


def test_json_ld_in_cdata_and_broken_json_ld_are_handled():
    cdata = LD.replace('json">{', 'json"><![CDATA[{').replace("]}</script>", "]}]]></script>")
    assert published_date(page(cdata)) == "2010-08-13"
    broken = '<script type="application/ld+json">{"@type": "NewsArticle", </script>'
    meta = '<meta property="article:published_time" content="2014-12-19T15:00:00-05:00">'
    assert published_date(page(broken + meta)) == "2014-12-19"
    assert published_date(page(broken)) == ""


def test_a_utc_time_just_after_midnight_keeps_the_local_date_found_on_the_page():
    meta = '<meta property="article:published_time" content="2014-12-19T04:38:49+00:00">'
    assert published_date(page(meta), found="2014-12-18") == "2014-12-18"
    assert published_date(page(meta), found="2014-12-10") == "2014-12-19"
    assert published_date(page(meta)) == "2014-12-19"


def test_og_site_name_names_the_outlet():
    html = page('<meta property="og:site_name" content="  Alder\n Times ">')
    assert publisher_name(html) == "Alder Times"
