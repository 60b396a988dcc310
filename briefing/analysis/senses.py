"""Whether a commitment verb commits in this sense ("called for", not "called the police";
"ruled out", not "do not rule out the possibility"), whether its object names the act
("offered talks", not "offered his view"), and whether a future act is only a player's
effort ("try to play my best tennis")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.attribution import is_agent
from briefing.analysis.clauses import purpose
from briefing.analysis.complements import asked_to, called_for, for_to, infinitive_after
from briefing.analysis.forms import (
    REPORTED_BY,
    dared,
    is_negated,
    is_noun_use,
    is_passive,
    is_someone,
    object_kind,
    prep_objects,
    to_infinitive,
)
from briefing.analysis.resolve import Resolver
from briefing.analysis.subjects import subject_of
from briefing.nlp.lexicon import (
    ACCEPTED,
    ASKING,
    ASKING_FOR,
    AUDIENCE_NOUNS,
    CHOSEN_BY_OTHERS,
    CLAIM_NOUNS,
    CONTEST_RESULTS,
    DEMANDED_NOUNS,
    EFFORT_MANNER,
    EFFORT_OBJECTS,
    ELECTION_RESULTS,
    GAMES,
    HARMFUL_OBJECTS,
    IDEAS,
    KIT,
    LAW_WORDS,
    LOYALTIES,
    NOT_OFFERED,
    NOT_RULED_OUT,
    ORDERED_STOPS,
    PLAYING,
    PROCESS_NOUNS,
    PUNITIVE,
    ROLE_WORDS,
    SEAT_VERBS,
    SPOKEN_THINGS,
    STANDING,
    TALKS,
    TRYING,
    WARNED_ACTS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def in_its_sense(verb: Token) -> bool:
    """Whether a commitment verb commits here: "called on / for", "ruled out" (not "do not
    rule out the possibility"), "appealed to X to / for calm" (not "appealed the verdict")."""
    lemma = verb.lemma_.lower()
    if is_noun_use(verb):
        return False
    if lemma == "call":
        so_called = verb.i > 1 and verb.nbor(-1).text == "-" and verb.nbor(-2).lower_ == "so"
        if so_called:
            return False
        then = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
        if then not in ("on", "upon", "for") and any(c.dep_ == "dobj" for c in verb.children):
            return False  # "called the case for reform compelling", "called the police"
        return any(c.lower_ in ("on", "for") for c in verb.children) or bool(for_to(verb))
    if lemma == "rule":
        objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
        out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
        return out and not is_negated(verb) and not objects & NOT_RULED_OUT
    if lemma == "appeal":
        # "appealed to donors to give", the act parsed as the appeal's own complement
        asked = prep_objects(verb, "to") and any(
            c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children
        )
        return called_for(verb) or bool(infinitive_after(verb) or asked or for_to(verb))
    if lemma == "threaten":  # "the merged firm threatened to be too dominant": a risk
        return not any(c.dep_ == "xcomp" and c.lemma_ == "be" for c in verb.children)
    if lemma == "invite":  # "invited the rebels to join talks"; not "invited bids to run"
        return any(c.dep_ == "dobj" and is_someone(c) for c in verb.children) and bool(
            asked_to(verb)
        )
    if lemma in ASKING:  # "pressed the Pentagon to release", "pushing for a ban"
        wanted = called_for(verb) or bool(for_to(verb))
        stop = lemma == "order" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ORDERED_STOPS for c in verb.children
        )  # "China has ordered a halt to construction work"
        return bool(asked_to(verb)) or (lemma in ASKING_FOR and wanted) or stop or dared(verb)
    if lemma == "assure":  # "stepped in to assure security": ensured; no one reassured
        things = [c for c in verb.children if c.dep_ == "dobj" and not is_someone(c)]
        return not things or any(c.dep_ == "ccomp" for c in verb.children)
    if lemma == "accept":  # "accepted the ceasefire proposal"; not "accepted the blame"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "hopeful that most creditors will accept the deal": a hope, no one's word
        hoped = verb.dep_ == "ccomp" and verb.head.lemma_.lower() not in REPORTED_BY
        return any(o.lemma_.lower() in ACCEPTED for o in objects) and not (
            is_passive(verb) or hoped
        )
    if lemma == "resolve":  # "resolved to fight on"; not "to resolve the dispute"
        return any(c.dep_ == "xcomp" for c in verb.children)
    if lemma == "work":  # "is working to restore power"; not "worked to", "works to rule"
        now = verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in verb.children
        )
        acts = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c)]
        # "working on a call for instruments to fly on those missions": the instruments' act
        on = [c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
        acts = [a for a in acts if not any(verb.i < i < a.i for i in on)]
        return now and any(  # not "working to stay positive": a state
            not any(g.dep_ == "acomp" for g in a.children) for a in acts
        )
    if lemma == "seek":  # "is seeking to ban"; not "seeking a man", nor "sought to" (tried)
        if any(c.dep_ == "dobj" and c.lemma_.lower() in DEMANDED_NOUNS for c in verb.children):
            return True  # "is seeking a full inquiry", "sought an apology": asked for
        past = verb.tag_ == "VBD" or any(
            c.lower_ in ("had", "has", "have", "was", "were") for c in verb.children
        )  # "sought to", "were seeking to": tried
        return not past and any(c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children)
    return True


PENALTIES = PUNITIVE | HARMFUL_OBJECTS


def object_is_act(verb: Token, resolver: Resolver, offset: int, speaker: str) -> bool:
    """Whether a commitment verb's object names the act: "offered talks", "demanded an
    apology", "pledged $10 million", "threatened Seoul with strikes"."""
    lemma = verb.lemma_.lower()
    kind = object_kind(lemma)  # "sought an apology" asks
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    lemmas = {c.lemma_.lower() for c in objects}
    penalty = any(
        n.lemma_.lower() in PENALTIES for n in prep_objects(verb, "with")
    )  # "threatened Seoul with nuclear strikes": Seoul is whom, the strikes what
    if (kind != "demand" and lemmas & NOT_OFFERED) or (kind == "offer" and lemmas & IDEAS):
        return False  # "offered his view"; "demanded an apology" asks for an act
    if lemma in ("reject", "dismiss", "deny") and lemmas & CLAIM_NOUNS:
        return False  # "rejected the allegations": a denial, no act refused
    if lemma in ("reject", "dismiss") and any(_idea_that(c) for c in objects):
        return False  # "rejected the idea Kilroy-Silk posed a threat": a claim denied
    if lemma == "threaten" and not (lemmas & (PENALTIES | WARNED_ACTS) or penalty):
        return False  # "threatening our ability to"
    if dared(verb):
        return True  # "challenged Holt to a debate": the one asked, and the contest
    if any(_said_of(verb, c) for c in objects):
        return False  # "agreed the 1701 Act ..., was discriminatory": agreed that it was
    money = kind in ("pledge", "promise", "offer")  # "pledged $10 million"
    if any(
        c.pos_ not in ("NOUN", "PROPN") and not (money and c.ent_type_ == "MONEY") for c in objects
    ):
        return False  # "offer more", "the freedoms that this country offers"
    if lemma == "warn" and any(
        n.pos_ == "NOUN" for h in (verb, *objects) for n in prep_objects(h, "against")
    ):
        return True  # "warned legislators against the veto": whom, and what
    if lemma == "warn" and objects:
        return False  # "warning the undercover investigator that": one warns whom, of what
    if not penalty and any(
        is_someone(c)
        or (lemma in ("urge", "ask") and (c.tag_ in ("NNS", "NNPS") or c.lemma_ in AUDIENCE_NOUNS))
        for c in objects
    ):
        return False  # "urged voters": to whom, not what ("urged restraint" is what)
    if kind == "offer" and not is_agent(verb, resolver, offset, speaker):
        return False  # "the arguments offered moments of tension", "the plan offers"
    return True


def _idea_that(obj: Token) -> bool:
    """ "the idea (that) X posed a threat", not "the idea of a referendum"."""
    if obj.lemma_.lower() not in IDEAS:
        return False
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    told = any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in obj.children)
    return told or (
        after is not None and (after.lower_ == "that" or after.pos_ in ("PROPN", "PRON"))
    )


def _said_of(verb: Token, obj: Token) -> bool:
    """The object is the subject of a that-clause the parser missed: a "be" after it, with
    no subject and no "and" of its own, hung on the verb as a second verb."""
    for clause in verb.children:
        if clause.dep_ != "conj" or clause.lemma_ != "be" or clause.i < obj.right_edge.i:
            continue
        joined = any(c.dep_ == "cc" and obj.right_edge.i < c.i < clause.i for c in verb.children)
        if not joined and subject_of(clause) is None:
            return True
    return False


def thing_acts(token: Token, resolver: Resolver, offset: int, speaker: str) -> bool:
    """A singular common noun that is no one ("the app", "the storm", "the bill") as the
    subject of a commitment verb; people and groups ("legislators", "the states") pass."""
    subject = subject_of(token)
    shared = subject_of(token.head) if subject is None and token.dep_ == "conj" else None
    for noun in (subject, shared):  # "the talks are under way and aim to"
        if noun is None or any(c.lower_ == "between" for c in noun.children):
            continue  # "talks between X and Y agreed": the parties
        if noun.lemma_.lower() in LAW_WORDS | PROCESS_NOUNS:  # (a LAW tag is often a name)
            return True  # "The Wales Bill offers to", "the negotiations aim to"
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if subject.tag_ != "NN" or lemma in ROLE_WORDS:
        return False
    return not is_agent(token, resolver, offset, speaker)


def to_child(token: Token) -> bool:
    """ "committed to peace", "committed £2bn to the project", "committed himself to"; not
    the "to" of the verb itself ("seemed to aim a headbutt")."""
    return any(c.lower_ == "to" and c.dep_ != "aux" for c in token.children) or any(
        c.dep_ == "xcomp" for c in token.children
    )


def effort_only(verb: Token) -> bool:
    """ "continue to give everything I have", "try to play my best tennis", "play rugby for
    Wales", "do all we can to do that and focus on the game", "compete against X", "start
    winning", "wear No 8", "worry about Ireland", "work hard", "show that we're a strong
    team": a player's effort or a contest, no act ("compete in every seat" is a plan)."""
    while verb.lemma_.lower() in TRYING:
        tried = [c for c in verb.children if c.dep_ == "xcomp"]
        if len(tried) != 1:
            return False
        verb = tried[0]
    lemma = verb.lemma_.lower()
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    if _standing(verb):
        return True
    if lemma == "give":
        return bool(objects & EFFORT_OBJECTS)
    if lemma == "win":  # "we need to start winning now"; not "win back voters"
        return not any(c.dep_ == "prt" for c in verb.children)
    if lemma in PLAYING:
        return not objects or bool(objects & GAMES)
    if lemma == "compete":  # "compete against X in the final", "compete for 1,004 delegates"
        return any(c.dep_ == "prep" and c.lower_ in ("against", "for") for c in verb.children)
    if lemma == "wear":  # "wear the armband", "wear No 8"
        return bool(objects & KIT) or any(c.dep_ == "dobj" and c.like_num for c in verb.children)
    if lemma in ("ride", "race"):  # "who will ride for Great Britain": a team place
        return any(o.pos_ == "PROPN" for o in prep_objects(verb, "for"))
    if lemma == "come":  # "will come up against his countryman": meeting an opponent
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
        return {"up", "against"} <= particles
    if lemma == "work":  # "we need to work hard"; not "work hard to deliver the plan"
        advs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
        more = any(c.dep_ in ("xcomp", "advcl", "prep", "dobj") for c in verb.children)
        manner = {o.lemma_.lower() for o in prep_objects(verb, "with")}  # "work with focus"
        return ("hard" in advs and not more) or bool(manner & EFFORT_MANNER)
    if lemma == "focus":
        return any(o.lemma_.lower() in GAMES for o in prep_objects(verb, "on"))
    if lemma in ("meet", "face"):  # "will meet O'Driscoll in Saturday's match"
        return any(o.lemma_.lower() in GAMES for o in prep_objects(verb, "in"))
    if lemma in ("sit", "relax", "rest", "sleep"):  # "I'm going to sit at home": an evening
        with_whom = prep_objects(verb, "with") or prep_objects(verb, "on")  # talks, a panel
        # not "relax restrictions", nor "we will not rest until": a vow
        return not (with_whom or objects) and not is_negated(verb)
    if lemma == "go":  # "we'll go into Wednesday firing": the next game
        into = [t for o in prep_objects(verb, "into") for t in (o, *o.children)]
        return any(t.ent_type_ == "DATE" or t.lemma_.lower() in GAMES for t in into)
    if lemma in ("worry", "pray"):  # "we'll worry about Ireland", "we shall continue praying"
        return True
    granted = [*prep_objects(verb, "for"), *(c for c in verb.children if c.dep_ == "advcl")]
    if lemma == "take" and any(o.lower_ == "granted" for o in granted):
        return True  # "we will not take them for granted": respect for a rival
    if lemma in ("show", "prove", "demonstrate"):  # "show that we're a strong group"
        return any(_we_are(c) for c in verb.children if c.dep_ == "ccomp")
    if lemma == "do" and objects & {"all", "everything", "whatever"}:
        ends = [t for t in verb.subtree if t.i != verb.i and t.pos_ == "VERB"]  # "to help"
        return all((e.lemma_.lower() == "do" and _done_that(e)) or effort_only(e) for e in ends)
    return False


def _standing(verb: Token) -> bool:
    """ "solidify their grip on second place", "address their mini-slump": a team's standing."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    held = [o for c in objects for p in c.children if p.dep_ == "prep" for o in p.children]
    return any(o.lemma_.lower() in STANDING for o in objects + held)


def _we_are(clause: Token) -> bool:
    """A clause that tells what the speakers are: "(that) we're a strong team"."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.lemma_ == "be" and subject is not None and subject.lower_ in ("we", "i")


def _done_that(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in ("that", "it", "this") for c in verb.children)


def not_loyalty(actions: list[Token]) -> list[Token]:
    """Without "this team", "the club", "Sarah": whom one is committed to is no act; nor
    is a view ("won't commit to an opinion of Hollywood": she will not say)."""
    held = LOYALTIES | SPOKEN_THINGS
    return [
        a for a in actions if a.pos_ == "VERB" or not (is_someone(a) or a.lemma_.lower() in held)
    ]


OWN_CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp", "conj", "parataxis"})


def aims_to_win(action: Token) -> bool:
    """A contest's result in the act: "go all out for victory", "travel to Ireland to win",
    "form the next government", "seeking to be named as the candidate" (not in a clause of
    its own: "will retire if he wins", "the title she won")."""
    chosen = action.lemma_.lower() in CHOSEN_BY_OTHERS
    if chosen and action.dep_ == "xcomp" and is_passive(action):
        return True  # one's own "to be named" (not "promising girls will be selected")
    words, todo = [], [action]
    while todo:
        word = todo.pop()
        words.append(word)
        # "go to Ireland to win": a "to" clause of purpose is the act's own
        own = (c for c in word.children if c.dep_ not in OWN_CLAUSES or _for_purpose(c))
        todo.extend(own)
    return any(
        t.lemma_.lower() in CONTEST_RESULTS
        and not t.ent_type_  # "in time for Victory Day"
        and not any(c.dep_ == "prt" for c in t.children)  # "win back voters": an act
        or voters_decide(t)
        for t in words
    )


def voters_decide(action: Token) -> bool:
    """ "forming the next government", "will take three key seats from the Conservatives":
    an election's result, not one's own act."""
    return any(_next_government(action, c) or _seats_won(action, c) for c in action.children)


def _seats_won(verb: Token, noun: Token) -> bool:
    """ "take three seats", "gain seats from Labour": counted or taken from a rival, what
    voters give (not "will not take their seats in Westminster": an act)."""
    if (
        noun.dep_ != "dobj"
        or noun.lemma_.lower() != "seat"
        or verb.lemma_.lower() not in SEAT_VERBS
    ):
        return False
    counted = any(c.dep_ == "nummod" for c in noun.children)
    taken = (c for c in (*verb.children, *noun.children) if c.dep_ == "prep")
    return counted or any(c.lower_ == "from" for c in taken)


def _next_government(verb: Token, noun: Token) -> bool:
    """ "form the next government": what voters decide (not "form a coalition government")."""
    elected = any(c.lower_ == "next" for c in noun.children)
    return elected and (verb.lemma_.lower(), noun.lemma_.lower()) in ELECTION_RESULTS


def _for_purpose(clause: Token) -> bool:
    return clause.dep_ == "advcl" and purpose(clause) and subject_of(clause) is None


def sells(offer: Token) -> bool:
    """ "offers its catalogue", "is offering children's programmes": what it sells now (not
    "is offering talks", an act, nor "offers $92 a share", a bid)."""
    aux = {c.lower_ for c in offer.children if c.dep_ == "aux"}
    selling = offer.tag_ == "VBG" and aux & {"is", "are", "'s", "'re"} and "will" not in aux
    things = {c.lemma_.lower() for c in offer.children if c.dep_ == "dobj"} - TALKS
    return (offer.tag_ in ("VBZ", "VBP") or bool(selling and things)) and not bids_money(offer)


def bids_money(verb: Token) -> bool:
    """ "offers $92 a share": a bid, not a product."""
    return any(t.ent_type_ == "MONEY" for c in verb.children if c.dep_ == "dobj" for t in c.subtree)
