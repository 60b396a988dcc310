"""Stories: articles about one event, summarised together, ranked, and checked against
what earlier briefs already said."""

from __future__ import annotations

import calendar
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from briefing.analysis.core import Analysis
from briefing.ingest.furniture import caption_paragraphs, no_key_point
from briefing.models import Article, Sentence, Story
from briefing.nlp.lexicon import BACK_REFERENCE, EXCLAIMED, QUESTION
from briefing.nlp.model import after_dateline
from briefing.nlp.tokenizer import SpacyTokenizer
from briefing.nlp.vocabulary import cosine, light_stem, tfidf, unit
from briefing.settings import Budget
from briefing.stories.editorial import (
    NEWS,
    is_heading,
    kind_of,
    lead_of,
    leaves_quote_open,
    says_i,
    section_of,
    value_of,
    within_quotes,
)
from briefing.stories.grouping import SAME_STORY, cluster, outlet_key
from briefing.stories.memory import Recall, Remembered, article_key
from briefing.summary.rankers import Ranker
from briefing.summary.readability import content_words
from briefing.summary.summarizer import rank, select

BOTTOM_LINE = 3  # stories in the opening "bottom line"
CENTROID_TERMS = 100  # what the memory keeps of a story's topic
# Story score: log2(1 + outlets) plus these times the section's value, feed order, recency,
# how much its opening reports events, and prominence, each in [0, 1]; what is not news
# sinks below all news.
SECTION_WEIGHT = 0.6
EVENTS_WEIGHT = 0.4
FEED_ORDER_WEIGHT = 0.4
RECENCY_WEIGHT = 0.3
PROMINENCE_WEIGHT = 0.2
NOT_NEWS_PENALTY = 100.0
RECENCY_HALF_LIFE_HOURS = 12.0


@dataclass
class Parsed:
    """One article after the language pass, holding no spaCy objects."""

    article: Article
    sentences: list[Sentence]
    analysis: Analysis
    terms: Counter[str] = field(default_factory=Counter)
    events: float = 1.0  # the share of its opening sentences that report events (openings.py)


@dataclass
class Built:
    """A story for the brief, and what the memory should keep of it."""

    story: Story
    members: list[Parsed]
    fresh: list[Parsed]  # the members no earlier brief used
    memory: Remembered
    ranked: list[Sentence]


# A key point of fewer words is a feature's hook or an aside ("Just kill it already.", "He
# declined to comment."), not news a reader can take in on its own.
MIN_POINT_WORDS = 6
# Reports this alike (cosine) tell one event; below it a shared name is a shared topic
# (one politician's several days). On 64 Multi-News clusters 90% of a report's fellow
# reports reach it, and half of a BBC day's topical partners (docs/stories.md).
CLOSE_REPORT = 0.25
FAR_REPORT_SHARED = 3  # a less alike report's point names this many of the lead's things


def make_stories(
    parsed: Sequence[Parsed],
    ranker: Ranker,
    tokenizer: SpacyTokenizer,
    budget: Budget,
    date: str,
    recall: Recall | None = None,
    explain: bool = False,
) -> list[Built]:
    """Group, summarise and rank; stories that earlier briefs told in full are left out."""
    recall = recall or Recall({}, {})
    vectors = tfidf([p.terms for p in parsed])
    kinds = [kind_of(p.article) for p in parsed]
    times = [p.article.published_at for p in parsed]
    groups = cluster(vectors, kinds=kinds, times=times, outlets=[p.article.outlet for p in parsed])
    built = []
    for number, group in enumerate(groups, start=1):
        members = [parsed[i] for i in group]
        center = _centroid([vectors[i] for i in group])
        prior = _prior(members, center, recall)
        fresh = [m for m in members if article_key(m.article) not in recall.article_story]
        if prior is not None and not fresh:
            continue  # nothing new since it was briefed
        one = len(members) == 1
        ranked = rank(
            [m.sentences for m in members],
            ranker,
            tokenizer,
            members[0].article.title if one else "",
            explain,
        )
        whole = _after_datelines(ranked, members)
        ranked = _key_point_candidates(whole, members)
        seen = [content_words(t) for t in prior.sentences] if prior else []
        eligible = {m.article.id for m in fresh} if prior else None
        central = _by_centrality(members, [vectors[i] for i in group], center)
        nearest = central[0].article  # a brief shows its lead first
        lead = lead_of([s for s in ranked if s.source_id == nearest.id], nearest.title)
        if lead is not None and not one:
            first_vector = next(vectors[i] for i in group if parsed[i] is central[0])
            close = {
                parsed[i].article.id
                for i in group
                if cosine(vectors[i], first_vector) >= CLOSE_REPORT
            }
            ranked = _of_the_lead_event(ranked, lead, central[0], close)
        first = [ranked.index(lead)] if lead is not None else []
        summary = select(
            ranked, budget, readable=ranker.readable, seen=seen, only=eligible, first=first
        )
        if not summary and prior is None:
            # "The council met on Monday. It agreed to ...": a short hook is left out, and
            # the sentence leaning on it with it; a report this short is told whole
            summary = select(_not_furniture(whole), budget, readable=True)
        if not summary:
            continue
        if lead in summary:  # the headline's article opens the story, then the others
            summary = [lead, *(x for x in summary if x is not lead)]
        story_id = prior.id if prior else f"{date}-{number}"
        story = Story(
            id=story_id,
            headline=_headline(central, summary),
            source_ids=[m.article.id for m in members],
            summary=summary,
            outlets=_outlet_count(members),
            published=newest.published if (newest := _newest(members)) else "",
            follow_up=prior is not None,
            previously=prior.date if prior else "",
            section=Counter(section_of(m.article) for m in members).most_common(1)[0][0],
            kind=kinds[group[0]],
        )
        terms = dict(sorted(center.items(), key=lambda kv: -kv[1])[:CENTROID_TERMS])
        told = list(prior.sentences) if prior else []  # the pipeline adds what it shows
        memory = Remembered(story_id, date, story.headline, terms, told)
        built.append(Built(story, members, fresh, memory, ranked))
    built = _scored(built)
    built.sort(key=lambda b: -b.story.score)
    return built


def bottom_line(stories: Sequence[Story], count: int = BOTTOM_LINE) -> list[Sentence]:
    """The first point of each top news story (the lead of the article its headline is
    from: what happened, where the best-ranked sentence is often a detail or a quote);
    none for a brief of one story."""
    news = [s for s in stories if s.kind == NEWS and s.summary]
    if len(news) < 2:
        return []
    return [s.summary[0] for s in news[:count]]


def _after_datelines(ranked: list[Sentence], members: list[Parsed]) -> list[Sentence]:
    """ "GENEVA, March 2 (Wire) - " is no news in a brief; the sentence starts after it.

    Done after ranking, so scores are those the ranker was trained and measured on."""
    texts = {m.article.id: m.article.text for m in members}
    out = []
    for s in ranked:
        start = after_dateline(texts[s.source_id], s.start, s.end)
        out.append(replace(s, text=texts[s.source_id][start : s.end], start=start))
    return out


def _key_point_candidates(ranked: list[Sentence], members: list[Parsed]) -> list[Sentence]:
    """Without page furniture, and without sub-headlines (marked so by the page, or read as
    such), block quotes (someone's words, shown unattributed), lead-ins ("... measures:",
    whose list or quote follows), questions, hooks of a few words, a sentence that opens
    by pointing back ("The measure, ..."), a line inside someone's quote or an "I" no one is
    named for, unless nothing else is left."""
    ranked = _not_furniture(ranked)
    sizes = Counter((s.source_id, s.paragraph) for s in ranked)
    articles = {m.article.id: m.article for m in members}
    # "Good luck to Kilroy though I think he is doing more harm than good": a reader's
    # comment printed under a report, or a line inside someone's long quote
    unplaced = {(s.source_id, s.start) for s in ranked if says_i(s.text)}
    told = Counter(source for source, _ in unplaced)
    total = Counter(s.source_id for s in ranked)
    # a report in the third person; one told in the first ("I was born in ...") keeps its "I"
    third = {source for source, n in total.items() if told[source] * FIRST_PERSON_SHARE < n}
    quoted = within_quotes(ranked)
    prose = [
        s
        for s in ranked
        if not (s.source_id in third and (s.source_id, s.start) in unplaced)
        and (s.source_id, s.start) not in quoted
        and not is_heading(s, sizes)
        and not articles[s.source_id].in_heading(s.start, s.end)
        and not articles[s.source_id].in_block_quote(s.start, s.end)
        and not s.text.rstrip().endswith(":")
        and not QUESTION.search(s.text)  # a question tells the reader nothing
        and not EXCLAIMED.search(s.text)
        and len(s.text.split()) >= MIN_POINT_WORDS  # "Just kill it already.": a hook
        and not BACK_REFERENCE.match(s.text.lstrip())  # "The measure, ...": which one?
        and not leaves_quote_open(s.text)  # '"Never again Tory boom and bust.': whose?
    ]
    return prose or ranked


FIRST_PERSON_SHARE = 3  # a third of its sentences with "I" or "my": told in the first person


def _of_the_lead_event(
    ranked: list[Sentence], lead: Sentence, nearest: Parsed, close: set[str]
) -> list[Sentence]:
    """Other reports' sentences that name a thing or a name of the lead or its headline: a
    day of one outlet's reports groups by topic too ("Labour should not be screaming at the
    electorate" with an institute's figures on cuts), and a point under a headline must be
    of its event. Only the lead article's nouns and names count ("made" says no event), and
    one common noun is a topic, not an event: "an appeal" of the Scottish Executive's is
    not the Lords appeal of terror detainees. One shared name will do only in a report
    ``close`` to the lead's: "Mr Blair said" of his congratulations to Mr Bush is not news
    of his pledge to Jewish voters."""
    words = [w for term in nearest.terms for w in term.lstrip("=").split()]
    # a lemma's stem and its plural's: "detainees" stems to "detaine", not "detainee"
    nouns = {light_stem(w) for w in words} | {light_stem(w + "s") for w in words}
    anchor = content_words(f"{nearest.article.title} {lead.text}") & nouns
    source = nearest.article.id

    def of_the_event(sentence: Sentence) -> bool:
        if sentence.source_id not in close:
            return _things_shared(sentence.text, anchor) >= FAR_REPORT_SHARED
        shared = content_words(sentence.text) & anchor
        return len(shared) >= 2 or bool(shared & _capitalised(sentence.text))

    return [s for s in ranked if s.source_id == source or of_the_event(s)]


_MARKS = ".,;:'\"()’‘“”"  # around a word, not of it
# capitalised, but no one's name: "on Monday" is in many events
_CALENDAR = frozenset(n.lower() for n in (*calendar.day_name, *calendar.month_name) if n)


def _capitalised(text: str) -> frozenset[str]:
    """The stems of the words a sentence capitalises after its first: its names."""
    words = [w.strip(_MARKS) for w in text.split()[1:]]
    return frozenset(
        light_stem(w.lower()) for w in words if w[:1].isupper() and w.lower() not in _CALENDAR
    )


def _things_shared(text: str, anchor: set[str]) -> int:
    """How many names and nouns of ``anchor`` a sentence holds, a name of several words
    ("Michael Howard") counting once."""
    count, run = 0, False
    for word in text.split():
        stem = light_stem(word.strip(_MARKS).lower())
        named = word[:1].isupper()
        if stem in anchor and not (named and run):
            count += 1
        run = named and (stem in anchor or run)
    return count


def _not_furniture(ranked: list[Sentence]) -> list[Sentence]:
    captions = caption_paragraphs(ranked)
    return [
        s for s in ranked if not no_key_point(s.text) and (s.source_id, s.paragraph) not in captions
    ]


def _by_centrality(members: list[Parsed], vectors, center) -> list[Parsed]:
    """The members nearest the story's centre first (ties: the earlier one); the nearest
    gives the story its lead, the nearest with a title its headline."""
    order = sorted(range(len(members)), key=lambda k: (-cosine(vectors[k], center), k))
    return [members[k] for k in order]


def _centroid(vectors: Sequence[dict[str, float]]) -> dict[str, float]:
    total: Counter[str] = Counter()
    for vector in vectors:
        total.update(vector)
    return unit(total)


def _prior(members: list[Parsed], center: dict[str, float], recall: Recall) -> Remembered | None:
    """The remembered story these articles continue: one shares an article, or the topic."""
    known = Counter(
        recall.article_story[k]
        for k in (article_key(m.article) for m in members)
        if k in recall.article_story
    )
    if known:
        return recall.stories[known.most_common(1)[0][0]]
    best = max(recall.stories.values(), key=lambda r: cosine(center, r.terms), default=None)
    if best is not None and cosine(center, best.terms) >= SAME_STORY:
        return best
    return None


def _headline(central: list[Parsed], summary: list[Sentence]) -> str:
    """The title of the article the first point is from (the nearest the story's centre,
    unless its lead would not do), else of the titled article nearest the centre; else
    the first point, cut to one line (the whole sentence is the point under it)."""
    first = [m for m in central if m.article.id == summary[0].source_id]
    titled = next((m.article.title.strip() for m in first + central if m.article.title.strip()), "")
    return titled or one_line(" ".join(summary[0].text.split()))


HEADLINE_CHARS = 80


def one_line(text: str, width: int = HEADLINE_CHARS) -> str:
    """A headline that fits one line: an untitled story's sentence is cut at a word, with
    an ellipsis."""
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width)
    return text[: cut if cut > 0 else width].rstrip(" ,;:") + "…"


def _outlet_count(members: list[Parsed]) -> int:
    """Distinct named outlets; reports that name none count as one between them, since
    nothing says they are not one site's (an XSum day: all BBC, none named)."""
    named = {outlet_key(m.article.outlet) for m in members}
    return len(named - {""}) + ("" in named)


def _newest(members: list[Parsed]) -> Article | None:
    dated = [m.article for m in members if m.article.published_at is not None]
    return max(dated, key=lambda a: (a.published_at, a.published), default=None)


def _scored(built: list[Built]) -> list[Built]:
    """News first, then coverage by several outlets; then the editors' own signals (the
    section's value, the feed's order), recency, and last the share of the day's words."""
    times = [n.published_at if (n := _newest(b.members)) else None for b in built]
    latest = max((t for t in times if t is not None), default=None)
    words = [sum(len(m.article.text.split()) for m in b.members) for b in built]
    most = max(words, default=1) or 1
    out = []
    for b, when, count in zip(built, times, words, strict=True):
        recency = 0.5
        if when is not None and latest is not None:
            hours = (latest - when).total_seconds() / 3600
            recency = 0.5 ** (hours / RECENCY_HALF_LIFE_HOURS)
        score = (
            math.log2(1 + b.story.outlets)
            + SECTION_WEIGHT * max(value_of(m.article) for m in b.members)
            + FEED_ORDER_WEIGHT * _feed_order(b.members)
            + RECENCY_WEIGHT * recency
            + EVENTS_WEIGHT * max(m.events for m in b.members)
            + PROMINENCE_WEIGHT * count / most
            - (NOT_NEWS_PENALTY if b.story.kind != NEWS else 0.0)
        )
        out.append(replace(b, story=replace(b.story, score=round(score, 6))))
    return out


def _feed_order(members: list[Parsed]) -> float:
    """1 for a feed's top entry, falling with its place; 0 for articles not from a feed."""
    places = [m.article.feed_position for m in members if m.article.feed_position > 0]
    return 1.0 / math.sqrt(min(places)) if places else 0.0
