"""The briefing as an email: multipart/alternative, plain text and email-safe HTML.

Email clients are not browsers: Outlook renders with Word, Gmail drops <style> in places
and clips messages over about 102 KB. So the HTML part has its CSS inlined into style
attributes, a 600 px table layout, and no scripts, remote resources, <body> tag, role
attributes or @media rules (caniemail lists those as unsupported in Gmail, Outlook or Apple
Mail). Dark mode comes from the color-scheme meta tags and property: clients that support
it adapt the colours themselves.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr
from pathlib import Path

from briefing.errors import BriefingError, InputError
from briefing.models import Briefing
from briefing.rendering.templating import render
from briefing.settings import Mail

MAX_HTML_BYTES = 100 * 1024


class EmailTooBig(BriefingError):
    """The email's HTML would be clipped by Gmail."""


def email_html(briefing: Briefing, template_dir: str | None = None) -> str:
    import css_inline

    inliner = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)
    html = inliner.inline(render(briefing, "html", template_dir, for_email=True))
    # The inliner writes out the <body> that HTML implies; the email leaves it implicit.
    html = html.replace("<body>", "", 1).replace("</body>", "", 1)
    size = len(html.encode("utf-8"))
    if size > MAX_HTML_BYTES:
        raise EmailTooBig(
            f"the email's HTML is {size // 1024} KB, over the {MAX_HTML_BYTES // 1024} KB that "
            "Gmail shows unclipped; use fewer articles or --sentences"
        )
    return html


def compose(
    briefing: Briefing, mail: Mail, template_dir: str | None = None, now: datetime | None = None
) -> EmailMessage:
    """The message, with a Message-ID derived from its content: the same brief, the same ID."""
    html = email_html(briefing, template_dir)
    text = render(briefing, "text", template_dir)
    message = EmailMessage()
    message["Subject"] = mail.subject or f"{briefing.title} — {briefing.date}"
    message["From"] = mail.sender
    if mail.recipients:
        message["To"] = ", ".join(mail.recipients)
    message["Date"] = format_datetime(now or datetime.now(UTC))
    message["Message-ID"] = _message_id(html, mail)
    message.set_content(text, cte="quoted-printable")
    message.add_alternative(html, subtype="html")
    return message


def _message_id(html: str, mail: Mail) -> str:
    digest = hashlib.sha256((html + "\n" + ",".join(mail.recipients)).encode()).hexdigest()
    domain = parseaddr(mail.sender)[1].rpartition("@")[2] or "localhost"
    return f"<briefing.{digest[:32]}@{domain}>"


def read_message(path: Path) -> EmailMessage:
    """A briefing .eml written earlier, checked to be one."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from exc
    if not message["Message-ID"] or not message.get_body(("html", "plain")):
        raise InputError("not a briefing email (.eml with a Message-ID and a body)", str(path))
    return message
