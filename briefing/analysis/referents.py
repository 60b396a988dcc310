"""What a noun or pronoun in a parse points at, before any actor is looked up: the entity a
token is in, the name before a noun, whom a spokesman speaks for, one of a people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.spans import name_only, tagged_names
from briefing.nlp.lexicon import (
    AGENT_NOUNS,
    COUNSEL,
    DEMONYMS,
    DOCUMENT_NOUNS,
    ISSUING_VERBS,
    NOUN_GENDER,
    PEOPLES_BODIES,
    ROLE_WORDS,
    SIDE_NOUNS,
    SURVEYED_PEOPLE,
    UNNAMED_BODIES,
    VOICE_NOUNS,
    WORKS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


# demonyms that name a whole people: "the French", "the British", "the Chinese"
PEOPLE_ENDINGS = ("ish", "ch", "ese", "ss")


def one_of_a_people(token: Token) -> bool:
    """ "the Slovakian", "the Russian", "the Briton": one person of a nation, not the nation
    ("the Russians", "the French" may be its government or team)."""
    singular = token.lower_.endswith("an") or token.lower_ in ("briton", "swede", "dane", "scot")
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    return token.ent_type_ == "NORP" and singular and the


def one_of_them(subject: Token, span) -> bool:
    """ "the Northern Irishman", "the Australian": one person, named by nationality (not "the
    French", "the British": a people)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    word = subject.text
    if not word[:1].isupper() or subject.tag_ not in ("NN", "NNP"):
        return False
    single = span is None or span.label_ == "NORP" or (span.label_ == "PERSON" and len(span) == 1)
    if word.endswith(("man", "woman")):
        # "Irishman", "the Ulsterman" tagged a person (not "the Truman Show")
        return single
    if aged(subject):
        return single  # "the 25-year-old Dubliner", tagged a person: who he is
    # nor "the Greens", "the Democrats": a party, many people
    many = word.endswith((*PEOPLE_ENDINGS, "s"))
    return span is not None and span.label_ == "NORP" and not many


def aged(noun: Token) -> bool:
    """ "the 25-year-old Dubliner": a noun with an age before it."""
    ages = (c for c in noun.children if c.dep_ == "amod" and c.lower_ in ("old", "year-old"))
    return any(any(t.lower_ == "year" or "year-" in t.lower_ for t in c.subtree) for c in ages)


def people_at_large(token: Token) -> bool:
    """ "Canadians plan to spend", "Britons will travel", "Dads plan to outspend moms": a
    nation's people or a kind of people in general, found by a survey, not its side ("the
    Israelis agreed" is, and so are "striking mothers")."""
    nation = token.text.endswith("s") and token.text[:-1] in DEMONYMS  # not "Republicans"
    surveyed = token.tag_ == "NNS" and token.dep_ == "nsubj"  # "Dads plan"; not done to them
    surveyed = surveyed and token.lemma_.lower() in SURVEYED_PEOPLE
    the = any(c.dep_ == "det" for c in token.children)
    described = any(c.dep_ in ("poss", "compound", "amod", "nummod") for c in token.children)
    return (nation and not the) or (surveyed and not the and not described)


def some_of_a_kind(noun: Token) -> bool:
    """ "Some patients", "many parents": part of a kind of people, unnamed."""
    quantified = any(
        c.dep_ in ("det", "amod") and c.lower_ in ("some", "many", "most") for c in noun.children
    )
    return quantified and noun.tag_ == "NNS" and not noun.ent_type_


def can_act(noun: Token) -> bool:
    """ "Calder workers", "Labour MPs", "the UN agency": a name's people or body, not a thing
    of theirs ("the DfID funding", "the Apple watch")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "PROPN" or noun.tag_ == "NNS" or lemma in AGENT_NOUNS | ROLE_WORDS


def plural_people_before(token: Token) -> Token | None:
    """An unnamed plural subject earlier in the sentence ("Both men", "the hostages"), or of
    the sentence before when "they" opens its own, that "they" most likely means, with no
    name in it."""
    subjects = [t for t in token.sent if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and token.sent.start > 0:
        # the sentence's first subject: the subject of the sentence before ("the justices
        # agreed that Puerto Ricans were not aliens. But they declined to decide")
        before = token.doc[token.sent.start - 1].sent.root
        subjects = [c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    return next((t for t in subjects if _unnamed_plural(t)), None)


def _unnamed_plural(noun: Token) -> bool:
    return noun.tag_ == "NNS" and not noun.ent_type_ and not any(c.ent_type_ for c in noun.children)


def unnamed_body_since(token: Token, since: int) -> bool:
    """A body described but not named in the sentence of a character of the token's doc, or
    after it, before the token ("Some members of the terrorist cell had contact with al
    Qaeda ... the group planned", "a group of students"): "the group" may be that one."""
    for t in _words_since(token, since):
        if t.pos_ != "NOUN" or t.ent_type_:
            continue
        lemma = t.lemma_.lower()
        some = any(c.lower_ in ("a", "an", "another") for c in t.children)
        if lemma in UNNAMED_BODIES or (lemma == "group" and some):
            return True
    return False


def new_person_since(token: Token, since: int, gender: str) -> bool:
    """Someone of ``gender`` brought in unnamed, in the sentence of a character of the
    token's doc or after it, before the token: "a fellow graduate student, a woman" (not
    "Ann Holt, a mother of two", who is named). A "she" after may be her."""
    for t in _words_since(token, since):
        if t.pos_ != "NOUN" or t.ent_type_ or NOUN_GENDER.get(t.lemma_.lower()) != gender:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            continue  # "the woman" may be the one named before
        if t.dep_ in ("attr", "compound") or any(c.dep_ == "relcl" for c in t.children):
            continue  # "he was a kind man", "a police woman look", "a man who has won"
        if t.dep_ == "appos" and entity_of(t.head) is not None:
            continue  # "Ann Holt, a mother of two"
        if any(c.dep_ == "appos" and entity_of(c) is not None for c in t.children):
            continue  # "a woman, Ann Holt,"
        return True
    return False


def _words_since(token: Token, since: int):
    """The words of the token's doc from the sentence of character ``since`` (or, when that
    is not in this doc, of the token) up to the token."""
    named = next((t for t in token.doc if t.idx >= since), token)
    return token.doc[named.sent.start : token.i]


def voice_owner(token: Token, described: bool = False) -> Token | None:
    """Whom a spokesman or official speaks for: "a spokesman for Lopez", "officials at the
    department", "the ministry's spokesman", "U.S. officials"; with ``described``, also a
    body the text only describes ("representatives for the department"), for the resolver
    to name."""
    if token.lemma_.lower() not in VOICE_NOUNS | COUNSEL:
        return None
    counsel = token.lemma_.lower() in COUNSEL  # "US lawyers" are not the US's
    owner = possessor(token) or (None if counsel else named_modifier(token))
    if counsel and owner is not None and entity_of(owner) is None:
        return None  # "his lawyers": whose, in a trial's story, is too often misread
    if owner is not None:
        return owner
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "at", "of", "from", "with", "by"):
            owner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if owner is not None and entity_of(owner) is not None:
                return owner
            if owner is not None and described and _the_body(owner):
                return owner
    return None


def peoples_body(token: Token) -> Token | None:
    """ "Chinese leaders", "Israeli troops": a state's people acting for it, whose state the
    people's word before them names (not "Syrian rebels", nor "two Chinese leaders")."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in PEOPLES_BODIES:
        return None
    if any(c.dep_ in ("nummod", "det") and c.lower_ != "the" for c in token.children):
        return None
    peoples = [c for c in token.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
    return peoples[0] if len(peoples) == 1 else None


def _the_body(token: Token) -> bool:
    """ "the department", "the company": one body the text has named."""
    definite = any(c.lower_ == "the" for c in token.children)
    return definite and token.tag_ == "NN" and token.lower_ in SIDE_NOUNS


def issuer_before(token: Token) -> Token | None:
    """ "the statement read", after "a statement from Springs Creative" or "Springs Creative
    issued a statement": whose it is, from the last mention of the same document before."""
    lemma = token.lemma_.lower()
    if lemma not in DOCUMENT_NOUNS or not any(c.lower_ == "the" for c in token.children):
        return None
    earlier = next((t for t in reversed(token.doc[: token.i]) if t.lemma_.lower() == lemma), None)
    if earlier is None:
        return None
    owner = voice_owner(earlier)
    verb = earlier.head
    if owner is None and earlier.dep_ == "dobj":
        # "post a statement from X", the parser hanging "from X" on the verb
        after = earlier.nbor() if earlier.i + 1 < len(earlier.doc) else None
        if after is not None and after.lower_ == "from" and after.head == verb:
            owner = next((c for c in after.children if c.dep_ == "pobj"), None)
        elif verb.lemma_.lower() in ISSUING_VERBS:
            owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return owner if owner is not None and entity_of(owner) is not None else None


def office_of(token: Token) -> Token | None:
    """ "the president of Vessia", "the commissioner-general of the UN agency": the body
    whose office the subject holds (the parser hangs "of" on "general" as often)."""
    if token.lemma_.lower() not in ROLE_WORDS or token.lower_ == "owner":
        return None  # "Federated - owner of Macy's": Macy's is what it owns
    if named_modifier(token) is not None:
        return None
    heads = [token] + [
        c
        for c in token.children
        if c.dep_ == "appos" and c.i == token.i + 2 and c.nbor(-1).text == "-"
    ]
    return next((body for head in heads if (body := body_of(head)) is not None), None)


def body_of(token: Token) -> Token | None:
    """The named body after "of": "the board of Lufthansa", "the president of Vessia"."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            entity = entity_of(body) if body is not None else None
            if entity is not None and entity.label_ in ("ORG", "GPE", "NORP"):
                return body
    return None


def entity_of(token: Token):
    """The entity a token is in (a lookup built once per parse: a scan per token was
    quadratic in a long article)."""
    doc = token.doc
    index = doc.user_data.get("briefing_ents")
    if index is None:
        index = doc.user_data["briefing_ents"] = {}
        for ent in tagged_names(doc):
            # the name only: "Court of Arbitration for Sport" of "... if Scala"
            name = name_only(ent, ent.label_)
            if name is None:
                continue
            if name is not ent:
                name.label_ = ent.label_
            index.update((i, name) for i in range(name.start, name.end))
    return index.get(token.i)


def named_modifier(token: Token) -> Token | None:
    """ "the Chinese government", "the United Auto Workers union": the name before the noun."""
    for child in token.children:
        if child.dep_ in ("compound", "amod") and entity_of(child) is not None:
            return child
    return None


def possessor(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "poss":
            return child
    return None


def apposed_name(token: Token) -> Token | None:
    """The name an apposition gives the noun: "its chief executive, Sara Lind"; not "Brady's
    love for his wife, Gisele" (the wife's), nor "The exhibition, Fonetography" (a thing)."""
    for child in token.children:
        if child.dep_ != "appos" or entity_of(child) is None or not right_beside(token, child):
            continue
        between = any(c.dep_ == "prep" and token.i < c.i < child.i for c in token.children)
        if (between and not can_act(token)) or token.lemma_.lower() in WORKS:
            return None
        return _holder(token) or child
    return _holder(token)


def _holder(office: Token) -> Token | None:
    """ "The Premier of Australia's most populous state, New South Wales, Mike Baird": the
    person named last in an office's phrase, the parser's apposition to the state or to its
    name."""
    last = entity_of(office.right_edge)
    if office.lemma_.lower() not in ROLE_WORDS or last is None or last.label_ != "PERSON":
        return None
    named = last.root
    if named.dep_ not in ("appos", "conj") or not right_beside(office, named):
        return None
    return named if named.nbor(-1).text == "," or named.head.dep_ == "appos" else None


def right_beside(noun: Token, appos: Token) -> bool:
    """Whether an apposition names its noun, not a name inside a relative clause between
    them ("The actor, whose films include Star Wars: The Phantom Menace, said")."""
    return not any(c.dep_ in ("relcl", "acl") and noun.i < c.i < appos.i for c in noun.children)


ALMOST = frozenset({"hardly", "barely", "scarcely"})  # "hardly any officials": next to none


def almost_no_one(subject: Token) -> bool:
    """ "hardly any officials", "few firms", "no country": almost none, so no one's word."""
    for det in subject.children:
        if det.lower_ in ("few", "no") and det.dep_ in ("det", "amod"):
            return not any(c.lower_ == "a" for c in det.children)  # "a few" are some
        if det.lower_ == "any" and any(c.lower_ in ALMOST for c in det.children):
            return True
    return False


def first_party(subject: Token) -> Token | None:
    """ "talks between the EU and Norway": the first of the named parties."""
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            party = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if party is not None and party.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
                return party
    return None
