"""How a commitment reads: the words of its act, the time of the act and its condition."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.analysis.clauses import action_text, antecedent, has_modal, subject_words
from briefing.analysis.conditions import condition_of
from briefing.analysis.cutting import readable_cut
from briefing.analysis.forms import (
    agent_of,
    goes_on,
    is_negated,
    is_passive,
    is_relative,
)
from briefing.analysis.senses import effort_only
from briefing.analysis.targets import thing_asked_for
from briefing.analysis.times import time_of
from briefing.nlp.lexicon import (
    DEMAND_MODALS,
    DEMONSTRATIVES,
    NO_ONE,
    SIDE_NOUNS,
    THIRD_PERSON,
    THIRD_PLURAL,
    VOICE_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECTS = frozenset({"dobj", "attr", "ccomp", "dative"})
DO_SO = re.compile(r"^(?:do (?:so|it|this|that)|follow suit)\b", re.I)


# a passive's subject that names no one: "they need to be stopped"
_THIRD_PARTIES = frozenset({*THIRD_PERSON, *THIRD_PLURAL, "it", *DEMONSTRATIVES})
_CLOCK = re.compile(r"^\d{1,2}:\d\d\s*[ap]\.?m\.?\s+", re.IGNORECASE)


def wording(action: Token, head: Token, kind: str) -> tuple[str, str, str, bool] | None:
    """(action, time, condition, whether the action says its own "not") of the act at
    ``action`` under the commitment word ``head``; None when there is nothing a reader could
    take in ("re", "do so")."""
    when = time_of(action, head)
    what = action_text(action)
    lost = _clause_hung_elsewhere(action)
    if lost is not None:  # "ensure parents and patients make the key decisions"
        what = readable_cut(f"{what} {action.doc[lost.i : lost.right_edge.i + 1].text}")
    ruled = action.pos_ == "NOUN" and what.split()[0].lower() in ("no", "any")
    if ruled:  # "there can be no bargaining", "there won't be any cuts": "no cuts"
        what = "no " + what.split(" ", 1)[-1]
    if thing_committed_to(action, head):
        what = f"{action.head.head.lower_} to {what}"  # not "pledge: the peace plan"
    if (len(what) < 3 and not subject_words(action)) or DO_SO.match(what):
        return None  # ("no jobs would go" reads whole)
    done = action.lemma_.lower() == "do"
    if done and not any(c.dep_ in OBJECTS and c.lower_ != "same" for c in action.children):
        return None  # "the things we're going to do to change that", "to do the same": what?
    if goes_on(action) or effort_only(action):
        return None  # "we'll keep going", "try to play my best tennis": resolve, no act
    if any(_stranded(c) for c in action.children):
        return None  # "something we will talk about in selection": what about is elsewhere
    about = subject_words(action)
    if not about and kind == "demand" and action.dep_ == "xcomp" and is_passive(action):
        # "Tyson ... needs to be held accountable"; not "changes need to be made": what?
        named = any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in action.head.children)
        about = subject_words(action.head) if named else ""
    stray = "" if about else _subject_read_as_object(action)
    about = about or stray
    if kind == "demand" and not about and _done_to_someone_unnamed(action):
        return None  # "they need to be stopped": shown as "be stopped", the committer's own
    # "clemency would not be extended to X": "not extend clemency to X" (a passive said
    # without "not" keeps its subject: "the hospital to be rebuilt")
    negated_passive = is_passive(action) and is_negated(action)
    says_not = ruled
    if kind not in ("demand", "warning", "threat") and about and negated_passive:
        if about.lower().startswith("no "):
            about = about[3:]  # "no jobs would be cut": "not cut jobs", the "not" shown apart
        active = _active_voice(action, about, what)
        whole = None if active else _with_its_subject(action, about, what)
        if active:
            what, about = active, ""
        elif whole:  # "those who meet the criteria will not be affected by the decision"
            what, about, says_not = whole, "", True
    elif kind == "assurance" and about and _named_other(action, head) and is_negated(action):
        whole = _with_its_subject(action, about, what)  # "insists Shaqiri will not be
        if whole:  # leaving the club": Shaqiri's act, which the speaker vouches for
            what, about, says_not = whole, "", True
    # what a passive is about ("these details to be stricken", "British troops to be
    # withdrawn"), unless the act is negated ("not clemency to be extended" reads wrong)
    # or, but for a demand ("Turkcell's stake to be cut"), it is a name
    undone = is_passive(action) and not is_negated(action)
    if undone and kind == "demand" and _CLOCK.match(about):
        about = _CLOCK.sub("", about)  # "8:55 P.M. The Hamas leadership": a blog's clock
        about = "the" + about[3:] if about.startswith("The ") else about
    named = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in action.children)
    passive = undone and (kind == "demand" or not named)
    passive_warning = kind in ("warning", "threat") and is_passive(action)
    short = len(what.split()) < 2 and action.i != head.i
    # a demand's target says whose, unless it is a thing: "for an inquiry to look into"
    others = (
        _others(action, head)
        if kind != "demand"
        else thing_asked_for(action) or _others_bound(action, head)
    )
    nobody = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NO_ONE for c in action.children)
    if about and (passive or passive_warning or short or others or stray or nobody):
        finite = any(c.dep_ == "auxpass" and c.tag_ != "VB" for c in action.children)
        gerund = action.tag_ == "VBG" and not is_passive(action)
        joined = " " if finite or gerund else " to "  # "young people were informed"
        what = readable_cut(f"{about}{joined}{what}")  # "violations to be punished"
    if len(what.split()) < 2 and is_relative(head) and not _relative_subject(head):
        noun = antecedent(head)
        if noun.split()[:1] == ["how"]:
            return None  # "how hard a bargain they are willing to drive": asked, not named
        at = _relative_preposition(head)  # "the chapel at which he will preside"
        what = readable_cut(f"{what} {at.text} {noun}" if at else f"{what} {noun}")
    elif is_relative(head) and what.split()[:1] == [action.text] and _relative_object(action):
        verb, _, rest = what.partition(" ")  # "voters who he is promising to bring into"
        what = readable_cut(f"{verb} {antecedent(head)} {rest}")
    elif is_relative(head) and _ends_on_relative_object(action, what):
        what = readable_cut(f"{what} {antecedent(head)}")  # "initiatives that we will
        # continue to develop": "continue to develop other technological initiatives"
    if when and what.endswith(when):
        what = what[: -len(when)].rstrip(" ,")  # the time has its own field
    words = what.split() if when else []
    for k in range(1, len(words) - 1):  # "the film ahead of its release" + "... on Friday"
        if words[k] == when.split()[0] and when.startswith(" ".join(words[k:]) + " "):
            what = " ".join(words[:k])
            break
    what = _as_a_verb(action, what)
    if what.startswith("be ") and any(c.dep_ == "expl" for c in action.children):
        what = what[3:]  # "promised there would be no cuts to the police": "no cuts to ..."
    condition = condition_of(action, head)
    if condition == when:
        condition = ""  # "until 2029" is a time, not a condition
    return what, when, condition, says_not


def _done_to_someone_unnamed(action: Token) -> bool:
    """A passive whose subject is "they", "it" or "this": who or what is to be acted on is
    in another sentence, and the act alone would read as the one who asks it."""
    if not is_passive(action):
        return False
    bearer = action.head if action.dep_ == "xcomp" else action  # "they need to be stopped"
    asked = [c for c in bearer.children if c.dep_ in ("dobj", "dative")]  # "asked her mom to
    # get screened": the one asked is the passive's subject, not the asker
    roles = ("dobj", "dative") if asked and bearer != action else ("nsubj", "nsubjpass")
    return any(
        c.dep_ in roles and c.lower_ in _THIRD_PARTIES for c in (*action.children, *bearer.children)
    )


def _subject_read_as_object(action: Token) -> str:
    """ "pledged childcare would be a centrepiece", parsed with "childcare" the pledging's
    object: the clause's subject, right before it."""
    if action.dep_ != "ccomp" or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in action.children
    ):
        return ""
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in action.children):
        return ""
    before = action.doc[action.left_edge.i - 1] if action.left_edge.i else None
    if before is None or before.dep_ != "dobj" or before.head.i != action.head.i:
        return ""
    if before.pos_ not in ("NOUN", "PROPN"):
        return ""
    return action.doc[before.left_edge.i : before.i + 1].text


def _as_a_verb(action: Token, what: str) -> str:
    """ "committed to investing in our beach patrol" commits to "invest in our beach patrol",
    "rejected a takeover offer" refuses to "reject a takeover offer": the act in the plain
    form every other action is shown in."""
    first, _, rest = what.partition(" ")
    if action.tag_ not in ("VBG", "VBD", "VBN", "VBZ") or first != action.text:
        return what
    if not action.lemma_.isalpha():
        return what
    return f"{action.lemma_.lower()} {rest}".rstrip()


def thing_committed_to(action: Token, head: Token) -> bool:
    """ "committed to the roadmap peace plan": a stance toward a thing, not an act (nor
    "committed to building homes", a gerund tagged a noun)."""
    to = action.head
    return (
        # ("remained committed to the peace deal": the word is the verb's complement)
        to.head.lemma_.lower() in ("commit", "committed")
        and action.pos_ in ("NOUN", "PROPN")
        and not action.left_edge.lower_.endswith("ing")
        and action.dep_ == "pobj"
        and to.lower_ == "to"
        and head in (to.head, to.head.head)
    )


def _clause_hung_elsewhere(action: Token) -> Token | None:
    """ "to ensure frontline professionals, parents and patients make the key decisions",
    parsed with "make" on the main verb: the verb right after "ensure X" is X's, and the
    act's."""
    if action.lemma_.lower() not in ("ensure", "guarantee"):
        return None
    objects = [c for c in action.children if c.dep_ == "dobj"]
    after = action.right_edge.i + 1
    if not objects or after >= len(action.doc):
        return None
    verb = action.doc[after]
    # (past the right edge, so never in the act's own subtree)
    return verb if verb.tag_ in ("VBP", "VB") and verb.dep_ in ("advcl", "conj", "ccomp") else None


def _others(action: Token, head: Token) -> bool:
    """ "vowed the nine men would remain in prison": the act is others', named by a common
    noun; "the company", "the government" most often are the committer's own side."""
    subject = next((c for c in action.children if c.dep_ == "nsubj"), None)
    return (
        action.i != head.i
        # "would remain": "the men to remain" reads; "tries" not; "proposed a video
        # discussing X" (the noun parsed as the participle's subject) reads as a video
        and (action.tag_ == "VB" or (action.tag_ == "VBG" and action.dep_ == "xcomp"))
        and subject is not None
        and subject.pos_ == "NOUN"
        and subject.lemma_.lower() not in SIDE_NOUNS
        and subject.lemma_.lower() not in VOICE_NOUNS
    )


def _others_bound(action: Token, head: Token) -> bool:
    """ "urged that the men should receive counselling", "said companies must pay more tax":
    who should act is told in common words, which no target names; the act reads "the men
    to receive counselling"."""
    subject = next((c for c in action.children if c.dep_ == "nsubj"), None)
    return (
        action.dep_ == "ccomp"
        and head.i in (action.i, action.head.i)  # "said companies must pay", "urged that"
        and has_modal(action, DEMAND_MODALS)
        and not is_negated(action)  # "not members to eat" would read wrong
        and subject is not None
        and subject.tag_ == "NNS"
        and not subject.ent_type_
        and subject.lemma_.lower() not in SIDE_NOUNS
        and subject.lemma_.lower() not in VOICE_NOUNS
    )


def _active_voice(action: Token, about: str, what: str) -> str | None:
    """ "Janner would not be tried over the allegations", refused by the prosecutors: "try
    Janner over the allegations", which reads as their act (not as theirs to suffer). Not
    with an agent ("be affected by the decision") or a second verb ("be diverted or
    distracted")."""
    words = what.split(" ", 2)
    if len(words) < 2 or words[0] != "be" or words[1] != action.text:
        return None
    if agent_of(action) is not None or any(_second_participle(c) for c in action.children):
        return None
    return " ".join([action.lemma_.lower(), about, *words[2:]])


def _second_participle(conj: Token) -> bool:
    """ "diverted or distracted"; not a verb with a clause of its own ("would not be abolished
    and argued courts had flexibility", the second verb the teller's)."""
    own = ("ccomp", "dobj", "nsubj", "nsubjpass")
    return conj.dep_ == "conj" and not any(c.dep_ in own for c in conj.children)


def _named_other(action: Token, head: Token) -> bool:
    """ "insists Shaqiri will not be leaving": the clause's subject is a name, so the act
    is another's than the one who vouches for it."""
    subject = next((c for c in action.children if c.dep_ == "nsubj"), None)
    return action.i != head.i and subject is not None and subject.pos_ == "PROPN"


def _with_its_subject(action: Token, about: str, what: str) -> str | None:
    """A negated act of others said whole: a passive that cannot turn active ("those who
    meet the criteria will not be affected by the decision"), or another's act vouched for."""
    subject = next((c for c in action.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    passive = what.startswith(f"be {action.text}")
    if subject is None or not (passive or what.startswith(action.text)):
        return None
    between = action.doc[subject.right_edge.i + 1 : action.i]
    helpers = ("aux", "auxpass", "neg", "advmod")
    if not between or any(t.head.i != action.i or t.dep_ not in helpers for t in between):
        return None  # "cannot, should not and will not be allowed"
    return readable_cut(f"{about} {between.text} {what[3:] if passive else what}")


def _stranded(prep: Token) -> bool:
    """A preposition whose object went before it ("talk about in selection"), not one the
    parser left without its words ("push through its bill", "after all")."""
    if prep.dep_ != "prep" or any(prep.children):
        return False
    after = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return after is None or after.pos_ in ("ADP", "PUNCT", "SCONJ", "CCONJ")


def _relative_preposition(head: Token) -> Token | None:
    """The preposition the relative pronoun hangs on ("at" in "at which")."""
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "prep" and any(p.tag_ in ("WP", "WDT") for p in c.children)
        ),
        None,
    )


def _relative_subject(head: Token) -> bool:
    """ "Hill, who will testify Thursday": the noun is who acts, not what is acted on."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in head.children)


def _ends_on_relative_object(action: Token, what: str) -> bool:
    """Whether the action ends on a later verb whose object is the relative pronoun
    ("continue to develop", of "initiatives that we will continue to develop")."""
    last = next((t for t in reversed(list(action.subtree)) if t.pos_ == "VERB"), None)
    return (
        last is not None
        and last.i != action.i
        and what.endswith(f" {last.text}")
        and _relative_object(last)
    )


def _relative_object(action: Token) -> bool:
    return any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in action.children)
