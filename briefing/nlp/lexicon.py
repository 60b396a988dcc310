"""Every word list the stages use, in one place. Extend them here.

Lists marked *lemmas* are compared with spaCy's ``token.lemma_`` and hold lemmas only
("sanction", not "sanctions"); ``tests/test_lexicon.py`` checks that each entry is its own
lemma under the shipped model. Lists marked *as written* are compared with the text itself:
names, demonyms, function words and contractions, whose lemmas would lose what they mark.
"""

from __future__ import annotations

import re

# --- Actors (as written) -------------------------------------------------------------

# Names a text uses for the same actor; the key is the canonical name.
COUNTRY_ALIASES = {
    "United States": {
        "united states",
        "us",
        "u.s.",
        "usa",
        "u.s.a.",
        "america",
        "united states of america",
    },
    "United Kingdom": {"united kingdom", "uk", "u.k.", "britain", "great britain"},
    "European Union": {"european union", "eu", "e.u."},
    "United Nations": {"united nations", "un", "u.n."},
    "Russia": {"russia", "russian federation"},
    "China": {"china", "people's republic of china", "prc"},
    "Netherlands": {"netherlands", "the netherlands", "holland"},
    "NATO": {"nato", "north atlantic treaty organization", "north atlantic alliance"},
}

# Sovereign states, as written ("_" for a space): a GPE among them is a country, not a place.
COUNTRIES = frozenset(
    name.replace("_", " ")
    for name in """
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana
Brazil Brunei Bulgaria Burkina_Faso Burundi Cambodia Cameroon Canada Chad Chile China Colombia
Comoros Congo Costa_Rica Croatia Cuba Cyprus Czech_Republic Czechia Denmark Djibouti Dominica
Dominican_Republic Ecuador Egypt El_Salvador Eritrea Estonia Eswatini Ethiopia Fiji Finland
France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras
Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Ivory_Coast Jamaica Japan Jordan
Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya
Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania
Mauritius Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru
Nepal Netherlands New_Zealand Nicaragua Niger Nigeria North_Korea North_Macedonia Norway Oman
Pakistan Palau Palestine Panama Papua_New_Guinea Paraguay Peru Philippines Poland Portugal Qatar
Romania Russia Rwanda Samoa San_Marino Saudi_Arabia Senegal Serbia Seychelles Sierra_Leone
Singapore Slovakia Slovenia Somalia South_Africa South_Korea South_Sudan Spain Sri_Lanka Sudan
Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga
Trinidad_and_Tobago Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine United_Arab_Emirates
United_Kingdom United_States Uruguay Uzbekistan Vanuatu Vatican Venezuela Vietnam Yemen Zambia
Zimbabwe
""".split()
)

DEMONYMS = {
    "American": "United States",
    "Americans": "United States",
    "British": "United Kingdom",
    "Russian": "Russia",
    "Russians": "Russia",
    "Ukrainian": "Ukraine",
    "Ukrainians": "Ukraine",
    "Chinese": "China",
    "French": "France",
    "German": "Germany",
    "Germans": "Germany",
    "Japanese": "Japan",
    "Indian": "India",
    "Iranian": "Iran",
    "Israeli": "Israel",
    "Israelis": "Israel",
    "Palestinian": "Palestine",
    "Turkish": "Turkey",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Polish": "Poland",
    "Swiss": "Switzerland",
    "Canadian": "Canada",
    "Mexican": "Mexico",
    "Brazilian": "Brazil",
    "Australian": "Australia",
    "Korean": "Korea",
    "North Korean": "North Korea",
    "South Korean": "South Korea",
    "Saudi": "Saudi Arabia",
    "Egyptian": "Egypt",
    "Syrian": "Syria",
    "Iraqi": "Iraq",
    "Afghan": "Afghanistan",
    "Pakistani": "Pakistan",
    "Belarusian": "Belarus",
    "Georgian": "Georgia",
    "Dutch": "Netherlands",
    "Swedish": "Sweden",
    "Finnish": "Finland",
    "Norwegian": "Norway",
    "Danish": "Denmark",
    "European": "European Union",
    # irregular forms the stem rule (collectives._demonym_stem) cannot find
    "Welsh": "Wales",
    "Scottish": "Scotland",
    "Scots": "Scotland",
    "English": "England",
    "Irish": "Ireland",
    "Greek": "Greece",
    "Greeks": "Greece",
    "Hungarian": "Hungary",
    "Belgian": "Belgium",
    "Czech": "Czech Republic",
    "Slovak": "Slovakia",
    "Portuguese": "Portugal",
    "Thai": "Thailand",
    "Vietnamese": "Vietnam",
    "Filipino": "Philippines",
    "Lebanese": "Lebanon",
    "Sudanese": "Sudan",
    "Taiwanese": "Taiwan",
    "Nepalese": "Nepal",
    "Yemeni": "Yemen",
    "Somali": "Somalia",
    "Moroccan": "Morocco",
    "Haitian": "Haiti",
    "Singaporean": "Singapore",
    "Argentine": "Argentina",
    "Emirati": "United Arab Emirates",
    # plurals that are not the singular and an "s" ("Italians" is found from "Italian")
    "Swedes": "Sweden",
    "Danes": "Denmark",
    "Finns": "Finland",
    "Poles": "Poland",
    "Spaniards": "Spain",
    "Turks": "Turkey",
}

# A capital stands for its government only as the subject of a speech or commitment verb.
CAPITALS = {
    "Washington": "United States",
    "Moscow": "Russia",
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "Beijing": "China",
    "London": "United Kingdom",
    "Paris": "France",
    "Berlin": "Germany",
    "Tokyo": "Japan",
    "Tehran": "Iran",
    "Ankara": "Turkey",
    "Brussels": "European Union",
    "Minsk": "Belarus",
    "Warsaw": "Poland",
    "Rome": "Italy",
    "Madrid": "Spain",
    "Ottawa": "Canada",
    "New Delhi": "India",
    "Pyongyang": "North Korea",
    "Seoul": "South Korea",
    "Damascus": "Syria",
    "Riyadh": "Saudi Arabia",
    "Cairo": "Egypt",
    "Islamabad": "Pakistan",
    "Kabul": "Afghanistan",
    "Canberra": "Australia",
    "Addis Ababa": "Ethiopia",
    "Baghdad": "Iraq",
    "Tripoli": "Libya",
    "Beirut": "Lebanon",
    "Amman": "Jordan",
    "Athens": "Greece",
    "Dublin": "Ireland",
    "Lisbon": "Portugal",
    "Vienna": "Austria",
    "Bern": "Switzerland",
    "Stockholm": "Sweden",
    "Oslo": "Norway",
    "Copenhagen": "Denmark",
    "Helsinki": "Finland",
    "Budapest": "Hungary",
    "Prague": "Czech Republic",
    "Bucharest": "Romania",
    "Belgrade": "Serbia",
    "Kampala": "Uganda",
    "Nairobi": "Kenya",
    "Abuja": "Nigeria",
    "Pretoria": "South Africa",
    "Harare": "Zimbabwe",
    "Khartoum": "Sudan",
    "Caracas": "Venezuela",
    "Havana": "Cuba",
    "Bogota": "Colombia",
    "Brasilia": "Brazil",
    "Buenos Aires": "Argentina",
    "Mexico City": "Mexico",
    "Manila": "Philippines",
    "Jakarta": "Indonesia",
    "Bangkok": "Thailand",
    "Hanoi": "Vietnam",
    "Kathmandu": "Nepal",
    "Dhaka": "Bangladesh",
    "Colombo": "Sri Lanka",
    "Kuala Lumpur": "Malaysia",
    "Doha": "Qatar",
    "Abu Dhabi": "United Arab Emirates",
    "Sanaa": "Yemen",
    "Tbilisi": "Georgia",
    "Yerevan": "Armenia",
    "Baku": "Azerbaijan",
    "Taipei": "Taiwan",
}

# A government's own offices speak for its country ("the State Department said").
GOVERNMENT_OFFICES = {
    "State Department": "United States",
    "U.S. State Department": "United States",
    "Department of State": "United States",
    "White House": "United States",
    "Pentagon": "United States",
    "Kremlin": "Russia",
    "Downing Street": "United Kingdom",
    "Foreign Office": "United Kingdom",
    "Elysee": "France",
    "Élysée": "France",
    "Quai d'Orsay": "France",
    "Zhongnanhai": "China",
}

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "gen", "col"}
HONORIFICS |= {"ayatollah", "sheikh", "imam", "cardinal"}
# a title that addresses a person rather than naming a post ("consultant oncologist
# Professor X": the post is before it)
ADDRESSED = HONORIFICS | {"professor", "doctor"}

# Abbreviated titles before a name ("Sen. Elizabeth Warren") and the role each one names.
ABBREVIATED_TITLES = {
    "sen": "Senator",
    "rep": "Representative",
    "gov": "Governor",
    "gen": "General",
    "lt": "Lieutenant",
    "sgt": "Sergeant",
    "adm": "Admiral",
    "amb": "Ambassador",
    "pres": "President",
    "capt": "Captain",
    "col": "Colonel",
    "cmdr": "Commander",
    "supt": "Superintendent",
    "det": "Detective",
    "insp": "Inspector",
    "cllr": "Councillor",
    "cpl": "Corporal",
    "maj": "Major",
}
COMPASS = frozenset({"North", "South", "East", "West", "Northeast", "Northwest", "Southeast"})
# A government's portfolios: after "Secretary of" or "Minister for", or before "Secretary",
# they are part of a title ("the Secretary of State", "Communities Secretary Eric Pickles"),
# not an organisation of their own.
PORTFOLIOS = frozenset(
    {"state", "defense", "defence", "treasury", "justice", "interior", "commerce", "labor"}
    | {"labour", "energy", "health", "education", "homeland security", "transportation"}
    | {"transport", "agriculture", "foreign affairs", "home affairs", "finance", "trade"}
    | {"environment", "housing", "veterans affairs", "the interior", "the treasury"}
    | {"communities", "culture", "business", "work and pensions", "immigration", "security"}
)
PORTFOLIO_TITLES = frozenset({"secretary", "minister", "department", "ministry", "spokesman"})
# Words that make a phrase a role ("Foreign Minister", "chief executive").
ROLE_WORDS = {
    "mep",
    "mp",
    "msp",
    "minister",
    "secretary",
    "president",
    "vice",
    "prime",
    "premier",
    "chancellor",
    "governor",
    "mayor",
    "senator",
    "congressman",
    "congresswoman",
    "representative",
    "ambassador",
    "envoy",
    "diplomat",
    "counterpart",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "chief",
    "executive",
    "ceo",
    "cfo",
    "chair",
    "chairman",
    "chairwoman",
    "director",
    "head",
    "leader",
    "commissioner",
    "mediator",
    "negotiator",
    "general",
    "admiral",
    "commander",
    "king",
    "queen",
    "prince",
    "judge",
    "economist",
    "analyst",
    "researcher",
    "founder",
    "manager",
    "treasurer",
    "adviser",
    "advisor",
    "deputy",
    "undersecretary",
    "attorney",
    "chairperson",
    "officer",
    "coach",
    "captain",
    "owner",
    "boss",
    "expert",
    "incumbent",
    "fellow",
    "host",
    "surgeon",
    "professor",
    "candidate",
    "strategist",
    "lawyer",
    "activist",
    "lawmaker",
    "legislator",
    "physician",
    "editor",
    "president-elect",
    "dean",
    "rector",
    "campaigner",
    # read missing on real BBC days: "Sir Anthony Meyer, the Tory backbencher"
    *("backbencher", "frontbencher", "peer", "whip", "pollster", "lobbyist", "consultant"),
    *("financier", "magnate", "tycoon", "trader", "donor", "architect", "monarch", "princess"),
    *("sprinter", "cyclist", "boxer", "jockey", "trainer", "batsman", "bowler", "skipper"),
    *("winger", "constable", "politician"),
}

# lemmas: what clubs are called in the plural ("the champions, Manchester United")
TEAMS_CALLED = frozenset("champion holder host rival visitor winner side".split())

# as written, lower-cased: what a person's name before it holds ("the Bush Presidency")
OFFICE_TERMS = frozenset("presidency administration era campaign government doctrine camp".split())

# lemmas: what else a person is called before or beside the name ("Sheriff Stanley Glanz",
# "the teens' mother, Theresa Devine", "Lewiston Tribune photographer Barry Kough"): a role
# when no title in ROLE_WORDS is given.
PERSON_NOUNS = frozenset(
    """sheriff detective inspector superintendent prosecutor magistrate justice solicitor
    barrister counsel ombudsman auditor councillor councilman councilwoman alderman speaker
    delegate trustee provost principal headteacher headmaster teacher student scientist
    doctor nurse pilot co-pilot driver photographer journalist reporter correspondent
    columnist author writer novelist actor actress singer rapper musician artist designer
    model comedian filmmaker producer athlete player striker midfielder defender goalkeeper
    keeper winger batsman bowler jockey boxer
    quarterback pitcher referee investor entrepreneur businessman businesswoman billionaire
    banker commentator pastor priest bishop archbishop cardinal pope imam rabbi cleric monk
    nun chaplain sheikh emir sultan duke duchess earl baron baroness widow widower mother
    father wife husband son daughter brother sister uncle aunt grandmother grandfather
    girlfriend boyfriend fiancee fiance neighbor neighbour victim suspect defendant plaintiff
    witness survivor gunman assailant attacker militant soldier sergeant lieutenant colonel
    marine veteran inmate prisoner detainee hostage refugee migrant protester volunteer
    co-founder nominee challenger mogul tycoon heir heiress chef deputy officer broadcaster
    presenter footballer poet historian philanthropist""".split()
)
# what someone is at their age, written before a name ("Teenager Autumn Veatch"): no part
# of the name
AGE_NOUNS = frozenset({"teenager", "teen", "schoolgirl", "schoolboy", "toddler", "pensioner"})
# What someone does for a living, written before a name as a title ("Broadcaster Chris
# Evans", "Comedian Russell Brand"): a role, not the first word of the name.
OCCUPATIONS = frozenset(
    """broadcaster presenter comedian singer rapper musician actor actress author writer
    novelist poet historian journalist reporter columnist photographer filmmaker producer
    designer artist chef entrepreneur businessman businesswoman billionaire tycoon mogul
    investor footballer striker midfielder defender goalkeeper keeper winger quarterback
    athlete batsman bowler jockey boxer philanthropist commentator superintendent sheriff
    detective inspector prosecutor frontman frontwoman guitarist drummer bassist vocalist""".split()
)

# Titles that form an alias with a surname: "Secretary Blinken", "Minister Lavrov".
TITLE_WORDS = {
    "secretary",
    "minister",
    "president",
    "governor",
    "senator",
    "chancellor",
    "ambassador",
    "premier",
    "mayor",
    "judge",
    "general",
    "commissioner",
    "director",
    "chairman",
    "chair",
}

# lemmas: verbs whose that-clause reports what someone else said ("Pickles suggested
# companies would not be forced"): the clause is the reporter's word, not its subject's.
REPORTING_VERBS = frozenset(
    {"say", "tell", "add", "state", "announce", "declare", "stress", "note", "explain"}
    | {"confirm", "suggest", "indicate", "reply", "respond", "write"}
    | {"reiterate", "reaffirm", "repeat", "emphasise", "emphasize"}
)
# lemmas: verbs that press a view: what one argues someone should do is one's demand
# ("Lord Holme argued that broadcasters should make the decision")
ARGUING_VERBS = frozenset({"argue", "insist", "maintain", "contend"})
# lemmas: verbs that report speech.
SPEECH_VERBS = {
    "say",
    "tell",
    "add",
    "state",
    "announce",
    "declare",
    "insist",
    "warn",
    "argue",
    "claim",
    "note",
    "stress",
    "write",
    "reply",
    "respond",
    "confirm",
    "deny",
    "explain",
    "urge",
    "pledge",
    "promise",
    "vow",
    "threaten",
    "demand",
    "offer",
    "agree",
    "refuse",
    "reject",
    "assure",
    "guarantee",
    "commit",
    "intend",
    "plan",
    "propose",
    "call",
    "ask",
    "signal",
}

# Pronouns a resolver maps to a speaker or a named actor (as written).
FIRST_SINGULAR = {"i", "me", "my", "myself"}
FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
THIRD_PERSON = {"he", "she", "him", "her", "his", "hers"}
# "she" is not "Mr Addison", "he" not "Mrs Thatcher": what the text's own titles say.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
TITLE_GENDER = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "duke", "baron"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "lady", "dame", "queen", "princess"), "f"),
    **dict.fromkeys(("duchess", "baroness", "madam"), "f"),
    **dict.fromkeys(("ayatollah", "pope", "sheikh", "emir", "sultan", "imam", "cardinal"), "m"),
}
# First names that say a person's gender, so that "she" passes over "Gordon Brown" (common
# in English-language news; names given to both, like Sam, Kim or Jordan, are left out).
MALE_NAMES = frozenset(
    """adam alan albert alexander andrew angus anthony antonio arthur barack ben benjamin bernie
    bill bob boris brian bruce carl carlos charles christopher colin craig dan daniel david
    dennis donald douglas ed edward eric frank fred gareth gary geoffrey george gerry gordon
    graham greg harry hassan henry hugh ian jack jacob jake james jason jeff jeffrey jeremy jim
    joe john jonathan jose joseph juan keith ken kenneth kevin lee liam luis malcolm mark martin
    matt matthew michael mike mohamed mohammed muhammad neil nicholas nick nigel patrick paul pete
    peter philip phillip raymond richard rob robert roger ronald roy russell ryan scott sean
    simon stephen steve steven stuart ted thomas tim timothy todd tom tony vladimir walter wayne
    william xi""".split()
)
FEMALE_NAMES = frozenset(
    """alice alison amanda amber amy andrea angela angelina ann anna anne barbara betty caroline
    carol catherine charlotte cheryl christine claire diana diane donna elizabeth ellen emily
    emma fiona hannah harriet heather helen hillary jane janet jennifer jessica joan julia julie
    karen kate katherine kathleen kathy kelly laura lauren linda lisa louise lucy margaret maria
    marie mary melanie melissa michelle nancy natalie nicola nicole olivia pamela patricia
    rachel rebecca ruth sally samantha sandra sarah sharon sophie stephanie sue susan teresa
    theresa tracy victoria wendy yvette""".split()
)
THIRD_PLURAL = {"they", "them", "their"}
# as lowercase words: a title's rank before it ("the vice president" is not the president)
RANK_MODIFIERS = frozenset(
    {"vice", "deputy", "assistant", "associate", "acting", "former", "shadow"}
)  # "the chancellor" is not the shadow chancellor
# As written: nouns that stand for a speaker's side, "her government", "the company".
# Company-like nouns fall back to the last organisation named; the rest match by name.
SIDE_NOUNS = {
    "government": "place",
    "country": "country",
    "administration": "place",
    "nation": "country",
    "side": None,
    "company": "organisation",
    "firm": "organisation",
    "group": "organisation",
    "bank": None,
    "union": None,
    "party": None,
    "board": None,
    "committee": None,
    "ministry": None,
    "department": None,
    "operator": "organisation",
    "airline": "organisation",
    "agency": "organisation",
    "authority": "organisation",
    "office": "organisation",
    "regulator": None,
    "commission": "organisation",
    "leadership": None,
}

# Roles preferred when an actor has several ("Lavrov's counterpart" over "the official").
# words that make a name an organisation's, whatever the tagger said about it
ORG_NAME_WORDS = frozenset(
    """party union council ministry department bank group inc corp corporation company co
    association committee agency institute university college school foundation federation
    court army force forces front league club board commission office service news times post
    network government assembly authority organization organisation society center centre
    church trust fund hospital clinic museum alliance movement coalition house senate congress
    parliament police""".split()
)
# what a people's word before a noun speaks for: "Chinese officials said" is China acting,
# "Chinese restaurants" are not (an office, ``ROLE_WORDS``, counts too: "the Iraqi minister")
STATE_BODIES = frozenset(
    """official government authority troop force police army navy military ministry
    diplomat leader regime embassy delegation negotiator parliament lawmaker legislator
    court spokesman spokeswoman soldier state side team""".split()
)
# a company's full name is its short one and one of these ("Kraft Foods", "Shell Oil")
COMPANY_SUFFIXES = frozenset(
    "foods oil motor motors airways airline airlines inc corp co ltd plc holdings group".split()
)
# a club's last word: "Manchester United", tagged a person, is an organisation (and
# "United" the same club cut short, so these are not ORG_NAME_WORDS)
CLUB_NAME_WORDS = frozenset("united rovers wanderers athletic albion hotspur fc".split())
# words after a name that only say what kind of body it is: in another story "Kraft" is
# "Kraft Foods" and "Highland" the "Highland Council", but "Kodak" is no "Kodak Theatre",
# "Academy" no "Academy Award", "Celtic" no "Celtic League", "Sony" no "Sony Ericsson"
BODY_KIND_WORDS = (
    COMPANY_SUFFIXES
    | CLUB_NAME_WORDS
    | frozenset(
        """party union council ministry department bank corporation company association
        committee agency institute university college foundation federation commission
        authority organization organisation society alliance movement coalition club news
        stock market exchange""".split()
    )
)
# what a business is called, and the people only a business has: a name described so
# ("Titan, a California-based company", "Yukos chief executive") is an organisation
COMPANY_NOUNS = frozenset(
    """company firm corporation conglomerate retailer manufacturer carmaker maker airline
    carrier insurer lender supplier producer broadcaster publisher subsidiary startup
    executive chairman shareholder shareholders ceo""".split()
)
# verbs whose "it" is seldom a body that acts ("it will cost $5m", "it would take years")
NOT_ACTING = frozenset(
    "be cost take seem appear happen mean depend matter help need require make get".split()
)
COMPANY_PEOPLE = frozenset({"executive", "chairman", "shareholder", "shareholders", "ceo"})
# words of a role that heads a firm or a party ("chief executive", "election chief")
EXECUTIVES = frozenset(
    "ceo executive chairman chairwoman founder co-founder boss chief owner director".split()
)
ROLE_PRIORITY = ("counterpart", "official", "officials", "spokesman", "spokeswoman")

# --- Commitments--------------------------------------------------------------

# lemmas: verbs that ask only as "pressed the Pentagon to release", "pleaded with them to",
# "lobbied for a tax" (not "pressed the button", "ordered a pizza", "challenged the ruling")
ASKING = frozenset(
    "press pressure push lobby plead beg implore challenge petition order instruct".split()
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
NOUN_VERBS = {
    **dict.fromkeys(("deal", "agreement", "accord", "pact"), _AGREEING),
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
    "confession admission point prediction remark observation guess comment joke".split()
)
# lemmas: a part one will play ("Sarah Lancashire will star in", "John Cleese will voice a
# sheep"): a cast list, not a commitment
PARTS_PLAYED = frozenset({"star", "co-star", "voice"})
# opinion verbs that are acts when they take a thing as object ("would add the phone")
OBJECT_ACTS = frozenset({"add", "submit"})
# lemmas: plans that "had" been made ("had initially planned to drive") are past
PLAN_VERBS = frozenset({"plan", "intend", "aim", "hope", "expect", "want", "mean"})
# lemmas: nouns whose "that he would" clause is someone's hope, fear or reading of signs
# ("an indication he planned to"), not his word
HOPE_NOUNS = frozenset(
    {"hope", "expectation", "fear", "speculation", "belief", "rumour", "rumor", "prospect"}
    | {"chance", "possibility", "concern", "worry", "suggestion", "idea", "sense", "doubt"}
    | {"indication", "sign", "evidence", "impression", "suspicion", "assumption", "theory"}
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
    | {"postpone", "delay", "suspend", "freeze"}
)
RECEIVING_VERBS = frozenset(
    {"receive", "get", "hear", "answer", "respond", "reject", "ignore", "dismiss", "face"}
    | {"resist", "investigate", "report"}
)
# lemmas: "criticised the pledge to", "backed plans to", "approved a plan to": the subject
# answers someone else's plan or offer; it is not the subject's own.
RESPONDING_VERBS = frozenset(
    {"criticise", "criticize", "protest", "oppose", "condemn", "slam", "attack", "question"}
    | {"challenge", "block", "veto", "back", "support", "welcome", "endorse"}
    | {"accept", "applaud", "praise", "hail", "match", "fight", "denounce", "decry", "blast"}
    | {"mock", "ridicule", "study", "consider", "examine", "review", "debate", "discuss"}
    | {"halt", "stop"}
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
FORCE = frozenset("response force resistance retaliation action reprisal".split())
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
# lemmas: things with names of their own, which do not act ("The exhibition, Fonetography,
# will feature ...": the thing's name, not anyone's commitment)
WORKS = frozenset(
    """exhibition film movie show programme program series album book novel song play
    musical game device product system software festival event drug report study survey
    documentary video""".split()
)
# lemmas: subjects that can commit ("the union will", not "the plan will").
AGENT_NOUNS = {
    "team",  # "the UAE team will still compete"
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
    # bodies of states and those who answer for them ("the international community must
    # react quickly", "member states should", "donors must", "lawmakers should"; not
    # "politicians should keep their promises", a maxim)
    *("community", "nation", "state", "donor", "lawmaker", "legislator"),
    *("congress", "parliament", "senate", "assembly", "legislature", "cabinet"),
}
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
    "mean",
    "depend",
    "struggle",
    "find",
    "see",
    "hear",
    "notice",
    "die",
    "matter",
    "expect",
    "hope",
    "wonder",
    "remember",
    "forget",
    "escape",
    "regret",
    "miss",  # "I will miss them both so much"
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
PLAYING = frozenset({"play"})  # not "compete": "will compete in every seat" is a plan
GAMES = frozenset(
    "tennis football rugby cricket golf hockey basketball baseball snooker darts game match "
    "sport season double doubles single singles tournament final semi-final event".split()
)
KIT = frozenset({"shirt", "jersey", "armband", "kit"})
TRYING = frozenset({"continue", "try", "keep", "attempt", "start", "begin"})
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
# lemmas: a contest's result, no one's to give ("will go all out for victory", "go to
# Ireland to win"): an aim, not a commitment ("win back", "win over" are acts)
CONTEST_RESULTS = frozenset({"victory", "win"})
# lemmas: what one "refuses to accept / admit that": a claim denied, no act refused
CONCEDING = frozenset({"accept", "admit", "acknowledge", "concede", "recognise", "recognize"})
# as written: "would" with these tells a past habit ("he would often call"), no act ahead
HABITUAL = frozenset({"often", "sometimes", "usually", "occasionally", "regularly", "frequently"})
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
    | {"specify", "name", "identify", "answer", "repeat"}
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
DOCUMENT_NOUNS = frozenset({"statement", "letter", "release", "communique", "filing"})
VOICE_NOUNS = SPOKESPEOPLE | {"official"} | DOCUMENT_NOUNS
# lemmas: someone the text does not name, whom "he" or "she" then means ("A spokesman said
# ... He refused to give details")
UNNAMED_PEOPLE = SPOKESPEOPLE | {"official", "source", "witness", "insider", "aide", "friend"}
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
# as written: a sentence that asks, closing quote marks aside ('... "Would it?"')
QUESTION = re.compile(r"\?[\s\"'’”)]*$")
# as written: forms the small model lemmatises wrongly ("hoping" -> "hop").
LEMMA_FIXES = {"hoping": "hope", "hoped": "hope", "hopes": "hope"}
# as written: modals of a maybe ("we may need to", "the House could agree")
MAYBE_MODALS = frozenset({"may", "might", "could"})
# lemmas: what a forecast is about; "growth will slow next year" is no event in a diary
MEASURE_NOUNS = frozenset(
    """growth economy price prices inflation spending borrowing rate rates unemployment
    sales profit profits output demand export exports import imports deficit surplus dollar
    greenback pound euro yen currency share shares trend cost costs
    earnings revenue revenues income wage wages debt gdp investment consumption""".split()
)
# lemmas, as written: words that make a time a forecast's ("forecast to continue", "likely")
FORECASTING = frozenset("forecast predict project envisage likely unlikely probably".split())
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
# a party's nickname -> the first word of its name ("the Tories" are the Conservative Party)
PARTY_NICKNAMES = {
    "tories": "conservative",
    "tory": "conservative",
    "gop": "republican",
    "lib dems": "liberal",
    "lib dem": "liberal",
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
# lemmas: who reports on others without committing them ("critics say", "the memo says").
COMMENTATOR_NOUNS = {
    "critic",
    "analyst",
    "observer",
    "expert",
    "commentator",
    "memo",
    "report",
    "study",
    "poll",
    "survey",  # "Labour will hold key marginals, the Populus survey suggests"
    "opponent",
    "skeptic",
    "sceptic",
    "economist",
    "pundit",
    "newspaper",
    "editorial",
}
# as written: words an action never ends on ("including the").
FUNCTION_WORDS = frozenset(
    "the a an of to in on at for with by from and or but including that which its their his "
    "her our as if than into so despite about after before over under without against "
    "between through during because while when although where who whom whose not towards toward "
    "upon onto within until amid among via per".split()
)

# as written: peoples and faiths in the plural, groups whatever the tagger says ("many
# Latinos who can" tagged a person, then read as the "him" of the next paragraph); only
# plurals in -s: a group name without one ("Rohingya") would be dropped as an adjective
PEOPLE_GROUPS = frozenset(
    "Latinos Latinas Hispanics Muslims Christians Jews Sunnis Shiites Shias Kurds Arabs"
    " Catholics Protestants Hindus Sikhs Buddhists Evangelicals Mormons Yazidis Uighurs"
    " Uyghurs Pashtuns Tamils Hutus Tutsis Alawites Copts".split()
)
# as written: news outlets and agencies, named as sources, never actors.
# Organisations the small model misreads ("Doctors Without Borders" -> a person "Without
# Borders"; "Save the Children" -> a verb and its object): made one token and tagged as
# organisations before the model runs (nlp.model's first component).
KNOWN_ORGANISATIONS = (
    "Doctors Without Borders",
    "Medecins Sans Frontieres",
    "Médecins Sans Frontières",
    "Save the Children",
    "Amnesty International",
    "Human Rights Watch",
    "Red Cross",
    "Red Crescent",
    "International Committee of the Red Cross",
    "Oxfam",
    "Greenpeace",
    "Friends of the Earth",
    "Transparency International",
    "Reporters Without Borders",
    "Committee to Protect Journalists",
    "World Food Programme",
    "World Food Program",
    "World Health Organization",
    "World Bank",
    "International Monetary Fund",
    "World Trade Organization",
    "Islamic State",
    "Hamas",
    "Hezbollah",
    "Boko Haram",
    "al-Shabab",
    "al-Qaeda",
    "Taliban",
    "Muslim Brotherhood",
    "Basij",
    "Revolutionary Guard",
    "Revolutionary Guards",
    "Federal Reserve",
    "European Central Bank",
    "Bank of England",
    "Wall Street",
    # the tagger often calls these people ("Twitter said", "the Houthis said")
    "Houthis",
    "Twitter",
    "Facebook",
    "Instagram",
    "YouTube",
)

NEWS_OUTLETS = frozenset(
    {
        "CNN",
        "BBC",
        "Reuters",
        "AP",
        "Associated Press",
        "AFP",
        "Agence France-Presse",
        "Bloomberg",
        "Daily Mail",
        "MailOnline",
        "The Guardian",
        "Guardian",
        "The New York Times",
        "New York Times",
        "The Washington Post",
        "Washington Post",
        "Fox News",
        "NBC",
        "CBS",
        "ABC",
        "Al Jazeera",
        "Sky News",
        "NPR",
        "Xinhua",
        "Interfax",
        "TASS",
        "The Times",
        "The Telegraph",
        "Telegraph",
        "The Daily Telegraph",
        "Daily Telegraph",
        "The Sunday Telegraph",
        "Sunday Telegraph",
        "The Sunday Times",
        "Sunday Times",
        "The Independent",
        "The Observer",
        "The Economist",
        "Evening Standard",
        "Daily Mirror",
        "USA Today",
        "Los Angeles Times",
        "Der Spiegel",
        "Le Monde",
        "CNBC",
        "MSNBC",
        "Dow Jones",
        "Kyodo",
        "Yonhap",
        "Press Association",
        "Boston Globe",
        "The Boston Globe",
        "Chicago Tribune",
        "Miami Herald",
        "New York Post",
        "Huffington Post",
        "HuffPost",
        "BuzzFeed",
        "BuzzFeed News",
        "Daily Beast",
        "The Daily Beast",
        "Newsweek",
        "Hollywood Reporter",
        "The Hollywood Reporter",
        "TMZ",
        "Us Weekly",
        "Entertainment Weekly",
        "Daily Express",
        "Daily Star",
        "The Mirror",
        "News of the World",
        "Sky Sports",
        "ESPN",
        "Agence France Presse",
        "Al Arabiya",
        "Le Figaro",
        "Financial Times",
        "The Wall Street Journal",
        "Wall Street Journal",
        "Politico",
        "Axios",
        # state and national news agencies, named as sources ("the state news agency Bernama
        # reported"): no actors
        "Bernama",
        "KCNA",
        "Korean Central News Agency",
        "IRNA",
        "Islamic Republic News Agency",
        "Fars News Agency",
        "Tasnim",
        "RIA Novosti",
        "ITAR-TASS",
        "Itar-Tass",
        "Anadolu Agency",
        "Saudi Press Agency",
        "Middle East News Agency",
        "ANSA",
        "EFE",
        "Press Trust of India",
        "Syrian Arab News Agency",
        "Kyodo News",
        "Yonhap News Agency",
        "Xinhua News Agency",
        "Global Times",
    }
)
# Nations that are no country of COUNTRIES but are never an organisation's short name
# ("Scotland voted" is not Scotland Yard)
NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})
# lower-cased: a company's arm in a place ("Yukos USA", "Ford Europe") is not the company
BRANCH_PLACES = frozenset("usa us uk europe asia america africa china india japan".split())
# lower-cased: an outlet's desks and editions ("BBC Sport Wales", "CNN International")
OUTLET_DESKS = frozenset(
    "sport sports news radio online international world wales scotland america television tv "
    "business politics".split()
)
# Role words of people whose predictions are not commitments (as written, in a role).
ANALYST_ROLE_WORDS = (
    *("analyst", "economist", "researcher", "expert", "professor", "commentator"),
    *("senior author", "lead author", "study author", "co-author"),  # of a study
)
# words of a place of study whose people comment, not commit ("Ariane Tabatabai, of
# Georgetown University, told me: 'it needs to ...'")
ACADEMIC_WORDS = ("university", "institute", "college", "think tank", "school of")

# --- What's next -------------------------------------------------------------------

# lemmas: how long since a record ("the first time in 25 years", "its biggest rally in a
# decade"), never when an act is to happen
SPANS_OF_TIME = frozenset("day week month year decade century generation".split())

# as written, lower-cased: the last word of an event's name, which the tagger often calls an
# organisation ("the Boston Marathon", "the Malaysian Grand Prix"): no actor
EVENT_NAME_WORDS = frozenset(
    "marathon olympics paralympics cup championship championships festival awards prix "
    "tournament bowl expo summit election elections referendum".split()
)
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
# lemmas: asking another to act; "it" in the asked clause is the other ("the CQC recommended
# it must submit")
ADVISING_VERBS = frozenset({"recommend", "demand", "urge", "ask", "call", "propose", "suggest"})
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
# ("All My Sons") is no one's (editorial.py drops "I" after a name: "George I").
WRITER_SINGULAR = r"^My\b|\bmy\b|\bme\b|\bmyself\b|\bI(?:'m|’m|'ve|’ve|'d|’d|'ll|’ll)?\b"
QUOTE_MARKS = r"[\"“”‘]|(?:^|\s)['’]|['’](?:\s|$)"
REPORTED_SPEECH = r"\b(?:said|says|told|tells|wrote|writes|asked|recalled|added)\b"
FIRST_PERSON = (
    r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I'll|[Mm]y|[Mm]e|[Mm]yself|[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e've"
    r"|[Oo]ur|us)\b"
)
# How much a section is worth in an analyst's morning brief (1 leads; unknown is 0.5).
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
            "news",
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

# a reporters' credit: the names in it are bylines, not actors
CREDIT_LINE = (
    r"\bcontributed (?:to this (?:report|story|article)|reporting)\b|^\W*(?:reporting|"
    r"additional reporting|writing|editing) by\b"
)

# Page furniture that extraction sometimes keeps: never a key point (case-insensitive).
BOILERPLATE = (
    r"\bvideo is (?:not|no longer) available\b",
    r"\b(?:share|send us) your (?:photos|videos|stories)\b",
    r"\bclick (?:here|to (?:share|email|print))\b",
    r"^\s*(?:read|see) (?:more|also)\s*:",
    r"^\s*\[?read:",
    r"\bsign up (?:for|to) (?:our|the) \w*\s*newsletter\b",
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
    # photo captions: "In this still image taken from video provided by...", "In this Aug.
    # 13, 2016, file photo...", "Image caption ...", and the wire form "X speaks during a
    # rally, Saturday, Aug. 13, 2016, in Fairfield, Conn." (a weekday and a full date set
    # off by commas: a report says "on Saturday")
    r"^\W*in this (?:[\w.,]+ ){0,5}(?:photo|image|picture|video|handout|photograph)\b",
    r"^\W*image (?:caption|copyright)\b",
    r"(?<!on )\b\w+day, (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\.? \d{1,2}, "
    r"\d{4},? (?:in|at|near|outside)\b",
    r"\((?:ap|afp|reuters|getty) (?:photo|images?)\b",
    # a related-links box run into the text: "nominee Donald Trump Donald TrumpPoll: ..."
    r"(?-i:\b(?P<linked>[A-Z][a-z]+ [A-Z][a-z]+) (?P=linked)[A-Z][a-z])",
)

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
