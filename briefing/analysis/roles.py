"""A person's role, as the text gives it: a title before the name ("US Secretary of State
Antony Blinken"), an apposition ("Henrik Dahl, Norvik's chief"), "X is the Y", or an
abbreviated title ("Sen. Elizabeth Warren"). Never from someone's quoted praise."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.analysis.role_text import clean_role, role_word, short_role
from briefing.nlp.lexicon import (
    ABBREVIATED_TITLES,
    ADDRESSED,
    AGE_NOUNS,
    CHAMBER_WORDS,
    CLAIMING_VERBS,
    DEMONYMS,
    HONORIFICS,
    NAME_TITLES,
    OCCUPATIONS,
    PARTY_WORDS,
    PORTFOLIOS,
    PUBLIC_OFFICES,
    ROLE_WORDS,
    SPOKESPEOPLE,
    TEAMS_CALLED,
    WHEN_NOT_TITLE,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def predicate_role(ent: Span) -> str:
    """ "Mr Rhodes is also deputy leader of Leicestershire County Council", "Denis
    McDonough, who is Obama's chief of staff,"."""
    root = ent.root
    verb = root.head
    relative = [c for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"]
    if relative and any(c.lower_ == "who" for c in relative[0].children):
        verb = relative[0]
    elif root.dep_ != "nsubj" or verb.lemma_ != "be":
        return ""
    if any(c.dep_ == "neg" for c in verb.children):
        return ""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CLAIMING_VERBS:
        return ""  # "his attorney argued that Knight was the victim": a claim, no role
    if _quoted(ent):
        return ""  # "'Hillary Clinton is a proven leader,' King said": praise, no role
    if verb.tag_ == "VBD" and any(_told_as_before(c) for c in verb.children):
        return ""  # "Before he was a TV star, Jenner was a motivational speaker": what he was
    for attr in verb.children:
        if attr.dep_ == "attr" and role_word(attr.text) and attr.pos_ == "NOUN":
            # a clause on the noun is no part of it ("candidate to be heaped with praise")
            clause = {t.i for c in attr.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
            words = [t for t in attr.subtree if t.i not in clause]
            run = contiguous([t for t in words if not t.is_punct], attr)
            if set(ent.doc.text[verb.idx : run[-1].idx]) & set('"“”'):
                return ""  # 'Clinton is an "eminently qualified candidate"': someone's praise
            return short_role(clean_role(ent.doc[run[0].i : run[-1].i + 1].text))
    return ""


def _told_as_before(child) -> bool:
    """ "Before he was a TV star", "once", "formerly": a time before the one he is in now."""
    if child.dep_ == "advmod":
        return child.lower_ in ("once", "formerly", "previously")
    marks = (c.lower_ for c in child.children if c.dep_ == "mark")
    return child.dep_ == "advcl" and any(m in ("before", "until") for m in marks)


def next_sentence_office(ent: Span) -> str:
    """ "Gordon Brown has made an appeal ... The chancellor would not comment": the office
    the next sentence opens on, of the person the sentence before was about."""
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ != "ROOT":
        return ""
    end = root.head.sent.end
    words = ent.doc[end : end + 2]
    if len(words) < 2 or words[0].text != "The" or not words[0].is_sent_start:
        return ""
    office = words[1]
    if office.dep_ not in ("nsubj", "nsubjpass") or not bare_office(office):
        return ""
    return office.lower_


def bare_office(noun: Token) -> bool:
    """ "The president", one word, not named in the sentence before as another's ("he once
    worked with the president ... The president has said")."""
    if noun.lower_ not in PUBLIC_OFFICES or noun.i < 2:
        return False
    before = noun.doc[noun.i - 2].sent
    return not any(t.lower_ == noun.lower_ for t in before)


def title_before(ent: Span) -> Span | None:
    """The title right before a name: "US Secretary of State" Antony Blinken."""
    doc = ent.doc
    i = ent.start
    start = i
    while i > ent.sent.start:
        token = doc[i - 1]
        word = token.text
        if token.ent_type_ == "PERSON" and not title_word(word):
            if doc[i].lower_ in SPOKESPEOPLE and token.head.i == i:
                start = next(e.start for e in doc.ents if e.start <= token.i < e.end)
            break  # another person's name: "Prime Minister Lena Holm and opposition leader"
            # ("Yukos spokesman", "Sarah Jones spokesman": the one spoken for, whole)
        if token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.i >= ent.end:
            break  # "the official Kent house": it describes the house the name modifies
        if word.lower() in WHEN_NOT_TITLE or (
            token.ent_type_ in ("DATE", "TIME") and token.pos_ != "PROPN"
        ):
            break  # "Earlier Tory leader Michael Howard", "Last month Mr Justice Warby": when
            # he spoke, not which leader (but "Sunday Telegraph journalist")
        if title_word(word) or (token.is_lower and token.pos_ == "NOUN" and occupation(word)):
            start = i - 1  # "fellow WorldCom board member", "cotton farmer"
        elif (
            token.pos_ in ("PROPN", "ADJ", "NOUN")
            and start < ent.start
            and token.head.i > token.i
            # "for video Scottish First Minister": a common noun before a capitalised title
            # is the sentence's, not the title's (not "former Prime Minister", nor
            # "consultant oncologist Professor")
            and not (token.pos_ == "NOUN" and word.islower() and _capitalised_post(doc[start]))
            # "a video of ESPN reporter X"; "News of the World editor X" is one name
            and (doc[i].lower_ not in ("of", "for") or token.text[:1].isupper())
        ):
            start = i - 1  # a modifier of a title already found: "Foreign", "opposition"
            # (not the verb the name hangs on, tagged a noun: "attack Tory leader Howard")
        elif word.lower() in ("of", "for", "the") and start < ent.start:
            # may join "Secretary of State"; kept only if more title follows; not another
            # person's office: "the commanding officer of [patrol officer] Philip Krauss"
            owner = doc[i - 2] if i - 2 >= ent.sent.start else None
            if word.lower() != "the" and owner is not None and owner.is_lower:
                if title_word(owner.text):
                    break
        elif token.tag_ == "POS" and start < ent.start and (body := _body_before(token)):
            start = body.start  # "India's Prime Minister": whose office
            break
        elif word == "-" and start == i and not token.whitespace_ and _joined_before(token):
            start = i - 1  # "Secretary-General": one title
        elif word[:1].isupper() and token.pos_ == "PROPN" and start == ent.start and i > 1:
            start = i - 1  # "Foreign Minister" before the title word is known
        else:
            break
        i -= 1
    span = doc[start : ent.start]
    while len(span) and span[0].lower_ in ("of", "for", "the"):
        span = doc[span.start + 1 : span.end]
    if not len(span) or not any(role_word(t.text) or occupation(t.text) for t in span):
        return None
    count = doc[span.start - 1] if span.start > ent.sent.start else None
    if count is not None and count.like_num and count.is_lower and count.is_alpha:
        return None  # "11 babies and one mother Marie Ratcliffe": a count, no title
    if _cut_from_a_name(span):
        # "Match of the Day presenter", "BBC Radio 4 Today presenter": the presenter
        while not role_word(span[0].text):
            span = doc[span.start + 1 : span.end]
    return span


def office_owner(title: Span) -> bool:
    """A title that opens with an organisation or country and goes on with an office
    ("BP chief executive", "US President"; not "Texas mother", "Secretary of State")."""
    first, doc = title[0], title.doc
    if first.ent_type_ not in ("ORG", "GPE") or first.ent_iob_ != "B":
        return False
    end = first.i + 1
    while end < title.end and doc[end].ent_iob_ == "I":
        end += 1
    owner = doc[first.i : end]
    if any(
        t.tag_ not in ("NNP", "NNPS")  # "Veteran US television host"
        or role_word(t.text)  # "JAAA General Secretary"
        or t.lower_ in PORTFOLIOS | CHAMBER_WORDS  # "New Home Secretary", "Commons leader"
        or not t.text[:1].isupper()  # "cleveland fire department chief", in a text in lower case
        for t in owner
    ):
        return False
    if owner[0].text in DEMONYMS:
        return False  # "Cameroonian Communications Minister"
    if len(owner) == 1 and not owner.text.isupper() and doc.text.count(owner.text) < 2:
        return False  # "Reserve Deputy", "Group spokesman": one capitalised word, once
    return any(t.lower_ in ROLE_WORDS for t in doc[end : title.end])


def _body_before(mark: Token) -> Span | None:
    """The country or organisation a possessive mark ends ("India" of "India's"), read
    from the tokens' entity tags (a scan of ``doc.ents`` per title was quadratic)."""
    if mark.i == 0 or mark.ent_iob_ == "I":
        return None  # a mark inside a name ends no body
    doc = mark.doc
    if doc[mark.i - 1].ent_type_ not in ("GPE", "ORG"):
        return None
    start = mark.i - 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start : mark.i]


def _joined_before(hyphen: Token) -> bool:
    """ "Secretary-General", "director-general", "tight-head": the word before the hyphen is
    the title's."""
    before = hyphen.doc[hyphen.i - 1] if hyphen.i > hyphen.sent.start else None
    if before is None or before.whitespace_:
        return False
    return before.text[:1].isupper() or role_word(before.text) or before.is_alpha


def _capitalised_post(word) -> bool:
    """A capitalised title word that is a post, not a form of address ("Professor", "Dr")."""
    return word.text[:1].isupper() and word.lower_.rstrip(".") not in ADDRESSED


def _cut_from_a_name(span: Span) -> bool:
    """Whether the title's first words are the end of a longer name the scan stopped in."""
    doc, at = span.doc, span.start
    if at <= span.sent.start or role_word(span[0].text):
        return False
    if doc[at - 1].like_num:
        return True  # "BBC Radio 4 Today presenter"
    at -= doc[at - 1].lower_ == "the"
    if at - 2 < span.sent.start or doc[at - 1].lower_ != "of":
        return False
    name = doc[at - 2]  # "Match" of "Match of the Day presenter", not "murder of"
    return name.text[:1].isupper() and not name.is_sent_start


def spelled_out(title: str) -> str:
    """ "Det Chief Insp": "detective chief inspector"; "Prime Minister": "prime minister"."""
    return " ".join(ABBREVIATED_TITLES.get(w.lower().rstrip("."), w).lower() for w in title.split())


def title_word(word: str) -> bool:
    """ "Det", "Chief", "Mr", "sheriff": a word of a title, not of a name."""
    bare = word.lower().rstrip(".")
    return role_word(word) or bare in HONORIFICS or bare in ABBREVIATED_TITLES


def of_a_title(token: Token) -> bool:
    """A word that can make up a title: "Chief", "Liberal" of "The Liberal Premier"."""
    return title_word(token.text) or token.lower_ in PARTY_WORDS or token.dep_ == "det"


_OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s:(]))['‘](?=\w|$)")
_CLOSING_SINGLE = re.compile(r"(?<=[\w.,!?])['’](?!\w)")


def _quoted(ent: Span) -> bool:
    """Whether a quote is open where the name stands in its sentence."""
    before = ent.doc.text[ent.sent.start_char : ent.start_char]
    opened = before.count('"') % 2 or before.count("“") > before.count("”")
    single = _OPENING_SINGLE.search(before)  # "King said: 'Hillary Clinton is a ..."
    return bool(opened or (single and not _CLOSING_SINGLE.search(before, single.end())))


def occupation(word: str) -> bool:
    """What a person does or is, though no post: "farmer", "board member", "defector"."""
    return word.lower() in OCCUPATIONS


def apposition_role(ent: Span) -> str:
    """ "the union's general secretary, Ruth Adeyemi" or "Henrik Dahl, Norvik's chief"."""
    root = ent.root
    candidates = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        candidates.append(root.head)
    for head in candidates:
        if head.i in range(ent.start, ent.end):
            continue
        if head.tag_ == "NNS" and any(c.dep_ == "conj" for c in head.children):
            continue  # "Steve Esmond, his teenage sons and the teens' mother": a list of people
        if any(c.dep_ == "nummod" and c.is_lower and c.is_alpha for c in head.children):
            continue  # "11 babies and one mother Marie Ratcliffe ...": a count, no post
        if head.tag_ == "NNS" and head.lemma_.lower() in TEAMS_CALLED:
            continue  # "The Premier League champions, Manchester United": a club
        if head.lower_ == "one":
            return _one_of(head)  # "Clark Brewster, one of his lawyers": a lawyer
        words = [t for t in head.subtree if t.i < ent.start or t.i >= ent.end]
        words = [t for t in words if t.dep_ != "appos" or t.i == head.i]
        # "the backbencher who challenged", "player and convicted murderer sentenced to life"
        clauses = [c for w in head.subtree for c in w.children if c.dep_ in ("relcl", "acl")]
        clause = {t.i for c in clauses for t in c.subtree}
        words = [t for t in words if t.i not in clause]
        # "president-elect", "leader of the Kurdistan Workers' Party" (a possessive mark)
        words = [t for t in words if not t.is_punct or t.text == "-" or t.tag_ == "POS"]
        run = contiguous(words, head)
        phrase = clean_role(ent.doc[run[0].i : run[-1].i + 1].text)
        # an occupation only as the head: not "the file-sharers at the centre of the case",
        # nor a caption's "Billy Thompson, center,"
        held = occupation(head.text) and head.lower_ not in ("centre", "center")
        if phrase and (held or any(role_word(w) for w in re.split(r"[\s-]+", phrase))):
            return short_role(phrase)  # "president of the group", "president-elect"
    return ""


def _one_of(one: Token) -> str:
    """ "one of his lawyers": the kind of people, in the singular ("lawyer")."""
    of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if noun is None or noun.tag_ != "NNS" or not role_word(noun.lemma_):
        return ""
    before = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    if any(c.tag_ == "JJS" for c in before):
        return ""  # "one of the greatest players on clay": praise, no post
    return " ".join([*(c.text for c in before), noun.lemma_.lower()])


def abbreviated_title(ent: Span) -> str:
    """ "Sen. Elizabeth Warren": the Senator."""
    if ent.start == 0:
        return ""
    before = ent.doc[ent.start - 1].text.lower().rstrip(".")
    return ABBREVIATED_TITLES.get(before, "")


def contiguous(tokens: list, head) -> list:
    """The run of tokens around ``head`` (always included) without gaps."""
    by_index = {t.i: t for t in tokens}
    by_index[head.i] = head
    lo = hi = head.i
    while lo - 1 in by_index:
        lo -= 1
    while hi + 1 in by_index:
        hi += 1
    return [by_index[i] for i in range(lo, hi + 1)]


def titled_inside(ent: Span) -> bool:
    """A role word the tagger took into a name of three or more words: "Lawyer Alan
    Dershowitz", "General Khalifa Haftar", "Broadcaster Chris Evans"; a royal's is part of
    the name ("Prince Andrew"), and "Dean" is as often a first name. Of two words, only an
    abbreviated rank ("Supt Geddes") or an occupation that opens a sentence."""
    first = ent[0].lower_
    abbreviated = first.rstrip(".") in ABBREVIATED_TITLES
    if len(ent) == 2 and abbreviated:
        # "Det Supt Geddes" (not "Defense Minister Gen Nakatani", a first name)
        before = ent.doc[ent.start - 1].text if ent.start else ""
        if not title_word(before) or before.lower().rstrip(".") in ABBREVIATED_TITLES:
            return True
    if len(ent) == 2 and ent.start == ent.sent.start:
        return first in OCCUPATIONS  # "Keeper Brill, 31, joined": capitalised to open a sentence
    titled = first in ROLE_WORDS | OCCUPATIONS | AGE_NOUNS or abbreviated
    return len(ent) >= 3 and titled and first not in NAME_TITLES
