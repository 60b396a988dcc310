"""An HTML fragment (a feed entry's content, rendered Markdown) as paragraphs that keep its
structure: one block per paragraph, heading and list item, block quotes marked."""

from __future__ import annotations

from dataclasses import dataclass

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LEAVES = HEADINGS | {"p", "li", "dt", "dd", "pre", "td", "th", "caption"}
CONTAINERS = frozenset(
    {"div", "section", "article", "main", "header", "footer", "aside", "ul", "ol", "dl"}
    | {"blockquote", "figure", "table", "thead", "tbody", "tfoot", "tr", "center", "details"}
)
LEFT_OUT = frozenset({"script", "style", "figcaption", "noscript", "template"})
BLOCKS = LEAVES | CONTAINERS | LEFT_OUT | {"hr"}


@dataclass(frozen=True)
class Block:
    text: str
    kind: str = "paragraph"  # or "heading", "quote"


def blocks(fragment: str) -> list[Block]:
    """The fragment's blocks in reading order, white space normalised, empty ones dropped."""
    from lxml import html as lxml_html

    if not fragment.strip():
        return []
    root = lxml_html.fromstring(f"<div>{fragment}</div>")
    return [b for b in _walk(root, "paragraph") if b.text]


@dataclass(frozen=True)
class Structured:
    """Blocks joined as an article's text, with the spans of its headings and block quotes."""

    text: str
    headings: tuple[tuple[int, int], ...] = ()
    block_quotes: tuple[tuple[int, int], ...] = ()


def structured(fragment: str) -> Structured:
    return joined(blocks(fragment))


def joined(parts: list[Block]) -> Structured:
    """Blocks as paragraphs of one text, each heading's and block quote's span noted."""
    spans: dict[str, list[tuple[int, int]]] = {"heading": [], "quote": [], "paragraph": []}
    at = 0
    for block in parts:
        spans[block.kind].append((at, at + len(block.text)))
        at += len(block.text) + 2
    text = "\n\n".join(block.text for block in parts)
    return Structured(text, tuple(spans["heading"]), tuple(spans["quote"]))


def _walk(element, kind: str) -> list[Block]:
    out: list[Block] = []
    inline = [element.text or ""]
    for child in element:
        tag = _tag(child)
        if tag not in BLOCKS:
            inline.append(" " if tag == "br" else _inline_text(child))
            inline.append(child.tail or "")
            continue
        out.append(_block(inline, kind))
        inline = [child.tail or ""]
        if tag in LEFT_OUT or tag == "hr":
            continue
        inner = "quote" if tag == "blockquote" else kind
        if tag in LEAVES and not any(_tag(d) in BLOCKS for d in child.iterdescendants()):
            out.append(_block([_inline_text(child)], "heading" if tag in HEADINGS else inner))
        else:
            out += _walk(child, inner)
    out.append(_block(inline, kind))
    return out


def _tag(element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _inline_text(element) -> str:
    """Inline markup's words; a line break is a space; scripts, styles and comments are no
    words (a comment's tail is, and its parent reads it)."""
    if not isinstance(element.tag, str) or _tag(element) in LEFT_OUT:
        return ""
    parts = [element.text or ""]
    for child in element:
        parts.append(" " if _tag(child) == "br" else _inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _block(parts: list[str], kind: str) -> Block:
    return Block(" ".join("".join(parts).split()), kind)
