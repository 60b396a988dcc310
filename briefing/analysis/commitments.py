"""Commitments: who pledged, threatened, demanded, offered, agreed, refused or intends what.

Rules over spaCy's dependency parse. A commitment is either a commitment verb
("pledged to", "demanded that", "refused to") or a statement about the
speaker's own future ("we will", "would return", "is ready to"). To add a type
or a verb, extend ``VERB_TYPES`` / ``ADJECTIVE_TYPES`` in ``briefing.nlp.lexicon``. Which
form a word opens is ``detection``; this module turns a form into a ``Commitment``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from briefing.analysis.attribution import (
    committer,
    quoted_words_only,
    resolve_subject,
    speaker_of_report,
)
from briefing.analysis.clauses import has_modal, own_words
from briefing.analysis.conditions import condition_of
from briefing.analysis.confidence import confidence
from briefing.analysis.dates import asked_before_then, dated_before, told_of_then, weeks_before
from briefing.analysis.detection import detect
from briefing.analysis.evidence import evidence_span
from briefing.analysis.forms import (
    is_negated,
    is_passive,
    is_someone,
)
from briefing.analysis.narration import a_character, done_to_a_victim, told_to_police
from briefing.analysis.quotes import QuoteSpan, quote_at, retold
from briefing.analysis.sanctions import concession
from briefing.analysis.subjects import subject_holder, subject_of
from briefing.analysis.targets import done_by_another, target_of, whom
from briefing.analysis.times import time_said
from briefing.analysis.voices import (
    actor_cues,
    described_in_quote,
    is_analyst,
    is_commentary,
    own_company,
    relayed_from,
)
from briefing.analysis.wording import thing_committed_to, wording
from briefing.models import Commitment
from briefing.nlp.lexicon import (
    ADVISED,
    ADVISED_PUBLIC,
    ADVISING_VERBS,
    AUDIENCES,
    CALLING_VERBS,
    DEMAND_MODALS,
    FIRST_PLURAL,
    FIRST_SINGULAR,
    FUTURE_MODALS,
    PRESSURE_VERBS,
    PRONOUN_GENDER,
    PUNITIVE,
    REPORTING_VERBS,
    ROLE_WORDS,
    THIRD_PERSON,
    THIRD_PLURAL,
    URGENT,
    VERB_TYPES,
    WHOLE_ACTS,
)
from briefing.nlp.model import as_written, doc_text, sents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefing.analysis.resolve import Resolver

OPENERS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})  # what a commitment's form starts at
TYPES = (
    "pledge",
    "promise",
    "threat",
    "warning",
    "demand",
    "offer",
    "agreement",
    "refusal",
    "intention",
    "assurance",
)


def find_commitments(
    doc: Doc,
    offset: int,
    source_id: str,
    quotes: list[QuoteSpan],
    resolver: Resolver,
    year: int | None = None,
    published: dt.date | None = None,
) -> list[Commitment]:
    """``year``: the article's own year; a commitment dated years before it ("In 2008,
    Italy promised"), or weeks before the day it was ``published`` ("on October 13"), is
    history and scores lower."""
    out: list[Commitment] = []
    used: set[int] = set()
    starts = [q.start for q in quotes]
    for sentence in sents(doc):
        for token in sentence:
            if token.i in used or token.pos_ not in OPENERS:
                continue
            quote = quote_at(offset + token.idx, quotes, starts)
            if quote is not None and retold(quote, offset + token.idx):
                continue  # "He said, 'We need to ...'": whose words, the quote does not say
            if quote is not None and quoted_words_only(quote, token, offset):
                quote = None  # he'll "rapidly give attention": the reporter's sentence
            found = _commitment_at(
                token, sentence, offset, quote, resolver, used, (year, published)
            )
            for item in found:
                item.source_id = source_id
                out.append(item)
    return out


def _commitment_at(token, sentence, offset, quote, resolver, used, dated) -> list[Commitment]:
    year, published = dated  # the article's year, and its day when known
    speaker = quote.speaker if quote else ""
    if quote and speaker and is_analyst(speaker, resolver):
        return []
    found = detect(token, quote, speaker, offset, resolver)
    if found is None:
        return []
    kind, head, actions, cues, forced_actor, negated = found
    if kind in ("demand", "intention") and has_modal(head, FUTURE_MODALS):
        # the act's own words: not its condition's ("only sign if Norvik lifts its tariffs")
        words = {t.lemma_.lower() for t in (head, *own_words(head))}
        punitive = words & PUNITIVE
        if punitive == {"withdraw"} and concession(words):
            punitive = set()  # "will withdraw the petition once she completes"
        if condition_of(head, head) and punitive:
            kind = "threat"  # "if they continue, we will ask for sanctions"
    actor = forced_actor or committer(head, offset, speaker, resolver)
    if not actor:
        return []
    if kind == "demand" and has_modal(actions[0], DEMAND_MODALS):
        bound = subject_holder(actions[0])  # "we have not gone far enough and must do more"
        if _everyone_of(subject_of(bound)):
            return []  # "All Americans should recoil from": an appeal to a people, no party
        target = resolve_subject(bound, offset, speaker, resolver)
        asked = subject_of(bound)
        if not target and asked is not None and asked.pos_ == "NOUN" and not is_passive(bound):
            # "the government should apologise": named so, unless the act names it ("world
            # leaders to commit")
            named = whom(asked, offset, speaker, resolver)
            worded = wording(actions[0], head, kind)
            target = "" if worded and named.lower() in worded[0].lower() else named
        actor = resolver.side(speaker) if speaker else actor
        if target == actor and is_passive(actions[0]):
            target = ""  # "it should be released": what is done to, not who is asked
        elif target == actor:
            if quote is not None and _told_by_another(head, quote, offset):
                return []  # '"he stated that we should take it down," Reed said': his advice
            subject = subject_of(bound)
            if subject is not None and subject.pos_ != "PRON":
                return []  # "Ofcom said the firm must": some firm, found to be Ofcom?
            advised = head.i != actions[0].i and head.lemma_.lower() in ADVISING_VERBS
            if advised and subject is not None:
                return []  # "The CQC recommended ... it must submit": the trust, not the CQC
            ours = subject is not None and subject.lower_ in ("we", "i", "he", "she")
            if ours and has_modal(actions[0], {"should"}):
                return []  # "we should never shrug at", "he said he should lead": a view
            kind, target = "intention", ""  # "we must act now": the speaker's own aim
    elif kind == "demand" and head.lemma_.lower() in ("need", "have", "ought"):
        if negated and head.lemma_.lower() == "need":
            return []  # "they don't need to raise money": no one is asked to
        first = FIRST_PLURAL | FIRST_SINGULAR
        subject, other = subject_of(head), subject_of(actions[0])  # "we need Europe to"
        if other is not None and other.lower_ not in first:
            target = whom(other, offset, speaker, resolver)
            actor = resolver.side(speaker) if speaker else actor
        elif subject is not None and subject.lower_ in first:
            kind, target = "intention", ""  # "we need to do more": the speaker's own aim
        else:
            target = resolve_subject(head, offset, speaker, resolver) or ""
            if not target and subject is not None and subject.pos_ == "NOUN":
                # "said the council needs to apologise": named so, as with "should"
                target = whom(subject, offset, speaker, resolver) if is_someone(subject) else ""
            actor = resolver.side(speaker) if speaker else actor
        if not speaker and target in ("", actor):
            return []  # "she said patients need to wait", "said she needs to rest": no party
    elif kind == "demand" and head.lemma_.lower() in ("like", "want", "expect", "time", *URGENT):
        other = subject_of(actions[0]) or next(c for c in head.children if c.dep_ == "dobj")
        if head.lemma_.lower() in ("like", "want") and other.lemma_.lower() in AUDIENCES:
            return []  # "we want people to go away humming the tunes": a wish for a crowd
        target = whom(other, offset, speaker, resolver)
        if target in (actor, resolver.side(actor)) and other.lower_ in ("him", "her"):
            # "he wants him to follow the rules": another man, the last one named
            gender = PRONOUN_GENDER[other.lower_]
            target = resolver.last(offset + other.idx, "person", gender=gender, besides=actor)
            if not target:
                return []
        if target in (actor, resolver.side(actor)):
            if other.lower_ in ("it", "them"):
                return []  # "Atticus wants it to buy back": another, not Atticus
            kind, target = "intention", ""  # "it is important for us to": the speaker's aim
        if is_passive(actions[0]):
            target = ""  # "we want these men to be returned": asked of whoever holds them
    elif kind == "assurance" and head.lemma_.lower() == "insist":
        target = ""  # "insisted it would not add to costs": said to no one in particular
    elif "agent" in cues:
        asked = subject_of(head)  # "Russia was urged by the EU to"
        target = whom(asked, offset, speaker, resolver) if asked is not None else ""
    else:
        target = target_of(head, actions[0], offset, speaker, resolver)
    if kind == "demand" and _advice_to_all(target, actor, resolver):
        return []  # "Hamilton, an expert in drug use, urged people to be cautious": advice
    if kind == "demand" and _advice_to_public(head, target):
        cues = cues | {"to_public"}
    if target == actor and _asks_the_named(head, actor, offset, speaker, resolver):
        return []  # "He ordered Roberts-Jones to pay": "he" is someone else, not found
    if target == actor:
        target = ""  # "Trump asked them to fire Ross": them, not Trump
    if kind in ("warning", "threat") and target and own_company(actions[0], actor, resolver):
        target = ""  # "Chief executive Hale warned that the company would divert ships": his
    reporter = speaker_of_report(head, offset, resolver)
    if is_commentary(head) or relayed_from(head) or a_character(head) or told_to_police(head):
        return []  # "critics say the company will...": not the company's word
    if quote is not None and described_in_quote(head, actor, speaker, resolver):
        return []
    if done_to_a_victim(head, actions):
        return []
    cues |= actor_cues(head, actor, speaker, reporter, resolver, quote is not None)
    before = year - 1 if year is not None else None
    if dated_before(head, before) or told_of_then(head, actions, before):
        cues.add("past")
    if kind == "demand" and asked_before_then(head):
        cues.add("past")
    start, end = evidence_span(sentence, head.idx)
    text = doc_text(sentence.doc)[start:end]
    out = []
    for action in actions:
        used.update(_own_tokens(action))
        worded = wording(action, head, kind)
        if worded is None:
            continue  # nothing a reader could take in ("re", "do so with the help of")
        *parts, says_not = worded
        what, when, condition = (as_written(part, text) for part in parts)
        own = set(cues)
        times = (when, time_said(action, head))  # the act's, or when it was promised
        if published is not None and any(weeks_before(t, published) for t in times):
            own.add("past")
        words = what.split()
        if thing_committed_to(action, head):
            words = words[2:]  # "committed to Europe": one word
        if len(words) < 2 and action.lemma_.lower() not in WHOLE_ACTS:
            own.add("short")
        elif len(words) == 2 and words[0] == "be" and is_passive(action):
            if action.lemma_.lower() not in PRESSURE_VERBS:  # "will not be silenced" is whole
                own.add("short")  # "be made", "be tolerated": done to what, by whom?
        if (
            kind != "demand"
            and words[:1] == ["be"]
            and _done_to_another(action, actor, offset, speaker, resolver)
        ):
            own.add("done_to_whom")  # "said he would not be picked": not the body's own fate
        if kind != "demand" and done_by_another(action, actor, offset, speaker, resolver):
            own.add("by_another")  # (a demand's act is another's: "need to be answered by")
        if len(condition.split()) > 20:
            own.add("long_condition")
        out.append(
            Commitment(
                actor=actor,
                type=kind,
                action=what,
                text=text,
                source_id="",
                start=offset + start,
                end=offset + end,
                target=target or "",
                time=when,
                condition=condition,
                # the page puts "not" before the act, unless its words say it
                negated=(negated or is_negated(action) or _denied_antecedent(head))
                and not says_not,
                speaker=speaker or reporter or "",
                confidence=confidence(own),
            )
        )
    return out


def _done_to_another(
    action: Token, actor: str, offset: int, speaker: str, resolver: Resolver
) -> bool:
    """A passive act whose subject is "he", "she" or "they", not the committer: the action's
    words leave out whom it is done to ("the federation said he would not be picked"; "she
    was not going to be bullied" is her own)."""
    if not is_passive(action):
        return False
    subject = next((c for c in action.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ not in THIRD_PERSON | THIRD_PLURAL:
        return False
    if resolver.token(subject, offset, speaker) == actor:
        return False
    if subject.lower_ in THIRD_PLURAL:
        return True  # "they will be formulated": the measures, not the body that drafts them
    # "the chancellor insisted he would not be diverted": a person's "he" is their own
    return not (resolver.is_person(actor) or actor.lower() in ROLE_WORDS)


def _everyone_of(subject: Token | None) -> bool:
    """ "All Americans", "every parent": a whole people or public, not a party asked."""
    if subject is None or not (subject.ent_type_ == "NORP" or subject.lemma_.lower() in ADVISED):
        return False
    quantified = (c for c in subject.children if c.dep_ in ("det", "predet"))
    return any(c.lower_ in ("all", "every") for c in quantified)


def _advice_to_all(target: str, actor: str, resolver: Resolver) -> bool:
    """An analyst's or an academic's call on no one in particular or on the public ("urged
    people to be cautious"): advice. Their call on a named party ("wants Oz to") is kept."""
    return is_analyst(actor, resolver) and _target_among(target, ADVISED)


def _advice_to_public(head: Token, target: str) -> bool:
    """A call on the public or on a firm's customers ("Pepco urged customers to be
    prepared", "police urged people to avoid driving"): advice, not a side's demand. An
    order ("ordered residents to leave") stays a demand."""
    if head.lemma_.lower() not in CALLING_VERBS:
        return False
    asked = [c for c in head.children if c.dep_ == "dobj" and c.lower_ in ("who", "whom")]
    if asked and head.dep_ == "relcl":
        target = head.head.text  # "our customers, who we would urge to make use of"
    return _target_among(target, ADVISED_PUBLIC)


def _target_among(target: str, words: frozenset[str]) -> bool:
    """Whether a target's last word, or its singular ("customers"), is one of ``words``
    ("" for no target)."""
    last = target.lower().split()[-1] if target else ""
    return last in words or last.rstrip("s") in words


def _told_by_another(head: Token, quote, offset: int) -> bool:
    """A clause reported in one's words as another's ("he stated that we should"), not the
    quote's own attribution ('"We must act," he wrote')."""
    verb = head.head
    if head.dep_ != "ccomp" or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    if not quote.start <= offset + verb.idx < quote.end:
        return False
    teller = subject_of(verb)
    return teller is not None and teller.lower_ in ("he", "she", "they")


def _asks_the_named(head: Token, actor: str, offset: int, speaker: str, resolver) -> bool:
    """A pronoun asks a person named as the one asked, and that pronoun was taken for the
    same person: one cannot order oneself, so "he" was resolved wrongly."""
    subject = subject_of(head)
    if subject is None or subject.pos_ != "PRON" or subject.lower_ in ("i", "we"):
        return False
    return any(
        c.dep_ in ("dobj", "dative")
        and c.pos_ == "PROPN"
        and resolver.token(c, offset, speaker) == actor
        for c in head.children
    )


def _denied_antecedent(head: Token) -> bool:
    """ "That's not a risk Britain should take": the act the clause names is denied."""
    noun = head.head
    return head.dep_ == "relcl" and noun.dep_ == "attr" and is_negated(noun.head)


def _own_tokens(action: Token) -> set[int]:
    """The action's tokens, minus coordinated clauses that are commitments of their own."""
    out = {t.i for t in action.subtree}
    for child in action.children:
        own_clause = subject_of(child) or any(c.dep_ == "aux" for c in child.children)
        if child.dep_ == "conj" and (own_clause or child.lemma_.lower() in VERB_TYPES):
            out -= {t.i for t in child.subtree}
    return out
