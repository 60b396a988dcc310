"""briefing: turn news articles into a one-page, extractive briefing."""

from briefing._version import __version__
from briefing.deliver.mailing import compose
from briefing.deliver.sending import send
from briefing.errors import BriefingError, InputError, ModelError, OutputError
from briefing.ingest.fetch import HttpClient, Response, UrllibClient
from briefing.ingest.load import load_articles
from briefing.models import (
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
from briefing.pipeline import Result, build_briefing, collect, run, write_briefing
from briefing.rendering.templating import render
from briefing.settings import Budget, Mail, Settings, Smtp, Window, load_config, make_window
from briefing.stories.memory import Memory
from briefing.summary.rankers import RANKERS
from briefing.summary.summarizer import summarize

__all__ = [
    "__version__",
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
    "Result",
    "Sentence",
    "Settings",
    "Smtp",
    "Source",
    "Story",
    "UrllibClient",
    "Window",
    "build_briefing",
    "collect",
    "compose",
    "load_articles",
    "load_config",
    "make_window",
    "render",
    "run",
    "send",
    "summarize",
    "write_briefing",
]
