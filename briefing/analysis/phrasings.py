"""Commitments said in other words: "X needs to act", "we would like the US to change",
"it is important for them to", "told Putin to stop", "there can be no bargaining"; and
whether a commitment verb's complement is an act still to come. Nouns: nominals.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.asides import point_made
from briefing.analysis.attribution import is_agent, reported
from briefing.analysis.clauses import has_modal, marked_for, vague_passive
from briefing.analysis.dates import a_deadline
from briefing.analysis.forms import (
    is_negated,
    is_passive,
    is_perfect,
    is_someone,
    keeps_standing,
    sets_deadline,
    takes_place,
    to_infinitive,
)
from briefing.analysis.futures import warned_of_own_side
from briefing.analysis.sanctions import faces_a_penalty, punishes
from briefing.analysis.subjects import subject_of
from briefing.nlp.lexicon import (
    AUDIENCES,
    COMMENTATOR_NOUNS,
    DEADLINES,
    DEMAND_MODALS,
    DEMANDED_NOUNS,
    FUTURE_MODALS,
    HEDGES,
    MAYBE_MODALS,
    MENTAL_STATES,
    NOT_ACTS,
    OWED_ACTS,
    OWN_PRONOUNS,
    PARTY_LABELS,
    PERSON_NOUNS,
    REFUSED_NOUNS,
    ROLE_WORDS,
    SPARED_NOUNS,
    SUBJUNCTIVE_VERBS,
    URGENT,
    VERB_TYPES,
)

IMPERSONAL = frozenset({"it", "this", "that", "there"})  # "it would be hard"
RULING_MODALS = frozenset({"will", "'ll", "wo", "shall", "can", "ca"})

if TYPE_CHECKING:
    from spacy.tokens import Token

    from briefing.analysis.resolve import Resolver


def wanted_demand(token: Token, quote, speaker: str, resolver: Resolver):
    """A demand in other words: "X needs to act", "we would like the US to change", "he
    wants him to follow the rules". In someone's words, the target is the one to act."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in ("need", "like", "want", "expect"):
        return None
    subject = subject_of(token)
    named = subject is not None and subject.ent_type_ in PARTY_LABELS
    if lemma == "expect":
        return _expected_owed_act(token, subject)
    if lemma == "need" and subject is not None and subject.lower_ == "you" and _anyone(token):
        return None  # "you just need passionate people to push the game": anyone's need
    # "Tinley said he wanted the firm to commit", "she would like the council to": the want
    # of the one who said it
    told = subject is not None and subject.lower_ in ("he", "she") and reported(token)
    if not (quote or speaker or (lemma in ("want", "like") and (named or told))):
        return None  # told by the reporter, only a named party's "wants X to" demands
    if lemma == "like" and not has_modal(token, {"would", "'d"}):
        return None  # "I like the plan"
    if has_modal(token, MAYBE_MODALS):
        return None  # "we may need to take a closer look": a maybe
    if is_passive(token):
        return None  # "a lot of time is needed to clean up": what it takes, asked of no one
    if quote and token.tag_ == "VBD":
        return None  # "we needed to speak to them" in one's own words: a need that was
    for act in token.children:
        if act.dep_ not in ("xcomp", "ccomp") or not to_infinitive(act):
            continue  # not "I turned to the president and said, 'you need to bomb'"
        if act.lemma_.lower() in NOT_ACTS or takes_place(act):
            return None  # "we need to win", "we need to be careful", "needs to take place"
        if point_made(act):
            return None  # "people need to recognise that": a point made
        side = resolver.side(speaker) if speaker else ""
        if lemma == "need" and subject is not None and side:  # whose demand?
            return "demand", token, [act], {"demand_modal"}, side, is_negated(token)
        other = subject_of(act) or next((c for c in token.children if c.dep_ == "dobj"), None)
        if lemma != "need" and other is not None:  # "like the US to change"
            return "demand", token, [act], {"demand_modal"}, "", is_negated(token)
    return None


def _anyone(need: Token) -> bool:
    """ "need passionate people to": people at large, no one in particular, to act."""
    for other in (c for c in need.children if c.dep_ == "dobj" and c.tag_ == "NNS"):
        if not any(d.dep_ in ("det", "poss") for d in other.children):
            return True
    return False


def _expected_owed_act(token: Token, subject: Token | None):
    """ "Kraft said he expects the NFL to apologize": a demand of what one party owes another
    (OWED_ACTS); "expects Samsung to appeal" only foresees."""
    if subject is None or subject.lemma_.lower() in COMMENTATOR_NOUNS:
        return None
    for act in token.children:
        other = subject_of(act)
        if act.dep_ in ("xcomp", "ccomp") and act.lemma_.lower() in OWED_ACTS and other is not None:
            if to_infinitive(act):
                return "demand", token, [act], {"demand_modal"}, "", is_negated(token)
    return None


def urged_demand(token: Token, quote, speaker: str, resolver: Resolver):
    """ "It is important for them to support us", "it is vital that Europe acts": in
    someone's words, a demand on the one who is to act."""
    urgent = token.lemma_.lower() in URGENT and token.dep_ == "acomp"
    time = token.lower_ == "time" and token.dep_ == "attr"  # "it is time for Congress to act"
    if not (urgent or time) or not speaker:
        return None  # in someone's words, or said by someone ("Blair said it was time")
    if token.head.tag_ == "VBD" and quote is not None:
        return None  # "it was very important for the club to gain": what was needed then
    if any(c.lower_ == "too" for c in token.children):
        return None  # "too important for this building to crumble": that it must not
    for act in list(token.head.children) + list(token.children):
        if act.pos_ != "VERB" or act.dep_ not in ("advcl", "ccomp", "xcomp", "relcl", "acl"):
            continue
        marks = {c.lower_ for c in act.children if c.dep_ in ("mark", "aux")}
        other = subject_of(act)
        if other is not None and marks & {"for", "that"}:
            if act.lemma_.lower() in NOT_ACTS or _a_thing(other):
                return None  # "important that prison terms reflect": a test, not a party
            return "demand", token, [act], {"demand_modal"}, resolver.side(speaker), False
    return None


def _a_thing(noun: Token) -> bool:
    """ "prison terms", "this conflict": a common noun for no one who could act (not "the
    mayor", "young people", "workers")."""
    if noun.pos_ != "NOUN" or is_someone(noun):
        return False
    lemma = noun.lemma_.lower()
    return not (lemma in ROLE_WORDS or lemma in PERSON_NOUNS or lemma in AUDIENCES)


def obliged_demand(token: Token, quote, speaker: str, resolver: Resolver):
    """ "Congress has to act now", "Europe ought to do more": in someone's words, like
    "must". Not "we have to improve" (one's own aim), "had to", "will have to", "doesn't
    have to", nor "any trade deal has to produce jobs" (a test, not a party)."""
    verb = token.head
    if token.dep_ != "xcomp" or not to_infinitive(token) or not speaker:
        return None
    told = verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "tell" and quote is None
    if verb.lemma_.lower() not in ("have", "ought"):
        return None
    if verb.tag_ not in ("VBZ", "VBP", "MD") and not (
        (told or _said_of_a_party(verb, quote)) and verb.tag_ == "VBD"
    ):
        return None  # "had to" is a past need; "told Congress it had to act", the report's tense
    if is_negated(verb) or any(c.dep_ == "aux" for c in verb.children):
        return None
    subject = subject_of(verb)
    told_it = told and subject is not None and subject.lower_ in ("it", "they")
    if subject is None or not (is_someone(subject) or told_it) or token.lemma_.lower() in NOT_ACTS:
        return None  # "the players have to be better": a state
    return "demand", verb, [token], {"demand_modal"}, resolver.side(speaker), False


def _said_of_a_party(verb: Token, quote) -> bool:
    """ "said Vessia had to stop the attacks": the report's tense, of a party named, at no
    time said (not "said Vessia had to pay a fine in 2010")."""
    if quote is not None or verb.dep_ != "ccomp":
        return False
    if verb.head.lemma_.lower() not in ("say", "insist"):
        return False
    subject = subject_of(verb)
    dated = any(t.ent_type_ in ("DATE", "TIME") and not a_deadline(t) for t in verb.subtree)
    # (a people's "had to" is what befell them: "Muslims had to travel to Llanelli")
    named = subject is not None and subject.ent_type_ in PARTY_LABELS - {"NORP"}
    return named and not dated


def told_demand(token: Token):
    """ "Macron told Putin to stop the war": an order given to someone ("told reporters he
    would" is speech, read from the clause)."""
    if token.lemma_.lower() != "tell" or token.pos_ != "VERB":
        return None
    if not any(c.dep_ in ("dobj", "dative") and is_someone(c) for c in token.children):
        return None
    acts = [c for c in token.children if c.dep_ == "xcomp" and to_infinitive(c)]
    if not acts or acts[0].lemma_.lower() in NOT_ACTS:
        return None
    return "demand", token, acts[:1], {"verb"}, "", is_negated(token) or is_negated(acts[0])


def deadline_demand(token: Token):
    """ "The EU gave Greece until Monday to come up with a plan", "gave the firm a deadline
    of Friday to improve", "set a deadline of Friday for the board to reopen": a deadline
    set for someone's act ("were given 48 hours to leave": by whom?)."""
    if token.pos_ != "VERB" or not sets_deadline(token) or is_passive(token):
        return None
    children = list(token.children)
    deadline = [c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in DEADLINES]
    acts = [
        c
        for holder in (token, *deadline)
        for c in holder.children
        if c.dep_ in ("advcl", "relcl", "acl", "xcomp") and c.i > holder.i and to_infinitive(c)
    ]
    if not acts or acts[0].lemma_.lower() in NOT_ACTS:
        return None
    asked = [c for c in children if c.dep_ in ("dobj", "dative") and c not in deadline]
    asked += [c for c in acts[0].children if c.dep_ == "nsubj" and marked_for(acts[0])]
    if not any(is_someone(c) for c in asked):
        return None
    return "demand", token, acts[:1], {"verb"}, "", is_negated(token)


def confident_of(token: Token):
    """ "Shell is confident it will be able to repay its debts": an assurance of one's own
    act; "confident the government will act" or "confident we will win" foretell others'
    acts or an outcome."""
    if token.lemma_.lower() != "confident" or token.dep_ != "acomp":
        return None
    subject = subject_of(token.head)
    for clause in token.children:
        if clause.dep_ != "ccomp" or not has_modal(clause, FUTURE_MODALS):
            continue
        own = subject_of(clause)
        if subject is None or own is None:
            return None
        if own.lower_ not in OWN_PRONOUNS and own.lower_ != subject.lower_:
            return None
        act = clause
        able = [c for c in clause.children if c.dep_ == "acomp" and c.lower_ == "able"]
        if clause.lemma_ == "be" and able:  # "will be able to thwart"
            act = next((c for c in able[0].children if c.dep_ == "xcomp"), clause)
        if act.lemma_.lower() in NOT_ACTS or keeps_standing(act):
            return None  # "confident it will keep its number one spot": an outcome
        return "assurance", token.head, [act], {"adjective"}, "", is_negated(clause)
    return None


def ruled_out(token: Token, quote, speaker: str, resolver: Resolver, reporter: str = ""):
    """ "There can be no bargaining over our sovereignty", "there will be no tax rises": in
    someone's words, what the speaker's side refuses, or assures will not come. "There must
    be an inquiry" in someone's words, or said by someone, demands it."""
    if token.lemma_ != "be" or not any(c.dep_ == "expl" for c in token.children):
        return None
    if has_modal(token, DEMAND_MODALS) and (quote and speaker or reporter):
        return _there_must_be(token, resolver.side(reporter or speaker))
    room = _no_room_for(token)
    if room is not None and (quote and speaker or reporter):
        # "leaders have said there is no room for the proposal to change": refused
        return "refusal", token, [room], {"ruled_out"}, resolver.side(reporter or speaker), True
    # "Reed insisted there would be no compromise": his word, told by the reporter (in
    # someone's own words "there would be no point" is a conditional)
    modals = RULING_MODALS | {"would"} if reporter and not quote else RULING_MODALS
    if not (quote and speaker or reporter) or not has_modal(token, modals):
        return None
    negated = is_negated(token)
    for noun in token.children:
        if noun.dep_ != "attr" or noun.pos_ != "NOUN":
            continue
        determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
        if not ("no" in determiners or (negated and "any" in determiners)):
            continue
        lemma = noun.lemma_.lower()
        kind = "refusal" if lemma in REFUSED_NOUNS else "assurance" if lemma in SPARED_NOUNS else ""
        if kind:
            return kind, token, [noun], {"ruled_out"}, resolver.side(reporter or speaker), True
    return None


def _no_room_for(token: Token) -> Token | None:
    """What "there is no room for" rules out ("compromise", "the proposal to change")."""
    if is_negated(token):
        return None
    rooms = [c for c in token.children if c.dep_ == "attr" and c.lemma_.lower() == "room"]
    for room in rooms:
        if not any(c.dep_ == "det" and c.lower_ == "no" for c in room.children):
            continue
        for prep in (c for c in room.children if c.dep_ == "prep" and c.lower_ == "for"):
            ruled = [c for c in prep.children if c.dep_ == "pobj" and _an_act(c)]
            return ruled[0] if ruled else None
    return None


def _an_act(noun: Token) -> bool:
    """ "compromise", "the proposal to change": an act one could allow; not "more cars"."""
    acted = any(c.dep_ == "acl" and c.pos_ == "VERB" for c in noun.children)
    return noun.lemma_.lower() in REFUSED_NOUNS or acted


def _there_must_be(token: Token, actor: str):
    """ "There must be an independent inquiry", "there should be a ceasefire": an act asked
    for (``lexicon.DEMANDED_NOUNS``); not "there must be some mistake", "should be rain"."""
    if is_negated(token) or is_perfect(token):
        return None  # "there should have been a review": a past judged
    for noun in token.children:
        if noun.dep_ == "attr" and noun.pos_ == "NOUN" and noun.lemma_.lower() in DEMANDED_NOUNS:
            return "demand", token, [noun], {"demand_modal"}, actor, False
    return None


def commits_to_act(action: Token, verb: Token, resolver, offset: int, speaker: str) -> bool:
    """Whether a commitment verb's complement is an act still to come."""
    clause = action
    while clause.dep_ == "conj" and clause.head.i != verb.i:
        clause = clause.head  # "insisted that it would inject ... and would be": as the first
    if action.i == verb.i or clause.dep_ == "xcomp":
        return True  # "pledged to act", "offered talks"
    if clause.dep_ != "ccomp":
        return True
    if to_infinitive(clause) and _for_left_empty(verb, clause):
        return True  # "called for Peter Hain to make a statement", parsed as a that-clause
    said_of = subject_of(action)
    if action.lemma_.lower() == "be" and said_of is not None and said_of.lower_ == "it":
        return False  # "vowed that it wouldn't be the last": how a thing will be, no act
    vowed = VERB_TYPES.get(verb.lemma_.lower()) in ("pledge", "promise")
    if vowed and action.lemma_.lower() == "be" and any(c.dep_ == "attr" for c in action.children):
        if (
            said_of is not None
            and said_of.dep_ != "expl"
            and not is_agent(action, resolver, offset, speaker)
        ):
            return False  # "promised that the autobiography would be a page-turner": a claim
    if verb.lemma_.lower() == "agree":
        if has_modal(action, DEMAND_MODALS):
            return False  # "experts agree the sector must cut": an opinion shared, no act agreed
        if action.lemma_.lower() == "be" and (said_of is None or said_of.lower_ in IMPERSONAL):
            return False  # "agrees: 'It would still be hard'": a view shared
        agreeing = subject_of(verb)
        if agreeing is not None and agreeing.lemma_.lower() in COMMENTATOR_NOUNS:
            return False  # "legal experts agree that ... they would be able to sue"
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in action.children):
        return False  # "decided that probably would be the best place": a guess
    claims = verb.lemma_.lower() in ("warn", "insist")
    if claims and action.lemma_.lower() in NOT_ACTS - {"be"} and not faces_a_penalty(action):
        return False  # "what we warned Baghdad would happen": no one's act
    if action.lemma_.lower() in MENTAL_STATES:
        return False  # "'I'll remember this one,' he promised": a feeling, no act
    modal = has_modal(action, FUTURE_MODALS | DEMAND_MODALS)
    unmarked = not any(c.dep_ == "aux" for t in (action, clause) for c in t.children)
    # "demanded that Christians pay a tax", "demanding that staff are put first": the same
    # form as "they pay", "they are put" (people, not "recommends that the tool is used")
    passive_of = next((c for c in action.children if c.dep_ == "nsubjpass"), None)
    # "demanding that the government provides funding": said so of someone who can act
    someone = said_of is not None and is_someone(said_of)
    present = (
        action.tag_ == "VBP"
        or (action.tag_ == "VBZ" and someone)
        or (
            action.tag_ == "VBN"
            and passive_of is not None
            and is_someone(passive_of)
            and any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in action.children)
        )
    )
    plural_asked = (
        present
        and verb.lemma_.lower() in SUBJUNCTIVE_VERBS
        # not 'requested a minute, closing with: "God bless our troops"'
        and not any(t.is_punct for t in action.doc[min(verb.i, action.i) : max(verb.i, action.i)])
    )
    subjunctive = unmarked and (
        action.tag_ == "VB"  # "demanded that Russia withdraw"
        or plural_asked
        or _passive_subjunctive(action)  # "requested that the trial be postponed"
    )
    if not (modal or subjunctive):
        return False
    if subjunctive and not modal:
        return True  # "insisting that its judicial sovereignty be respected": asked, no claim
    if claims and said_of is not None and said_of.lower_ in ("i", "we") and _quoted(clause):
        return True  # '"We will close the plant," Tom Reed warned': the warner's own act
    if claims and (punishes(action) or faces_a_penalty(action)):
        return True  # "warned that any attack would be met with force": the warner's sanction
    if claims and modal and warned_of_own_side(action, offset, speaker, resolver):
        return False  # "Iowa's governor warned that Iowa would retaliate": Iowa's own word
    return not claims or is_agent(action, resolver, offset, speaker)


def _quoted(clause: Token) -> bool:
    """A clause that opens a quote: '"We will close the plant," he warned'."""
    start = clause.left_edge.i
    return start > clause.sent.start and clause.doc[start - 1].is_quote


def _for_left_empty(verb: Token, clause: Token) -> bool:
    """ "called for X to act": the small parser leaves "for" without an object and takes the
    "to" clause for the verb's own complement."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and c.i < clause.i and not any(c.children)
        for c in verb.children
    )


def _passive_subjunctive(action: Token) -> bool:
    """ "that the trial be postponed"; not "that it be moved" (a reader cannot tell what)."""
    bare = any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in action.children)
    return bare and not vague_passive(action)
