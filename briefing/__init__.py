"""briefing: turn news articles into a one-page, extractive briefing."""

__version__ = "0.1.0"

from .errors import BriefingError, InputError, ModelError, OutputError  # noqa: E402
from .ingest import load_articles  # noqa: E402
from .models import Actor, Article, Briefing, Commitment, Mention, Sentence, Source  # noqa: E402
from .pipeline import build_briefing, write_briefing  # noqa: E402
from .rankers import RANKERS  # noqa: E402
from .rendering import render  # noqa: E402
from .settings import Budget, Settings  # noqa: E402
from .summarizer import summarize  # noqa: E402

__all__ = [
    "Actor",
    "Article",
    "Briefing",
    "BriefingError",
    "Budget",
    "Commitment",
    "InputError",
    "Mention",
    "ModelError",
    "OutputError",
    "RANKERS",
    "Sentence",
    "Settings",
    "Source",
    "build_briefing",
    "load_articles",
    "render",
    "summarize",
    "write_briefing",
]
