"""briefing: turn news articles into a one-page, extractive briefing."""

__version__ = "0.1.0"

from .config import load_config  # noqa: E402
from .errors import BriefingError, InputError, ModelError, OutputError  # noqa: E402
from .fetch import HttpClient, Response, UrllibClient  # noqa: E402
from .ingest import load_articles  # noqa: E402
from .mailing import compose  # noqa: E402
from .memory import Memory  # noqa: E402
from .models import (  # noqa: E402
    Actor,
    Article,
    Briefing,
    Commitment,
    Event,
    Mention,
    Quote,
    Sentence,
    Source,
    Story,
)
from .pipeline import build_briefing, write_briefing  # noqa: E402
from .rankers import RANKERS  # noqa: E402
from .rendering import render  # noqa: E402
from .sending import Smtp, send  # noqa: E402
from .settings import Budget, Mail, Settings  # noqa: E402
from .summarizer import summarize  # noqa: E402
from .window import Window, make_window  # noqa: E402

__all__ = [
    "Actor",
    "Article",
    "Briefing",
    "BriefingError",
    "Budget",
    "Commitment",
    "Event",
    "HttpClient",
    "InputError",
    "Mail",
    "Memory",
    "Mention",
    "ModelError",
    "OutputError",
    "Quote",
    "RANKERS",
    "Response",
    "Sentence",
    "Settings",
    "Smtp",
    "Source",
    "Story",
    "UrllibClient",
    "Window",
    "build_briefing",
    "compose",
    "load_articles",
    "load_config",
    "make_window",
    "render",
    "send",
    "summarize",
    "write_briefing",
]
