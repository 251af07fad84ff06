"""Work tools of the wide catalogue: office administration, HR and recruiting, contracts and compliance,
education and school administration, logistics, shipping and warehousing, customer support, project
management, marketing and sales operations, procurement, and events at work and meeting planning."""

from __future__ import annotations

from data_builders.rich_tool import Param, Tool, items, prop
from data_builders.rich_values import (
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
    zip_code,
)

PEOPLE = [
    "Priya Nair",
    "Marcus Webb",
    "Sofia Alvarez",
    "Kenji Watanabe",
    "Amara Okafor",
    "Liam O'Connor",
    "Hannah Schmidt",
    "Diego Ramos",
    "Aisha Rahman",
    "Tom Becker",
    "Mei Lin",
    "Olivia Brooks",
    "Rafael Costa",
    "Noor Haddad",
]
PERSON = words(*PEOPLE)
STAFF_EMAILS = [
    "priya.nair@northwind.com",
    "m.webb@northwind.com",
    "sofia.alvarez@contoso.io",
    "kenji.w@contoso.io",
    "amara.okafor@fabrikam.com",
    "liam.oconnor@fabrikam.com",
    "h.schmidt@tailspin.co",
    "diego.ramos@tailspin.co",
    "aisha.rahman@adatum.org",
    "tbecker@adatum.org",
    "mei.lin@woodgrove.com",
    "olivia.brooks@woodgrove.com",
]
STAFF_EMAIL = words(*STAFF_EMAILS)
CUSTOMER_EMAIL = words(
    "jordan.mills@gmail.com",
    "k.osei@outlook.com",
    "billing@brightpath.co",
    "sam.rivera@yahoo.com",
    "ops@greenleafcafe.com",
    "nina.petrova@proton.me",
    "accounts@harborlogistics.net",
    "ravi.k@icloud.com",
    "lucy.tan@hotmail.com",
    "support@pinecrestdental.com",
)
COMPANY = words(
    "Northwind Traders",
    "Contoso Ltd",
    "Fabrikam Inc",
    "Tailspin Toys",
    "Adatum Corporation",
    "Woodgrove Bank",
    "Litware Systems",
    "Proseware Inc",
    "Blue Yonder Airlines",
    "Wingtip Analytics",
    "Lucerne Publishing",
    "Trey Research",
)
SUPPLIERS = [
    "Acme Industrial Supply",
    "Globex Components",
    "Initech Packaging",
    "Summit Office Products",
    "Pioneer Fasteners",
    "Redwood Paper Co",
    "Bolt & Nut Wholesale",
    "Keystone Electronics",
    "Harbor Chemical",
    "Apex Safety Gear",
]
SUPPLIER = words(*SUPPLIERS)
DEPARTMENT = words(
    "Finance",
    "Engineering",
    "Marketing",
    "Customer Success",
    "Legal",
    "Operations",
    "People Ops",
    "Sales",
    "Procurement",
    "Facilities",
)
JOB_TITLE = words(
    "Senior Data Analyst",
    "Payroll Specialist",
    "Warehouse Supervisor",
    "Product Designer",
    "Account Executive",
    "Backend Engineer",
    "HR Business Partner",
    "Procurement Manager",
    "Customer Support Lead",
    "Marketing Coordinator",
    "Office Manager",
    "Supply Chain Planner",
)
CITIES = [
    "Chicago",
    "Austin",
    "Denver",
    "Atlanta",
    "London",
    "Dublin",
    "Toronto",
    "Singapore",
    "Berlin",
    "Sydney",
    "Bangalore",
    "Sao Paulo",
    "New York",
    "Tokyo",
]
CITY = words(*CITIES)
BUILDING = words(
    "HQ Tower",
    "Riverside Campus Building B",
    "Canal Street office",
    "Innovation Hub",
    "Harbor Point",
    "Midtown office",
    "West Wing",
    "Building 7",
)
WAREHOUSE = words(
    "Reno DC",
    "Memphis Fulfillment Center",
    "Dallas Cross-Dock",
    "Newark Warehouse 3",
    "Columbus DC",
    "Ontario CA Hub",
    "Savannah Port Warehouse",
    "Indianapolis North",
)
CARRIER = words(
    "FedEx Freight",
    "XPO Logistics",
    "Old Dominion",
    "Estes Express",
    "Saia",
    "R+L Carriers",
    "J.B. Hunt",
    "Schneider",
)
SCHOOL = words(
    "Lincoln High School",
    "Maple Grove Elementary",
    "Riverside Middle School",
    "Oakwood Academy",
    "Jefferson STEM Magnet",
    "Westfield Primary",
    "Cedar Ridge High",
    "St. Anne's School",
)
GRADE = pick(
    ("kindergarten", 0),
    ("1st grade", 1),
    ("2nd grade", 2),
    ("3rd grade", 3),
    ("4th grade", 4),
    ("5th grade", 5),
    ("6th grade", 6),
    ("7th grade", 7),
    ("8th grade", 8),
    ("9th grade", 9),
    ("10th grade", 10),
    ("11th grade", 11),
    ("12th grade", 12),
)
PURCHASE_ITEMS = [
    "boxes of nitrile gloves",
    "reams of A4 paper",
    "ergonomic office chairs",
    "27-inch monitors",
    "rolls of stretch wrap",
    "laptop docking stations",
    "hi-vis safety vests",
    "toner cartridges",
    "corrugated shipping boxes",
    "standing desks",
    "pallet jacks",
    "first aid kits",
]
PURCHASE_ITEM = words(*PURCHASE_ITEMS)
COUNTRY = words(
    "United States",
    "United Kingdom",
    "Germany",
    "Canada",
    "Australia",
    "India",
    "France",
    "Brazil",
    "Japan",
    "Mexico",
)
STATE = words("Delaware", "New York", "California", "Texas", "Illinois", "Washington", "Massachusetts")
START_DATE = day(2025, 2)
STRINGS = {"items": {"type": "string"}}


def code(prefix: str, lo: int, hi: int):
    """An identifier quoted as is ("REQ-2291", "E10423")."""

    def gen(r):
        text = f"{prefix}{r.randint(lo, hi)}"
        return text, text

    return gen


def clock(first_hour: int, last_hour: int):
    """A time of day written and passed as 24-hour HH:MM ("09:30")."""

    def gen(r):
        text = f"{r.randint(first_hour, last_hour):02d}:{r.choice(['00', '15', '30', '45'])}"
        return text, text

    return gen


def minutes(lo: int, hi: int, step: int):
    """A length of time in whole minutes, written "45 minutes", "1 hour" or "2 hours"."""

    def gen(r):
        value = r.randrange(lo, hi + 1, step)
        if value % 60 == 0 and r.random() < 0.7:
            hours = value // 60
            return f"{hours} hour{'s' * (hours > 1)}", value
        return f"{value} minutes", value

    return gen


LETTERS = ["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "F"]


def letter_grades(r):
    """Letter grades of one term; the same grade may come twice ("A-, B+, A- and C")."""
    grades = r.choices(LETTERS[:8], k=r.randint(3, 7))
    if r.random() < 0.4:
        return "[" + ", ".join(grades) + "]", grades
    return join_texts(grades), grades


def competency_scores(r):
    scores = {k: r.randint(1, 5) for k in ("quality", "delivery", "collaboration", "communication")}
    text = r.choice(
        [
            "quality {quality}, delivery {delivery}, collaboration {collaboration} and communication "
            "{communication}",
            "{quality}/5 for quality, {delivery}/5 for delivery, {collaboration}/5 for collaboration and "
            "{communication}/5 for communication",
        ]
    )
    return text.format(**scores), scores


def vendor_profile(r):
    profile = {
        "annual_spend": r.randint(5, 2000) * 1000,
        "handles_personal_data": r.random() < 0.5,
        "soc2_certified": r.random() < 0.5,
        "subcontractors": r.randint(0, 9),
    }
    n = profile["subcontractors"]
    text = (
        f"annual spend of ${profile['annual_spend']:,}, "
        + ("access to personal data" if profile["handles_personal_data"] else "no access to personal data")
        + (", a SOC 2 report" if profile["soc2_certified"] else ", no SOC 2 report")
        + f" and {n} subcontractor{'s' * (n != 1)}"
    )
    return text, profile


def lead_profile(r):
    lead = {
        "company_size": r.choice([8, 25, 60, 140, 320, 800, 2500, 12000]),
        "job_level": r.choice(["C-level", "VP", "Director", "Manager", "Analyst"]),
        "pages_viewed": r.randint(1, 40),
        "requested_demo": r.random() < 0.5,
    }
    article = "an" if lead["job_level"][0] in "AEIOU" else "a"
    text = (
        f"a {lead['company_size']:,}-employee company, {article} {lead['job_level']} contact, "
        f"{lead['pages_viewed']} page{'s' * (lead['pages_viewed'] != 1)} viewed and "
        + ("a demo request" if lead["requested_demo"] else "no demo request")
    )
    return text, lead


def channel_weights(r):
    cuts = sorted(r.sample(range(5, 100, 5), 3))
    shares = [b - a for a, b in zip([0, *cuts], [*cuts, 100])]
    weights = dict(zip(("search", "social", "email", "events"), shares))
    text = r.choice(
        [
            "{search}% search, {social}% social, {email}% email and {events}% events",
            "search {search}%, social {social}%, email {email}% and events {events}%",
        ]
    )
    return text.format(**weights), weights


def sku_lines(r):
    lines = [
        {
            "sku": f"SKU-{r.randint(1000, 9999)}",
            "annual_units": r.randint(50, 60000),
            "unit_cost": round(r.uniform(0.5, 400), 2),
        }
        for _ in range(r.randint(3, 5))
    ]
    return join_texts(
        [f"{s['sku']}: {s['annual_units']:,} units at ${s['unit_cost']:.2f}" for s in lines]
    ), lines


PHASES = ["Discovery", "Design", "Build", "Testing", "Pilot", "Rollout", "Training", "Data Migration"]


def phase_plan(r):
    chosen = sorted(r.sample(range(len(PHASES)), r.randint(2, 5)))
    plan = [{"name": PHASES[i], "weeks": r.randint(1, 10)} for i in chosen]
    return join_texts([f"{p['name']} ({p['weeks']} week{'s' * (p['weeks'] != 1)})" for p in plan]), plan


ACCOUNTS = ["Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Logistics", "Wayne Foods", "Hooli"]


def deal_list(r):
    deals = [
        {"account": a, "amount": r.randint(5, 900) * 1000, "probability_pct": r.choice(range(10, 95, 5))}
        for a in r.sample(ACCOUNTS, r.randint(2, 4))
    ]
    return join_texts([f"{d['account']} ${d['amount']:,} at {d['probability_pct']}%" for d in deals]), deals


OFFICE = [
    Tool(
        "meeting_rooms.find_free_room",
        "Find meeting rooms in an office building that are free for a time slot and seat the group.",
        [
            Param("building", "string", "Office building name.", BUILDING),
            Param("date", "string", "Meeting date, YYYY-MM-DD.", START_DATE),
            Param("start_time", "string", "Start time, 24-hour HH:MM.", clock(8, 17)),
            Param(
                "duration_minutes",
                "integer",
                "Length of the meeting in minutes.",
                pick(
                    ("30 minutes", 30),
                    ("45 minutes", 45),
                    ("an hour", 60),
                    ("90 minutes", 90),
                    ("2 hours", 120),
                ),
            ),
            Param("attendees", "integer", "Number of people to seat.", qty(2, 40, (" people", " attendees"))),
            Param(
                "needs_video",
                "boolean",
                "Only rooms with video-conferencing equipment.",
                switched_on,
                " with video conferencing{}",
                {"default": False},
            ),
        ],
        (
            "find a free meeting room in {building} for {attendees} on {date} at {start_time} for "
            "{duration_minutes}",
            "check which rooms at {building} can hold {attendees} for {duration_minutes} starting "
            "{start_time} on {date}",
            "look for an available conference room at {building} on {date} from {start_time}, "
            "{duration_minutes} long, for {attendees}",
        ),
    ),
    Tool(
        "desk_booking.reserve_hot_desk",
        "Reserve a shared (hot) desk on an office floor for an employee for one day.",
        [
            Param("employee_email", "string", "Work e-mail of the employee.", STAFF_EMAIL),
            Param("office", "string", "Office building name.", BUILDING),
            Param("floor", "integer", "Floor number.", qty(1, 30)),
            Param("date", "string", "Day of the booking, YYYY-MM-DD.", START_DATE),
            Param(
                "zone",
                "string",
                "Desk area: quiet, collaborative or standing.",
                pick(("quiet", "quiet"), ("collaborative", "collaborative"), ("standing-desk", "standing")),
                " in the {} zone",
                {"enum": ["quiet", "collaborative", "standing"], "default": "quiet"},
            ),
        ],
        (
            "reserve a hot desk on floor {floor} of {office} for {employee_email} on {date}",
            "book {employee_email} a desk at {office}, floor {floor}, for {date}",
            "grab a flex desk for {employee_email} at {office} on {date}, on floor {floor}",
        ),
    ),
    Tool(
        "visitor_log.preregister_guest",
        "Pre-register a visitor so reception has a badge ready and notifies the host on arrival.",
        [
            Param("visitor_name", "string", "Full name of the visitor.", PERSON),
            Param("host_email", "string", "Work e-mail of the employee being visited.", STAFF_EMAIL),
            Param("visit_date", "string", "Date of the visit, YYYY-MM-DD.", START_DATE),
            Param(
                "company", "string", "Company the visitor represents.", COMPANY, " from {}", {"default": ""}
            ),
            Param(
                "parking",
                "boolean",
                "Reserve a visitor parking space.",
                switched_on,
                " and reserve a parking space{}",
                {"default": False},
            ),
        ],
        (
            "pre-register {visitor_name} as a visitor of {host_email} on {visit_date}",
            "let reception know {visitor_name} is coming to see {host_email} on {visit_date}",
            "sign in guest {visitor_name} ahead of time for {visit_date}, hosted by {host_email}",
        ),
    ),
    Tool(
        "expense_claims.mileage_reimbursement",
        "Reimbursement owed to an employee for business driving in a personal car, at a per-mile rate.",
        [
            Param("miles", "float", "Business miles driven.", qty(3, 1800, (" miles", " mi"), 1)),
            Param(
                "rate_per_mile",
                "float",
                "Reimbursement rate in dollars per mile.",
                pick(
                    ("67 cents a mile", 0.67),
                    ("70 cents per mile", 0.70),
                    ("$0.655 per mile", 0.655),
                    ("$0.58 a mile", 0.58),
                    ("45 cents a mile", 0.45),
                ),
                " at {}",
                {"default": 0.70},
            ),
            Param(
                "round_trip",
                "boolean",
                "The distance is one way and the return leg is also claimed.",
                switched_on,
                " counting the drive back as well{}",
                {"default": False},
            ),
        ],
        (
            "work out the mileage reimbursement for {miles} of business driving",
            "calculate what I can claim for driving {miles} for work",
            "figure out my mileage claim for a client visit of {miles}",
        ),
    ),
    Tool(
        "office_space.workstation_capacity",
        "Number of workstations that fit on an office floor after circulation space.",
        [
            Param(
                "floor_area_m2",
                "float",
                "Usable floor area in square metres.",
                qty(150, 6000, (" square metres", " sq m", " m2")),
            ),
            Param(
                "area_per_desk_m2",
                "float",
                "Space allowed per workstation in square metres.",
                qty(5, 14, (" square metres per desk", " sq m per person"), 1),
            ),
        ],
        (
            "estimate how many workstations fit on a floor of {floor_area_m2} at {area_per_desk_m2}",
            "work out desk capacity for {floor_area_m2} of office space allowing {area_per_desk_m2}",
        ),
    ),
]

HR = [
    Tool(
        "leave_tracker.accrued_pto",
        "Paid time off balance, in hours, from the accrual per pay period.",
        [
            Param(
                "accrual_hours_per_period",
                "float",
                "Hours of PTO earned each pay period.",
                qty(1.5, 8, (" hours",), 2),
            ),
            Param("pay_periods", "integer", "Pay periods worked so far.", qty(1, 26, (" pay periods",))),
            Param(
                "hours_used",
                "float",
                "PTO hours already taken.",
                qty(4, 80, (" hours",)),
                " minus {} already taken",
                {"default": 0},
            ),
            Param(
                "carryover_hours",
                "float",
                "Hours carried over from last year.",
                qty(4, 40, (" hours",)),
                " plus {} carried over from last year",
                {"default": 0},
            ),
        ],
        (
            "work out my PTO balance accruing {accrual_hours_per_period} per pay period after {pay_periods}",
            "calculate paid time off earned over {pay_periods} at {accrual_hours_per_period} each period",
            "tell me how much vacation I have banked after {pay_periods}, accruing "
            "{accrual_hours_per_period} per paycheck",
        ),
    ),
    Tool(
        "leave_requests.submit",
        "Submit a leave request for an employee for approval by their manager.",
        [
            Param("employee_id", "string", "Employee id, e.g. 'E10423'.", code("E", 10000, 99999)),
            Param(
                "leave_type",
                "string",
                "Kind of leave: vacation, sick, parental, bereavement or unpaid.",
                pick(
                    ("vacation", "vacation"),
                    ("sick leave", "sick"),
                    ("parental leave", "parental"),
                    ("bereavement leave", "bereavement"),
                    ("unpaid leave", "unpaid"),
                ),
                schema={"enum": ["vacation", "sick", "parental", "bereavement", "unpaid"]},
                vary=False,
            ),
            Param("start_date", "string", "First day of leave, YYYY-MM-DD.", START_DATE),
            Param("days", "integer", "Working days of leave.", qty(2, 20, (" days", " working days"))),
        ],
        (
            "submit a {leave_type} request for employee {employee_id} starting {start_date} for {days}",
            "file {days} of {leave_type} for {employee_id} from {start_date}",
            "put in {leave_type} for staff member {employee_id}, {days} beginning {start_date}",
        ),
    ),
    Tool(
        "job_board.post_opening",
        "Publish a job opening on the careers site and partner job boards.",
        [
            Param("title", "string", "Job title.", JOB_TITLE),
            Param("department", "string", "Hiring department.", DEPARTMENT),
            Param("location", "string", "City where the job is based.", CITY),
            Param(
                "salary_min", "float", "Bottom of the salary range in dollars per year.", money(40000, 90000)
            ),
            Param(
                "salary_max", "float", "Top of the salary range in dollars per year.", money(95000, 220000)
            ),
            Param(
                "remote_ok",
                "boolean",
                "Candidates may work remotely.",
                switched_on,
                " and mark it as remote-friendly{}",
                {"default": False},
            ),
        ],
        (
            "post a {title} opening in {department} based in {location} paying {salary_min} to {salary_max}",
            "publish a job ad for a {title} on the {department} team in {location} with a salary range of "
            "{salary_min} to {salary_max}",
            "open a {title} role ({department}, {location}) paying {salary_min} to {salary_max}",
        ),
    ),
    Tool(
        "applicant_tracking.candidates_at_stage",
        "List the candidates of a job requisition who are at one hiring stage.",
        [
            Param("requisition_id", "string", "Requisition id, e.g. 'REQ-2291'.", code("REQ-", 1000, 9999)),
            Param(
                "stage",
                "string",
                "Hiring stage: applied, phone_screen, onsite, reference_check or offer.",
                pick(
                    ("applied", "applied"),
                    ("phone screen", "phone_screen"),
                    ("onsite interview", "onsite"),
                    ("reference check", "reference_check"),
                    ("offer", "offer"),
                ),
                schema={"enum": ["applied", "phone_screen", "onsite", "reference_check", "offer"]},
                vary=False,
            ),
        ],
        (
            "list the candidates at the {stage} stage for requisition {requisition_id}",
            "show who is at the {stage} stage of {requisition_id}",
            "pull the {stage} candidates for job {requisition_id}",
        ),
    ),
    Tool(
        "interview_scheduler.panel_slots",
        "Find time slots on a day when every interviewer of a panel is free.",
        [
            Param(
                "interviewers",
                "array",
                "Full names of the interviewers.",
                listing(PEOPLE, (2, 4)),
                schema=STRINGS,
            ),
            Param("date", "string", "Interview day, YYYY-MM-DD.", START_DATE),
            Param(
                "duration_minutes",
                "integer",
                "Length of the interview in minutes.",
                minutes(30, 120, 15),
            ),
        ],
        (
            "find a slot of {duration_minutes} on {date} when {interviewers} are all free",
            "check when {interviewers} can all interview together for {duration_minutes} on {date}",
            "look for a common opening of {duration_minutes} for {interviewers} on {date}",
        ),
    ),
    Tool(
        "offer_builder.first_year_compensation",
        "Total first-year compensation of a job offer: base salary, target bonus, signing bonus and equity.",
        [
            Param("base_salary", "float", "Yearly base salary in dollars.", money(40000, 350000)),
            Param("bonus_target_pct", "float", "Target bonus as a percent of base.", percent(5, 30, 0)),
            Param(
                "signing_bonus",
                "float",
                "One-time signing bonus in dollars.",
                money(2000, 50000),
                " plus a signing bonus of {}",
                {"default": 0},
            ),
            Param(
                "annual_equity",
                "float",
                "Value of stock vesting in the first year, in dollars.",
                money(5000, 150000),
                " and {} of stock vesting in the first year",
                {"default": 0},
            ),
        ],
        (
            "total up the first-year pay of an offer with a base of {base_salary} and a {bonus_target_pct} "
            "bonus target",
            "work out year-one compensation for {base_salary} base salary plus {bonus_target_pct} target "
            "bonus",
        ),
    ),
    Tool(
        "workforce_metrics.turnover_rate",
        "Employee turnover rate in percent: separations over average headcount.",
        [
            Param(
                "separations",
                "integer",
                "Employees who left in the period.",
                qty(2, 400, (" leavers", " departures")),
            ),
            Param(
                "headcount_start",
                "integer",
                "Headcount at the start of the period.",
                qty(50, 5000, (" employees",)),
            ),
            Param(
                "headcount_end",
                "integer",
                "Headcount at the end of the period.",
                qty(50, 5000, (" employees",)),
            ),
        ],
        (
            "compute turnover with {separations} and headcount going from {headcount_start} to "
            "{headcount_end}",
            "work out our attrition rate: we had {separations}, starting at {headcount_start} and ending at "
            "{headcount_end}",
        ),
    ),
    Tool(
        "performance_review.overall_rating",
        "Overall performance rating of an employee from competency scores on a 1-5 scale.",
        [
            Param("employee_id", "string", "Employee id, e.g. 'E10423'.", code("E", 10000, 99999)),
            Param(
                "scores",
                "dict",
                "Competency scores, each 1 to 5.",
                competency_scores,
                schema={
                    "properties": {
                        "quality": prop("integer", "Quality of work."),
                        "delivery": prop("integer", "Delivery on commitments."),
                        "collaboration": prop("integer", "Collaboration."),
                        "communication": prop("integer", "Communication."),
                    }
                },
            ),
        ],
        (
            "compute the overall review rating for {employee_id} with scores of {scores}",
            "roll up the performance review of {employee_id}: {scores}",
            "give employee {employee_id} an overall rating from {scores}",
        ),
    ),
    Tool(
        "shift_planner.headcount_for_coverage",
        "Employees needed to staff a weekly opening schedule with a fixed number on duty.",
        [
            Param(
                "open_hours_per_week",
                "float",
                "Hours the site is open each week.",
                qty(40, 168, (" hours a week", " hours per week")),
            ),
            Param(
                "staff_on_duty", "integer", "People needed on duty at all times.", qty(1, 25, (" people",))
            ),
            Param(
                "contract_hours",
                "float",
                "Weekly contracted hours of one employee.",
                qty(20, 40, (" hours",)),
            ),
            Param(
                "absence_pct",
                "float",
                "Allowance for leave and sickness, in percent.",
                percent(3, 15, 0),
                " allowing for {} absence",
                {"default": 0},
            ),
        ],
        (
            "work out how many staff I need to cover {open_hours_per_week} with {staff_on_duty} on duty when "
            "each works {contract_hours}",
            "calculate headcount for a site open {open_hours_per_week} needing {staff_on_duty} on shift, on "
            "contracts of {contract_hours}",
        ),
    ),
]

CONTRACTS = [
    Tool(
        "contract_vault.expiring_within",
        "Contracts in the contract repository that expire within a number of days.",
        [
            Param("days_ahead", "integer", "Look-ahead window in days.", qty(15, 365, (" days",))),
            Param(
                "department", "string", "Owning department.", DEPARTMENT, ", owned by {}", {"default": "all"}
            ),
            Param(
                "contract_type",
                "string",
                "Contract type: vendor, customer, lease or employment.",
                pick("vendor", "customer", "lease", "employment"),
                ", limited to {} contracts",
                {"enum": ["vendor", "customer", "lease", "employment"], "default": "vendor"},
            ),
        ],
        (
            "list contracts expiring in the next {days_ahead}",
            "show which agreements run out within {days_ahead}",
            "find contracts that end in {days_ahead} or less",
        ),
    ),
    Tool(
        "contract_terms.nonrenewal_notice_deadline",
        "Last day to send notice so that an auto-renewing contract does not renew.",
        [
            Param("end_date", "string", "Date the current term ends, YYYY-MM-DD.", day(2025, 3)),
            Param("notice_days", "integer", "Notice period in days.", qty(30, 180, (" days",))),
        ],
        (
            "find the last day to send a non-renewal notice for a contract ending {end_date} with "
            "{notice_days} notice",
            "work out when we must cancel a contract that expires {end_date} if it needs {notice_days} of "
            "notice",
        ),
    ),
    Tool(
        "nda_builder.draft_agreement",
        "Draft a non-disclosure agreement between a disclosing and a receiving party.",
        [
            Param("disclosing_party", "string", "Company sharing the information.", COMPANY),
            Param("receiving_party", "string", "Company receiving the information.", COMPANY),
            Param(
                "term_years", "integer", "How long the obligations last, in years.", qty(2, 7, (" years",))
            ),
            Param(
                "mutual",
                "boolean",
                "Both parties disclose and receive.",
                switched_on,
                " and make it mutual{}",
                {"default": False},
            ),
            Param(
                "governing_law",
                "string",
                "US state whose law governs.",
                STATE,
                " under {} law",
                {"default": ""},
            ),
        ],
        (
            "draft an NDA from {disclosing_party} to {receiving_party} lasting {term_years}",
            "prepare a non-disclosure agreement where {disclosing_party} shares information with "
            "{receiving_party} for {term_years}",
            "write up a confidentiality agreement lasting {term_years} between {disclosing_party} "
            "(disclosing) and {receiving_party} (receiving)",
        ),
    ),
    Tool(
        "records_policy.destruction_date",
        "Earliest date a business record may be destroyed under the company retention schedule.",
        [
            Param(
                "record_type",
                "string",
                "Record type: invoice, personnel_file, payroll_record, contract, tax_return or "
                "job_application.",
                pick(
                    ("an invoice", "invoice"),
                    ("a personnel file", "personnel_file"),
                    ("a payroll record", "payroll_record"),
                    ("a signed contract", "contract"),
                    ("a tax return", "tax_return"),
                    ("a job application", "job_application"),
                ),
                schema={
                    "enum": [
                        "invoice",
                        "personnel_file",
                        "payroll_record",
                        "contract",
                        "tax_return",
                        "job_application",
                    ]
                },
                vary=False,
            ),
            Param("closed_date", "string", "Date the record was closed, YYYY-MM-DD.", day(2015, 10)),
            Param(
                "jurisdiction",
                "string",
                "Jurisdiction whose rules apply.",
                words("US federal", "California", "UK", "Germany", "Ontario"),
                " under {} rules",
                {"default": "US federal"},
            ),
        ],
        (
            "tell me when {record_type} closed on {closed_date} can be destroyed",
            "work out the retention end date for {record_type} dated {closed_date}",
            "check how long we must keep {record_type} from {closed_date}",
        ),
    ),
    Tool(
        "sla_monitor.service_credit",
        "Service credit a vendor owes when measured monthly uptime misses the SLA target.",
        [
            Param("measured_uptime_pct", "float", "Measured uptime in percent.", percent(97, 99.89, 2)),
            Param(
                "sla_target_pct",
                "float",
                "Committed uptime in percent.",
                pick(("99.9%", 99.9), ("99.95%", 99.95), ("99.99%", 99.99), ("99.9 percent", 99.9)),
            ),
            Param("monthly_fee", "float", "Monthly service fee in dollars.", money(500, 90000)),
            Param(
                "credit_cap_pct",
                "float",
                "Most credit, in percent of the monthly fee.",
                percent(10, 50, 0),
                " capped at {} of the fee",
                {"default": 100},
            ),
        ],
        (
            "calculate the service credit on a contract costing {monthly_fee} a month when uptime was "
            "{measured_uptime_pct} against a {sla_target_pct} SLA",
            "work out what the vendor owes us for {measured_uptime_pct} uptime versus a {sla_target_pct} "
            "commitment on a monthly fee of {monthly_fee}",
        ),
    ),
    Tool(
        "vendor_risk.tier_assessment",
        "Third-party risk tier (low, medium, high) of a vendor from its profile.",
        [
            Param("vendor_name", "string", "Vendor name.", SUPPLIER),
            Param(
                "profile",
                "dict",
                "What the vendor does for the company.",
                vendor_profile,
                schema={
                    "properties": {
                        "annual_spend": prop("float", "Yearly spend with the vendor in dollars."),
                        "handles_personal_data": prop("boolean", "The vendor can access personal data."),
                        "soc2_certified": prop("boolean", "The vendor has a SOC 2 report."),
                        "subcontractors": prop("integer", "Number of subcontractors it uses."),
                    }
                },
            ),
        ],
        (
            "assess the risk tier of vendor {vendor_name} with {profile}",
            "rate {vendor_name} for third-party risk given {profile}",
        ),
    ),
]

EDUCATION = [
    Tool(
        "attendance_office.attendance_rate",
        "A student's attendance rate and whether they count as chronically absent.",
        [
            Param("student_id", "string", "Student id, e.g. 'S204518'.", code("S", 100000, 999999)),
            Param("days_enrolled", "integer", "School days enrolled so far.", qty(40, 180, (" days",))),
            Param("days_absent", "integer", "Days absent.", qty(8, 30, (" days",))),
        ],
        (
            "calculate the attendance rate for student {student_id} absent {days_absent} out of "
            "{days_enrolled}",
            "check whether {student_id} is chronically absent after missing {days_absent} of {days_enrolled}",
        ),
    ),
    Tool(
        "transcript_tools.gpa_from_letters",
        "Grade point average of letter grades on an unweighted scale.",
        [
            Param(
                "grades",
                "array",
                "Letter grades, e.g. 'A-' or 'B+'.",
                letter_grades,
                schema={"items": {"type": "string", "enum": LETTERS}},
            ),
            Param(
                "scale",
                "string",
                "Top of the grade scale: '4.0' or '4.3' (A+ above A).",
                pick(("4.3-point", "4.3"), ("4.0-point", "4.0")),
                " on the {} scale",
                {"enum": ["4.0", "4.3"], "default": "4.0"},
            ),
        ],
        (
            "compute the GPA for grades {grades}",
            "work out a grade point average from {grades}",
            "turn the letter grades {grades} into a GPA",
        ),
    ),
    Tool(
        "school_enrollment.register_student",
        "Enroll a new student at a school in a grade level.",
        [
            Param("student_name", "string", "Student's full name.", PERSON),
            Param("school", "string", "School name.", SCHOOL),
            Param("grade_level", "integer", "Grade level, 0 for kindergarten.", GRADE),
            Param("start_date", "string", "First day at the school, YYYY-MM-DD.", START_DATE),
        ],
        (
            "enroll {student_name} in {grade_level} at {school} starting {start_date}",
            "register {student_name} at {school} for {grade_level} from {start_date}",
        ),
    ),
    Tool(
        "exam_office.book_exam_hall",
        "Reserve an exam hall with enough seats for a course's exam.",
        [
            Param(
                "course_code",
                "string",
                "Course code, e.g. 'CHEM 201'.",
                words(
                    "CHEM 201",
                    "MATH 1340",
                    "ECON 101",
                    "BIO 220",
                    "CS 161",
                    "HIST 310",
                    "PSYC 100",
                    "STAT 250",
                ),
            ),
            Param("exam_date", "string", "Exam date, YYYY-MM-DD.", START_DATE),
            Param(
                "candidates",
                "integer",
                "Students sitting the exam.",
                qty(20, 600, (" students", " candidates")),
            ),
            Param(
                "duration_minutes",
                "integer",
                "Exam length in minutes.",
                pick(("90 minutes", 90), ("two hours", 120), ("three hours", 180)),
                " lasting {}",
                {"default": 120},
            ),
            Param(
                "accessible_seats",
                "integer",
                "Seats with access arrangements needed.",
                qty(1, 12),
                " with {} accessible seats",
                {"default": 0},
            ),
        ],
        (
            "book an exam hall for {course_code} on {exam_date} for {candidates}",
            "reserve exam space on {exam_date} to seat {candidates} sitting {course_code}",
            "find a hall for the {course_code} final on {exam_date} with room for {candidates}",
        ),
    ),
    Tool(
        "tuition_office.installment_plan",
        "Monthly installments of a tuition payment plan.",
        [
            Param("tuition", "float", "Tuition due for the term in dollars.", money(3000, 60000)),
            Param(
                "installments",
                "integer",
                "Number of monthly payments.",
                qty(2, 12, (" installments", " monthly payments")),
            ),
            Param(
                "down_payment",
                "float",
                "Amount paid up front in dollars.",
                money(200, 5000),
                " after a down payment of {}",
                {"default": 0},
            ),
            Param(
                "plan_fee",
                "float",
                "Plan enrollment fee in dollars.",
                money(25, 150),
                " plus a plan fee of {}",
                {"default": 0},
            ),
        ],
        (
            "split tuition of {tuition} into {installments}",
            "set up a payment plan for {tuition} in tuition over {installments}",
        ),
    ),
    Tool(
        "library_circulation.overdue_fine",
        "Fine owed for library items returned late.",
        [
            Param("items", "integer", "Number of items returned late.", qty(2, 8, (" books", " items"))),
            Param("days_late", "integer", "Days past the due date.", qty(1, 60, (" days",))),
            Param(
                "daily_rate",
                "float",
                "Fine per item per day in dollars.",
                pick(("$0.10", 0.10), ("25 cents", 0.25), ("$0.50", 0.50), ("a dollar", 1.0)),
                " at {} per item per day",
                {"default": 0.25},
            ),
            Param(
                "max_fine_per_item",
                "float",
                "Cap on the fine of one item in dollars.",
                money(5, 20),
                " with a cap of {} per item",
                {"default": 0},
            ),
        ],
        (
            "work out the library fine for {items} returned {days_late} late",
            "calculate what a student owes for {items} that are {days_late} overdue",
        ),
    ),
]

LOGISTICS = [
    Tool(
        "freight_quotes.ltl_rate",
        "Quote a less-than-truckload (LTL) freight shipment between two US ZIP codes.",
        [
            Param("origin_zip", "string", "5-digit ZIP code of the pickup.", zip_code),
            Param("destination_zip", "string", "5-digit ZIP code of the delivery.", zip_code),
            Param(
                "weight_lb", "float", "Total weight in pounds.", qty(150, 12000, (" lb", " lbs", " pounds"))
            ),
            Param(
                "freight_class",
                "integer",
                "NMFC freight class.",
                pick(
                    ("class 50", 50),
                    ("class 70", 70),
                    ("class 85", 85),
                    ("class 100", 100),
                    ("class 125", 125),
                ),
                schema={"enum": [50, 55, 60, 65, 70, 77, 85, 92, 100, 110, 125, 150, 175, 200, 250, 300]},
                vary=False,
            ),
            Param(
                "liftgate",
                "boolean",
                "Liftgate needed at delivery.",
                switched_on,
                " with liftgate delivery{}",
                {"default": False},
            ),
        ],
        (
            "quote LTL freight for {weight_lb} of {freight_class} from ZIP {origin_zip} to {destination_zip}",
            "get a less-than-truckload rate shipping {weight_lb} ({freight_class}) from {origin_zip} to "
            "{destination_zip}",
            "price a {freight_class} shipment weighing {weight_lb} going {origin_zip} to {destination_zip}",
        ),
    ),
    Tool(
        "pallet_planner.cartons_per_pallet",
        "How many identical cartons fit on a pallet, by layer pattern and stack height.",
        [
            Param("carton_length_cm", "float", "Carton length in cm.", qty(20, 80, ("cm", " cm"))),
            Param("carton_width_cm", "float", "Carton width in cm.", qty(15, 60, ("cm", " cm"))),
            Param("carton_height_cm", "float", "Carton height in cm.", qty(10, 60, ("cm", " cm"))),
            Param(
                "max_stack_height_cm",
                "float",
                "Highest allowed load height, pallet included, in cm.",
                qty(120, 220, ("cm", " cm")),
                " stacking no higher than {}",
                {"default": 180},
            ),
            Param(
                "pallet_type",
                "string",
                "Pallet: 'euro' (120 x 80 cm) or 'us_standard' (48 x 40 in).",
                pick(("a euro pallet", "euro"), ("a standard 48x40 pallet", "us_standard")),
                " on {}",
                {"enum": ["euro", "us_standard"], "default": "euro"},
            ),
        ],
        (
            "work out how many cartons measuring {carton_length_cm} by {carton_width_cm} by "
            "{carton_height_cm} fit on a pallet",
            "plan a pallet load of boxes {carton_length_cm} long, {carton_width_cm} wide and "
            "{carton_height_cm} tall",
        ),
    ),
    Tool(
        "container_loading.containers_needed",
        "Shipping containers of one type needed for a cargo volume.",
        [
            Param(
                "cargo_volume_m3",
                "float",
                "Cargo volume in cubic metres.",
                qty(5, 400, (" cubic metres", " m3", " CBM"), 1),
            ),
            Param(
                "container_type",
                "string",
                "Container: 20ft, 40ft or 40ft_hc (high cube).",
                pick(("20-foot", "20ft"), ("40-foot", "40ft"), ("40-foot high-cube", "40ft_hc")),
                schema={"enum": ["20ft", "40ft", "40ft_hc"]},
                vary=False,
            ),
        ],
        (
            "work out how many {container_type} containers I need for {cargo_volume_m3} of cargo",
            "calculate the number of {container_type} boxes to ship {cargo_volume_m3}",
        ),
    ),
    Tool(
        "inventory_policy.reorder_point",
        "Stock level at which an item should be reordered.",
        [
            Param(
                "daily_demand",
                "float",
                "Average units used per day.",
                qty(2, 900, (" units a day", " units per day")),
            ),
            Param("lead_time_days", "integer", "Supplier lead time in days.", qty(2, 60, (" days",))),
            Param(
                "safety_stock",
                "integer",
                "Buffer stock in units.",
                qty(10, 2000),
                " keeping {} units of safety stock",
                {"default": 0},
            ),
        ],
        (
            "find the reorder point for an item selling {daily_demand} with a lead time of {lead_time_days}",
            "calculate when to reorder if we use {daily_demand} and the supplier takes {lead_time_days}",
        ),
    ),
    Tool(
        "inventory_policy.economic_order_quantity",
        "Economic order quantity that minimises yearly ordering plus holding cost.",
        [
            Param("annual_demand", "integer", "Units needed per year.", qty(500, 500000, (" units",))),
            Param("order_cost", "float", "Fixed cost of placing one order in dollars.", money(20, 600)),
            Param(
                "holding_cost_per_unit",
                "float",
                "Cost of holding one unit for a year in dollars.",
                money(0.5, 40, 2),
            ),
        ],
        (
            "compute the EOQ for annual demand of {annual_demand}, an ordering cost of {order_cost} and a "
            "holding cost of {holding_cost_per_unit} per unit per year",
            "work out the best order size when we sell {annual_demand} a year, each order costs "
            "{order_cost} and holding one unit costs {holding_cost_per_unit} a year",
        ),
    ),
    Tool(
        "warehouse_slotting.abc_classes",
        "Sort SKUs into A, B and C classes by yearly usage value.",
        [
            Param(
                "items",
                "array",
                "SKUs with yearly units and unit cost.",
                sku_lines,
                schema=items(
                    {
                        "sku": prop("string", "SKU code."),
                        "annual_units": prop("integer", "Units moved per year."),
                        "unit_cost": prop("float", "Cost per unit in dollars."),
                    }
                ),
            ),
        ],
        (
            "run an ABC classification on {items}",
            "sort these SKUs into A, B and C classes: {items}",
        ),
    ),
    Tool(
        "customs_desk.landed_cost",
        "Landed cost per unit of imported goods including freight, insurance and import duty.",
        [
            Param("unit_price", "float", "Supplier price per unit in dollars.", money(1, 800, 2)),
            Param("units", "integer", "Units in the shipment.", qty(50, 20000, (" units",))),
            Param("freight_cost", "float", "Freight for the whole shipment in dollars.", money(300, 25000)),
            Param("duty_rate_pct", "float", "Import duty rate in percent.", percent(1, 25, 1)),
            Param(
                "insurance_cost",
                "float",
                "Cargo insurance in dollars.",
                money(50, 2000),
                " plus {} insurance",
                {"default": 0},
            ),
        ],
        (
            "work out the landed cost per unit for {units} bought at {unit_price} each with {freight_cost} "
            "freight and {duty_rate_pct} duty",
            "calculate the per-unit landed cost of importing {units} at {unit_price}, paying {freight_cost} "
            "in shipping and a {duty_rate_pct} tariff",
        ),
    ),
    Tool(
        "dock_scheduler.book_appointment",
        "Book an inbound delivery appointment at a warehouse dock.",
        [
            Param("warehouse", "string", "Warehouse name.", WAREHOUSE),
            Param("carrier", "string", "Trucking carrier.", CARRIER),
            Param("date", "string", "Delivery date, YYYY-MM-DD.", START_DATE),
            Param("arrival_time", "string", "Arrival time, 24-hour HH:MM.", clock(5, 18)),
            Param("pallets", "integer", "Pallets on the truck.", qty(1, 30, (" pallets",))),
        ],
        (
            "book a dock appointment at {warehouse} for {carrier} on {date} at {arrival_time} with {pallets}",
            "schedule {carrier} to deliver {pallets} to {warehouse} on {date} at {arrival_time}",
        ),
    ),
    Tool(
        "cold_chain.temperature_excursions",
        "Flag data-logger readings that fall outside the allowed temperature range of a cold-chain shipment.",
        [
            Param(
                "readings_c",
                "array",
                "Logged temperatures in degrees Celsius, in time order.",
                numbers(-1, 11, (4, 8), 1),
                schema={"items": {"type": "float"}},
            ),
            Param(
                "min_c",
                "float",
                "Lowest allowed temperature in °C.",
                pick(("2°C", 2), ("0°C", 0), ("1°C", 1)),
            ),
            Param(
                "max_c",
                "float",
                "Highest allowed temperature in °C.",
                pick(("8°C", 8), ("6°C", 6), ("5°C", 5)),
            ),
        ],
        (
            "check the cold-chain readings {readings_c} in °C against a range of {min_c} to {max_c}",
            "flag any temperature excursions outside {min_c}-{max_c} in the logger data {readings_c} (°C)",
        ),
    ),
]

SUPPORT = [
    Tool(
        "survey_scores.net_promoter_score",
        "Net Promoter Score from the counts of promoters, passives and detractors.",
        [
            Param("promoters", "integer", "Respondents scoring 9-10.", qty(5, 5000)),
            Param("passives", "integer", "Respondents scoring 7-8.", qty(5, 3000)),
            Param("detractors", "integer", "Respondents scoring 0-6.", qty(5, 3000)),
        ],
        (
            "compute NPS from {promoters} promoters, {passives} passives and {detractors} detractors",
            "work out our net promoter score with {promoters} promoters, {passives} passives and "
            "{detractors} detractors",
            "get the NPS when {promoters} people scored us 9-10, {passives} scored 7-8 and {detractors} "
            "scored 0-6",
        ),
    ),
    Tool(
        "contact_center.agents_required",
        "Agents needed on the phones to meet a service level (Erlang C).",
        [
            Param(
                "calls_per_hour",
                "integer",
                "Calls arriving per hour.",
                qty(20, 2000, (" calls an hour", " calls per hour")),
            ),
            Param(
                "average_handle_seconds",
                "integer",
                "Average handle time of a call in seconds.",
                qty(90, 900, (" seconds",)),
            ),
            Param(
                "service_level_pct",
                "float",
                "Share of calls to answer within the target time, in percent.",
                percent(70, 95, 0),
                " with a {} service level",
                {"default": 80},
            ),
            Param(
                "answer_seconds",
                "integer",
                "Target answer time in seconds.",
                qty(10, 60, (" seconds",)),
                " and a target answer time of {}",
                {"default": 20},
            ),
        ],
        (
            "work out how many agents we need for {calls_per_hour} with an average handle time of "
            "{average_handle_seconds}",
            "staff the phones for {calls_per_hour} when each call takes {average_handle_seconds} on average",
        ),
    ),
    Tool(
        "support_tickets.escalate",
        "Escalate a support ticket to a higher support tier or another team.",
        [
            Param("ticket_id", "string", "Ticket id, e.g. 'TCK-48213'.", code("TCK-", 10000, 99999)),
            Param(
                "tier",
                "string",
                "Team to escalate to: tier_2, tier_3, engineering or billing.",
                pick(
                    ("tier 2", "tier_2"),
                    ("tier 3", "tier_3"),
                    ("engineering", "engineering"),
                    ("billing", "billing"),
                ),
                schema={"enum": ["tier_2", "tier_3", "engineering", "billing"]},
                vary=False,
            ),
            Param(
                "reason",
                "string",
                "Why the ticket is escalated.",
                quoted(
                    "customer cannot log in since the update",
                    "refund not received after 14 days",
                    "data export fails with error 500",
                    "charged twice for the same plan",
                    "API returns stale results",
                    "shipment lost in transit",
                ),
            ),
            Param(
                "urgent",
                "boolean",
                "Flag the ticket as urgent.",
                switched_on,
                " and flag it urgent{}",
                {"default": False},
            ),
        ],
        (
            "escalate ticket {ticket_id} to {tier} with the reason {reason}",
            "send {ticket_id} up to {tier} with the note {reason}",
            "bump ticket {ticket_id} to {tier}, reason: {reason}",
        ),
    ),
    Tool(
        "support_tickets.search_by_customer",
        "Support tickets raised by one customer, newest first.",
        [
            Param("customer_email", "string", "Customer's e-mail address.", CUSTOMER_EMAIL),
            Param(
                "status",
                "string",
                "Ticket status: open, pending or solved.",
                pick("open", "pending", "solved"),
                " that are {}",
                {"enum": ["open", "pending", "solved", "any"], "default": "any"},
            ),
            Param(
                "since",
                "string",
                "Only tickets created on or after this date, YYYY-MM-DD.",
                day(2024, 2),
                " since {}",
                {"default": ""},
            ),
        ],
        (
            "find support tickets from {customer_email}",
            "look up every ticket raised by {customer_email}",
            "pull the ticket history for {customer_email}",
        ),
    ),
    Tool(
        "refund_desk.issue_refund",
        "Refund all or part of a customer order to the original payment method.",
        [
            Param("order_id", "string", "Order id, e.g. 'ORD-558301'.", code("ORD-", 100000, 999999)),
            Param("amount", "float", "Amount to refund in dollars.", money(5, 2500, 2)),
            Param(
                "reason",
                "string",
                "Refund reason: damaged, late_delivery, wrong_item, duplicate_charge or buyer_remorse.",
                pick(
                    ("a damaged item", "damaged"),
                    ("late delivery", "late_delivery"),
                    ("the wrong item being sent", "wrong_item"),
                    ("a duplicate charge", "duplicate_charge"),
                    ("buyer's remorse", "buyer_remorse"),
                ),
                schema={
                    "enum": ["damaged", "late_delivery", "wrong_item", "duplicate_charge", "buyer_remorse"]
                },
                vary=False,
            ),
        ],
        (
            "refund {amount} on order {order_id} because of {reason}",
            "issue a refund of {amount} for {order_id} due to {reason}",
        ),
    ),
    Tool(
        "support_metrics.backlog_clearance_days",
        "Days until a support backlog is cleared at the current inflow and resolution rates.",
        [
            Param(
                "open_tickets", "integer", "Tickets open now.", qty(50, 5000, (" open tickets", " tickets"))
            ),
            Param("new_per_day", "integer", "New tickets per day.", qty(10, 200, (" new tickets a day",))),
            Param(
                "resolved_per_day",
                "integer",
                "Tickets resolved per day.",
                qty(220, 600, (" a day", " per day")),
            ),
        ],
        (
            "estimate how many days it takes to clear a backlog of {open_tickets} when we get {new_per_day} "
            "and resolve {resolved_per_day}",
            "work out when the support queue of {open_tickets} will be cleared with {new_per_day} coming in "
            "and {resolved_per_day} closed",
        ),
    ),
]

PROJECTS = [
    Tool(
        "project_schedule.pert_estimate",
        "PERT (three-point) expected duration and standard deviation of a task, in days.",
        [
            Param("optimistic", "float", "Best-case duration in days.", qty(2, 10, (" days",))),
            Param("most_likely", "float", "Most likely duration in days.", qty(11, 25, (" days",))),
            Param("pessimistic", "float", "Worst-case duration in days.", qty(26, 60, (" days",))),
        ],
        (
            "give a PERT estimate for a task with optimistic {optimistic}, most likely {most_likely} and "
            "pessimistic {pessimistic}",
            "compute the three-point estimate: best case {optimistic}, likely {most_likely}, worst case "
            "{pessimistic}",
        ),
    ),
    Tool(
        "earned_value.performance_indices",
        "Cost and schedule performance indices (CPI, SPI) of a project, and the estimate at completion.",
        [
            Param("planned_value", "float", "Planned value to date in dollars.", money(10000, 5000000)),
            Param("earned_value", "float", "Earned value to date in dollars.", money(10000, 5000000)),
            Param("actual_cost", "float", "Actual cost to date in dollars.", money(10000, 5000000)),
        ],
        (
            "compute CPI and SPI with planned value {planned_value}, earned value {earned_value} and actual "
            "cost {actual_cost}",
            "check whether the project is over budget or late: PV {planned_value}, EV {earned_value}, AC "
            "{actual_cost}",
        ),
    ),
    Tool(
        "sprint_planner.team_capacity",
        "Working hours a team has available in a sprint.",
        [
            Param(
                "team_size",
                "integer",
                "People on the team.",
                qty(2, 12, (" developers", " engineers", " people")),
            ),
            Param("sprint_days", "integer", "Working days in the sprint.", qty(5, 15, (" working days",))),
            Param(
                "focus_factor_pct",
                "float",
                "Share of time spent on sprint work, in percent.",
                percent(50, 90, 0),
                " at a {} focus factor",
                {"default": 70},
            ),
            Param(
                "days_off",
                "integer",
                "Person-days of leave during the sprint.",
                qty(1, 10),
                " minus {} person-days of leave",
                {"default": 0},
            ),
        ],
        (
            "work out sprint capacity for {team_size} over {sprint_days}",
            "calculate how many hours {team_size} have in a sprint of {sprint_days}",
        ),
    ),
    Tool(
        "task_board.create_task",
        "Create a task on a project board and assign it.",
        [
            Param(
                "project",
                "string",
                "Project name.",
                words(
                    "Website Relaunch",
                    "Q3 Audit",
                    "ERP Migration",
                    "Office Move",
                    "Brand Refresh",
                    "Onboarding 2.0",
                ),
            ),
            Param(
                "title",
                "string",
                "Task title.",
                quoted(
                    "Draft vendor shortlist",
                    "Update org chart",
                    "Review security questionnaire",
                    "Book movers",
                    "Write launch email",
                    "Clean up SKU data",
                ),
            ),
            Param("assignee", "string", "Full name of the person responsible.", PERSON),
            Param("due_date", "string", "Due date, YYYY-MM-DD.", START_DATE),
            Param(
                "priority",
                "string",
                "Priority: low, normal, high or urgent.",
                pick("low", "high", "urgent"),
                " with {} priority",
                {"enum": ["low", "normal", "high", "urgent"], "default": "normal"},
            ),
        ],
        (
            "create a task {title} in the {project} project for {assignee} due {due_date}",
            "add {title} to {project}, assigned to {assignee}, due on {due_date}",
            "put a new task called {title} on the {project} board for {assignee} by {due_date}",
        ),
    ),
    Tool(
        "gantt_builder.phase_dates",
        "Start and end dates of consecutive project phases from a kickoff date.",
        [
            Param("start_date", "string", "Kickoff date, YYYY-MM-DD.", START_DATE),
            Param(
                "phases",
                "array",
                "Phases in order with their lengths.",
                phase_plan,
                schema=items(
                    {"name": prop("string", "Phase name."), "weeks": prop("integer", "Length in weeks.")}
                ),
            ),
        ],
        (
            "lay out phase dates starting {start_date} for {phases}",
            "build a project timeline beginning {start_date} with phases {phases}",
        ),
    ),
    Tool(
        "velocity_tracker.sprints_remaining",
        "Sprints needed to finish a backlog at the team's recent velocity.",
        [
            Param(
                "backlog_points", "integer", "Story points left.", qty(40, 900, (" story points", " points"))
            ),
            Param(
                "recent_velocities",
                "array",
                "Points completed in recent sprints.",
                numbers(15, 80, (3, 6)),
                schema={"items": {"type": "integer"}},
            ),
            Param(
                "sprint_weeks",
                "integer",
                "Sprint length in weeks.",
                pick(("one-week sprints", 1), ("two-week sprints", 2), ("three-week sprints", 3)),
                " with {}",
                {"default": 2},
            ),
        ],
        (
            "forecast how many sprints are left for {backlog_points} given recent velocities of "
            "{recent_velocities}",
            "estimate when we finish {backlog_points} if the last sprints delivered {recent_velocities}",
        ),
    ),
]

MARKETING = [
    Tool(
        "ad_metrics.campaign_returns",
        "Return on ad spend and cost per acquisition of a campaign.",
        [
            Param("ad_spend", "float", "Amount spent on ads in dollars.", money(500, 250000)),
            Param("revenue", "float", "Revenue attributed to the campaign in dollars.", money(1000, 900000)),
            Param(
                "conversions", "integer", "Purchases or sign-ups.", qty(10, 9000, (" conversions", " sales"))
            ),
            Param("clicks", "integer", "Ad clicks.", qty(1000, 400000), " from {} clicks", {"default": 0}),
        ],
        (
            "compute ROAS and cost per acquisition for a campaign that spent {ad_spend}, brought in "
            "{revenue} and {conversions}",
            "analyze ad performance: spend {ad_spend}, revenue {revenue}, {conversions}",
        ),
    ),
    Tool(
        "email_campaigns.schedule_send",
        "Schedule a marketing e-mail campaign to go out to a mailing list.",
        [
            Param(
                "campaign_name",
                "string",
                "Campaign name.",
                quoted(
                    "Spring Sale",
                    "Product Update May",
                    "Webinar Reminder",
                    "Black Friday Early Access",
                    "Win-Back",
                ),
            ),
            Param(
                "audience_list",
                "string",
                "Mailing list name.",
                words(
                    "Newsletter Subscribers",
                    "Trial Users",
                    "EMEA Customers",
                    "Webinar Registrants",
                    "Lapsed Buyers",
                ),
            ),
            Param("send_date", "string", "Send date, YYYY-MM-DD.", START_DATE),
            Param("send_time", "string", "Send time, 24-hour HH:MM.", clock(6, 20)),
        ],
        (
            "schedule the {campaign_name} email to {audience_list} on {send_date} at {send_time}",
            "queue campaign {campaign_name} for the {audience_list} list, sending {send_date} at {send_time}",
        ),
    ),
    Tool(
        "ab_testing.significance",
        "Whether the conversion rates of two variants of an A/B test differ significantly.",
        [
            Param("visitors_a", "integer", "Visitors who saw variant A.", qty(1000, 90000)),
            Param("conversions_a", "integer", "Conversions of variant A.", qty(20, 900)),
            Param("visitors_b", "integer", "Visitors who saw variant B.", qty(1000, 90000)),
            Param("conversions_b", "integer", "Conversions of variant B.", qty(20, 900)),
            Param(
                "confidence_pct",
                "integer",
                "Confidence level in percent.",
                pick(("90%", 90), ("99%", 99)),
                " at {} confidence",
                {"enum": [90, 95, 99], "default": 95},
            ),
        ],
        (
            "test whether variant B beat A: A had {conversions_a} conversions from {visitors_a} visitors, B "
            "had {conversions_b} from {visitors_b}",
            "run a significance check with control at {visitors_a} visitors and {conversions_a} conversions "
            "and the variant at {visitors_b} visitors and {conversions_b} conversions",
        ),
    ),
    Tool(
        "sales_pipeline.weighted_forecast",
        "Probability-weighted value of open deals in the sales pipeline.",
        [
            Param(
                "deals",
                "array",
                "Open deals with amount and win probability.",
                deal_list,
                schema=items(
                    {
                        "account": prop("string", "Account name."),
                        "amount": prop("float", "Deal amount in dollars."),
                        "probability_pct": prop("float", "Win probability in percent."),
                    }
                ),
            ),
        ],
        (
            "compute the weighted pipeline for {deals}",
            "forecast expected bookings from these deals: {deals}",
            "weight my open opportunities by win odds: {deals}",
        ),
    ),
    Tool(
        "lead_scoring.score_lead",
        "Score a sales lead from 0 to 100 from its firmographics and engagement.",
        [
            Param("lead_email", "string", "Lead's e-mail address.", CUSTOMER_EMAIL),
            Param(
                "profile",
                "dict",
                "What is known about the lead.",
                lead_profile,
                schema={
                    "properties": {
                        "company_size": prop("integer", "Employees at the lead's company."),
                        "job_level": prop("string", "Seniority, e.g. 'VP' or 'Manager'."),
                        "pages_viewed": prop("integer", "Website pages viewed."),
                        "requested_demo": prop("boolean", "The lead asked for a demo."),
                    }
                },
            ),
        ],
        (
            "score the lead {lead_email} with {profile}",
            "rate how sales-ready {lead_email} is: {profile}",
        ),
    ),
    Tool(
        "sales_comp.commission_due",
        "Commission earned by a sales rep, with an accelerated rate on sales above quota.",
        [
            Param("sales", "float", "Sales closed in the period in dollars.", money(20000, 2000000)),
            Param("quota", "float", "Sales quota in dollars.", money(100000, 1500000)),
            Param("base_rate_pct", "float", "Commission rate up to quota, in percent.", percent(3, 12, 1)),
            Param(
                "accelerator_rate_pct",
                "float",
                "Commission rate above quota, in percent.",
                percent(12, 25, 1),
                " and {} above quota",
                {"default": 0},
            ),
        ],
        (
            "calculate commission on {sales} of sales against a quota of {quota} at {base_rate_pct}",
            "work out what a rep earns in commission closing {sales} with a quota of {quota} and a rate of "
            "{base_rate_pct}",
        ),
    ),
    Tool(
        "marketing_budget.channel_split",
        "Dollar amounts per channel from a total marketing budget and percentage weights.",
        [
            Param("total_budget", "float", "Total budget in dollars.", money(5000, 3000000)),
            Param(
                "weights",
                "dict",
                "Percent of the budget for each channel; they add up to 100.",
                channel_weights,
                schema={
                    "properties": {
                        "search": prop("float", "Paid search, percent."),
                        "social": prop("float", "Paid social, percent."),
                        "email": prop("float", "E-mail marketing, percent."),
                        "events": prop("float", "Events and sponsorships, percent."),
                    }
                },
            ),
        ],
        (
            "split a marketing budget of {total_budget} as {weights}",
            "allocate {total_budget} across channels: {weights}",
        ),
    ),
    Tool(
        "seo_research.keyword_volume",
        "Average monthly search volume of keywords in a country.",
        [
            Param(
                "keywords",
                "array",
                "Keywords or phrases.",
                listing(
                    [
                        "project management software",
                        "payroll outsourcing",
                        "warehouse shelving",
                        "employee onboarding checklist",
                        "freight forwarder",
                        "crm for small business",
                        "conference room booking",
                        "help desk software",
                    ],
                    (2, 4),
                    quote=True,
                ),
                schema=STRINGS,
            ),
            Param("country", "string", "Country name.", COUNTRY),
        ],
        (
            "get monthly search volume in {country} for {keywords}",
            "look up how often people in {country} search for {keywords}",
        ),
    ),
]

PROCUREMENT = [
    Tool(
        "purchase_orders.create_order",
        "Raise a purchase order to a supplier for one item.",
        [
            Param("supplier", "string", "Supplier name.", SUPPLIER),
            Param("item", "string", "What is ordered.", PURCHASE_ITEM),
            Param("quantity", "integer", "Quantity ordered.", qty(5, 5000)),
            Param("unit_price", "float", "Price per unit in dollars.", money(1, 900, 2)),
            Param("delivery_date", "string", "Requested delivery date, YYYY-MM-DD.", START_DATE),
        ],
        (
            "raise a purchase order to {supplier} for {quantity} {item} at {unit_price} each, delivered by "
            "{delivery_date}",
            "create a PO with {supplier}: {quantity} {item} at {unit_price} per unit, needed by "
            "{delivery_date}",
        ),
    ),
    Tool(
        "rfq_desk.send_request",
        "Send a request for quotation for an item to several suppliers.",
        [
            Param("item", "string", "What is to be quoted.", PURCHASE_ITEM),
            Param("quantity", "integer", "Quantity to quote for.", qty(10, 20000)),
            Param("suppliers", "array", "Supplier names.", listing(SUPPLIERS, (2, 4)), schema=STRINGS),
            Param("response_deadline", "string", "Last day for quotes, YYYY-MM-DD.", START_DATE),
        ],
        (
            "send a request for quotation for {quantity} {item} to {suppliers} with replies due "
            "{response_deadline}",
            "ask {suppliers} to quote on {quantity} {item} by {response_deadline}",
        ),
    ),
    Tool(
        "procurement_math.total_cost_of_ownership",
        "Total cost of owning an asset over its life: price, running costs and resale value.",
        [
            Param("purchase_price", "float", "Purchase price in dollars.", money(1000, 900000)),
            Param(
                "annual_running_cost",
                "float",
                "Yearly operating and maintenance cost in dollars.",
                money(200, 120000),
            ),
            Param("years", "integer", "Years of ownership.", qty(2, 12, (" years",))),
            Param(
                "resale_value",
                "float",
                "Value when sold at the end, in dollars.",
                money(100, 80000),
                " less a resale value of {}",
                {"default": 0},
            ),
            Param(
                "discount_rate_pct",
                "float",
                "Yearly discount rate in percent.",
                percent(3, 12, 1),
                " discounted at {}",
                {"default": 0},
            ),
        ],
        (
            "compute the total cost of ownership of equipment costing {purchase_price} with "
            "{annual_running_cost} a year in running costs over {years}",
            "work out the TCO over {years} for an asset priced at {purchase_price} that costs "
            "{annual_running_cost} yearly to run",
        ),
    ),
    Tool(
        "invoice_matching.three_way_match",
        "Three-way match of a supplier invoice against its purchase order and goods receipt.",
        [
            Param("po_quantity", "integer", "Quantity on the purchase order.", qty(50, 2000)),
            Param("received_quantity", "integer", "Quantity received.", qty(50, 2000)),
            Param("invoiced_quantity", "integer", "Quantity invoiced.", qty(50, 2000)),
            Param("unit_price", "float", "Agreed price per unit in dollars.", money(1, 500, 2)),
        ],
        (
            "run a three-way match: the PO was for {po_quantity} units, we received {received_quantity} and "
            "were invoiced for {invoiced_quantity} at {unit_price} each",
            "check an invoice billing {invoiced_quantity} units at {unit_price} against a PO of "
            "{po_quantity} and a receipt of {received_quantity}",
        ),
    ),
    Tool(
        "payment_terms.early_payment_discount",
        "Savings and implied annual rate of taking an early-payment discount such as '2/10 net 30'.",
        [
            Param("invoice_amount", "float", "Invoice amount in dollars.", money(500, 400000)),
            Param(
                "terms",
                "string",
                "Payment terms, e.g. '2/10 net 30'.",
                words("2/10 net 30", "1/10 net 30", "2/15 net 45", "1/15 net 60", "3/10 net 60"),
            ),
            Param(
                "cost_of_capital_pct",
                "float",
                "Company's yearly cost of capital in percent.",
                percent(4, 15, 1),
                " given a cost of capital of {}",
                {"default": 0},
            ),
        ],
        (
            "decide whether to take the discount on an invoice of {invoice_amount} with {terms} terms",
            "work out the savings and implied annual rate of paying an invoice of {invoice_amount} early "
            "under {terms}",
        ),
    ),
]

WORK_EVENTS = [
    Tool(
        "meeting_cost.estimate",
        "Salary cost of a meeting from headcount, length and average hourly pay.",
        [
            Param("attendees", "integer", "People in the meeting.", qty(2, 40, (" people",))),
            Param("duration_minutes", "integer", "Length in minutes.", minutes(15, 180, 5)),
            Param("average_hourly_rate", "float", "Average hourly pay in dollars.", money(20, 150)),
            Param(
                "occurrences_per_year",
                "integer",
                "Times the meeting is held per year, for a yearly total.",
                pick(("12", 12), ("26", 26), ("52", 52)),
                " held {} times a year",
                {"default": 1},
            ),
        ],
        (
            "estimate what a meeting of {duration_minutes} with {attendees} costs at {average_hourly_rate} "
            "an hour each",
            "work out the cost of {attendees} sitting in a meeting for {duration_minutes} when they earn "
            "{average_hourly_rate} per hour on average",
        ),
    ),
    Tool(
        "timezone_planner.overlap_hours",
        "Working hours that overlap across team members in several cities.",
        [
            Param("cities", "array", "City names.", listing(CITIES, (2, 4)), schema=STRINGS),
            Param(
                "workday_start",
                "string",
                "Local start of the working day, 24-hour HH:MM.",
                pick(("08:00", "08:00"), ("08:30", "08:30"), ("10:00", "10:00")),
                " with workdays starting at {}",
                {"default": "09:00"},
            ),
        ],
        (
            "find the working hours that overlap for {cities}",
            "show when teams in {cities} are all online",
            "work out a meeting window that suits {cities}",
        ),
    ),
    Tool(
        "offsite_planner.venue_search",
        "Venues in a city that can host a company offsite or training day.",
        [
            Param("city", "string", "City name.", CITY),
            Param(
                "attendees",
                "integer",
                "Number of guests.",
                qty(10, 400, (" people", " guests", " attendees")),
            ),
            Param("date", "string", "Event date, YYYY-MM-DD.", day(2025, 2)),
            Param(
                "layout",
                "string",
                "Seating layout: theater, classroom, banquet or boardroom.",
                pick(
                    ("theater", "theater"),
                    ("classroom", "classroom"),
                    ("banquet", "banquet"),
                    ("boardroom", "boardroom"),
                ),
                " with {}-style seating",
                {"enum": ["theater", "classroom", "banquet", "boardroom"], "default": "theater"},
            ),
            Param(
                "max_budget",
                "float",
                "Most to spend in dollars.",
                money(1000, 60000),
                " under {}",
                {"default": 0},
            ),
        ],
        (
            "find offsite venues in {city} for {attendees} on {date}",
            "search for a corporate event space in {city} holding {attendees} on {date}",
        ),
    ),
    Tool(
        "event_registration.register_attendees",
        "Register people for an internal or customer event.",
        [
            Param("event_id", "string", "Event id, e.g. 'EVT-3302'.", code("EVT-", 1000, 9999)),
            Param(
                "attendee_emails",
                "array",
                "E-mail addresses of the people to register.",
                listing(STAFF_EMAILS, (2, 4)),
                schema=STRINGS,
            ),
        ],
        (
            "register {attendee_emails} for event {event_id}",
            "sign up {attendee_emails} to {event_id}",
            "add {attendee_emails} to the attendee list of {event_id}",
        ),
    ),
    Tool(
        "recurring_meetings.next_dates",
        "Dates of the next occurrences of a recurring meeting.",
        [
            Param("first_date", "string", "Date of the first meeting, YYYY-MM-DD.", START_DATE),
            Param(
                "frequency",
                "string",
                "Repeat: weekly, biweekly or monthly.",
                pick(("weekly", "weekly"), ("every two weeks", "biweekly"), ("monthly", "monthly")),
                schema={"enum": ["weekly", "biweekly", "monthly"]},
                vary=False,
            ),
            Param("occurrences", "integer", "Number of dates to list.", qty(3, 12)),
            Param(
                "skip_holidays",
                "boolean",
                "Move meetings that fall on public holidays.",
                switched_on,
                ", skipping public holidays{}",
                {"default": False},
            ),
        ],
        (
            "list the first {occurrences} dates of a meeting that repeats {frequency} from {first_date}",
            "give me {occurrences} dates for a meeting held {frequency} starting {first_date}",
        ),
    ),
]

WIDE_WORK: list[Tool] = (
    OFFICE
    + HR
    + CONTRACTS
    + EDUCATION
    + LOGISTICS
    + SUPPORT
    + PROJECTS
    + MARKETING
    + PROCUREMENT
    + WORK_EVENTS
)
