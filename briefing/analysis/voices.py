"""Whose word a commitment is: the committer's own, or others' talk about them (a critic's
remark, an analyst's forecast, "police said"). Each cue lowers the commitment's confidence
or drops it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.analysis.attribution import ANALYST_ROLES, PRONOUNS, reported, unnamed_body_says
from briefing.analysis.referents import possessor
from briefing.analysis.subjects import clause_subject, subject_of
from briefing.nlp.lexicon import (
    ACADEMIC_WORDS,
    ALLEGING_VERBS,
    BUSINESS_NOUNS,
    COMMENTATOR_NOUNS,
    COMPANY_PEOPLE,
    EXECUTIVES,
    PARTY_LABELS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    SPOKESPEOPLE,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from briefing.analysis.resolve import Resolver

LEADING_ROLE = re.compile(
    r"\b(?:president|chancellor|principal|spokes\w*|head|director|dean|provost|chair\w*)\b", re.I
)
ACADEMIC = re.compile(rf"\b(?:{'|'.join(ACADEMIC_WORDS)})\b", re.I)
# verbs of talk: "reports suggest", "critics say"
_TALK = SPEECH_VERBS | REPORTING_VERBS


def is_commentary(head: Token) -> bool:
    """Under "critics say", "analysts expect", "a memo says": others' talk about the actor."""
    node = head
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_.lower() in _TALK:
            subject = subject_of(node.head)
            if subject is not None and subject.lemma_.lower() in COMMENTATOR_NOUNS:
                return True
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in ALLEGING_VERBS:
            accuser, accused = subject_of(node.head), subject_of(node)
            if accused is not None and accused.pos_ != "PRON":  # (not "Russia claimed it")
                if accuser is None or accuser.lower_ != accused.lower_:
                    return True  # "TLP claimed that the regulator refused": a charge; "it
                    # is claimed that": hearsay
        node = node.head
    return False


def relayed_from(head: Token) -> bool:
    """ "CATO highlighted a thread from Scott Drenkard, calling on X to": a participle after
    words passed on from a named other is theirs, not the subject's."""
    if head.tag_ != "VBG" or head.dep_ != "advcl":
        return False
    verb = head.head
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    sources = [
        o
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(o.ent_type_ in ("PERSON", "ORG") for o in sources)


def described_in_quote(head: Token, actor: str, speaker: str, resolver: Resolver) -> bool:
    """ "It gives the wrong signals to China, who are not prepared to accept ...", says a
    critic: a relative clause in one's words on another party describes it, it is not its word."""
    if not speaker or actor in (speaker, resolver.side(speaker)):
        return False
    node = head.head if head.dep_ in ("acomp", "xcomp") else head
    subject = subject_of(node)
    return node.dep_ == "relcl" and subject is not None and subject.lower_ in ("who", "which")


_POSSESSIVES = frozenset("my our your his her its their".split())


def actor_cues(
    head: Token, actor: str, speaker: str, reporter, resolver: Resolver, quoted: bool = False
) -> set[str]:
    cues = set()
    if actor not in resolver.actors:
        cues.add("unnamed")
        if actor.split()[0].lower() in _POSSESSIVES:
            cues.add("pronoun")  # "Our teams", "their Western backers": whose, unsaid
    subject = subject_of(head)
    if "unnamed" in cues and subject is not None and _indefinite(subject):
        cues.add("indefinite")  # "a judge ordered her to pay": some judge, unknown to a reader
    # "Spokesman Levy said ... it will not": he speaks for the organisation "it" is
    told_it = subject is not None and subject.lower_ == "it"
    its_voice = told_it and _its_voice(reporter, actor, resolver)
    if subject is not None and subject.lower_ in PRONOUNS and not speaker:
        # "Lau said she would", "the Prime Minister said he will": the one who speaks
        insisted = head.dep_ == "ccomp" and head.head.lemma_.lower() == "insist"
        if actor != reporter and not insisted:  # "insisted they would": themselves (futures)
            # ("the delegation said it would": the body that says so, named or not)
            body = unnamed_body_says(head, speaker, subject)
            own_word = body or its_voice or _says_so_too(head, subject)
            if not (reported(head) and subject.lower_ in ("he", "she")) and not own_word:
                cues.add("pronoun")
    if told_it and not speaker and _another_body_before(head, subject, actor, resolver):
        cues.add("pronoun")  # "said staff were told by WeWork to sign, or it would": whose?
    reporter = reporter if reporter in resolver.actors else ""
    if reporter and not speaker and not resolver.allied(actor, reporter):
        if not _its_executive(head, actor, reporter, resolver) and not its_voice:
            cues.add("reported")  # "officials said Veloso would be moved"
    if speaker and _others(head) and not resolver.allied(actor, speaker):
        cues.add("reported")  # "they refuse to change the laws," Pike said: his word on them
    elif speaker and _named_other(head, actor, speaker, resolver):
        cues.add("reported")  # "the EU seeks to move decision making away," said a critic
    elif quoted and not speaker and _named_subject(head):
        cues.add("reported")  # the same in a quote whose speaker was not found
    if not speaker and not reporter and resolver.is_person(actor) and _told_by_others(head):
        cues.add("reported")  # "Reed would then contact the woman, police said"
    return cues


def _indefinite(subject: Token) -> bool:
    return subject.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children
    )


def _says_so_too(head: Token, pronoun: Token) -> bool:
    """ "they will go to any lengths, including -- they say -- taking on ISIS": the same
    pronoun tells it in an aside, so it is their word, not the reporter's."""
    return any(
        t.dep_ == "parataxis"
        and t.lemma_.lower() in _TALK
        and any(c.dep_ == "nsubj" and c.lower_ == pronoun.lower_ for c in t.children)
        for t in head.sent
    )


def _the_firm(subject: Token) -> bool:
    """ "the company", as its chairman calls it ("Svanberg said the company wouldn't")."""
    return subject.lemma_.lower() in BUSINESS_NOUNS and any(
        c.lower_ == "the" for c in subject.children
    )


def _another_body_before(head: Token, pronoun: Token, actor: str, resolver: Resolver) -> bool:
    """Another organisation or country named between the telling verb and "it": the
    pronoun may be either ("the group said staff were told by WeWork to sign, otherwise it
    would consider their resignations voluntary")."""
    node = head
    while node.dep_ != "ccomp" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ccomp" or node.head.lemma_.lower() not in _TALK:
        return False
    told = node.head
    between = [t for t in head.doc[told.i + 1 : pronoun.i] if not _addressee(t, told)]
    names = [t.text for t in between if t.pos_ == "PROPN"]
    names += [e.text for e in head.doc[told.i + 1 : pronoun.i].ents if e.root in between]
    for name in names:
        other = resolver.name(name)
        body = resolver.actors.get(other or "")
        if body is not None and body.kind in ("organisation", "country") and other != actor:
            if not resolver.allied(actor, other):
                return True
    return False


def _addressee(token: Token, told: Token) -> bool:
    """Part of whom the teller tells ("told Google it must pay"): "it" is that one."""
    while token.dep_ in ("compound", "amod", "det") and token.head.i != token.i:
        token = token.head
    return token.head.i == told.i and token.dep_ in ("dobj", "dative")


def _its_voice(reporter: str, actor: str, resolver: Resolver) -> bool:
    """ "Spokesman Doug Levy said ... it will not take action": a spokesman the text ties to
    no side, saying what "it", an organisation, will do, speaks for it."""
    person, body = resolver.actors.get(reporter), resolver.actors.get(actor)
    if person is None or body is None or body.kind != "organisation":
        return False
    words = set(re.split(r"[\s'-]+", person.role.lower()))
    return bool(words & SPOKESPEOPLE) and not resolver.affiliation(reporter)


def _its_executive(head: Token, actor: str, reporter: str, resolver: Resolver) -> bool:
    """ "CEO Hakan Samuelsson said Volvo planned to", "the party's election chief Alan
    Milburn said Labour will", "Svanberg, the chairman, said the company wouldn't": a firm's
    or a party's head, whose own side the text does not name, telling what the organisation
    he names will do."""
    subject = clause_subject(head)
    if subject is None or resolver.token(subject, 0) != actor:
        return False
    named = subject.pos_ == "PROPN" or subject.ent_type_ or _the_firm(subject)
    if not named or resolver.affiliation(reporter):
        return False  # "it", "they": whose is a guess; a known side is checked by allied
    kind = resolver.actors[actor].kind if actor in resolver.actors else ""
    role = resolver.actors[reporter].role
    if kind != "organisation" or ANALYST_ROLES.search(role):
        return False
    return bool(set(re.split(r"[\s'-]+", role.lower())) & EXECUTIVES)


def _told_by_others(head: Token) -> bool:
    """Under "police said", "prosecutors say": unnamed others (not "her lawyer", not a
    spokesman, who speak for someone) tell what a person will do or did."""
    node = head
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ccomp" or node.head.lemma_.lower() not in _TALK:
        return False
    teller = subject_of(node.head)
    return (
        teller is not None
        and teller.pos_ == "NOUN"
        and teller.lemma_.lower() not in SPOKESPEOPLE
        and not any(c.dep_ == "poss" for c in teller.children)
    )


def _named_subject(head: Token) -> bool:
    subject = clause_subject(head)
    return subject is not None and subject.ent_type_ in PARTY_LABELS


def _named_other(head: Token, actor: str, speaker: str, resolver: Resolver) -> bool:
    """In a quote, a party named as the subject that is not the speaker's own (a spokesman,
    whose side the text may not name, speaks for whom he names)."""
    if not _named_subject(head):
        return False
    if resolver.allied(actor, speaker) or speaker not in resolver.actors:
        return False
    role = set(resolver.actors[speaker].role.lower().split())
    return not role & SPOKESPEOPLE


def _others(head: Token) -> bool:
    """In a quote, "he", "she" or "they" is someone other than the speaker."""
    subject = clause_subject(head)
    return subject is not None and subject.lower_ in ("he", "she", "they")


def is_analyst(speaker: str, resolver: Resolver) -> bool:
    """An analyst's or a forecaster's words predict; they commit no one."""
    actor = resolver.actors.get(speaker)
    if actor is None:
        return False
    if ANALYST_ROLES.search(actor.role):
        return True
    if LEADING_ROLE.search(actor.role):
        return False  # "the president of Norland University" speaks for it
    return bool(ACADEMIC.search(f"{actor.role} {resolver.affiliation(speaker) or ''}"))


def own_company(action: Token, actor: str, resolver: Resolver) -> bool:
    """ "the company" acting in the warning of a company's own executive is his company."""
    subject = subject_of(action)
    if subject is None or subject.lemma_.lower() not in ("company", "firm"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    known = resolver.actors.get(actor)
    role = known.role.lower().split() if known and known.kind == "person" else []
    return bool(set(role) & COMPANY_PEOPLE)


def own_aim_told(noun: Token) -> bool:
    """ "Holt said his goal is to cut fees", "the party said its aim is to": the teller's
    own aim, told (not "critics said his aim is to", others' reading of it)."""
    if not reported(noun.head):
        return False
    teller = subject_of(noun.head.head)
    owner = possessor(noun)
    if teller is None or owner is None:
        return False
    if owner.lower_ in ("his", "her"):
        return teller.tag_ == "NNP" or teller.lower_ in ("he", "she")
    if owner.lower_ == "its":
        return teller.tag_ in ("NNP", "NN") or teller.lower_ == "it"
    return teller.tag_ in ("NNPS", "NNS") or teller.lower_ == "they"
