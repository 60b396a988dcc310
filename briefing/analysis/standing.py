"""How a name stands in its sentence: whether it acts (a subject, an argument, a speaker),
is only where something is, or is described ("a new Access Services division", "Irbil is
the capital")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.subjects import hometown_person
from briefing.nlp.lexicon import (
    LOCATIVE,
    ORGANISATION_UNITS,
    PRODUCT_NOUNS,
    REPORTING_VERBS,
    SPEECH_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def who_does(token: Token) -> bool:
    """ "a response from Maduro, who has been collecting signatures": he did something."""
    return any(
        c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)
        for c in token.children
    )


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "attr"})
# lemmas: what a place is the subject of when the sentence says what it is or has ("Irbil is
# the capital", "Scott County has only one doctor"), not what it does
_STATE_VERBS = frozenset({"be", "become", "remain", "have", "sit", "lie"})


def is_subject(ent: Span) -> bool:
    """The subject of a clause, or named before "who" did something."""
    root = _standing(ent)
    return root is not None and (root.dep_ in ("nsubj", "nsubjpass") or who_does(root))


def _standing(ent: Span) -> Token | None:
    """The word whose place in the sentence is the name's: of "Orlando, Florida,
    anesthesiologist Dr. Shelley Fleet told CNN" (parsed with the city for its subject) the
    city's for the person, and none for where she is from."""
    root = ent.root
    if root.dep_ == "appos" and ent.label_ == "PERSON" and hometown_person(root.head) is root:
        return root.head
    return None if ent.label_ in ("GPE", "LOC") and hometown_person(root) else root


def a_place_described(ent: Span) -> bool:
    """ "Hatton Garden is a storied area", "Kathmandu sits in a valley": a place the
    sentence describes (not "Kansas has passed a law", "Cape Verde has had to find", nor
    "Russia is ready to talk": what it will do)."""
    verb = ent.root.head
    if ent.label_ not in ("GPE", "LOC", "FAC") or ent.root.dep_ != "nsubj":
        return False
    if verb.lemma_.lower() not in _STATE_VERBS:
        return False
    return not any(
        c.dep_ == "xcomp" or any(g.dep_ == "xcomp" for g in c.children) for c in verb.children
    )


def is_argument(ent: Span) -> bool:
    """ "Bangladeshis" in "the rescued included Bangladeshis and Rohingya", not "Syria" in
    "parts of Iraq and Syria"."""
    token = ent.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ARGUMENT_DEPS


def described(ent: Span) -> bool:
    """ "a new Access Services division", "an iPod mini model", "its iPod family": the
    name of a unit or a product the phrase introduces, or of one another owns, not of the
    company it belongs to ("a Shell oil rig" is Shell's)."""
    head = ent.root.head
    if ent.root.dep_ not in ("compound", "nmod"):
        return False
    owned = any(c.dep_ == "poss" for c in head.children)
    return owned or (
        head.lemma_.lower() in ORGANISATION_UNITS | PRODUCT_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    )


def located(ent: Span) -> bool:
    """ "in Melton Mowbray", "at Gallipoli", "in Cranleigh, Guildford and Woking": where,
    as no person is."""
    token = ent.root
    while token.dep_ == "conj" and token.head.pos_ == "PROPN":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE


def reports(ent: Span) -> bool:
    """The subject of "said", "announced" (not of "promises to", which a probe can)."""
    root = ent.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in REPORTING_VERBS


def speaks(ent: Span) -> bool:
    """The subject of a verb of saying, or of an act done "warning" or "saying" so."""
    root = _standing(ent)
    if root is None or root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    return verb.lemma_.lower() in SPEECH_VERBS or any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEECH_VERBS
        for c in verb.children
    )  # "Gordon Brown has issued a rallying cry, warning the stakes are too high"


def a_language(ent: Span) -> bool:
    """ "teach German", "written in Arabic", "French lessons": a language, which speaks for
    no people or country (not "German officials said")."""
    root = ent.root
    if ent.label_ != "NORP" or len(ent) != 1 or ent.text.endswith("s"):
        return False  # "teach Americans": a people
    head = root.head.lemma_.lower()
    if root.dep_ == "dobj":
        return head in _LANGUAGE_VERBS
    if root.dep_ == "pobj" and root.head.lower_ == "in":
        return root.head.head.lemma_.lower() in _SAID_IN
    return root.dep_ in ("compound", "amod") and head in _LANGUAGE_NOUNS


_LANGUAGE_VERBS = frozenset({"speak", "teach", "learn", "study", "translate", "understand"})
_WRITTEN = frozenset({"write", "publish", "sing", "say", "broadcast", "print", "subtitle"})
_SAID_IN = _LANGUAGE_VERBS | _WRITTEN
# not "speaker" nor "teacher": "the German speaker" may be the Bundestag's
_LANGUAGE_NOUNS = frozenset({"lesson", "class", "course", "translation"})
