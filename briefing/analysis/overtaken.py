"""Times that look ahead and are not: a plan told as overtaken or called off, the day of
what an act follows, a night quoted inside a past scene."""

from __future__ import annotations

from briefing.analysis.clauses import has_modal
from briefing.analysis.forms import is_perfect
from briefing.nlp.lexicon import (
    CALLING_OFF,
    EVENT_NOUNS,
    FUTURE_MODALS,
    FUTURE_VERBS,
    REPORTING_VERBS,
    SPEECH_VERBS,
)


def verb_above(token):
    """The token itself if a verb, else the nearest verb it hangs on (or the root)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def planned_before(verb) -> bool:
    """Told in the past perfect: "had planned to enter next week", "a hearing had been
    scheduled for next week" (overtaken), "had already achieved the mark on Tuesday" (done)."""
    if has_modal(verb, {"to"}) and is_perfect(verb):
        return True  # "was due to have had another operation on Friday but": called off
    while verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i:
        verb = verb.head  # "was set to expire", "was due to start"
    past = verb.lower_ in ("was", "were") or any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children
    )
    changed = any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children) and any(
        c.dep_ == "conj" and c.tag_ in ("VBD", "VBN") for c in verb.children
    )
    if past and changed:
        return True  # "was set to expire Friday, but he extended the order": overtaken
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS | REPORTING_VERBS
    if verb.lemma_ == "plan" and verb.tag_ == "VBG" and not reported:
        if any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children):
            return True  # "The couple were planning a dinner party later this month": a
            # story told ("officials said they were planning" reports a plan still on)
    return has_modal(verb, {"had"})


def called_off(verb) -> bool:
    """ "a strike scheduled for 22 June was suspended", "cancelled the talks planned for
    Friday", "the game set for Sunday has been called off"."""
    if verb.dep_ not in ("acl", "amod") or verb.lemma_.lower() not in FUTURE_VERBS:
        return False
    over = verb_above(verb.head)
    lemma = over.lemma_.lower()
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in over.children)
    return lemma in CALLING_OFF and (lemma != "call" or off)


def day_of_what_came_before(ent) -> bool:
    """ "following news on Tuesday", "after reports on Monday": the day of what an act
    follows, however the parser hung it; not an event's ("following a vote on Friday")."""
    if ent.start < 3 or ent.doc[ent.start - 1].lower_ not in ("on", "in"):
        return False
    noun = ent.doc[ent.start - 2]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in EVENT_NOUNS:
        return False
    words = ent.doc[max(ent.start - 6, 0) : ent.start - 2]
    for word in reversed(words):  # over "the", "fresh", "media": "after the media reports"
        if word.lower_ in ("following", "after", "amid"):
            return True
        if word.pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
            return False
    return False


def quoted_in_a_past_scene(ent, verb) -> bool:
    """A time inside a quote, in present words, in a sentence that tells a past scene
    rather than reports a speech (not '"We vote tonight," he said', nor "stormed out,
    saying he will resign tonight")."""
    marks = [t.i for t in ent.doc[ent.sent.start : ent.start] if t.is_quote]
    if len(marks) % 2 == 0:
        return False
    told = [t for t in ent.doc[ent.sent.start : marks[-1]] if t.tag_ == "VBD"]
    if not told or any(t.lemma_.lower() in SPEECH_VERBS | REPORTING_VERBS for t in told):
        return False
    return verb.tag_ in ("VBZ", "VBP", "VBG") and not has_modal(verb, FUTURE_MODALS)
