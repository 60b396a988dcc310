"""Hostile input stays bounded: long punctuation runs, long articles, many articles."""

from __future__ import annotations

from helpers import SAMPLES, assert_one_line_error

from briefing.ingest.formats import markdown_to_text
from briefing.nlp import model


def test_punctuation_runs_are_blanked_for_the_parser_without_moving_offsets():
    text = "Before. " + "_" * 5000 + " [" + "[" * 3000 + " After the run."
    masked = model.mask_datelines(text)
    assert len(masked) == len(text)
    assert "_" not in masked and "[[" not in masked
    assert masked.endswith(" After the run.") and masked.startswith("Before. ")


def test_a_long_article_is_parsed_in_bounded_batches():
    # what the parser holds at once, in characters, whatever the article's length
    assert model.CHUNK_CHARS * model.BATCH_PIECES <= 100_000
    assert model.CHUNK_CHARS * model.BATCH_ARTICLES <= 200_000
    text = ("A sentence about the port. " * 40 + "\n\n") * 200  # about 220,000 characters
    spans = model.chunk_spans(text)
    assert all(b - a <= model.CHUNK_CHARS for a, b in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(spans[i][1] == spans[i + 1][0] for i in range(len(spans) - 1))


def test_markdown_with_a_long_run_of_brackets_converts():
    text = "# Title\n\nWords " + "[" * 20000 + " more words.\n\n----------\n\nEnd."
    out = markdown_to_text(text)
    assert "Words" in out and "End." in out and len(out) < 100


def test_a_very_long_article_is_read_up_to_the_limit_with_a_warning(run_cli, tmp_path):
    paragraph = "The council met on Monday and agreed to build a new sea wall. " * 10
    src = tmp_path / "long.txt"
    src.write_text("\n\n".join([paragraph] * 40))
    proc = run_cli(
        "build", src, "--out", tmp_path / "out", "--format", "json", "--max-article-chars", "5000"
    )
    assert proc.returncode == 0, proc.err
    assert "long.txt" in proc.err and "the brief reads the first" in proc.err
    assert "max_article_chars" in proc.err


def test_shorten_cuts_at_a_break_and_returns_a_new_record():
    from briefing.ingest.load import shorten
    from briefing.models import Article

    article = Article("a", "First paragraph here.\n\nSecond one, longer than the rest of it.")
    cut = shorten(article, 30)
    assert cut.text == "First paragraph here." and article.text.endswith("rest of it.")
    assert shorten(article, 1000) is article


def test_too_many_articles_are_refused_before_parsing(run_cli, tmp_path):
    src = tmp_path / "day.jsonl"
    lines = [f'{{"id": "a{i}", "text": "The council met on day {i}."}}' for i in range(30)]
    src.write_text("\n".join(lines))
    proc = run_cli("build", src, "--out", tmp_path / "out", "--max-articles", "20")
    assert_one_line_error(proc, "day.jsonl", "30 articles, over the limit of 20", "--max-articles")
    assert not (tmp_path / "out").exists()


def test_a_build_past_its_deadline_writes_nothing(tmp_path, monkeypatch):
    import pytest

    from briefing import pipeline
    from briefing.errors import BriefingError
    from briefing.settings import Settings

    src = tmp_path / "a.txt"
    src.write_text("The council met on Monday. It agreed to build a sea wall by June.")
    times = iter([0.0, 10.0, 20.0])  # the start, after fetching, as the article is parsed
    monkeypatch.setattr(pipeline, "clock", lambda: next(times))
    settings = Settings(out=str(tmp_path / "out"), deadline=15, memory=False)
    with pytest.raises(BriefingError, match="past its deadline of 15 seconds after parsing 0"):
        pipeline.run([src], settings)
    assert not (tmp_path / "out").exists()
    times = iter([0.0, 20.0])
    with pytest.raises(BriefingError, match="past its deadline of 15 seconds while fetching"):
        pipeline.run([src], settings)


def test_an_article_whose_analysis_fails_is_kept_without_its_actors(tmp_path, monkeypatch):
    import pytest

    from briefing import pipeline
    from briefing.settings import Settings

    for name in ("port-strike.txt", "press-conference-talks.txt"):
        (tmp_path / name).write_text((SAMPLES / name).read_text())
    real = pipeline.analyze

    def failing(article, docs, today=None):
        if article.id == "port-strike":
            raise KeyError("Crotty Alexander")  # a fault of ours on text not foreseen
        return real(article, docs, today)

    monkeypatch.setattr(pipeline, "analyze", failing)
    settings = Settings(out=str(tmp_path / "out"), memory=False)
    warnings: list[str] = []
    result = pipeline.run([tmp_path], settings, warn=warnings.append)
    assert [w for w in warnings if "could not be read" in w] == [
        f"warning: {tmp_path / 'port-strike.txt'}: its actors and commitments could not be "
        "read (KeyError: 'Crotty Alexander'); its summary is kept (rerun with --debug)"
    ]
    assert {s.id for s in result.briefing.sources} == {"port-strike", "press-conference-talks"}
    assert {c.source_id for c in result.briefing.commitments} == {"press-conference-talks"}
    with pytest.raises(KeyError):  # --debug: the fault itself, with its traceback
        pipeline.run([tmp_path], settings, warn=warnings.append, strict=True)
