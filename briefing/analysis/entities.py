"""Actors: the people, organisations, places and groups the articles name.

spaCy's NER finds the mentions (``mentions``, with their roles from titles and
appositions); this module merges their aliases ("Antony Blinken", "Blinken", "Mr.
Blinken"; "US", "the United States"), drops NER debris, and ranks actors by salience.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from briefing.analysis.collectives import merge_demonyms, merge_party_members, merge_plurals
from briefing.analysis.groups import Group
from briefing.analysis.mentions import KINDS
from briefing.analysis.merging import merge_middle_names, merge_people, merge_spellings
from briefing.analysis.misspellings import merge_misspellings
from briefing.analysis.names import first_name_gender, is_no_name, normalise
from briefing.analysis.nicknames import merge_nicknames
from briefing.analysis.organisations import (
    merge_organisation_tails,
    merge_organisations,
    merge_place_tails,
)
from briefing.analysis.role_text import ends_on_a_surname
from briefing.models import Actor, Commitment, Mention, Quote
from briefing.nlp.lexicon import (
    CAPITALS,
    COMPASS,
    FAITHS,
    NEWS_OUTLETS,
    OUTLET_DESKS,
    OUTLET_NAME_ENDINGS,
    OUTLET_SHORT_NAMES,
    OUTLET_STATIONS,
    PEOPLE_GROUPS,
    PLANET_OR_SURNAME,
    PLANETS,
    ROLE_PRIORITY,
    ROLE_WORDS,
    TITLE_GENDER,
)

_OUTLETS = {outlet.lower() for outlet in NEWS_OUTLETS}


def find_actors(
    mentions: list[Mention],
    limit: int | None = 12,
    involved: Counter | None = None,
    stories: Mapping[str, str] | None = None,
) -> list[Actor]:
    """Merge mentions into actors, most salient first; ``involved`` counts, by (article,
    name as the article gives it), the commitments each makes or is the target of ("called
    on Premier Mike Baird"; an article's "Bush" counts for the day's George W. Bush);
    ``stories`` says which articles report one event, whose names are one set of people."""
    groups: dict[str, Group] = {}
    seen_in: Counter = Counter()
    own = _names_by_article(mentions)
    spouses = _titled_the_other_way(mentions)
    for mention in mentions:
        kind = KINDS[mention.label]
        name = normalise(mention.text)
        title = _title_of(mention) if spouses else ""
        if title and (mention.source_id, name, TITLE_GENDER[title.lower()]) in spouses:
            name = f"{title} {name}"  # "Mrs Wright" in a report of Alan Wright: his wife
        if name in PEOPLE_GROUPS:
            kind = "group"
        if (mention.source_id, name) in own:
            name, kind = own[(mention.source_id, name)]
        if mention.in_role or not any(c.isalpha() for c in name) or name in COMPASS:
            continue  # "the North" says which, only to a reader who knows the story
        if is_no_name(name):
            continue
        capital = CAPITALS.get(name)
        if capital and mention.speaks:
            name, kind = capital, "place"  # "Washington said": the government speaks
        order = seen_in[mention.source_id]
        seen_in[mention.source_id] += 1
        story = (stories or {}).get(mention.source_id, "")
        group = groups.get(name)  # (not ``setdefault``: a new group per mention is slow)
        if group is None:
            group = groups[name] = Group(name)
        group.add(mention, kind, order, story)
    merge_spellings(groups)
    merge_middle_names(groups)
    merge_people(groups)
    merge_misspellings(groups)
    merge_nicknames(groups)
    merge_organisations(groups)
    merge_organisation_tails(groups)
    merge_place_tails(groups)
    merge_party_members(groups)
    merge_demonyms(groups)
    merge_plurals(groups)
    surnames = {n.split()[-1] for n, g in groups.items() if g.kind == "person" and " " in n}
    for name in [n for n, g in groups.items() if not _is_actor(g) or _named_after(g, surnames)]:
        del groups[name]
    for group in groups.values():
        for role in [r for r in group.roles if ends_on_a_surname(r, group.name, surnames)]:
            del group.roles[role]
    total = sum(sum(g.forms.values()) for g in groups.values()) or 1
    involved = involved or Counter()
    actors = [_actor(g, total, _involved(g, involved)) for g in groups.values()]
    actors.sort(key=lambda a: (-a.salience, a.name))
    return actors[:limit]


def _involved(group: Group, involved: Counter) -> int:
    names = {group.name, *group.forms}
    return sum(involved[(source, name)] for source in group.sources for name in names)


def _names_by_article(mentions: list[Mention]) -> dict[tuple[str, str], tuple[str, str]]:
    """In a day of several articles, a short form is what its own article names in full
    ("Clinton" after "Bill Clinton", "Congress" after "the Congress Party"), not the day's
    first Clinton or Congress: (article, form) -> (full name, kind), as the article alone
    would merge them."""
    by_source: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_source[mention.source_id].append(mention)
    if len(by_source) < 2:
        return {}
    own = {}
    for source, its in by_source.items():
        for actor in find_actors(its, None):
            if " " in actor.name and actor.kind in ("person", "organisation"):
                own.update({(source, a): (actor.name, actor.kind) for a in actor.aliases})
    return own


def _title_of(mention: Mention) -> str:
    """ "Mrs" of "Mrs Wright", or of "Wright" written "Mrs Wright"; "" when untitled."""
    written = mention.titled or mention.text
    first = written.split()[0].rstrip(".")
    return first if " " in written and first.lower() in TITLE_GENDER else ""


def _titled_the_other_way(mentions: list[Mention]) -> set[tuple[str, str, str]]:
    """(article, surname, gender) of a surname titled both ways in one report ("Mr Wright"
    and "Mrs Wright") where a full name says which one is the named person's ("Alan
    Wright"), or the pronoun it is called by, or else the title used at least twice as
    often: the other title is another person, a wife, a husband, a father."""
    titles: dict[tuple[str, str], Counter] = defaultdict(Counter)
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    called: dict[tuple[str, str], set[str]] = defaultdict(set)  # "Summer Robertson ... she"
    full_named: set[tuple[str, str]] = set()  # some full name, whatever its gender
    for mention in mentions:
        name = normalise(mention.text)
        if mention.label != "PERSON":
            continue
        if " " not in name:
            if gender := TITLE_GENDER.get(_title_of(mention).lower()):
                titles[(mention.source_id, name)][gender] += 1
            continue
        key = (mention.source_id, name.split()[-1])
        full_named.add(key)
        if gender := first_name_gender(name):
            named[key].add(gender)
        elif mention.called_he:
            called[key].add("f" if mention.called_she else "m")
    out = set()
    for key, counts in titles.items():
        genders = named.get(key) or called.get(key) or _titled_most(counts)
        if len(counts) == 2 and len(genders) == 1 and key in full_named:
            own = next(iter(genders))
            other = "f" if own == "m" else "m"
            if counts[other] >= min(counts[own], 2):  # "Mr Sturgeon" once: a writer's slip
                out.add((*key, other))
    return out


def _titled_most(counts: Counter) -> set[str]:
    """The gender a surname is titled by at least twice as often as the other: the report's
    own person ("Miss Robertson" six times, her father "Mr Robertson" twice)."""
    (most, n), *rest = counts.most_common()
    return {most} if rest and n >= 2 * rest[0][1] else set()


def _is_actor(group: Group) -> bool:
    """Not an outlet ("CNN"), an adjective ("Islamic"), or a town where things happened."""
    name = group.name.lower().removeprefix("ex-")  # "REUTERS" in a credit, "Ex-BBC"
    first, *rest = name.split()
    if name in _OUTLETS or (first in _OUTLETS and rest and set(rest) <= OUTLET_DESKS):
        return False  # "BBC Sport Wales", "CNN International"; not "AP Moller-Maersk"
    if first in _OUTLETS and rest and (rest[0] in OUTLET_STATIONS or rest[0].isdigit()):
        return False  # "BBC Radio Devon", "BBC Radio 4", "CBS 4": a station, whatever follows
    if name in OUTLET_SHORT_NAMES or (rest and rest[-1].split("-")[-1] in OUTLET_NAME_ENDINGS):
        return False  # "the Post reports", "New Zealand Herald", "Las Vegas Review-Journal"
    if group.kind == "country":
        return True
    kinds = set(group.kinds)
    if kinds == {"group"} and not group.name.endswith("s"):
        return False  # "European", "Islamic": a demonym or adjective with no country named
    if not rest and name.endswith("gate") and len(name) >= 7 and group.kind != "place":
        if not (group.speaks or group.roles):
            return False  # "Deflategate", "Watergate": a scandal's name, often tagged a person
    if group.instances and group.kind in ("organisation", "person", "place"):
        if not (group.speaks or group.roles):
            return False  # "opened fire on a Maserati", "the Maserati sped off": a car
    if kinds <= {"place"} and group.kind == "place":
        return bool(group.subjects or group.speaks)  # "talks in Geneva": only where
    return True


def _named_after(group: Group, surnames: set[str]) -> bool:
    """ "Warhol Polaroids", tagged a person in a report of Andy Warhol: a thing named after
    him, which never speaks, acts or is called "he" or "she" (not "Jordan Henderson" in a
    report that names Michael Jordan)."""
    words = group.name.split()
    return (
        group.kind == "person"
        and len(words) == 2
        and words[0] in surnames
        and not first_name_gender(group.name)
        and not (group.speaks or group.roles or group.subjects)
        and not (group.called_he or group.called_she)
    )


def alias_map(actors: Iterable[Actor]) -> dict[str, str]:
    """Every name and alias (lower-cased) to its actor's name."""
    out = {}
    for actor in actors:
        for form in (actor.name, *actor.aliases):
            out.setdefault(form.lower(), actor.name)
            out.setdefault(normalise(form).lower(), actor.name)
    return out


def day_namer(actors: Iterable[Actor]) -> Callable[[str, str], str]:
    """(article, name) -> the day's actor of that name in that article ("Bush" is "George
    W. Bush" when the day merged the two); a name that is not exactly one actor's there is
    returned as it is."""
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for actor in actors:
        for form in (actor.name, *actor.aliases):
            for source in actor.source_ids:
                names[(source, form.lower())].add(actor.name)
                names[(source, normalise(form).lower())].add(actor.name)

    def named(source: str, name: str) -> str:
        found = names.get((source, name.lower())) or names.get((source, normalise(name).lower()))
        return next(iter(found)) if name and found and len(found) == 1 else name

    return named


def as_the_day_names(
    commitments: list[Commitment], quotes: list[Quote], actors: list[Actor]
) -> tuple[list[Commitment], list[Quote]]:
    """Who commits, is asked and speaks, by the name the day's actor list gives them, so
    the page names no one who is missing from its key actors."""
    named = day_namer(actors)
    return [
        replace(
            c,
            actor=named(c.source_id, c.actor),
            target=named(c.source_id, c.target),
            speaker=named(c.source_id, c.speaker),
        )
        for c in commitments
    ], [replace(q, speaker=named(q.source_id, q.speaker)) for q in quotes]


def _a_title(role: str) -> bool:
    """A person's title and nothing more: "Deputy Prime Minister", "President" (not
    "Somalia-based Islamist militant group", a body's description)."""
    words = role.split()
    return bool(words) and all(w[:1].isupper() for w in words) and words[-1].lower() in ROLE_WORDS


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
    crowd = group.name in PEOPLE_GROUPS
    role = _best_role(group.roles)
    if group.kind != "person" and _a_title(role):
        role = ""  # "the Office of the Deputy Prime Minister" holds no office
    return Actor(
        name=group.name,
        kind=group.kind,
        aliases=sorted(f for f in group.forms if f != group.name),
        role=role,
        mentions=mentions,
        salience=round(salience, 4),
        source_ids=list(group.sources),
        # a town (or a town the tagger took for a person: "in Melton Mowbray") named twice
        # only as where things happen is a setting; one that acts or is acted on is an actor
        # (a people or a faith's believers only when they speak or commit: "Catholics are
        # planning a protest", not "attacks on Christians")
        key=group.name not in PLANETS | FAITHS
        and not (group.name in PLANET_OR_SURNAME and group.kind != "person")
        and bool(
            (mentions - group.modifiers > 1 and not setting and not crowd)
            or (group.arguments and not crowd)
            or role
            or group.speaks
            or involved
        ),
    )
