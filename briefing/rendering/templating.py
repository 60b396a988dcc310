"""Rendering a Briefing to Markdown, HTML and JSON with Jinja templates.

Templates see exactly the JSON fields of ``Briefing.to_dict()`` (documented in
docs/output.md). A user's ``--template DIR`` is searched before the built-ins.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, urlsplit

from markupsafe import Markup

from briefing.errors import BriefingError
from briefing.models import Briefing

# "text" is the plain-text part of an email: no markup, links as numbered footnotes.
TEMPLATE_NAMES = {"md": "briefing.md.j2", "html": "briefing.html.j2", "text": "briefing.txt.j2"}
FORMATS = ("md", "html", "json")
_BLANK_LINES = re.compile(r"\n\s*\n(\s*\n)+")


def builtin_template_dir() -> Path:
    """Templates ship inside the wheel; a source checkout keeps them at the top level."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "templates"
    return packaged if packaged.is_dir() else package.parent / "templates"


def render(
    briefing: Briefing, fmt: str, template_dir: str | None = None, for_email: bool = False
) -> str:
    """``for_email`` lets the HTML template leave out what email clients reject."""
    if fmt == "json":
        return json.dumps(briefing.to_dict(), indent=2, ensure_ascii=False) + "\n"
    if fmt not in TEMPLATE_NAMES:
        raise BriefingError(f"unknown format {fmt!r}; choose from: {', '.join(FORMATS)}")
    from jinja2 import TemplateError

    env = _environment(fmt, template_dir)
    context = briefing.to_dict()
    try:
        text = env.get_template(TEMPLATE_NAMES[fmt]).render(**context, for_email=for_email)
    except TemplateError as exc:  # a user's template: one line, not a traceback
        where = getattr(exc, "filename", None) or getattr(exc, "name", None) or template_dir
        raise BriefingError(f"template error: {type(exc).__name__}: {exc}", where) from None
    return _BLANK_LINES.sub("\n\n", text).strip() + "\n"


def _check_template_dir(template_dir: str | None) -> None:
    if template_dir is not None and not Path(template_dir).is_dir():
        raise BriefingError("template directory not found", template_dir)


@lru_cache(maxsize=8)
def _environment(fmt: str, template_dir: str | None):
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    _check_template_dir(template_dir)
    paths = [template_dir] if template_dir else []
    paths.append(str(builtin_template_dir()))
    if fmt == "html":
        env = SandboxedEnvironment(
            loader=FileSystemLoader(paths),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.filters["markdown"] = markdown_to_html
    else:
        # Every value printed into Markdown is escaped, so article text stays text; plain
        # text is never read as markup, so it prints values as they are.
        env = SandboxedEnvironment(
            loader=FileSystemLoader(paths),
            autoescape=False,
            undefined=StrictUndefined,
            finalize=escape_markdown if fmt == "md" else None,
        )
        env.filters["raw"] = Markup
    env.filters["url"] = safe_url
    env.filters["source_number"] = source_number
    env.filters["source"] = source_of
    env.filters["heading"] = heading
    env.filters["points"] = points
    env.filters["mid_sentence"] = mid_sentence
    env.filters["target"] = target
    env.filters["source_label"] = lambda source: source_label(
        source.get("outlet", ""), source.get("url", ""), source.get("id", "")
    )
    return env


_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_WHITESPACE = re.compile(r"\s+")


def escape_markdown(value: object) -> object:
    """Make a value print as literal text in Markdown, HTML included."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    text = _WHITESPACE.sub(" ", value)
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def mid_sentence(phrase: str) -> str:
    """A time or condition set after the action: "; in October", "; if talks fail", as it
    reads there; a name ("Friday", "Congress") keeps its capital."""
    word, _, rest = phrase.partition(" ")
    if word.lower() in _OPENING_WORDS and word[1:].islower():
        return word.lower() + (" " + rest if rest else "")
    return phrase


def target(commitment: dict) -> str:
    """Whom a commitment is to, unless its action already names them: "take the case to
    the Port Board" needs no "(to Port Board)" after it."""
    to = commitment["target"]
    return to if to and to not in commitment["action"] else ""


_OPENING_WORDS = frozenset(
    """if unless when whenever once as provided providing should in on at by from after
    before until till during within over next last later earlier this the soon
    immediately tomorrow today tonight yesterday early late""".split()
)


def markdown_to_html(text: str) -> Markup:
    """Markdown to HTML with raw HTML dropped, then sanitised."""
    import markdown
    import nh3

    md = markdown.Markdown()
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return Markup(nh3.clean(md.convert(text), url_schemes={"http", "https", "mailto"}))


_URL_SAFE = ":/?#@!$&'*+,;=%~"


def safe_url(url: str) -> str:
    """An http(s) URL, percent-encoded so it cannot break out of a link; else empty."""
    url = url.strip()
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return ""
    return quote(url, safe=_URL_SAFE).replace("'", "%27")


def heading(story: dict, bottom_line: list[dict]) -> str:
    """A story's headline; the whole sentence when the headline is only its first point
    cut to one line (an untitled report), which the points then leave out."""
    first, _ = _heading_and_points(story, bottom_line)
    return " ".join(first["text"].split()) if first else story["headline"]


def points(story: dict, bottom_line: list[dict]) -> list[dict]:
    """The points listed under a story: not those in the bottom line, nor the one its
    heading shows."""
    return _heading_and_points(story, bottom_line)[1]


def _heading_and_points(story: dict, bottom_line: list[dict]) -> tuple[dict | None, list[dict]]:
    """(the point the headline repeats, if any; the points left to list)."""
    shown = [s for s in story["summary"] if s not in bottom_line]
    headline = story["headline"].removesuffix("…")
    if shown and " ".join(shown[0]["text"].split()).startswith(headline):
        return shown[0], shown[1:]
    return None, shown


def source_of(source_id: str, sources: list[dict]) -> dict:
    found = _index(sources).get(source_id)
    return found[1] if found else {"id": source_id, "title": "", "url": "", "outlet": ""}


LABEL_CHARS = 24


def source_label(outlet: str, url: str, source_id: str) -> str:
    """What a citation shows: the outlet, else the web site, else the id (cut short: a
    scraped JSONL's ids are long hashes)."""
    if outlet:
        return outlet
    host = (urlsplit(url.strip()).hostname or "") if safe_url(url) else ""
    if host:
        return host.removeprefix("www.")
    return source_id if len(source_id) <= LABEL_CHARS else source_id[: LABEL_CHARS - 1] + "…"


def source_number(source_id: str, sources: list[dict]) -> int:
    found = _index(sources).get(source_id)
    return found[0] if found else 0


_last_index: list = [None, {}]  # the sources list last indexed, and its index


def _index(sources: list[dict]) -> dict[str, tuple[int, dict]]:
    """Each source's number and record by id, built once per render (a scan per citation
    was quadratic in a brief of thousands of sources)."""
    if _last_index[0] is not sources:
        index: dict[str, tuple[int, dict]] = {}
        for number, source in enumerate(sources, start=1):
            index.setdefault(source["id"], (number, source))
        _last_index[:] = [sources, index]
    return _last_index[1]
