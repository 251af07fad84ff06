"""Java tools of the Java/JavaScript synthetic catalogue, server side: invented `Class.method`
APIs (banking, payroll, caching, scheduling, workflows, search shards, webhooks, migrations,
logging) with BFCL's Java parameter types (`any` objects the code already holds, `String`,
`integer`, `long`, `double`, `float`, `boolean`, `Array`, `ArrayList`, `HashMap`)."""

from __future__ import annotations

from data_builders.java_js_values import count, decimal, entries, flag, param, ref, texts, whole_numbers
from data_builders.rich_tool import Tool
from data_builders.rich_values import pick, quoted

REGIONS = ("eu-west", "us-east", "ap-south", "sa-east")
TEAMS = ("billing", "platform", "mobile", "security", "data")
PEOPLE = ("alice", "bob", "carol", "dmitri", "erin", "farah", "gus")
HOSTS = ("https://hooks.acme.io/orders", "https://relay.example.org/v2/events", "https://ci.internal/hook")


def fields(**gens):
    return entries(gens)


JAVA_SERVICES = [
    Tool(
        "LedgerBatchImporter.importStatements",
        "Imports bank statements from a source into one account.",
        [
            param(
                "source", "any", "The StatementSource to read from.", ref("csvSource", "ofxFeed", "sftpInbox")
            ),
            param(
                "accountId",
                "String",
                "The target account identifier.",
                quoted("ACC-1001", "ACC-2290", "SAV-77"),
            ),
            param(
                "dryRun",
                "boolean",
                "Whether to validate without booking.",
                flag("as a dry run", "and book them"),
            ),
        ],
        ("import the bank statements from {source} into account {accountId} {dryRun}",),
    ),
    Tool(
        "RateLimiterRegistry.registerLimit",
        "Registers a token-bucket rate limiter under a name.",
        [
            param("limiterName", "String", "Name of the limiter.", quoted("login", "search-api", "uploads")),
            param("permitsPerSecond", "double", "Permits refilled per second.", decimal(0.5, 200, 1)),
            param("burstCapacity", "integer", "Largest burst allowed.", count(5, 500)),
        ],
        (
            "register a rate limiter named {limiterName} allowing {permitsPerSecond} permits per second "
            "with a burst capacity of {burstCapacity}",
        ),
    ),
    Tool(
        "SessionCacheManager.evictIdleSessions",
        "Evicts sessions idle for longer than a limit from a session cache.",
        [
            param(
                "cache", "any", "The SessionCache to clean.", ref("webSessions", "adminCache", "apiSessions")
            ),
            param("maxIdleMillis", "long", "Idle limit in milliseconds.", count(1000, 3600000)),
        ],
        (
            "evict every session idle for more than {maxIdleMillis} milliseconds from the cache {cache}",
            "clear sessions from {cache} that have been idle over {maxIdleMillis} ms",
        ),
    ),
    Tool(
        "ReportScheduler.scheduleDaily",
        "Schedules reports to run every day at an hour of a time zone.",
        [
            param(
                "reportIds",
                "ArrayList",
                "Identifiers of the reports.",
                texts(("sales", "churn", "kpi", "stock", "ops")),
                items="String",
            ),
            param("hourOfDay", "integer", "Hour of the day, 0-23.", count(0, 23)),
            param(
                "timezone",
                "String",
                "IANA time zone.",
                quoted("Europe/Lisbon", "America/Chicago", "Asia/Tokyo"),
            ),
        ],
        ("schedule the reports {reportIds} to run daily at hour {hourOfDay} in the {timezone} time zone",),
    ),
    Tool(
        "InventoryLedger.adjustStock",
        "Adjusts the stock level of a SKU.",
        [
            param("sku", "String", "Stock keeping unit.", quoted("SKU-4471", "BX-200", "TSHIRT-M-RED")),
            param("delta", "integer", "Units to add (negative to remove).", count(-50, 120)),
            param(
                "reason",
                "String",
                "Why the stock changes. Optional parameter with a default value of 'manual'.",
                quoted("damaged", "recount", "return"),
                " with the reason {}",
                default="manual",
            ),
        ],
        ("adjust the stock of {sku} by {delta} units", "change the inventory level of {sku} by {delta}"),
    ),
    Tool(
        "MailDispatchQueue.enqueueMessages",
        "Queues a newsletter for several recipients at a priority.",
        [
            param("queue", "any", "The DispatchQueue to use.", ref("newsletterQueue", "txQueue", "bulkMail")),
            param(
                "recipients",
                "ArrayList",
                "Recipient addresses.",
                texts(tuple(f"{p}@shop.io" for p in PEOPLE)),
                items="String",
            ),
            param("priority", "integer", "Priority 1 (high) to 9.", count(1, 9)),
        ],
        ("queue mails to {recipients} on {queue} with priority {priority}",),
    ),
    Tool(
        "AuditTrailWriter.appendEvent",
        "Appends an audit event with attributes.",
        [
            param("writer", "any", "The AuditWriter.", ref("auditWriter", "complianceLog")),
            param("eventType", "String", "Event type.", quoted("LOGIN", "EXPORT", "ROLE_CHANGE")),
            param(
                "attributes",
                "HashMap",
                "Event attributes.",
                fields(user=quoted(*PEOPLE), attempts=count(1, 9), remote=flag("true", "false")),
            ),
        ],
        ("append a {eventType} event to {writer} with the attributes {attributes}",),
    ),
    Tool(
        "RetryPolicyBuilder.withBackoff",
        "Configures exponential backoff on a retry policy builder.",
        [
            param("builder", "any", "The RetryPolicyBuilder.", ref("policyBuilder", "httpRetry")),
            param("initialDelayMillis", "long", "First delay in milliseconds.", count(50, 5000)),
            param("multiplier", "double", "Delay growth factor.", decimal(1.1, 4, 1)),
            param("maxAttempts", "integer", "Attempts before giving up.", count(2, 12)),
        ],
        (
            "configure {builder} to back off from {initialDelayMillis} ms, multiplying the delay by "
            "{multiplier}, for at most {maxAttempts} attempts",
        ),
    ),
    Tool(
        "ShardRouter.assignShards",
        "Assigns shards of an index to this node.",
        [
            param("indexName", "String", "Index name.", quoted("orders-2024", "logs-app", "catalog")),
            param("shardIds", "Array", "Shard numbers.", whole_numbers(0, 15), items="integer"),
            param("replicaCount", "integer", "Replicas per shard.", count(0, 3)),
        ],
        ("assign shards {shardIds} of the index {indexName} with {replicaCount} replicas each",),
    ),
    Tool(
        "PayrollCalculator.computeNetPay",
        "Computes an employee's net pay from the gross amount and a tax rate.",
        [
            param("employee", "any", "The Employee record.", ref("currentEmployee", "contractor", "emp")),
            param("grossAmount", "double", "Gross amount.", decimal(900, 12000, 2)),
            param("taxRate", "float", "Tax rate as a fraction.", decimal(0.05, 0.45, 2)),
        ],
        ("compute the net pay of {employee} for a gross amount of {grossAmount} at a tax rate of {taxRate}",),
    ),
    Tool(
        "CertificateVault.rotateKey",
        "Rotates the key stored under an alias.",
        [
            param("vault", "any", "The KeyVault.", ref("keyVault", "hsmVault")),
            param("alias", "String", "Key alias.", quoted("api-signing", "tls-edge", "jwt-2025")),
            param("validityDays", "integer", "Validity of the new key in days.", count(30, 730)),
        ],
        ("rotate the key {alias} in {vault} with a validity of {validityDays} days",),
    ),
    Tool(
        "WorkflowEngine.startProcess",
        "Starts a process instance with variables.",
        [
            param(
                "definitionKey",
                "String",
                "Process definition key.",
                quoted("loanApproval", "onboarding", "refund"),
            ),
            param(
                "variables",
                "HashMap",
                "Process variables.",
                fields(amount=count(100, 90000), applicant=quoted(*PEOPLE), priority=quoted("low", "high")),
            ),
        ],
        ("start the {definitionKey} process with the variables {variables}",),
    ),
    Tool(
        "ThreadPoolTuner.resizePool",
        "Resizes a thread pool.",
        [
            param("executor", "any", "The ThreadPoolExecutor.", ref("ioPool", "workerPool")),
            param("coreSize", "integer", "Core threads.", count(1, 16)),
            param("maxSize", "integer", "Maximum threads.", count(17, 128)),
        ],
        ("resize {executor} to {coreSize} core threads and at most {maxSize} threads",),
    ),
    Tool(
        "LoyaltyPointsService.creditPoints",
        "Credits loyalty points to a member for a campaign.",
        [
            param("memberId", "String", "Member identifier.", quoted("M-55012", "M-10001", "VIP-7")),
            param("points", "long", "Points to credit.", count(10, 250000)),
            param("campaign", "String", "Campaign name.", quoted("spring-bonus", "welcome", "black-friday")),
        ],
        ("credit {points} loyalty points to member {memberId} for the {campaign} campaign",),
    ),
    Tool(
        "BackupArchiver.createArchive",
        "Archives directories into one backup.",
        [
            param(
                "directories",
                "ArrayList",
                "Directories to include.",
                texts(("/var/www", "/etc/nginx", "/home/app", "/srv/data")),
                items="String",
            ),
            param("compressionLevel", "integer", "Compression level 1-9.", count(1, 9)),
            param("encrypt", "boolean", "Encrypt the archive.", flag("encrypted", "unencrypted")),
        ],
        ("create a backup archive of {directories} at compression level {compressionLevel}, {encrypt}",),
    ),
    Tool(
        "ConfigOverlayLoader.applyOverrides",
        "Applies override values on top of a loaded configuration.",
        [
            param("config", "any", "The Configuration.", ref("appConfig", "baseConfig")),
            param(
                "overrides",
                "HashMap",
                "Keys and values to override.",
                fields(region=quoted(*REGIONS), poolSize=count(2, 64), cacheEnabled=flag("true", "false")),
            ),
        ],
        ("apply the overrides {overrides} to {config}",),
    ),
    Tool(
        "TicketTriageBot.assignTicket",
        "Assigns a support ticket to a team.",
        [
            param("ticketNumber", "long", "Ticket number.", count(100000, 9999999)),
            param("team", "String", "Team name.", quoted(*TEAMS)),
            param("urgent", "boolean", "Mark as urgent.", flag("as urgent", "as routine")),
        ],
        ("assign ticket {ticketNumber} to the {team} team {urgent}",),
    ),
    Tool(
        "SqlMigrationRunner.migrateTo",
        "Migrates a database schema to a target version.",
        [
            param("dataSource", "any", "The DataSource.", ref("primaryDb", "reportingDs")),
            param("targetVersion", "integer", "Target schema version.", count(2, 140)),
            param(
                "baselineOnMigrate",
                "boolean",
                "Baseline an unversioned schema.",
                flag("baselining an unversioned schema", "without baselining"),
            ),
        ],
        ("migrate {dataSource} to schema version {targetVersion}, {baselineOnMigrate}",),
    ),
    Tool(
        "WebhookRelay.forwardEvent",
        "Forwards an event to a webhook endpoint with headers.",
        [
            param("endpointUrl", "String", "Endpoint URL.", quoted(*HOSTS)),
            param(
                "headers",
                "HashMap",
                "HTTP headers.",
                fields(Authorization=quoted("Bearer abc123", "Token xyz"), retries=count(0, 5)),
            ),
            param("timeoutMillis", "long", "Timeout in milliseconds.", count(500, 30000)),
        ],
        (
            "forward the event to {endpointUrl} with the headers {headers} "
            "and a timeout of {timeoutMillis} ms",
        ),
    ),
    Tool(
        "CurrencyLedger.convertAmount",
        "Converts an amount between currencies at today's rate.",
        [
            param("amount", "double", "Amount to convert.", decimal(1, 50000, 2)),
            param("fromCurrency", "String", "ISO code converted from.", quoted("EUR", "USD", "GBP")),
            param("toCurrency", "String", "ISO code converted to.", quoted("JPY", "CHF", "SEK")),
        ],
        ("convert {amount} from {fromCurrency} to {toCurrency} in the ledger",),
    ),
    Tool(
        "OrderFulfillmentService.splitShipment",
        "Splits an order's shipment across warehouses.",
        [
            param("orderId", "long", "Order id.", count(1000000, 99999999)),
            param(
                "warehouseCodes",
                "Array",
                "Warehouse codes.",
                texts(("WH-A", "WH-B", "WH-NL", "WH-PL")),
                items="String",
            ),
        ],
        ("split the shipment of order {orderId} across the warehouses {warehouseCodes}",),
    ),
    Tool(
        "LogRotationPolicy.configure",
        "Sets size-based rotation on a log appender.",
        [
            param("appender", "any", "The RollingAppender.", ref("fileAppender", "auditAppender")),
            param(
                "maxFileSizeBytes", "long", "Largest file size in bytes.", pick(10485760, 52428800, 104857600)
            ),
            param("maxBackups", "integer", "Rotated files kept.", count(1, 30)),
        ],
        ("rotate {appender} at {maxFileSizeBytes} bytes, keeping {maxBackups} backups",),
    ),
]
