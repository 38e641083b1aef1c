"""Word lists and texts for `manage.py seed_demo`: people, places, organisations and posts.

Everything here is fictional except the names of countries, cities, public bodies, universities
and HR/payroll software vendors. E-mail addresses all end in `.example` (RFC 2606), which is how
`seed_demo --reset` recognises a database that holds nothing but demo data.

Texts are written per language (en, sv, da, nb, nl) as sentences; the command combines them
into paragraphs and posts. `{field}` placeholders are filled in by the command.
"""

LANGUAGES = ("en", "sv", "da", "nb", "nl")

PASSWORD = "hrnet-demo"
ADMIN_EMAIL = "admin@hrnet.example"
ANNA_EMAIL = "anna@hrnet.example"
LARS_EMAIL = "lars@hrnet.example"

# --- Countries, cities and names ------------------------------------------------------------------
# weight: share of members; language: what they write in; interface: preferred_language;
# spoken: SpokenLanguage codes they list; cities: most populous first (picked more often).
COUNTRIES = {
    "SE": {
        "weight": 34,
        "language": "sv",
        "interface": "sv",
        "spoken": ["sv"],
        "time_zone": "Europe/Stockholm",
        "currency": "SEK",
        "local_name": "Sverige",
        "cities": [
            "Stockholm",
            "Göteborg",
            "Malmö",
            "Uppsala",
            "Linköping",
            "Örebro",
            "Västerås",
            "Helsingborg",
            "Norrköping",
            "Jönköping",
            "Umeå",
            "Lund",
            "Sundsvall",
            "Luleå",
            "Karlstad",
        ],
        "streets": ["Kungsgatan", "Drottninggatan", "Storgatan", "Sveavägen", "Vasagatan"],
        "first_names": [
            "Anna",
            "Maria",
            "Karin",
            "Sara",
            "Emma",
            "Johanna",
            "Linnea",
            "Elin",
            "Ida",
            "Malin",
            "Sofia",
            "Frida",
            "Lena",
            "Helena",
            "Eva",
            "Camilla",
            "Therese",
            "Jenny",
            "Louise",
            "Ulrika",
            "Erik",
            "Lars",
            "Karl",
            "Anders",
            "Johan",
            "Per",
            "Mikael",
            "Magnus",
            "Fredrik",
            "Jonas",
            "Oskar",
            "Henrik",
            "Daniel",
            "Gustav",
            "Björn",
            "Mattias",
            "Niklas",
            "Patrik",
            "Andreas",
            "Viktor",
        ],
        "surnames": [
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Olsson",
            "Persson",
            "Svensson",
            "Gustafsson",
            "Lindqvist",
            "Lindberg",
            "Bergström",
            "Holm",
            "Sjöberg",
            "Wallin",
            "Engström",
            "Lundgren",
            "Hedlund",
            "Ek",
            "Nyström",
            "Åberg",
            "Öberg",
            "Forsberg",
            "Sandberg",
            "Lindström",
            "Axelsson",
            "Hellström",
            "Sundberg",
            "Björk",
            "Falk",
            "Blom",
            "Strand",
            "Nordin",
            "Dahlberg",
            "Westin",
            "Ekström",
            "Håkansson",
            "Lund",
            "Berglund",
        ],
    },
    "DK": {
        "weight": 20,
        "language": "da",
        "interface": "da",
        "spoken": ["da"],
        "time_zone": "Europe/Copenhagen",
        "currency": "DKK",
        "local_name": "Danmark",
        "cities": [
            "København",
            "Aarhus",
            "Odense",
            "Aalborg",
            "Esbjerg",
            "Kolding",
            "Vejle",
            "Roskilde",
            "Horsens",
            "Herning",
        ],
        "streets": [
            "Vesterbrogade",
            "Nørregade",
            "Store Kongensgade",
            "Søndergade",
            "Jernbanegade",
        ],
        "first_names": [
            "Mette",
            "Louise",
            "Camilla",
            "Sofie",
            "Line",
            "Trine",
            "Pernille",
            "Rikke",
            "Lotte",
            "Maja",
            "Anne",
            "Hanne",
            "Signe",
            "Julie",
            "Søren",
            "Jens",
            "Mads",
            "Rasmus",
            "Mikkel",
            "Henrik",
            "Kasper",
            "Thomas",
            "Niels",
            "Anders",
            "Morten",
            "Frederik",
            "Jesper",
            "Christian",
            "Martin",
            "Jakob",
        ],
        "surnames": [
            "Nielsen",
            "Jensen",
            "Hansen",
            "Pedersen",
            "Andersen",
            "Christensen",
            "Larsen",
            "Sørensen",
            "Rasmussen",
            "Jørgensen",
            "Petersen",
            "Madsen",
            "Kristensen",
            "Olsen",
            "Thomsen",
            "Poulsen",
            "Mortensen",
            "Møller",
            "Kjær",
            "Dahl",
            "Lund",
            "Bach",
            "Skov",
            "Vestergaard",
            "Kjærgaard",
            "Holm",
            "Lauridsen",
            "Frandsen",
            "Bruun",
            "Winther",
        ],
    },
    "NO": {
        "weight": 17,
        "language": "nb",
        "interface": "nb",
        "spoken": ["nb"],
        "time_zone": "Europe/Oslo",
        "currency": "NOK",
        "local_name": "Norge",
        "cities": [
            "Oslo",
            "Bergen",
            "Trondheim",
            "Stavanger",
            "Kristiansand",
            "Drammen",
            "Tromsø",
            "Fredrikstad",
            "Bodø",
            "Ålesund",
        ],
        "streets": ["Storgata", "Kirkegata", "Dronningens gate", "Karl Johans gate", "Strandgaten"],
        "first_names": [
            "Ingrid",
            "Kari",
            "Silje",
            "Ingvild",
            "Hilde",
            "Marit",
            "Tone",
            "Nora",
            "Ragnhild",
            "Solveig",
            "Kristin",
            "Guro",
            "Hanne",
            "Ida",
            "Ole",
            "Lars",
            "Knut",
            "Magnus",
            "Håkon",
            "Eirik",
            "Sindre",
            "Bjørn",
            "Torbjørn",
            "Espen",
            "Øystein",
            "Jon",
            "Arne",
            "Geir",
            "Trond",
            "Vegard",
        ],
        "surnames": [
            "Hansen",
            "Johansen",
            "Olsen",
            "Larsen",
            "Andersen",
            "Pedersen",
            "Nilsen",
            "Kristiansen",
            "Berg",
            "Haugen",
            "Hagen",
            "Johannessen",
            "Bakken",
            "Solberg",
            "Strand",
            "Lie",
            "Dahl",
            "Eide",
            "Halvorsen",
            "Moen",
            "Lunde",
            "Brekke",
            "Nygård",
            "Aas",
            "Sæther",
            "Rønning",
            "Tangen",
            "Myhre",
            "Lien",
            "Bjørnstad",
        ],
    },
    "NL": {
        "weight": 18,
        "language": "nl",
        "interface": "nl",
        "spoken": ["nl"],
        "time_zone": "Europe/Amsterdam",
        "currency": "EUR",
        "local_name": "Nederland",
        "cities": [
            "Amsterdam",
            "Rotterdam",
            "Utrecht",
            "Den Haag",
            "Eindhoven",
            "Groningen",
            "Tilburg",
            "Nijmegen",
            "Arnhem",
            "Zwolle",
            "Haarlem",
            "Leiden",
        ],
        "streets": ["Stationsplein", "Kerkstraat", "Hoofdstraat", "Marktplein", "Oudegracht"],
        "first_names": [
            "Anouk",
            "Sanne",
            "Lotte",
            "Femke",
            "Marloes",
            "Ingrid",
            "Mirjam",
            "Eva",
            "Fleur",
            "Ilse",
            "Esther",
            "Marieke",
            "Nienke",
            "Annemiek",
            "Daan",
            "Bram",
            "Sander",
            "Jeroen",
            "Thijs",
            "Joost",
            "Maarten",
            "Ruud",
            "Pieter",
            "Koen",
            "Wouter",
            "Bas",
            "Erik",
            "Niels",
            "Tim",
            "Martijn",
        ],
        "surnames": [
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "van Dijk",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "de Groot",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
            "van Leeuwen",
            "Dekker",
            "Brouwer",
            "de Wit",
            "Dijkstra",
            "Smits",
            "van der Meer",
            "Kok",
            "Jacobs",
            "Vermeulen",
            "van Dam",
            "Postma",
            "Schouten",
            "Willems",
        ],
    },
    "FI": {
        "weight": 6,
        "language": "en",
        "interface": "en",
        "spoken": ["fi", "sv"],
        "time_zone": "Europe/Helsinki",
        "currency": "EUR",
        "local_name": "Suomi",
        "cities": ["Helsinki", "Espoo", "Tampere", "Turku", "Oulu", "Vantaa"],
        "streets": ["Mannerheimintie", "Aleksanterinkatu", "Hämeenkatu"],
        "first_names": [
            "Aino",
            "Laura",
            "Johanna",
            "Satu",
            "Päivi",
            "Tiina",
            "Riikka",
            "Hanna",
            "Minna",
            "Elina",
            "Mikko",
            "Juha",
            "Jari",
            "Timo",
            "Antti",
            "Ville",
            "Janne",
            "Tuomas",
            "Sami",
            "Kari",
        ],
        "surnames": [
            "Korhonen",
            "Virtanen",
            "Mäkinen",
            "Nieminen",
            "Mäkelä",
            "Hämäläinen",
            "Laine",
            "Heikkinen",
            "Koskinen",
            "Järvinen",
            "Lehtonen",
            "Lehtinen",
            "Saarinen",
            "Salminen",
            "Heinonen",
        ],
    },
    "DE": {
        "weight": 1.5,
        "language": "en",
        "interface": "en",
        "spoken": ["de"],
        "time_zone": "Europe/Berlin",
        "currency": "EUR",
        "local_name": "Deutschland",
        "cities": ["Hamburg", "Berlin", "Kiel"],
        "streets": ["Hauptstraße"],
        "first_names": ["Julia", "Katrin", "Sabine", "Stefan", "Markus", "Thomas", "Anja", "Jan"],
        "surnames": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner"],
    },
    "GB": {
        "weight": 1.2,
        "language": "en",
        "interface": "en",
        "spoken": [],
        "time_zone": "Europe/London",
        "currency": "EUR",
        "local_name": "United Kingdom",
        "cities": ["London", "Manchester", "Edinburgh"],
        "streets": ["High Street"],
        "first_names": ["Emma", "Sarah", "Claire", "Rachel", "James", "Oliver", "David", "Tom"],
        "surnames": ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Hughes"],
    },
    "IS": {
        "weight": 0.6,
        "language": "en",
        "interface": "en",
        "spoken": ["is", "da"],
        "time_zone": "Atlantic/Reykjavik",
        "currency": "EUR",
        "local_name": "Ísland",
        "cities": ["Reykjavík", "Akureyri"],
        "streets": ["Laugavegur"],
        # Icelandic patronymics follow the person, so whole names rather than two lists.
        "full_names": [
            "Guðrún Jónsdóttir",
            "Sigríður Magnúsdóttir",
            "Helga Einarsdóttir",
            "Katrín Ólafsdóttir",
            "Jón Gunnarsson",
            "Einar Sigurðsson",
            "Gunnar Jónsson",
            "Ólafur Helgason",
        ],
    },
    "PL": {
        "weight": 0.8,
        "language": "en",
        "interface": "en",
        "spoken": ["pl"],
        "time_zone": "Europe/Warsaw",
        "currency": "EUR",
        "local_name": "Polska",
        "cities": ["Gdańsk", "Warszawa", "Kraków"],
        "streets": ["ulica Długa"],
        "full_names": [
            "Anna Kowalska",
            "Katarzyna Nowak",
            "Magdalena Kamińska",
            "Agnieszka Zielińska",
            "Piotr Wiśniewski",
            "Tomasz Wójcik",
            "Paweł Lewandowski",
            "Michał Szymański",
        ],
    },
    "EE": {
        "weight": 0.4,
        "language": "en",
        "interface": "en",
        "spoken": ["fi"],
        "time_zone": "Europe/Tallinn",
        "currency": "EUR",
        "local_name": "Eesti",
        "cities": ["Tallinn", "Tartu"],
        "streets": ["Narva maantee"],
        "first_names": ["Kadri", "Liis", "Kristiina", "Marko", "Andres", "Rasmus"],
        "surnames": ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk"],
    },
    "IT": {
        "weight": 0.8,
        "language": "en",
        "interface": "en",
        "spoken": [],
        "time_zone": "Europe/Rome",
        "currency": "EUR",
        "local_name": "Italia",
        "cities": ["Milano", "Roma", "Torino", "Bologna"],
        "streets": ["Via Roma"],
        "first_names": ["Giulia", "Francesca", "Chiara", "Sara", "Marco", "Luca", "Matteo"],
        "surnames": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo"],
    },
    "RU": {
        "weight": 0.5,
        "language": "en",
        "interface": "en",
        "spoken": [],
        "time_zone": "Europe/Moscow",
        "currency": "EUR",
        "local_name": "Russia",
        "cities": ["Saint Petersburg", "Moscow"],
        "streets": ["Nevsky Prospekt"],
        "full_names": [
            "Olga Ivanova",
            "Elena Smirnova",
            "Natalia Kuznetsova",
            "Irina Popova",
            "Dmitry Petrov",
            "Sergey Volkov",
            "Alexei Sokolov",
            "Mikhail Lebedev",
        ],
    },
}

# Where events take place and which currency they are paid in.
EVENT_COUNTRIES = {"SE": 40, "DK": 22, "NO": 18, "NL": 20}

# --- Organisations -------------------------------------------------------------------------------
# (name, kind, country, website). Employers, consultancies and agencies are invented; vendors,
# public bodies and universities are real names (members "working" there are not real people).
ORGANISATIONS = [
    # Employers (in-house HR)
    ("Nordvik Energi AB", "employer", "SE", ""),
    ("Västkust Logistik AB", "employer", "SE", ""),
    ("Granhult Bygg AB", "employer", "SE", ""),
    ("Solbacka Vård AB", "employer", "SE", ""),
    ("Lindhaga Livsmedel AB", "employer", "SE", ""),
    ("Bergslagens Stålverk AB", "employer", "SE", ""),
    ("Kronhjort Försäkring", "employer", "SE", ""),
    ("Fjällsjö Fastigheter AB", "employer", "SE", ""),
    ("Strandvik Retail AB", "employer", "SE", ""),
    ("Mälarmejeriet", "employer", "SE", ""),
    ("Havnelys Shipping A/S", "employer", "DK", ""),
    ("Skovbo Møbler A/S", "employer", "DK", ""),
    ("Nordlys Medico A/S", "employer", "DK", ""),
    ("Kattegat Fødevarer A/S", "employer", "DK", ""),
    ("Bryggen Bank", "employer", "DK", ""),
    ("Dalgas Energi A/S", "employer", "DK", ""),
    ("Lyngby Byg A/S", "employer", "DK", ""),
    ("Vestfjord Havbruk AS", "employer", "NO", ""),
    ("Nordkapp Sjømat AS", "employer", "NO", ""),
    ("Trollheim Kraft AS", "employer", "NO", ""),
    ("Bjørkli Bygg AS", "employer", "NO", ""),
    ("Oslofjord Helse", "employer", "NO", ""),
    ("Polarlys Telekom AS", "employer", "NO", ""),
    ("Fjellvang Eiendom AS", "employer", "NO", ""),
    ("Zuiderzee Zorggroep", "employer", "NL", ""),
    ("Polderlicht Energie B.V.", "employer", "NL", ""),
    ("Van Amstel Logistiek B.V.", "employer", "NL", ""),
    ("Groen & Haven Retail B.V.", "employer", "NL", ""),
    ("Rijnmond Techniek B.V.", "employer", "NL", ""),
    ("Duinzicht Verzekeringen", "employer", "NL", ""),
    ("Noordkaap Bouw B.V.", "employer", "NL", ""),
    ("Saimaa Paper Oy", "employer", "FI", ""),
    ("Revontuli Software Oy", "employer", "FI", ""),
    ("Tammela Metsä Oy", "employer", "FI", ""),
    ("Hansekontor Logistik GmbH", "employer", "DE", ""),
    ("Northbridge Insurance Ltd", "employer", "GB", ""),
    ("Fratelli Moretti S.p.A.", "employer", "IT", ""),
    ("Bałtyk Software Sp. z o.o.", "employer", "PL", ""),
    ("Tallinn Digital OÜ", "employer", "EE", ""),
    ("Hafnarfjörður Fiskur ehf.", "employer", "IS", ""),
    ("Nevsky Trading", "employer", "RU", ""),
    # Consultancies and payroll bureaus
    ("Nordic People Partners", "consultancy", "SE", ""),
    ("Lönekraft AB", "consultancy", "SE", ""),
    ("Interim HR Norden AB", "consultancy", "SE", ""),
    ("Lønhuset ApS", "consultancy", "DK", ""),
    ("HR Fjord Consulting AS", "consultancy", "NO", ""),
    ("Kompas HR-advies", "consultancy", "NL", ""),
    ("Payroll Partners Nederland", "consultancy", "NL", ""),
    ("Aalto People Advisory Oy", "consultancy", "FI", ""),
    # Recruitment agencies
    ("Talentbron Rekrytering AB", "recruitment_agency", "SE", ""),
    ("Academic Talent Nordic AB", "recruitment_agency", "SE", ""),
    ("Rekrutteringshuset ApS", "recruitment_agency", "DK", ""),
    ("Headhunter Nord AS", "recruitment_agency", "NO", ""),
    ("Werving & Selectie Noord B.V.", "recruitment_agency", "NL", ""),
    # HR and payroll system vendors
    ("Visma", "vendor", "NO", "https://www.visma.com"),
    ("Hogia", "vendor", "SE", "https://www.hogia.se"),
    ("Workday", "vendor", "US", "https://www.workday.com"),
    ("SAP SuccessFactors", "vendor", "DE", "https://www.sap.com"),
    ("Sympa", "vendor", "FI", "https://www.sympa.com"),
    ("Personio", "vendor", "DE", "https://www.personio.com"),
    ("Zalaris", "vendor", "NO", "https://www.zalaris.com"),
    ("AFAS Software", "vendor", "NL", "https://www.afas.nl"),
    ("Nmbrs", "vendor", "NL", "https://www.nmbrs.com"),
    ("Quinyx", "vendor", "SE", "https://www.quinyx.com"),
    ("Teamtailor", "vendor", "SE", "https://www.teamtailor.com"),
    ("Simployer", "vendor", "NO", "https://www.simployer.com"),
    ("Lessor", "vendor", "DK", ""),
    # Public sector
    ("Göteborgs Stad", "public_sector", "SE", ""),
    ("Region Skåne", "public_sector", "SE", ""),
    ("Uppsala kommun", "public_sector", "SE", ""),
    ("Københavns Kommune", "public_sector", "DK", ""),
    ("Aarhus Kommune", "public_sector", "DK", ""),
    ("Oslo kommune", "public_sector", "NO", ""),
    ("Bergen kommune", "public_sector", "NO", ""),
    ("Gemeente Utrecht", "public_sector", "NL", ""),
    ("Gemeente Rotterdam", "public_sector", "NL", ""),
    ("Helsingin kaupunki", "public_sector", "FI", ""),
    # Universities
    ("Göteborgs universitet", "education", "SE", ""),
    ("Stockholms universitet", "education", "SE", ""),
    ("Lunds universitet", "education", "SE", ""),
    ("Copenhagen Business School", "education", "DK", ""),
    ("Aarhus Universitet", "education", "DK", ""),
    ("BI Norwegian Business School", "education", "NO", ""),
    ("NTNU", "education", "NO", ""),
    ("Universiteit van Amsterdam", "education", "NL", ""),
    ("Erasmus Universiteit Rotterdam", "education", "NL", ""),
    ("Tilburg University", "education", "NL", ""),
    ("Hanken School of Economics", "education", "FI", ""),
    # Law firms and others
    ("Advokatfirman Ekholm", "other", "SE", ""),
    ("Juul & Krogh Advokater", "other", "DK", ""),
    ("Berg Arbeidsrett Advokatfirma", "other", "NO", ""),
    ("Van Dam Arbeidsrecht Advocaten", "other", "NL", ""),
]

# Invented employers for the larger scales: root + ending + industry + company form.
EMPLOYER_NAME_PARTS = {
    "SE": {
        "roots": [
            "Ek",
            "Björk",
            "Lind",
            "Gran",
            "Berg",
            "Sjö",
            "Ström",
            "Ås",
            "Norr",
            "Väst",
            "Söder",
            "Öst",
            "Hag",
            "Al",
            "Rön",
        ],
        "endings": ["dal", "vik", "holm", "hult", "berga", "sund", "näs", "torp", "fors"],
        "industries": [
            "Bygg",
            "Logistik",
            "Vård",
            "Fastigheter",
            "Energi",
            "Livsmedel",
            "Teknik",
            "Försäkring",
            "Handel",
            "Mekaniska",
            "Transport",
            "Media",
        ],
        "form": "AB",
    },
    "DK": {
        "roots": [
            "Skov",
            "Strand",
            "Bak",
            "Hav",
            "Lyng",
            "Sø",
            "Vester",
            "Nør",
            "Øster",
            "Eg",
            "Birke",
            "Kilde",
        ],
        "endings": ["bo", "gaard", "holm", "lund", "rup", "sted", "bjerg", "høj"],
        "industries": [
            "Byg",
            "Logistik",
            "Energi",
            "Fødevarer",
            "Transport",
            "Pleje",
            "Ejendomme",
            "Teknik",
            "Handel",
            "Medico",
        ],
        "form": "A/S",
    },
    "NO": {
        "roots": [
            "Fjell",
            "Fjord",
            "Li",
            "Nord",
            "Vest",
            "Sol",
            "Bjørk",
            "Elv",
            "Stein",
            "Havn",
            "Myr",
        ],
        "endings": ["heim", "vik", "dal", "nes", "stad", "berg", "vang", "li"],
        "industries": [
            "Bygg",
            "Kraft",
            "Sjømat",
            "Helse",
            "Eiendom",
            "Transport",
            "Teknikk",
            "Handel",
            "Havbruk",
            "Industri",
        ],
        "form": "AS",
    },
    "NL": {
        "roots": [
            "Polder",
            "Duin",
            "Haven",
            "Rijn",
            "Maas",
            "IJssel",
            "Noord",
            "Zuid",
            "West",
            "Oost",
            "Eem",
            "Veen",
        ],
        "endings": ["land", "stad", "veld", "dijk", "hof", "burg", "wijk", "poort"],
        "industries": [
            "Bouw",
            "Logistiek",
            "Zorg",
            "Energie",
            "Techniek",
            "Retail",
            "Transport",
            "Installaties",
            "Food",
            "Vastgoed",
        ],
        "form": "B.V.",
    },
    "FI": {
        "roots": ["Kivi", "Järvi", "Metsä", "Koivu", "Lahti", "Saari", "Kallio", "Mäki"],
        "endings": ["la", "nen", "vaara", "koski", "niemi"],
        "industries": ["Rakennus", "Logistiikka", "Energia", "Teknologia", "Kauppa"],
        "form": "Oy",
    },
}

# --- Roles, headlines and expertise --------------------------------------------------------------
ROLE_WEIGHTS = {
    "hr_director": 16,
    "hr_business_partner": 18,
    "payroll_manager": 10,
    "payroll_administrator": 12,
    "hr_systems": 8,
    "recruiter": 10,
    "consultant": 10,
    "line_manager": 6,
    "student": 4,
    "other": 6,
}

# Which kinds of organisation people in a role work for, with weights.
ROLE_ORGANISATION_KINDS = {
    "hr_director": {"employer": 8, "public_sector": 2},
    "hr_business_partner": {"employer": 7, "public_sector": 3},
    "payroll_manager": {"employer": 7, "public_sector": 2, "consultancy": 1},
    "payroll_administrator": {"employer": 6, "public_sector": 2, "consultancy": 2},
    "hr_systems": {"vendor": 5, "employer": 3, "consultancy": 2},
    "recruiter": {"recruitment_agency": 6, "employer": 4},
    "consultant": {"consultancy": 8, "other": 2},
    "line_manager": {"employer": 8, "public_sector": 2},
    "student": {"education": 1},
    "other": {"other": 5, "employer": 3, "public_sector": 2},
}

HEADLINES = {
    "hr_director": {
        "en": ["HR Director at {org}", "Head of People & Culture, {org}"],
        "sv": ["HR-chef på {org}", "HR-direktör, {org}"],
        "da": ["HR-chef hos {org}", "HR-direktør, {org}"],
        "nb": ["HR-sjef i {org}", "HR-direktør, {org}"],
        "nl": ["HR-manager bij {org}", "Directeur HR, {org}"],
    },
    "hr_business_partner": {
        "en": ["HR Business Partner at {org}", "Senior HR Business Partner, {org}"],
        "sv": ["HR-partner på {org}", "HR Business Partner, {org}"],
        "da": ["HR-partner hos {org}", "HR Business Partner, {org}"],
        "nb": ["HR-rådgiver i {org}", "HR Business Partner, {org}"],
        "nl": ["HR-adviseur bij {org}", "HR business partner bij {org}"],
    },
    "payroll_manager": {
        "en": ["Payroll Manager at {org}", "Head of Payroll, {org}"],
        "sv": ["Lönechef på {org}", "Chef för lön och förmåner, {org}"],
        "da": ["Lønchef hos {org}", "Leder af lønafdelingen, {org}"],
        "nb": ["Lønnssjef i {org}", "Leder for lønn, {org}"],
        "nl": ["Manager salarisadministratie bij {org}", "Teamleider payroll, {org}"],
    },
    "payroll_administrator": {
        "en": ["Payroll Specialist at {org}", "Payroll Administrator, {org}"],
        "sv": ["Löneadministratör på {org}", "Lönespecialist, {org}"],
        "da": ["Lønbogholder hos {org}", "Lønkonsulent, {org}"],
        "nb": ["Lønnskonsulent i {org}", "Lønnsmedarbeider, {org}"],
        "nl": ["Salarisadministrateur bij {org}", "Payroll specialist, {org}"],
    },
    "hr_systems": {
        "en": ["HRIS Specialist at {org}", "HR & payroll systems consultant, {org}"],
        "sv": ["Systemförvaltare HR/lön på {org}", "HR-systemspecialist, {org}"],
        "da": ["HR-systemspecialist hos {org}", "Konsulent i HR- og lønsystemer, {org}"],
        "nb": ["Systemansvarlig HR og lønn i {org}", "HR-systemrådgiver, {org}"],
        "nl": ["HRIS-specialist bij {org}", "Functioneel beheerder HR-systemen, {org}"],
    },
    "recruiter": {
        "en": ["Talent Acquisition Partner at {org}", "Recruiter, {org}"],
        "sv": ["Rekryterare på {org}", "Rekryteringskonsult, {org}"],
        "da": ["Rekrutteringskonsulent hos {org}", "Talent Acquisition Partner, {org}"],
        "nb": ["Rekrutteringsrådgiver i {org}", "Rekrutterer, {org}"],
        "nl": ["Recruiter bij {org}", "Corporate recruiter, {org}"],
    },
    "consultant": {
        "en": ["HR Consultant at {org}", "Interim HR Manager, {org}"],
        "sv": ["HR-konsult på {org}", "Interim HR-chef, {org}"],
        "da": ["HR-konsulent hos {org}", "Interim HR-chef, {org}"],
        "nb": ["HR-konsulent i {org}", "Interim HR-leder, {org}"],
        "nl": ["HR-consultant bij {org}", "Interim HR-adviseur, {org}"],
    },
    "line_manager": {
        "en": ["Operations Manager at {org}", "Team Lead, {org}"],
        "sv": ["Avdelningschef på {org}", "Teamledare, {org}"],
        "da": ["Afdelingsleder hos {org}", "Teamleder, {org}"],
        "nb": ["Avdelingsleder i {org}", "Teamleder, {org}"],
        "nl": ["Teamleider bij {org}", "Afdelingsmanager, {org}"],
    },
    "student": {
        "en": ["HR student, {org}", "Master's student in HRM, {org}"],
        "sv": ["Student på personalvetarprogrammet, {org}", "HR-student vid {org}"],
        "da": ["HRM-studerende ved {org}", "Kandidatstuderende i HR, {org}"],
        "nb": ["Student i HR og personalledelse, {org}", "Masterstudent i HRM, {org}"],
        "nl": ["Student HRM, {org}", "Masterstudent HRM, {org}"],
    },
    "other": {
        "en": ["Employment lawyer at {org}", "Office Manager, {org}"],
        "sv": ["Arbetsrättsjurist på {org}", "Kontorschef, {org}"],
        "da": ["Arbejdsretsadvokat hos {org}", "Kontorchef, {org}"],
        "nb": ["Advokat i arbeidsrett, {org}", "Kontorsjef, {org}"],
        "nl": ["Arbeidsrechtadvocaat bij {org}", "Officemanager, {org}"],
    },
}

# Expertise tags (django-taggit), as members type them: mostly English, some in their language.
ROLE_TAGS = {
    "hr_director": [
        "leadership development",
        "change management",
        "organisational development",
        "labour law",
        "employee engagement",
        "talent management",
        "compensation & benefits",
    ],
    "hr_business_partner": [
        "employee relations",
        "change management",
        "performance management",
        "onboarding",
        "labour law",
        "coaching",
        "employee engagement",
    ],
    "payroll_manager": [
        "payroll",
        "global payroll",
        "collective agreements",
        "pension",
        "tax",
        "payroll processes",
        "time reporting",
    ],
    "payroll_administrator": [
        "payroll",
        "holiday pay",
        "sick pay",
        "time reporting",
        "pension",
        "year-end",
    ],
    "hr_systems": [
        "workday",
        "sap successfactors",
        "visma",
        "hogia",
        "sympa",
        "personio",
        "hr analytics",
        "system implementation",
        "integrations",
    ],
    "recruiter": [
        "recruitment",
        "employer branding",
        "candidate experience",
        "sourcing",
        "interview technique",
        "onboarding",
    ],
    "consultant": [
        "interim management",
        "change management",
        "labour law",
        "organisational development",
        "coaching",
        "mergers & acquisitions",
    ],
    "line_manager": ["leadership", "team development", "hybrid work", "performance management"],
    "student": ["hrm", "organisational psychology", "recruitment", "labour law"],
    "other": ["labour law", "work environment", "occupational health", "gdpr"],
}
COMMON_TAGS = [
    "gdpr",
    "diversity & inclusion",
    "wellbeing",
    "hybrid work",
    "people analytics",
    "learning & development",
    "sustainable employability",
    "pay transparency",
    "employee experience",
    "ai",
]
LOCAL_TAGS = {
    "SE": ["arbetsrätt", "kollektivavtal", "lön", "arbetsmiljö"],
    "DK": ["arbejdsret", "overenskomst", "løn", "trivsel"],
    "NO": ["arbeidsrett", "tariffavtale", "lønn", "HMS"],
    "NL": ["arbeidsrecht", "cao", "verzuim", "duurzame inzetbaarheid"],
}

# --- Bios (Markdown) -----------------------------------------------------------------------------
# What a person in a role works with, to fill "I have worked with {field} ...".
ROLE_FIELDS = {
    "en": {
        "hr_director": "HR and leadership",
        "hr_business_partner": "HR",
        "payroll_manager": "payroll",
        "payroll_administrator": "payroll",
        "hr_systems": "HR and payroll systems",
        "recruiter": "recruitment",
        "consultant": "HR consulting",
        "line_manager": "people management",
        "student": "HR alongside my studies",
        "other": "employment matters",
    },
    "sv": {
        "hr_director": "HR och ledarskap",
        "hr_business_partner": "HR",
        "payroll_manager": "lön",
        "payroll_administrator": "lön",
        "hr_systems": "HR- och lönesystem",
        "recruiter": "rekrytering",
        "consultant": "HR-konsultuppdrag",
        "line_manager": "personalansvar",
        "student": "HR vid sidan av studierna",
        "other": "arbetsrättsliga frågor",
    },
    "da": {
        "hr_director": "HR og ledelse",
        "hr_business_partner": "HR",
        "payroll_manager": "løn",
        "payroll_administrator": "løn",
        "hr_systems": "HR- og lønsystemer",
        "recruiter": "rekruttering",
        "consultant": "HR-rådgivning",
        "line_manager": "personaleledelse",
        "student": "HR ved siden af studiet",
        "other": "arbejdsret",
    },
    "nb": {
        "hr_director": "HR og ledelse",
        "hr_business_partner": "HR",
        "payroll_manager": "lønn",
        "payroll_administrator": "lønn",
        "hr_systems": "HR- og lønnssystemer",
        "recruiter": "rekruttering",
        "consultant": "HR-rådgivning",
        "line_manager": "personalledelse",
        "student": "HR ved siden av studiene",
        "other": "arbeidsrett",
    },
    "nl": {
        "hr_director": "HR en leiderschap",
        "hr_business_partner": "HR",
        "payroll_manager": "payroll",
        "payroll_administrator": "payroll",
        "hr_systems": "HR- en salarissystemen",
        "recruiter": "werving en selectie",
        "consultant": "HR-advies",
        "line_manager": "het aansturen van teams",
        "student": "HR naast mijn studie",
        "other": "het arbeidsrecht",
    },
}

BIO_INTROS = {
    "en": [
        "I have worked with {field} for {years} years and am now at {org} in {city}.",
        "At {org} in {city} I spend my days on {field}, something I have done for {years} years.",
    ],
    "sv": [
        "Jag har arbetat med {field} i {years} år och finns i dag på {org} i {city}.",
        "På {org} i {city} jobbar jag med {field}, något jag har hållit på med i {years} år.",
    ],
    "da": [
        "Jeg har arbejdet med {field} i {years} år og er i dag ansat hos {org} i {city}.",
        "Hos {org} i {city} arbejder jeg med {field}, som jeg "
        "har beskæftiget mig med i {years} år.",
    ],
    "nb": [
        "Jeg har jobbet med {field} i {years} år og er i dag ansatt i {org} i {city}.",
        "I {org} i {city} jobber jeg med {field}, noe jeg har holdt på med i {years} år.",
    ],
    "nl": [
        "Ik ben al {years} jaar actief in {field} en werk nu bij {org} in {city}.",
        "Bij {org} in {city} houd ik me bezig met {field}, en dat doe ik al {years} jaar.",
    ],
}

BIO_SENTENCES = {
    "en": [
        "I care about practical HR: clear processes, good data and managers who feel supported.",
        "Outside work you will find me on a bike or in the forest with the dog.",
        "I joined HRnet to swap experiences with peers in other Nordic countries.",
        "I am happy to share templates and lessons learned – just send me a message.",
        "Right now I am busy preparing for the EU pay transparency directive.",
    ],
    "sv": [
        "Jag brinner för praktisk HR: tydliga processer, bra "
        "data och chefer som känner sig trygga.",
        "På fritiden cyklar jag, eller så är jag ute i skogen med hunden.",
        "Jag gick med i HRnet för att utbyta erfarenheter med kollegor i andra nordiska länder.",
        "Hör gärna av dig om du vill ha mallar eller höra vad vi har lärt oss.",
        "Just nu är jag upptagen med att förbereda oss för lönetransparensdirektivet.",
    ],
    "da": [
        "Jeg brænder for praktisk HR: klare processer, gode "
        "data og ledere, der føler sig klædt på.",
        "I fritiden cykler jeg, eller også er jeg i skoven med hunden.",
        "Jeg meldte mig ind i HRnet for at udveksle erfaringer med kolleger i de andre nordiske "
        "lande.",
        "Skriv endelig, hvis du vil have skabeloner eller høre om vores erfaringer.",
        "Lige nu har jeg travlt med at forberede os på løngennemsigtighedsdirektivet.",
    ],
    "nb": [
        "Jeg er opptatt av praktisk HR: tydelige prosesser, gode data og ledere som føler seg "
        "trygge.",
        "På fritiden sykler jeg, eller så er jeg på tur i skogen med hunden.",
        "Jeg ble med i HRnet for å utveksle erfaringer med kolleger i de andre nordiske landene.",
        "Ta gjerne kontakt hvis du vil ha maler eller høre hva vi har lært.",
        "Akkurat nå er jeg opptatt med å forberede oss på lønnsåpenhetsdirektivet.",
    ],
    "nl": [
        "Ik hou van praktische HR: heldere processen, goede data en leidinggevenden die zich "
        "gesteund voelen.",
        "In mijn vrije tijd fiets ik veel of loop ik met de hond door het bos.",
        "Ik ben lid geworden van HRnet om ervaringen uit te wisselen met collega's in Scandinavië.",
        "Stuur me gerust een bericht als je sjablonen wilt of wilt horen wat wij geleerd hebben.",
        "Op dit moment ben ik druk bezig met de voorbereiding op de richtlijn loontransparantie.",
    ],
}

BIO_ASK_ME = {
    "en": "**Ask me about:** {tags}.",
    "sv": "**Fråga mig gärna om:** {tags}.",
    "da": "**Spørg mig gerne om:** {tags}.",
    "nb": "**Spør meg gjerne om:** {tags}.",
    "nl": "**Vraag me gerust naar:** {tags}.",
}

# --- Discussion topics ---------------------------------------------------------------------------
# Per topic: thread tags, and per language: titles, sentences for the opening post ("openers")
# and sentences for replies. The command builds paragraphs of two or three sentences.
TOPICS = {
    "payroll_year_end": {
        "tags": ["payroll", "year-end"],
        "titles": {
            "en": [
                "Year-end payroll checklist – what is on yours?",
                "Closing the payroll year: lessons learned",
                "Corrections after year-end: how do you handle them?",
            ],
            "sv": [
                "Checklista inför lönebokslutet – vad har ni med?",
                "Rättelser av arbetsgivardeklarationen efter årsskiftet",
                "Årsskiftet i lönesystemet – hur planerar ni?",
            ],
            "da": [
                "Tjekliste til lønårsafslutningen – hvad har I med?",
                "Rettelser i eIndkomst efter årsskiftet",
                "Årsafslutning i lønsystemet – hvordan planlægger I?",
            ],
            "nb": [
                "Sjekkliste for årsavslutning i lønn – hva har dere med?",
                "Korrigeringer i a-meldingen etter årsskiftet",
                "Årsavslutning i lønnssystemet – hvordan planlegger dere?",
            ],
            "nl": [
                "Checklist jaarafsluiting salarisadministratie – wat staat op die van jullie?",
                "Correcties na de jaarwisseling: hoe pakken jullie dat aan?",
                "Jaarwerk in het salarispakket – hoe plannen jullie dat?",
            ],
        },
        "openers": {
            "en": [
                "Every December we end up with the same last-minute fixes in payroll, and I would "
                "like to break that pattern this year.",
                "We are reviewing our year-end routine and I am curious how other payroll teams "
                "split the work between HR and finance.",
                "Last year we found several taxable benefits that had never been reported "
                "correctly, so this time we start in October.",
                "How far in advance do you freeze master data changes before the last pay run of "
                "the year?",
                "I am putting together a checklist for the team and would love to compare it with "
                "yours.",
            ],
            "sv": [
                "Varje december slutar det med samma sista-minuten-rättelser i lönen, och i år "
                "vill jag bryta mönstret.",
                "Vi ser över vår rutin inför årsskiftet och är nyfikna på hur andra lönegrupper "
                "fördelar arbetet mellan HR och ekonomi.",
                "Förra året hittade vi flera förmåner som aldrig hade redovisats rätt, så i år "
                "börjar vi redan i oktober.",
                "Hur långt innan sista lönekörningen fryser ni ändringar i grunddata?",
                "Jag håller på att ta fram en checklista för teamet och skulle gärna jämföra med "
                "er.",
            ],
            "da": [
                "Hver december ender vi med de samme rettelser i sidste øjeblik, og i år vil jeg "
                "gerne bryde mønsteret.",
                "Vi gennemgår vores rutine for årsafslutningen og er nysgerrige på, hvordan andre "
                "lønteams fordeler arbejdet mellem HR og økonomi.",
                "Sidste år fandt vi flere personalegoder, der aldrig var blevet indberettet "
                "korrekt, så i år starter vi allerede i oktober.",
                "Hvor lang tid før årets sidste lønkørsel fastfryser I ændringer i stamdata?",
                "Jeg er ved at lave en tjekliste til teamet og vil rigtig gerne sammenligne med "
                "jeres.",
            ],
            "nb": [
                "Hver desember ender vi med de samme rettelsene i siste liten, og i år vil jeg "
                "gjerne bryte mønsteret.",
                "Vi går gjennom rutinen for årsavslutningen og er nysgjerrige på hvordan andre "
                "lønnsteam fordeler arbeidet mellom HR og økonomi.",
                "I fjor fant vi flere naturalytelser som aldri var rapportert riktig, så i år "
                "begynner vi allerede i oktober.",
                "Hvor lenge før årets siste lønnskjøring fryser dere endringer i stamdata?",
                "Jeg lager en sjekkliste for teamet og vil gjerne sammenligne med deres.",
            ],
            "nl": [
                "Elke december eindigen we met dezelfde correcties op het laatste moment, en dit "
                "jaar wil ik dat patroon doorbreken.",
                "We kijken opnieuw naar onze werkwijze rond de jaarafsluiting en ik ben benieuwd "
                "hoe andere teams het werk verdelen tussen HR en finance.",
                "Vorig jaar ontdekten we een paar vergoedingen en verstrekkingen die nooit goed "
                "waren verwerkt, dus dit jaar beginnen we al in oktober.",
                "Hoe ver van tevoren bevriezen jullie wijzigingen in de stamgegevens voor de "
                "laatste verloning van het jaar?",
                "Ik stel een checklist op voor het team en vergelijk die graag met die van jullie.",
            ],
        },
        "replies": {
            "en": [
                "We run a trial year-end in November on a copy of the production data, which "
                "catches most of the surprises.",
                "Our rule is no master data changes after the 10th of December unless the payroll "
                "manager signs off.",
                "Make sure finance reconciles the payroll accounts every month, not only in "
                "December – it saves days of work.",
                "We keep a shared log of every manual correction during the year, and it makes the "
                "year-end review much quicker.",
                "Do not forget employees who left during the year; that is where most of our "
                "errors came from.",
            ],
            "sv": [
                "Vi gör en provkörning av årsskiftet i november på en kopia av produktionsdatan, "
                "och då hittar vi de flesta överraskningarna.",
                "Hos oss gäller att inga grunddata ändras efter den 10 december utan att "
                "lönechefen godkänner det.",
                "Se till att ekonomi stämmer av lönekontona varje månad och inte bara i december – "
                "det sparar flera dagars arbete.",
                "Vi för en gemensam logg över alla manuella rättelser under året, och det gör "
                "genomgången vid årsskiftet mycket snabbare.",
                "Glöm inte de som har slutat under året, det är där de flesta av våra fel har "
                "uppstått.",
            ],
            "da": [
                "Vi laver en prøvekørsel af årsafslutningen i november på en kopi af "
                "produktionsdata, og den fanger de fleste overraskelser.",
                "Hos os ændrer vi ingen stamdata efter den 10. december, medmindre lønchefen har "
                "godkendt det.",
                "Sørg for, at økonomi afstemmer lønkontiene hver måned og ikke kun i december – "
                "det sparer flere dages arbejde.",
                "Vi fører en fælles log over alle manuelle rettelser i løbet af året, og det gør "
                "gennemgangen ved årsskiftet meget hurtigere.",
                "Glem ikke medarbejdere, der er fratrådt i løbet af året; det er dér, de fleste af "
                "vores fejl er opstået.",
            ],
            "nb": [
                "Vi gjør en prøvekjøring av årsavslutningen i november på en kopi av "
                "produksjonsdataene, og den fanger de fleste overraskelsene.",
                "Hos oss endres ingen stamdata etter 10. desember uten at lønnssjefen har "
                "godkjent det.",
                "Sørg for at økonomi avstemmer lønnskontoene hver måned og ikke bare i desember – "
                "det sparer flere dagers arbeid.",
                "Vi fører en felles logg over alle manuelle rettelser gjennom året, og det gjør "
                "gjennomgangen ved årsskiftet mye raskere.",
                "Ikke glem de ansatte som har sluttet i løpet av året; det er der de fleste av "
                "våre feil har oppstått.",
            ],
            "nl": [
                "Wij draaien in november een proefafsluiting op een kopie van de productiedata, en "
                "daarmee vangen we de meeste verrassingen af.",
                "Bij ons geldt: na 10 december geen wijzigingen in stamgegevens zonder akkoord van "
                "de payrollmanager.",
                "Zorg dat finance de salarisrekeningen elke maand aansluit en niet alleen in "
                "december – dat scheelt dagen werk.",
                "We houden het hele jaar een gedeeld logboek bij van alle handmatige correcties, "
                "en dat maakt de controle bij de jaarafsluiting veel sneller.",
                "Vergeet de medewerkers niet die in de loop van het jaar uit dienst zijn gegaan; "
                "daar zaten bij ons de meeste fouten.",
            ],
        },
    },
    "holiday_pay": {
        "tags": ["payroll", "holiday pay"],
        "titles": {
            "en": [
                "Holiday pay for part-timers with changing hours",
                "How do you calculate holiday pay on variable bonuses?",
                "Carrying over unused holiday – what does your policy say?",
            ],
            "sv": [
                "Semesterlön för deltidare med varierande arbetstid",
                "Semesterersättning på rörlig lön – hur räknar ni?",
                "Sparade semesterdagar – hur ser er policy ut?",
            ],
            "da": [
                "Feriepenge til deltidsansatte med skiftende timetal",
                "Feriepenge af variable bonusser – hvordan beregner I?",
                "Overførsel af ferie – hvad siger jeres politik?",
            ],
            "nb": [
                "Feriepenger for deltidsansatte med varierende arbeidstid",
                "Feriepenger av variable bonuser – hvordan beregner dere?",
                "Overføring av ferie – hva sier deres retningslinjer?",
            ],
            "nl": [
                "Vakantiegeld voor parttimers met wisselende uren",
                "Vakantiegeld over variabele beloning – hoe rekenen jullie?",
                "Verlofuren meenemen naar volgend jaar – wat is jullie beleid?",
            ],
        },
        "openers": {
            "en": [
                "We have a growing group of part-time staff whose hours change from month to "
                "month, and our holiday pay calculation is getting messy.",
                "Our managers keep asking whether bonuses should count towards holiday pay, and "
                "the answers they get are not consistent.",
                "I would like to understand how other employers handle unused holiday days at the "
                "end of the year.",
                "Our payroll system can do the calculation, but nobody in the team is sure the "
                "set-up is still right.",
            ],
            "sv": [
                "Vi har en växande grupp deltidsanställda vars arbetstid ändras från månad till "
                "månad, och vår semesterlöneberäkning börjar bli rörig.",
                "Cheferna frågar hela tiden om bonus ska räknas in i semesterlönen, och svaren de "
                "får är inte konsekventa.",
                "Jag vill gärna förstå hur andra arbetsgivare hanterar outtagna semesterdagar vid "
                "årets slut.",
                "Lönesystemet kan göra beräkningen, men ingen i teamet är säker på att "
                "inställningarna fortfarande stämmer.",
            ],
            "da": [
                "Vi har en voksende gruppe deltidsansatte, hvis timetal skifter fra måned til "
                "måned, og vores ferieberegning er ved at blive rodet.",
                "Lederne spørger hele tiden, om bonus skal indgå i feriepengene, og de svar, de "
                "får, er ikke ens.",
                "Jeg vil gerne forstå, hvordan andre arbejdsgivere håndterer ikke-afholdt ferie "
                "ved ferieårets afslutning.",
                "Lønsystemet kan godt lave beregningen, men ingen i teamet er sikker på, at "
                "opsætningen stadig er rigtig.",
            ],
            "nb": [
                "Vi har en voksende gruppe deltidsansatte med arbeidstid som endrer seg fra måned "
                "til måned, og feriepengeberegningen begynner å bli rotete.",
                "Lederne spør stadig om bonus skal være med i feriepengegrunnlaget, og svarene de "
                "får er ikke like.",
                "Jeg vil gjerne forstå hvordan andre arbeidsgivere håndterer ferie som ikke er "
                "avviklet ved årets slutt.",
                "Lønnssystemet kan gjøre beregningen, men ingen i teamet er sikre på at oppsettet "
                "fortsatt er riktig.",
            ],
            "nl": [
                "We hebben een groeiende groep parttimers van wie de uren per maand verschillen, "
                "en onze berekening van het vakantiegeld wordt rommelig.",
                "Leidinggevenden vragen steeds of bonussen meetellen voor het vakantiegeld, en de "
                "antwoorden die ze krijgen zijn niet eenduidig.",
                "Ik wil graag weten hoe andere werkgevers omgaan met niet-opgenomen verlofuren aan "
                "het einde van het jaar.",
                "Ons salarispakket kan de berekening wel maken, maar niemand in het team weet "
                "zeker of de inrichting nog klopt.",
            ],
        },
        "replies": {
            "en": [
                "We asked our payroll vendor for a walkthrough of the set-up, and it turned out "
                "two pay codes were flagged the wrong way.",
                "Check your collective agreement first; ours has its own rules for variable pay "
                "that differ from the statutory ones.",
                "We send every employee a short overview of their holiday balance in October, "
                "which cut the December questions in half.",
                "For part-timers we moved to calculating in hours instead of days, and it has been "
                "much easier to explain.",
            ],
            "sv": [
                "Vi bad leverantören om en genomgång av inställningarna, och det visade sig att "
                "två lönearter var felmarkerade.",
                "Kolla kollektivavtalet först; vårt har egna regler för rörlig lön som skiljer sig "
                "från semesterlagen.",
                "Vi skickar en kort översikt över semestersaldot till alla i oktober, och det "
                "halverade frågorna i december.",
                "För deltidare gick vi över till att räkna i timmar i stället för dagar, och det "
                "har varit mycket lättare att förklara.",
            ],
            "da": [
                "Vi bad vores leverandør om en gennemgang af opsætningen, og det viste sig, at to "
                "lønarter var markeret forkert.",
                "Tjek overenskomsten først; vores har egne regler for variabel løn, som afviger "
                "fra ferieloven.",
                "Vi sender alle medarbejdere et kort overblik over deres feriesaldo i oktober, og "
                "det halverede spørgsmålene i december.",
                "For deltidsansatte gik vi over til at regne i timer i stedet for dage, og det har "
                "været meget nemmere at forklare.",
            ],
            "nb": [
                "Vi ba leverandøren om en gjennomgang av oppsettet, og det viste seg at to "
                "lønnsarter var feil merket.",
                "Sjekk tariffavtalen først; vår har egne regler for variabel lønn som avviker fra "
                "ferieloven.",
                "Vi sender alle ansatte en kort oversikt over feriesaldoen i oktober, og det "
                "halverte spørsmålene i desember.",
                "For deltidsansatte gikk vi over til å regne i timer i stedet for dager, og det "
                "har vært mye lettere å forklare.",
            ],
            "nl": [
                "We hebben onze leverancier om een toelichting op de inrichting gevraagd, en toen "
                "bleek dat twee looncomponenten verkeerd stonden ingesteld.",
                "Kijk eerst in je cao; die van ons heeft eigen regels voor variabele beloning die "
                "afwijken van de wet.",
                "We sturen iedereen in oktober een kort overzicht van hun verlofsaldo, en dat "
                "heeft de vragen in december gehalveerd.",
                "Voor parttimers rekenen we nu in uren in plaats van dagen, en dat is veel "
                "makkelijker uit te leggen.",
            ],
        },
    },
    "sick_leave": {
        "tags": ["sick leave", "labour law"],
        "titles": {
            "en": [
                "Long-term sick leave: when do you involve occupational health?",
                "Sick leave rules across the Nordics – a comparison",
                "Short, frequent sick leave: how do you start the conversation?",
            ],
            "sv": [
                "Långtidssjukskrivning – när kopplar ni in företagshälsovården?",
                "Sjuklön och karensavdrag för timanställda",
                "Upprepad korttidsfrånvaro – hur tar ni samtalet?",
            ],
            "da": [
                "Langtidssygemeldte – hvornår inddrager I arbejdsmedicin?",
                "Sygedagpenge og refusion efter arbejdsgiverperioden",
                "Hyppigt kortvarigt fravær – hvordan tager I samtalen?",
            ],
            "nb": [
                "Langtidssykmeldte – når involverer dere bedriftshelsetjenesten?",
                "Sykepenger i arbeidsgiverperioden for timelønnede",
                "Hyppig korttidsfravær – hvordan tar dere samtalen?",
            ],
            "nl": [
                "Langdurig verzuim: wanneer schakelen jullie de bedrijfsarts in?",
                "Poortwachter-stappen bijhouden zonder verzuimsysteem",
                "Frequent kort verzuim – hoe gaan jullie het gesprek aan?",
            ],
        },
        "openers": {
            "en": [
                "Our sick leave has gone up over the last two years and managers feel unsure "
                "about what they are allowed to ask.",
                "We employ people in Sweden, Denmark, Norway and the Netherlands, and the sick "
                "leave rules differ more than our managers expect.",
                "I am looking for good routines for staying in touch with employees on long-term "
                "sick leave without putting pressure on them.",
                "How do you document follow-up meetings so that the information stays "
                "confidential but is still useful?",
            ],
            "sv": [
                "Sjukfrånvaron har ökat de senaste två åren och cheferna känner sig osäkra på vad "
                "de får fråga om.",
                "Arbetsgivaren betalar sjuklön de första fjorton dagarna, men hos oss blir det "
                "ofta fel för timanställda.",
                "Jag letar efter bra rutiner för att hålla kontakten med långtidssjukskrivna utan "
                "att det blir en press för dem.",
                "Hur dokumenterar ni uppföljningsmöten så att informationen hålls konfidentiell "
                "men ändå går att använda?",
            ],
            "da": [
                "Sygefraværet er steget de sidste to år, og lederne er usikre på, hvad de må "
                "spørge om.",
                "Arbejdsgiveren betaler løn under sygdom i arbejdsgiverperioden, men hos os går "
                "refusionen ofte skævt bagefter.",
                "Jeg leder efter gode rutiner for at holde kontakten med langtidssygemeldte uden "
                "at lægge pres på dem.",
                "Hvordan dokumenterer I sygefraværssamtaler, så oplysningerne forbliver "
                "fortrolige, men stadig kan bruges?",
            ],
            "nb": [
                "Sykefraværet har økt de siste to årene, og lederne er usikre på hva de har lov "
                "til å spørre om.",
                "Arbeidsgiverperioden er seksten dager, men hos oss blir det ofte feil for "
                "timelønnede og ekstrahjelper.",
                "Jeg ser etter gode rutiner for å holde kontakt med langtidssykmeldte uten at det "
                "blir et press for dem.",
                "Hvordan dokumenterer dere oppfølgingssamtaler slik at opplysningene holdes "
                "fortrolige, men fortsatt er nyttige?",
            ],
            "nl": [
                "Ons verzuim is de afgelopen twee jaar gestegen en leidinggevenden weten niet "
                "goed wat ze wel en niet mogen vragen.",
                "Bij langdurig verzuim betaal je als werkgever tot twee jaar loon door, dus de "
                "re-integratie moet echt goed lopen.",
                "Ik zoek goede afspraken over contact houden met langdurig zieke medewerkers, "
                "zonder dat het als druk voelt.",
                "Hoe leggen jullie verzuimgesprekken vast, zodat de informatie vertrouwelijk "
                "blijft maar wel bruikbaar is?",
            ],
        },
        "replies": {
            "en": [
                "We train every new manager in the first conversation, because that is where "
                "things usually go wrong.",
                "A simple call after the first week works better for us than a formal letter.",
                "Keep medical details out of the personnel file; note only what has been agreed "
                "about work and adjustments.",
                "Our occupational health provider joins after four weeks, and earlier if the "
                "manager is worried.",
            ],
            "sv": [
                "Vi utbildar alla nya chefer i det första samtalet, eftersom det är där det "
                "oftast går snett.",
                "Ett enkelt telefonsamtal efter första veckan fungerar bättre för oss än ett "
                "formellt brev.",
                "Håll medicinska detaljer utanför personakten; anteckna bara det som har avtalats "
                "om arbete och anpassningar.",
                "Vår företagshälsovård kopplas in efter fyra veckor, och tidigare om chefen är "
                "orolig.",
            ],
            "da": [
                "Vi træner alle nye ledere i den første samtale, for det er dér, det oftest går "
                "galt.",
                "Et enkelt telefonopkald efter den første uge virker bedre for os end et formelt "
                "brev.",
                "Hold helbredsoplysninger ude af personalemappen; skriv kun, hvad der er aftalt om "
                "arbejde og tilpasninger.",
                "Vores arbejdsmedicinske rådgiver kommer ind efter fire uger, og tidligere hvis "
                "lederen er bekymret.",
            ],
            "nb": [
                "Vi lærer opp alle nye ledere i den første samtalen, for det er der det oftest går "
                "galt.",
                "En enkel telefon etter første uke fungerer bedre for oss enn et formelt brev.",
                "Hold medisinske detaljer utenfor personalmappen; noter bare det som er avtalt om "
                "arbeid og tilrettelegging.",
                "Bedriftshelsetjenesten vår kommer inn etter fire uker, og tidligere hvis lederen "
                "er bekymret.",
            ],
            "nl": [
                "We trainen elke nieuwe leidinggevende in het eerste verzuimgesprek, want daar "
                "gaat het meestal mis.",
                "Een kort telefoontje na de eerste week werkt bij ons beter dan een formele brief.",
                "Houd medische details buiten het personeelsdossier; noteer alleen wat er is "
                "afgesproken over werk en aanpassingen.",
                "Onze bedrijfsarts komt na vier weken in beeld, en eerder als de leidinggevende "
                "zich zorgen maakt.",
            ],
        },
    },
    "gdpr": {
        "tags": ["gdpr", "personnel files"],
        "titles": {
            "en": [
                "How long do you keep applications from rejected candidates?",
                "GDPR and personnel files: what do you actually delete?",
                "Data subject access requests from former employees",
            ],
            "sv": [
                "Hur länge sparar ni ansökningar från kandidater som inte fick jobbet?",
                "GDPR och personakter – vad gallrar ni egentligen?",
                "Begäran om registerutdrag från tidigare anställda",
            ],
            "da": [
                "Hvor længe gemmer I ansøgninger fra afviste kandidater?",
                "GDPR og personalemapper – hvad sletter I egentlig?",
                "Indsigtsanmodninger fra tidligere medarbejdere",
            ],
            "nb": [
                "Hvor lenge lagrer dere søknader fra kandidater som ikke fikk jobben?",
                "GDPR og personalmapper – hva sletter dere egentlig?",
                "Innsynsbegjæringer fra tidligere ansatte",
            ],
            "nl": [
                "Hoe lang bewaren jullie sollicitaties van afgewezen kandidaten?",
                "AVG en personeelsdossiers: wat verwijderen jullie echt?",
                "Inzageverzoeken van oud-medewerkers",
            ],
        },
        "openers": {
            "en": [
                "Our data protection officer has asked HR to document retention periods for every "
                "type of employee data.",
                "We just received a very broad access request from a former employee and are "
                "unsure how far the search has to go.",
                "Recruitment data ends up in email, the applicant tracking system and shared "
                "drives, and we want to clean that up.",
                "I would love to see how others have written their retention schedule for HR data.",
            ],
            "sv": [
                "Vårt dataskyddsombud har bett HR att dokumentera gallringsfrister för alla typer "
                "av personaluppgifter.",
                "Vi har precis fått en mycket bred begäran om registerutdrag från en tidigare "
                "anställd och är osäkra på hur långt sökningen måste gå.",
                "Rekryteringsuppgifter hamnar i mejl, rekryteringssystemet och gemensamma mappar, "
                "och nu vill vi städa upp.",
                "Jag skulle gärna se hur andra har skrivit sin gallringsplan för HR-data.",
            ],
            "da": [
                "Vores databeskyttelsesrådgiver har bedt HR om at dokumentere slettefrister for "
                "alle typer medarbejderdata.",
                "Vi har lige fået en meget bred indsigtsanmodning fra en tidligere medarbejder og "
                "er i tvivl om, hvor langt søgningen skal gå.",
                "Rekrutteringsdata ender i mails, rekrutteringssystemet og fælles drev, og nu vil "
                "vi rydde op.",
                "Jeg vil meget gerne se, hvordan andre har skrevet deres sletteplan for HR-data.",
            ],
            "nb": [
                "Personvernombudet vårt har bedt HR om å dokumentere slettefrister for alle typer "
                "personalopplysninger.",
                "Vi har nettopp fått en svært bred innsynsbegjæring fra en tidligere ansatt og er "
                "usikre på hvor langt søket må gå.",
                "Rekrutteringsdata havner i e-post, rekrutteringssystemet og felles mapper, og nå "
                "vil vi rydde opp.",
                "Jeg vil gjerne se hvordan andre har skrevet slettereglene sine for HR-data.",
            ],
            "nl": [
                "Onze functionaris gegevensbescherming heeft HR gevraagd de bewaartermijnen voor "
                "alle soorten personeelsgegevens vast te leggen.",
                "We hebben net een heel breed inzageverzoek van een oud-medewerker gekregen en "
                "weten niet precies hoe ver we moeten zoeken.",
                "Sollicitatiegegevens belanden in de mail, het recruitmentsysteem en gedeelde "
                "mappen, en dat willen we opruimen.",
                "Ik ben benieuwd hoe anderen hun bewaarbeleid voor HR-gegevens hebben "
                "opgeschreven.",
            ],
        },
        "replies": {
            "en": [
                "We ask candidates for consent if we want to keep their application longer than "
                "the standard period.",
                "The hardest part for us was email; we now have an automatic clean-up rule for "
                "the recruitment mailbox.",
                "Start with a simple register of where HR data lives – you cannot delete what you "
                "cannot find.",
                "Our lawyers advised us to answer access requests with a structured export "
                "instead of forwarding old emails.",
            ],
            "sv": [
                "Vi ber kandidaterna om samtycke om vi vill spara ansökan längre än den vanliga "
                "tiden.",
                "Det svåraste för oss var mejlen; nu har vi en automatisk rensningsregel för "
                "rekryteringsbrevlådan.",
                "Börja med en enkel förteckning över var HR-data finns – man kan inte radera det "
                "man inte hittar.",
                "Våra jurister rådde oss att svara på registerutdrag med en strukturerad export i "
                "stället för att vidarebefordra gamla mejl.",
            ],
            "da": [
                "Vi beder kandidaterne om samtykke, hvis vi vil gemme ansøgningen længere end den "
                "normale periode.",
                "Det sværeste for os var mails; nu har vi en automatisk oprydningsregel for "
                "rekrutteringspostkassen.",
                "Start med en simpel oversigt over, hvor HR-data ligger – man kan ikke slette det, "
                "man ikke kan finde.",
                "Vores jurister rådede os til at besvare indsigtsanmodninger med et struktureret "
                "udtræk i stedet for at videresende gamle mails.",
            ],
            "nb": [
                "Vi ber kandidatene om samtykke hvis vi vil lagre søknaden lenger enn den vanlige "
                "perioden.",
                "Det vanskeligste for oss var e-post; nå har vi en automatisk oppryddingsregel "
                "for rekrutteringspostkassen.",
                "Begynn med en enkel oversikt over hvor HR-data ligger – man kan ikke slette det "
                "man ikke finner.",
                "Advokatene våre rådet oss til å svare på innsynsbegjæringer med et strukturert "
                "uttrekk i stedet for å videresende gammel e-post.",
            ],
            "nl": [
                "We vragen kandidaten om toestemming als we hun sollicitatie langer willen "
                "bewaren dan de standaardtermijn.",
                "Het lastigste voor ons was de mail; we hebben nu een automatische opschoonregel "
                "voor de recruitmentmailbox.",
                "Begin met een eenvoudig overzicht van waar HR-gegevens staan – je kunt niet "
                "verwijderen wat je niet kunt vinden.",
                "Onze juristen adviseerden ons inzageverzoeken te beantwoorden met een "
                "gestructureerd overzicht in plaats van oude mails door te sturen.",
            ],
        },
    },
    "onboarding": {
        "tags": ["onboarding", "employee experience"],
        "titles": {
            "en": [
                "What does a great first week look like?",
                "Preboarding: how much do you send before day one?",
                "Onboarding remote hires – tips wanted",
            ],
            "sv": [
                "Hur ser en riktigt bra första vecka ut?",
                "Preboarding – hur mycket skickar ni innan första dagen?",
                "Introduktion av nyanställda som jobbar på distans",
            ],
            "da": [
                "Hvordan ser en rigtig god første uge ud?",
                "Preboarding – hvor meget sender I før første arbejdsdag?",
                "Onboarding af nyansatte, der arbejder hjemmefra",
            ],
            "nb": [
                "Hvordan ser en virkelig god første uke ut?",
                "Preboarding – hvor mye sender dere før første arbeidsdag?",
                "Onboarding av nyansatte som jobber hjemmefra",
            ],
            "nl": [
                "Hoe ziet een echt goede eerste week eruit?",
                "Preboarding: hoeveel sturen jullie vóór de eerste werkdag?",
                "Onboarding van nieuwe collega's die op afstand werken",
            ],
        },
        "openers": {
            "en": [
                "Too many of our new hires leave within the first year, and exit interviews point "
                "to a rocky start.",
                "We are redesigning onboarding together with a group of managers and recent hires.",
                "I would like to know what others send to new employees between signing the "
                "contract and the first day.",
                "Laptop, access cards and accounts are still not ready on day one for about a "
                "third of our new starters.",
            ],
            "sv": [
                "För många nyanställda slutar inom det första året, och avgångssamtalen pekar på "
                "en skakig start.",
                "Vi gör om introduktionen tillsammans med en grupp chefer och nyligen anställda.",
                "Jag vill gärna veta vad andra skickar till nyanställda mellan avtalet och första "
                "arbetsdagen.",
                "Dator, passerkort och konton är fortfarande inte klara första dagen för ungefär "
                "en tredjedel av våra nyanställda.",
            ],
            "da": [
                "For mange nyansatte stopper inden for det første år, og exitsamtalerne peger på "
                "en ujævn start.",
                "Vi laver onboardingforløbet om sammen med en gruppe ledere og nyligt ansatte.",
                "Jeg vil gerne vide, hvad andre sender til nye medarbejdere mellem "
                "kontraktunderskrivelsen og første arbejdsdag.",
                "Computer, adgangskort og brugerkonti er stadig ikke klar på første dag for "
                "omkring en tredjedel af vores nyansatte.",
            ],
            "nb": [
                "For mange nyansatte slutter i løpet av det første året, og sluttsamtalene peker "
                "på en ujevn start.",
                "Vi lager onboardingen på nytt sammen med en gruppe ledere og nylig ansatte.",
                "Jeg vil gjerne vite hva andre sender til nye "
                "medarbeidere mellom kontraktsignering "
                "og første arbeidsdag.",
                "PC, adgangskort og brukerkontoer er fortsatt ikke klare første dag for omtrent en "
                "tredjedel av de nyansatte.",
            ],
            "nl": [
                "Te veel nieuwe medewerkers vertrekken binnen het "
                "eerste jaar, en de exitgesprekken "
                "wijzen op een moeizame start.",
                "We ontwerpen de onboarding opnieuw, samen met een groep leidinggevenden en "
                "recent aangenomen collega's.",
                "Ik ben benieuwd wat anderen naar nieuwe medewerkers sturen tussen het tekenen van "
                "het contract en de eerste werkdag.",
                "Laptop, toegangspas en accounts zijn bij ongeveer een derde van onze nieuwe "
                "collega's op dag één nog steeds niet klaar.",
            ],
        },
        "replies": {
            "en": [
                "Giving every new hire a buddy outside their own team made the biggest difference "
                "for us.",
                "We send a short welcome video from the team a week before the start, and people "
                "love it.",
                "Make IT part of the process owner group – onboarding is not only an HR project.",
                "We check in after 30, 60 and 90 days with three simple questions, and managers "
                "get the answers.",
            ],
            "sv": [
                "Att ge alla nyanställda en fadder utanför det egna teamet gjorde störst skillnad "
                "för oss.",
                "Vi skickar en kort välkomstvideo från teamet en vecka före start, och den "
                "uppskattas mycket.",
                "Se till att IT är med i ägandet av processen – introduktion är inte bara ett "
                "HR-projekt.",
                "Vi följer upp efter 30, 60 och 90 dagar med tre enkla frågor, och cheferna får "
                "svaren.",
            ],
            "da": [
                "At give alle nyansatte en buddy uden for deres eget team gjorde den største "
                "forskel for os.",
                "Vi sender en kort velkomstvideo fra teamet en uge før start, og den bliver "
                "rigtig godt modtaget.",
                "Gør IT til medejer af processen – onboarding er ikke kun et HR-projekt.",
                "Vi følger op efter 30, 60 og 90 dage med tre enkle spørgsmål, og lederne får "
                "svarene.",
            ],
            "nb": [
                "Å gi alle nyansatte en fadder utenfor sitt eget team gjorde størst forskjell for "
                "oss.",
                "Vi sender en kort velkomstvideo fra teamet en uke før oppstart, og den blir "
                "veldig godt mottatt.",
                "Gjør IT til medeier av prosessen – onboarding er ikke bare et HR-prosjekt.",
                "Vi følger opp etter 30, 60 og 90 dager med tre enkle spørsmål, og lederne får "
                "svarene.",
            ],
            "nl": [
                "Elke nieuwe collega een buddy geven buiten het eigen team maakte bij ons het "
                "grootste verschil.",
                "We sturen een week voor de start een korte welkomstvideo van het team, en die "
                "wordt erg gewaardeerd.",
                "Maak IT mede-eigenaar van het proces – onboarding is niet alleen een HR-project.",
                "We checken na 30, 60 en 90 dagen in met drie eenvoudige vragen, en de "
                "leidinggevende krijgt de antwoorden.",
            ],
        },
    },
    "collective_agreements": {
        "tags": ["collective agreements", "labour law"],
        "titles": {
            "en": [
                "Working with several collective agreements in one company",
                "Preparing for the next bargaining round",
                "Local negotiations: how do you prepare your managers?",
            ],
            "sv": [
                "Flera kollektivavtal i samma företag – hur hanterar ni det?",
                "Inför löneöversynen: hur förbereder ni cheferna?",
                "Lokala förhandlingar med facket – tips på upplägg",
            ],
            "da": [
                "Flere overenskomster i samme virksomhed – hvordan håndterer I det?",
                "Lokale lønforhandlinger: hvordan klæder I lederne på?",
                "Samarbejdet med tillidsrepræsentanterne efter en omstrukturering",
            ],
            "nb": [
                "Flere tariffavtaler i samme virksomhet – hvordan håndterer dere det?",
                "Lokale lønnsforhandlinger: hvordan forbereder dere lederne?",
                "Samarbeid med tillitsvalgte etter en omorganisering",
            ],
            "nl": [
                "Meerdere cao's binnen één organisatie – hoe gaan jullie daarmee om?",
                "Voorbereiden op de nieuwe cao-onderhandelingen",
                "Samenwerken met de ondernemingsraad bij een reorganisatie",
            ],
        },
        "openers": {
            "en": [
                "After an acquisition we now have three collective agreements in the same "
                "company, each with its own overtime rules.",
                "The annual pay review starts soon and I want our managers to feel better "
                "prepared than last year.",
                "How do you keep track of which employees fall under which agreement when people "
                "change roles?",
                "We are trying to build a better relationship with the union representatives "
                "before the next round of negotiations.",
            ],
            "sv": [
                "Efter ett förvärv har vi nu tre kollektivavtal i samma bolag, och alla har egna "
                "regler för övertid.",
                "Löneöversynen börjar snart och jag vill att cheferna ska känna sig bättre "
                "förberedda än förra året.",
                "Hur håller ni koll på vilket avtal varje medarbetare omfattas av när folk byter "
                "roll?",
                "Vi försöker bygga en bättre relation med de fackliga företrädarna inför nästa "
                "förhandlingsomgång.",
            ],
            "da": [
                "Efter et opkøb har vi nu tre overenskomster i samme virksomhed, og de har hver "
                "deres regler for overarbejde.",
                "De årlige lønforhandlinger starter snart, og jeg vil gerne have, at lederne føler "
                "sig bedre forberedt end sidste år.",
                "Hvordan holder I styr på, hvilken overenskomst hver medarbejder er omfattet af, "
                "når folk skifter rolle?",
                "Vi prøver at opbygge et bedre forhold til tillidsrepræsentanterne før næste "
                "forhandlingsrunde.",
            ],
            "nb": [
                "Etter et oppkjøp har vi nå tre tariffavtaler i samme selskap, og alle har egne "
                "regler for overtid.",
                "Det lokale lønnsoppgjøret starter snart, og jeg vil at lederne skal føle seg "
                "bedre forberedt enn i fjor.",
                "Hvordan holder dere oversikt over hvilken avtale hver ansatt er omfattet av når "
                "folk bytter rolle?",
                "Vi prøver å bygge et bedre forhold til de tillitsvalgte før neste "
                "forhandlingsrunde.",
            ],
            "nl": [
                "Na een overname hebben we nu drie cao's binnen hetzelfde bedrijf, elk met eigen "
                "regels voor overwerk.",
                "De jaarlijkse salarisronde begint binnenkort en ik wil dat onze leidinggevenden "
                "beter voorbereid zijn dan vorig jaar.",
                "Hoe houden jullie bij welke cao voor wie geldt als mensen van functie wisselen?",
                "We proberen een betere relatie op te bouwen met de vakbonden en de "
                "ondernemingsraad vóór de volgende onderhandelingsronde.",
            ],
        },
        "replies": {
            "en": [
                "We hold a short briefing for managers with real examples from last year, and it "
                "helps more than any slide deck.",
                "Store the agreement as a field on the employment record, not in a spreadsheet "
                "next to the payroll system.",
                "Meeting the union representatives regularly, not only when there is a conflict, "
                "has changed the tone completely.",
                "We publish a one-page summary of every agreement on the intranet so that "
                "managers stop guessing.",
            ],
            "sv": [
                "Vi håller en kort genomgång för cheferna med riktiga exempel från förra året, och "
                "den hjälper mer än något bildspel.",
                "Lägg avtalstillhörigheten som ett fält på anställningen, inte i ett kalkylark "
                "bredvid lönesystemet.",
                "Att träffa de fackliga företrädarna regelbundet, och inte bara när det är "
                "konflikt, har ändrat tonen helt.",
                "Vi publicerar en sammanfattning på en sida av varje avtal på intranätet så att "
                "cheferna slutar gissa.",
            ],
            "da": [
                "Vi holder en kort briefing for lederne med rigtige eksempler fra sidste år, og "
                "den hjælper mere end nogen præsentation.",
                "Gem overenskomsten som et felt på ansættelsen, ikke i et regneark ved siden af "
                "lønsystemet.",
                "At mødes med tillidsrepræsentanterne regelmæssigt, og ikke kun når der er "
                "konflikt, har ændret tonen fuldstændig.",
                "Vi lægger et resumé på én side af hver overenskomst på intranettet, så lederne "
                "holder op med at gætte.",
            ],
            "nb": [
                "Vi holder en kort gjennomgang for lederne med ekte eksempler fra i fjor, og den "
                "hjelper mer enn noen presentasjon.",
                "Lagre avtaletilhørigheten som et felt på arbeidsforholdet, ikke i et regneark ved "
                "siden av lønnssystemet.",
                "Å møte de tillitsvalgte jevnlig, og ikke bare når det er konflikt, har endret "
                "tonen fullstendig.",
                "Vi publiserer et sammendrag på én side av hver avtale på intranettet, slik at "
                "lederne slutter å gjette.",
            ],
            "nl": [
                "We houden een korte briefing voor leidinggevenden met echte voorbeelden van "
                "vorig jaar, en dat helpt meer dan welke presentatie ook.",
                "Leg de cao vast als veld bij het dienstverband, niet in een spreadsheet naast het "
                "salarispakket.",
                "Regelmatig overleg met de ondernemingsraad, en niet alleen als er een conflict "
                "is, heeft de toon helemaal veranderd.",
                "We zetten van elke cao een samenvatting van één pagina op intranet, zodat "
                "leidinggevenden niet meer hoeven te gokken.",
            ],
        },
    },
    "hr_systems": {
        "tags": ["hr systems", "payroll", "digital hr"],
        "titles": {
            "en": [
                "Switching payroll systems – how long did your parallel run take?",
                "Workday, SAP SuccessFactors or a Nordic suite?",
                "Lessons learned from an HR system tender",
            ],
            "sv": [
                "Byte av lönesystem – hur länge parallellkörde ni?",
                "Upphandling av nytt HR-system: vad vi lärde oss",
                "Integration mellan HR-system och lönesystem",
            ],
            "da": [
                "Skift af lønsystem – hvor længe kørte I parallelt?",
                "Udbud af nyt HR-system: hvad vi lærte",
                "Integration mellem HR-system og lønsystem",
            ],
            "nb": [
                "Bytte av lønnssystem – hvor lenge kjørte dere parallelt?",
                "Anskaffelse av nytt HR-system: hva vi lærte",
                "Integrasjon mellom HR-system og lønnssystem",
            ],
            "nl": [
                "Overstappen naar een ander salarispakket – hoe lang hebben jullie parallel "
                "gedraaid?",
                "Selectie van een nieuw HR-systeem: wat we geleerd hebben",
                "Koppeling tussen HR-systeem en salarisadministratie",
            ],
        },
        "openers": {
            "en": [
                "We have decided to replace our old payroll system and the go-live is planned for "
                "the first of January.",
                "Our HR data lives in four different systems, and every report means a day of "
                "copying and pasting.",
                "We are shortlisting vendors for a new HR system and I would like to hear honest "
                "experiences from users.",
                "The integration between our HR system and payroll breaks every time someone "
                "changes an organisation unit.",
            ],
            "sv": [
                "Vi har bestämt oss för att byta ut vårt gamla lönesystem, och driftstarten är "
                "planerad till den första januari.",
                "Våra HR-data finns i fyra olika system, och varje rapport innebär en dag av "
                "kopiera och klistra in.",
                "Vi håller på att välja leverantörer till ett nytt HR-system och vill gärna höra "
                "ärliga erfarenheter från användare.",
                "Integrationen mellan HR-systemet och lönesystemet går sönder varje gång någon "
                "ändrar en organisationsenhet.",
            ],
            "da": [
                "Vi har besluttet at udskifte vores gamle lønsystem, og idriftsættelsen er "
                "planlagt til den første januar.",
                "Vores HR-data ligger i fire forskellige systemer, og hver rapport betyder en dag "
                "med kopier og indsæt.",
                "Vi er ved at udvælge leverandører til et nyt HR-system og vil gerne høre ærlige "
                "erfaringer fra brugere.",
                "Integrationen mellem HR-systemet og lønsystemet går i stykker, hver gang nogen "
                "ændrer en organisationsenhed.",
            ],
            "nb": [
                "Vi har bestemt oss for å bytte ut det gamle lønnssystemet, og oppstarten er "
                "planlagt til første januar.",
                "HR-dataene våre ligger i fire forskjellige systemer, og hver rapport betyr en dag "
                "med klipp og lim.",
                "Vi er i gang med å velge leverandører til et nytt HR-system og vil gjerne høre "
                "ærlige erfaringer fra brukere.",
                "Integrasjonen mellom HR-systemet og lønnssystemet brekker hver gang noen endrer "
                "en organisasjonsenhet.",
            ],
            "nl": [
                "We hebben besloten ons oude salarispakket te vervangen, en de livegang staat "
                "gepland voor 1 januari.",
                "Onze HR-gegevens staan in vier verschillende systemen, en elk rapport kost een "
                "dag knippen en plakken.",
                "We maken een shortlist van leveranciers voor een nieuw HR-systeem en horen graag "
                "eerlijke ervaringen van gebruikers.",
                "De koppeling tussen ons HR-systeem en de salarisadministratie gaat mis zodra "
                "iemand een organisatie-eenheid aanpast.",
            ],
        },
        "replies": {
            "en": [
                "We ran two full parallel payrolls and found differences both times, so do not "
                "skip the second one.",
                "Clean your master data before the migration, not after – we learned that the "
                "hard way.",
                "Ask the vendor to show your own tricky cases in the demo, not their standard "
                "script.",
                "Plan for the people side too: the payroll team needs time to learn the new "
                "system while the old one is still running.",
            ],
            "sv": [
                "Vi körde två fulla parallella lönekörningar och hittade differenser båda "
                "gångerna, så hoppa inte över den andra.",
                "Tvätta grunddata före migreringen, inte efter – det lärde vi oss den hårda vägen.",
                "Be leverantören visa era egna kluriga fall i demon, inte sitt standardmanus.",
                "Planera även för människorna: lönegruppen behöver tid att lära sig det nya "
                "systemet medan det gamla fortfarande är i drift.",
            ],
            "da": [
                "Vi kørte to fulde parallelle lønkørsler og fandt forskelle begge gange, så spring "
                "ikke den anden over.",
                "Ryd op i stamdata før migreringen, ikke efter – det lærte vi på den hårde måde.",
                "Bed leverandøren vise jeres egne vanskelige eksempler i demoen, ikke deres "
                "standardmanuskript.",
                "Planlæg også for menneskerne: lønteamet skal have tid til at lære det nye system, "
                "mens det gamle stadig kører.",
            ],
            "nb": [
                "Vi kjørte to fulle parallelle lønnskjøringer og fant avvik begge gangene, så ikke "
                "hopp over den andre.",
                "Rydd i stamdataene før migreringen, ikke etter – det lærte vi på den harde måten.",
                "Be leverandøren om å vise deres egne vanskelige eksempler i demoen, ikke "
                "standardmanuset sitt.",
                "Planlegg for menneskene også: lønnsteamet trenger tid til å lære det nye systemet "
                "mens det gamle fortsatt er i drift.",
            ],
            "nl": [
                "We hebben twee volledige parallelle verloningen gedraaid en beide keren "
                "verschillen gevonden, dus sla de tweede niet over.",
                "Schoon je stamgegevens op vóór de migratie, niet erna – dat hebben we op de "
                "harde manier geleerd.",
                "Vraag de leverancier om jullie eigen lastige gevallen in de demo te laten zien, "
                "niet hun standaardscript.",
                "Plan ook de mensenkant: het payrollteam heeft tijd nodig om het nieuwe systeem te "
                "leren terwijl het oude nog draait.",
            ],
        },
    },
    "employer_branding": {
        "tags": ["employer branding", "recruitment"],
        "titles": {
            "en": [
                "Employer branding on a small budget",
                "Do you publish salary ranges in job ads?",
                "Candidate experience: how fast do you reply?",
            ],
            "sv": [
                "Employer branding med liten budget",
                "Skriver ni lönespann i platsannonserna?",
                "Kandidatupplevelsen – hur snabbt återkopplar ni?",
            ],
            "da": [
                "Employer branding på et lille budget",
                "Skriver I lønniveau i jobopslagene?",
                "Kandidatoplevelsen – hvor hurtigt giver I svar?",
            ],
            "nb": [
                "Employer branding med lite budsjett",
                "Oppgir dere lønnsspenn i stillingsannonsene?",
                "Kandidatopplevelsen – hvor raskt gir dere svar?",
            ],
            "nl": [
                "Employer branding met een klein budget",
                "Vermelden jullie een salarisindicatie in vacatures?",
                "Candidate experience: hoe snel reageren jullie?",
            ],
        },
        "openers": {
            "en": [
                "We are competing with much bigger employers for the same engineers and our job "
                "ads simply disappear.",
                "Our career page has not been updated in years, and candidates tell us they "
                "cannot picture what it is like to work here.",
                "I am considering publishing salary ranges in all our job ads and would like to "
                "hear how it went for others.",
                "Recruiting managers take weeks to give feedback, and we lose good candidates on "
                "the way.",
            ],
            "sv": [
                "Vi konkurrerar med mycket större arbetsgivare om samma ingenjörer, och våra "
                "annonser försvinner helt enkelt.",
                "Vår karriärsida har inte uppdaterats på flera år, och kandidater säger att de "
                "inte kan föreställa sig hur det är att jobba här.",
                "Jag funderar på att skriva lönespann i alla våra annonser och vill gärna höra hur "
                "det har gått för andra.",
                "Rekryterande chefer tar veckor på sig att återkoppla, och vi tappar bra "
                "kandidater på vägen.",
            ],
            "da": [
                "Vi konkurrerer med langt større arbejdsgivere om de samme ingeniører, og vores "
                "jobopslag drukner simpelthen.",
                "Vores karriereside er ikke blevet opdateret i årevis, og kandidaterne siger, at "
                "de ikke kan forestille sig, hvordan det er at arbejde her.",
                "Jeg overvejer at skrive lønniveau i alle vores jobopslag og vil gerne høre, "
                "hvordan det er gået for andre.",
                "De rekrutterende ledere er ugevis om at give feedback, og vi mister gode "
                "kandidater undervejs.",
            ],
            "nb": [
                "Vi konkurrerer med mye større arbeidsgivere om de samme ingeniørene, og annonsene "
                "våre drukner rett og slett.",
                "Karrieresiden vår har ikke vært oppdatert på flere år, og kandidatene sier at de "
                "ikke kan se for seg hvordan det er å jobbe her.",
                "Jeg vurderer å oppgi lønnsspenn i alle stillingsannonsene våre og vil gjerne høre "
                "hvordan det har gått for andre.",
                "Rekrutterende ledere bruker uker på å gi tilbakemelding, og vi mister gode "
                "kandidater underveis.",
            ],
            "nl": [
                "We concurreren met veel grotere werkgevers om dezelfde engineers, en onze "
                "vacatures vallen gewoon niet op.",
                "Onze werkenbij-site is in jaren niet bijgewerkt, en kandidaten zeggen dat ze zich "
                "niet kunnen voorstellen hoe het is om hier te werken.",
                "Ik overweeg om in al onze vacatures een salarisindicatie te vermelden en hoor "
                "graag hoe dat bij anderen is gegaan.",
                "Leidinggevenden doen er weken over om feedback te geven, en onderweg verliezen we "
                "goede kandidaten.",
            ],
        },
        "replies": {
            "en": [
                "Short videos filmed by employees on their phones did more for us than the agency "
                "campaign.",
                "Since we started publishing salary ranges we get fewer applications, but they "
                "are much better matched.",
                "We promise a reply within five working days and track it every week – managers "
                "hate being on the red list.",
                "Ask your newest employees why they said yes; their answers make the best job ad "
                "copy.",
            ],
            "sv": [
                "Korta filmer som medarbetarna spelat in med mobilen gjorde mer för oss än byråns "
                "kampanj.",
                "Sedan vi började skriva lönespann får vi färre ansökningar, men de matchar mycket "
                "bättre.",
                "Vi lovar svar inom fem arbetsdagar och följer upp det varje vecka – ingen chef "
                "vill hamna på den röda listan.",
                "Fråga era senast anställda varför de tackade ja; deras svar blir den bästa "
                "annonstexten.",
            ],
            "da": [
                "Korte videoer, som medarbejderne selv har optaget på telefonen, gjorde mere for "
                "os end bureauets kampagne.",
                "Siden vi begyndte at skrive lønniveau, får vi færre ansøgninger, men de matcher "
                "meget bedre.",
                "Vi lover svar inden for fem arbejdsdage og følger op hver uge – ingen leder vil "
                "stå på den røde liste.",
                "Spørg jeres nyeste medarbejdere, hvorfor de sagde ja; deres svar er den bedste "
                "tekst til et jobopslag.",
            ],
            "nb": [
                "Korte videoer som de ansatte har filmet med mobilen, gjorde mer for oss enn "
                "byråets kampanje.",
                "Etter at vi begynte å oppgi lønnsspenn, får vi færre søknader, men de treffer mye "
                "bedre.",
                "Vi lover svar innen fem arbeidsdager og følger det opp hver uke – ingen ledere "
                "vil havne på den røde listen.",
                "Spør de nyeste ansatte hvorfor de takket ja; svarene deres er den beste "
                "annonseteksten.",
            ],
            "nl": [
                "Korte video's die medewerkers zelf met hun telefoon hebben gemaakt, deden meer "
                "voor ons dan de campagne van het bureau.",
                "Sinds we een salarisindicatie vermelden, krijgen we minder sollicitaties, maar ze "
                "passen veel beter.",
                "We beloven binnen vijf werkdagen te reageren en volgen dat elke week – geen "
                "leidinggevende wil op de rode lijst staan.",
                "Vraag je nieuwste collega's waarom ze ja hebben gezegd; hun antwoorden zijn de "
                "beste vacaturetekst.",
            ],
        },
    },
    "pay_transparency": {
        "tags": ["pay transparency", "compensation & benefits"],
        "titles": {
            "en": [
                "EU pay transparency directive: where are you in your preparations?",
                "Job architecture before pay transparency – where do we start?",
                "Gender pay gap analysis: sharing our first results",
            ],
            "sv": [
                "Lönetransparensdirektivet – hur långt har ni kommit?",
                "Lönekartläggning och jämställda löner: erfarenheter?",
                "Arbetsvärdering inför lönetransparensen – var börjar man?",
            ],
            "da": [
                "Løngennemsigtighedsdirektivet – hvor langt er I?",
                "Jobarkitektur før løngennemsigtighed – hvor starter man?",
                "Ligeløn og lønstatistik: vores første resultater",
            ],
            "nb": [
                "Lønnsåpenhetsdirektivet – hvor langt har dere kommet?",
                "Likelønnskartlegging: hvordan gjør dere det i praksis?",
                "Stillingsstruktur før lønnsåpenhet – hvor begynner man?",
            ],
            "nl": [
                "Europese richtlijn loontransparantie: hoe ver zijn jullie?",
                "Functiehuis op orde vóór de loontransparantie – waar begin je?",
                "Loonkloof in kaart brengen: onze eerste resultaten",
            ],
        },
        "openers": {
            "en": [
                "The pay transparency directive has to be transposed by June 2026, and our "
                "leadership team is only now asking questions.",
                "We do not have a consistent job architecture, so comparing work of equal value "
                "feels almost impossible.",
                "I ran our first gender pay gap analysis last month and the results raised more "
                "questions than they answered.",
                "How are you preparing managers for employees who ask how their pay compares "
                "with colleagues?",
            ],
            "sv": [
                "Lönetransparensdirektivet ska vara genomfört senast i juni 2026, och ledningen "
                "har först nu börjat ställa frågor.",
                "Vi saknar en enhetlig arbetsvärdering, så att jämföra lika och likvärdigt arbete "
                "känns nästan omöjligt.",
                "Jag gjorde vår första analys av löneskillnader mellan kvinnor och män förra "
                "månaden, och resultatet väckte fler frågor än det besvarade.",
                "Hur förbereder ni cheferna på medarbetare som frågar hur deras lön står sig mot "
                "kollegornas?",
            ],
            "da": [
                "Løngennemsigtighedsdirektivet skal være gennemført senest i juni 2026, og "
                "ledelsen er først nu begyndt at stille spørgsmål.",
                "Vi har ikke en ensartet jobarkitektur, så det føles næsten umuligt at sammenligne "
                "arbejde af samme værdi.",
                "Jeg lavede vores første analyse af lønforskelle mellem kønnene i sidste måned, og "
                "resultatet rejste flere spørgsmål, end det besvarede.",
                "Hvordan forbereder I lederne på medarbejdere, der spørger, hvordan deres løn "
                "ligger i forhold til kollegernes?",
            ],
            "nb": [
                "EUs lønnsåpenhetsdirektiv skal gjennomføres innen juni 2026, og ledelsen har "
                "først nå begynt å stille spørsmål.",
                "Vi har ingen felles stillingsstruktur, så det føles nesten umulig å sammenligne "
                "arbeid av lik verdi.",
                "Jeg gjorde vår første analyse av lønnsforskjeller mellom kvinner og menn forrige "
                "måned, og resultatet reiste flere spørsmål enn det besvarte.",
                "Hvordan forbereder dere lederne på ansatte som spør hvordan lønnen deres står seg "
                "mot kollegenes?",
            ],
            "nl": [
                "De richtlijn loontransparantie moet uiterlijk in juni 2026 zijn omgezet, en ons "
                "managementteam begint nu pas vragen te stellen.",
                "We hebben geen consistent functiehuis, dus het vergelijken van werk van gelijke "
                "waarde voelt bijna onmogelijk.",
                "Vorige maand heb ik onze eerste analyse van de loonkloof tussen mannen en vrouwen "
                "gemaakt, en de uitkomst riep meer vragen op dan ze beantwoordde.",
                "Hoe bereiden jullie leidinggevenden voor op medewerkers die vragen hoe hun "
                "salaris zich verhoudt tot dat van collega's?",
            ],
        },
        "replies": {
            "en": [
                "We started with job families and levels before touching any numbers, and I would "
                "do it the same way again.",
                "Run the analysis with someone from finance; they spot data problems that HR "
                "easily misses.",
                "Our managers got a short script for pay conversations, which made them much more "
                "confident.",
                "Be ready to explain every gap – most of ours had reasons, but nobody had written "
                "them down.",
            ],
            "sv": [
                "Vi började med befattningsfamiljer och nivåer innan vi rörde några siffror, och "
                "jag skulle göra likadant igen.",
                "Gör analysen tillsammans med någon från ekonomi; de ser dataproblem som HR lätt "
                "missar.",
                "Våra chefer fick ett kort samtalsstöd för lönesamtal, och det gjorde dem mycket "
                "tryggare.",
                "Var beredd att förklara varje skillnad – de flesta av våra hade skäl, men ingen "
                "hade skrivit ner dem.",
            ],
            "da": [
                "Vi startede med jobfamilier og niveauer, før vi rørte ved tallene, og jeg ville "
                "gøre det på samme måde igen.",
                "Lav analysen sammen med en fra økonomi; de opdager dataproblemer, som HR let "
                "overser.",
                "Vores ledere fik en kort drejebog til lønsamtaler, og det gjorde dem meget mere "
                "trygge.",
                "Vær klar til at forklare hver forskel – de fleste af vores havde en grund, men "
                "ingen havde skrevet dem ned.",
            ],
            "nb": [
                "Vi begynte med stillingsfamilier og nivåer før vi rørte tallene, og jeg ville "
                "gjort det på samme måte igjen.",
                "Gjør analysen sammen med noen fra økonomi; de ser dataproblemer som HR lett "
                "overser.",
                "Lederne våre fikk en kort samtaleguide til lønnssamtaler, og det gjorde dem mye "
                "tryggere.",
                "Vær klar til å forklare hver forskjell – de fleste av våre hadde en grunn, men "
                "ingen hadde skrevet dem ned.",
            ],
            "nl": [
                "We zijn begonnen met functiefamilies en niveaus voordat we aan de cijfers kwamen, "
                "en dat zou ik zo weer doen.",
                "Doe de analyse samen met iemand van finance; die ziet dataproblemen die HR "
                "makkelijk mist.",
                "Onze leidinggevenden kregen een korte gesprekshandleiding voor salarisgesprekken, "
                "en dat gaf ze veel meer zelfvertrouwen.",
                "Zorg dat je elk verschil kunt uitleggen – voor de "
                "meeste hadden we een reden, maar "
                "niemand had die opgeschreven.",
            ],
        },
    },
    "leadership_change": {
        "tags": ["change management", "leadership"],
        "titles": {
            "en": [
                "Reorganisation fatigue – how do you keep people on board?",
                "Leadership programme for first-line managers: what works?",
                "Communicating a change nobody asked for",
            ],
            "sv": [
                "Förändringströtthet – hur behåller ni engagemanget?",
                "Ledarprogram för första linjens chefer – vad fungerar?",
                "Att kommunicera en förändring som ingen har bett om",
            ],
            "da": [
                "Forandringstræthed – hvordan holder I fast i medarbejderne?",
                "Lederudvikling for førstelinjeledere – hvad virker?",
                "At kommunikere en forandring, ingen har bedt om",
            ],
            "nb": [
                "Endringstretthet – hvordan holder dere på engasjementet?",
                "Lederutvikling for førstelinjeledere – hva fungerer?",
                "Å kommunisere en endring ingen har bedt om",
            ],
            "nl": [
                "Veranderingsmoeheid – hoe houden jullie mensen aangehaakt?",
                "Leiderschapsprogramma voor teamleiders: wat werkt?",
                "Een verandering communiceren waar niemand om gevraagd heeft",
            ],
        },
        "openers": {
            "en": [
                "We are on our third reorganisation in four years, and the latest engagement "
                "survey shows it.",
                "Most of our first-line managers were promoted because they were good "
                "specialists, not because they wanted to lead.",
                "Next month we announce that two sites will merge, and I want the managers to own "
                "the message.",
                "How do you measure whether a leadership programme actually changes behaviour?",
            ],
            "sv": [
                "Vi är inne på vår tredje omorganisation på fyra år, och det syns i den senaste "
                "medarbetarundersökningen.",
                "De flesta av våra första linjens chefer blev befordrade för att de var duktiga "
                "specialister, inte för att de ville leda.",
                "Nästa månad meddelar vi att två arbetsplatser ska slås ihop, och jag vill att "
                "cheferna ska äga budskapet.",
                "Hur mäter ni om ett ledarprogram faktiskt förändrar beteenden?",
            ],
            "da": [
                "Vi er i gang med vores tredje omstrukturering på fire år, og det kan ses i den "
                "seneste trivselsmåling.",
                "De fleste af vores førstelinjeledere blev forfremmet, fordi de var dygtige "
                "specialister, ikke fordi de ville være ledere.",
                "I næste måned melder vi ud, at to lokationer skal lægges sammen, og jeg vil gerne "
                "have, at lederne ejer budskabet.",
                "Hvordan måler I, om et lederudviklingsforløb faktisk ændrer adfærd?",
            ],
            "nb": [
                "Vi er inne i vår tredje omorganisering på fire år, og det synes i den siste "
                "medarbeiderundersøkelsen.",
                "De fleste av førstelinjelederne våre ble forfremmet fordi de var dyktige "
                "fagfolk, ikke fordi de ønsket å lede.",
                "Neste måned kunngjør vi at to avdelinger skal slås sammen, og jeg vil at lederne "
                "skal eie budskapet.",
                "Hvordan måler dere om et lederprogram faktisk endrer atferd?",
            ],
            "nl": [
                "We zitten in onze derde reorganisatie in vier jaar, en dat zie je terug in het "
                "laatste medewerkersonderzoek.",
                "De meeste van onze teamleiders zijn doorgegroeid omdat ze goede specialisten "
                "waren, niet omdat ze graag leiding wilden geven.",
                "Volgende maand maken we bekend dat twee vestigingen samengaan, en ik wil dat de "
                "leidinggevenden de boodschap zelf brengen.",
                "Hoe meten jullie of een leiderschapsprogramma echt gedrag verandert?",
            ],
        },
        "replies": {
            "en": [
                "Be honest about what you do not know yet; people forgive uncertainty much more "
                "easily than silence.",
                "We paired each new manager with an experienced peer for six months, and it "
                "worked better than classroom training.",
                "Give managers the message a day before everyone else, together with the "
                "questions they are likely to get.",
                "We follow up with short pulse surveys every quarter instead of waiting for the "
                "big annual survey.",
            ],
            "sv": [
                "Var ärlig med det ni ännu inte vet; folk förlåter osäkerhet mycket lättare än "
                "tystnad.",
                "Vi parade ihop varje ny chef med en erfaren kollega i sex månader, och det "
                "fungerade bättre än utbildning i klassrum.",
                "Ge cheferna budskapet en dag före alla andra, tillsammans med de frågor de "
                "troligen kommer att få.",
                "Vi följer upp med korta pulsmätningar varje kvartal i stället för att vänta på "
                "den stora årliga undersökningen.",
            ],
            "da": [
                "Vær ærlig om det, I endnu ikke ved; folk tilgiver usikkerhed meget lettere end "
                "tavshed.",
                "Vi satte hver ny leder sammen med en erfaren kollega i seks måneder, og det "
                "virkede bedre end undervisning i klasselokalet.",
                "Giv lederne budskabet dagen før alle andre, sammen med de spørgsmål, de "
                "sandsynligvis vil få.",
                "Vi følger op med korte pulsmålinger hvert kvartal i stedet for at vente på den "
                "store årlige måling.",
            ],
            "nb": [
                "Vær ærlig om det dere ennå ikke vet; folk tilgir usikkerhet mye lettere enn "
                "taushet.",
                "Vi satte hver ny leder sammen med en erfaren kollega i seks måneder, og det "
                "fungerte bedre enn klasseromsundervisning.",
                "Gi lederne budskapet dagen før alle andre, sammen "
                "med spørsmålene de sannsynligvis "
                "får.",
                "Vi følger opp med korte pulsmålinger hvert kvartal i stedet for å vente på den "
                "store årlige undersøkelsen.",
            ],
            "nl": [
                "Wees eerlijk over wat je nog niet weet; mensen vergeven onzekerheid veel "
                "makkelijker dan stilte.",
                "We hebben elke nieuwe leidinggevende zes maanden gekoppeld aan een ervaren "
                "collega, en dat werkte beter dan een klassikale training.",
                "Geef leidinggevenden de boodschap een dag eerder dan de rest, samen met de vragen "
                "die ze waarschijnlijk krijgen.",
                "We volgen het op met korte pulsmetingen per kwartaal in plaats van te wachten op "
                "het grote jaarlijkse onderzoek.",
            ],
        },
    },
    "diversity": {
        "tags": ["diversity & inclusion", "recruitment"],
        "titles": {
            "en": [
                "Anonymous recruitment – worth the effort?",
                "Inclusive job ads: words to avoid",
                "Employee resource groups in a mid-sized company",
            ],
            "sv": [
                "Anonymiserad rekrytering – värt besväret?",
                "Inkluderande annonser: ord att undvika",
                "Hur arbetar ni med mångfald i chefsrekryteringar?",
            ],
            "da": [
                "Anonym rekruttering – værd at gøre?",
                "Inkluderende jobopslag: ord, man bør undgå",
                "Hvordan arbejder I med mangfoldighed i lederrekrutteringer?",
            ],
            "nb": [
                "Anonym rekruttering – verdt innsatsen?",
                "Inkluderende stillingsannonser: ord man bør unngå",
                "Hvordan jobber dere med mangfold i lederrekrutteringer?",
            ],
            "nl": [
                "Anoniem solliciteren – is het de moeite waard?",
                "Inclusieve vacatureteksten: woorden om te vermijden",
                "Diversiteit bij het werven van leidinggevenden",
            ],
        },
        "openers": {
            "en": [
                "Our management team looks very much the same, and we want to change that "
                "without running a token campaign.",
                "We are thinking about removing names and photos from applications in the first "
                "screening round.",
                "I would like to hear from companies that have set up employee networks and what "
                "support they gave them.",
                "Our last job ads got almost only male applicants, and I suspect the wording is "
                "part of the problem.",
            ],
            "sv": [
                "Vår ledningsgrupp ser väldigt likadan ut, och vi vill ändra på det utan att göra "
                "en symbolisk kampanj.",
                "Vi funderar på att ta bort namn och foton från ansökningarna i den första "
                "urvalsomgången.",
                "Jag skulle gärna höra från företag som har startat medarbetarnätverk och vilket "
                "stöd de gav dem.",
                "Våra senaste annonser fick nästan bara manliga sökande, och jag misstänker att "
                "formuleringarna är en del av problemet.",
            ],
            "da": [
                "Vores ledergruppe ligner hinanden meget, og det vil vi gerne lave om på uden at "
                "lave en symbolsk kampagne.",
                "Vi overvejer at fjerne navne og billeder fra ansøgningerne i den første "
                "screeningsrunde.",
                "Jeg vil gerne høre fra virksomheder, der har oprettet medarbejdernetværk, og "
                "hvilken støtte de gav dem.",
                "Vores seneste jobopslag fik næsten kun mandlige ansøgere, og jeg har mistanke "
                "om, at formuleringerne er en del af problemet.",
            ],
            "nb": [
                "Ledergruppen vår er veldig ensartet, og det vil vi endre på uten å gjøre det til "
                "en symbolsk kampanje.",
                "Vi vurderer å fjerne navn og bilder fra søknadene i den første utvelgelsesrunden.",
                "Jeg vil gjerne høre fra virksomheter som har startet medarbeidernettverk, og "
                "hvilken støtte de ga dem.",
                "De siste stillingsannonsene våre fikk nesten bare mannlige søkere, og jeg "
                "mistenker at ordvalget er en del av problemet.",
            ],
            "nl": [
                "Ons managementteam is erg eenzijdig samengesteld, en dat willen we veranderen "
                "zonder er een symbolische campagne van te maken.",
                "We overwegen om namen en foto's uit de sollicitaties te halen in de eerste "
                "selectieronde.",
                "Ik hoor graag van organisaties die medewerkersnetwerken hebben opgezet en welke "
                "ondersteuning ze die hebben gegeven.",
                "Op onze laatste vacatures reageerden bijna alleen mannen, en ik vermoed dat de "
                "tekst een deel van het probleem is.",
            ],
        },
        "replies": {
            "en": [
                "Structured interviews with the same questions for everyone made a bigger "
                "difference for us than anonymous applications.",
                "Run your ads through a gender-decoder tool and ask a few colleagues from outside "
                "HR to read them.",
                "Our networks got a small budget and an executive sponsor, and that signalled "
                "that we were serious.",
                "Measure the whole funnel, not just hires – we lost most diverse candidates "
                "between interview and offer.",
            ],
            "sv": [
                "Strukturerade intervjuer med samma frågor till alla gjorde större skillnad för "
                "oss än anonyma ansökningar.",
                "Kör annonserna genom ett verktyg som hittar könskodade ord och be några kollegor "
                "utanför HR läsa dem.",
                "Våra nätverk fick en liten budget och en sponsor i ledningen, och det visade att "
                "vi menade allvar.",
                "Mät hela processen, inte bara anställningarna – vi tappade flest kandidater "
                "mellan intervju och erbjudande.",
            ],
            "da": [
                "Strukturerede interview med de samme spørgsmål til alle gjorde en større forskel "
                "for os end anonyme ansøgninger.",
                "Kør jobopslagene gennem et værktøj, der finder kønskodede ord, og bed et par "
                "kolleger uden for HR om at læse dem.",
                "Vores netværk fik et lille budget og en sponsor i direktionen, og det viste, at "
                "vi mente det alvorligt.",
                "Mål hele forløbet, ikke kun ansættelserne – vi mistede flest kandidater mellem "
                "interview og tilbud.",
            ],
            "nb": [
                "Strukturerte intervjuer med de samme spørsmålene til alle gjorde større forskjell "
                "for oss enn anonyme søknader.",
                "Kjør annonsene gjennom et verktøy som finner kjønnskodede ord, og be noen "
                "kolleger utenfor HR om å lese dem.",
                "Nettverkene våre fikk et lite budsjett og en sponsor i ledelsen, og det viste at "
                "vi mente alvor.",
                "Mål hele prosessen, ikke bare ansettelsene – vi mistet flest kandidater mellom "
                "intervju og tilbud.",
            ],
            "nl": [
                "Gestructureerde interviews met dezelfde vragen voor iedereen maakten bij ons meer "
                "verschil dan anoniem solliciteren.",
                "Haal je vacatures door een tool die gendergekleurde woorden vindt, en laat ze "
                "lezen door een paar collega's buiten HR.",
                "Onze netwerken kregen een klein budget en een sponsor in de directie, en daarmee "
                "lieten we zien dat het ons menens was.",
                "Meet het hele proces, niet alleen de aannames – wij verloren de meeste kandidaten "
                "tussen gesprek en aanbod.",
            ],
        },
    },
    "wellbeing": {
        "tags": ["wellbeing", "sustainable employability", "work environment"],
        "titles": {
            "en": [
                "Sustainable employability for older employees",
                "Stress prevention: what actually helps?",
                "Wellbeing budgets – do employees use them?",
            ],
            "sv": [
                "Friskvårdsbidraget – hur många använder det hos er?",
                "Organisatorisk och social arbetsmiljö: hur kommer ni igång?",
                "Hållbart arbetsliv för äldre medarbetare",
            ],
            "da": [
                "Forebyggelse af stress – hvad hjælper egentlig?",
                "Seniorordninger og fastholdelse af ældre medarbejdere",
                "Det psykiske arbejdsmiljø: hvordan kommer I i gang?",
            ],
            "nb": [
                "Forebygging av stress – hva hjelper egentlig?",
                "Seniorpolitikk og å beholde eldre arbeidstakere",
                "Det psykososiale arbeidsmiljøet: hvordan kommer dere i gang?",
            ],
            "nl": [
                "Duurzame inzetbaarheid voor oudere medewerkers",
                "Stresspreventie: wat helpt echt?",
                "Vitaliteitsbudget – wordt het gebruikt?",
            ],
        },
        "openers": {
            "en": [
                "Almost a third of our workforce is over 55, and we need a plan that goes beyond "
                "an extra day off.",
                "Stress-related sick leave keeps rising in our customer service teams despite "
                "several initiatives.",
                "We introduced a wellbeing budget last year, but only a small group of employees "
                "actually use it.",
                "I am looking for practical examples of how managers can talk about workload "
                "without it becoming a complaint session.",
            ],
            "sv": [
                "Nästan en tredjedel av våra medarbetare är över 55, och vi behöver en plan som "
                "går längre än en extra ledig dag.",
                "Den stressrelaterade sjukfrånvaron fortsätter att öka i kundtjänst trots flera "
                "insatser.",
                "Vi höjde friskvårdsbidraget förra året, men det är bara en liten grupp som "
                "faktiskt använder det.",
                "Jag letar efter praktiska exempel på hur chefer kan prata om arbetsbelastning "
                "utan att det blir ett klagomöte.",
            ],
            "da": [
                "Næsten en tredjedel af vores medarbejdere er over 55, og vi har brug for en plan, "
                "der rækker længere end en seniordag.",
                "Det stressrelaterede sygefravær bliver ved med at stige i vores kundeservice "
                "trods flere indsatser.",
                "Vi indførte et sundhedsbudget sidste år, men det er kun en lille gruppe, der "
                "faktisk bruger det.",
                "Jeg leder efter praktiske eksempler på, hvordan ledere kan tale om arbejdsmængde, "
                "uden at det bliver et klagemøde.",
            ],
            "nb": [
                "Nesten en tredjedel av de ansatte er over 55, og vi trenger en plan som går "
                "lenger enn en ekstra seniorfridag.",
                "Det stressrelaterte sykefraværet fortsetter å øke i kundeservice til tross for "
                "flere tiltak.",
                "Vi innførte et helsebudsjett i fjor, men det er bare en liten gruppe som faktisk "
                "bruker det.",
                "Jeg ser etter praktiske eksempler på hvordan ledere kan snakke om arbeidsmengde "
                "uten at det blir et klagemøte.",
            ],
            "nl": [
                "Bijna een derde van onze medewerkers is ouder dan 55, en we hebben een plan "
                "nodig dat verder gaat dan een extra vrije dag.",
                "Het stressgerelateerde verzuim in onze klantenservice blijft stijgen, ondanks "
                "verschillende initiatieven.",
                "We hebben vorig jaar een vitaliteitsbudget ingevoerd, maar maar een kleine groep "
                "medewerkers gebruikt het echt.",
                "Ik zoek praktische voorbeelden van hoe leidinggevenden over werkdruk kunnen "
                "praten zonder dat het een klaagsessie wordt.",
            ],
        },
        "replies": {
            "en": [
                "We made career conversations for over-55s about what people want to keep doing, "
                "not about retirement dates.",
                "Workload is an organisational question first; individual stress courses helped "
                "far less than fixing staffing levels.",
                "Usage went up once we let people spend the budget on things like bikes and "
                "courses, not only gym cards.",
                "A simple traffic-light check-in at team meetings gives managers an early signal "
                "without a formal process.",
            ],
            "sv": [
                "Vi gjorde karriärsamtalen för medarbetare över 55 till ett samtal om vad de vill "
                "fortsätta göra, inte om pensionsdatum.",
                "Arbetsbelastning är i första hand en organisatorisk fråga; stresskurser för "
                "individen hjälpte mycket mindre än att se över bemanningen.",
                "Användningen ökade när vi lät folk lägga bidraget på fler aktiviteter och inte "
                "bara gymkort.",
                "En enkel trafikljuscheck på teammötena ger chefen en tidig signal utan en formell "
                "process.",
            ],
            "da": [
                "Vi gjorde seniorsamtalerne til en samtale om, hvad folk gerne vil blive ved med "
                "at lave, ikke om pensionsdatoer.",
                "Arbejdsmængde er først og fremmest et organisatorisk spørgsmål; individuelle "
                "stresskurser hjalp langt mindre end at se på bemandingen.",
                "Brugen steg, da vi lod folk bruge budgettet på flere ting, ikke kun fitnesskort.",
                "Et enkelt trafiklys-tjek på teammøderne giver lederen et tidligt signal uden en "
                "formel proces.",
            ],
            "nb": [
                "Vi gjorde seniorsamtalene til en samtale om hva folk vil fortsette med, ikke om "
                "pensjonsdato.",
                "Arbeidsmengde er først og fremst et organisatorisk spørsmål; stresskurs for den "
                "enkelte hjalp langt mindre enn å se på bemanningen.",
                "Bruken økte da vi lot folk bruke budsjettet på flere ting, ikke bare "
                "treningskort.",
                "En enkel trafikklyssjekk på teammøtene gir lederen et tidlig signal uten en "
                "formell prosess.",
            ],
            "nl": [
                "We hebben de loopbaangesprekken met 55-plussers gemaakt tot een gesprek over wat "
                "mensen willen blijven doen, niet over hun pensioendatum.",
                "Werkdruk is eerst een organisatievraagstuk; individuele stresstrainingen hielpen "
                "veel minder dan de bezetting op orde brengen.",
                "Het gebruik steeg toen we mensen het budget ook aan een fiets of een cursus "
                "lieten besteden, en niet alleen aan de sportschool.",
                "Een simpele stoplichtcheck in het teamoverleg geeft de leidinggevende een vroeg "
                "signaal zonder formeel proces.",
            ],
        },
    },
    "hybrid_work": {
        "tags": ["hybrid work", "working time"],
        "titles": {
            "en": [
                "Hybrid work policy: how many office days do you require?",
                "Working from another country – do you allow it?",
                "Tracking working hours for remote staff",
            ],
            "sv": [
                "Policy för hybridarbete – hur många kontorsdagar kräver ni?",
                "Jobba från ett annat land – tillåter ni det?",
                "Arbetstidsregistrering när folk jobbar hemifrån",
            ],
            "da": [
                "Politik for hybridarbejde – hvor mange kontordage kræver I?",
                "Arbejde fra et andet land – tillader I det?",
                "Registrering af arbejdstid for hjemmearbejdende",
            ],
            "nb": [
                "Retningslinjer for hybridarbeid – hvor mange kontordager krever dere?",
                "Jobbe fra et annet land – tillater dere det?",
                "Registrering av arbeidstid for dem som jobber hjemmefra",
            ],
            "nl": [
                "Hybride werkbeleid: hoeveel kantoordagen vragen jullie?",
                "Werken vanuit het buitenland – staan jullie dat toe?",
                "Werktijdregistratie bij thuiswerken",
            ],
        },
        "openers": {
            "en": [
                "Our management team wants everyone back in the office three days a week, and the "
                "reactions have been strong.",
                "More and more employees ask to work a few weeks a year from their summer house "
                "abroad.",
                "We need to register working hours properly, but nobody wants a system that feels "
                "like surveillance.",
                "How do you handle teams where half the people are in the office and half are at "
                "home?",
            ],
            "sv": [
                "Vår ledning vill att alla ska vara på kontoret tre dagar i veckan, och "
                "reaktionerna har varit starka.",
                "Allt fler medarbetare vill jobba några veckor om året från sommarhuset utomlands.",
                "Vi behöver registrera arbetstiden ordentligt, men ingen vill ha ett system som "
                "känns som övervakning.",
                "Hur hanterar ni team där hälften sitter på kontoret och hälften hemma?",
            ],
            "da": [
                "Vores ledelse vil have alle tilbage på kontoret tre dage om ugen, og reaktionerne "
                "har været stærke.",
                "Flere og flere medarbejdere spørger, om de kan arbejde nogle uger om året fra "
                "sommerhuset i udlandet.",
                "Vi skal registrere arbejdstiden ordentligt, men ingen vil have et system, der "
                "føles som overvågning.",
                "Hvordan håndterer I teams, hvor halvdelen sidder på kontoret og halvdelen "
                "derhjemme?",
            ],
            "nb": [
                "Ledelsen vår vil ha alle tilbake på kontoret tre dager i uken, og reaksjonene har "
                "vært sterke.",
                "Stadig flere ansatte spør om de kan jobbe noen uker i året fra feriehuset i "
                "utlandet.",
                "Vi må registrere arbeidstiden ordentlig, men ingen vil ha et system som føles som "
                "overvåking.",
                "Hvordan håndterer dere team der halvparten sitter på kontoret og halvparten "
                "hjemme?",
            ],
            "nl": [
                "Onze directie wil iedereen drie dagen per week terug op kantoor, en de reacties "
                "zijn fel.",
                "Steeds meer medewerkers vragen of ze een paar weken per jaar vanuit hun "
                "vakantiehuis in het buitenland mogen werken.",
                "We moeten de werktijd goed registreren, maar niemand wil een systeem dat als "
                "controle voelt.",
                "Hoe gaan jullie om met teams waarvan de helft op kantoor zit en de helft thuis?",
            ],
        },
        "replies": {
            "en": [
                "We agreed team by team on anchor days instead of one rule for the whole company, "
                "and it has held up well.",
                "Working abroad affects tax and social security, so we allow it only up to a set "
                "number of days and with approval.",
                "We kept the time registration as simple as possible and explained why the law "
                "requires it.",
                "The rule that helped most: if one person joins online, everyone joins from their "
                "own laptop.",
            ],
            "sv": [
                "Vi kom överens om fasta kontorsdagar team för team i stället för en regel för "
                "hela företaget, och det har hållit bra.",
                "Arbete utomlands påverkar skatt och socialförsäkring, så vi tillåter det bara ett "
                "visst antal dagar och efter godkännande.",
                "Vi gjorde tidsregistreringen så enkel som möjligt och förklarade varför lagen "
                "kräver den.",
                "Regeln som hjälpte mest: om en person är med digitalt är alla med från sin egen "
                "dator.",
            ],
            "da": [
                "Vi aftalte faste kontordage team for team i stedet for én regel for hele "
                "virksomheden, og det har holdt godt.",
                "Arbejde i udlandet påvirker skat og social sikring, så vi tillader det kun et "
                "bestemt antal dage og efter godkendelse.",
                "Vi gjorde tidsregistreringen så enkel som muligt og forklarede, hvorfor loven "
                "kræver den.",
                "Den regel, der hjalp mest: hvis én deltager online, deltager alle fra deres egen "
                "computer.",
            ],
            "nb": [
                "Vi ble enige om faste kontordager team for team i stedet for én regel for hele "
                "selskapet, og det har fungert godt.",
                "Arbeid i utlandet påvirker skatt og trygd, så vi "
                "tillater det bare et visst antall "
                "dager og etter godkjenning.",
                "Vi gjorde tidsregistreringen så enkel som mulig og forklarte hvorfor loven krever "
                "den.",
                "Regelen som hjalp mest: hvis én deltar digitalt, deltar alle fra sin egen PC.",
            ],
            "nl": [
                "We hebben per team vaste kantoordagen afgesproken in plaats van één regel voor "
                "het hele bedrijf, en dat werkt goed.",
                "Werken in het buitenland heeft gevolgen voor belasting en sociale zekerheid, dus "
                "we staan het alleen toe voor een beperkt aantal dagen en na goedkeuring.",
                "We hebben de tijdregistratie zo eenvoudig mogelijk gehouden en uitgelegd waarom "
                "de wet het vereist.",
                "De regel die het meest hielp: als één persoon online meedoet, doet iedereen mee "
                "vanaf de eigen laptop.",
            ],
        },
    },
    "ai_hr": {
        "tags": ["people analytics", "ai", "digital hr"],
        "titles": {
            "en": [
                "AI in recruitment: where do you draw the line?",
                "People analytics with a small team",
                "Using chatbots for employee HR questions",
            ],
            "sv": [
                "AI i rekrytering – var drar ni gränsen?",
                "HR-analys med ett litet team",
                "Chattbot för medarbetarnas HR-frågor – erfarenheter?",
            ],
            "da": [
                "AI i rekruttering – hvor trækker I grænsen?",
                "People analytics med et lille team",
                "Chatbot til medarbejdernes HR-spørgsmål – erfaringer?",
            ],
            "nb": [
                "KI i rekruttering – hvor går grensen for dere?",
                "HR-analyse med et lite team",
                "Chatbot for de ansattes HR-spørsmål – erfaringer?",
            ],
            "nl": [
                "AI bij werving en selectie: waar trekken jullie de grens?",
                "People analytics met een klein team",
                "Een chatbot voor HR-vragen van medewerkers – ervaringen?",
            ],
        },
        "openers": {
            "en": [
                "Our recruitment system now offers AI screening of CVs, and I am not comfortable "
                "switching it on without clear rules.",
                "We have plenty of HR data but only one analyst, so I need to choose the questions "
                "that matter most.",
                "About half of the questions our HR service desk receives are about holiday, "
                "payslips and sick leave.",
                "How do you involve the works council or union when you introduce new digital "
                "tools in HR?",
            ],
            "sv": [
                "Vårt rekryteringssystem erbjuder nu AI-sortering av cv:n, och jag vill inte slå "
                "på det utan tydliga regler.",
                "Vi har massor av HR-data men bara en analytiker, så jag måste välja de frågor som "
                "betyder mest.",
                "Ungefär hälften av frågorna till vår HR-support handlar om semester, "
                "lönespecifikationer och sjukfrånvaro.",
                "Hur involverar ni facket när ni inför nya digitala verktyg inom HR?",
            ],
            "da": [
                "Vores rekrutteringssystem tilbyder nu AI-screening af cv'er, og jeg vil ikke slå "
                "det til uden klare regler.",
                "Vi har masser af HR-data, men kun én analytiker, så jeg skal vælge de spørgsmål, "
                "der betyder mest.",
                "Omkring halvdelen af spørgsmålene til vores HR-service handler om ferie, "
                "lønsedler og sygefravær.",
                "Hvordan inddrager I samarbejdsudvalget, når I indfører nye digitale værktøjer i "
                "HR?",
            ],
            "nb": [
                "Rekrutteringssystemet vårt tilbyr nå KI-sortering av CV-er, og jeg vil ikke slå "
                "det på uten tydelige regler.",
                "Vi har masse HR-data, men bare én analytiker, så jeg må velge de spørsmålene som "
                "betyr mest.",
                "Omtrent halvparten av spørsmålene til HR-servicen vår handler om ferie, "
                "lønnsslipper og sykefravær.",
                "Hvordan involverer dere de tillitsvalgte når dere innfører nye digitale verktøy i "
                "HR?",
            ],
            "nl": [
                "Ons recruitmentsysteem biedt nu AI-screening van cv's aan, en ik wil dat niet "
                "aanzetten zonder duidelijke regels.",
                "We hebben heel veel HR-data maar maar één analist, dus ik moet kiezen welke "
                "vragen het belangrijkst zijn.",
                "Ongeveer de helft van de vragen aan onze HR-servicedesk gaat over verlof, "
                "loonstroken en verzuim.",
                "Hoe betrekken jullie de ondernemingsraad bij de invoering van nieuwe digitale "
                "tools in HR?",
            ],
        },
        "replies": {
            "en": [
                "We use AI to summarise applications, but a person always makes the decision and "
                "candidates are told so.",
                "Start with turnover: it is the question leaders care about and the data is "
                "usually good enough.",
                "Our chatbot answers the simple questions and hands over to a person as soon as "
                "it gets personal.",
                "Check what the EU AI Act says about recruitment tools before you sign anything "
                "with a vendor.",
            ],
            "sv": [
                "Vi använder AI för att sammanfatta ansökningar, men en människa fattar alltid "
                "beslutet och det får kandidaterna veta.",
                "Börja med personalomsättningen: det är den fråga ledningen bryr sig om, och "
                "datan är oftast tillräckligt bra.",
                "Vår chattbot svarar på de enkla frågorna och lämnar över till en människa så fort "
                "det blir personligt.",
                "Kolla vad EU:s AI-förordning säger om rekryteringsverktyg innan ni skriver på "
                "något med en leverantör.",
            ],
            "da": [
                "Vi bruger AI til at opsummere ansøgninger, men det er altid et menneske, der "
                "træffer beslutningen, og det får kandidaterne at vide.",
                "Start med personaleomsætningen: det er det spørgsmål, ledelsen går op i, og data "
                "er som regel gode nok.",
                "Vores chatbot svarer på de enkle spørgsmål og giver videre til et menneske, så "
                "snart det bliver personligt.",
                "Tjek, hvad EU's AI-forordning siger om rekrutteringsværktøjer, før I skriver "
                "under med en leverandør.",
            ],
            "nb": [
                "Vi bruker KI til å oppsummere søknader, men det er alltid et menneske som tar "
                "beslutningen, og det får kandidatene vite.",
                "Begynn med turnover: det er spørsmålet ledelsen bryr seg om, og dataene er som "
                "regel gode nok.",
                "Chatboten vår svarer på de enkle spørsmålene og sender videre til et menneske så "
                "snart det blir personlig.",
                "Sjekk hva EUs KI-forordning sier om rekrutteringsverktøy før dere signerer noe "
                "med en leverandør.",
            ],
            "nl": [
                "We gebruiken AI om sollicitaties samen te vatten, maar een mens neemt altijd het "
                "besluit, en dat vertellen we kandidaten ook.",
                "Begin met verloop: dat is de vraag waar de directie om geeft, en de data is "
                "meestal goed genoeg.",
                "Onze chatbot beantwoordt de eenvoudige vragen en geeft het door aan een mens "
                "zodra het persoonlijk wordt.",
                "Kijk wat de Europese AI-verordening zegt over recruitmenttools voordat je iets "
                "tekent met een leverancier.",
            ],
        },
    },
    "learning": {
        "tags": ["learning & development", "hrd"],
        "titles": {
            "en": [
                "Learning budgets per employee – how much and who decides?",
                "Making e-learning something people actually finish",
                "Mentoring programmes across countries",
            ],
            "sv": [
                "Kompetensutveckling – hur stor budget per medarbetare?",
                "E-learning som folk faktiskt slutför",
                "Mentorprogram över landsgränserna",
            ],
            "da": [
                "Kompetenceudvikling – hvor stort budget pr. medarbejder?",
                "E-læring, som folk faktisk gennemfører",
                "Mentorordninger på tværs af landegrænser",
            ],
            "nb": [
                "Kompetanseutvikling – hvor stort budsjett per ansatt?",
                "E-læring som folk faktisk fullfører",
                "Mentorprogram på tvers av landegrensene",
            ],
            "nl": [
                "Opleidingsbudget per medewerker – hoeveel en wie beslist?",
                "E-learning die mensen echt afronden",
                "Mentorprogramma's over landsgrenzen heen",
            ],
        },
        "openers": {
            "en": [
                "We give every employee a personal learning budget, but half of it is never used.",
                "Our compliance e-learning has completion rates below fifty percent, and "
                "reminders no longer help.",
                "I want to start a mentoring programme that connects colleagues in our Nordic and "
                "Dutch offices.",
                "How do you decide which skills to invest in when the business changes direction "
                "every year?",
            ],
            "sv": [
                "Alla medarbetare har en egen budget för kompetensutveckling, men hälften av den "
                "används aldrig.",
                "Vår obligatoriska e-learning har under femtio procents genomförande, och "
                "påminnelser hjälper inte längre.",
                "Jag vill starta ett mentorprogram som kopplar ihop kollegor på våra nordiska och "
                "nederländska kontor.",
                "Hur väljer ni vilka kompetenser ni ska satsa på när verksamheten byter riktning "
                "varje år?",
            ],
            "da": [
                "Alle medarbejdere har et personligt budget til kompetenceudvikling, men halvdelen "
                "bliver aldrig brugt.",
                "Vores obligatoriske e-læring har en gennemførelse under halvtreds procent, og "
                "påmindelser hjælper ikke længere.",
                "Jeg vil gerne starte en mentorordning, der "
                "forbinder kolleger på vores nordiske og "
                "hollandske kontorer.",
                "Hvordan vælger I, hvilke kompetencer I skal satse på, når forretningen skifter "
                "retning hvert år?",
            ],
            "nb": [
                "Alle ansatte har et eget budsjett for kompetanseutvikling, men halvparten blir "
                "aldri brukt.",
                "Den obligatoriske e-læringen vår har under femti prosent gjennomføring, og "
                "påminnelser hjelper ikke lenger.",
                "Jeg vil starte et mentorprogram som kobler sammen kolleger på de nordiske og "
                "nederlandske kontorene våre.",
                "Hvordan velger dere hvilke kompetanser dere skal satse på når virksomheten endrer "
                "retning hvert år?",
            ],
            "nl": [
                "Iedere medewerker heeft een persoonlijk opleidingsbudget, maar de helft wordt "
                "nooit gebruikt.",
                "Onze verplichte e-learning wordt door minder dan de helft afgerond, en "
                "herinneringen helpen niet meer.",
                "Ik wil een mentorprogramma starten dat collega's op onze Scandinavische en "
                "Nederlandse kantoren met elkaar verbindt.",
                "Hoe bepalen jullie in welke vaardigheden je investeert als de organisatie elk "
                "jaar van koers verandert?",
            ],
        },
        "replies": {
            "en": [
                "Budgets get used when managers talk about development in every one-to-one, not "
                "only once a year.",
                "Short modules of ten minutes, available on the phone, doubled our completion "
                "rate.",
                "Match mentors and mentees on what they want to learn, not on seniority, and let "
                "them meet a few times before committing.",
                "We let each team name one skill they need in a year, and build the plan from "
                "there.",
            ],
            "sv": [
                "Budgeten används när cheferna pratar om utveckling i varje avstämning, inte bara "
                "en gång om året.",
                "Korta moduler på tio minuter som går att göra i mobilen fördubblade genomförandet "
                "hos oss.",
                "Matcha mentorer och adepter utifrån vad de vill lära sig, inte efter senioritet, "
                "och låt dem träffas några gånger innan de bestämmer sig.",
                "Vi låter varje team peka ut en kompetens de behöver om ett år och bygger planen "
                "utifrån det.",
            ],
            "da": [
                "Budgettet bliver brugt, når lederne taler om udvikling ved hver one-to-one og "
                "ikke kun én gang om året.",
                "Korte moduler på ti minutter, som kan tages på telefonen, fordoblede "
                "gennemførelsen hos os.",
                "Match mentorer og mentees efter, hvad de vil lære, ikke efter anciennitet, og lad "
                "dem mødes et par gange, før de forpligter sig.",
                "Vi lader hvert team pege på én kompetence, de får brug for om et år, og bygger "
                "planen derfra.",
            ],
            "nb": [
                "Budsjettet blir brukt når lederne snakker om utvikling i hver "
                "medarbeidersamtale, ikke bare én gang i året.",
                "Korte moduler på ti minutter som kan tas på mobilen, doblet gjennomføringen hos "
                "oss.",
                "Match mentorer og adepter etter hva de vil lære, ikke etter ansiennitet, og la "
                "dem møtes noen ganger før de bestemmer seg.",
                "Vi lar hvert team peke ut én kompetanse de trenger om et år, og bygger planen ut "
                "fra det.",
            ],
            "nl": [
                "Het budget wordt gebruikt als leidinggevenden in elk één-op-ééngesprek over "
                "ontwikkeling praten, niet alleen eens per jaar.",
                "Korte modules van tien minuten, die je op je telefoon kunt doen, hebben bij ons "
                "het afrondingspercentage verdubbeld.",
                "Koppel mentoren en mentees op wat ze willen leren, niet op senioriteit, en laat "
                "ze een paar keer afspreken voordat ze zich vastleggen.",
                "We laten elk team één vaardigheid noemen die ze over een jaar nodig hebben, en "
                "bouwen het plan van daaruit.",
            ],
        },
    },
}

# --- Pieces shared by all topics -----------------------------------------------------------------
GREETINGS = {
    "en": ["Hi all,", "Hello everyone!", "Hi everyone – a question for the group."],
    "sv": ["Hej alla!", "Hej på er!", "Hej allihop – en fråga till gruppen."],
    "da": ["Hej alle sammen!", "Hej alle!", "Hej allesammen – et spørgsmål til gruppen."],
    "nb": ["Hei alle sammen!", "Hei alle!", "Hei – et spørsmål til gruppen."],
    "nl": ["Hallo allemaal,", "Hoi allemaal!", "Hallo allemaal – een vraag aan de groep."],
}

CLOSERS = {
    "en": [
        "Thanks in advance for any tips!",
        "All experiences welcome – good and bad.",
        "Looking forward to your thoughts.",
    ],
    "sv": [
        "Tack på förhand för alla tips!",
        "Alla erfarenheter är välkomna – bra som dåliga.",
        "Ser fram emot era tankar.",
    ],
    "da": [
        "På forhånd tak for alle tips!",
        "Alle erfaringer er velkomne – gode som dårlige.",
        "Jeg glæder mig til at høre jeres tanker.",
    ],
    "nb": [
        "Takk på forhånd for alle tips!",
        "Alle erfaringer er velkomne – både gode og dårlige.",
        "Ser frem til å høre hva dere tenker.",
    ],
    "nl": [
        "Alvast bedankt voor jullie tips!",
        "Alle ervaringen zijn welkom – goede en slechte.",
        "Ik ben benieuwd naar jullie ideeën.",
    ],
}

# Sentences any reply can use, whatever the topic.
GENERIC_REPLIES = {
    "en": [
        "Thanks for starting this thread, it is very timely for us.",
        "We are in exactly the same situation, so I am following along.",
        "Great question – I would also like to hear how others have solved it.",
        "Happy to share our template; send me a message and I will email it to you.",
        "One thing I would add: write down the decision and the reasons, because the question "
        "will come back.",
        "It took us a year to get this right, so do not be too hard on yourselves.",
        "Has anyone discussed this at one of the HRnet breakfast meetings? It would make a good "
        "topic.",
        "Let us know what you decide – I think many of us would learn from it.",
        "We tried something similar last year and it worked better than expected.",
        "I agree with the previous replies, especially about involving managers early.",
    ],
    "sv": [
        "Tack för att du startade tråden, den kommer lägligt för oss.",
        "Vi är i exakt samma situation, så jag följer tråden.",
        "Bra fråga – jag vill också gärna höra hur andra har löst det.",
        "Jag delar gärna vår mall; skicka ett meddelande så mejlar jag den.",
        "En sak jag vill lägga till: skriv ner beslutet och skälen, för frågan kommer tillbaka.",
        "Det tog oss ett år att få till det här, så var inte för hårda mot er själva.",
        "Har någon tagit upp det här på ett frukostmöte i HRnet? Det vore ett bra ämne.",
        "Berätta gärna vad ni bestämmer er för – jag tror att många av oss kan lära oss av det.",
        "Vi testade något liknande förra året, och det fungerade bättre än väntat.",
        "Jag håller med tidigare svar, särskilt om att involvera cheferna tidigt.",
    ],
    "da": [
        "Tak, fordi du startede tråden, den kommer belejligt for os.",
        "Vi står i præcis samme situation, så jeg følger med.",
        "Godt spørgsmål – jeg vil også gerne høre, hvordan andre har løst det.",
        "Jeg deler gerne vores skabelon; send mig en besked, så mailer jeg den.",
        "Én ting vil jeg tilføje: skriv beslutningen og begrundelsen ned, for spørgsmålet kommer "
        "igen.",
        "Det tog os et år at få det på plads, så vær ikke for hårde ved jer selv.",
        "Har nogen taget det op på et af HRnets morgenmøder? Det ville være et godt emne.",
        "Fortæl gerne, hvad I ender med – jeg tror, mange af os kan lære af det.",
        "Vi prøvede noget lignende sidste år, og det virkede bedre end forventet.",
        "Jeg er enig i de tidligere svar, især om at inddrage lederne tidligt.",
    ],
    "nb": [
        "Takk for at du startet tråden, den kommer beleilig for oss.",
        "Vi er i nøyaktig samme situasjon, så jeg følger med.",
        "Godt spørsmål – jeg vil også gjerne høre hvordan andre har løst det.",
        "Jeg deler gjerne malen vår; send meg en melding, så sender jeg den på e-post.",
        "Én ting vil jeg legge til: skriv ned beslutningen og begrunnelsen, for spørsmålet kommer "
        "tilbake.",
        "Det tok oss et år å få dette på plass, så ikke vær for harde mot dere selv.",
        "Har noen tatt dette opp på et av HRnets frokostmøter? Det ville vært et godt tema.",
        "Fortell gjerne hva dere ender med – jeg tror mange av oss kan lære av det.",
        "Vi prøvde noe lignende i fjor, og det fungerte bedre enn forventet.",
        "Jeg er enig i de tidligere svarene, særlig om å involvere lederne tidlig.",
    ],
    "nl": [
        "Dank voor het starten van deze discussie, die komt voor ons precies op het goede moment.",
        "Wij zitten in precies dezelfde situatie, dus ik lees mee.",
        "Goede vraag – ik hoor ook graag hoe anderen het hebben opgelost.",
        "Ik deel graag ons sjabloon; stuur me een bericht, dan mail ik het je.",
        "Eén ding wil ik toevoegen: leg het besluit en de redenen vast, want de vraag komt terug.",
        "Het heeft ons een jaar gekost om dit goed te krijgen, dus wees niet te streng voor "
        "jezelf.",
        "Heeft iemand dit al eens besproken op een ontbijtsessie van HRnet? Het lijkt me een mooi "
        "onderwerp.",
        "Laat vooral weten wat jullie besluiten – ik denk dat velen van ons ervan kunnen leren.",
        "We hebben vorig jaar iets vergelijkbaars geprobeerd, en dat werkte beter dan verwacht.",
        "Ik sluit me aan bij de eerdere reacties, vooral wat betreft het vroeg betrekken van "
        "leidinggevenden.",
    ],
}

# A short Markdown list some posts include: an introduction and three or four points.
LIST_INTROS = {
    "en": ["What has worked for us so far:", "Our checklist in short:"],
    "sv": ["Det här har fungerat för oss hittills:", "Vår checklista i korthet:"],
    "da": ["Det her har virket for os indtil nu:", "Vores tjekliste i korte træk:"],
    "nb": ["Dette har fungert for oss så langt:", "Sjekklisten vår i korte trekk:"],
    "nl": ["Dit heeft voor ons tot nu toe gewerkt:", "Onze checklist in het kort:"],
}
LIST_ITEMS = {
    "en": [
        "involve managers and employee representatives early",
        "test with a small pilot group first",
        "write down decisions and the reasons behind them",
        "communicate more often than feels necessary",
        "agree on one owner and a clear deadline",
        "follow up after three months and adjust",
    ],
    "sv": [
        "involvera chefer och fackliga företrädare tidigt",
        "testa med en liten pilotgrupp först",
        "skriv ner beslut och skälen bakom dem",
        "kommunicera oftare än det känns nödvändigt",
        "kom överens om en ägare och en tydlig deadline",
        "följ upp efter tre månader och justera",
    ],
    "da": [
        "inddrag ledere og tillidsrepræsentanter tidligt",
        "test med en lille pilotgruppe først",
        "skriv beslutninger og begrundelser ned",
        "kommuniker oftere, end det føles nødvendigt",
        "aftal én ejer og en klar deadline",
        "følg op efter tre måneder og juster",
    ],
    "nb": [
        "involver ledere og tillitsvalgte tidlig",
        "test med en liten pilotgruppe først",
        "skriv ned beslutninger og begrunnelsen for dem",
        "kommuniser oftere enn det føles nødvendig",
        "bli enige om én eier og en tydelig frist",
        "følg opp etter tre måneder og juster",
    ],
    "nl": [
        "betrek leidinggevenden en de OR vroeg",
        "test eerst met een kleine pilotgroep",
        "leg besluiten en de redenen erachter vast",
        "communiceer vaker dan nodig lijkt",
        "spreek één eigenaar en een duidelijke deadline af",
        "evalueer na drie maanden en stel bij",
    ],
}

# Added to some titles so that a large forum does not repeat the same title over and over.
TITLE_SUFFIXES = {
    "en": [" – experiences?", " – any tips?", " (follow-up)"],
    "sv": [" – erfarenheter?", " – tips?", " (uppföljning)"],
    "da": [" – erfaringer?", " – gode råd?", " (opfølgning)"],
    "nb": [" – erfaringer?", " – tips?", " (oppfølging)"],
    "nl": [" – ervaringen?", " – tips?", " (vervolg)"],
}

# --- Job posts (section "job") -------------------------------------------------------------------
# {Role} is the role with a capital first letter, {role} as written.
JOB_TITLES = {
    "en": ["We're hiring: {Role} in {city}", "Job opening: {Role} ({city})"],
    "sv": ["Lediga tjänster: {Role} {city}", "Vi söker {role} till vårt kontor i {city}"],
    "da": ["Ledig stilling: {Role} i {city}", "Vi søger en {role} til vores team i {city}"],
    "nb": ["Ledig stilling: {Role} i {city}", "Vi søker {role} til vårt kontor i {city}"],
    "nl": ["Vacature: {role} ({city})", "Wij zoeken een {role} in {city}"],
}
JOB_ROLES = {
    "en": [
        "HR Business Partner",
        "Payroll Specialist",
        "HRIS Analyst",
        "Talent Acquisition Partner",
        "HR Generalist",
        "Head of People",
    ],
    "sv": [
        "HR-partner",
        "lönespecialist",
        "löneadministratör",
        "HR-chef",
        "rekryterare",
        "HR-systemförvaltare",
    ],
    "da": [
        "HR-partner",
        "lønkonsulent",
        "lønchef",
        "HR-chef",
        "rekrutteringspartner",
        "HR-konsulent",
    ],
    "nb": [
        "HR-rådgiver",
        "lønnskonsulent",
        "lønnssjef",
        "HR-sjef",
        "rekrutteringsrådgiver",
        "HR-partner",
    ],
    "nl": [
        "salarisadministrateur",
        "HR-adviseur",
        "HR business partner",
        "recruiter",
        "payroll specialist",
        "HR-manager",
    ],
}
JOB_PARAGRAPHS = {
    "en": [
        "{org} is looking for a new colleague in {city}: {role}.",
        "You will work closely with managers and the payroll team, and you will have a real say "
        "in how we develop HR.",
        "We offer flexible hours, a hybrid set-up and a learning budget that people actually use.",
        "Apply by sending your CV and a few lines about yourself – no cover letter needed. "
        "Interviews are held continuously.",
        "Questions? Send me a message here on HRnet.",
    ],
    "sv": [
        "{org} söker en ny kollega i {city}: {role}.",
        "Du kommer att arbeta nära cheferna och lönegruppen och får verkligen vara med och "
        "utveckla HR hos oss.",
        "Vi erbjuder flexibla arbetstider, möjlighet till hybridarbete och en utbildningsbudget "
        "som faktiskt används.",
        "Sök genom att skicka ditt cv och några rader om dig själv – inget personligt brev "
        "behövs. Urval sker löpande.",
        "Frågor? Skicka ett meddelande till mig här på HRnet.",
    ],
    "da": [
        "{org} søger en ny kollega i {city}: {role}.",
        "Du kommer til at arbejde tæt sammen med lederne og lønteamet og får reel indflydelse "
        "på, hvordan vi udvikler HR.",
        "Vi tilbyder fleksible arbejdstider, mulighed for hjemmearbejde og et uddannelsesbudget, "
        "der faktisk bliver brugt.",
        "Søg ved at sende dit cv og et par linjer om dig selv – ingen ansøgning nødvendig. Vi "
        "holder samtaler løbende.",
        "Spørgsmål? Send mig en besked her på HRnet.",
    ],
    "nb": [
        "{org} søker en ny kollega i {city}: {role}.",
        "Du vil jobbe tett med lederne og lønnsteamet og får virkelig være med på å utvikle HR "
        "hos oss.",
        "Vi tilbyr fleksibel arbeidstid, mulighet for hjemmekontor og et kursbudsjett som "
        "faktisk blir brukt.",
        "Søk ved å sende CV og noen linjer om deg selv – ingen søknadsbrev nødvendig. Vi "
        "intervjuer fortløpende.",
        "Spørsmål? Send meg en melding her på HRnet.",
    ],
    "nl": [
        "{org} zoekt een nieuwe collega in {city}: {role}.",
        "Je werkt nauw samen met leidinggevenden en het payrollteam en hebt echt invloed op hoe "
        "we HR verder ontwikkelen.",
        "We bieden flexibele werktijden, hybride werken en een opleidingsbudget dat echt wordt "
        "gebruikt.",
        "Solliciteer door je cv en een paar regels over jezelf te sturen – een motivatiebrief is "
        "niet nodig. We voeren doorlopend gesprekken.",
        "Vragen? Stuur me een bericht hier op HRnet.",
    ],
}
JOB_REPLIES = {
    "en": [
        "Shared it with my network – good luck with the search!",
        "Is the role open to candidates who would commute from another city?",
        "I worked there a few years ago and can really recommend the team.",
    ],
    "sv": [
        "Delat i mitt nätverk – lycka till med rekryteringen!",
        "Är tjänsten öppen för kandidater som skulle pendla från en annan stad?",
        "Jag jobbade där för några år sedan och kan verkligen rekommendera teamet.",
    ],
    "da": [
        "Delt med mit netværk – held og lykke med rekrutteringen!",
        "Er stillingen åben for kandidater, der vil pendle fra en anden by?",
        "Jeg arbejdede der for nogle år siden og kan virkelig anbefale teamet.",
    ],
    "nb": [
        "Delt i nettverket mitt – lykke til med rekrutteringen!",
        "Er stillingen åpen for kandidater som vil pendle fra en annen by?",
        "Jeg jobbet der for noen år siden og kan virkelig anbefale teamet.",
    ],
    "nl": [
        "Gedeeld in mijn netwerk – succes met het zoeken!",
        "Staat de functie ook open voor kandidaten die vanuit een andere stad zouden reizen?",
        "Ik heb daar een paar jaar geleden gewerkt en kan het team echt aanraden.",
    ],
}
JOB_TAGS = ["vacancy", "recruitment"]

# --- Promotions (section "promotion"): vendors and consultancies --------------------------------
PROMOTION_TITLES = {
    "en": ["Webinar: {subject}", "New guide: {subject}", "Course: {subject}"],
    "sv": ["Webbinarium: {subject}", "Ny guide: {subject}", "Kurs: {subject}"],
    "da": ["Webinar: {subject}", "Ny guide: {subject}", "Kursus: {subject}"],
    "nb": ["Webinar: {subject}", "Ny veileder: {subject}", "Kurs: {subject}"],
    "nl": ["Webinar: {subject}", "Nieuwe gids: {subject}", "Training: {subject}"],
}
PROMOTION_SUBJECTS = {
    "en": [
        "switching payroll systems without tears",
        "preparing for pay transparency",
        "GDPR for HR teams",
        "onboarding that works",
        "people analytics for beginners",
    ],
    "sv": [
        "byt lönesystem utan tårar",
        "förbered er för lönetransparensen",
        "GDPR för HR",
        "introduktion som fungerar",
        "HR-analys för nybörjare",
    ],
    "da": [
        "skift lønsystem uden tårer",
        "gør jer klar til løngennemsigtighed",
        "GDPR for HR",
        "onboarding, der virker",
        "people analytics for begyndere",
    ],
    "nb": [
        "bytt lønnssystem uten tårer",
        "gjør dere klare for lønnsåpenhet",
        "GDPR for HR",
        "onboarding som fungerer",
        "HR-analyse for nybegynnere",
    ],
    "nl": [
        "overstappen op een nieuw salarispakket zonder tranen",
        "klaar voor loontransparantie",
        "AVG voor HR",
        "onboarding die werkt",
        "people analytics voor beginners",
    ],
}
PROMOTION_PARAGRAPHS = {
    "en": [
        "At {org} we have helped many HR teams with exactly this, and we are sharing what we "
        "have learned.",
        "The session is free for HRnet members and takes about 45 minutes, including time for "
        "questions.",
        "You can sign up through the link on our website; a recording will be sent to everyone "
        "who registers.",
        "No sales pitch – just practical examples and a checklist you can use straight away.",
    ],
    "sv": [
        "På {org} har vi hjälpt många HR-avdelningar med just detta, och nu delar vi med oss av "
        "det vi har lärt oss.",
        "Passet är kostnadsfritt för medlemmar i HRnet och tar ungefär 45 minuter, inklusive tid "
        "för frågor.",
        "Anmäl dig via länken på vår webbplats; alla som anmäler sig får en inspelning.",
        "Ingen säljpitch – bara praktiska exempel och en checklista som du kan använda direkt.",
    ],
    "da": [
        "Hos {org} har vi hjulpet mange HR-afdelinger med netop dette, og nu deler vi ud af det, "
        "vi har lært.",
        "Sessionen er gratis for medlemmer af HRnet og varer cirka 45 minutter inklusive tid til "
        "spørgsmål.",
        "Du kan tilmelde dig via linket på vores hjemmeside; alle tilmeldte får en optagelse.",
        "Intet salg – kun praktiske eksempler og en tjekliste, du kan bruge med det samme.",
    ],
    "nb": [
        "I {org} har vi hjulpet mange HR-avdelinger med akkurat dette, og nå deler vi det vi har "
        "lært.",
        "Økten er gratis for medlemmer av HRnet og varer omtrent 45 minutter, inkludert tid til "
        "spørsmål.",
        "Du kan melde deg på via lenken på nettsiden vår; alle påmeldte får et opptak.",
        "Ingen salgspitch – bare praktiske eksempler og en sjekkliste du kan bruke med en gang.",
    ],
    "nl": [
        "Bij {org} hebben we al veel HR-teams hiermee geholpen, en nu delen we wat we geleerd "
        "hebben.",
        "De sessie is gratis voor leden van HRnet en duurt ongeveer 45 minuten, inclusief tijd "
        "voor vragen.",
        "Je kunt je aanmelden via de link op onze website; iedereen die zich aanmeldt krijgt een "
        "opname.",
        "Geen verkooppraatje – alleen praktische voorbeelden en een checklist die je direct kunt "
        "gebruiken.",
    ],
}
PROMOTION_TAGS = ["webinar", "training"]

# --- Alumni group threads ------------------------------------------------------------------------
ALUMNI_TITLES = {
    "en": [
        "Alumni get-together this autumn?",
        "Open positions at {org} – alumni welcome",
        "What are you all doing now?",
    ],
    "sv": [
        "Alumniträff i höst?",
        "Lediga tjänster på {org} – alumner välkomna",
        "Vad gör ni alla nu?",
    ],
    "da": [
        "Alumnetræf til efteråret?",
        "Ledige stillinger hos {org} – alumner er velkomne",
        "Hvad laver I alle sammen nu?",
    ],
    "nb": [
        "Alumnitreff i høst?",
        "Ledige stillinger i {org} – alumner er velkomne",
        "Hva driver dere med nå?",
    ],
    "nl": [
        "Alumnireünie dit najaar?",
        "Vacatures bij {org} – alumni welkom",
        "Wat doen jullie nu allemaal?",
    ],
}
ALUMNI_SENTENCES = {
    "en": [
        "It has been a while since many of us worked together, so I thought we could plan a "
        "get-together.",
        "I still miss the Friday coffee with the old team.",
        "The company is hiring again, and it might be interesting for some of you.",
        "I moved on to a new job in the spring and would love to hear where everyone ended up.",
    ],
    "sv": [
        "Det var länge sedan många av oss jobbade ihop, så jag tänkte att vi kunde planera en "
        "träff.",
        "Jag saknar fortfarande fredagsfikat med det gamla gänget.",
        "Företaget rekryterar igen, och det kan vara intressant för några av er.",
        "Jag bytte jobb i våras och vill gärna höra var alla har hamnat.",
    ],
    "da": [
        "Det er længe siden, mange af os arbejdede sammen, så jeg tænkte, at vi kunne "
        "planlægge et træf.",
        "Jeg savner stadig fredagskaffen med det gamle team.",
        "Virksomheden ansætter igen, og det kunne være interessant for nogle af jer.",
        "Jeg skiftede job i foråret og vil gerne høre, hvor alle er endt.",
    ],
    "nb": [
        "Det er lenge siden mange av oss jobbet sammen, så jeg tenkte vi kunne planlegge et treff.",
        "Jeg savner fortsatt fredagskaffen med det gamle teamet.",
        "Selskapet ansetter igjen, og det kan være interessant for noen av dere.",
        "Jeg byttet jobb i vår og vil gjerne høre hvor alle har havnet.",
    ],
    "nl": [
        "Het is alweer een tijd geleden dat velen van ons samenwerkten, dus ik dacht dat we "
        "een reünie konden plannen.",
        "Ik mis de vrijdagmiddagkoffie met het oude team nog steeds.",
        "Het bedrijf neemt weer mensen aan, en dat is misschien interessant voor sommigen van "
        "jullie.",
        "Ik ben dit voorjaar van baan gewisseld en ben benieuwd waar iedereen terecht is gekomen.",
    ],
}
ALUMNI_TAGS = ["alumni"]

ALUMNI_PURPOSE = (
    "A private network for people who have worked at {org}: stay in touch with former "
    "colleagues, hear news from the company and share job opportunities."
)
ALUMNI_GUIDELINES = """### Our guidelines

This network is for people who have worked at {org}. Please keep in mind:

- Be kind and respectful – we were colleagues once and may be again.
- Do not share confidential information about {org} or its customers.
- Job posts are welcome in the discussion group; sales pitches are not.
- Network admins approve new members and may remove posts that break these rules.

Questions? Contact one of the network admins."""
ALUMNI_DEPARTMENTS = [
    "HR",
    "Finance",
    "IT",
    "Production",
    "Sales",
    "Customer service",
    "Marketing",
    "Logistics",
    "Legal",
    "Research & development",
]
ALUMNI_RETURNING_AREAS = [
    "HR or payroll",
    "Project management",
    "Finance and controlling",
    "IT and digitalisation",
    "Sales",
    "Leadership roles",
]

# --- Events --------------------------------------------------------------------------------------
EVENT_KINDS = {
    # kind: (weight, capacity, start hour, minutes, formats)
    "after_work": (22, 40, (17, 0), 150, ["in_person"]),
    "breakfast": (20, 30, (7, 30), 90, ["in_person", "hybrid"]),
    "knowledge_evening": (18, 60, (18, 0), 150, ["in_person", "hybrid"]),
    "workshop": (10, 20, (13, 0), 180, ["in_person"]),
    "webinar": (20, None, (12, 0), 60, ["online"]),
    "world_cafe": (5, 80, (13, 0), 210, ["in_person"]),
    "conference": (5, 300, (9, 0), 480, ["in_person", "hybrid"]),
}
EVENT_TITLES = {
    "after_work": {
        "en": "HR after-work in {city}",
        "sv": "HR-afterwork i {city}",
        "da": "Afterwork for HR-folk i {city}",
        "nb": "Afterwork for HR i {city}",
        "nl": "HR-borrel in {city}",
    },
    "breakfast": {
        "en": "Breakfast meeting: {subject}",
        "sv": "Frukostmöte: {subject}",
        "da": "Morgenmøde: {subject}",
        "nb": "Frokostmøte: {subject}",
        "nl": "Ontbijtsessie: {subject}",
    },
    "knowledge_evening": {
        "en": "Knowledge evening: {subject}",
        "sv": "Kunskapskväll: {subject}",
        "da": "Temaaften: {subject}",
        "nb": "Fagkveld: {subject}",
        "nl": "Kennisavond: {subject}",
    },
    "workshop": {
        "en": "Workshop: {subject}",
        "sv": "Workshop: {subject}",
        "da": "Workshop: {subject}",
        "nb": "Workshop: {subject}",
        "nl": "Workshop: {subject}",
    },
    "webinar": {
        "en": "Webinar: {subject}",
        "sv": "Webbinarium: {subject}",
        "da": "Webinar: {subject}",
        "nb": "Webinar: {subject}",
        "nl": "Webinar: {subject}",
    },
    "world_cafe": {
        "en": "World café: the future of HR work",
        "sv": "World café: framtidens HR-arbete",
        "da": "World café: fremtidens HR-arbejde",
        "nb": "World café: framtidens HR-arbeid",
        "nl": "World café: de toekomst van HR",
    },
    "conference": {
        "en": "HRnet Day {city} {year}",
        "sv": "HR-dagen {city} {year}",
        "da": "HR-dagen i {city} {year}",
        "nb": "HR-dagen {city} {year}",
        "nl": "HR-dag {city} {year}",
    },
}
EVENT_SUBJECTS = {
    "en": [
        "pay transparency in practice",
        "switching payroll systems",
        "sick leave follow-up that works",
        "GDPR in everyday HR",
        "onboarding that makes people stay",
        "AI in recruitment",
        "leading through change",
        "sustainable employability",
    ],
    "sv": [
        "lönetransparens i praktiken",
        "byte av lönesystem",
        "rehabilitering som fungerar",
        "GDPR i HR-vardagen",
        "introduktion som får folk att stanna",
        "AI i rekrytering",
        "att leda i förändring",
        "hållbart arbetsliv",
    ],
    "da": [
        "løngennemsigtighed i praksis",
        "skift af lønsystem",
        "sygefraværsopfølgning, der virker",
        "GDPR i HR-hverdagen",
        "onboarding, der får folk til at blive",
        "AI i rekruttering",
        "ledelse i forandring",
        "et holdbart arbejdsliv",
    ],
    "nb": [
        "lønnsåpenhet i praksis",
        "bytte av lønnssystem",
        "sykefraværsoppfølging som virker",
        "GDPR i HR-hverdagen",
        "onboarding som får folk til å bli",
        "KI i rekruttering",
        "ledelse i endring",
        "et bærekraftig arbeidsliv",
    ],
    "nl": [
        "loontransparantie in de praktijk",
        "overstappen naar een nieuw salarispakket",
        "verzuimbegeleiding die werkt",
        "de AVG in de HR-praktijk",
        "onboarding waardoor mensen blijven",
        "AI bij werving en selectie",
        "leidinggeven aan verandering",
        "duurzame inzetbaarheid",
    ],
}
EVENT_INTROS = {
    "after_work": {
        "en": "Meet HR colleagues in {city} for a relaxed after-work – no agenda, just good "
        "conversations.",
        "sv": "Träffa HR-kollegor i {city} på en avslappnad afterwork – ingen agenda, bara bra "
        "samtal.",
        "da": "Mød HR-kolleger i {city} til en afslappet afterwork – ingen dagsorden, bare gode "
        "snakke.",
        "nb": "Møt HR-kolleger i {city} til en avslappet afterwork – ingen agenda, bare gode "
        "samtaler.",
        "nl": "Ontmoet HR-collega's in {city} op een ontspannen borrel – geen agenda, gewoon goede "
        "gesprekken.",
    },
    "breakfast": {
        "en": "Start the day with coffee, breakfast and a short talk on **{subject}**, followed "
        "by questions.",
        "sv": "Börja dagen med kaffe, frukost och en kort dragning om **{subject}**, följt av "
        "frågor.",
        "da": "Start dagen med kaffe, morgenmad og et kort oplæg om **{subject}** efterfulgt af "
        "spørgsmål.",
        "nb": "Start dagen med kaffe, frokost og et kort innlegg om **{subject}**, etterfulgt av "
        "spørsmål.",
        "nl": "Begin de dag met koffie, ontbijt en een korte presentatie over **{subject}**, "
        "gevolgd door vragen.",
    },
    "knowledge_evening": {
        "en": "An evening with a short talk on **{subject}**, examples from members and plenty "
        "of time for discussion.",
        "sv": "En kväll med en kort föreläsning om **{subject}**, exempel från medlemmar och gott "
        "om tid för diskussion.",
        "da": "En aften med et kort oplæg om **{subject}**, eksempler fra medlemmer og god tid "
        "til diskussion.",
        "nb": "En kveld med et kort foredrag om **{subject}**, eksempler fra medlemmer og god tid "
        "til diskusjon.",
        "nl": "Een avond met een korte presentatie over **{subject}**, voorbeelden van leden en "
        "volop tijd voor discussie.",
    },
    "workshop": {
        "en": "A hands-on workshop on **{subject}** in a small group – bring your own cases.",
        "sv": "En praktisk workshop om **{subject}** i liten grupp – ta med egna fall.",
        "da": "En praktisk workshop om **{subject}** i en lille gruppe – tag jeres egne cases med.",
        "nb": "En praktisk workshop om **{subject}** i en liten gruppe – ta med egne caser.",
        "nl": "Een praktische workshop over **{subject}** in een kleine groep – neem je eigen "
        "casussen mee.",
    },
    "webinar": {
        "en": "A one-hour webinar on **{subject}** with time for questions in the chat.",
        "sv": "Ett webbinarium på en timme om **{subject}** med tid för frågor i chatten.",
        "da": "Et webinar på en time om **{subject}** med tid til spørgsmål i chatten.",
        "nb": "Et webinar på én time om **{subject}** med tid til spørsmål i chatten.",
        "nl": "Een webinar van een uur over **{subject}** met tijd voor vragen in de chat.",
    },
    "world_cafe": {
        "en": "A world café where we discuss the future of HR work in small groups at rotating "
        "tables; everyone hosts a round.",
        "sv": "Ett world café där vi diskuterar framtidens HR-arbete i små grupper vid "
        "roterande bord; alla är värd för en runda.",
        "da": "En world café, hvor vi drøfter fremtidens HR-arbejde i små grupper ved skiftende "
        "borde; alle er vært for en runde.",
        "nb": "En world café der vi diskuterer framtidens HR-arbeid i små grupper ved roterende "
        "bord; alle er vert for en runde.",
        "nl": "Een world café waarin we in kleine groepjes aan wisselende tafels praten over de "
        "toekomst van HR; iedereen is een ronde gastheer of gastvrouw.",
    },
    "conference": {
        "en": "Our yearly conference with talks, workshops and time to meet HR and payroll "
        "colleagues from all over the Nordics and the Netherlands.",
        "sv": "Vår årliga konferens med föreläsningar, workshoppar och tid att träffa HR- och "
        "lönekollegor från hela Norden och Nederländerna.",
        "da": "Vores årlige konference med oplæg, workshops og tid til at møde HR- og "
        "lønkolleger fra hele Norden og Holland.",
        "nb": "Vår årlige konferanse med foredrag, workshoper og tid til å møte HR- og "
        "lønnskolleger fra hele Norden og Nederland.",
        "nl": "Ons jaarlijkse congres met presentaties, workshops en tijd om HR- en "
        "payrollcollega's uit heel Scandinavië en Nederland te ontmoeten.",
    },
}
EVENT_HOSTED_BY = {
    "en": "Hosted by {host}.",
    "sv": "Värd är {host}.",
    "da": "Vært er {host}.",
    "nb": "Vert er {host}.",
    "nl": "Te gast bij {host}.",
}
EVENT_FEE = {
    "en": "Fee: {fee} {currency}, including food and drinks.",
    "sv": "Avgift: {fee} {currency}, inklusive mat och dryck.",
    "da": "Pris: {fee} {currency} inkl. mad og drikke.",
    "nb": "Pris: {fee} {currency}, inkludert mat og drikke.",
    "nl": "Kosten: {fee} {currency}, inclusief eten en drinken.",
}
EVENT_FREE = {
    "en": "Free for HRnet members.",
    "sv": "Kostnadsfritt för medlemmar i HRnet.",
    "da": "Gratis for medlemmer af HRnet.",
    "nb": "Gratis for medlemmer av HRnet.",
    "nl": "Gratis voor leden van HRnet.",
}
CONFERENCE_PROGRAMME = {
    "en": "Programme:\n\n- 09:00 registration and coffee\n- 09:30 keynote\n"
    "- 11:00 parallel sessions\n- 15:30 panel and drinks",
    "sv": "Program:\n\n- 09.00 registrering och kaffe\n- 09.30 huvudtalare\n"
    "- 11.00 parallella pass\n- 15.30 panel och mingel",
    "da": "Program:\n\n- 9.00 registrering og kaffe\n- 9.30 keynote\n"
    "- 11.00 parallelle sessioner\n- 15.30 paneldebat og netværk",
    "nb": "Program:\n\n- 09.00 registrering og kaffe\n- 09.30 hovedinnlegg\n"
    "- 11.00 parallelle sesjoner\n- 15.30 panel og mingling",
    "nl": "Programma:\n\n- 09.00 ontvangst en koffie\n- 09.30 keynote\n"
    "- 11.00 parallelsessies\n- 15.30 panel en borrel",
}
# Fees a member pays in each currency (0 = free).
EVENT_FEES = {
    "SEK": [0, 0, 150, 295, 450],
    "DKK": [0, 0, 150, 250, 350],
    "NOK": [0, 0, 200, 350, 450],
    "EUR": [0, 0, 25, 45, 60],
}
CONFERENCE_FEES = {"SEK": 4900, "DKK": 3500, "NOK": 4500, "EUR": 495}

# --- Groups -------------------------------------------------------------------------------------
# weight: how popular the group is (members join in proportion); topics: what its threads are
# about. Country groups and their subgroups are joined by members of that country (and city).
ALL_TOPICS = list(TOPICS)
GROUPS = [
    {
        "slug": "hr-community",
        "name": "HR community",
        "kind": "theme",
        "weight": 10,
        "description": "The general meeting place of HRnet: questions, tips and news for everyone "
        "who works with people.",
        "topics": ALL_TOPICS,
    },
    {
        "slug": "hrd-learning",
        "name": "HRD & learning",
        "kind": "theme",
        "parent": "hr-community",
        "weight": 3,
        "description": "Learning and development, mentoring, e-learning and leadership programmes.",
        "topics": ["learning", "onboarding", "leadership_change"],
    },
    {
        "slug": "vitality-employability",
        "name": "Vitality & employability",
        "kind": "theme",
        "parent": "hr-community",
        "weight": 2.5,
        "description": "Sustainable employability, wellbeing, workload and long careers.",
        "topics": ["wellbeing", "sick_leave", "hybrid_work"],
    },
    {
        "slug": "employment-law",
        "name": "Employment law",
        "kind": "theme",
        "parent": "hr-community",
        "visibility": "request",
        "weight": 3,
        "description": "Labour law questions across the Nordics and the Netherlands. Members "
        "share experience, not legal advice.",
        "topics": ["sick_leave", "collective_agreements", "gdpr", "hybrid_work"],
    },
    {
        "slug": "change-management",
        "name": "Change management",
        "kind": "theme",
        "weight": 3,
        "description": "Reorganisations, mergers, new ways of working – and the people in them.",
        "topics": ["leadership_change", "hr_systems", "hybrid_work"],
    },
    {
        "slug": "diversity-inclusion",
        "name": "Diversity & inclusion",
        "kind": "theme",
        "weight": 2.5,
        "description": "Inclusive recruitment, equal pay and employee networks.",
        "topics": ["diversity", "pay_transparency", "employer_branding"],
    },
    {
        "slug": "leadership",
        "name": "Leadership",
        "kind": "theme",
        "weight": 4,
        "description": "For HR people who develop leaders, and for leaders who care about HR.",
        "topics": ["leadership_change", "learning", "wellbeing"],
    },
    {
        "slug": "talent-management",
        "name": "Talent management",
        "kind": "theme",
        "weight": 3,
        "description": "Succession, career paths, performance and keeping good people.",
        "topics": ["learning", "employer_branding", "onboarding"],
    },
    {
        "slug": "employer-branding",
        "name": "Employer branding & recruitment",
        "kind": "theme",
        "parent": "talent-management",
        "weight": 2,
        "description": "Job ads, career pages, candidate experience and recruitment tools.",
        "topics": ["employer_branding", "diversity", "ai_hr"],
    },
    {
        "slug": "digital-hr",
        "name": "Digital HR",
        "kind": "theme",
        "weight": 4,
        "description": "HR technology, data and automation – from self-service to AI.",
        "topics": ["hr_systems", "ai_hr", "gdpr"],
    },
    {
        "slug": "people-analytics",
        "name": "People analytics & AI",
        "kind": "theme",
        "parent": "digital-hr",
        "weight": 1.5,
        "description": "Turning HR data into decisions, responsibly.",
        "topics": ["ai_hr", "pay_transparency"],
    },
    # Country groups, with local managers.
    {
        "slug": "sverige",
        "name": "HRnet Sverige",
        "kind": "country",
        "country": "SE",
        "language": "sv",
        "weight": 8,
        "description": "Mötesplatsen för HR- och lönefolk i Sverige.",
        "topics": ALL_TOPICS,
    },
    {
        "slug": "hr-stockholm",
        "name": "HR i Stockholm",
        "kind": "country",
        "country": "SE",
        "language": "sv",
        "parent": "sverige",
        "weight": 2.5,
        "cities": ["Stockholm", "Uppsala"],
        "description": "Afterworks, frukostmöten och frågor för HR i Stockholmsregionen.",
        "topics": ALL_TOPICS,
    },
    {
        "slug": "hr-goteborg",
        "name": "HR i Göteborg",
        "kind": "country",
        "country": "SE",
        "language": "sv",
        "parent": "sverige",
        "weight": 2,
        "cities": ["Göteborg"],
        "description": "HR-nätverket i Göteborg och Västsverige.",
        "topics": ALL_TOPICS,
    },
    {
        "slug": "hr-skane",
        "name": "HR i Skåne",
        "kind": "country",
        "country": "SE",
        "language": "sv",
        "parent": "sverige",
        "weight": 1.5,
        "cities": ["Malmö", "Lund", "Helsingborg"],
        "description": "För HR-folk i Skåne – och gärna över sundet.",
        "topics": ALL_TOPICS,
    },
    {
        "slug": "danmark",
        "name": "HRnet Danmark",
        "kind": "country",
        "country": "DK",
        "language": "da",
        "weight": 5,
        "description": "Mødestedet for HR- og lønfolk i Danmark.",
        "topics": ALL_TOPICS,
    },
    {
        "slug": "hr-aarhus",
        "name": "HR i Aarhus",
        "kind": "country",
        "country": "DK",
        "language": "da",
        "parent": "danmark",
        "weight": 1.2,
        "cities": ["Aarhus"],
        "description": "Netværk for HR i Aarhus og Østjylland.",
        "topics": ALL_TOPICS,
    },
    {
        "slug": "norge",
        "name": "HRnet Norge",
        "kind": "country",
        "country": "NO",
        "language": "nb",
        "weight": 5,
        "description": "Møteplassen for HR- og lønnsfolk i Norge.",
        "topics": ALL_TOPICS,
    },
    {
        "slug": "hr-bergen",
        "name": "HR i Bergen",
        "kind": "country",
        "country": "NO",
        "language": "nb",
        "parent": "norge",
        "weight": 1.2,
        "cities": ["Bergen"],
        "description": "HR-nettverket på Vestlandet.",
        "topics": ALL_TOPICS,
    },
    {
        "slug": "nederland",
        "name": "HRnet Nederland",
        "kind": "country",
        "country": "NL",
        "language": "nl",
        "weight": 5,
        "description": "De ontmoetingsplek voor HR- en payrollprofessionals in Nederland.",
        "topics": ALL_TOPICS,
    },
    {
        "slug": "hr-noord-nederland",
        "name": "HR-netwerk Noord-Nederland",
        "kind": "country",
        "country": "NL",
        "language": "nl",
        "parent": "nederland",
        "weight": 1,
        "cities": ["Groningen", "Zwolle"],
        "description": "Voor HR in Groningen, Friesland, Drenthe en Overijssel.",
        "topics": ALL_TOPICS,
    },
    {
        "slug": "finland",
        "name": "HRnet Finland",
        "kind": "country",
        "country": "FI",
        "weight": 1.5,
        "description": "HR professionals in Finland, in English and Swedish.",
        "topics": ALL_TOPICS,
    },
    {
        "slug": "italia",
        "name": "HRnet Italia",
        "kind": "country",
        "country": "IT",
        "visibility": "request",
        "weight": 0.6,
        "description": "For members in Italy and Nordic companies with Italian operations.",
        "topics": ALL_TOPICS,
    },
    {
        "slug": "russia",
        "name": "HRnet Russia",
        "kind": "country",
        "country": "RU",
        "visibility": "request",
        "weight": 0.4,
        "description": "For members in Russia and HR questions about operations there.",
        "topics": ALL_TOPICS,
    },
    # Role networks
    {
        "slug": "payroll-managers",
        "name": "Payroll managers",
        "kind": "role_network",
        "visibility": "request",
        "weight": 3,
        "roles": ["payroll_manager"],
        "description": "A closed room for people who run payroll teams.",
        "topics": [
            "payroll_year_end",
            "holiday_pay",
            "hr_systems",
            "collective_agreements",
            "pay_transparency",
        ],
    },
    {
        "slug": "payroll-administrators",
        "name": "Payroll administrators",
        "kind": "role_network",
        "weight": 4,
        "roles": ["payroll_administrator", "payroll_manager"],
        "description": "Everyday payroll: pay codes, holiday pay, sick pay and year-end.",
        "topics": ["payroll_year_end", "holiday_pay", "sick_leave", "hr_systems"],
    },
    {
        "slug": "loneadministratorer",
        "name": "Löneadministratörer Sverige",
        "kind": "role_network",
        "parent": "payroll-administrators",
        "country": "SE",
        "language": "sv",
        "weight": 1.5,
        "roles": ["payroll_administrator"],
        "description": "Lönefrågor i praktiken för dig som jobbar med lön i Sverige.",
        "topics": ["payroll_year_end", "holiday_pay", "sick_leave", "collective_agreements"],
    },
    {
        "slug": "hr-payroll-systems",
        "name": "HR/payroll systems",
        "kind": "role_network",
        "weight": 3,
        "roles": ["hr_systems"],
        "description": "Selecting, implementing and living with HR and payroll systems.",
        "topics": ["hr_systems", "ai_hr", "gdpr", "payroll_year_end"],
    },
    {
        "slug": "workday-users",
        "name": "Workday users Nordic",
        "kind": "role_network",
        "parent": "hr-payroll-systems",
        "weight": 1.2,
        "roles": ["hr_systems"],
        "description": "Tips and questions from Workday customers in the Nordics.",
        "topics": ["hr_systems", "ai_hr"],
    },
    {
        "slug": "visma-users",
        "name": "Visma users",
        "kind": "role_network",
        "parent": "hr-payroll-systems",
        "weight": 1.5,
        "roles": ["hr_systems", "payroll_manager"],
        "description": "For customers of Visma's HR and payroll products.",
        "topics": ["hr_systems", "payroll_year_end", "holiday_pay"],
    },
    {
        "slug": "sap-successfactors",
        "name": "SAP SuccessFactors user group",
        "kind": "role_network",
        "parent": "hr-payroll-systems",
        "visibility": "request",
        "weight": 1,
        "roles": ["hr_systems"],
        "description": "User group for SuccessFactors customers.",
        "topics": ["hr_systems", "learning"],
    },
    {
        "slug": "hr-directors-circle",
        "name": "HR directors' circle",
        "kind": "role_network",
        "visibility": "invite_only",
        "weight": 1,
        "roles": ["hr_director"],
        "description": "A small, confidential circle for HR directors. Members invite members.",
        "topics": ["leadership_change", "pay_transparency", "collective_agreements"],
    },
    {
        "slug": "hrnet-organisers",
        "name": "HRnet organisers",
        "kind": "theme",
        "visibility": "hidden",
        "weight": 0,
        "description": "Volunteers who organise HRnet events and look after the groups.",
        "topics": ["learning", "onboarding"],
    },
]

# Groups added at the larger scales, per country: local themes, city networks and peer groups.
LOCAL_THEMES = {
    "SE": [
        ("Arbetsrätt", ["sick_leave", "collective_agreements", "hybrid_work"]),
        ("Lön och förmåner", ["payroll_year_end", "holiday_pay", "pay_transparency"]),
        ("Rekrytering", ["employer_branding", "diversity", "ai_hr"]),
        ("Kompetensutveckling", ["learning", "onboarding"]),
        ("Arbetsmiljö och hälsa", ["wellbeing", "sick_leave"]),
        ("HR-system", ["hr_systems", "ai_hr"]),
        ("Ledarskap", ["leadership_change", "learning"]),
        ("Mångfald och inkludering", ["diversity", "pay_transparency"]),
        ("Introduktion", ["onboarding", "employer_branding"]),
        ("HR-studenter", ["learning", "employer_branding"]),
    ],
    "DK": [
        ("Arbejdsret", ["sick_leave", "collective_agreements", "hybrid_work"]),
        ("Løn og personalegoder", ["payroll_year_end", "holiday_pay", "pay_transparency"]),
        ("Rekruttering", ["employer_branding", "diversity", "ai_hr"]),
        ("Kompetenceudvikling", ["learning", "onboarding"]),
        ("Arbejdsmiljø og trivsel", ["wellbeing", "sick_leave"]),
        ("HR-systemer", ["hr_systems", "ai_hr"]),
        ("Ledelse", ["leadership_change", "learning"]),
        ("Mangfoldighed og inklusion", ["diversity", "pay_transparency"]),
        ("Onboarding", ["onboarding", "employer_branding"]),
        ("HR-studerende", ["learning", "employer_branding"]),
    ],
    "NO": [
        ("Arbeidsrett", ["sick_leave", "collective_agreements", "hybrid_work"]),
        ("Lønn og goder", ["payroll_year_end", "holiday_pay", "pay_transparency"]),
        ("Rekruttering", ["employer_branding", "diversity", "ai_hr"]),
        ("Kompetanseutvikling", ["learning", "onboarding"]),
        ("HMS og arbeidsmiljø", ["wellbeing", "sick_leave"]),
        ("HR-systemer", ["hr_systems", "ai_hr"]),
        ("Ledelse", ["leadership_change", "learning"]),
        ("Mangfold og inkludering", ["diversity", "pay_transparency"]),
        ("Onboarding", ["onboarding", "employer_branding"]),
        ("HR-studenter", ["learning", "employer_branding"]),
    ],
    "NL": [
        ("Arbeidsrecht", ["sick_leave", "collective_agreements", "hybrid_work"]),
        ("Salaris en arbeidsvoorwaarden", ["payroll_year_end", "holiday_pay", "pay_transparency"]),
        ("Werving en selectie", ["employer_branding", "diversity", "ai_hr"]),
        ("Leren en ontwikkelen", ["learning", "onboarding"]),
        ("Verzuim en vitaliteit", ["wellbeing", "sick_leave"]),
        ("HR-systemen", ["hr_systems", "ai_hr"]),
        ("Leiderschap", ["leadership_change", "learning"]),
        ("Diversiteit en inclusie", ["diversity", "pay_transparency"]),
        ("Onboarding", ["onboarding", "employer_branding"]),
        ("HR-studenten", ["learning", "employer_branding"]),
    ],
}
COUNTRY_GROUP_SLUGS = {
    "SE": "sverige",
    "DK": "danmark",
    "NO": "norge",
    "NL": "nederland",
    "FI": "finland",
    "IT": "italia",
    "RU": "russia",
}
CITY_GROUP_NAMES = {
    "SE": "HR i {city}",
    "DK": "HR-netværk {city}",
    "NO": "HR-nettverk {city}",
    "NL": "HR-netwerk {city}",
    "FI": "HR network {city}",
}
PEER_GROUP_NAMES = {
    "SE": "Nätverksgrupp HR-chefer {city}",
    "DK": "ERFA-gruppe HR-chefer {city}",
    "NO": "Erfaringsgruppe HR-ledere {city}",
    "NL": "Intervisiegroep HR-managers {city}",
}
VENDOR_GROUPS = [
    "Hogia",
    "Personio",
    "Sympa",
    "Zalaris",
    "AFAS",
    "Nmbrs",
    "Quinyx",
    "Teamtailor",
    "Simployer",
    "Lessor",
    "Flex HRM",
    "Visma.net Payroll",
]
PAYROLL_PEER_GROUP_NAMES = {
    "SE": "Lönenätverket {city}",
    "DK": "ERFA-gruppe løn {city}",
    "NO": "Lønnsnettverk {city}",
    "NL": "Payrollnetwerk {city}",
}

# Where people who work for an organisation without a city in its name live.
ORGANISATION_CITIES = {
    "Region Skåne": "Malmö",
    "Helsingin kaupunki": "Helsinki",
    "Copenhagen Business School": "København",
    "BI Norwegian Business School": "Oslo",
    "NTNU": "Trondheim",
    "Hanken School of Economics": "Helsinki",
    "Västkust Logistik AB": "Göteborg",
    "Havnelys Shipping A/S": "København",
}
