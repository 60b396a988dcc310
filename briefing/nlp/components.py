"""Our changes to spaCy's pipeline: tokenizer rules and components that keep names,
titles, prefixed words and paragraphs whole (loaded by ``model.load_model``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.nlp.lexicon import (
    AREA_WORDS,
    DEMONYMS,
    FEMALE_NAMES,
    HONORIFICS,
    KNOWN_ORGANISATIONS,
    LANDSCAPE_WORDS,
    MALE_NAMES,
    ORG_NAME_WORDS,
    ORG_OF_PLACE_WORDS,
    PLACE_NAME_WORDS,
    ROLE_WORDS,
    TITLE_WORDS,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_NEWLINES = re.compile(r"\n\s*\n")


def customise(nlp: Language) -> None:
    _split_double_dashes(nlp)
    _keep_dotted_names(nlp)
    _keep_titles_whole(nlp)
    _amounts_end_sentences(nlp)
    if "parser" in nlp.pipe_names:
        _register_prefixed_words()
        nlp.add_pipe(PREFIXED_WORDS, first=True)
        _register_paragraph_breaks()
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    if "ner" in nlp.pipe_names:
        _register_whole_names()
        nlp.add_pipe(WHOLE_NAMES, after="ner")
        _register_known_names()
        nlp.add_pipe(KNOWN_NAMES, first=True)


def _split_double_dashes(nlp: Language) -> None:
    """'hearings--"I intend' is three tokens, not one name ('hearings--"I' intended)."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"--+", r"(?<=--)[\"“”]", r"[\"“”](?=--)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# "Leave.EU", "Vote.UK": a name with a region's code after a dot (the tokenizer splits a
# dot between a lower-case and a capital letter, for "end.The" in scraped text)
_DOTTED_NAME = re.compile(r"^[A-Z][a-z]+\.(?:EU|UK|US)$")


def _keep_dotted_names(nlp: Language) -> None:
    """ "Leave.EU campaign chairman": one token, not "Leave", ".", "EU" (the EU an actor)."""
    nlp.tokenizer.token_match = _DOTTED_NAME.match


def _amounts_end_sentences(nlp: Language) -> None:
    """ "cut subsidies by $587m. Spending rose": spaCy splits the unit off the number and
    keeps "m." whole as an abbreviation, so no sentence ended there ("£117m." ends many a UK
    report's sentence; "$5bn." was split already)."""
    nlp.tokenizer.rules = {
        k: v for k, v in nlp.tokenizer.rules.items() if k not in ("m.", "b.", "k.")
    }


def _keep_titles_whole(nlp: Language) -> None:
    """ "Sgt. Diana Freese": one token "Sgt.", as spaCy keeps "Sen." and "Gov.", so no
    sentence ends at the title and leaves it the speaker."""
    from spacy.symbols import ORTH

    from briefing.nlp.lexicon import ABBREVIATED_TITLES, WHOLE_HYPHENED

    for word in ABBREVIATED_TITLES:
        title = f"{word.capitalize()}."
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    for word in WHOLE_HYPHENED:  # "no U-turn": one noun, not "U", "-", "turn"
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


PARAGRAPH_BREAKS = "briefing_paragraph_breaks"
PREFIXED_WORDS = "briefing_prefixed_words"
WHOLE_NAMES = "briefing_whole_names"
KNOWN_NAMES = "briefing_known_names"
NAME_TAIL = 2  # at most this many capitalised words the model left out of a name
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
_NOT_SURNAMES = ORG_NAME_WORDS | PLACE_NAME_WORDS


def _register_whole_names() -> None:
    """A component that gives a person's name the capitalised words the model cut off:
    "Yoon Suk" + "Yeol" (three-part names are often cut after two)."""
    from spacy.language import Language
    from spacy.tokens import Span
    from spacy.util import filter_spans

    if Language.has_factory(WHOLE_NAMES):
        return

    @Language.component(WHOLE_NAMES)
    def whole_names(doc: Doc) -> Doc:
        ents, changed, extra = list(doc.ents), False, []
        for k, ent in enumerate(list(ents)):
            if ent.label_ == "NORP" and _cut_before(ent):
                # "the Liberal Democrats say", tagged "Democrats": the party's whole name
                ents[k], changed = Span(doc, ent.start - 1, ent.end, label="NORP"), True
                continue
            if ent.label_ == "ORG" and _office_cut(ent):
                # "the Attorney General's Office", tagged from "General": the whole office
                ents[k], changed = Span(doc, ent.start - 1, ent.end, label="ORG"), True
                continue
            if _paired_before(ent):
                # "The Public and Commercial Services Union", tagged from "Commercial"
                ents[k], changed = Span(doc, ent.start - 2, ent.end, label="ORG"), True
                continue
            if _DOTTED_NAME.match(ent.text):
                ents[k], changed = Span(doc, ent.start, ent.end, label="ORG"), True
                continue  # "Leave.EU", tagged a person: a campaign's name
            if _title_alone(ent):
                ents[k], changed = None, True
                continue  # "the current Archbishop of", tagged a place: a title
            person = _name_after_office(ent)
            if person is not None:  # "Archbishop of Canterbury Justin Welby", one body
                ents[k], changed = Span(doc, ent.start, person, label=ent.label_), True
                extra.append(Span(doc, person, ent.end, label="PERSON"))
                continue
            if _person_tagged_a_place(ent):  # "Chip and Joanna Gaines", tagged a place
                ents[k], changed = Span(doc, ent.start, ent.end, label="PERSON"), True
                continue
            end = _of_a_place(ent)
            if end is not None:  # "the Muslim Council" + "of" + "Britain": one body
                ents[k], changed = Span(doc, ent.start, end, label="ORG"), True
                continue  # (filter_spans drops the place, now inside it)
            if ent.label_ != "PERSON":
                continue
            if ent.start and _first_name(doc[ent.start - 1]):
                # "Mayor of London Sadiq Khan", "Sadiq" untagged or tagged a place
                ents = [None if e is not None and e.end == ent.start else e for e in ents]
                ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
                ents[k], changed = ent, True
            end = ent.end
            while (
                end < len(doc)
                and end - ent.end < NAME_TAIL
                and doc[end].pos_ == "PROPN"
                and doc[end].is_title
                and not doc[end].ent_type_
                and not doc[end].is_sent_start
            ):
                end += 1
            if end > ent.end:
                ents[k], changed = Span(doc, ent.start, end, label="PERSON"), True
        ents = [e for e in ents if e is not None] + extra
        untagged = _untagged_people(doc)
        if changed or untagged:
            doc.ents = sorted(filter_spans(ents + untagged), key=lambda e: e.start)
        return doc


def _of_a_place(ent) -> int | None:
    """Where a body's name tagged without its "of" part ends: "the Muslim Council" before
    "of Britain", "Law Society" before "of Scotland" (not a government's, which the
    country speaks for)."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent[-1].lower_ not in ORG_OF_PLACE_WORDS:
        return None
    if ent.end + 2 > len(doc) or doc[ent.end].lower_ != "of":
        return None
    place = next((e for e in doc.ents if e.start == ent.end + 1), None)
    if place is None or place.label_ not in ("GPE", "LOC") or doc[ent.end + 1].is_sent_start:
        return None
    return place.end


def _first_name(token) -> bool:
    """A known first name right before a tagged surname, left out of it or tagged apart."""
    return (
        token.is_title
        and token.lower_ in _FIRST_NAMES
        and (not token.ent_type_ or token.ent_type_ in ("GPE", "ORG") and token.ent_iob_ == "B")
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ == "B")
    )


def _person_tagged_a_place(ent) -> bool:
    """A known first name and one capitalised word, tagged a place or a body, where the
    second word names none ("Victoria Station", "Grace Church", "Scott County" stay)."""
    if ent.label_ not in ("GPE", "ORG", "LOC", "FAC") or len(ent) != 2:
        return False
    last = ent[1]
    return _first_and_surname(ent[0], last) and last.lower_ not in LANDSCAPE_WORDS | AREA_WORDS


def _first_and_surname(first, last) -> bool:
    """A known first name and a capitalised word after it that names no place or body, not
    in quotes alone (a nickname, a work's title)."""
    return (
        first.is_title
        and first.lower_ in _FIRST_NAMES
        and last.is_title
        and last.is_alpha
        and last.lower_ not in _NOT_SURNAMES
        and not _quoted(first.doc, first.i, last.i)
    )


def _office_before(ent) -> bool:
    """ "Archbishop of", "Governor of the": an office of the place or body named next."""
    at = ent.start - 1
    if at >= 0 and ent.doc[at].lower_ == "the":
        at -= 1
    return at >= 1 and ent.doc[at].lower_ == "of" and ent.doc[at - 1].lower_ in ROLE_WORDS


def _title_alone(ent) -> bool:
    """A title word tagged as a name of its own, before "of": "Archbishop" of "Archbishop
    of Canterbury"."""
    after = ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "of"
    return len(ent) == 1 and ent.label_ != "PERSON" and ent[0].lower_ in ROLE_WORDS and after


def _name_after_office(ent) -> int | None:
    """Where a person's name starts inside a place's or body's tagged name after an office:
    "Canterbury Justin Welby" of "Archbishop of Canterbury Justin Welby"."""
    if ent.label_ == "PERSON" or len(ent) < 3 or not _office_before(ent):
        return None
    for token in ent[1:-1]:
        rest = ent.doc[token.i : ent.end]
        if token.lower_ in _FIRST_NAMES and all(t.is_title and t.pos_ == "PROPN" for t in rest):
            return token.i
    return None


def _untagged_people(doc: Doc) -> list:
    """ "Director of Public Prosecutions Alison Saunders said", where the model tagged no
    name: a known first name and one capitalised word after it, both outside any entity and
    not a place's or a body's name ("Victoria Station", "Grace Church")."""
    from spacy.tokens import Span

    tagged = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    out = []
    for first in doc[:-1]:
        last = doc[first.i + 1]
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if (
            first.i not in tagged
            and last.i not in tagged
            and last.pos_ == "PROPN"
            and not last.is_sent_start
            and not (after is not None and after.is_title and after.pos_ == "PROPN")
            and not (out and out[-1].end > first.i)
            and _first_and_surname(first, last)
        ):
            out.append(Span(doc, first.i, last.i + 1, label="PERSON"))
    return out


def _quoted(doc: Doc, start: int, end: int) -> bool:
    """ "fans address him as "Xi Dada"": a nickname or a work's title, in quotes alone."""
    return 0 < start and end + 1 < len(doc) and doc[start - 1].is_quote and doc[end + 1].is_quote


def _cut_before(ent) -> bool:
    """A capitalised word the model left before a group's name ("Liberal" of "Liberal
    Democrats", "Social" of "Social Democrats"); not a demonym, a title or a sentence's
    first word."""
    if not ent.start:
        return False
    word = ent.doc[ent.start - 1]
    return (
        word.pos_ == "PROPN"
        and word.is_title
        and not word.ent_type_
        and not word.is_sent_start
        and word.dep_ in ("amod", "compound")
        and ent.start <= word.head.i < ent.end
        and word.text not in DEMONYMS
        and word.lower_ not in TITLE_WORDS | HONORIFICS
    )


def _office_cut(ent) -> bool:
    """A body's name tagged from "General", the title's word before it left out:
    "Attorney" + "General's Office", "Inspector" + "General's report"."""
    if not ent.start or ent[0].text != "General" or len(ent) < 2:
        return False
    word = ent.doc[ent.start - 1]
    return word.pos_ == "PROPN" and word.is_title and not word.ent_type_ and not word.is_sent_start


def _paired_before(ent) -> bool:
    """A body's name that opens with two words joined by "and", cut after the "and": "the
    Public and" + "Commercial Services Union". The word before "and" is no name of its own
    ("the UK and European Commission" are two)."""
    doc, start = ent.doc, ent.start
    if ent.label_ != "ORG" or start < 3 or len(ent) < 2:
        return False  # "The Punisher and House (of the Dead)": a bare "House" is no body
    if ent[-1].lower_ not in ORG_NAME_WORDS:
        return False
    word = doc[start - 2]
    return (
        doc[start - 1].lower_ == "and"
        and doc[start - 3].lower_ == "the"
        and word.is_title
        and (not word.ent_type_ or _tagged_alone(word))  # "Public", tagged a body alone
        and not word.is_sent_start
        and word.text not in DEMONYMS
    )


def _tagged_alone(word) -> bool:
    """A word tagged a body by itself that names none: "Public", not "BBC", "Senate" or a
    "Pentagon" the text names again on its own."""
    alone = word.ent_iob_ == "B" and word.nbor(1).ent_iob_ != "I"
    named = word.is_upper or word.lower_ in ORG_NAME_WORDS
    if word.ent_type_ != "ORG" or not alone or named:
        return False
    return not any(e.text == word.text and e.start != word.i for e in word.doc.ents)


def _register_known_names() -> None:
    """A first component that makes each of ``KNOWN_ORGANISATIONS`` one token, tagged an
    organisation before the model runs: the parser then reads "Save the Children said" as a
    subject and a verb, and the NER keeps the name whole."""
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span
    from spacy.util import filter_spans

    if Language.has_factory(KNOWN_NAMES):
        return

    @Language.factory(KNOWN_NAMES)
    def known_names(nlp: Language, name: str):
        matcher = PhraseMatcher(nlp.vocab)
        matcher.add("ORG", [nlp.make_doc(n) for n in KNOWN_ORGANISATIONS])

        def merge(doc: Doc) -> Doc:
            found = filter_spans([doc[a:b] for _, a, b in matcher(doc)])
            if not found:
                return doc
            marks = [(span.start_char, span.end_char) for span in found]
            with doc.retokenize() as retokenizer:
                for span in found:
                    retokenizer.merge(span)
            names = [doc.char_span(a, b) for a, b in marks]
            doc.set_ents([Span(doc, n.start, n.end, "ORG") for n in names], default="unmodified")
            return doc

        return merge


def _register_prefixed_words() -> None:
    """A component that keeps "re-submit" and "co-operate" one word: split at the hyphen,
    "re" took the modal ("should re-submit") and the verb was lost."""
    from spacy.language import Language

    if Language.has_factory(PREFIXED_WORDS):
        return

    @Language.component(PREFIXED_WORDS)
    def prefixed_words(doc: Doc) -> Doc:
        with doc.retokenize() as retokenizer:
            for token in doc[:-2]:
                hyphen, word = doc[token.i + 1], doc[token.i + 2]
                joined = not token.whitespace_ and not hyphen.whitespace_
                if joined and token.lower_ in ("re", "co") and hyphen.text == "-":
                    if word.is_alpha and word.is_lower:
                        retokenizer.merge(doc[token.i : token.i + 3])
        return doc


def _register_paragraph_breaks() -> None:
    """A component that starts a sentence after every blank line and at an opening "The" or
    "He" run on from a lower-case word, and none at a lower-case word run on from a word: the
    parser keeps preset boundaries, so no parse (and no commitment, quote or event) runs from
    a caption or a sub-headline into the next paragraph, nor stops at "... our rhythm | but
    I don't think"."""
    import numpy
    from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, LENGTH, ORTH, SENT_START
    from spacy.language import Language
    from spacy.strings import hash_string

    if Language.has_factory(PARAGRAPH_BREAKS):
        return
    opener_ids = numpy.array([hash_string(w) for w in sorted(_OPENERS)], dtype=numpy.uint64)

    @Language.component(PARAGRAPH_BREAKS)
    def paragraph_breaks(doc: Doc) -> Doc:
        # one array for the doc, read and written back at once: setting ``is_sent_start``
        # token by token checks the whole doc's annotation each time
        space, alpha, lower, length, orth = doc.to_array(
            [IS_SPACE, IS_ALPHA, IS_LOWER, LENGTH, ORTH]
        ).T  # (uint64: ORTH is a hash)
        starts = doc.to_array([SENT_START]).astype(numpy.int64)
        word = (alpha & lower).astype(bool)  # a lower-case word
        # "... rhythm | but I don't": no new sentence (a line break is a token of its own)
        starts[1:][alpha[:-1].astype(bool) & word[1:]] = -1
        # "... than a colleague | The cost of divorce": a caption or highlight run into the
        # text, and the sentence after it (not "watch The Voice", whose next word is a name's)
        run_in = word[:-2] & (length[:-2] > 2) & numpy.isin(orth, opener_ids)[1:-1] & word[2:]
        starts[1:-1][run_in] = 1
        for i in numpy.flatnonzero(space[:-1]):
            if _NEWLINES.search(doc[int(i)].text_with_ws):
                starts[i + 1] = 1
        doc.from_array([SENT_START], starts.astype(numpy.uint64))  # -1 as spaCy stores it
        return doc


# a sentence's opening word, run on from a lower-case word with no full stop between
_OPENERS = frozenset("The It He She They This These We His Her Their".split())
