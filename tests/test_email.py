"""The email format and SMTP delivery, against a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import os
import socket
import ssl
from contextlib import contextmanager
from email import policy
from email.parser import BytesParser

import html5lib
import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from helpers import SAMPLES, assert_one_line_error, fixed_briefing

from briefing.deliver.mailing import MAX_HTML_BYTES, compose
from briefing.deliver.sending import SendError, Smtp, send
from briefing.settings import Mail

MAIL = Mail("Desk <desk@example.com>", ["ana@example.com", "ben@example.com"])


class Recorder:
    """Keeps what the server received; ``replies`` scripts the answers to DATA."""

    def __init__(self, replies=()):
        self.messages = []
        self.replies = list(replies)

    async def handle_DATA(self, server, session, envelope):
        if self.replies:
            return self.replies.pop(0)
        message = BytesParser(policy=policy.default).parsebytes(envelope.content)
        self.messages.append((list(envelope.rcpt_tos), message, session.ssl is not None))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(handler, **options):
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **options)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def tls():
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_context)
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    return server_context, client_context


def message():
    return compose(fixed_briefing(), MAIL)


def test_email_is_multipart_alternative_and_email_safe():
    msg = message()
    assert msg.get_content_type() == "multipart/alternative"
    for header in ("Subject", "From", "To", "Date", "Message-ID"):
        assert msg[header], header
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "Workers <b>walked out</b> at 6am." in text  # plain text needs no escaping
    assert "\\*" not in text and "&lt;" not in text
    # Real plain text: no Markdown link syntax or escapes; links are numbered footnotes.
    assert "](" not in text and "\\[" not in text
    assert "[1] https://example.com/a?x=1&y=2" in text
    assert len(html.encode()) < MAX_HTML_BYTES
    assert '<meta name="color-scheme" content="light dark">' in html
    assert '<meta name="supported-color-schemes" content="light dark">' in html
    assert "color-scheme: light dark" in html  # dark mode, as email clients support it
    assert "<body" not in html and "role=" not in html and "@media" not in html
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    container = tree.find(".//table")
    assert container.get("width") == "600"
    for el in tree.iter():
        assert el.tag not in ("script", "img", "link", "iframe"), el.tag
        assert not any(a.startswith("on") for a in el.attrib)
    assert 'style="' in html and html.count('style="') > 10  # CSS inlined


def test_same_brief_same_message_id():
    assert message()["Message-ID"] == message()["Message-ID"]


def assert_received(entry, recipients):
    """What the server got: the recipients, every header, both parts, the HTML intact."""
    to, received, _ = entry
    sent = message()
    assert to == recipients
    for header in ("Subject", "From", "To", "Message-ID"):
        assert received[header] == sent[header], header
    assert received["Date"]
    assert received.get_content_type() == "multipart/alternative"
    html = received.get_body(("html",)).get_content()
    expected = sent.get_body(("html",)).get_content()
    assert html.replace("\r\n", "\n").strip() == expected.replace("\r\n", "\n").strip()
    assert "In Port Alder, the council voted 7 to 2 for a new budget." in html
    text = received.get_body(("plain",)).get_content()
    assert "The union said it would return if pay rose 9%." in text


def test_delivery_to_several_recipients(tmp_path):
    recorder = Recorder()
    with server(recorder) as s:
        outcome = send(message(), MAIL.recipients, Smtp("127.0.0.1", s.port), log=tmp_path / "log")
    assert outcome.sent and outcome.attempts == 1
    (entry,) = recorder.messages
    assert_received(entry, MAIL.recipients)
    assert entry[1]["Message-ID"] == outcome.message_id


def test_starttls_with_a_self_signed_certificate(tls):
    server_context, client_context = tls
    recorder = Recorder()
    with server(recorder, tls_context=server_context, require_starttls=True) as s:
        smtp = Smtp("127.0.0.1", s.port, security="starttls", context=client_context)
        send(message(), ["ana@example.com"], smtp)
    assert recorder.messages[0][2] is True  # the session was encrypted
    assert_received(recorder.messages[0], ["ana@example.com"])


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == b"desk" and auth_data.password == b"s3cret"
    return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535


def test_auth_success_and_failure(tls):
    server_context, client_context = tls
    recorder = Recorder()
    options = dict(tls_context=server_context, authenticator=authenticator, auth_required=True)
    with server(recorder, **options) as s:
        good = Smtp("127.0.0.1", s.port, "starttls", "desk", "s3cret", context=client_context)
        assert send(message(), ["ana@example.com"], good).sent
        bad = Smtp("127.0.0.1", s.port, "starttls", "desk", "wrong", context=client_context)
        slept = []
        with pytest.raises(SendError, match="SMTP login refused: 535"):
            send(message(), ["ana@example.com"], bad, sleep=slept.append)
        assert slept == []  # permanent: no retry
    assert len(recorder.messages) == 1
    assert_received(recorder.messages[0], ["ana@example.com"])


def test_server_down_is_retried_then_reported():
    slept = []
    smtp = Smtp("127.0.0.1", free_port(), attempts=3, backoff=1.0, timeout=5)
    with pytest.raises(SendError, match="gave up after 3 attempts: cannot reach the SMTP server"):
        send(message(), ["ana@example.com"], smtp, sleep=slept.append)
    assert slept == [1.0, 2.0]


def test_temporary_failure_then_success():
    recorder = Recorder(replies=["451 4.3.0 try again later"])
    slept = []
    with server(recorder) as s:
        outcome = send(
            message(), ["ana@example.com"], Smtp("127.0.0.1", s.port), sleep=slept.append
        )
    assert outcome.attempts == 2 and slept == [2.0]
    (entry,) = recorder.messages
    assert_received(entry, ["ana@example.com"])


def test_permanent_failure_stops_at_once():
    recorder = Recorder(replies=["550 5.1.1 mailbox unavailable"])
    slept = []
    with server(recorder) as s:
        with pytest.raises(SendError, match="550 5.1.1 mailbox unavailable"):
            send(message(), ["ana@example.com"], Smtp("127.0.0.1", s.port), sleep=slept.append)
    assert slept == [] and recorder.messages == []


def test_sent_log_prevents_a_second_send(tmp_path):
    recorder = Recorder()
    log = tmp_path / "sent-log.jsonl"
    with server(recorder) as s:
        smtp = Smtp("127.0.0.1", s.port)
        assert send(message(), ["ana@example.com"], smtp, log=log).sent
        again = send(message(), ["ana@example.com"], smtp, log=log)
        assert not again.sent and "already sent" in again.note
        assert send(message(), ["ana@example.com"], smtp, log=log, resend=True).sent
    assert len(recorder.messages) == 2


def test_build_and_send_in_one_step(run_cli, tmp_path):
    recorder = Recorder()
    with server(recorder) as s:
        args = [
            "build",
            SAMPLES / "port-strike.txt",
            "--out",
            tmp_path,
            "--format",
            "md,email",
            "--send-to",
            "ana@example.com",
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            s.port,
        ]
        first = run_cli(*args, check=True)
        second = run_cli(*args, check=True)
        eml = next(tmp_path.glob("*.eml"))
        dry = run_cli(
            "send",
            eml,
            "--to",
            "ben@example.com",
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            s.port,
            "--dry-run",
            check=True,
        )
    assert "sent <briefing." in first.out
    assert "already sent" in second.err
    assert "would send" in dry.out
    assert len(recorder.messages) == 1 and recorder.messages[0][0] == ["ana@example.com"]
    assert (tmp_path / "sent-log.jsonl").exists()


def test_cli_send_errors_are_one_line(run_cli, tmp_path):
    eml = tmp_path / "b.eml"
    eml.write_text(message().as_string())
    env_free = {k: v for k, v in os.environ.items() if k != "BRIEFING_SMTP_PASSWORD"}
    proc = run_cli("send", eml, "--to", "a@example.com", "--user", "desk", env=env_free)
    assert_one_line_error(proc, "BRIEFING_SMTP_PASSWORD")
    # The backoff is a setting, so four real attempts take no real waiting.
    (tmp_path / "briefing.toml").write_text("[smtp]\nbackoff = 0\n")
    proc = run_cli(
        "send",
        eml,
        "--to",
        "a@example.com",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        free_port(),
        cwd=tmp_path,
    )
    assert_one_line_error(proc, "gave up after 4 attempts")
    not_mail = tmp_path / "x.eml"
    not_mail.write_text("hello")
    assert_one_line_error(
        run_cli("send", not_mail, "--to", "a@example.com"), "not a briefing email"
    )


def test_an_unfitted_email_over_the_clipping_size_is_fitted_and_the_rest_keep_all(
    tmp_path, monkeypatch
):
    from dataclasses import replace

    from briefing.deliver import mailing
    from briefing.pipeline import write_briefing
    from briefing.settings import Settings

    base = fixed_briefing()
    story = base.stories[0]
    many = [replace(story, id=f"s{i}", headline=f"Story number {i}") for i in range(60)]
    big = replace(base, stories=many)
    fitted_size = len(mailing.email_html(fit_page_of(big)).encode())
    monkeypatch.setattr(mailing, "MAX_HTML_BYTES", fitted_size + 1)
    warnings = []
    settings = Settings(out=str(tmp_path), formats=["md", "email"], fit_page=False)
    paths = write_briefing(big, settings, warnings.append)
    assert sorted(p.suffix for p in paths) == [".eml", ".md"]
    md = (tmp_path / "briefing-2026-03-03.md").read_text()
    assert "Story number 59" in md  # --no-fit keeps every story in the other formats
    eml = (tmp_path / "briefing-2026-03-03.eml").read_text()
    assert "Story number 59" not in eml
    (line,) = warnings
    assert "over the" in line and "fitted to one page" in line
    with pytest.raises(mailing.EmailTooBig):  # fitted already: nothing left to cut
        write_briefing(big, replace(settings, fit_page=True), warnings.append)


def fit_page_of(briefing):
    from briefing.rendering.fitting import fit_page

    return fit_page(briefing)
