"""Leisure tools of the diverse catalogue: sports, music, film/TV/books, games, cooking, health and
fitness, pets, shopping, events and tickets, and hobbies (gardening, photography, knitting, astronomy)."""

from __future__ import annotations

from data_builders.rich_tool import Param, Tool
from data_builders.rich_values import (
    day,
    listing,
    money,
    percent,
    pick,
    qty,
    quoted,
    switched_on,
    words,
    year,
)

CITY = words(
    "Chicago",
    "Berlin",
    "Melbourne",
    "Toronto",
    "Austin",
    "Barcelona",
    "Manchester",
    "Osaka",
    "Denver",
    "Lyon",
    "Seattle",
    "Dublin",
    "Cape Town",
    "Nashville",
)
ARTIST = words(
    "Taylor Swift",
    "Radiohead",
    "Kendrick Lamar",
    "Fleetwood Mac",
    "Billie Eilish",
    "Arctic Monkeys",
    "Beyonce",
    "Coldplay",
    "Daft Punk",
    "Adele",
    "Bad Bunny",
    "Foo Fighters",
    "Olivia Rodrigo",
    "The Weeknd",
)
PLAYER = words(
    "Lionel Messi",
    "Giannis Antetokounmpo",
    "Shohei Ohtani",
    "Patrick Mahomes",
    "Erling Haaland",
    "Nikola Jokic",
    "Aaron Judge",
    "Connor McDavid",
    "Kylian Mbappe",
    "Stephen Curry",
    "Caitlin Clark",
    "Auston Matthews",
)
LEAGUE = words(
    "Premier League",
    "La Liga",
    "Serie A",
    "Bundesliga",
    "Ligue 1",
    "NBA",
    "NFL",
    "MLB",
    "NHL",
    "MLS",
    "WNBA",
    "Eredivisie",
)
CLUB = words(
    "Arsenal",
    "Chelsea",
    "Liverpool",
    "Manchester United",
    "Tottenham Hotspur",
    "Newcastle United",
    "Aston Villa",
    "Everton",
    "West Ham United",
    "Brighton",
    "Leeds United",
    "Nottingham Forest",
)
FANTASY_PLAYERS = [
    "Josh Allen",
    "Christian McCaffrey",
    "Justin Jefferson",
    "Tyreek Hill",
    "CeeDee Lamb",
    "Bijan Robinson",
    "Jalen Hurts",
    "Amon-Ra St. Brown",
    "Breece Hall",
    "Lamar Jackson",
    "Puka Nacua",
    "Saquon Barkley",
]
SCORING = pick(("PPR", "ppr"), ("half-PPR", "half_ppr"), ("standard", "standard"))
SCORING_DOC = "Scoring format: 'ppr', 'half_ppr' or 'standard'."
SONGS = [
    "Bohemian Rhapsody",
    "Dreams",
    "Blinding Lights",
    "Hey Ya!",
    "Rolling in the Deep",
    "Mr. Brightside",
    "Superstition",
    "Levitating",
    "Take On Me",
    "Africa",
    "Dancing Queen",
    "Smells Like Teen Spirit",
    "Bad Guy",
    "Purple Rain",
]
MOVIES = [
    "Inception",
    "Parasite",
    "The Godfather",
    "Spirited Away",
    "Get Out",
    "Mad Max: Fury Road",
    "Arrival",
    "Oppenheimer",
    "Lady Bird",
    "Pulp Fiction",
    "The Grand Budapest Hotel",
    "Everything Everywhere All at Once",
    "Dune: Part Two",
    "Whiplash",
    "Amelie",
    "Moonlight",
    "Barbie",
    "Past Lives",
    "Casablanca",
    "Alien",
    "Jaws",
    "Heat",
    "Her",
    "Up",
    "Gladiator",
    "Fargo",
    "The Matrix",
    "Rear Window",
    "Toy Story",
    "Black Panther",
    "Roma",
    "Drive",
    "Zodiac",
    "Memento",
    "Knives Out",
    "Tar",
    "No Country for Old Men",
    "Coco",
]
GAME_TITLES = quoted(
    "Elden Ring",
    "Hades",
    "Stardew Valley",
    "Baldur's Gate 3",
    "Minecraft",
    "Fortnite",
    "Cyberpunk 2077",
    "Hollow Knight",
    "Celeste",
    "Red Dead Redemption 2",
    "Diablo IV",
    "Hogwarts Legacy",
    "Terraria",
    "Sea of Thieves",
    "Rocket League",
    "Dead Cells",
)
LOTTERY = words(
    "Powerball",
    "Mega Millions",
    "EuroMillions",
    "UK Lotto",
    "Lotto 6/49",
    "EuroJackpot",
    "Oz Lotto",
    "SuperEnalotto",
)
PRODUCT = words(
    "Nintendo Switch OLED",
    "Dyson V15 vacuum",
    "iPad Air",
    "LEGO Titanic set",
    "KitchenAid stand mixer",
    "Sony WH-1000XM5 headphones",
    "Instant Pot Duo",
    "Kindle Paperwhite",
    "Garmin Forerunner 265",
    "Vitamix blender",
    "Stanley Quencher tumbler",
    "Nespresso Vertuo",
)
RETAILER = words(
    "Target",
    "Best Buy",
    "IKEA",
    "Walmart",
    "Sephora",
    "Home Depot",
    "Zara",
    "REI",
    "Costco",
    "Uniqlo",
    "Nordstrom",
    "Argos",
)
APERTURE = pick(
    ("f/1.4", 1.4),
    ("f/1.8", 1.8),
    ("f/2.8", 2.8),
    ("f/4", 4.0),
    ("f/5.6", 5.6),
    ("f/8", 8.0),
    ("f/11", 11.0),
    ("f/16", 16.0),
)
APERTURE_DOC = "Aperture f-number, e.g. 2.8 for f/2.8."
WEIGHT = qty(40, 140, ("kg", " kilograms"), 1)
HEIGHT = qty(145, 205, ("cm", " centimetres"))


def statline(r):
    line = {
        "passing_yards": r.choice([0, 0, r.randint(120, 420)]),
        "rushing_yards": r.randint(0, 160),
        "receiving_yards": r.randint(0, 180),
        "touchdowns": r.randint(0, 4),
        "interceptions": r.randint(0, 3),
    }
    td, ints = line["touchdowns"], line["interceptions"]
    text = (
        f"{line['passing_yards']} passing yards, {line['rushing_yards']} rushing yards, "
        f"{line['receiving_yards']} receiving yards, {td} touchdown{'s' * (td != 1)} and "
        f"{ints} interception{'s' * (ints != 1)}"
    )
    return text, line


PROGRESSIONS = [
    ["C", "G", "Am", "F"],
    ["Am", "F", "C", "G"],
    ["D", "A", "Bm", "G"],
    ["Em", "C", "G", "D"],
    ["F", "Dm", "Bb", "C"],
    ["G", "Em", "C", "D"],
    ["Dm7", "G7", "Cmaj7"],
    ["A", "E", "F#m", "D"],
    ["Cm", "Ab", "Eb", "Bb"],
    ["E", "B", "C#m", "A"],
    ["Bb", "Gm", "Eb", "F"],
    ["Am7", "D7", "Gmaj7", "Cmaj7"],
]


def progression(r):
    line = r.choice(PROGRESSIONS)
    start = r.randrange(len(line))
    chords = line[start:] + line[:start]
    return r.choice([", ", " - "]).join(chords), chords


def semitone_shift(r):
    n = r.randint(1, 7)
    if r.random() < 0.5:
        return f"up {n} semitone{'s' * (n > 1)}", n
    return f"down {n} semitone{'s' * (n > 1)}", -n


OPENING_LINES = [
    ["e4", "c5", "Nf3", "d6", "d4", "cxd4", "Nxd4", "Nf6", "Nc3", "a6"],
    ["e4", "e5", "Nf3", "Nc6", "Bb5", "a6", "Ba4", "Nf6"],
    ["d4", "d5", "c4", "e6", "Nc3", "Nf6", "Bg5", "Be7"],
    ["d4", "Nf6", "c4", "g6", "Nc3", "Bg7", "e4", "d6"],
    ["e4", "c6", "d4", "d5", "Nc3", "dxe4", "Nxe4", "Bf5"],
    ["e4", "e6", "d4", "d5", "Nc3", "Bb4", "e5", "c5"],
    ["e4", "e5", "Nf3", "Nc6", "Bc4", "Bc5", "c3", "Nf6"],
    ["d4", "d5", "Bf4", "Nf6", "e3", "e6", "Nf3", "c5"],
    ["c4", "e5", "Nc3", "Nf6", "g3", "d5", "cxd5", "Nxd5"],
    ["e4", "d5", "exd5", "Qxd5", "Nc3", "Qa5", "d4", "Nf6"],
    ["d4", "d5", "c4", "c6", "Nf3", "Nf6", "Nc3", "dxc4"],
    ["e4", "d6", "d4", "Nf6", "Nc3", "g6", "f4", "Bg7"],
    ["e4", "e5", "f4", "exf4", "Nf3", "g5", "h4", "g4"],
    ["d4", "f5", "g3", "Nf6", "Bg2", "g6", "Nf3", "Bg7"],
    ["e4", "Nf6", "e5", "Nd5", "d4", "d6", "Nf3", "Bg4"],
    ["d4", "Nf6", "c4", "e6", "Nc3", "Bb4", "Qc2", "O-O"],
    ["Nf3", "d5", "g3", "Nf6", "Bg2", "c6", "O-O", "Bg4"],
]


def opening_moves(r):
    line = r.choice(OPENING_LINES)
    moves = line[: r.randint(4, len(line))]
    if r.random() < 0.5:
        return " ".join(moves), moves
    return ", ".join(moves), moves


def ticket_picks(r):
    picks = sorted(r.sample(range(1, 60), r.choice([5, 6])))
    texts = [str(p) for p in picks]
    if r.random() < 0.5:
        return "[" + ", ".join(texts) + "]", picks
    return ", ".join(texts[:-1]) + " and " + texts[-1], picks


INGREDIENTS = [
    "chicken thighs",
    "chickpeas",
    "spinach",
    "feta",
    "sweet potatoes",
    "coconut milk",
    "eggs",
    "mushrooms",
    "brown rice",
    "zucchini",
    "ground beef",
    "tofu",
    "lemons",
    "black beans",
]


def macros(r):
    m = {"protein_g": r.randint(5, 80), "carbs_g": r.randint(5, 150), "fat_g": r.randint(2, 70)}
    text = r.choice(
        [
            "{protein_g} g protein, {carbs_g} g carbs and {fat_g} g fat",
            "{protein_g}g of protein, {carbs_g}g of carbohydrates and {fat_g}g of fat",
        ]
    )
    return text.format(**m), m


def wake_time(r):
    t = f"{r.randint(4, 10):02d}:{r.randint(0, 59):02d}"
    return t, t


def offers(r):
    chosen = []
    for grams in sorted(r.sample([200, 250, 340, 400, 500, 750, 900, 1000, 1500, 2000], r.randint(2, 3))):
        chosen.append({"grams": grams, "price": round(grams / 1000 * r.uniform(4, 14), 2)})
    texts = [f"{o['grams']} g for ${o['price']:.2f}" for o in chosen]
    text = ", ".join(texts[:-1]) + " and " + texts[-1]
    return text, chosen


def discounts(r):
    values = r.sample([5, 10, 15, 20, 25, 30, 40], r.randint(2, 3))
    texts = [f"{v}%" for v in values]
    return ", ".join(texts[:-1]) + " and " + texts[-1], values


def party(r):
    t = {"adult": r.randint(1, 4), "child": r.randint(0, 3), "senior": r.randint(0, 2)}
    parts = [f"{t['adult']} adult{'s' * (t['adult'] > 1)}"]
    parts.append(f"{t['child']} child{'ren' * (t['child'] > 1)}" if t["child"] else "no children")
    parts.append(f"{t['senior']} senior{'s' * (t['senior'] > 1)}" if t["senior"] else "no seniors")
    return ", ".join(parts[:-1]) + " and " + parts[-1], t


def hardiness_zone(r):
    zone = f"{r.randint(3, 10)}{r.choice('ab')}"
    return f"zone {zone}", zone


def section_label(r):
    letter = r.choice("ABCDEFGH")
    label = r.choice([str(r.randint(100, 340)), f"{letter}{r.randint(1, 24)}", f"Floor {letter}"])
    return label, label


def gauge(r):
    g = {"stitches_per_10cm": r.randint(12, 34), "rows_per_10cm": r.randint(16, 44)}
    return "{stitches_per_10cm} stitches and {rows_per_10cm} rows per 10 cm".format(**g), g


SCALE_TYPES = [
    "major",
    "natural minor",
    "harmonic minor",
    "melodic minor",
    "dorian",
    "mixolydian",
    "lydian",
    "phrygian",
    "locrian",
    "major pentatonic",
    "minor pentatonic",
    "blues",
]
STRINGS = {"items": {"type": "string"}}
INTEGERS = {"items": {"type": "integer"}}

SPORTS = [
    Tool(
        "statsbook.player_season_totals",
        "Season statistics of a player in any major league.",
        [
            Param("player_name", "string", "Player's full name.", PLAYER),
            Param("season", "integer", "Season, given by the year it started in.", year(2008, 2024)),
            Param(
                "playoffs",
                "boolean",
                "Return playoff statistics instead of the regular season.",
                switched_on,
                " for the playoffs only{}",
                {"default": False},
            ),
        ],
        (
            "get {player_name}'s statistics for the {season} season",
            "pull up the season stats of {player_name} in {season}",
            "break down how {player_name} performed in the {season} season",
        ),
    ),
    Tool(
        "league_tables.final_standings",
        "Final standings of a league in one season.",
        [
            Param("league", "string", "League name, e.g. 'Serie A'.", LEAGUE),
            Param("year", "integer", "Year the season started.", year(1995, 2024)),
            Param(
                "top_n",
                "integer",
                "Only return this many teams from the top.",
                qty(3, 10),
                " showing only the top {} teams",
                {"default": 0},
            ),
        ],
        (
            "show the final {league} standings for {year}",
            "get the {league} table at the end of the {year} season",
        ),
    ),
    Tool(
        "rivalry_stats.head_to_head",
        "Past match results between two clubs.",
        [
            Param("team", "string", "The club whose record is wanted.", CLUB, vary=False),
            Param("opponent", "string", "The opposing club.", CLUB),
            Param(
                "last_n",
                "integer",
                "Number of most recent meetings to include.",
                qty(3, 25),
                " over their last {} meetings",
                {"default": 10},
            ),
        ],
        (
            "show {team}'s head-to-head record against {opponent}",
            "pull {team}'s recent match results against {opponent}",
            "look up the past results of {team} versus {opponent}",
        ),
    ),
    Tool(
        "record_book.best_mark",
        "Current record mark and holder of an athletics or swimming event.",
        [
            Param(
                "scope",
                "string",
                "Which record: 'world', 'olympic', 'european' or 'commonwealth'.",
                pick(
                    ("world", "world"),
                    ("Olympic", "olympic"),
                    ("European", "european"),
                    ("Commonwealth Games", "commonwealth"),
                ),
                schema={"enum": ["world", "olympic", "european", "commonwealth"]},
                vary=False,
            ),
            Param(
                "event",
                "string",
                'Event name, e.g. "women\'s 400m hurdles".',
                words(
                    "men's 100 metres",
                    "women's marathon",
                    "men's pole vault",
                    "women's 400m hurdles",
                    "men's 1500 metres",
                    "women's long jump",
                    "men's 50m freestyle",
                    "women's 200m butterfly",
                    "men's shot put",
                    "women's high jump",
                    "men's decathlon",
                    "women's 10,000 metres",
                    "men's triple jump",
                    "women's 100m breaststroke",
                    "men's 400 metres",
                    "women's javelin throw",
                    "men's 3000m steeplechase",
                    "women's 800m freestyle",
                    "men's hammer throw",
                    "women's heptathlon",
                ),
            ),
            Param(
                "with_history",
                "boolean",
                "Also return how the record progressed over time.",
                switched_on,
                " and show how the record has progressed{}",
                {"default": False},
            ),
        ],
        (
            "find the {event} {scope} record",
            "look up who holds the {event} {scope} record",
            "get the current {scope} record mark for the {event} event",
        ),
    ),
    Tool(
        "fantasy_desk.rank_lineup",
        "Rank fantasy football players by projected points.",
        [
            Param(
                "players",
                "array",
                "Full names of the players to rank.",
                listing(FANTASY_PLAYERS, (2, 4)),
                schema=STRINGS,
            ),
            Param(
                "scoring", "string", SCORING_DOC, SCORING, schema={"enum": ["ppr", "half_ppr", "standard"]}
            ),
            Param("week", "integer", "NFL week number.", qty(1, 18), " for week {}", {"default": 0}),
        ],
        (
            "rank {players} for my {scoring} fantasy lineup",
            "pick who to start among {players} in a {scoring} league",
        ),
    ),
    Tool(
        "fantasy_desk.score_statline",
        "Fantasy points scored by one player's game stat line.",
        [
            Param(
                "statline",
                "dict",
                "The player's game statistics.",
                statline,
                schema={
                    "properties": {
                        "passing_yards": {"type": "integer", "description": "Passing yards."},
                        "rushing_yards": {"type": "integer", "description": "Rushing yards."},
                        "receiving_yards": {"type": "integer", "description": "Receiving yards."},
                        "touchdowns": {"type": "integer", "description": "Touchdowns scored."},
                        "interceptions": {"type": "integer", "description": "Interceptions thrown."},
                    }
                },
            ),
            Param(
                "scoring",
                "string",
                SCORING_DOC,
                SCORING,
                " using {} scoring",
                {"enum": ["ppr", "half_ppr", "standard"], "default": "standard"},
            ),
        ],
        (
            "compute the fantasy points for a game of {statline}",
            "score this fantasy stat line: {statline}",
        ),
    ),
    Tool(
        "diamond_math.pythagorean_wins",
        "Expected baseball winning percentage from runs scored and allowed.",
        [
            Param("runs_scored", "integer", "Runs scored over the season.", qty(450, 950, (" runs",))),
            Param("runs_allowed", "integer", "Runs allowed over the season.", qty(450, 950, (" runs",))),
            Param(
                "exponent",
                "float",
                "Exponent of the formula.",
                qty(1.75, 2.1, ("",), 2),
                " with an exponent of {}",
                {"default": 2.0},
            ),
        ],
        (
            "estimate the expected win percentage of a team that scored {runs_scored} and allowed "
            "{runs_allowed}",
            "work out the Pythagorean winning percentage for {runs_scored} scored and {runs_allowed} allowed",
        ),
    ),
]

MUSIC = [
    Tool(
        "discography.releases_between",
        "Albums an artist released within a range of years.",
        [
            Param("artist", "string", "Artist or band name.", ARTIST),
            Param("start_year", "integer", "First year of the range.", year(1965, 2005), vary=False),
            Param("end_year", "integer", "Last year of the range.", year(2006, 2025), vary=False),
        ],
        (
            "list the albums {artist} released between {start_year} and {end_year}",
            "show {artist}'s discography from {start_year} to {end_year}",
        ),
    ),
    Tool(
        "theory_tools.scale_notes",
        "Notes of a musical scale.",
        [
            Param(
                "root",
                "string",
                "Root note, e.g. 'F#' or 'Bb'.",
                words("C", "D", "E", "F", "G", "A", "B", "F#", "Bb", "Eb", "Ab", "C#"),
            ),
            Param(
                "mode",
                "string",
                "Scale type.",
                pick(*SCALE_TYPES),
                schema={"enum": SCALE_TYPES},
            ),
            Param(
                "octaves",
                "integer",
                "Number of octaves to list.",
                qty(2, 4, (" octaves",)),
                " over {}",
                {"default": 1},
            ),
        ],
        (
            "list the notes of the {root} {mode} scale",
            "spell out the {root} {mode} scale",
            "write out the notes in the {root} {mode} scale",
        ),
    ),
    Tool(
        "chord_charts.fingering",
        "Fingering diagram of a chord on an instrument.",
        [
            Param(
                "chord_symbol",
                "string",
                "Chord symbol, e.g. 'Cmaj7'.",
                words(
                    "Cmaj7",
                    "Dm7",
                    "G7",
                    "F#m7b5",
                    "Bbadd9",
                    "Esus4",
                    "Abdim7",
                    "A7#9",
                    "Dm9",
                    "C6",
                    "E7b9",
                    "Gsus2",
                    "Bm11",
                    "Ebmaj9",
                    "F#7",
                    "Am6",
                    "Cadd9",
                    "Fmaj7",
                    "Bb7",
                    "D/F#",
                    "G/B",
                    "Em7",
                    "Asus2",
                    "C#m7",
                ),
            ),
            Param(
                "instrument",
                "string",
                "Instrument.",
                pick("guitar", "ukulele", "piano", "mandolin", "banjo"),
                schema={"enum": ["guitar", "ukulele", "piano", "mandolin", "banjo"]},
            ),
            Param(
                "voicings",
                "integer",
                "Number of alternative voicings to show.",
                qty(2, 5, (" voicings", " alternative voicings")),
                " with {}",
                {"default": 1},
            ),
        ],
        (
            "show how to play {chord_symbol} on the {instrument}",
            "get the {instrument} fingering for a {chord_symbol} chord",
            "draw a {instrument} chord chart for {chord_symbol}",
        ),
    ),
    Tool(
        "tour_radar.artist_dates",
        "Upcoming concerts of an artist in or near a city.",
        [
            Param("artist", "string", "Artist or band name.", ARTIST),
            Param("city", "string", "City name.", CITY),
            Param(
                "radius_km",
                "integer",
                "Search radius around the city in kilometres.",
                qty(10, 150, (" km", " kilometres")),
                " within {} of the city",
                {"default": 25},
            ),
        ],
        (
            "find upcoming {artist} concerts in {city}",
            "check whether {artist} is playing in {city} soon",
            "look up tour dates for {artist} in {city}",
        ),
    ),
    Tool(
        "playlist_studio.new_playlist",
        "Create a playlist from song titles.",
        [
            Param(
                "playlist_name",
                "string",
                "Name of the new playlist.",
                quoted(
                    "Road Trip Mix",
                    "Sunday Morning",
                    "Gym Rotation",
                    "Late Night Drive",
                    "Study Focus",
                    "Summer BBQ",
                    "Rainy Day",
                    "Wedding Dance",
                    "Throwbacks",
                    "Kitchen Disco",
                ),
                vary=False,
            ),
            Param(
                "song_titles",
                "array",
                "Titles of the songs, in order.",
                listing(SONGS, (2, 4), quote=True),
                schema=STRINGS,
            ),
            Param(
                "public",
                "boolean",
                "Make the playlist visible to everyone.",
                switched_on,
                " and make it public{}",
                {"default": False},
            ),
        ],
        (
            "create a playlist called {playlist_name} with {song_titles}",
            "make a new playlist named {playlist_name} containing {song_titles}",
        ),
    ),
    Tool(
        "tempo_tools.delay_ms",
        "Length of a note value in milliseconds at a tempo, for setting delay effects.",
        [
            Param("bpm", "integer", "Tempo in beats per minute.", qty(60, 200, (" BPM", " bpm"))),
            Param(
                "note_value",
                "string",
                "Note value: '1/2', '1/4', '1/8', '1/8d' (dotted eighth), '1/8t' (eighth triplet) or '1/16'.",
                pick(
                    ("half-note", "1/2"),
                    ("quarter-note", "1/4"),
                    ("eighth-note", "1/8"),
                    ("dotted eighth-note", "1/8d"),
                    ("eighth-note triplet", "1/8t"),
                    ("sixteenth-note", "1/16"),
                ),
                schema={"enum": ["1/2", "1/4", "1/8", "1/8d", "1/8t", "1/16"]},
                vary=False,
            ),
        ],
        (
            "calculate the {note_value} delay time at {bpm}",
            "work out how many milliseconds one {note_value} lasts at {bpm}",
        ),
    ),
    Tool(
        "theory_tools.transpose_progression",
        "Transpose a chord progression by a number of semitones.",
        [
            Param("chords", "array", "Chord symbols in order.", progression, schema=STRINGS),
            Param(
                "semitones",
                "integer",
                "Semitones to shift; negative shifts down.",
                semitone_shift,
                vary=False,
            ),
        ],
        (
            "transpose the chords {chords} {semitones}",
            "shift the progression {chords} {semitones}",
            "rewrite the chord sequence {chords} {semitones}",
        ),
    ),
]

SCREEN_AND_PAGE = [
    Tool(
        "film_index.director_filmography",
        "Films a director has made since a given year.",
        [
            Param(
                "director",
                "string",
                "Director's full name.",
                words(
                    "Christopher Nolan",
                    "Greta Gerwig",
                    "Denis Villeneuve",
                    "Bong Joon-ho",
                    "Sofia Coppola",
                    "Martin Scorsese",
                    "Kathryn Bigelow",
                    "Hayao Miyazaki",
                    "Jordan Peele",
                    "Pedro Almodovar",
                    "Ava DuVernay",
                    "Wes Anderson",
                ),
            ),
            Param("since_year", "integer", "Earliest release year.", year(1975, 2018)),
        ],
        (
            "list the films directed by {director} since {since_year}",
            "show every movie {director} has made since {since_year}",
        ),
    ),
    Tool(
        "film_index.cast_list",
        "Cast of a film, optionally with its crew.",
        [
            Param("title", "string", "Film title.", quoted(*MOVIES)),
            Param(
                "include_crew",
                "boolean",
                "Also list the main crew.",
                switched_on,
                " and include the crew{}",
                {"default": False},
            ),
            Param(
                "max_names",
                "integer",
                "Most cast members to return.",
                qty(5, 30),
                ", top {} names only",
                {"default": 10},
            ),
        ],
        (
            "get the cast of {title}",
            "find out who starred in {title}",
            "list the actors in the film {title}",
            "show the cast list for {title}",
        ),
    ),
    Tool(
        "tv_guide.season_episodes",
        "Episode list of one season of a TV series.",
        [
            Param(
                "series",
                "string",
                "Series title.",
                quoted(
                    "Breaking Bad",
                    "The Office",
                    "Succession",
                    "Stranger Things",
                    "The Crown",
                    "Ted Lasso",
                    "The Bear",
                    "Severance",
                    "Fargo",
                    "Parks and Recreation",
                    "Better Call Saul",
                    "Only Murders in the Building",
                    "Mad Men",
                    "The Sopranos",
                    "Shogun",
                    "Abbott Elementary",
                ),
            ),
            Param("season", "integer", "Season number.", qty(1, 6)),
            Param(
                "summaries",
                "boolean",
                "Include a plot summary of each episode.",
                switched_on,
                " with short plot summaries{}",
                {"default": False},
            ),
        ],
        (
            "list the episodes of season {season} of {series}",
            "show the episode list for {series}, season {season}",
            "pull up the season {season} episode guide for {series}",
            "get the episode titles from season {season} of {series}",
        ),
    ),
    Tool(
        "critic_scores.compare_titles",
        "Compare review scores of several films.",
        [
            Param("titles", "array", "Film titles.", listing(MOVIES, (2, 4), quote=True), schema=STRINGS),
            Param(
                "source",
                "string",
                "Score source: 'rotten_tomatoes', 'imdb' or 'metacritic'.",
                pick(("Rotten Tomatoes", "rotten_tomatoes"), ("IMDb", "imdb"), ("Metacritic", "metacritic")),
                " on {}",
                {"enum": ["rotten_tomatoes", "imdb", "metacritic"], "default": "imdb"},
            ),
        ],
        (
            "compare the ratings of {titles}",
            "find out which of {titles} is rated highest",
        ),
    ),
    Tool(
        "bookshelf.author_titles",
        "Books by an author published after a given year.",
        [
            Param(
                "author",
                "string",
                "Author's full name.",
                words(
                    "Haruki Murakami",
                    "Toni Morrison",
                    "Stephen King",
                    "Chimamanda Ngozi Adichie",
                    "Kazuo Ishiguro",
                    "Agatha Christie",
                    "Ursula K. Le Guin",
                    "Gabriel Garcia Marquez",
                    "Octavia E. Butler",
                    "Terry Pratchett",
                    "Margaret Atwood",
                    "Cormac McCarthy",
                ),
            ),
            Param("published_after", "integer", "Only books published after this year.", year(1950, 2015)),
        ],
        (
            "find books by {author} published after {published_after}",
            "list what {author} has published after {published_after}",
        ),
    ),
    Tool(
        "reading_planner.pages_per_day",
        "Pages to read each day to finish a book by a deadline.",
        [
            Param("total_pages", "integer", "Length of the book in pages.", qty(120, 1500, (" pages",))),
            Param("days", "integer", "Days left to finish.", qty(3, 90, (" days",))),
            Param(
                "pages_read",
                "integer",
                "Pages already read.",
                qty(10, 110, (" pages",)),
                ", given I've already read {}",
                {"default": 0},
            ),
        ],
        (
            "work out how many pages a day I need to read to finish {total_pages} in {days}",
            "plan my reading so I get through a book of {total_pages} in {days}",
        ),
    ),
    Tool(
        "binge_planner.days_to_finish",
        "Days needed to watch a whole series at a daily viewing time.",
        [
            Param("episodes", "integer", "Number of episodes.", qty(6, 250, (" episodes",))),
            Param(
                "episode_minutes", "integer", "Length of one episode in minutes.", qty(20, 70, (" minutes",))
            ),
            Param("hours_per_day", "float", "Viewing hours per day.", qty(0.5, 6, (" hours",), 1)),
        ],
        (
            "figure out how many days it takes to watch {episodes} of {episode_minutes} each at "
            "{hours_per_day} a day",
            "estimate when I'll finish a show with {episodes} of {episode_minutes} if I watch "
            "{hours_per_day} daily",
        ),
    ),
]

GAMES = [
    Tool(
        "chess_lab.identify_opening",
        "Name and ECO code of the chess opening reached by a move sequence.",
        [
            Param(
                "moves",
                "array",
                "Moves in SAN from the start, e.g. ['e4', 'c5'].",
                opening_moves,
                schema=STRINGS,
            )
        ],
        (
            "name the chess opening that starts {moves}",
            "identify the opening after the moves {moves}",
            "work out which opening the line {moves} is",
        ),
    ),
    Tool(
        "chess_lab.engine_best_move",
        "Engine's best move for a chess position.",
        [
            Param(
                "fen",
                "string",
                "Position in FEN notation.",
                quoted(
                    "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 0 1",
                    "rnbqkbnr/pp1ppppp/8/2p5/4P3/8/PPPP1PPP/RNBQKBNR w KQkq c6 0 2",
                    "r1bqkbnr/pppp1ppp/2n5/4p3/2B1P3/5N2/PPPP1PPP/RNBQK2R b KQkq - 3 3",
                    "r1bqkbnr/pppp1ppp/2n5/1B2p3/4P3/5N2/PPPP1PPP/RNBQK2R b KQkq - 3 3",
                    "rnbqkb1r/ppp2ppp/4pn2/3p4/2PP4/2N5/PP2PPPP/R1BQKBNR w KQkq - 2 4",
                    "8/8/4k3/8/8/4K3/4P3/8 w - - 0 1",
                    "8/5pk1/6p1/8/8/6P1/5PK1/3R4 w - - 0 40",
                    "6k1/5ppp/8/8/8/8/5PPP/3R2K1 w - - 0 1",
                ),
            ),
            Param("think_seconds", "integer", "Thinking time in seconds.", qty(1, 60, (" seconds",))),
        ],
        (
            "find the best move in the position {fen} after thinking for {think_seconds}",
            "analyse {fen} for {think_seconds} and give me the engine's best move",
        ),
    ),
    Tool(
        "tabletop_rules.rule_section",
        "Rulebook section of a board game on one topic.",
        [
            Param(
                "game",
                "string",
                "Board game name.",
                words(
                    "Catan",
                    "Ticket to Ride",
                    "Carcassonne",
                    "Pandemic",
                    "Monopoly",
                    "Scrabble",
                    "Wingspan",
                    "Azul",
                    "Risk",
                    "Codenames",
                    "Dominion",
                    "7 Wonders",
                    "Splendor",
                    "Terraforming Mars",
                    "Cascadia",
                    "Clue",
                ),
            ),
            Param(
                "topic",
                "string",
                "Rules topic, e.g. 'scoring'.",
                words(
                    "setup",
                    "scoring",
                    "turn order",
                    "end-game conditions",
                    "tie-breakers",
                    "two-player games",
                    "trading",
                    "solo play",
                ),
            ),
        ],
        (
            "look up the {topic} rules for {game}",
            "check the official {game} rules about {topic}",
            "explain what the {game} rulebook says about {topic}",
            "find the {game} rules on {topic}",
        ),
    ),
    Tool(
        "console_stats.game_profile",
        "Sales, player counts and review scores of a video game on one platform.",
        [
            Param("title", "string", "Game title.", GAME_TITLES),
            Param(
                "platform",
                "string",
                "Platform name, e.g. 'Nintendo Switch'.",
                words(
                    "PlayStation 5",
                    "Nintendo Switch",
                    "Xbox Series X",
                    "PC",
                    "Steam Deck",
                    "PlayStation 4",
                    "Xbox One",
                ),
            ),
        ],
        (
            "get the stats of {title} on {platform}",
            "pull the {platform} numbers for {title}",
            "show player counts and review scores for {title} on {platform}",
            "look up how {title} has sold on {platform}",
        ),
    ),
    Tool(
        "lottery_archive.draw_numbers",
        "Winning numbers of a lottery draw.",
        [
            Param("lottery", "string", "Lottery name, e.g. 'Powerball'.", LOTTERY),
            Param("draw_date", "string", "Draw date, YYYY-MM-DD.", day(2019, 6)),
        ],
        (
            "get the winning {lottery} numbers from {draw_date}",
            "show the {lottery} results for the draw on {draw_date}",
        ),
    ),
    Tool(
        "lottery_archive.check_ticket",
        "Check a lottery ticket's numbers against a draw.",
        [
            Param("lottery", "string", "Lottery name, e.g. 'Powerball'.", LOTTERY),
            Param("picks", "array", "Main numbers on the ticket.", ticket_picks, schema=INTEGERS),
            Param("draw_date", "string", "Draw date, YYYY-MM-DD.", day(2019, 6)),
        ],
        (
            "check my {lottery} ticket with {picks} against the {draw_date} draw",
            "see whether the numbers {picks} won anything in the {lottery} draw of {draw_date}",
        ),
    ),
    Tool(
        "card_odds.draw_chance",
        "Probability of drawing at least one copy of a card (hypergeometric).",
        [
            Param("deck_size", "integer", "Cards in the deck.", qty(30, 100, (" cards",))),
            Param(
                "copies_in_deck", "integer", "Copies of the wanted card in the deck.", qty(2, 4, (" copies",))
            ),
            Param("cards_drawn", "integer", "Cards drawn.", qty(5, 15, (" cards",))),
        ],
        (
            "compute the chance of drawing at least one of my {copies_in_deck} in {cards_drawn} "
            "from a deck of {deck_size}",
            "find the probability of hitting one of {copies_in_deck} when I draw {cards_drawn} "
            "from {deck_size}",
        ),
    ),
]

KITCHEN = [
    Tool(
        "pantry_chef.recipes_with",
        "Recipes that use the given ingredients.",
        [
            Param(
                "ingredients", "array", "Ingredients on hand.", listing(INGREDIENTS, (2, 4)), schema=STRINGS
            ),
            Param(
                "max_minutes",
                "integer",
                "Longest total cooking time in minutes.",
                qty(15, 90, (" minutes",)),
                " that take under {}",
                {"default": 0},
            ),
        ],
        (
            "find recipes I can make with {ingredients}",
            "suggest dishes using {ingredients}",
        ),
    ),
    Tool(
        "nutrition_lookup.food_energy",
        "Calories in a weighed portion of a food.",
        [
            Param(
                "food",
                "string",
                "Food name.",
                words(
                    "cooked quinoa",
                    "avocado",
                    "salmon fillet",
                    "cheddar cheese",
                    "banana",
                    "almonds",
                    "white bread",
                    "Greek yogurt",
                    "dark chocolate",
                    "boiled potatoes",
                    "peanut butter",
                    "chicken breast",
                ),
            ),
            Param("grams", "float", "Portion weight in grams.", qty(20, 600, ("g", " grams"))),
        ],
        (
            "find out how many calories are in {grams} of {food}",
            "look up the calories in {grams} of {food}",
        ),
    ),
    Tool(
        "kitchen_units.volume_to_grams",
        "Weight in grams of a volume measure of an ingredient.",
        [
            Param(
                "ingredient",
                "string",
                "Ingredient name.",
                words(
                    "all-purpose flour",
                    "granulated sugar",
                    "brown sugar",
                    "butter",
                    "rolled oats",
                    "honey",
                    "cocoa powder",
                    "rice",
                    "milk",
                    "olive oil",
                    "powdered sugar",
                    "almond flour",
                ),
            ),
            Param(
                "amount", "float", "Amount in the given unit.", pick(0.25, 0.5, 0.75, 1.5, 2, 2.5, 3, 4, 5, 6)
            ),
            Param(
                "unit",
                "string",
                "Volume unit: 'cup', 'tbsp' or 'tsp'.",
                pick(("cups", "cup"), ("tablespoons", "tbsp"), ("teaspoons", "tsp")),
                schema={"enum": ["cup", "tbsp", "tsp"]},
                vary=False,
            ),
        ],
        (
            "convert {amount} {unit} of {ingredient} to grams",
            "find out how many grams {amount} {unit} of {ingredient} weigh",
        ),
    ),
    Tool(
        "sommelier_desk.pair_wine",
        "Wine suggestions for a dish.",
        [
            Param(
                "dish",
                "string",
                "The dish being served.",
                words(
                    "grilled salmon",
                    "mushroom risotto",
                    "beef bourguignon",
                    "pad thai",
                    "margherita pizza",
                    "lamb tagine",
                    "duck confit",
                    "lobster bisque",
                    "chicken tikka masala",
                    "goat cheese salad",
                    "barbecue ribs",
                    "seared scallops",
                    "spaghetti carbonara",
                    "roast turkey",
                    "sushi",
                    "lentil curry",
                    "steak frites",
                    "fish tacos",
                    "paella",
                    "pork dumplings",
                    "eggplant parmesan",
                    "venison stew",
                    "oysters",
                    "mac and cheese",
                ),
            ),
            Param(
                "max_price", "float", "Highest bottle price.", money(12, 120), " for under {}", {"default": 0}
            ),
            Param(
                "country",
                "string",
                "Country the wine should come from.",
                words("France", "Italy", "Spain", "Portugal", "Chile", "New Zealand", "Argentina"),
                ", preferably a wine from {}",
                {"default": "any"},
            ),
        ],
        (
            "suggest a wine to go with {dish}",
            "pair a wine with {dish}",
            "recommend what wine to serve with {dish}",
            "find a good wine pairing for {dish}",
            "pick a bottle of wine to match {dish}",
        ),
    ),
    Tool(
        "macro_math.meal_energy",
        "Calories of a meal from its macronutrients.",
        [
            Param(
                "macros",
                "dict",
                "Macronutrients of the meal in grams.",
                macros,
                schema={
                    "properties": {
                        "protein_g": {"type": "float", "description": "Protein in grams."},
                        "carbs_g": {"type": "float", "description": "Carbohydrates in grams."},
                        "fat_g": {"type": "float", "description": "Fat in grams."},
                    }
                },
            )
        ],
        (
            "calculate the calories in a meal with {macros}",
            "work out the energy of a plate containing {macros}",
        ),
    ),
    Tool(
        "roast_timer.cook_time",
        "Oven roasting time for a cut of meat.",
        [
            Param(
                "cut",
                "string",
                "Cut or bird, e.g. 'leg of lamb'.",
                words(
                    "leg of lamb",
                    "pork shoulder",
                    "turkey",
                    "beef sirloin",
                    "prime rib",
                    "whole chicken",
                    "duck",
                    "pork loin",
                    "beef brisket",
                    "rack of lamb",
                ),
            ),
            Param("weight_kg", "float", "Weight in kilograms.", qty(0.8, 9, ("kg", " kilograms"), 1)),
            Param(
                "doneness",
                "string",
                "Doneness: 'rare', 'medium' or 'well_done'.",
                pick("rare", "medium", ("well done", "well_done")),
                ", cooked {}",
                {"enum": ["rare", "medium", "well_done"], "default": "medium"},
            ),
        ],
        (
            "work out how long {weight_kg} of {cut} needs in the oven",
            "estimate the oven time for a {cut} weighing {weight_kg}",
        ),
    ),
    Tool(
        "bread_math.dough_hydration",
        "Baker's hydration percentage of a dough.",
        [
            Param("flour_g", "float", "Flour in grams.", qty(800, 2000, ("g", " grams"))),
            Param("water_g", "float", "Water in grams.", qty(400, 1600, ("g", " grams"))),
        ],
        (
            "compute the hydration of a dough with {flour_g} of flour and {water_g} of water",
            "work out the hydration percentage if I mix {water_g} of water into {flour_g} of flour",
        ),
    ),
]

HEALTH = [
    Tool(
        "body_metrics.bmi_metric",
        "Body mass index from weight and height.",
        [
            Param("weight_kg", "float", "Body weight in kilograms.", WEIGHT),
            Param("height_cm", "float", "Height in centimetres.", HEIGHT),
        ],
        (
            "calculate the BMI of someone who weighs {weight_kg} and is {height_cm} tall",
            "work out my body mass index at {weight_kg} and a height of {height_cm}",
        ),
    ),
    Tool(
        "cardio_zones.training_zones",
        "Five heart-rate training zones in beats per minute.",
        [
            Param("age", "integer", "Age in years.", qty(14, 85)),
            Param(
                "resting_bpm",
                "integer",
                "Resting heart rate in beats per minute.",
                qty(38, 90, (" bpm", " beats per minute")),
                " with a resting heart rate of {}",
                {"default": 60},
            ),
            Param(
                "method",
                "string",
                "Zone method: 'karvonen' (heart-rate reserve) or 'max_hr' (percent of maximum).",
                pick(("Karvonen", "karvonen"), ("percent-of-max", "max_hr")),
                ", using the {} method",
                {"enum": ["karvonen", "max_hr"], "default": "max_hr"},
            ),
        ],
        (
            "compute the heart-rate training zones for a {age}-year-old",
            "list the five heart rate zones of an athlete aged {age} years",
            "work out my cardio training zones; I am {age}",
        ),
    ),
    Tool(
        "sleep_cycles.bedtimes",
        "Bedtimes that end on a full 90-minute sleep cycle at a wake-up time.",
        [
            Param("wake_time", "string", "Wake-up time, HH:MM (24-hour).", wake_time),
            Param(
                "fall_asleep_minutes",
                "integer",
                "Minutes it takes to fall asleep.",
                qty(5, 40, (" minutes",)),
                ", assuming it takes me {} to fall asleep",
                {"default": 15},
            ),
        ],
        (
            "suggest bedtimes so I wake up at {wake_time} between sleep cycles",
            "work out when to go to bed to wake at {wake_time}",
            "plan a bedtime that lets me wake up refreshed at {wake_time}",
        ),
    ),
    Tool(
        "drug_reference.usual_dose",
        "Usual dosage of a medication for a patient group.",
        [
            Param(
                "drug_name",
                "string",
                "Generic drug name.",
                words(
                    "ibuprofen",
                    "amoxicillin",
                    "acetaminophen",
                    "cetirizine",
                    "loratadine",
                    "naproxen",
                    "metformin",
                    "omeprazole",
                    "azithromycin",
                    "prednisone",
                    "diphenhydramine",
                    "lisinopril",
                    "amlodipine",
                    "sertraline",
                    "montelukast",
                    "famotidine",
                ),
            ),
            Param(
                "patient_group",
                "string",
                "Patient group: 'adult', 'pediatric' or 'geriatric'.",
                pick(("adults", "adult"), ("children", "pediatric"), ("older adults", "geriatric")),
                schema={"enum": ["adult", "pediatric", "geriatric"]},
                vary=False,
            ),
            Param(
                "weight_kg",
                "float",
                "Patient weight in kilograms, for weight-based doses.",
                qty(10, 120, ("kg", " kilograms")),
                ", with the patient weighing {}",
                {"default": 0},
            ),
            Param(
                "form",
                "string",
                "Dosage form: 'tablet', 'liquid' or 'chewable'.",
                pick("tablet", "liquid", "chewable"),
                " in {} form",
                {"enum": ["tablet", "liquid", "chewable"], "default": "tablet"},
            ),
        ],
        (
            "look up the usual {drug_name} dose for {patient_group}",
            "find the standard dosage of {drug_name} for {patient_group}",
            "find out how much {drug_name} is normally given to {patient_group}",
        ),
    ),
    Tool(
        "body_metrics.resting_calories",
        "Basal metabolic rate (Mifflin-St Jeor) in kcal per day.",
        [
            Param(
                "sex",
                "string",
                "'male' or 'female'.",
                pick(("man", "male"), ("woman", "female")),
                schema={"enum": ["male", "female"]},
                vary=False,
            ),
            Param("age", "integer", "Age in years.", qty(18, 85)),
            Param("weight_kg", "float", "Body weight in kilograms.", WEIGHT),
            Param("height_cm", "float", "Height in centimetres.", HEIGHT),
        ],
        (
            "estimate the basal metabolic rate of a {sex} aged {age} who weighs {weight_kg} and is "
            "{height_cm} tall",
            "work out the daily resting calories for a {sex} of {age}, {weight_kg} and {height_cm}",
        ),
    ),
    Tool(
        "strength_lab.one_rep_max",
        "Estimated one-repetition maximum from a set.",
        [
            Param("lifted_kg", "float", "Weight lifted in kilograms.", qty(20, 300, ("kg", " kilograms"))),
            Param("reps", "integer", "Repetitions completed.", qty(2, 12, (" reps",))),
            Param(
                "formula",
                "string",
                "Formula: 'epley' or 'brzycki'.",
                pick(("Epley", "epley"), ("Brzycki", "brzycki")),
                " using the {} formula",
                {"enum": ["epley", "brzycki"], "default": "epley"},
            ),
        ],
        (
            "estimate my one-rep max from lifting {lifted_kg} for {reps}",
            "work out the 1RM for a set of {reps} at {lifted_kg}",
        ),
    ),
    Tool(
        "hydration_guide.water_goal",
        "Recommended daily water intake in litres.",
        [
            Param("weight_kg", "float", "Body weight in kilograms.", WEIGHT),
            Param("exercise_minutes", "integer", "Minutes of exercise per day.", qty(0, 180, (" minutes",))),
        ],
        (
            "work out how much water I should drink a day at {weight_kg} with {exercise_minutes} of exercise",
            "set a daily water goal for someone weighing {weight_kg} who trains {exercise_minutes} a day",
        ),
    ),
]

PETS = [
    Tool(
        "breed_guide.compare_breeds",
        "Compare two dog breeds on size, energy, grooming and temperament.",
        [
            Param(
                "breed",
                "string",
                "First breed.",
                words(
                    "Border Collie",
                    "Shiba Inu",
                    "Golden Retriever",
                    "French Bulldog",
                    "Dachshund",
                    "Siberian Husky",
                    "Cavalier King Charles Spaniel",
                    "Labrador Retriever",
                    "Beagle",
                    "Bernese Mountain Dog",
                    "Whippet",
                    "Standard Poodle",
                ),
                vary=False,
            ),
            Param(
                "other_breed",
                "string",
                "Second breed.",
                words(
                    "Boxer",
                    "Pug",
                    "Australian Shepherd",
                    "Greyhound",
                    "Corgi",
                    "Rottweiler",
                    "Vizsla",
                    "Shih Tzu",
                    "Great Dane",
                    "Jack Russell Terrier",
                ),
                vary=False,
            ),
        ],
        (
            "compare the {breed} with the {other_breed}",
            "tell apart the {breed} and the {other_breed} on temperament and care",
            "show how the {breed} stacks up against the {other_breed}",
        ),
    ),
    Tool(
        "pet_years.human_age",
        "A pet's age in human years.",
        [
            Param(
                "species",
                "string",
                "'dog', 'cat', 'rabbit' or 'horse'.",
                pick("dog", "cat", "rabbit", "horse"),
                schema={"enum": ["dog", "cat", "rabbit", "horse"]},
                vary=False,
            ),
            Param("age_years", "float", "The pet's age in years.", qty(0.5, 16, (" years",), 1)),
        ],
        (
            "convert the age of a {species} that is {age_years} old into human years",
            "work out how old a {species} of {age_years} would be in human years",
        ),
    ),
    Tool(
        "vet_locator.nearby_clinics",
        "Veterinary clinics in a city that treat a kind of animal.",
        [
            Param("city", "string", "City name.", CITY),
            Param(
                "animal",
                "string",
                "Kind of animal, e.g. 'rabbit'.",
                words(
                    "cat",
                    "dog",
                    "rabbit",
                    "parrot",
                    "bearded dragon",
                    "guinea pig",
                    "ferret",
                    "horse",
                    "tortoise",
                    "hamster",
                ),
            ),
            Param(
                "emergency",
                "boolean",
                "Only clinics with 24-hour emergency care.",
                switched_on,
                " that offer 24-hour emergency care{}",
                {"default": False},
            ),
        ],
        (
            "find a vet clinic for my {animal} in {city}",
            "list vets that can treat my {animal} in {city}",
            "search for veterinarians who see my {animal} in {city}",
        ),
    ),
    Tool(
        "pet_nutrition.dog_daily_portion",
        "Daily food portion for a dog.",
        [
            Param("weight_kg", "float", "Dog's weight in kilograms.", qty(2, 70, ("kg", " kilograms"), 1)),
            Param(
                "activity",
                "string",
                "Activity level: 'low', 'moderate' or 'high'.",
                pick("low", "moderate", "high"),
                " with {} activity",
                {"enum": ["low", "moderate", "high"], "default": "moderate"},
            ),
            Param(
                "kcal_per_cup",
                "integer",
                "Energy density of the food in kcal per cup.",
                qty(300, 500, (" kcal",)),
                " on food with {} per cup",
                {"default": 400},
            ),
        ],
        (
            "work out how much to feed a dog of {weight_kg} each day",
            "calculate the daily food portion for a dog weighing {weight_kg}",
        ),
    ),
    Tool(
        "aquarium_planner.stocking_limit",
        "How many fish of a given adult size a tank can hold.",
        [
            Param("tank_litres", "integer", "Tank volume in litres.", qty(20, 800, ("L", " litres"))),
            Param("fish_length_cm", "float", "Adult length of one fish in cm.", qty(2, 15, ("cm", " cm"), 1)),
        ],
        (
            "estimate how many fish of {fish_length_cm} adult length a tank of {tank_litres} can hold",
            "figure out how many {fish_length_cm} fish I can keep in {tank_litres}",
        ),
    ),
    Tool(
        "adoption_board.listings",
        "Animals up for adoption at shelters in a city.",
        [
            Param(
                "species",
                "string",
                "Kind of animal, plural, e.g. 'cats'.",
                words(
                    "dogs",
                    "cats",
                    "rabbits",
                    "guinea pigs",
                    "ferrets",
                    "parrots",
                    "kittens",
                    "puppies",
                    "senior dogs",
                    "hamsters",
                    "budgies",
                    "horses",
                ),
            ),
            Param("city", "string", "City name.", CITY),
            Param(
                "max_age_years",
                "integer",
                "Oldest age in years.",
                qty(2, 10, (" years",)),
                " no older than {}",
                {"default": 0},
            ),
            Param(
                "good_with_kids",
                "boolean",
                "Only animals that are good with children.",
                switched_on,
                " that are good with children{}",
                {"default": False},
            ),
        ],
        (
            "show {species} up for adoption in {city}",
            "list shelter {species} available to adopt in {city}",
            "find adoptable {species} near {city}",
        ),
    ),
]

SHOPPING = [
    Tool(
        "catalog_search.under_budget",
        "Search products below a price limit.",
        [
            Param(
                "query",
                "string",
                "What to search for.",
                words(
                    "wireless earbuds",
                    "running shoes",
                    "air fryer",
                    "standing desk",
                    "mechanical keyboard",
                    "espresso machine",
                    "hiking backpack",
                    "robot vacuum",
                    "yoga mat",
                    "electric toothbrush",
                    "4K monitor",
                    "camping tent",
                ),
            ),
            Param("max_price", "float", "Highest price.", money(20, 1500)),
            Param(
                "min_rating",
                "float",
                "Lowest average star rating.",
                pick(3.5, 4.0, 4.5),
                " rated at least {} stars",
                {"default": 0},
            ),
        ],
        (
            "search for {query} under {max_price}",
            "find {query} that cost less than {max_price}",
        ),
    ),
    Tool(
        "store_inventory.city_stock",
        "Stores in a city with a product in stock.",
        [
            Param("product", "string", "Product name.", PRODUCT),
            Param("city", "string", "City name.", CITY),
        ],
        (
            "check which stores in {city} have the {product} in stock",
            "see if the {product} is available in stores in {city}",
            "find a shop in {city} that still has the {product}",
        ),
    ),
    Tool(
        "coupon_finder.codes_for",
        "Active coupon codes of a retailer.",
        [
            Param("retailer", "string", "Retailer name.", RETAILER),
            Param("min_discount_pct", "integer", "Smallest discount wanted, in percent.", percent(5, 50, 0)),
        ],
        (
            "find {retailer} coupon codes worth at least {min_discount_pct} off",
            "get me promo codes for {retailer} that take {min_discount_pct} or more off",
        ),
    ),
    Tool(
        "price_tools.cheapest_per_unit",
        "Pick the pack size with the lowest price per gram.",
        [
            Param(
                "offers",
                "array",
                "Pack sizes and their prices.",
                offers,
                schema={
                    "items": {
                        "type": "dict",
                        "properties": {
                            "grams": {"type": "float", "description": "Pack size in grams."},
                            "price": {"type": "float", "description": "Pack price in dollars."},
                        },
                    }
                },
            )
        ],
        (
            "find the best value among {offers}",
            "work out which is cheapest per gram: {offers}",
        ),
    ),
    Tool(
        "price_tools.stacked_discounts",
        "Final price after applying several percentage discounts one after another.",
        [
            Param("list_price", "float", "Price before discounts.", money(20, 2000, 2)),
            Param(
                "discounts_pct",
                "array",
                "Discounts in percent, in the order applied.",
                discounts,
                schema={"items": {"type": "float"}},
            ),
        ],
        (
            "apply successive discounts of {discounts_pct} to a price of {list_price}",
            "work out what I pay for a {list_price} item after discounts of {discounts_pct} in a row",
        ),
    ),
    Tool(
        "price_alerts.watch",
        "Alert when a product's price drops below a target.",
        [
            Param("product", "string", "Product name.", PRODUCT),
            Param("target_price", "float", "Price to alert at.", money(25, 900)),
            Param("retailer", "string", "Only watch this retailer.", RETAILER, " at {}", {"default": "any"}),
        ],
        (
            "alert me when the {product} drops below {target_price}",
            "set a price alert for the {product} at {target_price}",
        ),
    ),
    Tool(
        "returns_desk.return_window",
        "Last day to return a purchase under a retailer's policy.",
        [
            Param("retailer", "string", "Retailer name.", RETAILER),
            Param("purchase_date", "string", "Purchase date, YYYY-MM-DD.", day(2024, 2)),
        ],
        (
            "check until when I can return something bought at {retailer} on {purchase_date}",
            "find the return deadline for a {retailer} purchase made on {purchase_date}",
        ),
    ),
]

EVENTS = [
    Tool(
        "ticket_market.search_listings",
        "Resale ticket listings for an event on a date.",
        [
            Param(
                "event_name",
                "string",
                "Event name.",
                quoted(
                    "Hamilton",
                    "The Lion King",
                    "Coldplay: Music of the Spheres",
                    "Wimbledon Men's Final",
                    "NBA Finals Game 3",
                    "Cirque du Soleil: Kooza",
                    "Wicked",
                    "Ed Sheeran: Mathematics Tour",
                    "The Nutcracker",
                    "UFC 310",
                ),
            ),
            Param("event_date", "string", "Event date, YYYY-MM-DD.", day(2026, 1)),
            Param("quantity", "integer", "Number of tickets.", qty(1, 8, (" tickets",)), vary=False),
        ],
        (
            "find {quantity} for {event_name} on {event_date}",
            "look for {quantity} to {event_name} on {event_date}",
        ),
    ),
    Tool(
        "ticket_market.seat_view",
        "View of the stage or field from a section of a venue.",
        [
            Param(
                "venue",
                "string",
                "Venue name.",
                words(
                    "Madison Square Garden",
                    "Wembley Stadium",
                    "Red Rocks Amphitheatre",
                    "Sydney Opera House",
                    "Royal Albert Hall",
                    "Wrigley Field",
                    "Crypto.com Arena",
                    "The O2 Arena",
                    "Fenway Park",
                    "Hollywood Bowl",
                ),
            ),
            Param(
                "section",
                "string",
                "Section label as printed on the ticket.",
                section_label,
            ),
        ],
        (
            "show the view from section {section} at {venue}",
            "check what section {section} of {venue} looks out on",
        ),
    ),
    Tool(
        "happenings.city_agenda",
        "Events happening in a city on a date.",
        [
            Param("city", "string", "City name.", CITY),
            Param("date", "string", "Date, YYYY-MM-DD.", day(2026, 1)),
            Param(
                "category",
                "string",
                "Event category: 'comedy', 'theatre', 'sports', 'family' or 'food'.",
                pick("comedy", "theatre", "sports", "family", "food"),
                ", {} events only",
                {"enum": ["all", "comedy", "theatre", "sports", "family", "food"], "default": "all"},
            ),
        ],
        (
            "list what's on in {city} on {date}",
            "find events happening in {city} on {date}",
        ),
    ),
    Tool(
        "box_office.order_seats",
        "Order theatre tickets for a party on a date.",
        [
            Param(
                "show",
                "string",
                "Show title.",
                quoted(
                    "The Lion King",
                    "Wicked",
                    "Hamilton",
                    "The Phantom of the Opera",
                    "Mamma Mia!",
                    "Chicago",
                    "Swan Lake",
                    "Moulin Rouge!",
                    "Six",
                    "Hadestown",
                ),
            ),
            Param("performance_date", "string", "Performance date, YYYY-MM-DD.", day(2026, 1)),
            Param(
                "tickets",
                "dict",
                "Number of tickets of each type.",
                party,
                schema={
                    "properties": {
                        "adult": {"type": "integer", "description": "Adult tickets."},
                        "child": {"type": "integer", "description": "Child tickets."},
                        "senior": {"type": "integer", "description": "Senior tickets."},
                    }
                },
            ),
        ],
        (
            "order tickets to {show} on {performance_date} for {tickets}",
            "book seats at {show} for {tickets} on {performance_date}",
        ),
    ),
    Tool(
        "event_budget.cost_per_person",
        "Per-person cost of a group outing with ticket fees.",
        [
            Param("ticket_price", "float", "Face price of one ticket.", money(15, 400)),
            Param("attendees", "integer", "Number of people going.", qty(2, 40, (" people",))),
            Param("fee_pct", "float", "Service fee in percent of the ticket price.", percent(5, 25, 1)),
        ],
        (
            "work out the cost per person for {attendees} with tickets at {ticket_price} and a "
            "{fee_pct} service fee",
            "split the cost of {ticket_price} tickets plus a {fee_pct} booking fee for {attendees}",
        ),
    ),
    Tool(
        "festival_lineup.day_schedule",
        "Set times of a music festival on one day.",
        [
            Param(
                "festival",
                "string",
                "Festival name.",
                words(
                    "Glastonbury",
                    "Coachella",
                    "Lollapalooza",
                    "Primavera Sound",
                    "Fuji Rock",
                    "Roskilde",
                    "Bonnaroo",
                    "Tomorrowland",
                    "Rock in Rio",
                    "Osheaga",
                    "Sziget",
                    "Outside Lands",
                    "Reading Festival",
                    "Summer Sonic",
                ),
            ),
            Param("year", "integer", "Edition year.", year(2015, 2025), vary=False),
            Param("day_number", "integer", "Festival day, starting at 1.", qty(1, 4)),
        ],
        (
            "show the day {day_number} lineup of {festival} {year}",
            "get the set times of day {day_number} at {festival} {year}",
            "list who plays on day {day_number} of {festival} {year}",
        ),
    ),
]

HOBBIES = [
    Tool(
        "garden_almanac.planting_window",
        "Sowing and planting dates for a crop in a USDA hardiness zone.",
        [
            Param(
                "crop",
                "string",
                "Crop name.",
                words(
                    "tomatoes",
                    "garlic",
                    "carrots",
                    "sweet peppers",
                    "peas",
                    "zucchini",
                    "kale",
                    "potatoes",
                    "basil",
                    "onions",
                    "pumpkins",
                    "lettuce",
                ),
            ),
            Param(
                "zone",
                "string",
                "USDA hardiness zone, e.g. '7a'.",
                hardiness_zone,
            ),
        ],
        (
            "find when to plant {crop} if I garden in USDA {zone}",
            "look up the planting window for {crop} in {zone}",
            "get the USDA {zone} sowing dates for {crop}",
        ),
    ),
    Tool(
        "garden_almanac.companion_check",
        "Whether plants grow well next to each other.",
        [
            Param(
                "plants",
                "array",
                "Plant names.",
                listing(
                    [
                        "tomatoes",
                        "basil",
                        "fennel",
                        "carrots",
                        "onions",
                        "beans",
                        "marigolds",
                        "cucumbers",
                        "sage",
                        "cabbage",
                        "strawberries",
                        "corn",
                    ],
                    (2, 4),
                ),
                schema=STRINGS,
            )
        ],
        (
            "check whether {plants} grow well together",
            "check if I can plant {plants} in the same bed",
        ),
    ),
    Tool(
        "photo_math.exposure_value",
        "Exposure value of a camera setting.",
        [
            Param("aperture", "float", APERTURE_DOC, APERTURE),
            Param(
                "shutter_speed",
                "string",
                "Shutter speed in seconds as written, e.g. '1/250' or '2'.",
                words("1/4000", "1/1000", "1/500", "1/250", "1/125", "1/60", "1/30", "1/8", "1", "2", "15"),
            ),
            Param(
                "iso",
                "integer",
                "ISO sensitivity.",
                pick(*((f"ISO {n}", n) for n in (100, 200, 400, 800, 1600, 3200, 6400))),
            ),
        ],
        (
            "calculate the exposure value at {aperture}, a shutter speed of {shutter_speed} and {iso}",
            "work out the EV for {aperture} at {shutter_speed} second with {iso}",
        ),
    ),
    Tool(
        "photo_math.depth_of_field",
        "Near and far limits of acceptable focus.",
        [
            Param("focal_length_mm", "integer", "Lens focal length in millimetres.", qty(14, 600, ("mm",))),
            Param("aperture", "float", APERTURE_DOC, APERTURE),
            Param("distance_m", "float", "Focus distance in metres.", qty(0.5, 50, ("m", " metres"), 1)),
            Param(
                "sensor",
                "string",
                "Sensor format: 'full_frame', 'aps_c' or 'mft'.",
                pick(("full-frame", "full_frame"), ("APS-C", "aps_c"), ("Micro Four Thirds", "mft")),
                " on a {} sensor",
                {"enum": ["full_frame", "aps_c", "mft"], "default": "full_frame"},
            ),
        ],
        (
            "compute the depth of field for a {focal_length_mm} lens at {aperture} focused at {distance_m}",
            "work out what stays sharp with a {focal_length_mm} lens set to {aperture} and focused "
            "{distance_m} away",
        ),
    ),
    Tool(
        "knit_calc.stitch_plan",
        "Stitches to cast on and rows to knit for a piece at a gauge.",
        [
            Param(
                "gauge",
                "dict",
                "Knitting gauge.",
                gauge,
                schema={
                    "properties": {
                        "stitches_per_10cm": {"type": "integer", "description": "Stitches per 10 cm."},
                        "rows_per_10cm": {"type": "integer", "description": "Rows per 10 cm."},
                    }
                },
            ),
            Param("width_cm", "float", "Finished width in cm.", qty(10, 150, ("cm", " cm"))),
            Param("length_cm", "float", "Finished length in cm.", qty(10, 200, ("cm", " cm"))),
        ],
        (
            "work out the stitches and rows for a {width_cm} by {length_cm} piece at a gauge of {gauge}",
            "plan a knitted panel {width_cm} wide and {length_cm} long with a gauge of {gauge}",
        ),
    ),
    Tool(
        "sky_watch.visible_planets",
        "Planets visible from a city on a night, with rise and set times.",
        [
            Param("city", "string", "City name.", CITY),
            Param("date", "string", "Night of observation, YYYY-MM-DD.", day(2026, 2)),
        ],
        (
            "find out which planets are visible from {city} on the night of {date}",
            "list the planets I can see in the sky over {city} on {date}",
        ),
    ),
    Tool(
        "telescope_calc.magnification",
        "Magnification and field of view of a telescope and eyepiece.",
        [
            Param(
                "telescope_focal_mm",
                "integer",
                "Telescope focal length in millimetres.",
                qty(400, 3000, ("mm",)),
            ),
            Param(
                "eyepiece_focal_mm", "integer", "Eyepiece focal length in millimetres.", qty(4, 40, ("mm",))
            ),
        ],
        (
            "calculate the magnification of a {telescope_focal_mm} telescope with a "
            "{eyepiece_focal_mm} eyepiece",
            "work out the power I get from a {eyepiece_focal_mm} eyepiece on a scope of {telescope_focal_mm} "
            "focal length",
        ),
    ),
]

DIVERSE_LEISURE: list[Tool] = [
    *SPORTS,
    *MUSIC,
    *SCREEN_AND_PAGE,
    *GAMES,
    *KITCHEN,
    *HEALTH,
    *PETS,
    *SHOPPING,
    *EVENTS,
    *HOBBIES,
]
