"""Who a word refers to: names, titles, pronouns and "our government" to actors."""

from __future__ import annotations

import bisect
from collections import Counter
from typing import TYPE_CHECKING

from briefing.analysis.antecedents import Antecedents
from briefing.analysis.bodies import Bodies, defined_before
from briefing.analysis.entities import alias_map
from briefing.analysis.names import first_name_before, first_name_gender, normalise
from briefing.analysis.offices import Offices
from briefing.analysis.referents import (
    apposed_name,
    body_of,
    can_act,
    entity_of,
    named_modifier,
    office_of,
    one_of_a_people,
    peoples_body,
    plural_people_before,
    possessor,
    voice_owner,
)
from briefing.analysis.roles import bare_office, title_word
from briefing.analysis.sides import Sides
from briefing.analysis.speakers import Speakers, untitled
from briefing.models import Actor, Mention
from briefing.nlp.lexicon import (
    ABBREVIATED_TITLES,
    AGENT_NOUNS,
    BUSINESS_NOUNS,
    CAPITALS,
    COMPANY_SUFFIXES,
    COUNSEL,
    DEMONYMS,
    FIRST_PLURAL,
    FIRST_SINGULAR,
    MERGED,
    PERSON_NOUNS,
    PRONOUN_GENDER,
    RANK_MODIFIERS,
    REPORTING_VERBS,
    ROLE_WORDS,
    SIDE_NOUNS,
    STAKEHOLDER_NOUNS,
    THIRD_PERSON,
    THIRD_PLURAL,
    TITLE_GENDER,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


IT_REACH = 300  # characters: about the sentence before
# what a one-word name may be short for ("Kraft Foods"), in a fixed order
_NAMED_KINDS = ("party", *sorted(COMPANY_SUFFIXES))
DESCRIBED_REACH = 1000  # "the space agency": a subject of the last few sentences


class Resolver(Sides, Antecedents, Speakers, Offices, Bodies):
    """Names, titles and pronouns to actors; whose side each speaks for (``Sides``)."""

    def __init__(self, actors: list[Actor], mentions: list[Mention], dateline: str = ""):
        self.actors = {a.name: a for a in actors}
        self.dateline = dateline  # the country the article is filed from, if it says
        self.aliases = alias_map(actors)
        surnames = Counter(n.split()[-1] for n, a in self.actors.items() if _full_person(a))
        # "Lind" for "Sara Lind", when only one full name ends that way.
        self._by_surname = {
            n.split()[-1]: n
            for n, a in self.actors.items()
            if _full_person(a) and surnames[n.split()[-1]] == 1
        }
        named = [(m.start, self.name(m.titled or m.text), m) for m in mentions]
        named = [(start, name, m) for start, name, m in named if name]
        named.sort(key=lambda x: x[0])
        self._starts = [start for start, _, _ in named]
        self._named = named
        self._of: dict[str, str] = {}
        self._affiliations: dict[str, str | None] = {}
        # the title words each person is given anywhere ("gen." read as "general")
        self._titles: dict[str, set[str]] = {}
        for _, name, mention in named:
            text = f"{mention.role} {mention.title} {mention.titled}"
            words = [w.rstrip(".") for w in text.lower().replace(",", " ").split()]
            words.append(mention.text.split()[0].lower().rstrip("."))  # "Mrs Holt" as tagged
            self._titles.setdefault(name, set()).update(
                ABBREVIATED_TITLES.get(w, w).lower() for w in words
            )
        self._gender: dict[str, str] = {}
        for name, words in self._titles.items():
            genders = {TITLE_GENDER[w] for w in words if w in TITLE_GENDER}
            genders |= {first_name_gender(name)} - {""}  # "Gordon Brown"
            if len(genders) == 1:  # "Mrs Thatcher"; both kinds of title: unknown
                self._gender[name] = genders.pop()
        for _, name, mention in named:
            side = (self.name(mention.affiliation) if mention.affiliation else None) or (
                self._side_in_role(mention.role)
            )
            if side and side != name:
                self._of.setdefault(name, side)

    def name(self, text: str) -> str | None:
        """The actor a name, alias, demonym or capital stands for."""
        text = " ".join(text.split())
        for form in (text, normalise(text)):
            if form.lower() in self.aliases:
                return self.aliases[form.lower()]
        country = DEMONYMS.get(text) or CAPITALS.get(text)
        if country and country.lower() in self.aliases:
            return self.aliases[country.lower()]
        if text.istitle() and " " not in text:
            # "Conservative": the party; "Emirates" (of "Emirates President Tim Clark"):
            # Emirates Airline (a title word is never a company's short name)
            kinds = ("party",) if title_word(text) else _NAMED_KINDS
            full = next((f for k in kinds if (f := f"{text.lower()} {k}") in self.aliases), None)
            if full:
                return self.aliases[full]
        return self._by_surname.get(text)

    def is_person(self, name: str) -> bool:
        actor = self.actors.get(name)
        return actor is not None and actor.kind == "person"

    def is_place(self, name: str | None) -> bool:
        """A town or region, not a country ("West Glamorgan would return")."""
        actor = self.actors.get(name or "")
        return actor is not None and actor.kind == "place"

    def may_be(self, name: str, pronoun: str) -> bool:
        """Whether "he" or "she" can mean this actor: not "she" for Tom Reed or Mr Holt, nor
        for a party or a firm."""
        wanted = PRONOUN_GENDER.get(pronoun, "")
        if wanted and name in self.actors and not self.is_person(name):
            return False
        return not wanted or self._gender.get(name, wanted) == wanted

    def last(
        self,
        before: int,
        kind: str | None = None,
        plural: bool = False,
        within: int | None = None,
        gender: str = "",
        described: bool = True,
        besides: str = "",
    ) -> str | None:
        """The most recent actor mentioned before a character offset (``within`` that many
        characters, and then only a subject; ``gender`` "m" or "f" passes over a person
        the text titles otherwise; ``plural`` passes over people; ``described=False`` passes
        over a name that only says what kind of thing a phrase is, "a new Access Services
        division"; ``besides`` passes over that actor)."""
        i = bisect.bisect_left(self._starts, before)
        fallback = None
        for start, name, mention in reversed(self._named[:i]):
            actor = self.actors.get(name)
            if within is not None and (before - start > within or not mention.subject):
                continue
            if mention.described and not described:
                continue
            if actor is None or (gender and self._gender.get(name, gender) != gender):
                continue
            if name == besides:
                continue
            if plural and actor.kind == "person":
                continue  # "they" is a group, not the last person named
            if kind is None or actor.kind == kind:
                if kind != "person" or mention.subject:
                    return name  # "she" is most often the last person who did something
                fallback = fallback or name
        return fallback

    def people_between(self, start: int, end: int) -> set[str]:
        """The people named between two character offsets."""
        i, j = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return {name for _, name, _ in self._named[i:j] if self.is_person(name)}

    def token(self, token: Token, offset: int, speaker: str = "") -> str | None:
        """The actor a subject token refers to; ``speaker`` is set inside a quote."""
        party = self._party_in_power(token)
        if party:
            return party  # "a Labour government would scrap fees": Labour's word
        if token.text == "PM" and any(c.lower_ == "the" for c in token.children):
            return self._prime_minister(token, offset)
        span = entity_of(token)
        if span is not None and one_of_a_people(token):
            return None  # "The Slovakian will meet": a player, not Slovakia
        if span is not None:
            # "Comedian Tom Reed", tagged with the title: Tom Reed, as a speaker is
            name = self.titled_name(span) or self.name(span.text) or ""
            if not name and span.label_ == "PERSON":
                name = self.name(untitled(span)) or ""
            # A capital that acts ("Washington is ready to") is its government.
            name = CAPITALS.get(name) or CAPITALS.get(span.text) or name
            if name or apposed_name(token) is None:  # "The Liberal Premier ..., Mike Baird"
                return name or None
        joined = token.head if token.dep_ == "conj" else token  # "the SU and LSE are"
        if token.pos_ == "PROPN" and joined.dep_ in ("nsubj", "nsubjpass"):
            # "Krähenbühl will meet", "the IAAF will lodge": known in full; a name that
            # only "is" something ("The Aviator should be ahead") may be a film's
            bare = not any(c.dep_ in ("compound", "nmod") for c in token.children)
            if bare:
                known = self.name(token.text)
            else:  # not "France" of "Stade de France"; "Nicola Sturgeon" of "Scottish First
                # Minister Nicola Sturgeon", untagged: the first name and the surname
                first = first_name_before(token)
                known = self.name(f"{first} {token}") if first is not None else None
            kind = self.actors[known].kind if known in self.actors else ""
            if known and kind != "place" and (kind == "person" or token.head.lemma_ != "be"):
                return known  # a town ("Bridgend would join") commits to nothing
        named = apposed_name(token)
        if named is not None:
            return self.token(named, offset, speaker)  # "its chief executive, Sara Lind"
        word = token.lower_
        at = offset + token.idx
        if word in FIRST_SINGULAR and speaker:
            return speaker
        if word in FIRST_PLURAL and speaker:
            return self.side(speaker)
        if word in THIRD_PERSON:
            if self._unnamed_since(token, offset):
                return None  # "A pub spokesman said ... He refused to": not the king named before
            gender = PRONOUN_GENDER.get(word, "")
            who = self.person_before(token, gender) or self.last(at, "person", gender=gender)
            if who and self._rival_since(token, offset, who, gender):
                return None
            if who and self._newcomer_since(token, offset, who, gender):
                return None
            return None if speaker and who == speaker else who  # a speaker says "I"
        if word in THIRD_PLURAL:
            people = plural_people_before(token)
            if people is not None:
                # "Both men claimed that they ... and asked": the men, unnamed; "officials
                # at the department said they would": the department
                owner = voice_owner(people, described=True)
                return self.token(owner, offset, speaker) if owner is not None else None
            who = (
                self._governing_subject(token)
                or self._subject_before(token)
                or self.last(at, None, plural=True, within=IT_REACH)
            )
            # in a speaker's words "they" are others: the speaker's side says "we"
            return None if speaker and who in (speaker, self.side(speaker)) else who
        if word in ("it", "its"):
            # Only an organisation that was just the subject: "it" is as often the plan,
            # the bill or the system, and then the commitment is dropped.
            found = self.last(at, "organisation", within=IT_REACH)
            if word == "it" and token.dep_ in ("nsubj", "nsubjpass"):
                found = self._it_opens_on(token, offset, found)
                if found and self.thing_before(token, found):
                    return None  # "MESSENGER is running out of fuel and NASA says it will"
            latest = self.last(at, None, within=IT_REACH)
            if latest and latest != found and self.is_person(latest):
                if not self._speaking_here(token, latest):
                    return None  # "WL Ross agreed ... It also agreed": a firm tagged a person
            return found
        ours = any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children)
        if ours and speaker and token.tag_ == "NNS" and token.lemma_.lower() in AGENT_NOUNS:
            return self.side(speaker)  # "All our officers are happy to": the speaker's side
        voice = voice_owner(token)
        if voice is not None:  # "a spokesman for the ministry", "U.S. officials"
            return self.token(voice, offset, speaker)
        people = peoples_body(token)
        if people is not None:  # "Chinese leaders have said": China's word
            return self.token(people, offset, speaker)
        office = office_of(token)
        if office is not None:  # "the president of Vessia will visit": Vessia's word
            return self.token(office, offset, speaker)
        if word in SIDE_NOUNS:
            if any(c.lower_ in ("a", "an", *MERGED) for c in token.children):
                return None  # "a Texas company": some company; "the combined firm": two
            owner = possessor(token) or named_modifier(token) or body_of(token)
            who = self.token(owner, offset, speaker) if owner is not None else None
            if who and self._nationality(token, owner, who):
                # "the US firm agreed to pay": a firm from there, and which one is a guess
                # (the last company named was as often the other party)
                return None
            if owner is not None:
                return self.side(who) if who and who in self.actors else who
            described = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.children)
            # "the space agency": NASA, which acted just before; "the rebel group": not the
            # "old-model Mercedes" a man sat in
            reach = DESCRIBED_REACH if described else None
            # (not "the company", as often the other firm of a deal, named since)
            defined = None if described or word in BUSINESS_NOUNS else defined_before(token)
            if defined is not None:  # "The group, WeWorkers Coalition, formed": that group
                return self.token(defined, offset, speaker)
            who = self.named_like(word, SIDE_NOUNS[word], at, reach)
            if who and word == "group" and self.body_described_since(token, offset, who):
                return None
            reported = token.head.dep_ in ("ccomp", "pcomp")  # "saying the group would"
            if who and reported and self._other_body_first(token, who):
                return None  # "an executive at Euronext as saying the group would": which?
            if who is None and word == "government" and not speaker:  # a quote's: its own
                return self.government_here(token)
            return who
        definite = any(c.lower_ == "the" for c in token.children)
        if word in ROLE_WORDS and definite:
            modifiers = frozenset(
                c.lower_ for c in token.children if c.dep_ in ("compound", "amod")
            )  # "the vice president", "the deputy governor"
            titled = self.last_titled(word, at, modifiers & RANK_MODIFIERS)
            if titled:
                return titled
            if not modifiers and bare_office(token):
                return self._called_by_office(token, offset)
            if not modifiers & RANK_MODIFIERS:
                described = self._described_at_opening(token, offset, ROLE_WORDS)
                if described:
                    return described
        if word in PERSON_NOUNS and definite:
            # "the Italian journalist Eugenio Scalfari ... the journalist pledged": the
            # person just described so (not far back: "the mother" of another story)
            titled = self.last_titled(word, at, within=DESCRIBED_REACH)
            if titled:
                return titled
            described = self._described_at_opening(token, offset, PERSON_NOUNS)
            if described:
                return described
        compound = " ".join(
            t.text
            for t in token.subtree
            if t.i < token.i
            and not (t.text in DEMONYMS and t.ent_type_ == "NORP")
            and (t.dep_ == "compound" or (t.dep_ == "amod" and t.ent_type_ != "NORP"))
        )  # "Syrian rebels", "the Scottish Executive" are not Syria or Scotland; nor are the
        # names after the noun ("officials at the official Kent house", "firms who ... RFID")
        counted = token.tag_ == "NNS" and any(c.dep_ == "nummod" for c in token.children)
        if counted or any(c.lower_ in ("former", "ex") for c in token.children):
            return None  # "Eighteen former Enron directors", "47 Labour MPs who rebelled"
        if compound and token.lemma_.lower() not in STAKEHOLDER_NOUNS | COUNSEL:
            # a name the NER missed this time: "Calder Marine Terminals said"
            whole = self.name(f"{compound} {token.text}")
            if whole or not can_act(token):
                return whole  # "the five-year DfID funding will enable": a thing, not DfID
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
                return None  # "a Tyson worker warning": some worker, not Tyson's word
            return self.name(compound)
        return None

    def thing_before(self, it: Token, found: str) -> bool:
        """Another thing named as a subject earlier in the sentence than "it", in a clause of
        its own that is no "is", and not the body found: "it" may be either."""
        clause = it.head
        saying = clause.head if clause.dep_ == "ccomp" else None
        for t in it.sent:
            if t.i >= it.i:
                return False
            if t.dep_ != "nsubj" or t.tag_ != "NNP" or t.head in (clause, saying):
                continue
            if t.head.dep_ not in ("ROOT", "conj"):
                continue  # "demanded that Norvik guarantee ..., and said it would": what was
                # asked of another, not a second thing the sentence tells of
            span = entity_of(t)
            name = self.name(span.text if span is not None else t.text)
            if t.ent_type_ != "PERSON" and t.head.lemma_ != "be" and name != found:
                return True
        return False

    def _speaking_here(self, token: Token, person: str) -> bool:
        """ "Levy added that ..., and it will not": the person who speaks in this sentence,
        before "it", is not what "it" means."""
        return any(
            t.dep_ == "nsubj"
            and t.i < token.i
            and t.head.lemma_.lower() in REPORTING_VERBS
            and self.name(t.text) == person
            for t in token.sent
        )


def _full_person(actor: Actor) -> bool:
    return actor.kind == "person" and " " in actor.name
