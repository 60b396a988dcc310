"""Who can commit, and the states, feelings, habits and outcomes that commit no one."""

from __future__ import annotations

import re

# lemmas: subjects that can commit ("the union will", not "the plan will").
AGENT_NOUNS = {
    "team",  # "the UAE team will still compete"
    "club",  # "the club must sack the manager"
    "squad",
    "delegation",
    "agency",
    "authority",
    "office",
    "commission",
    "government",
    "company",
    "union",
    "party",
    "bank",
    "board",
    "committee",
    "ministry",
    "worker",
    "member",
    "official",
    "leader",
    "minister",
    "staff",
    "employee",
    "police",
    "officer",
    "troop",
    "force",
    "regulator",
    "side",
    "country",
    "ally",
    "partner",
    "administration",
    "council",
    "court",
    "army",
    "military",
    "group",
    "coalition",
    "family",
    # armed and street groups asked to act ("insisted the militia retreat")
    *("militia", "rebel", "insurgent", "fighter", "faction", "protester", "demonstrator"),
    # institutions asked to act ("said broadcasters should make the decision")
    *("broadcaster", "employer", "firm", "retailer", "lender", "insurer", "landlord"),
    *("manufacturer", "airline", "hospital"),
    # officials asked to look into something ("a judge should look into the controversy,
    # the Lib Dems say")
    *("judge", "prosecutor", "watchdog"),
    # bodies of states and those who answer for them ("the international community must
    # react quickly", "member states should", "donors must", "lawmakers should"; not
    # "politicians should keep their promises", a maxim)
    *("community", "nation", "state", "donor", "lawmaker", "legislator"),
    *("congress", "parliament", "senate", "assembly", "legislature", "cabinet"),
}
# lemmas: leaving a post or a body, one's own going ("will step down" is read from "step"
# and "down"): "three executives of Aer Lingus are to leave" is not the airline's act
DEPARTING = frozenset({"leave", "resign", "retire", "quit"})
# lemmas: what one is "committed to" out of loyalty, no act ("committed to this team")
LOYALTIES = frozenset("club cause city community relationship marriage region fan".split())
# as written: what opens a condition, and prepositions that open a time.
# ("while" is left out: it opens a contrast as often as a condition.)
CONDITION_MARKS = {"if", "unless", "provided", "providing", "until", "once"}
# a clause these open asks ("asked whether they would") or gives a reason ("because they will")
QUESTION_MARKS = frozenset({"whether", "if"})
REASON_MARKS = frozenset({"because", "since"})
TIME_PREPOSITIONS = {"by", "on", "within", "before", "until", "in", "from", "after", "next", "at"}
# lemmas: imperatives that open a quote but pledge nothing.
NOT_PLEDGES = {
    *("let", "look", "listen", "imagine", "remember", "note", "see", "thank", "please", "wish"),
}

# lemmas: whom a witness tells what went on ("told police Lambach would drive her"): an
# account, no commitment
INVESTIGATORS = frozenset({"police", "investigator", "detective", "officer"})
# as written: words that open a clause an action cut short would leave hanging ("elections
# in which we will")
CLAUSE_OPENERS = frozenset({"which", "who", "whom", "whose", "where", "when", "while", "because"})
# lemmas: states of mind, no act even when promised ("'I'll remember this one,' he promised")
MENTAL_STATES = frozenset(
    "remember forget miss feel know think believe love like regret wonder imagine hope wish".split()
)
# lemmas: states and happenings, not acts one can commit to ("will feel", "would receive").
NOT_ACTS = {
    "be",
    "have",
    "feel",
    "seem",
    "appear",
    "remain",
    "know",
    "think",
    "believe",
    "need",
    "like",
    "love",
    "pose",
    "receive",
    "get",
    "become",
    "face",
    "suffer",
    "experience",
    "lose",
    "prefer",
    "want",  # "where we would want them to be": a wish ("want X to act" is read apart)
    "wish",
    "attract",  # "we will not attract the best students": an outcome
    "happen",
    "occur",
    "cost",
    # what a thing is made of: "DC Super Hero Girls ... will include online content, toys"
    "include",
    "contain",
    "comprise",
    "mean",
    "depend",
    "struggle",
    "find",
    "see",
    "hear",
    "notice",
    "die",
    # what befalls a body or a thing: "will swell up as a result of over-eating"
    "swell",
    "wither",
    "fade",
    "crumble",
    "deteriorate",
    "matter",
    "expect",
    "anticipate",  # "citizens should anticipate long outages": a forecast told as advice
    "hope",
    "wonder",
    "remember",
    "forget",
    "escape",
    "regret",
    "miss",  # "I will miss them both so much"
    "buzz",  # "we'll be buzzing to be back in the league": a feeling
    "relish",
    "enjoy",
    "imagine",  # "I would imagine it would save": an opinion
    "suspect",
    # outcomes, hoped for rather than done: "we will win this game"
    "win",
    "succeed",
    "prevail",
    "benefit",
    "earn",
    "profit",
}
# lemmas: how one regards someone ("will never look at them the same way"): a view, no act
REGARDING = frozenset({"look", "view"})
# lemmas: what one "makes" as an outcome, not an act ("will not make money from the sale",
# "I'll make history", "we're going to make a difference")
GAINS = frozenset(
    {"money", "profit", "loss", "gain", "fortune", "killing", "history", "difference"}
)
# lemmas: going on, with no act named ("we'll keep going", "we will carry on", "bounce
# back", "hang in there"): resolve, not a commitment ("carry on warning about X" names one)
GOING_ON = frozenset(
    {"carry", "move", "push", "press", "fight", "soldier", "bounce", "battle", "hang"}
)
KEPT_GOING = frozenset({"go", "fight", "push", "try", "work", "believe", "battle"})
KEEPING_ON = frozenset({"keep", "continue"})  # "keep going", "continue to fight"
# lemmas: a player's effort, not an act anyone could hold them to ("give everything",
# "play my best tennis", "focus on the game", "wear the number-four shirt")
EFFORT_OBJECTS = frozenset({"everything", "all", "best", "100", "110", "effort", "heart"})
# how one works: "we need to continue to work with focus" is effort, no act
EFFORT_MANNER = frozenset({"focus", "intensity", "determination", "passion", "humility", "energy"})
PLAYING = frozenset({"play"})  # not "compete": "will compete in every seat" is a plan
GAMES = frozenset(
    "tennis football rugby cricket golf hockey basketball baseball snooker darts game match "
    "sport season double doubles single singles tournament final semi-final event".split()
)
KIT = frozenset({"shirt", "jersey", "armband", "kit"})
# last words of a team's standing ("solidify their grip on second place", "address their
# mini-slump"): a result aimed at, not an act anyone could hold them to ("place" and
# "title" are not: "double its hotspots - places where", "take the title Duchess")
STANDING = frozenset({"grip", "slump", "streak", "momentum", "promotion", "spot", "standing"})
TRYING = frozenset({"continue", "try", "keep", "attempt", "start", "begin"})
# lemmas: going home ("ready to come home"), which "ready to" makes a state, not an offer
HOMECOMING = frozenset({"come", "go", "return", "head", "get", "fly"})
# lemmas: a crowd, whom "we want X to" wishes something of rather than asks ("we want people
# to go away humming the tunes", "I'd like fans to enjoy it")
AUDIENCES = frozenset(
    "people public everyone everybody fan audience viewer listener reader voter".split()
)
# the general public an expert's advice is for ("urged people to", "parents should"), and
# "" (no one named): the last word of a demand's target, singular
ADVISED = AUDIENCES | frozenset(
    {
        "",
        "consumer",
        "parent",
        "patient",
        "traveller",
        "traveler",
        "shopper",
        "user",
        "driver",
        "motorist",
        "smoker",
        "customer",
        "women",
        "men",
        "adult",
        "teenager",
    }
)
# the public a call is advice to, whoever calls ("Pepco urged customers to", "police urged
# people to avoid"): the last word of a demand's target, singular
ADVISED_PUBLIC = ADVISED - {"", "women", "men", "adult", "teenager"} | {"resident", "passenger"}
# lemmas: a contest's result, no one's to give ("will go all out for victory", "go to
# Ireland to win"): an aim, not a commitment ("win back", "win over" are acts)
CONTEST_RESULTS = frozenset({"victory", "win"})
# lemmas: in the passive, what others decide of one ("seeking to be named as the candidate",
# "hopes to be elected"): an aim, no act of one's own
CHOSEN_BY_OTHERS = frozenset(
    {"name", "elect", "nominate", "select", "choose", "pick", "appoint", "crown", "draft"}
)
# (verb, object) lemmas: with "next", an election's result, which voters decide ("form the
# next government")
ELECTION_RESULTS = frozenset({("form", "government")})
# lemmas: what a party does to seats that voters decide ("will take three seats from")
SEAT_VERBS = frozenset({"take", "win", "gain", "capture", "lose", "hold", "retain", "keep"})
# lemmas: what one "refuses to accept / admit that": a claim denied, no act refused
CONCEDING = frozenset({"accept", "admit", "acknowledge", "concede", "recognise", "recognize"})
# as written: "would" with these tells a past habit ("he would often call"), no act ahead
HABITUAL = frozenset({"often", "sometimes", "usually", "occasionally", "regularly", "frequently"})
# as written: "will" with these tells a habit that goes on ("sometimes I will set up a day");
# "will regularly inspect" is a plan
HABITS_NOW = frozenset({"sometimes", "usually", "often", "occasionally"})
# lemmas: verbs of belief: a future under someone else's is that one's thought, no act
THINKING = frozenset({"think", "believe", "assume", "imagine", "suppose", "fear"})
# lemmas: verbs of hoping for what another will do ("hoped the council would agree")
HOPING = frozenset({"hope", "wish", "want", "expect", "pray", "trust"})
# lemmas: what one "will control / own / hold / account for" as a share ("16% of output",
# "a majority stake") is what one will have, no act
HOLDINGS = frozenset({"control", "own", "hold", "account", "command", "represent"})
# lemmas: a standing one keeps as an outcome ("will keep its number one spot", "retain the
# title"), hoped for rather than done
KEEPING = frozenset({"keep", "retain", "hold", "maintain", "defend"})
STANDINGS = frozenset({"spot", "position", "place", "lead", "title", "crown", "ranking", "top"})
SHARE_NOUNS = frozenset({"stake", "share", "majority", "percent", "per", "proportion"})
# lemmas: acts complete in one word ("will not cooperate", "said it would investigate");
# any other one-word action ("make", "were", "pay") has lost its object or is no act.
WHOLE_ACTS = frozenset(
    """cooperate investigate resign retire comply retaliate appeal intervene negotiate respond
    quit testify apologize apologise withdraw compromise surrender sue reconsider act help
    participate campaign protest strike""".split()
)
# as written: subjects that name no one ("Nothing needs to be made of it").
# lemmas: what one "declines to" when one only will not talk ("declined to comment",
# "refused to be drawn on"): no act is refused
NO_COMMENT = frozenset(
    {"comment", "elaborate", "speculate", "say", "confirm", "deny", "disclose", "reveal"}
    | {"specify", "name", "identify", "answer", "repeat", "preview", "detail"}
)  # not "discuss": "refused to discuss the withdrawal" refuses a negotiation
# lemmas: a clause that describes one of these says how or why, not what anyone will do
# ("the way we should approach", "the reasons the US won't strike")
MANNER_NOUNS = frozenset({"way", "manner", "extent", "degree", "speed", "pace", "reason"})
NO_ONE = frozenset({"nothing", "nobody", "none", "no-one", "noone"})
# as written, lower-cased: no one in particular ("until somebody says they are willing to")
SOMEONE = frozenset({"somebody", "someone", "anybody", "anyone", "nobody", "everyone"})
# lemmas: who speaks for someone else ("a spokesman for Lopez": Lopez speaks)
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
# lemmas: who acts in an organisation's name ("officials at the department said they would")
# a document speaks for whoever issued it: "the letter from Qwest said", "a Halden statement"
DOCUMENT_NOUNS = frozenset({"statement", "letter", "release", "communique", "filing", "report"})
VOICE_NOUNS = SPOKESPEOPLE | {"official"} | DOCUMENT_NOUNS
# lemmas: someone the text does not name, whom "he" or "she" then means ("A spokesman said
# ... He refused to give details")
UNNAMED_PEOPLE = SPOKESPEOPLE | {"official", "source", "witness", "insider", "aide", "friend"}
# lemmas: people a report quotes without a name ("An elderly woman recalled ... she said")
PASSERS_BY = frozenset(
    """man woman resident refugee villager survivor neighbour neighbor passenger relative
    mother father widow shopkeeper protester""".split()
)
# lemmas: who acts for a client ("Yukos' US lawyers will attempt": Yukos), never for a place
COUNSEL = frozenset({"lawyer", "attorney"})
# lemmas: how an economy moves (as a verb without an object, or as the object: "drive
# expansion"); a country's future of these is a forecast, not an act
ECONOMY_MOVES = frozenset(
    """grow expand shrink contract slow recover rebound overtake outpace stagnate expansion
    growth recovery recession slowdown""".split()
)
# lemmas: verbs whose passive takes a noun after it ("will be considered an invasion",
# "was named captain"); after another verb that noun is a misparse of "be"
NAMING_VERBS = frozenset(
    """consider deem declare call name elect appoint make judge label find keep leave hold
    rule term dub crown vote treat see brand nominate designate title pronounce choose""".split()
)
# lemmas: a place's hours, told without an object ("the museum will reopen Saturday")
OPENING = frozenset({"open", "reopen", "close", "shut"})
# lemmas: one club meeting another ("Forest Green will host MK Dons"): a fixture
FIXTURES = frozenset({"host", "face", "play"})
# lemmas: verbs that state plainly ("said the duty would be frozen"; not "suggested")
PLAIN_TELLING = frozenset("say tell announce confirm add state explain write".split())
# lemmas: passives that say how a thing stands, not what someone will do to it
PASSIVE_STATES = frozenset(
    "require need expect see know consider regard view mystify surprise shock welcome".split()
)
# as written: how one feels, after "be" ("the Church should be concerned", "they should be
# ashamed"): a mood urged, no act
FEELINGS = frozenset(
    """concerned worried alarmed ashamed embarrassed disappointed pleased proud happy afraid
    scared frightened grateful thankful glad sorry upset angry nervous delighted""".split()
)
# as written: a sentence that asks, closing quote marks aside ('... "Would it?"')
QUESTION = re.compile(r"\?[\s\"'’”)]*$")
# a sentence ending in "!": a cry or a reader's comment ("now UKIP at least has a chance in
# the election!"), no news a report states
EXCLAIMED = re.compile(r"![\s\"'’”)]*$")
# as written: forms the small model lemmatises wrongly ("hoping" -> "hop").
LEMMA_FIXES = {"hoping": "hope", "hoped": "hope", "hopes": "hope"}
# as written: modals of a maybe ("we may need to", "the House could agree")
MAYBE_MODALS = frozenset({"may", "might", "could"})
# lemmas: what a forecast is about; "growth will slow next year" is no event in a diary
MEASURE_NOUNS = frozenset(
    """growth economy price prices inflation spending borrowing rate rates unemployment
    sales profit profits output demand export exports import imports deficit surplus dollar
    greenback pound euro yen currency share shares trend cost costs
    earnings revenue revenues income wage wages debt gdp investment consumption
    temperature temperatures weather storm thunderstorm rain rainfall snow snowfall wind gale
    shower frost fog heatwave""".split()
)
# lemmas, as written: words that make a time a forecast's ("forecast to continue", "likely")
FORECASTING = frozenset(
    "forecast predict project envisage likely unlikely probably favor favour tip".split()
)  # "is heavily favored to replace", "is tipped to win": a race called, no plan
# as written: words that make a future clause a guess, not a commitment ("my guess is she'll").
HEDGES = {
    "guess",
    "estimate",  # "My estimate is we will need to spend"
    "likely",
    "unlikely",
    "probably",
    "perhaps",
    "maybe",
    "possibly",
    "predict",
    "predicted",
    "predicting",
    "predicts",
    "forecast",
    "expects",
    "expected",
    "speculate",
    "suspect",
    "hopefully",  # "Hopefully, it will be rebuilt": a hope, no one's word
    *("unclear", "uncertain", "unsure", "doubtful"),  # "it is unclear whether X will"
    # sourced to no one: "Hamas is believed to be planning", "reportedly plans"
    *("believed", "thought", "rumoured", "rumored", "alleged", "allegedly", "reportedly"),
}
# as written: what makes a future time a wish, not a date ("Hopefully we'll race tomorrow")
WISHES = frozenset({"hopefully", "hope", "hoping", "hopes", "maybe", "perhaps", "possibly", "wish"})
# as written, lower-cased: a party word the tagger takes into a person's name ("Tory Liam Fox")
PARTY_WORDS = frozenset("tory labour conservative republican democrat democratic liberal".split())
# lemmas: pressure one withstands; "we will not be swayed / silenced" is the subject's refusal,
# while "he will not be prosecuted / paid" is what others will not do to him
PRESSURE_VERBS = frozenset(
    {"sway", "silence", "deter", "divert", "distract", "intimidate", "bully", "cow", "push"}
    | {"blackmail", "pressure", "pressurise", "pressurize", "rush", "dictate", "threaten"}
    | {"frighten", "scare", "coerce", "move", "budge", "provoke", "bribe", "fool", "stop"}
    | {"defeat", "beat", "break", "drive", "deflect", "derail", "daunt", "dissuade", "gag"}
    | {"muzzle", "drag", "bow", "tempt", "lure", "hurry", "shake", "terrorise", "terrorize"}
)
# a party's nickname -> how its name begins ("the Tories" are the Conservative Party)
PARTY_NICKNAMES = {
    "tories": "conservative",
    "tory": "conservative",
    "gop": "republican",
    "lib dems": "liberal democrat",  # not Australia's Liberal Party
    "lib dem": "liberal democrat",
}
# lower-cased words of a party's name: "the firm" is never the Tories
PARTY_NAME_WORDS = PARTY_WORDS | frozenset(
    "tories conservatives republicans democrats party dems gop ukip snp".split()
)
# lower-cased: words of a public body's name, which "the company" or "the firm" never means
# ("the company offered" after "the European Court of Human Rights" is a firm not named)
PUBLIC_BODY_WORDS = PARTY_NAME_WORDS | frozenset(
    """court council ministry department committee commission agency government parliament
    assembly senate congress police army authority tribunal nations rights union""".split()
)
# as written: bodies a place can name that do not speak for it ("Hong Kong Democratic Party
# chairwoman" speaks for her party, not for Hong Kong; a "ministry" does speak for its country)
# lemmas: verbs that put a claim ("his attorney argued that Knight was the victim": no role)
CLAIMING_VERBS = frozenset({"argue", "claim", "insist", "allege", "contend", "maintain", "believe"})
# as written: a country's own bodies, named after it ("the Libyan Army", "Iranian government")
STATE_BODIES = frozenset(
    "army navy military government ministry police forces parliament cabinet".split()
)
NON_STATE_BODIES = frozenset(
    """party union club league association company group front movement alliance coalition
    church society foundation federation university college school institute""".split()
)
# the nouns for a business: "the firm said it would" is the last company, never a party
BUSINESS_NOUNS = frozenset({"company", "firm", "operator"})
# lemmas: what one feels about another's act ("We are shocked that he would seek to"): the
# act is judged, not committed to
EMOTION_WORDS = frozenset(
    {"shocked", "shock", "surprised", "surprise", "disappointed", "disappoint", "appalled"}
    | {"appal", "saddened", "sadden", "astonished", "astonish", "amazed", "amaze", "dismayed"}
    | {"outraged", "outrage", "horrified", "horrify", "disgusted", "disgust", "stunned", "stun"}
    | {"baffled", "baffle", "puzzled", "puzzle", "sad", "sorry", "glad", "pleased", "happy"}
)
# lemmas: knowing verbs; with a that-clause a way of speaking ("we must recognise that")
COGNITION_VERBS = frozenset(
    "recognise recognize acknowledge understand realise realize appreciate accept".split()
)
# lemmas: kinds of people a survey counts; bare and plural, they are people in general ("Dads
# plan to outspend moms by 63%"), no one's side
SURVEYED_PEOPLE = frozenset(
    """dad mom mum father mother man woman teen teenager millennial adult household shopper
    consumer homeowner renter motorist commuter""".split()
)
