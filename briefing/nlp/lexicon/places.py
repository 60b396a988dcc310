"""Countries, their other names, demonyms and capitals, and the offices that speak
for a state (as written)."""

from __future__ import annotations

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

# Sovereign states, as written ("_" for a space), and former ones ("Soviet Union"): a GPE among
# them is a country, not a place.
COUNTRIES = frozenset(
    name.replace("_", " ")
    for name in """
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana
Brazil Brunei Bulgaria Burkina_Faso Burundi Cambodia Cameroon Canada Chad Chile China Colombia
Comoros Congo Costa_Rica Croatia Cuba Cyprus Czech_Republic Czechia Denmark Djibouti Dominica
Dominican_Republic Ecuador Egypt El_Salvador Equatorial_Guinea Eritrea Estonia Eswatini
Ethiopia Fiji Finland
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
Soviet_Union USSR Yugoslavia Czechoslovakia East_Germany West_Germany
""".split()
)

# A word a sentence may open on before a country, tagged with it as one name ("Landlocked
# Mali", "Impoverished Haiti", "Tiny Qatar"); not "New" (Mexico) or "Northern" (Ireland).
COUNTRY_EPITHET = (
    r"(?!(?:north|south|east|west)(?:ern)?$)[a-z]+(?:ed|ing|ful|less|ous)|tiny|poor|rich|remote"
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
# A dateline's city and the country whose government sits there ("JERUSALEM (AP) -"): a
# prime minister it does not otherwise place is that country's (sides.py). Not Brussels.
SEATS_OF_GOVERNMENT = {
    **{city: country for city, country in CAPITALS.items() if country in COUNTRIES},
    "Jerusalem": "Israel",
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
# lemmas: verbs of going; "to" a place after one is where, not to whom ("we'll go to Ireland
# to win", "attract voters to UKIP")
GOING_VERBS = frozenset(
    """go travel fly come return move head relocate sail drive walk march attract lure""".split()
)
# as written: a region's side before a name makes it a place, whatever the tagger said ("in
# northern Sinai", tagged an organisation)
REGION_SIDES = frozenset(
    """northern southern eastern western central north-eastern north-western south-eastern
    south-western northeastern northwestern southeastern southwestern""".split()
)
# as written: planets, places a report is about but never an actor ("Mars once had an ocean";
# not "Sun", a newspaper)
PLANETS = frozenset({"Mars", "Earth", "Venus", "Jupiter", "Saturn", "Neptune", "Uranus", "Pluto"})
# a planet unless the tagger took it for a person (a surname): read on CNN/DM, "a body
# similar to the planet Mercury" made "Mercury" an organisation among a day's key actors
PLANET_OR_SURNAME = frozenset({"Mercury"})
# as written, lower-cased: the last word of a place's name ("Victoria Station", "Rose Garden"):
# a first name before it is no person's
PLACE_NAME_WORDS = frozenset(
    """street road avenue lane square station park garden gardens river lake bridge hall
    airport island bay hill valley beach castle palace tower stadium arena dam""".split()
)
# the last word of an area's name: "Scott County", "Tracy City" (no surname)
AREA_WORDS = frozenset(
    """county city town township parish district borough state province region shire""".split()
)
# as written, lower-cased: the last word of a natural place's name ("Capanagh Forest",
# "Lake Tahoe" aside): a place whatever the tagger said, no body that acts
LANDSCAPE_WORDS = frozenset(
    """forest wood woods river lake mountain mountains valley beach bay island islands
    glacier canyon reservoir moor moors coast volcano desert strip""".split()
)
# lemmas: what a place's name before them names, an event or a site ("the Fukushima
# disaster", "the Lockerbie bombing", "the Sellafield plant"): the name is no actor there
PLACE_EVENT_NOUNS = frozenset(
    """disaster meltdown plant reactor accident explosion blast bombing massacre shooting
    earthquake quake tsunami flood fire spill crash tragedy atrocity""".split()
)
