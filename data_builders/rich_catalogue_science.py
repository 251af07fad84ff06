"""Science and maths tools of the rich synthetic catalogue (physics, chemistry, geometry,
statistics, biology): the kind of question BFCL's simple category asks, with units written
the way people write them."""

from __future__ import annotations

from data_builders.rich_tool import Param, Tool
from data_builders.rich_values import money, numbers, pick, qty, quoted

G_OPT = {"default": 9.81}


def point(r):
    x, y = r.randint(-20, 20), r.randint(-20, 20)
    return f"({x}, {y})", {"x": x, "y": y}


def vertices(r):
    pts = [[r.randint(0, 12), r.randint(0, 12)] for _ in range(r.randint(3, 5))]
    return ", ".join(f"({x}, {y})" for x, y in pts), pts


def box(r):
    dims = {k: r.randint(2, 40) for k in ("length", "width", "height")}
    unit = r.choice(["cm", "m", "in"])
    text = r.choice(
        [
            "{length} x {width} x {height} " + unit,
            "length {length} " + unit + ", width {width} " + unit + " and height {height} " + unit,
        ]
    )
    return text.format(**dims), dims


XY = {
    "properties": {
        "x": {"type": "float", "description": "x coordinate."},
        "y": {"type": "float", "description": "y coordinate."},
    }
}

SCIENCE = [
    Tool(
        "mechanics.kinetic_energy_of_body",
        "Kinetic energy (joules) of a moving body.",
        [
            Param("mass_kg", "float", "Mass in kilograms.", qty(1, 2500, ("kg", " kilograms"), 1)),
            Param(
                "speed_mps", "float", "Speed in metres per second.", qty(1, 90, ("m/s", " meters per second"))
            ),
        ],
        (
            "compute the kinetic energy of a body of {mass_kg} moving at {speed_mps}",
            "find the kinetic energy for a mass of {mass_kg} travelling at {speed_mps}",
        ),
    ),
    Tool(
        "mechanics.gravitational_attraction",
        "Newtonian gravitational force between two masses.",
        [
            Param("mass_one_kg", "float", "First mass in kilograms.", qty(1, 90000, ("kg",))),
            Param("mass_two_kg", "float", "Second mass in kilograms.", qty(1, 90000, ("kg",))),
            Param(
                "separation_m",
                "float",
                "Distance between the centres in metres.",
                qty(1, 5000, ("m", " metres")),
            ),
            Param(
                "constant",
                "float",
                "Gravitational constant.",
                pick(("G = 6.674e-11", 6.674e-11)),
                " using {}",
                {"default": 6.674e-11},
            ),
        ],
        (
            "calculate the gravitational force between a {mass_one_kg} mass and a {mass_two_kg} mass "
            "that are {separation_m} apart",
        ),
    ),
    Tool(
        "circuits.current_from_ohms_law",
        "Current through a resistor from voltage and resistance.",
        [
            Param("voltage_v", "float", "Voltage in volts.", qty(1, 480, ("V", " volts"))),
            Param("resistance_ohm", "float", "Resistance in ohms.", qty(1, 12000, (" ohms", " Ω"))),
        ],
        (
            "work out the current when {voltage_v} is applied across {resistance_ohm}",
            "find the current through a {resistance_ohm} resistor at {voltage_v}",
        ),
    ),
    Tool(
        "oscillation.pendulum_period_seconds",
        "Period of a simple pendulum.",
        [
            Param("length_m", "float", "Pendulum length in metres.", qty(0.1, 30, ("m", " meters"), 2)),
            Param(
                "gravity",
                "float",
                "Gravitational acceleration in m/s^2.",
                qty(1.6, 25, (" m/s^2",), 2),
                " with a gravity of {}",
                G_OPT,
            ),
        ],
        (
            "get the period of a pendulum that is {length_m} long",
            "calculate how long one swing of a {length_m} pendulum takes",
        ),
    ),
    Tool(
        "kinematics_tools.fall_duration",
        "Time for an object to fall from a height, ignoring drag.",
        [
            Param("height_m", "float", "Drop height in metres.", qty(1, 4000, ("m", " metres"))),
            Param(
                "gravity",
                "float",
                "Gravitational acceleration in m/s^2.",
                qty(1.6, 25, (" m/s^2",), 2),
                " where g is {}",
                G_OPT,
            ),
        ],
        (
            "compute how long a stone takes to fall {height_m}",
            "find the fall time from a height of {height_m}",
        ),
    ),
    Tool(
        "optics.photon_energy_from_wavelength",
        "Energy of a photon in joules.",
        [Param("wavelength_nm", "float", "Wavelength in nanometres.", qty(100, 2500, ("nm", " nanometers")))],
        ("calculate the energy of a photon with a wavelength of {wavelength_nm}",),
    ),
    Tool(
        "fluids.buoyant_force_newtons",
        "Buoyant force on a submerged object (Archimedes).",
        [
            Param(
                "volume_m3",
                "float",
                "Displaced volume in cubic metres.",
                qty(0.01, 50, (" m^3", " cubic meters"), 2),
            ),
            Param(
                "fluid_density",
                "float",
                "Fluid density in kg/m^3.",
                qty(700, 1400, (" kg/m^3",)),
                " in a fluid of density {}",
                {"default": 1000},
            ),
        ],
        ("find the buoyant force on an object displacing {volume_m3}",),
    ),
    Tool(
        "mechanics.work_by_constant_force",
        "Work done by a constant force along a straight path.",
        [
            Param("force_n", "float", "Force in newtons.", qty(1, 25000, ("N", " newtons"))),
            Param("distance_m", "float", "Distance in metres.", qty(1, 3000, ("m", " meters"))),
            Param(
                "angle_deg",
                "float",
                "Angle between force and motion in degrees.",
                qty(0, 89, (" degrees", "°")),
                " at an angle of {}",
                {"default": 0},
            ),
        ],
        ("calculate the work done by a {force_n} force moving an object {distance_m}",),
    ),
    Tool(
        "thermo.heat_required_joules",
        "Heat needed to change the temperature of a mass.",
        [
            Param("mass_g", "float", "Mass in grams.", qty(1, 25000, ("g", " grams"))),
            Param("specific_heat", "float", "Specific heat in J/(g·°C).", qty(0.1, 4.2, (" J/g°C",), 2)),
            Param("delta_t_c", "float", "Temperature change in °C.", qty(1, 150, ("°C", " degrees Celsius"))),
        ],
        (
            "calculate the heat needed to warm {mass_g} of a material with specific heat {specific_heat} "
            "by {delta_t_c}",
        ),
    ),
    Tool(
        "gas_laws.ideal_gas_pressure",
        "Pressure of an ideal gas in kilopascals.",
        [
            Param("moles", "float", "Amount of gas in moles.", qty(0.1, 40, (" mol", " moles"), 1)),
            Param("temperature_k", "float", "Temperature in kelvin.", qty(150, 900, ("K", " kelvin"))),
            Param("volume_l", "float", "Volume in litres.", qty(1, 5000, ("L", " liters"))),
        ],
        ("compute the pressure of {moles} of gas at {temperature_k} in a {volume_l} container",),
    ),
    Tool(
        "chemistry_kit.formula_molar_mass",
        "Molar mass (g/mol) of a chemical formula.",
        [
            Param(
                "formula",
                "string",
                "Chemical formula, e.g. 'C6H12O6'.",
                quoted("H2SO4", "NaHCO3", "C8H10N4O2", "KMnO4", "CaCO3", "C2H5OH", "Fe2O3", "NH4NO3"),
            )
        ],
        ("get the molar mass of {formula}", "calculate the molecular weight of the compound {formula}"),
    ),
    Tool(
        "chemistry_kit.grams_to_moles",
        "Amount of substance in moles from a mass.",
        [
            Param("mass_g", "float", "Sample mass in grams.", qty(0.5, 5000, ("g", " grams"), 1)),
            Param("molar_mass", "float", "Molar mass in g/mol.", qty(2, 400, (" g/mol",), 2)),
        ],
        ("convert {mass_g} of a substance with molar mass {molar_mass} into moles",),
    ),
    Tool(
        "chemistry_kit.dilution_volume",
        "Final volume after diluting a stock solution (C1V1 = C2V2).",
        [
            Param(
                "stock_molarity", "float", "Stock concentration in mol/L.", qty(0.5, 18, ("M", " mol/L"), 1)
            ),
            Param(
                "stock_volume_ml",
                "float",
                "Stock volume in millilitres.",
                qty(1, 2000, ("mL", " milliliters")),
            ),
            Param("target_molarity", "float", "Target concentration in mol/L.", qty(0.01, 0.5, ("M",), 2)),
        ],
        (
            "find the final volume when {stock_volume_ml} of a {stock_molarity} solution is diluted to "
            "{target_molarity}",
        ),
    ),
    Tool(
        "nuclear.remaining_after_decay",
        "Amount of a radioactive sample left after some time.",
        [
            Param("initial_amount_g", "float", "Initial amount in grams.", qty(1, 10000, ("g", " grams"))),
            Param("half_life_years", "float", "Half-life in years.", qty(1, 30000, (" years",))),
            Param("elapsed_years", "float", "Elapsed time in years.", qty(1, 60000, (" years",))),
        ],
        (
            "calculate how much of a {initial_amount_g} sample with a half-life of {half_life_years} remains "
            "after {elapsed_years}",
        ),
    ),
    Tool(
        "shapes.sector_area",
        "Area of a circular sector.",
        [
            Param("radius", "float", "Radius in centimetres.", qty(1, 250, ("cm", " centimeters"))),
            Param("angle_deg", "float", "Central angle in degrees.", qty(5, 355, (" degrees", "°"))),
        ],
        ("find the area of a sector with radius {radius} and a central angle of {angle_deg}",),
    ),
    Tool(
        "shapes.cylinder_capacity",
        "Volume of a cylinder.",
        [
            Param("radius", "float", "Base radius in cm.", qty(1, 300, ("cm", " centimeters"))),
            Param("height", "float", "Height in cm.", qty(1, 1200, ("cm", " centimeters"))),
            Param(
                "unit",
                "string",
                "Unit of the result.",
                pick("cubic centimetres", "litres"),
                " and give the answer in {}",
                {"enum": ["cubic centimetres", "litres"], "default": "litres"},
            ),
        ],
        (
            "calculate the volume of a cylinder with radius {radius} and height {height}",
            "work out how much a cylinder {height} tall with a {radius} radius holds",
        ),
    ),
    Tool(
        "shapes.cone_lateral_surface",
        "Lateral surface area of a right circular cone.",
        [
            Param("radius", "float", "Base radius in inches.", qty(1, 90, ("in", " inches"))),
            Param("slant_height", "float", "Slant height in inches.", qty(1, 150, ("in", " inches"))),
        ],
        ("get the lateral surface area of a cone with base radius {radius} and slant height {slant_height}",),
    ),
    Tool(
        "shapes.polygon_area_shoelace",
        "Area of a simple polygon from its vertices (shoelace formula).",
        [
            Param(
                "vertices",
                "array",
                "Vertices in order, each [x, y].",
                vertices,
                schema={"items": {"type": "array", "items": {"type": "float"}}},
            )
        ],
        ("find the area of the polygon with vertices {vertices}",),
    ),
    Tool(
        "shapes.triangle_area_three_sides",
        "Area of a triangle from its three side lengths.",
        [
            Param("side_a", "float", "First side in cm.", qty(3, 60, ("cm", " centimetres"))),
            Param("side_b", "float", "Second side in cm.", qty(3, 60, ("cm", " centimetres"))),
            Param("side_c", "float", "Third side in cm.", qty(3, 60, ("cm", " centimetres"))),
        ],
        ("compute the area of a triangle whose sides are {side_a}, {side_b} and {side_c}",),
    ),
    Tool(
        "coordinates.euclidean_gap",
        "Straight-line distance between two points in the plane.",
        [
            Param("start", "dict", "First point.", point, schema=XY),
            Param("end", "dict", "Second point.", point, schema=XY),
        ],
        ("find the distance between the points {start} and {end}",),
    ),
    Tool(
        "shapes.box_volume",
        "Volume of a rectangular box.",
        [
            Param(
                "dimensions",
                "dict",
                "Box size.",
                box,
                schema={
                    "properties": {
                        "length": {"type": "float", "description": "Length."},
                        "width": {"type": "float", "description": "Width."},
                        "height": {"type": "float", "description": "Height."},
                    },
                    "required": ["length", "width", "height"],
                },
            )
        ],
        ("calculate the volume of a box measuring {dimensions}",),
    ),
    Tool(
        "algebra_tools.quadratic_real_solutions",
        "Real solutions of a*x^2 + b*x + c = 0.",
        [
            Param("a", "float", "Coefficient of x^2.", qty(1, 9)),
            Param("b", "float", "Coefficient of x.", qty(-20, 20)),
            Param("c", "float", "Constant term.", qty(-30, 30)),
        ],
        (
            "solve the quadratic equation with a = {a}, b = {b} and c = {c}",
            "find the real roots of {a}x^2 + ({b})x + ({c}) = 0",
        ),
    ),
    Tool(
        "number_tools.nth_prime",
        "The n-th prime number.",
        [Param("n", "integer", "Position of the prime (1 = 2).", qty(1, 20000))],
        ("find the prime number at position {n}", "tell me the {n}th prime"),
    ),
    Tool(
        "stats_toolkit.median_of",
        "Median of a list of numbers.",
        [Param("values", "array", "The numbers.", numbers(1, 500), schema={"items": {"type": "float"}})],
        ("compute the median of {values}",),
    ),
    Tool(
        "stats_toolkit.weighted_average",
        "Weighted mean of values.",
        [
            Param(
                "values",
                "array",
                "The values.",
                numbers(50, 100, (3, 3)),
                schema={"items": {"type": "float"}},
            ),
            Param(
                "weights",
                "array",
                "The weights, same length.",
                numbers(1, 5, (3, 3)),
                schema={"items": {"type": "float"}},
            ),
        ],
        ("compute the weighted average of {values} with weights {weights}",),
    ),
    Tool(
        "stats_toolkit.standard_score",
        "z-score of a value.",
        [
            Param("value", "float", "The observation.", qty(1, 250, ("",), 1)),
            Param("mean", "float", "Population mean.", qty(1, 250, ("",), 1)),
            Param("std_dev", "float", "Population standard deviation.", qty(1, 40, ("",), 1)),
        ],
        ("find the z-score of {value} when the mean is {mean} and the standard deviation is {std_dev}",),
    ),
    Tool(
        "probability.binomial_pmf",
        "Probability of exactly k successes in n independent trials.",
        [
            Param("trials", "integer", "Number of trials.", qty(2, 60)),
            Param("successes", "integer", "Number of successes.", qty(0, 2)),
            Param(
                "p_success",
                "float",
                "Success probability per trial, 0-1.",
                pick(0.1, 0.25, 0.3, 0.5, 0.6, 0.75),
            ),
        ],
        (
            "compute the probability of exactly {successes} successes in {trials} trials with success "
            "probability {p_success}",
        ),
    ),
    Tool(
        "combinatorics.arrangements",
        "Number of ordered arrangements of k items chosen from n.",
        [
            Param("n", "integer", "Items available.", qty(2, 40)),
            Param("k", "integer", "Items arranged.", qty(1, 6)),
        ],
        ("count the ways to arrange {k} of {n} distinct items in order",),
    ),
    Tool(
        "microbio.colony_size_after",
        "Bacteria count after exponential doubling.",
        [
            Param("initial_count", "integer", "Starting number of cells.", qty(10, 50000, ("", " cells"))),
            Param(
                "doubling_minutes", "float", "Doubling time in minutes.", qty(10, 120, (" minutes", " min"))
            ),
            Param("hours", "float", "Growth time in hours.", qty(1, 48, (" hours", "h"))),
        ],
        (
            "estimate the bacteria count after {hours} starting from {initial_count} with a doubling time "
            "of {doubling_minutes}",
        ),
    ),
    Tool(
        "genomics.gc_fraction",
        "GC content of a DNA sequence, in percent.",
        [
            Param(
                "sequence",
                "string",
                "DNA sequence (A, C, G, T).",
                quoted("ATGCGCGTTA", "GGCATTACCA", "TTAGGCATCGA", "CCGGTAATGC", "ATATGCGCAT"),
            )
        ],
        ("compute the GC content of the sequence {sequence}",),
    ),
    Tool(
        "ballistics.projectile_range_m",
        "Horizontal range of a projectile on flat ground.",
        [
            Param(
                "launch_speed", "float", "Launch speed in m/s.", qty(5, 400, ("m/s", " meters per second"))
            ),
            Param("launch_angle", "float", "Launch angle in degrees.", qty(5, 85, (" degrees", "°"))),
            Param(
                "launch_height",
                "float",
                "Launch height in metres.",
                qty(1, 100, ("m",)),
                " launched from a height of {}",
                {"default": 0},
            ),
        ],
        ("calculate the range of a projectile fired at {launch_speed} at an angle of {launch_angle}",),
    ),
    Tool(
        "acoustics.sound_speed_in_air",
        "Speed of sound in air at a temperature.",
        [Param("temperature_c", "float", "Air temperature in °C.", qty(-40, 45, ("°C", " degrees Celsius")))],
        ("find the speed of sound in air at {temperature_c}",),
    ),
    Tool(
        "optics.thin_lens_image",
        "Image distance for a thin lens.",
        [
            Param("focal_length_cm", "float", "Focal length in cm.", qty(2, 80, ("cm", " centimeters"))),
            Param("object_distance_cm", "float", "Object distance in cm.", qty(5, 400, ("cm",))),
        ],
        (
            "find where the image forms for a lens with focal length {focal_length_cm} and an object at "
            "{object_distance_cm}",
        ),
    ),
    Tool(
        "energy_meter.consumption_cost",
        "Energy use and cost of an appliance.",
        [
            Param("power_w", "float", "Power draw in watts.", qty(5, 3500, ("W", " watts"))),
            Param("hours", "float", "Hours of use.", qty(1, 2000, (" hours",))),
            Param(
                "price_per_kwh",
                "float",
                "Electricity price per kWh.",
                money(0, 1, 2),
                " at {} per kWh",
                {"default": 0.15},
            ),
        ],
        ("calculate the electricity used by a {power_w} appliance running for {hours}",),
    ),
]
