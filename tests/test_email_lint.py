"""The email's HTML against caniemail's support data for Gmail, Outlook and Apple Mail."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import SAMPLES

from briefing import Settings, build_briefing, load_articles
from briefing.deliver.mailing import email_html

LINT = Path(__file__).parent / "email_lint"


def test_email_html_has_no_caniemail_errors(tmp_path):
    node = shutil.which("node")
    if node is None or not (LINT / "node_modules" / "@jsx-email").exists():
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run the caniemail check: Node and `npm ci` in tests/email_lint")
        pytest.skip("needs Node and `npm ci --prefix tests/email_lint` (make test does it)")
    html = email_html(
        build_briefing(load_articles([str(SAMPLES)]), Settings(title="Morning briefing"))
    )
    page = tmp_path / "brief.html"
    page.write_text(html)
    out = subprocess.run(
        [node, str(LINT / "check.mjs"), str(page)], capture_output=True, text=True, check=True
    ).stdout
    result = json.loads(out)
    assert result["errors"] == [] and result["success"], result["errors"]
