"""Collective names: parties and their members ("Democrats", "the Tories"), peoples
("Indonesian officials" count toward Indonesia) and plurals ("a Liberal Democrat MP")."""

from __future__ import annotations

from collections import Counter

from briefing.analysis.groups import Group, count_of
from briefing.nlp.lexicon import (
    COUNTRIES,
    DEMONYMS,
    LEGISLATURES,
    PARTY_NAME_WORDS,
    PARTY_NICKNAMES,
)


def merge_party_members(groups: dict[str, Group]) -> None:
    """ "Democrats" count toward the "Democratic Party" (or the "Liberal Democrats" their
    article names), "Republicans" toward the "Republican Party", when the text names the
    party."""
    parties = [n for n, g in groups.items() if n.endswith(" Party") and g.kind == "organisation"]
    for name in list(groups):
        if not name.endswith("s") or " " in name or set(groups[name].kinds) != {"group"}:
            continue
        stem = name[:-1]
        here = set(groups[name].sources)
        # the party its own article names (Iran's "Conservatives in parliament" are not the
        # Conservative Party another article of the day names)
        match = [
            p
            for p in parties
            if p.split()[0].startswith(stem)
            and len(p.split()) == 2
            and here & set(groups[p].sources)
        ]
        if not match and name.lower() in PARTY_NAME_WORDS:  # "Democrats" in an article
            # that names the Liberal Democrats (not "Islamists" of "Al-Shabaab Islamists")
            match = [
                p
                for p, g in groups.items()
                if p.endswith(" " + name) and g.kind == "organisation" and here & set(g.sources)
            ]
        if len(match) == 1 and len(stem) >= 5:
            groups[match[0]].absorb(groups.pop(name))
    for name in list(groups):
        party = groups.get(f"{name} Party")
        if party is None or groups[name].kind == "person" or party.kind != "organisation":
            continue
        if name in LEGISLATURES and not set(groups[name].sources) & set(party.sources):
            continue  # the US Congress of other articles
        party.absorb(groups.pop(name))  # "Labour", "Conservative": the party named in full
    for name in list(groups):
        first = PARTY_NICKNAMES.get(name.lower())
        party = [
            p
            for p in (groups if first else ())
            if p.lower().startswith(first) and p.endswith((" Party", " Democrats"))
        ]
        if party:  # "the Tories" count toward the Conservative Party, when it is named
            target = groups[max(party, key=lambda p: count_of(groups[p]))]
            target.absorb(groups.pop(name))
            target.kinds = Counter(organisation=sum(target.kinds.values()))  # "Lib Dems", a person?


def merge_plurals(groups: dict[str, Group]) -> None:
    """ "a Liberal Democrat MP", tagged a group: one of the Liberal Democrats (not "Rolling
    Stone", a magazine, into the Rolling Stones)."""
    for name in [n for n in groups if n + "s" in groups]:
        plural = groups.get(name + "s")
        if name not in groups or plural is None:
            continue  # folded already
        if set(groups[name].kinds) == {"group"} and plural.kind == "organisation":
            plural.absorb(groups.pop(name))


def merge_demonyms(groups: dict[str, Group]) -> None:
    """ "Russian officials" count toward Russia when the text names Russia."""
    places = {n for n, g in groups.items() if g.kind in ("place", "country")}
    for name in list(groups):
        plural = DEMONYMS.get(name[:-1]) if name.endswith("s") else None  # "Italians"
        # "Malian", tagged an organisation, beside Mali: one word that reads as its adjective
        adjective = " " not in name and name.endswith(("an", "i", "ese"))
        if set(groups[name].kinds) != {"group"} and name not in DEMONYMS and not plural:
            stems = (name[:-1], name[:-2], name[:-3] + "a")
            if not (adjective and any(stem in places for stem in stems)):
                continue  # "South Korean" is a demonym even when tagged as a place
        country = DEMONYMS.get(name) or _demonym_stem(name, places) or plural
        if not country:
            continue
        # "Indonesian officials" with Indonesia never named: Indonesia acts
        target = groups.setdefault(country, Group(country))
        # the place's own tags say what it is, not "Scottish" tagged a group or "a
        # Scottish firm" called a company
        told = target.kinds.copy(), target.called_company, target.called_it, target.called_he
        target.absorb(groups.pop(name))
        kinds, target.called_company, target.called_it, target.called_he = told
        target.kinds = kinds or Counter(place=sum(target.kinds.values()))


def _demonym_stem(name: str, places: set[str]) -> str | None:
    """ "Indonesian(s)" -> Indonesia, "Iraqi" -> Iraq, "Canadian" -> Canada, when that
    place is named in the text or is a country."""
    name = name[:-1] if name.endswith("s") else name
    stems = [name[:-cut] for cut in (1, 2, 3)] + [name[:-3] + "a"]
    for stem in stems:
        if len(stem) >= 4 and (stem in places or stem in COUNTRIES):
            return stem
    return None
