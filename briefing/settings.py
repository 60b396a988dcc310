"""One settings object carries every option through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .window import Window


@dataclass
class Budget:
    """Summary length: at most ``sentences``, ``words``, or ``ratio`` of the sentences."""

    sentences: int | None = None
    words: int | None = None
    ratio: float | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.sentences, self.words, self.ratio) if v is not None]
        if len(given) > 1:
            raise ValueError("give only one of sentences, words or ratio")
        if not given:
            self.sentences = 3
        if self.sentences is not None and self.sentences < 1:
            raise ValueError("sentences must be at least 1")
        if self.words is not None and self.words < 1:
            raise ValueError("words must be at least 1")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise ValueError("ratio must be in (0, 1]")

    def max_sentences(self, available: int) -> int:
        if self.sentences is not None:
            return min(self.sentences, available)
        if self.ratio is not None:
            return min(available, max(1, round(self.ratio * available)))
        return available


OUTPUT_FORMATS = ("md", "html", "json", "email")
SECTIONS = ("bottom_line", "stories", "actors", "commitments", "events")


@dataclass
class Mail:
    """Who a briefing email is from and to; the subject defaults to the title and date."""

    sender: str = "briefing@localhost"
    recipients: list[str] = field(default_factory=list)
    subject: str = ""


@dataclass
class Settings:
    budget: Budget = field(default_factory=Budget)
    algorithm: str = "default"
    model: str | None = None
    title: str = "Briefing"
    date: str | None = None
    intro: str = ""
    template_dir: str | None = None
    formats: tuple[str, ...] = ("md", "html")
    max_actors: int = 12
    explain: bool = False
    mail: Mail = field(default_factory=Mail)
    window: Window | None = None  # only articles published in it (undated ones stay)
    workers: int = 1  # processes parsing in parallel
    fit_page: bool = True  # trim the brief until it prints on one page
    sections: tuple[str, ...] = SECTIONS  # the others are left empty
