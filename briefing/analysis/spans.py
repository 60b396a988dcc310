"""Which tokens a name is: the tagger's entity spans cut to the name ("Scotland" of
"Scotland \\n -", "Greg Rusedski" of "Greg Rusedski 4-6"), joined when cut in two ("Liberal
Democrat"), and added where the tagger missed a titled surname it knows ("Mr Encinia")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.analysis.grown import grown_name, lists_portfolios
from briefing.analysis.names import first_name_gender
from briefing.analysis.roles import title_word
from briefing.nlp.lexicon import (
    BODY_KIND_WORDS,
    CONDITION_MARKS,
    COUNTRIES,
    COUNTRY_EPITHET,
    DEMONYMS,
    LANDSCAPE_WORDS,
    LAW_NAME_ENDS,
    NAME_PARTICLES,
    NATIONALS,
    OFFICE_TERMS,
    ORG_NAME_WORDS,
    PARTY_WORDS,
    PEOPLE_NOUN_STEMS,
    PERSON_NOUNS,
    PLACE_NAME_WORDS,
    POST_NOMINALS,
    WORK_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def tagged_names(doc: Doc) -> list:
    """The entity spans of a parse as names: missed surnames added, split names joined
    (read once per parse: mentions and entity lookups both ask)."""
    names = doc.user_data.get("briefing_names")
    if names is None:
        names = doc.user_data["briefing_names"] = _joined(_with_missed_surnames(doc))
    return names


_SCORE = re.compile(r"[\d\-–]+")
# a match report's line: "Bromley 0, Solihull Moors 1"
_SCORELINE = re.compile(
    r"\b[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)* \d{1,2}, [A-Z][\w'.-]*(?: [A-Z][\w'.-]*)* \d{1,2}\b"
)
# last words of a place's or a body's name: no surname ("the sister Xiluodu Dam")
_NO_SURNAMES = PLACE_NAME_WORDS | LANDSCAPE_WORDS | BODY_KIND_WORDS
_EPITHET = re.compile(COUNTRY_EPITHET)
_LAW_DET = ("the", "a", "this", "no")
# what a treaty's name ends on, before any "of" or "on": "Kyoto Protocol", "Treaty of Rome",
# "North American Free Trade Agreement", "European Convention on Human Rights"
_TREATY = ("Treaty", "Protocol", "Agreement", "Accord", "Accords")


def _breaks_a_name(token: Token) -> bool:
    if token.is_space and "\n" in token.text:
        return True
    verb = (
        token.is_lower and token.tag_ in ("VBZ", "VBD", "VBP") and token.text not in NAME_PARTICLES
    )
    if verb and token.doc[token.i - 1].is_alpha:
        # "Isaiah claims Frances": a clause read into a name (not "Van den Brul", "Cadbury's")
        return any(c.dep_ == "nsubj" for c in token.children)
    spaced = token.whitespace_ and token.i and token.doc[token.i - 1].whitespace_
    return token.text == "," or (token.text in "-–—" and bool(spaced))


def is_a_law(ent: Span) -> bool:
    head = next((t for t in ent[1:] if t.lower_ in ("of", "on")), None)
    last = ent.doc[head.i - 1] if head is not None else ent[-1]
    if last.text in _TREATY or (last.text == "Convention" and head and head.lower_ == "on"):
        return True  # (not "Southern Baptist Convention", a body)
    if ent[-1].text not in LAW_NAME_ENDS:
        return False
    if len(ent) > 1:
        return True
    at = ent.start - 1
    while at > ent.sent.start and ent.doc[at].is_title and ent.doc[at].lower_ not in _LAW_DET:
        at -= 1  # "the Assisted Dying Bill": the words of its name, tagged apart
    before = ent.doc[at] if at >= ent.sent.start else None
    if before is None:
        return False
    # "The Bill", "a hybrid Bill", "No Bill", "the Assisted Dying Bill"; not "Uncle Bill"
    named = at < ent.start - 1
    return (not named and not before.is_title) or before.lower_ in _LAW_DET


def is_a_landscape(ent: Span) -> bool:
    """ "Capanagh Forest", "County Antrim": a place, though tagged an organisation (not
    "County Durham Council", nor "Nottingham Forest beat Derby", "Forest boss": a club)."""
    if {t.lower_ for t in ent} & BODY_KIND_WORDS:
        return False
    if len(ent) > 1 and ent[0].text == "County":
        return True
    acting = ent.root.dep_ in ("nsubj", "nsubjpass", "poss", "compound")
    return ent[-1].lower_ in LANDSCAPE_WORDS and not acting


def is_a_work(ent: Span) -> bool:
    """A film's, a show's or a book's name, after the word for what it is ("thriller White
    Noise"; not "show host Jay Leno", whose title ends in "host")."""
    if ent.start <= ent.sent.start:
        return False
    before = ent.doc[ent.start - 1]
    return before.lower_ in WORK_NOUNS and before.pos_ == "NOUN" and before.is_lower


def a_common_noun_opening(ent: Span) -> bool:
    """ "Spotters reported a tornado", "Debris scattered across the road", "Scans revealed":
    a common noun capitalised only because it opens the sentence, tagged a body or a
    place, or a person when the text also writes it in lower case ("Jobs will go ... 1,500
    jobs"). Not a person otherwise ("Jobs said"), a party ("Labour"), a people ("Kurds",
    tagged a group), nor a word the text also capitalises inside a sentence."""
    word = ent[0]
    if len(ent) > 1 or not word.is_sent_start or word.tag_ not in ("NN", "NNS"):
        return False
    if ent.label_ == "NORP" or not word.is_alpha:
        return False
    if ent.label_ == "PERSON" and not _written_lower(word):
        return False  # "Jobs said" (a person, unless the text writes "jobs" too)
    people = word.text.removesuffix("s")
    if one_of_a_people(word.text) or people in DEMONYMS or people in NATIONALS:
        return False
    if people.lower() in PARTY_WORDS:
        return False
    return not any(t.text == word.text and not t.is_sent_start for t in word.doc[1:])


def _written_lower(word: Token) -> bool:
    """ "Debris scattered ... the debris": the text writes the word in lower case too, and
    it is no first name nor a word of another name ("Steve Jobs")."""
    if first_name_gender(word.text):
        return False
    if any(len(e) > 1 and word.text in (t.text for t in e) for e in word.doc.ents):
        return False
    return any(t.text == word.lower_ for t in word.doc)


def _trailing_stop_word(token: Token) -> bool:
    """ "and" after "Eden Hazard", apart from it (not "-moon" of "Ban Ki-moon")."""
    return token.is_stop and token.is_lower and bool(token.doc[token.i - 1].whitespace_)


_ONE_OF_A_PEOPLE = re.compile(r"^([A-Z][a-z]+?)(?:wo)?man$")


_COLLECTIVE_ENDINGS = ("s", "ish", "ch", "ese")
_DESCRIBED = re.compile(r"^[A-Z][a-z]{3,}(?:man|woman|men|women)$")


def caption_label(ent: Span) -> bool:
    """A word for who someone is, before a colon: "Victim:", "Suspect:" in a caption."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (
        len(ent) == 1
        and after is not None
        and after.text == ":"
        and (ent[0].lower_ in PERSON_NOUNS or title_word(ent.text))
    )


def a_saints_place(ent: Span) -> bool:
    """ "St Fintian's", "St Mary's Hospital": a school, a church or a hospital, not the saint."""
    saint = ent[0].text in ("St", "St.", "Saint")
    return saint and len(ent) > 2 and any(t.text in ("'s", "’s") for t in ent[2:])


def owner_only(ent: Span) -> Span | None:
    """ "the Brotherhood's party", "Arsenal's Edu": an owner's name the tagger ran into what
    it owns. Before a common noun the name is the owner; before another name it is no name
    of its own when the text names the owner alone too ("Arsenal won": read there, with the
    tag it has there, not "Gateshead's Sage Centre" as an organisation). "Moody's Investors
    Service", "Martha's Vineyard" and "St Mary's Hospital" stay whole."""
    mark = next((t.i for t in ent[1:-1] if t.text in ("'s", "’s")), None)
    if mark is None or a_saints_place(ent):
        return ent
    owner = ent.doc[ent.start : mark]
    if ent.doc[mark + 1].is_lower:
        return owner
    alone = re.compile(rf"\b{re.escape(owner.text)}\b(?!\s*['’]s)")
    return None if alone.search(ent.doc.text) else ent


def who_one_is(word: str) -> bool:
    """ "(the) Ulsterman", "Chairwoman", "Briton", "Russian": who one is, not a name."""
    return bool(_DESCRIBED.match(word)) or one_of_a_people(word)


def one_of_a_people(word: str) -> bool:
    """ "Welshman", "Frenchwoman", "Briton", "the Russian"; not "Herman" or "Norman", nor a
    people's collective adjective ("the British", "the French", "the Chinese", "the Swiss")."""
    if (word in NATIONALS or word in DEMONYMS) and not word.endswith(_COLLECTIVE_ENDINGS):
        return True
    match = _ONE_OF_A_PEOPLE.match(word)
    return match is not None and match.group(1) in PEOPLE_NOUN_STEMS


def without_post_nominal(ent: Span, label: str) -> tuple[Span, str]:
    """ "Guy Mansfield QC", tagged an organisation: the person, without the letters."""
    named = len(ent) > 2 and all(t.is_title and t.lower_ not in ORG_NAME_WORDS for t in ent[:-1])
    if named and ent[-1].text in POST_NOMINALS:
        return ent.doc[ent.start : ent.end - 1], "PERSON"
    return ent, label


def name_only(ent: Span, label: str) -> Span | None:
    """The name before a line break and a list's bullet ("Scotland" of "Scotland \\n -"),
    an aside's dash ("Alan Milburn - the"), a comma ("Gazpromneft, Rosneft") or a bracket
    left open ("Transport and General Workers Union (TGWU"); what follows an editor's
    closing bracket ("Obama" of "Barack] Obama"); of an owner's name run into what it owns,
    the owner (``owner_only``)."""
    name = _cut_to_the_name(ent, label)
    return owner_only(name) if name is not None else None


def _cut_to_the_name(ent: Span, label: str) -> Span | None:
    # "Department for Culture, Media and Sport": its comma is no break
    portfolios = len(ent) > 4 and ent[-4].text == ","
    portfolios = portfolios and lists_portfolios(ent.doc, ent.start, ent.end)
    listed = ent.end - 4 if portfolios else ent.end
    end = next((t.i for t in ent if ent.start < t.i < listed and _breaks_a_name(t)), ent.end)
    # "Court of Arbitration for Sport if Scala": a clause opens, the name has ended
    end = min(end, next((t.i for t in ent if t.i > ent.start and t.text in CONDITION_MARKS), end))
    if ent.text.count("(") > ent.text.count(")"):
        # the bracket may open inside a token: "Savino \u200b(D", "Kerry.(Reuters"
        end = min(end, next(t.i for t in ent if "(" in t.text))
    if label == "PERSON" and end - ent.start > 1 and ent.doc[end - 1].lower_ in OFFICE_TERMS:
        end -= 1  # "the Bush Presidency", "the Obama administration": his, not a name
    cut = end
    while cut > ent.start + 1 and _SCORE.fullmatch(ent.doc[cut - 1].text):
        cut -= 1
    if "-" in ent.doc[cut:end].text:
        end = cut  # "Greg Rusedski 4-6 7-5", a score read into the name (not "Transport 2000")
    elif end - ent.start > 1 and ent.doc[end - 1].is_digit and _SCORELINE.search(ent.sent.text):
        end -= 1  # "Match ends, Bromley 0, Solihull Moors 1" (not "Radio 1")
    while end > ent.start and (
        ent.doc[end - 1].is_space
        or ent.doc[end - 1].text in "-–—•*"
        or (end - 1 > ent.start and _trailing_stop_word(ent.doc[end - 1]))
    ):
        end -= 1  # a bullet, or "on" of "CNN Living on", "and" of "Eden Hazard and"
    # "[US President Barack] Obama": an editor's words in a quote; the name is after them
    start = max((t.i + 1 for t in ent if "]" in t.text and t.i + 1 < end), default=ent.start)
    while start < end - 1 and ent.doc[start].is_punct:
        start += 1  # "-- Himalayan HealthCare": a dash before the name
    nationality = ent.doc[start].text
    if (
        label == "PERSON"
        and end - start > 2
        and (one_of_a_people(nationality) or nationality in DEMONYMS or nationality in NATIONALS)
    ):
        start += 1  # "fellow Welshman Geraint Thomas": who he is, then his name
    if (start, end) == (ent.start, ent.end):
        return ent  # (a slice would lose the label)
    return ent.doc[start:end] if end > start else None


def _with_missed_surnames(doc: Doc) -> list:
    """The tagger's names, and "Mr Encinia" where it tagged none: a person named by title,
    so that a later "he" can open on him."""
    tagged = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    known = {doc[i].text for i in tagged if doc[i].ent_type_ == "PERSON"}  # "Brian Encinia"
    missed = []
    texts, tags = [t.text for t in doc], [t.tag_ for t in doc]
    for i in range(len(doc) - 2):
        if texts[i].lower().rstrip(".") not in ("mr", "mrs", "ms") or not texts[i][:1].isupper():
            continue
        title, name, after = doc[i], doc[i + 1], doc[i + 2]
        if name.text not in known or after.pos_ == "PROPN" or title_word(name.text):
            continue  # "Mr X", "Mr. President", "Ms Suu Kyi": no surname known from here
        if name.pos_ == "PROPN" and not {title.i, name.i} & tagged:
            span = doc[name.i : name.i + 1]
            span.label_ = "PERSON"
            missed.append(span)
    tagged_words = {texts[i] for i in tagged}
    for n in range(2, len(doc)):
        # "boss Pep Guardiola", untagged, then "Guardiola's career", tagged
        if texts[n] not in tagged_words or n in tagged or n - 1 in tagged:
            continue
        if (tags[n - 2], tags[n - 1], tags[n]) != ("NN", "NNP", "NNP"):
            continue
        if texts[n].lower() in _NO_SURNAMES:
            continue  # "the sister Xiluodu Dam"
        if title_word(texts[n - 2]) and (n + 1 == len(doc) or doc[n + 1].pos_ != "PROPN"):
            span = doc[n - 1 : n + 1]
            span.label_ = "PERSON"
            missed.append(span)
    return sorted([*doc.ents, *missed], key=lambda e: e.start) if missed else list(doc.ents)


def _joined(ents) -> list:
    """ "Liberal Democrat Paul Tyler", tagged "Liberal" (an organisation) and "Democrat" (a
    people): one name cut in two, read as the second's kind ("Liberal" alone is no actor)."""
    # a name grown back over the one before it, or on over the ones after, takes their place
    grown = [grown_name(_without_epithet(e)) for e in ents]
    out = _outside_others(sorted(grown, key=lambda e: (e.start, -e.end)))
    for k in range(len(out) - 1, 0, -1):
        first, second = out[k - 1], out[k]
        if first.end == second.start and first.label_ in ("ORG", "NORP"):
            if second.label_ == "NORP" and first.text[:1].isupper():
                whole = first.doc[first.start : second.end]
                whole.label_ = "NORP"
                out[k - 1 : k + 1] = [whole]
    return out


def _without_epithet(ent: Span) -> Span:
    """ "Landlocked Mali", "Impoverished Haiti", tagged as one name where a sentence opens
    (its first word capitalised only for that): the country."""
    if len(ent) != 2 or ent.start != ent.sent.start or ent[1].text not in COUNTRIES:
        return ent
    if not _EPITHET.fullmatch(ent[0].lower_):
        return ent  # "Air France", "Northern Ireland", "New Mexico"
    country = ent.doc[ent.start + 1 : ent.end]
    country.label_ = "GPE"
    return country


def _outside_others(ents: list) -> list:
    """Without the names inside a longer one ("Sport" in "Department for Culture, Media and
    Sport"); the names come ordered by start, the longest first."""
    out, reach = [], -1
    for ent in ents:
        if ent.end <= reach:
            continue
        out.append(ent)
        reach = max(reach, ent.end)
    return out
