"""News value, the way an editor reads it: the section an article runs in, whether it is news
at all, and where the editor put it in the feed.

Opinion, reviews, letters, advice columns, recipes, live blogs, puzzles and horoscopes are
recognised from the publisher's own signals (section, categories, URL path, headline form),
from first-person advice text, and (features) from an opening that talks to the reader;
they never lead a brief.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from briefing.ingest.furniture import is_boilerplate, no_key_point
from briefing.models import Article, Sentence
from briefing.nlp.lexicon import (
    DEATH_TOLL,
    FIRST_PERSON,
    FIRST_PERSON_OPENING,
    NOT_NEWS_HEADLINES,
    NOT_NEWS_SECTIONS,
    OPINION_NOTES,
    OPINION_STANDFIRST,
    QUESTION,
    QUOTE_MARKS,
    REPORTED_SPEECH,
    SECOND_PERSON,
    SECTION_VALUE,
    WRITER_SINGULAR,
)
from briefing.nlp.model import after_dateline
from briefing.stories.topics import default_model
from briefing.summary.readability import content_words, is_truly_dangling

NEWS = "news"
LEAD_WINDOW = 6  # the lead is among an article's first sentences, or it is not found
_SENTENCE_END = ".!?\"”’'"
UNKNOWN_SECTION_VALUE = 0.5
# a section worth less than this (sport, the arts): its reports' commitments stay off the page
LIGHT_SECTION = 0.4
_HEADLINES = {kind: re.compile(pattern, re.I) for kind, pattern in NOT_NEWS_HEADLINES.items()}
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|my|me)\b")
_OPINION_NOTE = re.compile(OPINION_NOTES, re.I)
_DEATH_TOLL = re.compile(DEATH_TOLL, re.I)
_OPENING_SENTENCE = re.compile(r"(?<=[.!?])\s+")
OPENING_SENTENCES = 3
_STANDFIRST = re.compile(OPINION_STANDFIRST)
_OPENS_FIRST_PERSON = re.compile(FIRST_PERSON_OPENING)
_READER = re.compile(SECOND_PERSON)
_WRITER = re.compile(FIRST_PERSON)  # case kept: "US" is no one's "us"
_WRITER_I = re.compile(WRITER_SINGULAR)
_QUOTE_MARK = re.compile(QUOTE_MARKS)
_REPORTED = re.compile(REPORTED_SPEECH)
_DOUBLE_QUOTE = re.compile(r"[\"“”]")
_NAME_BEFORE = re.compile(r"\S\s+[A-Z][a-z]+\s+$")
VOICE_WINDOW, VOICE_SENTENCES = 12, 4  # an op-ed says "I" or "we" in 4 of its first 12
OWN_VOICE_WINDOW = 5  # a column's writer says "I" early: in two of its first five sentences
# quoted words, in double quotes or in the single quotes of British papers ('touch' the top)
_QUOTED = re.compile(r"[\"“][^\"”]{0,600}[\"”]|(?<![\w’])[‘'](?=\w)[^\n]{0,600}?[\w.,!?][’'](?!\w)")
READER_OPENING_WORDS = 80  # a scene-setter runs long: 66 words of a Victorian fairground
COLUMN_FIRST_PERSON = 0.015  # the writer's I/we per word, outside quotes, in a column's opening
_SEGMENT = re.compile(r"^[a-z][a-z-]*$")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
# "the stories that trended this week. 1. 'Star Wars' streaming. ... 2. ... 3. ...": a digest
# of many events in numbered items, inline or one to a line, is no one event's report. Items
# are found in one pass and chained by position (a pattern that searched from every "1."
# for a "2." and a "3." took a second on a hostile 20,000 characters).
_ITEM = re.compile(r"([123])\.\s+(?=\S)")
_STOPS = ".!?\"'”’"
ITEM_GAP = (21, 1501)  # characters from one item's first word to the stop before the next


def signals(article: Article) -> list[str]:
    """The publisher's labels for an article: its section, its categories, its URL's folders."""
    out = [article.section, *article.tags]
    path = urlsplit(article.url).path if article.url else ""
    out += [p for p in path.lower().split("/")[:-1] if _SEGMENT.match(p)]
    return [" ".join(s.lower().replace("_", " ").split()) for s in out if s and s.strip()]


def section_of(article: Article) -> str:
    """The article's section: the one given, else the first known one among its signals."""
    labels = signals(article)
    known = [s for s in labels if s in SECTION_VALUE or _kind_of_label(s)]
    return (article.section or (known or labels or [""])[0]).lower()


def kind_of(article: Article) -> str:
    """``news``, or what the article is instead: opinion, review, letters, advice, ..."""
    for label in signals(article):
        kind = _kind_of_label(label)
        if kind:
            return kind
    for kind, pattern in _HEADLINES.items():
        if pattern.search(article.title or ""):
            return kind
    if _reads_like_advice(article.text):
        return "advice"
    if _reads_like_column(article.text):
        return "opinion"
    if _addresses_reader(article.text):
        return "feature"
    if _is_roundup(article.text[:20000]):
        return "roundup"
    return NEWS


def value_of(article: Article) -> float:
    """What the section is worth to an analyst's morning brief, from 0 to 1. With no known
    section of its own, the article's words are read for one (`topics.py`): politics,
    business, tech, sport or entertainment, each counted by its probability."""
    published = _published_value(article)
    if published is not None:
        return published
    if gives_death_toll(_opening(article.text)):
        return 1.0  # world news, which the topic model was not trained on
    chances = default_model().probabilities(article.title, article.text)
    if not chances:
        return UNKNOWN_SECTION_VALUE
    worth = sum(p * SECTION_VALUE.get(label, UNKNOWN_SECTION_VALUE) for label, p in chances.items())
    return round(worth, 4)


def gives_death_toll(text: str) -> bool:
    """ "killed at least 35 people", "21 people were killed", "the death toll"."""
    return bool(_DEATH_TOLL.search(text))


def _opening(text: str) -> str:
    """The article's first three sentences, roughly split."""
    pieces = _OPENING_SENTENCE.split(text[:3000], maxsplit=OPENING_SENTENCES)
    return " ".join(pieces[:OPENING_SENTENCES])


def weighty(article: Article) -> bool:
    """Whether the article's commitments belong on an analyst's page: not those of a report
    its publisher files under sport or the arts (its section, categories or URL; a guess from
    its words is not enough: the topic model reads crime news as entertainment)."""
    published = _published_value(article)
    return published is None or published >= LIGHT_SECTION


def _published_value(article: Article) -> float | None:
    """What the publisher's own section is worth (the best of its labels), if it gives one."""
    values = [SECTION_VALUE[s] for s in signals(article) if s in SECTION_VALUE]
    return max(values) if values else None


def _kind_of_label(label: str) -> str:
    for kind, words in NOT_NEWS_SECTIONS.items():
        if label in words:
            return kind
    return ""


def _is_roundup(text: str) -> bool:
    """Items "1.", "2.", "3." in that order, each after a stop and a space (or, for "1.", at
    a line's start), each starting 21 to 1,501 characters after the one before it begins."""
    stops: dict[str, list[int]] = {"1": [], "2": [], "3": []}  # where each item's stop is
    starts: dict[str, list[int]] = {"1": [], "2": [], "3": []}  # where its first word is
    for item in _ITEM.finditer(text):
        number, at = item.group(1), item.start()
        before = at  # back over the spaces; the stop may be another item's: "2. 3."
        while before and text[before - 1].isspace():
            before -= 1
        if before < at and before and text[before - 1] in _STOPS:
            stops[number].append(before - 1)
        elif number == "1" and (at == 0 or text[at - 1] == "\n"):
            stops[number].append(at)
        else:
            continue
        starts[number].append(item.end())
    lo, hi = ITEM_GAP
    # a "2." is good when some "3." follows it within the gap; a "1." when a good "2." does
    good = [
        stop
        for stop, begin in zip(stops["2"], starts["2"], strict=True)
        if _any_between(stops["3"], begin + lo, begin + hi)
    ]
    return any(_any_between(good, begin + lo, begin + hi) for begin in starts["1"])


def _any_between(sorted_positions: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(sorted_positions, lo)
    return i < len(sorted_positions) and sorted_positions[i] <= hi


def _reads_like_advice(text: str) -> bool:
    """A reader's letter to an advice column: it opens in the first person and asks."""
    opening = text.strip().split("\n\n", 1)[0][:1200]
    words = opening.split()
    if len(words) < 30 or not opening.startswith(("I ", "I'm ", "I’m ", "My ")):
        return False
    first_person = len(_FIRST_PERSON.findall(opening)) / len(words)
    return first_person > 0.06 and "?" in text[:3000] and '"' not in opening[:200]


def _addresses_reader(text: str) -> bool:
    """The first sentence, outside quotes, says "you" or "your" to the reader."""
    head = text[:1500]
    opening = head[after_dateline(head, 0, len(head)) :].lstrip()
    if opening[:1] in "\"“‘'":
        return False  # a quote's "you" is the speaker's listener
    first, *rest = re.split(r"(?<=[.!?])\s", opening, maxsplit=2)
    if rest and is_boilerplate(first) and not first.rstrip(" \"'”’").endswith("?"):
        first = rest[0].lstrip()  # "this video is not available in your region": a notice
        # ("Would you build a house with water?" asks the reader: a feature's opening)
    if len(first.split()) > READER_OPENING_WORDS:
        return False  # no one sentence: page debris run together
    return bool(_READER.search(_QUOTED.sub("", first)))


def _reads_like_column(text: str) -> bool:
    """A column with no section to say so: its outlet's disclaimer, a standfirst naming its
    writer, the writer's "I" early on, or an opening in the writer's own first person. A
    report's lead does not open with "I" or "We" outside quotes, and says "I" or "we"
    seldom (the threshold was set on the unlabelled dev files: columns 0.019 to 0.096,
    reports that open with "We" or "Our" 0.008 and 0.012)."""
    head = text[:6000]
    if _OPINION_NOTE.search(head):
        return True
    first_line = head.strip().split("\n", 1)[0]
    if _STANDFIRST.search(first_line[:400]):
        return True
    opening = head[after_dateline(head, 0, len(head)) :].lstrip()
    if _in_own_voice(opening[:3000]) or _speaks_for_itself(opening[:4000]):
        return True
    if not _OPENS_FIRST_PERSON.match(opening):
        return False
    words = _QUOTED.sub("", opening[:2500]).split()
    return len(words) >= 80 and len(_WRITER.findall(" ".join(words))) >= COLUMN_FIRST_PERSON * len(
        words
    )


def _in_own_voice(opening: str) -> bool:
    """Two of the first sentences say "I" or "my" in the writer's voice: no quote mark, no
    one said to speak ("Like most who know that city, I was heartbroken. I was once a cop
    there."). On the unlabelled dev files: 4 of 409 CNN/DM (three columns and a reporter's
    first-person dispatch), 1 of 610 BBC (a sport column), 0 of 299 XSum, 3 Multi-News
    documents (columns)."""
    sentences = re.split(r"(?<=[.!?])\s+", opening)[:OWN_VOICE_WINDOW]
    return sum(1 for s in _outside_quotes(sentences) if says_i(s)) >= 2


def _speaks_for_itself(opening: str) -> bool:
    """An op-ed in its writer's (or a nation's) voice: four of the first twelve sentences say
    "I", "we" or "our" outside quotes, no one said to speak ("If I had to describe the
    U.S.-Iranian relationship ...", "... while we twist ourselves into knots"). A block quote
    after "said:" is someone else's. On the unlabelled dev files it marks ten more: six op-eds
    and essays (four had read as news), a gallery's appeal, an interview, a company's blog
    post, and one report (a BBC piece whose speakers lost their names); no labelled one."""
    text = opening.split(":\n", 1)[0]
    sentences = re.split(r"(?<=[.!?])\s+", text)[:VOICE_WINDOW]
    own = [s for s in _outside_quotes(sentences) if _says_we(s)]
    return len(own) >= VOICE_SENTENCES


def _says_we(sentence: str) -> bool:
    if _REPORTED.search(sentence):
        return False
    return any(
        found.group() != "I" or not _NAME_BEFORE.search(sentence[: found.start()])
        for found in _WRITER.finditer(sentence)
    )


def _outside_quotes(sentences: list[str]) -> list[str]:
    """The sentences neither in a quote of several sentences nor holding a quote mark."""
    return [
        sentence
        for sentence, (before, _) in zip(sentences, _quote_open(sentences), strict=True)
        if not before and not _QUOTE_MARK.search(sentence)
    ]


def within_quotes(sentences: Sequence[Sentence]) -> set[tuple[str, int]]:
    """(source, start) of the sentences that go on a quote an earlier sentence of their
    paragraph opened and name no speaker ('I would now ill serve a president ... my
    judgment."'): someone's words, whose speaker a key point would lose."""
    runs: dict[tuple[str, int], list[Sentence]] = {}
    for s in sorted(sentences, key=lambda s: (s.source_id, s.index)):
        runs.setdefault((s.source_id, s.paragraph), []).append(s)
    return {
        (s.source_id, s.start)
        for run in runs.values()
        for s, (before, _) in zip(run, _quote_open([s.text for s in run]), strict=True)
        if before and not _REPORTED.search(s.text)
    }


def _in_running_quote(sentences: list[str]) -> list[bool]:
    """For each sentence, whether it is part of a quote that runs over several sentences: it
    leaves a quote open, or one was open before it."""
    return [before or after for before, after in _quote_open(sentences)]


def quoted_words(sentences: list[str]) -> list[bool]:
    """For each sentence, whether it is someone's words, not the writer's: a quote was open
    before it, or it opens with one it leaves open ('"My son served in the army.'); not
    'Dick Pound said: "I am convinced ...', which reports."""
    return [
        before or (after and sentence.lstrip()[:1] in '"“')
        for sentence, (before, after) in zip(sentences, _quote_open(sentences), strict=True)
    ]


def leaves_quote_open(sentence: str) -> bool:
    """'"Never again Tory boom and bust.': a quote opened and not closed, someone's words
    whose speaker is named elsewhere."""
    return _quote_open([sentence])[0][1]


def _quote_open(sentences: list[str]) -> list[tuple[bool, bool]]:
    """For each sentence, whether a quote is open before it and after it. A mark before a word
    opens a quote, one after it closes (a paragraph that goes on quoting opens again without
    closing: "... walk away. \"I've started back ...")."""
    out, inside = [], False
    for sentence in sentences:
        before = inside
        for mark in _DOUBLE_QUOTE.finditer(sentence):
            at = mark.start()
            inside = mark.group() == "“" or (
                mark.group() == '"'
                and (at == 0 or not sentence[at - 1].isalnum())
                and at + 1 < len(sentence)
                and sentence[at + 1].isalnum()
            )
        out.append((before, inside))
    return out


def says_i(sentence: str) -> bool:
    """The writer's own "I" or "my": no quote mark, no one said to speak, no "King George I"."""
    if _QUOTE_MARK.search(sentence) or _REPORTED.search(sentence):
        return False
    for found in _WRITER_I.finditer(sentence):
        if found.group() == "I" and _NAME_BEFORE.search(sentence[: found.start()]):
            continue  # "King George I": a numeral
        return True
    return False


def lead_of(sentences: Sequence[Sentence], title: str = "") -> Sentence | None:
    """The article's lead: its first sentence that reads as one, not a headline copy, a
    timestamp or a caption fragment, and that does not lean on a sentence before it."""
    title_words = content_words(title)
    window = sorted(sentences, key=lambda s: s.index)[:LEAD_WINDOW]
    for sentence, quoted in zip(window, _in_running_quote([s.text for s in window]), strict=True):
        text = sentence.text.strip()
        if len(text.split()) < 8 or text[-1:] not in _SENTENCE_END or "|" in text:
            continue
        if quoted:
            continue  # '"My son served in the army for four years.' opens a longer quote
        if QUESTION.search(text) or no_key_point(text):
            continue  # a reader prompt ("Are you in the storm? Share your photos"), furniture
        if is_truly_dangling(text):
            return None  # a lead that leans on what came before is no lead
        words = content_words(text)
        if title_words and len(words & title_words) > 0.8 * len(words):
            continue  # the headline again, not a sentence that says more
        return sentence
    return None


def is_heading(sentence: Sentence, paragraph_sizes: dict[tuple[str, int], int]) -> bool:
    """A sub-headline: a short paragraph of its own with no closing punctuation; or a
    fragment that is no sentence at all, such as a dateline alone ("SURABAYA, Indonesia")."""
    text = sentence.text.strip()
    if len(text.split()) < 4 or not _LOWER_WORD.search(text):
        return True
    return (
        paragraph_sizes.get((sentence.source_id, sentence.paragraph)) == 1
        and len(text.split()) <= 15
        and text[-1:] not in _SENTENCE_END
    )
