"""Which commitment form, if any, a word opens: a commitment verb ("pledged to", "demanded
that"), an adjective ("ready to"), a want, urging or obligation ("must", "urged X to"), a
statement about one's own future ("we will") or a commitment noun ("a pledge to"); and the
cases where the same words commit no one ("declined to comment", "has yet to agree")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.asides import inverted_if, point_made, speaking
from briefing.analysis.asking import (
    by_agent,
    demand_reported_by,
    obliged_said_by,
    urged_said_by,
    wanted_of_another,
)
from briefing.analysis.attribution import is_agent, speaker_of_report
from briefing.analysis.clauses import (
    has_modal,
    not_yet,
    subject_words,
)
from briefing.analysis.complements import called_for, complements, for_to
from briefing.analysis.forms import (
    a_reason,
    asked,
    asked_in_passive,
    called_on,
    demanded_thing,
    foretold,
    going_to,
    harmful,
    hedged,
    in_condition,
    is_imperative,
    is_negated,
    is_passive,
    is_perfect,
    is_to,
    object_kind,
    others_thought,
    prep_objects,
    to_infinitive,
    wh_object,
)
from briefing.analysis.futures import future_commitment
from briefing.analysis.narration import (
    by_rule,
    decided_as_it_happened,
    decided_then,
    ready_for_home,
    ready_once,
    ready_then,
)
from briefing.analysis.nominals import nominal_commitment, there_is
from briefing.analysis.phrasings import (
    commits_to_act,
    confident_of,
    deadline_demand,
    obliged_demand,
    ruled_out,
    told_demand,
    urged_demand,
    wanted_demand,
)
from briefing.analysis.referents import almost_no_one
from briefing.analysis.sanctions import future_kind
from briefing.analysis.senses import (
    aims_to_win,
    in_its_sense,
    not_loyalty,
    object_is_act,
    sells,
    thing_acts,
    to_child,
    voters_decide,
)
from briefing.analysis.subjects import (
    a_need_of,
    a_noun_read_as_verb,
    anyones,
    clause_subject,
    in_first_person,
    subject_of,
)
from briefing.nlp.lexicon import (
    ADJECTIVE_TYPES,
    ADJECTIVE_VERBS,
    CASE_NOUNS,
    CONCEDING,
    DEMAND_MODALS,
    EMOTION_WORDS,
    FEELINGS,
    FUTURE_MODALS,
    HOPE_NOUNS,
    MANNER_NOUNS,
    MAYBE_MODALS,
    NO_COMMENT,
    NO_ONE,
    NOT_ACTS,
    NOUN_TYPES,
    PARTY_LABELS,
    PLAN_VERBS,
    REPORTING_VERBS,
    SOMEONE,
    SPEECH_AHEAD,
    URGENT,
    VERB_TYPES,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from briefing.analysis.resolve import Resolver


def detect(token: Token, quote, speaker: str, offset: int, resolver: Resolver):
    """(type, head, actions, cues, forced actor, negated) when ``token`` opens a commitment."""
    found = _form(token, quote, speaker, offset, resolver)
    if found is None or asked(token):
        return None  # "How am I going to pay the rent?", "no clue how I will pay"
    subject = subject_of(token)
    someone = subject is not None and subject.dep_ == "nsubj" and subject.lower_ in SOMEONE
    # ("no jobs would be cut": a harm none of is done to, not who acts)
    spared = subject is not None and subject.dep_ == "nsubjpass" and harmful(found[1])
    none_act = subject is not None and not spared and almost_no_one(subject)
    if subject is not None and (subject.lower_ in NO_ONE or someone or none_act):
        return None  # "Nothing needs to be made of it", "hardly any officials would agree"
    if hedged(found[1]):
        return None  # "Apple reportedly plans to", "is believed to be planning": hearsay
    head, act = found[1], found[2][0]
    if a_noun_read_as_verb(head):
        return None  # "criticised attempts to ..., plans to lower": the critic's list
    if found[0] != "demand" and wanted_of_another(head):
        return None  # "demanding that the government commits to": asked of it, not its word
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "the notion that the flag can compare ... and urge"
    if clause.dep_ in ("acl", "relcl") and clause.head.lemma_.lower() in HOPE_NOUNS:
        return None  # "some chance that the Senate will agree", "an indication he planned"
    if head.dep_ == "relcl" and head.head.lemma_.lower() in CASE_NOUNS:
        return None  # "cases in which tenants refused to move out": any such case
    if anyones(head):
        return None  # "the intensity that you need to demand a selection": anyone's
    if any(others_thought(a) for a in head.ancestors):
        return None  # "Republicans believe there is some chance that", "I don't want the
        # fans to think that I wouldn't play": their view, their thought
    claim = head.head if head.dep_ == "ccomp" and head.head.dep_ == "ccomp" else None
    if claim is not None and claim.head.lemma_.lower() == "deny":
        return None  # "denied her faith meant she would refuse": what a claim implies, denied
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in EMOTION_WORDS:
        if has_modal(head, {"would", "'d", "should"}):
            return None  # "we are shocked that he would seek to": judged, not committed
    if token.dep_ == "relcl" and token.lemma_ == "need" and a_need_of(token):
        return None  # "the power we need to build prosperity": what is needed, for a purpose
    if head.dep_ == "relcl" and head.head.lemma_.lower() in MANNER_NOUNS:
        return None  # "change in the way we should approach this": a manner, no act
    if found[0] == "refusal" and (
        act.lemma_.lower() in NO_COMMENT
        or (act.lemma_ == "draw" and is_passive(act))
        or (act.lemma_ == "discuss" and _asked(act))
    ):
        # "declined to comment", "refused to confirm", "refused to be drawn on", "declined
        # to discuss what it showed" (not "refused to discuss the withdrawal": talks)
        return None
    if not_yet(token):
        return None  # "has yet to agree a date": it has not agreed
    if found[0] == "demand" and any(c.dep_ == "dobj" and c.tag_ == "CD" for c in head.children):
        return None  # "then asked another 100 to rate them": a study's sample, counted
    if found[0] == "intention" and any(aims_to_win(a) for a in found[2]):
        return None  # "Scotland will try to give their coach a first victory": a hope
    if found[0] == "refusal" and any(voters_decide(a) for a in found[2]):
        # "we are not going to be forming the next government": a forecast ("we will not
        # declare victory too early" refuses)
        return None
    return found


def _asked(verb: Token) -> bool:
    """ "discuss what it showed", "discuss how it happened": a question for its object."""
    clauses = (c for c in verb.children if c.dep_ in ("ccomp", "dobj"))
    return any(t.tag_ in ("WP", "WRB") and t.i <= c.i for c in clauses for t in c.subtree)


def _judged_act(head: Token) -> bool:
    """ "it was illogical to", "it is wrong to": what an act would be, done by no one."""
    children = list(head.children)
    return (
        head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children)
        and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in children)
    )


def _form(token: Token, quote, speaker: str, offset: int, resolver: Resolver):
    found = _form_of(token, quote, speaker, offset, resolver)
    if found is not None and in_condition(token):
        return None  # "unless the South offers an excuse": the condition of another's act
    return found


def _form_of(token: Token, quote, speaker: str, offset: int, resolver: Resolver):
    # negation is read only on a path that returns: most words open nothing (speed)
    lemma = token.lemma_.lower()
    asked_of_others = token.pos_ == "VERB" and lemma in VERB_TYPES and called_on(token)
    if asked_of_others and not (quote or speaker or demand_reported_by(token, offset, resolver)):
        return None  # "Iran should agree to talks": the writer's call, no one's agreement
    if token.pos_ == "VERB" and lemma in VERB_TYPES and in_its_sense(token) and not asked_of_others:
        negated = is_negated(token)
        if token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail":
            return None  # "Congress has failed to press the department to": it did not
        if token.dep_ == "xcomp" and _judged_act(token.head):
            return None  # "denied it was illogical to demand amendments": an act judged
        if token.dep_ == "xcomp" and is_passive(token.head) and token.head.lemma_ in VERB_TYPES:
            return None  # "Blair was being urged to push for action": asked of him, not his
        if lemma == "request" and subject_of(token) is None:
            return None  # "within his rights to request": whose request, and made?
        if lemma in ("commit", "aim") and not is_passive(token) and not to_child(token):
            return None  # "committed suicide", "aiming a headbutt at": no pledge, no plan
        if lemma == "commit" and token.dep_ == "relcl" and prep_objects(token, "to"):
            return None  # "the ships we have committed to the relief operation": sent
        if thing_acts(token, resolver, offset, speaker):
            return None  # "the app aims to", "the storm threatens to": no one commits
        if lemma in ADJECTIVE_VERBS and is_passive(token):
            # "is committed to", "are prepared to": a state of readiness, not a passive
            actions = not_loyalty(complements(token))
            if not actions:
                return None
            return ADJECTIVE_VERBS[lemma], token, actions, {"adjective"}, "", negated
        if is_passive(token) or asked_in_passive(token):
            # "she was offered work", "they were asked to leave": by whom? Unless it says
            return by_agent(token, resolver, offset, speaker, negated)
        # "insisted that all avenues had closed", "agreed that the show gave", "warned
        # prices would rise": claims and forecasts. A that-clause commits only to a future
        # or required act of someone who can act ("demanded that Russia withdraw").
        actions = [
            a for a in complements(token) if commits_to_act(a, token, resolver, offset, speaker)
        ]
        if lemma == "commit":
            actions = not_loyalty(actions)
        actions = [token] if demanded_thing(token, actions) else actions
        if not actions:
            return None
        if any(wh_object(a) for a in actions):
            return None  # "a third of what Li plans to spend": no act is named
        if lemma in PLAN_VERBS and all(a.lemma_.lower() in SPEECH_AHEAD for a in actions):
            return None  # "plans to say Trump is clueless": a speech ahead, as "will say"
        cues = {"verb"}
        had = has_modal(token, {"had"})
        if (lemma in PLAN_VERBS and had) or has_modal(token, MAYBE_MODALS):
            return None  # "had planned to drive", "the House could agree": not a plan now
        if negated and VERB_TYPES[lemma] == "demand":
            return None  # "we're not asking the court to draw that distinction"
        past = is_perfect(token) or token.tag_ == "VBD" or has_modal(token, {"did"})
        if decided_then(token) and _a_persons(token, offset, speaker, resolver):
            return None
        if decided_as_it_happened(token):
            return None
        if negated and past and VERB_TYPES[lemma] in ("pledge", "promise", "threat", "offer"):
            return None  # "We have not threatened to demolish the house": a denial
        if past and token.dep_ == "ccomp" and token.head.lemma_.lower() == "deny":
            return None  # "denied that he had promised to cut taxes": no promise made
        if lemma == "refuse" and all(a.lemma_.lower() in NOT_ACTS - {"be"} for a in actions):
            return None  # "refusing to believe that the Games had ended": a state
        if lemma == "refuse" and all(
            a.lemma_.lower() in CONCEDING and any(c.dep_ == "ccomp" for c in a.children)
            for a in actions
        ):
            return None  # "refused to accept that the surface had a bearing": a claim denied
        if lemma == "ask" and not (called_for(token) or for_to(token)):
            # "the family had asked to convey its relief": asked leave, of no one; "asked his
            # best friend to prom", "asked questions": no act asked for
            asked_of = any(c.dep_ in ("dobj", "dative") for c in token.children)
            if not asked_of or actions == [token]:
                return None
        if actions == [token]:  # "offered talks", "threatened sanctions": the object is the act
            if lemma == "insist" or not object_is_act(token, resolver, offset, speaker):
                return None
            if a_reason(token):
                return None  # "because other forums offered less protection": why, told
            if lemma == "offer" and sells(token):
                return None  # "EMI currently offers its catalogue", "NTL is offering music"
            if lemma == "recommend" and token.tag_ == "VBZ":
                if _a_persons(token, offset, speaker, resolver):
                    return None  # "Mr Ajayi recommends drinking water daily": advice
            cues.add("nominal")
        negated = False if lemma in ("refuse", "reject", "decline") else negated
        if lemma == "insist" and all(foretold(a) for a in actions):
            # "insisted it would not add to costs" reassures; "insisted prices will rise"
            # is a claim; only "insisted that X must / should / resign" demands.
            if not is_negated(actions[0]):
                return None  # "insisted they would hold ministers to account": see futures
            return "assurance", token, actions[:1], cues, "", True
        kind = object_kind(lemma) if actions == [token] else VERB_TYPES[lemma]
        kind = "refusal" if negated and kind == "agreement" else kind
        return kind, token, actions, cues, "", negated  # "I will not agree to": refuses
    if lemma in ADJECTIVE_TYPES and token.dep_ == "acomp":
        if token.head.lemma_.lower() == "get":
            return None  # "was getting ready to go out for a run": preparing, no offer
        actions = [a for a in complements(token) if a.dep_ != "ccomp"]
        if lemma not in ("committed", "determined"):
            # "happy they were left out", "happy seeing her", "happy to see her moving"
            actions = [a for a in actions if a.pos_ != "VERB" or to_infinitive(a)]
            actions = [a for a in actions if a.lemma_.lower() not in NOT_ACTS]
        if lemma in ("committed", "determined"):
            actions = not_loyalty(actions)
        if lemma == "happy":  # "happy to announce that they have settled": news, no offer
            actions = [a for a in actions if a.lemma_.lower() not in REPORTING_VERBS]
        # "X is investigating and is prepared to": X's; "It pays, and be willing to": no one
        ready = clause_subject if token.head.tag_ != "VB" else subject_of
        inverted = subject_of(token) is not None  # "not only am I committed to": on the word
        if not actions or (ready(token.head) is None and not inverted):
            return None  # "and be willing to move fast": advice, no one is ready
        if (quote is not None and ready_then(token)) or ready_once(token):
            return None
        if ready_for_home(actions):
            return None
        if any(c.lower_ == "too" for c in token.children) or in_condition(token.head):
            return None  # "he is too ready to switch allegiances", "if labels were willing"
        thing = not is_agent(token.head, resolver, offset, speaker)
        if thing and (lemma == "open" or all(is_passive(a) for a in actions)):
            return None  # "these devices were ready to be deployed", "the stops are open to"
        negated = is_negated(token) or is_negated(token.head)
        kind = ADJECTIVE_TYPES[lemma]
        kind = "refusal" if negated and kind == "offer" else kind  # "not ready to": refuses
        if kind == "offer" and lemma in ("ready", "prepared", "willing"):
            punitive = future_kind(actions[0], False)  # "prepared to take disciplinary action"
            kind = punitive if punitive in ("threat", "warning") else kind
        head = token if inverted and subject_of(token.head) is None else token.head
        return kind, head, actions, {"adjective"}, "", negated
    obliged = speaker or obliged_said_by(token, offset, resolver)
    # "Reed said there should be an inquiry": his demand
    there_said = "" if quote or lemma != "be" else demand_reported_by(token, offset, resolver)
    wanted = (
        wanted_demand(token, quote, obliged, resolver)
        or urged_demand(token, quote, speaker or urged_said_by(token, offset, resolver), resolver)
        or told_demand(token)
        or deadline_demand(token)
        or confident_of(token)
        or obliged_demand(token, quote, obliged, resolver)
        or ruled_out(token, quote, speaker, resolver, there_said)
    )
    if wanted is not None:
        return wanted
    going = going_to(token) or is_to(token)  # "we are going to do", "the council is to close"
    if token.pos_ in ("VERB", "AUX") and (going is not None or has_modal(token, FUTURE_MODALS)):
        negated = is_negated(token)
        return future_commitment(token, going, negated, quote, speaker, offset, resolver)
    if speaker and is_imperative(token, quote, offset):
        side = resolver.side(speaker)
        return "pledge", token, [token], {"imperative"}, side, is_negated(token)
    demands = has_modal(token, DEMAND_MODALS)
    reporter = (
        "" if quote or speaker or not demands else demand_reported_by(token, offset, resolver)
    )
    if token.pos_ in ("VERB", "AUX") and demands and (quote or speaker or reporter):
        if (lemma in NOT_ACTS and lemma != "be") or speaking(token):
            return None  # "I must say strongly that": a way of speaking
        if by_rule(token):
            return None  # "Where an offender is convicted, the court must pass": the law
        if token.dep_ == "ccomp" and point_made(token.head):
            return None  # "people need to recognise that employers must": the point made
        if token.dep_ == "ccomp" and token.head.pos_ == "ADJ" and token.head.lemma_ not in URGENT:
            return None  # "it is staggering that any politician should": a judgement
        if is_perfect(token):
            return None  # "he must have been aware", "should have known": a past judged
        if inverted_if(token):
            return None  # "Should the RFU resolve the issue, it would be the end": an if
        passive = is_passive(token)
        if not passive and not is_agent(token, resolver, offset, speaker):
            return None  # "the proposal must receive the support of": a rule, not a demand
        if passive and not (speaker or reporter):
            return None  # "this statute should be understood", said by whom?
        subject = subject_of(token)
        if lemma == "be" and not passive:
            # "we should be a little bit tough", "said it should be possible", "telling the
            # leader who should be chairman": a mood, a view, who is: no act
            if in_first_person(token) or reporter or token.dep_ == "relcl":
                return None
            if any(c.dep_ == "acomp" and c.lower_ in FEELINGS for c in token.children):
                return None  # "the Church should be concerned": a feeling urged
        ours = subject is not None and any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subject.children
        )  # "our legal sovereignty must be respected": whose it is says who demands
        cues = {"demand_modal"}
        if passive and not ours:  # "must be respected": by whom is implied, or told
            told = _named_teller(token, quote) and subject_words(token)  # "it should be"
            cues.add("passive_told" if told else "passive")
        side = resolver.side(reporter) if reporter else ""
        return "demand", token, [token], cues, side, is_negated(token)
    if token.pos_ == "NOUN" and lemma in NOUN_TYPES:
        found = nominal_commitment(token, lemma)
        if found is not None and there_is(found[1]):
            # "a Norvik spokesman said there are no plans to close the plant": the teller's
            # side refuses; untold, or in a quote of someone else's, no one's word
            side = resolver.side(speaker or speaker_of_report(found[1], offset, resolver) or "")
            return (*found[:4], side, found[5]) if side else None
        return found
    return None


def _named_teller(token: Token, quote) -> bool:
    """'"... should be punished," said Becky Robinson', "Oaten said the power should be
    used": the one who asks is named in the sentence (not "they said", nor a quote that
    runs on from an earlier one)."""
    if quote is not None:
        at = quote.speaker_token
        teller = token.doc[at] if at is not None and at < len(token.doc) else None
    else:
        teller = subject_of(token.head) if token.dep_ == "ccomp" else None
    return teller is not None and (teller.pos_ == "PROPN" or teller.ent_type_ in PARTY_LABELS)


def _a_persons(verb: Token, offset: int, speaker: str, resolver: Resolver) -> bool:
    """Whether the clause's subject is a person ("he", "Ms Holt"), not a body or "we"."""
    subject = clause_subject(verb)
    if subject is None and verb.dep_ == "pcomp":  # "X remained ... before deciding to"
        subject = clause_subject(verb.head.head)
    if subject is None:
        return False
    if subject.lower_ in ("he", "she", "i"):
        return True
    return resolver.is_person(resolver.token(subject, offset, speaker) or "")
