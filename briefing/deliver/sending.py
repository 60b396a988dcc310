"""Sending a briefing email over SMTP: retries for temporary failures, a log against resends.

The connection factory and the sleep are parameters, so tests use a real local SMTP server
(or a fake) and never wait for backoff.
"""

from __future__ import annotations

import json
import smtplib
import ssl
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.message import EmailMessage
from os import PathLike
from pathlib import Path

from briefing.errors import BriefingError
from briefing.settings import Mail, Settings, Smtp

PASSWORD_VARIABLE = "BRIEFING_SMTP_PASSWORD"
SENT_LOG = "sent-log.jsonl"
PENDING, SENT, FAILED = "pending", "sent", "failed"


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
    """Send ``message`` to ``recipients`` unless the log says it already went to them.

    A "pending" entry goes into the log before the first attempt and is closed after it, so
    a send that was cut short (or whose log entry could not be written) is never repeated
    silently."""
    if not recipients:
        raise BriefingError("no recipients: give --to (or --send-to)")
    message_id = str(message["Message-ID"] or "")
    if log is not None and not resend:
        done, unsure = log_state(log, message_id)
        if {_address(r) for r in recipients} <= done:
            return Outcome(message_id, recipients, False, note="already sent; --resend sends again")
        if unsure & {_address(r) for r in recipients}:
            raise SendError(
                "an earlier send of this message was cut short and may have been delivered "
                "(check, then send again with --resend)",
                str(log),
            )
    attempt_id = uuid.uuid4().hex
    if log is not None:
        try:
            record(log, message_id, recipients, PENDING, attempt_id)
        except OSError as exc:
            reason = f"cannot write the sent log, so nothing was sent: {exc}"
            raise SendError(reason, str(log)) from exc
    try:
        outcome = _deliver(message_id, message, recipients, smtp, connector, sleep)
    except _Unsure as exc:
        raise SendError(str(exc), f"{smtp.host}:{smtp.port}") from exc.__cause__
    except SendError:
        if log is not None:
            _close(log, message_id, [], FAILED, attempt_id)
        raise
    if log is not None and not _close(log, message_id, outcome.recipients, SENT, attempt_id):
        outcome.note = "; ".join(
            x for x in (outcome.note, "the sent log could not be updated: its pending entry "
                        "stops a resend until --resend") if x
        )  # fmt: skip
    return outcome


class _Unsure(Exception):
    """The server may have the message: a retry could deliver it twice."""


def _deliver(
    message_id: str,
    message: EmailMessage,
    recipients: list[str],
    smtp: Smtp,
    connector: Callable[[Smtp], smtplib.SMTP],
    sleep: Callable[[float], None],
) -> Outcome:
    delay = smtp.backoff
    where = f"{smtp.host}:{smtp.port}"
    for attempt in range(1, smtp.attempts + 1):
        client, handed_over = None, False
        try:
            client = connector(smtp)
            handed_over = _watch_data(client)
            refused = client.send_message(message, to_addrs=recipients)
        except (smtplib.SMTPException, OSError) as exc:
            lost = isinstance(exc, smtplib.SMTPServerDisconnected) or not isinstance(
                exc, smtplib.SMTPException
            )
            if lost and handed_over and handed_over():  # a reply to DATA is an answer
                _quit(client)
                raise _Unsure(
                    "the connection failed while the message was being handed over; it "
                    "may or may not have been delivered (check before sending again with "
                    "--resend)"
                ) from exc
            if client is not None:
                _quit(client)
            temporary, reason = classify(exc, smtp)
            if temporary and attempt < smtp.attempts:
                sleep(delay)
                delay *= 2
                continue
            if temporary:
                reason = f"gave up after {attempt} attempts: {reason}"
            raise SendError(reason, where) from exc
        _quit(client)  # the server has the message: what it says to QUIT changes nothing
        delivered = [r for r in recipients if r not in refused]
        note = ", ".join(f"{r} ({_reply(*refused[r])})" for r in refused)
        return Outcome(
            message_id=message_id,
            recipients=delivered,
            sent=True,
            attempts=attempt,
            note=f"refused: {note}" if note else "",
        )
    raise AssertionError("unreachable")


def _watch_data(client: smtplib.SMTP) -> Callable[[], bool]:
    """Tell whether DATA was begun: from then on the server may keep the message whatever
    happens to the connection."""
    begun = []
    data = client.data

    def watched(msg):
        begun.append(True)
        return data(msg)

    client.data = watched  # type: ignore[method-assign]
    return lambda: bool(begun)


def _quit(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        pass
    finally:
        client.close()


def classify(exc: Exception, smtp: Smtp) -> tuple[bool, str]:
    """(whether a retry may help, a one-line reason). 4xx replies and refused or lost
    connections are temporary; 5xx replies, a refused login, TLS failures and a server
    that stays silent are not."""
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
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return False, f"the server does not support it: {exc}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return False, f"the server's certificate was refused: {exc.verify_message or exc}"
    if isinstance(exc, ssl.SSLError):
        return False, f"TLS failed: {exc.reason or exc}"
    if isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError):
        return False, f"the SMTP server did not answer within {smtp.timeout:g} seconds"
    if isinstance(exc, OSError) and exc.strerror:
        return True, f"cannot reach the SMTP server: {exc.strerror}"
    return True, f"SMTP connection failed: {exc}"


def _reply(code: int, text: bytes | str) -> str:
    text = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(text.split())}"


def log_state(log: Path, message_id: str) -> tuple[set[str], set[str]]:
    """(mailboxes this message surely went to, mailboxes of sends that were never closed).
    Entries without a state are from before pending entries existed: sent."""
    done: set[str] = set()
    opened: dict[str, set[str]] = {}
    try:
        text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    except OSError as exc:
        raise SendError(f"cannot read the sent log, so nothing was sent: {exc}", str(log)) from exc
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not isinstance(entry, dict) or entry.get("message_id") != message_id:
            continue
        mailboxes = {_address(r) for r in entry.get("recipients") or [] if isinstance(r, str)}
        state, attempt = entry.get("state", SENT), str(entry.get("attempt", ""))
        if state == PENDING:
            opened[attempt] = mailboxes
            continue
        opened.pop(attempt, None)
        if state == SENT:
            done |= mailboxes
    return done, set().union(*opened.values()) - done


def _address(recipient: str) -> str:
    """ "Team@Example.com " and "team@example.com" are one mailbox for the sent log."""
    return recipient.strip().lower()


def record(log: Path, message_id: str, recipients: list[str], state: str, attempt: str) -> None:
    entry = {
        "message_id": message_id,
        "recipients": recipients,
        "state": state,
        "attempt": attempt,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    with log.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(entry) + "\n")


def _close(log: Path, message_id: str, recipients: list[str], state: str, attempt: str) -> bool:
    try:
        record(log, message_id, recipients, state, attempt)
    except OSError:
        return False
    return True


def deliver(message, recipients: list[str], settings: Settings, log_dir: str | PathLike) -> Outcome:
    """Send ``message`` with the settings' SMTP server; a dry run only says what it would do."""
    smtp = settings.smtp
    if smtp.user and smtp.security == "none" and smtp.host not in LOCAL_HOSTS:
        raise BriefingError(
            "refusing to send the SMTP password unencrypted: use --starttls or --ssl "
            '(smtp.security = "starttls" or "ssl")'
        )
    if not message["To"]:
        message["To"] = ", ".join(recipients)  # an .eml written without one
    message_id = str(message["Message-ID"] or "")
    if settings.dry_run:  # needs no password: nothing is sent
        note = (
            f"would send {message_id} ({message['Subject']}) to {', '.join(recipients)} "
            f"via {smtp.host}:{smtp.port} ({smtp.security})"
        )
        return Outcome(message_id, recipients, False, note=note, dry_run=True)
    if smtp.user and not smtp.password:
        raise BriefingError(
            "--user needs a password: set BRIEFING_SMTP_PASSWORD or smtp.password in the config"
        )
    return send(message, recipients, smtp, log=Path(log_dir) / SENT_LOG, resend=settings.resend)


LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


def message_mail(settings: Settings) -> Mail:
    """The email's headers: with no To of its own, it is addressed to whom it is sent."""
    return replace(settings.mail, recipients=settings.mail.recipients or settings.send_to)
