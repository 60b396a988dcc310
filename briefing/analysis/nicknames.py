"""A person named by a first name and its short form in one report: "Andy Smith" and
"Andrew Smith", "Bill Daley" and "William Daley". Only the same surname in one story,
never a relative ("Mick Schumacher", the son of Michael), and only when one person alone
answers."""

from __future__ import annotations

from collections import defaultdict

from briefing.analysis.groups import Group
from briefing.analysis.misspellings import fold_alike
from briefing.nlp.lexicon import KIN_WORDS, NICKNAMES


def merge_nicknames(groups: dict[str, Group]) -> None:
    by_rest: dict[str, list[str]] = defaultdict(list)
    for name, group in groups.items():
        first, _, rest = name.partition(" ")
        if group.kind == "person" and rest and first[:1].isupper():
            by_rest[rest].append(name)
    for names in by_rest.values():
        for short in [n for n in names if n.split()[0].lower() in NICKNAMES]:
            same = [n for n in names if n != short and n in groups and _one_first_name(short, n)]
            if short not in groups or len(same) != 1 or _kin(groups[short], groups[same[0]]):
                continue
            fold_alike(groups, short, same[0], story_wide=True)


def _kin(*groups: Group) -> bool:
    return any(set(role.lower().split()) & KIN_WORDS for g in groups for role in g.roles)


def _one_first_name(short: str, other: str) -> bool:
    a, b = short.split()[0].lower(), other.split()[0].lower()
    return a != b and bool(({a} | NICKNAMES.get(a, set())) & ({b} | NICKNAMES.get(b, set())))
