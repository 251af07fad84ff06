"""Tools of the scale catalogue (finance, economics, demographics, science). Each rate parameter's
description states its convention, a decimal fraction ("0.05 for 5%") or a percent ("5 for 5%"),
and tools of both conventions take the same kinds of rate, so that only the description decides
how "7%" or "0.07" is passed. Amounts are stated with scale words ("213 million", "$4.5M")."""

from __future__ import annotations

from data_builders import copy_values as v
from data_builders.rich_tool import Param, Tool
from data_builders.rich_values import pick
from data_builders.scale_values import amount, count, rate

MONEY = amount((3, 6, 9), dollars=True)
BIG_MONEY = amount((6, 9), dollars=True)
PEOPLE = amount((3, 6), unit="people")
YEARS = count(2, 40)


def fraction(name: str, description: str, lo: float, hi: float) -> Param:
    """A rate the function takes as a decimal fraction; `description` states it."""
    return Param(name, "float", description, rate(lo, hi, fraction=True))


def percent(name: str, description: str, lo: float, hi: float) -> Param:
    """A rate the function takes in percent; `description` states it."""
    return Param(name, "float", description, rate(lo, hi, fraction=False))


def money(name: str, description: str, gen=MONEY) -> Param:
    return Param(name, "float", description, gen)


def rounding() -> Param:
    return Param(
        "decimals",
        "integer",
        "Decimal places of the result. Default is 2.",
        count(0, 4),
        " rounded to {} decimals",
        {"default": 2},
    )


FINANCE = [
    Tool(
        "lendwise.monthly_installment",
        "Monthly installment of an amortised loan.",
        [
            money("principal", "Amount borrowed, in dollars."),
            fraction("annual_rate", "Annual interest rate as a decimal fraction (e.g. 0.05 for 5%).", 1, 18),
            Param("years", "integer", "Term of the loan in years.", YEARS),
        ],
        (
            "calculate the monthly installment on {principal} borrowed at "
            "{annual_rate} a year for {years} years",
        ),
    ),
    Tool(
        "homeloan_desk.payment_schedule",
        "Payment schedule of a home loan.",
        [
            money("loan_amount", "Loan amount in dollars."),
            percent("interest_rate", "Annual interest rate in percent (e.g. 5 for 5%).", 1, 18),
            Param("term_years", "integer", "Length of the loan in years.", YEARS),
        ],
        (
            "build the payment schedule for a {loan_amount} home loan at "
            "{interest_rate} over {term_years} years",
        ),
    ),
    Tool(
        "capital_budget.net_present_value",
        "Net present value of an investment with an even yearly cash flow.",
        [
            money("initial_investment", "Up-front investment in dollars."),
            money("annual_cash_flow", "Cash flow received each year, in dollars."),
            fraction("discount_rate", "Discount rate as a decimal, e.g. 0.1 for 10%.", 2, 25),
            Param("years", "integer", "Number of years of cash flow.", count(2, 30)),
        ],
        (
            "find the NPV of investing {initial_investment} for {annual_cash_flow} a year over {years} years "
            "at a discount rate of {discount_rate}",
        ),
    ),
    Tool(
        "project_appraisal.discounted_payback",
        "Years until discounted cash flows repay an investment.",
        [
            money("investment", "Amount invested in dollars."),
            money("yearly_inflow", "Cash coming in each year, in dollars."),
            percent("discount_rate", "Discount rate as a percentage (10 means 10%).", 2, 25),
        ],
        (
            "work out the discounted payback of {investment} returning "
            "{yearly_inflow} a year at {discount_rate}",
        ),
    ),
    Tool(
        "deposit_growth.future_value",
        "Future value of a deposit with compound interest.",
        [
            money("deposit", "Amount deposited, in dollars."),
            percent("annual_rate", "Annual interest rate in percent (e.g. 5 for 5%).", 0.5, 12),
            Param("years", "integer", "Years the deposit grows.", YEARS),
            Param(
                "compounding",
                "string",
                "How often interest is compounded. Default is 'annual'.",
                pick("monthly", "quarterly", "annual"),
                ", compounded {}",
                {"enum": ["monthly", "quarterly", "annual"], "default": "annual"},
            ),
        ],
        ("compute what {deposit} grows to at {annual_rate} a year after {years} years",),
    ),
    Tool(
        "wealth_projector.compound_balance",
        "Balance of an account growing at a constant yearly rate.",
        [
            money("initial_balance", "Starting balance in dollars."),
            fraction("growth_rate", "Yearly growth rate as a fraction, e.g. 0.07 for 7%.", 0.5, 15),
            Param("years", "integer", "Number of years.", YEARS),
            rounding(),
        ],
        ("project a balance of {initial_balance} growing {growth_rate} a year for {years} years",),
    ),
    Tool(
        "payroll_tax.employer_cost",
        "Employer payroll tax on a payroll.",
        [
            money("gross_payroll", "Gross payroll in dollars."),
            percent("tax_rate", "Payroll tax rate in percent (7.65 means 7.65%).", 1, 20),
        ],
        ("estimate the employer's payroll tax on {gross_payroll} of wages at {tax_rate}",),
    ),
    Tool(
        "sales_levy.tax_due",
        "Sales tax due on revenue.",
        [
            money("revenue", "Taxable revenue in dollars."),
            fraction("levy_rate", "Sales tax rate as a decimal fraction (0.08 for 8%).", 1, 25),
        ],
        ("work out the sales tax due on {revenue} of revenue at a rate of {levy_rate}",),
    ),
    Tool(
        "bond_desk.coupon_payment",
        "Coupon paid per period by a bond.",
        [
            money("face_value", "Face value of the holding in dollars."),
            percent("coupon_rate", "Annual coupon rate in percent (e.g. 4.5 for 4.5%).", 0.5, 12),
            Param(
                "payments_per_year",
                "integer",
                "Coupon payments per year. Default is 2.",
                pick(1, 2, 4, 12),
                " in {} payments a year",
                {"default": 2},
            ),
        ],
        ("compute the coupon on {face_value} of bonds paying {coupon_rate}",),
    ),
    Tool(
        "fund_fees.annual_fee",
        "Yearly management fee of a fund.",
        [
            money("assets", "Assets under management in dollars.", BIG_MONEY),
            fraction("fee_rate", "Management fee as a decimal fraction of assets (0.01 for 1%).", 0.1, 2.5),
        ],
        ("calculate the yearly fee on {assets} under management at {fee_rate}",),
    ),
    Tool(
        "venture_math.post_money_stake",
        "Investor's stake after a funding round.",
        [
            money("pre_money_valuation", "Valuation before the round, in dollars.", BIG_MONEY),
            money("investment", "Amount invested in the round, in dollars."),
        ],
        (
            "find the stake an investor gets for {investment} at a pre-money "
            "valuation of {pre_money_valuation}",
        ),
    ),
]

ECONOMICS = [
    Tool(
        "macro_stats.real_growth",
        "Real GDP growth from nominal growth and inflation.",
        [
            money("nominal_gdp", "Nominal GDP in dollars.", BIG_MONEY),
            percent("nominal_growth", "Nominal growth rate in percent (3 for 3%).", 0.5, 15),
            fraction("inflation_rate", "Inflation rate as a decimal fraction (0.02 for 2%).", 0.5, 12),
        ],
        (
            "compute the real growth of an economy with a GDP of {nominal_gdp} growing {nominal_growth} "
            "in nominal terms with inflation at {inflation_rate}",
        ),
    ),
    Tool(
        "price_index.inflate_amount",
        "An amount carried forward by a constant inflation rate.",
        [
            money("amount", "Amount today, in dollars."),
            percent("inflation_rate", "Yearly inflation in percent, e.g. 2.5 for 2.5%.", 0.5, 12),
            Param("years", "integer", "Years ahead.", YEARS),
        ],
        ("find what {amount} becomes after {years} years of {inflation_rate} inflation",),
    ),
    Tool(
        "budget_office.deficit_ratio",
        "A budget deficit as a share of GDP.",
        [
            money("deficit", "Budget deficit in dollars.", BIG_MONEY),
            money("gdp", "Gross domestic product in dollars.", amount((9,), lo=10, hi=999, dollars=True)),
        ],
        ("work out the deficit-to-GDP ratio for a deficit of {deficit} and a GDP of {gdp}",),
    ),
    Tool(
        "labor_stats.unemployed_count",
        "Number of unemployed people in a labour force.",
        [
            Param("labor_force", "integer", "People in the labour force.", PEOPLE),
            fraction("unemployment_rate", "Unemployment rate as a fraction (0.05 = 5%).", 1, 25),
        ],
        (
            "estimate how many are unemployed in a labour force of {labor_force} "
            "at an unemployment rate of {unemployment_rate}",
        ),
    ),
    Tool(
        "trade_monitor.export_share",
        "Exports needed for a target share of GDP.",
        [
            money("gdp", "Gross domestic product in dollars.", BIG_MONEY),
            percent("target_share", "Target exports as a percentage of GDP (25 for 25%).", 5, 60),
        ],
        ("find the exports needed for {target_share} of a GDP of {gdp}",),
    ),
]

DEMOGRAPHICS = [
    Tool(
        "census_tools.project_population",
        "Population after years of constant growth.",
        [
            Param("population", "integer", "Current population.", PEOPLE),
            percent("growth_rate", "Yearly growth rate in percent (1.5 for 1.5%).", 0.5, 6),
            Param("years", "integer", "Years ahead.", YEARS),
        ],
        ("project a population of {population} growing {growth_rate} a year for {years} years",),
    ),
    Tool(
        "demography_lab.doubling_time",
        "Years a population takes to double.",
        [
            Param("region", "string", "Name of the region.", v.verbatim(v.city)),
            fraction("growth_rate", "Yearly growth rate as a decimal fraction (0.02 for 2%).", 0.5, 6),
        ],
        ("find the doubling time of {region}'s population growing at {growth_rate} a year",),
    ),
    Tool(
        "health_survey.expected_cases",
        "Expected cases of a condition in a population.",
        [
            Param("population", "integer", "Population screened.", PEOPLE),
            percent("prevalence", "Prevalence in percent (e.g. 2 for 2%).", 0.5, 30),
        ],
        ("estimate the expected cases among {population} at a prevalence of {prevalence}",),
    ),
    Tool(
        "voter_rolls.turnout_count",
        "Votes cast at a turnout rate.",
        [
            Param("registered_voters", "integer", "Registered voters.", amount((3, 6), unit="voters")),
            fraction("turnout_rate", "Turnout as a decimal fraction (e.g. 0.6 for 60%).", 20, 95),
        ],
        ("work out the votes cast by {registered_voters} at a turnout of {turnout_rate}",),
    ),
    Tool(
        "urban_planner.housing_demand",
        "Homes needed to house a population.",
        [
            Param("population", "integer", "People to house.", PEOPLE),
            fraction("vacancy_rate", "Target vacancy rate as a fraction, e.g. 0.05 for 5%.", 1, 12),
        ],
        ("estimate the homes needed for {population} with a vacancy rate of {vacancy_rate}",),
    ),
]

SCIENCE = [
    Tool(
        "astro_calc.light_travel_time",
        "Time light takes to cross a distance.",
        [Param("distance_km", "integer", "Distance in kilometres.", amount((6, 9), unit="km"))],
        ("compute how long light takes to travel {distance_km}",),
    ),
    Tool(
        "microbe_lab.colony_growth",
        "Cells in a culture after hours of growth.",
        [
            Param("initial_cells", "integer", "Cells at the start.", amount((3, 6, 9), unit="cells")),
            percent("hourly_growth", "Growth per hour in percent (e.g. 20 for 20%).", 2, 80),
            Param("hours", "integer", "Hours of growth.", count(1, 48)),
        ],
        (
            "find the cells in a culture of {initial_cells} growing "
            "{hourly_growth} an hour after {hours} hours",
        ),
    ),
    Tool(
        "isotope_lab.remaining_atoms",
        "Atoms left after decay at a constant yearly rate.",
        [
            Param("initial_atoms", "integer", "Atoms at the start.", amount((6, 9), unit="atoms")),
            fraction("decay_rate", "Yearly decay rate as a decimal fraction (0.03 for 3%).", 0.5, 40),
            Param("years", "integer", "Years elapsed.", YEARS),
        ],
        ("compute the atoms left from {initial_atoms} decaying at {decay_rate} a year after {years} years",),
    ),
    Tool(
        "power_grid.annual_output",
        "Energy a plant produces in a year.",
        [
            Param("capacity_watts", "integer", "Rated capacity in watts.", amount((3, 6, 9), unit="watts")),
            percent("capacity_factor", "Capacity factor in percent (35 for 35%).", 10, 95),
        ],
        (
            "estimate the yearly output of a plant rated at {capacity_watts} with "
            "a capacity factor of {capacity_factor}",
        ),
    ),
    Tool(
        "solar_site.panel_yield",
        "Electricity from a panel array.",
        [
            Param(
                "panel_area_m2",
                "integer",
                "Panel area in square metres.",
                amount((3,), lo=1, hi=900, unit="m²", phrases=0),
            ),
            fraction("efficiency", "Panel efficiency as a decimal fraction (0.2 for 20%).", 8, 30),
        ],
        ("compute the yield of {panel_area_m2} of panels at an efficiency of {efficiency}",),
    ),
    Tool(
        "forest_survey.surviving_trees",
        "Trees surviving after planting.",
        [
            Param("trees_planted", "integer", "Trees planted.", amount((3, 6), unit="trees")),
            percent("survival_rate", "Survival rate in percent (e.g. 85 for 85%).", 30, 98),
        ],
        ("estimate how many of {trees_planted} survive at a survival rate of {survival_rate}",),
    ),
]

SCALE = FINANCE + ECONOMICS + DEMOGRAPHICS + SCIENCE
