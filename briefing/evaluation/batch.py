"""The JSONL batch interface that evaluation scripts use.

Input lines are ``{"id", "text"}`` or ``{"id", "documents": [{"title", "text"}]}``;
output lines are ``{"id", "summary": [sentence, ...]}``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.files import decode
from briefing.ingest.formats import json_object
from briefing.models import Article
from briefing.rendering.output import atomic_writer
from briefing.settings import Budget
from briefing.summary.summarizer import summarize


def read_items(path: Path | None) -> Iterator[tuple[str, dict]]:
    """``(where, item)`` for each JSON object line, where is ``file:line``."""
    name = str(path) if path else "<stdin>"
    try:
        data = path.read_bytes() if path else sys.stdin.buffer.read()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from exc
    text = decode(data, name)
    if not text.strip():
        raise InputError("empty input: no lines", name)
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        yield where, json_object(line, where)


def item_articles(item: dict, where: str) -> list[Article]:
    item_id = str(item.get("id", ""))
    if isinstance(item.get("documents"), list):
        docs = item["documents"]
        articles = [
            Article(id=f"{item_id}#{i}", text=d.get("text") or "", title=d.get("title") or "")
            for i, d in enumerate(docs)
            if isinstance(d, dict)
        ]
    else:
        articles = [Article(id=item_id, text=item.get("text") or "", title=item.get("title") or "")]
    articles = [a for a in articles if isinstance(a.text, str) and a.text.strip()]
    if not articles:
        raise InputError('no "text" (or "documents" with text) in item', where)
    return articles


def commitments_line(item: dict, where: str, model: str | None = None) -> dict:
    """One output line: ``{"id", "commitments": [...]}`` (documents are read in turn)."""
    from dataclasses import asdict

    from briefing.analysis.core import analyze
    from briefing.nlp import model as nlp_module

    nlp = nlp_module.load_model(model, "full")  # loaded once per process
    found = [
        asdict(c)
        for article in item_articles(item, where)
        for c in analyze(article, list(nlp_module.parse(nlp, article.text))).commitments
    ]
    return {"id": item.get("id"), "commitments": found}


def summary_line(
    item: dict,
    where: str,
    budget: Budget,
    algorithm: str = "default",
    model: str | None = None,
    explain: bool = False,
) -> dict:
    """One output line: ``{"id", "summary": [sentence, ...]}`` (and ``"explain"``)."""
    chosen = summarize(
        item_articles(item, where),
        sentences=budget.sentences,
        words=budget.words,
        ratio=budget.ratio,
        algorithm=algorithm,
        model=model,
        explain=explain,
    )
    line = {"id": item.get("id"), "summary": [s.text for s in chosen]}
    if explain:
        line["explain"] = [
            {"text": s.text, "score": s.score, "rank": s.rank, "why": s.why} for s in chosen
        ]
    return line


def dumps(line: dict) -> str:
    return json.dumps(line, ensure_ascii=False) + "\n"


def commitments_jsonl(source: Path | None, target: Path | None, model: str | None = None) -> int:
    """One ``{"id", "commitments": [...]}`` line per input line."""
    count = 0
    writer = atomic_writer(target) if target else nullcontext(sys.stdout)
    with writer as out:
        for where, item in read_items(source):
            out.write(dumps(commitments_line(item, where, model)))
            count += 1
    return count


def summarize_jsonl(
    source: Path | None,
    target: Path | None,
    budget: Budget,
    algorithm: str = "default",
    model: str | None = None,
    explain: bool = False,
) -> int:
    """Summarise every item of ``source`` into ``target`` (None: stdin/stdout)."""
    count = 0
    writer = atomic_writer(target) if target else nullcontext(sys.stdout)
    with writer as out:
        for where, item in read_items(source):
            out.write(dumps(summary_line(item, where, budget, algorithm, model, explain)))
            count += 1
    return count
