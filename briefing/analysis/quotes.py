"""Direct quotations and their speakers."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.models import Quote
from briefing.nlp.lexicon import DOCUMENT_NOUNS, SPEECH_VERBS
from briefing.nlp.model import doc_text, sentence_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing.analysis.resolve import Resolver

# An unattributed quote paragraph goes on from the last speaker at most this many
# paragraphs on (the one holding that speaker's quote counts).
RUN_ON_PARAGRAPHS = 3
_MARK = re.compile(r"[“”\"]")


@dataclass
class QuoteSpan:
    start: int  # of the quoted words, inside the quote marks
    end: int
    speaker: str = ""
    speaker_token: int | None = None
    # quotes inside this one ("He said, 'We need to ...'"): another's words, retold
    nested: tuple[tuple[int, int], ...] = ()


def quote_spans(text: str, blocks: Sequence[tuple[int, int]] = ()) -> list[QuoteSpan]:
    """The quoted passages. A straight quote mark opens after a space and closes before
    one; an opening with no closing before the next opening (a quote that runs on into a
    new paragraph, whose marks a flattened text keeps) ends where the next one opens.
    ``blocks`` are block quotes from the markup, quotes without marks."""
    spans = _marked_spans(text)
    for single in _single_spans(text):  # British style: 'We will,' he said.
        outer = next((s for s in spans if s.start <= single.start < s.end), None)
        if outer is None:
            spans.append(single)
        elif single.end <= outer.end:
            outer.nested += ((single.start, single.end),)
    for start, end in blocks:
        if not any(s.start < end and start < s.end for s in spans):
            spans.append(QuoteSpan(start, end))
    return sorted(spans, key=lambda s: s.start)


def _marked_spans(text: str) -> list[QuoteSpan]:
    spans = []
    opened: int | None = None
    for mark in _MARK.finditer(text):
        at = mark.start()
        if _is_opening(text, at):
            if opened is not None and at - opened > 2:
                spans.append(QuoteSpan(opened, _trim_end(text, opened, at)))
            opened = at + 1
        elif opened is not None:
            if at - opened >= 2:
                spans.append(QuoteSpan(opened, at))
            opened = None
    return spans


def _single_spans(text: str) -> list[QuoteSpan]:
    """Quotes in single marks, told from apostrophes ("don't", "Pickles' interview",
    "the '90s"): one opens after a space or a colon and before a word; it closes at the
    first mark after punctuation ("...,' he said") before the next opening, else at the
    first mark that ends a word (a quoted phrase: 'car crash' interview), else where the
    next one opens (a quote that runs on into a new paragraph)."""
    opens = [m.start() for m in _SINGLE_OPEN.finditer(text)]
    spans = []
    for i, at in enumerate(opens):
        limit = opens[i + 1] if i + 1 < len(opens) else len(text)
        closes = [m.start() for m in _SINGLE_CLOSE.finditer(text, at + 1, limit)]
        after_stop = [c for c in closes if text[c - 1] in ",.!?"]
        end = (after_stop or closes or [None])[0]
        if end is None:
            if limit == len(text):
                continue  # an apostrophe, or a quote never closed
            end = _trim_end(text, at + 1, limit)
        if end - at > 2:
            spans.append(QuoteSpan(at + 1, end))
    return spans


_SINGLE_OPEN = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[:—–-]))['‘](?=[A-Za-z0-9])(?!\d0s|em\b|til\b|cause\b|n['’]|tis\b|(?:s|re|ll|ve|d|m|t)\b)",
    re.M,
)
_SINGLE_CLOSE = re.compile(r"(?<=[^\s])['’](?=$|[\s,.;:!?)—–-])", re.M)


def _is_opening(text: str, at: int) -> bool:
    mark = text[at]
    if mark in "“”":
        return mark == "“"
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in "([—-:") and not after.isspace()


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def attribute(spans: list[QuoteSpan], doc: Doc, offset: int, resolver: Resolver) -> None:
    """Give each quote in this chunk its speaker: "...," Kovar said / She said: "..."."""
    previous: QuoteSpan | None = None
    for span in spans:
        if not offset <= span.start < offset + len(doc_text(doc)):
            continue
        # '..." Kovar said' after the quote, or 'Kovar said, "...' before a quote of
        # several sentences
        first = sentence_at(doc, span.start - offset)
        verb = None
        for sentence in (sentence_at(doc, span.end - offset), first):
            verb = _speech_verb(sentence, span, offset) if sentence is not None else None
            if verb is not None:
                break
        if verb is None:  # "Ms Lee said:" and the quote as the next paragraph or block quote
            lead_in = _lead_in(doc, span.start - offset)
            verb = _speech_verb(lead_in, span, offset) if lead_in is not None else None
        subject = _subject(verb) if verb is not None else None
        if subject is None:
            subject = _according_to(first, span, offset) or _named_after(doc, span, offset)
        goes_on = subject is not None and previous and previous.speaker and _goes_on(verb, subject)
        if goes_on and not resolver.people_between(previous.end, span.start) - {previous.speaker}:
            # '"...," he added', no one else named since: the last quote's speaker
            span.speaker = previous.speaker
            span.speaker_token = subject.i
        elif subject is not None:
            after = offset + subject.idx >= span.end  # '"...," he said'
            span.speaker = resolver.speaker(subject, offset, span.start if after else None)
            span.speaker_token = subject.i
        elif _tagged_unread(doc, span, offset):
            pass  # '"...," the statement read.': its source, not the teller before it
        elif (told := _teller_just_before(doc, span, offset, resolver)) is not None:
            # 'Mosadiq says the fight began long ago. "Women's activism is nothing new."'
            span.speaker, span.speaker_token = told
        elif previous and previous.speaker and _same_paragraph(doc, previous, span, offset):
            span.speaker = previous.speaker  # a quote that runs on from the last one
        elif previous and previous.speaker and _runs_on(doc, previous, span, offset, resolver):
            span.speaker = previous.speaker
        previous = span


def _goes_on(verb: Token | None, subject: Token) -> bool:
    return subject.lower_ in ("he", "she") and verb is not None and verb.lemma_ == "add"


def _lead_in(doc: Doc, char: int) -> Span | None:
    """The sentence that ends with a colon just before ``char``, in the paragraph before."""
    text = doc_text(doc)
    before = text[:char].rstrip(" \t\n\"“'‘")
    if not before.endswith(":") or "\n" not in text[len(before) : char]:
        return None
    return sentence_at(doc, len(before) - 1)


def _teller_just_before(doc: Doc, span: QuoteSpan, offset: int, resolver) -> tuple | None:
    """(speaker, token) of a person named as the teller of the sentence before a quote."""
    told = _told_just_before(doc, span, offset)
    who = resolver.speaker(told, offset, None) if told is not None else ""
    return (who, told.i) if who and resolver.is_person(who) else None


def _told_just_before(doc: Doc, span: QuoteSpan, offset: int) -> Token | None:
    """The named teller of the sentence right before a quote that names no one ("Mosadiq
    says the fight began long ago."): the quote is the teller's, as news writes it; not a
    sentence that is or holds a quote of its own."""
    text = doc_text(doc)
    opening = text[: span.start - offset].rstrip(" \t\"“'‘")
    before = sentence_at(doc, len(opening) - 1) if opening.endswith((".", "!")) else None
    if (
        before is None
        or _MARK.search(before.text)
        or "\n" in text[before.end_char : span.start - offset]
    ):
        return None
    verb = _speech_verb(before, span, offset)
    teller = _subject(verb) if verb is not None and verb.dep_ == "ROOT" else None
    return teller if teller is not None and teller.pos_ == "PROPN" else None


def _speech_verb(sentence: Span, span: QuoteSpan, offset: int) -> Token | None:
    for token in sentence:
        inside = span.start <= offset + token.idx < span.end
        if not inside and token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS:
            if _subject(token) is not None:
                return token
        if not inside and token.lemma_ == "read" and token.dep_ == "ROOT":
            subject = _subject(token)  # '"...," the statement read'
            if subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS:
                return token
    return None


def _according_to(sentence: Span | None, span: QuoteSpan, offset: int) -> Token | None:
    """ "Lopez" in 'According to Ana Lopez, "we will ..."'."""
    for token in sentence or ():
        if token.lower_ == "according" and not span.start <= offset + token.idx < span.end:
            for prep in token.children:
                for noun in prep.children if prep.lower_ == "to" else ():
                    if noun.dep_ == "pobj" and noun.ent_type_ in ("PERSON", "ORG", "GPE"):
                        return noun
    return None


def _named_after(doc: Doc, span: QuoteSpan, offset: int) -> Token | None:
    """ "Guest" in '"...," Jonas Guest, vice president at Nokia, told the BBC': a name right
    after the quote that the parser took into it, before a speech verb it left no subject."""
    sentence = sentence_at(doc, span.end - offset)
    after = [t for t in sentence or () if offset + t.idx >= span.end]
    words = [t for t in after if not t.is_punct]
    if not words or words[0].ent_type_ != "PERSON" or words[0].ent_iob_ != "B":
        return None
    told = any(
        t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS and _subject(t) is None
        for t in after[:20]
    )
    return words[0] if told else None


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for "..., telling reporters that", the subject of the clause
    the participle hangs on ("Widodo appeared to shrug it off, telling reporters")."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.tag_ not in ("VBG", "VBN"):
            return None
        verb = verb.head
    return None


def _runs_on(doc: Doc, previous: QuoteSpan, span: QuoteSpan, offset: int, resolver) -> bool:
    """A paragraph that is nothing but a quote, a few paragraphs after the last speaker's
    quote, with no one else named between: the news convention for the same speaker
    going on ('"Derby have greater needs," he says' ... '"We're going to do it."')."""
    text = doc_text(doc)
    start, end = span.start - offset, span.end - offset
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip(" \t\"“'‘"):
        return False  # words before the quote: it is attributed there, or not at all
    after = text[end:line_end]
    if after.strip(" \t\"”'’.,") and not _ends_before_a_sentence(text[:end], after):
        return False  # '"...," he said' after it: the same
    between = text[previous.end - offset : line_start]
    if len([p for p in between.split("\n") if p.strip()]) > RUN_ON_PARAGRAPHS:
        return False
    if resolver.people_between(previous.end, offset + line_start) - {previous.speaker}:
        return False  # another person named since: the quote may be theirs
    return not any(
        ent.label_ == "PERSON"
        and previous.end - offset <= ent.start_char < line_start
        and resolver.name(ent.text) is None
        for ent in doc.ents
    )  # nor a name the tagger saw that no actor holds


def _ends_before_a_sentence(before: str, after: str) -> bool:
    """'"We will axe 162 quangos." Lib Dem spokesman Ed Davey said ...': the quote is a
    whole sentence, and the words after it start the next."""
    return before.rstrip()[-1:] in (".", "!", "?") and bool(_NEXT_SENTENCE.match(after))


_NEXT_SENTENCE = re.compile(r"[\"”'’]\s+[A-Z]")


def _tagged_unread(doc: Doc, span: QuoteSpan, offset: int) -> bool:
    """'"..., we will post it here," the post read.': a quote tagged with a source that is no
    one's name; it is not the last speaker's."""
    text = doc_text(doc)
    end = span.end - offset
    return text[:end].rstrip(" \"”'’")[-1:] == "," and bool(_LOWER_TAG.match(text, end))


_LOWER_TAG = re.compile(r"[\"”'’]?\s+(?:[a-z][\w'’-]*\s+){1,4}[a-z][\w'’-]*[.!?](?:\s|$)")


def _same_paragraph(doc: Doc, a: QuoteSpan, b: QuoteSpan, offset: int) -> bool:
    return "\n" not in doc_text(doc)[a.end - offset : b.start - offset]


def quotes_for(spans: list[QuoteSpan], text: str, source_id: str) -> list[Quote]:
    return [
        Quote(text[s.start : s.end].strip(), s.speaker, source_id, s.start, s.end)
        for s in spans
        if s.speaker and len(text[s.start : s.end].split()) >= 4
    ]


def retold(quote: QuoteSpan, at: int) -> bool:
    """Character ``at`` is in a quote inside ``quote``: words its speaker retells."""
    return any(start <= at < end for start, end in quote.nested)


def quote_at(at: int, quotes: list[QuoteSpan], starts: list[int]) -> QuoteSpan | None:
    """The quote holding character ``at``; ``quotes`` are in text order, not overlapping,
    and ``starts`` are their starts."""
    i = bisect.bisect_right(starts, at) - 1
    return quotes[i] if i >= 0 and quotes[i].start <= at < quotes[i].end else None
