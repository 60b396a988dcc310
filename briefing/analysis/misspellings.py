"""A person's name misspelled once in a report: "Mauer" in a report of K.C. Maurer,
"Camila" and "Camilla Batmanghelidjh", "Hoffmann" for Dustin Hoffman. Only within the articles
that name the person in full, and only when one person alone is that close."""

from __future__ import annotations

from collections import defaultdict

from briefing.analysis.groups import Group, count_of
from briefing.analysis.names import first_name_gender

SHORTEST = 5  # "Dan Jones" and "Don Jones" may be two people; "Hoffman", "Hoffmann" are one


def merge_misspellings(groups: dict[str, Group]) -> None:
    people = [n for n, g in groups.items() if g.kind == "person" and n[:1].isupper()]
    full = [n for n in people if len(n.split()) == 2]
    surnames = {n.split()[-1] for n in full}
    for a, b in _close_pairs(full):
        if a in groups and b in groups and _one_name_apart(a, b):
            fold_alike(groups, a, b)
    by_surname = _index((n.split()[-1], n) for n in full)
    bare = [n for n in people if " " not in n] + [n for n, g in groups.items() if _a_speaker(n, g)]
    for name in [n for n in bare if n not in surnames]:
        if first_name_gender(name) or name not in groups:
            continue  # "Maria" is no misspelled "Marie Lind"
        near = {f for key in _keys(name) for f in by_surname.get(key, ())}
        close = [f for f in near if f in groups and _misspelled(name, f.split()[-1])]
        if len(close) == 1 and set(groups[name].sources) <= set(groups[close[0]].sources):
            groups[close[0]].absorb(groups.pop(name))


def _a_speaker(name: str, group: Group) -> bool:
    """One word tagged an organisation that speaks and is never "it" or "the company": a
    misspelled surname may be ("Maybus said" of Navy Secretary Ray Mabus)."""
    return (
        group.kind == "organisation"
        and name[:1].isupper()
        and " " not in name
        and group.speaks > 0
        and not (group.called_it or group.called_company)
    )


def _keys(word: str) -> set[str]:
    """The word and the word less any one letter: two words one letter apart (added,
    dropped, changed or two swapped) share one, so a day's names are not compared pairwise."""
    word = word.lower()
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _index(pairs) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for word, name in pairs:
        for key in _keys(word):
            index[key].add(name)
    return index


def _close_pairs(full: list[str]) -> list[tuple[str, str]]:
    """Full names with one name the same whose other names share a key (which
    ``_one_name_apart`` then checks), in the order the names came."""
    order = {n: i for i, n in enumerate(full)}
    index = _index(
        (f"{kept}\0{side}\0{key}", n)
        for n in full
        for side, (kept, other) in enumerate((n.split(), n.split()[::-1]))
        for key in _keys(other)
    )
    pairs = {
        tuple(sorted((a, b), key=order.get))
        for names in index.values()
        for a in names
        for b in names
        if a != b
    }
    return sorted(pairs, key=lambda p: (order[p[0]], order[p[1]]))


def _one_name_apart(a: str, b: str) -> bool:
    (first_a, last_a), (first_b, last_b) = a.split(), b.split()
    if first_a == first_b:
        return _misspelled(last_a, last_b)
    return last_a == last_b and _misspelled(first_a, first_b)


def fold_alike(groups: dict[str, Group], a: str, b: str, story_wide: bool = False) -> None:
    """Two forms of one name in one article (with ``story_wide``, one story) are one person,
    named by the form used more."""
    shared = set(groups[a].sources) & set(groups[b].sources)
    if not (shared or (story_wide and groups[a].stories & groups[b].stories)):
        return  # two articles' two spellings may be two people
    keep, fold = sorted((a, b), key=lambda n: (-count_of(groups[n]), groups[n].first))
    groups[keep].absorb(groups.pop(fold))


def _misspelled(a: str, b: str) -> bool:
    """One letter added, dropped, changed or two swapped; never a plural ("the Meeks" of
    Melissa Meek are her family)."""
    a, b = a.lower(), b.lower()
    if a == b or min(len(a), len(b)) < SHORTEST or a in (b + "s", b + "es"):
        return False
    if b in (a + "s", a + "es"):
        return False
    if len(a) == len(b):
        apart = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(apart) == 1:
            return True
        i = apart[0]
        return len(apart) == 2 and apart[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(
        long_[:i] + long_[i + 1 :] == short for i in range(len(long_))
    )
