"""How mentions merge into one actor: a surname into its full name, two spellings into one,
a middle name left out (an organisation's short forms: ``organisations``; a party's members
and demonyms: ``collectives``). Each ``merge_*`` folds groups of mentions in place."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from briefing.analysis.groups import Group, count_of, title_of
from briefing.analysis.names import first_name_gender
from briefing.nlp.lexicon import (
    CAPITALS,
    CLUB_NAME_WORDS,
    COMMON_TITLES,
    COUNTRIES,
    DEMONYMS,
    FUNCTION_WORDS,
    GENERATION_SUFFIXES,
    HONORIFICS,
    NATIONS,
    ORG_NAME_WORDS,
    PEER_TITLES,
    PLACE_NAME_WORDS,
    PRODUCT_WORDS,
    TITLE_GENDER,
    TITLE_WORDS,
)


def merge_people(groups: dict[str, Group]) -> None:
    """Fold "Blinken" (any NER label) into the one full name that ends with it, and "De
    Filippi" into "Loris De Filippi"; of two full names with one surname, the bare surname
    is the one introduced first, before it ("Clinton" for Hillary Clinton, named in the
    lead; Bill Clinton comes later)."""
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    named_in = {name: len(group.sources) for name, group in groups.items()}
    for name, group in groups.items():
        if not _reads_as_a_persons_name(name):
            continue
        if " " in name and (group.kind == "person" or _person_named_org(name, groups)):
            words = name.split()
            forms = [words]
            if len(words) > 2 and words[-1].lower() in GENERATION_SUFFIXES:
                forms.append(words[:-1])  # "Stancil" of "Kenneth Stancil III"
            for form in forms:
                for cut in range(1, len(form)):
                    by_last[_surname_key(" ".join(form[cut:]))].append(name)
            by_first[words[0]].append(name)
    for name in list(groups):
        if name not in groups:
            continue  # a full name renamed to the plainer one it absorbed
        group = groups[name]
        tail = name.split()[-1] if group.kind == "person" and " " not in name else name
        full = [f for f in by_last.get(_surname_key(tail), []) if f != name and f in groups]
        # "Kurt Volker" and "Ukraine Kurt Volker" are one person, whichever is folded first
        full = [f for f in full if not any(g.endswith(" " + f) for g in full)]
        full = [f for f in full if _same_gender(f, group)]  # "Lord Campbell": no Jane
        if _peer_and_commoner(group):
            full = []  # "Lord Janner" and his son "Mr Janner": which is Daniel Janner?
        if len(full) > 1:
            full = _the_one_meant(full, group, groups)
        # "Mr Andrew's proposals", written for Leighton Andrews's (not Andrew Morgan's; "Sir
        # John" is how one addresses Sir John Major, "Mr Lee" Lee Hsien Loong)
        if not full and first_name_gender(name) and _titled_plainly(group):
            full = [f for f in by_last.get(_surname_key(name + "s"), []) if f in groups][:1]
        called = False
        if not full and " " not in name:
            # "Wang" for "Wang Tao": family name first (not one already folded away; not
            # "American" for "American Southwest", nor the town for "Ferguson Mayor")
            full = [f for f in by_first.get(name, []) if f in groups]
            if group.kind != "person":
                full = [f for f in full if _first_name_of(name, group, groups[f])]
                called = bool(full)
            elif len(full) > 1 and _family_names(name, full):
                full = _described_alike(full, group, groups)  # "Lee, the party leader"
        if (
            not called
            and set(group.kinds) <= {"place"}
            and not (group.speaks or group.subjects or _titled_a_person(group))
        ):
            continue  # "drawn alongside Holland": the country, not Nathan Holland (not "Mr Bootle")
        if len(full) == 1 and _a_place_not_a_surname(name, group, groups[full[0]]):
            continue
        if len(full) == 1 and _a_place_tagged_a_person(name, groups[full[0]]):
            continue
        if len(full) == 1 and full[0] != name and _may_fold(name, group):
            target = groups[full[0]]
            plainer = _plainer(name, group, target)
            if not (plainer or known_across(group, target, named_in.get(full[0], 0), person=True)):
                continue
            target.absorb(groups.pop(name))
            target.kinds = Counter(person=sum(target.kinds.values()))
            if plainer:
                _rename(groups, target.name, name)


def _surname_key(surname: str) -> str:
    """ "al-Douri" and "Al-Douri" (opening a sentence), "de Villepin" and "De Villepin": one
    surname, whatever the case of its particle."""
    return surname[:1].lower() + surname[1:]


def _plainer(name: str, group: Group, full: Group) -> bool:
    """Whether a full name folded into a longer one is the better name for both: named more
    often, and what the longer one adds is debris ("Rhaid i Theresa May" in a Welsh quote,
    "Russian Mikhail Youzhny", "Ukraine Kurt Volker") or it starts with a first name."""
    if " " not in name or count_of(group) <= count_of(full):
        return False
    extra = full.name[: -len(name)].split()
    debris = any(w.islower() or w in DEMONYMS or w in COUNTRIES for w in extra)
    return debris or bool(first_name_gender(name))


def known_across(short: Group, full: Group, named_in: int, person: bool = False) -> bool:
    """Whether a short form is this full name: when every story it is in names the full
    one (two outlets' reports of one event are one story: "Shourd" is their Sarah Shourd),
    or when the day names the full one in two articles or more ("Blair" for Tony Blair);
    not the one florist named "Jenni Banks" for another article's "Mr Banks", nor "Google
    Adsense" for Google, nor one story's Congress Party for every story's "Congress"."""
    if short.stories <= full.stories or _titled_alike([full.name], short, {full.name: full}):
        return True  # ... or "President Novak" for the day's only President Petr Novak
    if person and not (short.subjects or short.speaks or short.arguments):
        return False  # a team sheet's "Williams" is not the day's Serena Williams
    return named_in >= 2 and short.kind == full.kind


def _rename(groups: dict[str, Group], old: str, new: str) -> None:
    group = groups.pop(old)
    group.name = new
    groups[new] = group


def _same_gender(full: str, short: Group) -> bool:
    """Whether a titled surname ("Lord Campbell", "Mrs Brown") may be this full name: not
    when the first name says the other gender, unless a writer's slip says it less often
    than the right title ("Ms Sturgeon" three times, "Mr Sturgeon" once); nor, when the
    first name says none, when the surname is titled both ways."""
    named = first_name_gender(full)
    votes: Counter = Counter()
    for form in short.forms:
        gender = TITLE_GENDER.get(title_of(form), "")
        votes[gender] += max(short.forms[form] + short.titled[form], 1) if gender else 0
    if not named:
        # "Mr Robertson" and "Miss Robertson": a father and a daughter, and which one is
        # "Summer Robertson" the first name does not say
        return not (votes["m"] and votes["f"])
    against = sum(n for gender, n in votes.items() if gender not in ("", named))
    return not against or votes[named] > against


def _titled_a_person(group: Group) -> bool:
    """ "Mr Bootle", "Mrs Knott": a surname a title of address makes a person's."""
    return any(TITLE_GENDER.get(title_of(form)) for form in group.titled)


def _titled_plainly(group: Group) -> bool:
    """ "Mr Andrew", "Mrs Hale": a common title, not "Sir John" or "Lord Owen"."""
    return any(title_of(form) in COMMON_TITLES for form in group.titled)


def _peer_and_commoner(short: Group) -> bool:
    """ "Lord Janner" and "Mr Janner" in one report: a peer and a relative, two people."""
    titles = {title_of(form) for form in short.forms if " " in form}
    return bool(titles & PEER_TITLES and titles & COMMON_TITLES)


def _first_name_of(name: str, group: Group, full: Group) -> bool:
    """ "Nyia" (tagged a place) or "Odin" (an organisation) for the Nyia Parler or Odin Lloyd
    the text named first and then calls by first name. Not a country, a capital or a
    demonym ("Armenian" of "Armenian Genocide"); not a first word of what the tagger called
    a person but is a product or a title ("Xbox Live", "Ferguson Mayor"); not a club
    before a player's name ("Burnley Olivier Giroud")."""
    if _a_country_or_capital(name) or name in DEMONYMS:
        return False
    words = full.name.split()
    if set(group.kinds) == {"group"} or (len(words) > 2 and group.kind == "organisation"):
        return False
    if group.called_company or group.called_it:
        return False  # "Alba ... the company": the short name of "Alba Dairy", a firm
    lowered = {w.lower() for w in words}
    return (
        full.kind == "person"
        and full.first < group.first
        and not lowered & (ORG_NAME_WORDS | CLUB_NAME_WORDS | PRODUCT_WORDS | TITLE_WORDS)
    )


def _a_country_or_capital(name: str) -> bool:
    return name in COUNTRIES or name in CAPITALS or name in NATIONS


def _a_place_not_a_surname(name: str, group: Group, full: Group) -> bool:
    """ "Washington", mostly tagged a place, is not Isaiah Washington; "London" is not
    "Library London", nor "Newcastle" "BBC Newcastle" (a surname the tagger calls a place,
    "Hockney", still folds into a person)."""
    if " " in name or group.kinds["place"] <= 2 * group.kinds["person"]:
        return False
    if _a_country_or_capital(name):
        return True
    # a body named after a place the text names more often ("Muhammadu Buhari", tagged an
    # organisation, and "Buhari", tagged a place, once each, are one man)
    return full.kind != "person" and count_of(group) > 2 * count_of(full)


def _a_place_tagged_a_person(name: str, full: Group) -> bool:
    """ "Ms Hill" is not "Capitol Hill", tagged a person: two words, the last a place's, the
    first no first name we know, and never a subject, a speaker or given a role (as Lauren
    Hill, Wayne Bridge or "Ron Lane, the victim" are)."""
    words = full.name.split()
    if " " in name or len(words) != 2 or words[-1].lower() not in PLACE_NAME_WORDS:
        return False
    return not (first_name_gender(full.name) or full.subjects or full.speaks or full.roles)


def merge_spellings(groups: dict[str, Group]) -> None:
    """ "Robert Kilroy Silk" and "Robert Kilroy-Silk", "Nasa" and "NASA", "S&P" and "S & P"
    are one name, spelled two ways: folded into the spelling used more."""
    spelled: dict[str, list[str]] = defaultdict(list)
    for name in groups:
        spelled[_spelling(name)].append(name)
    for names in spelled.values():
        if len(names) > 1:
            # a capital first: "Netherlands", not a lower-cased feed's "netherlands"
            keep, *rest = sorted(
                names, key=lambda n: (not n[:1].isupper(), -count_of(groups[n]), groups[n].first)
            )
            for name in rest:
                groups[keep].absorb(groups.pop(name))


def _spelling(name: str) -> str:
    """ "Securities & Exchange Commission", "British Bankers Association", "Erik Näslund" and
    "Erik Naslund": one key."""
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    name = name.replace("-", " ").replace("&", " and ").replace("'", "").replace("\u2019", "")
    return " ".join(name.lower().split())


def merge_middle_names(groups: dict[str, Group]) -> None:
    """ "Hillary Clinton" and "Hillary Rodham Clinton" are one person: the same first and
    last names, one with a middle name (folded into the one named first)."""
    people = [n for n, g in groups.items() if g.kind == "person" and len(n.split()) >= 2]
    for short in [n for n in people if len(n.split()) == 2]:
        first, last = short.split()
        longer = [n for n in people if len(n.split()) > 2 and n.split()[0] == first]
        longer = [n for n in longer if n.split()[-1] == last and n in groups]
        if len(longer) == 1 and short in groups:
            keep, fold = sorted((short, longer[0]), key=lambda n: groups[n].first)
            groups[keep].absorb(groups.pop(fold))


def _reads_as_a_persons_name(name: str) -> bool:
    """Not "Hillary Clinton's Twitter", "Barrientos' Facebook", "New England", "Easter,
    Passover" or "Prisoners' Legal Services of Massachusetts", which the tagger called
    people: England and Massachusetts are no one's surname."""
    words = name.split()
    if re.search(r"['’]s? ", name) or "," in name or words[0] == "New":
        return False  # "Barrientos' Facebook": whose page, not a person
    return " of " not in name or words[0].lower().rstrip(".") in TITLE_WORDS | HONORIFICS


def _may_fold(name: str, group: Group) -> bool:
    """A surname, a titled surname, or a two-word surname ("De Filippi") that is no
    organisation by its words."""
    if " " not in name or _is_short_form(name):
        return True
    return not any(w.lower() in ORG_NAME_WORDS for w in name.split()) and len(name.split()) == 2


def _family_names(name: str, full: list[str]) -> bool:
    """Whether ``name`` opens ``full`` as a family name ("Lee" of Lee Jae-myung and Lee
    Sang-min), not as a first name ("Billy" of two Billys)."""
    return not first_name_gender(name) or all("-" in f.split()[-1] for f in full)


def _described_alike(names: list[str], short: Group, groups: dict[str, Group]) -> list[str]:
    """Of several full names, the one whose role shares a word with the short form's: "Lee,
    the Democratic Party leader" is Lee Jae-myung, "leader of the opposition Democratic
    Party", not Interior Minister Lee Sang-min (a bare first name, "David", says neither)."""
    words = {w for r in short.roles for w in r.lower().split() if w not in FUNCTION_WORDS}
    alike = [n for n in names if words & {w for r in groups[n].roles for w in r.lower().split()}]
    return alike if len(alike) == 1 else []


def _the_one_meant(names: list[str], short: Group, groups: dict[str, Group]) -> list[str]:
    """Of several full names, the one titled or called as the short form is, else the first
    introduced, of those its own article names if any (a day's "Howard" whose article names
    no one in full is the first Howard introduced)."""
    own = [f for f in names if set(groups[f].sources) & set(short.sources)]
    return (
        _titled_alike(names, short, groups)
        or _called_alike(own or names, short)
        or _introduced_first(own or names, short, groups)
    )


def _titled_alike(names: list[str], short: Group, groups: dict[str, Group]) -> list[str]:
    """Of several full names, the one role the surname carries too: "President Clinton" of
    a day that names both Hillary Clinton and President Bill Clinton."""
    roles = {r.lower() for r in short.roles}
    alike = [n for n in names if roles & {r.lower() for r in groups[n].roles}]
    return alike if len(alike) == 1 else []


def _called_alike(names: list[str], short: Group) -> list[str]:
    """Of several full names, the one whose first name has the gender the surname is called
    by: "Davis wrote that she ..." is Wendy Davis, not her husband Jeff Davis. Only when
    every other first name says the other gender ("Jackson" or "Taylor" says neither)."""
    she, he = short.called_she, short.called_he - short.called_she
    if she == he:
        return []
    called = "f" if she > he else "m"
    genders = [first_name_gender(n) for n in names]
    if genders.count(called) != 1 or "" in genders:
        return []
    return [names[genders.index(called)]]


def _introduced_first(names: list[str], short: Group, groups: dict[str, Group]) -> list[str]:
    """Of several full names, the one the text introduces first, when that comes before
    the bare surname: the story's person, whom it then calls by surname ("Bruce Jenner's
    transition ... Jenner" while Kris Jenner comes later)."""
    first = min(names, key=lambda n: groups[n].first)
    return [first] if groups[first].first < short.first else []


def _person_named_org(name: str, groups: dict[str, Group]) -> bool:
    """ "Muhammadu Buhari" tagged as an organisation, while "Buhari" alone is a person (or,
    by the same small tagger, a place): people are called by their surname, organisations
    are not called by their last word."""
    last = groups.get(name.split()[-1])
    return (
        groups[name].kind == "organisation"
        and last is not None
        and last.kind in ("person", "place")
        and not any(w.lower() in ORG_NAME_WORDS for w in name.split())
        and name.split()[0].lower() != "team"  # "Team Britney" is not called "Britney"
    )


def _is_short_form(name: str) -> bool:
    first = title_of(name)
    return first in HONORIFICS or first in TITLE_WORDS
