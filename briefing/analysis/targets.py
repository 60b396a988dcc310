"""To or against whom a commitment is made ("urged Marenia to", "called on China to"), and
whether its act is another's ("will be certified by the IAEA")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.attribution import PRONOUNS
from briefing.analysis.clauses import is_time, marked, marked_for, phrase
from briefing.analysis.forms import dared, is_someone, prep_objects, sets_deadline
from briefing.analysis.subjects import subject_of
from briefing.nlp.lexicon import (
    AGENT_NOUNS,
    ASKING,
    COURTS,
    DEADLINES,
    GOING_VERBS,
    NOUN_GENDER,
    PARTNERING_VERBS,
    PRONOUN_GENDER,
    ROLE_WORDS,
    TITLE_GENDER,
    UNNAMED_PEOPLE,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from briefing.analysis.resolve import Resolver


def target_of(head: Token, action: Token, offset: int, speaker: str, resolver: Resolver) -> str:
    """To or against whom: "urged Marenia to", "demanded that Marenia", "to Geneva"."""
    asks = ("demand", "urge", "ask", "call", "insist", "warn", "tell", "appeal")
    asking = head.lemma_.lower() in asks or head.lemma_.lower() in ASKING
    asking = asking or (action.i != head.i and sets_deadline(head))
    if not asking and action.dep_ == "acl" and action.head.lemma_.lower() in ("call", "demand"):
        asked = [n for n in prep_objects(action.head, "for") if is_someone(n)]
        if asked:  # "its call for the Harbour Party to withdraw", the clause on the noun
            return whom(asked[0], offset, speaker, resolver)
        subject = subject_of(action)
        if subject is not None and marked(action, ("that",)):  # "its demand that the IAAF"
            return whom(subject, offset, speaker, resolver)
    if not asking and _for_someone(action):  # "repeated calls for the mayor to apologise"
        return whom(subject_of(action), offset, speaker, resolver)
    if asking:
        asked = ("to",) if head.lemma_.lower() == "appeal" else ("on",)
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in asked and not is_time(child):
                # "called on China to", "appealed to donors to" (not "on Thursday called")
                for pobj in child.children:
                    if pobj.lemma_.lower() in ("ground", "basis"):
                        break  # "on environmental grounds": why, not of whom
                    return whom(pobj, offset, speaker, resolver)
        for child in head.children:
            if child.dep_ == "dobj" and not dared(head):  # ("challenged Holt to a debate")
                if action.i == head.i or child.lemma_.lower() in DEADLINES:
                    continue  # "urged restraint": the object is the act, not whom it is asked of
            if child.dep_ in ("dobj", "dative") and child.pos_ in ("PROPN", "NOUN", "PRON"):
                if not _how_often(child):  # "demanded a number of times that X": when
                    return whom(child, offset, speaker, resolver)
        asked_for = action.head if action.dep_ == "acl" else None  # "for the authority to pay"
        if asked_for is not None and asked_for.dep_ == "pobj" and asked_for.head.lower_ == "for":
            return whom(asked_for, offset, speaker, resolver)
        subject = subject_of(action)
        passive = any(c.dep_ == "nsubjpass" for c in action.children)
        if subject is not None and action.i != head.i and not (passive or thing_asked_for(action)):
            # (not "called for the law to be changed", "for the violence to end": what)
            if head.lemma_.lower() == "warn" and (
                _same_again(subject, subject_of(head)) or _its_own(subject)
            ):
                return ""  # "staff warned they will continue": themselves, no one else
            return whom(subject, offset, speaker, resolver)
    for child in list(action.children) + list(head.children):
        if child.dep_ == "prep" and child.lower_ in ("against", "to", "with"):
            if child.lower_ == "to" and child.head.lemma_.lower() in GOING_VERBS:
                continue  # "go to Ireland to win": where, not to whom
            if child.lower_ == "with" and child.head.lemma_.lower() in PARTNERING_VERBS:
                continue  # "working with the Saudis to return to Yemen": with whom, not to
            if any(p.lemma_.lower() in COURTS for p in child.children):
                continue  # "take the case to the European Court": where, not against whom
            for pobj in child.children:
                named = (
                    pobj.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") and pobj.text[:1].isupper()
                )
                if pobj.dep_ == "pobj" and named:  # (not "the council enforcement notices")
                    return whom(pobj, offset, speaker, resolver)
    return ""


def _how_often(noun: Token) -> bool:
    """ "a number of times", "several times": how often it was asked, not of whom."""
    return noun.lemma_.lower() == "time" or any(
        p.lemma_.lower() == "time" for c in noun.children if c.lower_ == "of" for p in c.children
    )


def _for_someone(action: Token) -> bool:
    """ "repeated calls for the mayor to apologise": asked of the mayor."""
    subject = subject_of(action)
    return (
        marked_for(action)
        and subject is not None
        and subject.dep_ == "nsubj"
        and not thing_asked_for(action)
    )


def thing_asked_for(action: Token) -> bool:
    """ "called for the violence to end", "asked for an inquiry to look into": what is asked
    for is a thing (a singular common noun that names no one), not whom it is asked of."""
    if not marked_for(action):
        return False
    subject = next((c for c in action.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NN" or subject.ent_type_:
        return False
    return subject.lemma_.lower() not in AGENT_NOUNS | ROLE_WORDS


def whom(token: Token, offset: int, speaker: str, resolver: Resolver) -> str:
    """Whom a word names: an actor, else its own words; a relative pronoun ("our customers,
    who we would urge to") names no one here."""
    if token.lower_ in ("who", "whom", "which", "that"):
        return ""
    if token.lower_ in ("him", "her") and _unnamed_just_before(token):
        return ""  # "wrote to the top ethics official, asking him to": not the last name
    if token.lower_ in ("him", "her") and _kin_just_before(token):
        return ""  # "her mother had no worries about her daughter ..., but he did warn her"
    who = resolver.token(token, offset, speaker)
    if who is None and token.pos_ == "PRON":
        return ""  # "asked them to": them, unnamed, says nothing to a reader
    return who or phrase(token)


def _unnamed_just_before(pronoun: Token) -> bool:
    """An unnamed official or spokesman earlier in the pronoun's sentence, with no person
    named between: the pronoun is that one."""
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.ent_type_ == "PERSON":
            return False
        lemma = token.lemma_.lower()
        if token.dep_ == "appos":
            continue  # "Victoria, a lobbyist for disabled rights,": named
        if token.pos_ == "NOUN" and (lemma in UNNAMED_PEOPLE or lemma in ROLE_WORDS):
            # (not "her father's actions ... calls for him to": whose, so who, is said)
            return not any(
                c.dep_ == "poss" or (c.dep_ in ("appos", "compound") and c.ent_type_)
                for c in token.children
            )
    return False


def _kin_just_before(pronoun: Token) -> bool:
    """Two kin of the pronoun's gender earlier in its sentence ("her mother ... her
    daughter ... warn her"), with no name between but those of the other gender ("Mr
    Robertson"): which one it is, a name cannot say (one, "her father", may be the name)."""
    gender = PRONOUN_GENDER[pronoun.lower_]
    kin = 0
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
            title = pronoun.doc[token.i - 1].lower_.rstrip(".") if token.i else ""
            if TITLE_GENDER.get(title, gender) == gender:
                return False
        if token.pos_ == "NOUN" and NOUN_GENDER.get(token.lemma_.lower()) == gender:
            kin += any(c.dep_ == "poss" for c in token.children)
    return kin >= 2


def _its_own(noun: Token) -> bool:
    """ "(the union warned that) its members would strike": the warner's own people."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in noun.children)


def _same_again(pronoun: Token, first: Token | None) -> bool:
    """ "staff warned they", "he warned he": the pronoun takes up the subject before it."""
    if first is None or pronoun.lower_ not in PRONOUNS:
        return False
    return pronoun.lower_ == first.lower_ or (pronoun.lower_ == "they" and first.pos_ == "NOUN")


def done_by_another(action: Token, actor: str, offset: int, speaker: str, resolver) -> bool:
    """ "promised that compliance will be certified by the IAEA": the act is another's."""
    for agent in (c for c in action.children if c.dep_ == "agent"):
        for doer in (c for c in agent.children if c.dep_ == "pobj"):
            who = resolver.token(doer, offset, speaker)
            if who and who not in (actor, resolver.side(actor)):
                return True
            if not who and doer.pos_ == "PROPN" and doer.text not in actor:
                return True  # "set independently by Ofwat", a name no actor holds
    return False
