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
    assert [entry["recipients"] for entry in log] == [["a@example.com"]]


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
    (entry,) = [json.loads(x) for x in (tmp_path / "sent-log.jsonl").read_text().splitlines()]
    assert entry["recipients"] == ["a@example.com"]


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
