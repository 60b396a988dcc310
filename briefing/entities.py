"""Actors: the people, organisations, places and groups the articles name."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .models import Actor, Mention

KINDS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
}

# Names a text uses for the same country; the key is the canonical name.
COUNTRY_ALIASES = {
    "United States": {"united states", "us", "u.s.", "usa", "u.s.a.", "america"},
    "United Kingdom": {"united kingdom", "uk", "u.k.", "britain", "great britain"},
    "European Union": {"european union", "eu", "e.u."},
    "United Nations": {"united nations", "un", "u.n."},
}
_CANONICAL = {alias: name for name, aliases in COUNTRY_ALIASES.items() for alias in aliases}

_LEADING = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass
class _Group:
    kind_votes: Counter
    forms: Counter
    first: int
    sources: list[str]


def normalise(text: str) -> str:
    text = " ".join(text.split())
    text = _POSSESSIVE.sub("", _LEADING.sub("", text)).strip()
    return _CANONICAL.get(text.lower(), text)


def find_actors(mentions: list[tuple[Mention, str]], limit: int = 12) -> list[Actor]:
    """Merge ``(mention, NER label)`` pairs into actors, most salient first."""
    groups: dict[str, _Group] = {}
    seen_in: Counter = Counter()  # mentions so far in each source
    for mention, label in mentions:
        kind = KINDS.get(label)
        name = normalise(mention.text)
        if kind is None or not any(c.isalpha() for c in name):
            continue
        order = seen_in[mention.source_id]
        seen_in[mention.source_id] += 1
        group = groups.setdefault(name, _Group(Counter(), Counter(), order, []))
        group.first = min(group.first, order)
        group.kind_votes[kind] += 1
        group.forms[" ".join(mention.text.split())] += 1
        if mention.source_id not in group.sources:
            group.sources.append(mention.source_id)
    _merge_surnames(groups)
    total = sum(sum(g.forms.values()) for g in groups.values()) or 1
    actors = [_actor(name, g, total) for name, g in groups.items()]
    actors.sort(key=lambda a: (-a.salience, a.name))
    return actors[:limit]


def _merge_surnames(groups: dict[str, _Group]) -> None:
    """Fold "Blinken" into "Antony Blinken" when exactly one full name ends with it."""
    people = [n for n, g in groups.items() if " " in n and _kind(g) == "person"]
    by_last: dict[str, list[str]] = defaultdict(list)
    for name in people:
        by_last[name.split()[-1]].append(name)
    for name in list(groups):
        full = by_last.get(name, [])
        if " " not in name and len(full) == 1:
            target, source = groups[full[0]], groups.pop(name)
            target.forms.update(source.forms)
            target.kind_votes["person"] += sum(source.kind_votes.values())
            target.first = min(target.first, source.first)
            target.sources.extend(s for s in source.sources if s not in target.sources)


def _kind(group: _Group) -> str:
    return group.kind_votes.most_common(1)[0][0]


def _actor(name: str, group: _Group, total: int) -> Actor:
    mentions = sum(group.forms.values())
    # Frequent, early and widely reported actors matter most.
    salience = mentions / total + 0.1 / (1 + group.first) + 0.1 * (len(group.sources) - 1)
    aliases = sorted(f for f in group.forms if f != name)
    return Actor(
        name=name,
        kind=_kind(group),
        aliases=aliases,
        mentions=mentions,
        salience=round(salience, 4),
        source_ids=list(group.sources),
    )
