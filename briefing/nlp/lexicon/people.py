"""Honorifics, titles, role words, first names and pronouns: what names a person, and
whose side they speak for."""

from __future__ import annotations

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "gen", "col"}
# a cleric's: "the Rev Jane Oakes" is a person whatever the tagger said (not "Cardinal
# Health", a company)
CLERICAL_TITLES = frozenset({"rabbi", "rev", "revd", "reverend"})
HONORIFICS |= {"ayatollah", "sheikh", "imam", "cardinal"} | CLERICAL_TITLES
# as written: the small words inside a family name ("Van den Brul", "Ter Stegen")
NAME_PARTICLES = frozenset(
    "van von den der de del della di da du le la los las bin ibn al el ter ten".split()
)
# as written: letters after a person's name ("Guy Mansfield QC", "Jane Holt MP"), no part of it
POST_NOMINALS = frozenset("QC KC MP MEP MSP OBE MBE CBE KBE DBE".split())
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
    "con": "Constable",
    "det": "Detective",
    "insp": "Inspector",
    "cllr": "Councillor",
    "cpl": "Corporal",
    "maj": "Major",
    "spc": "Specialist",
    "pfc": "Private First Class",
    "pvt": "Private",
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
# Chambers and committees: their leaders and members do not speak for them ("Commons leader
# Peter Hain", "Senate Judiciary Committee member"), so a title they open names no owner.
CHAMBER_WORDS = frozenset(
    {"senate", "house", "commons", "lords", "parliament", "congress", "assembly", "committee"}
    | {"holyrood", "stormont", "cabinet", "government", "party", "home", "foreign"}
)
PORTFOLIO_TITLES = frozenset({"secretary", "minister", "department", "ministry", "spokesman"})
# A national office, whole, that names no country ("Prime Minister", "Foreign Secretary"):
# whose it is the dateline says. Not "general secretary" (a union's) nor "former president".
_PORTFOLIO = "|".join(sorted(PORTFOLIOS | {"foreign", "home", "economy"}, key=len, reverse=True))
NATIONAL_OFFICE = (
    r"(?:(?:deputy|acting|vice)[ -])?(?:prime minister|premier|president|chancellor|king|queen"
    rf"|(?:{_PORTFOLIO}) (?:minister|secretary)|(?:minister|secretary) (?:of|for) (?:{_PORTFOLIO})"
    r"|chief cabinet secretary)"
)
# Words that make a phrase a role ("Foreign Minister", "chief executive").
ROLE_WORDS = {
    "advocate",
    "archbishop",
    "controller",
    "curator",
    "bishop",
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
    "councillor",
    "councilor",
    "alderman",
    "assemblyman",
    "assemblywoman",
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
    presenter footballer poet historian philanthropist relative cousin nephew niece""".split()
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
    detective inspector prosecutor frontman frontwoman guitarist drummer bassist vocalist
    prisoner inmate centre center fly-half scrum-half flanker hooker full-back fullback
    lock prop model magistrate organiser organizer campaigner activist veteran farmer
    holidaymaker defector pensioner shopkeeper landlord landlady member jumper hurdler
    swimmer golfer marathoner substitute team-mate teammate supremo passenger chemist
    physicist engineer astronomer astronaut""".split()
)

# What an article calls the person it is about, after a quote ('"...," the billionaire
# wrote', "the striker said"): no relation to another (mother, victim), nor someone who
# deals with others (detective, judge, manager).
EPITHETS = frozenset(
    """billionaire tycoon mogul businessman businesswoman entrepreneur philanthropist singer
    rapper musician actor actress comedian star presenter broadcaster footballer striker
    midfielder defender goalkeeper winger quarterback athlete batsman bowler jockey boxer
    golfer cyclist swimmer sprinter novelist author poet""".split()
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
# lemmas: nouns whose that-clause is the teller's own word, the object of the teller's verb
# ("made the announcement that he will run", "gave an assurance that it would not")
TELLING_NOUNS = frozenset(
    "announcement assurance promise pledge vow warning declaration commitment guarantee".split()
)
# lemmas: verbs of an accusation: "TLP claimed that the regulator refused to share" is
# TLP's charge, not the regulator's word
ALLEGING_VERBS = frozenset({"claim", "allege"})
# lemmas: how an offender is told to have spoken to a victim ("taunted the victim, telling her")
OFFENCES = frozenset({"taunt", "harass", "threaten", "abuse", "stalk", "bully", "goad"})
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
# lemmas: a person described by a word of one gender ("a woman", "a father of two")
NOUN_GENDER = {
    **dict.fromkeys(
        "woman girl mother wife daughter sister grandmother girlfriend widow lady".split(), "f"
    ),
    **dict.fromkeys("man boy father husband son brother grandfather boyfriend".split(), "m"),
}
# A peer's title and a commoner's: "Lord Janner" and "Mr Janner" in one report are two people
PEER_TITLES = frozenset({"lord", "lady", "baron", "baroness"})
COMMON_TITLES = frozenset({"mr", "mrs", "ms", "miss"})
TITLE_GENDER = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "duke", "baron"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "lady", "dame", "queen", "princess"), "f"),
    **dict.fromkeys(("duchess", "baroness", "madam"), "f"),
    **dict.fromkeys(("ayatollah", "pope", "sheikh", "emir", "sultan", "imam", "cardinal"), "m"),
}
# A generation after a surname: "Stancil" is Kenneth Morgan Stancil III, "Downey" Robert
# Downey Jr.
GENERATION_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# lower-cased: a role that says who someone is in a family ("son", of "Mick Schumacher",
# whose father Michael is in the same report)
KIN_WORDS = frozenset(
    """mother father wife husband son daughter brother sister uncle aunt grandmother
    grandfather grandson granddaughter cousin nephew niece junior""".split()
)
# lower-cased: the short forms of a first name ("Andy" for Andrew), so that "Andy Smith" and
# "Andrew Smith" in one report are one person; a short form of two names keeps both
_SHORT_FORMS = """andrew:andy,drew william:bill,billy,will,willie robert:bob,bobby,rob,robbie
michael:mike,mick,mickey james:jim,jimmy,jamie thomas:tom,tommy david:dave,davy
christopher:chris steven:steve stephen:steve joseph:joe,joey anthony:tony kenneth:ken,kenny
daniel:dan,danny matthew:matt nicholas:nick,nicky patrick:pat,paddy richard:rick,rich,dick,ricky
samuel:sam benjamin:ben alexander:alex edward:ed,eddie,ted,teddy elizabeth:liz,beth,betty,lizzie
katherine:kate,kathy,katie catherine:kate,cathy,katie jennifer:jenny,jen susan:sue,susie
rebecca:becky margaret:meg,maggie,peggy lawrence:larry gerald:gerry,jerry gregory:greg
timothy:tim jeffrey:jeff frederick:fred,freddie francis:frank charles:charlie,chuck
henry:harry,hank john:jack,johnny jonathan:jon nathan:nate nathaniel:nate ronald:ron,ronnie
donald:don,donnie philip:phil peter:pete victoria:vicky abigail:abby amanda:mandy
jacob:jake joshua:josh zachary:zach,zack manuel:manny raymond:ray stanley:stan walter:walt
leonard:len,lenny vincent:vince douglas:doug""".split()
NICKNAMES: dict[str, frozenset[str]] = {}
for _entry in _SHORT_FORMS:
    _name, _shorts = _entry.split(":")
    for _short in _shorts.split(","):
        NICKNAMES[_short] = NICKNAMES.get(_short, frozenset()) | {_name}
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
) | frozenset(
    """aaron adrian ahmed aidan alastair alistair alfred ali allan andy archie arnold barry
    bernard billy bobby brad bradley brendan brett bryan callum calvin cecil clive conor connor
    curtis cyril dale damian damien darren declan derek desmond dominic duncan edgar edwin
    elliot elliott ernest ethan eugene evan felix fergus frederick gabriel gavin gerald gilbert
    glenn gregory harold harvey hector herbert howard hugo iain isaac ivan jeremiah jerome jesse
    jimmy joel joshua julian justin kieran kirk kyle lance larry lawrence leo leon leonard lewis
    lionel lloyd louis luke marcus mario maurice mitchell murray nathan neville noel norman
    oliver oscar owen percy phil ralph randy reginald rick ricky roland rory ross rupert samuel
    sebastian seth shane shaun sidney spencer stanley terence theodore toby travis trevor troy
    victor vincent wallace warren wesley willie winston zachary""".split()
)
FEMALE_NAMES = frozenset(
    """alice alison amanda amber amy andrea angela angelina ann anna anne barbara betty caroline
    carol catherine charlotte cheryl christine claire diana diane donna elizabeth ellen emily
    emma fiona hannah harriet heather helen hillary jane janet jennifer jessica joan julia julie
    karen kate katherine kathleen kathy kelly laura lauren linda lisa louise lucy margaret maria
    marie mary melanie melissa michelle nancy natalie nicola nicole olivia pamela patricia
    rachel rebecca ruth sally samantha sandra sarah sharon sophie stephanie sue susan teresa
    theresa tracy victoria wendy yvette""".split()
) | frozenset(
    """abigail adele agnes aisha alexandra alicia amelia angie annie audrey beatrice belinda
    bella bethany beverley beverly bianca brenda bridget brittany camilla carla carmen carrie
    cassandra cecilia chloe cindy clara claudia connie courtney cynthia daisy danielle daphne
    dawn debbie deborah debra denise dolores doris dorothy edith eileen elaine eleanor elena
    eliza ella ellie eloise elsa emilia erica erin esther eva eve evelyn faye felicity frances
    freya gail gemma geraldine gillian gina gladys gloria gwen hayley hazel heidi helena holly
    ingrid irene isabel isabella isabelle jacqueline jade janice jasmine jenny jill joanna
    joanne jodie josephine joyce judith judy justine katie katrina kirsty kristen lara leah
    leanne lena leila lesley lilian lily lindsey lois lorna lorraine lydia lynn lynne madeleine
    maggie mandy margot marian marianne marilyn marion marjorie martha maureen maxine megan
    meghan melinda mia miranda miriam molly monica muriel nadia naomi natasha nina nora norma
    paige paula pauline peggy penelope phoebe phyllis polly priscilla rita roberta rosa
    rosemary sabrina sara serena sheila shelley shirley silvia sonia sophia stacey stella
    suzanne sylvia tamara tanya tara tessa tina tracey valerie vanessa vera veronica violet
    vivian yasmin yvonne zoe""".split()
)
THIRD_PLURAL = {"they", "them", "their"}
# as lowercase words: a title's rank before it ("the vice president" is not the president)
RANK_MODIFIERS = frozenset(
    {"vice", "deputy", "assistant", "associate", "acting", "former", "shadow"}
)  # "the chancellor" is not the shadow chancellor
# "the combined firm", "the merged group": two bodies made one, neither of them alone
MERGED = frozenset({"combined", "merged", "enlarged"})
# "Gordon Brown has made an appeal ... The chancellor said": offices a report calls its
# subject by in the next sentence (not "the judge" or "the manager", seldom the one named)
PUBLIC_OFFICES = frozenset(
    "chancellor president premier minister secretary governor mayor senator".split()
)
# as written: "Earlier Tory leader Michael Howard said": when, not part of the title
WHEN_NOT_TITLE = frozenset("earlier later meanwhile previously separately yesterday".split())
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
    "giant": "organisation",  # "the media giant has agreed to"
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
    parliament police inn hotel pub restaurant""".split()
)
# lower-cased: the last word of a body's name that a place may follow with "of" ("the
# Muslim Council of Britain"), not a government's or a parliament's (the country's own)
ORG_OF_PLACE_WORDS = frozenset(
    """council association federation society union institute institution university
    college church chamber confederation league board commission foundation trust alliance
    academy""".split()
)
# what a people's word before a noun speaks for: "Chinese officials said" is China acting,
# "Chinese restaurants" are not (an office, ``ROLE_WORDS``, counts too: "the Iraqi minister")
PEOPLES_BODIES = frozenset(
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
# bodies a report describes but does not name: "the group" may be "the terrorist cell"
UNNAMED_BODIES = frozenset("cell network gang ring militia faction outfit syndicate cartel".split())
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
# as written: what a "-man" or "-woman" of a people starts with ("Welshman", "Scotsman")
PEOPLE_NOUN_STEMS = frozenset(
    "Welsh Scots English Irish French Dutch Ulster Cornish Yorkshire Manx Country".split()
)
# as written: a nationality written before a name ("Briton Hayley Yelling", "Slovakian
# Daniela Hantuchova"), beside the demonyms of places.DEMONYMS; no word that is as often a
# first name ("Finn", "Dane", "Scot")
NATIONALS = frozenset(
    """Briton Brit Spaniard Swede Kiwi Aussie Slovakian Croatian Serbian Romanian Bulgarian
    Slovenian Austrian Swiss Kenyan Nigerian Ghanaian Jamaican Colombian Chilean Peruvian
    Venezuelan Cuban Ethiopian Ugandan Zimbabwean Tunisian Algerian Libyan Jordanian Kuwaiti
    Qatari Indonesian Malaysian Bangladeshi Estonian Latvian Lithuanian Icelandic Ecuadorian
    Uruguayan Bolivian""".split()
)

# a faith is no actor ("attacks on Islam"); its believers (``PEOPLE_GROUPS``) act only when
# the report says what they do or will do: "Catholics are planning a protest"
FAITHS = frozenset({"Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism"})
