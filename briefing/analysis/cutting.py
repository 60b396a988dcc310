"""Phrase text a reader can take in: at most about 25 words, cut where a clause ends,
never mid-phrase or on a function word; and where quoted words end or go on (a closing
mark, an ellipsis, a word in scare quotes the parse broke on)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.nlp.lexicon import CLAUSE_OPENERS, FUNCTION_WORDS, SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# About 25 words: a clause a reader takes in at a glance.
MAX_ACTION_WORDS = 25


def readable_cut(text: str, most: int = MAX_ACTION_WORDS, particle: bool = False) -> str:
    """At most ``most`` words, never ending on a function word ("including the"); with
    ``particle``, a last word that is the verb's particle stays ("step in") unless cut."""
    if (text.count('"') + text.count("“") + text.count("”")) % 2:
        text = re.sub('["“”]', "", text)  # a quote mark whose pair is outside the action
    for dash in (" -- ", " — ", " – "):
        parts = text.split(dash)
        if len(parts) == 3 and len(parts[0].split()) >= 2 and parts[2].strip():
            # an aside in the middle: "neither they — nor the White House — will bend" keeps
            # its words, "a ban — the first in years — on exports" drops them
            joined = parts[1].split()[0].lower() in ("nor", "and", "or")
            text = " ".join([parts[0], parts[1], parts[2]] if joined else [parts[0], parts[2]])
        head = text.split(dash)[0]
        if len(head.split()) >= 2:
            text = head  # "make a determination -- the police department, ...": an aside
    words = every = text.split()
    if len(words) > most:
        # cut where a clause ends in the window's second half (a comma: "... in this
        # country, and ensures"; "and to"), not mid-phrase ("oil and gas")
        ends = [
            k
            for k in range(most // 2, most)
            if (words[k - 1].endswith((",", ";")) and not _listing(words, k))
            or words[k : k + 2] == ["and", "to"]
        ]
        words = words[: ends[-1] if ends else most]
        # "... elections in which we will": a relative clause cut short goes whole
        opened = [
            k for k in range(max(1, len(words) - 4), len(words)) if words[k] in CLAUSE_OPENERS
        ]
        if opened:
            words = words[: opened[0]]
        if every[len(words)][:1].isupper():  # "gas from the North" of "the North Sea"
            while len(words) > 1 and words[-1][:1].isupper() and words[-1][-1:].isalnum():
                words.pop()  # a name cut in two goes whole
    kept = particle and len(words) == len(every)
    while not kept and len(words) > 1 and words[-1].lower().strip(",‚;:") in FUNCTION_WORDS:
        words.pop()
    return " ".join(words).rstrip(",‚;:-–— ")  # "‚" (a low quote) stands in for a comma


def _listing(words: list[str], k: int) -> bool:
    """The comma before ``words[k]`` parts single words of one list ("peaceful, free, open
    and democratic elections"), not clauses."""
    following = words[k : k + 3]
    return len(following) == 3 and (following[0].endswith(",") or following[1] in ("and", "or"))


def in_list(comma: Token, skip: set[int]) -> bool:
    if comma.text != ",":
        return False
    after = comma.doc[comma.i + 1] if comma.i + 1 < len(comma.doc) else None
    if after is not None and comma.i and comma.doc[comma.i - 1].lower_ == after.lower_:
        return True  # "be much, much clearer": a word said twice
    before = comma.doc[comma.i - 1] if comma.i else None
    while before is not None and before.dep_ == "conj" and before.head.i < before.i:
        before = before.head  # "peaceful, free, open and democratic elections"
    if before is not None and before.dep_ in _BEFORE_ITS_NOUN and before.head.i > comma.i:
        return before.head.i not in skip  # "an index-linked, unblighted price"
    if after is not None and after.head.i == comma.head.i and after.i not in skip:
        if after.dep_ == "advmod" and any(c.dep_ == "conj" for c in after.children):
            return True  # "respond unified, swiftly and firmly"
    return any(
        c.dep_ == "conj"
        and c.i > comma.i
        and c.i not in skip
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for c in comma.head.children
    )


def encloses_kept(mark: Token, ids: set[int]) -> bool:
    """A bracket of a short aside whose words are all kept: "the Detained Fast Track (DFT)
    system" reads on past it; so does the comma that closes a listed one ("offered 20
    million shillings, or about $215,000, for information")."""
    doc = mark.doc
    if mark.text == "," and mark.i + 1 in ids:
        noun = mark.head
        listed = [c for c in noun.children if c.dep_ == "conj" and c.right_edge.i == mark.i - 1]
        opened = listed and any(c.text == "," and c.i < listed[0].i for c in noun.children)
        return bool(opened) and listed[0].i in ids
    if mark.text == "(":
        start = mark.i
        close = next((t.i for t in doc[start + 1 : start + 6] if t.text == ")"), None)
    elif mark.text == ")":
        close = mark.i
        start = next((t.i for t in reversed(doc[max(0, close - 5) : close]) if t.text == "("), None)
    else:
        return False
    if (
        start is None
        or close is None
        or not set(range(start - 1, close + 2)) - {start, close} <= ids
    ):
        return False
    return not (doc[start - 1].is_punct or doc[close + 1].is_punct)  # words on both sides


def contiguous_text(tokens: list[Token]) -> str:
    """The words of the tokens' first run, up to a gap."""
    if not tokens:
        return ""
    run = _run(tokens)
    last, kept = run[-1].i, [t.i for t in tokens]
    for t in tokens:  # "a halt to the airstrikes that a coalition[, led by ...]": a clause
        edge = t.left_edge.i
        # its last word kept: an aside left out after that word leaves the clause whole
        end = max(i for i in kept if edge <= i <= t.right_edge.i)
        if t.dep_ == "relcl" and run[0].i < edge <= last < end:
            last = t.left_edge.i - 1  # cut mid-way goes whole
            break
    doc = tokens[0].doc
    while last > run[0].i and doc[last].head.i > last and doc[last].dep_ in _MODIFIERS:
        last = doc[last].left_edge.i - 1  # "with a 7.5-foot-wide (2.3 m) ...": no noun left
    return doc[run[0].i : last + 1].text.strip(' ,;:"“”')


def _run(tokens: list[Token]) -> list[Token]:
    """The tokens read in one run from the first, up to a gap."""
    tokens = sorted(tokens, key=lambda t: t.i)  # a crossing parse gives a subtree out of order
    run = tokens[:1]
    for t in tokens[1:]:
        if t.i != run[-1].i + 1 and not _bracketed(t.doc[run[-1].i + 1 : t.i]):
            break  # (a bracket between stays: "rejected a £1.3bn ($2.5bn) takeover offer")
        run.append(t)
    return run


_MODIFIERS = frozenset({"amod", "compound", "det", "nummod", "poss", "quantmod"})
# "the company's Broken Arrow, Oklahoma, plant": the commas of a place named in parts
_BEFORE_ITS_NOUN = _MODIFIERS | {"nmod"}


def _bracketed(gap) -> bool:
    """Whether the words are one aside in brackets, "($2.5bn)"."""
    words = [t.text for t in gap]
    return len(words) > 1 and words[0] == "(" and words[-1] == ")" and words.count("(") == 1


def after_ellipsis(tokens: list[Token]) -> list[Token]:
    """'"committed to performing all work ... in a manner that is safe"': the parse hangs
    what follows a quote's ellipsis elsewhere, but it is the same quoted act, up to the
    closing mark."""
    if not tokens:
        return []
    doc, after = tokens[0].doc, tokens[-1].i + 1
    if after >= len(doc) or doc[after].text not in ("...", "…"):
        return []
    rest = doc[after + 1 : after + 25]
    end = next((t.i for t in rest if t.text in ('"', "”")), None)
    if end is None or any(t.text in (".", "!", "?", ";") or t.is_quote for t in doc[after:end]):
        return []
    return list(doc[after : end + 1])


def after_scare_quote(tokens: list[Token]) -> list[Token]:
    """'will not let "gossip" distract him', 'follow his lead and \'dump\' brands': a word
    in quote marks breaks the parse, which hangs what follows on the verb above; the act
    goes on from the closing mark to the end of the phrase the next word heads."""
    if not tokens:
        return []
    doc, last = tokens[0].doc, tokens[-1]
    close = last.i if last.is_quote else last.i + 1
    if close + 1 >= len(doc) or not doc[close].is_quote:
        return []
    opened = [t for t in doc[max(close - 4, 0) : close] if t.is_quote]
    nxt = doc[close + 1]
    own = {t.i for t in tokens}
    if not opened or not nxt.is_alpha or nxt.i in own or nxt.head.i in own:
        return []
    picked = {t.i: t for t in (doc[close], *nxt.subtree) if t.i >= close and t.i not in own}
    return [picked[i] for i in sorted(picked)]


def closes_quote(mark: Token) -> bool:
    """A quote mark right after a comma (',"', not ', "'): the quoted sentence ends, the
    speaker follows."""
    before = mark.doc[mark.i - 1] if mark.i else None
    return (
        mark.text in ('"', "”", "'", "’")
        and before is not None
        and before.text == ","
        and not before.whitespace_
    )


def opens_aside(mark: Token) -> bool:
    """ "," "(" or a dash, also a spaced hyphen ("the treaty - which aims to cut - ")."""
    if mark.text == "-":
        return mark.i > 0 and bool(mark.doc[mark.i - 1].whitespace_ and mark.whitespace_)
    return mark.text in (",", "(", "—", "–")


def without_trailing_clauses(tokens: list[Token], action: Token) -> list[Token]:
    """An act too long to read drops its last joined or relative clauses, rightmost first,
    until it fits: "try to fix our black eye and hope that people are reasonable" rather
    than 25 words ending "portray what we're"."""
    kept = list(tokens)
    while _words(run := _run(kept)) > MAX_ACTION_WORDS:
        present = {t.i for t in run}
        clauses = [
            t
            for t in run
            if t.i > action.i
            and t.head.i in present
            and t.right_edge.i >= run[-1].i  # at the end: a gap mid-way would end the run
            and (t.dep_ == "relcl" or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")))
        ]
        if not clauses:
            break
        last = max(clauses, key=lambda t: t.i)
        gone = {t.i for t in last.subtree}
        start = last.left_edge.i  # and the "and" or comma that joined it
        gone.update(
            c.i
            for c in last.head.children
            if c.dep_ in ("cc", "punct") and start - 2 <= c.i < start
        )
        shorter = [t for t in kept if t.i not in gone]
        if _words(_run(shorter)) < 4:
            break
        kept = shorter
    return kept


def teller_joined(name: Token) -> bool:
    """ "the raid that killed Osama bin Laden, Sen. John F. Kerry (D-Mass.) said": the parser
    joins the teller to the last name with a comma; he is the subject of "said"."""
    doc, first, after = name.doc, name.left_edge.i, name.right_edge.i + 1
    if name.dep_ != "conj" or name.pos_ != "PROPN" or not first or after >= len(doc):
        return False
    listed = any(c.dep_ == "cc" for c in name.head.children)  # "X, Y and Z"
    return doc[first - 1].text == "," and not listed and doc[after].lemma_ in SPEECH_VERBS


def said_aside(token: Token) -> bool:
    """ "rejected a call for an inquiry saying it was not appropriate": why the act was
    done, told by a participle the parser hangs on the object, no part of the act."""
    return token.tag_ == "VBG" and token.dep_ == "acl" and token.lemma_ in SPEECH_VERBS


def _words(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if not t.is_punct)
