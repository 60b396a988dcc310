"""Actors: the people, organisations, places and groups the articles name.

spaCy's NER finds the mentions; this module merges their aliases ("Antony
Blinken", "Blinken", "Mr. Blinken"; "US", "the United States"), finds roles in
titles and appositions, drops NER debris, and ranks actors by salience.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.models import Actor, Mention
from briefing.nlp.lexicon import (
    ABBREVIATED_TITLES,
    CAPITALS,
    COMPASS,
    COUNTRIES,
    COUNTRY_ALIASES,
    DEMONYMS,
    HONORIFICS,
    NEWS_OUTLETS,
    ORG_NAME_WORDS,
    PORTFOLIO_TITLES,
    PORTFOLIOS,
    ROLE_PRIORITY,
    ROLE_WORDS,
    SPEECH_VERBS,
    TITLE_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

KINDS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
}

_CANONICAL = {alias: name for name, aliases in COUNTRY_ALIASES.items() for alias in aliases}
_LEADING = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\s*['’]s?$")
_HONORIFIC = re.compile(r"^(?:(?:{})\.?\s+)+".format("|".join(HONORIFICS)), re.I)


@dataclass
class _Group:
    name: str
    kinds: Counter = field(default_factory=Counter)
    forms: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    first: int = 10**9
    speaks: int = 0
    subjects: int = 0
    sources: list[str] = field(default_factory=list)

    def add(self, mention: Mention, kind: str, order: int) -> None:
        self.kinds[kind] += 1
        self.forms[_LEADING.sub("", " ".join(mention.text.split()))] += 1
        if mention.titled:
            self.forms[mention.titled] += 0  # "Mr. Blinken": an alias form, not another mention
        if mention.role:
            self.roles[mention.role] += 1
        self.first = min(self.first, order)
        self.speaks += mention.speaks
        self.subjects += mention.subject
        if mention.source_id not in self.sources:
            self.sources.append(mention.source_id)

    def absorb(self, other: _Group) -> None:
        self.kinds.update(other.kinds)
        for form, count in other.forms.items():
            self.forms[form] += count
        self.roles.update(other.roles)
        self.first = min(self.first, other.first)
        self.speaks += other.speaks
        self.subjects += other.subjects
        self.sources.extend(s for s in other.sources if s not in self.sources)

    @property
    def kind(self) -> str:
        if self.name in COUNTRIES:
            return "country"
        if self.name in COUNTRY_ALIASES:
            return "organisation"  # the European Union, the United Nations, NATO
        kind = self.kinds.most_common(1)[0][0]
        return "organisation" if kind == "group" else kind  # "Republicans", "the Greens"


def normalise(text: str) -> str:
    """The canonical form of a name: no article, possessive or honorific; country aliases folded."""
    text = " ".join(text.split())
    text = _POSSESSIVE.sub("", _LEADING.sub("", text)).strip()
    text = _HONORIFIC.sub("", text).strip() or text
    return _CANONICAL.get(text.lower().rstrip("."), _CANONICAL.get(text.lower(), text))


def mentions_from_doc(doc: Doc, offset: int, source_id: str) -> list[Mention]:
    """Named mentions of a parsed chunk, with roles, titles and speaker flags."""
    titles = {ent.start: _title_before(ent) for ent in doc.ents if ent.label_ == "PERSON"}
    title_ranges = [(t.start_char, t.end_char) for t in titles.values() if t is not None]
    out = []
    for ent in doc.ents:
        if ent.label_ not in KINDS or is_dateline(ent):
            continue
        if ent.label_ == "PERSON" and ent.text.islower():
            continue  # "pale and gaunt" tagged a person: a person's name has a capital
        title = titles.get(ent.start)
        role = _clean_role(title.text) if title is not None else ""
        if not role and ent.label_ == "PERSON":
            role = _apposition_role(ent) or _abbreviated_title(ent)
        out.append(
            Mention(
                text=ent.text,
                label=ent.label_,
                start=offset + ent.start_char,
                end=offset + ent.end_char,
                source_id=source_id,
                role=role,
                titled=_titled_form(ent),
                title=title.text if title is not None else _honorific_before(ent),
                speaks=_speaks(ent),
                subject=ent.root.dep_ in ("nsubj", "nsubjpass"),
                affiliation=_of_whom(ent),
                # "State" in "Secretary of State" is part of a title, not an actor.
                in_role=any(a <= ent.start_char and ent.end_char <= b for a, b in title_ranges)
                or _is_portfolio(ent),
            )
        )
    return out


def _honorific_before(ent: Span) -> str:
    """ "Mr" in "Mr Mark Addison": no role, but it says who "he" can be."""
    before = ent.doc[ent.start - 1] if ent.start else None
    return before.text if before is not None and before.lower_.rstrip(".") in HONORIFICS else ""


def _is_portfolio(ent: Span) -> bool:
    """ "State" in "the Secretary of State, Anna Brooks", "Communities" in "The Communities
    Secretary insisted" (with no name right after the title)."""
    if ent.label_ != "ORG" or ent.text.lower() not in PORTFOLIOS:
        return False
    doc, i = ent.doc, ent.start
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return after in PORTFOLIO_TITLES or (
        i >= 2 and doc[i - 1].lower_ in ("of", "for") and doc[i - 2].lower_ in ROLE_WORDS
    )


def _title_before(ent: Span) -> Span | None:
    """The title right before a name: "US Secretary of State" Antony Blinken."""
    doc = ent.doc
    i = ent.start
    start = i
    while i > ent.sent.start:
        token = doc[i - 1]
        word = token.text
        if token.ent_type_ == "PERSON":
            break  # another person's name: "Prime Minister Lena Holm and opposition leader"
        if word.lower() in ROLE_WORDS or word.lower().rstrip(".") in HONORIFICS:
            start = i - 1
        elif (
            token.pos_ in ("PROPN", "ADJ", "NOUN") and start < ent.start and token.head.i > token.i
        ):
            start = i - 1  # a modifier of a title already found: "Foreign", "opposition"
            # (not the verb the name hangs on, tagged a noun: "attack Tory leader Howard")
        elif word.lower() in ("of", "for", "the") and start < ent.start:
            pass  # may join "Secretary of State"; kept only if more title follows
        elif word[:1].isupper() and token.pos_ == "PROPN" and start == ent.start and i > 1:
            start = i - 1  # "Foreign Minister" before the title word is known
        else:
            break
        i -= 1
    span = doc[start : ent.start]
    while len(span) and span[0].lower_ in ("of", "for", "the"):
        span = doc[span.start + 1 : span.end]
    if not len(span) or not any(t.lower_ in ROLE_WORDS for t in span):
        return None
    return span


def _apposition_role(ent: Span) -> str:
    """ "the union's general secretary, Ruth Adeyemi" or "Henrik Dahl, Norvik's chief"."""
    root = ent.root
    candidates = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        candidates.append(root.head)
    for head in candidates:
        if head.i in range(ent.start, ent.end):
            continue
        words = [t for t in head.subtree if t.i < ent.start or t.i >= ent.end]
        words = [t for t in words if t.dep_ != "appos" or t.i == head.i]
        words = [t for t in words if not t.is_punct]
        run = _contiguous(words, head)
        phrase = _clean_role(ent.doc[run[0].i : run[-1].i + 1].text)
        if phrase and any(w.lower() in ROLE_WORDS for w in re.split(r"[\s-]+", phrase)):
            return _short_role(phrase)  # "president of the group", "president-elect"
    return ""


def _abbreviated_title(ent: Span) -> str:
    """ "Sen. Elizabeth Warren": the Senator."""
    if ent.start == 0:
        return ""
    before = ent.doc[ent.start - 1].text.lower().rstrip(".")
    return ABBREVIATED_TITLES.get(before, "")


def _short_role(role: str, most: int = 8) -> str:
    """ "president of the international aid group Doctors Without Borders" stays whole; a
    longer apposition is cut before its last "at", "of" or "for" in reach, else after
    ``most`` words, never ending on a function word."""
    words = role.split()
    if len(words) <= most + 1:
        return role
    # "chief financial officer and treasurer at the Andy Warhol Foundation": the post
    cut = [i for i, w in enumerate(words[: most + 1]) if w in ("at", "of", "for") and i > 1]
    words = words[: cut[-1]] if cut else words[:most]
    while words and words[-1].lower() in ("of", "the", "a", "an", "and", "at", "in", "for"):
        words.pop()
    return " ".join(words)


def _contiguous(tokens: list, head) -> list:
    """The run of tokens around ``head`` (always included) without gaps."""
    by_index = {t.i: t for t in tokens}
    by_index[head.i] = head
    lo = hi = head.i
    while lo - 1 in by_index:
        lo -= 1
    while hi + 1 in by_index:
        hi += 1
    return [by_index[i] for i in range(lo, hi + 1)]


_ROLE_LEAD = re.compile(r"^(?:(?:the|a|an|his|her|its|their|our|my|your)\s+)+", re.I)


def _clean_role(text: str) -> str:
    text = " ".join(text.split()).strip(" ,-–—")
    text = _ROLE_LEAD.sub("", text)
    words = text.split()
    while words and words[-1].lower().rstrip(".") in HONORIFICS:
        words.pop()
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def _titled_form(ent: Span) -> str:
    """ "Secretary Blinken" or "Mr. Blinken", when the text writes a surname that way."""
    if ent.start == 0 or len(ent) > 1:
        return ""
    before = ent.doc[ent.start - 1]
    word = before.text.rstrip(".").lower()
    if word in HONORIFICS or word in TITLE_WORDS:
        surname = ent.text.split()[-1]
        return f"{before.text} {surname}"
    return ""


def is_dateline(ent: Span) -> bool:
    """ "VIENNA, Jan 14 -": a place name in capitals that opens a paragraph."""
    if not (ent.text.isupper() and len(ent.text) > 2):
        return False
    # only the tokens just before it: doc.text would rebuild the whole text per entity
    before = ent.doc[max(0, ent.start - 3) : ent.start].text_with_ws.rstrip(" ")
    return not before or before.endswith("\n")


def _of_whom(ent: Span) -> str:
    """ "Ostrava" in "Foreign Minister Elena Kovar of Ostrava"."""
    for prep in ent.root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "ORG", "NORP"):
                    ents = [e for e in ent.doc.ents if e.start <= pobj.i < e.end]
                    return ents[0].text if ents else pobj.text
    return ""


def _speaks(ent: Span) -> bool:
    root = ent.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_VERBS


def find_actors(
    mentions: list[Mention], limit: int | None = 12, involved: Counter | None = None
) -> list[Actor]:
    """Merge mentions into actors, most salient first; ``involved`` counts, by actor name,
    the commitments each makes or is the target of ("called on Premier Mike Baird")."""
    groups: dict[str, _Group] = {}
    seen_in: Counter = Counter()
    for mention in mentions:
        kind = KINDS[mention.label]
        name = normalise(mention.text)
        if mention.in_role or not any(c.isalpha() for c in name) or name in COMPASS:
            continue  # "the North" says which, only to a reader who knows the story
        capital = CAPITALS.get(name)
        if capital and mention.speaks:
            name, kind = capital, "place"  # "Washington said": the government speaks
        order = seen_in[mention.source_id]
        seen_in[mention.source_id] += 1
        groups.setdefault(name, _Group(name)).add(mention, kind, order)
    _merge_people(groups)
    _merge_organisations(groups)
    _merge_demonyms(groups)
    for name in [n for n, g in groups.items() if not _is_actor(g)]:
        del groups[name]
    total = sum(sum(g.forms.values()) for g in groups.values()) or 1
    involved = involved or Counter()
    actors = [_actor(g, total, involved[g.name]) for g in groups.values()]
    actors.sort(key=lambda a: (-a.salience, a.name))
    return actors[:limit]


def _is_actor(group: _Group) -> bool:
    """Not an outlet ("CNN"), an adjective ("Islamic"), or a town where things happened."""
    if group.name in NEWS_OUTLETS:
        return False
    if group.kind == "country":
        return True
    kinds = set(group.kinds)
    if kinds == {"group"} and not group.name.endswith("s"):
        return False  # "European", "Islamic": a demonym or adjective with no country named
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


def _merge_people(groups: dict[str, _Group]) -> None:
    """Fold "Blinken" (any NER label) into the one full name that ends with it."""
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for name, group in groups.items():
        if " " in name and (group.kind == "person" or _person_named_org(name, groups)):
            by_last[name.split()[-1]].append(name)
            by_first[name.split()[0]].append(name)
    for name in list(groups):
        full = by_last.get(name.split()[-1] if groups[name].kind == "person" else name, [])
        if not full and " " not in name:
            full = by_first.get(name, [])  # "Wang" for "Wang Tao": family name first
        if len(full) == 1 and full[0] != name and (" " not in name or _is_short_form(name)):
            target = groups[full[0]]
            target.absorb(groups.pop(name))
            target.kinds = Counter(person=sum(target.kinds.values()))


def _person_named_org(name: str, groups: dict[str, _Group]) -> bool:
    """ "Muhammadu Buhari" tagged as an organisation, while "Buhari" alone is a person (or,
    by the same small tagger, a place): people are called by their surname, organisations
    are not called by their last word."""
    last = groups.get(name.split()[-1])
    return (
        groups[name].kind == "organisation"
        and last is not None
        and last.kind in ("person", "place")
        and not any(w.lower() in ORG_NAME_WORDS for w in name.split())
    )


def _is_short_form(name: str) -> bool:
    first = name.split()[0].rstrip(".").lower()
    return first in HONORIFICS or first in TITLE_WORDS


def _merge_organisations(groups: dict[str, _Group]) -> None:
    """Fold "Norvik" into "Norvik Foods", and "CTWU" into "Coastal Transport Workers Union"."""
    by_short: dict[str, list[str]] = defaultdict(list)
    for org, group in groups.items():
        if " " in org and group.kind == "organisation":
            for short in {org.split()[0], _initials(org), _initials(org, every=True)}:
                by_short[short].append(org)
    for name in list(groups):
        if name not in groups or " " in name or set(groups[name].kinds) == {"group"}:
            continue  # "European" is a demonym, not "European Steel Association" cut short
        matches = [o for o in by_short.get(name, []) if o in groups]
        spelled = [o for o in matches if name in (_initials(o), _initials(o, every=True))]
        matches = spelled if len(name) > 1 and name[-1].isupper() and spelled else matches
        if len(matches) == 1:  # "USI": the University of Southern Indiana, not "USI Art"
            groups[matches[0]].absorb(groups.pop(name))


def _initials(name: str, every: bool = False) -> str:
    """ "USI" for "University of Southern Indiana"; with ``every``, "IoD" for "Institute
    of Directors"."""
    return "".join(w[0] for w in name.split() if every or w[:1].isupper())


def _merge_demonyms(groups: dict[str, _Group]) -> None:
    """ "Russian officials" count toward Russia when the text names Russia."""
    places = {n for n, g in groups.items() if g.kind in ("place", "country")}
    for name in list(groups):
        if set(groups[name].kinds) != {"group"} and name not in DEMONYMS:
            continue  # "South Korean" is a demonym even when tagged as a place
        country = DEMONYMS.get(name) or _demonym_stem(name, places)
        if country in groups:
            groups[country].absorb(groups.pop(name))
        elif country:  # "Indonesian officials" with Indonesia never named: Indonesia acts
            groups[country] = _Group(country)
            groups[country].absorb(groups.pop(name))


def _demonym_stem(name: str, places: set[str]) -> str | None:
    """ "Indonesian(s)" -> Indonesia, "Iraqi" -> Iraq, "Canadian" -> Canada, when that
    place is named in the text or is a country."""
    name = name[:-1] if name.endswith("s") else name
    stems = [name[:-cut] for cut in (1, 2, 3)] + [name[:-3] + "a"]
    for stem in stems:
        if len(stem) >= 4 and (stem in places or stem in COUNTRIES):
            return stem
    return None


def _best_role(roles: Counter) -> str:
    """The most specific role: a title beats "counterpart"; longer beats shorter."""
    if not roles:
        return ""

    def key(item):
        role, count = item
        generic = any(w in role.lower().split() for w in ROLE_PRIORITY)
        titled = any(w[:1].isupper() and w.lower() in ROLE_WORDS for w in role.split())
        return (not generic, titled, count, len(role))

    return max(roles.items(), key=key)[0]


def _actor(group: _Group, total: int, involved: int = 0) -> Actor:
    mentions = sum(group.forms.values())
    # Frequent, early, speaking, committing and widely reported actors matter most.
    salience = (
        mentions / total
        + 0.1 / (1 + group.first)
        + 0.05 * min(group.speaks, 4)
        + 0.05 * min(involved, 4)
        + 0.1 * (len(group.sources) - 1)
    )
    return Actor(
        name=group.name,
        kind=group.kind,
        aliases=sorted(f for f in group.forms if f != group.name),
        role=_best_role(group.roles),
        mentions=mentions,
        salience=round(salience, 4),
        source_ids=list(group.sources),
    )
