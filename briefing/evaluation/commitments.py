"""``briefing eval-commitments``: precision and recall against a hand-labelled fixture.

A predicted commitment matches a gold one in the same article when the actor is
one the gold label accepts and the actions share at least half of their
content words (of the shorter one). Type, condition, time and negation are
then scored on the matched pairs. Actors are scored by name, role and merged
aliases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.analysis.core import analyze
from briefing.analysis.entities import find_actors
from briefing.analysis.quotes import QuoteSpan
from briefing.evaluation.batch import read_items
from briefing.ingest.load import load_articles
from briefing.models import Actor, Commitment
from briefing.nlp import model as nlp_module
from briefing.nlp.lexicon import MATCH_STOP_WORDS

_WORD = re.compile(r"[a-z0-9$%]+")


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    type_ok: int = 0
    condition_ok: int = 0
    time_ok: int = 0
    negated_ok: int = 0
    actors: int = 0
    actors_found: int = 0
    roles_ok: int = 0
    aliases_ok: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in MATCH_STOP_WORDS}


def same_text(a: str, b: str, share: float = 0.5) -> bool:
    x, y = words(a), words(b)
    if not x or not y:
        return not x and not y
    return len(x & y) / min(len(x), len(y)) >= share


def evaluate_fixture(path: Path, root: Path, model: str | None = None) -> Scores:
    nlp = nlp_module.load_model(model, "full")
    scores = Scores()
    for _, row in read_items(path):
        (article,) = load_articles([str(root / row["path"])])
        found = analyze(article, list(nlp_module.parse(nlp, article.text)))
        _score_commitments(row["commitments"], found.commitments, scores, row["id"])
        _score_actors(row["actors"], find_actors(found.mentions, limit=None), scores)
    return scores


def _score_commitments(gold: list[dict], predicted: list[Commitment], scores: Scores, doc: str):
    scores.gold += len(gold)
    scores.predicted += len(predicted)
    unmatched = list(predicted)
    for g in gold:
        accepted = {a.lower() for a in g["actor"]}
        match = next(
            (
                p
                for p in unmatched
                if p.actor.lower() in accepted and same_text(p.action, g["action"])
            ),
            None,
        )
        if match is None:
            scores.misses.append(f"{doc}: {g['actor'][0]} {g['type']}: {g['action']}")
            continue
        unmatched.remove(match)
        scores.matched += 1
        scores.type_ok += match.type == g["type"]
        scores.condition_ok += same_text(match.condition, g["condition"], 0.6)
        scores.time_ok += same_text(match.time, g["time"], 0.6)
        scores.negated_ok += match.negated == g["negated"]
    scores.extras += [f"{doc}: {p.actor} {p.type}: {p.action}" for p in unmatched]


def _score_actors(gold: list[dict], actors: list[Actor], scores: Scores) -> None:
    by_name = {a.name.lower(): a for a in actors}
    for g in gold:
        scores.actors += 1
        actor = by_name.get(g["name"].lower())
        if actor is None:
            continue
        scores.actors_found += 1
        role = actor.role.lower()
        scores.roles_ok += not g["role"] or (bool(role) and g["role"].lower() in role)
        forms = {f.lower() for f in (actor.name, *actor.aliases)}
        scores.aliases_ok += all(alias.lower() in forms for alias in g["aliases"])


def format_fixture(scores: Scores, name: str) -> str:
    m = scores.matched or 1
    lines = [
        f"{name}: {scores.gold} labelled commitments, {scores.predicted} found",
        "",
        "| measure | value |",
        "| --- | ---: |",
        f"| precision | {scores.precision:.2f} |",
        f"| recall | {scores.recall:.2f} |",
        f"| F1 | {scores.f1:.2f} |",
        f"| type correct (of matched) | {scores.type_ok / m:.2f} |",
        f"| condition correct (of matched) | {scores.condition_ok / m:.2f} |",
        f"| time correct (of matched) | {scores.time_ok / m:.2f} |",
        f"| negation correct (of matched) | {scores.negated_ok / m:.2f} |",
        f"| actors found | {scores.actors_found}/{scores.actors} |",
        f"| actors with the right role | {scores.roles_ok}/{scores.actors} |",
        f"| actors with every alias merged | {scores.aliases_ok}/{scores.actors} |",
    ]
    if scores.misses:
        lines += ["", "missed:"] + [f"  {x}" for x in scores.misses]
    if scores.extras:
        lines += ["", "not in the labels:"] + [f"  {x}" for x in scores.extras]
    return "\n".join(lines)


@dataclass
class PledgeScores:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def add(self, predicted: bool, gold: bool) -> None:
        self.tp += predicted and gold
        self.fp += predicted and not gold
        self.fn += gold and not predicted


_WILL = re.compile(r"\b(will|shall)\b", re.I)


def evaluate_pledges(path: Path, model: str | None = None, limit: int | None = None):
    """F1 for manifesto sentences labelled as specific pledges, beside a will|shall regex.

    Each sentence is read as the party speaking, so "we will" is the party's.
    """
    from briefing.analysis.commitments import find_commitments
    from briefing.analysis.resolve import Resolver

    nlp = nlp_module.load_model(model, "full")
    ours, regex = PledgeScores("briefing commitments"), PledgeScores("will|shall regex")
    rows = [row for _, row in read_items(path)][:limit]
    texts = [str(r.get("text") or "") for r in rows]
    docs = nlp.pipe(nlp_module.for_parser(nlp_module.mask_datelines(t)) for t in texts)
    for row, text, doc in zip(rows, texts, docs, strict=True):
        gold = bool(row.get("label_binary_pledge"))
        party = str(row.get("actor") or "party")
        resolver = Resolver([Actor(party, "organisation")], [])
        spans = [QuoteSpan(0, len(text), speaker=party)]
        found = find_commitments(doc, 0, str(row.get("id")), spans, resolver)
        ours.add(bool(found), gold)
        regex.add(bool(_WILL.search(text)), gold)
    return [ours, regex]


def format_pledges(results: Iterable[PledgeScores], name: str) -> str:
    lines = [
        f"{name}: specific-pledge label (label_binary_pledge)",
        "",
        "| detector | precision | recall | F1 |",
        "| --- | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(f"| {r.name} | {r.precision:.2f} | {r.recall:.2f} | {r.f1:.2f} |")
    return "\n".join(lines)
