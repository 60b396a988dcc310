"""The tests on a parsed verb that commitment forms share: whether a verb is passive,
negated, hedged, asked or under a modal; "are going to", "is to"; a bare command in a quote.
(Which act a commitment verb governs is in ``complements``.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.asides import inverted_if
from briefing.analysis.clauses import (
    claimed,
    has_modal,
    is_passive,
    marked,
)
from briefing.analysis.subjects import in_first_person, subject_of
from briefing.nlp.lexicon import (
    AGENT_NOUNS,
    ASKING_IF,
    CHALLENGES,
    DEADLINES,
    DEMAND_MODALS,
    FUTURE_MODALS,
    GOING_ON,
    HARMFUL,
    HARMFUL_OBJECTS,
    HEDGES,
    KEEPING,
    KEEPING_ON,
    KEPT_GOING,
    NOT_PLEDGES,
    PARTY_LABELS,
    QUESTION,
    REASON_MARKS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    STANDINGS,
    STATING_MARKS,
    THINKING,
    VERB_TYPES,
)

REPORTED_BY = REPORTING_VERBS | SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


def asked_in_passive(token: Token) -> bool:
    """ "he was given a gun and warned not to shoot": a verb of asking or warning joined to
    a passive, with no subject or object of its own, is passive too (not "was elected and
    promised to", which is his own). A threat joins the passive when the head names who
    did it: "was followed by two men and threatened to keep quiet" (the men threatened;
    "was arrested and threatened to sue" stays his own)."""
    own = ("nsubj", "nsubjpass", "aux", "auxpass", "dobj")
    kind = VERB_TYPES.get(token.lemma_.lower())
    return (
        token.dep_ == "conj"
        and token.tag_ in ("VBN", "VBD")
        and (kind in ("demand", "warning") or (kind == "threat" and agent_of(token.head)))
        and is_passive(token.head)
        and not any(c.dep_ in own for c in token.children)
    )


def agent_of(verb: Token) -> Token | None:
    """Who does a passive's act: "the EU" of "was urged by the EU" (and of "are being
    promised savings by the EU", where the parse hangs "by" on the thing promised)."""
    for by in (c for c in verb.children if c.dep_ == "agent"):
        return next((p for p in by.children if p.dep_ == "pobj"), None)
    for thing in (c for c in verb.children if c.dep_ == "dobj"):
        for by in (c for c in thing.children if c.dep_ == "prep" and c.lower_ == "by"):
            return next((p for p in by.children if p.dep_ == "pobj"), None)
    return None


def _no_way(clause: Token) -> bool:
    way = clause.head
    return (
        clause.dep_ == "relcl"
        and way.lower_ == "way"
        and any(c.lower_ == "no" for c in way.children)
    )


def is_negated(token: Token) -> bool:
    """ "will not", "never", "decided to no longer provide"; "will not picket or call for":
    a verb joined by "or" to a negated one, with no auxiliary of its own, shares it."""
    if any(
        c.dep_ == "neg" or (c.lower_ == "longer" and any(g.dep_ == "neg" for g in c.children))
        for c in token.children
    ):
        return True
    head = token.head
    if _no_way(head if token.dep_ == "xcomp" and head.lemma_ == "go" else token):
        return True  # "there is no way we are going to accept this deal"
    if any(
        c.dep_ == "nsubjpass" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in token.children
    ):
        return True  # "no jobs would be cut", as "jobs would not be cut"
    return (
        token.dep_ == "conj"
        and token.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in token.children)
        and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children)
        and is_negated(head)
    )


def is_perfect(token: Token) -> bool:
    """ "would have been", "must have known": with a "have" auxiliary."""
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in token.children)


def prep_objects(token: Token, preposition: str) -> list[Token]:
    """The objects of ``token``'s prepositional phrases with ``preposition``."""
    return [
        noun
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]


def is_noun_use(token: Token) -> bool:
    return token.tag_ in ("NN", "NNS")


def to_infinitive(verb: Token) -> bool:
    return verb.pos_ == "VERB" and has_modal(verb, {"to"})


SUBORDINATE = {"advcl", "relcl", "acl", "ccomp", "csubj"}


def hedged(token: Token, hedges: frozenset[str] | set[str] = HEDGES) -> bool:
    """A guess, not a commitment: "will likely", "my guess is she'll", "expected to"."""
    before = token.sent[: token.i - token.sent.start]  # not itself: "expects X to apologize"
    return (
        any(t.lower_ in hedges and _governs(t, token) for t in before)
        or any(c.dep_ == "advmod" and c.lower_ in hedges for c in token.children)
        or claimed(token)
        or any(_not_sure(t) and (_governs(t, token) or t.is_ancestor(token)) for t in before)
        or any(c.dep_ == "parataxis" and others_thought(c) for c in token.children)
    )  # "Rather, they believe, Israel seeks to": an aside makes the clause others' view


def others_thought(verb: Token) -> bool:
    """ "they believe", "the fans to think": a verb of belief whose subject is not the speaker
    ("I think we will" is the speaker's own word, if hedged)."""
    if verb.lemma_.lower() not in THINKING:
        return False
    subject = subject_of(verb)
    return subject is not None and subject.lower_ not in ("i", "we")


def _not_sure(word: Token) -> bool:
    """ "it was not certain that Lufthansa would", "I don't think we need to", "it's not
    like I think we need to", "I don't think this is a case in which they need me to": a
    doubt, over any clause below it."""
    # "I don't delude myself that Emmaus can offer ..., we can't": not believed either
    if word.lemma_.lower() in ("think", "believe", "delude") and word.pos_ == "VERB":
        denied = word.dep_ in ("advcl", "ccomp") and word.head.lemma_ == "be"
        return is_negated(word) or (denied and is_negated(word.head))
    return word.lower_ in ("certain", "clear", "sure") and is_negated(word.head)


def _governs(word: Token, verb: Token) -> bool:
    """Whether a hedge word bears on ``verb``: above it ("expected to run"), beside it in the
    clause above ("my guess is she'll"), or in its own clause ("probably my career will").
    A hedge in a clause of its own ("confirmed what the world has expected -- she will
    run") guesses about something else."""
    if word.is_ancestor(verb):
        node = verb  # not through a clause of reason or a relative one ("as she intends")
        while node.i != word.i and node.dep_ not in ("advcl", "relcl", "acl"):
            node = node.head
        return node.i == word.i
    if word.dep_ not in SUBORDINATE and (word.head.i == verb.i or word.head.is_ancestor(verb)):
        return True
    while word.i != verb.i and word.head.i != word.i:
        if word.dep_ in SUBORDINATE:
            return False
        word = word.head
    return word.i == verb.i


def asked(token: Token) -> bool:
    """A question, not a commitment: the sentence ends in "?", or the clause is one a
    question word or "whether" opens ("how I will pay the debt")."""
    if QUESTION.search(token.sent.text):
        return not _stated_aside(token)
    if_asked = token.dep_ == "ccomp" and token.head.lemma_.lower() in ASKING_IF
    words = ("how", "whether", "when") if _that_is_why(token) else ("how", "whether", "why", "when")
    return any(
        c.dep_ in ("advmod", "mark") and (c.lower_ in words or (if_asked and c.lower_ == "if"))
        for c in token.children
    ) and token.dep_ in ("ccomp", "advcl", "xcomp", "relcl", "pcomp", "conj")


def _that_is_why(token: Token) -> bool:
    """ "That is why I am calling on the government to": a reason given, not a question."""
    head = token.head
    if token.dep_ not in ("ccomp", "advcl") or head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("that", "this", "which") for c in head.children)


def _stated_aside(token: Token) -> bool:
    """ "as Jaguar Land Rover announces plans to create 1,700 jobs, is the town ...?": a
    clause of time or cause inside a question states its fact."""
    node = token
    while True:  # the parser may hang the question on the clause: "as X announces, is Y"
        if any(c.dep_ == "mark" and c.lower_ in STATING_MARKS for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head


def going_to(token: Token) -> Token | None:
    """The act in "are going to do": the verb after "going to"."""
    if token.lower_ != "going" or not any(c.dep_ == "aux" for c in token.children):
        return None
    for child in token.children:
        if child.dep_ == "xcomp" and any(a.lower_ == "to" for a in child.children):
            return child
    return None


def is_to(token: Token) -> Token | None:
    """The act in the plan form "the council is to close three libraries" (not "was to",
    "is to be sentenced", "is to blame")."""
    if token.lemma_ != "be" or token.lower_ not in ("is", "are", "'s", "'re"):
        return None
    if any(c.dep_ in ("attr", "acomp") for c in token.children):
        return None  # "it is the DPP's job to make", "it is important to"
    for child in token.children:
        if child.dep_ != "xcomp" or child.pos_ != "VERB" or child.lemma_.lower() == "blame":
            continue
        if any(a.lower_ == "to" for a in child.children) and not is_passive(child):
            return child
    return None


def harmful(verb: Token) -> bool:
    """An act the other side fears, whose negation reassures: "attack", "declare war"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    words = {
        t.lemma_.lower()
        for o in objects
        for t in [o, *o.children]
        if t.i == o.i or t.dep_ in ("compound", "amod")
    }
    # "will never let the club down", the particle parsed as a clause of its own
    let_down = verb.lemma_ == "let" and any(
        c.lower_ == "down" and c.tag_ == "RP" for c in verb.subtree
    )
    return verb.lemma_.lower() in HARMFUL or bool(words & HARMFUL_OBJECTS) or let_down


def _wh(noun: Token, relative: bool) -> bool:
    """ "what", "whatever", "which seat", "what policies"; "a wrong that they seek to
    right" parsed as no relative clause, the pronoun the act's object before it."""
    if noun.lower_ in ("what", "whatever"):
        return True
    if noun.tag_ == "WDT" and noun.i < noun.head.i and not relative:
        return True
    return any(c.dep_ == "det" and c.lower_ in ("which", "what") for c in noun.children)


def wh_object(act: Token) -> bool:
    """ "what I'm going to do", "what I have said I'm going to do": the object is "what",
    asked or pointed at, on the act or on a clause it hangs in."""
    if act.dep_ in ("ccomp", "xcomp") and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ("how", "why", "whether") and c.i < act.i
        for c in act.children
    ):
        return True  # "to propose how it will operate", "not yet decided how to proceed"
    chain = [act]
    while len(chain) < 4 and chain[-1].dep_ in ("xcomp", "ccomp") and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    # a relative clause's noun is its object ("the reform, which she promised to deliver");
    # without one, a relative pronoun before the act leaves it unreadable
    relative = chain[-1].dep_ in ("relcl", "acl")
    if any(
        t.lower_ in ("what", "whatever") and t.dep_ in ("dobj", "pobj") and t.i < act.i < t.head.i
        for t in act.subtree
    ):
        # "what they would allow people to do": the object of a verb it governs; "what the
        # money will be used for": of a preposition left at the end
        return True
    return any(c.dep_ == "dobj" and _wh(c, relative) for n in chain for c in n.children)


def in_condition(token: Token) -> bool:
    """Whether the verb heads an "if" or "unless" clause, or an inverted one ("Should
    people decide to ..., it is up to them")."""
    # (the parser hangs "if Bayern decided to" either way, and its "if" on "Bayern" too)
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return inverted_if(token) or (
        token.dep_ in ("advcl", "ccomp")
        and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless")
            for node in (token, *subjects)
            for c in node.children
        )
    )


def takes_place(verb: Token) -> bool:
    """ "the marathon will take place", "an issue that needs to take place": an event."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children
    )


def goes_on(verb: Token) -> bool:
    """ "we'll keep going", "we'll continue to fight!", "we will carry on", "bounce back",
    "hang in there", "double down": resolve, no act named."""
    if any(c.dep_ in ("dobj", "prep", "ccomp", "advcl", "dative") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in KEEPING_ON:
        kept = [c for c in verb.children if c.dep_ == "xcomp"]
        return len(kept) == 1 and kept[0].lemma_.lower() in KEPT_GOING and goes_on(kept[0])
    if lemma in KEPT_GOING and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in KEEPING_ON:
        return not any(c.dep_ in ("xcomp", "acomp", "attr") for c in verb.children)
    if lemma == "double" and any(c.lower_ == "down" for c in verb.children):
        return not any(c.dep_ in ("xcomp", "pobj") for c in verb.children)
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    return (
        lemma in GOING_ON
        and bool(particles & {"on", "back", "there"})
        and not any(c.dep_ == "xcomp" for c in verb.children)
    )


def keeps_standing(verb: Token) -> bool:
    """ "will keep its number one spot", "retain the title", "defend the title": an outcome
    hoped for, not an act."""
    lemma = verb.lemma_.lower()
    standings = STANDINGS if lemma != "defend" else {"title", "crown"}  # not "its position"
    return lemma in KEEPING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in standings for c in verb.children
    )


def demanded_thing(verb: Token, actions: list[Token]) -> bool:
    """ "will demand bigger concessions to avoid a default": the thing demanded is the act,
    the clause after it a purpose (not "demanded Russia withdraw")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return (
        verb.lemma_.lower() == "demand"
        and bool(actions)
        and actions[0].i != verb.i
        and to_infinitive(actions[0])
        and any(o.pos_ == "NOUN" and not is_someone(o) and o.i < actions[0].i for o in objects)
    )


def is_someone(noun: Token) -> bool:
    """A person, a group of people or a named party: "voters", "Russia"."""
    return noun.ent_type_ in PARTY_LABELS or noun.lemma_.lower() in AGENT_NOUNS


def object_kind(lemma: str) -> str:
    """The type a commitment verb gives when its object is the act ("offered talks"); what
    one seeks is asked of others ("is seeking a full inquiry"), not one's own intention."""
    return "demand" if lemma == "seek" else VERB_TYPES[lemma]


def dared(verb: Token) -> bool:
    """ "challenged Holt to a televised debate": someone is asked to meet in a contest (not
    "challenged the ruling", nor "a challenge to the debate's rules")."""
    if verb.lemma_.lower() != "challenge" or not any(
        c.dep_ == "dobj" and is_someone(c) for c in verb.children
    ):
        return False
    return any(o.lemma_.lower() in CHALLENGES for o in prep_objects(verb, "to"))


def sets_deadline(verb: Token) -> bool:
    """ "gave Greece until Monday to", "set the firm a deadline to" (not "set a target to")."""
    return verb.lemma_.lower() in ("give", "set") and any(
        (c.dep_ == "prep" and c.lower_ in ("until", "till") and verb.lemma_.lower() == "give")
        or (c.dep_ == "dobj" and c.lemma_.lower() in DEADLINES)
        for c in verb.children
    )


def foretold(action: Token) -> bool:
    """ "it would not add", "they will pay": a future modal, not a demand modal."""
    return action.dep_ in ("ccomp", "conj") and (
        has_modal(action, FUTURE_MODALS) and not has_modal(action, DEMAND_MODALS)
    )


def is_relative(head: Token) -> bool:
    """A relative clause ("the proposal that legislators have sworn to veto"), also when
    parsed as a clause with a subject of its own hanging on the noun."""
    return head.dep_ == "relcl" or (head.dep_ == "acl" and subject_of(head) is not None)


def is_imperative(token: Token, quote, offset: int) -> bool:
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
        and subject_of(token) is None
        and token.lemma_.lower() not in NOT_PLEDGES
        and not any(c.lower_ in ("me", "us") for c in token.children)  # "Give me a break"
    )


def called_on(verb: Token) -> bool:
    """ "Iran should agree to", "leaders must commit to": asked of others, no one's own word
    (in a speaker's quote, the speaker's demand)."""
    return has_modal(verb, DEMAND_MODALS) and not in_first_person(verb)


def a_reason(verb: Token) -> bool:
    """A clause marked "because" or "since", or a verb joined to one."""
    clause = verb.head if verb.dep_ == "conj" else verb
    return clause.dep_ == "advcl" and marked(clause, REASON_MARKS)
