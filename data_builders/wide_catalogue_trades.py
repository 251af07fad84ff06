"""Trades tools of the wide catalogue: home improvement and DIY, construction estimating, plumbing and
electrical work, agriculture and farming, landscaping and gardening at scale, energy and utilities
(solar, heating, meters), manufacturing and quality control, automotive repair and fleet maintenance,
woodworking and metalworking, and environment, recycling and waste."""

from __future__ import annotations

from data_builders.rich_tool import Param, Tool, items, prop
from data_builders.rich_values import (
    day,
    join_texts,
    listing,
    money,
    percent,
    pick,
    qty,
    switched_on,
    words,
    year,
    zip_code,
)

US_CITY = words(
    "Denver",
    "Columbus",
    "Sacramento",
    "Raleigh",
    "Omaha",
    "Tucson",
    "Boise",
    "Knoxville",
    "Spokane",
    "Madison",
    "Fort Worth",
    "Grand Rapids",
    "Albuquerque",
    "Des Moines",
)
SQ_FT = (" sq ft", " square feet")
FEET = (" ft", " feet")
CEILING = qty(8, 12, FEET)
AWG = pick(("14 AWG", 14), ("12 AWG", 12), ("10 AWG", 10), ("8 AWG", 8), ("6 AWG", 6), ("4 AWG", 4))
ELEVATOR_TOWNS = words(
    "Decatur, IL",
    "Ames, IA",
    "Fargo, ND",
    "Salina, KS",
    "Toledo, OH",
    "Mankato, MN",
    "Grand Island, NE",
    "Lubbock, TX",
    "Champaign, IL",
    "Sioux Falls, SD",
)
COMMODITY = words("corn", "soybeans", "hard red winter wheat", "soft red winter wheat", "sorghum", "oats")
ROW_CROP = words("corn", "soybeans", "sunflowers", "sorghum", "cotton", "dry beans", "sugar beets", "peanuts")
NITROGEN_PRODUCT = words("46-0-0", "28-0-0", "32-0-0", "18-46-0", "11-52-0", "21-0-0", "34-0-0", "10-10-10")
TURF = ("tall fescue", "Kentucky bluegrass", "perennial ryegrass", "fine fescue", "Bermuda", "zoysia")
PLANTS = (
    "Green Giant arborvitae",
    "Knock Out rose",
    "red maple",
    "Limelight hydrangea",
    "boxwood",
    "Karl Foerster grass",
    "black-eyed Susan",
    "Colorado blue spruce",
    "dwarf burning bush",
    "Stella de Oro daylily",
    "eastern redbud",
    "little bluestem",
)
UTILITY = words(
    "Pacific Gas and Electric",
    "Southern California Edison",
    "Con Edison",
    "Duke Energy",
    "Georgia Power",
    "Xcel Energy",
    "Dominion Energy",
    "Florida Power & Light",
    "ComEd",
    "National Grid",
)
EGRID = words("CAMX", "ERCT", "NYUP", "RFCW", "SRSO", "NWPP", "MROW", "FRCC", "NEWE", "AZNM")
DTC = words(
    "P0420",
    "P0300",
    "P0171",
    "P0442",
    "P0128",
    "P0455",
    "P0301",
    "P0507",
    "P0700",
    "P0113",
    "C0035",
    "B1318",
    "U0100",
    "P0401",
    "P0135",
    "P0456",
    "P0174",
    "P0340",
)
MAKE = words("Ford", "Toyota", "Honda", "Chevrolet", "Subaru", "Nissan", "BMW", "Hyundai", "Ram", "Kia")
REPAIR = words(
    "timing belt replacement",
    "water pump replacement",
    "front brake job",
    "fuel pump replacement",
    "clutch replacement",
    "head gasket repair",
    "serpentine belt replacement",
    "starter replacement",
    "CV axle replacement",
    "thermostat replacement",
)
WOOD = words(
    "white oak",
    "red oak",
    "hard maple",
    "cherry",
    "black walnut",
    "ash",
    "poplar",
    "eastern white pine",
    "hickory",
    "sapele",
)
THREAD = words(
    "M4x0.7",
    "M5x0.8",
    "M6x1.0",
    "M8x1.25",
    "M10x1.5",
    "M12x1.75",
    "1/4-20 UNC",
    "5/16-18 UNC",
    "3/8-16 UNC",
    "1/2-13 UNC",
    "#10-32 UNF",
    "1/4-28 UNF",
    "3/8-24 UNF",
)
DROP_OFF_MATERIAL = words(
    "electronics",
    "latex paint",
    "car batteries",
    "used motor oil",
    "old tires",
    "fluorescent tubes",
    "propane tanks",
    "household hazardous waste",
    "mattresses",
    "Styrofoam",
)
APPLIANCES = {
    "electric range": (8000, 12000),
    "water heater": (3800, 5500),
    "clothes dryer": (4500, 5600),
    "dishwasher": (1200, 1800),
    "microwave": (900, 1600),
    "central air conditioner": (3000, 5500),
    "heat pump": (4000, 9000),
    "EV charger": (7200, 11500),
    "hot tub": (5000, 7500),
    "garbage disposal": (500, 900),
    "well pump": (1000, 2200),
}
CN_MATERIALS = (
    "dry leaves",
    "grass clippings",
    "coffee grounds",
    "straw",
    "vegetable scraps",
    "horse manure",
    "wood chips",
    "shredded cardboard",
    "chicken manure",
    "sawdust",
)
FUELS = {
    "natural gas": "natural_gas",
    "heating oil": "heating_oil",
    "propane": "propane",
    "electric baseboard": "electric_resistance",
    "a heat pump": "heat_pump",
    "wood pellets": "wood_pellets",
}


def tile_size(r):
    side = r.choice([30, 40, 45, 60, 75, 80, 90, 120])
    return r.choice([f"{side} cm", f"{side}x{side} cm", f"{side}cm square"]), side


def lumber_list(r):
    sizes = r.sample(
        [(2, 4), (2, 6), (2, 8), (2, 10), (2, 12), (4, 4), (1, 6), (1, 8), (6, 6)], r.randint(2, 4)
    )
    boards = [
        {"quantity": r.randint(2, 60), "thickness": t, "width": w, "length": r.choice([8, 10, 12, 14, 16])}
        for t, w in sizes
    ]
    form = r.choice(["{q} pieces of {t}x{w} at {l} ft", "{q} {t}x{w}s {l} feet long", "{q} {t}x{w} x {l}'"])
    texts = [form.format(q=b["quantity"], t=b["thickness"], w=b["width"], l=b["length"]) for b in boards]
    return join_texts(texts), boards


def article(noun: str) -> str:
    return ("an " if noun[0].lower() in "aeiou" or noun.startswith("EV") else "a ") + noun


def degrees(lo: int, hi: int):
    """An angle written "90°" or "90 degrees"."""

    def gen(r):
        value = r.randint(lo, hi)
        return r.choice([f"{value}°", f"{value} degrees"]), value

    return gen


def appliance_loads(r):
    chosen = r.sample(list(APPLIANCES), r.randint(2, 5))
    loads = [{"appliance": a, "watts": r.randint(*APPLIANCES[a]) // 50 * 50} for a in chosen]
    form = r.choice(["{} drawing {:,} W", "{} rated at {:,} watts", "{} of {:,} W"])
    return join_texts([form.format(article(x["appliance"]), x["watts"]) for x in loads]), loads


def herd(r):
    counts = {k: r.randint(5, 400) for k in ("cows", "heifers", "steers", "calves")}
    return "{cows} cows, {heifers} heifers, {steers} steers and {calves} calves".format(**counts), counts


def fuel_list(r):
    chosen = r.sample(list(FUELS), r.randint(2, 4))
    return join_texts(chosen), [FUELS[c] for c in chosen]


def head_flows(r):
    flows = [round(r.uniform(0.5, 4.5), 1) for _ in range(r.randint(3, 7))]
    texts = [f"{f:.1f}" for f in flows]
    unit = r.choice([" gpm", " GPM", " gallons per minute"])
    if r.random() < 0.4:
        return "[" + ", ".join(texts) + "]" + unit, flows
    return join_texts(texts) + unit, flows


def measurements(r):
    nominal = r.choice([5.0, 10.0, 12.5, 25.0, 50.0, 76.2])
    spread = nominal * r.uniform(0.002, 0.01)
    values = [round(nominal + r.uniform(-spread, spread), 3) for _ in range(r.randint(6, 10))]
    texts = [f"{v:.3f}" for v in values]
    if r.random() < 0.5:
        return "[" + ", ".join(texts) + "]", values
    return join_texts(texts) + " mm", values


def defect_counts(r):
    counts = {k: r.randint(0, 120) for k in ("scratches", "dents", "porosity", "misalignment", "burrs")}
    text = (
        "{scratches} scratches, {dents} dents, {porosity} porosity defects, {misalignment} misaligned parts "
        "and {burrs} burrs"
    )
    return text.format(**counts), counts


def stack_parts(r):
    parts = [
        {"nominal": round(r.uniform(2, 80), 2), "tolerance": r.choice([0.01, 0.02, 0.05, 0.1, 0.15, 0.2])}
        for _ in range(r.randint(2, 5))
    ]
    sign = r.choice(["±", "+/-"])
    return join_texts([f"{p['nominal']:.2f} {sign}{p['tolerance']} mm" for p in parts]), parts


def tire_size(r):
    size = f"{r.randrange(185, 295, 10)}/{r.randrange(35, 80, 5)}R{r.randint(15, 22)}"
    return size, size


def fleet_unit(r):
    unit = f"{r.choice(['TRK', 'VAN', 'BUS', 'PU', 'REEFER'])}-{r.randint(1, 480):03d}"
    return unit, unit


def fillups(r):
    odometer, stops = r.randint(8000, 240000), []
    for _ in range(r.randint(3, 5)):
        stops.append({"odometer": odometer, "gallons": round(r.uniform(8, 38), 1)})
        odometer += r.randint(180, 650)
    texts = [f"{s['gallons']} gallons at {s['odometer']:,} miles" for s in stops]
    return "fill-ups of " + join_texts(texts), stops


def vehicle(r):
    make, model = r.choice(
        [
            ("Toyota", "Camry"),
            ("Honda", "CR-V"),
            ("Ford", "Transit"),
            ("Chevrolet", "Silverado 1500"),
            ("Ram", "2500"),
            ("Subaru", "Forester"),
            ("Nissan", "Frontier"),
            ("Hyundai", "Tucson"),
            ("Jeep", "Wrangler"),
            ("Kia", "Sorento"),
        ]
    )
    car = {"make": make, "model": model, "year": r.randint(2005, 2025)}
    return f"a {car['year']} {make} {model}", car


def vin(r):
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    code = r.choice("123459JKLSWYZ") + "".join(r.choice(alphabet) for _ in range(16))
    return code, code


def cut_lengths(r):
    values = [r.randint(8, 70) + r.choice([0, 0, 0.25, 0.5, 0.75]) for _ in range(r.randint(3, 7))]
    texts = [f"{v:g}" for v in values]
    return join_texts(texts) + r.choice([" inches", " in", '"']), [float(v) for v in values]


def scrap_load(r):
    load = {
        "copper_lb": r.randint(5, 400),
        "aluminum_lb": r.randint(10, 900),
        "brass_lb": r.randint(0, 150),
        "steel_lb": r.randint(50, 4000),
    }
    text = (
        "{copper_lb} lb of copper, {aluminum_lb} lb of aluminum, {brass_lb} lb of brass and {steel_lb:,} lb "
        "of steel"
    )
    return text.format(**load), load


def compost_inputs(r):
    chosen = r.sample(CN_MATERIALS, r.randint(2, 4))
    inputs = [{"material": m, "weight_kg": r.randint(2, 120)} for m in chosen]
    return join_texts([f"{i['weight_kg']} kg of {i['material']}" for i in inputs]), inputs


HOME = [
    Tool(
        "tile_layout.tiles_for_floor",
        "Number of square floor tiles, and boxes of them, needed to cover a rectangular room with an "
        "allowance for cuts and breakage.",
        [
            Param("room_length_m", "float", "Room length in metres.", qty(1.5, 15, ("m", " metres"), 1)),
            Param("room_width_m", "float", "Room width in metres.", qty(1.2, 10, ("m", " metres"), 1)),
            Param("tile_size_cm", "integer", "Side length of one square tile in centimetres.", tile_size),
            Param(
                "waste_pct",
                "float",
                "Extra tiles for cuts and breakage, in percent.",
                percent(5, 20, 0),
                " allowing {} for cuts",
                {"default": 10},
            ),
            Param(
                "tiles_per_box",
                "integer",
                "Tiles in one box, to report the boxes to buy.",
                qty(3, 16, (" tiles",)),
                ", packed {} to a box",
            ),
        ],
        (
            "work out how many {tile_size_cm} tiles cover a room of {room_length_m} by {room_width_m}",
            "count the tiles needed to floor a kitchen of {room_length_m} x {room_width_m} with "
            "{tile_size_cm} tiles",
            "estimate how many tiles to order for a bathroom floor {room_length_m} long and {room_width_m} "
            "wide using {tile_size_cm} tiles",
        ),
    ),
    Tool(
        "drywall_takeoff.sheet_count",
        "Number of drywall sheets to hang on the walls of a room, and optionally its ceiling.",
        [
            Param("wall_perimeter", "float", "Total length of the walls in feet.", qty(20, 240, FEET)),
            Param("ceiling_height", "float", "Wall height in feet.", CEILING),
            Param(
                "sheet_size",
                "string",
                "Sheet size in feet: '4x8', '4x10' or '4x12'.",
                pick(
                    ("4x8", "4x8"), ("4x10", "4x10"), ("4x12", "4x12"), ("4-by-8", "4x8"), ("4-by-12", "4x12")
                ),
                schema={"enum": ["4x8", "4x10", "4x12"]},
                vary=False,
            ),
            Param(
                "include_ceiling",
                "boolean",
                "Also cover the ceiling of the room.",
                switched_on,
                " and include the ceiling{}",
                {"default": False},
            ),
            Param(
                "openings",
                "integer",
                "Number of door and window openings to deduct.",
                qty(1, 9),
                ", less {} door and window openings",
                {"default": 0},
            ),
        ],
        (
            "figure out how many {sheet_size} drywall sheets I need for {wall_perimeter} of wall with a "
            "ceiling height of {ceiling_height}",
            "estimate {sheet_size} drywall for a room with {wall_perimeter} of wall perimeter and "
            "{ceiling_height} ceilings",
            "count the {sheet_size} sheets of drywall to hang on {wall_perimeter} of walls that are "
            "{ceiling_height} tall",
        ),
    ),
    Tool(
        "deck_builder.joist_span",
        "Maximum allowable span of deck joists for a lumber size, wood species and joist spacing, from IRC "
        "span tables.",
        [
            Param(
                "joist_size",
                "string",
                "Nominal joist size: '2x6', '2x8', '2x10' or '2x12'.",
                pick("2x6", "2x8", "2x10", "2x12"),
                schema={"enum": ["2x6", "2x8", "2x10", "2x12"]},
                vary=False,
            ),
            Param(
                "species",
                "string",
                "Wood species group, e.g. 'southern pine'.",
                words(
                    "southern pine",
                    "Douglas fir-larch",
                    "hem-fir",
                    "spruce-pine-fir",
                    "redwood",
                    "western cedar",
                ),
            ),
            Param(
                "spacing",
                "integer",
                "Joist spacing on center, in inches.",
                pick(
                    ("12 inches on center", 12),
                    ("16 inches on center", 16),
                    ("24 inches on center", 24),
                    ("16 in. o.c.", 16),
                    ("12 in. o.c.", 12),
                ),
            ),
        ],
        (
            "find the maximum span for {joist_size} {species} deck joists at {spacing}",
            "look up how far {species} {joist_size} joists spaced {spacing} can span on a deck",
            "check the allowable joist span of {joist_size} {species} set {spacing}",
        ),
    ),
    Tool(
        "insulation_calc.attic_top_up",
        "Added depth and number of bags or batts of insulation needed to bring an attic floor up to a "
        "target R-value.",
        [
            Param("attic_area", "float", "Attic floor area in square feet.", qty(200, 3000, SQ_FT)),
            Param(
                "target_r_value",
                "integer",
                "Target total R-value, e.g. 49 for R-49.",
                pick(("R-30", 30), ("R-38", 38), ("R-49", 49), ("R-60", 60)),
            ),
            Param(
                "material",
                "string",
                "Insulation: 'blown_cellulose', 'blown_fiberglass', 'fiberglass_batts' or "
                "'mineral_wool_batts'.",
                pick(
                    ("blown cellulose", "blown_cellulose"),
                    ("loose-fill fiberglass", "blown_fiberglass"),
                    ("fiberglass batts", "fiberglass_batts"),
                    ("mineral wool batts", "mineral_wool_batts"),
                ),
                schema={
                    "enum": ["blown_cellulose", "blown_fiberglass", "fiberglass_batts", "mineral_wool_batts"]
                },
                vary=False,
            ),
        ],
        (
            "work out how much {material} brings an attic of {attic_area} up to {target_r_value}",
            "estimate the {material} needed to insulate {attic_area} of attic floor to {target_r_value}",
            "plan an attic insulation job covering {attic_area} to reach {target_r_value} with {material}",
        ),
    ),
    Tool(
        "tool_rental.daily_quote",
        "Quote from rental stores in a city for hiring a power tool or piece of equipment for some days.",
        [
            Param(
                "equipment",
                "string",
                "Tool or machine to rent, e.g. 'tile saw'.",
                words(
                    "tile saw",
                    "floor sander",
                    "post hole auger",
                    "mini excavator",
                    "pressure washer",
                    "concrete mixer",
                    "scissor lift",
                    "jackhammer",
                    "stump grinder",
                    "drywall lift",
                    "carpet cleaner",
                    "plate compactor",
                ),
            ),
            Param("city", "string", "City of the rental store.", US_CITY),
            Param("days", "integer", "Rental length in days.", qty(2, 14, (" days",))),
        ],
        (
            "get a quote to rent a {equipment} in {city} for {days}",
            "price a {equipment} rental in {city} for {days}",
            "find out what renting a {equipment} for {days} costs in {city}",
        ),
    ),
    Tool(
        "fence_planner.materials_list",
        "Posts, rails, pickets and concrete needed for a straight run of wood fence.",
        [
            Param("fence_length", "float", "Length of the fence run in feet.", qty(20, 600, FEET)),
            Param(
                "fence_height",
                "integer",
                "Fence height in feet.",
                pick(("4 feet", 4), ("6 feet", 6), ("8 feet", 8), ("4 ft", 4), ("6 ft", 6), ("5 feet", 5)),
            ),
            Param(
                "post_spacing",
                "float",
                "Distance between posts in feet.",
                pick(("6 feet", 6), ("8 feet", 8), ("7 feet", 7)),
                " with posts every {}",
                {"default": 8},
            ),
            Param(
                "gates",
                "integer",
                "Number of gates in the run.",
                pick(("one gate", 1), ("two gates", 2), ("three gates", 3)),
                ", including {}",
                {"default": 0},
            ),
        ],
        (
            "list the materials for {fence_length} of wood fence {fence_height} tall",
            "work out posts, rails and pickets for a fence {fence_height} high running {fence_length}",
            "plan the lumber for a privacy fence {fence_length} long and {fence_height} tall",
        ),
    ),
]

CONSTRUCTION = [
    Tool(
        "concrete_mix.bags_for_slab",
        "Number of premixed concrete bags needed to pour a rectangular slab.",
        [
            Param("slab_length", "float", "Slab length in feet.", qty(3, 40, FEET)),
            Param("slab_width", "float", "Slab width in feet.", qty(2, 30, FEET)),
            Param(
                "thickness",
                "float",
                "Slab thickness in inches.",
                pick(("4 inches", 4), ("3.5 inches", 3.5), ("5 inches", 5), ("6 inches", 6), ("4 in", 4)),
            ),
            Param(
                "bag_weight",
                "integer",
                "Weight of one bag in pounds: 40, 60 or 80.",
                pick(("40 lb", 40), ("60 lb", 60), ("80 lb", 80), ("80-pound", 80), ("60-pound", 60)),
                schema={"enum": [40, 60, 80]},
                vary=False,
            ),
        ],
        (
            "work out how many {bag_weight} bags of concrete a slab of {slab_length} by {slab_width} and "
            "{thickness} thick takes",
            "count the {bag_weight} concrete bags to pour a slab {thickness} deep measuring {slab_length} x "
            "{slab_width}",
            "estimate premix bags ({bag_weight}) for a pad of {slab_length} by {slab_width} poured "
            "{thickness} thick",
        ),
    ),
    Tool(
        "rebar_schedule.mesh_weight",
        "Bar count, total bar length and steel weight of a two-way rebar grid for a rectangular slab.",
        [
            Param("slab_length_m", "float", "Slab length in metres.", qty(3, 40, ("m", " metres"), 1)),
            Param("slab_width_m", "float", "Slab width in metres.", qty(2, 25, ("m", " metres"), 1)),
            Param(
                "bar_diameter",
                "integer",
                "Bar diameter in millimetres.",
                pick(("10 mm", 10), ("12 mm", 12), ("16 mm", 16), ("20 mm", 20), ("12mm", 12)),
            ),
            Param(
                "bar_spacing",
                "integer",
                "Centre-to-centre bar spacing in millimetres, the same both ways.",
                pick(
                    ("150 mm", 150), ("200 mm", 200), ("250 mm", 250), ("300 mm", 300), ("200mm centres", 200)
                ),
            ),
            Param(
                "edge_cover",
                "integer",
                "Concrete cover at the slab edges in millimetres.",
                qty(40, 75, (" mm",)),
                " with {} of edge cover",
                {"default": 50},
            ),
        ],
        (
            "compute the rebar weight for a slab of {slab_length_m} by {slab_width_m} with {bar_diameter} "
            "bars at {bar_spacing} each way",
            "schedule a two-way mesh of {bar_diameter} bars spaced {bar_spacing} for a slab of "
            "{slab_length_m} x {slab_width_m}",
            "work out how much steel a slab of {slab_length_m} by {slab_width_m} reinforced with "
            "{bar_diameter} bars at {bar_spacing} needs",
        ),
    ),
    Tool(
        "roofing_estimate.shingle_squares",
        "Roofing squares and bundles of shingles for a roof from its plan (footprint) area and pitch.",
        [
            Param(
                "footprint_area", "float", "Plan area under the roof in square feet.", qty(600, 5000, SQ_FT)
            ),
            Param(
                "pitch",
                "string",
                "Roof pitch as rise/run in inches per foot, e.g. '6/12'.",
                words("4/12", "5/12", "6/12", "7/12", "8/12", "9/12", "10/12", "12/12"),
            ),
            Param(
                "waste_pct",
                "float",
                "Extra shingles for waste, in percent.",
                percent(8, 20, 0),
                " adding {} for waste",
                {"default": 10},
            ),
            Param(
                "shingle_type",
                "string",
                "Shingle style: 'architectural', 'three_tab' or 'designer'.",
                pick(("architectural", "architectural"), ("3-tab", "three_tab"), ("designer", "designer")),
                " for {} shingles",
                {"enum": ["architectural", "three_tab", "designer"], "default": "architectural"},
            ),
        ],
        (
            "estimate shingles for a roof covering {footprint_area} of house at a pitch of {pitch}",
            "work out how many squares of shingles a roof pitched {pitch} over {footprint_area} needs",
            "calculate bundles to reroof a house with a footprint of {footprint_area} and a roof pitch of "
            "{pitch}",
        ),
    ),
    Tool(
        "masonry_calc.wall_bricks",
        "Bricks and bags of mortar needed for a single-leaf brick wall.",
        [
            Param("wall_length_m", "float", "Wall length in metres.", qty(1.5, 30, ("m", " metres"), 1)),
            Param("wall_height_m", "float", "Wall height in metres.", qty(0.5, 3.5, ("m", " metres"), 1)),
            Param(
                "brick_format",
                "string",
                "Brick format: 'uk_standard', 'us_modular', 'queen' or 'utility'.",
                pick(
                    ("UK standard", "uk_standard"),
                    ("US modular", "us_modular"),
                    ("queen size", "queen"),
                    ("utility", "utility"),
                ),
                schema={"enum": ["uk_standard", "us_modular", "queen", "utility"]},
                vary=False,
            ),
        ],
        (
            "count the {brick_format} bricks for a wall {wall_length_m} long and {wall_height_m} high",
            "work out bricks and mortar to build a wall of {wall_length_m} by {wall_height_m} in "
            "{brick_format} bricks",
            "estimate how many {brick_format} bricks a garden wall of {wall_length_m} x {wall_height_m} "
            "takes",
        ),
    ),
    Tool(
        "lumber_takeoff.board_feet",
        "Total board feet of a lumber order.",
        [
            Param(
                "boards",
                "array",
                "Lines of the order, each a count of boards of one nominal size and length.",
                lumber_list,
                schema=items(
                    {
                        "quantity": prop("integer", "Number of boards."),
                        "thickness": prop("integer", "Nominal thickness in inches."),
                        "width": prop("integer", "Nominal width in inches."),
                        "length": prop("integer", "Board length in feet."),
                    }
                ),
            ),
        ],
        (
            "total the board feet in a lumber order of {boards}",
            "work out the board footage of {boards}",
            "tally how many board feet are in {boards}",
        ),
    ),
    Tool(
        "bid_builder.markup_price",
        "Bid price for a construction job from its direct costs with overhead, profit and contingency "
        "markups.",
        [
            Param(
                "direct_cost",
                "float",
                "Direct labour, material and equipment cost in dollars.",
                money(5000, 2500000),
            ),
            Param("overhead_pct", "float", "Overhead markup in percent.", percent(5, 20, 0)),
            Param("profit_pct", "float", "Profit markup in percent.", percent(4, 20, 0)),
            Param(
                "contingency_pct",
                "float",
                "Contingency allowance in percent.",
                percent(2, 10, 0),
                " and a {} contingency",
                {"default": 0},
            ),
            Param(
                "include_bond",
                "boolean",
                "Add the cost of a performance and payment bond.",
                switched_on,
                ", including a performance bond{}",
                {"default": False},
            ),
        ],
        (
            "price a bid on {direct_cost} of direct costs with {overhead_pct} overhead and {profit_pct} "
            "profit",
            "mark up a job costing {direct_cost} by {overhead_pct} for overhead and {profit_pct} for profit",
            "work out the bid total for direct costs of {direct_cost}, overhead at {overhead_pct} and "
            "profit at {profit_pct}",
        ),
    ),
    Tool(
        "permit_portal.building_permit_fee",
        "Building permit fee a city charges for a project of a given valuation and type of work.",
        [
            Param("city", "string", "City issuing the permit.", US_CITY),
            Param(
                "project_valuation", "float", "Declared value of the work in dollars.", money(2000, 900000)
            ),
            Param(
                "work_type",
                "string",
                "Type of work: 'new_construction', 'addition', 'remodel', 'reroof' or 'demolition'.",
                pick(
                    ("new construction", "new_construction"),
                    ("addition", "addition"),
                    ("remodel", "remodel"),
                    ("re-roof", "reroof"),
                    ("demolition", "demolition"),
                ),
                schema={"enum": ["new_construction", "addition", "remodel", "reroof", "demolition"]},
                vary=False,
            ),
        ],
        (
            "look up the building permit fee in {city} for {work_type} work valued at {project_valuation}",
            "check the {city} permit fee for {work_type} work valued at {project_valuation}",
            "get the permit cost of {work_type} work worth {project_valuation} in {city}",
        ),
    ),
]

PLUMBING_ELECTRICAL = [
    Tool(
        "wire_sizing.voltage_drop",
        "Voltage drop along a branch circuit, in volts and as a percent of the supply voltage.",
        [
            Param("current", "float", "Load current in amperes.", qty(5, 80, (" A", " amps"))),
            Param("one_way_length", "float", "One-way length of the run in feet.", qty(20, 400, FEET)),
            Param("wire_gauge", "integer", "Conductor size in AWG.", AWG),
            Param(
                "voltage",
                "integer",
                "Circuit voltage in volts.",
                pick(("120 V", 120), ("240 V", 240), ("208 V", 208), ("277 V", 277)),
                " on a {} circuit",
                {"default": 120},
            ),
            Param(
                "conductor",
                "string",
                "Conductor metal: 'copper' or 'aluminum'.",
                pick("copper", "aluminum"),
                " with {} conductors",
                {"enum": ["copper", "aluminum"], "default": "copper"},
            ),
        ],
        (
            "calculate the voltage drop for {current} over {one_way_length} of {wire_gauge} wire",
            "check the drop on a run of {one_way_length} of {wire_gauge} wire carrying {current}",
            "find how many volts are lost pushing {current} through {one_way_length} of {wire_gauge} cable",
        ),
    ),
    Tool(
        "panel_schedule.service_load",
        "Calculated household load and the minimum electrical service size for a list of appliances (NEC "
        "standard method).",
        [
            Param(
                "loads",
                "array",
                "Fixed appliances with their nameplate power.",
                appliance_loads,
                schema=items(
                    {"appliance": prop("string", "Appliance."), "watts": prop("integer", "Power in watts.")}
                ),
            ),
            Param(
                "dwelling_area",
                "float",
                "Living area of the home in square feet, for the general lighting load.",
                qty(700, 4500, (" sq ft", " square foot")),
                " for a home of {}",
            ),
            Param(
                "service_voltage",
                "integer",
                "Service voltage in volts.",
                pick(("240 V", 240), ("208 V", 208)),
                " at {}",
                {"default": 240},
            ),
        ],
        (
            "size the electrical service for {loads}",
            "run a service load calculation with {loads}",
            "total up the panel load for {loads}",
        ),
    ),
    Tool(
        "conduit_fill.max_wires",
        "Maximum number of same-size THHN conductors allowed in a conduit at 40% fill (NEC Chapter 9).",
        [
            Param(
                "conduit_size",
                "string",
                "Trade size in inches: '1/2', '3/4', '1', '1-1/4', '1-1/2' or '2'.",
                pick(
                    ("1/2-inch", "1/2"),
                    ("3/4-inch", "3/4"),
                    ("1-inch", "1"),
                    ("1 1/4-inch", "1-1/4"),
                    ("1-1/2 inch", "1-1/2"),
                    ("2-inch", "2"),
                ),
                schema={"enum": ["1/2", "3/4", "1", "1-1/4", "1-1/2", "2"]},
                vary=False,
            ),
            Param(
                "conduit_type",
                "string",
                "Conduit: 'EMT', 'PVC40', 'PVC80', 'RMC' or 'FMC'.",
                pick(
                    ("EMT", "EMT"),
                    ("Schedule 40 PVC", "PVC40"),
                    ("Schedule 80 PVC", "PVC80"),
                    ("rigid metal", "RMC"),
                    ("flexible metal", "FMC"),
                ),
                schema={"enum": ["EMT", "PVC40", "PVC80", "RMC", "FMC"]},
                vary=False,
            ),
            Param("wire_gauge", "integer", "Conductor size in AWG.", AWG),
        ],
        (
            "find how many {wire_gauge} THHN wires fit in {conduit_size} {conduit_type} conduit",
            "check the conduit fill limit for {wire_gauge} conductors in a {conduit_size} {conduit_type} run",
            "work out the most {wire_gauge} wires I can pull through {conduit_size} {conduit_type}",
        ),
    ),
    Tool(
        "pipe_sizing.supply_line",
        "Minimum water supply pipe diameter for a fixture-unit load, developed pipe length and street "
        "pressure.",
        [
            Param(
                "fixture_units",
                "integer",
                "Water supply fixture units served.",
                qty(6, 120, (" fixture units",)),
            ),
            Param("developed_length", "float", "Developed length of the pipe in feet.", qty(30, 300, FEET)),
            Param("static_pressure", "float", "Static pressure at the meter in psi.", qty(35, 90, (" psi",))),
        ],
        (
            "size the water service for {fixture_units} at {static_pressure} over a run of "
            "{developed_length}",
            "find the supply pipe diameter for a house with {fixture_units}, {developed_length} of pipe and "
            "{static_pressure} at the street",
            "work out the main water line size for {fixture_units} with {static_pressure} available and a "
            "developed length of {developed_length}",
        ),
    ),
    Tool(
        "drain_slope.total_fall",
        "Total vertical drop of a drain pipe over its horizontal run at a given slope.",
        [
            Param("run_length", "float", "Horizontal run of the pipe in feet.", qty(4, 120, FEET, 1)),
            Param(
                "slope",
                "float",
                "Slope in inches of fall per foot of run, e.g. 0.25.",
                pick(
                    ("1/8 inch per foot", 0.125),
                    ("1/4 inch per foot", 0.25),
                    ("1/2 inch per foot", 0.5),
                    ("a quarter inch per foot", 0.25),
                ),
            ),
        ],
        (
            "work out the total fall of a drain {run_length} long at {slope}",
            "find how much a drain line running {run_length} must drop at a slope of {slope}",
            "calculate the end-to-end drop over {run_length} of waste pipe pitched {slope}",
        ),
    ),
    Tool(
        "water_heater.recovery_time",
        "Minutes a tank water heater needs to reheat a full tank through a temperature rise.",
        [
            Param("tank_size", "float", "Tank capacity in US gallons.", qty(20, 100, (" gallons", " gal"))),
            Param(
                "temperature_rise",
                "float",
                "Temperature rise in °F.",
                qty(40, 100, (" °F", " degrees F", " degrees Fahrenheit")),
            ),
            Param(
                "fuel",
                "string",
                "Energy source: 'gas', 'propane' or 'electric'.",
                pick(("gas", "gas"), ("propane", "propane"), ("electricity", "electric")),
                schema={"enum": ["gas", "propane", "electric"]},
                vary=False,
            ),
            Param(
                "input_rating",
                "float",
                "Burner or element input in BTU per hour.",
                qty(12000, 76000, (" BTU/h", " BTU per hour")),
                " rated at {}",
            ),
        ],
        (
            "estimate how long a water heater of {tank_size} running on {fuel} takes to recover a rise of "
            "{temperature_rise}",
            "find the recovery time of a tank heater on {fuel} holding {tank_size}, heating water by "
            "{temperature_rise}",
            "work out the reheat time for a tank of {tank_size} heated by {fuel} with a temperature rise of "
            "{temperature_rise}",
        ),
    ),
]

FARMING = [
    Tool(
        "seed_rate.seeds_per_acre",
        "Seeding rate per acre needed to reach a target plant stand after germination losses.",
        [
            Param("crop", "string", "Crop name.", ROW_CROP),
            Param(
                "target_population",
                "integer",
                "Desired final stand in plants per acre.",
                qty(18000, 180000, (" plants per acre", " plants/acre")),
            ),
            Param(
                "germination_pct",
                "float",
                "Germination rate on the seed tag, in percent.",
                percent(80, 98, 0),
            ),
        ],
        (
            "work out the seeding rate for {crop} to hit {target_population} with {germination_pct} "
            "germination",
            "find how many {crop} seeds per acre to plant for a stand of {target_population} at "
            "{germination_pct} germination",
            "calculate the planting rate of {crop} needed for {target_population} when germination is "
            "{germination_pct}",
        ),
    ),
    Tool(
        "fertilizer_plan.nitrogen_product_rate",
        "Pounds of a fertilizer product per acre, and for the whole field, that supply a nitrogen rate.",
        [
            Param(
                "nitrogen_rate",
                "float",
                "Nitrogen to apply in pounds per acre.",
                qty(20, 220, (" lb/acre", " lb per acre")),
            ),
            Param("analysis", "string", "Fertilizer grade as N-P-K, e.g. '46-0-0'.", NITROGEN_PRODUCT),
            Param("field_acres", "float", "Field size in acres.", qty(5, 900, (" acres",))),
            Param(
                "price_per_ton",
                "float",
                "Product price in dollars per ton, to add the cost.",
                money(300, 1100),
                " with the product at {} a ton",
            ),
        ],
        (
            "work out how much {analysis} to spread for {nitrogen_rate} of nitrogen on {field_acres}",
            "calculate the {analysis} rate that delivers {nitrogen_rate} of N across {field_acres}",
            "find the pounds of {analysis} needed to apply {nitrogen_rate} nitrogen over {field_acres}",
        ),
    ),
    Tool(
        "grain_moisture.shrink_loss",
        "Dry bushels left and shrink after drying grain from its harvest moisture down to a storage "
        "moisture.",
        [
            Param(
                "wet_bushels",
                "float",
                "Wet bushels delivered to the dryer.",
                qty(500, 250000, (" bushels", " bu")),
            ),
            Param("harvest_moisture_pct", "float", "Moisture at harvest in percent.", percent(17, 30, 1)),
            Param("target_moisture_pct", "float", "Storage moisture in percent.", percent(13, 15.5, 1)),
            Param(
                "grain",
                "string",
                "Grain: 'corn', 'soybeans' or 'wheat'.",
                pick("corn", "soybeans", "wheat"),
                " for {}",
                {"enum": ["corn", "soybeans", "wheat"], "default": "corn"},
            ),
            Param(
                "handling_loss_pct",
                "float",
                "Handling loss in percent on top of water shrink.",
                percent(0.2, 1.5, 1),
                " with {} handling loss",
                {"default": 0.5},
            ),
        ],
        (
            "calculate the shrink on {wet_bushels} dried from {harvest_moisture_pct} to "
            "{target_moisture_pct} moisture",
            "work out how many dry bushels remain when {wet_bushels} at {harvest_moisture_pct} are dried "
            "down to {target_moisture_pct}",
            "find the water shrink of drying {wet_bushels} from {harvest_moisture_pct} to "
            "{target_moisture_pct}",
        ),
    ),
    Tool(
        "herd_ration.daily_dry_matter",
        "Daily dry-matter feed requirement of a cattle herd by animal class, in pounds.",
        [
            Param(
                "herd",
                "dict",
                "Head count of each class of cattle.",
                herd,
                schema={
                    "properties": {
                        "cows": prop("integer", "Mature cows."),
                        "heifers": prop("integer", "Replacement heifers."),
                        "steers": prop("integer", "Steers."),
                        "calves": prop("integer", "Calves."),
                    }
                },
            ),
            Param(
                "forage",
                "string",
                "Main forage: 'grass_hay', 'alfalfa_hay', 'corn_silage' or 'haylage'.",
                pick(
                    ("grass hay", "grass_hay"),
                    ("alfalfa hay", "alfalfa_hay"),
                    ("corn silage", "corn_silage"),
                    ("haylage", "haylage"),
                ),
                schema={"enum": ["grass_hay", "alfalfa_hay", "corn_silage", "haylage"]},
                vary=False,
            ),
            Param(
                "days", "integer", "Days to feed, to total the ration.", qty(7, 180, (" days",)), " over {}"
            ),
        ],
        (
            "plan the daily {forage} ration for a herd of {herd}",
            "work out how much {forage} to feed {herd} each day",
            "calculate the daily dry matter of {forage} needed for {herd}",
        ),
    ),
    Tool(
        "crop_markets.cash_bid",
        "Cash bid for a commodity at grain elevators around a delivery point on a date, in dollars per "
        "bushel.",
        [
            Param("commodity", "string", "Commodity name, e.g. 'soybeans'.", COMMODITY),
            Param("location", "string", "Delivery point as 'City, ST'.", ELEVATOR_TOWNS),
            Param("date", "string", "Date of the bid, YYYY-MM-DD.", day(2022, 4)),
        ],
        (
            "get the {commodity} cash bid at {location} on {date}",
            "look up what elevators in {location} paid for {commodity} on {date}",
            "find the local {commodity} price in {location} as of {date}",
        ),
    ),
    Tool(
        "pivot_irrigation.run_hours",
        "Hours a center pivot must run to apply a depth of water over its irrigated area.",
        [
            Param(
                "application_depth",
                "float",
                "Net water depth to apply in inches.",
                pick(
                    ("0.5 inch", 0.5),
                    ("0.75 inch", 0.75),
                    ("1 inch", 1.0),
                    ("1.25 inches", 1.25),
                    ("1.5 inches", 1.5),
                    ("0.6 inch", 0.6),
                ),
            ),
            Param(
                "pivot_flow",
                "float",
                "System flow in gallons per minute.",
                qty(300, 1500, (" gpm", " gallons per minute")),
            ),
            Param("irrigated_acres", "float", "Irrigated area in acres.", qty(40, 500, (" acres",))),
            Param(
                "efficiency_pct",
                "float",
                "Application efficiency in percent.",
                percent(70, 95, 0),
                " at {} application efficiency",
                {"default": 85},
            ),
        ],
        (
            "work out how long to run a pivot putting out {pivot_flow} to apply {application_depth} on "
            "{irrigated_acres}",
            "calculate the pivot run time for {application_depth} over {irrigated_acres} with a flow of "
            "{pivot_flow}",
            "find how many hours a center pivot pumping {pivot_flow} needs to lay down {application_depth} "
            "across {irrigated_acres}",
        ),
    ),
    Tool(
        "yield_check.corn_yield_estimate",
        "Pre-harvest corn yield in bushels per acre by the yield component method.",
        [
            Param(
                "ears_per_plot",
                "integer",
                "Harvestable ears counted in 1/1000 acre of row.",
                qty(20, 40, (" ears",)),
            ),
            Param(
                "kernel_rows",
                "integer",
                "Average kernel rows around the ear.",
                pick(("14 kernel rows", 14), ("16 kernel rows", 16), ("18 kernel rows", 18), ("16 rows", 16)),
            ),
            Param(
                "kernels_per_row", "integer", "Average kernels per row.", qty(25, 45, (" kernels per row",))
            ),
        ],
        (
            "estimate corn yield from {ears_per_plot} per thousandth of an acre, {kernel_rows} and "
            "{kernels_per_row}",
            "work out bushels per acre with {ears_per_plot} in 1/1000 acre, ears averaging {kernel_rows} "
            "and {kernels_per_row}",
            "run a corn yield check showing {ears_per_plot} per 1/1000 acre with {kernel_rows} and "
            "{kernels_per_row}",
        ),
    ),
]

LANDSCAPING = [
    Tool(
        "bulk_materials.cubic_yards",
        "Cubic yards of mulch, topsoil, compost or gravel needed to cover an area to a depth.",
        [
            Param("area", "float", "Area to cover in square feet.", qty(50, 20000, SQ_FT)),
            Param(
                "depth",
                "float",
                "Spread depth in inches.",
                pick(("2 inches", 2), ("3 inches", 3), ("4 inches", 4), ("2.5 inches", 2.5), ("3 in", 3)),
            ),
            Param(
                "material",
                "string",
                "Material: 'mulch', 'topsoil', 'compost' or 'gravel'.",
                pick(
                    ("hardwood mulch", "mulch"),
                    ("topsoil", "topsoil"),
                    ("pea gravel", "gravel"),
                    ("compost", "compost"),
                ),
                schema={"enum": ["mulch", "topsoil", "compost", "gravel"]},
                vary=False,
            ),
        ],
        (
            "figure out how much {material} to order for {area} at {depth} deep",
            "work out the cubic yards of {material} to cover {area} {depth} deep",
            "calculate {material} for beds totalling {area} spread {depth} thick",
        ),
    ),
    Tool(
        "sod_order.pallets",
        "Pallets of sod, and the square footage delivered, to cover a lawn area.",
        [
            Param("lawn_area", "float", "Lawn area in square feet.", qty(200, 40000, SQ_FT)),
            Param(
                "grass_type",
                "string",
                "Sod variety.",
                words("Bermuda", "Zoysia", "St. Augustine", "tall fescue", "Kentucky bluegrass", "centipede"),
            ),
            Param(
                "waste_pct",
                "float",
                "Extra sod for cuts and edges, in percent.",
                percent(3, 12, 0),
                " plus {} for cuts",
                {"default": 5},
            ),
            Param("delivery_date", "string", "Delivery date, YYYY-MM-DD.", day(2025, 2), " delivered on {}"),
        ],
        (
            "work out how many pallets of {grass_type} sod cover {lawn_area}",
            "order enough {grass_type} sod for a lawn of {lawn_area}",
            "count the {grass_type} sod pallets needed for {lawn_area}",
        ),
    ),
    Tool(
        "retaining_wall.block_count",
        "Wall blocks, cap units and drainage gravel for a segmental block retaining wall.",
        [
            Param("wall_length", "float", "Wall length in feet.", qty(8, 300, FEET)),
            Param("exposed_height", "float", "Height above finished grade in feet.", qty(1, 4, FEET, 1)),
            Param(
                "buried_courses",
                "integer",
                "Courses set below grade.",
                pick(("one buried course", 1), ("two buried courses", 2)),
                ", with {}",
                {"default": 1},
            ),
            Param(
                "include_caps",
                "boolean",
                "Also count cap units for the top course.",
                switched_on,
                " and count the caps{}",
                {"default": False},
            ),
        ],
        (
            "count the retaining wall blocks for a wall {wall_length} long and {exposed_height} high",
            "work out blocks and gravel for a retaining wall {wall_length} long standing {exposed_height} "
            "tall",
            "estimate materials for a segmental wall running {wall_length} at an exposed height of "
            "{exposed_height}",
        ),
    ),
    Tool(
        "sprinkler_zone.precipitation_rate",
        "Precipitation rate of an irrigation zone, in inches per hour, from its head flows and area.",
        [
            Param(
                "head_flows",
                "array",
                "Flow of each head in the zone in gallons per minute.",
                head_flows,
                schema={"items": {"type": "float"}},
            ),
            Param("zone_area", "float", "Area the zone covers in square feet.", qty(200, 5000, SQ_FT)),
        ],
        (
            "compute the precipitation rate of a zone of {zone_area} whose heads flow {head_flows}",
            "find how fast a sprinkler zone waters {zone_area} with heads rated {head_flows}",
            "work out inches per hour for heads flowing {head_flows} over {zone_area}",
        ),
    ),
    Tool(
        "nursery_stock.availability",
        "Stock and wholesale prices of plants at nurseries around a city.",
        [
            Param(
                "plants",
                "array",
                "Plant names as the nursery lists them.",
                listing(PLANTS, (2, 4)),
                schema={"items": {"type": "string"}},
            ),
            Param("city", "string", "City to search around.", US_CITY),
            Param(
                "container_size",
                "string",
                "Container size: '1_gal', '3_gal', '5_gal' or '15_gal'.",
                pick(
                    ("1-gallon", "1_gal"),
                    ("3-gallon", "3_gal"),
                    ("5-gallon", "5_gal"),
                    ("15-gallon", "15_gal"),
                ),
                " in {} pots",
                {"enum": ["1_gal", "3_gal", "5_gal", "15_gal"]},
            ),
        ],
        (
            "check nursery stock of {plants} near {city}",
            "see which wholesale nurseries around {city} carry {plants}",
            "find availability and prices for {plants} in {city}",
        ),
    ),
    Tool(
        "lawn_seed.pounds_needed",
        "Pounds of grass seed for a new lawn, overseeding or patching, by grass type.",
        [
            Param("grass_type", "string", "Grass species.", words(*TURF)),
            Param("area", "float", "Area to seed in square feet.", qty(100, 40000, SQ_FT)),
            Param(
                "purpose",
                "string",
                "Job: 'new_lawn', 'overseed' or 'patch'.",
                pick(
                    ("a new lawn", "new_lawn"), ("overseeding", "overseed"), ("patching bare spots", "patch")
                ),
                schema={"enum": ["new_lawn", "overseed", "patch"]},
                vary=False,
            ),
        ],
        (
            "work out how much {grass_type} seed I need for {purpose} over {area}",
            "calculate pounds of {grass_type} seed for {purpose} on {area}",
            "find the {grass_type} seeding amount for {area}, for {purpose}",
        ),
    ),
]

ENERGY = [
    Tool(
        "solar_quote.system_size",
        "PV system size in kW, and panel count, to offset a share of a home's yearly electricity use.",
        [
            Param(
                "annual_usage",
                "float",
                "Yearly electricity use in kWh.",
                qty(3000, 30000, (" kWh", " kilowatt-hours")),
            ),
            Param(
                "peak_sun_hours",
                "float",
                "Average daily peak sun hours at the site.",
                qty(3, 7, (" peak sun hours",), 1),
            ),
            Param(
                "offset_pct",
                "float",
                "Share of usage to cover, in percent.",
                percent(50, 120, 0),
                " to offset {} of usage",
                {"default": 100},
            ),
            Param(
                "panel_watts",
                "integer",
                "Rated power of one panel in watts.",
                pick(("400 W", 400), ("430-watt", 430), ("370 W", 370), ("450-watt", 450)),
                " with {} panels",
                {"default": 400},
            ),
        ],
        (
            "size a solar array for {annual_usage} a year at {peak_sun_hours}",
            "work out how many kW of panels cover {annual_usage} of annual use where the site gets "
            "{peak_sun_hours}",
            "estimate the PV system needed for a home using {annual_usage} per year with {peak_sun_hours}",
        ),
    ),
    Tool(
        "battery_backup.runtime_hours",
        "Hours a home battery can carry a constant load during a power outage.",
        [
            Param("battery_capacity", "float", "Battery capacity in kWh.", qty(5, 40, (" kWh",), 1)),
            Param("load", "float", "Average load in watts.", qty(200, 6000, (" W", " watts"))),
            Param(
                "depth_of_discharge_pct",
                "float",
                "Usable share of the capacity, in percent.",
                percent(80, 100, 0),
                " at {} depth of discharge",
                {"default": 90},
            ),
            Param(
                "inverter_efficiency_pct",
                "float",
                "Inverter efficiency in percent.",
                percent(88, 97, 0),
                " with {} inverter efficiency",
                {"default": 94},
            ),
        ],
        (
            "estimate how long a battery of {battery_capacity} can carry a load of {load}",
            "find the backup runtime of {battery_capacity} of storage powering {load}",
            "work out how many hours {battery_capacity} of home battery lasts at {load}",
        ),
    ),
    Tool(
        "heat_loss.room_btu",
        "Heating load of a room in BTU per hour from its size and insulation level.",
        [
            Param("room_area", "float", "Floor area in square feet.", qty(80, 800, SQ_FT)),
            Param("ceiling_height", "float", "Ceiling height in feet.", CEILING),
            Param(
                "insulation",
                "string",
                "Insulation level: 'poor', 'average', 'good' or 'excellent'.",
                pick("poor", "average", "good", "excellent"),
                schema={"enum": ["poor", "average", "good", "excellent"]},
                vary=False,
            ),
        ],
        (
            "calculate the heat loss of a room of {room_area} with {ceiling_height} ceilings and "
            "{insulation} insulation",
            "size a heater for a room of {room_area} with a ceiling height of {ceiling_height} and "
            "{insulation} insulation",
            "work out the BTU load of a room of {room_area} with {insulation} insulation and a ceiling "
            "height of {ceiling_height}",
        ),
    ),
    Tool(
        "fuel_compare.heating_cost",
        "Yearly cost of heating a home with each of several fuels at typical efficiencies and prices.",
        [
            Param(
                "annual_heat_demand",
                "float",
                "Heat the home needs per year in million BTU.",
                qty(20, 150, (" million BTU", " MMBtu")),
            ),
            Param(
                "fuels",
                "array",
                "Fuels to compare.",
                fuel_list,
                schema={"items": {"type": "string", "enum": sorted(FUELS.values())}},
            ),
            Param(
                "zip_code",
                "string",
                "ZIP code whose local fuel prices to use.",
                zip_code,
                " at local prices for ZIP {}",
            ),
        ],
        (
            "compare heating costs for {annual_heat_demand} a year using {fuels}",
            "work out what {annual_heat_demand} of yearly heat costs with {fuels}",
            "price a season's heating of {annual_heat_demand} on {fuels}",
        ),
    ),
    Tool(
        "tariff_lookup.time_of_use_rates",
        "Peak, off-peak and shoulder prices of a utility's residential time-of-use plan in a season.",
        [
            Param("utility", "string", "Utility company name.", UTILITY),
            Param(
                "season",
                "string",
                "'summer' or 'winter'.",
                pick("summer", "winter"),
                schema={"enum": ["summer", "winter"]},
                vary=False,
            ),
        ],
        (
            "get the {season} time-of-use rates from {utility}",
            "look up {utility} peak and off-peak prices for {season}",
            "show the {season} TOU tariff of {utility}",
        ),
    ),
    Tool(
        "degree_days.heating_total",
        "Heating degree days accumulated at a city's weather station between two dates.",
        [
            Param("city", "string", "City name.", US_CITY),
            Param("start_date", "string", "First day, YYYY-MM-DD.", day(2022, 1)),
            Param("end_date", "string", "Last day, YYYY-MM-DD.", day(2023, 1)),
            Param(
                "base_temp",
                "float",
                "Base temperature in °F.",
                pick(("65 °F", 65), ("60 °F", 60), ("55 °F", 55), ("62 degrees", 62)),
                " with a base of {}",
                {"default": 65},
            ),
        ],
        (
            "total the heating degree days in {city} from {start_date} to {end_date}",
            "get {city}'s HDD between {start_date} and {end_date}",
            "sum heating degree days for {city} from {start_date} through {end_date}",
        ),
    ),
    Tool(
        "solar_array.string_length",
        "Largest number of PV modules per series string that keeps the cold-weather open-circuit voltage "
        "under an inverter's maximum input.",
        [
            Param(
                "module_voc", "float", "Module open-circuit voltage at STC in volts.", qty(35, 55, (" V",), 1)
            ),
            Param(
                "inverter_max_voltage",
                "integer",
                "Inverter maximum DC input in volts.",
                pick(("600 V", 600), ("1,000 V", 1000), ("1000 V", 1000), ("480 V", 480), ("1,500 V", 1500)),
            ),
            Param(
                "record_low_temp_c",
                "float",
                "Record low temperature at the site in °C.",
                qty(-35, 5, ("°C", " °C")),
            ),
        ],
        (
            "work out how many modules with a Voc of {module_voc} can go in series on a "
            "{inverter_max_voltage} inverter at a record low of {record_low_temp_c}",
            "size PV strings of {module_voc} panels for a {inverter_max_voltage} max input with site lows "
            "of {record_low_temp_c}",
            "find the longest string of {module_voc} modules a {inverter_max_voltage} inverter allows when "
            "it gets down to {record_low_temp_c}",
        ),
    ),
]

MANUFACTURING = [
    Tool(
        "spc_chart.individuals_limits",
        "Center line and control limits of an individuals and moving-range (I-MR) chart.",
        [
            Param(
                "measurements",
                "array",
                "Consecutive measurements in production order.",
                measurements,
                schema={"items": {"type": "float"}},
            ),
        ],
        (
            "compute I-MR control limits for the measurements {measurements}",
            "set up an individuals chart from readings {measurements}",
            "find the control limits of a process that measured {measurements}",
        ),
    ),
    Tool(
        "process_capability.cpk",
        "Process capability indices Cp and Cpk from the process mean, standard deviation and specification "
        "limits.",
        [
            Param("process_mean", "float", "Process mean in mm.", qty(9.97, 10.03, (" mm",), 3)),
            Param("std_dev", "float", "Process standard deviation in mm.", qty(0.004, 0.03, (" mm",), 3)),
            Param("lower_spec", "float", "Lower specification limit in mm.", qty(9.90, 9.96, (" mm",), 2)),
            Param("upper_spec", "float", "Upper specification limit in mm.", qty(10.04, 10.10, (" mm",), 2)),
        ],
        (
            "calculate Cp and Cpk for a mean of {process_mean} and a standard deviation of {std_dev} "
            "against limits of {lower_spec} to {upper_spec}",
            "check process capability with spec limits {lower_spec} and {upper_spec}, a mean of "
            "{process_mean} and sigma {std_dev}",
            "work out Cpk when the process runs at {process_mean} with a {std_dev} standard deviation and "
            "the tolerance is {lower_spec} to {upper_spec}",
        ),
    ),
    Tool(
        "aql_sampling.sample_plan",
        "ANSI/ASQ Z1.4 single sampling plan for a lot: sample size and accept and reject numbers.",
        [
            Param("lot_size", "integer", "Units in the lot.", qty(50, 500000, (" units", " pieces"))),
            Param(
                "aql",
                "string",
                "Acceptable quality limit: '0.65', '1.0', '1.5', '2.5', '4.0' or '6.5'.",
                pick("0.65", "1.0", "1.5", "2.5", "4.0", "6.5"),
                schema={"enum": ["0.65", "1.0", "1.5", "2.5", "4.0", "6.5"]},
                vary=False,
            ),
            Param(
                "inspection_level",
                "string",
                "Inspection level: 'I', 'II', 'III', 'S1', 'S2', 'S3' or 'S4'.",
                pick(("general level I", "I"), ("general level III", "III"), ("special level S-3", "S3")),
                " at {}",
                {"enum": ["I", "II", "III", "S1", "S2", "S3", "S4"], "default": "II"},
            ),
            Param(
                "severity",
                "string",
                "'normal', 'tightened' or 'reduced' inspection.",
                pick("tightened", "reduced"),
                " under {} inspection",
                {"enum": ["normal", "tightened", "reduced"], "default": "normal"},
            ),
        ],
        (
            "get the Z1.4 sampling plan for a lot of {lot_size} at AQL {aql}",
            "find the sample size and accept number for {lot_size} inspected at an AQL of {aql}",
            "tell me how many to sample from a lot of {lot_size} with an AQL of {aql}",
        ),
    ),
    Tool(
        "cnc_feeds.milling_speeds",
        "Spindle speed in rpm and table feed in mm/min for milling, from cutting speed, cutter diameter, "
        "flutes and chip load.",
        [
            Param("cutting_speed", "float", "Surface cutting speed in m/min.", qty(20, 400, (" m/min",))),
            Param("cutter_diameter", "float", "Cutter diameter in millimetres.", qty(2, 25, ("mm", " mm"))),
            Param(
                "flutes",
                "integer",
                "Number of flutes (teeth).",
                pick(("2 flutes", 2), ("3 flutes", 3), ("4 flutes", 4), ("5 flutes", 5), ("6 flutes", 6)),
            ),
            Param(
                "chip_load",
                "float",
                "Feed per tooth in mm.",
                qty(0.01, 0.2, (" mm per tooth", " mm/tooth"), 3),
            ),
        ],
        (
            "calculate spindle rpm and feed for a cutter {cutter_diameter} in diameter with {flutes} at "
            "{cutting_speed} and {chip_load}",
            "work out feeds and speeds milling at {cutting_speed} with an end mill {cutter_diameter} "
            "across, {flutes} and a chip load of {chip_load}",
            "find the rpm and feed rate for a tool with {flutes} and a diameter of {cutter_diameter}, "
            "cutting at {cutting_speed} with {chip_load}",
        ),
    ),
    Tool(
        "oee_tracker.shift_oee",
        "Overall equipment effectiveness of a shift: availability, performance, quality and OEE in percent.",
        [
            Param(
                "planned_minutes",
                "integer",
                "Planned production time in minutes.",
                qty(420, 600, (" minutes", " min")),
            ),
            Param(
                "downtime_minutes",
                "integer",
                "Unplanned downtime in minutes.",
                qty(5, 90, (" minutes", " min")),
            ),
            Param(
                "ideal_cycle_time",
                "float",
                "Ideal cycle time per part in seconds.",
                qty(3, 12, (" s", " seconds"), 1),
            ),
            Param("total_count", "integer", "Parts produced.", qty(1500, 6000, (" parts", " units"))),
            Param("reject_count", "integer", "Parts rejected.", qty(0, 250, (" rejects", " scrapped parts"))),
        ],
        (
            "calculate OEE for a shift of {planned_minutes} with {downtime_minutes} of downtime, an ideal "
            "cycle time of {ideal_cycle_time}, {total_count} made and {reject_count}",
            "work out the OEE of a line planned for {planned_minutes} that lost {downtime_minutes} to "
            "downtime and produced {total_count}, {reject_count} among them, at an ideal cycle of "
            "{ideal_cycle_time}",
            "score a shift of {planned_minutes} planned time, {downtime_minutes} down, {total_count} "
            "produced, {reject_count} and an ideal cycle time of {ideal_cycle_time}",
        ),
    ),
    Tool(
        "defect_log.pareto",
        "Pareto ranking of defect categories with each one's share and the cumulative percentage.",
        [
            Param(
                "defect_counts",
                "dict",
                "Count of each defect category.",
                defect_counts,
                schema={
                    "properties": {
                        "scratches": prop("integer", "Scratches."),
                        "dents": prop("integer", "Dents."),
                        "porosity": prop("integer", "Porosity defects."),
                        "misalignment": prop("integer", "Misaligned parts."),
                        "burrs": prop("integer", "Burrs."),
                    }
                },
            ),
        ],
        (
            "build a Pareto of defects from {defect_counts}",
            "rank the defect causes for {defect_counts}",
            "do a Pareto analysis on this week's rejects: {defect_counts}",
        ),
    ),
    Tool(
        "tolerance_stack.linear_chain",
        "Nominal length and tolerance of a linear stack of parts, by worst case or root sum of squares.",
        [
            Param(
                "parts",
                "array",
                "Parts in the stack with their bilateral tolerances.",
                stack_parts,
                schema=items(
                    {
                        "nominal": prop("float", "Nominal dimension in mm."),
                        "tolerance": prop("float", "Bilateral tolerance in mm."),
                    }
                ),
            ),
            Param(
                "method",
                "string",
                "'worst_case' or 'rss'.",
                pick(("RSS", "rss"), ("worst-case", "worst_case"), ("root-sum-square", "rss")),
                " using the {} method",
                {"enum": ["worst_case", "rss"], "default": "worst_case"},
            ),
        ],
        (
            "stack up the tolerances of {parts}",
            "work out the assembly tolerance for parts of {parts}",
            "find the total length variation of a stack of {parts}",
        ),
    ),
]

AUTOMOTIVE = [
    Tool(
        "obd_codes.describe",
        "Meaning, likely causes and severity of an OBD-II diagnostic trouble code.",
        [Param("code", "string", "Trouble code, e.g. 'P0420'.", DTC)],
        (
            "explain trouble code {code}",
            "tell me what OBD-II code {code} means",
            "look up the likely causes of a {code} check-engine code",
        ),
    ),
    Tool(
        "tire_size.compare",
        "Difference in overall diameter, section width and speedometer reading between two tire sizes.",
        [
            Param("current_size", "string", "Current tire size, e.g. '225/45R17'.", tire_size),
            Param("new_size", "string", "Proposed tire size, e.g. '235/40R18'.", tire_size),
        ],
        (
            "compare tire size {current_size} with {new_size}",
            "check the speedometer error going from {current_size} tires to {new_size}",
            "see how {new_size} differs in diameter from my current {current_size}",
        ),
    ),
    Tool(
        "fleet_service.next_due",
        "Next preventive-maintenance service of a fleet vehicle from its odometer reading and service "
        "records.",
        [
            Param("unit_number", "string", "Fleet unit number, e.g. 'TRK-214'.", fleet_unit),
            Param(
                "current_odometer",
                "integer",
                "Current odometer reading in miles.",
                qty(1000, 400000, (" miles", " mi")),
            ),
            Param(
                "interval_miles",
                "integer",
                "Service interval in miles.",
                pick(
                    ("5,000-mile", 5000), ("7,500-mile", 7500), ("10,000-mile", 10000), ("15,000-mile", 15000)
                ),
                " on a {} interval",
            ),
            Param(
                "service_type",
                "string",
                "'oil_change', 'dot_inspection', 'tire_rotation' or 'brake_inspection'.",
                pick(
                    ("oil change", "oil_change"),
                    ("DOT inspection", "dot_inspection"),
                    ("tire rotation", "tire_rotation"),
                    ("brake inspection", "brake_inspection"),
                ),
                " for the next {}",
                {
                    "enum": ["oil_change", "dot_inspection", "tire_rotation", "brake_inspection"],
                    "default": "oil_change",
                },
            ),
        ],
        (
            "find when fleet unit {unit_number} is next due for service at {current_odometer}",
            "check the next PM for vehicle {unit_number} now showing {current_odometer} on the odometer",
            "schedule the upcoming maintenance of unit {unit_number}, currently at {current_odometer}",
        ),
    ),
    Tool(
        "fleet_fuel.mpg_report",
        "Miles per gallon between consecutive fill-ups of a vehicle, and the average.",
        [
            Param(
                "fillups",
                "array",
                "Fill-ups in order, each with the odometer reading and gallons pumped.",
                fillups,
                schema=items(
                    {
                        "odometer": prop("integer", "Odometer reading in miles."),
                        "gallons": prop("float", "Gallons pumped."),
                    }
                ),
            ),
        ],
        (
            "compute the mpg of a truck from {fillups}",
            "work out fuel economy for a fleet van with {fillups}",
            "report miles per gallon across {fillups}",
        ),
    ),
    Tool(
        "parts_finder.fit_check",
        "Replacement parts of one kind that fit a vehicle, with part numbers and prices.",
        [
            Param(
                "vehicle",
                "dict",
                "The vehicle.",
                vehicle,
                schema={
                    "properties": {
                        "make": prop("string", "Make."),
                        "model": prop("string", "Model."),
                        "year": prop("integer", "Model year."),
                    }
                },
            ),
            Param(
                "part",
                "string",
                "Part kind: 'brake_pads', 'oil_filter', 'wiper_blades', 'spark_plugs', 'cabin_filter', "
                "'battery' or 'headlight_bulb'.",
                pick(
                    ("brake pads", "brake_pads"),
                    ("oil filters", "oil_filter"),
                    ("wiper blades", "wiper_blades"),
                    ("spark plugs", "spark_plugs"),
                    ("cabin air filters", "cabin_filter"),
                    ("batteries", "battery"),
                    ("headlight bulbs", "headlight_bulb"),
                ),
                schema={
                    "enum": [
                        "brake_pads",
                        "oil_filter",
                        "wiper_blades",
                        "spark_plugs",
                        "cabin_filter",
                        "battery",
                        "headlight_bulb",
                    ]
                },
                vary=False,
            ),
            Param(
                "brand",
                "string",
                "Preferred brand.",
                words("Bosch", "ACDelco", "Motorcraft", "Denso", "NGK", "Wagner", "Interstate"),
                " from {}",
            ),
        ],
        (
            "find {part} that fit {vehicle}",
            "look up compatible {part} for {vehicle}",
            "list the {part} I can put on {vehicle}",
        ),
    ),
    Tool(
        "labor_guide.repair_estimate",
        "Shop estimate for a repair: book labour hours times the labour rate, plus parts.",
        [
            Param("repair", "string", "Repair job, e.g. 'water pump replacement'.", REPAIR),
            Param("labor_rate", "float", "Shop labour rate in dollars per hour.", money(80, 220)),
            Param(
                "parts_cost",
                "float",
                "Parts cost in dollars.",
                money(30, 1500),
                " plus {} in parts",
                {"default": 0},
            ),
            Param("make", "string", "Vehicle make, for make-specific book hours.", MAKE, " on a {}"),
        ],
        (
            "estimate the cost of a {repair} at a shop rate of {labor_rate} an hour",
            "quote a {repair} with labor billed at {labor_rate} per hour",
            "work out what a {repair} costs when the shop charges {labor_rate} per hour",
        ),
    ),
    Tool(
        "recall_lookup.by_vin",
        "Open safety recalls for a vehicle by its 17-character VIN.",
        [Param("vin", "string", "Vehicle identification number.", vin)],
        (
            "check VIN {vin} for open recalls",
            "look up safety recalls on the vehicle with VIN {vin}",
            "see whether {vin} has any outstanding recalls",
        ),
    ),
]

WORKSHOP = [
    Tool(
        "wood_movement.width_change",
        "Change in width of a board as its moisture content moves between two values, by species and grain.",
        [
            Param("species", "string", "Wood species.", WOOD),
            Param("board_width", "float", "Board width in inches.", qty(3, 24, (" inches", " in"), 1)),
            Param("moisture_from_pct", "float", "Starting moisture content in percent.", percent(5, 9, 0)),
            Param("moisture_to_pct", "float", "Final moisture content in percent.", percent(10, 15, 0)),
            Param(
                "grain",
                "string",
                "'flatsawn', 'quartersawn' or 'riftsawn'.",
                pick(("quartersawn", "quartersawn"), ("flatsawn", "flatsawn"), ("rift-sawn", "riftsawn")),
                " for {} stock",
                {"enum": ["flatsawn", "quartersawn", "riftsawn"], "default": "flatsawn"},
            ),
        ],
        (
            "work out how much a board of {species} {board_width} wide moves between {moisture_from_pct} "
            "and {moisture_to_pct} moisture content",
            "calculate the width change of {species} {board_width} wide going from {moisture_from_pct} to "
            "{moisture_to_pct} MC",
            "estimate seasonal movement for a panel of {species} {board_width} across as moisture goes from "
            "{moisture_from_pct} to {moisture_to_pct}",
        ),
    ),
    Tool(
        "cut_list.board_yield",
        "Number of stock boards needed to cut a list of pieces, and how to lay the cuts out, allowing for "
        "kerf.",
        [
            Param(
                "cut_lengths",
                "array",
                "Lengths of the pieces in inches.",
                cut_lengths,
                schema={"items": {"type": "float"}},
            ),
            Param(
                "stock_length",
                "integer",
                "Length of one stock board in inches.",
                pick(("96-inch", 96), ("120-inch", 120), ("144-inch", 144), ("72-inch", 72)),
            ),
            Param(
                "kerf",
                "float",
                "Saw kerf in inches.",
                pick(("1/8-inch", 0.125), ("3/32-inch", 0.09375), ("0.1-inch", 0.1)),
                " with a {} kerf",
                {"default": 0.125},
            ),
        ],
        (
            "plan the boards for cuts of {cut_lengths} from {stock_length} stock",
            "work out how many {stock_length} boards I need to cut pieces of {cut_lengths}",
            "optimize a cut list of {cut_lengths} on {stock_length} boards",
        ),
    ),
    Tool(
        "epoxy_pour.resin_volume",
        "Volume of casting epoxy, in gallons, for a river table or mold pour.",
        [
            Param("pour_length", "float", "Pour length in inches.", qty(12, 96, (" in", " inches"))),
            Param("pour_width", "float", "Average pour width in inches.", qty(2, 18, (" in", " inches"), 1)),
            Param(
                "pour_depth",
                "float",
                "Pour depth in inches.",
                pick(("0.75 inch", 0.75), ("1 inch", 1.0), ("1.5 inches", 1.5), ("2 inches", 2.0)),
            ),
            Param(
                "waste_pct",
                "float",
                "Extra resin for leaks and mixing losses, in percent.",
                percent(5, 20, 0),
                " plus {} extra",
                {"default": 10},
            ),
        ],
        (
            "calculate epoxy for a river pour {pour_length} long, {pour_width} wide and {pour_depth} deep",
            "work out how much casting resin fills a channel of {pour_length} by {pour_width}, {pour_depth} "
            "deep",
            "estimate gallons of epoxy for a mold of {pour_length} x {pour_width} x {pour_depth}",
        ),
    ),
    Tool(
        "sheet_metal.bend_allowance",
        "Bend allowance and bend deduction of a sheet-metal bend, in millimetres.",
        [
            Param("thickness", "float", "Sheet thickness in mm.", qty(0.5, 6, ("mm", " mm"), 1)),
            Param("inside_radius", "float", "Inside bend radius in mm.", qty(0.5, 12, ("mm", " mm"), 1)),
            Param("bend_angle", "float", "Bend angle in degrees.", degrees(15, 135)),
            Param(
                "k_factor",
                "float",
                "Neutral axis K-factor.",
                qty(0.3, 0.5, ("",), 2),
                " with a K-factor of {}",
                {"default": 0.44},
            ),
        ],
        (
            "compute the bend allowance for {thickness} sheet bent to {bend_angle} around an inside radius "
            "of {inside_radius}",
            "find bend allowance and deduction for a bend of {bend_angle} in {thickness} stock with an "
            "inside radius of {inside_radius}",
            "work out the flat-pattern allowance of a bend of {bend_angle} in {thickness} material with a "
            "radius of {inside_radius}",
        ),
    ),
    Tool(
        "weld_procedure.heat_input",
        "Arc welding heat input in kJ/mm from arc voltage, current and travel speed.",
        [
            Param("arc_voltage", "float", "Arc voltage in volts.", qty(16, 36, (" V", " volts"), 1)),
            Param("current", "float", "Welding current in amperes.", qty(80, 400, (" A", " amps"))),
            Param("travel_speed", "float", "Travel speed in mm/min.", qty(100, 600, (" mm/min",))),
            Param(
                "process",
                "string",
                "Welding process, for its thermal efficiency: 'GMAW', 'SMAW', 'GTAW', 'FCAW' or 'SAW'.",
                pick("GMAW", "SMAW", "GTAW", "FCAW", "SAW"),
                " for {}",
                {"enum": ["GMAW", "SMAW", "GTAW", "FCAW", "SAW"], "default": "GMAW"},
            ),
        ],
        (
            "calculate weld heat input at {arc_voltage}, {current} and a travel speed of {travel_speed}",
            "work out the heat input of a pass run at {current} and {arc_voltage} moving {travel_speed}",
            "find kJ/mm for welding at {arc_voltage} and {current} with travel at {travel_speed}",
        ),
    ),
    Tool(
        "thread_chart.tap_drill",
        "Tap drill size for a metric or unified thread.",
        [
            Param("thread", "string", "Thread designation, e.g. 'M8x1.25' or '1/4-20 UNC'.", THREAD),
            Param(
                "thread_pct",
                "float",
                "Percentage of thread engagement.",
                percent(50, 85, 0),
                " for {} thread engagement",
                {"default": 75},
            ),
        ],
        (
            "find the tap drill for {thread} threads",
            "tell me which drill to use before tapping {thread}",
            "look up the tap drill size for {thread}",
        ),
    ),
]

ENVIRONMENT = [
    Tool(
        "dumpster_rental.size_quote",
        "Recommended roll-off dumpster size and price for a volume and kind of debris in a city.",
        [
            Param(
                "debris_volume",
                "float",
                "Debris volume in cubic yards.",
                qty(3, 40, (" cubic yards", " cu yd")),
            ),
            Param(
                "debris_type",
                "string",
                "'household', 'construction', 'roofing', 'yard_waste' or 'heavy' (concrete, dirt).",
                pick(
                    ("household junk", "household"),
                    ("construction debris", "construction"),
                    ("roofing shingles", "roofing"),
                    ("yard waste", "yard_waste"),
                    ("concrete and dirt", "heavy"),
                ),
                schema={"enum": ["household", "construction", "roofing", "yard_waste", "heavy"]},
                vary=False,
            ),
            Param("city", "string", "City of the job site.", US_CITY),
            Param(
                "rental_days", "integer", "Days to keep the dumpster.", qty(3, 14, (" days",)), " kept for {}"
            ),
        ],
        (
            "quote a roll-off dumpster for {debris_volume} of {debris_type} in {city}",
            "find the right dumpster size for {debris_volume} of {debris_type} in {city}",
            "price a dumpster in {city} to haul {debris_volume} of {debris_type}",
        ),
    ),
    Tool(
        "scrap_yard.payout",
        "Payout for a load of scrap metal at today's prices of yards in a city.",
        [
            Param(
                "load",
                "dict",
                "Weight of each metal in pounds.",
                scrap_load,
                schema={
                    "properties": {
                        "copper_lb": prop("float", "Copper."),
                        "aluminum_lb": prop("float", "Aluminum."),
                        "brass_lb": prop("float", "Brass."),
                        "steel_lb": prop("float", "Steel."),
                    }
                },
            ),
            Param("city", "string", "City of the scrap yards.", US_CITY),
        ],
        (
            "estimate the scrap payout in {city} for {load}",
            "work out what a yard in {city} pays for {load}",
            "price a scrap run of {load} at {city} prices",
        ),
    ),
    Tool(
        "compost_mix.cn_ratio",
        "Carbon-to-nitrogen ratio of a compost pile from its ingredients, with advice to reach a target.",
        [
            Param(
                "ingredients",
                "array",
                "Ingredients with their wet weights.",
                compost_inputs,
                schema=items(
                    {
                        "material": prop("string", "Ingredient name."),
                        "weight_kg": prop("float", "Weight in kilograms."),
                    }
                ),
            ),
            Param(
                "target_ratio",
                "integer",
                "Target C:N ratio, e.g. 30 for 30:1.",
                pick(("30:1", 30), ("25:1", 25), ("35:1", 35)),
                " and suggest how to reach {}",
                {"default": 30},
            ),
        ],
        (
            "compute the C:N ratio of a compost pile with {ingredients}",
            "check the carbon-to-nitrogen balance of {ingredients}",
            "work out the C:N of mixing {ingredients}",
        ),
    ),
    Tool(
        "waste_audit.diversion_rate",
        "Landfill diversion rate of a site from the tonnages landfilled, recycled and composted.",
        [
            Param("landfill_tons", "float", "Tons sent to landfill.", qty(1, 5000, (" tons",), 1)),
            Param("recycled_tons", "float", "Tons recycled.", qty(1, 3000, (" tons",), 1)),
            Param("composted_tons", "float", "Tons composted.", qty(0.5, 1500, (" tons",), 1)),
        ],
        (
            "compute the diversion rate with {landfill_tons} landfilled, {recycled_tons} recycled and "
            "{composted_tons} composted",
            "work out how much waste we diverted when {recycled_tons} was recycled, {composted_tons} "
            "composted and {landfill_tons} went to landfill",
            "calculate the landfill diversion rate for {recycled_tons} recycled, {composted_tons} composted "
            "and {landfill_tons} landfilled",
        ),
    ),
    Tool(
        "drop_off.find_facility",
        "Drop-off sites that accept a hard-to-recycle material near a ZIP code.",
        [
            Param("material", "string", "Material to drop off, e.g. 'latex paint'.", DROP_OFF_MATERIAL),
            Param("zip_code", "string", "ZIP code to search around.", zip_code),
            Param(
                "radius_miles",
                "integer",
                "Search radius in miles.",
                qty(5, 50, (" miles",)),
                " within {}",
                {"default": 15},
            ),
        ],
        (
            "find where to drop off {material} near ZIP code {zip_code}",
            "locate a recycling drop-off for {material} around ZIP {zip_code}",
            "show facilities near {zip_code} that accept {material}",
        ),
    ),
    Tool(
        "carbon_ledger.scope2_emissions",
        "Location-based scope 2 emissions, in metric tons CO2e, of electricity bought in an eGRID subregion.",
        [
            Param(
                "electricity_used", "float", "Electricity purchased in kWh.", qty(1000, 5000000, (" kWh",))
            ),
            Param("grid_region", "string", "eGRID subregion acronym, e.g. 'RFCW'.", EGRID),
            Param(
                "factor_year",
                "integer",
                "Year of the emission factors.",
                year(2018, 2023),
                " using {} factors",
            ),
        ],
        (
            "calculate scope 2 emissions for {electricity_used} of electricity in the {grid_region} eGRID "
            "region",
            "work out the CO2e from using {electricity_used} on the {grid_region} grid",
            "estimate location-based emissions of {electricity_used} bought in {grid_region}",
        ),
    ),
]

WIDE_TRADES: list[Tool] = (
    HOME
    + CONSTRUCTION
    + PLUMBING_ELECTRICAL
    + FARMING
    + LANDSCAPING
    + ENERGY
    + MANUFACTURING
    + AUTOMOTIVE
    + WORKSHOP
    + ENVIRONMENT
)
