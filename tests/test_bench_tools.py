"""The bench samplers name the file and the problem when they are handed bad input."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from sample_commitments import day_articles  # noqa: E402


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "cannot read"),
        ('{"id": "a", "text": "Tom Reed will resign."}\n{not json\n', ":2: not a JSON line"),
        ('["a list"]\n', ":1: not an eval row"),
    ],
)
def test_bad_eval_files_stop_with_one_line_naming_the_file(tmp_path, content, problem):
    path = tmp_path / "day.jsonl"
    if content is not None:
        path.write_text(content)
    with pytest.raises(SystemExit) as stopped:
        day_articles(str(path))
    message = str(stopped.value)
    assert message.startswith(str(path)) and problem in message and "\n" not in message


def test_a_good_eval_file_is_a_day_of_articles(tmp_path):
    path = tmp_path / "day.jsonl"
    path.write_text('{"id": "a", "text": "Tom Reed will resign."}\n')
    assert [a.id for a in day_articles(str(path))] == ["a"]
