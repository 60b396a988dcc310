"""Statements about the future as commitments: "we will", "would return", "is going to",
"the council is to close"; which are a speaker's or actor's own act, and which are
forecasts, hopes, questions or states."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.analysis.attribution import is_agent, is_speakers_side, speaker_of_report
from briefing.analysis.clauses import has_modal, marked
from briefing.analysis.conditions import is_condition
from briefing.analysis.forecasts import (
    copula_misread,
    economy_foretold,
    fixture_told,
    hours_told,
)
from briefing.analysis.forms import (
    harmful,
    is_passive,
    is_perfect,
    keeps_standing,
    takes_place,
    to_infinitive,
    wh_object,
)
from briefing.analysis.narration import (
    counterfactual,
    habitual,
    rule_told,
    when_doing,
    would_in_own_words,
    would_then,
)
from briefing.analysis.passives import by_another_body, told_of_things, unowned
from briefing.analysis.sanctions import future_kind, punishes, told_as
from briefing.analysis.subjects import in_first_person, subject_of, told_in_phrase
from briefing.nlp.lexicon import (
    DEPARTING,
    FAILINGS,
    FURNISHING_VERBS,
    GAINS,
    HARMS,
    HOLDINGS,
    HOPE_NOUNS,
    KEEPING_ON,
    LEMMA_FIXES,
    NOT_ACTS,
    OBJECT_ACTS,
    OPINION_VERBS,
    PARTS_PLAYED,
    PRESSURE_VERBS,
    QUESTION_MARKS,
    REASON_MARKS,
    REGARDING,
    REPORTING_VERBS,
    ROLE_WORDS,
    SHARE_NOUNS,
    SPEECH_AHEAD,
    SPEECH_VERBS,
    SPOKEN_THINGS,
    TAKEN_HEART,
    TAKES,
    VERB_TYPES,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_PLACING = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)  # "17th" on a grid, tagged an object

# verbs whose that-clause may hold someone's own future ("she said she would", "the plan
# is that"); commitment verbs are read as themselves
# subjects of a passive future that make it a rule or a forecast, no one's act
UNSPECIFIC = frozenset({"that", "which", "what", "majority", "most"})
# in a speaker's own words, "people will not be taken in" foretells people in general (told of
# by a minister, "people would not be forced to" assures them)
PEOPLE_AT_LARGE = frozenset({"people", "public", "voter"})
REPORTED = (SPEECH_VERBS | REPORTING_VERBS | {"be"}) - VERB_TYPES.keys()
# verbs whose clause gives someone's word, not the reporter's guess ("insisted he would")
TELLING = REPORTING_VERBS | {"insist", "warn", "argue"}
# a clause under these is someone's word, not the reporter's (under "warned" or "insisted"
# only one's own act passes future_commitment's gate)
SAID_UNDER = REPORTED | {"warn", "insist"}


def _some_of_them_leave(act, subject) -> bool:
    """People of a body who leave it ("three executives of Aer Lingus are to leave", "the
    bank's chairman will step down"): their own going, which the body does not commit to
    (not "Norvik Steel will leave the market", nor "The head of the agency, Ann Holt, will
    resign", hers)."""
    if subject is None or subject.pos_ != "NOUN":
        return False
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children):
        return False
    of_a_body = any(
        (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "poss" for c in subject.children
    )
    if not (subject.tag_ == "NNS" or (subject.lemma_.lower() in ROLE_WORDS and of_a_body)):
        return False  # ("the prime minister will step down": the one named so, read as such)
    lemma = act.lemma_.lower()
    down = any(c.dep_ == "prt" and c.lower_ == "down" for c in act.children)
    return lemma in DEPARTING or (lemma in ("step", "stand") and down)


def _a_way_of_seeing(token) -> bool:
    """ "the same way", "differently": how one will look at someone, not what one does."""
    if token.lower_ == "differently":
        return True
    return token.lemma_ == "way" and any(c.lower_ in ("same", "different") for c in token.children)


def future_commitment(token, going, negated: bool, quote, speaker: str, offset: int, resolver):
    """(type, head, actions, cues, forced actor, negated) for a future statement at
    ``token`` (``going``: the act after "going to" / "is to"), or None when it is no one's
    commitment."""
    act = going if going is not None else token
    if going is not None and quote is not None and has_modal(token, {"was", "were"}):
        return None  # "I was going to go to the ranch", in one's own words: a past plan
    lemma = LEMMA_FIXES.get(act.lower_, act.lemma_.lower())
    if lemma in NOT_ACTS and not (negated and lemma == "be"):
        return None  # "will feel", "would receive", "will be able to": states
    if lemma in KEEPING_ON and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in NOT_ACTS - {"be", "have"} for c in act.children
    ):
        return None  # "will continue receiving a credit", "will keep struggling": outcomes
    if not negated and (lemma in FAILINGS or (lemma == "let" and harmful(act))):
        return None  # "we will betray our people if we lose", "you'll let them down": a failing
    if lemma in ("end", "wind") and any(c.dep_ == "prt" and c.lower_ == "up" for c in act.children):
        return None  # "Yuganskneftegas will end up with Gazprom": where it lands, no act
    if lemma == "turn" and any(c.like_num for c in act.children):
        return None  # "who will turn 90 on 10 June": an age reached
    if lemma == "carry" and any(c.lower_ == "away" for c in act.children):
        return None  # "we're not going to get carried away": a mood
    if lemma in REGARDING and any(_a_way_of_seeing(c) for c in act.children):
        return None  # "I will never look at them the same way": a view changed, no act
    if lemma == "make" and any(c.dep_ == "dobj" and c.lemma_ in GAINS for c in act.children):
        return None  # "Nasdaq will not make money from the sale": an outcome
    subject = subject_of(token)
    if economy_foretold(act, subject) or fixture_told(act, subject):
        return None  # "Britain will grow faster than Germany": a forecast of an economy
    if lemma in ("take", "require") and subject is not None and subject.lower_ == "it":
        if lemma == "require" or _what_it_takes(act):
            return None  # "it will take an investigation to determine": what is needed
    if takes_place(act):
        return None  # "the marathon will take place": an event, no one's act
    if _some_of_them_leave(act, subject):
        return None  # "three executives of Aer Lingus are to leave": theirs, not the firm's
    if lemma in ("start", "begin", "finish") and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp") and not _PLACING.match(c.text) for c in act.children
    ):
        return None  # "Rosberg will start second", "will start 17th": a place on the grid
    if lemma in SPEECH_AHEAD:
        return None  # "Mr Kennedy will say that", "he'll praise Clinton": a speech ahead
    if lemma == "make" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SPOKEN_THINGS for c in act.children
    ):
        return None  # "I'll make a little confession to you", "let me make a point": said
    if lemma in PARTS_PLAYED:
        return None  # "John Cleese will voice a sheep in the film": a part, cast
    if lemma == "announce" and not in_first_person(token):
        return None  # "Laporte will announce his line-up on Wednesday" (not "we will")
    if lemma == "declare" and sum(c.dep_ in ("dobj", "dative", "oprd") for c in act.children) > 1:
        return None  # "will declare Trump the most uninformed nominee": said, not done
    if (lemma, _first_prep(act)) in (("lead", "to"), ("result", "in")):
        return None  # "It will lead to conflict": an outcome foretold, no one's act
    if lemma == "take" and any(
        c.dep_ == "dobj" and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in TAKEN_HEART)
        for c in act.children
    ):
        return None  # "Heathrow to the City would take 40 minutes": how long, no act
    if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in act.children):
        if any(to_infinitive(c) for c in act.children if c.dep_ in ("advcl", "xcomp")):
            return None  # "she would go on to raise $1m": a story told, what came after
    if lemma in HOLDINGS and any(
        t.ent_type_ == "PERCENT" or t.lemma_.lower() in SHARE_NOUNS
        for c in act.children
        if c.dep_ in ("dobj", "prep")
        for t in c.subtree
    ):
        return None  # "Rosneft will now control about 16% of output": what it will hold
    if keeps_standing(act):
        return None  # "Nintendo will keep its number one spot": an outcome
    if lemma == "be" or copula_misread(act) or hours_told(act):
        return None  # "will be": a state (forecasts, "will likely", are hedged in detect)
    if wh_object(act):
        return None  # "look what I said I'm going to do": no act is named
    unspecific = UNSPECIFIC | PEOPLE_AT_LARGE if quote is not None else UNSPECIFIC
    if is_passive(act) and subject is not None and subject.lemma_.lower() in unspecific:
        return None  # "all that will be left is", "the majority will not be affected"
    if (
        token.dep_ == "ccomp"
        and token.head.lemma_.lower() not in REPORTED
        and told_in_phrase(token) is None  # "made clear that it would"
        and not _now_that(token)
        and not _insisted_of_self(token, offset, speaker, resolver)
        and not warned_of_own_side(token, offset, speaker, resolver)
    ):
        # Under a commitment verb, that verb is the commitment ("warning that Seoul will
        # pay"); under a verb that says nothing, it is no one's word ("when he was
        # elected that he would", "not notified that Yoon would declare martial law").
        return None
    if token.dep_ == "relcl" and token.head.dep_ == "nsubj" and token.head.head.lemma_ == "be":
        if any(c.dep_ in ("ccomp", "xcomp") for c in token.head.head.children):
            return None  # "The deal we'll accept is they end their program": a condition
    if (
        token.dep_ == "relcl"
        and not in_first_person(token)
        and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in token.children)
    ):
        return None  # "the summit, where Obama and Castro would come face-to-face": a scene
    if (
        token.dep_ == "relcl"
        and has_modal(token, {"would", "'d"})
        and subject is not None
        and subject.tag_ not in ("WP", "WDT")
        and not any(c.dep_ == "prep" and c.i < subject.i for c in token.children)
    ):
        # "the information that we would use for living animals": a thing described (not "a
        # policy under which the U.S. would stop issuing visas": the policy's content)
        return None
    if token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in HOPE_NOUNS:
        return None  # "there was much hope that he would show mercy": others' hope
    if lemma in OPINION_VERBS and has_modal(token, {"would", "'d"}) and not _acts_on(act):
        return None  # "I would dispute the premise": an opinion, politely put
    if has_modal(token, {"would", "'d"}) and habitual(token):
        return None  # "every once in a while, Kim Kardashian would tweet": what she used to do
    if habitual(token, now=True):
        return None  # "Sometimes I will set up a day": what she does now and then
    if when_doing(token):
        return None  # "When hijacking a car, CJ will shove": what he does each time
    if has_modal(token, {"would", "'d"}) and is_perfect(token):
        return None  # "would have been influenced": a past that did not happen
    if marked(token, QUESTION_MARKS):
        return None  # "asked whether they would confront": a question or a condition
    if has_modal(token, {"would", "'d"}) and token.dep_ == "conj" and token.head.tag_ == "VBD":
        if token.head.lemma_.lower() not in REPORTED and token.head.dep_ != "ccomp":
            return None  # "went on to claim the Cup, and would inflict": a story told
    if has_modal(token, {"would", "'d"}) and counterfactual(token.sent):
        return None  # "if they'd had a grant ..., the Treasury would be making more"
    if would_in_own_words(token, quote, offset):
        return None  # "'I would sack them,' he said": if he could, not a plan
    told = quote is None and not any(a.lemma_ in SAID_UNDER for a in token.ancestors)
    told = told and told_in_phrase(token) is None
    if told and would_then(token):
        return None  # "(If no deal is struck,) X would then break up the business": told
    if told and subject is not None and has_modal(token, {"would"}):
        if resolver.is_place(resolver.token(subject, offset, speaker)):
            return None  # "West Glamorgan would return by joining Swansea": a map described
    if token.dep_ == "advcl" and marked(token, REASON_MARKS):
        return None  # "we oppose it because the child will not be taken into account"
    if token.dep_ == "ccomp" and token.head.lemma_.lower() == "deny":
        negated = not negated  # "denied that it would attack": says it will not
    passive = is_passive(token)
    if passive and subject is not None and subject.lower_ == "you":
        return None  # "you will be missed", "you won't be shot": said to someone
    if passive and negated:
        # "Indonesia would not be swayed", "he will not be silenced": the subject refuses.
        # Reported of someone else, the reporter's side acts: "He told CNN that clemency
        # would not be extended" (refuses), "Pickles said companies would not be forced
        # to" (assures).
        reporter = speaker_of_report(token, offset, resolver)
        agent = is_agent(token, resolver, offset, speaker)
        who = resolver.token(subject_of(token), offset, speaker) if agent else None
        thing = not agent or (who is None and subject is not None and subject.lower_ == "it")
        if thing and by_another_body(act, speaker or reporter, resolver, offset):
            return None  # "it would not be defeated by military might alone": no one's act
        if reporter and (not agent or who not in (reporter, resolver.side(reporter))):
            # people at large are spared an act, as companies are: "Hewitt said people would
            # not be forced to work longer" assures them
            spared = agent or (subject is not None and subject.lemma_.lower() in PEOPLE_AT_LARGE)
            # "said jobs would not be cut": a harm spared, as "would not cut jobs" is
            kind = "assurance" if spared or harmful(act) else "refusal"
            return kind, token, [token], {"future"}, resolver.side(reporter), negated
        if agent and token.lemma_.lower() in PRESSURE_VERBS:
            return "refusal", token, [token], {"future"}, "", negated
        return None  # "Tom Reed will not be prosecuted": others' act, not his refusal
    if passive and act.lemma_.lower() in FURNISHING_VERBS:
        return None  # "the probe will be outfitted with a heat shield": a design, no act
    teller = (speaker or speaker_of_report(token, offset, resolver)) if passive else None
    if passive and by_another_body(act, teller, resolver, offset):
        return None  # "the rate of return will be set independently by Ofwat": Ofwat's act
    if passive and not speaker:
        reporter = teller  # found just above: no speaker, so the report's
        if reporter and punishes(act):
            # "Goodell has stated that a violation will be taken seriously / punished"
            return (
                future_kind(act, negated),
                token,
                [act],
                {"future"},
                resolver.side(reporter),
                negated,
            )
        if reporter and told_of_things(token, act, subject, resolver, reporter):
            # "Brown said the duty would be frozen", "the government says unions will be
            # consulted": the teller's side does it (of a person, "Veloso would be
            # returned to prison", whose act it is is a guess); "troops would be withdrawn"
            # is no warning, as a told sanction is
            return (
                "intention",
                token,
                [act],
                {"future"},
                resolver.side(reporter),
                negated,
            )
        return None
    if passive and not negated and lemma in HARMS:
        return None  # "more Farkhundas will be killed": a harm foretold, not an act vowed
    if not passive and not is_agent(token, resolver, offset, speaker):
        return None  # "the plan would cost", "markets will price in": predictions
    own = quote is not None and is_speakers_side(token, offset, speaker, resolver)
    if quote is not None and not passive and not own:
        return None  # "she'll have enough policies", said of someone else: a forecast
    cues = {"future_own" if own or passive else "future"}
    if told and not passive and has_modal(token, {"would", "'d"}) and subject is not None:
        who = resolver.token(subject, offset, speaker)
        if resolver.is_person(who) and not speaker_of_report(token, offset, resolver, TELLING):
            cues.add("would_told")  # "VanWert would allow meetings": a habit or a guess
    if not (own or passive) and act.tag_ == "VBG" and has_modal(act, {"be"}):
        if not speaker_of_report(token, offset, resolver):  # not "said it would be adding"
            cues.add("progressive")  # "Intel will be furiously working on": the writer's guess
    if passive:
        cues.add("passive")
        if subject is None and token.dep_ == "conj":
            subject = subject_of(token.head)  # "Transfer of data has improved, and will be"
        # '"Any attack will be met with force," he said': his sanction, no forecast
        sanction_said = punishes(act) and quote is not None
        if rule_told(token, subject, speaker, resolver) or (unowned(subject) and not sanction_said):
            cues.add("foretold")  # "all forms of content will be converged": a forecast
        elif subject is not None and (
            subject.lower_ in ("he", "she") or subject.ent_type_ == "PERSON"
        ):
            cues.add("foretold")  # "he'll be treated like a regular inmate": done to him
    forced = resolver.side(speaker) if passive else ""  # "will be met", says the speaker
    kind = (quote is not None and not negated and told_as(act)) or future_kind(act, negated)
    return kind, token, [act], cues, forced, negated


def _first_prep(verb: Token) -> str:
    return next((c.lower_ for c in verb.children if c.dep_ == "prep"), "")


def _what_it_takes(verb: Token) -> bool:
    """ "it will take years", "it will take an inquiry to find out": not "it will not take
    action", which the company that "it" is commits to."""
    if any(c.dep_ in ("xcomp", "advcl", "ccomp") and not is_condition(c) for c in verb.children):
        return True  # (not "it would take disciplinary action unless she could prove")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not objects or any(
        o.ent_type_ in ("DATE", "TIME", "QUANTITY", "CARDINAL") or o.lemma_.lower() in TAKES
        for o in objects
    )


def _now_that(clause: Token) -> bool:
    """ "He said now that he has been elected he will turn his focus to": the parser hangs
    the main clause on the "now that" one."""
    head = clause.head
    opener = head.head
    return (
        marked(head, ("that",))
        and opener.lower_ in ("now", "once")
        and opener.head.lemma_.lower() in REPORTED
    )


def _acts_on(verb: Token) -> bool:
    """ "would add the phone to its range", "would submit a new offer", "would call an
    election", "would call off the strike": the act, not "I would add that ...", "I would
    submit that ..." or "I would call the plan a disaster" said as an opinion."""
    lemma, children = verb.lemma_.lower(), list(verb.children)
    thing = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in children)
    if lemma == "call":
        named = any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in children)
        return any(c.dep_ == "prt" for c in children) or (thing and not named)
    return lemma in OBJECT_ACTS and thing


def _insisted_of_self(token, offset: int, speaker: str, resolver) -> bool:
    """ "the Tories insisted they would hold ministers to account": their own act, said
    firmly, is their word (what they insist others will do is a claim)."""
    head, subject = token.head, subject_of(token)
    if head.lemma_.lower() != "insist" or subject_of(head) is None or subject is None:
        return False
    if subject.lower_ not in ("he", "she", "they", "we", "i", "it"):
        return False
    insister = resolver.token(subject_of(head), offset, speaker)
    return bool(insister) and resolver.token(subject, offset, speaker) == insister


def warned_of_own_side(token, offset: int, speaker: str, resolver) -> bool:
    """ "Iowa governor Tom Reed warned that Iowa would retaliate": the clause names the side
    the warner speaks for, and tells that side's act (no warning to Iowa)."""
    head, subject = token.head, subject_of(token)
    if token.dep_ != "ccomp" or head.lemma_.lower() != "warn" or subject is None:
        return False
    warner = subject_of(head)
    if subject.pos_ != "PROPN" or warner is None:
        return False
    named = resolver.token(subject, offset, speaker)
    teller = resolver.token(warner, offset, speaker)
    return bool(named and teller and named != teller and named == resolver.side(teller))
