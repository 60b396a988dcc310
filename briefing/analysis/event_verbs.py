"""Whether the verb over a time tells of an event to come ("will meet on Friday") or of
something else: a forecast, a wish, a rule, a past told, a thing described."""

from __future__ import annotations

import re

from briefing.analysis.clauses import has_modal
from briefing.analysis.forms import is_perfect
from briefing.analysis.overtaken import verb_above
from briefing.nlp.lexicon import (
    CHANGE_VERBS,
    EVENT_NOUNS,
    FORECASTING,
    FUTURE_MODALS,
    FUTURE_VERBS,
    MAYBE_MODALS,
    MEASURE_NOUNS,
    SPEECH_VERBS,
    STARTING_VERBS,
)


def forecast(verb) -> bool:
    """ "US growth would reach 4.4% ... but fall to 3.3% next year", "prices may fall over the
    next few days", "is forecast to continue over the next year"; not "the Fed would raise
    rates when it meets next week" (the meeting is the event)."""
    chain = [verb]
    while goes_on(chain[-1]) and chain[-1].head.pos_ in ("VERB", "AUX", "ADJ"):
        chain.append(chain[-1].head)  # "is set to decelerate", "reach ... but fall"
    subject = next((s for v in chain for s in v.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lemma_.lower() in MEASURE_NOUNS:
        return True
    for node in chain:
        if has_modal(node, MAYBE_MODALS) or node.lemma_.lower() in FORECASTING:
            return True
        if node.lemma_ == "expect" and chain[0].lemma_.lower() in CHANGE_VERBS:
            return True  # "Irene is expected to strengthen later today": an outcome
        if any(c.lower_ in FORECASTING for c in node.children):
            return True  # "is likely to happen", "will probably rise"
    top = chain[-1]
    if top.dep_ == "ccomp" and (
        top.head.lemma_.lower() in FORECASTING  # "Next year will see ..., Stuff predicts"
        or top.head.lower_ in FORECASTING
        or any(c.dep_ == "acomp" and c.lower_ in FORECASTING for c in top.head.children)
    ):
        return True  # "it was highly unlikely that the camp would be forced to shut Monday"
    if any(
        has_modal(v, {"would", "'d"}) and is_perfect(v) for v in (chain[0], *chain[0].ancestors)
    ):
        return True  # "there would've been a rebellion ... over the next four years": never
    return expected_of_others(chain[-1])


def goes_on(verb) -> bool:
    """A verb that carries on the one above it: "is set to decelerate", "reach ... but
    fall", "forecast growth of 3.6%, slipping to 2.9% next year"."""
    return verb.dep_ in ("xcomp", "conj") or (verb.dep_ == "advcl" and verb.tag_ == "VBG")


def describes_a_thing(verb) -> bool:
    """A participle or a to-clause that says what a thing is: "threats facing PC users in
    the coming year", "the only thing to remember for the coming year" (not "a plan to cut
    taxes next year")."""
    if verb.head.pos_ not in ("NOUN", "PRON") or verb.head.lemma_.lower() in EVENT_NOUNS:
        return False
    if verb.lemma_.lower() in STARTING_VERBS:
        return False  # "a development project starting next year": when it starts
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return (verb.dep_ == "acl" and verb.tag_ == "VBG") or (verb.dep_ == "relcl" and to)


_NEXT_FEW = re.compile(
    r"(?:the )?next (?:\d+|two|three|four|five|six|seven|eight|nine|ten|few)", re.I
)


def any_time(ent, verb, before: str) -> bool:
    """ "loans left for the next four years": a span, no day; "whatever happens in the next
    few days", "just like next year": any time; "the next two" (frames): no time; "the next
    few months will be" the subject, not the time of an event."""
    if before == "for" and ent.text.lower().startswith("the next"):
        return True
    if before == "like" or ent.root.dep_ in ("nsubj", "nsubjpass"):
        return True  # "just like next year, police will arrest": every year; "The next few
        # months will be the final test": a time that is, no event in it
    if _NEXT_FEW.fullmatch(ent.text):
        return True  # "taking the next two (frames)": a count, no time
    # "nobody knows what will come tomorrow" (not "face them on what will be a charged
    # occasion on Monday")
    subject = ("whatever", "whoever", "what") if verb.dep_ == "ccomp" else ("whatever", "whoever")
    return any(c.dep_ == "nsubj" and c.lower_ in subject for c in verb.children)


def it_is_thought(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in verb.children)


def expected_of_others(verb) -> bool:
    """ "He expects it to be lifted over the next six months", "it expects rate cuts over
    the next two years": someone's view of what will happen; not "we expect to announce the
    results on Friday" (their own act) or "a decision is expected next week" (a schedule)."""
    if verb.dep_ in ("ccomp", "dobj", "pobj"):  # (also "expects a series of cuts")
        expecter, expected = verb_above(verb.head), True
    else:
        expecter = verb
        expected = any(c.dep_ == "dobj" for c in verb.children)
    return (
        expecter.lemma_ == "expect"
        and expected
        and any(c.dep_ == "nsubj" for c in expecter.children)
    )


def there_will_be(verb) -> bool:
    """ "there will be more activity today"; not "there will be a vote on Monday"."""
    if verb.lemma_ != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return False
    what = [c for c in verb.children if c.dep_ == "attr"]
    return bool(what) and all(c.lemma_.lower() not in EVENT_NOUNS for c in what)


def pleaded(verb) -> bool:
    """ "please show restraint tonight", "please join us tomorrow": a plea."""
    return verb.tag_ == "VB" and any(c.lower_ == "please" for c in verb.children)


def supposed(verb) -> bool:
    """In an "if" clause under "would": "how they would vote if forced to decide
    tomorrow" supposes, nothing is planned; so does "would" over an "if" in the past: "if
    he got it this year he would want to stay next year"."""
    for node in (verb, *verb.ancestors):
        if node.dep_ == "advcl" and if_clause(node):
            return would_untold(node.head)  # "warned it would divert ships if": told, ahead
        clauses = [c for c in node.children if c.dep_ == "advcl" and c.tag_ == "VBD"]
        if any(if_clause(c) for c in clauses):
            return would_untold(node)
    return False


def if_clause(verb) -> bool:
    return any(c.lower_ == "if" for c in verb.children)


def would_untold(main) -> bool:
    told = main.dep_ == "ccomp" and main.head.lemma_.lower() in SPEECH_VERBS
    return has_modal(main, {"would", "'d"}) and not told


def passive_past(verb) -> bool:
    """ "was discovered", "had been found"; "was fired, only to be reinstated"."""
    if verb.tag_ != "VBN":
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"was", "were", "had"}:
        return True
    above = verb_above(verb.head)
    return "to" in auxes and above is not verb and (above.tag_ == "VBD" or passive_past(above))


def future(verb) -> bool:
    conditional = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)
    if verb.tag_ == "VBD" and not conditional:
        # "after talks broke down on Sunday night", under "will extend": done ("if the
        # strike continued past Friday" is ahead)
        return False
    for node in (verb, verb.head):
        if has_modal(node, FUTURE_MODALS):
            return not is_perfect(node)  # "when it would still have been Tuesday": past
        if node.lemma_.lower() in FUTURE_VERBS or node.lower_ == "due":
            return True
    return False
