"""Sending a briefing email over SMTP: retries for temporary failures, a log against resends.

The connection factory and the sleep are parameters, so tests use a real local SMTP server
(or a fake) and never wait for backoff.
"""

from __future__ import annotations

import json
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from briefing.errors import BriefingError
from briefing.settings import Smtp

PASSWORD_VARIABLE = "BRIEFING_SMTP_PASSWORD"
SENT_LOG = "sent-log.jsonl"


class SendError(BriefingError):
    """A permanent failure: the server refused, or the login failed."""


@dataclass
class Outcome:
    message_id: str
    recipients: list[str]
    sent: bool
    attempts: int = 0
    note: str = ""
    dry_run: bool = False


def connect(smtp: Smtp) -> smtplib.SMTP:
    context = smtp.context or ssl.create_default_context()
    if smtp.security == "ssl":
        client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=context)
    else:
        client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        if smtp.security == "starttls":
            client.starttls(context=context)
    if smtp.user:
        client.login(smtp.user, smtp.password or "")
    return client


def send(
    message: EmailMessage,
    recipients: list[str],
    smtp: Smtp,
    log: Path | None = None,
    resend: bool = False,
    connector: Callable[[Smtp], smtplib.SMTP] = connect,
    sleep: Callable[[float], None] = time.sleep,
) -> Outcome:
    """Send ``message`` to ``recipients`` unless the log says it already went to them."""
    if not recipients:
        raise BriefingError("no recipients: give --to (or --send-to)")
    message_id = str(message["Message-ID"] or "")
    if log is not None and not resend and already_sent(log, message_id, recipients):
        return Outcome(message_id, recipients, False, note="already sent; --resend sends again")
    delay = smtp.backoff
    where = f"{smtp.host}:{smtp.port}"
    for attempt in range(1, smtp.attempts + 1):
        client = None
        try:
            client = connector(smtp)
            refused = client.send_message(message, to_addrs=recipients)
        except (smtplib.SMTPException, OSError) as exc:
            if client is not None and isinstance(exc, smtplib.SMTPServerDisconnected):
                # It may have dropped after taking the message: a retry could send it twice.
                raise SendError(
                    "the server closed the connection while the message was being sent; it "
                    "may or may not have been delivered (check before sending again with "
                    "--resend)",
                    where,
                ) from exc
            if client is not None:
                _quit(client)
            temporary, reason = classify(exc)
            if temporary and attempt < smtp.attempts:
                sleep(delay)
                delay *= 2
                continue
            if temporary:
                reason = f"gave up after {attempt} attempts: {reason}"
            raise SendError(reason, where) from exc
        _quit(client)  # the server has the message: what it says to QUIT changes nothing
        delivered = [r for r in recipients if r not in refused]
        if log is not None:
            record(log, message_id, delivered)
        note = ", ".join(f"{r} ({_reply(*refused[r])})" for r in refused)
        return Outcome(
            message_id, delivered, True, attempts=attempt, note=f"refused: {note}" if note else ""
        )
    raise AssertionError("unreachable")


def _quit(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        pass
    finally:
        client.close()


def classify(exc: Exception) -> tuple[bool, str]:
    """(whether a retry may help, a one-line reason). 4xx and lost connections are temporary;
    5xx replies and a refused login are not."""
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return False, f"SMTP login refused: {_reply(exc.smtp_code, exc.smtp_error)}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        replies = exc.recipients.items()
        temporary = all(400 <= code < 500 for _, (code, _) in replies)
        refused = ", ".join(
            f"{address} ({_reply(code, text)})" for address, (code, text) in replies
        )
        return temporary, f"recipients refused: {refused}"
    if isinstance(exc, smtplib.SMTPResponseException):
        temporary = 400 <= exc.smtp_code < 500
        return temporary, f"SMTP server refused: {_reply(exc.smtp_code, exc.smtp_error)}"
    if isinstance(exc, OSError) and exc.strerror:
        return True, f"cannot reach the SMTP server: {exc.strerror}"
    return True, f"SMTP connection failed: {exc}"


def _reply(code: int, text: bytes | str) -> str:
    text = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(text.split())}"


def already_sent(log: Path, message_id: str, recipients: list[str]) -> bool:
    if not log.exists():
        return False
    done: set[str] = set()
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict) and entry.get("message_id") == message_id:
            done.update(_address(r) for r in entry.get("recipients") or [] if isinstance(r, str))
    return {_address(r) for r in recipients} <= done


def _address(recipient: str) -> str:
    """ "Team@Example.com " and "team@example.com" are one mailbox for the sent log."""
    return recipient.strip().lower()


def record(log: Path, message_id: str, recipients: list[str]) -> None:
    entry = {
        "message_id": message_id,
        "recipients": recipients,
        "sent_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    with log.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(entry) + "\n")
