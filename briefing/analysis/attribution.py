"""Who commits: the subject, the speaker of a quote, or the one whose words are reported
(to whom is in ``targets``). Works on spaCy tokens; names come from the article's
``Resolver``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.analysis.clauses import has_modal, marked, phrase
from briefing.analysis.names import LEADING
from briefing.analysis.referents import (
    entity_of,
    first_party,
    named_modifier,
    one_of_a_people,
    one_of_them,
    people_at_large,
    some_of_a_kind,
    voice_owner,
)
from briefing.analysis.roles import title_word
from briefing.analysis.subjects import (
    after_predicate_noun,
    by_doing,
    clause_subject,
    finite_conj_of_gerund,
    joined_to_claim,
    object_before,
    subject_holder,
    subject_of,
    told_in_phrase,
    up_to,
)
from briefing.nlp.lexicon import (
    AGENT_NOUNS,
    ANALYST_ROLE_WORDS,
    COMMENTATOR_NOUNS,
    DEMAND_MODALS,
    FIRST_PLURAL,
    FIRST_SINGULAR,
    FUTURE_MODALS,
    ISSUING_VERBS,
    LAW_WORDS,
    MACHINE_NAME_WORDS,
    PARTY_LABELS,
    PERSON_NOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    SIDE_NOUNS,
    SOMEONE,
    SPEECH_VERBS,
    VERB_TYPES,
    WORKS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from briefing.analysis.resolve import Resolver

ANALYST_ROLES = re.compile("|".join(ANALYST_ROLE_WORDS), re.I)
PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "its", "his", "their"}


def is_speakers_side(token: Token, offset: int, speaker: str, resolver: Resolver) -> bool:
    """Inside a quote: the subject is the speaker, "we", or the speaker's side."""
    subject = clause_subject(token)
    if subject is None:
        return False
    if subject.lower_ in FIRST_SINGULAR | FIRST_PLURAL:
        return True
    who = resolver.token(subject, offset, speaker)
    return bool(who and speaker and who in (speaker, resolver.side(speaker)))


def quoted_words_only(quote, token: Token, offset: int) -> bool:
    """A few quoted words inside a reported sentence (he'll "rapidly give attention"): the
    clause's subject stands outside the quote marks, so the sentence is the reporter's."""
    subject = subject_of(token)
    if subject is None and token.dep_ in ("acomp", "xcomp"):
        subject = subject_of(token.head)  # he is "absolutely committed to"
    return subject is not None and not quote.start <= offset + subject.idx < quote.end


def reported(token: Token) -> bool:
    """A clause under "said", "told", "added": reported speech."""
    return token.dep_ in ("ccomp", "conj") and token.head.lemma_.lower() in SPEECH_VERBS


def is_agent(token: Token, resolver: Resolver, offset: int, speaker: str) -> bool:
    """Whether the subject is someone who can commit: an actor, a pronoun, "workers"."""
    holder = subject_holder(token)  # "would appoint X and would not intervene"
    subject = subject_of(holder)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma in AGENT_NOUNS or lemma.endswith("worker"):
        return True
    if subject.lower_ == "those" and any(c.dep_ == "relcl" for c in subject.children):
        return True  # "those who meet the criteria": people
    if subject.ent_type_ == "LAW" or lemma in LAW_WORDS:
        return False  # "the Crossrail Link Bill would provide for": a law does as written
    if subject.ent_type_ in PARTY_LABELS:
        return True
    if subject.lower_ == "they" and holder.dep_ == "ccomp" and holder.head.pos_ == "VERB":
        teller = subject_of(holder.head)  # "Transit staff have warned they will continue"
        if teller is not None and teller.pos_ == "NOUN" and teller.lemma_.lower() in AGENT_NOUNS:
            return True
    # "The bank said it would": the pronoun is the reporter
    return bool(resolve_subject(holder, offset, speaker, resolver))


COUNTED = frozenset({"CARDINAL", "PERCENT", "QUANTITY"})
SHARES = frozenset({"majority", "minority"})  # "the majority of whom ... refuse": some of them
REFERRING = frozenset({"the", "this", "that"})
PUNDITS = frozenset({"pundit", "observer", "forecaster", "strategist", "pollster"})


def _unresolved_reference(subject: Token) -> bool:
    """ "the firm", "the chancellor": one the text named before; when no name was found it
    is not shown as an actor called "firm"."""
    lemma = subject.lemma_.lower()
    if subject.text == "PM":  # "the PM": the prime minister, by an abbreviation
        return any(c.dep_ == "det" and c.lower_ in REFERRING for c in subject.children)
    if SIDE_NOUNS.get(lemma) != "organisation" and lemma not in ROLE_WORDS:
        return False  # "the government", "the union": vague but not a guess
    if subject.tag_ != "NN":
        return False  # "the two presidents agreed": both named before, and said to be two
    described = ("prep", "compound", "poss", "appos", "nmod", "acl")
    if any(c.dep_ in described for c in subject.children):
        return False  # "the union at Ford": described, not only referred to
    return any(c.dep_ == "det" and c.lower_ in REFERRING for c in subject.children)


def _any_one(subject: Token) -> bool:
    """ "a party", "a company": a body of a kind, with nothing that says which ("a judge
    ordered" stays: vague, but who acted)."""
    if subject.tag_ != "NN" or subject.lemma_.lower() not in SIDE_NOUNS:
        return False
    some = any(c.lower_ in ("a", "an") for c in subject.children)
    return some and all(c.dep_ in ("det", "punct") for c in subject.children)


def committer(head: Token, offset: int, speaker: str, resolver: Resolver) -> str | None:
    """Who commits: the subject, or for reported speech the one whose words are reported."""
    if head.dep_ == "poss" or (head.dep_ in ("compound", "amod") and head.head.pos_ == "NOUN"):
        return resolver.token(head, offset, speaker)  # "Iran's plan to", "a US offer to"
    if head.dep_ == "pobj" and (head.head.dep_ == "agent" or head.head.lower_ == "from"):
        # "plans ... unveiled by the Tories"; "secured a promise from Norvik to" (its giver)
        return resolver.token(head, offset, speaker)
    subject = subject_of(head)
    if subject is not None and head.dep_ == "ROOT" and head.tag_ == "VBG" and subject.i < head.i:
        if not any(c.dep_ in ("aux", "auxpass") for c in head.children):
            return None  # "Cigarette smoke functions much like an alarm, warning it to": no
            # sentence has a bare gerund for its verb; the parser took a verb for a noun
    if subject is not None and (
        subject.pos_ == "NUM" or subject.ent_type_ in COUNTED or subject.lemma_.lower() in SHARES
    ):
        return None  # "nearly two-thirds of all firms polled have no plans to": a share
    if subject is not None and people_at_large(subject):
        return None  # "Canadians plan to spend $508 on prom": a survey of people
    if subject is not None and some_of_a_kind(subject) and head.tag_ in ("VBP", "VBZ"):
        return None  # "Some patients refuse to step on the scale": what some do, a habit
    if subject is not None and any(
        c.dep_ == "appos" and c.lemma_.lower() in WORKS for c in subject.children
    ):
        return None  # "Vaughan and Van Outen's show Passport to Paradise will not return"
    if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in WORKS:
        owner = voice_owner(subject) if VERB_TYPES.get(head.lemma_.lower()) == "demand" else None
        if owner is not None:  # "an Amnesty report is calling for": Amnesty's demand
            return resolver.token(owner, offset, speaker)
        return None  # "The video will aim to make fans aware": a thing made, no one's word
    actor = resolve_subject(head, offset, speaker, resolver)
    if actor and subject is not None and subject.lower_ == "it" and resolver.is_person(actor):
        # "Levy added that ... it will not take action": a body or a thing, not the person
        actor = resolver.token(subject, offset, speaker)
    if actor:
        return actor
    if subject is not None:
        if unnamed_body_says(head, speaker, subject):
            # "the delegation said it", "officials said they": the body that says so
            return committer(head.head, offset, speaker, resolver)
        if subject.pos_ not in ("NOUN", "PROPN") or subject.lower_ in MACHINE_NAME_WORDS:
            return None  # "the Parker Solar Probe will fly": a machine does as it was built
        if one_of_a_people(subject) or one_of_them(subject, entity_of(subject)):
            return None  # "The Slovakian will meet", "the 25-year-old Dubliner": some player
        if _unresolved_reference(subject) and not has_modal(head, DEMAND_MODALS):
            return None  # "the firm", "the chancellor" with no one named: not a guess
        if _any_one(subject):
            return None  # "a party committed to plain speaking": some party, no actor
        if ANALYST_ROLES.fullmatch(subject.lemma_) or subject.lemma_.lower() in PUNDITS:
            return None  # "many economists have urged": a view, not anyone's commitment
        party = first_party(subject)
        if party is not None:  # "Talks between the EU and Norway agreed": the parties did
            return resolver.token(party, offset, speaker)
        # a name the tagger missed here but knows elsewhere: "Choudhury" is Bikram Choudhury
        named = _apposed_name(subject) or _called_name(subject)  # "Minority Whip Steny
        # Hoyer (D-Md.)", untagged; "an English ex-pat called Thomas Eyton"
        words = LEADING.sub("", phrase(named or subject))  # "6:45 A.M. the army": a blog's clock
        return resolver.name(words) or words
    # "pledging to..." with no subject of its own: climb to the governing clause.
    lifted = finite_conj_of_gerund(head)
    if lifted is not None:
        return committer(lifted, offset, speaker, resolver)
    node = head
    if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.dep_ == "dobj":
        if head.head.head.lemma_.lower() not in ISSUING_VERBS:
            return None  # "reviewed a tweet threatening to": the tweet's, not Twitter's
        node = head.head  # "issued a statement urging aid access": whoever issued it
    if by_doing(node):
        actor = resolve_subject(node.head.head, offset, speaker, resolver)
        if actor:
            return actor  # "BT has moved to pre-empt a break-up by offering to cut prices"
        node = node.head.head
    while node.dep_ in ("xcomp", "advcl", "conj", "ccomp", "acomp", "dobj"):
        if node.head.i == node.i:
            break
        if node.dep_ in ("ccomp", "advcl") and node.tag_ in ("VBD", "VBZ", "VBP"):
            return None  # "after some MPs ... agreed to", "protested after Mr Bashir ...
            # refused to": a finite clause's subject is lost, not the clause above's
        if up_to(node.head):
            return None  # "it will be up to the bidders to propose": theirs, unnamed
        via_conj, via_advcl = node.dep_ == "conj", node.dep_ == "advcl"
        if via_advcl and node.tag_ == "VBG" and after_predicate_noun(node):
            return None  # "it would have to be the leader asking him to quit": the leader's
        infinitive = has_modal(node, {"to"})
        above = subject_of(node.head)
        named = above is not None and above.ent_type_ in PARTY_LABELS
        if node.dep_ == "xcomp" or (via_advcl and (infinitive or not named)):
            if object_before(node.head, node):
                return None  # "pressed the Justice Department to demand": it would
        # a named subject's participle after an object is its own ("X makes a plea,
        # demanding"); after "she gave them a chance, refusing" it is too often misread
        if via_conj and joined_to_claim(node):
            return None  # "Sarah Jones said Tom Reed was a liar and refused to": which?
        # "says the movie is fine and has refused to": the parser joined his verb to the clause
        teller = via_conj and subject_holder(node).i == node.head.head.i
        node = node.head
        if via_conj and node.dep_ == "ccomp" and (node.head.lemma_.lower() in VERB_TYPES or teller):
            node = node.head  # "X demanded that Y do A and refused to B": X refused
        actor = resolve_subject(node, offset, speaker, resolver)
        if actor:
            return actor
        own = subject_of(node) if via_conj or via_advcl else None
        if own is not None:  # "family members live there and will use it, X said": them
            if own.lemma_.lower() in COMMENTATOR_NOUNS | SHARES | WORKS or one_of_a_people(own):
                return None  # "the newspaper blasted Seoul, warning that": commentary
            return phrase(own) if own.pos_ in ("NOUN", "PROPN") else None
    return None


def unnamed_body_says(verb: Token, speaker: str, pronoun: Token) -> bool:
    """ "the Syrian opposition delegation said it intended to": "it" is the body that says
    so, though no name was given for it; "officials said they plan to": they are."""
    if pronoun.lower_ not in ("it", "they"):
        return False
    body = subject_of(verb.head) if reported(verb) and not speaker else None
    tags = ("NN",) if pronoun.lower_ == "it" else ("NN", "NNS")
    return body is not None and body.tag_ in tags and body.lemma_.lower() in AGENT_NOUNS


def resolve_subject(verb: Token, offset: int, speaker: str, resolver: Resolver) -> str | None:
    subject = subject_of(verb)
    if subject is None:
        return None
    if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        # "Jack Straw, who will hold talks on Thursday": the one the clause describes, or
        # whom it is said of ("Robert Wolf, ... a close Obama associate who will back")
        node = verb.head
        if not _next_to(node, subject):
            return None  # "Kilroy-Silk is due to announce ... - that will come": no relative
        while node.dep_ == "appos" or (node.dep_ == "conj" and node.head.dep_ == "appos"):
            node = node.head  # "Boko Haram, the Nigerian terrorists who": Boko Haram
        named = node.ent_type_ or named_modifier(node) is not None
        if subject.lower_ == "that" and not named:
            return None  # "trade authority that would allow": a thing, whoever is named near
        return resolver.token(node, offset, speaker)
    told = _told_whom(verb, subject, resolver, offset)
    if told is not None:
        return resolver.token(told, offset, speaker)
    if subject.lower_ in ("he", "she", "they", "it") and reported(verb) and not speaker:
        # "Kovar said she would...": the pronoun is the one who speaks (in a quote,
        # '"He refuses," Pike said' is someone else).
        reporter = subject_of(verb.head)
        if reporter is None and verb.head.dep_ == "conj":
            # "X demanded ... and said it would"; "X accused Y of A and said it would"
            joined = finite_conj_of_gerund(verb.head) or verb.head.head
            reporter = subject_of(joined)
        elif reporter is None and verb.head.tag_ == "VBG" and verb.head.dep_ == "advcl":
            reporter = subject_of(verb.head.head)  # "X sent a letter ... saying that it plans"
        if reporter is not None and reporter.lower_ in SOMEONE:
            return None  # "until somebody says they are willing to": no one yet
        if reporter is not None:
            if reporter.lower_ == "who" and verb.head.dep_ == "relcl":
                who = resolve_subject(verb.head, offset, speaker, resolver)  # "Bush, who said"
            else:
                who = resolver.token(reporter, offset, speaker)
            plural = subject.lower_ in ("they", "it")
            they = subject.lower_ == "they"
            if who and they and resolver.side(who) == who and resolver.is_person(who):
                who = None  # "Rasti said ... they agreed": others, not the one person speaking
            # "a relative of Chaney said she would": the one who speaks, unnamed (a spokesman's
            # "he" is as often whom he speaks for)
            some = any(c.lower_ in ("a", "an") for c in reporter.children)
            unnamed = some and reporter.lemma_.lower() in PERSON_NOUNS
            if who and subject.lower_ == "it" and resolver.thing_before(subject, who):
                return None  # "MESSENGER is running out of fuel and NASA says it will hit"
            if who and not resolver.may_be(who, subject.lower_):
                # "Tom Reed said she would": another woman, named before
                return None if unnamed else resolver.token(subject, offset, speaker)
            if who:
                return resolver.side(who) if plural else who
            if not plural and reporter.pos_ == "PROPN" and not reporter.ent_type_:
                # "The Game ... said he would not": an untagged name, not the one before
                # (a tagged "the 40-year-old Ulsterman" describes the one before)
                return None
            if not plural and reporter.pos_ == "NOUN" and unnamed:
                return None
            if plural and reporter.pos_ == "PROPN" and reporter.ent_type_ != "PERSON":
                # "Liege said they had decided": Liege's (no actor here), not a person's
                guess = resolver.token(subject, offset, speaker)
                return None if guess is None or resolver.is_person(guess) else guess
    for one in (subject, *subject.conjuncts):  # "Both the SU and LSE are prepared to": LSE
        who = resolver.token(one, offset, speaker)
        if who:
            return who
    return None


def _next_to(noun: Token, relative: Token) -> bool:
    """Whether a relative pronoun follows its noun's own words (a parse may hang a clause
    on a name half a sentence away)."""
    own = {t.i for t in noun.subtree}
    doc = noun.doc
    aside = (",",) if relative.lower_ == "that" else (",", "-", "–", "—")  # "Straw - who will"
    between = range(noun.i + 1, relative.i)
    return relative.i > noun.i and all(i in own or doc[i].text in aside for i in between)


def _told_whom(verb: Token, subject: Token, resolver: Resolver, offset: int) -> Token | None:
    """ "Brown told Google it must pay more tax": "it" is the one told, not the teller (a
    person), nor when "it" or "they" must act; not "Tesco told investors it would"."""
    told = verb.head
    if (
        verb.dep_ != "ccomp"
        or told.lemma_.lower() != "tell"
        or subject.lower_ not in ("it", "they")
    ):
        return None
    whom = next((c for c in told.children if c.dep_ in ("dobj", "dative")), None)
    if whom is None or whom.pos_ not in ("PROPN", "NOUN"):
        return None
    obliged = has_modal(verb, DEMAND_MODALS) or (
        verb.lemma_.lower() in ("have", "need") and any(c.dep_ == "xcomp" for c in verb.children)
    )
    teller = subject_of(told)
    person = teller is not None and resolver.is_person(resolver.token(teller, offset, "") or "")
    return whom if obliged or (subject.lower_ == "it" and person) else None


def _second_that(clause: Token) -> bool:
    """ "Levy added that the role is to foster research, and it will not take action": the
    parser joins the second told clause to the verb of telling; a pronoun's "will" after a
    that-clause goes on telling."""
    if clause.dep_ != "conj" or not has_modal(clause, FUTURE_MODALS):
        return False
    subject = subject_of(clause)
    told = [c for c in clause.head.children if c.dep_ == "ccomp" and c.i < clause.i]
    that = any(marked(t, ("that",)) for t in told)
    return that and subject is not None and subject.lower_ in PRONOUNS


def speaker_of_report(
    token: Token, offset: int, resolver: Resolver, verbs: frozenset[str] = REPORTING_VERBS
) -> str | None:
    node = token
    while node.head.i != node.i:
        # "He said now that he has been elected he will": the parser hangs it on "now"
        now = node.dep_ == "advmod" and node.lower_ == "now"
        if (
            node.dep_ == "ccomp" or now or _second_that(node)
        ) and node.head.lemma_.lower() in verbs:
            verb = node.head
            subject = subject_of(verb)
            if subject is None and verb.tag_ == "VBG" and verb.dep_ == "xcomp":
                subject = subject_of(verb.head)  # "Hockney left UKIP saying X would"
            if verb.head.pos_ in ("VERB", "AUX") and subject_holder(verb) is not verb:
                subject = subject_of(verb.head)  # "Laws said ... and said Hain should"
            return resolver.speaker(subject, offset) if subject is not None else None
        teller = told_in_phrase(node)
        if teller is not None:  # "made the announcement that he will run"
            subject = subject_of(teller)
            return resolver.speaker(subject, offset) if subject is not None else None
        node = node.head
    return None


def _called_name(subject: Token) -> Token | None:
    """The name a subject is given: "Eyton" of "an ex-pat called Thomas Eyton"."""
    for clause in subject.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() in ("call", "name"):
            names = [c for c in clause.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
            return names[0] if names else None
    return None


def _apposed_name(title: Token) -> Token | None:
    """The name after a title the tagger took for the subject: "Hoyer" of "Minority Whip
    Steny Hoyer", a first name and a surname."""
    if title.pos_ != "PROPN" or not title_word(title.text):
        return None
    name = next((c for c in title.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    first = [c for c in name.children if c.dep_ == "compound"] if name is not None else []
    return name if first and first[-1].i == name.i - 1 else None
