"""The plain dataclasses that stages pass to each other.

They hold text and character offsets, never spaCy objects, so templates and
JSON output work without a model loaded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any


@dataclass
class Article:
    id: str
    text: str
    title: str = ""
    url: str = ""
    published: str = ""
    path: str = ""
    outlet: str = ""  # who published it: a feed's title, a JSONL "source", the site's host
    section: str = ""  # the publisher's section: a feed category, a JSONL "section", the URL's
    tags: tuple[str, ...] = ()  # a feed entry's categories
    feed_position: int = 0  # 1 for a feed's first entry (the editor's top story); 0: not a feed
    # (start, end) of the text's headings, sub-headlines and labels, when the markup said so
    headings: tuple[tuple[int, int], ...] = ()
    # (start, end) of block quotes (quoted words without quote marks), when the markup said so
    block_quotes: tuple[tuple[int, int], ...] = ()
    # ``published`` read once, when the record is made; None when absent or unreadable.
    published_at: dt.datetime | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.published_at is None and self.published:
            self.published_at = parse_published(self.published)

    def in_heading(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies inside one of the marked headings."""
        return _inside(self.headings, start, end)

    def in_block_quote(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies inside one of the marked block quotes."""
        return _inside(self.block_quotes, start, end)


def _inside(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


@dataclass
class Sentence:
    """A sentence of an article: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int
    source_id: str = ""
    index: int = 0
    paragraph: int = 0
    score: float = 0.0
    rank: int = 0
    why: str = ""  # filled by --explain

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass
class Mention:
    """One named mention, with what the sentence around it says about it."""

    text: str
    label: str
    start: int
    end: int
    source_id: str
    role: str = ""
    titled: str = ""  # "Mr. Blinken", "Secretary Blinken"
    title: str = ""  # the words before the name as written: "Libyan army head Gen."
    speaks: bool = False  # subject of a speech or commitment verb
    subject: bool = False  # subject of any clause
    argument: bool = False  # subject or object of a verb, not a name inside a phrase
    affiliation: str = ""  # "Ostrava" in "Elena Kovar of Ostrava"
    in_role: bool = False  # part of another mention's role ("State" in "Secretary of State")
    located: bool = False  # "in Melton Mowbray": named as where something is
    called_he: bool = False  # "X said he would": a person, whatever the tagger said
    called_she: bool = False  # "X said she would" (also called_he): which of two Davises
    called_company: bool = False  # "X, a California-based company": an organisation
    called_it: bool = False  # "X said it will sue": not a person
    described: bool = False  # "a new Access Services division": names a thing, not who acts
    modifier: bool = False  # "Chinese restaurants": a people's word on a thing, no one acting
    instance: bool = False  # "a Maserati", "an iPod": one of a maker's goods, no one acting


@dataclass
class Actor:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    role: str = ""
    mentions: int = 0
    salience: float = 0.0
    source_ids: list[str] = field(default_factory=list)
    # Speaks, acts, holds a title or is named twice; else a name in passing ("parts of Iraq
    # and Syria"), which the JSON keeps and the page leaves out.
    key: bool = True


@dataclass
class Commitment:
    actor: str
    type: str
    action: str
    text: str
    source_id: str
    start: int
    end: int
    target: str = ""
    time: str = ""
    condition: str = ""
    negated: bool = False
    speaker: str = ""
    # How sure the detection is, 0-1 (analysis/confidence.py); the page shows the confident.
    confidence: float = 1.0


@dataclass
class Quote:
    """A direct quotation and who said it."""

    text: str
    speaker: str
    source_id: str
    start: int
    end: int


@dataclass
class Event:
    """Something the text says will happen at a stated time ("what's next")."""

    when: str
    text: str
    source_id: str
    start: int
    end: int
    date: str = ""  # the calendar date "when" names, from the article's date (ISO), if any


@dataclass
class Source:
    id: str
    title: str
    url: str = ""
    published: str = ""
    path: str = ""
    words: int = 0
    outlet: str = ""


@dataclass
class Link:
    """A headline with its link: a story the page had no room for, or one that is not news."""

    headline: str
    url: str = ""
    outlet: str = ""
    kind: str = (
        "news"  # or "opinion", "review", "letters", "advice", "recipe", "live", "roundup", ...
    )


@dataclass
class Story:
    """Articles about one event, with the key sentences drawn from all of them."""

    id: str
    headline: str  # the title of the article nearest the story's centre
    source_ids: list[str]
    summary: list[Sentence]
    outlets: int = 1  # distinct named outlets; those naming none count as one
    published: str = ""  # the newest article's
    score: float = 0.0
    follow_up: bool = False  # briefed before; the summary holds only the new reporting
    previously: str = ""  # the date it was last briefed
    section: str = ""  # its articles' most common section
    kind: str = "news"  # news, or what else its articles are (see stories/editorial.py)


@dataclass
class Briefing:
    """Everything a template sees; ``to_dict()`` is the JSON output."""

    title: str
    date: str
    summary: list[Sentence]  # every story's key sentences, in story order
    actors: list[Actor]
    sources: list[Source]
    stories: list[Story] = field(default_factory=list)
    bottom_line: list[Sentence] = field(default_factory=list)  # the top stories' best sentences
    commitments: list[Commitment] = field(default_factory=list)  # what the page shows
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    intro: str = ""
    algorithm: str = "default"
    sentences: list[Sentence] = field(default_factory=list)
    more: list[Link] = field(default_factory=list)  # news stories the page had no room for
    also: list[Link] = field(default_factory=list)  # opinion, reviews, advice... (not news)
    articles: int = 0  # how many articles the brief read
    left_out: int = 0  # stories and Also pieces neither shown nor listed: the page was full
    # The rest of the stories shown: less confident or cut for room (commitments), less
    # salient (actors). Templates leave them out; the JSON keeps them.
    more_commitments: list[Commitment] = field(default_factory=list)
    more_actors: list[Actor] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def parse_published(text: str) -> dt.datetime | None:
    """A date as an aware datetime (ISO 8601 or RFC 822); None if unreadable.

    A date without a time is taken as midday UTC; a time without a zone as UTC.
    """
    text = text.strip()
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        if len(text) == 10:
            when = when.replace(hour=12)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
