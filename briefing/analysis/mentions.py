"""Mentions: each named entity of a parse as a plain record, with what the sentence around
it says: a title or apposition that gives a role ("US Secretary of State Antony Blinken",
"Henrik Dahl, Norvik's chief"), an honorific, whether it speaks or is a subject, "X of Y".
``roles`` reads their roles; ``entities`` merges them into actors."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.analysis.described import described_speakers
from briefing.analysis.goods import an_instance, photo_credit
from briefing.analysis.names import first_name_gender
from briefing.analysis.naming import called_company, called_it, called_pronouns
from briefing.analysis.referents import aged
from briefing.analysis.role_text import clean_role, role_word
from briefing.analysis.roles import (
    abbreviated_title,
    apposition_role,
    next_sentence_office,
    of_a_title,
    office_owner,
    predicate_role,
    spelled_out,
    title_before,
    title_word,
    titled_inside,
)
from briefing.analysis.spans import (
    a_common_noun_opening,
    a_saints_place,
    caption_label,
    is_a_landscape,
    is_a_law,
    is_a_work,
    name_only,
    tagged_names,
    who_one_is,
    without_post_nominal,
)
from briefing.analysis.standing import (
    a_language,
    a_place_described,
    described,
    is_argument,
    is_subject,
    located,
    reports,
    speaks,
)
from briefing.models import Mention
from briefing.nlp.lexicon import (
    ABBREVIATED_TITLES,
    AGE_NOUNS,
    AREA_WORDS,
    CAPITALS,
    COMPANY_NOUNS,
    COMPETITIONS,
    COUNTRIES,
    CREDIT_LINE,
    CREDITED_AFTER,
    DEMONYMS,
    EVENT_NAME_WORDS,
    HONORIFICS,
    MACHINE_NAME_WORDS,
    NATIONS,
    ORG_NAME_WORDS,
    PARTY_NAME_WORDS,
    PARTY_WORDS,
    PEOPLES_BODIES,
    PERIOD_NAME_WORDS,
    PLACE_EVENT_NOUNS,
    PORTFOLIO_TITLES,
    PORTFOLIOS,
    REGION_SIDES,
    ROLE_WORDS,
    TITLE_WORDS,
)
from briefing.nlp.model import sents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_CREDIT = re.compile(CREDIT_LINE, re.I)
_CREDITED_AFTER = re.compile(CREDITED_AFTER)

KINDS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
}


def _aged(ent: Span) -> bool:
    """ "the 25-year-old Dubliner": an age and a word no full name ends with (not "the
    47-year-old Kerr" of Christie Kerr)."""
    if not aged(ent.root):
        return False
    return not any(len(e) > 1 and e[-1].text == ent.text for e in ent.doc.ents)


def _after_the(ent: Span) -> bool:
    """The name's noun phrase opens with "the" ("the Frenchman", "the 40-year-old
    Ulsterman"): a surname ("Newman", "Goodman") seldom does, unless it describes another
    noun ("the Lieberman campaign")."""
    if ent.root.dep_ in ("compound", "amod", "poss", "nmod"):
        return False
    return any(t.dep_ == "det" and t.lower_ == "the" for t in ent.root.children) or (
        ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
    )


_STANCE = re.compile(r"(?:pro|anti)-")
_NO_ONE_NAMED = re.compile(r"\bFlight \d+\b|\bFigs?\b|[£$€¥]\s?\d|^[Nn]on-")


def mentions_from_doc(doc: Doc, offset: int, source_id: str) -> list[Mention]:
    """Named mentions of a parsed chunk, with roles, titles and speaker flags."""
    titles = {ent.start: title_before(ent) for ent in doc.ents if _may_be_titled(ent)}
    title_ranges = [(t.start_char, t.end_char) for t in titles.values() if t is not None]
    # "Qwest chairman Richard Notebaert": whose office, an actor like "Qwest's chairman"
    owners = {t.start for t in titles.values() if t is not None and office_owner(t)}
    sentences = sents(doc)
    credits = {sent.start for sent in sentences if _CREDIT.search(sent.text)}
    goods = {ent.text for ent in doc.ents if an_instance(ent)}  # "a Maserati", whatever tag
    # "Jaguar Land Rover announced": a name that speaks is a body, whatever its last word
    speaking = {ent.text for ent in doc.ents if reports(ent)}
    # a text all in lower case ("sabra dipping co. said") still names names
    cased = sum(s[0].text[:1].isupper() for s in sentences) * 2 > len(sentences)
    out = []
    text = doc.text  # once: each doc.text joins every token again
    # "Paris Hilton", "Denzel Washington" (tagged people or bodies): then "Paris" may be her
    names = [e for e in doc.ents if e.label_ in ("PERSON", "ORG") and len(e) > 1]
    people_words = {t.text for e in names for t in e}
    for ent in tagged_names(doc):
        if ent.label_ not in KINDS or is_dateline(ent) or (credits and ent.sent.start in credits):
            continue  # "CNN's Jason Hanna contributed to this report": a byline, no actor
        if _CREDITED_AFTER.match(text, ent.end_char, ent.end_char + 200):
            continue  # "CNN's Ray Sanchez wrote from New York": a reporter, no actor
        if photo_credit(ent, text):
            continue  # "AP Photo/Richard Vogel": a photo's credit, no actor
        if _names_an_event(ent) and ent.text not in speaking:
            continue  # an event is no actor (an acronym of common words: core.analyze)
        if ent.text.islower() and (cased or ent.label_ == "PERSON") and ent.label_ != "NORP":
            # "pale and gaunt" a person, "the taco cannon" a body: a name has a capital
            continue  # (a group may not: "the pan-democrats")
        if cased and ent.text.islower() and ent.text in PARTY_NAME_WORDS:
            continue  # "dissident republicans": a leaning; the party has a capital
        if len(ent) > 1 and title_word(ent[-1].text) and all(of_a_title(t) for t in ent):
            continue  # "Det Chief" tagged apart from "Insp Nora Quist", "The Liberal Premier"
        if (
            len(ent) == 1
            and title_word(ent.text)
            and ent.start
            and ent.doc[ent.start - 1].lower_ in ("the", "a")
        ):
            continue  # "The MEP said", tagged a person: a title, whose is read elsewhere
        if len(ent) == 1 and _after_the(ent) and (who_one_is(ent.text) or _aged(ent)):
            continue  # "the 40-year-old Ulsterman", "the Briton": who he is, not his name
        if a_common_noun_opening(ent):
            continue  # "Spotters reported a tornado": no name
        if caption_label(ent):
            continue  # "Victim: Hampton, pictured, was taken": a caption's label
        if a_language(ent):
            continue  # "players learn German": a language, not Germany
        label = ent.label_
        region = ent.start and ent.doc[ent.start - 1].text in REGION_SIDES  # "northern Sinai"
        if (label in ("ORG", "PERSON") and region) or (label == "ORG" and is_a_landscape(ent)):
            label = "LOC"  # tagged an organisation: a region, a forest, a county
        label = "ORG" if label == "PERSON" and a_saints_place(ent) else label
        if label in ("ORG", "PERSON") and _called_a_place(ent):
            label = "GPE"  # "near the city of Tan-Tan", tagged an organisation
        capital = ent.text in CAPITALS or ent.text in NATIONS  # "Wales", tagged a person
        if label == "PERSON" and capital and ent.text not in people_words:
            label = "GPE"  # "Sanaa", tagged a person, in a text naming no Paris Hilton
        named = without_party(ent)
        party = ent[: named.start - ent.start].text or _party_before(named)
        ent = named
        while len(ent) > 1 and ent[0].pos_ == "VERB" and (ent[0].is_lower or ent[0].tag_ == "VBG"):
            # "Fearing Irene's wrath, Amtrak ...", "to reintroduce Clinton": the name is
            # after the verb ("Kiss Cam", "Frozen Four" are names)
            ent = ent.doc[ent.start + 1 : ent.end]
        if len(ent) > 1 and ent[0].is_sent_start and ent[0].pos_ == "ADV" and ent[0].is_stop:
            ent = ent.doc[ent.start + 1 : ent.end]  # "Nevertheless Franz Ferdinand were"
        if "@" in ent.text or text[ent.start_char - 1 : ent.start_char] in ("#", "@"):
            continue  # "#proudofChina", "w/@POTUS": a hashtag or a handle, no one's name
        if _NO_ONE_NAMED.search(ent.text):
            continue  # "Germanwings Flight 9525", "Supplementary Fig", "Â£31bn",
            # "non-Muslims": a flight, a figure, a sum, everyone but a group
        if ent[0].is_lower and ent[0].pos_ == "ADP":
            continue  # "Changing of the Guard" less its verb: a ceremony, no actor
        if len(ent) > 1 and ent[-1].lower_ == "of":
            continue  # "The City of" before "Edinburgh Council": a piece of the next name
        if _STANCE.match(ent.text):
            continue  # "a pro-Kremlin group", "pro-China committee": a stance, no actor
        ent, label = without_post_nominal(ent, label)
        ent = name_only(ent, label)
        if ent is None or is_a_law(ent) or is_a_work(ent):
            continue  # "the Prevention of Terrorism Bill", "thriller White Noise": no actor
        title = titles.get(ent.start)
        if title is not None and label == "ORG":
            label = "PERSON"  # "Alba chair Nadia Okafor", tagged an organisation
        role = clean_role(title.text) if title is not None else ""
        abbreviated = ent[0].lower_.rstrip(".") in ABBREVIATED_TITLES  # "Det" tagged an org
        # "Councillor Harry Phibbs", tagged an organisation: a title and a first name
        # ("Teenager Autumn Veatch", tagged an organisation: only a person has an age)
        person_named = (
            label == "ORG"
            and len(ent) > 2
            and (
                ent[0].lower_ in AGE_NOUNS
                or (title_word(ent[0].text) and first_name_gender(ent[1:].text) != "")
            )
        )
        if person_named or ((label == "PERSON" or abbreviated) and titled_inside(ent)):
            # "Lawyer Alan Dershowitz", "Prime Minister David Cameron": the title tagged in
            words = 1
            while titled_inside(ent[words:]):
                words += 1
            role = spelled_out(f"{role} {ent[:words].text}")  # "Det Chief" + "Insp"
            ent = ent.doc[ent.start + words : ent.end]
            label = "PERSON"  # "Det Chief Insp Neil Jamieson", tagged an organisation
        if not role and label == "ORG" and _may_be_titled(ent) and _beside_a_post(ent):
            label = "PERSON"  # "Nikki Haley, the American ambassador", tagged an organisation
        if not role and label == "PERSON":
            role = apposition_role(ent) or abbreviated_title(ent) or predicate_role(ent)
            role = role or party or next_sentence_office(ent)  # "Liberal Democrat Paul Tyler"
        acting = _who_acts(ent, label)
        its = acting if acting is not None else ent
        pronouns = called_pronouns(ent)
        told_of = a_place_described(its)  # "Irbil is the capital": neither acts nor is acted on
        out.append(
            Mention(
                text=ent.text,
                label=label,
                start=offset + ent.start_char,
                end=offset + ent.end_char,
                source_id=source_id,
                role=role,
                titled=_titled_form(ent),
                title=title.text if title is not None else _honorific_before(ent),
                speaks=speaks(its),
                subject=is_subject(its) and not told_of,
                argument=is_argument(its) and not told_of,
                modifier=acting is None or _before_an_event(ent),
                located=located(ent),
                called_he=bool(pronouns),
                called_she="she" in pronouns,
                called_company=called_company(ent),
                called_it=called_it(ent),
                affiliation=_of_whom(ent),
                described=described(ent),
                instance=ent.text in goods,
                # "State" in "Secretary of State" is part of a title, not an actor ("Norway"
                # in "Norway's peace negotiator" is whose office it is: an actor)
                in_role=(
                    any(a <= ent.start_char and ent.end_char <= b for a, b in title_ranges)
                    and not (ent.end < len(doc) and doc[ent.end].tag_ == "POS")
                    and ent.start not in owners
                )
                or _is_portfolio(ent),
            )
        )
    return described_speakers(doc, out, offset)


def _beside_a_post(ent: Span) -> bool:
    """An apposition whose head is a post or a person ("the American ambassador", "Kenteris's
    lawyer"; not "the singer's latest single"), beside a name no demonym opens."""
    root = ent.root
    heads = [c for c in root.children if c.dep_ == "appos"]
    heads += [root.head] if root.dep_ == "appos" else []
    posts = [h for h in heads if not ent.start <= h.i < ent.end and role_word(h.text)]
    return bool(posts) and ent[0].text not in DEMONYMS and bool(apposition_role(ent))


def _may_be_titled(ent: Span) -> bool:
    """A person's name, or one tagged an organisation that reads as a person's: two
    capitalised words, none a body's ("Nadia Okafor", not "Norvik Foods")."""
    if ent.label_ == "PERSON":
        return True
    return (
        ent.label_ == "ORG"
        and len(ent) == 2
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in ent)
        and not {t.lower_ for t in ent} & (ORG_NAME_WORDS | COMPANY_NOUNS)
        and ent[0].text not in COUNTRIES  # "France Telecom"
    )


def _who_acts(ent: Span, label: str) -> Span | None:
    """The words whose place in the sentence says what a name does: the name's own, or for
    a people's word before a noun the state body it names ("Chinese officials said": the
    officials); None for a people's word on anything else ("Chinese restaurants")."""
    root = ent.root
    if label != "NORP" or root.dep_ not in ("amod", "compound") or root.head.pos_ != "NOUN":
        return ent
    head = root.head
    if head.lemma_.lower() in PEOPLES_BODIES or head.lemma_.lower() in ROLE_WORDS:
        return ent.doc[head.i : head.i + 1]
    return None


def _before_an_event(ent: Span) -> bool:
    """ "the Fukushima disaster", "the Lockerbie bombing": a place's name (whatever the
    tagger made it) naming what happened there, not anyone who acts."""
    root = ent.root
    return root.dep_ == "compound" and root.head.lemma_.lower() in PLACE_EVENT_NOUNS


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


def without_party(ent: Span) -> Span:
    """ "Tory Liam Fox" is Liam Fox: a party word the tagger took into a person's name."""
    if ent.label_ == "PERSON" and len(ent) > 2 and ent[0].lower_ in PARTY_WORDS:
        return ent.doc[ent.start + 1 : ent.end]
    return ent


def _called_a_place(ent: Span) -> bool:
    """ "the city of Tan-Tan", "the village of Amriyat": a place the text says is one."""
    doc, i = ent.doc, ent.start
    if i < 3 or doc[i - 1].lower_ != "of" or doc[i - 3].lower_ != "the":
        return False
    return doc[i - 2].lower_ in _PLACE_NOUNS


_PLACE_NOUNS = AREA_WORDS | {"village", "port"}


def _party_before(ent: Span) -> str:
    """ "Liberal Democrat" of "Liberal Democrat Paul Tyler" (not "Labour's Robin Cook")."""
    i = ent.start
    while i > 0 and ent.doc[i - 1].lower_ in PARTY_WORDS and i > ent.sent.start:
        if not ent.doc[i - 1].text[:1].isupper():
            break
        i -= 1
    return ent.doc[i : ent.start].text


def _names_an_event(ent: Span) -> bool:
    """An event's, a machine's or a period's name, which the tagger often calls an
    organisation: "the Boston Marathon", "the Parker Solar Probe", "the Middle Stone Age";
    alone, an event's word ("the Budget", "the Olympics")."""
    words = [t for t in ent if t.tag_ != "POS"]  # "the Parker Solar Probe's" too
    if " ".join(t.text for t in words if t.lower_ != "the") in COMPETITIONS:
        return True
    if len(words) <= 1:
        return bool(words) and words[0].lower_ in EVENT_NAME_WORDS
    return words[-1].lower_ in EVENT_NAME_WORDS | MACHINE_NAME_WORDS | PERIOD_NAME_WORDS


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
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.is_alpha:
        return False  # "UNRWA has demanded": a subject, not a dateline's place
    return not before or before.endswith("\n")


def _of_whom(ent: Span) -> str:
    """ "Ostrava" in "Foreign Minister Elena Kovar of Ostrava"; "Norvik" in "Tom Reed, from
    the union Norvik, said" (the parser hangs "from" on the verb)."""
    doc = ent.doc
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) and doc[ent.end].text == "," else None
    beside = (
        [after] if after is not None and after.lower_ == "from" and after.dep_ == "prep" else []
    )
    for prep in [*ent.root.children, *beside]:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
            kinds = ("GPE", "ORG", "NORP") if prep.lower_ == "of" else ("ORG",)
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in kinds:
                    ents = [e for e in ent.doc.ents if e.start <= pobj.i < e.end]
                    return ents[0].text if ents else pobj.text
    return ""
