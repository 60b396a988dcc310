"""Names the tagger cut short, grown back to the whole name: "the Department for Culture,
Media and Sport" (tagged in three), "Hammersmith and Fulham Council" (tagged from
"Fulham"), "Ready for Warren" (tagged "Warren"), "Swansea Unite Against Fascism (UAF)"
(tagged "Swansea Unite")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.roles import title_word
from briefing.nlp.lexicon import LAW_NAME_ENDS, PORTFOLIO_BODIES, ROLE_WORDS, TWO_PART_BODIES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def grown_name(ent: Span) -> Span:
    """The whole name a tagged name is the end of or the start of, or the name itself."""
    return _spelled_after(_named_for(_portfolios(_two_place_council(ent))))


_JOINING = ("of", "for", "on", "in", "&", "the")  # not "and": "Crimestoppers and the NCA"


def _spelled_after(ent: Span) -> Span:
    """ "Swansea Unite Against Fascism (UAF)", tagged "Swansea Unite": the capitalised words
    after a body's name, when the acronym in brackets after them spells them out."""
    doc, end = ent.doc, ent.end
    if ent.label_ not in ("ORG", "PERSON"):  # "Swansea Unite" is tagged a person
        return ent
    while (
        end < len(doc)
        and end - ent.end < 5
        and (doc[end].is_title or (doc[end].lower_ in _JOINING and doc[end].is_lower))
    ):
        if doc[end].lower_ == "the" and doc[end - 1].lower_ not in _JOINING:
            break  # "the" only after "of", "for", "on", "in": "Office of the Deputy ..."
        end += 1
    while end > ent.end and doc[end - 1].lower_ in _JOINING:
        end -= 1
    if end == ent.end or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return ent
    acronym = doc[end + 1].text
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
        return ent
    words = [t.text for t in doc[ent.start : end] if t.is_title]
    if "".join(w[0] for w in words[-len(acronym) :]) != acronym or len(words) < len(acronym):
        return ent
    whole = doc[ent.start : end]
    whole.label_ = "ORG"
    return whole


def _named_for(ent: Span) -> Span:
    """ "Ready for Warren", tagged "Warren": a campaign or a body named for what it is for,
    after a capitalised word inside a sentence that no tag names otherwise (not "Minister
    for Europe", a title; not a sentence's first word, capitalised anyway)."""
    doc, i = ent.doc, ent.start
    if ent.label_ not in ("ORG", "PERSON", "GPE") or i < 3 or doc[i - 1].lower_ != "for":
        return ent
    word, before = doc[i - 2], doc[i - 3]
    if not (word.is_alpha and word.is_title) or word.is_sent_start or word.text in LAW_NAME_ENDS:
        return ent  # "a hybrid Bill for Crossrail" is a law
    if word.ent_type_ not in ("", "PERSON") or ent[0].lower_ == "the" or ent[-1].tag_ == "POS":
        return ent  # "travel to Israel for Bayern Munich's match", "bid by Shell for Australia"
    if title_word(word.text) or word.lower_ in ROLE_WORDS or word.lower_ in PORTFOLIO_BODIES:
        return ent  # "Minister for Europe Tom Reed", "the Department for Transport"
    if before.is_title or before.pos_ == "PROPN":
        return ent  # "Campaign Director for Warren": a longer title or name
    whole = doc[i - 2 : ent.end]
    whole.label_ = "ORG"
    return whole


def _portfolios(ent: Span) -> Span:
    """ "the Department for Culture, Media and Sport", "the Department for Education and
    Skills", tagged as two or three names: one body whose name lists what it is for."""
    if ent.label_ != "ORG":
        return ent
    listed = next((n for n in (4, 2) if lists_portfolios(ent.doc, ent.start, ent.end + n)), 0)
    if not listed:
        return ent
    whole = ent.doc[ent.start : ent.end + listed]
    whole.label_ = "ORG"
    return whole


def lists_portfolios(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is "X for/of Y, Z and W" or "X for/of Y and Z"."""
    if end > len(doc):
        return False
    tail = [t.text for t in doc[end - 4 : end]]
    listed = 4 if tail[:1] == [","] else 2
    words = tail[-listed:]
    return (
        end - listed > start + 1
        # not "Bank of Scotland, NatWest and Nationwide"
        and doc[start + (doc[start].lower_ == "the")].lower_ in PORTFOLIO_BODIES
        and any(t.lower_ in ("for", "of") for t in doc[start + 1 : end - listed])
        and words[-2] == "and"
        and all(w[:1].isupper() for w in words[1::2])
    )


def _two_place_council(ent: Span) -> Span:
    """ "Hammersmith and Fulham Council", tagged from "Fulham": one council of two places;
    "the Qualifications and Curriculum Authority", one body of two fields."""
    doc, i = ent.doc, ent.start
    if ent.label_ != "ORG" or ent[-1].lower_ not in TWO_PART_BODIES:
        return ent
    if i < 2 or doc[i - 1].lower_ != "and":
        return ent
    if ent[-1].lower_ != "council" and (ent[0].lower_ == "the" or doc[i - 2].ent_type_):
        return ent  # "Ofsted and the Education Funding Agency": two bodies
    place = doc[i - 2]
    if (
        place.pos_ != "PROPN"
        or not place.text[:1].isupper()
        or (i > 2 and doc[i - 3].pos_ == "PROPN")
    ):
        return ent
    whole = doc[i - 2 : ent.end]
    whole.label_ = "ORG"
    return whole
