"""Commitments: who pledged, threatened, demanded, offered, agreed, refused or intends what.

Rules over spaCy's dependency parse. A commitment is either a commitment verb
("pledged to", "demanded that", "refused to") or a statement about the
speaker's own future ("we will", "would return", "is ready to"). To add a type
or a verb, extend ``VERB_TYPES`` / ``ADJECTIVE_TYPES`` in ``briefing.nlp.lexicon``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.analysis.quotes import QuoteSpan
from briefing.models import Commitment
from briefing.nlp.lexicon import (
    ADJECTIVE_TYPES,
    AGENT_NOUNS,
    ANALYST_ROLE_WORDS,
    CONDITION_MARKS,
    DEMAND_MODALS,
    FUTURE_MODALS,
    HARMFUL,
    NOT_PLEDGES,
    PUNITIVE,
    SPEECH_VERBS,
    TIME_PREPOSITIONS,
    VERB_TYPES,
)
from briefing.nlp.model import doc_text, sents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from briefing.analysis.resolve import Resolver

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

ANALYST_ROLES = re.compile("|".join(ANALYST_ROLE_WORDS), re.I)
MAX_ACTION_WORDS = 16
_TIME_PHRASE = re.compile(
    r"\b(?:within (?:days|weeks|hours|months)|in the coming (?:days|weeks|months)|"
    r"next (?:week|month|year)|immediately|soon)\b",
    re.I,
)


def find_commitments(
    doc: Doc, offset: int, source_id: str, quotes: list[QuoteSpan], resolver: Resolver
) -> list[Commitment]:
    out: list[Commitment] = []
    used: set[int] = set()
    for sentence in sents(doc):
        for token in sentence:
            if token.i in used:
                continue
            found = _commitment_at(token, sentence, offset, quotes, resolver, used)
            for item in found:
                item.source_id = source_id
                out.append(item)
    return out


def _commitment_at(token, sentence, offset, quotes, resolver, used) -> list[Commitment]:
    quote = _quote_of(token, offset, quotes)
    speaker = quote.speaker if quote else ""
    if quote and speaker and _is_analyst(speaker, resolver):
        return []
    lemma = token.lemma_.lower()
    kind = None
    forced_actor = ""
    actions: list[Token] = []
    negated = _negated(token)
    if token.pos_ == "VERB" and lemma in VERB_TYPES and not _is_noun_use(token):
        kind = VERB_TYPES[lemma]
        if lemma == "call" and not any(c.lower_ in ("on", "for") for c in token.children):
            return []
        actions = _complements(token)
        if lemma in ("refuse", "reject", "decline"):
            negated = False
        if lemma == "warn":
            actions = [a for a in actions if _has_modal(a, FUTURE_MODALS)]
    elif lemma in ADJECTIVE_TYPES and token.dep_ == "acomp":
        kind = ADJECTIVE_TYPES[lemma]
        actions = _complements(token)
        token = token.head  # the subject hangs off "is/was"
    elif token.pos_ in ("VERB", "AUX") and _has_modal(token, FUTURE_MODALS):
        if token.lemma_ == "be" and not any(c.dep_ == "neg" for c in token.children):
            return []  # "will be able to", "would be difficult": states, not acts
        passive = speaker and any(c.dep_ == "nsubjpass" for c in token.children)
        if not passive and not _is_agent(token, resolver, offset, speaker):
            return []  # "the plan would cost", "markets will price in": predictions
        kind = _future_kind(token, negated)
        actions = [token]
        if passive:
            forced_actor = resolver.side(speaker)  # "sanctions will be imposed", says the speaker
    elif speaker and _is_imperative(token, quote, offset):
        kind, actions = "pledge", [token]  # a manifesto's "Build a war memorial."
        forced_actor = resolver.side(speaker)
    elif token.pos_ in ("VERB", "AUX") and _has_modal(token, DEMAND_MODALS) and (quote or speaker):
        kind = "demand"
        actions = [token]
    elif lemma == "intention" and any(c.lower_ == "no" for c in token.children):
        kind, negated = "assurance", True
        actions = [t for c in token.children if c.dep_ == "prep" for t in c.children]
        token = token.head
    if kind is None or not actions:
        return []
    if kind in ("demand", "intention") and _has_modal(token, FUTURE_MODALS):
        if _condition(token, token) and {t.lemma_.lower() for t in token.subtree} & PUNITIVE:
            kind = "threat"  # "if they continue, we will ask for sanctions"
    actor = forced_actor or _actor(token, offset, speaker, resolver)
    if not actor:
        return []
    if kind == "demand" and _has_modal(actions[0], DEMAND_MODALS):
        target = _resolve_subject(actions[0], offset, speaker, resolver)
        actor = resolver.side(speaker) if speaker else actor
    else:
        target = _target(token, actions[0], offset, speaker, resolver)
    start, end = evidence_span(sentence, token.idx)
    text = doc_text(sentence.doc)[start:end]
    out = []
    for action in actions:
        used.update(_own_tokens(action))
        when = _time(action, token)
        what = _action_text(action)
        if when and what.endswith(when):
            what = what[: -len(when)].rstrip(" ,")  # the time has its own field
        condition = _condition(action, token)
        if condition == when:
            condition = ""  # "until 2029" is a time, not a condition
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
                negated=negated or _negated(action),
                speaker=speaker or (_speaker_of_report(token, offset, resolver) or ""),
            )
        )
    return out


def evidence_span(sentence: Span, at: int | None = None) -> tuple[int, int]:
    """The sentence's character span, trimmed of whitespace and a closing quote left over
    from the sentence before; when the parse ran a sentence across a paragraph break (a
    sub-headline above it), only the paragraph holding character ``at``."""
    text = doc_text(sentence.doc)
    a, b = sentence.start_char, sentence.end_char
    if at is not None:
        before = text.rfind("\n\n", a, at)
        a = before + 2 if before != -1 else a
        after = text.find("\n\n", at, b)
        b = after if after != -1 else b
    while a < b and (text[a].isspace() or (text[a] in '"”' and text[a + 1 : a + 2].isspace())):
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _own_tokens(action: Token) -> set[int]:
    """The action's tokens, minus coordinated clauses that are commitments of their own."""
    out = {t.i for t in action.subtree}
    for child in action.children:
        own_clause = _subject_of(child) or any(c.dep_ == "aux" for c in child.children)
        if child.dep_ == "conj" and (own_clause or child.lemma_.lower() in VERB_TYPES):
            out -= {t.i for t in child.subtree}
    return out


def _quote_of(token: Token, offset: int, quotes: list[QuoteSpan]) -> QuoteSpan | None:
    at = offset + token.idx
    for quote in quotes:
        if quote.start <= at < quote.end:
            return quote
    return None


def _is_analyst(speaker: str, resolver: Resolver) -> bool:
    actor = resolver.actors.get(speaker)
    return bool(actor and ANALYST_ROLES.search(actor.role))


def _is_noun_use(token: Token) -> bool:
    return token.tag_ in ("NN", "NNS")


def _has_modal(token: Token, modals: set[str]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in modals for c in token.children) or (
        token.lower_ == "going" and any(c.lower_ == "to" for c in token.children)
    )


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _complements(token: Token) -> list[Token]:
    """The verbs a commitment verb governs, with their coordinated verbs."""
    deps = ("xcomp",) if token.lemma_.lower() == "ask" else ("xcomp", "ccomp")
    heads = [c for c in token.children if c.dep_ in deps]
    if not heads and token.pos_ == "ADJ":
        # "committed to the path of diplomacy"
        heads = [p for c in token.children if c.dep_ == "prep" for p in c.children]
        return heads[:1]
    if not heads:
        # "guarantee safe passage": the verb and its object are the action.
        has_object = any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in token.children)
        return [token] if has_object else []
    out = []
    for head in heads:
        out.append(head)
        out.extend(
            c
            for c in head.children
            if c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and not _subject_of(c)
            and c.lemma_.lower() not in VERB_TYPES
        )
    return out


def _subject_of(token: Token) -> Token | None:
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    subjects = [s for s in subjects if not (s.text.isupper() and s.i == s.sent.start)]
    # A dateline can parse as a second subject: "GENEVA - Minister Kovar said".
    named = [s for s in subjects if s.ent_type_ in ("PERSON", "ORG", "NORP")]
    return (named or subjects or [None])[-1]


def _reported(token: Token) -> bool:
    """A clause under "said", "told", "added": reported speech."""
    return token.dep_ in ("ccomp", "conj") and token.head.lemma_.lower() in SPEECH_VERBS


def _is_imperative(token: Token, quote: QuoteSpan | None, offset: int) -> bool:
    """A sentence that opens with a bare verb, in the speaker's own words."""
    sentence = token.sent
    first = next((t for t in sentence if not (t.is_punct or t.is_space or t.like_num)), None)
    return (
        quote is not None
        and quote.start <= offset + sentence.start_char + 1
        and first is not None
        and first.i == token.i
        and token.dep_ == "ROOT"
        and token.tag_ == "VB"
        and _subject_of(token) is None
        and token.lemma_.lower() not in NOT_PLEDGES
    )


def _is_agent(token: Token, resolver: Resolver, offset: int, speaker: str) -> bool:
    """Whether the subject is someone who can commit: an actor, a pronoun, "workers"."""
    subject = _subject_of(token)
    if subject is None and token.dep_ == "conj":
        subject = _subject_of(token.head)  # "would appoint X and would not intervene"
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma in AGENT_NOUNS or lemma.endswith("worker"):
        return True
    if subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return bool(resolver.token(subject, offset, speaker))


def _future_kind(verb: Token, negated: bool) -> str:
    lemma = verb.lemma_.lower()
    objects = {t.lemma_.lower() for t in verb.subtree}
    if negated:
        return "assurance" if lemma in HARMFUL else "refusal"
    if lemma in PUNITIVE or objects & PUNITIVE:
        return "threat" if _condition(verb, verb) else "warning"
    return "intention"


def _actor(head: Token, offset: int, speaker: str, resolver: Resolver) -> str | None:
    """Who commits: the subject, or for reported speech the one whose words are reported."""
    actor = _resolve_subject(head, offset, speaker, resolver)
    if actor:
        return actor
    subject = _subject_of(head)
    if subject is not None:
        return _phrase(subject) if subject.pos_ in ("NOUN", "PROPN") else None
    # "pledging to..." with no subject of its own: climb to the governing clause.
    node = head
    while node.dep_ in ("xcomp", "advcl", "conj", "ccomp", "acomp") and node.head.i != node.i:
        via_conj = node.dep_ == "conj"
        node = node.head
        if via_conj and node.dep_ == "ccomp" and node.head.lemma_.lower() in VERB_TYPES:
            node = node.head  # "X demanded that Y do A and refused to B": X refused
        actor = _resolve_subject(node, offset, speaker, resolver)
        if actor:
            return actor
    return None


def _resolve_subject(verb: Token, offset: int, speaker: str, resolver: Resolver) -> str | None:
    subject = _subject_of(verb)
    if subject is None:
        return None
    if subject.lower_ in ("he", "she", "they", "it") and _reported(verb):
        # "Kovar said she would...": the pronoun is the one who speaks.
        reporter = _subject_of(verb.head)
        if reporter is None and verb.head.dep_ == "conj":
            reporter = _subject_of(verb.head.head)  # "X demanded ... and said it would"
        if reporter is not None:
            who = resolver.token(reporter, offset, speaker)
            if who:
                return resolver.side(who) if subject.lower_ in ("they", "it") else who
    return resolver.token(subject, offset, speaker)


def _speaker_of_report(token: Token, offset: int, resolver: Resolver) -> str | None:
    node = token
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in ("say", "tell", "add", "state"):
            subject = _subject_of(node.head)
            return resolver.speaker(subject, offset) if subject is not None else None
        node = node.head
    return None


def _target(head: Token, action: Token, offset: int, speaker: str, resolver: Resolver) -> str:
    """To or against whom: "urged Marenia to", "demanded that Marenia", "to Geneva"."""
    if head.lemma_.lower() in ("demand", "urge", "ask", "call", "insist", "warn"):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "on":  # "called on China to"
                for pobj in child.children:
                    return resolver.token(pobj, offset, speaker) or _phrase(pobj)
        for child in head.children:
            if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN", "PRON"):
                return resolver.token(child, offset, speaker) or _phrase(child)
        subject = _subject_of(action)
        if subject is not None and action.i != head.i:
            return resolver.token(subject, offset, speaker) or _phrase(subject)
    for child in list(action.children) + list(head.children):
        if child.dep_ == "prep" and child.lower_ in ("against", "to", "with"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
                    return resolver.token(pobj, offset, speaker) or _phrase(pobj)
    return ""


def _phrase(token: Token) -> str:
    """A noun's name without quantities or trailing modifiers: "dockworkers", "both sides"."""
    words = [
        t
        for t in token.subtree
        if t.i <= token.i
        and t.dep_ not in ("quantmod", "advmod", "punct", "prep", "pobj")
        and not (t.like_num and not t.is_alpha)
        and t.lower_ not in ("the", "a", "an", "more", "than", "about", "some")
    ]
    return " ".join(t.text for t in words)[:60]


def _action_text(action: Token) -> str:
    """A short verb phrase: the verb, its particles, objects and complements."""
    skip = set()
    for child in action.children:
        if child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark", "punct", "cc"):
            skip.add(child.i)
        if child.dep_ in ("advcl", "conj") or (child.dep_ == "prep" and _is_time(child)):
            skip.update(t.i for t in child.subtree)
        if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
            skip.update(t.i for t in child.subtree)
    tokens = [t for t in action.subtree if t.i not in skip and t.i >= action.i]
    tokens = [t for t in tokens if not (t.is_punct and t.i == tokens[-1].i)]
    words = _contiguous_text(tokens)
    return " ".join(words.split()[:MAX_ACTION_WORDS])


def _contiguous_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    run = [tokens[0]]
    for t in tokens[1:]:
        if t.i != run[-1].i + 1:
            break
        run.append(t)
    doc = tokens[0].doc
    return doc[run[0].i : run[-1].i + 1].text.strip(' ,;:"“”')


def _is_time(prep: Token) -> bool:
    return prep.lower_ in TIME_PREPOSITIONS and any(
        t.ent_type_ in ("DATE", "TIME") for t in prep.subtree
    )


def _time(action: Token, head: Token) -> str:
    """ "by the end of the month", "next week", "on March 9", "within days"."""
    for root in (action, head):
        for child in root.children:
            if child.dep_ == "prep" and _is_time(child):
                return _span_text(child)
            if child.dep_ in ("npadvmod", "tmod") and child.ent_type_ in ("DATE", "TIME"):
                if child.i - child.sent.start > 4:  # not the dateline's "June 3 -"
                    return _span_text(child)
    conditions = {t.i for c in action.children if c.dep_ == "advcl" for t in c.subtree}
    for token in action.subtree:
        if token.i in conditions:
            continue
        if token.dep_ == "prep" and _is_time(token):
            return _span_text(token)
        if token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME"):
            return _span_text(token)
    match = _TIME_PHRASE.search(_span_text(action))
    return match.group(0) if match else ""


def _condition(action: Token, head: Token) -> str:
    """ "if Marenian forces continue shelling the border towns"."""
    node = action
    seen = 0
    while seen < 6:
        for child in node.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in child.children
            ):
                return _span_text(child)
            if child.dep_ == "prep" and child.lower_ in ("until", "unless"):
                if not _names_a_date(child):  # "until 2029" is a time, not a condition
                    return _span_text(child)
        if node.i == head.i or node.head.i == node.i:
            break
        node = node.head
        seen += 1
    for child in head.children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in child.children
        ):
            return _span_text(child)
    return ""


def _names_a_date(prep: Token) -> bool:
    words = [t for t in prep.subtree if t.i != prep.i and not t.is_punct]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


def _span_text(token: Token) -> str:
    subtree = list(token.subtree)
    doc: Doc = token.doc
    span: Span = doc[subtree[0].i : subtree[-1].i + 1]
    return span.text.strip(' ,;:"“”')
