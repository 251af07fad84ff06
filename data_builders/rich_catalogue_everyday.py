"""Everyday tools of the rich synthetic catalogue: finance, unit conversion, dates, text,
travel and shopping, several with nested (dict / list of dicts) arguments."""

from __future__ import annotations

from data_builders.rich_tool import Param, Tool
from data_builders.rich_values import day, money, numbers, percent, pick, qty, quoted, words

CURRENCY = pick(
    ("US dollars", "USD"),
    ("euros", "EUR"),
    ("Japanese yen", "JPY"),
    ("pounds", "GBP"),
    ("Swiss francs", "CHF"),
    ("Indian rupees", "INR"),
    ("Canadian dollars", "CAD"),
)
LENGTH = pick(("kilometres", "km"), ("miles", "mi"), ("metres", "m"), ("feet", "ft"), ("inches", "in"))
MASS = pick(("grams", "g"), ("kilograms", "kg"), ("pounds", "lb"), ("ounces", "oz"))
SCALE = pick(("Celsius", "C"), ("Fahrenheit", "F"), ("Kelvin", "K"))
ZONE = pick(
    ("New York time", "America/New_York"),
    ("London time", "Europe/London"),
    ("Tokyo time", "Asia/Tokyo"),
    ("Sydney time", "Australia/Sydney"),
    ("Berlin time", "Europe/Berlin"),
)
CITY = words("Lisbon", "Denver", "Nairobi", "Seoul", "Montreal", "Krakow", "Auckland", "Bogota", "Hanoi")
AIRPORT = pick(
    ("Boston", "BOS"),
    ("Madrid", "MAD"),
    ("Singapore", "SIN"),
    ("Dubai", "DXB"),
    ("Chicago", "ORD"),
    ("Toronto", "YYZ"),
    ("Mexico City", "MEX"),
)
LANGUAGE = pick(("Italian", "it"), ("Portuguese", "pt"), ("Korean", "ko"), ("Dutch", "nl"), ("Turkish", "tr"))
CODES = {"enum": ["km", "mi", "m", "ft", "in"]}


def guests(r):
    adults, children = r.randint(1, 4), r.randint(0, 3)
    text = f"{adults} adult{'s' * (adults > 1)}"
    if children:
        text += f" and {children} child{'ren' * (children > 1)}"
    return text, {"adults": adults, "children": children}


def package(r):
    size = {
        "weight_kg": round(r.uniform(0.5, 30), 1),
        "length_cm": r.randint(10, 120),
        "width_cm": r.randint(10, 80),
        "height_cm": r.randint(5, 60),
    }
    return "a {weight_kg} kg parcel measuring {length_cm} x {width_cm} x {height_cm} cm".format(**size), size


def line_items(r):
    goods = r.sample(
        ["desk chair", "monitor", "keyboard", "webcam", "cable", "notebook", "printer"], r.randint(1, 3)
    )
    items = [
        {"description": g, "quantity": r.randint(1, 12), "unit_price": r.choice([4.5, 19.99, 35, 120, 249])}
        for g in goods
    ]
    text = ", ".join(f"{i['quantity']} x {i['description']} at ${i['unit_price']}" for i in items)
    return text, items


def customer(r):
    name = r.choice(["Priya Natarajan", "Tomás Ruiz", "Mei Lin", "Jonas Berg", "Amara Obi"])
    email = name.split()[0].lower().replace("á", "a") + "@shopmail.test"
    return f"{name} ({email})", {"name": name, "email": email}


def ingredients(r):
    chosen = r.sample(["flour", "sugar", "butter", "rice", "oats", "cocoa"], r.randint(2, 3))
    items = [{"name": n, "grams": r.choice([50, 120, 250, 400, 1000, 1500])} for n in chosen]
    return " and ".join(f"{i['grams']:,} g of {i['name']}" for i in items), items


PCT = {"description": "Annual rate in percent, e.g. 4.5."}

EVERYDAY = [
    Tool(
        "lending.fixed_monthly_installment",
        "Monthly installment of a fixed-rate loan.",
        [
            Param("principal", "float", "Amount borrowed.", money(1000, 900000)),
            Param("annual_rate_pct", "float", PCT["description"], percent(1, 12, 2)),
            Param("years", "integer", "Term in years.", qty(1, 30, (" years",))),
        ],
        ("calculate the monthly payment on {principal} borrowed at {annual_rate_pct} for {years}",),
    ),
    Tool(
        "savings.compound_balance",
        "Future balance of a deposit with compound interest.",
        [
            Param("deposit", "float", "Initial deposit.", money(100, 250000)),
            Param("annual_rate_pct", "float", PCT["description"], percent(0.5, 9, 1)),
            Param("years", "integer", "Years invested.", qty(1, 40, (" years",))),
            Param(
                "compounds_per_year",
                "integer",
                "Compounding periods per year.",
                pick(("monthly", 12), ("quarterly", 4), ("daily", 365)),
                ", compounded {}",
                {"default": 1},
            ),
        ],
        ("find the balance after {years} if I deposit {deposit} at {annual_rate_pct}",),
    ),
    Tool(
        "checkout.total_with_tax",
        "Price including sales tax.",
        [
            Param("subtotal", "float", "Price before tax.", money(5, 20000, 2)),
            Param(
                "tax_rate", "float", "Tax rate as a fraction, e.g. 0.08.", percent(2, 25, 1, as_fraction=True)
            ),
        ],
        ("compute the total for a purchase of {subtotal} with {tax_rate} sales tax",),
    ),
    Tool(
        "dining.split_bill",
        "Per-person share of a restaurant bill including tip.",
        [
            Param("bill", "float", "Bill amount.", money(20, 2500, 2)),
            Param("tip_pct", "float", "Tip in percent.", percent(10, 25, 0)),
            Param("people", "integer", "Number of people.", qty(2, 12, (" people", " friends"))),
        ],
        ("split a {bill} bill with a {tip_pct} tip among {people}",),
    ),
    Tool(
        "economy.inflation_adjusted_value",
        "Value of an amount of money in another year's prices.",
        [
            Param("amount", "float", "Amount of money.", money(10, 1000000)),
            Param("from_year", "integer", "Year of the amount.", qty(1950, 2000)),
            Param("to_year", "integer", "Target year.", qty(2005, 2024)),
        ],
        ("tell me what {amount} in {from_year} is worth in {to_year}",),
    ),
    Tool(
        "portfolio.trade_profit",
        "Profit or loss of a closed stock position.",
        [
            Param("shares", "integer", "Number of shares.", qty(1, 20000, (" shares",))),
            Param("buy_price", "float", "Price paid per share.", money(1, 900, 2)),
            Param("sell_price", "float", "Price received per share.", money(1, 900, 2)),
        ],
        ("compute my profit on {shares} bought at {buy_price} and sold at {sell_price}",),
    ),
    Tool(
        "forex.exchange_amount",
        "Convert money between currencies at today's rate.",
        [
            Param("amount", "float", "Amount to convert.", qty(1, 500000, ("",), 0)),
            Param("source_currency", "string", "ISO 4217 code of the source currency.", CURRENCY),
            Param("target_currency", "string", "ISO 4217 code of the target currency.", CURRENCY),
        ],
        ("convert {amount} {source_currency} to {target_currency}",),
    ),
    Tool(
        "units.length_convert",
        "Convert a length between units.",
        [
            Param("value", "float", "The length.", qty(1, 250000, ("",), 0)),
            Param("from_unit", "string", "Unit of the value.", LENGTH, schema=CODES),
            Param("to_unit", "string", "Unit wanted.", LENGTH, schema=CODES),
        ],
        ("convert {value} {from_unit} into {to_unit}", "express {value} {from_unit} in {to_unit}"),
    ),
    Tool(
        "units.mass_convert",
        "Convert a mass between units.",
        [
            Param("value", "float", "The mass.", qty(1, 90000, ("",), 1)),
            Param(
                "from_unit", "string", "Unit of the value.", MASS, schema={"enum": ["g", "kg", "lb", "oz"]}
            ),
            Param("to_unit", "string", "Unit wanted.", MASS, schema={"enum": ["g", "kg", "lb", "oz"]}),
        ],
        ("convert {value} {from_unit} to {to_unit}",),
    ),
    Tool(
        "units.temperature_convert",
        "Convert a temperature between scales.",
        [
            Param("value", "float", "The temperature.", qty(-80, 1200, ("",), 1)),
            Param("from_scale", "string", "Scale of the value.", SCALE, schema={"enum": ["C", "F", "K"]}),
            Param("to_scale", "string", "Scale wanted.", SCALE, schema={"enum": ["C", "F", "K"]}),
        ],
        ("convert {value} degrees {from_scale} to {to_scale}",),
    ),
    Tool(
        "calendar_tools.days_between",
        "Number of days between two dates.",
        [
            Param("start_date", "string", "Start date, YYYY-MM-DD.", day()),
            Param("end_date", "string", "End date, YYYY-MM-DD.", day()),
            Param(
                "include_end",
                "boolean",
                "Count the end date too.",
                pick(("inclusive", True)),
                ", {} of the end date",
                {"default": False},
            ),
        ],
        ("count the days between {start_date} and {end_date}",),
    ),
    Tool(
        "calendar_tools.add_working_days",
        "The date a number of business days after a start date.",
        [
            Param("start_date", "string", "Start date, YYYY-MM-DD.", day()),
            Param(
                "business_days",
                "integer",
                "Business days to add.",
                qty(1, 400, (" business days", " working days")),
            ),
            Param(
                "country_code",
                "string",
                "Country whose public holidays are skipped.",
                pick(("Germany", "DE"), ("Japan", "JP"), ("Brazil", "BR")),
                ", skipping holidays in {}",
            ),
        ],
        ("find the date {business_days} after {start_date}",),
    ),
    Tool(
        "world_clock.convert_time",
        "Convert a clock time between time zones.",
        [
            Param(
                "time",
                "string",
                "Time as HH:MM (24-hour).",
                pick("07:15", "09:30", "13:45", "18:00", "22:10"),
            ),
            Param("from_zone", "string", "IANA zone of the time.", ZONE),
            Param("to_zone", "string", "IANA zone wanted.", ZONE),
        ],
        ("convert {time} {from_zone} to {to_zone}",),
    ),
    Tool(
        "text_stats.count_words",
        "Number of words in a text.",
        [
            Param(
                "text",
                "string",
                "The text.",
                quoted(
                    "the quick brown fox",
                    "to be or not to be",
                    "all that glitters is not gold",
                    "time flies like an arrow",
                ),
            )
        ],
        ("count the words in {text}",),
    ),
    Tool(
        "phrasebook.translate_phrase",
        "Translate a short phrase.",
        [
            Param(
                "text",
                "string",
                "Text to translate.",
                quoted(
                    "good evening",
                    "how much does this cost?",
                    "where is the train station?",
                    "nice to meet you",
                ),
            ),
            Param("target_language", "string", "ISO 639-1 code of the target language.", LANGUAGE),
            Param(
                "formal",
                "boolean",
                "Use the formal register.",
                pick(("formal", True), ("informal", False)),
                " in a {} tone",
                {"default": False},
            ),
        ],
        ("translate {text} into {target_language}",),
    ),
    Tool(
        "kitchen.scale_recipe",
        "Scale recipe ingredients to a new number of servings.",
        [
            Param(
                "ingredients",
                "array",
                "Ingredients and their amounts.",
                ingredients,
                schema={
                    "items": {
                        "type": "dict",
                        "properties": {
                            "name": {"type": "string", "description": "Ingredient."},
                            "grams": {"type": "float", "description": "Amount in grams."},
                        },
                    }
                },
            ),
            Param("from_servings", "integer", "Servings of the recipe.", qty(1, 6, (" servings",))),
            Param("to_servings", "integer", "Servings wanted.", qty(8, 40, (" servings",))),
        ],
        ("scale a recipe with {ingredients} from {from_servings} to {to_servings}",),
    ),
    Tool(
        "parcel_rates.quote",
        "Shipping quote for a parcel.",
        [
            Param(
                "parcel",
                "dict",
                "Parcel weight and size.",
                package,
                schema={
                    "properties": {
                        "weight_kg": {"type": "float", "description": "Weight in kg."},
                        "length_cm": {"type": "float", "description": "Length in cm."},
                        "width_cm": {"type": "float", "description": "Width in cm."},
                        "height_cm": {"type": "float", "description": "Height in cm."},
                    }
                },
            ),
            Param(
                "destination_country",
                "string",
                "Destination country name.",
                words("Canada", "Kenya", "Norway", "Chile", "Vietnam"),
            ),
        ],
        ("get a shipping quote for {parcel} going to {destination_country}",),
    ),
    Tool(
        "lodging.reserve_stay",
        "Reserve a hotel stay.",
        [
            Param("city", "string", "City of the stay.", CITY),
            Param("check_in", "string", "Check-in date, YYYY-MM-DD.", day(2026, 1)),
            Param("nights", "integer", "Number of nights.", qty(1, 21, (" nights",))),
            Param(
                "guests",
                "dict",
                "Who is staying.",
                guests,
                schema={
                    "properties": {
                        "adults": {"type": "integer", "description": "Adults."},
                        "children": {"type": "integer", "description": "Children."},
                    }
                },
            ),
        ],
        ("book a hotel in {city} for {guests} for {nights} from {check_in}",),
    ),
    Tool(
        "air_travel.find_fares",
        "Search flight fares.",
        [
            Param("origin", "string", "IATA code of the departure airport.", AIRPORT),
            Param("destination", "string", "IATA code of the arrival airport.", AIRPORT),
            Param("date", "string", "Departure date, YYYY-MM-DD.", day(2026, 1)),
            Param(
                "cabin",
                "string",
                "Cabin class.",
                pick("economy", "business", "first"),
                " in {} class",
                {"enum": ["economy", "business", "first"], "default": "economy"},
            ),
        ],
        ("search flights from {origin} to {destination} on {date}",),
    ),
    Tool(
        "road_trip.fuel_cost",
        "Fuel cost of a drive.",
        [
            Param("distance_km", "float", "Distance in km.", qty(10, 9000, (" km", " kilometers"))),
            Param("litres_per_100km", "float", "Consumption in L/100 km.", qty(3, 18, (" L/100km",), 1)),
            Param("price_per_litre", "float", "Fuel price per litre.", money(1, 3, 2)),
        ],
        (
            "estimate the fuel cost of a {distance_km} drive at {litres_per_100km} with fuel at "
            "{price_per_litre}",
        ),
    ),
    Tool(
        "fitness.running_pace",
        "Average pace in minutes per km.",
        [
            Param("distance_km", "float", "Distance in km.", qty(1, 100, (" km", "k"), 1)),
            Param("minutes", "float", "Total time in minutes.", qty(4, 600, (" minutes", " min"))),
        ],
        ("work out my pace for {distance_km} run in {minutes}",),
    ),
    Tool(
        "fitness.calories_for_activity",
        "Estimated calories burned in an activity.",
        [
            Param("activity", "string", "Activity name.", words("cycling", "swimming", "rowing", "hiking")),
            Param("minutes", "float", "Duration in minutes.", qty(10, 300, (" minutes",))),
            Param("weight_kg", "float", "Body weight in kg.", qty(40, 140, ("kg", " kilograms"))),
        ],
        ("estimate the calories burned {activity} for {minutes} at a body weight of {weight_kg}",),
    ),
    Tool(
        "home_improvement.paint_litres",
        "Litres of paint for a wall area.",
        [
            Param(
                "area_m2", "float", "Wall area in square metres.", qty(5, 2500, (" m^2", " square meters"))
            ),
            Param(
                "coats",
                "integer",
                "Number of coats.",
                pick(("two coats", 2), ("three coats", 3)),
                " with {}",
                {"default": 1},
            ),
        ],
        ("calculate how much paint covers {area_m2}",),
    ),
    Tool(
        "billing.draft_invoice",
        "Create an invoice.",
        [
            Param(
                "customer",
                "dict",
                "Who is billed.",
                customer,
                schema={
                    "properties": {
                        "name": {"type": "string", "description": "Full name."},
                        "email": {"type": "string", "description": "Email address."},
                    }
                },
            ),
            Param(
                "items",
                "array",
                "Line items.",
                line_items,
                schema={
                    "items": {
                        "type": "dict",
                        "properties": {
                            "description": {"type": "string", "description": "Item."},
                            "quantity": {"type": "integer", "description": "Quantity."},
                            "unit_price": {"type": "float", "description": "Price per unit."},
                        },
                    }
                },
            ),
            Param(
                "due_days",
                "integer",
                "Days until payment is due.",
                pick(("14 days", 14), ("30 days", 30)),
                ", payable within {}",
                {"default": 30},
            ),
        ],
        ("draft an invoice for {customer} covering {items}",),
    ),
    Tool(
        "climate_archive.daily_record",
        "Recorded weather of a city on a past date.",
        [
            Param("city", "string", "City name.", CITY),
            Param("date", "string", "Date, YYYY-MM-DD.", day(2015, 9)),
        ],
        ("look up the recorded weather in {city} on {date}",),
    ),
    Tool(
        "census_lookup.city_population",
        "Population of a city.",
        [
            Param("city", "string", "City name.", CITY),
            Param("year", "integer", "Census year.", qty(1990, 2024), " in {}"),
        ],
        ("get the population of {city}",),
    ),
    Tool(
        "security.random_passphrase",
        "Generate a random password.",
        [
            Param("length", "integer", "Number of characters.", qty(8, 64, (" characters",))),
            Param(
                "symbols",
                "boolean",
                "Include symbols.",
                pick(("with symbols", True), ("without symbols", False)),
                " {}",
                {"default": True},
            ),
        ],
        ("generate a password of {length}",),
    ),
    Tool(
        "gradebook.weighted_final",
        "Final grade from component scores and their weights.",
        [
            Param(
                "scores",
                "array",
                "Scores out of 100.",
                numbers(40, 100, (3, 3)),
                schema={"items": {"type": "float"}},
            ),
            Param(
                "weights",
                "array",
                "Weights in percent.",
                numbers(10, 50, (3, 3)),
                schema={"items": {"type": "float"}},
            ),
        ],
        ("compute a final grade from scores {scores} weighted {weights}",),
    ),
    Tool(
        "housing.max_affordable_price",
        "Highest home price a buyer can afford.",
        [
            Param("annual_income", "float", "Gross yearly income.", money(20000, 900000)),
            Param("monthly_debts", "float", "Monthly debt payments.", money(0, 9000)),
            Param("rate_pct", "float", "Mortgage rate in percent.", percent(2, 9, 2)),
        ],
        (
            "estimate the most house I can afford on {annual_income} a year with {monthly_debts} of monthly "
            "debts at {rate_pct}",
        ),
    ),
]

CODED = (CURRENCY, LENGTH, MASS, SCALE, ZONE, LANGUAGE, AIRPORT)
for _tool in EVERYDAY:  # "convert 5 km to miles, and also for feet" would read ambiguously
    for _param in _tool.params:
        _param.vary = _param.vary and _param.gen not in CODED
