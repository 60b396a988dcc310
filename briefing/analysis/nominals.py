"""Commitments named by a noun: "announced plans to give", "renewed calls for a
moratorium", "our goal is to", "no intention of invading"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.clauses import marked, marked_for
from briefing.analysis.complements import for_to, infinitive_after
from briefing.analysis.forms import (
    agent_of,
    harmful,
    has_modal,
    is_negated,
    is_someone,
    prep_objects,
    to_infinitive,
)
from briefing.analysis.referents import possessor
from briefing.analysis.subjects import subject_of
from briefing.analysis.voices import own_aim_told
from briefing.nlp.lexicon import (
    ABANDONING_VERBS,
    ANNOUNCING_VERBS,
    CALLS_RENEWED,
    FUTURE_MODALS,
    JUDGING_NOUNS,
    NOUN_TYPES,
    NOUN_VERBS,
    OBTAINING_VERBS,
    REAFFIRMING_VERBS,
    RECEIVING_VERBS,
    RESPONDING_VERBS,
    SEEKING_VERBS,
    VOWED_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _other_owner(noun: Token) -> Token | None:
    """A named owner of a commitment noun ("Labour's pledge", "a government plan", "the
    company's plans"), not a pronoun that may be the subject's own ("his pledge")."""
    owner = possessor(noun)
    if owner is not None and owner.pos_ in ("PROPN", "NOUN"):
        return owner
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and (
            child.ent_type_ in ("ORG", "GPE", "NORP") or child.lemma_.lower() == "government"
        ):
            return child
    return None


def _giver(noun: Token) -> Token | None:
    """ "secured a promise from Norvik to withdraw", "received assurances from the Norvik
    government that": a named one it came from, who gave it."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in OBTAINING_VERBS:
        return None
    for giver in prep_objects(noun, "from") + prep_objects(noun.head, "from"):
        if giver.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in giver.children):
            return giver
    return None


def _gerund_of(token: Token, verbs) -> bool:
    """ "halting" in "an injunction halting plans", tagged a noun: a verb of ``verbs`` + -ing."""
    word = token.lower_
    return word.endswith("ing") and (word[:-3] in verbs or word[:-3] + "e" in verbs)


def _turned_down(verb: Token) -> bool:
    return verb.lemma_.lower() == "turn" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children
    )


def nominal_commitment(noun: Token, lemma: str):
    """ "announced plans to give", "renewed calls for a moratorium", "no intention of
    invading": the noun names the commitment; its owner is the one who has or makes it."""
    giver = _giver(noun)
    if noun.dep_ in ("dobj", "attr") and noun.head.lemma_.lower() in RECEIVING_VERBS:
        if giver is None:
            return None  # "received a call for a welfare check": someone else's call
    if any(_gerund_of(c, RESPONDING_VERBS) for c in noun.children if c.dep_ == "compound"):
        return None  # "an injunction halting plans to", the gerund taken for a noun
    other = _other_owner(noun) or giver
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in SEEKING_VERBS and other is None:
        return None  # "Vessia sought a promise that Norvik would withdraw": asked for
    if noun.dep_ == "dobj" and other is None and noun.head.lemma_.lower() in RESPONDING_VERBS:
        return None  # "the Tories are to back government plans to": whose plans?
    if noun.dep_ == "dobj" and _turned_down(noun.head):
        return None  # "turned down an offer to join the cabinet": another's offer refused
    judge = subject_of(noun.head) if noun.dep_ == "dobj" else None
    if judge is not None and judge.lemma_.lower() in JUDGING_NOUNS and other is None:
        return None  # "a court approved plans to restart": the plans are not the court's
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ABANDONING_VERBS:
        return None  # "the chancellor reversed his plan to cut tax credits"
    if lemma == "goal" and any(
        c.dep_ == "compound" or (c.dep_ == "amod" and c.tag_ == "VBG") for c in noun.children
    ):
        return None  # "O'Gara's late drop goal", "the winning goal": a score; not "ultimate goal"
    if lemma == "word" and not (possessor(noun) is not None and _clauses_after(noun)):
        return None  # "gave the word to attack": an order; "gave his word that": a pledge
    is_to, asked = False, []
    if lemma in ("call", "demand"):
        acts = [
            p for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
        ] + for_to(noun)  # "renewed calls for the government to act"
        # "renewed calls (on Tuesday) to ban", the "to" clause on the noun or on its verb
        if not prep_objects(noun, "from"):  # "calls from victims' families to": theirs
            acts += [c for c in noun.children if c.dep_ == "acl" and to_infinitive(c)]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in CALLS_RENEWED:
            acts += infinitive_after(noun.head, noun.right_edge.i + 1)  # not "made calls to"
        acts += [c for c in noun.children if _demanded_that(c)]  # "its demand that X withdraw"
        # "its call for the Harbour Party to withdraw", the clause hung on the noun: the act
        # is the clause's, not the one asked
        asked_to = [a for a in acts if a.pos_ == "VERB"]
        if asked_to and any(is_someone(a) for a in acts if a.pos_ != "VERB"):
            acts = asked_to + [a for a in acts if a.pos_ != "VERB"]
    else:
        acts = [c for c in noun.children if c.dep_ in ("acl", "relcl") and to_infinitive(c)]
        if noun.dep_ == "dobj":  # "signed a deal to buy", parsed as the signing's purpose
            acts += infinitive_after(noun.head, noun.right_edge.i + 1)
        is_to = noun.dep_ == "nsubj" and noun.head.lemma_ == "be"
        if is_to and noun.head.tag_ == "VBD" and noun.head.dep_ != "ccomp":
            return None  # "Jumaah's plan was to go in, but when he arrived": told as past
        if is_to:  # "our goal is to"
            acts += [c for c in noun.head.children if c.dep_ == "xcomp" and to_infinitive(c)]
            asked = [c for c in noun.head.children if _for_another(c)]  # "is for Oz to resign"
            acts += asked
        acts += [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.tag_ == "VBG"
        ]
        if lemma in VOWED_NOUNS:  # "made a vow to Costacurta that I will continue to play"
            acts += [c for c in _clauses_after(noun) if has_modal(c, FUTURE_MODALS)]
        if not acts and _reaffirmed(noun, lemma):
            acts = [noun.head]  # "reaffirmed its commitment to the peace deal": said again
    agent = _announced_by(noun)
    if agent is not None:  # "Plans to abolish 162 quangos have been unveiled by the Tories"
        acts += [c for c in noun.children if c.dep_ == "xcomp" and to_infinitive(c)]
        if acts and lemma in _ANNOUNCED and not is_negated(noun.head):
            return NOUN_TYPES[lemma], agent, acts[:1], {"nominal_verb"}, "", False
    if not acts:
        return None
    owner = possessor(noun)
    if lemma == "demand" and owner is None and any(c.lower_ == "the" for c in noun.children):
        return None  # "shows the demand for our beer": a market's, no one's demand
    head = (
        noun.head if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX") else None
    )
    if head is not None and other is not None and head.lemma_.lower() not in ABANDONING_VERBS:
        kind = NOUN_TYPES[lemma]  # "criticised David Cameron's pledge to": Cameron's pledge
        return kind, other, acts[:1], {"nominal_verb"}, "", False
    if head is None and not (owner is not None and is_to):  # is_to: never a call or demand
        return None  # "Iran's plan to enrich uranium was dropped": whose word, and still?
    pronoun = owner is not None and owner.lower_ in ("his", "her", "their", "its")
    if head is None and (is_negated(noun.head) or (pronoun and not own_aim_told(noun))):
        return None  # "our objective is not to", "their aim is to": whose, said by whom?
    negated = any(c.lower_ == "no" for c in noun.children) or bool(head and is_negated(head))
    there_are_none = negated and head is not None and there_is(head)  # whose: see detection
    existential = (head is not None and there_is(head)) or any(
        t.dep_ == "expl" for t in noun.subtree if t.i < noun.i
    )  # "said there were growing demands for", parsed as what was said
    if lemma in ("call", "demand") and existential and not negated:
        return None  # "there have been calls for", "strong demand for homes": others'
    if head is not None and lemma in NOUN_VERBS and head.lemma_.lower() not in NOUN_VERBS[lemma]:
        if not there_are_none:
            return None  # "criticised the deal to": not the critic's deal
    kind = "demand" if acts[0] in asked else NOUN_TYPES[lemma]
    if negated:
        kind = "assurance" if harmful(acts[0]) else "refusal"  # "no intention to talk"
    cues = {"no_intention"} if negated else {"nominal_verb"}
    return kind, head if head is not None else owner, acts[:1], cues, "", negated


_ANNOUNCED = frozenset({"plan", "proposal", "pledge", "promise", "offer"})


def _announced_by(noun: Token) -> Token | None:
    """Who a passive announcement names: "plans ... have been unveiled by the Conservatives"
    (the plans are theirs; not "approved by the council", a decision on others' plans)."""
    if noun.dep_ != "nsubjpass" or noun.head.lemma_.lower() not in ANNOUNCING_VERBS:
        return None
    return agent_of(noun.head)


def _reaffirmed(noun: Token, lemma: str) -> bool:
    """ "reaffirmed its commitment to the peace deal": a commitment to a thing, said again
    (not "made a commitment to", whose act is elsewhere, nor "questioned its commitment")."""
    return (
        lemma == "commitment"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in REAFFIRMING_VERBS
        and bool(prep_objects(noun, "to"))
    )


def _clauses_after(noun: Token) -> list[Token]:
    """The "that" clauses of a noun, or of the verb it is the object of, after it."""
    verb = noun.head if noun.dep_ == "dobj" else None
    near = [*noun.children, *(verb.children if verb is not None else ())]
    # ("relcl": "an assurance that no jobs would go", its "that" a mark, not a pronoun)
    clauses = ("acl", "ccomp", "relcl")
    return [c for c in near if c.dep_ in clauses and c.i > noun.i and marked(c, ("that",))]


def _demanded_that(clause: Token) -> bool:
    """ "(its demand) that the IAAF investigate": a bare verb, as asked of another (not "the
    demand that had driven sales")."""
    return clause.dep_ == "acl" and clause.tag_ == "VB" and marked(clause, ("that",))


def _for_another(clause: Token) -> bool:
    """ "(the group's goal is) for Dr. Oz to resign": an act asked of another."""
    return clause.dep_ == "advcl" and marked_for(clause) and to_infinitive(clause)


def there_is(verb: Token) -> bool:
    """ "there are (no plans to)": a clause with no subject but "there"."""
    return verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children)
