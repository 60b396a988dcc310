from __future__ import annotations

import pytest

from briefing import Article, BriefingError, summarize
from briefing.summary.rankers import RANKERS

TEXT = """The city council approved a new budget on Monday after a long debate.

The plan includes 12 million dollars for parks and public libraries across the city. Mayor Ana Ruiz said the budget would cut waiting times at clinics by a third.

Critics on the council said property taxes would rise next year. The vote was 7 to 2, with two members absent.

The budget takes effect on July 1. Officials will publish quarterly reports on spending."""


def check_invariants(text, chosen):
    positions = [text.index(s.text) for s in chosen]
    for s in chosen:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
    assert positions == sorted(positions)
    assert [s.start for s in chosen] == sorted(s.start for s in chosen)


@pytest.mark.parametrize("algorithm", sorted(RANKERS))
def test_every_algorithm_returns_source_sentences_in_order_within_budget(algorithm):
    chosen = summarize(TEXT, sentences=3, algorithm=algorithm)
    assert len(chosen) == 3
    check_invariants(TEXT, chosen)


@pytest.mark.parametrize("words", [5, 20, 40, 80])
def test_word_budget_is_never_exceeded(words):
    chosen = summarize(TEXT, words=words)
    assert sum(len(s.text.split()) for s in chosen) <= words
    check_invariants(TEXT, chosen)


def test_ratio_budget():
    chosen = summarize(TEXT, ratio=0.5)
    assert len(chosen) == 4  # half of the 8 sentences
    check_invariants(TEXT, chosen)


def test_result_is_deterministic():
    runs = [[(s.start, s.score) for s in summarize(TEXT, sentences=2)] for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]


def test_lead_takes_the_first_sentences():
    chosen = summarize(TEXT, sentences=2, algorithm="lead")
    assert [s.index for s in chosen] == [0, 1]


def test_paragraph_breaks_end_sentences():
    text = "Headline without a full stop\n\nThe body starts here. It goes on."
    chosen = summarize(text, sentences=3, algorithm="lead")
    assert chosen[0].text == "Headline without a full stop"


@pytest.mark.parametrize(
    "quote",
    [
        # from XSum and CNN/DM dev texts, where spaCy ended a sentence before "but" or "so"
        '"I am not going to be here next season but I want to finish in the best possible '
        'way," said Tom Reed.',
        '"The hail came out of nowhere so it was kind of shocking," Ann Holt said.',
    ],
)
def test_no_sentence_starts_at_a_lower_case_word_run_on_from_a_word(quote):
    from briefing.nlp.model import load_model, parse

    chosen = summarize(quote, sentences=3, algorithm="lead")  # spaCy's senter
    assert [s.text for s in chosen] == [quote]
    for _, doc in parse(load_model(None, "full"), quote):  # its parser, which analysis reads
        assert len(list(doc.sents)) == 1


def test_a_sentence_run_in_after_a_caption_starts_at_its_opening_word():
    # from a CNN/DM day (seed 222): a highlight run into the text made one bottom-line item
    # of "... than a colleague The cost of divorce can wreck retirement ..."
    from briefing.nlp.model import load_model, parse, sentence_spans

    text = (
        "Ann Holt's savers can expect an income 13% higher than a colleague The cost of a "
        "divorce can wreck a pension many years later, according to research. Fans will "
        "watch The Voice on Saturday. Tom Reed told The Guardian that he would sing."
    )
    spans = sentence_spans(text, parse(load_model(None, "full"), text))
    assert [text[a:b] for a, b in spans] == [
        "Ann Holt's savers can expect an income 13% higher than a colleague",
        "The cost of a divorce can wreck a pension many years later, according to research.",
        "Fans will watch The Voice on Saturday.",
        "Tom Reed told The Guardian that he would sing.",
    ]


def test_an_amount_in_millions_ends_a_sentence():
    text = "The council will cut its budget by $587m. Spending on roads is set to rise. It is 7 a.m. now."
    chosen = summarize(text, sentences=3, algorithm="lead")
    assert [s.text for s in chosen] == [
        "The council will cut its budget by $587m.",
        "Spending on roads is set to rise.",
        "It is 7 a.m. now.",
    ]


def test_a_pages_time_stamp_is_no_part_of_the_first_sentence():
    text = (
        "6 December 2014 Last updated at 09:15 GMT The Harbour Awards are one of the "
        "best-known music nights in Wales. Sam Tate has six nominations."
    )
    chosen = summarize(text, sentences=2, algorithm="lead")
    assert chosen[0].text == "The Harbour Awards are one of the best-known music nights in Wales."
    assert all(text[s.start : s.end] == s.text for s in chosen)


def test_cluster_summary_keeps_each_documents_order_and_ids():
    docs = [
        Article(id="a", text="Alpha one happened today. Alpha two followed it. Alpha three ended."),
        Article(id="b", text="Beta one was reported. Beta two was denied. Beta three was noted."),
    ]
    chosen = summarize(docs, sentences=4, algorithm="lead")
    assert [(s.source_id, s.index) for s in chosen] == [("a", 0), ("a", 1), ("b", 0), ("b", 1)]
    for s in chosen:
        doc = next(d for d in docs if d.id == s.source_id)
        assert doc.text[s.start : s.end] == s.text


def test_unknown_algorithm_is_a_clear_error():
    with pytest.raises(BriefingError, match="unknown algorithm 'nope'"):
        summarize(TEXT, algorithm="nope")


def test_budget_must_be_one_of():
    with pytest.raises(ValueError):
        summarize(TEXT, sentences=2, words=10)


def test_sumy_never_needs_nltk_data(monkeypatch):
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("NLTK data was requested")

    monkeypatch.setattr(nltk, "sent_tokenize", refuse)
    monkeypatch.setattr(nltk, "word_tokenize", refuse)
    monkeypatch.setattr(nltk, "download", refuse)
    for algorithm in ("lexrank", "lsa", "edmundson"):
        assert summarize(TEXT, sentences=2, algorithm=algorithm)


def test_the_default_summary_does_not_import_nltk():
    """Importing NLTK imports scipy.stats, about a second of every build: the default ranker
    stems with snowballstemmer, NLTK's own English stems (docs/summaries.md)."""
    import subprocess
    import sys

    code = (
        "import sys; from briefing import summarize; "
        f"assert summarize({TEXT!r}, sentences=2); "
        "assert 'nltk' not in sys.modules, 'nltk was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_stems_are_the_ones_the_ranker_was_trained_on():
    from nltk.stem.snowball import EnglishStemmer

    from briefing.nlp.vocabulary import stem

    words = "Running ministers said the Organizations universities agreed generously".split()
    assert [stem(w) for w in words] == [EnglishStemmer().stem(w) for w in words]


def test_the_c_stemmer_stems_real_news_as_the_pure_python_one_does():
    import re

    from helpers import shared_or_skip
    from snowballstemmer import EnglishStemmer

    from briefing.nlp.vocabulary import stemmer

    text = shared_or_skip("bbc_news_summary.dev.jsonl").read_text(encoding="utf-8").lower()
    words = sorted(set(re.findall(r"[a-z0-9']+", text)))
    pure = EnglishStemmer().stemWord
    assert [w for w in words if stemmer()(w) != pure(w)] == []


DANGLING_TEXT = """Minister Elena Kovar met union leaders in the capital on Monday to discuss the strike.

She promised a pay review for all port workers within a month. However, the union said the review was not enough. This angered the minister's advisers. They said the union was acting in bad faith.

The strike has stopped work at three ports. Officials said trade losses had reached 40 million dollars."""


def test_default_summary_has_no_dangling_openers():
    from briefing.summary.readability import dangling

    for n in range(1, 6):
        chosen = summarize(DANGLING_TEXT, sentences=n)
        assert dangling(chosen) == [], [s.text for s in chosen]


def test_default_summary_has_no_near_duplicates():
    from briefing.summary.readability import content_words, overlap

    text = (
        "The central bank raised interest rates to five percent on Tuesday.\n\n"
        "On Tuesday the central bank raised interest rates to five percent, its statement said.\n\n"
        "Economists had expected the move after inflation rose again. Mortgage costs will rise."
    )
    chosen = summarize(text, sentences=3)
    words = [content_words(s.text) for s in chosen]
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            assert overlap(words[i], words[j]) < 0.7


def test_scores_and_ranks_cover_every_sentence():
    from briefing.nlp.model import load_model
    from briefing.nlp.tokenizer import SpacyTokenizer
    from briefing.summary.summarizer import get_ranker, rank, split_article

    nlp = load_model(None, "sentences")
    pool = rank(
        [split_article(Article("a", TEXT), nlp=nlp)], get_ranker("default"), SpacyTokenizer(nlp)
    )
    assert sorted(s.rank for s in pool) == list(range(1, len(pool) + 1))
    best = min(pool, key=lambda s: s.rank)
    assert best.score == max(s.score for s in pool)


def test_cluster_summary_gives_every_source_a_turn():
    texts = {
        "a": "Ministers met in Geneva on Monday to discuss the border. They agreed to meet again. "
        "Officials described the mood as calm. Diplomats expect slow progress.",
        "b": "Protesters gathered outside the conference hall with banners. Police closed two streets. "
        "Shops nearby stayed shut for the afternoon. Traffic returned by evening.",
        "c": "Markets rose after the announcement of further negotiations. Bond yields fell slightly. "
        "Traders said the currency gained against the dollar. Oil prices were flat.",
    }
    docs = [Article(id=k, text=v) for k, v in texts.items()]
    chosen = summarize(docs, sentences=3)
    assert sorted(s.source_id for s in chosen) == ["a", "b", "c"]


def test_ranking_returns_new_records_and_leaves_its_input_as_it_was():
    import copy

    from briefing.nlp.model import load_model
    from briefing.nlp.tokenizer import SpacyTokenizer
    from briefing.summary.summarizer import get_ranker, rank, split_article

    nlp = load_model(None, "sentences")
    sentences = split_article(Article("a", TEXT), nlp=nlp)
    before = copy.deepcopy(sentences)
    ranked = rank([sentences], get_ranker("default"), SpacyTokenizer(nlp), explain=True)
    assert sentences == before
    assert all(s.rank >= 1 and s.why for s in ranked)
    assert [(s.text, s.start) for s in ranked] == [(s.text, s.start) for s in sentences]


def test_a_cluster_summary_skips_repeats_and_short_sentences_a_single_article_keeps():
    from briefing.models import Sentence
    from briefing.settings import Budget
    from briefing.summary.summarizer import select

    def s(text, source, index, score):
        return Sentence(text, 0, len(text), source, index=index, score=score)

    lead = "The harbour board approved the new ferry terminal on the north quay on Monday."
    again = (
        "On Monday the harbour board approved a ferry terminal for the north quay, a paper said."
    )
    short = "Nobody objected at all."
    other = "Work on the terminal will start in June and should take two years to finish."
    pool = [
        s(lead, "a", 0, 0.9),
        s(short, "a", 1, 0.8),
        s(again, "b", 0, 0.85),
        s(other, "b", 1, 0.7),
    ]
    chosen = [x.text for x in select(pool, Budget(sentences=2), readable=True)]
    assert chosen == [lead, other]  # a repeat (half its words) and a short one left out
    chosen = [x.text for x in select(pool, Budget(sentences=3), readable=True)]
    assert chosen == [lead, short, other]  # the short one fills the room that is left
    single = [s(lead, "a", 0, 0.9), s(short, "a", 1, 0.8), s(other, "a", 2, 0.7)]
    assert [x.text for x in select(single, Budget(sentences=3), readable=True)] == [
        lead,
        short,
        other,
    ]
    plain = [x.text for x in select(pool, Budget(sentences=3), readable=False)]
    assert short in plain  # a baseline (LEAD) is measured as it is


def test_a_word_is_a_token_with_a_letter_or_digit_as_str_isalnum_says():
    """The tokenizer's fast word test keeps exactly what ``str.isalnum`` keeps."""
    import sys

    from briefing.nlp.tokenizer import _ALNUM

    chars = map(chr, range(sys.maxunicode + 1))
    assert [c for c in chars if bool(_ALNUM.search(c)) != c.isalnum()] == []
