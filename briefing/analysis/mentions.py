"""Mentions: each named entity of a parse as a plain record, with what the sentence around
it says: a title or apposition that gives a role ("US Secretary of State Antony Blinken",
"Henrik Dahl, Norvik's chief"), an honorific, whether it speaks or is a subject, "X of Y".
``entities`` merges them into actors."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.analysis.names import common_acronyms
from briefing.analysis.naming import called_company, called_he, called_it
from briefing.models import Mention
from briefing.nlp.lexicon import (
    ABBREVIATED_TITLES,
    CLAIMING_VERBS,
    EVENT_NAME_WORDS,
    HONORIFICS,
    LOCATIVE,
    MACHINE_NAME_WORDS,
    NAME_TITLES,
    PARTY_WORDS,
    PERSON_NOUNS,
    PORTFOLIO_TITLES,
    PORTFOLIOS,
    ROLE_WORDS,
    SPEECH_VERBS,
    TITLE_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

KINDS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
}


def mentions_from_doc(doc: Doc, offset: int, source_id: str) -> list[Mention]:
    """Named mentions of a parsed chunk, with roles, titles and speaker flags."""
    titles = {ent.start: _title_before(ent) for ent in doc.ents if ent.label_ == "PERSON"}
    title_ranges = [(t.start_char, t.end_char) for t in titles.values() if t is not None]
    things = common_acronyms(doc.text)
    out = []
    for ent in doc.ents:
        if ent.label_ not in KINDS or is_dateline(ent):
            continue
        if _names_an_event(ent) or ent.text.removesuffix("s") in things:
            continue  # an event, a thing ("GMO (genetically modified organism)") is no actor
        if ent.label_ == "PERSON" and ent.text.islower():
            continue  # "pale and gaunt" tagged a person: a person's name has a capital
        if ent.label_ == "PERSON" and len(ent) > 1 and all(_title_word(t.text) for t in ent):
            continue  # "Det Chief" tagged apart from "Insp Nora Quist": a title, no one
        if (
            len(ent) == 1
            and _title_word(ent.text)
            and ent.start
            and ent.doc[ent.start - 1].lower_ in ("the", "a")
        ):
            continue  # "The MEP said", tagged a person: a title, whose is read elsewhere
        label = ent.label_
        ent = without_party(ent)
        while len(ent) > 1 and ent[0].pos_ == "VERB" and (ent[0].is_lower or ent[0].tag_ == "VBG"):
            # "Fearing Irene's wrath, Amtrak ...", "to reintroduce Clinton": the name is
            # after the verb ("Kiss Cam", "Frozen Four" are names)
            ent = ent.doc[ent.start + 1 : ent.end]
        title = titles.get(ent.start)
        role = _clean_role(title.text) if title is not None else ""
        abbreviated = ent[0].lower_.rstrip(".") in ABBREVIATED_TITLES  # "Det" tagged an org
        if (label == "PERSON" or abbreviated) and _titled_inside(ent):
            # "Lawyer Alan Dershowitz", "Prime Minister David Cameron": the title tagged in
            words = 1
            while _titled_inside(ent[words:]):
                words += 1
            role = _spelled_out(f"{role} {ent[:words].text}")  # "Det Chief" + "Insp"
            ent = ent.doc[ent.start + words : ent.end]
            label = "PERSON"  # "Det Chief Insp Neil Jamieson", tagged an organisation
        if not role and label == "PERSON":
            role = _apposition_role(ent) or _abbreviated_title(ent) or _predicate_role(ent)
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
                speaks=_speaks(ent),
                subject=ent.root.dep_ in ("nsubj", "nsubjpass") or _who_does(ent.root),
                argument=_is_argument(ent),
                located=_located(ent),
                called_he=called_he(ent),
                called_company=called_company(ent),
                called_it=called_it(ent),
                affiliation=_of_whom(ent),
                # "State" in "Secretary of State" is part of a title, not an actor.
                in_role=any(a <= ent.start_char and ent.end_char <= b for a, b in title_ranges)
                or _is_portfolio(ent),
            )
        )
    return _described_speakers(doc, out, offset)


def _described_speakers(doc: Doc, mentions: list[Mention], offset: int) -> list[Mention]:
    """ "Federica Mogherini told CNN ... The EU high representative for foreign affairs said":
    a described speaker right after a named one is a second reference, so the name takes
    the description as its role (when nothing else gave it one, and no other person in the
    chunk holds that title). With no one speaking there, a description that opens its
    sentence is the one person named in the sentence before."""
    people = [m for m in mentions if m.label == "PERSON"]
    out = list(mentions)
    for sent in doc.sents:
        head = _described_subject(sent)
        if head is None or not sent.start:
            continue
        previous = doc[sent.start - 1].sent  # and the one before: a title in quotes splits
        before = doc[previous.start - 1].sent if previous.start else previous
        lo, hi = offset + before.start_char, offset + previous.end_char
        speakers = {m.text for m in people if m.speaks and lo <= m.start < hi}
        if not speakers and head.left_edge.i == sent.start and _once_or_now(head):
            # "Wall Street is ready for Hillary Clinton. The former secretary of state
            # confirmed": the one person of the sentence before, described as it opens
            # ("The judge said", after a defendant is named, is someone else)
            first, last = offset + previous.start_char, offset + previous.end_char
            speakers = {m.text for m in people if first <= m.start < last}
        word = head.lower_
        if len(speakers) != 1 or any(word in (m.role + " " + m.title).lower() for m in people):
            continue
        name = speakers.pop()
        if any(m.text == name and m.role for m in out):
            continue
        words = [t for t in head.subtree if not t.is_punct]
        role = _short_role(_clean_role(doc[words[0].i : words[-1].i + 1].text))
        out = [replace(m, role=role) if m.text == name and m.label == "PERSON" else m for m in out]
    return out


def _once_or_now(role: Token) -> bool:
    """ "the former secretary of state", "the new president": how a report names again."""
    return any(c.lower_ in ("former", "new", "outgoing", "incoming") for c in role.children)


def _who_does(token: Token) -> bool:
    """ "a response from Maduro, who has been collecting signatures": he did something."""
    return any(
        c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)
        for c in token.children
    )


def _described_subject(sent: Span):
    """The head noun of "the [...] representative [...]" as the subject of a verb of
    saying, with no name in it; else None."""
    for token in sent:
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in SPEECH_VERBS:
            continue
        if token.pos_ != "NOUN" or token.lower_ not in ROLE_WORDS:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            continue
        if any(t.ent_type_ == "PERSON" for t in token.subtree):
            continue
        return token
    return None


def _predicate_role(ent: Span) -> str:
    """ "Mr Rhodes is also deputy leader of Leicestershire County Council", "Denis
    McDonough, who is Obama's chief of staff,"."""
    root = ent.root
    verb = root.head
    relative = [c for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"]
    if relative and any(c.lower_ == "who" for c in relative[0].children):
        verb = relative[0]
    elif root.dep_ != "nsubj" or verb.lemma_ != "be":
        return ""
    if any(c.dep_ == "neg" for c in verb.children):
        return ""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CLAIMING_VERBS:
        return ""  # "his attorney argued that Knight was the victim": a claim, no role
    for attr in verb.children:
        if attr.dep_ == "attr" and _role_word(attr.text) and attr.pos_ == "NOUN":
            words = [t for t in attr.subtree if t.dep_ not in ("relcl", "acl")]
            run = _contiguous([t for t in words if not t.is_punct], attr)
            return _short_role(_clean_role(ent.doc[run[0].i : run[-1].i + 1].text))
    return ""


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


def _names_an_event(ent: Span) -> bool:
    """An event's or a machine's name, which the tagger often calls an organisation: "the
    Boston Marathon", "the Malaysian Grand Prix", "the Parker Solar Probe"."""
    words = [t for t in ent if t.tag_ != "POS"]  # "the Parker Solar Probe's" too
    return len(words) > 1 and words[-1].lower_ in EVENT_NAME_WORDS | MACHINE_NAME_WORDS


def _titled_inside(ent: Span) -> bool:
    """A role word the tagger took into a name of three or more words: "Lawyer Alan
    Dershowitz", "General Khalifa Haftar"; a royal's is part of the name ("Prince Andrew"),
    and "Dean" is as often a first name."""
    first = ent[0].lower_
    titled = first in ROLE_WORDS or first.rstrip(".") in ABBREVIATED_TITLES  # "Det Chief Insp"
    return len(ent) >= 3 and titled and first not in NAME_TITLES


def _title_before(ent: Span) -> Span | None:
    """The title right before a name: "US Secretary of State" Antony Blinken."""
    doc = ent.doc
    i = ent.start
    start = i
    while i > ent.sent.start:
        token = doc[i - 1]
        word = token.text
        if token.ent_type_ == "PERSON" and not _title_word(word):
            break  # another person's name: "Prime Minister Lena Holm and opposition leader"
        if _title_word(word):
            start = i - 1
        elif (
            token.pos_ in ("PROPN", "ADJ", "NOUN")
            and start < ent.start
            and token.head.i > token.i
            # "a video of ESPN reporter X"; "News of the World editor X" is one name
            and (doc[i].lower_ not in ("of", "for") or token.text[:1].isupper())
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
    if not len(span) or not any(_role_word(t.text) for t in span):
        return None
    return span


def _spelled_out(title: str) -> str:
    """ "Det Chief Insp": "detective chief inspector"; "Prime Minister": "prime minister"."""
    return " ".join(ABBREVIATED_TITLES.get(w.lower().rstrip("."), w).lower() for w in title.split())


def _title_word(word: str) -> bool:
    """ "Det", "Chief", "Mr", "sheriff": a word of a title, not of a name."""
    bare = word.lower().rstrip(".")
    return _role_word(word) or bare in HONORIFICS or bare in ABBREVIATED_TITLES


def _role_word(word: str) -> bool:
    """A title ("minister") or another word for what a person is ("sheriff", "mother")."""
    return word.lower() in ROLE_WORDS or word.lower() in PERSON_NOUNS


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
        words = [t for t in words if not t.is_punct or t.text == "-"]  # "president-elect"
        run = _contiguous(words, head)
        phrase = _clean_role(ent.doc[run[0].i : run[-1].i + 1].text)
        if phrase and any(_role_word(w) for w in re.split(r"[\s-]+", phrase)):
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
    if len(words) > most + 1:
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
# a market page's ticker before a title: "BP, +0.60% Chairman"
_TICKER = re.compile(r"^.*[+\-−]\d[\d.,]*%\s+")


def _clean_role(text: str) -> str:
    text = " ".join(text.split()).strip(" ,-–—")
    text = _ROLE_LEAD.sub("", _TICKER.sub("", text))
    words = text.split()
    while words and words[-1].lower().rstrip(".") in HONORIFICS:
        words.pop()
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words.pop(0)
    if "and" in words[1:-1]:  # "Swift and Swift's younger brother": the last one's role
        last = len(words) - 1 - words[::-1].index("and")
        if not any(_role_word(w) for w in words[:last]):
            words = words[last + 1 :]
    while words and words[0].lower() in ("old", "born", "year-old"):
        words.pop(0)  # "17-year-old son" split by the tokenizer, "Iranian-born"
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


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "attr"})


def _is_argument(ent: Span) -> bool:
    """ "Bangladeshis" in "the rescued included Bangladeshis and Rohingya", not "Syria" in
    "parts of Iraq and Syria"."""
    token = ent.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ARGUMENT_DEPS


def _located(ent: Span) -> bool:
    """ "in Melton Mowbray", "at Gallipoli": where, as no person is."""
    token = ent.root
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE


def _speaks(ent: Span) -> bool:
    root = ent.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_VERBS
