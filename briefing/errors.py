"""Errors the library raises; the CLI turns each into one line on stderr."""

from __future__ import annotations


class BriefingError(Exception):
    """A problem with the user's input or settings, reported as one line."""

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(BriefingError):
    """An input file or stream that cannot be read as articles."""


class ModelError(BriefingError):
    """The spaCy model is missing or cannot be loaded."""


class OutputError(BriefingError):
    """An output that cannot be written."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM after some outputs were already in place; says which."""
