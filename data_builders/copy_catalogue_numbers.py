"""Tools of the copy catalogue whose numbers come from word problems ("starts from rest" -> 0, "a
dozen" -> 12, "twice a day" -> 2) and whose optional unit argument is given exactly when the
question states the unit ("half an hour" -> duration 0.5, duration_unit "hours")."""

from __future__ import annotations

from data_builders import copy_values as v
from data_builders.copy_numbers import amount_in_words, one_of, phrases, spelled, stated, stated_phrases
from data_builders.rich_tool import Param, Tool
from data_builders.rich_values import money, percent, pick, qty

SECONDS = {"seconds": (" seconds", "s", " secs")}
HOURS = {"hours": (" hours", "h", " hrs")}
MINUTES = {"minutes": (" minutes", " min")}
DURATION = stated_phrases(
    ("half an hour", 0.5, "hours"),
    ("an hour and a half", 1.5, "hours"),
    ("two and a half hours", 2.5, "hours"),
    ("a quarter of an hour", 0.25, "hours"),
    ("three quarters of an hour", 0.75, "hours"),
    ("an hour", 1, "hours"),
    ("ninety minutes", 90, "minutes"),
    ("forty-five minutes", 45, "minutes"),
    fallback=one_of(stated(2, 12, HOURS, bare=0), stated(5, 240, MINUTES, bare=0)),
)
DISTANCE = stated_phrases(
    ("half a kilometre", 0.5, "km"),
    ("a mile and a half", 1.5, "miles"),
    ("a marathon (42.195 km)", 42.195, "km"),
    ("a quarter mile", 0.25, "miles"),
    fallback=stated(
        1, 900, {"km": ("km", " kilometres", " kilometers"), "miles": (" miles", " mi")}, 1, bare=0.25
    ),
)
MASS = stated(1, 250, {"kg": ("kg", " kilograms"), "lb": ("lb", " pounds", " lbs")}, 1, bare=0)
LENGTH = stated(5, 400, {"cm": ("cm", " centimetres"), "in": (" inches", "in")})
AREA = stated(4, 900, {"m2": (" m²", " square metres", " sq m"), "ft2": (" square feet", " sq ft")})
START_SPEED = phrases(
    ("starts from rest", 0),
    ("starts at rest", 0),
    ("begins from a standstill", 0),
    ("is initially stationary", 0),
    fallback=lambda r: (lambda s: (f"starts at {s} m/s", s))(r.randint(1, 40)),
)
COUNT = phrases(
    ("a dozen", 12),
    ("half a dozen", 6),
    ("two dozen", 24),
    ("three dozen", 36),
    ("a pair of", 2),
    ("a gross of", 144),
    ("a hundred", 100),
    ("a score of", 20),
    fallback=spelled(2, 250),
    rate=0.4,
)
TIMES_A_DAY = phrases(
    ("once a day", 1),
    ("twice a day", 2),
    ("three times a day", 3),
    ("four times daily", 4),
    ("twice daily", 2),
)
DAYS = phrases(
    ("for a week", 7),
    ("for a fortnight", 14),
    ("for two weeks", 14),
    ("for a month (30 days)", 30),
    fallback=spelled(3, 60, " days"),
    rate=0.5,
)
ANGLE = phrases(
    ("a right angle", 90),
    ("a quarter turn", 90),
    ("half a turn", 180),
    ("a full turn", 360),
    ("a straight angle", 180),
    fallback=qty(5, 355, (" degrees", "°")),
)
WATER_POINT = phrases(("the boiling point of water", 100), ("boiling", 100), fallback=qty(61, 99, (" °C",)))
START_TEMP = phrases(("the freezing point of water", 0), fallback=qty(1, 60, (" °C", " degrees Celsius")))
FOODS = v.verbatim(
    lambda r: r.choice(
        ["Granny Smith apples", "free-range eggs", "San Marzano tomatoes"]
        + ["Medjool dates", "brioche buns", "Jersey Royal potatoes", "bagels"]
    )
)


def unit_param(name: str, description: str, enum: list[str]) -> Param:
    """The optional unit of another parameter: given exactly when the question states it."""
    return Param(
        name,
        "string",
        f"{description} Default is '{enum[0]}'.",
        lambda r: (enum[0], enum[0]),
        "",
        {"enum": enum, "default": enum[0]},
    )


def measured(name: str, type_: str, description: str, gen, unit: str) -> Param:
    return Param(name, type_, description, gen, unit=unit)


def fixed(name: str, type_: str, description: str, gen) -> Param:
    """A word-problem number: its phrase reads well in one request only, never in a list."""
    return Param(name, type_, description, gen, vary=False)


def motion(max_acceleration: int, max_seconds: int, duration: str) -> list[Param]:
    """A body that may start from rest, its constant acceleration and the time it travels."""
    return [
        fixed("initial_speed", "float", "Initial speed in m/s.", START_SPEED),
        Param(
            "acceleration", "float", "Acceleration in m/s^2.", qty(1, max_acceleration, (" m/s^2", " m/s²"))
        ),
        measured("duration", "float", duration, stated(2, max_seconds, SECONDS, bare=0), "time_unit"),
        unit_param("time_unit", "Unit of the duration.", ["seconds"]),
    ]


NUMBERS = [
    Tool(
        "motion_solver.final_speed",
        "Final speed of a body under constant acceleration.",
        motion(20, 120, "Time accelerating."),
        (
            "find the final speed of a car that {initial_speed} and accelerates at {acceleration} "
            "for {duration}",
        ),
    ),
    Tool(
        "motion_solver.distance_covered",
        "Distance covered under constant acceleration.",
        motion(15, 90, "Time of travel."),
        (
            "compute how far a cyclist who {initial_speed} and accelerates at {acceleration} "
            "goes in {duration}",
        ),
    ),
    Tool(
        "shopping.bulk_cost",
        "Cost of buying several units of an item.",
        [
            Param("item", "string", "Item as named by the shopper.", FOODS),
            fixed("quantity", "integer", "Number of units.", COUNT),
            Param("unit_price", "float", "Price of one unit in dollars.", money(1, 40, 2)),
        ],
        ("work out what {quantity} {item} cost at {unit_price} each",),
    ),
    Tool(
        "cookbook.resize_recipe",
        "Scale a recipe to a number of servings.",
        [
            Param("recipe_name", "string", "Name of the recipe.", v.quoted_verbatim(v.title)),
            fixed("servings", "integer", "Servings wanted.", spelled(2, 40, " servings")),
        ],
        ("scale the recipe {recipe_name} to {servings}",),
    ),
    Tool(
        "trip_planner.travel_time",
        "Travel time for a distance at an average speed.",
        [
            measured("distance", "float", "Distance to travel.", DISTANCE, "distance_unit"),
            unit_param("distance_unit", "Unit of the distance.", ["km", "miles"]),
            Param("average_speed", "float", "Average speed in the distance unit per hour.", qty(5, 130)),
        ],
        ("estimate the travel time for {distance} at an average speed of {average_speed} per hour",),
    ),
    Tool(
        "workout.calories_burned",
        "Calories burned by an activity.",
        [
            Param(
                "activity", "string", "Activity.", pick("rowing", "cycling", "swimming", "running", "yoga")
            ),
            measured("duration", "float", "How long.", DURATION, "duration_unit"),
            unit_param("duration_unit", "Unit of the duration.", ["minutes", "hours"]),
            measured("body_weight", "float", "Body weight.", MASS, "weight_unit"),
            unit_param("weight_unit", "Unit of the body weight.", ["kg", "lb"]),
        ],
        ("estimate the calories a person weighing {body_weight} burns {activity} for {duration}",),
    ),
    Tool(
        "parking.estimate_fee",
        "Parking fee at a garage for a stay.",
        [
            Param("garage_name", "string", "Name of the garage.", v.verbatim(v.venue("Garage"))),
            measured("duration", "float", "Length of the stay.", DURATION, "duration_unit"),
            unit_param("duration_unit", "Unit of the duration.", ["hours", "minutes"]),
        ],
        ("estimate the parking fee at {garage_name} for {duration}",),
    ),
    Tool(
        "thermo_lab.heat_required",
        "Heat needed to warm water from one temperature to another.",
        [
            measured("mass", "float", "Mass of the water.", MASS, "mass_unit"),
            unit_param("mass_unit", "Unit of the mass.", ["kg", "lb"]),
            fixed("start_temperature", "float", "Start temperature in °C.", START_TEMP),
            fixed("end_temperature", "float", "End temperature in °C.", WATER_POINT),
        ],
        ("find the heat needed to warm {mass} of water from {start_temperature} to {end_temperature}",),
    ),
    Tool(
        "shape_tools.sector_area",
        "Area of a circular sector.",
        [
            measured("radius", "float", "Radius of the circle.", LENGTH, "length_unit"),
            unit_param("length_unit", "Unit of the radius.", ["cm", "in"]),
            fixed("angle_degrees", "float", "Central angle in degrees.", ANGLE),
        ],
        ("compute the area of a sector of radius {radius} spanning {angle_degrees}",),
    ),
    Tool(
        "mortgage_tools.monthly_payment",
        "Monthly payment of a mortgage.",
        [
            fixed("loan_amount", "float", "Amount borrowed in dollars.", amount_in_words),
            Param("annual_rate", "float", "Annual interest rate in percent.", percent(1, 9, 2)),
            measured(
                "term",
                "integer",
                "Length of the loan.",
                stated_phrases(
                    ("three decades", 30, "years"),
                    ("a decade", 10, "years"),
                    fallback=stated(5, 40, {"years": (" years",), "months": (" months",)}, bare=0),
                ),
                "term_unit",
            ),
            unit_param("term_unit", "Unit of the term.", ["years", "months"]),
        ],
        ("calculate the monthly payment on {loan_amount} at {annual_rate} over {term}",),
    ),
    Tool(
        "savings_planner.months_to_goal",
        "Months of saving needed to reach a goal.",
        [
            fixed("goal", "float", "Target amount in dollars.", amount_in_words),
            Param("monthly_deposit", "float", "Amount saved each month in dollars.", money(100, 9000)),
            fixed(
                "starting_balance",
                "float",
                "Money saved already, in dollars.",
                phrases(
                    ("starting from scratch", 0),
                    ("with nothing saved yet", 0),
                    fallback=lambda r: (lambda m: (f"with ${m:,} already saved", m))(r.randint(1, 90) * 500),
                ),
            ),
        ],
        (
            "find how many months it takes to save {goal} putting away {monthly_deposit} a month, "
            "{starting_balance}",
        ),
    ),
    Tool(
        "decorating.paint_needed",
        "Litres of paint needed for a wall.",
        [
            measured("wall_area", "float", "Area to paint.", AREA, "area_unit"),
            unit_param("area_unit", "Unit of the area.", ["m2", "ft2"]),
            fixed(
                "coats",
                "integer",
                "Number of coats.",
                phrases(("a single coat", 1), ("two coats", 2), ("three coats", 3), ("a double coat", 2)),
            ),
        ],
        ("work out how much paint {wall_area} of wall needs with {coats}",),
    ),
    Tool(
        "party_planner.seating_plan",
        "Tables needed to seat guests.",
        [
            fixed("guests", "integer", "Number of guests.", COUNT),
            fixed("seats_per_table", "integer", "Seats at one table.", spelled(4, 12, " seats")),
        ],
        ("plan the seating for {guests} guests at tables of {seats_per_table}",),
    ),
    Tool(
        "pharmacy.dose_schedule",
        "Dosing schedule for a medicine.",
        [
            Param(
                "drug_name",
                "string",
                "Medicine as named on the prescription.",
                v.verbatim(
                    lambda r: (
                        r.choice(["Amoxicillin", "Ibuprofen", "Metformin", "Cetirizine", "Omeprazole"])
                        + r.choice(["", " 500 mg", " XR", "-Clavulanate"])
                    )
                ),
            ),
            fixed("doses_per_day", "integer", "Doses a day.", TIMES_A_DAY),
            fixed("days", "integer", "Days of treatment.", DAYS),
        ],
        ("make a schedule for {drug_name} taken {doses_per_day} {days}",),
    ),
    Tool(
        "aquarium.tank_volume",
        "Water volume of a rectangular tank.",
        [
            measured("length", "float", "Inner length.", LENGTH, "length_unit"),
            Param("width", "float", "Inner width, same unit.", qty(5, 200)),
            Param("height", "float", "Inner height, same unit.", qty(5, 150)),
            unit_param("length_unit", "Unit of the dimensions.", ["cm", "in"]),
        ],
        ("compute the volume of a tank {length} long, {width} wide and {height} high",),
    ),
    Tool(
        "pizza_party.order_size",
        "Pizzas to order for a group.",
        [
            fixed("people", "integer", "People to feed.", COUNT),
            fixed("slices_each", "integer", "Slices per person.", spelled(2, 6, " slices", 0.8)),
            Param(
                "vegetarian",
                "boolean",
                "Vegetarian pizzas only. Default is false.",
                pick(("vegetarian", True)),
                ", all {}",
                {"default": False},
            ),
        ],
        ("work out how many pizzas to order for {people} people eating {slices_each} each",),
    ),
]
