"""Commentators, outlets and their desks, and names the model misreads: who reports
without committing."""

from __future__ import annotations

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
# as written (a regex): the outlet a report credits in brackets at its top, straight on
# ("(CNN)The", "(HLNtv)Actress") or before a dash ("(Reuters) - "); not an acronym in a
# sentence ("The Open Society Institute (OSI), financed") nor a party tag ("(D-NY) - ")
OUTLET_CREDIT = (
    r"\((?P<outlet>(?![A-Z]-)[A-Z][\w.&' -]{1,40}?)\)"
    r"(?:(?=[A-Z\"“‘'])|\s*(?:--|[-–—])\s)"
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
        "Bild",
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
        # state and national agencies and broadcasters, named as sources
        *("Sputnik", "RIA Novosti", "Itar-Tass", "ITAR-TASS", "IRNA", "KCNA", "Anadolu"),
        *("Anadolu Agency", "ANSA", "Press Trust of India", "Bernama", "Press TV", "RT"),
        *("Euronews", "Deutsche Welle", "France 24", "Al Arabiya"),
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
        "Variety",
        "Billboard",
        "Axios",
        # journals that publish research ("published in the Lancet"); not "Nature",
        # "Science" or "Cell", which are words as often
        *("Lancet", "The Lancet", "BMJ", "The BMJ", "JAMA", "PLOS One", "PNAS"),
        "New England Journal of Medicine",
        "Proceedings of the National Academy of Sciences",
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
# lower-cased: a product or a service named after its maker ("Sky Plus", "Amazon Prime",
# "Apple Music"), which is not the maker
PRODUCT_WORDS = frozenset(
    "plus prime music maps pay tv play store drive cloud pro max mini live".split()
)
# lower-cased: members named after their body ("House Republicans", "Senate Democrats",
# "Norvik workers"), who are not the body
MEMBER_WORDS = frozenset(
    "republicans democrats conservatives liberals tories members mps lawmakers workers "
    "employees staff fans supporters republican democrat democratic conservative liberal "
    "tory".split()
)
# lower-cased: a body named after what it serves or studies ("Navy League", "Gates
# Foundation", "Police Federation"), which is not that
NAMED_FOR_WORDS = frozenset("league foundation federation association society institute".split())
# lower-cased: an outlet's station, whatever follows ("BBC Radio Devon", "BBC Radio 4")
OUTLET_STATIONS = frozenset({"radio", "tv", "television"})
# lower-cased: an outlet's desks, editions and channels ("BBC Sport Wales", "CNN
# International", "BBC Weather", "BBC World Service", "BBC Four")
OUTLET_DESKS = frozenset(
    "sport sports news radio online international world wales scotland america television tv "
    "business politics ni northern ireland england uk us africa asia europe arabic weather "
    "service monitoring living one two three four".split()
)
# lower-cased: a newspaper's word that ends its name ("New Zealand Herald", "Las Vegas
# Review-Journal", "Channel 4 News"), and the short names a report gives a paper it has named
# ("the Post reports", "the Globe and the Herald")
OUTLET_NAME_ENDINGS = frozenset(
    "herald gazette tribune journal chronicle inquirer examiner courier magazine review times "
    "daily news".split()
)
OUTLET_SHORT_NAMES = frozenset("times post globe herald mirror sun observer express".split())
# Role words of people whose predictions are not commitments (as written, in a role).
ANALYST_ROLE_WORDS = (
    *("analyst", "economist", "researcher", "expert", "professor", "commentator"),
    *("fund manager", "strategist"),  # a market's commentators
    *("senior author", "lead author", "study author", "co-author"),  # of a study
)
# words of a place of study whose people comment, not commit ("Ariane Tabatabai, of
# Georgetown University, told me: 'it needs to ...'")
ACADEMIC_WORDS = ("university", "institute", "college", "think tank", "school of")
