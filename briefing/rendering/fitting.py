"""Trimming a brief until its HTML prints on one page (A4 or Letter).

The height is estimated in printed lines from text lengths, with the print style's
measures (templates/_style.html.j2); tests/test_print.py prints real briefs in
Chromium and counts the pages.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from briefing.models import Briefing, Commitment, Link, Sentence, Source, Story
from briefing.rendering.templating import source_label
from briefing.stories.assemble import BOTTOM_LINE, one_line
from briefing.summary.readability import is_truly_dangling

# Letter is the shorter page: 965 px high inside 12 mm margins. On real dev days Chromium
# prints an estimated line as 15.5-16.7 px (bench/page_fill.py, 24 BBC days), so 57 lines
# fit Letter and still fill 85% of A4 (1032 px) at the shortest measured line.
PAGE_LINES = 57.0
CHARS_PER_LINE = 100
HEADING_LINES = 2.0  # a section heading with its rule and margins
STORY_GAP = 0.4
CITE_CHARS = 5  # " [12]"
LINKS_HEADING_LINES = 2.6  # "More" and "Also" with their section's padding (34 px)
MORE_LINKS = 8  # room kept for this many headlines of the stories that did not fit
MIN_MORE_LINKS = 3
COMMITMENTS_SHOWN = 6
COMMITMENTS_ONE_STORY = 10


@dataclass(frozen=True)
class Limits:
    stories: int
    points: tuple[int, ...]  # per story
    commitments: int
    events: int
    actors: int


def fit_page(briefing: Briefing, page_lines: float = PAGE_LINES) -> Briefing:
    """The brief with the fewest cuts whose estimated height fits the page; the stories cut
    follow as one-line headlines ("More") while there is room, then the Also list."""
    trimmed = _fit_stories(briefing, page_lines)
    left = len(briefing.stories) - len(trimmed.stories)
    # Keep room for some of the others' headlines: several while the stories shown keep two
    # points each on average, else a few.
    for count in (MORE_LINKS, MIN_MORE_LINKS) if left else ():
        reserve = LINKS_HEADING_LINES + min(left, count) * _link_lines(Link("x"))
        trimmed = _fit_stories(briefing, page_lines - reserve)
        if sum(len(s.summary) for s in trimmed.stories) >= 2 * len(trimmed.stories):
            break
    shown = {s.id for s in trimmed.stories}
    more = [_link(s, briefing.sources) for s in briefing.stories if s.id not in shown]
    trimmed = replace(trimmed, more=_fill(more, page_lines - estimate_lines(trimmed)))
    also = _fill(briefing.also, page_lines - estimate_lines(trimmed))
    # a piece cut from Also is counted too: the page says what it could not show
    left_out = len(more) - len(trimmed.more) + len(briefing.also) - len(also)
    return replace(trimmed, also=also, left_out=left_out)


def _fit_stories(briefing: Briefing, page_lines: float) -> Briefing:
    # A story takes at least three lines (headline, source line, gap), so the rest never fit;
    # apply() then keeps only what the stories shown need.
    briefing = replace(briefing, stories=briefing.stories[: int(page_lines // 3)], also=[])
    trimmed = briefing
    for limits in _cuts(briefing):
        trimmed = apply(briefing, limits)
        if estimate_lines(trimmed) <= page_lines:
            break
    return trimmed


def _link(story: Story, sources: list[Source]) -> Link:
    first = next((s for s in sources if s.id in story.source_ids and s.url), None)
    first = first or next((s for s in sources if s.id in story.source_ids), None)
    headline = one_line(story.headline)
    return Link(headline, first.url if first else "", first.outlet if first else "")


def _fill(links: list[Link], room: float) -> list[Link]:
    """As many links as fit in ``room`` lines under their heading."""
    room -= LINKS_HEADING_LINES
    out = []
    for link in links:
        room -= _link_lines(link)
        if room < 0:
            break
        out.append(link)
    return out


def _link_lines(link: Link) -> float:
    return 1.2 * _lines(f"{link.headline} ({link.outlet})", 2)  # 17 px in Chromium


def _cuts(b: Briefing) -> Iterator[Limits]:
    """Ever smaller limits: first fewer points in the lower stories, then in the top ones
    (which keep a point besides their bottom-line sentence), then shorter lists, then
    fewer stories, then shorter lists again, then one point each, and last the lists go."""
    points = [len(s.summary) for s in b.stories]
    top = min(BOTTOM_LINE, len(points)) if len(points) > 1 else len(points)
    # One story's brief has room for more of its commitments than a day's brief.
    most = COMMITMENTS_ONE_STORY if len(b.stories) == 1 else COMMITMENTS_SHOWN
    limits = Limits(len(points), tuple(points), min(most, len(b.commitments)), 4, len(b.actors))
    yield limits
    for most in (2, 1):
        for k in reversed(range(top, len(points))):
            limits = _cap(limits, k, most)
            yield limits
    for k in reversed(range(top)):
        limits = _cap(limits, k, 2)
        yield limits
    limits = replace(limits, commitments=min(limits.commitments, 3), events=2, actors=8)
    yield limits
    while limits.stories > top:
        limits = replace(limits, stories=limits.stories - 1)
        yield limits
    # the top stories' own points before the lists: a story left with only its bottom-line
    # sentence is a headline said twice
    limits = replace(limits, commitments=min(limits.commitments, 2), events=1, actors=6)
    yield limits
    limits = replace(limits, points=tuple(min(p, 1) for p in limits.points))
    yield limits
    limits = replace(limits, commitments=0, events=0, actors=5)
    yield limits
    while limits.stories > 1:
        limits = replace(limits, stories=limits.stories - 1)
        yield limits
    yield replace(limits, actors=0)


def _cap(limits: Limits, story: int, most: int) -> Limits:
    points = list(limits.points)
    points[story] = min(points[story], most)
    return replace(limits, points=tuple(points))


def apply(b: Briefing, limits: Limits) -> Briefing:
    """The brief cut to ``limits``: each story keeps its best-ranked points; actors,
    commitments and events keep those of the stories still shown."""
    stories = [
        replace(s, summary=_best(s.summary, limits.points[i]))
        for i, s in enumerate(b.stories[: limits.stories])
    ]
    shown = {source_id for s in stories for source_id in s.source_ids}
    story_of = {i: n for n, s in enumerate(stories) for i in s.source_ids}
    by_story: list[list] = [[] for _ in stories]
    for c in b.commitments:
        if c.source_id in story_of:
            by_story[story_of[c.source_id]].append(c)
    # each story's most confident first: a 0.5 aside must not take a 0.77 pledge's place
    by_story = [sorted(g, key=lambda c: -c.confidence) for g in by_story]
    commitments = _round_robin(by_story, limits.commitments)
    kept = {id(c) for c in commitments}
    actors = [a for a in b.actors if shown & set(a.source_ids)]
    return replace(
        b,
        more_commitments=[c for c in b.commitments if c.source_id in shown and id(c) not in kept]
        + [c for c in b.more_commitments if c.source_id in shown],
        more_actors=actors[limits.actors :]
        + [a for a in b.more_actors if shown & set(a.source_ids)],
        stories=stories,
        summary=[x for s in stories for x in s.summary],
        bottom_line=_bottom_line(b, stories),
        sources=[s for s in b.sources if s.id in shown],
        actors=actors[: limits.actors],
        commitments=commitments,
        quotes=[q for q in b.quotes if q.source_id in shown],
        sentences=[x for x in b.sentences if x.source_id in shown],
        events=[e for e in b.events if e.source_id in shown][: limits.events],
    )


def _best(summary: list[Sentence], count: int) -> list[Sentence]:
    """The story's first point (its central article's lead, which goes with the headline),
    then the best-ranked others, leaving out one that leans on a point cut."""
    keep: list[Sentence] = summary[:1] if count else []
    for s in sorted(summary[1:], key=lambda s: s.rank):
        if len(keep) < count and (not is_truly_dangling(s.text) or _before(s, summary) in keep):
            keep.append(s)
    return [s for s in summary if s in keep]


def _before(s: Sentence, summary: list[Sentence]) -> Sentence | None:
    return next((x for x in summary if x.source_id == s.source_id and x.index == s.index - 1), None)


def _bottom_line(b: Briefing, stories: list[Story]) -> list[Sentence]:
    if len(stories) < 2:
        return []
    kept = [x for s in stories for x in s.summary]
    return [s for s in b.bottom_line if s in kept]


def _round_robin(groups: list[list[Commitment]], count: int) -> list[Commitment]:
    """Each group's first, then each one's second, ...; within a round the most confident
    take the places left, and the page lists them in group order. But every actor's first
    comes before anyone's second: a BBC story of two speeches showed one speaker's two
    lines and not the other's demand its headline was about."""
    rounds = sorted(
        (
            (depth, -item.confidence, n, item)
            for n, g in enumerate(groups)
            for depth, item in enumerate(g)
        ),
        key=lambda x: x[:3],
    )
    seen: Counter[str] = Counter()
    turns = []  # (the actor's how-many-th line, its place in the rounds)
    for depth, _, n, item in rounds:
        turns.append((seen[item.actor], depth, n, item))
        seen[item.actor] += 1
    kept = sorted(turns, key=lambda x: x[0])[:count]  # stable: rounds order within a turn
    return [item for *_, item in sorted(kept, key=lambda x: (x[2], x[1]))]  # story order


def _lines(text: str, extra: int = 0, width: int = CHARS_PER_LINE) -> int:
    return max(1, math.ceil((len(text) + extra) / width))


def estimate_lines(b: Briefing) -> float:
    """The printed height of the default HTML template, in lines of body text."""
    total = 3.0 + (_lines(b.intro) if b.intro else 0)  # title, date line
    told = b.bottom_line
    if told:
        total += HEADING_LINES + sum(_lines(s.text, CITE_CHARS) for s in told)
    if b.stories:
        total += HEADING_LINES
    labels = {s.id: f"[00] {source_label(s.outlet, s.url, s.id)}" for s in b.sources}
    for story in b.stories:
        total += STORY_GAP + 1.25 * _lines(story.headline, width=int(CHARS_PER_LINE / 1.2))
        total += sum(_lines(s.text, CITE_CHARS) for s in story.summary if s not in told)
        total += 0.9 * _lines(" · ".join(labels.get(i, "") for i in story.source_ids), 10)
    if b.actors:
        names = "; ".join(a.name + (f" ({a.role})" if a.role else "") for a in b.actors)
        total += HEADING_LINES + _lines(names)
    if b.commitments:
        total += HEADING_LINES
        total += sum(
            _lines(f"{c.actor} {c.type}: {c.action} {c.target} {c.condition} {c.time}")
            for c in b.commitments
        )
    if b.events:
        total += HEADING_LINES + sum(_lines(f"{e.when}: {e.text}", CITE_CHARS) for e in b.events)
    for links in (b.more, b.also):
        if links:
            total += LINKS_HEADING_LINES + sum(_link_lines(x) for x in links)
    return total
