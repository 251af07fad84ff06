"""Care tools of the wide catalogue: clinical medicine (dosing, scores, vital signs), pharmacy,
laboratory values, nursing, dentistry, veterinary medicine, epidemiology and public health, clinical
nutrition, mental health screening, and medical scheduling and records. Drug, test and patient names
go into a call as the question states them; dates as YYYY-MM-DD where a parameter says so."""

from __future__ import annotations

from datetime import date, timedelta

from data_builders.rich_tool import Param, Tool
from data_builders.rich_values import (
    MONTHS,
    day,
    join_texts,
    listing,
    money,
    numbers,
    percent,
    pick,
    qty,
    quoted,
    switched_on,
    words,
)


def coded(pairs, size=(1, 3)):
    """Several distinct (text, code) pairs, written "A, B and C"; the value is the list of codes."""

    def gen(r):
        chosen, codes, n = [], set(), r.randint(*size)
        for text, code in r.sample(list(pairs), len(pairs)):
            if code not in codes and len(chosen) < n:
                chosen.append((text, code))
                codes.add(code)
        return join_texts([t for t, _ in chosen]), [c for _, c in chosen]

    return gen


def mrn(r):
    """A medical record number, as a question names the patient: "MRN 4481203" -> "4481203"."""
    number = str(r.randint(1000000, 9999999))
    return r.choice([f"MRN {number}", f"MRN {number}", f"record number {number}", f"chart {number}"]), number


def clock_time(r):
    t = f"{r.randint(8, 16):02d}:{r.choice([0, 15, 30, 45]):02d}"
    return t, t


def onset_dates(r):
    """Symptom onset dates of an outbreak within three weeks, in order."""
    start = date(2024, 1, 1) + timedelta(days=r.randrange(700))
    days = [start + timedelta(days=n) for n in sorted(r.sample(range(21), r.randint(4, 7)))]
    if r.random() < 0.5:
        return join_texts([d.isoformat() for d in days]), [d.isoformat() for d in days]
    texts = [f"{MONTHS[d.month - 1]} {d.day}, {d.year}" for d in days]
    return "; ".join(texts[:-1]) + " and " + texts[-1], [d.isoformat() for d in days]


def news2_vitals(r):
    v = {
        "respiratory_rate": r.randint(8, 32),
        "spo2_pct": r.randint(86, 100),
        "systolic_bp": r.randint(85, 190),
        "heart_rate": r.randint(42, 140),
        "temperature_c": round(r.uniform(35.0, 40.0), 1),
        "alert": r.random() < 0.75,
    }
    form = r.choice(
        [
            "respiratory rate {respiratory_rate}/min, SpO2 {spo2_pct}%, systolic BP {systolic_bp} mmHg, "
            "pulse {heart_rate} bpm, temperature {temperature_c:.1f} °C",
            "RR {respiratory_rate}, sats {spo2_pct}%, BP systolic {systolic_bp}, HR {heart_rate} and "
            "temp {temperature_c:.1f}°C",
        ]
    )
    return form.format(**v) + (", alert" if v["alert"] else ", newly confused"), v


def apgar(r):
    a = {k: r.randint(0, 2) for k in ("appearance", "pulse", "grimace", "activity", "respiration")}
    return (
        "appearance {appearance}, pulse {pulse}, grimace {grimace}, activity {activity} and "
        "respiration {respiration}".format(**a),
        a,
    )


def braden(r):
    b = {
        "sensory_perception": r.randint(1, 4),
        "moisture": r.randint(1, 4),
        "activity": r.randint(1, 4),
        "mobility": r.randint(1, 4),
        "nutrition": r.randint(1, 4),
        "friction_shear": r.randint(1, 3),
    }
    text = (
        "sensory perception {sensory_perception}, moisture {moisture}, activity {activity}, "
        "mobility {mobility}, nutrition {nutrition} and friction/shear {friction_shear}"
    )
    return text.format(**b), b


def two_by_two(r):
    t = {
        "exposed_cases": r.randint(5, 180),
        "exposed_noncases": r.randint(40, 900),
        "unexposed_cases": r.randint(2, 120),
        "unexposed_noncases": r.randint(40, 1200),
    }
    form = r.choice(
        [
            "{exposed_cases} ill and {exposed_noncases} well among the exposed, {unexposed_cases} ill and "
            "{unexposed_noncases} well among the unexposed",
            "exposed: {exposed_cases} cases and {exposed_noncases} non-cases; unexposed: {unexposed_cases} "
            "cases and {unexposed_noncases} non-cases",
        ]
    )
    return form.format(**t), t


OPIOIDS = [
    "oxycodone",
    "hydrocodone",
    "morphine",
    "hydromorphone",
    "tapentadol",
    "tramadol",
    "codeine",
    "oxymorphone",
    "methadone",
]


def opioid_regimens(r):
    chosen = []
    for drug in r.sample(OPIOIDS, r.randint(1, 3)):
        chosen.append({"drug": drug, "daily_dose_mg": r.choice([5, 10, 15, 20, 30, 40, 45, 60, 80, 90, 120])})
    form = r.choice(["{drug} {daily_dose_mg} mg a day", "{daily_dose_mg} mg/day of {drug}"])
    return join_texts([form.format(**c) for c in chosen]), chosen


SEX = pick(("man", "male"), ("woman", "female"))
SEX_ENUM = {"enum": ["male", "female"]}
AGE = qty(18, 92)
WEIGHT = qty(42, 140, ("kg", " kilograms"), 1)
CHILD_WEIGHT = qty(3, 45, ("kg", " kg"), 1)
HEIGHT = qty(145, 200, ("cm", " centimetres"))
MG_DL = " mg/dL"
CITY = words(
    "Boston",
    "Leeds",
    "Toronto",
    "Phoenix",
    "Brisbane",
    "Cork",
    "Minneapolis",
    "Auckland",
    "Pittsburgh",
    "Glasgow",
    "Calgary",
    "San Antonio",
)
PATIENT = words(
    "Maria Gonzalez",
    "James O'Connor",
    "Aisha Bello",
    "Tomasz Nowak",
    "Mei Lin Chen",
    "Robert Whitfield",
    "Fatima Rahman",
    "Daniel Kowalczyk",
    "Grace Mensah",
    "Oliver Brennan",
    "Sofia Rossi",
    "Hiroshi Tanaka",
)
PROVIDER = words(
    "Dr. Amara Okafor",
    "Dr. Priya Raman",
    "Dr. Lucas Meyer",
    "Dr. Hannah Feldman",
    "Dr. Samuel Osei",
    "Dr. Elena Petrova",
    "Dr. Kevin Park",
    "Dr. Nadia Haddad",
    "Dr. Marcus Reid",
    "Dr. Ines Carvalho",
)
SPECIALTY = words(
    "cardiology",
    "dermatology",
    "orthopedics",
    "endocrinology",
    "neurology",
    "gastroenterology",
    "rheumatology",
    "pulmonology",
    "ophthalmology",
    "urology",
    "nephrology",
    "allergy and immunology",
)
INTERACTING_DRUGS = [
    "warfarin",
    "amiodarone",
    "simvastatin",
    "clarithromycin",
    "fluoxetine",
    "tramadol",
    "lisinopril",
    "spironolactone",
    "ciprofloxacin",
    "digoxin",
    "sildenafil",
    "isosorbide mononitrate",
    "lithium",
    "ibuprofen",
    "sertraline",
    "methotrexate",
]
STRINGS = {"items": {"type": "string"}}
INTEGERS = {"items": {"type": "integer"}}

CLINICAL = [
    Tool(
        "dose_calc.pediatric_weight_based",
        "Weight-based pediatric dose of a drug, per dose and per day, in mg.",
        [
            Param(
                "drug_name",
                "string",
                "Generic drug name.",
                words(
                    "amoxicillin",
                    "ibuprofen",
                    "acetaminophen",
                    "cefdinir",
                    "azithromycin",
                    "ondansetron",
                    "prednisolone",
                    "cephalexin",
                    "dexamethasone",
                    "clindamycin",
                ),
            ),
            Param("weight_kg", "float", "Child's weight in kilograms.", CHILD_WEIGHT),
            Param(
                "mg_per_kg_day",
                "float",
                "Prescribed total daily dose in mg per kg per day.",
                qty(5, 100, (" mg/kg/day",)),
                vary=False,
            ),
            Param(
                "doses_per_day",
                "integer",
                "Number of doses the daily amount is divided into.",
                qty(2, 4),
                ", divided into {} doses",
                {"default": 1},
            ),
            Param(
                "max_daily_mg",
                "float",
                "Maximum daily dose in mg; the result is capped at it.",
                qty(500, 4000, (" mg",)),
                ", capped at {} a day",
                {"default": 0},
            ),
        ],
        (
            "calculate the {drug_name} dose for a child weighing {weight_kg} at {mg_per_kg_day}",
            "work out how much {drug_name} to give a child weighing {weight_kg}, prescribed {mg_per_kg_day}",
            "dose {drug_name} at {mg_per_kg_day} for a patient of {weight_kg}",
        ),
    ),
    Tool(
        "renal_function.creatinine_clearance",
        "Creatinine clearance by the Cockcroft-Gault equation, in mL/min.",
        [
            Param("age", "integer", "Age in years.", AGE),
            Param("sex", "string", "'male' or 'female'.", SEX, schema=SEX_ENUM, vary=False),
            Param("weight_kg", "float", "Body weight in kilograms.", WEIGHT),
            Param(
                "serum_creatinine",
                "float",
                "Serum creatinine in mg/dL.",
                qty(0.5, 4.5, (MG_DL,), 2),
            ),
            Param(
                "weight_basis",
                "string",
                "Body weight to use: 'actual', 'ideal' or 'adjusted'.",
                pick("ideal", "adjusted"),
                " using {} body weight",
                {"enum": ["actual", "ideal", "adjusted"], "default": "actual"},
            ),
        ],
        (
            "estimate the creatinine clearance of a {sex} aged {age} weighing {weight_kg} with a serum "
            "creatinine of {serum_creatinine}",
            "run Cockcroft-Gault for a {sex} aged {age}, {weight_kg}, creatinine {serum_creatinine}",
            "work out the CrCl of a {sex} of {age} who weighs {weight_kg} and has a creatinine of "
            "{serum_creatinine}",
        ),
    ),
    Tool(
        "ckd_staging.kdigo_stage",
        "KDIGO chronic kidney disease stage (G and A category) and risk colour.",
        [
            Param(
                "egfr",
                "float",
                "Estimated GFR in mL/min/1.73 m2.",
                qty(5, 120, (" mL/min/1.73 m2", " mL/min")),
            ),
            Param(
                "albumin_creatinine_ratio",
                "float",
                "Urine albumin-to-creatinine ratio in mg/g.",
                qty(2, 900, (" mg/g",)),
            ),
        ],
        (
            "stage the kidney disease of a patient with an eGFR of {egfr} and a urine ACR of "
            "{albumin_creatinine_ratio}",
            "give the KDIGO category for eGFR {egfr} and albumin-creatinine ratio {albumin_creatinine_ratio}",
            "classify CKD with a GFR of {egfr} and albuminuria of {albumin_creatinine_ratio}",
        ),
    ),
    Tool(
        "infusion_math.drip_rate",
        "Gravity drip rate of an IV infusion in drops per minute.",
        [
            Param("volume_ml", "integer", "Volume to infuse in mL.", qty(100, 3000, (" mL", " ml"))),
            Param(
                "duration_hours",
                "float",
                "Infusion time in hours.",
                qty(0.5, 24, (" hours",), 1),
                vary=False,
            ),
            Param(
                "drop_factor",
                "integer",
                "Administration set drop factor in drops per mL (gtt/mL).",
                pick(("10 gtt/mL", 10), ("15 gtt/mL", 15), ("20 gtt/mL", 20), ("60 gtt/mL", 60)),
                vary=False,
            ),
        ],
        (
            "calculate the drip rate to run {volume_ml} over {duration_hours} with a {drop_factor} set",
            "work out the drops per minute for {volume_ml} of saline over {duration_hours} using a "
            "{drop_factor} giving set",
            "find how many drops a minute infuse {volume_ml} in {duration_hours} at {drop_factor}",
        ),
    ),
    Tool(
        "titration_pump.ml_per_hour",
        "Infusion pump rate in mL/h for a weight-based drip given in mcg/kg/min.",
        [
            Param(
                "drug_name",
                "string",
                "Drug being infused.",
                words(
                    "norepinephrine",
                    "dopamine",
                    "dobutamine",
                    "epinephrine",
                    "phenylephrine",
                    "nitroglycerin",
                    "milrinone",
                    "esmolol",
                ),
                vary=False,
            ),
            Param(
                "dose_mcg_kg_min",
                "float",
                "Ordered dose in mcg/kg/min.",
                qty(0.05, 15, (" mcg/kg/min",), 2),
                vary=False,
            ),
            Param("weight_kg", "float", "Patient weight in kilograms.", WEIGHT),
            Param("drug_mg", "float", "Drug in the bag in mg.", qty(4, 500, (" mg",)), vary=False),
            Param("bag_ml", "integer", "Bag volume in mL.", pick(50, 100, 250, 500), vary=False),
        ],
        (
            "set the pump rate for {drug_name} at {dose_mcg_kg_min} for a patient weighing {weight_kg} with "
            "{drug_mg} in {bag_ml} mL",
            "work out the mL/h of the {drug_name} drip of {drug_mg} in {bag_ml} mL running at "
            "{dose_mcg_kg_min} for {weight_kg}",
        ),
    ),
    Tool(
        "risk_scores.chads_vasc",
        "CHA2DS2-VASc stroke risk score for atrial fibrillation, with the annual stroke risk.",
        [
            Param("age", "integer", "Age in years.", qty(45, 92)),
            Param("sex", "string", "'male' or 'female'.", SEX, schema=SEX_ENUM, vary=False),
            Param(
                "conditions",
                "array",
                "Risk factors present: 'chf', 'hypertension', 'diabetes', 'stroke_tia' or 'vascular'.",
                coded(
                    [
                        ("heart failure", "chf"),
                        ("hypertension", "hypertension"),
                        ("diabetes", "diabetes"),
                        ("a prior TIA", "stroke_tia"),
                        ("a previous stroke", "stroke_tia"),
                        ("peripheral artery disease", "vascular"),
                    ],
                    (1, 3),
                ),
                schema={
                    "items": {
                        "type": "string",
                        "enum": ["chf", "hypertension", "diabetes", "stroke_tia", "vascular"],
                    }
                },
            ),
        ],
        (
            "calculate the CHA2DS2-VASc score of a {sex} aged {age} in AF with {conditions}",
            "score the stroke risk of a {sex} aged {age} with atrial fibrillation and {conditions}",
            "work out CHA2DS2-VASc for a {sex}, {age}, who has {conditions}",
        ),
    ),
    Tool(
        "neuro_exam.glasgow_coma_score",
        "Glasgow Coma Scale total and severity from its three components.",
        [
            Param("eye", "integer", "Eye opening response, 1-4.", qty(1, 4)),
            Param("verbal", "integer", "Verbal response, 1-5.", qty(1, 5)),
            Param("motor", "integer", "Motor response, 1-6.", qty(1, 6)),
        ],
        (
            "score the GCS with eye opening {eye}, verbal response {verbal} and motor response {motor}",
            "total the Glasgow Coma Scale for E{eye} V{verbal} M{motor}",
            "work out the coma score: eyes {eye}, verbal {verbal}, motor {motor}",
        ),
    ),
    Tool(
        "early_warning.news2_score",
        "NEWS2 early warning score and clinical response level from a set of observations.",
        [
            Param(
                "vitals",
                "dict",
                "One set of observations.",
                news2_vitals,
                schema={
                    "properties": {
                        "respiratory_rate": {"type": "integer", "description": "Breaths per minute."},
                        "spo2_pct": {"type": "integer", "description": "Oxygen saturation in percent."},
                        "systolic_bp": {"type": "integer", "description": "Systolic pressure in mmHg."},
                        "heart_rate": {"type": "integer", "description": "Pulse in beats per minute."},
                        "temperature_c": {"type": "float", "description": "Temperature in °C."},
                        "alert": {"type": "boolean", "description": "False for new confusion or worse."},
                    }
                },
            ),
            Param(
                "on_oxygen",
                "boolean",
                "Patient is on supplemental oxygen.",
                switched_on,
                " with the patient on supplemental oxygen{}",
                {"default": False},
            ),
            Param(
                "hypercapnic",
                "boolean",
                "Use SpO2 scale 2 for confirmed hypercapnic respiratory failure.",
                switched_on,
                ", scoring sats on scale 2 for hypercapnic failure{}",
                {"default": False},
            ),
        ],
        (
            "calculate the NEWS2 score for {vitals}",
            "score these obs on NEWS2: {vitals}",
            "work out the early warning score of a patient with {vitals}",
        ),
    ),
    Tool(
        "chemo_dosing.bsa_based_dose",
        "Dose of a chemotherapy drug from body surface area, in mg.",
        [
            Param(
                "drug_name",
                "string",
                "Generic drug name.",
                words(
                    "doxorubicin",
                    "paclitaxel",
                    "cyclophosphamide",
                    "fluorouracil",
                    "docetaxel",
                    "gemcitabine",
                    "oxaliplatin",
                    "irinotecan",
                ),
            ),
            Param(
                "dose_per_m2", "float", "Dose in mg per m2.", qty(20, 1200, (" mg/m2", " mg/m²")), vary=False
            ),
            Param("height_cm", "float", "Height in centimetres.", HEIGHT, vary=False),
            Param("weight_kg", "float", "Body weight in kilograms.", WEIGHT),
            Param(
                "bsa_formula",
                "string",
                "BSA formula: 'mosteller' or 'dubois'.",
                pick(("Mosteller", "mosteller"), ("DuBois", "dubois")),
                " with the {} formula",
                {"enum": ["mosteller", "dubois"], "default": "mosteller"},
            ),
            Param(
                "reduction_pct",
                "float",
                "Dose reduction in percent.",
                percent(10, 30, 0),
                " with the dose reduced by {}",
                {"default": 0},
            ),
        ],
        (
            "calculate the {drug_name} dose at {dose_per_m2} for a patient {height_cm} tall weighing "
            "{weight_kg}",
            "work out a BSA-based {drug_name} dose of {dose_per_m2} for {weight_kg} and {height_cm}",
        ),
    ),
    Tool(
        "fluid_therapy.maintenance_rate",
        "Holliday-Segar (4-2-1) maintenance IV fluid rate in mL/h.",
        [
            Param("weight_kg", "float", "Patient weight in kilograms.", qty(2, 80, ("kg", " kg"), 1)),
        ],
        (
            "work out the maintenance fluid rate for a child of {weight_kg}",
            "calculate 4-2-1 maintenance fluids for a patient weighing {weight_kg}",
            "find the hourly maintenance IV rate for {weight_kg}",
        ),
    ),
    Tool(
        "burn_care.parkland_fluids",
        "Parkland formula fluid resuscitation volumes for the first 24 hours after a burn, in mL.",
        [
            Param("weight_kg", "float", "Patient weight in kilograms.", WEIGHT),
            Param(
                "tbsa_pct",
                "float",
                "Total body surface area burned, in percent.",
                percent(10, 70, 0),
            ),
            Param(
                "hours_since_burn",
                "float",
                "Hours already elapsed since the burn.",
                qty(0.5, 7, (" hours",), 1),
                ", {} after the injury",
                {"default": 0},
            ),
        ],
        (
            "calculate Parkland fluids for a patient of {weight_kg} with {tbsa_pct} burns",
            "work out the burn resuscitation volume for {tbsa_pct} TBSA in a patient of {weight_kg}",
            "plan first-day fluids for an adult of {weight_kg} burned over {tbsa_pct} of the skin",
        ),
    ),
    Tool(
        "anticoag_clinic.warfarin_adjustment",
        "Suggested new weekly warfarin dose for an INR result.",
        [
            Param("current_inr", "float", "Latest INR.", qty(1.2, 6, ("",), 1)),
            Param("weekly_dose_mg", "float", "Current total weekly dose in mg.", qty(10, 75, (" mg",), 1)),
            Param(
                "target_range",
                "string",
                "Target INR range: '2.0-3.0' or '2.5-3.5'.",
                pick("2.0-3.0", "2.5-3.5"),
                " with a target INR of {}",
                {"enum": ["2.0-3.0", "2.5-3.5"], "default": "2.0-3.0"},
            ),
        ],
        (
            "adjust the warfarin dose for an INR of {current_inr} on {weekly_dose_mg} a week",
            "suggest a new weekly warfarin dose; the INR is {current_inr} and the patient takes "
            "{weekly_dose_mg} per week",
        ),
    ),
    Tool(
        "opioid_stewardship.daily_mme",
        "Total daily morphine milligram equivalents of an opioid regimen.",
        [
            Param(
                "regimens",
                "array",
                "The opioids taken.",
                opioid_regimens,
                schema={
                    "items": {
                        "type": "dict",
                        "properties": {
                            "drug": {"type": "string", "description": "Opioid name."},
                            "daily_dose_mg": {"type": "float", "description": "Total daily dose in mg."},
                        },
                    }
                },
            ),
        ],
        (
            "total the morphine milligram equivalents of {regimens}",
            "calculate the daily MME for a patient on {regimens}",
            "convert {regimens} into oral morphine equivalents per day",
        ),
    ),
    Tool(
        "electrolytes.corrected_calcium",
        "Serum calcium corrected for albumin, in mg/dL.",
        [
            Param("total_calcium", "float", "Total serum calcium in mg/dL.", qty(6, 12, (MG_DL,), 1)),
            Param("albumin", "float", "Serum albumin in g/dL.", qty(1.5, 5, (" g/dL",), 1)),
        ],
        (
            "correct a calcium of {total_calcium} for an albumin of {albumin}",
            "work out the albumin-corrected calcium when calcium is {total_calcium} and albumin {albumin}",
        ),
    ),
    Tool(
        "electrolytes.anion_gap",
        "Serum anion gap in mmol/L, optionally corrected for albumin.",
        [
            Param("sodium", "integer", "Sodium in mmol/L.", qty(120, 160, (" mmol/L", " mEq/L"))),
            Param("chloride", "integer", "Chloride in mmol/L.", qty(85, 120, (" mmol/L", " mEq/L"))),
            Param("bicarbonate", "integer", "Bicarbonate in mmol/L.", qty(6, 32, (" mmol/L", " mEq/L"))),
            Param(
                "albumin",
                "float",
                "Serum albumin in g/dL, to correct the gap.",
                qty(1.5, 4.8, (" g/dL",), 1),
                " and correct it for an albumin of {}",
                {"default": 0},
            ),
        ],
        (
            "calculate the anion gap with sodium {sodium}, chloride {chloride} and bicarbonate {bicarbonate}",
            "work out the gap for Na {sodium}, Cl {chloride}, HCO3 {bicarbonate}",
            "check for a high anion gap: sodium {sodium}, chloride {chloride}, bicarb {bicarbonate}",
        ),
    ),
    Tool(
        "lab_reference.normal_range",
        "Reference interval of a laboratory test with its units.",
        [
            Param(
                "test_name",
                "string",
                "Test name as reported.",
                words(
                    "hemoglobin",
                    "ferritin",
                    "TSH",
                    "potassium",
                    "ALT",
                    "platelet count",
                    "vitamin D",
                    "free T4",
                    "magnesium",
                    "troponin I",
                    "white cell count",
                    "alkaline phosphatase",
                    "PSA",
                    "uric acid",
                ),
            ),
            Param(
                "sex",
                "string",
                "'male' or 'female'.",
                pick(("men", "male"), ("women", "female")),
                " for {}",
                {"enum": ["male", "female"]},
            ),
            Param("age", "integer", "Patient age in years.", qty(1, 90), " at age {}", {"default": 40}),
        ],
        (
            "look up the normal range of {test_name}",
            "find the reference interval for {test_name}",
            "show what counts as a normal {test_name} result",
        ),
    ),
    Tool(
        "phlebotomy.tube_guide",
        "Collection tubes, fill volumes and order of draw for a set of lab tests.",
        [
            Param(
                "tests",
                "array",
                "Tests ordered.",
                listing(
                    [
                        "CBC",
                        "BMP",
                        "lipid panel",
                        "PT/INR",
                        "HbA1c",
                        "blood cultures",
                        "TSH",
                        "ESR",
                        "lactate",
                        "troponin",
                        "type and screen",
                        "ammonia",
                    ],
                    (2, 4),
                ),
                schema=STRINGS,
            ),
        ],
        (
            "tell me which tubes to draw for {tests}",
            "list the tube colours and order of draw for {tests}",
            "plan the blood draw for {tests}",
        ),
    ),
    Tool(
        "insulin_calc.correction_bolus",
        "Rapid-acting insulin units to correct high glucose, plus any meal bolus.",
        [
            Param("current_glucose", "integer", "Blood glucose now in mg/dL.", qty(140, 400, (MG_DL,))),
            Param(
                "target_glucose", "integer", "Target glucose in mg/dL.", qty(90, 140, (MG_DL,)), vary=False
            ),
            Param(
                "correction_factor",
                "integer",
                "Glucose drop per unit of insulin, in mg/dL.",
                qty(15, 80, (" mg/dL per unit",)),
                vary=False,
            ),
            Param(
                "carbs_g",
                "integer",
                "Carbohydrate to cover in grams.",
                qty(15, 120, ("g", " grams")),
                " and cover {} of carbs",
                {"default": 0},
            ),
            Param(
                "carb_ratio",
                "integer",
                "Grams of carbohydrate covered by one unit.",
                qty(5, 20),
                " at an insulin-to-carb ratio of 1:{}",
                {"default": 10},
            ),
        ],
        (
            "calculate a correction dose for a glucose of {current_glucose} with a target of "
            "{target_glucose} and a correction factor of {correction_factor}",
            "work out how many units bring {current_glucose} down to {target_glucose} at {correction_factor}",
        ),
    ),
    Tool(
        "lipid_panel.calculated_ldl",
        "LDL cholesterol calculated from a standard lipid panel, in mg/dL.",
        [
            Param("total_cholesterol", "integer", "Total cholesterol in mg/dL.", qty(120, 320, (MG_DL,))),
            Param("hdl", "integer", "HDL cholesterol in mg/dL.", qty(25, 95, (MG_DL,))),
            Param("triglycerides", "integer", "Triglycerides in mg/dL.", qty(50, 390, (MG_DL,))),
            Param(
                "method",
                "string",
                "'friedewald' or 'martin_hopkins'.",
                pick(("Friedewald", "friedewald"), ("Martin-Hopkins", "martin_hopkins")),
                " with the {} equation",
                {"enum": ["friedewald", "martin_hopkins"], "default": "friedewald"},
            ),
        ],
        (
            "calculate LDL from a total cholesterol of {total_cholesterol}, HDL {hdl} and triglycerides "
            "{triglycerides}",
            "estimate the LDL for TC {total_cholesterol}, HDL {hdl}, TG {triglycerides}",
        ),
    ),
    Tool(
        "cardio_risk.ascvd_10yr",
        "Ten-year risk of atherosclerotic cardiovascular disease (pooled cohort equations), in percent.",
        [
            Param("age", "integer", "Age in years (40-79).", qty(40, 79)),
            Param("sex", "string", "'male' or 'female'.", SEX, schema=SEX_ENUM, vary=False),
            Param("total_cholesterol", "integer", "Total cholesterol in mg/dL.", qty(130, 320, (MG_DL,))),
            Param("hdl", "integer", "HDL cholesterol in mg/dL.", qty(25, 95, (MG_DL,))),
            Param("systolic_bp", "integer", "Systolic blood pressure in mmHg.", qty(100, 190, (" mmHg",))),
            Param("smoker", "boolean", "Current smoker.", switched_on, ", who smokes{}", {"default": False}),
            Param(
                "diabetic", "boolean", "Has diabetes.", switched_on, ", with diabetes{}", {"default": False}
            ),
            Param(
                "treated_bp",
                "boolean",
                "On blood pressure medication.",
                switched_on,
                ", on blood pressure treatment{}",
                {"default": False},
            ),
        ],
        (
            "estimate the 10-year ASCVD risk of a {sex} aged {age} with total cholesterol "
            "{total_cholesterol}, HDL {hdl} and a systolic pressure of {systolic_bp}",
            "work out the heart disease risk for a {sex} aged {age}, cholesterol {total_cholesterol}, HDL "
            "{hdl}, BP {systolic_bp}",
        ),
    ),
    Tool(
        "ecg_tools.corrected_qt",
        "Heart-rate corrected QT interval (QTc) in milliseconds.",
        [
            Param("qt_ms", "integer", "Measured QT interval in milliseconds.", qty(320, 520, (" ms",))),
            Param("heart_rate", "integer", "Heart rate in beats per minute.", qty(45, 130, (" bpm",))),
            Param(
                "formula",
                "string",
                "'bazett', 'fridericia' or 'framingham'.",
                pick(("Bazett", "bazett"), ("Fridericia", "fridericia"), ("Framingham", "framingham")),
                " using {}",
                {"enum": ["bazett", "fridericia", "framingham"], "default": "bazett"},
            ),
        ],
        (
            "calculate the QTc for a QT of {qt_ms} at a heart rate of {heart_rate}",
            "correct a QT interval of {qt_ms} for a rate of {heart_rate}",
            "work out the corrected QT when the QT is {qt_ms} and the pulse {heart_rate}",
        ),
    ),
    Tool(
        "obstetrics.due_date",
        "Estimated due date and current gestational age from the last menstrual period.",
        [
            Param("lmp_date", "string", "First day of the last menstrual period, YYYY-MM-DD.", day(2025, 2)),
            Param(
                "cycle_length_days",
                "integer",
                "Usual cycle length in days.",
                qty(24, 35),
                " with a {}-day cycle",
                {"default": 28},
            ),
        ],
        (
            "calculate the due date for a last menstrual period starting {lmp_date}",
            "work out when the baby is due if the LMP was {lmp_date}",
            "estimate the EDD from an LMP of {lmp_date}",
        ),
    ),
    Tool(
        "neonatal.apgar_score",
        "Apgar score of a newborn and its interpretation.",
        [
            Param(
                "components",
                "dict",
                "Each component scored 0-2.",
                apgar,
                schema={
                    "properties": {
                        "appearance": {"type": "integer", "description": "Skin colour, 0-2."},
                        "pulse": {"type": "integer", "description": "Heart rate, 0-2."},
                        "grimace": {"type": "integer", "description": "Reflex irritability, 0-2."},
                        "activity": {"type": "integer", "description": "Muscle tone, 0-2."},
                        "respiration": {"type": "integer", "description": "Breathing effort, 0-2."},
                    }
                },
            ),
            Param(
                "minute",
                "integer",
                "Minute after birth the score was taken: 1, 5 or 10.",
                pick(("one minute", 1), ("five minutes", 5), ("ten minutes", 10)),
                " at {} after birth",
                {"enum": [1, 5, 10], "default": 1},
            ),
        ],
        (
            "total the Apgar score for {components}",
            "score a newborn on Apgar with {components}",
            "interpret an Apgar of {components}",
        ),
    ),
    Tool(
        "blood_gas.aa_gradient",
        "Alveolar-arterial oxygen gradient in mmHg, with the normal value for age.",
        [
            Param(
                "fio2_pct", "float", "Inspired oxygen fraction in percent.", percent(21, 100, 0), vary=False
            ),
            Param("pao2", "integer", "Arterial PaO2 in mmHg.", qty(45, 400, (" mmHg",))),
            Param("paco2", "integer", "Arterial PaCO2 in mmHg.", qty(25, 70, (" mmHg",))),
            Param(
                "age",
                "integer",
                "Age in years, for the expected gradient.",
                AGE,
                " for a patient aged {}",
                {"default": 0},
            ),
        ],
        (
            "calculate the A-a gradient on {fio2_pct} oxygen with a PaO2 of {pao2} and PaCO2 of {paco2}",
            "work out the alveolar-arterial gradient: FiO2 {fio2_pct}, PaO2 {pao2}, PaCO2 {paco2}",
        ),
    ),
    Tool(
        "vent_settings.tidal_volume",
        "Lung-protective tidal volume from predicted body weight, in mL.",
        [
            Param("height_cm", "float", "Height in centimetres.", HEIGHT),
            Param("sex", "string", "'male' or 'female'.", SEX, schema=SEX_ENUM, vary=False),
            Param(
                "ml_per_kg",
                "float",
                "Target mL per kg of predicted body weight.",
                qty(4, 8, (" mL/kg",)),
                " at {} of predicted weight",
                {"default": 6},
            ),
        ],
        (
            "set a lung-protective tidal volume for a {sex} who is {height_cm} tall",
            "work out the ventilator tidal volume of a {sex} with a height of {height_cm}",
            "calculate the target Vt for a ventilated {sex} of height {height_cm}",
        ),
    ),
    Tool(
        "sepsis_screen.qsofa",
        "Quick SOFA score for sepsis risk outside the ICU.",
        [
            Param(
                "respiratory_rate",
                "integer",
                "Breaths per minute.",
                qty(10, 40, (" breaths per minute", "/min")),
            ),
            Param("systolic_bp", "integer", "Systolic blood pressure in mmHg.", qty(70, 160, (" mmHg",))),
            Param(
                "altered_mentation",
                "boolean",
                "Glasgow Coma Scale below 15 or new confusion.",
                switched_on,
                " and the patient is newly confused{}",
                {"default": False},
            ),
        ],
        (
            "calculate qSOFA for a respiratory rate of {respiratory_rate} and systolic pressure of "
            "{systolic_bp}",
            "screen for sepsis with RR {respiratory_rate} and SBP {systolic_bp}",
        ),
    ),
    Tool(
        "pressure_injury.braden_score",
        "Braden scale total and pressure injury risk level.",
        [
            Param(
                "subscales",
                "dict",
                "Braden subscale scores.",
                braden,
                schema={
                    "properties": {
                        "sensory_perception": {"type": "integer", "description": "1-4."},
                        "moisture": {"type": "integer", "description": "1-4."},
                        "activity": {"type": "integer", "description": "1-4."},
                        "mobility": {"type": "integer", "description": "1-4."},
                        "nutrition": {"type": "integer", "description": "1-4."},
                        "friction_shear": {"type": "integer", "description": "1-3."},
                    }
                },
            ),
        ],
        (
            "total the Braden score for {subscales}",
            "assess pressure ulcer risk with Braden subscores of {subscales}",
            "work out the Braden risk level: {subscales}",
        ),
    ),
    Tool(
        "nursing_shift.fluid_balance",
        "Net fluid balance of a shift from recorded intakes and outputs, in mL.",
        [
            Param("intake_ml", "array", "Intake volumes in mL.", numbers(50, 1000, (2, 5)), schema=INTEGERS),
            Param("output_ml", "array", "Output volumes in mL.", numbers(50, 900, (2, 4)), schema=INTEGERS),
            Param(
                "shift_hours",
                "integer",
                "Length of the shift in hours.",
                pick(("an 8-hour", 8), ("a 12-hour", 12), ("a 24-hour", 24)),
                " over {} shift",
                {"default": 12},
            ),
        ],
        (
            "work out the fluid balance with intakes of {intake_ml} mL and outputs of {output_ml} mL",
            "total my patient's in and out: in {intake_ml} mL, out {output_ml} mL",
            "calculate the net I&O for intakes {intake_ml} and outputs {output_ml}, all in mL",
        ),
    ),
]

PHARMACY = [
    Tool(
        "rx_supply.days_supply",
        "Days a dispensed quantity lasts at a dosing frequency.",
        [
            Param("quantity", "integer", "Units dispensed.", qty(10, 360, (" tablets", " capsules"))),
            Param(
                "units_per_dose",
                "float",
                "Units taken per dose.",
                pick(("1 tablet", 1), ("2 tablets", 2), ("half a tablet", 0.5), ("1.5 tablets", 1.5)),
                vary=False,
            ),
            Param(
                "doses_per_day",
                "integer",
                "Doses per day.",
                pick(
                    ("once a day", 1), ("twice a day", 2), ("three times a day", 3), ("four times a day", 4)
                ),
                vary=False,
            ),
        ],
        (
            "work out how many days {quantity} will last at {units_per_dose} {doses_per_day}",
            "calculate the days' supply of {quantity} taken as {units_per_dose} {doses_per_day}",
        ),
    ),
    Tool(
        "interaction_check.drug_pairs",
        "Known interactions among a list of drugs, with severity and management.",
        [
            Param(
                "drugs", "array", "Generic drug names.", listing(INTERACTING_DRUGS, (2, 4)), schema=STRINGS
            ),
            Param(
                "min_severity",
                "string",
                "Lowest severity to report: 'minor', 'moderate' or 'major'.",
                pick("moderate", "major"),
                ", showing only {} interactions and worse",
                {"enum": ["minor", "moderate", "major"], "default": "minor"},
            ),
        ],
        (
            "check {drugs} for drug interactions",
            "see whether it is safe to take {drugs} together",
            "screen the combination of {drugs} for interactions",
        ),
    ),
    Tool(
        "compounding.alligation",
        "Amounts of a stronger and a weaker preparation to mix for a target strength (alligation).",
        [
            Param("high_strength_pct", "float", "Stronger preparation in percent.", percent(10, 20, 1)),
            Param("low_strength_pct", "float", "Weaker preparation in percent.", percent(0.5, 2, 1)),
            Param("target_pct", "float", "Target strength in percent.", percent(3, 9, 1)),
            Param("total_g", "float", "Total amount to make in grams.", qty(30, 500, ("g", " grams"))),
        ],
        (
            "work out how much {high_strength_pct} and {low_strength_pct} cream to mix for {total_g} of "
            "{target_pct}",
            "use alligation to make {total_g} of {target_pct} ointment from {high_strength_pct} and "
            "{low_strength_pct} stock",
        ),
    ),
    Tool(
        "rx_refills.next_eligible_date",
        "Earliest date a prescription can be refilled under the insurer's refill-too-soon rule.",
        [
            Param("last_fill_date", "string", "Date of the last fill, YYYY-MM-DD.", day(2025, 2)),
            Param(
                "days_supply",
                "integer",
                "Days' supply of the last fill.",
                pick(
                    ("30 days", 30),
                    ("90 days", 90),
                    ("28 days", 28),
                    ("14 days", 14),
                    ("84 days", 84),
                    ("60 days", 60),
                ),
                vary=False,
            ),
            Param(
                "threshold_pct",
                "integer",
                "Percent of the supply that must be used before a refill.",
                percent(70, 90, 0),
                ", allowing a refill once {} of it is used",
                {"default": 80},
            ),
        ],
        (
            "find the earliest refill date for {days_supply} of medication filled on {last_fill_date}",
            "work out when a prescription for {days_supply} picked up {last_fill_date} can be refilled",
        ),
    ),
    Tool(
        "pill_identifier.by_imprint",
        "Identify a tablet or capsule from its imprint code.",
        [
            Param(
                "imprint",
                "string",
                "Imprint as printed on the pill.",
                quoted(
                    "M 367",
                    "IP 204",
                    "L484",
                    "TEVA 3109",
                    "G 3722",
                    "54 411",
                    "AN 627",
                    "WATSON 853",
                    "R 039",
                ),
            ),
            Param(
                "color",
                "string",
                "Pill colour.",
                words("white", "yellow", "pink", "blue", "orange", "peach", "green"),
                " that is {}",
            ),
            Param(
                "shape",
                "string",
                "'round', 'oval', 'capsule' or 'oblong'.",
                pick("round", "oval", "oblong"),
                ", {} in shape",
                {"enum": ["round", "oval", "capsule", "oblong"]},
            ),
        ],
        (
            "identify the pill marked {imprint}",
            "find out what medication has the imprint {imprint}",
            "look up a tablet stamped {imprint}",
        ),
    ),
    Tool(
        "immunization.catch_up_plan",
        "Catch-up vaccine schedule for a child from date of birth and doses already given.",
        [
            Param("date_of_birth", "string", "Child's date of birth, YYYY-MM-DD.", day(2015, 9)),
            Param(
                "doses_received",
                "array",
                "Vaccines already given, one entry per dose.",
                listing(
                    ["DTaP", "IPV", "MMR", "Hib", "hepatitis B", "varicella", "PCV15", "rotavirus"], (1, 4)
                ),
                schema=STRINGS,
            ),
        ],
        (
            "plan catch-up vaccines for a child born {date_of_birth} who has had {doses_received}",
            "work out which vaccines are overdue for a child born on {date_of_birth} with {doses_received} "
            "given so far",
        ),
    ),
    Tool(
        "travel_clinic.recommended_vaccines",
        "Vaccines and malaria prophylaxis recommended for a trip.",
        [
            Param(
                "destination",
                "string",
                "Country visited.",
                words(
                    "Kenya",
                    "Peru",
                    "Vietnam",
                    "India",
                    "Ghana",
                    "Brazil",
                    "Thailand",
                    "Bolivia",
                    "Cambodia",
                    "Tanzania",
                ),
            ),
            Param("departure_date", "string", "Departure date, YYYY-MM-DD.", day(2026, 1)),
            Param(
                "trip_days",
                "integer",
                "Length of the trip in days.",
                qty(5, 90),
                " for a trip of {} days",
                {"default": 14},
            ),
            Param(
                "rural",
                "boolean",
                "Trip includes rural areas.",
                switched_on,
                ", including time in rural areas{}",
                {"default": False},
            ),
        ],
        (
            "list the travel vaccines I need for {destination}, leaving on {departure_date}",
            "check which shots to get before flying to {destination} on {departure_date}",
        ),
    ),
]

DENTAL_AND_VET = [
    Tool(
        "perio_chart.stage_and_grade",
        "Periodontitis stage and grade (2017 AAP/EFP classification).",
        [
            Param(
                "clinical_attachment_loss_mm",
                "float",
                "Worst interdental clinical attachment loss in mm.",
                qty(1, 9, (" mm",), 1),
                vary=False,
            ),
            Param(
                "bone_loss_pct",
                "integer",
                "Radiographic bone loss in percent of root length.",
                percent(10, 70, 0),
            ),
            Param(
                "teeth_lost",
                "integer",
                "Teeth lost to periodontitis.",
                pick(
                    ("no teeth", 0), ("one tooth", 1), ("two teeth", 2), ("three teeth", 3), ("five teeth", 5)
                ),
                vary=False,
            ),
            Param(
                "cigarettes_per_day",
                "integer",
                "Cigarettes smoked per day.",
                qty(2, 30),
                " in a patient who smokes {} cigarettes a day",
                {"default": 0},
            ),
        ],
        (
            "stage periodontitis with {clinical_attachment_loss_mm} attachment loss, {bone_loss_pct} "
            "bone loss and {teeth_lost} lost",
            "classify the perio case: CAL {clinical_attachment_loss_mm}, bone loss {bone_loss_pct}, "
            "{teeth_lost} lost to gum disease",
        ),
    ),
    Tool(
        "dental_anesthesia.max_cartridges",
        "Maximum number of local anaesthetic cartridges for a patient's weight.",
        [
            Param(
                "anesthetic",
                "string",
                "Anaesthetic: 'lidocaine_2_epi', 'articaine_4_epi', 'mepivacaine_3', 'prilocaine_4' or "
                "'bupivacaine_05_epi'.",
                pick(
                    ("2% lidocaine with epinephrine", "lidocaine_2_epi"),
                    ("4% articaine with epinephrine", "articaine_4_epi"),
                    ("3% mepivacaine plain", "mepivacaine_3"),
                    ("4% prilocaine", "prilocaine_4"),
                    ("0.5% bupivacaine with epinephrine", "bupivacaine_05_epi"),
                ),
                schema={
                    "enum": [
                        "lidocaine_2_epi",
                        "articaine_4_epi",
                        "mepivacaine_3",
                        "prilocaine_4",
                        "bupivacaine_05_epi",
                    ]
                },
                vary=False,
            ),
            Param("weight_kg", "float", "Patient weight in kilograms.", qty(15, 120, ("kg", " kg"))),
        ],
        (
            "work out the maximum cartridges of {anesthetic} for a patient of {weight_kg}",
            "find how many carpules of {anesthetic} I can safely give someone weighing {weight_kg}",
        ),
    ),
    Tool(
        "dental_billing.treatment_estimate",
        "Patient's share of a dental treatment plan given as CDT procedure codes.",
        [
            Param(
                "procedure_codes",
                "array",
                "CDT codes, e.g. 'D2391'.",
                listing(
                    ["D0120", "D0274", "D1110", "D2391", "D2740", "D3330", "D7140", "D4341", "D2950"], (2, 4)
                ),
                schema=STRINGS,
            ),
            Param("coverage_pct", "integer", "Insurance coverage in percent.", percent(50, 90, 0)),
            Param(
                "annual_max_left",
                "float",
                "Remaining annual maximum in dollars.",
                money(100, 1500),
                " with {} left on the annual maximum",
                {"default": 0},
            ),
            Param(
                "deductible",
                "float",
                "Unmet deductible in dollars.",
                money(25, 100),
                " and a {} deductible still to meet",
                {"default": 0},
            ),
        ],
        (
            "estimate the out-of-pocket cost of {procedure_codes} at {coverage_pct} coverage",
            "work out what the patient pays for codes {procedure_codes} if insurance covers {coverage_pct}",
        ),
    ),
    Tool(
        "pediatric_dentistry.fluoride_supplement",
        "Daily fluoride supplement dose for a child from age and water fluoride level, in mg.",
        [
            Param("age_years", "float", "Child's age in years.", qty(0.5, 16, (" years",), 1)),
            Param(
                "water_fluoride_ppm",
                "float",
                "Fluoride in the drinking water in ppm.",
                qty(0.05, 0.9, (" ppm",), 2),
                vary=False,
            ),
        ],
        (
            "find the fluoride supplement dose for a child of {age_years} drinking water with "
            "{water_fluoride_ppm}",
            "work out daily fluoride for a child aged {age_years} when the tap water has "
            "{water_fluoride_ppm} fluoride",
        ),
    ),
    Tool(
        "vet_toxicology.chocolate_risk",
        "Theobromine dose in mg/kg and toxicity risk after a dog eats chocolate.",
        [
            Param("dog_weight_kg", "float", "Dog's weight in kilograms.", qty(2, 60, ("kg", " kg"), 1)),
            Param(
                "chocolate_type",
                "string",
                "'milk', 'dark', 'baking', 'white' or 'cocoa_powder'.",
                pick(
                    ("milk chocolate", "milk"),
                    ("dark chocolate", "dark"),
                    ("baking chocolate", "baking"),
                    ("white chocolate", "white"),
                    ("cocoa powder", "cocoa_powder"),
                ),
                schema={"enum": ["milk", "dark", "baking", "white", "cocoa_powder"]},
                vary=False,
            ),
            Param("amount_g", "float", "Amount eaten in grams.", qty(10, 500, ("g", " grams"))),
        ],
        (
            "check how serious it is that a dog weighing {dog_weight_kg} ate {amount_g} of {chocolate_type}",
            "assess chocolate toxicity for a dog of {dog_weight_kg} that ate {amount_g} of {chocolate_type}",
            "work out the theobromine dose after my dog of {dog_weight_kg} got into {amount_g} of "
            "{chocolate_type}",
        ),
    ),
    Tool(
        "livestock_health.withdrawal_period",
        "Meat and milk withdrawal end dates after treating a food animal.",
        [
            Param(
                "drug_name",
                "string",
                "Veterinary drug used.",
                words(
                    "oxytetracycline",
                    "procaine penicillin",
                    "florfenicol",
                    "ceftiofur",
                    "tulathromycin",
                    "ivermectin",
                    "meloxicam",
                    "flunixin",
                ),
            ),
            Param(
                "species",
                "string",
                "'beef_cattle', 'dairy_cattle', 'sheep', 'goats' or 'swine'.",
                pick(
                    ("beef cattle", "beef_cattle"),
                    ("dairy cows", "dairy_cattle"),
                    ("sheep", "sheep"),
                    ("goats", "goats"),
                    ("pigs", "swine"),
                ),
                schema={"enum": ["beef_cattle", "dairy_cattle", "sheep", "goats", "swine"]},
                vary=False,
            ),
            Param("last_treatment_date", "string", "Date of the last dose, YYYY-MM-DD.", day(2025, 2)),
        ],
        (
            "find when {species} treated with {drug_name} on {last_treatment_date} clear withdrawal",
            "work out the withdrawal period for {drug_name} in {species}, last dose on {last_treatment_date}",
        ),
    ),
    Tool(
        "equine_care.weight_tape_estimate",
        "Horse body weight estimated from heart girth and body length, in kg.",
        [
            Param("heart_girth_cm", "float", "Heart girth in centimetres.", qty(140, 220, ("cm", " cm"))),
            Param(
                "body_length_cm",
                "float",
                "Point of shoulder to point of buttock, in cm.",
                qty(120, 200, ("cm", " cm")),
            ),
        ],
        (
            "estimate the weight of a horse with a heart girth of {heart_girth_cm} and a body length of "
            "{body_length_cm}",
            "work out my horse's weight from a {heart_girth_cm} girth and {body_length_cm} length",
        ),
    ),
    Tool(
        "pet_vaccines.booster_due",
        "Due date of a pet's next vaccine booster from the clinic's records and schedule.",
        [
            Param(
                "pet_name",
                "string",
                "Pet's name as registered with the clinic.",
                words(
                    "Biscuit",
                    "Luna",
                    "Milo",
                    "Pepper",
                    "Nala",
                    "Rocky",
                    "Willow",
                    "Ziggy",
                    "Mochi",
                ),
            ),
            Param(
                "vaccine",
                "string",
                "Vaccine name.",
                words("rabies", "DHPP", "leptospirosis", "Bordetella", "FVRCP", "FeLV", "canine influenza"),
            ),
            Param("last_given", "string", "Date of the last dose, YYYY-MM-DD.", day(2023, 3)),
        ],
        (
            "find when {pet_name}'s next {vaccine} booster is due; the last shot was {last_given}",
            "work out the {vaccine} booster date for {pet_name}, vaccinated on {last_given}",
            "check when {pet_name} needs the next {vaccine} shot after the one on {last_given}",
        ),
    ),
]

PUBLIC_HEALTH = [
    Tool(
        "outbreak_calc.attack_rate",
        "Attack rate of an outbreak, and the case-fatality rate when deaths are given.",
        [
            Param("cases", "integer", "People who fell ill.", qty(20, 400, (" cases", " people ill"))),
            Param("at_risk", "integer", "People exposed or at risk.", qty(500, 20000, (" people",))),
            Param(
                "deaths", "integer", "Deaths among the cases.", qty(1, 15), " with {} deaths", {"default": 0}
            ),
        ],
        (
            "calculate the attack rate for {cases} out of {at_risk}",
            "work out the outbreak attack rate with {cases} among {at_risk} at risk",
        ),
    ),
    Tool(
        "epi_stats.two_by_two",
        "Relative risk, odds ratio and 95% confidence intervals from a 2x2 table.",
        [
            Param(
                "table",
                "dict",
                "Counts of the 2x2 table.",
                two_by_two,
                schema={
                    "properties": {
                        "exposed_cases": {"type": "integer", "description": "Exposed with the outcome."},
                        "exposed_noncases": {"type": "integer", "description": "Exposed without it."},
                        "unexposed_cases": {"type": "integer", "description": "Unexposed with the outcome."},
                        "unexposed_noncases": {"type": "integer", "description": "Unexposed without it."},
                    }
                },
            ),
            Param(
                "measure",
                "string",
                "'relative_risk', 'odds_ratio' or 'both'.",
                pick(("the relative risk", "relative_risk"), ("the odds ratio", "odds_ratio")),
                ", reporting only {}",
                {"enum": ["relative_risk", "odds_ratio", "both"], "default": "both"},
            ),
        ],
        (
            "analyse a 2x2 table with {table}",
            "compute the risk ratio and odds ratio for {table}",
        ),
    ),
    Tool(
        "screening_test.predictive_values",
        "Positive and negative predictive values of a test at a prevalence.",
        [
            Param("sensitivity_pct", "float", "Sensitivity in percent.", percent(60, 99.5, 1)),
            Param("specificity_pct", "float", "Specificity in percent.", percent(70, 99.9, 1)),
            Param("prevalence_pct", "float", "Prevalence in percent.", percent(0.1, 30, 1)),
        ],
        (
            "calculate PPV and NPV for a test with {sensitivity_pct} sensitivity and {specificity_pct} "
            "specificity at a prevalence of {prevalence_pct}",
            "work out how reliable a positive result is when sensitivity is {sensitivity_pct}, specificity "
            "{specificity_pct} and prevalence {prevalence_pct}",
        ),
    ),
    Tool(
        "trial_stats.number_needed_to_treat",
        "Absolute risk reduction and number needed to treat from event rates.",
        [
            Param(
                "control_event_pct", "float", "Event rate in the control group in percent.", percent(8, 40, 1)
            ),
            Param(
                "treated_event_pct",
                "float",
                "Event rate in the treated group in percent.",
                percent(1, 7.9, 1),
            ),
        ],
        (
            "calculate the NNT when the event rate falls from {control_event_pct} to {treated_event_pct}",
            "work out the number needed to treat with {control_event_pct} events on placebo and "
            "{treated_event_pct} on treatment",
        ),
    ),
    Tool(
        "herd_immunity.threshold",
        "Share of a population that must be immune to stop spread, and the vaccine coverage needed.",
        [
            Param("r0", "float", "Basic reproduction number.", qty(1.3, 18, ("",), 1)),
            Param(
                "vaccine_efficacy_pct",
                "float",
                "Vaccine efficacy in percent.",
                percent(60, 98, 0),
                " with a vaccine that is {} effective",
                {"default": 100},
            ),
        ],
        (
            "find the herd immunity threshold for an R0 of {r0}",
            "work out what share must be immune when the basic reproduction number is {r0}",
        ),
    ),
    Tool(
        "outbreak_tools.epi_curve",
        "Epidemic curve (cases per day or week) from symptom onset dates.",
        [
            Param("onset_dates", "array", "Onset dates, each YYYY-MM-DD.", onset_dates, schema=STRINGS),
            Param(
                "bin",
                "string",
                "'day' or 'week'.",
                pick(("by week", "week"), ("by day", "day")),
                ", binned {}",
                {"enum": ["day", "week"], "default": "day"},
            ),
        ],
        (
            "draw an epi curve for onsets on {onset_dates}",
            "build an epidemic curve from symptom onset dates {onset_dates}",
        ),
    ),
]

NUTRITION_AND_MIND = [
    Tool(
        "clinical_nutrition.protein_needs",
        "Daily protein requirement of a patient in grams.",
        [
            Param("weight_kg", "float", "Body weight in kilograms.", WEIGHT),
            Param(
                "condition",
                "string",
                "'healthy', 'critical_illness', 'burns', 'hemodialysis', 'ckd' or 'pressure_injury'.",
                pick(
                    ("with no acute illness", "healthy"),
                    ("who is critically ill", "critical_illness"),
                    ("with major burns", "burns"),
                    ("on hemodialysis", "hemodialysis"),
                    ("with CKD not on dialysis", "ckd"),
                    ("with a stage 3 pressure injury", "pressure_injury"),
                ),
                schema={
                    "enum": ["healthy", "critical_illness", "burns", "hemodialysis", "ckd", "pressure_injury"]
                },
                vary=False,
            ),
        ],
        (
            "estimate the daily protein needs of a patient weighing {weight_kg} {condition}",
            "work out how much protein a patient of {weight_kg} {condition} needs each day",
        ),
    ),
    Tool(
        "enteral_feeding.pump_rate",
        "Tube feeding pump rate in mL/h to meet an energy goal.",
        [
            Param("kcal_goal", "integer", "Energy goal in kcal per day.", qty(1200, 2800, (" kcal",))),
            Param(
                "kcal_per_ml",
                "float",
                "Formula energy density in kcal/mL.",
                pick(("1.0 kcal/mL", 1.0), ("1.2 kcal/mL", 1.2), ("1.5 kcal/mL", 1.5), ("2.0 kcal/mL", 2.0)),
                vary=False,
            ),
            Param(
                "hours_per_day",
                "integer",
                "Hours the feed runs each day.",
                pick(
                    ("24 hours", 24), ("20 hours", 20), ("18 hours", 18), ("16 hours", 16), ("12 hours", 12)
                ),
                vary=False,
            ),
            Param(
                "flush_ml",
                "integer",
                "Free water flush every 4 hours in mL.",
                qty(30, 250, (" mL",)),
                ", with {} water flushes every 4 hours",
                {"default": 0},
            ),
        ],
        (
            "set the tube feed rate for {kcal_goal} a day of a {kcal_per_ml} formula over {hours_per_day}",
            "work out the pump rate to give {kcal_goal} with {kcal_per_ml} feed running {hours_per_day}",
        ),
    ),
    Tool(
        "nutrition_screen.must_score",
        "Malnutrition Universal Screening Tool (MUST) score and care plan.",
        [
            Param("bmi", "float", "Body mass index in kg/m2.", qty(14, 32, ("",), 1)),
            Param(
                "weight_loss_pct",
                "float",
                "Unplanned weight loss over 3-6 months in percent.",
                percent(0.5, 15, 1),
            ),
            Param(
                "acute_disease",
                "boolean",
                "Acutely ill with no nutritional intake likely for over 5 days.",
                switched_on,
                ", and the patient is acutely ill with no intake expected for 5 days{}",
                {"default": False},
            ),
        ],
        (
            "calculate the MUST score for a BMI of {bmi} with {weight_loss_pct} weight loss",
            "screen for malnutrition: BMI {bmi}, unplanned weight loss {weight_loss_pct}",
        ),
    ),
    Tool(
        "hospital_menu.diet_options",
        "Dishes on the hospital menu that fit a therapeutic diet.",
        [
            Param(
                "diet",
                "string",
                "'low_sodium', 'renal', 'carb_controlled', 'pureed', 'clear_liquid', 'heart_healthy' or "
                "'gluten_free'.",
                pick(
                    ("low-sodium", "low_sodium"),
                    ("renal", "renal"),
                    ("carbohydrate-controlled", "carb_controlled"),
                    ("pureed", "pureed"),
                    ("clear liquid", "clear_liquid"),
                    ("heart-healthy", "heart_healthy"),
                    ("gluten-free", "gluten_free"),
                ),
                schema={
                    "enum": [
                        "low_sodium",
                        "renal",
                        "carb_controlled",
                        "pureed",
                        "clear_liquid",
                        "heart_healthy",
                        "gluten_free",
                    ]
                },
                vary=False,
            ),
            Param(
                "meal",
                "string",
                "'breakfast', 'lunch' or 'dinner'.",
                pick("breakfast", "lunch", "dinner"),
                schema={"enum": ["breakfast", "lunch", "dinner"]},
                vary=False,
            ),
            Param(
                "exclude_allergens",
                "array",
                "Allergens to leave out.",
                listing(
                    ["peanuts", "tree nuts", "shellfish", "dairy", "eggs", "soy", "sesame", "fish"], (1, 3)
                ),
                " without {}",
                STRINGS,
            ),
        ],
        (
            "show the {diet} {meal} options on the hospital menu",
            "list {meal} dishes that fit a {diet} diet",
            "find what a patient on a {diet} diet can order for {meal}",
        ),
    ),
    Tool(
        "mh_screening.phq9_score",
        "PHQ-9 depression score, severity band and item 9 flag from nine item responses.",
        [
            Param(
                "responses",
                "array",
                "The nine item responses in order, each 0-3.",
                numbers(0, 3, (9, 9)),
                schema=INTEGERS,
            ),
            Param(
                "previous_score",
                "integer",
                "Earlier total to compare against.",
                qty(0, 27),
                " and compare it with a previous score of {}",
            ),
        ],
        (
            "score a PHQ-9 with responses {responses}",
            "total the PHQ-9 answers {responses} and give the severity",
            "interpret a depression screen where the nine PHQ-9 items were {responses}",
        ),
    ),
    Tool(
        "substance_screen.audit_c",
        "AUDIT-C alcohol screening score and whether it is positive.",
        [
            Param(
                "frequency",
                "string",
                "'monthly_or_less', '2_4_per_month', '2_3_per_week' or '4_plus_per_week'.",
                pick(
                    ("monthly or less", "monthly_or_less"),
                    ("2-4 times a month", "2_4_per_month"),
                    ("2-3 times a week", "2_3_per_week"),
                    ("4 or more times a week", "4_plus_per_week"),
                ),
                schema={"enum": ["monthly_or_less", "2_4_per_month", "2_3_per_week", "4_plus_per_week"]},
                vary=False,
            ),
            Param(
                "typical_drinks",
                "integer",
                "Drinks on a typical drinking day.",
                qty(2, 12, (" drinks",)),
                vary=False,
            ),
            Param(
                "binge_frequency",
                "string",
                "How often six or more drinks: 'never', 'less_than_monthly', 'monthly', 'weekly' or 'daily'.",
                pick(
                    ("never", "never"),
                    ("less than monthly", "less_than_monthly"),
                    ("monthly", "monthly"),
                    ("weekly", "weekly"),
                    ("daily or almost daily", "daily"),
                ),
                schema={"enum": ["never", "less_than_monthly", "monthly", "weekly", "daily"]},
                vary=False,
            ),
            Param(
                "sex",
                "string",
                "'male' or 'female' (sets the cut-off).",
                pick(("a man", "male"), ("a woman", "female")),
                " for {}",
                {"enum": ["male", "female"]},
            ),
        ],
        (
            "score the AUDIT-C for someone who drinks {frequency}, has {typical_drinks} on a typical day and "
            "six or more at once {binge_frequency}",
            "screen alcohol use: drinking {frequency}, {typical_drinks} per session, binge episodes "
            "{binge_frequency}",
        ),
    ),
    Tool(
        "crisis_resources.hotlines",
        "Crisis and suicide prevention lines of a country, with hours and text options.",
        [
            Param(
                "country",
                "string",
                "Country name.",
                words(
                    "Canada",
                    "Ireland",
                    "Australia",
                    "Brazil",
                    "New Zealand",
                    "Germany",
                    "India",
                    "South Africa",
                    "Mexico",
                    "Japan",
                ),
            ),
            Param(
                "language",
                "string",
                "Language the service must offer.",
                words("Spanish", "French", "Hindi", "Tagalog", "Arabic", "Mandarin", "Irish"),
                " with support in {}",
            ),
            Param(
                "text_only",
                "boolean",
                "Only services reachable by text or chat.",
                switched_on,
                ", reachable by text{}",
                {"default": False},
            ),
        ],
        (
            "list the crisis helplines in {country}",
            "find a mental health crisis line in {country}",
            "get suicide prevention numbers for {country}",
        ),
    ),
    Tool(
        "therapy_finder.providers",
        "Licensed therapists near a city who offer a treatment approach.",
        [
            Param("city", "string", "City name.", CITY),
            Param(
                "modality",
                "string",
                "'cbt', 'dbt', 'emdr', 'psychodynamic' or 'family'.",
                pick(
                    ("CBT", "cbt"),
                    ("DBT", "dbt"),
                    ("EMDR", "emdr"),
                    ("psychodynamic", "psychodynamic"),
                    ("family", "family"),
                ),
                schema={"enum": ["cbt", "dbt", "emdr", "psychodynamic", "family"]},
                vary=False,
            ),
            Param(
                "insurance",
                "string",
                "Insurance plan the therapist must accept.",
                words(
                    "Aetna",
                    "Cigna",
                    "Medicaid",
                    "UnitedHealthcare",
                    "Blue Cross Blue Shield",
                    "Kaiser Permanente",
                ),
                " who take {}",
            ),
            Param(
                "telehealth",
                "boolean",
                "Only therapists who see clients online.",
                switched_on,
                ", with video sessions available{}",
                {"default": False},
            ),
        ],
        (
            "find {modality} therapists in {city}",
            "search for a therapist near {city} who does {modality} therapy",
        ),
    ),
]

RECORDS = [
    Tool(
        "clinic_scheduler.book_appointment",
        "Book a clinic appointment for a patient with a provider.",
        [
            Param("patient_name", "string", "Patient's full name.", PATIENT, vary=False),
            Param("provider", "string", "Provider name as listed.", PROVIDER, vary=False),
            Param("date", "string", "Appointment date, YYYY-MM-DD.", day(2026, 1)),
            Param("time", "string", "Start time, HH:MM (24-hour).", clock_time, vary=False),
            Param(
                "visit_type",
                "string",
                "'new_patient', 'follow_up', 'telehealth' or 'annual_physical'.",
                pick(
                    ("new-patient", "new_patient"),
                    ("follow-up", "follow_up"),
                    ("telehealth", "telehealth"),
                    ("annual physical", "annual_physical"),
                ),
                " as a {} visit",
                {
                    "enum": ["new_patient", "follow_up", "telehealth", "annual_physical"],
                    "default": "follow_up",
                },
            ),
        ],
        (
            "book {patient_name} in with {provider} on {date} at {time}",
            "schedule an appointment for {patient_name} to see {provider} at {time} on {date}",
        ),
    ),
    Tool(
        "clinic_scheduler.open_slots",
        "Open appointment slots of a specialty in a city from a date.",
        [
            Param("specialty", "string", "Medical specialty.", SPECIALTY),
            Param("city", "string", "City name.", CITY, vary=False),
            Param("from_date", "string", "Earliest date, YYYY-MM-DD.", day(2026, 1)),
            Param(
                "telehealth",
                "boolean",
                "Include video visits.",
                switched_on,
                ", including video visits{}",
                {"default": False},
            ),
        ],
        (
            "find open {specialty} appointments in {city} from {from_date}",
            "show the first available {specialty} slots in {city} after {from_date}",
        ),
    ),
    Tool(
        "patient_chart.active_medications",
        "Current medication list of a patient with doses and prescribers.",
        [
            Param("mrn", "string", "Medical record number, digits only.", mrn),
            Param(
                "include_discontinued",
                "boolean",
                "Also list discontinued drugs.",
                switched_on,
                ", including discontinued drugs{}",
                {"default": False},
            ),
        ],
        (
            "pull up the active medication list for {mrn}",
            "show what medicines the patient with {mrn} is on",
            "get the current meds of {mrn}",
        ),
    ),
    Tool(
        "medical_coding.icd10_lookup",
        "ICD-10-CM codes matching a diagnosis description.",
        [
            Param(
                "diagnosis",
                "string",
                "Diagnosis in words.",
                quoted(
                    "type 2 diabetes with neuropathy",
                    "community-acquired pneumonia",
                    "acute lower back pain",
                    "major depressive disorder, recurrent",
                    "iron deficiency anemia",
                    "sprained left ankle",
                    "chronic kidney disease stage 3",
                    "migraine without aura",
                    "atrial fibrillation",
                    "urinary tract infection",
                ),
            ),
        ],
        (
            "find the ICD-10 code for {diagnosis}",
            "look up diagnosis codes for {diagnosis}",
            "code {diagnosis} in ICD-10-CM",
        ),
    ),
    Tool(
        "referrals.send_referral",
        "Send a referral for a patient to a specialty.",
        [
            Param("mrn", "string", "Medical record number, digits only.", mrn),
            Param("specialty", "string", "Specialty referred to.", SPECIALTY),
            Param(
                "urgency",
                "string",
                "'routine', 'urgent' or 'emergent'.",
                pick("routine", "urgent", "emergent"),
                schema={"enum": ["routine", "urgent", "emergent"]},
                vary=False,
            ),
            Param(
                "reason",
                "string",
                "Reason for referral.",
                quoted(
                    "symptoms not improving on first-line treatment",
                    "evaluation of abnormal test results",
                    "a second opinion on treatment options",
                    "follow-up after an emergency visit",
                    "pre-operative assessment",
                    "ongoing specialist management",
                ),
                vary=False,
            ),
        ],
        (
            "send a referral to {specialty} for {mrn}, marked {urgency}, for {reason}",
            "refer {mrn} to {specialty} as {urgency}, reason {reason}",
        ),
    ),
    Tool(
        "records_release.send_records",
        "Release parts of a patient's record to another provider.",
        [
            Param("mrn", "string", "Medical record number, digits only.", mrn),
            Param("recipient", "string", "Receiving provider or practice.", PROVIDER),
            Param(
                "record_types",
                "array",
                "'labs', 'imaging', 'discharge_summaries', 'immunizations' or 'progress_notes'.",
                coded(
                    [
                        ("lab results", "labs"),
                        ("imaging reports", "imaging"),
                        ("discharge summaries", "discharge_summaries"),
                        ("immunization records", "immunizations"),
                        ("progress notes", "progress_notes"),
                    ],
                    (1, 3),
                ),
                schema={
                    "items": {
                        "type": "string",
                        "enum": ["labs", "imaging", "discharge_summaries", "immunizations", "progress_notes"],
                    }
                },
            ),
            Param("since", "string", "Earliest record date, YYYY-MM-DD.", day(2020, 4), " from {} onward"),
        ],
        (
            "send the {record_types} of {mrn} to {recipient}",
            "release {record_types} for {mrn} to {recipient}",
        ),
    ),
    Tool(
        "nurse_staffing.required_nurses",
        "Nurses needed for a unit's census at a nurse-to-patient ratio.",
        [
            Param("patient_census", "integer", "Patients on the unit.", qty(8, 60, (" patients",))),
            Param(
                "patients_per_nurse",
                "integer",
                "Patients per nurse (the ratio 1:N).",
                pick(("1:2", 2), ("1:3", 3), ("1:4", 4), ("1:5", 5), ("1:6", 6)),
                vary=False,
            ),
        ],
        (
            "work out how many nurses I need for {patient_census} at a {patients_per_nurse} ratio",
            "staff a unit of {patient_census} at {patients_per_nurse}",
        ),
    ),
    Tool(
        "blood_bank.compatible_products",
        "ABO/Rh-compatible donor types for a recipient and blood component.",
        [
            Param(
                "recipient_type",
                "string",
                "Recipient blood type, e.g. 'A+'.",
                words("O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"),
            ),
            Param(
                "component",
                "string",
                "'red_cells', 'plasma' or 'platelets'.",
                pick(("red cells", "red_cells"), ("plasma", "plasma"), ("platelets", "platelets")),
                schema={"enum": ["red_cells", "plasma", "platelets"]},
                vary=False,
            ),
        ],
        (
            "list the donor types compatible for {component} for a recipient with type {recipient_type}",
            "find which donor {component} a patient with blood type {recipient_type} can receive",
        ),
    ),
]

WIDE_CARE: list[Tool] = [*CLINICAL, *PHARMACY, *DENTAL_AND_VET, *PUBLIC_HEALTH, *NUTRITION_AND_MIND, *RECORDS]
