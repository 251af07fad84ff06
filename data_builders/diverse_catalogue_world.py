"""World tools of the diverse catalogue: geography, history, travel, weather and air quality, transport,
law and courts, government and elections, languages, culture, architecture and landmarks. Places,
names and dates go into a call as the question states them."""

from __future__ import annotations

from datetime import date, timedelta

from data_builders.rich_tool import Param, Tool
from data_builders.rich_values import MONTHS, listing, money, numbers, percent, pick, qty, quoted, words, year

CITY_NAMES = (
    "Kyoto",
    "Marrakesh",
    "Buenos Aires",
    "Reykjavik",
    "Cape Town",
    "Vancouver",
    "Istanbul",
    "Hanoi",
    "Edinburgh",
    "Oaxaca",
    "Tbilisi",
    "Perth",
    "Valparaiso",
    "Krakow",
)
COUNTRY_NAMES = (
    "Peru",
    "Vietnam",
    "Morocco",
    "Norway",
    "New Zealand",
    "Kenya",
    "Portugal",
    "Mexico",
    "Japan",
    "Croatia",
    "Argentina",
    "Jordan",
    "Iceland",
    "Indonesia",
)
CITY = words(*CITY_NAMES)
COUNTRY = words(*COUNTRY_NAMES)
LANGUAGE = words(
    "Spanish", "Japanese", "Swahili", "German", "Portuguese", "Korean", "Turkish", "Polish", "Hindi", "Greek"
)
US_STATES = (
    "Ohio",
    "Texas",
    "Georgia",
    "Arizona",
    "Michigan",
    "Wisconsin",
    "Pennsylvania",
    "Nevada",
    "Colorado",
    "North Carolina",
    "Minnesota",
    "Virginia",
)
STATE = words(*US_STATES)
LATITUDE = qty(-55, 70, ("",), 4)
LONGITUDE = qty(-179, 179, ("",), 4)
UNIT_DISTANCE = pick(("kilometres", "km"), ("miles", "mi"))
UNIT_HEIGHT = pick(("metres", "m"), ("feet", "ft"))


def said_date(first: int, last: int, iso: bool = True):
    """A date the call passes as the question writes it."""
    span = (date(last, 12, 31) - date(first, 1, 1)).days

    def gen(r):
        d = date(first, 1, 1) + timedelta(days=r.randrange(span + 1))
        forms = [f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}"]
        if iso:
            forms.append(d.isoformat())
        text = r.choice(forms)
        return text, text

    return gen


def decade(r):
    start = r.randrange(1700, 1990, 10)
    return f"the {start}s", start


def coordinate_pair(r):
    lat, lon = round(r.uniform(-55, 70), 4), round(r.uniform(-179, 179), 4)
    return f"({lat}, {lon})", {"latitude": lat, "longitude": lon}


def docket(r):
    text = f"{r.randint(1, 4)}:{r.randint(15, 25)}-{r.choice(['cv', 'cr'])}-{r.randint(100, 9999):05d}"
    return text, text


def flight_number(r):
    text = f"{r.choice(['LH', 'BA', 'QF', 'AF', 'UA', 'EK', 'SQ', 'KL', 'TK', 'LA'])}{r.randint(10, 2999)}"
    return text, text


def street_address(r):
    street = r.choice(
        ["Maple Avenue", "Oak Street", "Lincoln Road", "Riverside Drive", "Elm Court", "Hillcrest Lane"]
    )
    town = r.choice(
        [
            "Columbus, Ohio",
            "Tucson, Arizona",
            "Madison, Wisconsin",
            "Raleigh, North Carolina",
            "Boulder, Colorado",
        ]
    )
    text = f"{r.randint(12, 4980)} {street}, {town}"
    return text, text


def age_range(r):
    lo = r.choice([0, 5, 18, 25, 35, 45, 65])
    hi = lo + r.choice([4, 9, 14, 19, 29])
    return f"aged {lo} to {hi}", {"min_age": lo, "max_age": hi}


def visitors(r):
    group = {"adults": r.randint(1, 4), "seniors": r.randint(0, 2), "students": r.randint(0, 3)}
    parts = [f"{n} {k[:-1] if n == 1 else k}" for k, n in group.items() if n]
    return (parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]), group


def ages(r):
    values = [r.randint(1, 85) for _ in range(r.randint(2, 5))]
    return ", ".join(map(str, values[:-1])) + " and " + str(values[-1]), values


def percent_plain(lo: int, hi: int):
    """A whole percentage ("35%") passed as the number 35."""

    def gen(r):
        value = r.randint(lo, hi)
        return f"{value}{r.choice(['%', ' percent'])}", value

    return gen


def include(r):
    return "", True


POINT = {
    "properties": {
        "latitude": {"type": "float", "description": "Latitude in decimal degrees."},
        "longitude": {"type": "float", "description": "Longitude in decimal degrees."},
    }
}
STRINGS = {"items": {"type": "string"}}

GEOGRAPHY = [
    Tool(
        "country_almanac.profile_fields",
        "Selected facts about a country, such as its capital, currency or official languages.",
        [
            Param("country", "string", "Name of the country.", COUNTRY),
            Param(
                "fields",
                "array",
                "Facts to return, named in plain words, e.g. 'capital' or 'currency'.",
                listing(
                    ("capital", "currency", "official languages", "calling code", "area", "head of state")
                ),
                schema=STRINGS,
            ),
        ],
        (
            "give me the {fields} of {country}",
            "look up the {fields} for {country}",
        ),
    ),
    Tool(
        "elevation_grid.point_height",
        "Ground elevation above sea level at a coordinate.",
        [
            Param("latitude", "float", "Latitude in decimal degrees.", LATITUDE, vary=False),
            Param("longitude", "float", "Longitude in decimal degrees.", LONGITUDE, vary=False),
            Param(
                "unit",
                "string",
                "Unit of the result: 'm' or 'ft'. Default is 'm'.",
                UNIT_HEIGHT,
                " in {}",
                {"enum": ["m", "ft"], "default": "m"},
                vary=False,
            ),
        ],
        (
            "find the elevation at latitude {latitude}, longitude {longitude}",
            "look up how high above sea level the point at latitude {latitude} and longitude {longitude} is",
        ),
    ),
    Tool(
        "great_circle.city_separation",
        "Straight-line (great-circle) distance between two cities.",
        [
            Param("city_a", "string", "First city.", CITY),
            Param("city_b", "string", "Second city.", CITY),
            Param(
                "unit",
                "string",
                "Unit of the distance: 'km' or 'mi'. Default is 'km'.",
                UNIT_DISTANCE,
                " in {}",
                {"enum": ["km", "mi"], "default": "km"},
                vary=False,
            ),
        ],
        (
            "work out how far {city_a} is from {city_b} as the crow flies",
            "get the great-circle distance between {city_a} and {city_b}",
        ),
    ),
    Tool(
        "tz_lookup.utc_offset_on",
        "UTC offset a city observes on a given date, daylight saving included.",
        [
            Param("city", "string", "Name of the city.", CITY),
            Param("date", "string", "The date to check.", said_date(2025, 2028)),
        ],
        (
            "find the UTC offset in {city} on {date}",
            "check which time zone offset {city} uses on {date}",
        ),
    ),
    Tool(
        "country_almanac.largest_cities",
        "The most populous cities of a country, largest first.",
        [
            Param("country", "string", "Name of the country.", COUNTRY),
            Param(
                "count",
                "integer",
                "How many cities to list.",
                qty(3, 25, (" largest cities", " biggest cities")),
                vary=False,
            ),
        ],
        (
            "list the {count} of {country}",
            "name the {count} in {country} by population",
        ),
    ),
    Tool(
        "map_scale.ground_distance",
        "Real ground distance in kilometres for a distance measured on a map.",
        [
            Param(
                "map_distance_cm",
                "float",
                "Distance measured on the map in centimetres.",
                qty(0.5, 60, (" cm",), 1),
            ),
            Param(
                "scale_denominator",
                "integer",
                "Denominator of the map scale, e.g. 50000 for 1:50,000.",
                pick(
                    *((f"1:{n:,}", n) for n in (10000, 24000, 25000, 50000, 63360, 100000, 250000, 1000000))
                ),
            ),
        ],
        (
            "convert {map_distance_cm} on a {scale_denominator} map into a ground distance",
            "work out the real distance for {map_distance_cm} measured on a map at {scale_denominator}",
        ),
    ),
    Tool(
        "geo_math.initial_bearing",
        "Initial compass bearing in degrees for travelling from one coordinate to another.",
        [
            Param("start", "dict", "Starting point.", coordinate_pair, schema=POINT),
            Param("end", "dict", "Destination point.", coordinate_pair, schema=POINT),
        ],
        (
            "compute the initial bearing from {start} to {end}",
            "find which compass heading to take to go from {start} towards {end}",
        ),
    ),
]

HISTORY = [
    Tool(
        "chronicle.notable_events",
        "Notable historical events of a country in one year.",
        [
            Param("country", "string", "Name of the country.", COUNTRY),
            Param("year", "integer", "The year.", year(1450, 2010)),
            Param(
                "limit",
                "integer",
                "Maximum number of events. Default is 10.",
                qty(3, 20),
                ", at most {} events",
                {"default": 10},
            ),
        ],
        (
            "list the notable events in {country} in {year}",
            "summarise what happened in {country} in {year}",
        ),
    ),
    Tool(
        "dynasty_registry.rulers_between",
        "Monarchs and other rulers of a realm within a span of years.",
        [
            Param(
                "realm",
                "string",
                "Country, kingdom or empire.",
                words(
                    "Japan",
                    "Ethiopia",
                    "Persia",
                    "Castile",
                    "Scotland",
                    "Prussia",
                    "Siam",
                    "Korea",
                    "Hungary",
                    "Bohemia",
                ),
            ),
            Param("start_year", "integer", "First year of the span.", year(800, 1400)),
            Param("end_year", "integer", "Last year of the span.", year(1450, 1900)),
        ],
        (
            "list the rulers of {realm} between {start_year} and {end_year}",
            "find out who ruled {realm} from {start_year} to {end_year}",
        ),
    ),
    Tool(
        "conflict_archive.battles_of",
        "Battles of a war with at least a given number of casualties.",
        [
            Param(
                "war",
                "string",
                "Name of the war.",
                words(
                    "Crimean War",
                    "Thirty Years' War",
                    "War of the Pacific",
                    "Seven Years' War",
                    "Boer War",
                    "Franco-Prussian War",
                    "Korean War",
                    "Hundred Years' War",
                    "Paraguayan War",
                    "Russo-Japanese War",
                ),
            ),
            Param("min_casualties", "integer", "Lowest casualty count to include.", qty(500, 60000)),
        ],
        (
            "list the battles of the {war} with more than {min_casualties} casualties",
            "find battles in the {war} that cost at least {min_casualties} casualties",
        ),
    ),
    Tool(
        "invention_index.by_decade",
        "Inventions first made or patented in a country during a decade.",
        [
            Param(
                "country",
                "string",
                "Name of the country.",
                words(
                    "Sweden",
                    "Scotland",
                    "Germany",
                    "Japan",
                    "France",
                    "Italy",
                    "Hungary",
                    "Canada",
                    "Switzerland",
                    "Austria",
                ),
            ),
            Param("decade", "integer", "First year of the decade, e.g. 1890 for the 1890s.", decade),
        ],
        (
            "list the inventions from {country} in {decade}",
            "find what was invented in {country} during {decade}",
        ),
    ),
    Tool(
        "dig_sites.within_radius",
        "Archaeological excavation sites within a radius of a coordinate.",
        [
            Param("latitude", "float", "Latitude in decimal degrees.", LATITUDE, vary=False),
            Param("longitude", "float", "Longitude in decimal degrees.", LONGITUDE, vary=False),
            Param("radius_km", "float", "Search radius in kilometres.", qty(5, 400, (" km", " kilometres"))),
        ],
        (
            "find archaeological sites within {radius_km} of latitude {latitude}, longitude {longitude}",
            "list excavations within {radius_km} of the point {latitude}, {longitude}",
        ),
    ),
    Tool(
        "radiocarbon.sample_age",
        "Age in years of an organic sample from the fraction of carbon-14 it retains.",
        [
            Param(
                "c14_remaining_pct",
                "float",
                "Carbon-14 remaining, in percent of the living level.",
                percent(1, 99, 1),
            ),
            Param(
                "half_life_years",
                "float",
                "Half-life of carbon-14 in years. Default is 5730.",
                pick(("5,568 years", 5568), ("5,730 years", 5730), ("5700 years", 5700)),
                " using a half-life of {}",
                {"default": 5730},
            ),
        ],
        (
            "date a sample that retains {c14_remaining_pct} of its carbon-14",
            "estimate the age of bone with {c14_remaining_pct} of its original carbon-14 left",
        ),
    ),
    Tool(
        "past_calendar.weekday_of",
        "Day of the week on which a historical date fell.",
        [Param("date", "string", "The date.", said_date(1500, 1990, iso=False))],
        (
            "work out what day of the week {date} was",
            "find the weekday of {date}",
            "check which day of the week fell on {date}",
        ),
    ),
]

TRAVEL = [
    Tool(
        "sky_route.one_way_flights",
        "One-way flights between two cities on a date.",
        [
            Param("origin", "string", "Departure city.", CITY),
            Param("destination", "string", "Arrival city.", CITY),
            Param("departure_date", "string", "Day of departure.", said_date(2026, 2027)),
            Param(
                "passengers",
                "integer",
                "Number of passengers. Default is 1.",
                qty(2, 6, (" passengers", " travellers")),
                " for {}",
                {"default": 1},
            ),
        ],
        (
            "find one-way flights from {origin} to {destination} on {departure_date}",
            "search flights {origin} to {destination} leaving {departure_date}",
        ),
    ),
    Tool(
        "flight_tracker.status_by_number",
        "Live or scheduled status of a flight by its number.",
        [
            Param("flight_number", "string", "Airline code and number, e.g. 'LH431'.", flight_number),
            Param("date", "string", "Date of the flight.", said_date(2026, 2026)),
        ],
        (
            "check the status of flight {flight_number} on {date}",
            "see whether flight {flight_number} on {date} is running on time",
        ),
    ),
    Tool(
        "inn_finder.under_budget",
        "Hotels in a city whose nightly rate is under a budget.",
        [
            Param("city", "string", "City to search.", CITY),
            Param("max_nightly_rate", "float", "Highest nightly rate in US dollars.", money(40, 900)),
            Param(
                "min_stars",
                "integer",
                "Minimum star rating. Default is 1.",
                pick(("3", 3), ("4", 4), ("5", 5)),
                " rated at least {} stars",
                {"default": 1},
            ),
        ],
        (
            "find hotels in {city} under {max_nightly_rate} a night",
            "show me places to stay in {city} for less than {max_nightly_rate} per night",
        ),
    ),
    Tool(
        "auto_hire.rental_quote",
        "Quote for renting a car in a city.",
        [
            Param("pickup_city", "string", "City where the car is collected.", CITY),
            Param("pickup_date", "string", "Day the rental starts.", said_date(2026, 2027)),
            Param("rental_days", "integer", "Length of the rental in days.", qty(1, 30, (" days",))),
            Param(
                "car_class",
                "string",
                "Car class. Default is 'economy'.",
                pick("compact", "intermediate", "premium", "luxury"),
                ", {} class",
                {"enum": ["economy", "compact", "intermediate", "premium", "luxury"], "default": "economy"},
                vary=False,
            ),
        ],
        (
            "get a car rental quote in {pickup_city} from {pickup_date} for {rental_days}",
            "price renting a car in {pickup_city} for {rental_days} starting {pickup_date}",
        ),
    ),
    Tool(
        "border_rules.visa_needed",
        "Whether a traveller needs a visa for a stay of a given length.",
        [
            Param("passport_country", "string", "Country that issued the passport.", COUNTRY),
            Param("destination_country", "string", "Country being visited.", COUNTRY),
            Param("stay_days", "integer", "Length of the stay in days.", qty(3, 180, (" days",))),
        ],
        (
            "check if someone with a passport from {passport_country} needs a visa"
            " for {stay_days} in {destination_country}",
            "look up the visa rules for citizens of {passport_country}"
            " visiting {destination_country} for {stay_days}",
        ),
    ),
    Tool(
        "sights.top_attractions",
        "Most visited attractions of a city.",
        [
            Param("city", "string", "Name of the city.", CITY),
            Param("limit", "integer", "How many attractions to return.", qty(3, 20)),
            Param(
                "category",
                "string",
                "Kind of attraction to favour. Default is 'any'.",
                words("museums", "parks", "food markets", "viewpoints", "historic sites"),
                " focusing on {}",
                {"default": "any"},
            ),
        ],
        (
            "list the top {limit} attractions in {city}",
            "name {limit} things worth seeing in {city}",
        ),
    ),
    Tool(
        "trip_cover.insurance_quote",
        "Travel insurance premium for a group trip.",
        [
            Param("destination_country", "string", "Country of the trip.", COUNTRY),
            Param("trip_cost", "float", "Total prepaid trip cost in US dollars.", money(500, 30000)),
            Param(
                "traveller_ages",
                "array",
                "Age of each traveller in years.",
                ages,
                schema={"items": {"type": "integer"}},
            ),
        ],
        (
            "quote travel insurance for a {trip_cost} trip to"
            " {destination_country} for people aged {traveller_ages}",
            "price cover for a {trip_cost} trip to {destination_country}, travellers aged {traveller_ages}",
        ),
    ),
]

WEATHER = [
    Tool(
        "outlook_service.forecast_days",
        "Day-by-day weather forecast of a city for the coming days.",
        [
            Param("city", "string", "Name of the city.", CITY),
            Param("days", "integer", "Number of days ahead.", qty(2, 14, (" days",))),
            Param(
                "units",
                "string",
                "Measurement system: 'metric' or 'imperial'. Default is 'metric'.",
                pick(("Fahrenheit", "imperial"), ("Celsius", "metric")),
                " in {}",
                {"enum": ["metric", "imperial"], "default": "metric"},
                vary=False,
            ),
        ],
        (
            "get the forecast for {city} for the next {days}",
            "show me the weather outlook for {city} over the next {days}",
        ),
    ),
    Tool(
        "air_monitor.pollutant_level",
        "Current concentration of one air pollutant in a city.",
        [
            Param("city", "string", "Name of the city.", CITY),
            Param(
                "pollutant",
                "string",
                "Pollutant code: pm25, pm10, o3, no2, so2 or co.",
                pick(
                    ("PM2.5", "pm25"),
                    ("PM10", "pm10"),
                    ("ozone", "o3"),
                    ("nitrogen dioxide", "no2"),
                    ("sulfur dioxide", "so2"),
                    ("carbon monoxide", "co"),
                ),
                schema={"enum": ["pm25", "pm10", "o3", "no2", "so2", "co"]},
                vary=False,
            ),
        ],
        (
            "check the current {pollutant} level in {city}",
            "measure how much {pollutant} is in the air in {city} right now",
        ),
    ),
    Tool(
        "rain_ledger.total_between",
        "Total recorded precipitation in a city between two past dates.",
        [
            Param("city", "string", "Name of the city.", CITY),
            Param("start_date", "string", "First day of the period.", said_date(2012, 2018)),
            Param("end_date", "string", "Last day of the period.", said_date(2019, 2024)),
        ],
        (
            "total the rainfall recorded in {city} between {start_date} and {end_date}",
            "find how much precipitation fell in {city} from {start_date} to {end_date}",
        ),
    ),
    Tool(
        "heat_records.hottest_days",
        "The hottest recorded days of a city in one year.",
        [
            Param("city", "string", "Name of the city.", CITY),
            Param("year", "integer", "Calendar year.", year(1980, 2024)),
            Param("count", "integer", "How many days to list.", qty(3, 15), vary=False),
        ],
        (
            "list the {count} hottest days in {city} in {year}",
            "find the top {count} hottest days recorded in {city} during {year}",
        ),
    ),
    Tool(
        "heat_stress.feels_like",
        "Apparent (feels-like) temperature from air temperature and humidity.",
        [
            Param(
                "temperature_c",
                "float",
                "Air temperature in degrees Celsius.",
                qty(20, 48, ("°C", " degrees Celsius"), 1),
            ),
            Param("humidity_pct", "float", "Relative humidity in percent.", percent_plain(10, 100)),
        ],
        (
            "compute the heat index for {temperature_c} at {humidity_pct} humidity",
            "work out what {temperature_c} with {humidity_pct} relative humidity feels like",
        ),
    ),
    Tool(
        "marine_outlook.wave_height",
        "Forecast significant wave height at a sea location over the coming hours.",
        [
            Param("latitude", "float", "Latitude in decimal degrees.", LATITUDE, vary=False),
            Param("longitude", "float", "Longitude in decimal degrees.", LONGITUDE, vary=False),
            Param("hours", "integer", "Forecast horizon in hours.", qty(6, 120, (" hours",))),
        ],
        (
            "forecast the wave height at {latitude}, {longitude} for the next {hours}",
            "get the sea state at latitude {latitude} and longitude {longitude} over {hours}",
        ),
    ),
    Tool(
        "air_monitor.compare_cities",
        "Daily air quality index of several cities on one past date.",
        [
            Param("cities", "array", "Cities to compare.", listing(CITY_NAMES, (2, 4)), schema=STRINGS),
            Param("date", "string", "The date.", said_date(2019, 2025)),
        ],
        (
            "compare the air quality index of {cities} on {date}",
            "show how air quality in {cities} stacked up on {date}",
        ),
    ),
]

TRANSPORT = [
    Tool(
        "route_planner.multi_stop",
        "Route through several stops in the given order.",
        [
            Param(
                "stops",
                "array",
                "Places to visit, in order.",
                listing(
                    ("Lyon", "Geneva", "Annecy", "Turin", "Grenoble", "Chamonix", "Milan", "Bern"), (3, 5)
                ),
                schema=STRINGS,
            ),
            Param(
                "mode",
                "string",
                "Travel mode: 'driving', 'cycling' or 'walking'. Default is 'driving'.",
                pick(("car", "driving"), ("bike", "cycling"), ("bicycle", "cycling")),
                " by {}",
                {"enum": ["driving", "cycling", "walking"], "default": "driving"},
                vary=False,
            ),
        ],
        (
            "plan a route through {stops}",
            "map out a trip that goes {stops} in that order",
        ),
    ),
    Tool(
        "transit_board.next_departures",
        "Upcoming departures from a rail or metro station.",
        [
            Param(
                "station",
                "string",
                "Station name.",
                words(
                    "Shinjuku Station",
                    "Gare de Lyon",
                    "Amsterdam Centraal",
                    "Union Station",
                    "Hauptbahnhof Zurich",
                    "King's Cross",
                    "Porta Nuova",
                    "Atocha",
                    "Central Station Sydney",
                    "Grand Central",
                ),
            ),
            Param(
                "count",
                "integer",
                "How many departures to list.",
                qty(2, 12, (" departures", " trains")),
                vary=False,
            ),
        ],
        (
            "show the next {count} from {station}",
            "list the upcoming {count} leaving {station}",
        ),
    ),
    Tool(
        "traffic_watch.incidents_within",
        "Current traffic incidents within a radius of a coordinate.",
        [
            Param("latitude", "float", "Latitude in decimal degrees.", LATITUDE, vary=False),
            Param("longitude", "float", "Longitude in decimal degrees.", LONGITUDE, vary=False),
            Param("radius_km", "float", "Search radius in kilometres.", qty(1, 60, (" km",))),
        ],
        (
            "report traffic incidents within {radius_km} of {latitude}, {longitude}",
            "check for accidents or roadworks within {radius_km} of {latitude}, {longitude}",
        ),
    ),
    Tool(
        "ev_network.chargers_near",
        "Public EV charging stations in a city at or above a power level.",
        [
            Param("city", "string", "Name of the city.", CITY),
            Param("min_power_kw", "integer", "Minimum charger power in kilowatts.", qty(7, 350, (" kW",))),
            Param(
                "connector",
                "string",
                "Connector type: 'CCS', 'CHAdeMO', 'Type 2' or 'NACS'. Default is 'any'.",
                pick("CCS", "CHAdeMO", "Type 2", "NACS"),
                " with {} connectors",
                {"enum": ["any", "CCS", "CHAdeMO", "Type 2", "NACS"], "default": "any"},
                vary=False,
            ),
        ],
        (
            "find EV chargers in {city} of at least {min_power_kw}",
            "list charging stations in {city} delivering {min_power_kw} or more",
        ),
    ),
    Tool(
        "ev_network.charge_duration",
        "Time in minutes to charge an EV battery between two levels.",
        [
            Param("battery_kwh", "float", "Usable battery capacity in kWh.", qty(20, 120, (" kWh",), 1)),
            Param("start_pct", "integer", "Starting state of charge in percent.", percent_plain(3, 40)),
            Param("target_pct", "integer", "Target state of charge in percent.", percent_plain(60, 100)),
            Param("charger_kw", "float", "Charger power in kW.", qty(7, 350, (" kW",))),
        ],
        (
            "estimate how long a {battery_kwh} battery takes to charge from"
            " {start_pct} to {target_pct} at {charger_kw}",
            "work out the charging time from {start_pct} to {target_pct}"
            " for a {battery_kwh} pack on {charger_kw}",
        ),
    ),
    Tool(
        "ferry_lines.sailings",
        "Ferry sailings between two ports on a date.",
        [
            Param(
                "departure_port",
                "string",
                "Port of departure.",
                words(
                    "Piraeus",
                    "Dover",
                    "Helsinki",
                    "Split",
                    "Naples",
                    "Tallinn",
                    "Calais",
                    "Santorini",
                    "Ancona",
                    "Stockholm",
                ),
            ),
            Param(
                "arrival_port",
                "string",
                "Port of arrival.",
                words(
                    "Mykonos", "Hvar", "Capri", "Patras", "Gotland", "Rhodes", "Dubrovnik", "Corfu", "Ischia"
                ),
            ),
            Param("date", "string", "Day of travel.", said_date(2026, 2027)),
        ],
        (
            "list ferry sailings from {departure_port} to {arrival_port} on {date}",
            "find a ferry from {departure_port} to {arrival_port} on {date}",
        ),
    ),
    Tool(
        "trip_emissions.co2_for_trip",
        "CO2 emitted per passenger for a trip by a given mode of transport.",
        [
            Param(
                "distance_km", "float", "Trip distance in kilometres.", qty(5, 12000, (" km", " kilometres"))
            ),
            Param(
                "mode",
                "string",
                "Mode of transport: 'car', 'train', 'bus' or 'plane'.",
                pick(("by car", "car"), ("by train", "train"), ("by bus", "bus"), ("by plane", "plane")),
                schema={"enum": ["car", "train", "bus", "plane"]},
                vary=False,
            ),
            Param(
                "passengers",
                "integer",
                "People sharing the vehicle. Default is 1.",
                qty(2, 5, (" people",)),
                " shared by {}",
                {"default": 1},
            ),
        ],
        (
            "estimate the CO2 of travelling {distance_km} {mode}",
            "calculate the carbon footprint of a {distance_km} trip {mode}",
        ),
    ),
]

PARTY = words(
    "Halvorsen Shipping Ltd",
    "Marisol Echeverria",
    "Northgate Pharmaceuticals",
    "Blue Fern Holdings",
    "Dmitri Volkov",
    "Castellan Mining Corp",
    "Aiyana Redcloud",
    "Orchard Lane Foods",
    "Kwame Asante",
    "Tessaract Robotics Inc",
)
JURISDICTION = words(
    "Ontario",
    "California",
    "Queensland",
    "Scotland",
    "Bavaria",
    "New South Wales",
    "Texas",
    "British Columbia",
    "Ireland",
    "Quebec",
)

LAW = [
    Tool(
        "court_records.by_docket",
        "Court case details by docket number.",
        [
            Param("docket_number", "string", "Docket (case) number as written on the filing.", docket),
            Param(
                "court",
                "string",
                "Court that holds the case. Default is 'any'.",
                words(
                    "Southern District of New York",
                    "Northern District of Illinois",
                    "District of Delaware",
                    "Central District of California",
                ),
                " in the {}",
                {"default": "any"},
            ),
        ],
        (
            "pull up case number {docket_number}",
            "look up the docket for case {docket_number}",
        ),
    ),
    Tool(
        "court_records.by_party",
        "Court cases naming a person or company as a party, filed since a year.",
        [
            Param("party_name", "string", "Name of the person or company.", PARTY),
            Param("filed_since", "integer", "Earliest filing year.", year(1995, 2024)),
        ],
        (
            "find court cases involving {party_name} filed since {filed_since}",
            "search for lawsuits naming {party_name} as a party from {filed_since} on",
        ),
    ),
    Tool(
        "statute_finder.search_code",
        "Statutes of a jurisdiction on a topic.",
        [
            Param("jurisdiction", "string", "State, province or country.", JURISDICTION),
            Param(
                "topic",
                "string",
                "Subject to search for.",
                quoted(
                    "noise nuisance",
                    "tenant deposits",
                    "drone flights",
                    "dog bites",
                    "short-term rentals",
                    "jaywalking",
                    "data breaches",
                    "firework sales",
                ),
            ),
        ],
        (
            "find the statutes in {jurisdiction} about {topic}",
            "search {jurisdiction} law for provisions on {topic}",
        ),
    ),
    Tool(
        "patent_search.by_keywords",
        "Patents whose claims match all the given keywords.",
        [
            Param(
                "keywords",
                "array",
                "Keywords to match.",
                listing(
                    (
                        "graphene",
                        "battery anode",
                        "drone",
                        "solar",
                        "desalination",
                        "lidar",
                        "bioplastic",
                        "heat pump",
                    ),
                    (2, 3),
                    quote=True,
                ),
                schema=STRINGS,
            ),
            Param(
                "filed_after",
                "integer",
                "Only patents filed after this year. Default is 0 (no limit).",
                year(1990, 2022),
                " filed after {}",
                {"default": 0},
            ),
        ],
        (
            "search patents matching the keywords {keywords}",
            "find patents that mention {keywords}",
        ),
    ),
    Tool(
        "mark_watch.similar_marks",
        "Registered trademarks similar to a proposed mark in one Nice class.",
        [
            Param(
                "mark",
                "string",
                "The proposed mark.",
                quoted(
                    "SunHarbor",
                    "Kettlewick",
                    "BrightMoss",
                    "Aurelio",
                    "Zestful Pine",
                    "Nordvik",
                    "QuillStone",
                    "Lumora",
                ),
            ),
            Param("nice_class", "integer", "Nice classification number, 1 to 45.", qty(1, 45)),
        ],
        (
            "check for trademarks similar to {mark} in class {nice_class}",
            "search registered marks close to {mark} under Nice class {nice_class}",
        ),
    ),
    Tool(
        "claims_court.filing_fee",
        "Small-claims filing fee for a claim amount in a jurisdiction.",
        [
            Param("claim_amount", "float", "Amount claimed in US dollars.", money(100, 25000)),
            Param("jurisdiction", "string", "US state of the court.", STATE),
        ],
        (
            "find the small-claims filing fee for a {claim_amount} claim in {jurisdiction}",
            "find out what it costs to file a {claim_amount} small claim in {jurisdiction}",
        ),
    ),
    Tool(
        "limitation_clock.deadline",
        "Last day to bring a claim under the statute of limitations.",
        [
            Param("jurisdiction", "string", "State, province or country.", JURISDICTION),
            Param(
                "claim_type",
                "string",
                "Kind of claim.",
                words(
                    "personal injury",
                    "breach of contract",
                    "defamation",
                    "medical malpractice",
                    "property damage",
                    "wrongful dismissal",
                ),
            ),
            Param("incident_date", "string", "Date of the incident.", said_date(2020, 2025)),
        ],
        (
            "work out the limitation deadline for a {claim_type} claim"
            " in {jurisdiction} from {incident_date}",
            "find the last day to file a {claim_type} claim in {jurisdiction} arising on {incident_date}",
        ),
    ),
]

GOVERNMENT = [
    Tool(
        "house_roster.member_for_district",
        "Member of the US House for a congressional district.",
        [
            Param("state", "string", "US state.", STATE),
            Param("district", "integer", "District number.", qty(1, 15)),
        ],
        (
            "find who represents congressional district {district} of {state}",
            "look up the House member for {state} district {district}",
        ),
    ),
    Tool(
        "ballot_archive.state_results",
        "Election results of a US state in one year.",
        [
            Param("state", "string", "US state.", STATE),
            Param("year", "integer", "Election year.", pick(*range(1960, 2025, 2))),
            Param(
                "office",
                "string",
                "Office contested: 'president', 'senate' or 'governor'. Default is 'president'.",
                pick(
                    ("the Senate race", "senate"),
                    ("the governor's race", "governor"),
                    ("the presidential race", "president"),
                ),
                " for {}",
                {"enum": ["president", "senate", "governor"], "default": "president"},
                vary=False,
            ),
        ],
        (
            "get the {year} election results in {state}",
            "show how {state} voted in {year}",
        ),
    ),
    Tool(
        "census_counts.population_by_age",
        "Census population of a county within an age range.",
        [
            Param(
                "county",
                "string",
                "County and state.",
                words(
                    "Cook County, Illinois",
                    "Maricopa County, Arizona",
                    "King County, Washington",
                    "Travis County, Texas",
                    "Dane County, Wisconsin",
                    "Wake County, North Carolina",
                    "Fulton County, Georgia",
                    "Hennepin County, Minnesota",
                ),
            ),
            Param("census_year", "integer", "Census year.", pick(1980, 1990, 2000, 2010, 2020)),
            Param(
                "age_range",
                "dict",
                "Age band to count, inclusive.",
                age_range,
                schema={
                    "properties": {
                        "min_age": {"type": "integer", "description": "Youngest age in years."},
                        "max_age": {"type": "integer", "description": "Oldest age in years."},
                    }
                },
            ),
        ],
        (
            "get the number of people {age_range} in {county} in the {census_year} census",
            "count residents of {county} {age_range} according to the {census_year} census",
        ),
    ),
    Tool(
        "turnout_stats.compare_states",
        "Voter turnout of several US states in one election year.",
        [
            Param("states", "array", "US states to compare.", listing(US_STATES, (2, 4)), schema=STRINGS),
            Param("year", "integer", "Election year.", pick(*range(1976, 2025, 2))),
        ],
        (
            "compare voter turnout in {states} in {year}",
            "show the {year} turnout for {states}",
        ),
    ),
    Tool(
        "seat_allocation.dhondt",
        "Seats won by each party under the D'Hondt method.",
        [
            Param(
                "party_votes",
                "array",
                "Votes of each party, in list order.",
                numbers(2000, 400000, (3, 6)),
                schema={"items": {"type": "integer"}},
            ),
            Param("seats", "integer", "Seats to fill.", qty(5, 60, (" seats",))),
        ],
        (
            "allocate {seats} by D'Hondt for parties with {party_votes} votes",
            "split {seats} among parties polling {party_votes} votes using the D'Hondt method",
        ),
    ),
    Tool(
        "census_growth.annual_rate",
        "Average annual population growth rate between two counts.",
        [
            Param(
                "start_population",
                "integer",
                "Population at the first count.",
                qty(1000, 9000000, (" people", " residents", "")),
            ),
            Param(
                "end_population",
                "integer",
                "Population at the second count.",
                qty(1000, 9000000, (" people", " residents", "")),
            ),
            Param("years", "integer", "Years between the two counts.", qty(2, 50, (" years",))),
        ],
        (
            "compute the annual growth rate of a population changing"
            " from {start_population} to {end_population}"
            " in {years}",
            "find the yearly growth rate of a population that went from"
            " {start_population} to {end_population} in {years}",
        ),
    ),
    Tool(
        "polling_place.locate",
        "Polling place assigned to a home address for an election.",
        [
            Param("address", "string", "Voter's home address.", street_address),
            Param("election_date", "string", "Date of the election.", said_date(2026, 2028)),
        ],
        (
            "find the polling place for {address} for the election on {election_date}",
            "look up where someone living at {address} votes on {election_date}",
        ),
    ),
]

WORD = quoted(
    "serendipity",
    "threshold",
    "wanderlust",
    "harbour",
    "lantern",
    "meadow",
    "ember",
    "quarrel",
    "saffron",
    "whisper",
    "algebra",
    "ketchup",
    "robot",
    "avocado",
    "quarantine",
    "salary",
    "mortgage",
    "tycoon",
    "bungalow",
    "sabotage",
)

LANGUAGES = [
    Tool(
        "lingua_bridge.translate_text",
        "Translate an English text into a named language.",
        [
            Param(
                "text",
                "string",
                "Text to translate.",
                quoted(
                    "the museum opens at nine",
                    "is breakfast included?",
                    "we missed the last bus",
                    "please speak more slowly",
                    "how far is the old town?",
                    "I am allergic to peanuts",
                    "the meeting was moved to Friday",
                    "can I pay by card?",
                ),
            ),
            Param("target_language", "string", "Language to translate into.", LANGUAGE),
            Param(
                "register",
                "string",
                "Tone of the translation: 'formal' or 'casual'. Default is 'casual'.",
                pick(
                    ("formal", "formal"), ("polite", "formal"), ("casual", "casual"), ("informal", "casual")
                ),
                " in a {} tone",
                {"enum": ["formal", "casual"], "default": "casual"},
                vary=False,
            ),
        ],
        (
            "translate {text} into {target_language}",
            "put the sentence {text} into {target_language}",
            "give me the {target_language} for {text}",
        ),
    ),
    Tool(
        "lexicon.definition",
        "Dictionary definitions of a word, written in a chosen language.",
        [
            Param(
                "word",
                "string",
                "The word to define.",
                quoted(
                    "Fernweh",
                    "saudade",
                    "hygge",
                    "wabi-sabi",
                    "sobremesa",
                    "lagom",
                    "meraki",
                    "ubuntu",
                    "tsundoku",
                    "hiraeth",
                ),
            ),
            Param(
                "language",
                "string",
                "Language the definition is written in.",
                words("English", "Spanish", "French", "German", "Italian", "Dutch", "Portuguese", "Swedish"),
            ),
        ],
        (
            "define {word} in {language}",
            "give me the {language} dictionary definition of {word}",
            "look up {word} in a {language} dictionary",
        ),
    ),
    Tool(
        "speech_guide.pronunciation",
        "Phonetic pronunciation (IPA) of a word in a language.",
        [
            Param(
                "word",
                "string",
                "The word.",
                quoted(
                    "Paris",
                    "Chicago",
                    "Mozart",
                    "Picasso",
                    "Jerusalem",
                    "chocolate",
                    "hotel",
                    "Barcelona",
                    "Tokyo",
                    "Einstein",
                    "museum",
                ),
            ),
            Param(
                "language",
                "string",
                "Language whose pronunciation is wanted.",
                words("English", "French", "Italian", "Polish", "German", "Spanish", "Portuguese", "Dutch"),
            ),
            Param(
                "slow_audio",
                "boolean",
                "Also return a slowed-down audio clip. Default is false.",
                include,
                " and include slowed-down audio{}",
                {"default": False},
            ),
        ],
        (
            "show how to pronounce {word} in {language}",
            "give me the {language} pronunciation of {word}",
        ),
    ),
    Tool(
        "etymology_db.origin_of",
        "Etymology of a word: source language and history.",
        [
            Param("word", "string", "The English word.", WORD),
            Param(
                "first_use",
                "boolean",
                "Include the date of first attested use. Default is false.",
                include,
                " with the date it was first recorded{}",
                {"default": False},
            ),
        ],
        (
            "trace the origin of the word {word}",
            "find the etymology of {word}",
            "explain where the word {word} comes from",
        ),
    ),
    Tool(
        "lingua_bridge.translate_batch",
        "Translate several short phrases into one named language.",
        [
            Param(
                "phrases",
                "array",
                "Phrases to translate.",
                listing(
                    (
                        "good morning",
                        "thank you",
                        "where is the exit?",
                        "one ticket please",
                        "cheers",
                        "help!",
                        "excuse me",
                        "the bill, please",
                    ),
                    (2, 4),
                    quote=True,
                ),
                schema=STRINGS,
            ),
            Param("target_language", "string", "Language to translate into.", LANGUAGE),
        ],
        (
            "translate {phrases} into {target_language}",
            "give me {target_language} versions of {phrases}",
        ),
    ),
    Tool(
        "number_words.spell_out",
        "A number written out in words in a named language.",
        [
            Param("number", "integer", "The number.", qty(11, 999999)),
            Param(
                "language",
                "string",
                "Language of the words.",
                words(
                    "French", "German", "Spanish", "Italian", "Danish", "Japanese", "Finnish", "Portuguese"
                ),
            ),
        ],
        (
            "write {number} in words in {language}",
            "spell out the number {number} in {language}",
        ),
    ),
]

MUSEUM = words(
    "Rijksmuseum",
    "Prado",
    "Uffizi",
    "Hermitage",
    "Louvre",
    "Art Institute of Chicago",
    "National Gallery",
    "Kunsthistorisches Museum",
    "Musée d'Orsay",
    "Tate Britain",
)

CULTURE = [
    Tool(
        "museum_catalog.works_by_artist",
        "Works by an artist held in a museum's collection.",
        [
            Param("museum", "string", "Name of the museum.", MUSEUM),
            Param(
                "artist",
                "string",
                "Name of the artist.",
                words(
                    "Vermeer",
                    "Goya",
                    "Botticelli",
                    "Rembrandt",
                    "Monet",
                    "Turner",
                    "Caravaggio",
                    "Klimt",
                    "Titian",
                    "Degas",
                ),
            ),
        ],
        (
            "list the works by {artist} held at the {museum}",
            "find which {artist} pieces the {museum} owns",
        ),
    ),
    Tool(
        "heritage_register.unesco_sites",
        "UNESCO World Heritage Sites of some countries inscribed after a year.",
        [
            Param(
                "countries", "array", "Countries to cover.", listing(COUNTRY_NAMES, (1, 3)), schema=STRINGS
            ),
            Param("inscribed_after", "integer", "Only sites inscribed after this year.", year(1978, 2020)),
            Param(
                "category",
                "string",
                "Site category: 'cultural', 'natural' or 'mixed'. Default is 'all'.",
                pick("cultural", "natural", "mixed"),
                ", {} sites only",
                {"enum": ["all", "cultural", "natural", "mixed"], "default": "all"},
                vary=False,
            ),
        ],
        (
            "list UNESCO World Heritage Sites in {countries} inscribed after {inscribed_after}",
            "find heritage sites in {countries} added to the UNESCO list after {inscribed_after}",
        ),
    ),
    Tool(
        "faith_stats.religious_composition",
        "Share of each religion in a country's population in a year.",
        [
            Param("country", "string", "Name of the country.", COUNTRY),
            Param("year", "integer", "Survey year.", year(1950, 2024)),
        ],
        (
            "get the religious makeup of {country} in {year}",
            "break down {country}'s population by religion for {year}",
        ),
    ),
    Tool(
        "festival_calendar.dates_for",
        "Dates a festival is held in a given year.",
        [
            Param(
                "festival",
                "string",
                "Name of the festival.",
                words(
                    "Diwali",
                    "Holi",
                    "Lunar New Year",
                    "Songkran",
                    "Nowruz",
                    "Eid al-Fitr",
                    "Hanukkah",
                    "Dia de los Muertos",
                    "Carnival",
                    "Oktoberfest",
                    "Obon",
                ),
            ),
            Param("year", "integer", "The year.", year(2024, 2035)),
        ],
        (
            "find out when {festival} falls in {year}",
            "find the dates of {festival} {year}",
        ),
    ),
    Tool(
        "monument_hours.opening_times",
        "Opening hours of a monument on a date.",
        [
            Param(
                "monument",
                "string",
                "Name of the monument.",
                words(
                    "Alhambra",
                    "Acropolis",
                    "Angkor Wat",
                    "Colosseum",
                    "Petra",
                    "Machu Picchu",
                    "Taj Mahal",
                    "Stonehenge",
                    "Chichen Itza",
                    "Edinburgh Castle",
                ),
            ),
            Param("date", "string", "Date of the visit.", said_date(2026, 2027)),
        ],
        (
            "check the opening hours of {monument} on {date}",
            "find out when {monument} is open on {date}",
        ),
    ),
    Tool(
        "museum_catalog.admission_price",
        "Total admission price of a museum for a group.",
        [
            Param("museum", "string", "Name of the museum.", MUSEUM),
            Param(
                "group",
                "dict",
                "Visitors by ticket type.",
                visitors,
                schema={
                    "properties": {
                        "adults": {"type": "integer", "description": "Number of adults."},
                        "seniors": {"type": "integer", "description": "Number of seniors (0 if none)."},
                        "students": {"type": "integer", "description": "Number of students (0 if none)."},
                    }
                },
            ),
        ],
        (
            "price admission to the {museum} for {group}",
            "work out what tickets to the {museum} cost for {group}",
        ),
    ),
]

STRUCTURES = (
    "Burj Khalifa",
    "Eiffel Tower",
    "CN Tower",
    "Tokyo Skytree",
    "Shanghai Tower",
    "Petronas Towers",
    "Space Needle",
    "Willis Tower",
    "Taipei 101",
    "Lotte World Tower",
    "The Shard",
    "Ostankino Tower",
)

ARCHITECTURE = [
    Tool(
        "landmark_db.structure_height",
        "Height of a tower, skyscraper or other structure.",
        [
            Param("structure", "string", "Name of the structure.", words(*STRUCTURES)),
            Param(
                "unit",
                "string",
                "Unit of the height: 'm' or 'ft'. Default is 'm'.",
                UNIT_HEIGHT,
                " in {}",
                {"enum": ["m", "ft"], "default": "m"},
                vary=False,
            ),
            Param(
                "to_tip",
                "boolean",
                "Measure to the antenna tip rather than the roof. Default is false.",
                include,
                " including the antenna{}",
                {"default": False},
            ),
        ],
        (
            "find the height of the {structure}",
            "look up how tall the {structure} is",
        ),
    ),
    Tool(
        "landmark_db.rank_by_height",
        "Order structures from tallest to shortest.",
        [
            Param(
                "structures", "array", "Names of the structures.", listing(STRUCTURES, (3, 5)), schema=STRINGS
            )
        ],
        (
            "rank {structures} by height",
            "sort {structures} from tallest to shortest",
        ),
    ),
    Tool(
        "architect_index.works_of",
        "Buildings designed by an architect and completed after a year.",
        [
            Param(
                "architect",
                "string",
                "Name of the architect.",
                words(
                    "Zaha Hadid",
                    "Antoni Gaudi",
                    "Frank Lloyd Wright",
                    "Tadao Ando",
                    "Oscar Niemeyer",
                    "Alvar Aalto",
                    "Le Corbusier",
                    "Renzo Piano",
                    "Lina Bo Bardi",
                    "Kengo Kuma",
                ),
            ),
            Param("completed_after", "integer", "Only buildings finished after this year.", year(1880, 2015)),
        ],
        (
            "list buildings by {architect} completed after {completed_after}",
            "find what {architect} built after {completed_after}",
        ),
    ),
    Tool(
        "skyline.tallest_in_city",
        "Tallest completed buildings of a city.",
        [
            Param(
                "city",
                "string",
                "Name of the city.",
                words(
                    "Dubai",
                    "Hong Kong",
                    "Chicago",
                    "Shenzhen",
                    "Toronto",
                    "Singapore",
                    "Melbourne",
                    "Frankfurt",
                    "Sao Paulo",
                    "Panama City",
                ),
            ),
            Param(
                "count",
                "integer",
                "How many buildings to list.",
                qty(3, 25, (" tallest buildings", " highest towers")),
                vary=False,
            ),
        ],
        (
            "list the {count} in {city}",
            "name the {count} of {city}",
        ),
    ),
    Tool(
        "landmark_db.nearby",
        "Landmarks within walking distance of a given landmark.",
        [
            Param(
                "landmark",
                "string",
                "Name of the landmark.",
                words(
                    "Colosseum",
                    "Brandenburg Gate",
                    "Sagrada Familia",
                    "Charles Bridge",
                    "Hagia Sophia",
                    "Sydney Opera House",
                    "Golden Gate Bridge",
                    "Tower of London",
                    "Duomo di Milano",
                ),
            ),
            Param("radius_m", "integer", "Search radius in metres.", qty(200, 3000, (" m", " metres"))),
        ],
        (
            "find landmarks within {radius_m} of the {landmark}",
            "list sights less than {radius_m} from the {landmark}",
        ),
    ),
    Tool(
        "zoning.floor_area_ratio",
        "Floor area ratio of a building on a lot.",
        [
            Param(
                "lot_area_m2",
                "float",
                "Lot area in square metres.",
                qty(80, 40000, (" m²", " square metres")),
            ),
            Param(
                "floor_area_m2",
                "float",
                "Total gross floor area in square metres.",
                qty(100, 250000, (" m²", " square metres")),
            ),
        ],
        (
            "compute the floor area ratio of {floor_area_m2} of floor space on a {lot_area_m2} lot",
            "find the FAR for a building with {floor_area_m2} of floor area on a lot of {lot_area_m2}",
        ),
    ),
    Tool(
        "stair_design.riser_count",
        "Number and height of stair risers for a floor-to-floor height.",
        [
            Param(
                "floor_height_cm",
                "float",
                "Floor-to-floor height in centimetres.",
                qty(220, 600, (" cm", " centimetres")),
            ),
            Param(
                "max_riser_cm",
                "float",
                "Largest riser height allowed in centimetres.",
                qty(15, 20, (" cm",), 1),
            ),
        ],
        (
            "work out how many risers a stair needs for a {floor_height_cm} floor-to-floor height"
            " with risers of at most {max_riser_cm}",
            "design a staircase rising {floor_height_cm} where no riser exceeds {max_riser_cm}",
        ),
    ),
]

DIVERSE_WORLD = (
    GEOGRAPHY + HISTORY + TRAVEL + WEATHER + TRANSPORT + LAW + GOVERNMENT + LANGUAGES + CULTURE + ARCHITECTURE
)
