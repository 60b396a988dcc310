"""A spaCy-backed tokenizer in the shape sumy expects.

sumy's own ``Tokenizer`` needs NLTK's punkt data, which cannot be downloaded
here; sumy accepts any object with ``to_sentences`` and ``to_words``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from briefing.nlp import model as nlp_module
from briefing.nlp.lexicon import PUNCTUATION_RUN

if TYPE_CHECKING:
    from spacy.language import Language

_ALNUM = re.compile(r"[^\W_]")  # a letter or a digit: what ``str.isalnum`` accepts, faster


class SpacyTokenizer:
    language = "english"

    def __init__(self, nlp: Language):
        self._nlp = nlp
        self.to_words = lru_cache(maxsize=4096)(self._words)

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        spans = nlp_module.sentence_spans(paragraph, nlp_module.parse(self._nlp, paragraph))
        return tuple(paragraph[a:b] for a, b in spans)

    def _words(self, sentence: str) -> tuple[str, ...]:
        # The rule-based tokenizer alone: no statistical component runs here. A run of one
        # punctuation mark is blanked first (quadratic in the tokenizer, and no word).
        text = PUNCTUATION_RUN.sub(" ", sentence)
        return tuple(w for w in (t.text for t in self._nlp.tokenizer(text)) if _ALNUM.search(w))
