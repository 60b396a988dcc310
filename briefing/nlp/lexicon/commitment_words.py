"""Commitment verbs, nouns and adjectives, and the words that ask, refuse or warn."""

from __future__ import annotations

# --- Commitments--------------------------------------------------------------

# lemmas: verbs that ask only as "pressed the Pentagon to release", "pleaded with them to",
# "lobbied for a tax" (not "pressed the button", "ordered a pizza", "challenged the ruling")
ASKING = frozenset(
    "press pressure push lobby plead beg implore challenge petition order instruct invite".split()
)
# of those, the ones that ask for a thing: "pushing for a ban"
ASKING_FOR = frozenset("press push lobby plead beg petition".split())
# lemmas: what is pressed or pushed without anyone being asked ("pressing the boundaries to
# get attention", "pushing the limits")
PUSHED_LIMITS = frozenset({"boundary", "limit", "envelope", "button"})
# lemmas: acts against a penalty or easing it, not penalties: "will fight the bans imposed
# on them", "ready to cut tariffs if"
RESISTING = frozenset(
    """fight challenge contest appeal oppose resist overturn lift cut lower reduce remove
    ease scrap waive halve""".split()
)
# lemmas: acts of bearing a penalty, the bearer's own act: "said it would pay the fine"
BEARING = frozenset({"pay", "accept", "serve"})
# lemmas: what one "will respond" to, or how, as an answer, not a reprisal ("will respond in
# full to the inquiry's invitation", not "the South would respond")
ANSWERED = frozenset(
    """full due course shortly letter request invitation question consultation report query
    inquiry email call concern comment feedback claim allegation criticism review""".split()
)
# lemmas whose "if" clause is a question: "asked if the company planned to"
ASKING_IF = frozenset({"ask", "wonder", "know", "question", "query", "inquire", "enquire"})
# lemmas that ask for someone to act: "called for the government to resign"
FOR_ASKING = ASKING_FOR | {"call", "ask", "appeal"}
# lemmas: commitment verbs only people do (a storm threatens, a film promises, a bill seeks)
PEOPLES_VERBS = frozenset(
    "vow pledge swear refuse agree demand urge insist beg implore plead".split()
)
# lemmas: a commitment verb and the type it gives.
VERB_TYPES = {
    "pledge": "pledge",
    "vow": "pledge",
    "commit": "pledge",
    "promise": "promise",
    "threaten": "threat",
    "warn": "warning",
    "demand": "demand",
    "urge": "demand",
    "insist": "demand",
    "ask": "demand",
    "call": "demand",  # only "call on/for"
    "offer": "offer",
    "propose": "offer",
    "agree": "agreement",
    "refuse": "refusal",
    "reject": "refusal",
    "decline": "refusal",
    "intend": "intention",
    "plan": "intention",
    "aim": "intention",
    "guarantee": "assurance",
    "assure": "assurance",
    "decide": "intention",
    "swear": "pledge",
    "resolve": "pledge",
    "appeal": "demand",  # only "appealed to X to" / "appealed for calm"
    "rule": "refusal",  # only "ruled out"
    "seek": "intention",
    "work": "intention",  # only "is working to restore", as "is seeking to"
    **dict.fromkeys(ASKING, "demand"),  # only "pressed X to act", "pushed for a ban"
    "invite": "offer",  # only "invited the rebels to join talks"
    "request": "demand",
    "recommend": "demand",  # "the coroner recommended that signage should warn"
    "accept": "agreement",  # only a proposal, an offer, terms (ACCEPTED)
}
# lemmas: what is "accepted" as an agreement ("accepted a ceasefire proposal"); not
# "accepted responsibility", "accepted the award"
ACCEPTED = frozenset(
    "proposal offer plan deal terms condition ceasefire truce invitation demand compromise"
    " agreement settlement bid recommendation package".split()
)
# lemmas: nouns that name a commitment ("plans to", "calls for", "no intention of").
NOUN_TYPES = {
    "plan": "intention",
    "intention": "intention",
    "pledge": "pledge",
    "vow": "pledge",
    "promise": "promise",
    "commitment": "pledge",
    "undertaking": "pledge",  # "gave an undertaking that it would"
    "word": "pledge",  # "gave its word that it will pay"
    "assurance": "assurance",  # "gave an assurance that the hospital would stay open"
    "guarantee": "assurance",
    "threat": "threat",
    "ultimatum": "threat",
    "offer": "offer",
    "proposal": "offer",
    "demand": "demand",
    "call": "demand",
    "goal": "intention",  # "our goal is to", "set a goal to"
    "target": "intention",  # "set a target of cutting emissions by 40%"
    "aim": "intention",
    "objective": "intention",
    "deal": "agreement",  # "signed a deal to buy"
    "agreement": "agreement",
    "accord": "agreement",
    "pact": "agreement",
}
# prepositions of place: a name after them is where, not who ("pressure on Biden" is who)
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
# lemmas: what one "challenged" another to, asking them to meet ("challenged Holt to a
# televised debate"), not "challenged the ruling"
CHALLENGES = frozenset("debate duel fight race contest showdown match rematch vote".split())
# lemmas: what one is "ready for" when ready to act ("ready for talks", not "for the game")
TALKS = frozenset(
    "talk negotiation dialogue compromise ceasefire deal peace cooperation election".split()
)
# lemmas: what is "ruled out" as a cause or a finding, not refused as an act
NOT_RULED_OUT = frozenset(
    "possibility negligence play involvement link cause terrorism injury chance".split()
)
# lemmas: the verbs that make a goal or a deal someone's ("signed a deal to buy", "set a
# goal to"); under any other verb ("criticised the deal to") it is no one's commitment
_AGREEING = frozenset({"sign", "reach", "strike", "seal", "conclude", "clinch", "agree"})
_SETTING = frozenset({"set", "announce", "adopt", "unveil", "have"})
# lemmas: what a government orders that others must do ("ordered a halt to construction")
ORDERED_STOPS = frozenset(
    "halt stop suspension freeze closure shutdown evacuation recall withdrawal ceasefire".split()
)
# lemmas: verbs that make a plan public ("plans ... were unveiled by the Tories")
ANNOUNCING_VERBS = frozenset({"unveil", "announce", "publish", "outline", "reveal", "launch"})
# lemmas: the verbs that make an assurance someone's ("gave an assurance that"; not "the
# agreement included a guarantee that", nor "sought guarantees")
_GIVING = frozenset({"give", "make", "offer", "provide", "repeat", "reiterate", "renew", "issue"})
# lemmas: "reaffirmed its commitment to the peace deal": the commitment said again is the act
REAFFIRMING_VERBS = frozenset(
    {"reaffirm", "reiterate", "renew", "restate", "repeat", "underline", "stress", "affirm"}
)
NOUN_VERBS = {
    **dict.fromkeys(("deal", "agreement", "accord", "pact"), _AGREEING),
    **dict.fromkeys(("assurance", "guarantee", "undertaking"), _GIVING),
    "word": frozenset({"give"}),  # "gave its word that"; not "had word that", "the last word"
    **dict.fromkeys(("goal", "aim", "objective", "target"), _SETTING),
}
# lemmas: verbs whose passive is a state ("is committed to", "are prepared to").
ADJECTIVE_VERBS = {"commit": "pledge", "prepare": "offer", "determine": "pledge"}
# lemmas: what one "offers" without offering to act ("offered his view").
# lemmas: what "I would ..." says as an opinion, not an act to come
OPINION_VERBS = frozenset(
    {"dispute", "argue", "say", "suggest", "disagree", "agree", "think", "add", "note"}
    | {"contend", "submit", "caution", "question", "characterize", "describe", "call"}
    | {"class", "regard", "rate", "guess", "imagine", "reckon", "bet", "advise", "recommend"}
)
# lemmas: what someone "will" do that is a speech ahead, no act ("he'll argue that")
SPEECH_AHEAD = frozenset(
    "say tell argue praise claim describe criticise criticize admit concede confess".split()
)
# lemmas: what one "will make" by saying it ("a little confession", "a point", "a prediction")
SPOKEN_THINGS = frozenset(
    """confession admission point prediction remark observation guess comment joke opinion
    view""".split()
)
# lemmas: a part one will play ("Sarah Lancashire will star in", "John Cleese will voice a
# sheep"): a cast list, not a commitment
PARTS_PLAYED = frozenset({"star", "co-star", "voice"})
# opinion verbs that are acts when they take a thing as object ("would add the phone")
OBJECT_ACTS = frozenset({"add", "submit"})
# lemmas: what is given someone "to" act by a date ("gave the firm a deadline of Friday to")
DEADLINES = frozenset({"deadline", "ultimatum"})
# lemmas: plans that "had" been made ("had initially planned to drive") are past
PLAN_VERBS = frozenset({"plan", "intend", "aim", "hope", "expect", "want", "mean"})
# lemmas: nouns whose "that he would" clause is someone's hope, fear or reading of signs
# ("an indication he planned to"), not his word
HOPE_NOUNS = frozenset(
    {"hope", "expectation", "fear", "speculation", "belief", "rumour", "rumor", "prospect"}
    | {"chance", "possibility", "concern", "worry", "suggestion", "idea", "sense", "doubt"}
    | {"indication", "sign", "evidence", "impression", "suspicion", "assumption", "theory"}
    | {"notion", "perception", "myth"}
)
# lemmas: kinds of case a relative clause describes, any one of them ("cases in which
# tenants refused to move out"): no one's commitment
CASE_NOUNS = frozenset({"case", "situation", "instance", "circumstance", "scenario"})
# lower-cased: a body's last word whose name may join two parts with "and" ("Hammersmith and
# Fulham Council", "the Qualifications and Curriculum Authority")
TWO_PART_BODIES = frozenset({"council", "authority", "commission", "agency", "board"})
# lower-cased: a government body whose name may list its portfolios ("the Department for
# Culture, Media and Sport", "Ministry of Economy, Trade and Industry")
PORTFOLIO_BODIES = frozenset({"department", "ministry", "office", "committee", "secretary"})
# lemmas: a part of a group, named by its members ("a small group of Democratic lawmakers")
PART_NOUNS = frozenset({"group", "handful", "number", "couple", "band"})
# lemmas: verbs of a call whose "to" clause after a date is the call's ("renewed calls on
# Tuesday to ban"); not "made calls to reporters to explain" (telephoned)
CALLS_RENEWED = frozenset({"renew", "repeat", "reiterate", "echo", "issue"})
# lemmas: "received a call for", "rejected demands for": the call is someone else's (one who
# echoes, backs or supports a call makes it too)
# lemmas: a plan one of these governs is no longer held ("reversed his plan to cut")
ABANDONING_VERBS = frozenset(
    {"reverse", "abandon", "drop", "scrap", "shelve", "ditch", "cancel", "axe", "ax", "withdraw"}
    | {"postpone", "delay", "suspend", "freeze", "break", "breach", "violate"}
)
# lemmas: nouns whose "that ... will" clause is the word given ("a promise that I will")
VOWED_NOUNS = frozenset(
    {"promise", "pledge", "vow", "commitment", "undertaking", "assurance", "guarantee", "word"}
)
RECEIVING_VERBS = frozenset(
    {"receive", "get", "hear", "answer", "respond", "reject", "ignore", "dismiss", "face"}
    | {"resist", "investigate", "report"}
)
# lemmas: "sought a promise that", "won assurances from Norvik that": a commitment asked of
# another or got from one, not the subject's own
SEEKING_VERBS = frozenset(
    {"seek", "want", "win", "secure", "request", "obtain", "extract", "need", "wring", "elicit"}
)
# lemmas: "secured a promise from Norvik to", "received assurances from Norvik that": the
# one it came from gave it (sought, it is not yet given)
OBTAINING_VERBS = frozenset(
    {"win", "secure", "obtain", "extract", "wring", "elicit", "receive", "get", "gain"}
)
# lemmas: "criticised the pledge to", "backed plans to", "approved a plan to": the subject
# answers someone else's plan or offer; it is not the subject's own.
RESPONDING_VERBS = frozenset(
    {"criticise", "criticize", "protest", "oppose", "condemn", "slam", "attack", "question"}
    | {"challenge", "block", "veto", "back", "support", "welcome", "endorse"}
    | {"accept", "applaud", "praise", "hail", "match", "fight", "denounce", "decry", "blast"}
    | {"mock", "ridicule", "study", "consider", "examine", "review", "debate", "discuss"}
    | {"halt", "stop", "rebuff", "spurn", "snub"}
)
# lemmas: who approves others' plans ("a court approved plans to restart"), where a
# parliament or a board that approves a plan adopts it
JUDGING_NOUNS = frozenset({"court", "judge", "tribunal", "regulator", "watchdog", "inspector"})
# as lemmas: "issued a statement urging": the statement's demand is the issuer's; not so
# for "reviewed a tweet threatening" or "got a call asking".
ISSUING_VERBS = frozenset(
    {"issue", "submit", "sign", "introduce", "unveil", "release", "publish", "post", "send"}
    | {"write", "table", "draft", "file", "launch", "deliver", "pass", "adopt", "present"}
    | {"circulate", "tweet", "pen", "run", "put"}
)
# lemmas: what is said, not done: rejecting one is a denial ("rejected the allegations")
CLAIM_NOUNS = frozenset(
    {"allegation", "claim", "suggestion", "accusation", "charge", "report", "criticism"}
    | {"assertion", "characterisation", "characterization", "comparison", "speculation"}
    | {"rumour", "rumor", "assessment", "conclusion", "finding", "view", "evidence", "sign"}
)
NOT_OFFERED = {
    *("solution", "service", "product", "range", "experience", "feature", "alternative"),
    "primer",
    "insight",
    "glimpse",
    "advice",
    "tip",
    "perspective",
    "opinion",
    "overview",
    "summary",
    "view",
    "review",
    "rationale",
    "strategy",
    "vision",
    "explanation",
    "assessment",
    "moment",
    "statement",
    "condolence",
    "prayer",
    "thank",
    "apology",
    "comment",
    "reason",
    "detail",
    "tribute",
    "congratulation",
    "sympathy",
    "word",
    "hint",
    "example",
    "look",
    "news",  # "did offer some good news for the short term": a remark
    "hope",
    "reassurance",
    "encouragement",
    # vague objects: what was offered is not said
    "thing",
    "something",
    "anything",
    "everything",
    "nothing",
    "lot",
}
# lemmas: a thought put forward ("first proposed the idea of bitcoin"), no offer ("ruled out
# any idea of a second vote" still refuses)
IDEAS = frozenset({"idea", "theory", "concept", "hypothesis", "notion"})
# lemmas: "it is important for them to", "it is vital that they": a demand in a quote.
# lemmas: acts one party owes another: "expects the NFL to apologize" demands; "expects
# Samsung to appeal" only foresees.
OWED_ACTS = frozenset(
    "apologize apologise comply honour honor respect resign compensate reimburse abide "
    "retract cooperate".split()
)
URGENT = frozenset({"important", "essential", "vital", "crucial", "necessary", "imperative"})
# lemmas: "ready to", "prepared to": a conditional offer of action.
ADJECTIVE_TYPES = {
    "ready": "offer",
    "prepared": "offer",
    "willing": "offer",
    "happy": "offer",
    "open": "offer",
    "determined": "pledge",
    "committed": "pledge",
}
# as written: marks of a clause that states a fact even inside a question ("as X announces
# plans to ..., is the town ...?")
STATING_MARKS = frozenset({"as", "after", "while", "because", "since"})
# Matched as written: "'d" is "would" to the lemmatizer but is often "had".
# marks of a clause of time, cause or condition: "warned six months before X replaced Y"
# has no complement, however the parser hangs the clause
SUBORDINATORS = frozenset(
    {"before", "after", "when", "while", "because", "since", "as", "until", "although"}
    | {"though", "once", "unless", "whereas", "if", "whether"}
)
FUTURE_MODALS = {"will", "wo", "would", "shall", "'ll"}
DEMAND_MODALS = {"must", "should"}
# lemmas: acts whose negation reassures the other side ("will not attack").
# lemmas: what is done to people; "will be killed" foretells a harm, it vows nothing
HARMS = frozenset({"kill", "hurt", "injure", "wound", "harm", "shoot", "attack", "torture"})
# lemmas: harms whose promise on a condition is a threat ("if they provoke, we will destroy")
THREATENED_HARMS = HARMS | {"destroy", "bomb", "invade"}
# lemmas: failings foretold, not vowed ("we will betray our people if we lose"); denied, they
# reassure ("will never betray")
FAILINGS = frozenset({"betray", "desert", "forsake"})
HARMFUL = {
    *("kill", "hurt", "injure", "wound"),
    "attack",
    "invade",
    "launch",
    "strike",
    "shell",
    "bomb",
    "harm",
    "threaten",
    "target",
    "escalate",
    "deploy",
    "seize",
    "annex",
    "use",
    "cut",
    "raise",
    "close",
    "sack",
    "fire",
    "abandon",
    *FAILINGS,
}
# lemmas: objects that make an act harmful: "will not declare martial law / war".
HARMFUL_OBJECTS = frozenset(
    "war martial force violence weapon invasion attack strike sanction tariff".split()
)
# lemmas: penalties; a future act among them is a warning, or with a condition a threat.
PUNITIVE = {
    "tariff",
    "duty",
    "fine",
    "penalty",
    "investigation",
    "countermeasure",
    "sanction",
    "retaliate",
    "respond",
    "punish",
    "impose",
    "divert",
    "expel",
    "suspend",
    "withdraw",
    "block",
    "ban",
    "sue",
    "consequence",
    "disciplinary",
}
# lemmas: where one "will take" a party or "go" to sue ("take the matter to court"; not
# "appear in court", which no one threatens)
COURTS = frozenset("court judge tribunal".split())
# lemmas: what one "will withdraw" as a concession, not a penalty ("will withdraw the
# petition", "withdraw its troops"; "withdraw its ambassador" punishes)
WITHDRAWN_CLAIMS = frozenset(
    """petition charge lawsuit suit claim complaint case objection application bid
    candidacy troop force soldier remark comment threat demand amendment motion""".split()
)
# as written: words the tokenizer would split at the hyphen, leaving "there will be no U"
WHOLE_HYPHENED = ("U-turn", "u-turn", "U-turns", "u-turns", "U-Turn")
# lemmas: what "there can / will be no ..." rules out in someone's words: a refused act, or a
# harm promised not to come ("there will be no tax rises")
REFUSED_NOUNS = frozenset(
    """bargaining negotiation compromise concession retreat surrender amnesty extension
    exception exemption deal talks u-turn backtracking pardon bailout""".split()
)
SPARED_NOUNS = frozenset(
    "rise increase hike cut layoff redundancy closure war invasion strike".split()
)
# lemmas: what "there must be" asks for ("there must be an inquiry"), not "some mistake"
DEMANDED_NOUNS = frozenset(
    """inquiry investigation inquest review audit probe ceasefire truce election referendum
    vote debate dialogue talks reform ban moratorium apology compensation accountability
    justice change action sanction withdrawal resignation""".split()
)
# what "it will take": time, effort, not an act
# lemmas: what one "will take" as a feeling, no act ("England will take huge heart from")
TAKEN_HEART = frozenset("heart comfort solace pride encouragement satisfaction".split())
TAKES = frozenset("time while effort work courage money patience luck".split())

# what an act "will be met with" when it is a warning
FORCE = frozenset("response force resistance retaliation action reprisal challenge lawsuit".split())
# passives that sanction whoever "will be" so: "will be punished", not "will be withdrawn"
SANCTIONS = frozenset(
    "punish penalise penalize sanction fine ban suspend expel prosecute discipline jail".split()
)
# the subject of "confident it will": the confident one's own side
OWN_PRONOUNS = frozenset("it we i he she they".split())
# as written, lower-cased: titles that are part of a name ("Prince Andrew") or as often a
# first name ("Dean")
NAME_TITLES = frozenset({"prince", "king", "queen", "dean"})
# lemmas: what someone "warned of" that is their own act to come ("warned of strikes")
WARNED_ACTS = frozenset(
    """strike walkout boycott sanction tariff countermeasure retaliation reprisal consequence
    penalty fine action""".split()
)
# lemmas: people with a stake in an organisation who are not it: "BP shareholders rejected"
# is not BP rejecting.
STAKEHOLDER_NOUNS = frozenset(
    """shareholder investor stockholder bondholder creditor customer client passenger fan
    resident voter supporter student parent patient user consumer taxpayer farmer critic
    rival worker employee""".split()
)
# films, shows and books: in both lists below
_CREATIVE_WORKS = frozenset(
    """film movie show programme program series album book novel song play musical
    documentary""".split()
)
# lemmas: things with names of their own, which do not act ("The exhibition, Fonetography,
# will feature ...": the thing's name, not anyone's commitment)
WORKS = _CREATIVE_WORKS | frozenset(
    """exhibition game device product system software festival event drug report study
    survey video guidance guideline handbook leaflet""".split()
)
# lemmas: what "what we agreed is the ___ to ..." names before the act: "the need to
# increase the resources at sea" (complements._cleft_act)
CLEFT_NOUNS = frozenset("need plan aim goal intention commitment promise decision".split())
# lemmas: what a passive future says a thing will have, a design told, not an act anyone
# vows: "the probe will be outfitted with a heat shield", "buses will be fitted with cameras"
FURNISHING_VERBS = frozenset("equip outfit fit power coat line paint furnish decorate".split())
# as written: the last word of a law's name ("the Investigatory Powers Bill", "a hybrid Bill")
LAW_NAME_ENDS = ("Bill", "Act")
# what a work is called before its name: "cult TV show Twin Peaks", "thriller White Noise"
# name a work, no one who acts
WORK_NOUNS = _CREATIVE_WORKS | frozenset(
    """sitcom drama thriller comedy opera single track memoir sequel biopic ballet cartoon
    soap blockbuster hit painting poem""".split()
)

# lemmas: "working with X to": X is a partner in the act, not the one it is promised to
PARTNERING_VERBS = frozenset({"work", "cooperate", "collaborate", "partner", "team"})
