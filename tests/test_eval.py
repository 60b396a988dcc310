from __future__ import annotations

import json

from helpers import DATA

from briefing.evaluation.summaries import all_algorithms, evaluate, load_items
from briefing.settings import Budget

TINY = DATA / "tiny_eval.jsonl"


def test_damaged_rows_are_skipped():
    items, skipped = load_items(TINY)
    assert [i.id for i in items] == ["t1", "t2", "t4"] and skipped == 1
    items, skipped = load_items(TINY, include_damaged=True)
    assert len(items) == 4 and skipped == 0


def test_every_algorithm_gets_a_row_and_the_oracle_is_an_upper_bound():
    items, _ = load_items(TINY)
    rows = {r.algorithm: r for r in evaluate(items, all_algorithms(), Budget(sentences=2))}
    assert set(rows) == set(all_algorithms())
    for row in rows.values():
        assert row.items == 3
        assert 0 <= row.rouge2 <= row.rouge1 <= 1
        assert row.words > 0
    best = max(r.rouge1 + r.rouge2 for name, r in rows.items() if name != "oracle")
    assert rows["oracle"].rouge1 + rows["oracle"].rouge2 >= best
    assert rows["default"].dangling == 0


def test_eval_cli_table_and_json(run_cli):
    proc = run_cli(
        "eval", TINY, "--sentences", "1", "--algorithms", "default,lead,oracle", check=True
    )
    assert (
        "| default |" in proc.out
        and "| oracle |" in proc.out
        and "1 damaged rows skipped" in proc.out
    )
    proc = run_cli(
        "eval", TINY, "--words", "20", "--algorithms", "lead", "--limit", "2", "--json", check=True
    )
    (row,) = json.loads(proc.out)
    assert row["algorithm"] == "lead" and row["items"] == 2 and row["words"] <= 20
    assert proc.err == ""  # no progress bar when stderr is not a terminal


def test_eval_unknown_algorithm_is_one_line(run_cli):
    proc = run_cli("eval", TINY, "--algorithms", "nope")
    assert proc.returncode == 1 and proc.err.count("\n") == 1 and "unknown algorithm" in proc.err
