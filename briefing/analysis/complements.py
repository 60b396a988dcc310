"""Which act a commitment verb commits to: the clauses it governs ("pledged to cut") and
the act it asks of someone ("pressed the Pentagon to release"). Whether the verb commits in
this sense is in ``senses``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.clauses import has_modal, marked_for, shares_object, vague_passive
from briefing.analysis.conditions import stray_infinitive
from briefing.analysis.forms import (
    is_passive,
    is_someone,
    prep_objects,
    to_infinitive,
)
from briefing.analysis.subjects import subject_of
from briefing.nlp.lexicon import (
    ASKING,
    CLEFT_NOUNS,
    FOR_ASKING,
    PUSHED_LIMITS,
    ROLE_WORDS,
    SUBORDINATORS,
    TALKS,
    TIME_NOUNS,
    VERB_TYPES,
    WARNED_ACTS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def infinitive_after(token: Token, at: int | None = None) -> list[Token]:
    """ "have sworn to veto", "appealed to world leaders to protect", parsed as a clause of
    purpose: "to" right after the verb (or ``at``), or after a phrase of it ("to X")."""
    starts = {token.i + 1 if at is None else at}
    starts |= {c.right_edge.i + 1 for c in token.children if c.dep_ == "prep" and c.i > token.i}
    return [
        c
        for c in token.children
        if c.dep_ == "advcl"
        and c.tag_ == "VB"
        and any(a.lower_ == "to" and a.i in starts for a in c.children)
    ]


def _an_office(noun: Token) -> bool:
    """ "challenged the mayor to resign": the one who holds an office is someone."""
    return noun.lemma_.lower() in ROLE_WORDS


def asked_to(verb: Token) -> list[Token]:
    """The act someone is asked to do: "pressed the Pentagon to release", "pleaded with the
    kidnappers to release", "petitioned the court to block"; not "pushed for years to close"
    (no one is asked)."""
    asked = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and (is_someone(c) or c.tag_ in ("NNS", "NNPS") or c.pos_ == "PROPN" or _an_office(c))
        and c.lemma_.lower() not in PUSHED_LIMITS
    ]  # "pressed the Pentagon", "begged the parents"; not "orders a glass of water to let"
    asked += prep_objects(verb, "with")
    if not asked:
        return []
    acts = [c for c in verb.children if c.dep_ == "xcomp" and to_infinitive(c)]
    return (
        acts
        or infinitive_after(verb)
        or infinitive_after(verb, asked[0].right_edge.i + 1)
        or stranded_in_relative(verb)
    )


def stranded_in_relative(verb: Token) -> list[Token]:
    """ "urged customers who need power for medical equipment to review plans": the parser
    hangs the asked act on the relative clause of the one asked, as its purpose."""
    return [
        act
        for asked in verb.children
        if asked.dep_ == "dobj" and (is_someone(asked) or asked.tag_ in ("NNS", "NNPS"))
        for clause in asked.children
        if clause.dep_ == "relcl"
        for act in infinitive_after(clause, _after_complements(clause))
    ]


def _after_complements(verb: Token) -> int:
    ends = [
        c.right_edge.i
        for c in verb.children
        if c.dep_ in ("dobj", "prep", "advmod") and c.i > verb.i
    ]
    return max(ends, default=verb.i) + 1


def for_to(verb: Token) -> list[Token]:
    """ "called for the government to resign", "pushing for all troops to be withdrawn": the
    act asked for, a clause of its own that names who is to act."""
    own = [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "relcl", "acl")  # (on a noun, "calls for both sides to")
        and to_infinitive(c)
        and marked_for(c)
        and not vague_passive(c)  # not "asked for it to be made faster"
    ]
    # "calling for the authority to pay", parsed as a clause on the one asked
    return own + [
        c
        for n in prep_objects(verb, "for")
        if is_someone(n) and n.i > verb.i
        for c in n.children
        if c.dep_ == "acl" and c.i > n.i and to_infinitive(c) and not vague_passive(c)
    ]


_MORE = frozenset({"more", "extra", "additional", "further"})


def called_for(token: Token) -> bool:
    """ "called for an inquiry", not "called for him" or "called for years"."""
    for noun in prep_objects(token, "for"):
        if noun.i < token.i:
            continue  # "For his part, Curry is pressing ahead": no call
        misread = noun.pos_ == "ADJ" and noun.tag_ == "JJ"  # "appealed for calm", a noun
        misread = misread or noun.tag_ == "VBG"  # "called for a slimming down", "for banning"
        if (noun.pos_ == "NOUN" or misread) and noun.ent_type_ not in ("DATE", "TIME"):
            # "asked for more time": time granted is a thing asked for ("for years" is not)
            more = any(c.lower_ in _MORE for c in noun.children)
            return (more or noun.lemma_.lower() not in TIME_NOUNS) and not is_someone(noun)
    return False


def _warned_of_own_act(verb: Token) -> bool:
    """ "warned of strikes / sanctions / consequences": the warner's own act, unlike "warned
    of floods", "warned of a terror attack" or "warned of air strikes" (others')."""
    return any(
        n.lemma_.lower() in WARNED_ACTS and not any(c.dep_ == "compound" for c in n.children)
        for n in prep_objects(verb, "of")
    )


def _for_talks(adjective: Token) -> bool:
    return any(n.lemma_.lower() in TALKS for n in prep_objects(adjective, "for"))


def _agreed_to_thing(verb: Token) -> bool:
    return any(n.pos_ == "NOUN" and not is_someone(n) for n in prep_objects(verb, "to"))


def _conditions_after(verb: Token) -> list[Token]:
    """Clauses right after ``verb``, its own or hung on the verb above it ("we pledge, if
    this fails, to ...", Blinken told reporters)."""
    near = [c for c in verb.head.children if c.dep_ == "advcl" and c.i > verb.i]
    near = [
        c for c in near if all(t.is_punct for t in verb.doc[verb.right_edge.i + 1 : c.left_edge.i])
    ]
    return [c for c in verb.children if c.dep_ == "advcl"] + near


def _on_object(head: Token, verb: Token) -> bool:
    """ "warned the celebrities taking part (that they had better ...)": a participle after
    the object says which ones, it is not what was warned of."""
    if head.dep_ != "xcomp" or head.tag_ != "VBG" or any(c.lower_ == "to" for c in head.children):
        return False
    return any(c.dep_ == "dobj" and c.i < head.i for c in verb.children)


def complements(token: Token) -> list[Token]:
    """The verbs a commitment verb governs, with their coordinated verbs."""
    cleft = _cleft_act(token)
    if cleft is not None:
        return [cleft]
    asked_for = for_to(token) if token.lemma_.lower() in FOR_ASKING else []
    if asked_for:
        return asked_for
    if token.lemma_.lower() in ASKING:
        return asked_to(token) or [token]  # [token]: "pushing for a ban", as in_its_sense found
    deps = ("xcomp",) if token.lemma_.lower() == "ask" else ("xcomp", "ccomp")
    heads = (
        [
            c
            for c in token.children
            if c.dep_ in deps
            and not any(m.dep_ == "mark" and m.lower_ in SUBORDINATORS for m in c.children)
        ]
        or infinitive_after(token)  # "warned six months before GCSEs replaced": no complement
        or stranded_in_relative(token)
    )
    heads = [h for h in heads if not _purpose_after(h, heads) and not _on_object(h, token)]
    if heads and token.lemma_.lower() in ("call", "ask", "appeal") and called_for(token):
        # "asked for the exam to be postponed ..., to help ensure": why, after what was asked
        heads = [h for h in heads if not _after_comma(h, token)]
        # "calling for tax increases to replace the cuts": an active clause after a thing
        # asked for says what it is for; "called for the ban to be lifted" is the act
        heads = [h for h in heads if is_passive(h) or h.i < token.i]
        if not heads:
            return [token]
    if not heads and token.lemma_.lower() in VERB_TYPES:
        # "We pledge, if this turns out to be impossible, to respond"
        strays = (stray_infinitive(c) for c in _conditions_after(token))
        heads = [s for s in strays if s is not None][:1]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    own_to = token.lemma_.lower() == "commit" and not objects  # "has committed to cutting"
    if not heads and token.lemma_.lower() == "warn":
        against = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "against"]
        if against and any(c.dep_ == "pcomp" for c in against[0].children):
            return against[:1]  # "warned Putin against invading Ukraine"
        if _warned_of_own_act(token):
            return [token]  # "warned of strikes if the offer is not improved"
    if not heads and token.pos_ == "ADJ" and _for_talks(token):
        return [token]  # "ready for talks"
    if not heads and (token.pos_ == "ADJ" or is_passive(token) or own_to):
        # "committed to the path of diplomacy"; "to the principle of X and to upholding Y":
        # the act before the thing
        tos = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"]
        tos += [c for t in tos for c in t.children if c.dep_ == "conj" and c.lower_ == "to"]
        heads = [p for c in tos for p in c.children if p.dep_ in ("pobj", "pcomp")]
        return sorted(heads, key=lambda p: p.pos_ != "VERB")[:1]
    if not heads and token.lemma_.lower() in ("call", "ask", "appeal") and called_for(token):
        return [token]  # "called for an investigation", "asked for a ceasefire": the act
    if not heads and token.lemma_.lower() == "agree" and _agreed_to_thing(token):
        return [token]  # "agreed to a ceasefire"
    if not heads:
        # "guarantee safe passage": the verb and its object are the action ("agree - no
        # option": not when punctuation stands between them).
        has_object = any(
            c.dep_ == "dobj"
            and c.pos_ != "PRON"
            and not any(
                t.is_punct and not t.is_quote for t in token.doc[token.i + 1 : c.left_edge.i]
            )  # (an opening quote mark may stand there: 'promised "the most positive ..."')
            for c in token.children
        )
        return [token] if has_object else []
    out = []
    for head in heads:
        out.append(head)
        if shares_object(head):
            continue  # "degrade and ultimately destroy ISIS" is one action
        out.extend(
            c
            for c in head.children
            if c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and not subject_of(c)
            and c.lemma_.lower() not in VERB_TYPES
            and not any(a.dep_ == "aux" and a.lower_ != "to" for a in c.children)
            and not _instead(head, c)
            # "urged migrants not to board ships and condemned those organizing": the past
            # tense is the asker's own act, not a second thing asked
            and not (head.tag_ == "VB" and c.tag_ in ("VBD", "VBZ"))
        )  # "refused to be dragged in and have not screened it": a fact, its own clause
        out.extend(c for c in head.children if _second_that_clause(c) and c not in out)
    return out


def _second_that_clause(conj: Token) -> bool:
    """ "insisting it's a country ruled by law and that its sovereignty be respected": a
    clause of its own, marked "that", is the verb's second complement."""
    return conj.dep_ == "conj" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in conj.children
    )


def _instead(head: Token, joined: Token) -> bool:
    """ "cut taxes rather than raise spending": the act set aside, not a second one."""
    return any(
        c.dep_ == "cc" and c.lower_ == "than" and head.i < c.i < joined.i for c in head.children
    )


_BREAKS = (",", ";", "—", "--")  # punctuation that sets a clause apart


def _after_comma(clause: Token, verb: Token) -> bool:
    between = clause.doc[verb.i + 1 : clause.left_edge.i]
    return any(t.text in _BREAKS and t.head.i == verb.i for t in between)


def _purpose_after(clause: Token, heads: list[Token]) -> bool:
    """A second "to" clause after a comma says why: "asked her mom to get screened, "just to
    ease some worries"" (not "co-operate", split in two by the tagger)."""
    first = next((h for h in heads if h.dep_ == "xcomp"), None)
    if clause.dep_ != "xcomp" or first is None or clause is first:
        return False
    # (the comma may hang on the first clause: "to form a government, in part to avoid")
    between = clause.doc[first.right_edge.i : clause.left_edge.i]
    return any(t.text in _BREAKS for t in between)


def _cleft_act(token: Token) -> Token | None:
    """The act a "what" clause is: "what we have agreed on today is the need to increase
    the resources at sea", "what we have promised is to build ten schools"."""
    if token.dep_ != "csubj" or token.head.lemma_ != "be":
        return None
    what = [c for c in token.children if c.dep_ == "dobj"] + [
        g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    if not any(w.lower_ == "what" for w in what):
        return None
    copula = token.head
    for child in copula.children:
        if child.dep_ == "xcomp" and to_infinitive(child):
            return child
        if child.dep_ == "attr" and child.lemma_.lower() in CLEFT_NOUNS:
            act = next(
                (g for g in child.children if g.dep_ == "acl" and has_modal(g, {"to"})), None
            )
            if act is not None:
                return act
    return None
