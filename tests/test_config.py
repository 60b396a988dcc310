"""briefing.toml: settings between runs; flags override them."""

from __future__ import annotations

import json

import pytest
from helpers import SAMPLES, assert_one_line_error
from test_email import Recorder, server

from briefing import BriefingError
from briefing.settings import load_config

CONFIG = """
title = "Harbour desk"
sources = ["{source}"]
sentences = 1
formats = ["json", "email"]
out = "daily"

[mail]
from = "Desk <desk@example.com>"
to = ["ana@example.com", "ben@example.com"]
subject = "Harbour desk"

[smtp]
host = "127.0.0.1"
port = {port}
"""


def write(tmp_path, port=25):
    path = tmp_path / "briefing.toml"
    path.write_text(CONFIG.format(source=SAMPLES / "port-strike.txt", port=port))
    return path


def test_build_reads_briefing_toml_from_the_working_folder(run_cli, tmp_path):
    write(tmp_path)
    run_cli("build", "--name", "d", cwd=tmp_path, check=True)
    data = json.loads((tmp_path / "daily" / "d.json").read_text())
    assert data["title"] == "Harbour desk" and len(data["summary"]) == 1
    eml = (tmp_path / "daily" / "d.eml").read_text()
    assert "To: ana@example.com, ben@example.com" in eml and "Subject: Harbour desk" in eml


def test_flags_override_the_config(run_cli, tmp_path):
    config = write(tmp_path)
    run_cli(
        "build",
        SAMPLES / "merger.html",
        "--config",
        config,
        "--title",
        "Other",
        "--words",
        "40",
        "--format",
        "json",
        "--out",
        tmp_path / "o",
        "--name",
        "d",
        check=True,
    )
    data = json.loads((tmp_path / "o" / "d.json").read_text())
    assert data["title"] == "Other" and data["sources"][0]["title"].startswith("Norvik")
    assert sum(len(s["text"].split()) for s in data["summary"]) <= 40


def test_send_uses_the_configured_server_and_recipients(run_cli, tmp_path):
    recorder = Recorder()
    with server(recorder) as s:
        config = write(tmp_path, s.port)
        run_cli(
            "build", "--config", config, "--send", "--out", tmp_path / "o", cwd=tmp_path, check=True
        )
    ((to, message, _),) = recorder.messages
    assert to == ["ana@example.com", "ben@example.com"] and message["Subject"] == "Harbour desk"


@pytest.mark.parametrize(
    "text, needle",
    [
        ("title = ", "invalid TOML"),
        ("colour = 'red'", "unknown setting colour"),
        ("sentences = 'three'", "sentences must be an integer"),
        ("[smtp]\nsecurity = 'tls'", 'smtp.security must be "none", "starttls" or "ssl"'),
        ("[mail]\nbcc = ['x']", "unknown setting mail.bcc"),
    ],
)
def test_bad_config_is_a_one_line_error(run_cli, tmp_path, text, needle):
    path = tmp_path / "briefing.toml"
    path.write_text(text)
    with pytest.raises(BriefingError, match=needle.replace("(", r"\(")):
        load_config(path)
    proc = run_cli("build", SAMPLES / "port-strike.txt", cwd=tmp_path)
    assert_one_line_error(proc, "briefing.toml", needle)


def test_sections_since_and_memory_from_the_config(run_cli, tmp_path):
    path = write(tmp_path)
    extra = 'sections = ["stories", "events"]\nsince = "2d"\nmemory = false\n'
    path.write_text(extra + path.read_text())
    run_cli("build", "--name", "d", cwd=tmp_path, check=True)
    data = json.loads((tmp_path / "daily" / "d.json").read_text())
    assert data["stories"] and data["events"]
    assert data["actors"] == data["commitments"] == data["bottom_line"] == []
    assert not (tmp_path / "daily" / "briefing-memory.sqlite").exists()
    proc = run_cli("build", "--sections", "stories,weather", cwd=tmp_path)
    assert_one_line_error(proc, "bad sections 'stories,weather'")
    path.write_text('since = "soon"\n' + CONFIG.format(source=SAMPLES, port=25))
    assert_one_line_error(run_cli("build", cwd=tmp_path), "bad duration 'soon'")


def test_every_setting_is_a_config_key_and_documented():
    from helpers import ROOT

    from briefing.settings import file_keys, settings_from

    readme = (ROOT / "README.md").read_text()
    for key in file_keys():
        assert f"`{key}`" in readme or f"{key.rpartition('.')[2]} = " in readme, key
    with pytest.raises(BriefingError, match="unknown setting smtp.colour"):
        settings_from({"smtp": {"colour": "red"}})
    settings = settings_from({"words": 40, "smtp": {"security": "ssl"}, "fit": False})
    assert settings.budget.words == 40 and settings.smtp.port == 465 and not settings.fit_page


def test_the_readme_python_example_runs_as_written(tmp_path, monkeypatch):
    import re

    from helpers import ROOT

    (block,) = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    monkeypatch.chdir(tmp_path)
    scope = {"text": (ROOT / "samples" / "port-strike.txt").read_text()}
    exec(compile(block, "README.md", "exec"), scope)
    assert scope["sentences"] and (tmp_path / "out").is_dir()
    assert {p.suffix for p in scope["result"].paths} == {".md", ".html", ".json"}
