"""Tools of the format catalogue (travel, legal, events, retail, weather, sports, real estate). A
place, date, month, time or unit parameter's description states the format its argument takes, by
a pattern ("in the format MM-DD-YYYY", "City, State") or by an example ("e.g. Boston, MA", "like
'ounce' or 'kg'"), and the same value takes different formats across tools: one wants "Austin, TX",
another "Austin, Texas", another "Austin"; dates go as 2022-03-05, 03-05-2022, 05/03/2022 or
"March 5, 2022". A parameter whose description states no format takes the value as the question
states it."""

from __future__ import annotations

from data_builders import copy_values as v
from data_builders.format_values import (
    any_city,
    clock,
    day,
    month,
    month_of_year,
    state,
    unit,
    us_place,
    world_place,
)
from data_builders.rich_tool import Param, Tool
from data_builders.rich_values import money, pick
from data_builders.scale_values import count

PRICE_UNITS = unit({"ounce": "ounce", "pound": "pound", "gram": "gram", "kilogram": "kg"}, after="per")
SHORT_WEIGHT = unit({"ounce": "oz", "pound": "lb", "kilogram": "kg", "gram": "g"}, after="per")
PARCEL_UNITS = unit({"pound": "pounds", "kilogram": "kilograms"})
ROOM_UNITS = unit({"foot": "feet", "meter": "meters"})
FABRIC_UNITS = unit({"yard": "yard", "meter": "meter", "foot": "foot"})
ROAD_UNITS = unit({"mile": "miles", "kilometer": "km"})
FUEL_UNITS = unit({"gallon": "gallon", "liter": "liter"}, after="per")
COMMODITIES = ("gold", "silver", "platinum", "palladium", "saffron", "copper", "vanilla beans", "cocoa")
PRODUCE = ("apples", "tomatoes", "cherries", "coffee beans", "almonds", "pecans", "blueberries", "avocados")
ABROAD = world_place("City, Country")  # shared by origin and destination: drawn different
US_FULL = us_place("City, State")
US_CODE = us_place("City, ST")


TRAVEL = [
    Tool(
        "staybook.search_rooms",
        "Search hotel rooms available in a city.",
        [
            Param("location", "string", "The city and state, e.g. Boston, MA.", us_place("City, ST")),
            Param("check_in", "string", "Check-in date in the format YYYY-MM-DD.", day("YYYY-MM-DD")),
            Param("nights", "integer", "Number of nights.", count(1, 14, "nights")),
        ],
        (
            "find a hotel room in {location} checking in on {check_in} for {nights}",
            "search rooms in {location} from {check_in} for {nights}",
        ),
    ),
    Tool(
        "railpass.book_seat",
        "Book a seat on an intercity train.",
        [
            Param("origin", "string", "Departure city as City, Country, e.g. 'Lyon, France'.", ABROAD),
            Param("destination", "string", "Arrival city as City, Country.", ABROAD),
            Param("travel_date", "string", "Date of travel as DD/MM/YYYY.", day("DD/MM/YYYY")),
        ],
        ("book a train seat from {origin} to {destination} on {travel_date}",),
    ),
    Tool(
        "farewatch.monthly_calendar",
        "Cheapest fare for each day of a month from one city.",
        [
            Param(
                "departure_city",
                "string",
                "Departure city name only, without state or country, e.g. 'Denver'.",
                any_city("City"),
            ),
            Param("travel_month", "string", "Month of travel in 'mm-yyyy' format.", month_of_year("MM-YYYY")),
        ],
        ("show the fare calendar for flights out of {departure_city} in {travel_month}",),
    ),
    Tool(
        "roadtrip_planner.drive_time",
        "Driving time between two US cities.",
        [
            Param(
                "start",
                "string",
                "Starting point in the format City, State with the full state name, e.g. 'Eugene, Oregon'.",
                US_FULL,
            ),
            Param("end", "string", "Destination in the format City, State, full state name.", US_FULL),
            Param(
                "depart_at",
                "string",
                "Departure time in 24-hour HH:MM format.",
                clock("HH:MM"),
                " leaving at {}",
            ),
        ],
        (
            "estimate the driving time from {start} to {end}",
            "work out how long the drive from {start} to {end} takes",
        ),
    ),
    Tool(
        "passport_desk.appointment_slots",
        "Open appointment slots at a passport office.",
        [
            Param("city", "string", "City of the passport office.", us_place(None)),
            Param("preferred_date", "string", "Preferred date (MM/DD/YYYY).", day("MM/DD/YYYY")),
        ],
        ("list passport appointment slots in {city} on {preferred_date}",),
    ),
    Tool(
        "shuttle_link.airport_transfer",
        "Book an airport shuttle.",
        [
            Param("city", "string", "City of the airport.", any_city(None)),
            Param("pickup_date", "string", "Pickup date, e.g. 2024-08-23.", day("YYYY-MM-DD")),
            Param("pickup_time", "string", "Pickup time, written like '7:45 AM'.", clock("h:MM AM")),
        ],
        ("book an airport shuttle in {city} on {pickup_date} at {pickup_time}",),
    ),
]

LEGAL = [
    Tool(
        "docket_watch.cases_filed",
        "Court cases filed in a state since a date.",
        [
            Param(
                "location",
                "string",
                "Location of the court in the format of full state name.",
                state("State"),
            ),
            Param(
                "start_date",
                "string",
                "Start of the date range when the case was filed, in the format of MM-DD-YYYY.",
                day("MM-DD-YYYY"),
            ),
        ],
        ("list the court cases filed in {location} after {start_date}",),
    ),
    Tool(
        "patent_office.monthly_filings",
        "Patent applications one applicant filed in a month.",
        [
            Param("applicant", "string", "Name of the applicant.", v.verbatim(v.company)),
            Param("month", "string", "Filing month as YYYY-MM, e.g. 2023-07.", month_of_year("YYYY-MM")),
        ],
        ("count the patent applications {applicant} filed in {month}",),
    ),
    Tool(
        "notary_finder.book_signing",
        "Book a notary for a document signing.",
        [
            Param(
                "location",
                "string",
                "City and two-letter state code in the format City, ST (e.g. Austin, TX).",
                us_place("City, ST"),
            ),
            Param(
                "signing_date",
                "string",
                "Date of the signing, written like 'March 15, 2024'.",
                day("Month D, YYYY"),
            ),
        ],
        ("book a notary in {location} for a signing on {signing_date}",),
    ),
    Tool(
        "lien_registry.search_liens",
        "Liens recorded in a state since a date.",
        [
            Param("state", "string", "Two-letter state code, e.g. 'NY'.", state("ST")),
            Param("recorded_since", "string", "Earliest recording date, e.g. 15/01/2023.", day("DD/MM/YYYY")),
        ],
        ("search the liens recorded in {state} since {recorded_since}",),
    ),
]

EVENTS = [
    Tool(
        "gigfinder.concerts_by_month",
        "Concerts in a city during one month.",
        [
            Param("location", "string", "The city and state, e.g. Chicago, IL.", us_place("City, ST")),
            Param("date", "string", "Date of the concert in 'mm-yyyy' format.", month_of_year("MM-YYYY")),
            Param(
                "genre",
                "string",
                "Music genre. Default is 'any'.",
                pick("rock", "jazz", "pop", "classical"),
                ", {} only",
                {"default": "any"},
            ),
        ],
        ("find concerts in {location} in {date}",),
    ),
    Tool(
        "festival_guide.list_festivals",
        "Festivals held in a state during a month.",
        [
            Param("state", "string", "USPS state abbreviation such as 'WA'.", state("ST")),
            Param("month", "string", "Month name, e.g. 'July'.", month("Month")),
            Param("year", "integer", "Year of the festivals.", count(2024, 2028)),
        ],
        ("list the festivals in {state} in {month} {year}",),
    ),
    Tool(
        "hallrent.reserve_venue",
        "Reserve a banquet hall.",
        [
            Param("city", "string", "The city.", any_city(None)),
            Param("event_date", "string", "Date of the event in DD-MM-YYYY format.", day("DD-MM-YYYY")),
            Param("guests", "integer", "Number of guests.", count(20, 400, "guests")),
        ],
        ("reserve a hall in {city} for {guests} on {event_date}",),
    ),
    Tool(
        "wedding_vendors.availability",
        "Wedding vendors free in a month.",
        [
            Param(
                "city",
                "string",
                "Where the wedding is, e.g. 'Denver, Colorado' (city, then full state name).",
                us_place("City, State"),
            ),
            Param("month", "integer", "Month as a number from 1 to 12.", month("int")),
            Param("year", "integer", "Year of the wedding.", count(2025, 2030)),
        ],
        ("check which wedding vendors are free in {city} in {month} {year}",),
    ),
    Tool(
        "museum_pass.exhibit_schedule",
        "Exhibitions open at a city's museums in a month.",
        [
            Param(
                "city",
                "string",
                "City and country, in the format City, Country.",
                world_place("City, Country"),
            ),
            Param("month", "string", "Three-letter month abbreviation, e.g. 'Jan'.", month("Mon")),
            Param(
                "category",
                "string",
                "Kind of exhibition. Default is 'all'.",
                pick("painting", "sculpture", "photography", "design"),
                ", {} only",
                {"enum": ["all", "painting", "sculpture", "photography", "design"], "default": "all"},
            ),
        ],
        ("show the museum exhibitions in {city} during {month}",),
    ),
]

RETAIL = [
    Tool(
        "bullion_desk.spot_price",
        "Closing price of a commodity on a date.",
        [
            Param("commodity", "string", "Commodity name.", pick(*COMMODITIES)),
            Param(
                "measure",
                "string",
                "The measure unit for price, like 'ounce', 'pound', 'gram' or 'kg'.",
                PRICE_UNITS,
                vary=False,
            ),
            Param("price_date", "string", "Trading day, e.g. 03/28/2024.", day("MM/DD/YYYY")),
        ],
        (
            "get the closing price of {commodity} per {measure} on {price_date}",
            "look up what {commodity} cost per {measure} on {price_date}",
        ),
    ),
    Tool(
        "farmstand.produce_price",
        "Market price of produce.",
        [
            Param(
                "item",
                "string",
                "Produce item.",
                pick(*PRODUCE),
            ),
            Param("unit", "string", "Unit of weight: 'oz', 'lb', 'kg' or 'g'.", SHORT_WEIGHT, vary=False),
            Param("market", "string", "Market city, as a city name like Chicago.", any_city("City")),
        ],
        ("find the market price of {item} per {unit} in {market}",),
    ),
    Tool(
        "parcelpost.shipping_quote",
        "Quote for shipping a parcel.",
        [
            Param("weight", "integer", "Weight of the parcel.", count(2, 60)),
            Param(
                "weight_unit",
                "string",
                "Unit of the weight, 'pounds' or 'kilograms'.",
                PARCEL_UNITS,
                vary=False,
            ),
            Param("destination", "string", "Destination as City, Country.", world_place("City, Country")),
        ],
        ("quote shipping for a parcel of {weight} {weight_unit} to {destination}",),
    ),
    Tool(
        "fabric_counter.cut_quote",
        "Price of a length of fabric cut from the bolt.",
        [
            Param("length", "integer", "Length to cut.", count(2, 30)),
            Param("unit", "string", "Unit of length: 'yard', 'meter' or 'foot'.", FABRIC_UNITS, vary=False),
            Param("fabric", "string", "Fabric.", pick("linen", "denim", "silk", "wool felt")),
        ],
        ("price {length} {unit} of {fabric}",),
    ),
    Tool(
        "fuel_index.pump_price",
        "Average fuel price in a city.",
        [
            Param("city", "string", "City name, e.g. 'Toronto'.", any_city("City")),
            Param(
                "volume_unit",
                "string",
                "Volume unit of the price, 'gallon' or 'liter'.",
                FUEL_UNITS,
                vary=False,
            ),
            Param("month", "string", "Month of the average, as YYYY-MM.", month_of_year("YYYY-MM")),
        ],
        ("get the average pump price in {city} per {volume_unit} for {month}",),
    ),
    Tool(
        "storefront.sale_calendar",
        "Store sales running on a date.",
        [
            Param("location", "string", "Where to look.", us_place(None)),
            Param("sale_date", "string", "Date of the sale.", day(None)),
        ],
        ("list the store sales in {location} on {sale_date}",),
    ),
]

WEATHER = [
    Tool(
        "skycast.daily_forecast",
        "Weather forecast of a US city for one day.",
        [
            Param("location", "string", "The city and state, e.g. San Francisco, CA.", us_place("City, ST")),
            Param("date", "string", "Forecast date in the format YYYY-MM-DD.", day("YYYY-MM-DD")),
        ],
        ("get the weather forecast for {location} on {date}",),
    ),
    Tool(
        "climate_normals.monthly",
        "Long-term average weather of a city in a month.",
        [
            Param("city", "string", "The city name, formatted as a city name like Boston.", any_city("City")),
            Param("month", "string", "Month in which the averages are taken.", month(None)),
            Param(
                "since_year",
                "integer",
                "First year of the records averaged. Default is 1991.",
                count(1950, 2010),
                " using records since {}",
                {"default": 1991},
            ),
        ],
        ("show the climate normals of {city} in {month}",),
    ),
    Tool(
        "storm_center.alerts_since",
        "Storm alerts issued for a state since a date.",
        [
            Param(
                "state",
                "string",
                "The state, spelled out in full (e.g. 'California', not 'CA').",
                state("State"),
            ),
            Param("since", "string", "Earliest alert date, MM-DD-YYYY.", day("MM-DD-YYYY")),
        ],
        ("list the storm alerts for {state} since {since}",),
    ),
]

SPORTS = [
    Tool(
        "league_hub.fixtures_on",
        "Fixtures of a team on a date.",
        [
            Param("team", "string", "Team name.", v.verbatim(v.team)),
            Param("match_date", "string", "Match date (DD/MM/YYYY).", day("DD/MM/YYYY")),
        ],
        ("show the fixtures of the {team} on {match_date}",),
    ),
    Tool(
        "marathon_times.results",
        "Results of a city's marathon in a month.",
        [
            Param("city", "string", "Host city name only, e.g. 'Berlin'.", any_city("City")),
            Param(
                "race_month", "string", "Month of the race, e.g. 'March 2024'.", month_of_year("Month YYYY")
            ),
        ],
        ("get the marathon results of {city} for {race_month}",),
    ),
    Tool(
        "fairway.tee_times",
        "Open tee times at golf courses near a city.",
        [
            Param(
                "location",
                "string",
                "Location as city and state abbreviation, e.g. Denver, CO.",
                us_place("City, ST"),
            ),
            Param("play_date", "string", "Date to play, e.g. 09/27/2024.", day("MM/DD/YYYY")),
            Param("earliest", "string", "Earliest tee time, 24-hour clock (HH:MM).", clock("HH:MM")),
        ],
        ("find tee times near {location} on {play_date} from {earliest}",),
    ),
    Tool(
        "slope_report.snow_depth",
        "Snow depth at the ski resorts of a state in a month.",
        [
            Param("state", "string", "Two-letter state code, e.g. 'UT'.", state("ST")),
            Param("month", "string", "Two-digit month number, e.g. '01' for January.", month("MM")),
            Param("season", "integer", "Year the ski season starts.", count(2019, 2026)),
        ],
        ("report the snow depth at resorts in {state} in {month} of the season starting {season}",),
    ),
]

REAL_ESTATE = [
    Tool(
        "homefinder.search_listings",
        "Homes for sale in a city under a price.",
        [
            Param(
                "location",
                "string",
                "City and state in the format City, State, with the state spelled out.",
                us_place("City, State"),
            ),
            Param("max_price", "integer", "Highest price in dollars.", money(150000, 2000000)),
            Param(
                "bedrooms",
                "integer",
                "Minimum bedrooms. Default is 1.",
                count(1, 5),
                " with at least {} bedrooms",
                {"default": 1},
            ),
        ],
        ("search homes for sale in {location} under {max_price}",),
    ),
    Tool(
        "rent_index.median_rent",
        "Median rent in a city for a month.",
        [
            Param("city", "string", "City name only, without the state, e.g. 'Austin'.", us_place("City")),
            Param(
                "month",
                "string",
                "Month in the format Month YYYY, e.g. 'March 2024'.",
                month_of_year("Month YYYY"),
            ),
        ],
        ("find the median rent in {city} for {month}",),
    ),
    Tool(
        "open_house.schedule",
        "Open houses in a city on a date.",
        [
            Param("location", "string", "The city and state, e.g. Tampa, FL.", us_place("City, ST")),
            Param("date", "string", "Date of the open house in MM-DD-YYYY format.", day("MM-DD-YYYY")),
            Param("start_time", "string", "Earliest start time, like '2:30 PM'.", clock("h:MM AM")),
        ],
        ("list open houses in {location} on {date} starting at {start_time} or later",),
    ),
    Tool(
        "floorplan.room_area",
        "Area of a rectangular room.",
        [
            Param("length", "integer", "Length of the room.", count(8, 40)),
            Param("width", "integer", "Width of the room.", count(6, 30)),
            Param(
                "unit", "string", "Unit of the dimensions, e.g. 'feet' or 'meters'.", ROOM_UNITS, vary=False
            ),
        ],
        ("compute the area of a room {length} by {width} {unit}",),
    ),
    Tool(
        "geo_measure.city_distance",
        "Road distance between two US cities.",
        [
            Param("origin", "string", "The city and state, e.g. Boston, MA.", US_CODE),
            Param("destination", "string", "The city and state, e.g. Dallas, TX.", US_CODE),
            Param(
                "unit",
                "string",
                "Unit of the distance, 'miles' or 'km'. Default is 'miles'.",
                ROAD_UNITS,
                " in {}",
                {"default": "miles"},
            ),
        ],
        ("measure the road distance from {origin} to {destination}",),
    ),
]

FORMAT = TRAVEL + LEGAL + EVENTS + RETAIL + WEATHER + SPORTS + REAL_ESTATE
