"""Money tools of the diverse catalogue: personal finance, loans, investing, corporate finance, tax,
real estate, insurance, crypto, economic data, currency exchange, business metrics and payroll."""

from __future__ import annotations

from data_builders.rich_tool import Param, Tool, items, prop
from data_builders.rich_values import (
    MONTHS,
    day,
    join_texts,
    money,
    percent,
    pick,
    qty,
    switched_on,
    words,
    zip_code,
)

COMPANY = words(
    "Apple",
    "Microsoft",
    "Nvidia",
    "Amazon",
    "Alphabet",
    "Tesla",
    "Coca-Cola",
    "Johnson & Johnson",
    "Walmart",
    "Netflix",
    "Nike",
    "Pfizer",
)
TICKERS = [
    "AAPL",
    "MSFT",
    "NVDA",
    "AMZN",
    "GOOGL",
    "TSLA",
    "KO",
    "JNJ",
    "WMT",
    "NFLX",
    "NKE",
    "PFE",
    "JPM",
    "XOM",
]
TICKER = words(*TICKERS)
COUNTRIES = [
    "Germany",
    "Japan",
    "Brazil",
    "Canada",
    "India",
    "France",
    "Australia",
    "Mexico",
    "South Korea",
    "Italy",
    "Spain",
    "Sweden",
]
COUNTRY = words(*COUNTRIES)
STATE = words(
    "California",
    "New York",
    "Texas",
    "Oregon",
    "Illinois",
    "Massachusetts",
    "Georgia",
    "Colorado",
    "New Jersey",
    "Minnesota",
)
CITY = words(
    "Austin",
    "Seattle",
    "Miami",
    "Boston",
    "Phoenix",
    "Nashville",
    "Portland",
    "San Diego",
    "Charlotte",
    "Minneapolis",
    "Raleigh",
    "Salt Lake City",
)
COIN = words(
    "Bitcoin", "Ethereum", "Solana", "Cardano", "Dogecoin", "Polkadot", "Litecoin", "Avalanche", "Chainlink"
)
ALT_SYMBOL = words("ETH", "SOL", "ADA", "XRP", "DOGE", "DOT", "LTC", "AVAX", "LINK")
MAJOR_CCY = words("USD", "EUR", "GBP", "CHF", "CAD", "AUD")
OTHER_CCY = ["JPY", "INR", "MXN", "SEK", "BRL", "SGD", "ZAR", "NZD", "KRW", "NOK"]
YEAR = pick(*range(1995, 2025))
START = day(2019, 3)
END = day(2023, 3)
FILING = pick(
    ("single", "single"),
    ("married filing jointly", "married_joint"),
    ("married filing separately", "married_separate"),
    ("head of household", "head_of_household"),
)
FILING_ENUM = {"enum": ["single", "married_joint", "married_separate", "head_of_household"]}


def trend(lo: int, hi: int, size: tuple[int, int]):
    """Consecutive period figures drifting from a start value, written as a list or in words."""

    def gen(r):
        value, values = r.randint(lo, hi), []
        for _ in range(r.randint(*size)):
            values.append(value)
            value = max(1, round(value * r.uniform(0.85, 1.3)))
        texts = [str(v) for v in values]
        if r.random() < 0.5:
            return "[" + ", ".join(texts) + "]", values
        return join_texts([f"${v:,}" for v in values]), values

    return gen


def plain(lo: int, hi: int, decimals: int = 0):
    """An amount in a currency the question does not name ("85,000")."""
    return qty(lo, hi, ("",), decimals)


def addresses(r):
    street = r.choice(
        [
            "Maple Avenue",
            "Harbor View Road",
            "Elm Street",
            "Juniper Court",
            "Lakeshore Drive",
            "Cedar Lane",
            "Prospect Street",
            "Willow Bend",
            "Sunset Boulevard",
            "Orchard Way",
        ]
    )
    town = r.choice(
        [
            "Columbus, OH",
            "San Diego, CA",
            "Tampa, FL",
            "Boise, ID",
            "Richmond, VA",
            "Madison, WI",
            "Tucson, AZ",
            "Albany, NY",
            "Spokane, WA",
            "Durham, NC",
        ]
    )
    address = f"{r.randint(1, 9899)} {street}, {town}"
    return (f"'{address}'" if r.random() < 0.4 else address), address


def monthly_expenses(r):
    spend = {
        "rent": r.randint(600, 4500),
        "groceries": r.randint(150, 1400),
        "utilities": r.randint(60, 450),
        "transport": r.randint(40, 900),
    }
    text = "rent ${rent:,}, groceries ${groceries:,}, utilities ${utilities} and transport ${transport}"
    return text.format(**spend), spend


def loan_offers(r):
    lenders = r.sample(
        [
            "Harbor Bank",
            "Summit Credit Union",
            "Northgate Lending",
            "Bluestem Bank",
            "Keystone Mortgage",
            "Alder Trust",
        ],
        r.randint(2, 4),
    )
    offers = [
        {
            "lender": name,
            "apr_pct": round(r.uniform(3.5, 9.5), 2),
            "term_years": r.choice([10, 15, 20, 25, 30]),
        }
        for name in lenders
    ]
    return join_texts(
        [f"{o['lender']} at {o['apr_pct']}% for {o['term_years']} years" for o in offers]
    ), offers


def debts(r):
    kinds = r.sample(
        ["credit card", "car loan", "student loan", "personal loan", "store card", "medical bill"],
        r.randint(2, 4),
    )
    items = [
        {"name": k, "balance": r.randint(3, 400) * 100, "apr_pct": round(r.uniform(2.5, 29.9), 1)}
        for k in kinds
    ]
    return join_texts([f"a {d['name']} of ${d['balance']:,} at {d['apr_pct']}% APR" for d in items]), items


def holdings(r):
    tickers = r.sample(["VTI", "BND", "VXUS", "QQQ", "GLD", "SCHD", "VNQ", "TLT", "IWM"], r.randint(2, 4))
    cuts = sorted(r.sample(range(5, 100, 5), len(tickers) - 1))
    weights = [b - a for a, b in zip([0, *cuts], [*cuts, 100])]
    items = [
        {"ticker": t, "weight_pct": w, "return_pct": round(r.uniform(-12, 28), 1)}
        for t, w in zip(tickers, weights)
    ]
    return join_texts(
        [f"{h['weight_pct']}% in {h['ticker']} returning {h['return_pct']}%" for h in items]
    ), items


def cash_flows(r):
    outlay = -r.randint(10, 900) * 1000
    inflows = [r.randint(2, 400) * 500 for _ in range(r.randint(3, 6))]
    flows = [outlay, *inflows]
    if r.random() < 0.5:
        return "[" + ", ".join(str(f) for f in flows) + "]", flows
    text = f"an initial outlay of ${-outlay:,} followed by " + join_texts([f"${f:,}" for f in inflows])
    return text, flows


def balance_sheet(r):
    sheet = {
        "cash": r.randint(5, 900) * 1000,
        "receivables": r.randint(5, 700) * 1000,
        "inventory": r.randint(0, 800) * 1000,
        "current_liabilities": r.randint(10, 1200) * 1000,
    }
    text = (
        "cash of ${cash:,}, receivables of ${receivables:,}, inventory of ${inventory:,} "
        "and current liabilities of ${current_liabilities:,}"
    )
    return text.format(**sheet), sheet


def deductions(r):
    items = {
        "mortgage_interest": r.randint(0, 300) * 100,
        "state_local_taxes": r.randint(10, 100) * 100,
        "charitable_gifts": r.randint(0, 150) * 100,
        "medical_expenses": r.randint(0, 200) * 100,
    }
    text = (
        "mortgage interest of ${mortgage_interest:,}, state and local taxes of ${state_local_taxes:,}, "
        "charitable gifts of ${charitable_gifts:,} and medical expenses of ${medical_expenses:,}"
    )
    return text.format(**items), items


def vehicle(r):
    make, model = r.choice(
        [
            ("Toyota", "RAV4"),
            ("Honda", "Civic"),
            ("Ford", "F-150"),
            ("Tesla", "Model 3"),
            ("Subaru", "Outback"),
            ("BMW", "X3"),
            ("Hyundai", "Elantra"),
            ("Mazda", "CX-5"),
            ("Chevrolet", "Silverado"),
            ("Kia", "Telluride"),
        ]
    )
    car = {"make": make, "model": model, "year": r.randint(2008, 2026)}
    return f"a {car['year']} {make} {model}", car


def coin_bag(r):
    symbols = r.sample(["BTC", "ETH", "SOL", "ADA", "XRP", "DOGE", "DOT", "LTC"], r.randint(2, 4))
    bag = [
        {"symbol": s, "amount": round(r.uniform(0.05, 40 if s in ("BTC", "ETH") else 9000), 2)}
        for s in symbols
    ]
    return join_texts([f"{b['amount']} {b['symbol']}" for b in bag]), bag


def country_list(r):
    chosen = r.sample(COUNTRIES, r.randint(2, 5))
    return join_texts(chosen), chosen


def target_currencies(r):
    chosen = r.sample(OTHER_CCY, r.randint(2, 4))
    return join_texts(chosen), chosen


def timesheets(r):
    names = r.sample(
        ["Ana Silva", "Ben Carter", "Chloe Nguyen", "Dev Patel", "Elif Kaya", "Femi Adeyemi", "Grace Liu"],
        r.randint(2, 4),
    )
    staff = [
        {"name": n, "hours": r.randint(8, 60), "hourly_rate": r.choice([16.5, 18, 21.75, 24.5, 31, 42])}
        for n in names
    ]
    text = "; ".join(f"{e['name']}, {e['hours']} hours at ${e['hourly_rate']}" for e in staff)
    return text, staff


def funnel(r):
    visitors = r.randint(2000, 400000)
    signups = r.randint(visitors // 40, visitors // 4)
    trials = r.randint(signups // 5, signups // 2)
    customers = r.randint(max(1, trials // 10), max(2, trials // 2))
    stages = {"visitors": visitors, "signups": signups, "trials": trials, "customers": customers}
    text = "{visitors:,} visitors, {signups:,} sign-ups, {trials:,} trials and {customers:,} paying customers"
    return text.format(**stages), stages


def month_number(r):
    n = r.randint(1, 12)
    return MONTHS[n - 1], n


PERSONAL = [
    Tool(
        "budget_coach.rule_based_split",
        "Split monthly take-home pay into needs, wants and savings by a budgeting rule.",
        [
            Param("monthly_income", "float", "Monthly take-home pay in dollars.", money(1200, 25000)),
            Param(
                "rule",
                "string",
                "Budgeting rule as needs/wants/savings percentages, e.g. '50/30/20'.",
                pick("50/30/20", "70/20/10", "60/20/20", "80/20"),
                schema={"enum": ["50/30/20", "70/20/10", "60/20/20", "80/20"]},
                vary=False,
            ),
        ],
        (
            "split my monthly take-home pay of {monthly_income} using the {rule} rule",
            "apply the {rule} budgeting rule to an income of {monthly_income} a month",
        ),
    ),
    Tool(
        "spending_review.monthly_breakdown",
        "Share of each spending category in a monthly budget and the amount left over.",
        [
            Param(
                "expenses",
                "dict",
                "Monthly spending by category, in dollars.",
                monthly_expenses,
                schema={
                    "properties": {
                        "rent": prop("float", "Rent or mortgage."),
                        "groceries": prop("float", "Groceries."),
                        "utilities": prop("float", "Utilities."),
                        "transport": prop("float", "Transport."),
                    }
                },
            ),
            Param("net_income", "float", "Monthly net income in dollars.", money(1500, 20000)),
        ],
        (
            "break down a monthly budget with {expenses} against a net income of {net_income}",
            "show how much of my {net_income} monthly income goes to {expenses}",
        ),
    ),
    Tool(
        "goal_saver.required_monthly_deposit",
        "Monthly deposit needed to reach a savings goal by a deadline.",
        [
            Param("goal_amount", "float", "Target amount in dollars.", money(500, 250000)),
            Param("months", "integer", "Months until the deadline.", qty(3, 120, (" months",))),
            Param(
                "current_savings",
                "float",
                "Amount already saved, in dollars.",
                money(100, 40000),
                ", starting from {} already saved",
                {"default": 0},
            ),
            Param(
                "annual_rate_pct",
                "float",
                "Savings account interest rate in percent per year.",
                percent(0.5, 5.5, 2),
                " with the account paying {} a year",
                {"default": 0},
            ),
        ],
        (
            "work out how much I must save each month to reach {goal_amount} in {months}",
            "find the monthly deposit needed for a goal of {goal_amount} over {months}",
        ),
    ),
    Tool(
        "retirement_math.nest_egg_target",
        "Savings needed at retirement to fund yearly spending at a safe withdrawal rate.",
        [
            Param(
                "annual_spending", "float", "Yearly spending in retirement, in dollars.", money(18000, 300000)
            ),
            Param(
                "withdrawal_rate",
                "float",
                "Withdrawal rate as a decimal fraction, e.g. 0.04 for 4%.",
                percent(2.5, 6, 1, as_fraction=True),
            ),
            Param(
                "other_income",
                "float",
                "Yearly pension or social security income in dollars.",
                money(3000, 60000),
                ", counting {} a year of pension income",
                {"default": 0},
            ),
        ],
        (
            "figure out how big a nest egg I need to spend {annual_spending} a year at a {withdrawal_rate} "
            "withdrawal rate",
            "calculate the retirement savings target for {annual_spending} of yearly spending withdrawn "
            "at {withdrawal_rate}",
        ),
    ),
    Tool(
        "retirement_math.balance_at_retirement",
        "Projected retirement account balance from regular contributions.",
        [
            Param("current_age", "integer", "Current age in years.", qty(20, 60, (" years old",))),
            Param("retirement_age", "integer", "Planned retirement age.", qty(60, 72)),
            Param("current_balance", "float", "Current balance in dollars.", money(0, 900000)),
            Param("monthly_contribution", "float", "Monthly contribution in dollars.", money(50, 5000)),
            Param(
                "expected_return_pct",
                "float",
                "Expected yearly return in percent.",
                percent(3, 10, 1),
                " assuming yearly returns of {}",
                {"default": 6},
            ),
        ],
        (
            "project my retirement balance if I'm {current_age}, retire at {retirement_age}, have "
            "{current_balance} saved and add {monthly_contribution} a month",
            "estimate the account value at age {retirement_age} for someone {current_age} with "
            "{current_balance} today contributing {monthly_contribution} monthly",
        ),
    ),
    Tool(
        "rainy_day.emergency_fund_target",
        "Recommended emergency fund size from monthly essential costs.",
        [
            Param("monthly_essentials", "float", "Essential monthly costs in dollars.", money(800, 12000)),
            Param("months_of_cover", "integer", "Months of expenses to cover.", qty(3, 12, (" months",))),
            Param(
                "dependents",
                "integer",
                "Number of dependents.",
                pick(
                    ("1 dependent", 1),
                    ("2 dependents", 2),
                    ("3 dependents", 3),
                    ("4 dependents", 4),
                    ("5 dependents", 5),
                ),
                " for a household with {}",
                {"default": 0},
            ),
        ],
        (
            "size an emergency fund covering {months_of_cover} of {monthly_essentials} in essential costs",
            "figure out how much to keep in an emergency fund for {months_of_cover} when essentials run "
            "{monthly_essentials} a month",
        ),
    ),
]

LOANS = [
    Tool(
        "amortizer.balance_after_payments",
        "Outstanding principal of a fixed-rate mortgage after a number of monthly payments.",
        [
            Param("loan_amount", "float", "Original loan amount in dollars.", money(50000, 1500000)),
            Param("annual_rate_pct", "float", "Annual interest rate in percent.", percent(2, 9, 2)),
            Param("term_years", "integer", "Loan term in years.", pick(10, 15, 20, 25, 30)),
            Param("payments_made", "integer", "Monthly payments already made.", qty(1, 119, (" payments",))),
        ],
        (
            "find the remaining balance on a {term_years}-year mortgage of {loan_amount} at "
            "{annual_rate_pct} after {payments_made}",
            "find out what I still owe after {payments_made} on a {term_years}-year loan of {loan_amount} "
            "at {annual_rate_pct}",
        ),
    ),
    Tool(
        "refi_advisor.breakeven_months",
        "Months until the savings from refinancing repay the closing costs.",
        [
            Param("closing_costs", "float", "Refinancing closing costs in dollars.", money(1500, 25000)),
            Param("current_payment", "float", "Current monthly payment in dollars.", money(2000, 9000)),
            Param("new_payment", "float", "New monthly payment in dollars.", money(600, 1950)),
        ],
        (
            "work out the break-even point of a refinance costing {closing_costs} that cuts my payment "
            "from {current_payment} to {new_payment}",
            "figure out how many months until a refinance pays off if closing costs are {closing_costs}, "
            "the old payment is {current_payment} and the new one {new_payment}",
        ),
    ),
    Tool(
        "loan_shopper.rank_offers",
        "Rank loan offers by total interest paid on a given amount.",
        [
            Param("amount", "float", "Amount to borrow in dollars.", money(5000, 900000)),
            Param(
                "offers",
                "array",
                "Loan offers to compare.",
                loan_offers,
                schema=items(
                    {
                        "lender": prop("string", "Lender name."),
                        "apr_pct": prop("float", "Annual percentage rate in percent."),
                        "term_years": prop("integer", "Term in years."),
                    }
                ),
            ),
        ],
        (
            "rank these offers for borrowing {amount}: {offers}",
            "compare total interest on a loan of {amount} across {offers}",
        ),
    ),
    Tool(
        "car_finance.max_vehicle_price",
        "Most expensive car a monthly payment budget can finance.",
        [
            Param("monthly_budget", "float", "Affordable monthly payment in dollars.", money(150, 2500)),
            Param("apr_pct", "float", "Loan APR in percent.", percent(1.9, 14, 2)),
            Param("term_months", "integer", "Loan term in months.", pick(24, 36, 48, 60, 72, 84)),
            Param(
                "down_payment",
                "float",
                "Cash down payment in dollars.",
                money(500, 20000),
                " with {} down",
                {"default": 0},
            ),
        ],
        (
            "find the priciest car I can finance paying {monthly_budget} a month at {apr_pct} over "
            "{term_months} months",
            "calculate the maximum vehicle price for a loan of {term_months} months at {apr_pct} with "
            "payments of {monthly_budget}",
        ),
    ),
    Tool(
        "debt_planner.avalanche_schedule",
        "Payoff order and timeline for several debts, highest interest first.",
        [
            Param(
                "debts",
                "array",
                "Debts to pay off.",
                debts,
                schema=items(
                    {
                        "name": prop("string", "Kind of debt."),
                        "balance": prop("float", "Balance in dollars."),
                        "apr_pct": prop("float", "APR in percent."),
                    }
                ),
            ),
            Param(
                "monthly_payment",
                "float",
                "Total paid toward the debts each month, in dollars.",
                money(200, 6000),
            ),
        ],
        (
            "plan an avalanche payoff of {debts} paying {monthly_payment} a month",
            "work out how long it takes to clear {debts} with {monthly_payment} a month, highest rate first",
        ),
    ),
    Tool(
        "home_equity.credit_line_limit",
        "Home equity line of credit available given a combined loan-to-value cap.",
        [
            Param("home_value", "float", "Appraised home value in dollars.", money(250000, 3000000)),
            Param("mortgage_balance", "float", "Remaining mortgage balance in dollars.", money(0, 240000)),
            Param(
                "max_cltv",
                "float",
                "Maximum combined loan-to-value as a decimal fraction, e.g. 0.85.",
                percent(70, 95, 0, as_fraction=True),
                " with a combined LTV cap of {}",
                {"default": 0.85},
            ),
        ],
        (
            "estimate the HELOC I could get on a home worth {home_value} with {mortgage_balance} "
            "left on the mortgage",
            "calculate the home equity credit line for a house worth {home_value} and a mortgage balance of "
            "{mortgage_balance}",
        ),
    ),
]

INVESTING = [
    Tool(
        "equity_tape.closing_price",
        "Closing share price of a listed company on a date.",
        [
            Param("company", "string", "Company name.", COMPANY),
            Param("date", "string", "Trading date, YYYY-MM-DD.", day(2018, 8)),
        ],
        (
            "get the closing share price of {company} on {date}",
            "look up where {company} stock closed on {date}",
        ),
    ),
    Tool(
        "equity_tape.price_history",
        "Daily price history of a stock between two dates.",
        [
            Param("ticker", "string", "Stock ticker symbol.", TICKER),
            Param("start_date", "string", "First date, YYYY-MM-DD.", START),
            Param("end_date", "string", "Last date, YYYY-MM-DD.", END),
            Param(
                "interval",
                "string",
                "Bar interval: daily, weekly or monthly.",
                pick("weekly", "monthly"),
                " as {} bars",
                {"enum": ["daily", "weekly", "monthly"], "default": "daily"},
            ),
        ],
        (
            "pull the price history of {ticker} from {start_date} to {end_date}",
            "fetch {ticker} prices between {start_date} and {end_date}",
        ),
    ),
    Tool(
        "dividend_radar.projected_income",
        "Expected yearly dividend income from a stock position at the current payout.",
        [
            Param("ticker", "string", "Stock ticker symbol.", TICKER),
            Param("shares", "integer", "Number of shares held.", qty(5, 25000, (" shares",))),
            Param(
                "reinvest",
                "boolean",
                "Reinvest dividends (DRIP).",
                switched_on,
                " with dividends reinvested{}",
                {"default": False},
            ),
        ],
        (
            "estimate the yearly dividend income from {shares} of {ticker}",
            "figure out how much {shares} of {ticker} will pay me in dividends per year",
        ),
    ),
    Tool(
        "portfolio_lab.weighted_return",
        "Return of a portfolio from its holdings' weights and returns.",
        [
            Param(
                "holdings",
                "array",
                "Holdings with portfolio weight and period return.",
                holdings,
                schema=items(
                    {
                        "ticker": prop("string", "Ticker symbol."),
                        "weight_pct": prop("float", "Weight in the portfolio in percent."),
                        "return_pct": prop("float", "Return over the period in percent."),
                    }
                ),
            ),
            Param(
                "benchmark",
                "string",
                "Ticker of a benchmark to compare against.",
                words("SPY", "ACWI", "AGG"),
                " and compare it with {}",
            ),
        ],
        (
            "compute the return of a portfolio with {holdings}",
            "work out what my portfolio returned with {holdings}",
        ),
    ),
    Tool(
        "bond_math.yield_to_maturity",
        "Yield to maturity of a coupon bond from its price.",
        [
            Param("price", "float", "Current bond price in dollars.", money(700, 1300, 2)),
            Param("coupon_rate_pct", "float", "Annual coupon rate in percent.", percent(0.5, 9, 2)),
            Param("years_to_maturity", "float", "Years until maturity.", qty(1, 30, (" years",))),
            Param(
                "face_value",
                "float",
                "Face value in dollars.",
                pick(("$100", 100), ("$1,000", 1000), ("$5,000", 5000)),
                " on a face value of {}",
                {"default": 1000},
            ),
        ],
        (
            "find the yield to maturity of a bond priced at {price} with a coupon of {coupon_rate_pct} and "
            "{years_to_maturity} left",
            "compute the YTM for a bond paying a coupon of {coupon_rate_pct}, trading at {price}, "
            "that matures in {years_to_maturity}",
        ),
    ),
    Tool(
        "sovereign_debt.benchmark_yield",
        "Government bond yield of a country for a maturity on a date.",
        [
            Param("country", "string", "Country name.", COUNTRY),
            Param(
                "maturity",
                "string",
                "Maturity code: 2Y, 5Y, 10Y or 30Y.",
                pick(("2-year", "2Y"), ("5-year", "5Y"), ("10-year", "10Y"), ("30-year", "30Y")),
                schema={"enum": ["2Y", "5Y", "10Y", "30Y"]},
                vary=False,
            ),
            Param("date", "string", "Date, YYYY-MM-DD.", day(2012, 13)),
        ],
        (
            "get the {maturity} government bond yield for {country} on {date}",
            "look up what the {maturity} {country} bond yielded on {date}",
        ),
    ),
    Tool(
        "options_desk.black_scholes_price",
        "Black-Scholes price of a European option.",
        [
            Param(
                "option_type",
                "string",
                "call or put.",
                pick("call", "put"),
                schema={"enum": ["call", "put"]},
                vary=False,
            ),
            Param("spot", "float", "Underlying price in dollars.", money(5, 900, 2)),
            Param("strike", "float", "Strike price in dollars.", money(5, 900)),
            Param("years_to_expiry", "float", "Time to expiry in years.", qty(0.05, 3, (" years",), 2)),
            Param("volatility_pct", "float", "Annual volatility in percent.", percent(8, 95, 1)),
            Param(
                "risk_free_pct",
                "float",
                "Risk-free rate in percent.",
                percent(0.5, 6, 2),
                " with a risk-free rate of {}",
                {"default": 4.0},
            ),
        ],
        (
            "price a European {option_type} with spot {spot}, strike {strike}, {years_to_expiry} to expiry "
            "and {volatility_pct} volatility",
            "value a {option_type} option struck at {strike} on a stock at {spot} expiring in "
            "{years_to_expiry} with volatility of {volatility_pct}",
        ),
    ),
    Tool(
        "options_desk.chain_snapshot",
        "Option chain of a stock for one expiry date.",
        [
            Param("ticker", "string", "Stock ticker symbol.", TICKER),
            Param("expiry", "string", "Expiry date, YYYY-MM-DD.", day(2026, 2)),
            Param(
                "side",
                "string",
                "Contracts to list: call, put or both.",
                pick(("call", "call"), ("put", "put")),
                " showing {} contracts only",
                {"enum": ["call", "put", "both"], "default": "both"},
            ),
        ],
        (
            "show the option chain for {ticker} expiring {expiry}",
            "list {ticker} options that expire on {expiry}",
        ),
    ),
]

CORPORATE = [
    Tool(
        "capital_projects.irr_of_flows",
        "Internal rate of return of a series of cash flows.",
        [
            Param(
                "cash_flows",
                "array",
                "Cash flows per period in dollars, the initial investment first as a negative number.",
                cash_flows,
                schema={"items": {"type": "float"}},
            ),
        ],
        (
            "calculate the IRR of {cash_flows}",
            "find the internal rate of return for cash flows of {cash_flows}",
        ),
    ),
    Tool(
        "capital_projects.npv_of_flows",
        "Net present value of uneven cash flows at a discount rate.",
        [
            Param(
                "cash_flows",
                "array",
                "Cash flows per period in dollars, the initial investment first as a negative number.",
                cash_flows,
                schema={"items": {"type": "float"}},
            ),
            Param("discount_rate_pct", "float", "Discount rate per period in percent.", percent(3, 20, 1)),
        ],
        (
            "compute the NPV of {cash_flows} discounted at {discount_rate_pct}",
            "discount {cash_flows} at {discount_rate_pct} and give me the net present value",
        ),
    ),
    Tool(
        "statement_ratios.liquidity",
        "Current, quick and cash ratios from balance-sheet figures.",
        [
            Param(
                "balance_sheet",
                "dict",
                "Current assets and liabilities in dollars.",
                balance_sheet,
                schema={
                    "properties": {
                        "cash": prop("float", "Cash and equivalents."),
                        "receivables": prop("float", "Accounts receivable."),
                        "inventory": prop("float", "Inventory."),
                        "current_liabilities": prop("float", "Current liabilities."),
                    }
                },
            ),
        ],
        (
            "compute the liquidity ratios for a company with {balance_sheet}",
            "give me the current, quick and cash ratios given {balance_sheet}",
        ),
    ),
    Tool(
        "unit_economics.break_even_units",
        "Units to sell to cover fixed costs.",
        [
            Param("fixed_costs", "float", "Fixed costs for the period in dollars.", money(2000, 5000000)),
            Param("unit_price", "float", "Selling price per unit in dollars.", money(3, 2500, 2)),
            Param("unit_variable_cost", "float", "Variable cost per unit in dollars.", money(1, 1500, 2)),
        ],
        (
            "find the break-even volume with fixed costs of {fixed_costs}, a price of {unit_price} and a "
            "variable cost of {unit_variable_cost} per unit",
            "figure out how many units we must sell at {unit_price} each, costing {unit_variable_cost} "
            "to make, to cover {fixed_costs} of fixed costs",
        ),
    ),
    Tool(
        "fixed_assets.depreciation_schedule",
        "Yearly depreciation schedule of an asset.",
        [
            Param("cost", "float", "Purchase cost in dollars.", money(20000, 3000000)),
            Param("salvage_value", "float", "Value at the end of its life in dollars.", money(0, 15000)),
            Param("useful_life_years", "integer", "Useful life in years.", qty(3, 40, (" years",))),
            Param(
                "method",
                "string",
                "Depreciation method: straight_line, double_declining or sum_of_years.",
                pick(
                    ("straight-line", "straight_line"),
                    ("double-declining balance", "double_declining"),
                    ("sum-of-the-years'-digits", "sum_of_years"),
                ),
                " using the {} method",
                {"enum": ["straight_line", "double_declining", "sum_of_years"], "default": "straight_line"},
            ),
        ],
        (
            "build a depreciation schedule for an asset costing {cost} with a salvage value of "
            "{salvage_value} over {useful_life_years}",
            "depreciate equipment bought for {cost} over {useful_life_years} down to {salvage_value}",
        ),
    ),
    Tool(
        "capital_structure.wacc",
        "Weighted average cost of capital.",
        [
            Param("equity_value", "float", "Market value of equity in dollars.", money(100000, 900000000)),
            Param("debt_value", "float", "Market value of debt in dollars.", money(50000, 500000000)),
            Param("cost_of_equity_pct", "float", "Cost of equity in percent.", percent(6, 18, 1)),
            Param("cost_of_debt_pct", "float", "Pre-tax cost of debt in percent.", percent(2, 11, 1)),
            Param(
                "tax_rate_pct",
                "float",
                "Corporate tax rate in percent.",
                percent(10, 35, 0),
                " and a tax rate of {}",
                {"default": 21},
            ),
        ],
        (
            "calculate the WACC for {equity_value} of equity costing {cost_of_equity_pct} and "
            "{debt_value} of debt at {cost_of_debt_pct}",
            "work out the weighted cost of capital with equity worth {equity_value} at {cost_of_equity_pct} "
            "and debt of {debt_value} at {cost_of_debt_pct}",
        ),
    ),
]

TAX = [
    Tool(
        "national_tax.income_tax_due",
        "Personal income tax owed in a country for a year's taxable income.",
        [
            Param("country", "string", "Country name.", COUNTRY),
            Param(
                "taxable_income",
                "float",
                "Yearly taxable income in the country's currency.",
                plain(8000, 900000),
            ),
            Param(
                "tax_year",
                "integer",
                "Tax year.",
                pick(*range(2019, 2026)),
                " for tax year {}",
                {"default": 2025},
            ),
        ],
        (
            "estimate the income tax in {country} on a taxable income of {taxable_income}",
            "figure out how much income tax someone in {country} earning {taxable_income} pays",
        ),
    ),
    Tool(
        "state_tax.income_tax_due",
        "US state income tax on a year's taxable income.",
        [
            Param("state", "string", "US state name.", STATE),
            Param("taxable_income", "float", "Yearly taxable income in dollars.", money(10000, 1500000)),
            Param(
                "filing_status",
                "string",
                "Filing status: single, married_joint, married_separate or head_of_household.",
                FILING,
                schema=FILING_ENUM,
                vary=False,
            ),
        ],
        (
            "compute the {state} state income tax on {taxable_income} for a {filing_status} filer",
            "work out {state} income tax for {filing_status} status with taxable income of {taxable_income}",
        ),
    ),
    Tool(
        "vat_engine.gross_price",
        "Price including a country's standard VAT rate.",
        [
            Param("net_amount", "float", "Price before VAT in the country's currency.", plain(1, 90000, 2)),
            Param(
                "country",
                "string",
                "Country name.",
                words(
                    "Germany",
                    "France",
                    "Italy",
                    "Spain",
                    "Sweden",
                    "Ireland",
                    "Poland",
                    "Netherlands",
                    "Portugal",
                    "Denmark",
                ),
            ),
        ],
        (
            "add VAT for {country} to a net price of {net_amount}",
            "find what an item with a net price of {net_amount} costs with VAT in {country}",
        ),
    ),
    Tool(
        "vat_engine.extract_tax",
        "VAT contained in a gross price at a given rate.",
        [
            Param("gross_amount", "float", "Price including VAT.", plain(1, 90000, 2)),
            Param("vat_rate_pct", "float", "VAT rate in percent.", pick(5, 7, 10, 12, 19, 20, 21, 23, 25)),
        ],
        (
            "take the VAT out of a gross price of {gross_amount} at {vat_rate_pct} percent",
            "work out how much of a VAT-inclusive price of {gross_amount} is tax at a rate of "
            "{vat_rate_pct}%",
        ),
    ),
    Tool(
        "gains_tax.capital_gains_owed",
        "Tax owed on the sale of an investment, short- or long-term by holding period.",
        [
            Param("cost_basis", "float", "Purchase cost including fees, in dollars.", money(500, 900000)),
            Param("sale_proceeds", "float", "Amount received from the sale in dollars.", money(600, 1500000)),
            Param("months_held", "integer", "Months the asset was held.", qty(1, 240, (" months",))),
            Param(
                "filing_status",
                "string",
                "Filing status: single, married_joint, married_separate or head_of_household.",
                FILING,
                " filing as {}",
                {**FILING_ENUM, "default": "single"},
            ),
        ],
        (
            "compute the capital gains tax on shares bought for {cost_basis} and sold for {sale_proceeds} "
            "after {months_held}",
            "find the tax I owe selling for {sale_proceeds} an investment with a cost basis of "
            "{cost_basis} held {months_held}",
        ),
    ),
    Tool(
        "deduction_check.itemize_or_standard",
        "Compare itemized deductions with the standard deduction.",
        [
            Param(
                "itemized",
                "dict",
                "Itemizable expenses for the year, in dollars.",
                deductions,
                schema={
                    "properties": {
                        "mortgage_interest": prop("float", "Mortgage interest paid."),
                        "state_local_taxes": prop("float", "State and local taxes paid."),
                        "charitable_gifts": prop("float", "Charitable donations."),
                        "medical_expenses": prop("float", "Medical expenses."),
                    }
                },
            ),
            Param(
                "filing_status",
                "string",
                "Filing status: single, married_joint, married_separate or head_of_household.",
                FILING,
                schema=FILING_ENUM,
                vary=False,
            ),
            Param("tax_year", "integer", "Tax year.", pick(*range(2019, 2026)), " for {}", {"default": 2025}),
        ],
        (
            "check whether a {filing_status} filer should itemize with {itemized}",
            "compare the standard deduction for {filing_status} with itemizing {itemized}",
        ),
    ),
]

REAL_ESTATE = [
    Tool(
        "home_value.estimate_by_address",
        "Automated market value estimate of a home.",
        [
            Param("address", "string", "Street address with city and state.", addresses),
            Param(
                "include_comparables",
                "boolean",
                "List recent comparable sales.",
                switched_on,
                " and list comparable sales nearby{}",
                {"default": False},
            ),
        ],
        (
            "estimate the market value of the home at {address}",
            "find out what the house at {address} is worth",
            "get a valuation for {address}",
        ),
    ),
    Tool(
        "housing_stats.median_sale_price",
        "Median home sale price in a city for a year.",
        [
            Param("city", "string", "City name.", CITY),
            Param("year", "integer", "Year.", pick(*range(2000, 2026))),
            Param(
                "property_type",
                "string",
                "single_family, condo or townhouse.",
                pick(
                    ("condos", "condo"), ("townhouses", "townhouse"), ("single-family homes", "single_family")
                ),
                " for {}",
                {"enum": ["single_family", "condo", "townhouse"], "default": "single_family"},
            ),
        ],
        (
            "get the median home sale price in {city} in {year}",
            "find the median house price in {city} during {year}",
        ),
    ),
    Tool(
        "landlord_math.gross_rental_yield",
        "Gross rental yield of a property in percent.",
        [
            Param("purchase_price", "float", "Purchase price in dollars.", money(60000, 3000000)),
            Param("monthly_rent", "float", "Monthly rent in dollars.", money(500, 15000)),
            Param(
                "vacancy_pct",
                "float",
                "Expected vacancy in percent of the year.",
                percent(2, 15, 0),
                " allowing for {} vacancy",
                {"default": 0},
            ),
        ],
        (
            "calculate the gross rental yield of a property bought for {purchase_price} and renting "
            "for {monthly_rent} a month",
            "work out the yield on a flat bought for {purchase_price} and let at {monthly_rent} per month",
        ),
    ),
    Tool(
        "landlord_math.cap_rate",
        "Capitalization rate from net operating income and property value.",
        [
            Param(
                "net_operating_income",
                "float",
                "Yearly net operating income in dollars.",
                money(5000, 900000),
            ),
            Param("property_value", "float", "Property value in dollars.", money(80000, 20000000)),
        ],
        (
            "compute the cap rate of a property worth {property_value} with NOI of {net_operating_income}",
            "find the capitalization rate for {net_operating_income} of net operating income on a "
            "building worth {property_value}",
        ),
    ),
    Tool(
        "levy_lookup.property_tax_bill",
        "Yearly property tax on a home from the city's current rate.",
        [
            Param("assessed_value", "float", "Assessed value in dollars.", money(50000, 4000000)),
            Param("city", "string", "City name.", CITY),
            Param(
                "homestead_exemption",
                "boolean",
                "Apply the homestead exemption.",
                switched_on,
                " with the homestead exemption applied{}",
                {"default": False},
            ),
        ],
        (
            "estimate the annual property tax on a home assessed at {assessed_value} in {city}",
            "figure out how much property tax is due in {city} on an assessed value of {assessed_value}",
        ),
    ),
]

INSURANCE = [
    Tool(
        "motor_cover.premium_quote",
        "Yearly car insurance premium quote.",
        [
            Param("driver_age", "integer", "Age of the main driver in years.", qty(17, 88)),
            Param(
                "vehicle",
                "dict",
                "The insured car.",
                vehicle,
                schema={
                    "properties": {
                        "make": prop("string", "Manufacturer."),
                        "model": prop("string", "Model."),
                        "year": prop("integer", "Model year."),
                    }
                },
            ),
            Param("zip_code", "string", "US ZIP code where the car is kept.", zip_code),
            Param(
                "coverage",
                "string",
                "liability or comprehensive.",
                pick("liability", "comprehensive"),
                " for {} cover",
                {"enum": ["liability", "comprehensive"], "default": "comprehensive"},
            ),
        ],
        (
            "quote car insurance for a driver aged {driver_age} with {vehicle} in ZIP code {zip_code}",
            "get an auto insurance premium for {vehicle} kept in ZIP code {zip_code}, driver age "
            "{driver_age}",
        ),
    ),
    Tool(
        "life_cover.term_premium",
        "Monthly premium for a term life policy.",
        [
            Param("age", "integer", "Age of the insured.", qty(18, 70)),
            Param("coverage_amount", "float", "Death benefit in dollars.", money(50000, 5000000)),
            Param("term_years", "integer", "Policy term in years.", pick(10, 15, 20, 25, 30)),
            Param(
                "smoker", "boolean", "The insured smokes.", switched_on, " for a smoker{}", {"default": False}
            ),
        ],
        (
            "quote a {term_years}-year term life policy of {coverage_amount} for someone aged {age}",
            "get the monthly premium for {coverage_amount} of term life over {term_years} years at age {age}",
        ),
    ),
    Tool(
        "property_cover.homeowners_premium",
        "Yearly homeowners insurance premium estimate.",
        [
            Param("dwelling_value", "float", "Rebuild cost of the home in dollars.", money(80000, 2500000)),
            Param("city", "string", "City name.", CITY),
            Param(
                "deductible",
                "float",
                "Deductible in dollars.",
                pick(("$500", 500), ("$1,000", 1000), ("$2,500", 2500), ("$5,000", 5000)),
                " with a {} deductible",
                {"default": 1000},
            ),
        ],
        (
            "estimate homeowners insurance in {city} for a dwelling worth {dwelling_value}",
            "find out what it would cost to insure a home in {city} with a rebuild cost of {dwelling_value}",
        ),
    ),
    Tool(
        "health_plan.out_of_pocket_cost",
        "Patient's share of a medical bill under a health plan.",
        [
            Param("bill_amount", "float", "Total allowed medical charges in dollars.", money(100, 250000)),
            Param("deductible_remaining", "float", "Unmet deductible in dollars.", money(0, 8000)),
            Param("coinsurance_pct", "float", "Coinsurance share in percent.", percent(10, 40, 0)),
            Param(
                "out_of_pocket_max",
                "float",
                "Remaining out-of-pocket maximum in dollars.",
                money(1500, 18000),
                " capped at an out-of-pocket maximum of {}",
            ),
        ],
        (
            "compute what I pay on a medical bill of {bill_amount} with {deductible_remaining} of "
            "deductible left and {coinsurance_pct} coinsurance",
            "work out my share of {bill_amount} in charges given a remaining deductible of "
            "{deductible_remaining} and coinsurance of {coinsurance_pct}",
        ),
    ),
    Tool(
        "protection_gap.life_cover_needed",
        "Extra life insurance needed to replace income for a number of years.",
        [
            Param("annual_income", "float", "Income to replace, in dollars per year.", money(20000, 600000)),
            Param("years_to_replace", "integer", "Years of income to replace.", qty(5, 30, (" years",))),
            Param("existing_cover", "float", "Life cover already held in dollars.", money(0, 2000000)),
            Param(
                "outstanding_debts",
                "float",
                "Debts to clear, in dollars.",
                money(5000, 900000),
                " plus {} of debts",
                {"default": 0},
            ),
        ],
        (
            "figure out how much more life insurance I need to replace {annual_income} a year for "
            "{years_to_replace} with {existing_cover} of existing cover",
            "calculate the life cover gap for an income of {annual_income} over {years_to_replace} given "
            "{existing_cover} already in place",
        ),
    ),
]

CRYPTO = [
    Tool(
        "coin_ledger.historical_price",
        "Price of a cryptocurrency on a past date.",
        [
            Param("coin", "string", "Coin name.", COIN),
            Param("date", "string", "Date, YYYY-MM-DD.", day(2018, 8)),
            Param(
                "vs_currency",
                "string",
                "ISO code of the quote currency.",
                words("EUR", "GBP", "JPY", "AUD"),
                " in {}",
                {"default": "USD"},
            ),
        ],
        (
            "find the price of {coin} on {date}",
            "look up {coin}'s price on {date}",
        ),
    ),
    Tool(
        "coin_ledger.swap_quote",
        "Convert an amount of one cryptocurrency into another at the market rate.",
        [
            Param("amount", "float", "Amount of the source coin.", qty(0.01, 50000, ("",), 2)),
            Param("from_symbol", "string", "Symbol of the source coin.", ALT_SYMBOL),
            Param(
                "to_symbol", "string", "Symbol of the target coin.", words("BTC", "USDT", "USDC"), vary=False
            ),
        ],
        (
            "convert {amount} {from_symbol} to {to_symbol}",
            "find out how much {to_symbol} I get for {amount} {from_symbol}",
        ),
    ),
    Tool(
        "coin_ledger.wallet_value",
        "Current value of a set of crypto holdings.",
        [
            Param(
                "holdings",
                "array",
                "Coins held and their amounts.",
                coin_bag,
                schema=items(
                    {"symbol": prop("string", "Coin symbol."), "amount": prop("float", "Coins held.")}
                ),
            ),
            Param(
                "vs_currency",
                "string",
                "ISO code of the currency to value in.",
                words("EUR", "GBP", "CAD", "SGD"),
                " in {}",
                {"default": "USD"},
            ),
        ],
        (
            "value my crypto wallet holding {holdings}",
            "find out what {holdings} are worth right now",
        ),
    ),
    Tool(
        "hashpower.mining_profit",
        "Daily profit of a Bitcoin mining rig after electricity.",
        [
            Param("hashrate_th", "float", "Hash rate in terahashes per second.", qty(10, 600, (" TH/s",))),
            Param("power_watts", "float", "Power draw in watts.", qty(500, 6000, (" W", " watts"))),
            Param(
                "electricity_price",
                "float",
                "Electricity price in dollars per kWh.",
                qty(0.03, 0.4, (" $/kWh",), 3),
            ),
        ],
        (
            "estimate the daily mining profit of a rig doing {hashrate_th} and drawing {power_watts} "
            "with power at {electricity_price}",
            "check whether a miner running at {hashrate_th} and using {power_watts} is profitable at "
            "{electricity_price} electricity",
        ),
    ),
    Tool(
        "staking_pool.projected_rewards",
        "Rewards from staking a coin at an annual yield for a number of days.",
        [
            Param(
                "coin",
                "string",
                "Coin name.",
                words("Ethereum", "Solana", "Cardano", "Polkadot", "Cosmos", "Tezos", "Avalanche"),
            ),
            Param("amount", "float", "Coins staked.", qty(1, 20000, ("",), 1)),
            Param("apy_pct", "float", "Annual percentage yield in percent.", percent(1.5, 14, 1)),
            Param("days", "integer", "Staking period in days.", qty(7, 730, (" days",))),
        ],
        (
            "project staking rewards on {amount} {coin} at {apy_pct} APY for {days}",
            "work out how much {coin} I earn staking {amount} coins for {days} at {apy_pct}",
        ),
    ),
]

ECONOMICS = [
    Tool(
        "macro_db.gdp",
        "Gross domestic product of a country for a year, in US dollars.",
        [
            Param("country", "string", "Country name.", COUNTRY),
            Param("year", "integer", "Year.", YEAR),
            Param(
                "per_capita",
                "boolean",
                "Return GDP per person.",
                switched_on,
                " per capita{}",
                {"default": False},
            ),
        ],
        (
            "get the GDP of {country} in {year}",
            "look up {country}'s gross domestic product for {year}",
        ),
    ),
    Tool(
        "macro_db.inflation",
        "Consumer price inflation of a country for a year, in percent.",
        [
            Param("country", "string", "Country name.", COUNTRY),
            Param("year", "integer", "Year.", YEAR),
            Param(
                "measure",
                "string",
                "headline or core inflation.",
                pick("core", "headline"),
                " using the {} measure",
                {"enum": ["headline", "core"], "default": "headline"},
            ),
        ],
        (
            "find the inflation rate in {country} in {year}",
            "find {country}'s consumer price inflation for {year}",
        ),
    ),
    Tool(
        "macro_db.unemployment",
        "Unemployment rate of a country in percent, for a year or one month of it.",
        [
            Param("country", "string", "Country name.", COUNTRY),
            Param("year", "integer", "Year.", YEAR),
            Param("month", "integer", "Month number, 1-12.", month_number, " for the month of {}"),
        ],
        (
            "get the unemployment rate in {country} in {year}",
            "find out how high unemployment was in {country} in {year}",
        ),
    ),
    Tool(
        "macro_db.compare_countries",
        "One economic indicator for several countries in a year.",
        [
            Param(
                "countries",
                "array",
                "Country names.",
                country_list,
                schema={"items": {"type": "string"}},
            ),
            Param(
                "indicator",
                "string",
                "Indicator: gdp_growth, inflation, unemployment, debt_to_gdp or current_account.",
                pick(
                    ("GDP growth", "gdp_growth"),
                    ("inflation", "inflation"),
                    ("unemployment", "unemployment"),
                    ("government debt to GDP", "debt_to_gdp"),
                    ("current account balance", "current_account"),
                ),
                schema={
                    "enum": ["gdp_growth", "inflation", "unemployment", "debt_to_gdp", "current_account"]
                },
                vary=False,
            ),
            Param("year", "integer", "Year.", YEAR),
        ],
        (
            "compare {indicator} across {countries} in {year}",
            "show {year} {indicator} for {countries}",
        ),
    ),
    Tool(
        "central_banks.policy_rate",
        "Policy interest rate set by a central bank as of a date.",
        [
            Param(
                "central_bank",
                "string",
                "Name of the central bank.",
                words(
                    "Federal Reserve",
                    "European Central Bank",
                    "Bank of England",
                    "Bank of Japan",
                    "Reserve Bank of Australia",
                    "Bank of Canada",
                    "Swiss National Bank",
                    "Reserve Bank of India",
                    "Banco Central do Brasil",
                ),
            ),
            Param("date", "string", "Date, YYYY-MM-DD.", day(2008, 18)),
        ],
        (
            "get the {central_bank} policy rate on {date}",
            "look up the interest rate set by the {central_bank} as of {date}",
        ),
    ),
]

CURRENCY = [
    Tool(
        "fx_history.rate_on_date",
        "Exchange rate between two currencies on a past date.",
        [
            Param("base", "string", "ISO 4217 code of the base currency.", MAJOR_CCY),
            Param("quote", "string", "ISO 4217 code of the quote currency.", words(*OTHER_CCY)),
            Param("date", "string", "Date, YYYY-MM-DD.", day(2010, 16)),
        ],
        (
            "get the exchange rate from {base} to {quote} on {date}",
            "find out what one {base} was worth in {quote} on {date}",
        ),
    ),
    Tool(
        "fx_history.rate_series",
        "Daily exchange rates between two currencies over a date range.",
        [
            Param("base", "string", "ISO 4217 code of the base currency.", MAJOR_CCY),
            Param("quote", "string", "ISO 4217 code of the quote currency.", words(*OTHER_CCY)),
            Param("start_date", "string", "First date, YYYY-MM-DD.", START),
            Param("end_date", "string", "Last date, YYYY-MM-DD.", END),
        ],
        (
            "chart {base} against {quote} from {start_date} to {end_date}",
            "pull daily {base} to {quote} rates between {start_date} and {end_date}",
        ),
    ),
    Tool(
        "fx_desk.convert_to_many",
        "Convert one amount into several currencies at today's rates.",
        [
            Param("amount", "float", "Amount to convert.", plain(5, 500000)),
            Param("base", "string", "ISO 4217 code of the currency of the amount.", MAJOR_CCY),
            Param(
                "targets",
                "array",
                "ISO 4217 codes of the currencies wanted.",
                target_currencies,
                schema={"items": {"type": "string"}},
            ),
        ],
        (
            "convert {amount} {base} into {targets}",
            "show what {amount} {base} is in {targets}",
        ),
    ),
    Tool(
        "fx_desk.forward_rate",
        "Forward exchange rate from the spot rate and the two currencies' interest rates.",
        [
            Param(
                "spot_rate", "float", "Spot rate, quote currency per unit of base.", qty(0.5, 160, ("",), 4)
            ),
            Param("base_rate_pct", "float", "Base currency interest rate in percent.", percent(0.1, 8, 2)),
            Param("quote_rate_pct", "float", "Quote currency interest rate in percent.", percent(0.1, 12, 2)),
            Param("days", "integer", "Days to delivery.", qty(7, 720, (" days",))),
        ],
        (
            "compute the {days} forward rate from a spot of {spot_rate} with base rates at {base_rate_pct} "
            "and quote rates at {quote_rate_pct}",
            "price an FX forward {days} out given spot {spot_rate}, a base interest rate of {base_rate_pct} "
            "and a quote interest rate of {quote_rate_pct}",
        ),
    ),
]

BUSINESS = [
    Tool(
        "growth_metrics.revenue_cagr",
        "Compound annual growth rate of yearly revenues.",
        [
            Param(
                "annual_revenues",
                "array",
                "Revenue for consecutive years, oldest first, in dollars.",
                trend(50000, 90000000, (3, 7)),
                schema={"items": {"type": "float"}},
            ),
        ],
        (
            "compute the revenue CAGR from yearly revenues of {annual_revenues}",
            "work out how fast revenue grew per year going {annual_revenues}",
        ),
    ),
    Tool(
        "demand_forecast.next_month_sales",
        "Forecast next month's sales from a monthly history.",
        [
            Param(
                "monthly_sales",
                "array",
                "Sales of consecutive months, oldest first, in dollars.",
                trend(1000, 800000, (4, 9)),
                schema={"items": {"type": "float"}},
            ),
            Param(
                "method",
                "string",
                "moving_average, linear_trend or exponential_smoothing.",
                pick(
                    ("a moving average", "moving_average"),
                    ("a linear trend", "linear_trend"),
                    ("exponential smoothing", "exponential_smoothing"),
                ),
                " using {}",
                {
                    "enum": ["moving_average", "linear_trend", "exponential_smoothing"],
                    "default": "linear_trend",
                },
            ),
        ],
        (
            "forecast next month's sales from monthly sales of {monthly_sales}",
            "predict the coming month given sales of {monthly_sales}",
        ),
    ),
    Tool(
        "subscription_kpis.churn_rate",
        "Customer churn rate for a period in percent.",
        [
            Param("customers_at_start", "integer", "Customers at the start of the period.", qty(50, 500000)),
            Param("customers_lost", "integer", "Customers who cancelled in the period.", qty(1, 9000)),
            Param(
                "period",
                "string",
                "month, quarter or year.",
                pick("quarter", "year"),
                " over one {}",
                {"enum": ["month", "quarter", "year"], "default": "month"},
            ),
        ],
        (
            "calculate churn when we started with {customers_at_start} customers and lost {customers_lost}",
            "give me our churn rate if {customers_lost} of {customers_at_start} subscribers cancelled",
        ),
    ),
    Tool(
        "subscription_kpis.customer_lifetime_value",
        "Lifetime value of a subscription customer.",
        [
            Param(
                "monthly_revenue_per_user",
                "float",
                "Average monthly revenue per user in dollars.",
                money(2, 900, 2),
            ),
            Param("gross_margin_pct", "float", "Gross margin in percent.", percent(20, 92, 0)),
            Param("monthly_churn_pct", "float", "Monthly churn in percent.", percent(0.5, 12, 1)),
        ],
        (
            "compute customer lifetime value with ARPU of {monthly_revenue_per_user}, a gross margin of "
            "{gross_margin_pct} and {monthly_churn_pct} monthly churn",
            "find the LTV of a customer paying {monthly_revenue_per_user} a month at {gross_margin_pct} "
            "gross margin and {monthly_churn_pct} churn per month",
        ),
    ),
    Tool(
        "pricing_desk.price_for_margin",
        "Selling price that gives a target gross margin on a unit cost.",
        [
            Param("unit_cost", "float", "Cost per unit in dollars.", money(1, 5000, 2)),
            Param(
                "target_margin",
                "float",
                "Target gross margin as a decimal fraction, e.g. 0.4.",
                percent(5, 85, 0, as_fraction=True),
            ),
        ],
        (
            "set a price for a product costing {unit_cost} to earn a margin of {target_margin}",
            "decide what to charge for an item costing {unit_cost} to hit a gross margin of {target_margin}",
        ),
    ),
    Tool(
        "funnel_report.conversion_rates",
        "Stage-by-stage and overall conversion rates of a sales funnel.",
        [
            Param(
                "stages",
                "dict",
                "Counts at each funnel stage.",
                funnel,
                schema={
                    "properties": {
                        "visitors": prop("integer", "Site visitors."),
                        "signups": prop("integer", "Sign-ups."),
                        "trials": prop("integer", "Trials started."),
                        "customers": prop("integer", "Paying customers."),
                    }
                },
            ),
        ],
        (
            "compute the funnel conversion rates for {stages}",
            "analyze a funnel with {stages}",
        ),
    ),
]

PAYROLL = [
    Tool(
        "paycheck.take_home",
        "Net pay of one paycheck after federal and state withholding.",
        [
            Param("gross_pay", "float", "Gross pay per paycheck in dollars.", money(400, 20000, 2)),
            Param(
                "pay_frequency",
                "string",
                "weekly, biweekly, semimonthly or monthly.",
                pick(
                    ("weekly", "weekly"),
                    ("biweekly", "biweekly"),
                    ("semi-monthly", "semimonthly"),
                    ("monthly", "monthly"),
                ),
                schema={"enum": ["weekly", "biweekly", "semimonthly", "monthly"]},
                vary=False,
            ),
            Param("state", "string", "US state name.", STATE),
        ],
        (
            "work out take-home pay on a {pay_frequency} paycheck of {gross_pay} in {state}",
            "figure out how much I keep after taxes in {state} from a {pay_frequency} gross check "
            "of {gross_pay}",
        ),
    ),
    Tool(
        "timeclock.overtime_earnings",
        "Weekly pay with overtime for an hourly worker.",
        [
            Param("hourly_rate", "float", "Regular hourly rate in dollars.", money(8, 120, 2)),
            Param("hours_worked", "float", "Hours worked in the week.", qty(41, 80, (" hours",), 1)),
            Param(
                "overtime_multiplier",
                "float",
                "Overtime pay multiplier.",
                pick(("double time", 2.0), ("time and a half", 1.5), ("1.75x", 1.75)),
                " paid at {} for overtime",
                {"default": 1.5},
            ),
            Param(
                "threshold_hours",
                "float",
                "Weekly hours after which overtime applies.",
                pick(("35 hours", 35), ("37.5 hours", 37.5), ("38 hours", 38)),
                " with overtime starting after {}",
                {"default": 40},
            ),
        ],
        (
            "calculate the week's pay for {hours_worked} at {hourly_rate} an hour",
            "work out what I earn working {hours_worked} in a week at a rate of {hourly_rate}",
        ),
    ),
    Tool(
        "salary_tools.hourly_equivalent",
        "Hourly rate equivalent to a yearly salary.",
        [
            Param("annual_salary", "float", "Yearly salary in dollars.", money(15000, 600000)),
            Param(
                "hours_per_week",
                "float",
                "Hours worked per week.",
                qty(20, 60, (" hours",)),
                " at {} a week",
                {"default": 40},
            ),
            Param(
                "weeks_per_year",
                "integer",
                "Paid weeks per year.",
                qty(40, 52, (" weeks",)),
                " over {} a year",
                {"default": 52},
            ),
        ],
        (
            "convert an annual salary of {annual_salary} to an hourly rate",
            "find out what hourly wage matches a salary of {annual_salary}",
        ),
    ),
    Tool(
        "salary_tools.prorated_pay",
        "Salary owed for part of a year between two dates.",
        [
            Param("annual_salary", "float", "Yearly salary in dollars.", money(15000, 600000)),
            Param("start_date", "string", "First day worked, YYYY-MM-DD.", day(2025, 1)),
            Param("end_date", "string", "Last day worked, YYYY-MM-DD.", day(2026, 1)),
        ],
        (
            "prorate a yearly salary of {annual_salary} for work from {start_date} to {end_date}",
            "work out the salary owed at {annual_salary} a year between {start_date} and {end_date}",
        ),
    ),
    Tool(
        "payroll_batch.run_hourly",
        "Run payroll for hourly employees from their timesheets.",
        [
            Param(
                "employees",
                "array",
                "Employees with hours and hourly rate.",
                timesheets,
                schema=items(
                    {
                        "name": prop("string", "Employee name."),
                        "hours": prop("float", "Hours worked."),
                        "hourly_rate": prop("float", "Hourly rate in dollars."),
                    }
                ),
            ),
            Param("pay_date", "string", "Pay date, YYYY-MM-DD.", day(2025, 2)),
        ],
        (
            "run payroll for {pay_date} with {employees}",
            "process the {pay_date} payroll for {employees}",
        ),
    ),
]

DIVERSE_MONEY: list[Tool] = (
    PERSONAL
    + LOANS
    + INVESTING
    + CORPORATE
    + TAX
    + REAL_ESTATE
    + INSURANCE
    + CRYPTO
    + ECONOMICS
    + CURRENCY
    + BUSINESS
    + PAYROLL
)
