"""Tools of the copy catalogue whose string arguments are names and codes the question writes
verbatim: banks, companies, tickers, cities, countries, airport codes, product codes, record ids,
e-mail addresses, file paths, titles, people, venues."""

from __future__ import annotations

from data_builders import copy_values as v
from data_builders.rich_tool import Param, Tool
from data_builders.rich_values import day, money, pick, qty

BANK = v.verbatim(v.bank)
COMPANY = v.verbatim(v.company)
CITY = v.verbatim(v.city)
COUNTRY = v.verbatim(v.country)
PERSON = v.verbatim(v.person)
EMAIL = v.verbatim(v.email)
TITLE = v.quoted_verbatim(v.title)
PATH = v.verbatim(v.file_path)
YEAR = qty(1990, 2025)


def emails(r):
    chosen = sorted({v.email(r) for _ in range(r.randint(2, 3))})
    return " and ".join(chosen), chosen


def paths(r):
    chosen = sorted({v.file_path(r) for _ in range(r.randint(2, 3))})
    return ", ".join(chosen[:-1]) + " and " + chosen[-1], chosen


def tickers(r):
    chosen = sorted({v.ticker(r) for _ in range(r.randint(2, 4))})
    return ", ".join(chosen), chosen


def full_address(r):
    address = {"street": v.street_address(r), "city": v.city(r), "country": v.country(r)}
    return "{street}, {city}, {country}".format(**address), address


NAMES = [
    Tool(
        "branch_locator.find_bank_branch",
        "Find the branches of a bank in a city, with their opening hours.",
        [
            Param("bank_name", "string", "Name of the bank, e.g. 'HSBC'.", BANK),
            Param("city", "string", "City to search in.", CITY),
            Param(
                "open_saturday",
                "boolean",
                "Only branches open on Saturdays. Default is false.",
                pick(("open on Saturdays", True)),
                ", only branches {}",
                {"default": False},
            ),
        ],
        ("find {bank_name} branches in {city}", "locate a branch of {bank_name} in {city}"),
    ),
    Tool(
        "remittance.quote_transfer_fee",
        "Quote the fee a bank charges for an international transfer.",
        [
            Param("bank_name", "string", "The sending bank.", BANK),
            Param("amount", "float", "Amount sent, in US dollars.", money(50, 90000)),
            Param("destination_country", "string", "Country the money goes to.", COUNTRY),
        ],
        ("find out what {bank_name} charges to send {amount} to {destination_country}",),
    ),
    Tool(
        "market_data.get_share_quote",
        "Latest share price of a listed company by its ticker symbol.",
        [
            Param("ticker", "string", "Ticker symbol exactly as listed, e.g. 'BRK-B'.", v.verbatim(v.ticker)),
            Param(
                "exchange",
                "string",
                "Exchange of the listing. Default is 'NASDAQ'.",
                pick("NYSE", "NASDAQ", "LSE", "TSX", "XETRA"),
                " on the {}",
                {"enum": ["NYSE", "NASDAQ", "LSE", "TSX", "XETRA"], "default": "NASDAQ"},
            ),
        ],
        ("get the latest share price of {ticker}", "look up the stock quote for {ticker}"),
    ),
    Tool(
        "market_data.compare_tickers",
        "Compare the year-to-date performance of several ticker symbols.",
        [
            Param(
                "tickers", "array", "Ticker symbols as listed.", tickers, schema={"items": {"type": "string"}}
            )
        ],
        ("compare the year-to-date performance of {tickers}",),
    ),
    Tool(
        "corporate_filings.dividend_history",
        "Dividends a company paid over the last years.",
        [
            Param("company_name", "string", "Full registered name of the company.", COMPANY),
            Param("years", "integer", "How many past years.", qty(2, 20, (" years",))),
        ],
        ("list the dividends {company_name} paid over the last {years}",),
    ),
    Tool(
        "business_registry.lookup_company",
        "Look up a company in a national business register.",
        [
            Param("company_name", "string", "Name of the company as registered.", COMPANY),
            Param("country", "string", "Country of the register.", COUNTRY),
            Param(
                "include_officers",
                "boolean",
                "Also list directors and officers. Default is false.",
                pick(("directors and officers", True)),
                ", including its {}",
                {"default": False},
            ),
        ],
        ("look up {company_name} in the business register of {country}",),
    ),
    Tool(
        "air_travel.search_flights",
        "Search flights between two cities on a date.",
        [
            Param("origin_city", "string", "City of departure, e.g. 'New York'.", CITY),
            Param("destination_city", "string", "City of arrival.", CITY),
            Param("departure_date", "string", "Date of departure, YYYY-MM-DD.", day(2025, 2)),
            Param(
                "cabin",
                "string",
                "Cabin class. Default is 'economy'.",
                pick("economy", "premium economy", "business", "first"),
                " in {} class",
                {"enum": ["economy", "premium economy", "business", "first"], "default": "economy"},
            ),
        ],
        ("search flights from {origin_city} to {destination_city} on {departure_date}",),
    ),
    Tool(
        "airport_info.departure_board",
        "Departures of an airport given by its three-letter IATA code.",
        [
            Param("airport_code", "string", "IATA code, e.g. 'LHR'.", v.verbatim(v.airport_code)),
            Param(
                "hours_ahead",
                "integer",
                "Hours to look ahead. Default is 2.",
                qty(1, 12),
                ", for the next {} hours",
            ),
        ],
        ("show the departure board of airport {airport_code}", "list departures from {airport_code}"),
    ),
    Tool(
        "climate_service.city_forecast",
        "Weather forecast for a city.",
        [
            Param("city", "string", "Name of the city.", CITY),
            Param("country", "string", "Country of the city.", COUNTRY),
            Param("days", "integer", "Days of forecast.", qty(2, 14, (" days",))),
            Param(
                "temperature_unit",
                "string",
                "Unit of temperatures. Default is 'celsius'.",
                pick("celsius", "fahrenheit"),
                " in degrees {}",
                {"enum": ["celsius", "fahrenheit"], "default": "celsius"},
            ),
        ],
        ("get the {days} forecast for {city}, {country}",),
    ),
    Tool(
        "warehouse.stock_level",
        "Units of a product in stock at a warehouse.",
        [
            Param("product_code", "string", "Product code exactly as printed.", v.verbatim(v.product_code)),
            Param("warehouse_city", "string", "City of the warehouse.", CITY),
        ],
        ("check the stock of product {product_code} at the {warehouse_city} warehouse",),
    ),
    Tool(
        "parcel_tracking.track_order",
        "Tracking status of an order.",
        [
            Param("order_id", "string", "Order id, e.g. 'ORD-2024-88123'.", v.verbatim(v.record_id("ORD"))),
            Param(
                "carrier",
                "string",
                "Carrier handling the parcel.",
                pick("DHL", "UPS", "FedEx", "USPS", "Royal Mail"),
                ", shipped with {}",
                {"enum": ["DHL", "UPS", "FedEx", "USPS", "Royal Mail"]},
            ),
        ],
        ("track order {order_id}", "find out where order {order_id} is"),
    ),
    Tool(
        "helpdesk.open_ticket",
        "Open a support ticket for a customer.",
        [
            Param("customer_email", "string", "E-mail address of the customer.", EMAIL),
            Param("subject", "string", "Subject line of the ticket.", TITLE),
            Param(
                "priority",
                "string",
                "Priority. Default is 'normal'.",
                pick("low", "normal", "high", "urgent"),
                " with {} priority",
                {"enum": ["low", "normal", "high", "urgent"], "default": "normal"},
            ),
        ],
        ("open a support ticket for {customer_email} with the subject {subject}",),
    ),
    Tool(
        "mailer.send_email",
        "Send an e-mail.",
        [
            Param("recipient", "string", "E-mail address of the recipient.", EMAIL),
            Param("subject", "string", "Subject line.", TITLE),
            Param(
                "cc",
                "array",
                "Addresses to copy in.",
                emails,
                " and copy in {}",
                {"items": {"type": "string"}},
            ),
        ],
        ("send an e-mail to {recipient} titled {subject}", "e-mail {recipient} with the subject {subject}"),
    ),
    Tool(
        "file_tools.read_lines",
        "Read a range of lines of a text file.",
        [
            Param("file_path", "string", "Path of the file.", PATH),
            Param("start_line", "integer", "First line, 1-based.", qty(1, 400)),
            Param(
                "end_line", "integer", "Last line. Default: end of file.", qty(401, 5000), " up to line {}"
            ),
        ],
        (
            "read {file_path} from line {start_line}",
            "show the lines of {file_path} starting at line {start_line}",
        ),
    ),
    Tool(
        "file_tools.zip_files",
        "Pack files into a zip archive.",
        [
            Param("paths", "array", "Paths of the files.", paths, schema={"items": {"type": "string"}}),
            Param(
                "archive_name", "string", "Name of the archive.", v.verbatim(lambda r: v.title(r) + ".zip")
            ),
        ],
        ("zip {paths} into {archive_name}",),
    ),
    Tool(
        "book_catalog.find_book",
        "Find a book by title and author.",
        [
            Param("title", "string", "Title of the book.", TITLE),
            Param("author", "string", "Author's full name.", PERSON),
        ],
        ("find the book {title} by {author}",),
    ),
    Tool(
        "movie_times.showtimes",
        "Showtimes of a film in a city on a date.",
        [
            Param("movie_title", "string", "Title of the film.", TITLE),
            Param("city", "string", "City.", CITY),
            Param("date", "string", "Date, YYYY-MM-DD.", day(2025, 2)),
        ],
        ("list showtimes of {movie_title} in {city} on {date}",),
    ),
    Tool(
        "songbook.find_lyrics",
        "Lyrics of a song by an artist.",
        [
            Param("song_title", "string", "Title of the song.", TITLE),
            Param(
                "artist",
                "string",
                "Artist or band.",
                v.verbatim(lambda r: r.choice([v.person(r), v.team(r)])),
            ),
        ],
        ("fetch the lyrics of {song_title} by {artist}",),
    ),
    Tool(
        "address_book.add_contact",
        "Add a person to the address book.",
        [
            Param("full_name", "string", "Full name, as written.", PERSON),
            Param(
                "phone", "string", "Phone number in international format.", v.verbatim(v.phone), vary=False
            ),
            Param("email", "string", "E-mail address.", EMAIL, ", e-mail {}"),
        ],
        ("add {full_name} to my contacts with the number {phone}",),
    ),
    Tool(
        "staff_directory.employee_record",
        "Fetch an employee's record by employee id.",
        [
            Param(
                "employee_id", "string", "Employee id, e.g. 'EMP-2021-00417'.", v.verbatim(v.record_id("EMP"))
            ),
            Param(
                "include_salary",
                "boolean",
                "Include salary details. Default is false.",
                pick(("salary details", True)),
                ", with {}",
                {"default": False},
            ),
        ],
        ("pull up the record of employee {employee_id}",),
    ),
    Tool(
        "lodging.check_availability",
        "Room availability of a hotel.",
        [
            Param("hotel_name", "string", "Name of the hotel.", v.verbatim(v.venue("Hotel"))),
            Param("city", "string", "City of the hotel.", CITY),
            Param("check_in", "string", "Check-in date, YYYY-MM-DD.", day(2025, 2)),
            Param("nights", "integer", "Number of nights.", qty(1, 21, (" nights",))),
        ],
        ("check if {hotel_name} in {city} has rooms for {nights} from {check_in}",),
    ),
    Tool(
        "dining.reserve_table",
        "Reserve a table at a restaurant.",
        [
            Param("restaurant_name", "string", "Name of the restaurant.", v.verbatim(v.venue("Bistro"))),
            Param("time", "string", "Time, HH:MM (24-hour).", v.verbatim(v.clock_time)),
            Param("party_size", "integer", "Number of guests.", qty(1, 12, (" people", " guests"))),
        ],
        ("book a table at {restaurant_name} at {time} for {party_size}",),
    ),
    Tool(
        "gadget_specs.product_details",
        "Technical specifications of a consumer electronics product.",
        [
            Param("product_name", "string", "Model name exactly as marketed.", v.verbatim(v.gadget)),
            Param("region", "string", "Market region.", pick("US", "EU", "UK", "JP"), " for the {} market"),
        ],
        ("get the specs of the {product_name}",),
    ),
    Tool(
        "property_search.listing_details",
        "Details of a property listing by address.",
        [
            Param(
                "address",
                "dict",
                "Address of the property.",
                full_address,
                schema={
                    "properties": {
                        "street": {"type": "string", "description": "Street and number."},
                        "city": {"type": "string", "description": "City."},
                        "country": {"type": "string", "description": "Country."},
                    }
                },
            ),
        ],
        ("show the listing at {address}",),
    ),
    Tool(
        "code_hosting.open_issues",
        "Open issues of a code repository.",
        [
            Param("repository", "string", "Repository as owner/name.", v.verbatim(v.repository)),
            Param(
                "label",
                "string",
                "Only issues with this label.",
                pick("bug", "good first issue", "docs"),
                " labelled '{}'",
            ),
        ],
        ("list the open issues of {repository}",),
    ),
    Tool(
        "site_monitor.page_status",
        "HTTP status and load time of a web page.",
        [Param("url", "string", "Full URL of the page.", v.verbatim(v.url))],
        ("check whether {url} is up",),
    ),
    Tool(
        "vehicle_registry.lookup_plate",
        "Registered vehicle of a licence plate.",
        [
            Param("plate", "string", "Licence plate as written.", v.verbatim(v.plate)),
            Param("country", "string", "Country of registration.", COUNTRY),
        ],
        ("look up the licence plate {plate} registered in {country}",),
    ),
    Tool(
        "league_stats.team_roster",
        "Players of a team in a season.",
        [
            Param("team_name", "string", "Full team name.", v.verbatim(v.team)),
            Param("season", "integer", "Season start year.", YEAR),
        ],
        ("list the roster of the {team_name} in the {season} season",),
    ),
    Tool(
        "campus.course_info",
        "Schedule and credits of a university course.",
        [
            Param("course_code", "string", "Course code, e.g. 'CS-2041'.", v.verbatim(v.course_code)),
            Param("university", "string", "Name of the university.", v.verbatim(v.university)),
        ],
        ("get the details of course {course_code} at the {university}",),
    ),
]
