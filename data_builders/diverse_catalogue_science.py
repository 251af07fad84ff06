"""Science tools of the diverse catalogue: one tool per job across physics, astronomy, chemistry,
biology, earth science, algebra and calculus, number theory, statistics, geometry and engineering."""

from __future__ import annotations

from data_builders.rich_tool import Param, Tool
from data_builders.rich_values import MONTHS, day, numbers, percent, pick, qty, quoted, words, year

FLOATS = {"items": {"type": "float"}}
INTS = {"items": {"type": "integer"}}

BODY = words(
    "Mars", "Venus", "Mercury", "Earth", "Jupiter", "Saturn", "Titan", "Europa", "Ganymede", "Ceres", "Io"
)
CITY = words(
    "Reykjavik",
    "Santiago",
    "Cape Town",
    "Perth",
    "Tucson",
    "Madrid",
    "Ulaanbaatar",
    "Lima",
    "Oslo",
    "Nairobi",
)
STAR = words(
    "Betelgeuse", "Sirius", "Vega", "Rigel", "Polaris", "Antares", "Aldebaran", "Deneb", "Arcturus", "Canopus"
)
SPECIES = words(
    "snow leopard",
    "African forest elephant",
    "vaquita",
    "Sumatran orangutan",
    "hawksbill turtle",
    "kakapo",
    "Amur leopard",
    "giant panda",
    "blue whale",
    "axolotl",
    "monarch butterfly",
    "Ethiopian wolf",
)
PRIMES = pick(503, 601, 797, 809, 997, 1009, 2003, 4099, 7919, 9973)
HARMONIC = pick(("second", 2), ("third", 3), ("fourth", 4))
# ("", True): the clause alone asks for the switch
SWITCH_ON = pick(("", True))

SENSE_CODONS = [
    a + b + c for a in "ACGU" for b in "ACGU" for c in "ACGU" if a + b + c not in ("UAA", "UAG", "UGA")
]
AMINO_ACIDS = "ACDEFGHIKLMNPQRSTVWY"
COLOUR_DIGITS = ["black", "brown", "red", "orange", "yellow", "green", "blue", "violet", "grey", "white"]
LUSTRES = ["metallic", "vitreous", "pearly", "resinous", "silky", "dull", "adamantine", "greasy"]
STREAKS = ["white", "black", "reddish-brown", "greenish-black", "yellow", "grey", "pale green", "brown"]


def _signed_terms(pairs) -> str:
    """[(3, "x^2"), (-1, "x"), (5, "")] -> "3x^2 - x + 5"."""
    out = ""
    for coef, var in pairs:
        size = "" if abs(coef) == 1 and var else str(abs(coef))
        term = size + var
        out += (("-" if coef < 0 else "") + term) if not out else (" - " if coef < 0 else " + ") + term
    return out


def _nonzero(r, lo: int, hi: int) -> int:
    return r.choice([c for c in range(lo, hi + 1) if c])


def expression(r):
    powers = sorted(r.sample(range(5), r.randint(2, 3)), reverse=True)
    pairs = [(_nonzero(r, -9, 9), {0: "", 1: "x"}.get(p, f"x^{p}")) for p in powers]
    if r.random() < 0.3:
        pairs.insert(r.randint(0, len(pairs)), (r.randint(1, 5), r.choice(["sin(x)", "cos(x)", "e^x"])))
    text = _signed_terms(pairs)
    return r.choice([f"'{text}'", f"f(x) = {text}"]), text


def linear_system(r):
    names = "xyz"[: r.choice([2, 2, 3])]
    eqs = [
        _signed_terms([(_nonzero(r, -9, 9), v) for v in names]) + f" = {r.randint(-30, 30)}" for _ in names
    ]
    if r.random() < 0.5:
        return "[" + ", ".join(f"'{e}'" for e in eqs) + "]", eqs
    return ", ".join(eqs[:-1]) + " and " + eqs[-1], eqs


def plane(r):
    eq = _signed_terms([(_nonzero(r, -6, 6), v) for v in "xyz"]) + f" = {r.randint(-20, 20)}"
    return eq, eq


def coefficients(r):
    values = [_nonzero(r, -9, 9)] + [r.randint(-12, 12) for _ in range(r.randint(2, 4))]
    return "[" + ", ".join(map(str, values)) + "]", values


def mrna(r):
    seq = (
        "AUG"
        + "".join(r.choice(SENSE_CODONS) for _ in range(r.randint(3, 9)))
        + r.choice(["UAA", "UAG", "UGA"])
    )
    return f"'{seq}'", seq


def dna(r):
    seq = "".join(r.choice("ACGT") for _ in range(r.randint(12, 30)))
    if r.random() < 0.6:  # most sequences hold a common recognition site
        cut = r.randint(0, len(seq))
        seq = seq[:cut] + r.choice(["GAATTC", "GGATCC", "AAGCTT", "CTCGAG", "CTGCAG"]) + seq[cut:]
    return f"'{seq}'", seq


def protein(r):
    seq = "M" + "".join(r.choice(AMINO_ACIDS) for _ in range(r.randint(7, 24)))
    return f"'{seq}'", seq


def colour_bands(r):
    bands = [r.choice(COLOUR_DIGITS[1:]), r.choice(COLOUR_DIGITS), r.choice(COLOUR_DIGITS[:7] + ["gold"])]
    bands.append(r.choice(["gold", "silver"]))
    if r.random() < 0.5:
        return "-".join(bands), bands
    return ", ".join(bands[:-1]) + " and " + bands[-1], bands


def colliding_bodies(r):
    bodies = [
        {
            "mass_kg": round(r.uniform(0.2, 60), 1),
            "velocity_mps": r.choice([-1, 1]) * round(r.uniform(0.5, 25), 1),
        }
        for _ in range(r.choice([2, 2, 3]))
    ]
    texts = [f"{b['mass_kg']} kg moving at {b['velocity_mps']} m/s" for b in bodies]
    return ", ".join(texts[:-1]) + " and " + texts[-1], bodies


def mineral(r):
    props = {
        "hardness": r.randint(2, 20) / 2,
        "luster": r.choice(LUSTRES),
        "streak": r.choice(STREAKS),
    }
    return "Mohs hardness {hardness:g}, a {luster} luster and a {streak} streak".format(**props), props


def point_2d(r):
    x, y = r.randint(-25, 25), r.randint(-25, 25)
    return f"({x}, {y})", {"x": x, "y": y}


def point_3d(r):
    x, y, z = (r.randint(-15, 15) for _ in range(3))
    return f"({x}, {y}, {z})", {"x": x, "y": y, "z": z}


def beam_section(r):
    width, depth = r.randrange(50, 410, 10), r.randrange(100, 910, 10)
    text = r.choice([f"{width} x {depth} mm", f"{width} mm wide and {depth} mm deep"])
    return text, {"width_mm": width, "depth_mm": depth}


def scientific(lo_exp: int, hi_exp: int, unit: str):
    def gen(r):
        mantissa, exponent = round(r.uniform(1.1, 9.9), 1), r.randint(lo_exp, hi_exp)
        return f"{mantissa}e{exponent}{unit}", float(f"{mantissa}e{exponent}")

    return gen


XY = {
    "properties": {
        "x": {"type": "float", "description": "x coordinate."},
        "y": {"type": "float", "description": "y coordinate."},
    },
    "required": ["x", "y"],
}
XYZ = {
    "properties": {
        "x": {"type": "float", "description": "x coordinate."},
        "y": {"type": "float", "description": "y coordinate."},
        "z": {"type": "float", "description": "z coordinate."},
    },
    "required": ["x", "y", "z"],
}

MECHANICS = [
    Tool(
        "wave_lab.frequency_from_wavelength",
        "Frequency of a wave from its speed and wavelength.",
        [
            Param(
                "wave_speed",
                "float",
                "Wave speed in metres per second.",
                qty(1, 6000, (" m/s", " metres per second")),
            ),
            Param("wavelength_m", "float", "Wavelength in metres.", qty(0.01, 500, ("m", " metres"), 2)),
        ],
        (
            "find the frequency of a wave travelling at {wave_speed} with a wavelength of {wavelength_m}",
            "work out how many cycles per second a wave of wavelength {wavelength_m} moving at {wave_speed} "
            "makes",
        ),
    ),
    Tool(
        "rotation_lab.centripetal_force",
        "Centripetal force needed to keep a mass moving on a circle.",
        [
            Param("mass_kg", "float", "Mass in kilograms.", qty(0.1, 3000, ("kg", " kilograms"), 1)),
            Param("speed_mps", "float", "Tangential speed in metres per second.", qty(1, 120, ("m/s",), 1)),
            Param("radius_m", "float", "Radius of the circle in metres.", qty(0.5, 800, ("m", " metres"), 1)),
        ],
        (
            "calculate the centripetal force on a {mass_kg} object moving at {speed_mps} around a circle of "
            "radius {radius_m}",
            "find the force needed to keep {mass_kg} on a {radius_m} radius turn at {speed_mps}",
        ),
    ),
    Tool(
        "collision_lab.inelastic_merge_velocity",
        "Common velocity of bodies that stick together after a perfectly inelastic collision along a line.",
        [
            Param(
                "bodies",
                "array",
                "Colliding bodies, each with its mass and velocity (negative for the opposite direction).",
                colliding_bodies,
                schema={
                    "items": {
                        "type": "dict",
                        "properties": {
                            "mass_kg": {"type": "float", "description": "Mass in kilograms."},
                            "velocity_mps": {
                                "type": "float",
                                "description": "Velocity in metres per second.",
                            },
                        },
                    }
                },
            )
        ],
        (
            "find the final velocity when these bodies collide and stick together: {bodies}",
            "compute the common velocity after a perfectly inelastic collision of {bodies}",
        ),
    ),
    Tool(
        "string_vibration.fundamental_frequency",
        "Vibration frequency of a stretched string fixed at both ends.",
        [
            Param("length_m", "float", "Vibrating length in metres.", qty(0.2, 3, ("m", " metres"), 2)),
            Param("tension", "float", "String tension in newtons.", qty(10, 2000, ("N", " newtons"))),
            Param(
                "linear_density",
                "float",
                "Mass per unit length in grams per metre.",
                qty(0.1, 20, (" g/m",), 2),
            ),
            Param(
                "harmonic",
                "integer",
                "Harmonic number (1 = fundamental).",
                HARMONIC,
                ", for the {} harmonic",
                {"default": 1},
            ),
        ],
        (
            "find the frequency of a {length_m} string under {tension} of tension with a linear density of "
            "{linear_density}",
            "calculate the pitch of a string {length_m} long, tensioned to {tension}, weighing "
            "{linear_density}",
        ),
    ),
    Tool(
        "doppler_effect.observed_frequency",
        "Frequency heard by a stationary listener from a moving sound source.",
        [
            Param(
                "source_frequency", "float", "Emitted frequency in hertz.", qty(100, 5000, (" Hz", " hertz"))
            ),
            Param("source_speed", "float", "Source speed in metres per second.", qty(2, 120, (" m/s",))),
            Param(
                "motion",
                "string",
                "Whether the source is 'approaching' or 'receding'.",
                pick(("approaching", "approaching"), ("moving away", "receding")),
                schema={"enum": ["approaching", "receding"]},
                vary=False,
            ),
            Param(
                "sound_speed",
                "float",
                "Speed of sound in metres per second.",
                qty(330, 350, (" m/s",)),
                ", taking the speed of sound as {}",
                {"default": 343},
            ),
        ],
        (
            "find the frequency a listener hears from a {source_frequency} siren {motion} at {source_speed}",
            "calculate the Doppler-shifted pitch of a {source_frequency} horn {motion} at {source_speed}",
        ),
    ),
]

ELECTRICITY = [
    Tool(
        "circuit_lab.equivalent_resistance",
        "Total resistance of resistors connected all in series or all in parallel.",
        [
            Param("resistances", "array", "Resistances in ohms.", numbers(10, 4700, (2, 5)), schema=FLOATS),
            Param(
                "arrangement",
                "string",
                "How they are connected: 'series' or 'parallel'.",
                pick("series", "parallel"),
                schema={"enum": ["series", "parallel"]},
                vary=False,
            ),
        ],
        (
            "find the equivalent resistance of {resistances} ohm resistors in {arrangement}",
            "compute the total resistance when resistors of {resistances} ohms are wired in {arrangement}",
        ),
    ),
    Tool(
        "circuit_lab.rc_time_constant",
        "Time constant of a resistor-capacitor circuit, in seconds.",
        [
            Param("resistance_ohm", "float", "Resistance in ohms.", qty(100, 990000, (" ohms", " Ω"))),
            Param(
                "capacitance",
                "float",
                "Capacitance in microfarads.",
                qty(0.1, 4700, (" µF", " microfarads"), 1),
            ),
        ],
        (
            "calculate the RC time constant for {resistance_ohm} in series with {capacitance}",
            "find how quickly a {capacitance} capacitor charges through {resistance_ohm}",
        ),
    ),
    Tool(
        "capacitor_tools.stored_energy",
        "Energy stored in a charged capacitor, in joules.",
        [
            Param(
                "capacitance", "float", "Capacitance in microfarads.", qty(1, 22000, (" µF", " microfarads"))
            ),
            Param(
                "voltage_v",
                "float",
                "Voltage across the capacitor in volts.",
                qty(1, 900, ("V", " volts"), 1),
            ),
        ],
        (
            "compute the energy stored in a {capacitance} capacitor charged to {voltage_v}",
            "work out how many joules a {capacitance} capacitor holds at {voltage_v}",
        ),
    ),
    Tool(
        "component_catalog.decode_resistor_bands",
        "Resistance and tolerance of a 4-band resistor from its colour bands.",
        [
            Param(
                "bands",
                "array",
                "Band colours in order, e.g. ['brown', 'black', 'red', 'gold'].",
                colour_bands,
                schema={"items": {"type": "string"}},
            )
        ],
        (
            "decode a resistor with the colour bands {bands}",
            "read off the resistance of a resistor marked {bands}",
        ),
    ),
    Tool(
        "transformer_calc.secondary_voltage",
        "Output voltage of an ideal transformer from its turns ratio.",
        [
            Param("primary_voltage", "float", "Primary voltage in volts.", qty(12, 33000, ("V", " volts"))),
            Param("primary_turns", "integer", "Turns on the primary winding.", qty(50, 5000, (" turns",))),
            Param(
                "secondary_turns", "integer", "Turns on the secondary winding.", qty(10, 4000, (" turns",))
            ),
        ],
        (
            "find the secondary voltage of a transformer fed {primary_voltage} with {primary_turns} on the "
            "primary and {secondary_turns} on the secondary",
            "calculate the output of an ideal transformer with a primary of {primary_turns}, a secondary of "
            "{secondary_turns} and {primary_voltage} in",
        ),
    ),
]

THERMO = [
    Tool(
        "heat_transfer.conduction_rate",
        "Steady heat flow through a flat wall by conduction, in watts.",
        [
            Param(
                "conductivity", "float", "Thermal conductivity in W/(m·K).", qty(0.02, 400, (" W/m·K",), 2)
            ),
            Param(
                "area_m2", "float", "Wall area in square metres.", qty(0.1, 60, (" m^2", " square metres"), 1)
            ),
            Param("thickness_cm", "float", "Wall thickness in centimetres.", qty(0.5, 50, ("cm",), 1)),
            Param(
                "temperature_difference",
                "float",
                "Temperature difference across the wall in kelvin.",
                qty(1, 200, (" K", " kelvin")),
            ),
        ],
        (
            "calculate the heat flow through a wall of {area_m2} that is {thickness_cm} thick with "
            "conductivity {conductivity} and a temperature difference of {temperature_difference}",
            "find the conductive heat loss across {thickness_cm} of material, conductivity {conductivity}, "
            "area {area_m2}, with {temperature_difference} between the faces",
        ),
    ),
    Tool(
        "gas_lab.charles_law_volume",
        "New volume of a gas heated or cooled at constant pressure.",
        [
            Param("volume_l", "float", "Initial volume in litres.", qty(0.5, 200, ("L", " litres"), 1)),
            Param(
                "initial_temperature_k",
                "float",
                "Initial temperature in kelvin.",
                qty(200, 600, ("K", " kelvin")),
            ),
            Param(
                "final_temperature_k",
                "float",
                "Final temperature in kelvin.",
                qty(150, 900, ("K", " kelvin")),
            ),
        ],
        (
            "find the new volume of {volume_l} of gas taken from {initial_temperature_k} to "
            "{final_temperature_k} at constant pressure",
            "apply Charles's law to a {volume_l} gas sample going from {initial_temperature_k} to "
            "{final_temperature_k}",
        ),
    ),
    Tool(
        "thermo_cycle.carnot_efficiency",
        "Maximum efficiency of a heat engine between two reservoirs, in percent.",
        [
            Param(
                "hot_temperature_k",
                "float",
                "Hot reservoir temperature in kelvin.",
                qty(400, 2000, ("K", " kelvin")),
            ),
            Param(
                "cold_temperature_k", "float", "Cold reservoir temperature in kelvin.", qty(250, 390, ("K",))
            ),
        ],
        (
            "compute the Carnot efficiency of an engine running between {hot_temperature_k} and "
            "{cold_temperature_k}",
            "find the best possible efficiency for a heat engine with reservoirs at {hot_temperature_k} and "
            "{cold_temperature_k}",
        ),
    ),
    Tool(
        "phase_data.boiling_point_at_pressure",
        "Boiling point of a liquid at a given ambient pressure, in °C.",
        [
            Param(
                "substance",
                "string",
                "Name of the liquid, e.g. 'ethanol'.",
                words(
                    "ethanol",
                    "acetone",
                    "water",
                    "benzene",
                    "methanol",
                    "toluene",
                    "diethyl ether",
                    "hexane",
                    "chloroform",
                    "acetic acid",
                ),
            ),
            Param(
                "pressure",
                "float",
                "Ambient pressure in kilopascals.",
                qty(20, 300, (" kPa", " kilopascals")),
            ),
        ],
        (
            "find the boiling point of {substance} at {pressure}",
            "work out at what temperature {substance} boils under {pressure}",
        ),
    ),
    Tool(
        "kinetic_theory.rms_molecular_speed",
        "Root-mean-square speed of the molecules of a named gas.",
        [
            Param(
                "gas",
                "string",
                "Gas name, e.g. 'nitrogen'.",
                words(
                    "helium",
                    "nitrogen",
                    "oxygen",
                    "argon",
                    "carbon dioxide",
                    "neon",
                    "methane",
                    "hydrogen",
                    "xenon",
                    "krypton",
                ),
            ),
            Param("temperature_k", "float", "Gas temperature in kelvin.", qty(50, 1500, ("K", " kelvin"))),
        ],
        (
            "compute the rms speed of {gas} molecules at {temperature_k}",
            "find how fast {gas} molecules move on average at {temperature_k}",
        ),
    ),
]

OPTICS = [
    Tool(
        "optics_bench.refraction_angle",
        "Angle of the refracted ray from Snell's law, in degrees.",
        [
            Param(
                "incident_angle_deg", "float", "Angle of incidence in degrees.", qty(5, 85, (" degrees", "°"))
            ),
            Param("n_incident", "float", "Refractive index of the first medium.", qty(1.0, 1.8, ("",), 2)),
            Param("n_refracted", "float", "Refractive index of the second medium.", qty(1.0, 2.42, ("",), 2)),
        ],
        (
            "find the refraction angle for light hitting a boundary at {incident_angle_deg}, going from "
            "index {n_incident} into index {n_refracted}",
            "apply Snell's law for an incidence angle of {incident_angle_deg} with n1 = {n_incident} and "
            "n2 = {n_refracted}",
        ),
    ),
    Tool(
        "optics_bench.critical_angle",
        "Critical angle for total internal reflection between two named media.",
        [
            Param(
                "dense_medium",
                "string",
                "Medium the light travels in, e.g. 'crown glass'.",
                words(
                    "diamond",
                    "flint glass",
                    "cubic zirconia",
                    "sapphire",
                    "crown glass",
                    "quartz",
                    "acrylic",
                    "polystyrene",
                    "lead glass",
                    "rutile",
                ),
            ),
            Param(
                "outer_medium",
                "string",
                "Medium on the other side of the boundary, e.g. 'air'.",
                words("air", "water", "ice", "vacuum", "ethanol", "olive oil", "methanol", "acetone"),
            ),
        ],
        (
            "find the critical angle for light going from {dense_medium} into {outer_medium}",
            "calculate the angle beyond which light inside {dense_medium} is totally reflected at a "
            "boundary with {outer_medium}",
            "get the total internal reflection angle at a {dense_medium}-{outer_medium} interface",
        ),
    ),
    Tool(
        "mirror_optics.image_position",
        "Image distance and magnification for a spherical mirror.",
        [
            Param(
                "focal_length_cm", "float", "Focal length magnitude in centimetres.", qty(2, 120, ("cm",), 1)
            ),
            Param("object_distance_cm", "float", "Object distance in centimetres.", qty(3, 500, ("cm",), 1)),
            Param(
                "mirror_type",
                "string",
                "Mirror shape: 'concave' or 'convex'.",
                pick("concave", "convex"),
                schema={"enum": ["concave", "convex"]},
                vary=False,
            ),
        ],
        (
            "find where the image forms for an object {object_distance_cm} from a {mirror_type} mirror "
            "with a focal length of {focal_length_cm}",
            "locate the image of an object placed {object_distance_cm} in front of a {mirror_type} mirror, "
            "focal length {focal_length_cm}",
        ),
    ),
    Tool(
        "diffraction.grating_angle",
        "Diffraction angle of light through a grating, in degrees.",
        [
            Param("lines_per_mm", "integer", "Grating lines per millimetre.", qty(100, 1200, (" lines/mm",))),
            Param(
                "wavelength_nm", "float", "Wavelength in nanometres.", qty(380, 780, ("nm", " nanometres"))
            ),
            Param("order", "integer", "Diffraction order.", HARMONIC, " for the {} order", {"default": 1}),
        ],
        (
            "find the diffraction angle of {wavelength_nm} light through a grating with {lines_per_mm}",
            "calculate where {wavelength_nm} light appears after a {lines_per_mm} grating",
        ),
    ),
    Tool(
        "eyecare.lens_power",
        "Optical power of a lens in dioptres.",
        [
            Param(
                "focal_length_cm",
                "float",
                "Focal length in centimetres (negative for a diverging lens).",
                qty(-150, 300, ("cm", " centimetres"), 1),
            )
        ],
        (
            "convert a focal length of {focal_length_cm} into dioptres",
            "give me the lens power for a focal length of {focal_length_cm}",
        ),
    ),
]

ASTRONOMY = [
    Tool(
        "orbit_calc.escape_speed",
        "Escape speed from a solar-system body at an altitude above its surface, in km/s.",
        [
            Param("body", "string", "Name of the planet or moon, e.g. 'Mars'.", BODY),
            Param(
                "altitude_km", "float", "Altitude above the surface in kilometres.", qty(50, 5000, (" km",))
            ),
        ],
        (
            "compute the escape speed at {altitude_km} above {body}",
            "find how fast a probe must go to escape {body} from an altitude of {altitude_km}",
        ),
    ),
    Tool(
        "orbit_calc.hohmann_delta_v",
        "Total delta-v of a Hohmann transfer between two circular orbits around a body, in km/s.",
        [
            Param("body", "string", "Central body, e.g. 'Earth'.", BODY),
            Param(
                "initial_altitude_km",
                "float",
                "Starting orbit altitude in kilometres.",
                qty(150, 2000, (" km",)),
            ),
            Param(
                "target_altitude_km",
                "float",
                "Target orbit altitude in kilometres.",
                qty(2500, 42000, (" km",)),
            ),
        ],
        (
            "compute the delta-v for a Hohmann transfer around {body} from a {initial_altitude_km} orbit "
            "to a {target_altitude_km} orbit",
            "find the fuel budget in delta-v to raise an orbit around {body} from {initial_altitude_km} to "
            "{target_altitude_km}",
        ),
    ),
    Tool(
        "sky_catalog.star_visibility",
        "Rise, transit and set times of a named star for an observer's city.",
        [
            Param("star", "string", "Star name, e.g. 'Vega'.", STAR),
            Param("city", "string", "Observer's city.", CITY),
            Param("date", "string", "Night of observation, YYYY-MM-DD.", day(2026, 2), " on {}"),
        ],
        (
            "find when {star} is visible from {city}",
            "get the rise and set times of {star} as seen from {city}",
            "check whether I can see {star} from {city}",
        ),
    ),
    Tool(
        "eclipse_finder.visible_eclipses",
        "Eclipses visible from a city during a year.",
        [
            Param("city", "string", "City name.", CITY),
            Param("year", "integer", "Calendar year.", year(2026, 2060)),
            Param(
                "kind",
                "string",
                "Eclipse type: 'solar' or 'lunar'.",
                pick("solar", "lunar"),
                ", only {} ones",
                {"enum": ["solar", "lunar"]},
            ),
        ],
        (
            "list the eclipses visible from {city} in {year}",
            "check which eclipses can be seen in {city} during {year}",
        ),
    ),
    Tool(
        "astro_calc.parallax_distance",
        "Distance to a star from its annual parallax.",
        [
            Param(
                "parallax",
                "float",
                "Parallax in milliarcseconds.",
                qty(1, 770, (" mas", " milliarcseconds"), 2),
            ),
            Param(
                "unit",
                "string",
                "Unit of the result: 'pc' (parsecs) or 'ly' (light-years).",
                pick(("light-years", "ly"), ("parsecs", "pc")),
                " in {}",
                {"enum": ["pc", "ly"], "default": "pc"},
            ),
        ],
        (
            "find the distance to a star with a parallax of {parallax}",
            "convert a stellar parallax of {parallax} into a distance",
        ),
    ),
    Tool(
        "stellar_physics.peak_emission_wavelength",
        "Wavelength of peak blackbody emission (Wien's law), in nanometres.",
        [
            Param(
                "temperature_k", "float", "Surface temperature in kelvin.", qty(2000, 40000, ("K", " kelvin"))
            )
        ],
        (
            "find the peak emission wavelength of a star with a surface temperature of {temperature_k}",
            "use Wien's law for a blackbody at {temperature_k}",
        ),
    ),
]

CHEMISTRY = [
    Tool(
        "periodic_table.element_property",
        "One property of a chemical element looked up by name.",
        [
            Param(
                "element",
                "string",
                "Element name, e.g. 'Gallium'.",
                words(
                    "Tungsten",
                    "Bismuth",
                    "Gallium",
                    "Selenium",
                    "Krypton",
                    "Rubidium",
                    "Vanadium",
                    "Cobalt",
                    "Iodine",
                    "Strontium",
                    "Palladium",
                    "Osmium",
                ),
            ),
            Param(
                "property",
                "string",
                "Property wanted, e.g. 'electronegativity'.",
                words(
                    "electronegativity",
                    "first ionization energy",
                    "atomic radius",
                    "melting point",
                    "density",
                    "standard atomic weight",
                    "electron configuration",
                ),
            ),
        ],
        (
            "look up the {property} of {element}",
            "get the {property} of {element} from the periodic table",
            "find {element}'s {property}",
        ),
    ),
    Tool(
        "acid_base.solution_ph",
        "pH of an aqueous solution of a named acid.",
        [
            Param(
                "acid",
                "string",
                "Acid name, e.g. 'acetic acid'.",
                words(
                    "hydrochloric acid",
                    "nitric acid",
                    "acetic acid",
                    "formic acid",
                    "hydrofluoric acid",
                    "perchloric acid",
                    "benzoic acid",
                    "propanoic acid",
                    "hypochlorous acid",
                ),
            ),
            Param("concentration", "float", "Concentration in mol/L.", qty(0.001, 2, ("M", " mol/L"), 3)),
        ],
        (
            "compute the pH of {concentration} {acid}",
            "find the pH of a {concentration} solution of {acid}",
        ),
    ),
    Tool(
        "reaction_tools.balance_equation",
        "Balance a chemical equation given as text.",
        [
            Param(
                "equation",
                "string",
                "Unbalanced equation with '->', e.g. 'H2 + O2 -> H2O'.",
                quoted(
                    "Fe + O2 -> Fe2O3",
                    "C3H8 + O2 -> CO2 + H2O",
                    "Al + HCl -> AlCl3 + H2",
                    "KClO3 -> KCl + O2",
                    "NH3 + O2 -> NO + H2O",
                    "C6H12O6 + O2 -> CO2 + H2O",
                    "Na + H2O -> NaOH + H2",
                    "Cu + HNO3 -> Cu(NO3)2 + NO + H2O",
                    "FeS2 + O2 -> Fe2O3 + SO2",
                    "C2H6 + O2 -> CO2 + H2O",
                    "P4 + O2 -> P4O10",
                    "Ca(OH)2 + H3PO4 -> Ca3(PO4)2 + H2O",
                    "C4H10 + O2 -> CO2 + H2O",
                    "Mg + N2 -> Mg3N2",
                    "Fe2O3 + CO -> Fe + CO2",
                    "NaHCO3 -> Na2CO3 + CO2 + H2O",
                    "Zn + HCl -> ZnCl2 + H2",
                    "SO2 + O2 -> SO3",
                    "CH4 + Cl2 -> CH3Cl + HCl",
                    "Pb(NO3)2 + KI -> PbI2 + KNO3",
                    "Al2O3 -> Al + O2",
                    "C8H18 + O2 -> CO2 + H2O",
                    "Fe + Cl2 -> FeCl3",
                    "H2O2 -> H2O + O2",
                ),
            ),
            Param(
                "include_states",
                "boolean",
                "Add state symbols (s, l, g, aq).",
                SWITCH_ON,
                " and add state symbols{}",
                {"default": False},
            ),
        ],
        (
            "balance the equation {equation}",
            "find the stoichiometric coefficients for {equation}",
            "give me the balanced form of {equation}",
        ),
    ),
    Tool(
        "solution_prep.solute_mass",
        "Mass of solute needed to make a solution of a given molarity, in grams.",
        [
            Param(
                "solute",
                "string",
                "Solute formula, e.g. 'NaCl'.",
                words("NaCl", "KCl", "CuSO4", "NaOH", "KNO3", "MgSO4", "CaCl2", "Na2CO3", "AgNO3", "KH2PO4"),
            ),
            Param("molarity", "float", "Target concentration in mol/L.", qty(0.01, 3, ("M", " mol/L"), 2)),
            Param(
                "volume_ml", "float", "Final volume in millilitres.", qty(10, 5000, ("mL", " millilitres"))
            ),
        ],
        (
            "find how many grams of {solute} I need to make {volume_ml} of a {molarity} solution",
            "calculate the mass of {solute} for {volume_ml} of {molarity} solution",
        ),
    ),
    Tool(
        "reaction_kinetics.arrhenius_rate_constant",
        "Rate constant from the Arrhenius equation.",
        [
            Param(
                "pre_exponential",
                "float",
                "Pre-exponential factor in s^-1.",
                scientific(8, 14, " s^-1"),
            ),
            Param(
                "activation_energy", "float", "Activation energy in kJ/mol.", qty(20, 250, (" kJ/mol",), 1)
            ),
            Param("temperature_k", "float", "Temperature in kelvin.", qty(250, 1200, ("K", " kelvin"))),
        ],
        (
            "calculate the rate constant at {temperature_k} for a reaction with pre-exponential factor "
            "{pre_exponential} and activation energy {activation_energy}",
            "use the Arrhenius equation with A = {pre_exponential}, Ea = {activation_energy} and "
            "T = {temperature_k}",
        ),
    ),
]

BIOLOGY = [
    Tool(
        "species_registry.population_trend",
        "Population estimates of a species over time.",
        [
            Param("species", "string", "Common name of the species, e.g. 'snow leopard'.", SPECIES),
            Param("since_year", "integer", "First year of the series.", year(1970, 2015)),
        ],
        (
            "show the population trend of the {species} since {since_year}",
            "get population estimates for the {species} from {since_year} on",
        ),
    ),
    Tool(
        "genetics_lab.translate_mrna",
        "Translate an mRNA sequence into its amino-acid chain.",
        [
            Param("sequence", "string", "mRNA sequence (A, C, G, U).", mrna),
            Param(
                "three_letter",
                "boolean",
                "Use three-letter amino-acid codes.",
                SWITCH_ON,
                " using three-letter codes{}",
                {"default": False},
            ),
        ],
        (
            "translate the mRNA {sequence} into protein",
            "find the amino acids encoded by {sequence}",
        ),
    ),
    Tool(
        "population_model.logistic_size",
        "Population size after logistic growth toward a carrying capacity.",
        [
            Param(
                "initial_population",
                "integer",
                "Starting population.",
                qty(10, 50000, ("", " individuals")),
            ),
            Param("carrying_capacity", "integer", "Carrying capacity.", qty(60000, 2000000)),
            Param(
                "growth_rate_pct", "float", "Intrinsic growth rate per year in percent.", percent(1, 60, 1)
            ),
            Param("years", "float", "Elapsed time in years.", qty(1, 100, (" years",))),
        ],
        (
            "project a population of {initial_population} after {years} with a growth rate of "
            "{growth_rate_pct} and a carrying capacity of {carrying_capacity}",
            "use the logistic model to estimate the size of a population starting at {initial_population}, "
            "growing {growth_rate_pct} a year, capped at {carrying_capacity}, after {years}",
        ),
    ),
    Tool(
        "dna_tools.restriction_sites",
        "Cut positions of a restriction enzyme in a DNA sequence.",
        [
            Param("sequence", "string", "DNA sequence (A, C, G, T).", dna),
            Param(
                "enzyme",
                "string",
                "Restriction enzyme name, e.g. 'EcoRI'.",
                words("EcoRI", "BamHI", "HindIII", "NotI", "XhoI", "PstI", "SmaI", "KpnI", "NdeI", "SalI"),
            ),
        ],
        (
            "find where {enzyme} cuts the sequence {sequence}",
            "list the {enzyme} restriction sites in {sequence}",
        ),
    ),
    Tool(
        "protein_tools.molecular_weight",
        "Molecular weight of a protein sequence, in daltons.",
        [
            Param("sequence", "string", "Protein sequence in one-letter amino-acid codes.", protein),
            Param(
                "monoisotopic",
                "boolean",
                "Use monoisotopic instead of average masses.",
                SWITCH_ON,
                " using monoisotopic masses{}",
                {"default": False},
            ),
        ],
        (
            "calculate the molecular weight of the peptide {sequence}",
            "find the mass in daltons of the protein sequence {sequence}",
        ),
    ),
]

EARTH = [
    Tool(
        "seismo_catalog.recent_quakes",
        "Recent earthquakes in a region above a minimum magnitude.",
        [
            Param(
                "region",
                "string",
                "Region or country name.",
                words(
                    "Chile",
                    "Japan",
                    "Alaska",
                    "Indonesia",
                    "Turkey",
                    "New Zealand",
                    "Iceland",
                    "California",
                    "Peru",
                    "Nepal",
                    "Greece",
                ),
            ),
            Param("min_magnitude", "float", "Smallest magnitude to list.", qty(2.5, 7, ("",), 1)),
            Param(
                "days",
                "integer",
                "How many past days to search.",
                qty(2, 90),
                " over the last {} days",
                {"default": 30},
            ),
        ],
        (
            "list earthquakes of magnitude {min_magnitude} or more in {region}",
            "show me recent quakes in {region} stronger than magnitude {min_magnitude}",
        ),
    ),
    Tool(
        "seismo_calc.energy_ratio",
        "How many times more energy one earthquake magnitude releases than another.",
        [
            Param("magnitude_a", "float", "Moment magnitude of the larger quake.", qty(5, 9.5, ("",), 1)),
            Param("magnitude_b", "float", "Moment magnitude of the smaller quake.", qty(2, 4.9, ("",), 1)),
        ],
        (
            "compare the energy released by a magnitude {magnitude_a} earthquake with a magnitude "
            "{magnitude_b} one",
            "find how many times more energy a magnitude {magnitude_a} quake releases than a {magnitude_b}",
        ),
    ),
    Tool(
        "river_atlas.monthly_discharge",
        "Average discharge of a river in a calendar month, in cubic metres per second.",
        [
            Param(
                "river",
                "string",
                "River name, e.g. 'Danube'.",
                words(
                    "Danube",
                    "Mekong",
                    "Yukon",
                    "Niger",
                    "Rhine",
                    "Zambezi",
                    "Volga",
                    "Murray",
                    "Orinoco",
                    "Yangtze",
                    "Columbia",
                    "Ganges",
                ),
            ),
            Param("month", "string", "Month name, e.g. 'April'.", words(*MONTHS)),
        ],
        (
            "get the average discharge of the {river} in {month}",
            "estimate how much water the {river} carries in {month}",
        ),
    ),
    Tool(
        "mineral_guide.identify",
        "Candidate minerals matching observed physical properties.",
        [
            Param(
                "specimen",
                "dict",
                "Observed properties of the specimen.",
                mineral,
                schema={
                    "properties": {
                        "hardness": {"type": "float", "description": "Mohs hardness, 1-10."},
                        "luster": {"type": "string", "description": "Luster, e.g. 'vitreous'."},
                        "streak": {"type": "string", "description": "Streak colour."},
                    },
                    "required": ["hardness", "luster", "streak"],
                },
            )
        ],
        (
            "identify a mineral with {specimen}",
            "suggest which mineral has {specimen}",
        ),
    ),
    Tool(
        "climate_records.temperature_anomaly",
        "Change in mean annual temperature of a city between two years, in °C.",
        [
            Param("city", "string", "City name.", CITY),
            Param("start_year", "integer", "Baseline year.", year(1900, 1990)),
            Param("end_year", "integer", "Comparison year.", year(1995, 2024)),
        ],
        (
            "compute the temperature anomaly in {city} between {start_year} and {end_year}",
            "find how much warmer {city} was in {end_year} than in {start_year}",
        ),
    ),
]

ALGEBRA = [
    Tool(
        "poly_tools.evaluate_at",
        "Value of a polynomial at a point.",
        [
            Param(
                "coefficients",
                "array",
                "Coefficients from the highest power down to the constant.",
                coefficients,
                schema=FLOATS,
            ),
            Param("x", "float", "Point at which to evaluate.", qty(-10, 10, ("",), 1)),
        ],
        (
            "evaluate the polynomial with coefficients {coefficients} at x = {x}",
            "plug x = {x} into the polynomial whose coefficients are {coefficients}",
        ),
    ),
    Tool(
        "poly_tools.find_roots",
        "Roots of a polynomial.",
        [
            Param(
                "coefficients",
                "array",
                "Coefficients from the highest power down to the constant.",
                coefficients,
                schema=FLOATS,
            ),
            Param(
                "include_complex",
                "boolean",
                "Also return complex roots.",
                SWITCH_ON,
                ", including complex roots{}",
                {"default": False},
            ),
        ],
        (
            "find the roots of the polynomial with coefficients {coefficients}",
            "solve the polynomial equation given by the coefficients {coefficients}",
        ),
    ),
    Tool(
        "calculus_engine.definite_integral",
        "Definite integral of a function of x over an interval.",
        [
            Param("expression", "string", "Function of x, e.g. '3x^2 + 2x'.", expression),
            Param("lower", "float", "Lower limit.", qty(-5, 2)),
            Param("upper", "float", "Upper limit.", qty(3, 12)),
        ],
        (
            "integrate {expression} from {lower} to {upper}",
            "compute the definite integral of {expression} between x = {lower} and x = {upper}",
        ),
    ),
    Tool(
        "calculus_engine.derivative_at",
        "Derivative of a function of x evaluated at a point.",
        [
            Param("expression", "string", "Function of x, e.g. '3x^2 + 2x'.", expression),
            Param("point", "float", "x value at which to evaluate.", qty(-10, 10, ("",), 1)),
            Param(
                "order",
                "integer",
                "Order of the derivative.",
                HARMONIC,
                ", taking the {} derivative",
                {"default": 1},
            ),
        ],
        (
            "compute the derivative of {expression} at x = {point}",
            "differentiate {expression} and evaluate the result at x = {point}",
        ),
    ),
    Tool(
        "linear_systems.solve",
        "Solve a system of linear equations.",
        [
            Param(
                "equations",
                "array",
                "Equations as text, e.g. ['2x + 3y = 7', 'x - y = 1'].",
                linear_system,
                schema={"items": {"type": "string"}},
            )
        ],
        (
            "solve the linear system {equations}",
            "find the unknowns in the simultaneous equations {equations}",
        ),
    ),
]

NUMBER_THEORY = [
    Tool(
        "divisor_tools.common_divisor",
        "Greatest common divisor of a list of integers.",
        [Param("numbers", "array", "The integers.", numbers(12, 9000, (2, 5)), schema=INTS)],
        (
            "find the greatest common divisor of {numbers}",
            "compute the GCD of {numbers}",
        ),
    ),
    Tool(
        "factor_tools.prime_decomposition",
        "Prime factorisation of a positive integer.",
        [Param("n", "integer", "Integer to factor, at least 2.", qty(2, 50000000))],
        (
            "factor {n} into primes",
            "give me the prime factorization of {n}",
        ),
    ),
    Tool(
        "modular_math.inverse_mod",
        "Multiplicative inverse of an integer modulo m.",
        [
            Param("a", "integer", "The integer to invert.", qty(2, 500)),
            Param("modulus", "integer", "The modulus.", PRIMES),
        ],
        (
            "find the inverse of {a} modulo {modulus}",
            "compute the modular inverse of {a} mod {modulus}",
        ),
    ),
    Tool(
        "combinatorics.letter_arrangements",
        "Number of distinct arrangements of the letters of a word.",
        [
            Param(
                "word",
                "string",
                "The word.",
                words(
                    "MISSISSIPPI",
                    "BANANA",
                    "STATISTICS",
                    "COMMITTEE",
                    "ALGEBRA",
                    "BOOKKEEPER",
                    "PEPPER",
                    "MATHEMATICS",
                    "TENNESSEE",
                    "ABRACADABRA",
                    "PARALLEL",
                    "SUCCESS",
                    "COFFEE",
                    "ENGINEERING",
                    "REFERENCE",
                    "ASSESSMENT",
                    "CHROMOSOME",
                    "ACCELERATE",
                    "MILLIMETER",
                    "POSSESSES",
                    "KANGAROO",
                    "HIPPOPOTAMUS",
                    "BALLOON",
                    "CALCULUS",
                    "PROBABILITY",
                    "INTELLIGENCE",
                    "ASSASSINATION",
                    "NONSENSE",
                ),
            ),
            Param(
                "length",
                "integer",
                "Letters per arrangement; 0 means the whole word.",
                qty(2, 6),
                ", taking {} letters at a time",
                {"default": 0},
            ),
        ],
        (
            "count the distinct arrangements of the letters in {word}",
            "find how many different words can be made by rearranging {word}",
            "compute the number of distinct permutations of {word}",
        ),
    ),
    Tool(
        "numeral_tools.to_base",
        "Write a non-negative integer in another base (2-36).",
        [
            Param("number", "integer", "The integer, in base 10.", qty(10, 10000000)),
            Param("base", "integer", "Target base, 2-36.", qty(2, 36)),
        ],
        (
            "write {number} in base {base}",
            "convert the decimal number {number} to base {base}",
        ),
    ),
]

STATISTICS = [
    Tool(
        "descriptive_stats.variance",
        "Variance of a list of numbers (sample variance unless told otherwise).",
        [
            Param("values", "array", "The numbers.", numbers(1, 1000, (4, 8), 1), schema=FLOATS),
            Param(
                "population",
                "boolean",
                "Treat the numbers as the whole population.",
                SWITCH_ON,
                ", treating them as the whole population{}",
                {"default": False},
            ),
        ],
        (
            "compute the variance of {values}",
            "find how spread out the numbers {values} are by their variance",
        ),
    ),
    Tool(
        "correlation_lab.pearson_coefficient",
        "Pearson correlation coefficient between two equally long lists.",
        [
            Param("x_values", "array", "First variable.", numbers(0, 100, (6, 6)), schema=FLOATS),
            Param("y_values", "array", "Second variable.", numbers(0, 500, (6, 6)), schema=FLOATS),
        ],
        (
            "compute the Pearson correlation between {x_values} and {y_values}",
            "find how strongly {x_values} and {y_values} are correlated",
        ),
    ),
    Tool(
        "probability_tools.poisson_probability",
        "Probability of exactly k events under a Poisson distribution.",
        [
            Param("mean_rate", "float", "Average number of events per interval.", qty(0.5, 25, ("",), 1)),
            Param("events", "integer", "Number of events k.", qty(0, 30)),
        ],
        (
            "find the probability of exactly {events} events when the average is {mean_rate} per interval",
            "compute the Poisson probability of {events} occurrences given a mean of {mean_rate}",
        ),
    ),
    Tool(
        "inference.mean_confidence_interval",
        "Confidence interval for a population mean from sample statistics.",
        [
            Param("sample_mean", "float", "Sample mean.", qty(1, 5000, ("",), 1)),
            Param("std_dev", "float", "Sample standard deviation.", qty(0.5, 300, ("",), 1)),
            Param("sample_size", "integer", "Number of observations.", qty(5, 5000)),
            Param(
                "confidence",
                "integer",
                "Confidence level in percent: 90, 95 or 99.",
                pick(("90%", 90), ("99%", 99), ("95%", 95)),
                " at {} confidence",
                {"enum": [90, 95, 99], "default": 95},
            ),
        ],
        (
            "build a confidence interval for a mean of {sample_mean} with standard deviation {std_dev} from "
            "{sample_size} observations",
            "find the confidence interval when {sample_size} samples give a mean of {sample_mean} and a "
            "standard deviation of {std_dev}",
        ),
    ),
    Tool(
        "dice_odds.at_least_total",
        "Probability that the sum of several fair dice reaches a target.",
        [
            Param("dice", "integer", "Number of dice.", qty(3, 6)),
            Param("target", "integer", "Minimum total wanted.", qty(8, 18)),
            Param(
                "sides",
                "integer",
                "Faces per die.",
                pick(8, 10, 12, 20),
                " if each die has {} sides",
                {"default": 6},
            ),
        ],
        (
            "find the probability of rolling at least {target} with {dice} dice",
            "compute the chance that {dice} dice add up to {target} or more",
            "work out how likely a roll of {dice} dice totals {target} or higher",
        ),
    ),
]

GEOMETRY = [
    Tool(
        "solid_geometry.frustum_volume",
        "Volume of a conical frustum.",
        [
            Param("bottom_radius_cm", "float", "Radius of the base in cm.", qty(5, 200, ("cm",))),
            Param("top_radius_cm", "float", "Radius of the top in cm.", qty(1, 150, ("cm",))),
            Param("height_cm", "float", "Height in cm.", qty(1, 500, ("cm", " centimetres"))),
        ],
        (
            "compute the volume of a frustum with base radius {bottom_radius_cm}, top radius "
            "{top_radius_cm} and height {height_cm}",
            "find how much a truncated cone {height_cm} tall with radii {bottom_radius_cm} and "
            "{top_radius_cm} holds",
        ),
    ),
    Tool(
        "coordinate_geometry.line_equation",
        "Slope-intercept equation of the line through two points.",
        [
            Param("point_a", "dict", "First point.", point_2d, schema=XY),
            Param("point_b", "dict", "Second point.", point_2d, schema=XY),
        ],
        (
            "find the equation of the line through {point_a} and {point_b}",
            "give me the slope and intercept of the line joining {point_a} and {point_b}",
        ),
    ),
    Tool(
        "plane_geometry.regular_polygon_area",
        "Area of a regular polygon from its number of sides and side length.",
        [
            Param("sides", "integer", "Number of sides.", qty(5, 24)),
            Param(
                "side_length",
                "float",
                "Side length; the area is in that unit squared.",
                qty(1, 80, ("cm", " m"), 1),
            ),
        ],
        (
            "find the area of a regular polygon with {sides} sides each {side_length} long",
            "compute the area of a regular {sides}-sided polygon with side length {side_length}",
        ),
    ),
    Tool(
        "shape_lookup.polyhedron_measures",
        "Volume, surface area and face/edge/vertex counts of a named polyhedron.",
        [
            Param(
                "solid",
                "string",
                "Polyhedron name, e.g. 'icosahedron'.",
                words(
                    "tetrahedron",
                    "cube",
                    "octahedron",
                    "dodecahedron",
                    "icosahedron",
                    "truncated icosahedron",
                    "cuboctahedron",
                    "rhombic dodecahedron",
                    "truncated octahedron",
                ),
            ),
            Param(
                "edge_length",
                "float",
                "Edge length; results use the same unit.",
                qty(1, 100, ("cm", " mm"), 1),
            ),
        ],
        (
            "get the volume and surface area of a regular {solid} with edge length {edge_length}",
            "describe a {solid} whose edges are {edge_length} long",
        ),
    ),
    Tool(
        "space_geometry.point_plane_distance",
        "Distance from a point in 3D to a plane.",
        [
            Param("point", "dict", "The point.", point_3d, schema=XYZ),
            Param("plane", "string", "Plane equation, e.g. '2x - y + 3z = 6'.", plane),
        ],
        (
            "find the distance from the point {point} to the plane {plane}",
            "compute how far {point} is from the plane {plane}",
        ),
    ),
]

ENGINEERING = [
    Tool(
        "beam_design.midspan_deflection",
        "Midspan deflection (mm) of a simply supported rectangular beam under a central point load.",
        [
            Param(
                "load", "float", "Central point load in kilonewtons.", qty(1, 400, (" kN", " kilonewtons"), 1)
            ),
            Param("span_m", "float", "Span in metres.", qty(1, 30, ("m", " metres"), 1)),
            Param(
                "section",
                "dict",
                "Rectangular cross-section.",
                beam_section,
                schema={
                    "properties": {
                        "width_mm": {"type": "float", "description": "Width in millimetres."},
                        "depth_mm": {"type": "float", "description": "Depth in millimetres."},
                    },
                    "required": ["width_mm", "depth_mm"],
                },
            ),
            Param(
                "material",
                "string",
                "Beam material; sets the elastic modulus.",
                pick("steel", "aluminium", "timber", "concrete"),
                ", with the beam made of {}",
                {"enum": ["steel", "aluminium", "timber", "concrete"], "default": "steel"},
            ),
        ],
        (
            "find the midspan deflection of a simply supported beam spanning {span_m} with a rectangular "
            "section {section} under a central load of {load}",
            "check how much a {span_m} beam with a {section} section sags under a {load} point load at "
            "midspan",
        ),
    ),
    Tool(
        "pipe_flow.reynolds_number",
        "Reynolds number of a fluid flowing through a circular pipe.",
        [
            Param(
                "fluid",
                "string",
                "Fluid name, e.g. 'water'.",
                words("water", "air", "seawater", "glycerin", "olive oil", "mercury", "ethanol", "gasoline"),
            ),
            Param("velocity", "float", "Mean flow velocity in m/s.", qty(0.1, 30, (" m/s",), 2)),
            Param(
                "pipe_diameter",
                "float",
                "Inner pipe diameter in millimetres.",
                qty(5, 1500, ("mm", " millimetres")),
            ),
            Param(
                "temperature_c",
                "float",
                "Fluid temperature in °C.",
                qty(0, 90, ("°C",)),
                " at {}",
                {"default": 20},
            ),
        ],
        (
            "compute the Reynolds number for {fluid} flowing at {velocity} through a {pipe_diameter} pipe",
            "check whether {fluid} moving at {velocity} in a pipe of diameter {pipe_diameter} is turbulent",
        ),
    ),
    Tool(
        "hydraulics.pump_power",
        "Shaft power a pump needs to lift water, in kilowatts.",
        [
            Param(
                "flow_rate",
                "float",
                "Flow rate in litres per second.",
                qty(1, 2000, (" L/s", " litres per second")),
            ),
            Param("head_m", "float", "Total head in metres.", qty(1, 300, ("m", " metres"))),
            Param(
                "efficiency_pct",
                "float",
                "Pump efficiency in percent.",
                percent(40, 90, 0),
                " at {} efficiency",
                {"default": 75},
            ),
        ],
        (
            "calculate the pump power needed to move {flow_rate} against a head of {head_m}",
            "size a pump for {flow_rate} of water lifted {head_m}",
        ),
    ),
    Tool(
        "gear_train.output_speed",
        "Output shaft speed of a simple gear train, in rpm.",
        [
            Param("input_rpm", "float", "Input shaft speed in rpm.", qty(100, 6000, (" rpm", " RPM"))),
            Param(
                "teeth",
                "array",
                "Tooth counts of the meshing gears in order, driving gear first.",
                numbers(10, 120, (2, 5)),
                schema=INTS,
            ),
        ],
        (
            "find the output speed of a gear train with tooth counts {teeth} driven at {input_rpm}",
            "work out how fast the last gear turns when gears of {teeth} teeth are driven at {input_rpm}",
        ),
    ),
    Tool(
        "materials_db.property_lookup",
        "An engineering property of a named material.",
        [
            Param(
                "material",
                "string",
                "Material name, e.g. '6061 aluminium'.",
                words(
                    "6061 aluminium",
                    "304 stainless steel",
                    "Ti-6Al-4V",
                    "PEEK",
                    "borosilicate glass",
                    "white oak",
                    "C110 copper",
                    "Inconel 718",
                    "polycarbonate",
                    "A36 steel",
                    "nylon 6/6",
                ),
            ),
            Param(
                "property",
                "string",
                "Property wanted, e.g. 'yield strength'.",
                words(
                    "Young's modulus",
                    "yield strength",
                    "thermal conductivity",
                    "density",
                    "coefficient of thermal expansion",
                    "Poisson's ratio",
                ),
            ),
            Param(
                "temperature_c",
                "float",
                "Temperature in °C.",
                qty(-50, 600, ("°C",)),
                " at {}",
                {"default": 20},
            ),
        ],
        (
            "look up the {property} of {material}",
            "find the {property} of {material}",
            "get me the {property} for {material}",
        ),
    ),
]

DIVERSE_SCIENCE: list[Tool] = (
    MECHANICS
    + ELECTRICITY
    + THERMO
    + OPTICS
    + ASTRONOMY
    + CHEMISTRY
    + BIOLOGY
    + EARTH
    + ALGEBRA
    + NUMBER_THEORY
    + STATISTICS
    + GEOMETRY
    + ENGINEERING
)
