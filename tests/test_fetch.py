"""Feeds, OPML lists and article pages over HTTP, against a local server only."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from helpers import SAMPLES, assert_one_line_error

from briefing.errors import InputError
from briefing.ingest.fetch import Response, UrllibClient
from briefing.ingest.load import load_articles

STRIKE = (SAMPLES / "port-strike.txt").read_text().split("\n\n", 1)[1]
PAGE = f"""<!DOCTYPE html><html><head><title>Port strike enters second week</title></head>
<body><nav>Home | World</nav><article><h1>Port strike enters second week</h1>
{"".join(f"<p>{p}</p>" for p in STRIKE.split(chr(10) + chr(10)))}</article></body></html>"""


def feed(base: str) -> str:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Herald</title>
<item><title>Port strike enters second week</title><link>{base}/articles/strike.html</link>
<description>Dockworkers stay out at Port Calder.</description>
<pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate></item>
<item><title>Rates on hold</title><link>{base}/articles/gone.html</link>
<description>The Harbour Reserve Bank kept its benchmark rate at 4.25 percent on Thursday,
and said it was ready to cut in June if inflation kept falling.</description></item>
</channel></rss>"""


def opml(base: str) -> str:
    return f"""<?xml version="1.0"?><opml version="2.0"><head><title>Desk</title></head><body>
<outline text="Herald" xmlUrl="{base}/feed.rss"/><outline text="Dead" xmlUrl="{base}/missing.rss"/>
</body></opml>"""


class Handler(BaseHTTPRequestHandler):
    agents: list[str] = []

    def do_GET(self):  # noqa: N802 (the http.server API)
        Handler.agents.append(self.headers.get("User-Agent", ""))
        base = f"http://{self.headers['Host']}"
        routes = {
            "/feed.rss": ("application/rss+xml", feed(base)),
            "/bom.rss": ("application/rss+xml", "\ufeff" + feed(base)),
            "/feeds.opml": ("text/x-opml", opml(base)),
            "/articles/strike.html": ("text/html", PAGE),
            "/big": ("text/plain", "x" * 50_000),
        }
        if self.path == "/slow":
            time.sleep(2)
        if self.path not in routes:
            self.send_error(404, "Not Found")
            return
        kind, body = routes[self.path]
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a client that hangs up early (a timeout, a size cap) is expected here


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_feed_url_reads_entries_and_follows_teasers_to_the_page(server):
    Handler.agents.clear()
    skipped: list[InputError] = []
    strike, rates = load_articles([f"{server}/feed.rss"], skipped=skipped)
    assert strike.title == "Port strike enters second week" and strike.outlet == "Harbour Herald"
    assert "Ruth Adeyemi" in strike.text  # the page's text, not the one-line teaser
    assert strike.url == f"{server}/articles/strike.html" and strike.id == "strike"
    assert strike.published == "Tue, 03 Mar 2026 09:00:00 GMT"
    assert rates.text.startswith("The Harbour Reserve Bank")  # its page is gone: teaser kept
    assert Handler.agents and all(a.startswith("briefing/") for a in Handler.agents)
    assert skipped == []


def test_feed_with_a_byte_order_mark_is_still_a_feed(server):
    strike, _ = load_articles([f"{server}/bom.rss"])
    assert strike.outlet == "Harbour Herald" and "Ruth Adeyemi" in strike.text


def test_opml_reads_every_feed_and_a_dead_one_is_a_named_warning(server):
    skipped: list[InputError] = []
    articles = load_articles([f"{server}/feeds.opml"], skipped=skipped)
    assert [a.id for a in articles] == ["strike", "gone"]
    assert [str(e) for e in skipped] == [f"{server}/missing.rss: HTTP 404 Not Found"]


def test_local_opml_file_lists_remote_feeds(server, tmp_path):
    path = tmp_path / "desk.opml"
    path.write_text(opml(server))
    # The test server is on 127.0.0.1: a list's entries reach it only when the user says so.
    assert len(load_articles([str(path)], skipped=[], allow_private=True)) == 2
    skipped = []
    with pytest.raises(InputError):
        load_articles([str(path)], skipped=skipped)
    assert all("private or local address refused" in str(e) for e in skipped)


def test_article_url_is_one_article(server):
    [article] = load_articles([f"{server}/articles/strike.html"])
    assert article.url == f"{server}/articles/strike.html" and article.id == "strike"
    assert article.title == "Port strike enters second week" and "Home | World" not in article.text


def test_timeout_and_size_cap_name_the_url(server):
    with pytest.raises(InputError, match=r"/slow: (no answer within|cannot fetch: timed out)"):
        UrllibClient(timeout=0.5).get(f"{server}/slow")
    with pytest.raises(InputError, match=r"/big: larger than the limit of 1,000 bytes"):
        UrllibClient(max_bytes=1000).get(f"{server}/big")


def test_a_named_url_that_fails_raises_without_a_skip_list(server):
    with pytest.raises(InputError, match="HTTP 404"):
        load_articles([f"{server}/missing.rss"])


def test_client_is_injectable():
    class Fake:
        def get(self, url):
            return Response(url, PAGE.encode(), "text/html")

    [article] = load_articles(["https://news.invalid/world/strike.html"], client=Fake())
    assert article.url == "https://news.invalid/world/strike.html"


def test_cli_builds_from_urls_and_warns_about_a_failed_source(run_cli, server, tmp_path):
    proc = run_cli(
        "build",
        f"{server}/feed.rss",
        f"{server}/missing.rss",
        "--format",
        "json",
        "--out",
        tmp_path,
        "--no-memory",
    )
    assert proc.returncode == 0, proc.err
    assert (
        proc.err.strip() == f"briefing: warning: skipped {server}/missing.rss: HTTP 404 Not Found"
    )
    data = json.loads(next(tmp_path.glob("*.json")).read_text())
    assert {s["id"] for s in data["sources"]} == {"strike", "gone"}


def test_local_opml_over_the_size_cap_is_refused(server, tmp_path):
    path = tmp_path / "desk.opml"
    path.write_text(opml(server))
    with pytest.raises(InputError, match=r"desk\.opml: larger than the --max-bytes limit"):
        load_articles([str(path)], max_bytes=100)


class Hostile(BaseHTTPRequestHandler):
    """Routes a red-team would try: a feed linking elsewhere on loopback, self-listing OPML,
    an OPML entry that is a local path, a redirect to ftp and to a private address."""

    requests: list[str] = []
    secret_port = 0

    def do_GET(self):  # noqa: N802 (the http.server API)
        Hostile.requests.append(self.path)
        here = f"http://{self.headers['Host']}"
        secret = f"http://127.0.0.1:{Hostile.secret_port}/secret"
        routes = {
            "/feed.rss": '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
            f"<item><title>Teaser</title><link>{secret}</link><description>"
            "The harbour board met on Monday and approved the ferry plan, officials said."
            "</description></item></channel></rss>",
            "/self.opml": f'<opml version="2.0"><body><outline xmlUrl="{here}/self.opml"/>'
            f'<outline xmlUrl="/etc/passwd"/><outline xmlUrl="file:///etc/passwd"/>'
            f'<outline xmlUrl="{here}/feed.rss"/></body></opml>',
        }
        if self.path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/x")
            self.end_headers()
            return
        if self.path not in routes:
            self.send_error(404)
            return
        self.send_response(200)
        self.end_headers()
        self.wfile.write(routes[self.path].encode())

    def log_message(self, *args):
        pass


class Secret(BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self):  # noqa: N802
        Secret.hits += 1
        self.send_response(200)
        self.end_headers()
        line = b"<p>The internal note says that the key is SECRET-TOKEN-4242 for the vault.</p>"
        self.wfile.write(b"<html><body><article>" + line * 30 + b"</article></body></html>")

    def log_message(self, *args):
        pass


@pytest.fixture
def hostile():
    servers = [ThreadingHTTPServer(("127.0.0.1", 0), h) for h in (Hostile, Secret)]
    for s in servers:
        threading.Thread(target=s.serve_forever, daemon=True).start()
    Hostile.secret_port = servers[1].server_address[1]
    Hostile.requests, Secret.hits = [], 0
    yield f"http://127.0.0.1:{servers[0].server_address[1]}"
    for s in servers:
        s.shutdown()
        s.server_close()


def test_links_found_in_documents_never_reach_another_local_address(hostile):
    skipped = []
    (article,) = load_articles([f"{hostile}/feed.rss"], skipped=skipped)
    assert Secret.hits == 0 and "SECRET" not in article.text  # the teaser stays
    load_articles([f"{hostile}/feed.rss"], allow_private=True)
    assert Secret.hits == 1  # opted in: the teaser's page is fetched


def test_opml_entries_are_web_addresses_read_once(hostile):
    skipped = []
    articles = load_articles([f"{hostile}/self.opml"], skipped=skipped)
    assert len(articles) == 1 and Hostile.requests.count("/self.opml") == 1
    reasons = " ".join(str(e) for e in skipped)
    assert "OPML entry is not a web (http or https) address: /etc/passwd" in reasons
    assert "file:///etc/passwd" in reasons and "listed again; read once" in reasons


def test_a_redirect_to_another_scheme_is_refused(hostile):
    with pytest.raises(InputError, match="redirect is not a web"):
        UrllibClient().get(f"{hostile}/to-ftp")


class Drip(BaseHTTPRequestHandler):
    """A server that drips: one byte at a time, or teasers that take a while each."""

    in_flight = 0
    most = 0
    lock = threading.Lock()

    def do_GET(self):  # noqa: N802
        if self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(40):  # bounded: the test's server never outlives it
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.1)
            return
        if self.path == "/feed.rss":
            here = f"http://{self.headers['Host']}"
            items = "".join(
                f"<item><title>T{n}</title><link>{here}/teaser/{n}</link><description>The "
                "harbour board met on Monday and approved the ferry plan, officials said."
                "</description></item>"
                for n in range(3)
            )
            body = f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'
            self.send_response(200)
            self.end_headers()
            self.wfile.write(body.encode())
            return
        with Drip.lock:
            Drip.in_flight += 1
            Drip.most = max(Drip.most, Drip.in_flight)
        time.sleep(0.5)
        with Drip.lock:
            Drip.in_flight -= 1
        self.send_error(404)

    def log_message(self, *args):
        pass


@pytest.fixture
def drip():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Drip)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Drip.in_flight = Drip.most = 0
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_timeout_is_for_the_whole_fetch_not_each_read(drip):
    with pytest.raises(InputError, match=r"/drip: took longer than 0.5 seconds"):
        UrllibClient(timeout=0.5).get(f"{drip}/drip")


def test_teaser_pages_are_fetched_side_by_side(drip):
    articles = load_articles([f"{drip}/feed.rss"])
    assert len(articles) == 3 and Drip.most >= 2  # the three slow pages overlapped
    Drip.most = 0
    assert len(load_articles([f"{drip}/feed.rss"], parallel=1)) == 3
    assert Drip.most == 1  # fetch_parallel = 1: one at a time


def test_the_fetch_timeout_is_a_setting(run_cli, drip, tmp_path):
    proc = run_cli("build", f"{drip}/drip", "--fetch-timeout", "1", "--out", tmp_path)
    assert_one_line_error(proc, "/drip: took longer than 1 seconds")
    (tmp_path / "briefing.toml").write_text("fetch_timeout = 0\n")
    proc = run_cli("build", f"{drip}/drip", cwd=tmp_path)
    assert_one_line_error(proc, "fetch_timeout must be at least 1")
    (tmp_path / "briefing.toml").write_text("fetch_parallel = 0\n")
    proc = run_cli("build", f"{drip}/feed.rss", cwd=tmp_path)
    assert_one_line_error(proc, "fetch_parallel must be at least 1")
