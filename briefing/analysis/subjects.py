"""A clause's subject as the small parser leaves it: joined verbs, datelines, names in
brackets, and the subjects it hangs on the wrong word; and the shapes that say whose act a
verb without a subject is ("moved to ... by offering to", "it is up to X to")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.clauses import marked
from briefing.nlp.lexicon import (
    AGENT_NOUNS,
    DEMAND_MODALS,
    DOCUMENT_NOUNS,
    FIRST_PLURAL,
    FIRST_SINGULAR,
    PARTY_LABELS,
    PEOPLES_VERBS,
    PERSON_NOUNS,
    SPEECH_VERBS,
    TELLING_NOUNS,
    VERB_TYPES,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def told_in_phrase(clause: Token) -> Token | None:
    """The verb of a phrase of telling whose clause this is: "made" of "Paul made the
    announcement that he will run" and of "made (it) clear that he would not back down"."""
    head = clause.head
    if clause.dep_ == "acl" and head.lemma_.lower() in TELLING_NOUNS and head.dep_ == "dobj":
        return head.head if marked(clause, ("that",)) else None
    if clause.dep_ in ("ccomp", "advcl") and head.lower_ == "clear" and head.dep_ == "ccomp":
        return head.head if head.head.lemma_.lower() == "make" else None  # "made it clear"
    if clause.dep_ == "ccomp" and head.lemma_.lower() == "make":  # "made clear that"
        clear = any(c.lower_ == "clear" and c.i < clause.i for c in head.children)
        return head if clear else None
    return None


def subject_holder(token: Token) -> Token:
    """The verb whose subject a clause has: its own, or for a verb joined to another ("will
    build and will run") that one."""
    if subject_of(token) is None and token.dep_ == "conj":
        before = token.doc[token.i - 1]
        if before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("pobj", "conj"):
            return token  # "bracing for a shutdown after the White House and Democrats
            # declared that": a subject the parser hung on "after"; not the first verb's
        return token.head.head if _teller_went_on(token) else token.head
    return token


def _teller_went_on(verb: Token) -> bool:
    """ "Tom Reed says the movie is fine and has refused to withdraw it": the small parser
    joins the teller's second verb to the clause he said; a thing cannot refuse (though a
    storm threatens)."""
    said = _said_clause(verb)
    return said is not None and _of_a_thing(said, verb)


def joined_to_claim(verb: Token) -> bool:
    """ "Sarah Jones said Tom Reed was a liar and refused to apologise": whether she or he
    refused, the parse cannot tell."""
    said = _said_clause(verb)
    if said is None or said.lemma_ != "be" or verb.lemma_.lower() not in VERB_TYPES:
        return False
    if subject_of(said).pos_ == "PRON":
        return False  # "told reporters he was angry and planned to": he, either way
    return not _of_a_thing(said, verb) and verb.tag_ == "VBD" == said.tag_


def _of_a_thing(said: Token, verb: Token) -> bool:
    """The clause said is about a thing, and the verb joined to it one only people do."""
    if verb.lemma_.lower() not in PEOPLES_VERBS:
        return False
    said_of = subject_of(said)
    return said_of.pos_ == "NOUN" and not said_of.ent_type_ and said_of.lemma_ not in AGENT_NOUNS


def _said_clause(verb: Token) -> Token | None:
    """The clause said that a verb with no subject of its own is joined to."""
    clause = verb.head
    if verb.dep_ != "conj" or subject_of(verb) is not None or clause.dep_ != "ccomp":
        return None
    if clause.head.lemma_.lower() not in SPEECH_VERBS or subject_of(clause.head) is None:
        return None
    return clause if subject_of(clause) is not None else None


def clause_subject(token: Token) -> Token | None:
    """The subject, or for a verb joined to another ("will build and will run") theirs."""
    return subject_of(subject_holder(token))


def anyones(verb: Token) -> bool:
    """ "the intensity that you need to demand a selection": in a relative clause, "you"
    is anyone, and its act no one's commitment; so is what "we all" must do."""
    node = verb
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
    subject = subject_of(node)
    if subject is None:
        return False
    if node.dep_ == "relcl" and subject.lower_ in ("you", "one"):
        return True
    # "We all need to work together": everyone's duty, no one's commitment
    return (
        subject.lower_ == "we"
        and any(c.lower_ == "all" for c in subject.children)
        and (
            node.lemma_ in ("need", "have") or any(c.lower_ in DEMAND_MODALS for c in node.children)
        )
    )


def in_first_person(verb: Token) -> bool:
    """ "we should", "I will": the clause's subject is the one speaking."""
    subject = subject_of(verb)
    return subject is not None and subject.lower_ in FIRST_PLURAL | FIRST_SINGULAR


def subject_of(token: Token) -> Token | None:
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects:  # "that Columbia is committed to": the parser hung it on the "is"
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        subjects = [s for a in auxes for s in a.children if s.dep_ in ("nsubj", "nsubjpass")]
    subjects = [s for s in subjects if not _dateline(s)]
    # A dateline can parse as a second subject: "GENEVA - Minister Kovar said".
    named = [s for s in subjects if s.ent_type_ in ("PERSON", "ORG", "NORP")]
    candidates = (
        named or subjects or [_name_beside(token) or _root_named(token) or _gerund_named(token)]
    )
    subject = _document_beside(token) or candidates[-1]
    if subject is not None:
        subject = hometown_person(subject) or _noun_after_name(subject)
    return _out_of_brackets(subject, token) if subject is not None else None


def hometown_person(subject: Token) -> Token | None:
    """ "Orlando, Florida, anesthesiologist Dr. Shelley Fleet told CNN", parsed with the
    city for its subject and the person set beside it: the person, who tells."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.ent_type_ not in ("GPE", "LOC"):
        return None
    return next(
        (c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None
    )


def _noun_after_name(subject: Token) -> Token:
    """ "The Department for International Development funding will enable": the parser takes
    the name's own "for" for the phrase's and makes the name the subject; the phrase is the
    thing after the name (the funding), whose act is no one's commitment."""
    doc, last = subject.doc, subject.i
    if not subject.ent_type_ or subject.ent_iob_ != "B":
        return subject
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    noun = doc[last + 1] if last + 1 < len(doc) else None
    if noun is None or noun.tag_ not in ("NN", "NNS") or noun.dep_ != "pobj":
        return subject
    inside = subject.i < noun.head.i < last and doc[last].head == noun
    return noun if inside and noun.lemma_.lower() not in PERSON_NOUNS else subject


def _dateline(word: Token) -> bool:
    """ "GENEVA - Minister Kovar said": a place in capitals opening the sentence before a
    dash or a bracket; not "IBM said it would", nor "I will"."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    capitals = word.text.isupper() and len(word) > 1 and word.i == word.sent.start
    return capitals and (after is None or after.is_punct)


def _out_of_brackets(subject: Token, verb: Token) -> Token | None:
    """ "(Sunday: Ricoh Arena, 2pm) Nathan Hughes will wear": a name inside brackets that
    close before the verb is not its subject; the parser hangs the real one on it."""
    doc = subject.doc
    close = next((t for t in doc[subject.i + 1 : verb.i] if t.text == ")"), None)
    if close is None:
        return subject
    brackets = [t.text for t in doc[subject.sent.start : subject.i] if t.text in ("(", ")")]
    if brackets[-1:] != ["("]:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > close.i), None)


def _root_named(verb: Token) -> Token | None:
    """ "Trevor Phillips, chairman of the CRE, called on": the small parser makes the name
    the sentence's root and the verb a clause on it; the name is the subject."""
    name = verb.head
    described = any(c.dep_ == "appos" and c.i < verb.i for c in name.children)
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or name.dep_ != "ROOT" or not described:
        return None
    return name if name.ent_type_ in PARTY_LABELS else None


def _gerund_named(verb: Token) -> Token | None:
    """ "Boxing great Muhammad Ali appealed to Tehran": the small parser reads the opening
    noun as a gerund whose object is the name, and makes the gerund the subject."""
    opening = next((c for c in verb.children if c.dep_ == "csubj"), None)
    if opening is None or opening.tag_ != "VBG" or opening.i != opening.sent.start:
        return None
    name = next((c for c in opening.children if c.dep_ == "dobj"), None)
    if name is None or name.pos_ != "PROPN" or name.ent_type_ not in PARTY_LABELS:
        return None
    return (
        name
        if all(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in verb.doc[opening.i + 1 : name.i])
        else None
    )


def _hung_before(verb: Token) -> Token | None:
    """The word right before the verb when the parser hung it on an earlier word."""
    if verb.is_sent_start:  # (not ``verb.sent``, which is slow: it scans the sentence)
        return None
    before = verb.doc[verb.i - 1]
    return before if before.head.i < before.i else None


def _document_beside(verb: Token) -> Token | None:
    """ "It plans to buy ACC, a Holcim statement said": the small parser hangs the document
    right before the verb on the noun before it as an apposition; it is the subject."""
    before = _hung_before(verb)
    if before is None or before.dep_ != "appos":
        return None
    return before if before.lemma_.lower() in DOCUMENT_NOUNS else None


def _name_beside(verb: Token) -> Token | None:
    """ "In a sign that Voip is seeping into the mainstream, giant ISP AOL announced": a
    finite verb with no subject, right after a name the parser hung on a preposition."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return None
    before = _hung_before(verb)
    if before is None or before.dep_ not in ("pobj", "appos") or before.pos_ != "PROPN":
        return None
    return before if before.ent_type_ in PARTY_LABELS else None


def by_doing(gerund: Token) -> bool:
    """ "(X moved to pre-empt it) by offering to": the means, the clause's subject's act;
    "(X said ...) before calling on the leader to": the next act of the same subject."""
    by = gerund.head
    return (
        gerund.dep_ == "pcomp"
        and gerund.tag_ == "VBG"
        and by.lower_ in ("by", "before")
        and by.dep_ == "prep"
        and by.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "neg" for c in by.head.children)  # "we do not respond by"
    )


def after_predicate_noun(gerund: Token) -> bool:
    """ "be the leader asking him": the participle tells of the noun just before it."""
    nouns = [t for t in gerund.head.subtree if t.dep_ == "attr" and t.i < gerund.i]
    gap = gerund.doc[nouns[-1].i + 1 : gerund.i] if nouns else None
    return gap is not None and all(t.is_punct for t in gap)


def up_to(verb: Token) -> bool:
    """ "it is up to X to": the act is X's to do."""
    return any(
        c.dep_ == "prep" and c.lower_ == "up" and any(g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


def finite_conj_of_gerund(verb: Token) -> Token | None:
    """ "X accused Mexico of holding a ship and demanded its release": the parser joins
    "demanded" to "holding"; a past or present tense verb goes with the clause above."""
    gerund = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or gerund.tag_ != "VBG":
        return None
    if gerund.dep_ != "pcomp" or gerund.head.dep_ != "prep":
        return None
    return gerund.head.head if gerund.head.head.pos_ in ("VERB", "AUX") else None


def object_before(verb: Token, clause: Token) -> bool:
    """ "pressed the department [to demand]": an object between the verb and its clause is
    the one the clause is asked of."""
    return any(c.dep_ in ("dobj", "dative") and c.i < clause.i for c in verb.children)


def a_noun_read_as_verb(verb: Token) -> bool:
    """ "He criticised attempts to bring in trial without jury, plans to lower the burden of
    proof": "plans", after a comma in a list of objects, parsed as a second verb of the
    critic's, in another tense (a real one is joined by "and": "He left and plans to")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBZ" or verb.head.tag_ != "VBD":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    return before.text == "," and any(c.dep_ == "dobj" for c in verb.head.children)


def a_need_of(need: Token) -> bool:
    """ "the power we need": the noun is what someone needs (not "questions which need")."""
    return need.head.pos_ == "NOUN" and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in need.children
    )
