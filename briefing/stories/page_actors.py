"""Which actors the page lists: the day's actors ranked story by story, the people a
story's title names first, then those whose commitments the page shows."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from briefing.analysis.entities import day_namer, find_actors
from briefing.models import Actor, Briefing, Commitment, Story
from briefing.stories.assemble import Built


def involvement(found: list[Commitment]) -> Counter:
    """How many commitments each actor makes or is the target of, by (article, name)."""
    made = Counter((c.source_id, c.actor) for c in found)
    return made + Counter((c.source_id, c.target) for c in found if c.target)


def story_actors(briefing: Briefing, built: list[Built], most: int) -> Briefing:
    """The key actors of the stories shown, story by story in the brief's order (each
    story's own most salient first, taken in turn), as many as the page had room for: a
    name that many unshown articles mention does not crowd out the top stories' actors."""
    shown = {s.id: s for s in briefing.stories}
    everyone = briefing.actors + briefing.more_actors
    by_name = {a.name: a for a in everyone if a.key}
    named = day_namer(everyone)  # the story's "Bush" is the day's George W. Bush
    committers = {c.actor for c in briefing.commitments}
    per_story = []
    for b in built:
        if b.story.id in shown:
            found = [c for m in b.fresh for c in m.analysis.commitments]
            mentions = [x for m in b.fresh for x in m.analysis.mentions]
            own = [a for a in find_actors(mentions, None, involvement(found)) if a.key]
            days = [named(a.source_ids[0], a.name) for a in own]  # each named somewhere
            actors = [by_name[n] for n in dict.fromkeys(days) if n in by_name]
            per_story.append(_headliners_first(actors, b, shown[b.story.id], committers))
    ordered: dict[str, Actor] = {}
    for turn in range(max(map(len, per_story), default=0)):
        for names in per_story:
            if turn < len(names):
                ordered.setdefault(names[turn].name, names[turn])
    key = list(ordered.values())[: min(len(briefing.actors), most)]
    names = {a.name for a in key}
    return replace(briefing, actors=key, more_actors=[a for a in everyone if a.name not in names])


def _headliners_first(
    actors: list[Actor], built: Built, story: Story, committers: set[str]
) -> list[Actor]:
    """The people a story's title names come first: "Jack Cunningham to stand down" is
    about him, though Tony Blair is named more often in its articles. Not an untitled
    story's first sentence, which names whoever is in its scene ("the dedication of the
    memorial to the Rev. Martin Luther King Jr. was postponed" in a hurricane report).
    Then those whose commitments the page shows, so each is listed with their role."""
    titled = story.headline in {m.article.title.strip() for m in built.members}

    def tier(actor: Actor) -> int:
        names = (actor.name, *actor.aliases)
        if titled and actor.kind == "person" and any(_names(n, story.headline) for n in names):
            return 0
        return 1 if actor.name in committers else 2

    return sorted(actors, key=tier)


def _names(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None
