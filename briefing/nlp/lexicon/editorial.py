"""What's next, readability, the language check, comparing texts and editorial judgement."""

from __future__ import annotations

import re

# --- What's next -------------------------------------------------------------------

# lemmas: how long since a record ("the first time in 25 years", "its biggest rally in a
# decade"), never when an act is to happen
SPANS_OF_TIME = frozenset("day week month year decade century generation".split())

# as written, lower-cased: the last word of an event's name, which the tagger often calls an
# organisation ("the Boston Marathon", "the Malaysian Grand Prix"): no actor
EVENT_NAME_WORDS = frozenset(
    "marathon olympics paralympics cup championship championships festival awards prix "
    "tournament bowl expo summit election elections referendum budget brexit grexit oscar "
    "oscars grammy grammys emmy emmys bafta baftas".split()
)
# as written: competitions whose names end in no event's word ("qualify for the Champions
# League"); the bodies that run them (Uefa, the Premier League) act
COMPETITIONS = frozenset(
    {
        "Champions League",
        "Europa League",
        "Six Nations",
        "World Series",
        "Formula One",
        "Formula 1",
        "Formula",
    }
)
# what a period's name ends with: no one acts ("the Middle Stone Age", "the Dark Ages")
PERIOD_NAME_WORDS = frozenset({"age", "ages", "era"})
# what a machine's name ends with: it acts as built, it does not commit ("the Parker Solar
# Probe will fly within 9 solar radii")
MACHINE_NAME_WORDS = frozenset(
    "probe spacecraft satellite rover telescope rocket lander orbiter capsule".split()
)
# spaCy entity labels of a name that can act or be asked to: a person, a body, a country,
# a people ("Russia", "the Tories")
PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# a house's name that is also a party's ("Congress" is not India's Congress Party in a
# US article)
LEGISLATURES = frozenset("Congress Parliament Senate Assembly Duma Knesset".split())
# lemmas: what a law's name ends with; a law does as it is written, it does not commit
LAW_WORDS = frozenset("bill act law treaty directive amendment legislation".split())
# lower-cased: what ends the name of a law or a rule ("the RRP Rule"), which is no company
RULE_WORDS = LAW_WORDS | {"rule", "rules", "regulation", "regulations", "code"}
# lemmas: processes and schemes, which "aim to" or "offer to" as written, committing no one
PROCESS_NOUNS = frozenset(
    """negotiation talk measure plan proposal reform rule change scheme programme program
    project initiative policy strategy deal agreement""".split()
)
# as written: a storm's name ("Hurricane Irene", then "Irene weakened") names no actor
STORM_NAME = re.compile(
    r"\b(?:Hurricane|Tropical Storm|Typhoon|Cyclone|Superstorm|Storm)\s+([A-Z][a-z]+)\b"
)
# lemmas: verbs that put an event ahead ("is scheduled for", "expected on").
FUTURE_VERBS = {"schedule", "due", "expect", "set", "plan"}
# lemmas: what befalls a planned event that then will not happen on its day ("a strike
# scheduled for 22 June was suspended"); "call" only with "off"
CALLING_OFF = frozenset("suspend cancel postpone delay scrap abandon shelve axe call".split())
# lemmas: a change of level; "is expected to" with one foretells an outcome ("Irene is
# expected to strengthen later today"), not an event ("a decision is expected next week")
CHANGE_VERBS = frozenset(
    "rise fall grow increase decrease drop climb strengthen weaken peak slow improve worsen".split()
)
# lemmas: a participle that dates its noun's start or end ("a project starting next year")
STARTING_VERBS = frozenset({"start", "begin", "open", "run", "end", "close", "expire"})
# lemmas: asking another to act; "it" in the asked clause is the other ("the CQC recommended
# it must submit")
ADVISING_VERBS = frozenset({"recommend", "demand", "urge", "ask", "call", "propose", "suggest"})
# lemmas: a call that, made on the public or customers, is advice ("urged customers to")
CALLING_VERBS = ADVISING_VERBS | {"encourage", "advise", "warn"}
# lemmas: verbs whose that-clause asks for an act ("demanded that Christians pay"), not a claim
# ("data suggest that people pay more"; "call" takes no that-clause)
SUBJUNCTIVE_VERBS = ADVISING_VERBS - {"call", "suggest"} | {"request"}
# lemmas: a gathering one speaks to ("urged the union's annual conference"): whom, not what
AUDIENCE_NOUNS = frozenset(
    "conference meeting rally audience crowd gathering convention assembly delegate".split()
)
# lemmas: nouns a date can belong to and still be ahead ("the summit on Friday").
EVENT_NOUNS = {
    "meeting",
    "summit",
    "vote",
    "talk",
    "conference",
    "hearing",
    "election",
    "session",
    "visit",
    "deadline",
    "round",
    "referendum",
    "trial",
    "launch",
    "ceremony",
}

# --- Readability (as written) ------------------------------------------------------

# A sentence opening with one of these leans on the sentence before it.
DANGLING_OPENERS = frozenset(
    """
    he she they it we his her their its him them this these those that such
    but however also and so yet still meanwhile moreover furthermore nevertheless
    instead therefore thus then besides likewise otherwise nonetheless further
    """.split()
)


# as written, lower-cased: a What's next sentence that opens with one and names no one
# ("It is due to be published next week.") says only when ("His hearing has been
# rescheduled" still says what)
POINTING_WORDS = frozenset("he she it they this these those".split())
# "This week, ministers agreed...": a demonstrative before a time noun opens a time, not a
# reference back.
DEMONSTRATIVES = {"this", "that", "these", "those"}
# as written: "The measure, due to remain in place until 30 April, comes after ...": a key
# point that opens so points back at a sentence the brief does not show
BACK_REFERENCE = re.compile(
    r"^(?:The|Such a) (?:measure|move|decision|announcement|step|incident|ruling|change|"
    r"order|ban|bill|policy|proposal)\b(?! of\b| to\b| by\b| that\b)"
)
TIME_NOUNS = {
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "season",
    "quarter",
    "time",
    "decade",
    "century",
    "weeks",
    "months",
    "years",
    "days",
    "day",
}

# --- Language check (as written) ----------------------------------------------------

# The most frequent English function words: any English prose is full of them.
COMMON = frozenset(
    "the of and to a in is that for it on was with as he she be by at are this have from "
    "or had not but his her they their its an were which been has will would said there".split()
)

# Edmundson's stigma words: hedges that make a sentence a worse summary (as written).
STIGMA_WORDS = ("hardly", "impossible", "allegedly", "reportedly", "perhaps", "maybe")

# --- Comparing texts (as written) -------------------------------------------------------

# Function words carry no content; without them, overlap measures what is said.
OVERLAP_STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers him his how i if in into is
    it its itself just me more most my no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your said says say told tell
    """.split()
)

# Words the commitment scorer ignores when it matches an evidence sentence.
MATCH_STOP_WORDS = frozenset("the a an of to for in on at its their our and".split())

# --- Editorial judgement (as written, lower case) ------------------------------------

# What an article is when it is not news, by the words of its section, tags or URL path.
NOT_NEWS_SECTIONS = {
    "opinion": {
        "opinion",
        "opinions",
        "commentisfree",
        "comment",
        "comments",
        "editorial",
        "editorials",
        "columnists",
        "columnist",
        "columns",
        "op-ed",
        "op-eds",
        "oped",
        "views",
        "blogs",
        "the guardian view",
        "our view",
    },
    "review": {"review", "reviews", "film review", "book review", "books review", "critics"},
    "letters": {"letters", "letter", "letters to the editor"},
    "advice": {
        "lifeandstyle",
        "life and style",
        "advice",
        "relationships",
        "sex",
        "agony aunt",
        "dear prudence",
        "ask",
        "wellness",
        "wellbeing",
        "family",
        "parenting",
    },
    "recipe": {"food", "recipes", "recipe", "cooking"},
    "live": {"live", "as it happened"},
    "puzzle": {"crosswords", "crossword", "puzzles", "puzzle", "quiz", "quizzes", "sudoku"},
    "horoscope": {"horoscope", "horoscopes", "astrology"},
}
# Headline forms: "Film name – review", "Crisis talks | Letters", "Opinion: ...", "... – live".
NOT_NEWS_HEADLINES = {
    "review": r"(?:[–—-]\s*(?:\w+\s+)?review\b|^review:|\|\s*review\b|\breview\s*[–—|:]\s*\w)",
    "letters": r"(?:\|\s*letters?\s*$|^letters?:)",
    "opinion": r"^(?:opinion|comment|the guardian view on|our view)\s*[:|]",
    "live": r"(?:[–—-]\s*live\b|\blive(?: updates| blog)?\s*$|\bas it happened\s*$|^live:)",
    "recipe": r"\brecipes?\b",
    "puzzle": r"\b(?:crossword|sudoku|quiz)\b",
    "horoscope": r"\bhoroscopes?\b",
    "feature": r"^(?:what you need to know|explainer)\b|\b(?:explained|what you need to know)\s*$",
}
# A column's own words, wherever the feed gives no section: the outlet's disclaimer ("The
# opinions expressed in this commentary are solely those of ..."), a standfirst naming its
# writer ("..., argues technology analyst Bill Thompson.") and a first-person opening.
OPINION_NOTES = (
    r"\b(?:opinions?|views?) expressed (?:in this (?:commentary|column|article|piece) )?"
    r"are (?:solely )?(?:those of|(?:his|her|their|the author's) own)"
    r"|\bthe author is an? (?:[\w.-]+ ){0,4}(?:columnist|contributor|commentator)\b"
)
OPINION_STANDFIRST = r"[,.] (?:argues|writes) (?:[a-z]+ ){0,3}[A-Z][a-z]+ [A-Z][\w'-]+\.?\s*$"
# A feature or a piece of service journalism talks to its reader from its first sentence
# ("Your child may want the latest toy this Christmas, but how about ..."); a report does not.
SECOND_PERSON = r"(?<!-)\b[Yy]ou(?:rs?|rself)?\b(?!-)"  # not "pay-as-you-go"
FIRST_PERSON_OPENING = r"(?:I|I'm|I’m|I've|I’ve|I'd|We|We're|We’re|My|Our)\b"
# The writer's own "I" in a sentence with no quote mark and no one said to speak ("Like
# most who know that city, I was heartbroken"); "My" only opening a sentence, so a title
# ("All My Sons") is no one's (editorial.py drops "I" after a name: "George I"); and a
# sentence opening "Let's" ("Let's hope Kilroy-Silk ... fade", a reader's comment), the
# writer's own call.
WRITER_SINGULAR = (
    r"^My\b|\bmy\b|\bme\b|\bmyself\b|\bI(?:'m|’m|'ve|’ve|'d|’d|'ll|’ll)?\b|^Let(?:'s|’s| us)\b"
)
QUOTE_MARKS = r"[\"“”‘]|(?:^|\s)['’]|['’](?:\s|$)"
REPORTED_SPEECH = r"\b(?:said|says|told|tells|wrote|writes|asked|recalled|added)\b"
FIRST_PERSON = (
    r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I'll|[Mm]y|[Mm]e|[Mm]yself|[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e've"
    r"|[Oo]ur|us)\b"
)
# A death toll in an article's opening: world news (a crash, a bombing, a quake), a section
# the topic model was not trained on ("killed at least 35 people", "21 people were killed",
# "the death toll"); not a year ("in 1982, died"), an age ("Ann Roe, 32, died") or one life.
_TOLL = (
    r"(?:(?<![\d,.])(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,.])"
    r"|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|scores)"
)
DEATH_TOLL = (
    rf"\b(?:killed|killing|kills|left)\s+(?:at least |more than |nearly |about |some |over )?"
    rf"{_TOLL}\b|\b{_TOLL}\s+(?:[a-z]+\s+){{0,3}}(?:were|have been|had been|are|was)?\s*"
    r"(?:killed|dead|died)\b|\bdeath toll\b"
)
# How much a section is worth in an analyst's morning brief (1 leads; unknown is 0.5). A bare
# "news" ("dailymail.co.uk/news/article-...") names no section: the words are read instead.
SECTION_VALUE = {
    **dict.fromkeys(
        (
            "world",
            "international",
            "politics",
            "business",
            "economy",
            "economics",
            "money",
            "markets",
            "policy",
            "science",
            "environment",
            "climate",
            "uk-news",
            "uk news",
            "us-news",
            "us news",
            "world news",
            "global",
            "europe",
            "asia",
            "africa",
            "americas",
            "middle east",
            "middleeast",
            "australia-news",
            "global-development",
            "law",
            "defence",
            "security",
            "health",
            "government",
        ),
        1.0,
    ),
    **dict.fromkeys(("technology", "tech", "education", "society", "media"), 0.7),
    **dict.fromkeys(
        (
            "sport",
            "sports",
            "football",
            "culture",
            "film",
            "music",
            "books",
            "tv",
            "tv-and-radio",
            "entertainment",
            "arts",
            "fashion",
            "travel",
            "lifestyle",
            "style",
            "games",
            "celebrity",
            "stage",
            "artanddesign",
        ),
        0.2,
    ),
}

# "a new Access Services division": a unit a company sets up, named before its noun
ORGANISATION_UNITS = frozenset(
    {"division", "unit", "subsidiary", "arm", "venture", "business", "brand", "department"}
)

# "an iPod mini model": a product a company's name introduces, not the company
PRODUCT_NOUNS = frozenset(
    {"model", "version", "device", "handset", "phone", "player", "console", "gadget", "product"}
)

# lower-cased: what "a silver-gray Maserati" or "a black Range Rover" says of one of a
# maker's goods (not "a weakened Al-Shabaab", "an enlarged EU": a state of an actor)
COLOURS = frozenset(
    "black white silver grey gray red blue green yellow orange brown gold beige dark light "
    "metallic".split()
)

# a reporters' credit: the names in it are bylines, not actors
CREDIT_LINE = (
    r"\bcontributed (?:to this (?:report|story|article)|reporting)\b|^\W*(?:reporting|"
    r"additional reporting|writing|editing) by\b"
)
# what follows a name in a reporters' credit at an article's end: "CNN's Laura Dolan and
# Susan Candiotti reported from Fall River", "Ray Sanchez wrote from New York"
CREDITED_AFTER = (
    r"(?:(?:,?\s+and\s+|,\s*|\s+)[A-Z](?:\.|[\w'’-]*))*\s+(?:reported|wrote)"
    r"(?:\s+and\s+wrote)?\s+(?:from\s+[A-Z]|this story\b)"
)
# a photo credit read as a name: "AP Photo/Richard Vogel", "Anthony Kwan/Bloomberg",
# "Craig Sjodin/ABC Via Getty" (case-sensitive; a slash is in the name)
_PHOTO_AGENCIES = (
    r"AP|AFP|EPA|PA|Reuters|Getty|Bloomberg|Corbis|Shutterstock|Rex|Splash|FilmMagic|WireImage"
)
PHOTO_CREDIT_NAME = rf"/.*\b(?:{_PHOTO_AGENCIES}|Photo)\b|\b(?:{_PHOTO_AGENCIES}|Photo)\b.*/"

# A page's time stamp run into its first sentence, no part of it: "6 December 2014 Last
# updated at 09:15 GMT The Grammy Awards is ..." (a BBC video page)
PAGE_STAMP = re.compile(
    r"(?:\d{1,2} [A-Z][a-z]+ \d{4}\s+)?Last updated at \d{1,2}[:.]\d{2}(?: [A-Z]{2,4})?\s*"
)

# A photo's credit at a line's start, run into the text: "Neil Warner / Splash News Britney
# Spears' handlers have ...", "Harlem Mepham/FilmMagic". Blanked before parsing and left out.
PHOTO_CREDIT_LINE = re.compile(
    rf"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}(?: ?/ ?(?:{_PHOTO_AGENCIES})(?: (?:Images|"
    r"News|Features|Photo))?\b)+[ \t]*",
    re.M,
)

# A BBC video player's notice run into the text around it: "Media playback is not supported
# on this device Doull emulated ...", "This content will not work on your device, please
# check Javascript ...". Blanked before parsing and left out of the sentence.
PLAYER_NOTICE = re.compile(
    r"(?:Media playback is (?:not |un)supported on (?:this|your) device|This content will "
    r"not work on your device, please check Javascript and cookies are enabled or update "
    r"your browser)\.?\s*"
)
# a word each notice holds: a sentence without one needs no search for a notice
PLAYER_NOTICE_CUES = ("playback", "Javascript")

# Page furniture that extraction sometimes keeps: never a key point (case-insensitive).
BOILERPLATE = (
    r"\bvideo is (?:not|no longer) available\b",
    r"\b(?:share|send us) your (?:photos|videos|stories)\b",
    r"\bclick (?:here|to (?:share|email|print))\b",
    r"^\s*(?:read|see) (?:more|also)\s*:",
    r"^\s*\[?read:",
    r"\bsign up (?:for|to) (?:our|the) \w*\s*newsletter\b",
    # a newsletter box: "Breaking News Emails Get breaking news alerts and special reports",
    # "Newsletter Sign Up Continue reading the main story Please verify you're not a robot"
    r"\bget breaking news alerts\b|\bthe news and stories that matter, delivered\b",
    r"\bnewsletter:?\s+sign up\b|\byou must select a newsletter\b|\bthanks? (?:you )?for "
    r"subscribing\b|\bplease verify you'?re not a robot\b|\bcontinue reading the main story\b",
    r"\bsubscribe (?:now|today|to (?:our|the))\b",
    r"\b(?:opens in (?:a )?new window)\b",
    r"\bthis (?:story|article) (?:has been|was) updated\b",
    r"\ball rights reserved\b",
    r"\bfollow (?:us|him|her) on (?:twitter|facebook|instagram)\b",
    r"^\s*(?:photo|image|video|file photo)\s*:",
    r"\b(?:getty images|associated press|reuters|afp)\s*$",
    r"^\W*(?:are|do|have|did|were|will|would) you\b[^.!]*\?\W*$",  # a prompt to the reader
    r"^\W*from the section\b",
    r"\blocation (?:information )?to your tweets\b|\btweet(?: with a)? location\b",
    r"\bdelete your (?:tweet )?location history\b|\bswitch location on/off\b",
    r"^\W*learn more\W*$",
    r"\bdow jones reprints\b|\bfor your personal,? non-commercial use only\b|\border reprints\b",
    r"\btomatometer\b",
    r"\byour interest in spreading the word\b|\bwe (?:only request|do not capture) (?:your|any)"
    r" email address\b",
    r"^\W*interested in [^.?!]{1,60}\?\W*$|\badd [^.?!]{1,60} as an interest\b",
    r"^\W*add interest\W*$",
    r"\byour browser does not support\b",
    r"\bwe use cookies\b|\bour use of cookies\b|\baccept (?:all )?cookies\b|\bcookie policy\b",
    r"\bby continuing to (?:browse|use) (?:this|our|the) (?:site|website)\b",
    r"\bwe reserve the right to edit\b",
    r"^\W*\d[\d,]*\s+comments?\W*$",
    r"\b(?:tweet|share this|link this|email this)\W+(?:\w+\W+){0,3}(?:share|link|tweet)",
    r"\[\s*read(?: more)?\s*:",
    r"^\W*clockwise from\b",
    r"^\W*(?:photos?|pictures?|images?)\s*(?:by|credit|courtesy)\b",
    r"^\W*(?:related|recommended|most read|more from)\s*(?::|$)",
    r"^\W*more from\s+\S+(?:\s+\S+){0,3}\W*$",  # a page's footer: "More from MarketWatch"
    # photo captions: "In this still image taken from video provided by...", "In this Aug.
    # 13, 2016, file photo...", "Image caption ...", and the wire form "X speaks during a
    # rally, Saturday, Aug. 13, 2016, in Fairfield, Conn." (a weekday and a full date set
    # off by commas: a report says "on Saturday")
    r"^\W*in this (?:[\w.,]+ ){0,5}(?:photo|image|picture|video|handout|photograph)\b",
    r"^\W*image (?:caption|copyright)\b",
    r"(?<!on )\b\w+day, (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\.? \d{1,2}, "
    r"\d{4},? (?:in|at|near|outside)\b",
    r"\((?:ap|afp|reuters|getty) (?:photo|images?)\b",
    # a gallery's button run into its caption, a credit inside one, a photo's own words:
    # "View Images An artist's depiction of ...", "Mohammed Abed/AFP/Getty Images Egyptian
    # men walk past ...", "... is shown in this October 31, 2016 photo"
    r"^\W*(?:view|enlarge|expand|open) (?:images?|photos?|gallery|slideshow)\b",
    # a video player's close button run into the video's caption: "CLOSE Animal advocacy
    # group ... presents an undercover investigation" (capitals kept: "Close to 500 ...")
    r"^\W*(?-i:CLOSE [A-Z])",
    r"\b\w+/(?:afp|ap|reuters|epa)/getty(?: images)?\b",
    r"\b(?:is|are) (?:shown|seen|pictured) in this (?:[\w.,]+ ){0,5}(?:photo|image|picture|"
    r"handout|photograph)\b",
    # a police appeal and a contact number, a page's time stamp: "Anyone with information is
    # asked to call ... at 413-448-9700", "Posted Tuesday, November 21, 2017 5:27 pm"
    r"\banyone (?:with|who has) (?:any )?information\b[^.]*\b(?:call|contact|come forward|get "
    r"in touch|phone)\b",
    r"\b(?:call|contact|phone|ring)\b[^.]{0,80}\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b",
    r"^\W*(?:posted|published|updated|last updated)\W+(?:on\s+)?(?:\w+day,?\s+)?"
    r"(?:\w+\.? \d{1,2},? \d{4}|\d{1,2} \w+ \d{4})",
    # a digital library's notice above a scanned chapter: "Below is the uncorrected
    # machine-read text of this chapter ...", "... a useful but insufficient proxy"
    r"\buncorrected (?:machine-read |ocr )?text\b|\binsufficient proxy for the authoritative\b",
    # a related-links box run into the text: "nominee Donald Trump Donald TrumpPoll: ..."
    r"(?-i:\b(?P<linked>[A-Z][a-z]+ [A-Z][a-z]+) (?P=linked)[A-Z][a-z])",
)

# where a pictured person stands: "Shane Bauer (2nd L), Sarah Shourd (3rd L) and ... sit with
# their mothers", "Tom Wells (left) leaves the Old Bailey"; a bare "(R)" may be a party, so R
# only with an ordinal. A caption run into the text ends a sentence of the report, so such a
# sentence is no key point, but its words are still read for who did what.
PICTURED_POSITION = (
    r"\s\((?:(?:\d(?:st|nd|rd|th)|far|second|third|front|back|top|bottom),? )?"
    r"(?:L|C|L-R|R-L|left|right|cent(?:er|re))\)|\s\(\d(?:st|nd|rd|th),? R\)"
    # a file photo's caption run into the report: "... manipulated by ISIS (file picture) and"
    r"|\s\((?:[Ff]ile|[Ss]tock) (?:picture|photo|image|pic)\)"
)

# a wire photo's caption ends with its place and date, with no "on": "... sit with their
# mothers during a news conference in Tehran May 20, 2010." (case kept). Like a pictured
# person's place, no key point, but its names are read.
WIRE_CAPTION_END = (
    r"\b(?:in|at|near|outside) [A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3},? (?:Jan|Feb|Mar|Apr|May|"
    r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\W*$"
)

# a video's pointer, run into the caption after it ("Scroll down for video Scottish First
# Minister ... was campaigning in Aberdeen today ahead of a TV debate tonight"); its words
# name no one ("Scroll", tagged a person), the caption's may
VIDEO_POINTER = r"(?i:\bscroll down for videos?\b)"

# a Daily Mail caption's label: "Sacked: But Jeremy Clarkson will not face prosecution",
# "Child care: A US-based attorney for ..." (one or two words, the first capitalised, then a
# colon and a capital; case kept). Not "He said:" or "Guardiola added:", a quote's opening,
# nor an explainer's "The takeaway:" or "One possibility:". Line-ups, credits and kickers
# ("Subs:", "Photo:", "Analysis:") take this form too.
CAPTION_LABEL = (
    r"^\W*Media caption\b|"  # the BBC's, under a video: "Media caption Timbuktu mayor ..."
    rf"^\W*{VIDEO_POINTER}|"
    r"^\W*(?!(?:He|She|It|They|We|I|You|This|That|There|Mr|Mrs|Ms|Dr|The|A|An|One|Two|"
    r"Another)\b)[A-Z][a-z]+"
    r"(?: (?!(?:said|says|added|adds|continued|told|explained|wrote|writes|asked|replied|"
    r"warned|insisted)\b)[a-z]+)?: [A-Z‘“'\"]"
)

# a slideshow's counter that opens a caption: "1 of 6. The Occupy Los Angeles encampment
# ... is seen before the midnight deadline"; the paragraph it opens is the caption
SLIDE_COUNTER = r"^\W*\d{1,2} of \d{1,2}\.(?:\s|$)"

# a photo's credit at the end of its caption: "... witnesses saying... (Associated Press)",
# "(AP Photo/Jane Roe)"; the whole paragraph it ends is the caption (case-insensitive). A
# bare "(Reuters)" or "(AP)" ends a live blog's item as often: no caption
PHOTO_CREDIT = (
    r"\((?:associated press|getty images|ap photo\b[^()]*"
    r"|[^()]*/(?:ap|reuters|afp|epa|getty images))\)\W*$"
)

# A page's site name that names no publisher: a syndication host's "Hosted", a "Home".
NO_OUTLET_NAMES = frozenset({"hosted", "home", "homepage", "index", "news", "article", "story"})

# Kicker lines and prefixes that stand above a headline and are never the title.
KICKERS = (
    "breaking news",
    "breaking",
    "update",
    "updated",
    "exclusive",
    "live",
    "analysis",
    "watch",
    "video",
    "just in",
    "developing",
    "news analysis",
)

# Ten or more of one punctuation mark: quadratic in spaCy's tokenizer and Python-Markdown.
PUNCTUATION_RUN = re.compile(r"([^\w\s]|_)\1{9,}")
