"""Value generators for the copy catalogue: strings a call must carry exactly as the question writes
them (names, codes, addresses, titles), composed from parts so that thousands of distinct values
occur. Each returns `(text, value)` like `data_builders.rich_values`; the value is the text itself,
or the text without its quotes."""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from data_builders.rich_values import Gen

Make = Callable[[random.Random], str]

BRAND = "Northwind Bluestone Harbor Silverline Redwood Ironbridge Crescent Summit Granite Oakmont Evergreen"
BRAND += " Falcon Meridian Atlas Lumen Vantage Cobalt Juniper Kestrel Orchard Pinnacle Quarry Sterling"
BRAND += " Tidewater Willow Zenith Beacon Cedar Driftwood Ember Halcyon Marlow Osprey Sable Thornbury"
BRAND = BRAND.split()
TRADE = ["Tech", "Capital", "Logistics", "Foods", "Energy", "Pharma", "Motors", "Analytics", "Media"]
TRADE += ["Textiles", "Robotics", "Labs", "Mining", "Software", "Aerospace", "Biotech", "Retail"]
FORM = ["Inc.", "Ltd", "LLC", "Group", "Holdings", "& Co.", "AG", "S.A.", "PLC", "GmbH", "Corp.", "N.V."]
FIRST = "Amara Priya Tomás Mei Jonas Zoë José Łukasz Ingrid Kofi Aoife Rahul Sven Yuki Leila Mateo Chloé"
FIRST += " Dmitri Nadia Oluwaseun Hannah Ravi Elif Bjørn Camille Diego Fatima Henrik Isla Kenji"
FIRST = FIRST.split()
HYPHENATED = ["Mary-Kate", "Jean-Luc", "Anne-Marie", "Hans-Peter", "Ji-woo", "Marie-Claire", "Jean-Paul"]
LAST = "Natarajan Ruiz Lin Berg Obi Okafor Fischer Haddad Kowalski Nakamura Lindqvist Moreau Castillo"
LAST += " Petrov Mensah Gallagher Whitfield Albright Ferreira Novak Dubois Sato Achebe Brennan Quispe"
LAST = LAST.split()
PUNCTUATED_LAST = ["O'Neill", "McAllister", "D'Angelo", "van der Berg", "O'Connor", "MacLeod", "St. James"]
PUNCTUATED_LAST += ["de la Cruz", "Smith-Jones", "Al-Farsi", "FitzGerald", "O'Brien", "Lloyd-Webber"]
CITY = "Lisbon Denver Nairobi Seoul Montreal Krakow Auckland Bogota Hanoi Porto Edinburgh Osaka Lyon"
CITY += " Tbilisi Accra Cusco Bergen Adelaide Valencia Gdansk Kyoto Zanzibar Reykjavik Manchester Leipzig"
CITY = CITY.split() + [
    "New York",
    "Los Angeles",
    "San Francisco",
    "Rio de Janeiro",
    "São Paulo",
    "Buenos Aires",
    "Hong Kong",
    "Kuala Lumpur",
    "St. Petersburg",
    "Winston-Salem",
    "Xi'an",
    "Saint-Étienne",
    "Salt Lake City",
    "Cape Town",
    "Ho Chi Minh City",
    "Frankfurt am Main",
    "Las Palmas",
    "New Delhi",
    "Mexico City",
    "Tel Aviv",
]
TOWN_HEAD = ["Port", "San", "Lake", "Fort", "Mount", "East", "North", "New", "St.", "Glen", "West", "Upper"]
TOWN_ROOT = "Aldmere Brannock Calloway Dunmore Elsworth Farrowby Glenhollow Harwick Ivelton Kestwick"
TOWN_ROOT += " Larkspur Marrowdale Netherby Oakhurst Pellham Quenby Rosemoor Stanwyck Tarrant Ulverton"
TOWN_ROOT = TOWN_ROOT.split()
COUNTRY = "Portugal Kenya Vietnam Colombia Norway Ghana Peru Iceland Georgia Uruguay Slovenia Mongolia"
COUNTRY += " Tanzania Bhutan Estonia Morocco Chile Malaysia Jordan Luxembourg Namibia Paraguay Croatia"
COUNTRY = COUNTRY.split() + [
    "New Zealand",
    "South Korea",
    "Costa Rica",
    "Sri Lanka",
    "United Arab Emirates",
    "Côte d'Ivoire",
    "Czech Republic",
    "Dominican Republic",
    "Papua New Guinea",
    "Saudi Arabia",
    "El Salvador",
    "North Macedonia",
]
ADJ = "Silent Crimson Hidden Last Broken Golden Quiet Endless Distant Hollow Burning Paper Midnight Velvet"
ADJ = ADJ.split()
NOUN = "Orchard Harbor River Lantern Garden Compass Mirror Winter Signal Kingdom Archive Tide Meridian"
NOUN += " Violin Atlas Summer Engine Forest"
NOUN = NOUN.split()
TLD = ["com", "org", "net", "io", "co.uk", "de", "com.au", "edu", "ca", "fr"]
EXT = ["csv", "json", "log", "txt", "xlsx", "pdf", "parquet", "yaml", "py", "docx"]
FOLDER = ["data", "reports", "exports", "logs", "backups", "archive", "Q3", "2024", "raw", "final"]
STREET = ["Baker", "Elm", "Harbor", "Kingsway", "Maple", "Rue de la Paix", "Calle Mayor", "Wilshire"]
STREET_KIND = ["Street", "Avenue", "Road", "Lane", "Boulevard", "Drive", "Way", "Place"]
GADGET = ["ZenBook", "PowerShot", "AirWave", "ThinkStation", "GalaxyTab", "PixelBook", "EcoTank"]
GADGET += ["MacroLens", "SoundLink", "RoboVac", "NanoDrive", "StreamBox"]
GADGET_TAIL = ["Pro", "Max", "Ultra", "mini", "X", "Plus", "OLED", "Mark III", "SE", "Lite", "2-in-1"]
TEAM = ["Falcons", "Comets", "Rovers", "Titans", "Otters", "Mariners", "Wolves", "Hornets", "Pioneers"]
TEAM += ["Red Sox", "Kings", "United", "Athletic"]


def _upper(r: random.Random, n: int) -> str:
    return "".join(r.choices(string.ascii_uppercase, k=n))


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choices(string.digits, k=n))


def verbatim(make: Make) -> Gen:
    """A string the question writes as is: `make(r)` composes it."""

    def gen(r):
        value = make(r)
        return value, value

    return gen


def quoted_verbatim(make: Make) -> Gen:
    """A title the question puts in quotes; the value is without them."""

    def gen(r):
        value = make(r)
        left, right = r.choice([("'", "'"), ('"', '"'), ("“", "”"), ("", "")])
        return f"{left}{value}{right}", value

    return gen


def person(r: random.Random) -> str:
    first = r.choice(FIRST + HYPHENATED)
    last = r.choice(LAST * 2 + PUNCTUATED_LAST)
    name = f"{first} {last}"
    if r.random() < 0.25:
        name = f"{first} {r.choice(string.ascii_uppercase)}. {last}"
    if r.random() < 0.15:
        name = r.choice(["Dr. ", "Prof. "]) + name
    elif r.random() < 0.1:
        name += r.choice([" Jr.", " Sr.", " III"])
    return name


def company(r: random.Random) -> str:
    form = r.randrange(4)
    if form == 0:
        return f"{r.choice(BRAND)} {r.choice(TRADE)} {r.choice(FORM)}"
    if form == 1:
        return f"{r.choice(BRAND)} {r.choice(FORM)}"
    if form == 2:
        return f"{r.choice(LAST)} & {r.choice(LAST + PUNCTUATED_LAST)}"
    return f"{_upper(r, r.randint(2, 4))} {r.choice(TRADE)}"


def bank(r: random.Random) -> str:
    form = r.randrange(5)
    if form == 0:  # an acronym alone, as "HSBC"
        return _upper(r, r.randint(3, 5))
    if form == 1:
        return f"{_upper(r, r.randint(2, 4))} Bank"
    if form == 2:
        return f"First {r.choice(CITY + TOWN_ROOT)} Bank"
    if form == 3:
        return f"{r.choice(BRAND)} {r.choice(['Savings & Loan', 'Credit Union', 'Bank plc', 'Trust'])}"
    return f"{r.choice(['Banco', 'Banque', 'Crédit', 'Caixa'])} {r.choice(TOWN_ROOT + BRAND)}"


def ticker(r: random.Random) -> str:
    symbol = _upper(r, r.randint(2, 5))
    return symbol + r.choice(["", "", "", ".L", ".TO", "-B", ".DE"])


def city(r: random.Random) -> str:
    if r.random() < 0.6:
        return r.choice(CITY)
    return f"{r.choice(TOWN_HEAD)} {r.choice(TOWN_ROOT)}" if r.random() < 0.7 else r.choice(TOWN_ROOT)


def country(r: random.Random) -> str:
    return r.choice(COUNTRY)


def airport_code(r: random.Random) -> str:
    return _upper(r, 3)


def product_code(r: random.Random) -> str:
    return r.choice(
        [
            f"{_upper(r, 2)}-{_digits(r, 4)}-{_upper(r, 1)}",
            f"SKU-{_digits(r, 5)}",
            f"{_upper(r, 1)}{_digits(r, 1)}{_upper(r, 1)}-{_digits(r, 3)}",
            f"{_upper(r, 3)}{_digits(r, 4)}{r.choice(['', 'X', 'PRO'])}",
        ]
    )


def record_id(prefix: str) -> Make:
    def make(r):
        year = r.randint(2019, 2026)
        return r.choice(
            [
                f"{prefix}-{year}-{_digits(r, 5)}",
                f"{prefix}{_digits(r, 7)}",
                f"{prefix}/{year}/{_digits(r, 4)}",
                f"{_upper(r, 2)}{_digits(r, 6)}",
            ]
        )

    return make


def email(r: random.Random) -> str:
    first, last = r.choice(FIRST + LAST).lower(), r.choice(LAST).lower()
    local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{_digits(r, 2)}", first])
    domain = r.choice(BRAND + TOWN_ROOT).lower() + r.choice(["", "-mail", "corp", "labs"])
    return f"{local}@{domain}.{r.choice(TLD)}".encode("ascii", "ignore").decode()


def file_path(r: random.Random) -> str:
    name = f"{r.choice(NOUN).lower()}_{r.choice(['report', 'export', 'notes', 'summary'])}_{_digits(r, 4)}"
    ext, folder = r.choice(EXT), r.choice(FOLDER)
    form = r.randrange(3)
    if form == 0:
        user = r.choice(FIRST).lower().encode("ascii", "ignore").decode() or "user"
        return f"/home/{user}/{folder}/{name}.{ext}"
    if form == 1:
        return f"C:\\Users\\{r.choice(LAST)}\\Documents\\{folder}\\{name}.{ext}"
    return f"{folder}/{r.choice(FOLDER)}/{name}.{ext}"


def title(r: random.Random) -> str:
    return r.choice(
        [
            f"The {r.choice(ADJ)} {r.choice(NOUN)}",
            f"{r.choice(NOUN)} of the {r.choice(ADJ)} {r.choice(NOUN)}",
            f"Letters from {r.choice(CITY)}",
            f"{r.choice(ADJ)} {r.choice(NOUN)}s",
            f"{r.choice(FIRST)}'s {r.choice(NOUN)}",
        ]
    )


def venue(kind: str) -> Make:
    """A hotel / restaurant / garage name: "The Grand Kestrel Hotel", "Chez Marlow"."""

    def make(r):
        base = r.choice(BRAND + TOWN_ROOT)
        return r.choice(
            [f"The {r.choice(['Grand', 'Royal', 'Old', 'Little'])} {base} {kind}", f"{base} {kind}"]
            + ([f"Chez {base}", f"{base}'s Kitchen", f"Café {base}"] if kind == "Bistro" else [])
            + ([f"{base} Park & Ride", f"Level {r.randint(1, 6)} {base} Plaza"] if kind == "Garage" else [])
        )

    return make


def gadget(r: random.Random) -> str:
    return f"{r.choice(GADGET)} {r.randint(2, 99)}{r.choice(['', 'X', 'i', 's'])} {r.choice(GADGET_TAIL)}"


def street_address(r: random.Random) -> str:
    return f"{r.randint(1, 999)}{r.choice(['', '', 'B', 'A'])} {r.choice(STREET)} {r.choice(STREET_KIND)}"


def team(r: random.Random) -> str:
    return f"{r.choice(CITY + TOWN_ROOT)} {r.choice(TEAM)}"


def repository(r: random.Random) -> str:
    owner = r.choice(BRAND + LAST).lower() + r.choice(["", "-labs", "-dev", "hq"])
    return f"{owner}/{r.choice(NOUN).lower()}-{r.choice(['api', 'cli', 'core', 'pipeline', 'ui', 'sdk'])}"


def url(r: random.Random) -> str:
    host = r.choice(BRAND + TOWN_ROOT).lower()
    path = "/".join(r.sample([w.lower() for w in NOUN + FOLDER], r.randint(1, 3)))
    return f"https://{r.choice(['www.', '', 'shop.', 'docs.'])}{host}.{r.choice(TLD)}/{path}"


def plate(r: random.Random) -> str:
    return r.choice(
        [f"{_upper(r, 2)}{_digits(r, 2)} {_upper(r, 3)}", f"{_digits(r, 1)}{_upper(r, 3)}{_digits(r, 3)}"]
        + [f"{_upper(r, 3)}-{_digits(r, 4)}"]
    )


def course_code(r: random.Random) -> str:
    return f"{r.choice(['CS', 'MATH', 'BIO', 'ECON', 'PHYS', 'HIST'])}-{r.randint(100, 4999)}"


def university(r: random.Random) -> str:
    place = r.choice(CITY + TOWN_ROOT)
    return r.choice([f"University of {place}", f"{place} Institute of Technology", f"{place} State College"])


def phone(r: random.Random) -> str:
    return f"+{r.randint(1, 99)} {_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)}"


def clock_time(r: random.Random) -> str:
    return f"{r.randint(6, 23):02d}:{r.choice(['00', '15', '30', '45'])}"
