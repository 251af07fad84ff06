"""Synthetic XLAM-format rows from a fixed tool catalogue (a stand-in for XLAM-60k offline).

Every row is valid by construction: its calls use tools listed in the row, with the right
argument types. Rows mix single calls, a choice among several tools, parallel calls of one tool
and calls of several tools, with optional arguments sometimes given and sometimes left at their
defaults. Distractor tools (1-5 tools a row in all) come from other domains.

    python -m data_builders.synthetic --rows 400 --seed 0 --out data/xlam_sample/train.jsonl
    python -m data_builders.synthetic --rows 100 --seed 1 --start-id 100000 \
        --exclude data/xlam_sample/train.jsonl --out data/xlam_sample/heldout.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from dataclasses import dataclass

CITIES = ["Paris", "Tokyo", "Lagos", "Lima", "Oslo", "Austin", "Mumbai", "Cairo", "Sydney", "Quito"]
TICKERS = ["AAPL", "MSFT", "NVDA", "TSLA", "AMZN", "GOOGL", "META", "ORCL"]
CURRENCIES = ["USD", "EUR", "JPY", "GBP", "INR", "BRL", "CHF"]
LANGS = {"French": "fr", "German": "de", "Spanish": "es", "Japanese": "ja", "Swahili": "sw"}
TEAMS = ["Arsenal", "Lakers", "Yankees", "Celtics", "Juventus", "Packers"]
TOPICS = ["solar power", "jazz history", "sourdough", "quantum computing", "marathon training"]
NAMES = ["Ana", "Bo", "Chen", "Dara", "Eli", "Fatima", "Goran", "Hana"]
PRODUCTS = ["laptop", "headphones", "desk lamp", "running shoes", "coffee grinder"]


@dataclass
class Tool:
    name: str
    description: str
    parameters: dict  # XLAM style: {name: {description, type, default?}}
    make: Callable[[random.Random], tuple[str, dict]]  # -> (query phrase, arguments)

    def spec(self) -> dict:
        return {"name": self.name, "description": self.description, "parameters": self.parameters}


def p(description: str, type_: str, default=None, has_default: bool = False) -> dict:
    spec = {"description": description, "type": type_}
    if has_default:
        spec["default"] = default
    return spec


def _weather(r):
    city = r.choice(CITIES)
    if r.random() < 0.4:
        unit = r.choice(["celsius", "fahrenheit"])
        return f"the current weather in {city} in {unit}", {"location": city, "unit": unit}
    return f"the current weather in {city}", {"location": city}


def _forecast(r):
    city, days = r.choice(CITIES), r.randint(2, 10)
    return f"a {days}-day forecast for {city}", {"location": city, "days": days}


def _stock(r):
    t = r.choice(TICKERS)
    return f"the latest stock price of {t}", {"symbol": t}


def _convert(r):
    a, b = r.sample(CURRENCIES, 2)
    amount = round(r.uniform(5, 5000), 2)
    return f"how much {amount} {a} is in {b}", {"amount": amount, "from_currency": a, "to_currency": b}


def _loan(r):
    principal, rate, years = r.randint(5, 500) * 1000, round(r.uniform(2, 9), 2), r.randint(5, 30)
    return (
        f"the monthly payment on a {principal} loan at {rate}% over {years} years",
        {"principal": principal, "annual_rate": rate, "years": years},
    )


def _translate(r):
    lang = r.choice(list(LANGS))
    text = r.choice(["good morning", "where is the station?", "thank you very much", "see you soon"])
    return f"'{text}' translated to {lang}", {"text": text, "target_language": LANGS[lang]}


def _scores(r):
    team = r.choice(TEAMS)
    if r.random() < 0.5:
        n = r.randint(1, 5)
        return f"the last {n} results of the {team}", {"team": team, "last_n": n}
    return f"the latest result of the {team}", {"team": team}


def _search(r):
    topic = r.choice(TOPICS)
    if r.random() < 0.3:
        n = r.choice([3, 5, 10])
        return f"{n} articles about {topic}", {"query": topic, "limit": n}
    return f"articles about {topic}", {"query": topic}


def _email(r):
    name = r.choice(NAMES)
    subject = r.choice(["lunch tomorrow", "the quarterly report", "travel plans"])
    return (
        f"an email sent to {name.lower()}@example.com about {subject}",
        {"to": f"{name.lower()}@example.com", "subject": subject.capitalize(), "urgent": r.random() < 0.3},
    )


def _event(r):
    name = r.choice(NAMES)
    day, hour = r.randint(1, 28), r.randint(8, 18)
    return (
        f"a meeting with {name} booked on 2026-12-{day:02d} at {hour}:00",
        {"title": f"Meeting with {name}", "date": f"2026-12-{day:02d}", "hour": hour, "attendees": [name]},
    )


def _products(r):
    item = r.choice(PRODUCTS)
    if r.random() < 0.5:
        price = r.choice([50, 100, 250, 500])
        return f"{item}s under {price} dollars", {"query": item, "max_price": price}
    return f"{item}s for sale", {"query": item}


def _mean(r):
    numbers = [r.randint(1, 99) for _ in range(r.randint(3, 6))]
    return f"the average of {numbers}", {"numbers": numbers}


def _prime(r):
    n = r.randint(2, 10_000)
    return f"whether {n} is a prime number", {"n": n}


def _bmi(r):
    w, h = round(r.uniform(45, 120), 1), round(r.uniform(1.5, 2.05), 2)
    return f"the BMI of someone weighing {w} kg at {h} m", {"weight_kg": w, "height_m": h}


CATALOGUE = [
    Tool(
        "get_current_weather",
        "Get the current weather for a city.",
        {
            "location": p("City name, e.g. 'Paris'.", "str"),
            "unit": p("Temperature unit, 'celsius' or 'fahrenheit'.", "str, optional", "celsius", True),
        },
        _weather,
    ),
    Tool(
        "get_forecast",
        "Daily weather forecast for a city.",
        {"location": p("City name.", "str"), "days": p("Number of days, 1-14.", "int", 3, True)},
        _forecast,
    ),
    Tool(
        "get_stock_price",
        "Latest trading price of a stock.",
        {"symbol": p("Ticker symbol, e.g. 'AAPL'.", "str")},
        _stock,
    ),
    Tool(
        "convert_currency",
        "Convert an amount between currencies.",
        {
            "amount": p("Amount to convert.", "float"),
            "from_currency": p("ISO code of the source currency.", "str"),
            "to_currency": p("ISO code of the target currency.", "str"),
        },
        _convert,
    ),
    Tool(
        "loan_payment",
        "Monthly payment of a fixed-rate loan.",
        {
            "principal": p("Loan amount.", "float"),
            "annual_rate": p("Annual interest rate in percent.", "float"),
            "years": p("Loan term in years.", "int"),
        },
        _loan,
    ),
    Tool(
        "translate_text",
        "Translate text into another language.",
        {
            "text": p("Text to translate.", "str"),
            "target_language": p("ISO 639-1 code of the target language.", "str"),
            "source_language": p(
                "ISO 639-1 code of the source; detected if omitted.", "Optional[str]", None, True
            ),
        },
        _translate,
    ),
    Tool(
        "team_results",
        "Recent match results of a sports team.",
        {"team": p("Team name.", "str"), "last_n": p("How many recent matches.", "int, optional", 1, True)},
        _scores,
    ),
    Tool(
        "search_articles",
        "Search news articles.",
        {"query": p("Search terms.", "str"), "limit": p("Maximum number of results.", "int", 5, True)},
        _search,
    ),
    Tool(
        "send_email",
        "Send an email.",
        {
            "to": p("Recipient address.", "str"),
            "subject": p("Subject line.", "str"),
            "urgent": p("Mark as urgent.", "bool", False, True),
        },
        _email,
    ),
    Tool(
        "create_event",
        "Create a calendar event.",
        {
            "title": p("Event title.", "str"),
            "date": p("Date, YYYY-MM-DD.", "str"),
            "hour": p("Start hour, 0-23.", "int"),
            "attendees": p("Names of attendees.", "List[str]", [], True),
        },
        _event,
    ),
    Tool(
        "search_products",
        "Search an online shop.",
        {
            "query": p("What to look for.", "str"),
            "max_price": p("Upper price limit in dollars.", "Optional[float]", None, True),
        },
        _products,
    ),
    Tool(
        "calculate_mean",
        "Arithmetic mean of a list of numbers.",
        {"numbers": p("The numbers.", "List[float]")},
        _mean,
    ),
    Tool("is_prime", "Check whether an integer is prime.", {"n": p("The integer to test.", "int")}, _prime),
    Tool(
        "calculate_bmi",
        "Body-mass index from weight and height.",
        {"weight_kg": p("Weight in kilograms.", "float"), "height_m": p("Height in metres.", "float")},
        _bmi,
    ),
]

OPENERS = ["Can you get me", "I need", "Please find", "Tell me", "Look up", "What is"]
JOINERS = [" and also ", ", and ", ". Also, "]


def make_row(r: random.Random, row_id: int) -> dict:
    kind = r.choices(["simple", "multiple", "parallel", "parallel_multiple"], [3, 3, 2, 2])[0]
    n_needed = 2 if kind == "parallel_multiple" else 1
    needed = r.sample(CATALOGUE, n_needed)
    calls, phrases = [], []
    for tool in needed:
        repeats = r.randint(2, 3) if kind == "parallel" else 1
        seen = set()
        for _ in range(repeats * 4):
            phrase, args = tool.make(r)
            if phrase not in seen:
                seen.add(phrase)
                phrases.append(phrase)
                calls.append({"name": tool.name, "arguments": args})
            if len(seen) == repeats:
                break
    n_tools = {"simple": 1, "parallel": r.randint(1, 3)}.get(kind, r.randint(n_needed + 1, 5))
    others = [t for t in CATALOGUE if t not in needed]
    tools = needed + r.sample(others, max(0, n_tools - len(needed)))
    r.shuffle(tools)
    query = f"{r.choice(OPENERS)} " + r.choice(JOINERS).join(phrases) + "."
    return {
        "id": row_id,
        "query": query,
        "tools": json.dumps([t.spec() for t in tools]),
        "answers": json.dumps(calls),
    }


def generate(rows: int, seed: int = 0, start_id: int = 0, exclude_queries=frozenset()) -> list[dict]:
    """`rows` rows; queries in `exclude_queries` (e.g. a training split's) are never emitted."""
    r, out = random.Random(seed), []
    while len(out) < rows:
        row = make_row(r, start_id + len(out))
        if row["query"] not in exclude_queries:
            out.append(row)
    return out


def read_queries(path: str) -> set[str]:
    with open(path, encoding="utf-8") as f:
        return {json.loads(line)["query"] for line in f if line.strip()}


def write_jsonl(rows: list[dict], path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--rows", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--start-id", type=int, default=0)
    ap.add_argument("--exclude", metavar="JSONL", help="never emit a query of this file (held-out vs train)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    exclude = read_queries(args.exclude) if args.exclude else frozenset()
    write_jsonl(generate(args.rows, args.seed, args.start_id, exclude), args.out)
    print(f"wrote {args.rows} rows to {args.out}")


if __name__ == "__main__":
    main()
