"""How an organisation's short forms fold into its full name: "Norvik" into "Norvik Foods",
"CTWU" into "Coastal Transport Workers Union", the "Fed" into the "Federal Reserve"; and a
place's: "the Strip" into the "Las Vegas Strip"."""

from __future__ import annotations

from collections import defaultdict

from briefing.analysis.groups import Group, count_of, initials
from briefing.analysis.merging import known_across
from briefing.nlp.lexicon import (
    BODY_KIND_WORDS,
    BRANCH_PLACES,
    COMPANY_SUFFIXES,
    COUNTRIES,
    COUNTRY_ALIASES,
    DEMONYMS,
    LANDSCAPE_WORDS,
    MEMBER_WORDS,
    NAMED_FOR_WORDS,
    NATIONS,
    NEWS_OUTLETS,
    ORG_NAME_WORDS,
    PARTY_NAME_WORDS,
    PLACE_NAME_WORDS,
    PRODUCT_WORDS,
)


def merge_organisations(groups: dict[str, Group]) -> None:
    """Fold "Norvik" into "Norvik Foods", "CTWU" into "Coastal Transport Workers Union", the
    "Patriots" into the "New England Patriots" and the "Fed" into the "Federal Reserve".
    ("Nasa" and "NASA" are one spelling, folded before: ``_merge_spellings``.)"""
    by_short: dict[str, list[str]] = defaultdict(list)
    by_last: dict[str, list[str]] = defaultdict(list)
    for org, group in groups.items():
        if " " in org and group.kind == "organisation":
            words = org.split()
            shorts = {initials(org), initials(org, every=True)}
            if len(words) > 2 and words[0].lower().rstrip(".") in _COUNTRY_FORMS:
                body = " ".join(words[1:])  # "SEC": the "US Securities and Exchange Commission"
                shorts |= {initials(body), initials(body, every=True)}
            rest = {w.lower() for w in words[1:]}
            if not any(
                rest <= w for w in (BRANCH_PLACES, MEMBER_WORDS, PRODUCT_WORDS, NAMED_FOR_WORDS)
            ):
                shorts.add(words[0])  # "Yukos USA" is Yukos's arm there, not Yukos; nor is
                # the House its "House Republicans", nor the Navy the "Navy League"
            for short in shorts:
                by_short[short].append(org)
            # not "Council" for any council, nor "Newcastle" for "BBC Newcastle" (a station)
            if (
                words[-1].lower() not in ORG_NAME_WORDS
                and words[0] not in NEWS_OUTLETS
                and "for" not in words  # "Ready for Warren" is not called "Warren"
            ):
                by_last[words[-1]].append(org)
    named_in = {name: len(group.sources) for name, group in groups.items()}
    for name in list(groups):
        if name not in groups or " " in name or set(groups[name].kinds) == {"group"}:
            continue  # "European" is a demonym, not "European Steel Association" cut short
        if name in DEMONYMS:
            continue  # "Welsh", however tagged, is Wales's, not the "Welsh Local Government
            # Association" cut short
        if groups[name].kind == "country" or name in NATIONS:
            continue  # "Israel" is not the "Israel Democracy Institute" cut short (a city may
            # be its club: "Liverpool" for Liverpool FC)
        if groups[name].kind == "place" and _only_where(groups[name]):
            continue  # "in Massachusetts" is where, not "Massachusetts Correctional Institution"
        matches = [o for o in by_short.get(name, []) if o in groups]
        if not matches and groups[name].kind == "organisation":
            # "Patriots" for the "New England Patriots", "Fed" for the "Federal Reserve":
            # only a name that is itself an organisation's (not "Kentucky", "Syria", "Islam")
            matches = [o for o in by_last.get(name, []) if o in groups] or [
                o
                for o in (groups if 3 <= len(name) <= 4 else ())
                if " " in o
                and o.split()[0].startswith(name)
                and o.split()[0] != name
                and groups[o].kind == "organisation"  # last: the slowest test
            ]
            matches = [o for o in matches if "(" not in o]  # "Stephy Mavididi ( Arsenal"
        spelled = [o for o in matches if name in (initials(o), initials(o, every=True))]
        matches = spelled if len(name) > 1 and name[-1].isupper() and spelled else matches
        ends = all(o.split()[-1] == name for o in matches)  # "United": "Leeds United", ...
        if len(matches) > 1 and (matches == spelled or ends):
            # a day: "GM" is the General Motors its own article names (not "Apple" the
            # "Apple iPods" of one of its articles), "United" the club its articles name most
            here = set(groups[name].sources)
            shared = {o: len(here & set(groups[o].sources)) for o in matches}
            most = max(shared.values())
            matches = [o for o in matches if shared[o] == most] if most else matches
        if len(matches) > 1:
            matches = _plainly_named(name, matches, groups) or matches
        if len(matches) == 1:  # "USI": the University of Southern Indiana, not "USI Art"
            long, short = groups[matches[0]], groups[name]
            words = matches[0].lower().split()  # "Kraft Foods" is Kraft's, in any article
            suffixed = len(words) == 2 and words[0] == name.lower() and short.kind == long.kind
            suffixed = suffixed and words[1] in COMPANY_SUFFIXES  # not "Sugar", an export
            if not (known_across(short, long, named_in.get(matches[0], 0)) or suffixed):
                continue
            if not (short.stories <= long.stories or _one_body(name, matches[0])):
                continue
            if short.kind == "place" and count_of(short) > PLACE_OVER_NAME * count_of(long):
                continue  # "Europe" 48 times is not a "Europe Union" (a slip) named once
            first = matches[0].split()[0] == name  # not initials: "ICRC" for the Red Cross
            if first and any(_camel(w) for w in matches[0].split()[1:]):
                continue  # "Apple iPods", "Sony eReader": the maker's product, not the maker
            if first and name.isupper() and count_of(short) >= 3 * count_of(long):
                short.absorb(groups.pop(matches[0]))  # "NASA" 29 times, "NASA Sun & Space" once
            else:
                long.absorb(groups.pop(name))
    _merge_of_the(groups, named_in)


def _merge_of_the(groups: dict[str, Group], named_in: dict[str, int]) -> None:
    """Fold "Red Cross" into the "International Committee of the Red Cross": a body of
    several words named as the end of another's "... of the ..." name (not when two such
    names end alike, the Committee and the Federation; nor "Earth", a place, of "Friends of
    the Earth")."""
    by_tail: dict[str, list[str]] = defaultdict(list)
    for org, group in groups.items():
        if group.kind == "organisation" and " of the " in org:
            by_tail[org.rsplit(" of the ", 1)[1]].append(org)
    for name in [n for n in by_tail if n in groups and " " in n]:
        short, matches = groups[name], [o for o in by_tail[name] if o in groups]
        if short.kind != "organisation" or len(matches) != 1:
            continue
        long = groups[matches[0]]
        if known_across(short, long, named_in.get(matches[0], 0)) and short.stories <= long.stories:
            long.absorb(groups.pop(name))


def _camel(word: str) -> bool:
    return word[:1].islower() and any(c.isupper() for c in word[1:])


def _one_body(short: str, full: str) -> bool:
    """Whether a short form from another story is this organisation: initials of three
    letters or more ("SNP"), or its first word when the rest only says what kind of body it
    is ("Highland Council"); not "PE" for the "Polar Express", nor "Kodak" for the "Kodak
    Theatre" (``lexicon.BODY_KIND_WORDS``)."""
    if short in (initials(full), initials(full, every=True)):
        return len(short) >= 3
    words = full.split()
    return words[0] != short or {w.lower() for w in words[1:]} <= BODY_KIND_WORDS


def _plainly_named(name: str, matches: list[str], groups: dict[str, Group]) -> list[str]:
    """ "Columbia" is Columbia University, named three times, not the "Columbia Medical
    School" named once: the one that only adds a body's word ("Ferguson Police Department"
    adds two) and is named most, twice as often as any other."""
    if groups[name].kind != "organisation":
        return []  # "Washington", a place, is no "Washington Post"
    here = set(groups[name].sources)  # in a day, one its own article names
    plain = [o for o in matches if len(o.split()) == 2 and o.split()[0] == name]
    plain = [o for o in plain if here & set(groups[o].sources)]
    plain = [o for o in plain if o.split()[1].lower() in ORG_NAME_WORDS]
    if not plain:
        return []
    best = max(plain, key=lambda o: count_of(groups[o]))
    rest = [count_of(groups[o]) for o in matches if o != best]
    return [best] if all(2 * n <= count_of(groups[best]) for n in rest) else []


PLACE_OVER_NAME = 5  # a place named this many times more than a name it begins


def _only_where(place: Group) -> bool:
    """A place named as where ("in Maryland", "Massachusetts prisons"), not one that acts
    ("Liverpool won", the club)."""
    return not (place.subjects or place.speaks) or 2 * place.located >= count_of(place)


_PLACE_TAILS = LANDSCAPE_WORDS | PLACE_NAME_WORDS


def merge_place_tails(groups: dict[str, Group]) -> None:
    """ "the Strip" of the "Las Vegas Strip", "the Valley" of "Napa Valley": a place's last
    word, a common noun, used alone for the one place of that name its articles name."""
    by_last: dict[str, list[str]] = defaultdict(list)
    for name, group in groups.items():
        words = name.split()
        if len(words) > 1 and group.kind == "place":
            if words[-1].lower() in _PLACE_TAILS:
                by_last[words[-1]].append(name)
    # a place alone: not "Hill" or "Hall", a person, beside "Capitol Hill" or "City Hall"
    for name in [n for n in by_last if n in groups and groups[n].kind == "place"]:
        here = set(groups[name].sources)
        full = [n for n in by_last[name] if n in groups and here <= set(groups[n].sources)]
        if len(full) == 1:
            groups[full[0]].absorb(groups.pop(name))


def merge_organisation_tails(groups: dict[str, Group]) -> None:
    """ "the Water Bureau" of the "Portland Water Bureau", "the Supreme Court" of the "US
    Supreme Court": an organisation's name less the place it opens with, in the story that
    names it in full, when that story names one such. Not a party ("Labour Party" beside
    "Scottish Labour Party" is another), nor another word before ("Syrian Army" is not the
    "Free Syrian Army"), nor a list the tagger ran together ("Duchy of Lancaster and Duchy
    of Cornwall")."""
    orgs = [n for n, g in groups.items() if g.kind == "organisation" and " " in n]
    by_tail: dict[str, list[str]] = defaultdict(list)
    for name in orgs:
        first, tail = name.split(" ", 1)
        if " " in tail and " and " not in name and _a_place_word(first, groups):
            by_tail[tail].append(name)
    for name in [n for n in orgs if n in by_tail]:
        if name.split()[-1].lower() in PARTY_NAME_WORDS or name not in groups:
            continue
        story = groups[name].stories
        full = [f for f in by_tail[name] if f in groups and groups[f].stories & story]
        if len(full) == 1:
            groups[full[0]].absorb(groups.pop(name))


_COUNTRY_FORMS = frozenset(f.rstrip(".") for forms in COUNTRY_ALIASES.values() for f in forms)


def _a_place_word(word: str, groups: dict[str, Group]) -> bool:
    """ "US", "U.N.", "Indiana" where the story names Indiana as a place."""
    if word in COUNTRIES or word.lower().rstrip(".") in _COUNTRY_FORMS:
        return True
    group = groups.get(word)
    return group is not None and group.kind in ("place", "country")
