"""What comes next: sentences that put a future event at a stated time."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from briefing.analysis.clauses import has_modal
from briefing.analysis.dates import MONTHS, WEEKDAYS, month_or_year, names_a_day, resolve
from briefing.analysis.event_verbs import (
    any_time,
    describes_a_thing,
    expected_of_others,
    forecast,
    future,
    it_is_thought,
    passive_past,
    pleaded,
    supposed,
    there_will_be,
)
from briefing.analysis.evidence import evidence_span
from briefing.analysis.forms import hedged, is_negated, is_perfect, others_thought
from briefing.analysis.narration import state_now
from briefing.analysis.overtaken import (
    called_off,
    day_of_what_came_before,
    planned_before,
    quoted_in_a_past_scene,
    verb_above,
)
from briefing.models import Event
from briefing.nlp.lexicon import (
    DEMONSTRATIVES,
    EVENT_NOUNS,
    FUTURE_MODALS,
    POINTING_WORDS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    TIME_NOUNS,
    WISHES,
)
from briefing.nlp.model import doc_text, sents

if TYPE_CHECKING:
    from spacy.tokens import Doc

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# "later" only as "later this week", "later on Friday": "a few minutes later" is narrative.
_SEASON = r"this (?:spring|summer|autumn|fall|winter)"  # no day, but ahead if the verb is
FUTURE_WHEN = re.compile(
    rf"\b(next|coming|upcoming|tomorrow|tonight|later (?:this|today|on|in the)|{_SEASON})\b",
    re.I,
)
_THIS_SEASON = re.compile(rf"\b{_SEASON}\b", re.I)
PAST_WHEN = re.compile(r"\b(last|ago|yesterday|earlier|previous)\b", re.I)
# counted from the story's own day, not the reader's: ahead only of a verb still to come
NARRATED = re.compile(
    r"^(?:the (?:next|following) (?:day|morning|afternoon|evening|night|hour)"
    r"|later (?:in the (?:day|morning|afternoon|evening)|on|that \w+))$",
    re.I,
)


def find_events(
    doc: Doc, offset: int, source_id: str, reference: dt.date | None = None
) -> list[Event]:
    """Future events at a stated time; with ``reference`` (the article's date), only those
    after it, each with its calendar date when the time gives one."""
    out = []
    # one pass over the entities: Span.ents scans every entity of the doc, per sentence
    by_sentence: dict[int, list] = {}
    for ent in _weekdays_with_dates(doc):
        by_sentence.setdefault(ent.sent.start, []).append(ent)
    for sentence in sents(doc):
        dates = [
            e
            for e in by_sentence.get(sentence.start, ())
            if _is_ahead(e) and _is_dated(e.text, reference)
        ]
        if not dates:
            continue
        when = max(dates, key=lambda e: bool(FUTURE_WHEN.search(e.text)) + len(e.text) / 100)
        if _names_nothing(sentence, when):
            continue
        a, b = evidence_span(sentence, when.start_char)
        date = resolve(when.text, reference) if reference and names_a_day(when.text) else None
        out.append(
            Event(
                _with_preposition(when),
                doc_text(doc)[a:b],
                source_id,
                offset + a,
                offset + b,
                date=date.isoformat() if date else month_or_year(when.text, reference),
            )
        )
    return out


def _names_nothing(sentence, when) -> bool:
    """ "It is due to be published next week.", "He will be sentenced on Friday.": the act
    at that time is the opening pronoun's and no name follows, so alone on the page it says
    only when (not "He was briefed on the poll, which is due next month", nor "This summer,
    the spacecraft is to reach Pluto", nor "He said Veritas would ...")."""
    first, second = sentence[0].lower_, sentence[1].lower_ if len(sentence) > 1 else ""
    if first not in POINTING_WORDS or (first in DEMONSTRATIVES and second in TIME_NOUNS):
        return False
    node = when.root
    while node.head.i != node.i and not any(c.dep_ in SUBJECTS for c in node.children):
        node = node.head
    subject = next((c for c in node.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.left_edge.i != sentence.start:
        return False
    return not any(t.pos_ == "PROPN" and not when.start <= t.i < when.end for t in sentence[1:])


def _weekdays_with_dates(doc: Doc) -> list:
    """The doc's dates and times, a weekday joined to the date after it: "on Thursday, 16
    June" is one time (tagged as two, "Thursday" alone was put on the next Thursday)."""
    from spacy.tokens import Span

    ents = [_before_a_verb(e) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    ents = [e for e in ents if e is not None]
    out = []
    for ent in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and ent.start == last.end + 1
            and doc[last.end].text == ","
            and doc[last.end - 1].lower_ in WEEKDAYS  # "the week commencing Monday, 7 August"
            and any(t.like_num for t in ent)
            and any(t.lower_.rstrip(".") in MONTHS for t in ent)
        ):
            out[-1] = Span(doc, last.start, ent.end, label="DATE")
        else:
            out.append(ent)
    return out


def _before_a_verb(ent):
    """A time the tagger ran into the next clause ("Monday 19 December and include
    Christmas Eve") ends before it."""
    from spacy.tokens import Span

    doc = ent.doc
    verb = next((t.i for t in ent[1:] if t.pos_ == "VERB" and doc[t.i - 1].pos_ == "CCONJ"), None)
    if verb is None:
        return ent
    end = verb - 1
    return Span(doc, ent.start, end, label=ent.label_) if end > ent.start else None


def _is_dated(when: str, reference: dt.date | None) -> bool:
    """A time one can put in a diary, not before the article's date: "next week", "on
    March 9", "Friday"; not "the summer" or "93 year"."""
    if FUTURE_WHEN.search(when):
        return True
    if reference is None:
        return resolve(when, dt.date.today()) is not None
    date = resolve(when, reference)
    return date is not None and date >= reference


LONG_SPAN = re.compile(
    r"\bnext (?:few |several |(?:[5-9]|\d\d+|five|six|seven|eight|nine|ten|twenty|thirty|"
    r"forty|fifty) )?(?:years|decades?)\b|\bcoming (?:years|decades)\b",
    re.I,
)
DURATION = re.compile(
    r"^(?:(?:more than|about|at least|some|nearly|almost)\s+)?[\w-]+\s+"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?)$",
    re.I,
)


def _is_ahead(ent) -> bool:
    """ "next week", "on March 9" for something that will happen; not "said on Monday",
    "last year", "two years", "the June signal", "the closing price on Monday" or "funding
    from next year's budget"."""
    if LONG_SPAN.search(ent.text):
        return False  # "will steadily increase over the next 45 years": a trend, no date
    ahead = bool(FUTURE_WHEN.search(ent.text))
    if not ahead and (PAST_WHEN.search(ent.text) or ent.text.isdigit()):
        return False
    if _THIS_SEASON.search(ent.text):  # "the Games in London this summer was summed up":
        verb = verb_above(ent.root)  # this summer's, and past
        if (verb.tag_ == "VBD" and not future(verb)) or passive_past(verb):
            return False
    if ent.root.dep_ in ("compound", "amod", "poss"):
        # "next week's summit" dates the summit; "next year's budget" only names a budget
        return ahead and ent.root.head.lemma_.lower() in EVENT_NOUNS
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if not ahead and DURATION.match(ent.text) and before not in ("within", "in", "by"):
        return False
    if _when_said(ent):
        return False  # "Nikki Haley said Monday the US would": when she said it
    if day_of_what_came_before(ent):
        return False  # "will add to the embarrassment following news on Tuesday that"
    if ent.root.dep_ == "npadvmod" and before in ("join", "joins", "beat", "beats"):
        return False  # "will join Wednesday on a permanent transfer": Sheffield Wednesday
    head = ent.root.head
    if head.pos_ == "ADP":
        head = head.head
    if head.pos_ in ("NOUN", "PROPN"):
        if head.lemma_.lower() not in EVENT_NOUNS:
            return False  # "the closing price on Monday" describes a thing
        if ahead:
            return not expected_of_others(verb_above(head))  # "it expects cuts next year"
        head = verb_above(head)  # "vote ... at a special meeting on April 28"
    verb = verb_above(head)  # "each of the next two years": the verb over "each"
    # a participle's clause is told in its head's tense ("rose to plus 11 when looking
    # ahead to the next three months": a survey's answer, given then)
    tensed = verb.head if verb.tag_ == "VBG" and verb.dep_ == "advcl" else verb
    if ahead and tensed.tag_ == "VBD" and not future(tensed):
        return False  # "the budget boosted spending in each of the next two years": done
    tonight = ent.text.lower() in ("tonight", "today")  # (not "has been rescheduled for June")
    done = verb.head if verb.dep_ == "xcomp" else verb  # "have had to exercise ... tonight"
    if tonight and is_perfect(done) and not has_modal(done, FUTURE_MODALS):
        return False  # "Tonight, the battle has been joined": done ("will have" is ahead)
    if tonight and quoted_in_a_past_scene(ent, verb):
        return False  # 'Thousands watched, with Obama tweeting, "Something special is
        # happening in Austin tonight"': that night's, long past
    if tonight and state_now(verb, ent.root):
        return False  # "tonight it is a slow motion march": now, no event ("today is the
        # deadline" is one)
    if there_will_be(verb):
        return False  # "there will be more activity today": a forecast, not an event
    if verb.lemma_.lower() == "turn" and any(c.like_num for c in verb.children):
        return False  # "who will turn 90 on 10 June": an age reached, no event
    if pleaded(verb):
        return False  # "please show restraint tonight": asked of someone, no event
    if describes_a_thing(verb):
        return False  # "threats facing PC users in the coming year", "the thing to remember"
    if before == "a" or supposed(verb) or any_time(ent, verb, before):
        return False  # "if it fell on a Monday": any Monday; "would vote if forced to"
    if called_off(verb):
        return False  # "A strike scheduled for 22 June was suspended": not then, if ever
    if planned_before(verb):
        return False  # "The Night Wolves had planned to enter next week": called off or done
    if NARRATED.match(ent.text) and (ent.text[:4].lower() == "the " or passive_past(verb)):
        return False  # "the next morning the body was discovered", "was sitting up in bed by
        # the next day": a story told, a day after its own events, not the article's ("plan
        # to continue the search later in the day" is the article's day)
    if is_negated(verb) and before not in ("until", "till", "before"):
        return False  # "won't get any today": nothing will happen ("not until Monday" will)
    if hedged(verb, WISHES):
        return False  # "Hopefully we'll be racing them tomorrow": a wish, not a date
    if verb.dep_ == "ccomp" and others_thought(verb.head) and not it_is_thought(verb.head):
        return False  # "Gallas believes they will battle it out in the coming months": a view
        # ("it is thought he will announce it on Wednesday" reports what is expected)
    if forecast(verb) and head.lower_ != "due":  # "the overhaul, due on Thursday"
        return False  # "growth would fall to 3.3% next year": a forecast, not an event
    return ahead or future(head)


def _when_said(ent) -> bool:
    """A time right after a past "said" or "told reporters" ("said on Monday"), which the
    parser may hang on the reported verb."""
    i = ent.start - (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "on")
    verb = ent.doc[i - 1] if i > ent.sent.start else None
    if verb is not None and verb.pos_ in ("NOUN", "PROPN", "PRON") and i - 2 >= ent.sent.start:
        verb = ent.doc[i - 2]  # "told reporters on Monday", "told him Monday"
    return (
        verb is not None
        and verb.tag_ == "VBD"
        and verb.lemma_.lower() in SPEECH_VERBS | REPORTING_VERBS
    )


PREPOSITIONS = ("by", "on", "in", "within", "before", "until", "over")
_POSSESSIVE = re.compile(r"['’]s$")
_QUOTE_MARK = re.compile(r"[\"“”]")


def _with_preposition(ent) -> str:
    text = _POSSESSIVE.sub("", ent.text)  # "next week's summit": the time is "next week"
    # "only two days - Wednesday", "about next month's Indoors", as tagged: the time is after
    text = re.sub(r"^(?:.* [-–—] |about )", "", text)
    text = " ".join(_QUOTE_MARK.sub("", text).split())  # 'the "coming weeks': a quote opened
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    # "before next spring's election": when the election is, not what is before it
    owns = _POSSESSIVE.search(ent.text)
    if before is not None and before.lower_ in PREPOSITIONS and not owns:
        return f"{before.text} {text}"
    return text
