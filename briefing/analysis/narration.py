"""A story told, not a plan: "would" and "will" that narrate what someone used to do, does
each time, or would have done ("every once in a while, she would tweet", "when hijacking
a car, CJ will shove", "if they'd had a grant, the Treasury would"), a decision told as
done ("he decided to"), and a rule told of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.clauses import has_modal
from briefing.analysis.subjects import subject_of
from briefing.nlp.lexicon import (
    FUTURE_MODALS,
    GAMES,
    HABITS_NOW,
    HABITUAL,
    HOMECOMING,
    INVESTIGATORS,
    OFFENCES,
    ROLE_WORDS,
    SOMEONE,
    SPEECH_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

WOULD = frozenset({"would", "'d"})


def when_doing(verb: Token) -> bool:
    """ "When hijacking a car, CJ will shove the driver's head": what someone does each time
    (a clause with no subject of its own), not a plan."""
    return any(
        c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and subject_of(c) is None
        and any(m.lower_ in ("when", "whenever") for m in c.children)
        for c in verb.children
    )


def habitual(verb: Token, now: bool = False) -> bool:
    """ "would often", "every once in a while ... would", "each time ... would": a past habit;
    with ``now``, one that goes on ("sometimes I will", "will usually"; not "will regularly
    inspect", a plan)."""
    for child in verb.children:
        words = {t.lower_ for t in child.subtree}
        # "every once in a while", "every now and then"; not "every day next week"
        every = words & {"every", "each"} and words & {"once", "time", "now"}
        usual = words & (HABITS_NOW if now else HABITUAL)
        if child.dep_ in ("advmod", "npadvmod") and (usual or every):
            return True
        if child.dep_ == "advcl" and any(m.lower_ == "whenever" for m in child.children):
            return True
    return False


def counterfactual(sentence) -> bool:
    """An "if" clause of what did not happen: "if they'd had a grant", "if I were you"
    (not "if the talks were to fail", a condition still open)."""
    for mark in sentence:
        if mark.dep_ != "mark" or mark.lower_ != "if":
            continue
        verb = mark.head
        if any(a.dep_ == "aux" and a.lower_ in ("had", "'d") for a in verb.children):
            return True
        if verb.lower_ == "were" and not any(c.dep_ == "xcomp" for c in verb.children):
            return True
    return False


def would_in_own_words(verb: Token, quote, offset: int) -> bool:
    """ "'I would sack them,' he said": in a speaker's own words "I would" is a condition
    left unsaid (if I were them), not the "will" of reported speech ('"He told me he would
    quit"'); a party's "we would", "a Labour government would", is its pledge."""
    if quote is None or not has_modal(verb, WOULD):
        return False
    inside = range(quote.start, quote.end)
    token = verb
    while token.head.i != token.i and offset + token.head.idx in inside:
        token = token.head
        if token.lemma_.lower() in SPEECH_VERBS:
            return False
    subject = subject_of(verb)
    return offset + verb.idx in inside and subject is not None and subject.lower_ == "i"


def would_then(verb: Token) -> bool:
    """ "If no deal is struck, ... Alteri would then break up the business": what follows
    on a condition (in the teller's own words, not a plan; said by someone, "would then
    sell the unit" is a step of theirs)."""
    return has_modal(verb, WOULD) and any(
        c.dep_ == "advmod" and c.lower_ == "then" for c in verb.children
    )


def by_rule(verb: Token) -> bool:
    """ "Where an offender is convicted of murder, the court must pass a life sentence": what
    a rule says happens in each case ("where", "whenever"), not a demand made now."""
    return any(
        c.dep_ == "advcl"
        and c.i < verb.i
        and any(m.lower_ in ("where", "whenever") and m.i == c.left_edge.i for m in c.children)
        for c in verb.children
    )


def decided_then(verb: Token) -> bool:
    """ "he decided to compare autism to the Holocaust", "she decided to give him her
    number": a decision in the simple past, told as a step of the story (most often done by
    now) when a person made it; "has decided to", or a body's "the cabinet decided to", is
    news (the caller asks whose it is), "had decided to" a step further back. "She remained
    at the site for a day before deciding to hike down" is a step too: a gerund after
    "before" or "after" in a past sentence."""
    if verb.lemma_.lower() != "decide":
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("before", "after"):
        return verb.head.head.tag_ == "VBD"
    if verb.tag_ == "VBN":  # "she had decided to give him her number" (not "said she had
        # decided to resign", nor after "The Tory leader said ...": a "has decided" reported)
        had = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
        return had and verb.dep_ != "ccomp" and not _said_just_before(verb)
    return verb.tag_ == "VBD"


def decided_as_it_happened(verb: Token) -> bool:
    """ "Pavey decided to go with Defar as she strode away", "decided to ditch his blazer
    during the latter stages of the match": a decision told with the moment it was acted
    on, whoever made it (the tagger may take a runner for a body)."""
    if verb.lemma_.lower() != "decide" or verb.tag_ != "VBD":
        return False
    for act in (c for c in verb.children if c.dep_ == "xcomp"):
        for part in act.children:
            marks = {m.lower_ for m in part.children if m.dep_ == "mark"}
            if part.dep_ == "advcl" and part.tag_ == "VBD" and marks & {"as", "when", "while"}:
                return True
            during = part.dep_ == "prep" and part.lower_ == "during"
            if during and any(t.lemma_.lower() in GAMES for t in part.subtree):
                return True
    return False


def _said_just_before(verb: Token) -> bool:
    start = verb.sent.start
    if start == 0:
        return False
    before = verb.doc[start - 1].sent
    return any(t.dep_ == "ROOT" and t.lemma_.lower() in SPEECH_VERBS for t in before)


def ready_then(adjective: Token) -> bool:
    """ "Leighton was happy to give him that responsibility", in a speaker's own words: a
    readiness in the simple past (no tense moves back in a quote). Outside quotes "Iran was
    ready to" often reports a readiness still held, and is kept."""
    be = adjective.head
    return be.tag_ == "VBD" and be.lemma_ == "be"


def ready_for_home(acts: list[Token]) -> bool:
    """ "Autumn Veatch is ready to come home": a state one is in, no act offered to anyone
    (not "ready to go back to the negotiating table")."""
    return all(
        a.lemma_.lower() in HOMECOMING and any(c.lower_ == "home" for c in a.children) for a in acts
    )


def ready_once(adjective: Token) -> bool:
    """ "Lutz says he was happy to take part": a past readiness told in the present (no
    tense moved back, as after "said")."""
    be, telling = adjective.head, adjective.head.head
    told_now = telling.tag_ in ("VBZ", "VBP") and telling.lemma_.lower() in SPEECH_VERBS
    return ready_then(adjective) and be.dep_ == "ccomp" and told_now


def rule_told(verb: Token, subject: Token | None, speaker: str, resolver) -> bool:
    """ "anyone who is will be put in prison," says a refugee: a rule told of, made and
    enforced by others; an official saying it (a role of office) warns. (The parser often
    leaves "anyone who is, will be" no subject: the "anyone" before the verb is it.)"""
    if subject is None:
        before = verb.doc[verb.sent.start : verb.i]
        subject = next((t for t in reversed(before) if t.lower_ in SOMEONE), None)
    if subject is None or subject.lower_ not in SOMEONE or not speaker:
        return False
    actor = resolver.actors.get(speaker)
    if actor is None or actor.kind != "person":
        return False
    return not any(w in ROLE_WORDS for w in actor.role.lower().split())


def a_character(head: Token) -> bool:
    """ "Larry (Algee Smith) and his buddy Fred decide to": a part and the actor who plays
    it, in a review's telling of the plot; fiction, no one's commitment."""
    subject = subject_of(head) or subject_of(head.sent.root)
    if subject is None:
        return False
    doc = subject.doc
    words = doc[subject.left_edge.i : subject.right_edge.i + 1]
    for t in words:
        if t.text != "(" or t.i == 0 or doc[t.i - 1].ent_type_ != "PERSON":
            continue
        close = next((w.i for w in doc[t.i + 1 : t.i + 6] if w.text == ")"), None)
        inside = doc[t.i + 1 : close] if close is not None else []
        if len(inside) and all(w.ent_type_ == "PERSON" for w in inside):
            return True  # not "Sarah Jones (Tom Reed's wife)"
    return False


def told_to_police(head: Token) -> bool:
    """ "One of the women told police Lambach would drive her to appointments": a witness's
    account of what went on, not anyone's commitment."""
    node = head
    while node.dep_ in ("ccomp", "conj", "xcomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in SPEECH_VERBS:
            told = [c for c in node.children if c.dep_ in ("dobj", "dative")]
            after = node.doc[node.i + 1] if node.i + 1 < len(node.doc) else None
            if after is not None and after.dep_ == "compound":
                told.append(after)  # "told police Lambach would": hung on the next name
            return any(c.lemma_.lower() in INVESTIGATORS for c in told)
    return False


def done_to_a_victim(head: Token, actions: list[Token]) -> bool:
    """ "he offered to give his victim a massage", "taunted the victim, telling her: 'I am
    going to send more pictures'": an offence told in court, no one's commitment (not
    "vowed to help the victims of the fire")."""
    own = {head.i, *(a.i for a in actions)}
    tellers = set()
    node = head
    while node.dep_ in ("ccomp", "conj", "xcomp", "advcl") and node.head.i != node.i:
        node = node.head  # the teller's verb: "taunted the victim, telling her"
        if node.lemma_.lower() in OFFENCES:
            tellers.add(node.i)
    for t in head.sent:
        if t.lemma_.lower() != "victim" or t.dep_ not in ("dobj", "dative", "pobj"):
            continue
        his = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)
        if (his and t.head.i in own) or t.head.i in tellers:
            return True
    return False


def state_now(verb: Token, when: Token) -> bool:
    """ "it is a slow motion march", "the city is quiet": a present "be" with what something
    is or how it is, not "the vote is today" or "today is the deadline"."""
    return (
        verb.lemma_ == "be"
        and verb.tag_ in ("VBZ", "VBP")
        and when.dep_ != "nsubj"
        and any(c.dep_ in ("attr", "acomp") and c.i != when.i for c in verb.children)
        and not has_modal(verb, FUTURE_MODALS)
    )
