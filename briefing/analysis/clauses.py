"""The parts of a clause a commitment shows: its action, time and condition, as text.

Shared by commitments and what's next; works on spaCy tokens and returns strings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.cutting import (
    after_ellipsis,
    after_scare_quote,
    closes_quote,
    contiguous_text,
    encloses_kept,
    in_list,
    opens_aside,
    readable_cut,
    said_aside,
    teller_joined,
    without_trailing_clauses,
)
from briefing.nlp.lexicon import (
    ARGUING_VERBS,
    CLAIM_NOUNS,
    MENTAL_STATES,
    NO_ONE,
    PART_NOUNS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    TIME_PREPOSITIONS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _promised_in_passive(thing: Token) -> bool:
    """ "Pensioners are being promised energy savings (by the Lib Dems)"."""
    verb = thing.head
    return thing.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in verb.children)


def action_text(action: Token) -> str:
    """The committed verb phrase: the verb, its particles, objects and complements; a passive
    keeps its "be" ("be met with a swift response"); a verb whose object it shares with the
    next one keeps both ("degrade and ultimately destroy ISIS")."""
    skip = set()
    # "go ahead and take the safest course": the act is what follows
    ahead = action.lemma_ == "go" and any(c.lower_ == "ahead" for c in action.children)
    shared = shares_object(action) or ahead
    for child in action.children:
        if child.dep_ in ("nsubj", "nsubjpass", "aux", "neg", "mark") or (
            child.dep_ == "cc" and not shared
        ):
            skip.add(child.i)
        kept = purpose(child) or _reduced_relative(child) or _means(child)
        if (
            (child.dep_ == "advcl" and not kept)
            or (child.dep_ == "prep" and is_time(child))
            or worded_condition(child)
        ):
            skip.update(t.i for t in child.subtree)
            later = later_before(child) if child.dep_ == "prep" else None
            if later is not None:
                skip.add(later.i)  # "later in the day" is the time, all of it
        if child.dep_ == "conj" and not shared:
            skip.update(t.i for t in child.subtree)
        if child.dep_ == "cc" and child.lower_ == "than":  # "cut taxes rather than raise it"
            skip.update(t.i for c in child.children for t in c.subtree)
            skip.update(c.i for c in action.children if c.lower_ == "rather")
            skip.update(t.i for c in action.children if c.dep_ == "conj" for t in c.subtree)
        if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
            skip.update(t.i for t in child.subtree)
        if child.lower_ == "by" and child.dep_ == "prep" and _promised_in_passive(action):
            skip.update(t.i for t in child.subtree)  # "promised savings by the party": who
    chain = {action.i}  # "continue to stand with X": the verbs of the act itself
    for token in action.subtree:
        if token.head.i in chain and (
            token.dep_ == "xcomp" or (token.dep_ == "advcl" and purpose(token))
        ):
            chain.add(token.i)
    for token in action.subtree:  # ", a step that will shrink its balance sheet": an aside
        if token.dep_ == "advcl" and token.head.i in chain and token.i > action.i:
            # "stand with X as we work together"; not "ask for the route to be moved"
            if any(c.dep_ == "mark" and c.lower_ != "for" for c in token.children):
                skip.update(t.i for t in token.subtree)
        if token.dep_ == "prep" and any(c.lower_ in ("instead", "rather") for c in token.children):
            skip.update(t.i for t in token.subtree)  # "instead of offering to stand down"
        if teller_joined(token) or (said_aside(token) and token.i > action.i):
            skip.update(t.i for t in token.subtree)
        if token.dep_ in ("appos", "relcl") and token.i > action.i:
            first = token.left_edge.i
            if first > 0 and opens_aside(token.doc[first - 1]):
                skip.update(t.i for t in token.subtree)
    doc, own = action.doc, {t.i for t in action.subtree}
    for token in action.subtree:  # "help first-time buyers and the Tories would extend":
        # a name joined to the object but followed by another clause's modal opens that clause
        after = token.right_edge.i + 1
        if token.dep_ != "conj" or token.pos_ not in ("NOUN", "PROPN") or after >= len(doc):
            continue
        if doc[after].tag_ == "MD" and doc[after].head.i not in own:
            skip.update(t.i for t in token.subtree)
            skip.update(c.i for c in token.head.children if c.dep_ == "cc" and c.i < token.i)
    nominal = action.pos_ in ("NOUN", "PROPN") and action.dep_ not in ("xcomp", "ccomp")
    start = action.left_edge.i if nominal else action.i  # "to never attack", tagged a noun
    first = start
    while (
        first > 1
        and doc[first - 1].text == "-"
        and not doc[first - 2].whitespace_ + doc[first - 1].whitespace_
    ):
        first -= 2  # "re-evaluate": the prefix is the word's, though the parse hangs it apart
    prefix = list(doc[first:start])
    tokens = prefix + [t for t in action.subtree if t.i not in skip and t.i >= start]
    closed = next((t.i for t in tokens if t.i > action.i and closes_quote(t)), None)
    if closed is not None:  # '... exciting devices," Jonas Guest told': the quote ends there
        tokens = [t for t in tokens if t.i < closed - 1]
    # A quote mark inside the phrase stays ('give attention" to curbing'); a comma or a
    # full stop after the verb ends it.
    # A comma between listed words stays ("a swift, firm and united response").
    ids = {t.i for t in tokens}
    tokens = [
        t
        for t in tokens
        if not (t.dep_ == "punct" and t.text in ",.;:!?()")
        or in_list(t, skip)
        or encloses_kept(t, ids)
    ]
    tokens += after_ellipsis(tokens) or after_scare_quote(tokens)
    tokens = without_trailing_clauses(tokens, action)
    auxpass = [c for c in action.children if c.dep_ == "auxpass" and c.i < action.i]
    said = contiguous_text(tokens)
    end = _time_right_after(action, skip)
    if end is not None and any(t.i == end + 1 for t in tokens):
        # "called on Thursday for an inquiry": the act reads across its time
        before = contiguous_text([t for t in tokens if t.i <= action.i])
        said = f"{before} {contiguous_text([t for t in tokens if t.i > end])}"
    words = (auxpass[-1].text + " " if auxpass else "") + said
    manner = action.doc[action.i - 1] if action.i > 0 else None
    if " " not in words and manner is not None and manner.head.i == action.i:
        if manner.dep_ == "advmod" and manner.lower_.endswith("ly"):
            words = f"{manner.text} {words}"  # "fully cooperate": the verb alone says less
    return readable_cut(words, particle=bool(tokens) and tokens[-1].dep_ == "prt")


def _time_right_after(action: Token, skip: set[int]) -> int | None:
    """Where a time phrase left out of the act ends, when it comes right after the verb."""
    for child in action.children:
        if child.left_edge.i == action.i + 1 and child.i in skip:
            dated = child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME")
            if dated or (child.dep_ == "prep" and is_time(child)):
                return child.right_edge.i
    return None


def _means(clause: Token) -> bool:
    """ "kill chickens using carbon dioxide": a participle right after the act, with no
    comma, mark or subject of its own, says how it is done (not ", meeting the president")."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i else None
    return (
        clause.tag_ == "VBG"
        and clause.lemma_.lower() not in MENTAL_STATES  # "head to Dubai knowing that": a mood
        and clause.left_edge.i == clause.i
        and before is not None
        and not before.is_punct
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in clause.children)
    )


def _reduced_relative(clause: Token) -> bool:
    """ "called for all athletes found guilty ... to be treated as criminals": a participle
    right after the verb's object describes the object (parsed as a clause of the verb)."""
    verb = clause.head
    if clause.tag_ not in ("VBN", "VBD") or any(
        c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children
    ):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "prep") and c.i < clause.i]
    return any(o.right_edge.i + 1 == clause.i for o in objects)


def has_modal(token: Token, modals: set[str] | frozenset[str]) -> bool:
    """Whether one of ``modals`` is an auxiliary of ``token`` ("will", "must"; "to"); not
    a name's first word ("Will Welch and Ally Hogg return")."""
    return any(
        c.dep_ == "aux" and c.lower_ in modals and c.ent_type_ != "PERSON" for c in token.children
    )


def marked(clause: Token, words) -> bool:
    """Whether one of ``words`` opens the clause as its subordinator ("whether", "because")."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in clause.children)


def worded_condition(token: Token) -> bool:
    """ "as long as it protects farmers", "so long as", "on condition that": a condition the
    parser hangs on a word of its own, not a clause opened by "if"."""
    if token.dep_ == "advmod" and token.lower_ == "long":
        return any(c.dep_ == "advcl" and marked(c, ("as",)) for c in token.children)
    if token.dep_ != "prep" or token.lower_ != "on":
        return False
    return any(
        p.dep_ == "pobj"
        and p.lemma_.lower() == "condition"
        and any(c.dep_ in ("acl", "ccomp") and marked(c, ("that",)) for c in p.children)
        for p in token.children
    )


def marked_for(clause: Token) -> bool:
    """A clause "for" opens: "(called) for the government to resign"."""
    return marked(clause, ("for",))


def vague_passive(clause: Token) -> bool:
    """A passive whose subject is a pronoun ("for it to be made faster", "that it be moved"):
    what is to be done, a reader cannot tell."""
    return any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in clause.children)


def purpose(clause: Token) -> bool:
    """ "loan Gazprom the money to bid for Yugansk": an unmarked "to" clause after the act
    says what it is for, and the act reads wrong without it."""
    return (
        clause.i > clause.head.i
        and has_modal(clause, {"to"})
        and not any(c.dep_ == "mark" for c in clause.children)
    )


def later_before(prep: Token) -> Token | None:
    """The "later" that opens a time phrase ("later in the day"), which is part of it."""
    if not prep.i:
        return None
    before = prep.doc[prep.i - 1]
    return before if before.lower_ == "later" and before.dep_ == "advmod" else None


def subject_words(action: Token) -> str:
    """Who or what an action is of when it is not the committer's own: "any attack on our
    forces" (will be met with a swift response), "the hospital" (would reopen); empty for a
    pronoun or no subject."""
    for child in action.children:
        # "anyone who breaks it"; "the inquest", tagged an adjective by the small model
        described = any(c.dep_ in ("relcl", "det") for c in child.children)
        nobody = child.lower_ in NO_ONE  # "nobody will lose their job": the "not" is there
        # "those responsible would be brought to justice": who, told by its modifier
        those = child.lower_ in ("those", "these") and any(
            c.dep_ in ("amod", "acl", "prep") for c in child.children
        )
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.pos_ in ("NOUN", "PROPN") or described or nobody or those
        ):
            first = child.left_edge
            if first.dep_ == "amod" and first.lemma_ in SPEECH_VERBS:
                # "and added replacement cards would be issued": the verb is the teller's
                first = first.doc[first.i + 1]
            text = readable_cut(
                first.doc[first.i : child.right_edge.i + 1].text.strip(' ,;:"“”'), 12
            )
            named = first.pos_ == "PROPN" or first.ent_type_  # "British troops"
            return text if named else text[:1].lower() + text[1:]
    return ""


def antecedent(clause: Token) -> str:
    """The noun a relative clause hangs on, without the clause: "the election proposal"
    in "the election proposal that legislators have sworn to veto"."""
    noun = clause.head
    inside = {t.i for t in clause.subtree}
    tokens = [t for t in noun.subtree if t.i not in inside and t.i <= noun.i]
    if tokens and tokens[0].pos_ == "DET":
        return (tokens[0].lower_ + " " + spaced(tokens[1:])).strip()  # "A proposal" mid-clause
    return spaced(tokens)


def spaced(tokens: list[Token]) -> str:
    """Tokens spaced as written where they follow each other: "pro-democracy legislators"."""
    return "".join(
        t.text + (t.whitespace_ if k + 1 < len(tokens) and tokens[k + 1].i == t.i + 1 else " ")
        for k, t in enumerate(tokens)
    ).strip()


def shares_object(verb: Token) -> bool:
    """ "degrade and ultimately destroy ISIS": the first verb's object is the next one's."""
    conj = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    # "be kept secret but there is no provision": a clause of its own shares nothing
    conj = [
        c for c in conj if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
    ]
    # "would not be abolished and argued courts had": the teller's next words, not the act
    conj = [c for c in conj if not _tells_after(verb, c)]
    # "would be let in but has stopped short of": a tense of its own, another clause
    finite = ("VBZ", "VBD", "VBP", "MD")
    conj = [c for c in conj if not any(a.dep_ == "aux" and a.tag_ in finite for a in c.children)]
    own = ("dobj", "xcomp", "ccomp", "prep", "attr", "acomp", "dative", "oprd")
    # what stands before the verb is no object of it ("whether on or under water, we will
    # destroy and bury them")
    return bool(conj) and not any(c.dep_ in own and c.i > verb.i for c in verb.children)


_TELLING = SPEECH_VERBS | REPORTING_VERBS | ARGUING_VERBS


def own_words(verb: Token) -> list[Token]:
    """The words after a verb that are its own act: not those of a clause hung on it or of
    a list it gives ("base its selection on criteria including tariff rates", "try to have
    assets frozen after a court order blocking the sale")."""
    found, todo = [], [c for c in verb.children if c.i > verb.i]
    while todo:
        token = todo.pop()
        if token.dep_ in _NOT_OWN or (token.dep_ == "prep" and token.lower_ in _ASIDE_PREPS):
            continue
        found.append(token)
        todo.extend(token.children)
    return sorted(found, key=lambda t: t.i)


_NOT_OWN = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "parataxis", "cc"})
_ASIDE_PREPS = frozenset({"including", "after", "before", "until", "despite", "like"})


def is_passive(token: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)


def _tells_after(verb: Token, conj: Token) -> bool:
    """A verb of telling joined to the act but not in its form: the teller's next words
    ("would not be abolished and argued courts had"), not "step in and say we need to"."""
    if conj.lemma_.lower() not in _TELLING or not any(c.dep_ == "ccomp" for c in conj.children):
        return False
    finite = conj.tag_ in ("VBD", "VBZ", "VBP")
    return finite or (is_passive(verb) and not is_passive(conj))


def is_time(prep: Token) -> bool:
    before = prep.doc[prep.i - 1] if prep.i else None
    if before is not None and before.lower_ in ("up", "down") and prep.lower_ == "on":
        return False  # "5% up on 2014": a comparison, not when
    if prep.lower_ not in TIME_PREPOSITIONS:
        return False
    if prep.lower_ == "on" and any(c.lemma_.lower() in _AWAY for c in prep.children):
        return False  # "sent on early holiday": where one is, not when
    if prep.lower_ == "in" and [t.lower_ for t in prep.subtree][1:] in _SINCE:
        return False  # "the first in years": how long since, not when
    # the date of the phrase itself, not of a clause inside it ("In an effort to force out
    # the soldiers that seized control on March 21": why, not when)
    inside = {t.i for c in prep.subtree if c.dep_ in _CLAUSES for t in c.subtree}
    # nor of a time phrase inside it ("in a visit to Sheffield on Thursday": that one says when)
    inside |= {t.i for c in prep.subtree if c.i != prep.i and _timed(c) for t in c.subtree}
    dated = [t for t in prep.subtree if t.ent_type_ in ("DATE", "TIME") and t.i not in inside]
    # "in his Sunday Express article": a day inside a paper's name, no time ("in the
    # January transfer window" is one)
    named = [t for t in dated if t.dep_ == "compound" and t.head.pos_ == "PROPN"]
    return any(t.head.ent_type_ in ("DATE", "TIME") or t not in named for t in dated)


def _timed(prep: Token) -> bool:
    """A preposition of time whose own object is a date ("on Thursday")."""
    if prep.dep_ != "prep" or prep.lower_ not in TIME_PREPOSITIONS:
        return False
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


_CLAUSES = ("relcl", "acl", "advcl", "xcomp", "ccomp", "pcomp")  # "on getting out ... this year"
_AWAY = frozenset({"holiday", "leave", "vacation", "furlough", "sabbatical"})
_SINCE = [[w] for w in ("years", "decades", "months", "weeks", "ages", "generations")]


def span_text(token: Token) -> str:
    subtree = list(token.subtree)
    span = token.doc[subtree[0].i : subtree[-1].i + 1]
    return span.text.strip(' ,;:"“”')


def phrase(token: Token) -> str:
    """A noun's name without quantities or trailing modifiers: "dockworkers", "both sides";
    of "a small group of Democratic lawmakers", the lawmakers."""
    if token.lemma_.lower() in PART_NOUNS:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        members = [p for p in of.children if p.dep_ == "pobj"] if of is not None else []
        if members and members[0].tag_ in ("NNS", "NNPS"):
            token = members[0]
    aside = _name_before_a_dash(token)
    if aside:
        return spaced(aside)[:60]
    words = [
        t
        for t in token.subtree
        if t.i <= token.i
        and not t.is_space  # a blanked dateline
        and (t.i == token.i or t.dep_ not in ("quantmod", "advmod", "punct", "prep", "pobj"))
        and not (t.like_num and not t.is_alpha)
        and t.lower_ not in ("the", "a", "an", "more", "than", "about", "some")
        and not _measure(t)
    ]
    return spaced(words)[:60]


def _name_before_a_dash(token: Token) -> list:
    """ "Labour - the largest group with 29 seats - agreed": the name before the aside,
    which the parser made a modifier of the aside's noun."""
    left = [t for t in token.subtree if t.i < token.i]
    for k, t in enumerate(left):
        spaced_dash = t.text in ("-", "–", "—") and t.i > 0 and t.doc[t.i - 1].whitespace_
        if spaced_dash and t.whitespace_ and k and all(w.pos_ == "PROPN" for w in left[:k]):
            return left[:k]
    return []


def _measure(token: Token) -> bool:
    """ "34-member", "24-year-old": a count made a modifier, no part of a name."""
    return token.dep_ in ("compound", "amod", "npadvmod") and any(
        c.dep_ == "nummod" for c in token.subtree
    )


def not_yet(token: Token) -> bool:
    """ "has yet to agree", "is yet to sign": it has not."""
    if token.dep_ != "xcomp" or token.head.lemma_.lower() not in ("have", "be"):
        return False
    return any(c.lower_ == "yet" and c.dep_ == "advmod" for c in token.head.children)


def claimed(token: Token) -> bool:
    """Inside what a report or claim says: "denied reports that her beliefs would make her
    refuse to serve"."""
    node = token
    while node.head.i != node.i:
        # "amid claims senior figures are planning": a that-less claim parses as relative
        if node.dep_ in ("acl", "ccomp", "relcl") and node.head.pos_ == "NOUN":
            return node.head.lemma_.lower() in CLAIM_NOUNS
        node = node.head
    return False
