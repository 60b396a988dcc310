"""Actors: the people, organisations, places and groups the articles name.

spaCy's NER finds the mentions (``mentions``, with their roles from titles and
appositions); this module merges their aliases ("Antony Blinken", "Blinken", "Mr.
Blinken"; "US", "the United States"), drops NER debris, and ranks actors by salience.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from briefing.analysis.collectives import merge_demonyms, merge_party_members, merge_plurals
from briefing.analysis.mentions import KINDS
from briefing.analysis.merging import (
    Group,
    merge_middle_names,
    merge_organisations,
    merge_people,
    merge_spellings,
)
from briefing.analysis.names import is_no_name, normalise
from briefing.models import Actor, Mention
from briefing.nlp.lexicon import (
    CAPITALS,
    COMPASS,
    NEWS_OUTLETS,
    OUTLET_DESKS,
    PEOPLE_GROUPS,
    ROLE_PRIORITY,
    ROLE_WORDS,
)

_OUTLETS = {outlet.lower() for outlet in NEWS_OUTLETS}


def find_actors(
    mentions: list[Mention], limit: int | None = 12, involved: Counter | None = None
) -> list[Actor]:
    """Merge mentions into actors, most salient first; ``involved`` counts, by actor name,
    the commitments each makes or is the target of ("called on Premier Mike Baird")."""
    groups: dict[str, Group] = {}
    seen_in: Counter = Counter()
    own = _surnames_by_article(mentions)
    for mention in mentions:
        kind = KINDS[mention.label]
        name = normalise(mention.text)
        if name in PEOPLE_GROUPS:
            kind = "group"
        if (mention.source_id, name) in own:
            name, kind = own[(mention.source_id, name)], "person"
        if mention.in_role or not any(c.isalpha() for c in name) or name in COMPASS:
            continue  # "the North" says which, only to a reader who knows the story
        if is_no_name(name):
            continue
        capital = CAPITALS.get(name)
        if capital and mention.speaks:
            name, kind = capital, "place"  # "Washington said": the government speaks
        order = seen_in[mention.source_id]
        seen_in[mention.source_id] += 1
        groups.setdefault(name, Group(name)).add(mention, kind, order)
    merge_spellings(groups)
    merge_middle_names(groups)
    merge_people(groups)
    merge_organisations(groups)
    merge_party_members(groups)
    merge_demonyms(groups)
    merge_plurals(groups)
    for name in [n for n, g in groups.items() if not _is_actor(g)]:
        del groups[name]
    total = sum(sum(g.forms.values()) for g in groups.values()) or 1
    involved = involved or Counter()
    actors = [_actor(g, total, involved[g.name]) for g in groups.values()]
    actors.sort(key=lambda a: (-a.salience, a.name))
    return actors[:limit]


def _surnames_by_article(mentions: list[Mention]) -> dict[tuple[str, str], str]:
    """In a day of several articles, a surname is the person its own article names in full
    ("Clinton" after "Bill Clinton"), not the day's first Clinton: (article, name) -> the
    full name, as the article alone would merge them."""
    by_source: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_source[mention.source_id].append(mention)
    if len(by_source) < 2:
        return {}
    own = {}
    for source, its in by_source.items():
        for actor in find_actors(its, None):
            if actor.kind == "person" and " " in actor.name:
                own.update({(source, a): actor.name for a in actor.aliases if " " not in a})
    return own


def _is_actor(group: Group) -> bool:
    """Not an outlet ("CNN"), an adjective ("Islamic"), or a town where things happened."""
    name = group.name.lower().removeprefix("ex-")  # "REUTERS" in a credit, "Ex-BBC"
    first, *rest = name.split()
    if name in _OUTLETS or (first in _OUTLETS and rest and set(rest) <= OUTLET_DESKS):
        return False  # "BBC Sport Wales", "CNN International"; not "AP Moller-Maersk"
    if group.kind == "country":
        return True
    kinds = set(group.kinds)
    if kinds == {"group"} and not group.name.endswith("s"):
        return False  # "European", "Islamic": a demonym or adjective with no country named
    if not rest and name.endswith("gate") and len(name) >= 7 and group.kind != "place":
        if not (group.speaks or group.roles):
            return False  # "Deflategate", "Watergate": a scandal's name, often tagged a person
    if kinds <= {"place"} and group.kind == "place":
        return bool(group.subjects or group.speaks)  # "talks in Geneva": only where
    return True


def alias_map(actors: Iterable[Actor]) -> dict[str, str]:
    """Every name and alias (lower-cased) to its actor's name."""
    out = {}
    for actor in actors:
        for form in (actor.name, *actor.aliases):
            out.setdefault(form.lower(), actor.name)
            out.setdefault(normalise(form).lower(), actor.name)
    return out


def _best_role(roles: Counter) -> str:
    """The most specific role: a title beats "counterpart"; longer beats shorter."""
    if not roles:
        return ""

    def key(item):
        role, count = item
        generic = any(w in role.lower().split() for w in ROLE_PRIORITY)
        titled = any(w[:1].isupper() and w.lower() in ROLE_WORDS for w in role.split())
        office = any(w.lower() in ROLE_WORDS for w in role.split())  # "mayor" over "mother"
        return (not generic, titled, office, count, len(role))

    return max(roles.items(), key=key)[0]


def _actor(group: Group, total: int, involved: int = 0) -> Actor:
    mentions = sum(group.forms.values())
    # Frequent, early, speaking, committing and widely reported actors matter most.
    salience = (
        mentions / total
        + 0.1 / (1 + group.first)
        + 0.05 * min(group.speaks, 4)
        + 0.05 * min(involved, 4)
        + 0.1 * (len(group.sources) - 1)
    )
    setting = group.kind == "place" or (group.kind == "person" and group.located > 0)
    return Actor(
        name=group.name,
        kind=group.kind,
        aliases=sorted(f for f in group.forms if f != group.name),
        role=_best_role(group.roles),
        mentions=mentions,
        salience=round(salience, 4),
        source_ids=list(group.sources),
        # a town (or a town the tagger took for a person: "in Melton Mowbray") named twice
        # only as where things happen is a setting; one that acts or is acted on is an actor
        key=bool(
            (mentions > 1 and not setting)
            or group.arguments
            or group.roles
            or group.speaks
            or involved
        ),
    )
