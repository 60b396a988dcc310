"""The daily run: the time window, the memory across two runs, parallel parsing."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from helpers import DATA, SAMPLES

from briefing.errors import BriefingError
from briefing.ingest.window import split_by_window
from briefing.models import Article
from briefing.models import parse_published as published_at
from briefing.settings import make_window, parse_duration

NOW = dt.datetime(2026, 3, 4, 7, 0, tzinfo=dt.UTC)


def test_durations_and_dates():
    assert parse_duration("24h") == dt.timedelta(hours=24)
    assert parse_duration("2d") == dt.timedelta(days=2)
    for bad in ("24", "0h", "h", "1y", "-2h"):
        with pytest.raises(BriefingError, match="bad duration"):
            parse_duration(bad)
    with pytest.raises(BriefingError, match="bad date"):
        make_window("03/03/2026", None)


def test_published_dates_in_common_formats():
    utc = dt.UTC
    assert published_at("2026-03-03T09:40:00+00:00") == dt.datetime(2026, 3, 3, 9, 40, tzinfo=utc)
    assert published_at("2026-03-03T15:20:00Z") == dt.datetime(2026, 3, 3, 15, 20, tzinfo=utc)
    assert published_at("Tue, 03 Mar 2026 11:00:00 GMT") == dt.datetime(2026, 3, 3, 11, tzinfo=utc)
    assert published_at("2026-03-03") == dt.datetime(2026, 3, 3, 12, tzinfo=utc)
    assert published_at("") is None and published_at("last week") is None


def test_window_keeps_articles_inside_and_undated_ones():
    window = make_window(None, "24h", now=NOW)
    articles = [
        Article("new", "x", published="2026-03-03T20:00:00Z"),
        Article("old", "x", published="2026-03-01T20:00:00Z"),
        Article("undated", "x"),
    ]
    inside, outside = split_by_window(articles, window)
    assert [a.id for a in inside] == ["new", "undated"] and [a.id for a in outside] == ["old"]
    day = make_window("2026-03-01", None, now=NOW)
    assert [a.id for a in split_by_window(articles, day)[0]] == ["old", "undated"]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_since_leaves_out_older_articles(run_cli, tmp_path):
    text = (SAMPLES / "port-strike.txt").read_text().split("\n\n", 1)[1]
    now = dt.datetime.now(dt.UTC)
    _jsonl(
        tmp_path / "day.jsonl",
        [
            {"id": "fresh", "text": text, "published": (now - dt.timedelta(hours=2)).isoformat()},
            {"id": "stale", "text": text, "published": (now - dt.timedelta(days=3)).isoformat()},
        ],
    )
    proc = run_cli(
        "build",
        tmp_path / "day.jsonl",
        "--since",
        "24h",
        "--format",
        "json",
        "--out",
        tmp_path / "out",
        "--no-memory",
    )
    assert proc.returncode == 0, proc.err
    assert "1 article(s) published outside the window left out" in proc.err
    data = json.loads(next((tmp_path / "out").glob("*.json")).read_text())
    assert [s["id"] for s in data["sources"]] == ["fresh"]
    proc = run_cli("build", tmp_path / "day.jsonl", "--date", "2020-01-01", "--out", tmp_path)
    assert proc.returncode == 1 and "no articles published in the window" in proc.err


def _build(run_cli, folder, date, out):
    proc = run_cli("build", folder, "--date", date, "--format", "json", "--out", out, check=True)
    return proc, json.loads((out / f"briefing-{date}.json").read_text())


def test_memory_skips_told_stories_and_marks_new_reporting_as_follow_up(run_cli, tmp_path):
    day1, day2, out = tmp_path / "day1", tmp_path / "day2", tmp_path / "out"
    day1.mkdir()
    for name in ("port-strike.txt", "press-conference-talks.txt"):
        shutil.copy(SAMPLES / name, day1)
    shutil.copytree(day1, day2)
    shutil.copy(DATA / "followup" / "strike-vote.txt", day2)

    _, first = _build(run_cli, day1, "2026-03-03", out)
    assert len(first["stories"]) == 2 and not any(s["follow_up"] for s in first["stories"])
    assert (out / "briefing-memory.sqlite").exists()
    _, again = _build(run_cli, day1, "2026-03-03", out)
    assert again["stories"] == first["stories"]  # rebuilding a day replaces that day

    _, second = _build(run_cli, day2, "2026-03-04", out)
    [story] = second["stories"]  # the talks had no new reporting
    assert story["follow_up"] and story["previously"] == "2026-03-03"
    assert set(story["source_ids"]) == {"port-strike", "strike-vote"}
    assert story["summary"] and {s["source_id"] for s in story["summary"]} == {"strike-vote"}
    told = {s["text"] for s in first["summary"]}
    assert not told & {s["text"] for s in story["summary"]}

    proc, third = _build(run_cli, day2, "2026-03-05", out)
    assert third["stories"] == [] and "nothing new since the last brief" in proc.err
    proc = run_cli("build", day1, "--date", "2026-03-05", "--no-memory", "--out", out, check=True)


def test_workers_give_the_same_brief_and_stderr_stays_quiet(run_cli, tmp_path):
    args = ("build", SAMPLES, "--format", "json", "--no-memory", "--date", "2026-03-03")
    one = run_cli(*args, "--out", tmp_path / "one", check=True)
    two = run_cli(*args, "--out", tmp_path / "two", "--workers", "2", check=True)
    assert one.err == two.err == ""  # no progress bar when stderr is not a terminal
    read = [json.loads(next((tmp_path / d).glob("*.json")).read_text()) for d in ("one", "two")]
    assert read[0] == read[1]


def test_progress_bar_shows_on_a_terminal(tmp_path):
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import termios

    from helpers import briefing_exe

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = subprocess.Popen(
        [briefing_exe(), "build", str(SAMPLES), "--no-memory", "--out", str(tmp_path)],
        stderr=follower,
        stdout=subprocess.DEVNULL,
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert proc.wait(timeout=300) == 0
    assert b"parsing:" in seen and b"/12 [" in seen


def test_a_damaged_memory_file_is_a_one_line_error_and_no_brief(run_cli, tmp_path):
    from helpers import assert_one_line_error

    memory = tmp_path / "memory.sqlite"
    memory.write_bytes(b"not a database at all" * 100)
    out = tmp_path / "out"
    proc = run_cli("build", SAMPLES / "port-strike.txt", "--memory", memory, "--out", out)
    assert_one_line_error(proc, str(memory), "file is not a database")
    assert not out.exists() or not list(out.iterdir())


def test_dates_are_parsed_once_into_aware_datetimes_on_the_article():
    from briefing import Article, load_articles

    (article,) = load_articles([str(SAMPLES / "wire.jsonl")])[:1]
    assert article.published and article.published_at.tzinfo is not None
    assert Article("x", "text", published="Tue, 03 Mar 2026 11:00:00 GMT").published_at == (
        dt.datetime(2026, 3, 3, 11, tzinfo=dt.UTC)
    )
    assert Article("x", "text", published="last week").published_at is None
