"""Tech tools of the wide catalogue: software engineering, version control and CI, networking (IP
subnets, DNS, latency), databases and SQL, cloud and devops, security, text processing and encodings,
data processing and machine learning, file formats and storage, telecom and electronics."""

from __future__ import annotations

import ipaddress

from data_builders.rich_tool import Param, Tool
from data_builders.rich_values import (
    day,
    join_texts,
    listing,
    numbers,
    percent,
    pick,
    qty,
    quoted,
    switched_on,
    words,
)

STRINGS = {"items": {"type": "string"}}
INTEGERS = {"items": {"type": "integer"}}
FLOATS = {"items": {"type": "float"}}

REPOS = [
    "pallets/flask",
    "psf/requests",
    "vercel/next.js",
    "rust-lang/cargo",
    "django/django",
    "facebook/react",
    "hashicorp/terraform",
    "grafana/loki",
    "tiangolo/fastapi",
    "acme-corp/payments-api",
    "octo-org/web-frontend",
    "kubeflow/pipelines",
    "home-assistant/core",
    "neovim/neovim",
]
REPO = words(*REPOS)
HANDLE = words(
    "octocat",
    "mchen-dev",
    "priya-k",
    "jdoe42",
    "sam-lee",
    "elif.kaya",
    "tomasz-w",
    "nadia-r",
    "bkowalski",
    "ravi-ops",
    "lucia-m",
    "dmitri-v",
)
SOURCE_FILE = words(
    "src/app/main.py",
    "lib/utils/date.js",
    "cmd/server/main.go",
    "src/components/Navbar.tsx",
    "internal/auth/token.go",
    "app/models/user.rb",
    "src/main/java/com/acme/OrderService.java",
    "src/parser/lexer.rs",
    "api/handlers/billing.py",
    "web/static/js/cart.js",
    "pkg/cache/lru.go",
    "tests/test_checkout.py",
)
PYTHON_FILE = words(
    "src/app/main.py",
    "api/handlers/billing.py",
    "tests/test_checkout.py",
    "services/auth/tokens.py",
    "pipelines/etl/load_orders.py",
    "app/models/invoice.py",
    "scripts/backfill_users.py",
    "lib/retry.py",
)
BRANCH = words(
    "main",
    "develop",
    "release/2.4",
    "release/3.0",
    "feature/login-redesign",
    "feature/csv-export",
    "hotfix/null-pointer",
    "staging",
    "feature/dark-mode",
    "bugfix/timezone-offset",
)
DOMAINS = [
    "github.com",
    "example.org",
    "python.org",
    "wikipedia.org",
    "cloudflare.com",
    "mozilla.org",
    "stackoverflow.com",
    "kernel.org",
    "debian.org",
    "gitlab.com",
    "npmjs.com",
    "docker.com",
    "openstreetmap.org",
    "letsencrypt.org",
    "rust-lang.org",
    "apache.org",
    "archlinux.org",
    "ietf.org",
]
DOMAIN = words(*DOMAINS)
SPDX = words(
    "MIT",
    "Apache-2.0",
    "GPL-3.0-only",
    "GPL-2.0-only",
    "LGPL-2.1-only",
    "BSD-3-Clause",
    "MPL-2.0",
    "AGPL-3.0-only",
    "ISC",
    "EPL-2.0",
)
AWS_REGION = words(
    "us-east-1",
    "us-west-2",
    "eu-west-1",
    "eu-central-1",
    "ap-southeast-2",
    "ap-northeast-1",
    "sa-east-1",
    "ca-central-1",
)
INSTANCE = words(
    "t3.micro",
    "t3.large",
    "m5.xlarge",
    "m6i.2xlarge",
    "c6g.4xlarge",
    "r5.large",
    "r6i.8xlarge",
    "g5.2xlarge",
    "p4d.24xlarge",
    "c7i.xlarge",
)
SERVICE = words(
    "checkout-service",
    "auth-gateway",
    "search-indexer",
    "notification-worker",
    "billing-api",
    "image-resizer",
    "inventory-sync",
    "recommendation-engine",
)
DB_INSTANCE = words(
    "orders-prod",
    "analytics-replica",
    "users-primary",
    "billing-db-01",
    "inventory-staging",
    "events-warehouse",
    "crm-postgres",
    "catalog-mysql-2",
)
TIMEZONE = words(
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "Asia/Tokyo",
    "Australia/Sydney",
    "America/Los_Angeles",
    "Asia/Kolkata",
    "Europe/London",
)
COMMON_PORTS = [
    21,
    22,
    25,
    53,
    80,
    110,
    143,
    443,
    465,
    993,
    3306,
    3389,
    5432,
    5672,
    6379,
    8080,
    8443,
    9200,
    27017,
]
SEVERITY = pick(
    ("SEV1", "sev1"),
    ("SEV2", "sev2"),
    ("SEV3", "sev3"),
    ("critical", "sev1"),
    ("high-severity", "sev2"),
)


def version(r):
    v = f"{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 40)}"
    return v, v


def version_range(r):
    major, minor, patch = r.randint(0, 9), r.randint(0, 20), r.randint(0, 9)
    spec = r.choice(
        [
            f"^{major}.{minor}.{patch}",
            f"~{major}.{minor}.{patch}",
            f">={major}.{minor}.0 <{major + 1}.0.0",
            f">={major}.{minor}.{patch}",
            f"{major}.{minor}.x",
        ]
    )
    return f"'{spec}'", spec


def old_tag(r):
    tag = f"v1.{r.randint(0, 14)}.{r.randint(0, 9)}"
    return tag, tag


def new_tag(r):
    tag = f"v{r.randint(2, 4)}.{r.randint(0, 14)}.{r.randint(0, 9)}"
    return tag, tag


PACKAGES = {
    "npm": ["lodash", "express", "axios", "minimist", "jsonwebtoken", "moment", "ws"],
    "pypi": ["requests", "django", "pyyaml", "jinja2", "urllib3", "pillow", "cryptography"],
    "cargo": ["tokio", "hyper", "serde_json", "openssl"],
    "gem": ["rails", "nokogiri", "rack"],
    "golang": ["github.com/gin-gonic/gin", "golang.org/x/net"],
}


def package_url(r):
    """A package URL (purl) such as pkg:npm/lodash@4.17.20."""
    ecosystem = r.choice(list(PACKAGES))
    purl = f"pkg:{ecosystem}/{r.choice(PACKAGES[ecosystem])}@{version(r)[1]}"
    return purl, purl


def cidr(r):
    """A private IPv4 network in CIDR notation, aligned to its prefix."""
    prefix = r.randint(16, 28)
    base = r.choice(
        [
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(0, 255)}",
            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(0, 255)}",
            f"192.168.{r.randint(0, 255)}.{r.randint(0, 255)}",
        ]
    )
    net = str(ipaddress.ip_network(f"{base}/{prefix}", strict=False))
    return net, net


def ipv4(r):
    addr = r.choice(
        [
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        ]
    )
    return addr, addr


def host(r):
    """A hostname or a public resolver address."""
    if r.random() < 0.7:
        name = r.choice(DOMAINS)
        name = r.choice(["", "www.", "api.", "mail."]) + name
    else:
        name = r.choice(["8.8.8.8", "1.1.1.1", "9.9.9.9", "208.67.222.222", "8.8.4.4", "1.0.0.1"])
    return name, name


def port_list(r):
    ports = sorted(r.sample(COMMON_PORTS, r.randint(2, 5)))
    texts = [str(p) for p in ports]
    if r.random() < 0.5:
        return "[" + ", ".join(texts) + "]", ports
    return join_texts(texts), ports


def pipeline_vars(r):
    env = {
        "deploy_env": r.choice(["staging", "production", "qa", "preview"]),
        "run_e2e": r.random() < 0.5,
        "log_level": r.choice(["debug", "info", "warn"]),
    }
    e2e = "end-to-end tests on" if env["run_e2e"] else "end-to-end tests off"
    text = r.choice(
        [
            f"DEPLOY_ENV={env['deploy_env']}, {e2e} and log level {env['log_level']}",
            f"the deploy environment set to {env['deploy_env']}, {e2e} and {env['log_level']} logging",
        ]
    )
    return text, env


def cron(r):
    expr = r.choice(
        [
            f"*/{r.choice([5, 10, 15, 20, 30])} * * * *",
            f"0 {r.randint(0, 23)} * * *",
            f"{r.choice([0, 15, 30, 45])} {r.randint(6, 11)} * * 1-5",
            f"0 0 {r.randint(1, 28)} * *",
            f"0 */{r.choice([2, 3, 4, 6, 12])} * * *",
            f"{r.randint(0, 59)} {r.randint(0, 23)} * * {r.randint(0, 6)}",
        ]
    )
    return f"'{expr}'", expr


def cvss_vector(r):
    parts = [
        "AV:" + r.choice("NALP"),
        "AC:" + r.choice("LH"),
        "PR:" + r.choice("NLH"),
        "UI:" + r.choice("NR"),
        "S:" + r.choice("UC"),
        "C:" + r.choice("NLH"),
        "I:" + r.choice("NLH"),
        "A:" + r.choice("NLH"),
    ]
    vector = "CVSS:3.1/" + "/".join(parts)
    return vector, vector


def email_list(r):
    people = r.sample(
        ["ana.silva", "ben.carter", "chloe", "dev.patel", "elif.kaya", "femi", "grace.liu", "hugo.martin"],
        r.randint(1, 3),
    )
    mail = [
        f"{p}@{r.choice(['gmail.com', 'outlook.com', 'acme.io', 'proton.me', 'yahoo.com'])}" for p in people
    ]
    return join_texts(mail), mail


def url(r):
    site = r.choice(
        [
            "https://shop.example.com",
            "https://api.acme.io",
            "http://localhost:8080",
            "https://docs.python.org",
        ]
    )
    path = r.choice(
        ["/search", "/v2/orders", "/products/list", "/3/library/urllib.parse.html", "/reports/export"]
    )
    query = r.sample(
        [
            f"q={r.choice(['usb+hub', 'red%20shoes', 'laptop'])}",
            f"page={r.randint(1, 40)}",
            f"limit={r.choice([10, 25, 50, 100])}",
            f"sort={r.choice(['price', '-created', 'name'])}",
            f"lang={r.choice(['en', 'de', 'fr'])}",
        ],
        r.randint(1, 3),
    )
    link = f"{site}{path}?{'&'.join(query)}" + r.choice(["", "#results", "#top"])
    return link, link


def confusion(r):
    m = {
        "true_positives": r.randint(20, 5000),
        "false_positives": r.randint(1, 900),
        "false_negatives": r.randint(1, 900),
        "true_negatives": r.randint(50, 40000),
    }
    text = r.choice(
        [
            "{true_positives:,} true positives, {false_positives} false positives, "
            "{false_negatives} false negatives and {true_negatives:,} true negatives",
            "TP={true_positives}, FP={false_positives}, FN={false_negatives} and TN={true_negatives}",
        ]
    )
    return text.format(**m), m


def pod_request(r):
    req = {
        "cpu_millicores": r.choice([100, 250, 500, 750, 1000, 1500, 2000]),
        "memory_mib": r.choice([128, 256, 512, 768, 1024, 2048, 4096]),
    }
    text = r.choice(
        [
            "{cpu_millicores}m CPU and {memory_mib} MiB of memory",
            "{cpu_millicores} millicores and {memory_mib}Mi",
        ]
    )
    return text.format(**req), req


def load_profile(r):
    p = {
        "active_current_ma": round(r.uniform(5, 220), 1),
        "sleep_current_ua": r.randint(2, 900),
        "duty_cycle_pct": round(r.uniform(0.1, 30), 1),
    }
    text = (
        "{active_current_ma} mA when active, {sleep_current_ua} µA asleep and active {duty_cycle_pct}% "
        "of the time"
    )
    return text.format(**p), p


def series(lo: float, hi: float, size: int, decimals: int = 1):
    """Exactly `size` measurements, so that two lists of one row line up."""
    return numbers(lo, hi, (size, size), decimals)


def double_quoted(*options: str):
    """A text the question puts in double quotes (SQL, which holds single quotes itself)."""
    return lambda r: (lambda w: (f'"{w}"', w))(r.choice(options))


def resolution(r):
    width, height = r.choice(
        [
            (640, 480),
            (1280, 720),
            (1920, 1080),
            (2560, 1440),
            (3840, 2160),
            (4096, 2160),
            (6000, 4000),
            (7680, 4320),
        ]
    )
    return f"{width}{r.choice(['x', ' x ', '×'])}{height}", [width, height]


def plain_int(lo: int, hi: int):
    """An integer written without thousand separators (a seed, an ID)."""

    def gen(r):
        n = r.randint(lo, hi)
        return str(n), n

    return gen


def learning_rate(r):
    return r.choice(
        [
            ("3e-4", 0.0003),
            ("1e-3", 0.001),
            ("5e-5", 5e-05),
            ("2e-5", 2e-05),
            ("6e-4", 0.0006),
            ("0.0001", 0.0001),
        ]
    )


def phone_number(r):
    number = r.choice(
        [
            f"+1 {r.randint(201, 989)} 555 {r.randint(100, 9999):04d}",
            f"+44 20 {r.randint(7000, 8999)} {r.randint(1000, 9999)}",
            f"+49 30 {r.randint(100000, 9999999)}",
            f"+81 3-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
            f"({r.randint(201, 989)}) 555-{r.randint(100, 9999):04d}",
            f"0{r.randint(7000, 7999)} {r.randint(100000, 999999)}",
        ]
    )
    return number, number


def sla(r):
    return r.choice([(t, float(t[:-1])) for t in ("99%", "99.5%", "99.9%", "99.95%", "99.99%", "99.999%")])


SOFTWARE = [
    Tool(
        "semver_tools.bump_version",
        "Next semantic version after a major, minor or patch release.",
        [
            Param(
                "current_version",
                "string",
                "Current version in MAJOR.MINOR.PATCH form, e.g. '2.4.1'.",
                version,
            ),
            Param(
                "part",
                "string",
                "Which part to bump: 'major', 'minor' or 'patch'.",
                pick(
                    ("major", "major"),
                    ("minor", "minor"),
                    ("patch", "patch"),
                    ("breaking-change", "major"),
                    ("bug-fix", "patch"),
                ),
                schema={"enum": ["major", "minor", "patch"]},
                vary=False,
            ),
            Param(
                "prerelease",
                "string",
                "Pre-release label to append, e.g. 'rc.1'.",
                words("rc.1", "beta.2", "alpha.1", "rc.3", "beta"),
                " tagged as pre-release {}",
                {"default": ""},
            ),
        ],
        (
            "bump version {current_version} for a {part} release",
            "work out the next version after {current_version} if this is a {part} release",
            "find out what {current_version} becomes after a {part} bump",
        ),
    ),
    Tool(
        "semver_tools.satisfies_range",
        "Whether a semantic version satisfies an npm-style version range.",
        [
            Param("version", "string", "Version to test, MAJOR.MINOR.PATCH.", version),
            Param(
                "range",
                "string",
                "Version range, e.g. '^1.4.0' or '>=2.0.0 <3.0.0'.",
                version_range,
                vary=False,
            ),
        ],
        (
            "check whether version {version} satisfies the range {range}",
            "determine if {version} is allowed by the constraint {range}",
            "see if a package at {version} matches {range}",
        ),
    ),
    Tool(
        "dependency_audit.known_vulnerabilities",
        "Known security advisories affecting one package version, identified by its package URL.",
        [
            Param("package_url", "string", "Package URL (purl), e.g. 'pkg:npm/lodash@4.17.20'.", package_url),
            Param(
                "min_severity",
                "string",
                "Lowest advisory severity to report: 'low', 'moderate', 'high' or 'critical'.",
                pick(("high", "high"), ("critical", "critical"), ("moderate", "moderate")),
                ", only {} severity and above",
                {"enum": ["low", "moderate", "high", "critical"], "default": "low"},
            ),
        ],
        (
            "audit {package_url} for known vulnerabilities",
            "list the security advisories that affect {package_url}",
            "check whether {package_url} has any published CVEs",
        ),
    ),
    Tool(
        "license_check.compatibility",
        "Whether code under one open-source license may include a dependency under another.",
        [
            Param("project_license", "string", "SPDX identifier of the project's license.", SPDX, vary=False),
            Param("dependency_license", "string", "SPDX identifier of the dependency's license.", SPDX),
        ],
        (
            "check if a {project_license} project can use a dependency licensed {dependency_license}",
            "find out whether {dependency_license} code is compatible with my {project_license} codebase",
            "find out if I can bundle a {dependency_license} library into software released under "
            "{project_license}",
        ),
    ),
    Tool(
        "sprint_forecast.sprints_to_finish",
        "Number of sprints needed to finish a backlog from the team's recent velocity.",
        [
            Param(
                "backlog_points",
                "integer",
                "Story points left in the backlog.",
                qty(40, 900, (" story points", " points")),
            ),
            Param(
                "recent_velocities",
                "array",
                "Story points completed in each recent sprint, oldest first.",
                numbers(15, 70, (3, 6)),
                schema=INTEGERS,
            ),
            Param(
                "confidence_pct",
                "integer",
                "Confidence level of the forecast in percent.",
                pick(("80%", 80), ("90%", 90), ("95%", 95), ("85 percent", 85)),
                " at {} confidence",
                {"default": 50},
            ),
        ],
        (
            "forecast how many sprints we need for {backlog_points} given recent velocities of "
            "{recent_velocities}",
            "estimate when a backlog of {backlog_points} will be done if the last sprints delivered "
            "{recent_velocities}",
        ),
    ),
    Tool(
        "static_analysis.lint_file",
        "Run a Python linter over one module and report its findings.",
        [
            Param("file_path", "string", "Path of the .py file in the repository.", PYTHON_FILE),
            Param(
                "linter",
                "string",
                "Linter to run: 'ruff', 'pylint', 'flake8' or 'pycodestyle'.",
                pick(
                    ("ruff", "ruff"),
                    ("pylint", "pylint"),
                    ("flake8", "flake8"),
                    ("pycodestyle", "pycodestyle"),
                ),
                schema={"enum": ["ruff", "pylint", "flake8", "pycodestyle"]},
                vary=False,
            ),
            Param(
                "ignore_rules",
                "array",
                "Rule codes to skip, e.g. 'E501'.",
                listing(["E501", "F401", "W291", "C901", "E722", "B008", "F841", "E731"], (1, 3)),
                " ignoring {}",
                STRINGS,
            ),
            Param(
                "autofix",
                "boolean",
                "Apply the fixes the linter can make automatically.",
                switched_on,
                " and apply the safe fixes{}",
                {"default": False},
            ),
        ],
        (
            "lint {file_path} with {linter}",
            "run {linter} on {file_path}",
            "check {file_path} for style problems using {linter}",
        ),
    ),
]

VERSION_CONTROL = [
    Tool(
        "git_history.commits_by_author",
        "Commits an author made to a repository since a date.",
        [
            Param("repository", "string", "Repository as owner/name.", REPO, vary=False),
            Param("author", "string", "Author's username.", HANDLE),
            Param("since", "string", "Earliest commit date, YYYY-MM-DD.", day(2022, 4), vary=False),
        ],
        (
            "list the commits {author} pushed to {repository} since {since}",
            "show what {author} has committed in {repository} after {since}",
            "pull {author}'s commit history on {repository} from {since} onwards",
        ),
    ),
    Tool(
        "git_history.blame_line",
        "Commit and author that last changed a line of a file.",
        [
            Param("repository", "string", "Repository as owner/name.", REPO, vary=False),
            Param("file_path", "string", "Path of the file in the repository.", SOURCE_FILE, vary=False),
            Param("line", "integer", "Line number, starting at 1.", qty(1, 1800)),
            Param(
                "ref",
                "string",
                "Branch, tag or commit to blame at.",
                BRANCH,
                " on the {} branch",
                {"default": "HEAD"},
            ),
        ],
        (
            "find who last changed line {line} of {file_path} in {repository}",
            "run git blame on line {line} of {file_path} in the {repository} repo",
            "identify the commit that most recently touched line {line} of {file_path} in {repository}",
        ),
    ),
    Tool(
        "ci_pipeline.trigger_build",
        "Start a CI pipeline run on a branch with pipeline variables.",
        [
            Param("repository", "string", "Repository as owner/name.", REPO, vary=False),
            Param("branch", "string", "Branch to build.", BRANCH),
            Param(
                "variables",
                "dict",
                "Pipeline variables.",
                pipeline_vars,
                schema={
                    "properties": {
                        "deploy_env": {"type": "string", "description": "Target environment name."},
                        "run_e2e": {"type": "boolean", "description": "Run the end-to-end test stage."},
                        "log_level": {"type": "string", "description": "Log level: debug, info or warn."},
                    }
                },
            ),
        ],
        (
            "trigger a CI build of {branch} in {repository} with {variables}",
            "start the pipeline for {repository} on branch {branch}, passing {variables}",
        ),
    ),
    Tool(
        "ci_pipeline.flaky_tests",
        "Tests that both passed and failed over a repository's recent CI runs.",
        [
            Param("repository", "string", "Repository as owner/name.", REPO),
            Param(
                "last_runs",
                "integer",
                "Number of most recent pipeline runs to examine.",
                qty(20, 500, (" runs",)),
            ),
        ],
        (
            "find flaky tests in {repository} over the last {last_runs}",
            "list the tests in {repository} that flip between pass and fail across {last_runs}",
            "detect unstable tests from the past {last_runs} of {repository}",
        ),
    ),
    Tool(
        "pr_tracker.awaiting_review",
        "Open pull requests that are waiting for one reviewer.",
        [
            Param("repository", "string", "Repository as owner/name.", REPO),
            Param("reviewer", "string", "Username of the requested reviewer.", HANDLE, vary=False),
            Param(
                "labels",
                "array",
                "Only pull requests carrying all these labels.",
                listing(
                    ["bug", "security", "dependencies", "needs-tests", "breaking-change", "docs"], (1, 2)
                ),
                " labelled {}",
                STRINGS,
            ),
        ],
        (
            "list open pull requests in {repository} waiting on a review from {reviewer}",
            "show which PRs in {repository} have {reviewer} as a pending reviewer",
            "find pull requests {reviewer} still has to review in {repository}",
        ),
    ),
    Tool(
        "release_notes.changes_between_tags",
        "Merged changes between two release tags, grouped for release notes.",
        [
            Param("repository", "string", "Repository as owner/name.", REPO, vary=False),
            Param("from_tag", "string", "Older tag, e.g. 'v1.4.0'.", old_tag, vary=False),
            Param("to_tag", "string", "Newer tag.", new_tag, vary=False),
            Param(
                "group_by",
                "string",
                "How to group entries: 'type', 'label' or 'author'.",
                pick(("change type", "type"), ("label", "label"), ("author", "author")),
                " grouped by {}",
                {"enum": ["type", "label", "author"], "default": "type"},
            ),
        ],
        (
            "draft release notes for {repository} from {from_tag} to {to_tag}",
            "list everything merged in {repository} between {from_tag} and {to_tag}",
            "summarize the changes in {repository} since {from_tag} up to {to_tag}",
        ),
    ),
]

NETWORKING = [
    Tool(
        "subnet_calc.network_details",
        "Network address, broadcast address, netmask and usable host range of an IPv4 network.",
        [Param("cidr", "string", "IPv4 network in CIDR notation, e.g. '10.0.8.0/22'.", cidr)],
        (
            "calculate the netmask, broadcast address and usable host range of {cidr}",
            "break down the IPv4 network {cidr}",
            "work out how many usable hosts {cidr} has and what its broadcast address is",
        ),
    ),
    Tool(
        "subnet_calc.split_network",
        "Split an IPv4 network into equal subnets, at least a given number of them.",
        [
            Param("cidr", "string", "IPv4 network in CIDR notation.", cidr),
            Param("subnet_count", "integer", "Number of subnets needed.", qty(2, 64, (" subnets",))),
        ],
        (
            "split {cidr} into {subnet_count}",
            "carve {cidr} into at least {subnet_count} of equal size",
            "divide the network {cidr} into {subnet_count}",
        ),
    ),
    Tool(
        "ip_tools.address_in_network",
        "Whether an IPv4 address lies inside a network.",
        [
            Param("address", "string", "IPv4 address.", ipv4),
            Param("cidr", "string", "IPv4 network in CIDR notation.", cidr, vary=False),
        ],
        (
            "check if {address} falls inside {cidr}",
            "determine whether the host {address} belongs to the network {cidr}",
        ),
    ),
    Tool(
        "dns_lookup.resolve_records",
        "DNS records of a domain.",
        [
            Param("domain", "string", "Domain name.", DOMAIN),
            Param(
                "record_types",
                "array",
                "Record types to fetch: A, AAAA, MX, TXT, CNAME, NS, SOA or CAA.",
                listing(["A", "AAAA", "MX", "TXT", "NS", "SOA", "CAA"], (1, 3)),
                schema={
                    "items": {
                        "type": "string",
                        "enum": ["A", "AAAA", "MX", "TXT", "CNAME", "NS", "SOA", "CAA"],
                    }
                },
            ),
            Param(
                "resolver",
                "string",
                "IP address of the DNS resolver to query.",
                words("1.1.1.1", "8.8.8.8", "9.9.9.9"),
                " using the resolver at {}",
                {"default": ""},
            ),
        ],
        (
            "look up the {record_types} records of {domain}",
            "resolve {domain} and return its {record_types} records",
            "query DNS for the {record_types} records for {domain}",
        ),
    ),
    Tool(
        "net_probe.ping",
        "Round-trip latency and packet loss to a host by ICMP echo.",
        [
            Param("host", "string", "Hostname or IP address.", host),
            Param(
                "count",
                "integer",
                "Number of echo requests to send.",
                qty(3, 50, (" packets", " pings")),
                " with {}",
                {"default": 4},
            ),
            Param(
                "packet_size",
                "integer",
                "Payload size of each request in bytes.",
                qty(32, 1472, (" bytes",)),
                ", with a payload of {} per request",
                {"default": 56},
            ),
        ],
        (
            "ping {host}",
            "measure the round-trip latency to {host}",
            "check the packet loss and latency to {host}",
        ),
    ),
    Tool(
        "bandwidth_calc.transfer_time",
        "Time to move a file over a network link.",
        [
            Param("data_size", "float", "Data size in gigabytes.", qty(0.5, 4000, (" GB",), 1)),
            Param(
                "link_speed",
                "float",
                "Link speed in megabits per second.",
                qty(10, 10000, (" Mbps", " Mbit/s")),
            ),
            Param(
                "efficiency_pct",
                "float",
                "Share of the nominal speed actually achieved, in percent.",
                percent(50, 95, 0),
                " at {} efficiency",
                {"default": 100},
            ),
        ],
        (
            "estimate how long it takes to transfer {data_size} over a {link_speed} link",
            "work out the time to copy {data_size} across a connection of {link_speed}",
            "figure out how long uploading {data_size} takes at {link_speed}",
        ),
    ),
    Tool(
        "port_scanner.check_ports",
        "Whether the given TCP or UDP ports of a host are open.",
        [
            Param("host", "string", "Hostname or IP address.", host, vary=False),
            Param("ports", "array", "Port numbers to test.", port_list, schema=INTEGERS),
            Param(
                "protocol",
                "string",
                "Transport protocol: 'tcp' or 'udp'.",
                pick(("UDP", "udp"), ("TCP", "tcp")),
                " over {}",
                {"enum": ["tcp", "udp"], "default": "tcp"},
            ),
        ],
        (
            "check which of ports {ports} are open on {host}",
            "scan {host} for ports {ports}",
            "probe {host} to see if ports {ports} accept connections",
        ),
    ),
    Tool(
        "tcp_tuning.bandwidth_delay_product",
        "Bandwidth-delay product, the TCP window needed to fill a link, in bytes.",
        [
            Param(
                "bandwidth",
                "float",
                "Link bandwidth in megabits per second.",
                qty(10, 40000, (" Mbps", " Mbit/s")),
            ),
            Param(
                "round_trip_time",
                "float",
                "Round-trip time in milliseconds.",
                qty(1, 350, (" ms", " milliseconds"), 1),
            ),
        ],
        (
            "compute the bandwidth-delay product of a {bandwidth} link with a round-trip time of "
            "{round_trip_time}",
            "find the TCP window size needed to saturate {bandwidth} at an RTT of {round_trip_time}",
            "work out how many bytes are in flight on a {bandwidth} path with {round_trip_time} latency",
        ),
    ),
    Tool(
        "whois_registry.domain_record",
        "Registrar, registration and expiry dates and name servers of a domain.",
        [
            Param("domain", "string", "Domain name.", DOMAIN),
            Param(
                "include_raw",
                "boolean",
                "Also return the raw WHOIS text.",
                switched_on,
                " and include the raw WHOIS output{}",
                {"default": False},
            ),
        ],
        (
            "look up the WHOIS record of {domain}",
            "find out who registered {domain} and when it expires",
            "get the registrar and name servers for {domain}",
        ),
    ),
    Tool(
        "tls_inspector.certificate_info",
        "Issuer, validity dates and days until expiry of the TLS certificate a server presents.",
        [
            Param("hostname", "string", "Server hostname.", host),
            Param(
                "port",
                "integer",
                "TLS port.",
                pick(8443, 993, 465, 636, 5986),
                " on port {}",
                {"default": 443},
            ),
        ],
        (
            "check when the TLS certificate of {hostname} expires",
            "inspect the SSL certificate served by {hostname}",
            "find out who issued the certificate for {hostname} and how long it is valid",
        ),
    ),
]

DATABASES = [
    Tool(
        "sql_tools.format_query",
        "Pretty-print a SQL query in a dialect's conventions.",
        [
            Param(
                "query",
                "string",
                "SQL text to format.",
                double_quoted(
                    "select id, name from users where active = 1 order by name",
                    "select count(*) from orders o join customers c on c.id = o.customer_id group "
                    "by c.country",
                    "update inventory set qty = qty - 1 where sku = 'A-113'",
                    "select * from events where created_at > now() - interval '7 days'",
                    "delete from sessions where expires_at < current_timestamp",
                    "select dept, avg(salary) from staff group by dept having avg(salary) > 60000",
                    "insert into audit_log (user_id, action) values (42, 'login')",
                    "select p.title, count(c.id) from posts p left join comments c on c.post_id = "
                    "p.id group by p.title",
                ),
            ),
            Param(
                "dialect",
                "string",
                "SQL dialect: 'postgresql', 'mysql', 'sqlite', 'bigquery' or 'tsql'.",
                pick(
                    ("PostgreSQL", "postgresql"),
                    ("MySQL", "mysql"),
                    ("SQLite", "sqlite"),
                    ("BigQuery", "bigquery"),
                    ("T-SQL", "tsql"),
                ),
                schema={"enum": ["postgresql", "mysql", "sqlite", "bigquery", "tsql"]},
                vary=False,
            ),
            Param(
                "uppercase_keywords",
                "boolean",
                "Write SQL keywords in upper case.",
                switched_on,
                " with keywords in upper case{}",
                {"default": False},
            ),
        ],
        (
            "format the {dialect} query {query}",
            "pretty-print this {dialect} statement: {query}",
            "tidy up {query} following {dialect} style",
        ),
    ),
    Tool(
        "db_sizing.table_storage",
        "Estimated on-disk size of a table from its row count and average row width.",
        [
            Param("row_count", "integer", "Number of rows.", qty(10000, 900000000, (" rows",))),
            Param("avg_row_size", "integer", "Average row width in bytes.", qty(40, 4000, (" bytes",))),
        ],
        (
            "estimate the storage of a table with {row_count} at {avg_row_size} each",
            "work out how much disk {row_count} averaging {avg_row_size} will take",
            "size a database table holding {row_count} of {avg_row_size}",
        ),
    ),
    Tool(
        "db_admin.slow_queries",
        "Slowest statements recorded by a database instance above a duration threshold.",
        [
            Param("instance", "string", "Database instance name.", DB_INSTANCE),
            Param(
                "min_duration",
                "integer",
                "Minimum duration in milliseconds.",
                qty(50, 30000, (" ms", " milliseconds")),
            ),
            Param(
                "limit",
                "integer",
                "Maximum number of statements to return.",
                qty(5, 50),
                ", top {} only",
                {"default": 20},
            ),
            Param(
                "since",
                "string",
                "Only statements run since this date, YYYY-MM-DD.",
                day(2025, 1),
                " since {}",
                {"default": ""},
            ),
        ],
        (
            "list queries on {instance} slower than {min_duration}",
            "show the statements taking over {min_duration} on the {instance} database",
            "find slow queries above {min_duration} on {instance}",
        ),
    ),
    Tool(
        "db_backup.schedule_snapshot",
        "Schedule a snapshot of a database instance and how long to keep it.",
        [
            Param("instance", "string", "Database instance name.", DB_INSTANCE),
            Param("date", "string", "Day of the snapshot, YYYY-MM-DD.", day(2025, 2), vary=False),
            Param(
                "retention_days", "integer", "Days to keep the snapshot.", qty(1, 365, (" days",)), vary=False
            ),
        ],
        (
            "schedule a snapshot of {instance} on {date} kept for {retention_days}",
            "back up the {instance} database on {date} and retain it {retention_days}",
        ),
    ),
    Tool(
        "pool_tuning.recommended_size",
        "Recommended database connection pool size from the server's cores and disks.",
        [
            Param(
                "cpu_cores",
                "integer",
                "CPU cores of the database server.",
                qty(2, 128, (" cores", " CPU cores")),
            ),
            Param(
                "disks",
                "integer",
                "Number of independent disks (spindles).",
                qty(2, 24, (" disks", " drives")),
            ),
            Param(
                "app_instances",
                "integer",
                "Application instances sharing the database; the pool is divided among them.",
                qty(2, 40, (" app instances", " application servers")),
                " shared by {}",
                {"default": 1},
            ),
        ],
        (
            "recommend a connection pool size for a database server with {cpu_cores} and {disks}",
            "work out how many database connections to allow on {cpu_cores} backed by {disks}",
        ),
    ),
]

CLOUD = [
    Tool(
        "ec2_pricing.monthly_cost",
        "Monthly on-demand cost of AWS EC2 instances in a region.",
        [
            Param("instance_type", "string", "EC2 instance type, e.g. 'm5.xlarge'.", INSTANCE),
            Param("region", "string", "AWS region code, e.g. 'eu-west-1'.", AWS_REGION, vary=False),
            Param(
                "count",
                "integer",
                "Number of instances.",
                qty(1, 80, (" instances",)),
                " for {}",
                {"default": 1},
            ),
            Param(
                "hours_per_month",
                "float",
                "Running hours per month.",
                qty(100, 720, (" hours",)),
                " running {} a month",
                {"default": 730},
            ),
        ],
        (
            "estimate the monthly cost of a {instance_type} in {region}",
            "price an on-demand {instance_type} instance in {region} per month",
            "find out what a {instance_type} in {region} costs each month",
        ),
    ),
    Tool(
        "object_storage.monthly_bill",
        "Monthly object storage bill from stored volume, requests and egress.",
        [
            Param("stored_volume", "float", "Average stored volume in gigabytes.", qty(10, 500000, (" GB",))),
            Param(
                "monthly_requests",
                "float",
                "Requests per month in millions.",
                qty(0.1, 900, (" million requests",), 1),
            ),
            Param(
                "egress_volume",
                "float",
                "Data transferred out per month in gigabytes.",
                qty(0, 80000, (" GB",)),
            ),
            Param(
                "storage_class",
                "string",
                "Storage class: 'standard', 'infrequent_access' or 'archive'.",
                pick(
                    ("infrequent-access", "infrequent_access"),
                    ("archive", "archive"),
                    ("standard", "standard"),
                ),
                " in the {} class",
                {"enum": ["standard", "infrequent_access", "archive"], "default": "standard"},
            ),
        ],
        (
            "estimate the monthly bill for storing {stored_volume} with {monthly_requests} and "
            "{egress_volume} of egress",
            "work out object storage costs for {stored_volume} stored, {monthly_requests} and "
            "{egress_volume} downloaded",
        ),
    ),
    Tool(
        "k8s_planner.pod_capacity",
        "How many pods with given resource requests fit on a Kubernetes node pool.",
        [
            Param("nodes", "integer", "Number of nodes.", qty(1, 200, (" nodes",))),
            Param("node_cpu", "float", "Allocatable CPU cores per node.", qty(2, 96, (" vCPUs", " cores"))),
            Param("node_memory", "float", "Allocatable memory per node in GiB.", qty(4, 768, (" GiB",))),
            Param(
                "pod_request",
                "dict",
                "Resources each pod requests.",
                pod_request,
                schema={
                    "properties": {
                        "cpu_millicores": {"type": "integer", "description": "CPU request in millicores."},
                        "memory_mib": {"type": "integer", "description": "Memory request in MiB."},
                    }
                },
            ),
        ],
        (
            "work out how many pods requesting {pod_request} fit on {nodes} with {node_cpu} and "
            "{node_memory} each",
            "calculate pod capacity for {nodes} of {node_cpu} and {node_memory} when "
            "every pod asks for "
            "{pod_request}",
        ),
    ),
    Tool(
        "cron_tools.next_runs",
        "Next run times of a cron schedule.",
        [
            Param("expression", "string", "Five-field cron expression.", cron),
            Param(
                "count",
                "integer",
                "Number of run times to list.",
                qty(2, 20),
                ", listing the next {}",
                {"default": 5},
            ),
            Param(
                "timezone",
                "string",
                "IANA time zone, e.g. 'Europe/Berlin'.",
                TIMEZONE,
                " in {} time",
                {"default": "UTC"},
            ),
        ],
        (
            "show when the cron schedule {expression} fires next",
            "list the upcoming run times of {expression}",
            "work out the next times a job with cron {expression} will run",
        ),
    ),
    Tool(
        "uptime_math.allowed_downtime",
        "Downtime a service may have in a period without breaking an availability target.",
        [
            Param("availability", "float", "Availability target in percent, e.g. 99.95.", sla),
            Param(
                "period",
                "string",
                "Period: 'week', 'month', 'quarter' or 'year'.",
                pick("week", "month", "quarter", "year"),
                schema={"enum": ["week", "month", "quarter", "year"]},
                vary=False,
            ),
        ],
        (
            "compute the downtime budget per {period} for an SLA of {availability}",
            "work out how much downtime a {availability} availability target allows each {period}",
            "find the error budget in minutes per {period} at {availability} uptime",
        ),
    ),
    Tool(
        "autoscaler.replicas_needed",
        "Replicas a service needs to serve peak traffic at a target utilisation.",
        [
            Param(
                "peak_traffic",
                "float",
                "Peak requests per second.",
                qty(50, 250000, (" requests per second", " rps")),
            ),
            Param(
                "replica_throughput",
                "float",
                "Requests per second one replica can handle.",
                qty(20, 3000, (" rps",)),
            ),
            Param(
                "target_utilization_pct",
                "float",
                "Target utilisation of each replica in percent.",
                percent(50, 85, 0),
                " keeping each replica at {} utilisation",
                {"default": 70},
            ),
        ],
        (
            "work out how many replicas serve {peak_traffic} when one handles {replica_throughput}",
            "size the deployment for a peak of {peak_traffic} at {replica_throughput} per replica",
            "calculate the replica count for {peak_traffic} given {replica_throughput} per pod",
        ),
    ),
    Tool(
        "container_registry.image_tags",
        "Tags of a container image repository, newest first.",
        [
            Param(
                "image",
                "string",
                "Image repository, e.g. 'library/nginx'.",
                words(
                    "library/nginx",
                    "library/postgres",
                    "bitnami/redis",
                    "grafana/grafana",
                    "prom/prometheus",
                    "library/python",
                    "library/node",
                    "hashicorp/vault",
                    "traefik/whoami",
                ),
            ),
            Param(
                "pushed_after",
                "string",
                "Only tags pushed after this date, YYYY-MM-DD.",
                day(2024, 2),
                " pushed after {}",
                {"default": ""},
            ),
            Param(
                "name_filter",
                "string",
                "Substring the tag name must contain.",
                words("alpine", "slim", "bookworm", "rc"),
                " whose names contain '{}'",
                {"default": ""},
            ),
        ],
        (
            "list the tags of the {image} image",
            "show which tags exist for {image} in the registry",
            "get the newest tags of {image}",
        ),
    ),
    Tool(
        "incident_desk.page_on_call",
        "Page the on-call engineer of a service with an incident message.",
        [
            Param("service", "string", "Service name.", SERVICE),
            Param(
                "severity",
                "string",
                "Incident severity: 'sev1' (critical) to 'sev3'.",
                SEVERITY,
                schema={"enum": ["sev1", "sev2", "sev3"]},
                vary=False,
            ),
            Param(
                "message",
                "string",
                "Short description of the incident.",
                quoted(
                    "error rate above 5% since the last deploy",
                    "p99 latency over 2 seconds",
                    "database connections exhausted",
                    "disk usage at 95% on all nodes",
                    "TLS handshake failures from the EU region",
                    "queue backlog growing for 20 minutes",
                    "health checks failing in us-east-1",
                ),
                vary=False,
            ),
        ],
        (
            "page the {service} on-call with a {severity} incident: {message}",
            "open a {severity} page for {service} saying {message}",
            "alert whoever is on call for {service}, {severity}, with the message {message}",
        ),
    ),
]

SECURITY = [
    Tool(
        "password_audit.entropy_bits",
        "Entropy in bits of a random password of a given length and character set.",
        [
            Param("length", "integer", "Number of characters.", qty(6, 64, (" characters",))),
            Param(
                "character_classes",
                "array",
                "Character classes used: lowercase, uppercase, digits, symbols.",
                listing(["lowercase", "uppercase", "digits", "symbols"], (1, 4)),
                schema={"items": {"type": "string", "enum": ["lowercase", "uppercase", "digits", "symbols"]}},
            ),
        ],
        (
            "compute the entropy of a random password of {length} drawn from {character_classes}",
            "work out how many bits of entropy a password of {length} using {character_classes} has",
            "rate the strength of passwords of {length} made of {character_classes}",
        ),
    ),
    Tool(
        "hash_tools.digest_text",
        "Cryptographic hash of a text, in hexadecimal.",
        [
            Param(
                "text",
                "string",
                "Text to hash (UTF-8).",
                quoted(
                    "hello world",
                    "correct horse battery staple",
                    "release-2025-03",
                    "The quick brown fox jumps over the lazy dog",
                    "admin@example.com",
                    "build 4711",
                    "s3cr3t-token",
                    "order:88213",
                    "lorem ipsum",
                ),
            ),
            Param(
                "algorithm",
                "string",
                "Hash algorithm: 'md5', 'sha1', 'sha256', 'sha512' or 'blake2b'.",
                pick(
                    ("MD5", "md5"),
                    ("SHA-1", "sha1"),
                    ("SHA-256", "sha256"),
                    ("SHA-512", "sha512"),
                    ("BLAKE2b", "blake2b"),
                ),
                schema={"enum": ["md5", "sha1", "sha256", "sha512", "blake2b"]},
                vary=False,
            ),
        ],
        (
            "compute the {algorithm} hash of {text}",
            "hash {text} with {algorithm}",
            "produce the {algorithm} digest of the string {text}",
        ),
    ),
    Tool(
        "cve_lookup.vulnerability_details",
        "Description, affected products, CVSS score and fixes of a CVE entry.",
        [
            Param(
                "cve_id",
                "string",
                "CVE identifier, e.g. 'CVE-2021-44228'.",
                words(
                    "CVE-2021-44228",
                    "CVE-2014-0160",
                    "CVE-2017-5638",
                    "CVE-2023-4863",
                    "CVE-2024-3094",
                    "CVE-2019-0708",
                    "CVE-2022-22965",
                    "CVE-2021-26855",
                    "CVE-2023-34362",
                    "CVE-2020-1472",
                    "CVE-2017-0144",
                    "CVE-2018-11776",
                    "CVE-2014-6271",
                    "CVE-2023-44487",
                    "CVE-2021-3156",
                    "CVE-2022-0847",
                ),
            ),
            Param(
                "include_exploits",
                "boolean",
                "Also list known public exploits.",
                switched_on,
                " and say whether public exploits exist{}",
                {"default": False},
            ),
        ],
        (
            "look up {cve_id}",
            "get the details and CVSS score of {cve_id}",
            "find out what {cve_id} affects and how to fix it",
        ),
    ),
    Tool(
        "cvss_calc.base_score",
        "CVSS v3.1 base score and severity rating from a vector string.",
        [Param("vector", "string", "CVSS v3.1 vector string, e.g. 'CVSS:3.1/AV:N/AC:L/...'.", cvss_vector)],
        (
            "compute the CVSS base score of {vector}",
            "score the vulnerability vector {vector}",
            "rate the severity of the vector {vector}",
        ),
    ),
    Tool(
        "breach_monitor.email_exposures",
        "Known data breaches in which email addresses appeared.",
        [
            Param("emails", "array", "Email addresses to check.", email_list, schema=STRINGS),
            Param(
                "since",
                "string",
                "Only breaches disclosed since this date, YYYY-MM-DD.",
                day(2018, 6),
                " disclosed since {}",
                {"default": ""},
            ),
        ],
        (
            "check whether {emails} appeared in any data breach",
            "search breach databases for {emails}",
            "find out whether any of {emails} was exposed in a leak",
        ),
    ),
    Tool(
        "firewall_rules.allow_inbound",
        "Add a firewall rule allowing inbound traffic from a network to a port.",
        [
            Param("source_cidr", "string", "Source network in CIDR notation.", cidr),
            Param("port", "integer", "Destination port.", pick(*COMMON_PORTS), vary=False),
            Param(
                "protocol",
                "string",
                "Protocol: 'tcp' or 'udp'.",
                pick(("TCP", "tcp"), ("UDP", "udp")),
                schema={"enum": ["tcp", "udp"]},
                vary=False,
            ),
            Param(
                "comment",
                "string",
                "Note stored with the rule.",
                quoted("office VPN", "monitoring", "temporary vendor access", "CI runners"),
                " with the comment {}",
                {"default": ""},
            ),
        ],
        (
            "allow inbound {protocol} traffic from {source_cidr} to port {port}",
            "open port {port}/{protocol} to {source_cidr} on the firewall",
            "add a firewall rule letting {source_cidr} reach {protocol} port {port}",
        ),
    ),
]

TEXT = [
    Tool(
        "codec_tools.base64_encode",
        "Base64 encoding of a text.",
        [
            Param(
                "text",
                "string",
                "Text to encode (UTF-8).",
                quoted(
                    "user:password123",
                    "Hello, World!",
                    "api-key-7f3a",
                    '{"id": 7}',
                    "café au lait",
                    "deploy@2025",
                    "naïve résumé",
                    "GET /health",
                    "Zürich",
                ),
            ),
            Param(
                "url_safe",
                "boolean",
                "Use the URL-safe alphabet (- and _ instead of + and /).",
                switched_on,
                " using the URL-safe alphabet{}",
                {"default": False},
            ),
        ],
        (
            "base64-encode {text}",
            "convert {text} to Base64",
            "produce the Base64 form of {text}",
        ),
    ),
    Tool(
        "url_tools.parse_url",
        "Scheme, host, port, path, query parameters and fragment of a URL.",
        [Param("url", "string", "Absolute URL.", url)],
        (
            "parse the URL {url}",
            "break {url} into its parts",
            "extract the query parameters and path from {url}",
        ),
    ),
    Tool(
        "regex_lab.find_matches",
        "All matches of a regular expression in a text, with their positions.",
        [
            Param(
                "pattern",
                "string",
                "Regular expression (Python syntax).",
                quoted(
                    r"\d{3}-\d{4}",
                    r"[A-Z]{2,}",
                    r"\b\w+@\w+\.com\b",
                    r"v\d+\.\d+",
                    r"#\w+",
                    r"\$\d+(\.\d\d)?",
                ),
                vary=False,
            ),
            Param(
                "text",
                "string",
                "Text to search.",
                quoted(
                    "Call 555-0199 or 555-2368 before 5 PM",
                    "NASA and ESA launched the JWST with help from CSA",
                    "mail bob@acme.com or ana@shop.com today",
                    "upgrade from v2.3 to v3.1 next week",
                    "loving the #python and #rust talks",
                    "lunch was $12.50 and coffee $4",
                ),
            ),
            Param(
                "ignore_case",
                "boolean",
                "Match case-insensitively.",
                switched_on,
                ", ignoring case{}",
                {"default": False},
            ),
        ],
        (
            "find all matches of {pattern} in {text}",
            "run the regex {pattern} against {text}",
            "show where the pattern {pattern} occurs in {text}",
        ),
    ),
    Tool(
        "string_metrics.edit_distance",
        "Levenshtein edit distance between two strings.",
        [
            Param(
                "source",
                "string",
                "First string.",
                quoted(
                    "kitten",
                    "flaw",
                    "intention",
                    "Saturday",
                    "color",
                    "gumbo",
                    "receive",
                    "algorithm",
                    "tomato",
                ),
                vary=False,
            ),
            Param(
                "target",
                "string",
                "Second string.",
                quoted(
                    "sitting",
                    "lawn",
                    "execution",
                    "Sunday",
                    "colour",
                    "gambol",
                    "recieve",
                    "altruism",
                    "potato",
                ),
            ),
        ],
        (
            "compute the Levenshtein distance between {source} and {target}",
            "find how many edits turn {source} into {target}",
            "measure the edit distance from {source} to {target}",
        ),
    ),
    Tool(
        "slug_maker.slugify",
        "URL slug of a title: lower case, words joined by hyphens, punctuation dropped.",
        [
            Param(
                "title",
                "string",
                "Title to convert.",
                quoted(
                    "10 Tips for Faster Python Code",
                    "What's New in PostgreSQL 17?",
                    "Kubernetes: The Hard Way",
                    "Why We Moved Off Microservices",
                    "A Gentle Introduction to Rust & WebAssembly",
                    "Debugging Memory Leaks in Node.js",
                    "Zero-Downtime Deploys, Explained",
                    "How DNS Really Works",
                ),
            ),
            Param(
                "max_length",
                "integer",
                "Maximum slug length in characters.",
                qty(20, 60),
                " cut to at most {} characters",
                {"default": 0},
            ),
        ],
        (
            "make a URL slug from {title}",
            "slugify the title {title}",
            "turn {title} into a URL-friendly slug",
        ),
    ),
]

DATA_ML = [
    Tool(
        "ml_metrics.classification_report",
        "Accuracy, precision, recall and F1 score from a binary confusion matrix.",
        [
            Param(
                "confusion_matrix",
                "dict",
                "Counts of the binary confusion matrix.",
                confusion,
                schema={
                    "properties": {
                        "true_positives": {"type": "integer", "description": "True positives."},
                        "false_positives": {"type": "integer", "description": "False positives."},
                        "false_negatives": {"type": "integer", "description": "False negatives."},
                        "true_negatives": {"type": "integer", "description": "True negatives."},
                    }
                },
            ),
        ],
        (
            "compute precision, recall and F1 for a classifier with {confusion_matrix}",
            "evaluate a binary model that got {confusion_matrix}",
            "report accuracy and F1 given {confusion_matrix}",
        ),
    ),
    Tool(
        "ml_metrics.regression_errors",
        "Mean absolute error, root mean squared error and R² of predictions.",
        [
            Param("actual", "array", "Observed values.", series(10, 90, 5), schema=FLOATS),
            Param(
                "predicted", "array", "Predicted values, in the same order.", series(10, 90, 5), schema=FLOATS
            ),
        ],
        (
            "compute MAE, RMSE and R² for actual values {actual} and predictions {predicted}",
            "score a regression model that predicted {predicted} where the truth was {actual}",
        ),
    ),
    Tool(
        "dataset_split.split_sizes",
        "Row counts of the train, validation and test parts of a dataset split.",
        [
            Param(
                "total_rows",
                "integer",
                "Rows in the whole dataset.",
                qty(1000, 50000000, (" rows", " examples")),
            ),
            Param("validation_share", "float", "Validation share in percent.", percent(5, 20, 0)),
            Param("test_share", "float", "Test share in percent.", percent(5, 25, 0)),
            Param(
                "seed",
                "integer",
                "Random seed of the shuffle.",
                plain_int(0, 9999),
                " with seed {}",
                {"default": 42},
            ),
        ],
        (
            "split {total_rows} into train, {validation_share} validation and {test_share} test",
            "work out the train, validation and test sizes for {total_rows} with {validation_share} "
            "held out for "
            "validation and {test_share} for testing",
        ),
    ),
    Tool(
        "gpu_planner.training_memory",
        "GPU memory needed to fine-tune a model: weights, gradients, optimizer state and activations.",
        [
            Param(
                "model_size",
                "float",
                "Model size in billions of parameters.",
                qty(0.1, 70, ("B", " billion"), 1),
            ),
            Param(
                "precision",
                "string",
                "Weight precision: 'fp32', 'bf16', 'fp16' or 'int8'.",
                pick(("fp32", "fp32"), ("bf16", "bf16"), ("fp16", "fp16"), ("int8", "int8")),
                schema={"enum": ["fp32", "bf16", "fp16", "int8"]},
                vary=False,
            ),
            Param(
                "optimizer",
                "string",
                "Optimizer: 'adamw', 'sgd' or 'adafactor'.",
                pick(("AdamW", "adamw"), ("SGD", "sgd"), ("Adafactor", "adafactor")),
                " with {}",
                {"enum": ["adamw", "sgd", "adafactor"], "default": "adamw"},
            ),
            Param(
                "gradient_checkpointing",
                "boolean",
                "Recompute activations instead of storing them.",
                switched_on,
                ", using gradient checkpointing{}",
                {"default": False},
            ),
        ],
        (
            "estimate the GPU memory to fine-tune a model with {model_size} parameters in {precision}",
            "work out how much VRAM training a network of {model_size} parameters at {precision} needs",
            "check how much memory full fine-tuning of a {precision} model with {model_size} "
            "parameters takes",
        ),
    ),
    Tool(
        "lr_schedule.cosine_value",
        "Learning rate at a step of a cosine decay schedule with linear warmup.",
        [
            Param("peak_lr", "float", "Peak learning rate.", learning_rate, vary=False),
            Param("step", "integer", "Training step.", qty(0, 200000)),
            Param(
                "total_steps",
                "integer",
                "Total training steps.",
                qty(200000, 500000, (" steps",)),
                vary=False,
            ),
            Param(
                "warmup_steps",
                "integer",
                "Linear warmup steps.",
                qty(100, 5000, (" steps",)),
                " after {} of warmup",
                {"default": 0},
            ),
        ],
        (
            "compute the learning rate at step {step} of a cosine schedule peaking at {peak_lr} "
            "over {total_steps}",
            "get the cosine-decayed LR at step {step} with a peak of {peak_lr} and {total_steps} in total",
            "find the learning rate a cosine decay from {peak_lr} over {total_steps} reaches by step {step}",
        ),
    ),
    Tool(
        "data_quality.profile_columns",
        "Null share, distinct count, type and range of columns of a tabular file.",
        [
            Param(
                "dataset_path",
                "string",
                "Path of the CSV or Parquet file.",
                words(
                    "data/customers.csv",
                    "warehouse/orders.parquet",
                    "exports/events_2025.csv",
                    "s3://lake/raw/sensors.parquet",
                    "data/churn_train.csv",
                    "reports/signups.csv",
                ),
            ),
            Param(
                "columns",
                "array",
                "Names of the columns to profile.",
                listing(
                    ["age", "income", "signup_date", "country", "plan", "last_login", "churned"], (1, 3), True
                ),
                schema=STRINGS,
            ),
        ],
        (
            "profile the columns {columns} of {dataset_path}",
            "check nulls and distinct values of {columns} in {dataset_path}",
            "summarize data quality for {columns} in the file {dataset_path}",
        ),
    ),
    Tool(
        "feature_scaling.min_max",
        "Rescale values linearly so that the smallest and largest map to the ends of a range.",
        [
            Param("values", "array", "Values to scale.", numbers(0, 5000, (4, 7)), schema=FLOATS),
            Param(
                "feature_range",
                "array",
                "Target range as [low, high].",
                pick(("-1 to 1", [-1, 1]), ("0 to 100", [0, 100]), ("0 to 10", [0, 10])),
                " into the range {}",
                {"items": {"type": "float"}, "default": [0, 1]},
            ),
        ],
        (
            "min-max normalize {values}",
            "scale the values {values} with min-max scaling",
            "rescale {values} by min-max",
        ),
    ),
    Tool(
        "ab_testing.sample_size",
        "Visitors needed per variant to detect a lift in a conversion rate.",
        [
            Param("baseline_rate", "float", "Current conversion rate in percent.", percent(0.5, 30, 1)),
            Param(
                "min_detectable_lift",
                "float",
                "Smallest relative lift worth detecting, in percent.",
                percent(2, 40, 0),
            ),
            Param(
                "power_pct",
                "float",
                "Statistical power in percent.",
                pick(("80%", 80), ("90%", 90), ("95%", 95)),
                " at {} power",
                {"default": 80},
            ),
            Param(
                "significance",
                "float",
                "Significance level alpha as a fraction.",
                pick(("0.01", 0.01), ("0.10", 0.1)),
                " and a significance level of {}",
                {"default": 0.05},
            ),
        ],
        (
            "calculate the sample size per variant for a {baseline_rate} baseline and a "
            "{min_detectable_lift} lift",
            "work out how many users an A/B test needs to detect a {min_detectable_lift} "
            "relative lift on "
            "a {baseline_rate} conversion rate",
        ),
    ),
]

STORAGE = [
    Tool(
        "raid_calc.usable_capacity",
        "Usable capacity and fault tolerance of a RAID array.",
        [
            Param(
                "level",
                "string",
                "RAID level: 'raid0', 'raid1', 'raid5', 'raid6' or 'raid10'.",
                pick(
                    ("RAID 0", "raid0"),
                    ("RAID 1", "raid1"),
                    ("RAID 5", "raid5"),
                    ("RAID 6", "raid6"),
                    ("RAID 10", "raid10"),
                ),
                schema={"enum": ["raid0", "raid1", "raid5", "raid6", "raid10"]},
                vary=False,
            ),
            Param("disks", "integer", "Number of disks.", pick(*range(4, 17, 2)), vary=False),
            Param(
                "disk_size",
                "float",
                "Capacity of each disk in terabytes.",
                pick(("2 TB", 2), ("4 TB", 4), ("8TB", 8), ("12 TB", 12), ("16 TB", 16), ("20TB", 20)),
            ),
        ],
        (
            "calculate the usable capacity of {level} with {disks} disks of {disk_size}",
            "work out how much space a {level} array of {disks} x {disk_size} drives gives",
            "find the usable storage of {disks} disks of {disk_size} in {level} and how many "
            "failures it survives",
        ),
    ),
    Tool(
        "raster_tools.uncompressed_size",
        "Uncompressed size in bytes of a raster image or a run of video frames.",
        [
            Param(
                "dimensions",
                "array",
                "Width and height in pixels, as [width, height].",
                resolution,
                schema=INTEGERS,
            ),
            Param(
                "bits_per_pixel",
                "integer",
                "Colour depth in bits per pixel.",
                pick(8, 16, 24, 32, 48),
                vary=False,
            ),
            Param(
                "frames",
                "integer",
                "Number of frames.",
                qty(2, 9000, (" frames",)),
                " for {}",
                {"default": 1},
            ),
        ],
        (
            "work out the uncompressed size of a {dimensions} image at {bits_per_pixel} bits per pixel",
            "compute the raw size of a bitmap of {dimensions} pixels with {bits_per_pixel}-bit colour",
            "find how many bytes a {bits_per_pixel}-bit image of {dimensions} takes without compression",
        ),
    ),
    Tool(
        "backup_planner.retention_storage",
        "Storage needed to keep a full backup plus daily incrementals for a retention window.",
        [
            Param(
                "full_backup_size",
                "float",
                "Size of a full backup in gigabytes.",
                qty(20, 80000, (" GB",)),
            ),
            Param(
                "daily_change",
                "float",
                "Share of data changing per day, in percent.",
                percent(0.5, 15, 1),
            ),
            Param("retention_days", "integer", "Days of backups to keep.", qty(7, 400, (" days",))),
        ],
        (
            "estimate backup storage for a {full_backup_size} full backup with {daily_change} "
            "daily change kept "
            "{retention_days}",
            "work out how much backup space {retention_days} of retention needs for "
            "{full_backup_size} changing "
            "{daily_change} a day",
        ),
    ),
    Tool(
        "media_tools.video_file_size",
        "Size of a video file from its duration and bitrates.",
        [
            Param("duration", "float", "Duration in minutes.", qty(1, 240, (" minutes", " min"))),
            Param(
                "video_bitrate",
                "float",
                "Video bitrate in megabits per second.",
                qty(1, 80, (" Mbps",), 1),
            ),
            Param(
                "audio_kbps",
                "integer",
                "Audio bitrate in kilobits per second.",
                pick(96, 128, 192, 256, 320),
                " with {} kbps audio",
                {"default": 128},
            ),
        ],
        (
            "estimate the file size of a {duration} video encoded at {video_bitrate}",
            "work out how big a {duration} recording at {video_bitrate} will be",
            "predict the size of {duration} of footage at a bitrate of {video_bitrate}",
        ),
    ),
    Tool(
        "file_types.identify_signature",
        "File format that starts with the given magic bytes.",
        [
            Param(
                "magic_bytes",
                "string",
                "Leading bytes in hexadecimal, space separated.",
                words(
                    "89 50 4E 47 0D 0A 1A 0A",
                    "25 50 44 46",
                    "50 4B 03 04",
                    "FF D8 FF E0",
                    "47 49 46 38 39 61",
                    "7F 45 4C 46",
                    "1F 8B 08",
                    "52 49 46 46",
                    "4D 5A",
                    "49 44 33",
                    "1A 45 DF A3",
                    "53 51 4C 69 74 65",
                    "CA FE BA BE",
                    "42 5A 68",
                    "00 00 00 18 66 74 79 70",
                    "D0 CF 11 E0",
                ),
            ),
        ],
        (
            "identify the file type whose header starts with {magic_bytes}",
            "name the format that has the magic bytes {magic_bytes}",
            "work out what kind of file begins with the bytes {magic_bytes}",
        ),
    ),
]

TELECOM = [
    Tool(
        "rf_link.free_space_path_loss",
        "Free-space path loss of a radio link, in dB.",
        [
            Param("frequency", "float", "Carrier frequency in MHz.", qty(400, 60000, (" MHz",))),
            Param("distance_km", "float", "Link distance in kilometres.", qty(0.1, 80, (" km",), 1)),
        ],
        (
            "calculate the free-space path loss at {frequency} over {distance_km}",
            "work out the FSPL of a {distance_km} link at {frequency}",
            "find how many dB a {frequency} signal loses across {distance_km} in free space",
        ),
    ),
    Tool(
        "channel_math.shannon_capacity",
        "Maximum error-free data rate of a channel from its bandwidth and signal-to-noise ratio.",
        [
            Param("channel_bandwidth", "float", "Channel bandwidth in MHz.", qty(0.2, 400, (" MHz",), 1)),
            Param("snr", "float", "Signal-to-noise ratio in dB.", qty(-5, 45, (" dB",), 1)),
        ],
        (
            "compute the Shannon capacity of a {channel_bandwidth} channel at {snr} SNR",
            "find the maximum data rate of {channel_bandwidth} of bandwidth with a signal-to-noise "
            "ratio of {snr}",
        ),
    ),
    Tool(
        "led_circuit.series_resistor",
        "Resistor value and power rating needed to drive LEDs in series from a supply.",
        [
            Param(
                "supply_voltage",
                "float",
                "Supply voltage in volts.",
                pick(("5 V", 5), ("3.3V", 3.3), ("9 V", 9), ("12 V", 12), ("24V", 24)),
            ),
            Param(
                "forward_voltage",
                "float",
                "Forward voltage of one LED in volts.",
                pick(("1.8 V", 1.8), ("2.0V", 2.0), ("2.2 V", 2.2), ("3.0 V", 3.0), ("3.2V", 3.2)),
            ),
            Param("led_current", "float", "LED current in milliamps.", qty(2, 350, (" mA",))),
            Param(
                "led_count",
                "integer",
                "LEDs in series.",
                qty(2, 6, (" LEDs",)),
                " for {} in series",
                {"default": 1},
            ),
        ],
        (
            "pick a resistor for an LED with a {forward_voltage} forward voltage on a "
            "{supply_voltage} supply at {led_current}",
            "calculate the current-limiting resistor to run an LED at {led_current} from {supply_voltage} "
            "with Vf {forward_voltage}",
        ),
    ),
    Tool(
        "battery_life.device_runtime",
        "Runtime of a battery-powered device with alternating active and sleep phases.",
        [
            Param("capacity", "float", "Battery capacity in mAh.", qty(100, 20000, (" mAh",))),
            Param(
                "load_profile",
                "dict",
                "The device's current draw.",
                load_profile,
                schema={
                    "properties": {
                        "active_current_ma": {"type": "float", "description": "Current when active, mA."},
                        "sleep_current_ua": {"type": "float", "description": "Current when asleep, µA."},
                        "duty_cycle_pct": {"type": "float", "description": "Share of time active, percent."},
                    }
                },
            ),
        ],
        (
            "estimate how long a {capacity} battery lasts for a sensor drawing {load_profile}",
            "work out the battery life of a {capacity} cell powering a device that takes {load_profile}",
        ),
    ),
    Tool(
        "pcb_design.trace_width",
        "Minimum PCB trace width for a current per IPC-2221.",
        [
            Param("current", "float", "Current in amperes.", qty(0.1, 20, (" A", " amps"), 1)),
            Param(
                "copper_weight",
                "float",
                "Copper weight in oz/ft².",
                pick(("1 oz", 1.0), ("2 oz", 2.0), ("0.5 oz", 0.5), ("3 oz", 3.0)),
                vary=False,
            ),
            Param("temp_rise", "float", "Allowed temperature rise in °C.", qty(5, 40, (" °C", " degrees C"))),
            Param(
                "layer",
                "string",
                "'external' or 'internal' layer.",
                pick(("an internal", "internal"), ("an outer", "external")),
                " on {} layer",
                {"enum": ["external", "internal"], "default": "external"},
            ),
        ],
        (
            "calculate the trace width for {current} on {copper_weight} copper with a {temp_rise} rise",
            "size a PCB trace carrying {current} in {copper_weight} copper allowing {temp_rise} of heating",
        ),
    ),
    Tool(
        "phone_numbers.validate_number",
        "Whether a phone number is valid, with its E.164 form, country and line type.",
        [
            Param("number", "string", "Phone number as written.", phone_number),
            Param(
                "default_region",
                "string",
                "ISO 3166 country code assumed for numbers without a country prefix.",
                pick(("the US", "US"), ("the UK", "GB"), ("Germany", "DE"), ("Japan", "JP")),
                ", assuming {} for local numbers",
                {"enum": ["US", "GB", "DE", "JP", "FR", "IN"], "default": "US"},
            ),
        ],
        (
            "validate the phone number {number}",
            "check if {number} is a real phone number and format it as E.164",
            "look up the country and line type of {number}",
        ),
    ),
]

WIDE_TECH: list[Tool] = (
    SOFTWARE
    + VERSION_CONTROL
    + NETWORKING
    + DATABASES
    + CLOUD
    + SECURITY
    + TEXT
    + DATA_ML
    + STORAGE
    + TELECOM
)
