"""Mail is never doubled, never sent in the clear, and partial refusals are told: against a
raw SMTP server on 127.0.0.1 that misbehaves on purpose."""

from __future__ import annotations

import json
import socketserver
import threading
from contextlib import contextmanager
from email import policy
from email.parser import BytesParser

import pytest
from helpers import assert_one_line_error
from test_email import message


class RawSmtp(socketserver.StreamRequestHandler):
    """Speaks just enough SMTP; ``server.script`` says how to misbehave."""

    timeout = 10

    def reply(self, line: str) -> None:
        self.wfile.write((line + "\r\n").encode())

    def handle(self) -> None:
        script, got = self.server.script, self.server.received
        self.reply("220 raw ESMTP")
        rcpts: list[str] = []
        while line := self.rfile.readline().decode(errors="replace").strip():
            verb = line.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 raw")
            elif verb == "MAIL":
                rcpts = []
                self.reply("250 OK")
            elif verb == "RCPT":
                address = line.split("<", 1)[1].rstrip(">").lower()
                refused = address in script.get("refuse", ())
                self.reply("550 no such user" if refused else "250 OK")
                rcpts += [] if refused else [address]
            elif verb == "DATA":
                self.reply("354 go on")
                data = b""
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data += chunk
                got.append((rcpts, BytesParser(policy=policy.default).parsebytes(data)))
                if script.get("drop_after_data"):
                    return
                self.reply("250 accepted")
            elif verb == "QUIT":
                self.reply(script.get("quit", "221 bye"))
                return
            else:
                self.reply("250 OK")


@contextmanager
def raw_server(**script):
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), RawSmtp)
    server.daemon_threads = True
    server.script, server.received = script, []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def send_eml(run_cli, tmp_path, port, *to, extra=(), eml=None):
    path = tmp_path / "b.eml"
    path.write_text((eml or message()).as_string())
    (tmp_path / "briefing.toml").write_text("[smtp]\nbackoff = 0\n")
    recipients = [x for address in to for x in ("--to", address)]
    return run_cli(
        "send", path, *recipients, "--smtp-host", "127.0.0.1", "--smtp-port", port, *extra,
        cwd=tmp_path,
    )  # fmt: skip


@pytest.mark.parametrize("quit_reply", ["421 closing", "500 what"])
def test_an_error_after_the_server_took_the_message_sends_it_once(run_cli, tmp_path, quit_reply):
    with raw_server(quit=quit_reply) as server:
        proc = send_eml(run_cli, tmp_path, server.server_address[1], "a@example.com")
    assert proc.returncode == 0, proc.err
    assert len(server.received) == 1 and "sent " in proc.out
    log = [json.loads(x) for x in (tmp_path / "sent-log.jsonl").read_text().splitlines()]
    assert [(e["state"], e["recipients"]) for e in log] == [
        ("pending", ["a@example.com"]),
        ("sent", ["a@example.com"]),
    ]
    assert log[0]["attempt"] == log[1]["attempt"]


def test_a_connection_dropped_after_the_data_is_not_retried(run_cli, tmp_path):
    with raw_server(drop_after_data=True) as server:
        proc = send_eml(run_cli, tmp_path, server.server_address[1], "a@example.com")
    assert_one_line_error(proc, "may or may not have been delivered")
    assert len(server.received) == 1


def test_a_partial_refusal_is_told_and_only_the_delivered_are_logged(run_cli, tmp_path):
    with raw_server(refuse={"gone@example.com"}) as server:
        port = server.server_address[1]
        proc = send_eml(run_cli, tmp_path, port, "a@example.com", "gone@example.com")
    assert proc.returncode == 0, proc.err
    assert "sent " in proc.out and "a@example.com" in proc.out
    assert "refused: gone@example.com (550 no such user)" in proc.err
    _, entry = [json.loads(x) for x in (tmp_path / "sent-log.jsonl").read_text().splitlines()]
    assert entry["state"] == "sent" and entry["recipients"] == ["a@example.com"]


def test_the_sent_log_matches_addresses_whatever_their_case_and_survives_junk(run_cli, tmp_path):
    with raw_server() as server:
        port = server.server_address[1]
        send_eml(run_cli, tmp_path, port, "team@example.com")
        with (tmp_path / "sent-log.jsonl").open("a") as log:
            log.write("1\n[]\nnot json\n")
        proc = send_eml(run_cli, tmp_path, port, "Team@Example.com")
    assert proc.returncode == 0, proc.err
    assert "already sent" in proc.err and len(server.received) == 1


def test_a_message_without_to_gets_one_from_its_recipients(run_cli, tmp_path):
    eml = message()
    del eml["To"]
    with raw_server() as server:
        send_eml(run_cli, tmp_path, server.server_address[1], "a@example.com", eml=eml)
    ((_, received),) = server.received
    assert received["To"] == "a@example.com"


def test_a_password_is_never_sent_in_the_clear_but_a_dry_run_needs_none(run_cli, tmp_path):
    eml = tmp_path / "b.eml"
    eml.write_text(message().as_string())
    env = {"BRIEFING_SMTP_PASSWORD": "secret"}
    proc = run_cli(
        "send", eml, "--to", "a@example.com", "--smtp-host", "smtp.example.com", "--user", "me",
        env=env,
    )  # fmt: skip
    assert_one_line_error(proc, "refusing to send the SMTP password unencrypted")
    proc = run_cli(
        "send", eml, "--to", "a@example.com", "--smtp-host", "smtp.example.com", "--starttls",
        "--user", "me", "--dry-run", env={},
    )  # fmt: skip
    assert proc.returncode == 0, proc.err
    assert proc.out.startswith("would send ") and "smtp.example.com:587 (starttls)" in proc.out


def test_a_send_cut_short_after_the_data_is_not_repeated_without_resend(run_cli, tmp_path):
    with raw_server(drop_after_data=True) as server:
        send_eml(run_cli, tmp_path, server.server_address[1], "a@example.com")
        proc = send_eml(run_cli, tmp_path, server.server_address[1], "A@example.com")
    assert_one_line_error(proc, "was cut short and may have been delivered")
    assert len(server.received) == 1
    states = [
        json.loads(x)["state"] for x in (tmp_path / "sent-log.jsonl").read_text().splitlines()
    ]
    assert states == ["pending"]


def test_a_sent_log_that_cannot_be_confirmed_still_stops_a_resend(tmp_path, monkeypatch):
    from briefing.deliver import sending

    write = sending.record

    def no_confirmation(log, message_id, recipients, state, attempt):
        if state == sending.SENT:
            raise OSError(28, "No space left on device")
        write(log, message_id, recipients, state, attempt)

    monkeypatch.setattr(sending, "record", no_confirmation)
    log = tmp_path / "sent-log.jsonl"
    with raw_server() as server:
        smtp = sending.Smtp("127.0.0.1", server.server_address[1], backoff=0)
        outcome = sending.send(message(), ["a@example.com"], smtp, log=log)
        assert outcome.sent and "sent log could not be updated" in outcome.note
        with pytest.raises(sending.SendError, match="cut short"):
            sending.send(message(), ["a@example.com"], smtp, log=log)
        assert sending.send(message(), ["a@example.com"], smtp, log=log, resend=True).sent
    assert len(server.received) == 2


def test_nothing_is_sent_when_the_sent_log_cannot_be_read_or_written(tmp_path):
    from briefing.deliver import sending

    log = tmp_path / "sent-log.jsonl"
    log.mkdir()
    with raw_server() as server:
        smtp = sending.Smtp("127.0.0.1", server.server_address[1], backoff=0)
        with pytest.raises(sending.SendError, match="cannot read the sent log"):
            sending.send(message(), ["a@example.com"], smtp, log=log)
        with pytest.raises(sending.SendError, match="cannot write the sent log"):
            sending.send(message(), ["a@example.com"], smtp, log=log, resend=True)
    assert server.received == []


class Silent(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        self.server.connections += 1
        self.rfile.readline()  # never greets; the client gives up first


def test_a_silent_server_fails_once_within_the_timeout(run_cli, tmp_path):
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Silent)
    server.daemon_threads, server.connections = True, 0
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        (tmp_path / "b.eml").write_text(message().as_string())
        (tmp_path / "briefing.toml").write_text("[smtp]\nbackoff = 0\ntimeout = 1\n")
        proc = run_cli(
            "send", tmp_path / "b.eml", "--to", "a@example.com", "--smtp-host", "127.0.0.1",
            "--smtp-port", server.server_address[1], cwd=tmp_path,
        )  # fmt: skip
    finally:
        server.shutdown()
        server.server_close()
    assert_one_line_error(proc, "did not answer within 1 seconds")
    assert server.connections == 1


def test_starttls_not_offered_fails_at_once(run_cli, tmp_path):
    with raw_server() as server:
        proc = send_eml(
            run_cli, tmp_path, server.server_address[1], "a@example.com", extra=("--starttls",)
        )
    assert_one_line_error(proc, "STARTTLS extension not supported by server")
    assert "gave up" not in proc.err and server.received == []


def test_a_refused_certificate_fails_at_once():
    from test_email import Recorder, server, tls

    from briefing.deliver import sending

    server_context, _ = tls.__wrapped__()
    slept = []
    with server(Recorder(), tls_context=server_context, require_starttls=True) as s:
        smtp = sending.Smtp("127.0.0.1", s.port, security="starttls")  # trusts the system CAs
        with pytest.raises(sending.SendError, match="certificate was refused") as error:
            sending.send(message(), ["a@example.com"], smtp, sleep=slept.append)
    assert slept == [] and "cannot reach" not in str(error.value)
