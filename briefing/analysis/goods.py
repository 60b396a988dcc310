"""Names that are things, not actors: a maker's goods ("a Maserati"), its models ("his 2008
Porsche 911 Carrera") and the credit under a photo ("AP Photo/Richard Vogel")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.nlp.lexicon import (
    CAPITALS,
    COLOURS,
    COUNTRIES,
    PARTY_NAME_WORDS,
    PARTY_WORDS,
    PHOTO_CREDIT_NAME,
    PRODUCT_NOUNS,
    WORKS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["an_instance", "photo_credit"]

_PHOTO_CREDIT = re.compile(PHOTO_CREDIT_NAME)
# tags of what a model year or number may name besides a maker's model
_NOT_MODELS = frozenset({"EVENT", "FAC", "GPE", "LOC", "WORK_OF_ART", "LAW"})


def an_instance(ent: Span) -> bool:
    """ "a Maserati", "a silver-gray Maserati": a name counted like a thing is one of a
    maker's goods (not "a Shell oil rig" or "a UN official", where it says whose, nor "a
    weakened Al-Shabaab")."""
    root = ent.root
    if ent.label_ == "GPE" and (ent.text in COUNTRIES or ent.text in CAPITALS):
        return False  # "a Britain that trades", "a Syria without war"; a Maserati is often
        # tagged a place
    if _a_model(ent) or _a_work_named(ent):
        return True
    if root.dep_ in ("compound", "nmod", "poss"):
        return False
    if ent.text.lower() in PARTY_WORDS | PARTY_NAME_WORDS:
        return False  # "a Republican", "a UKIP whose leadership": a member, the party
    k = ent.start - 1
    while k >= 0 and (ent.doc[k].lower_ in COLOURS or ent.doc[k].text == "-"):
        k -= 1  # "silver-gray": three tokens
    return k >= 0 and ent.doc[k].lower_ in ("a", "an") and ent.doc[k].head.i == root.i


def _a_work_named(ent: Span) -> bool:
    """ "games such as The Sims", "a version of The Sims": a name the text gives as one of
    a kind of work or product (not "countries such as France", nor "a version of events")."""
    root = ent.root
    if root.dep_ != "pobj" or ent.label_ in ("GPE", "PERSON", "NORP"):
        return False
    prep, kind = root.head, root.head.head
    such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
    if such_as and kind.tag_ == "NNS":
        return kind.lemma_.lower() in _KINDS_OF_WORK
    return prep.lower_ == "of" and kind.lemma_.lower() in _VERSIONS


_VERSIONS = frozenset({"version", "edition", "sequel", "episode", "copy", "remake"})
# not "systems such as eBay and other online communities": a firm's, as well
_KINDS_OF_WORK = (WORKS | PRODUCT_NOUNS) - {"system"}


def _a_model(ent: Span) -> bool:
    """ "his 2008 Porsche 911 Carrera", "a Boeing 737": a maker's model, by its model year
    or number (not "the 2010 Fifa World Cup", an event, nor "Chelsea 2")."""
    root = ent.root
    head = root
    if root.dep_ in ("compound", "nmod") and root.head.pos_ == "PROPN":
        head = root.head
        if head.ent_type_ in _NOT_MODELS:
            return False
    for child in head.children:
        text = child.text
        if child.dep_ != "nummod" or not text.isdigit():
            continue
        if child.i < ent.start and len(text) == 4 and 1900 <= int(text) < 2040:
            return True  # a model year
        if child.i == ent.end and head is root and len(text) >= 3:
            return True  # a model number
    return False


def photo_credit(ent: Span, text: str) -> bool:
    """ "AP Photo/Richard Vogel", or a name glued to one by its slash ("Paramount Pictures
    NBC/Getty Images" of a gallery's credits)."""
    if "/" in ent.text:
        return bool(_PHOTO_CREDIT.search(ent.text))
    start, end = ent.start_char, ent.end_char
    glued = "/" in (text[start - 1 : start] if start else "") + text[end : end + 1]
    if not glued:
        return False
    return bool(_PHOTO_CREDIT.search(text[max(0, start - 30) : end + 30]))
