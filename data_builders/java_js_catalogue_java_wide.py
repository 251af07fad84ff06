"""Java tools of the Java/JavaScript synthetic catalogue, wide: invented `Class.method` APIs in the
domains the services and apps catalogues leave out (concurrency and executors, JDBC and
persistence, XML/JSON parsing, reflection and class loading, logging and metrics, security and
crypto, caching, build tools, testing, networking, Spring/Jakarta-style services, Android-style
UI, big-data jobs, date/time, NIO files) with BFCL's Java parameter types (`any` objects the code
already holds, `String`, `integer`, `long`, `double`, `float`, `boolean`, `char`, `Array`,
`ArrayList`, `HashMap`). Every tool has two or three differently worded templates."""

from __future__ import annotations

import random

from data_builders.java_js_values import (
    count,
    decimal,
    decimals,
    entries,
    flag,
    param,
    ref,
    texts,
    whole_numbers,
)
from data_builders.rich_tool import Tool
from data_builders.rich_values import day, join_texts, pick, quoted

HOSTS = ("https://api.acme.io", "https://payments.example.com/v1", "http://inventory.internal:8080")
REGIONS = ("eu-central", "us-west", "ap-northeast")
LEVELS = ("TRACE", "DEBUG", "INFO", "WARN", "ERROR")
USERS = ("u-1024", "u-77031", "svc-reporting", "admin-7")
HOLIDAYS = ("2025-01-01", "2025-04-18", "2025-05-01", "2025-12-25", "2025-12-26")


def ascending(lo: float, hi: float, size=(3, 5), places: int = 3):
    """Distinct increasing decimals (histogram bounds): "0.005, 0.05 and 0.5"."""

    def gen(r: random.Random):
        values = sorted({round(r.uniform(lo, hi), places) for _ in range(r.randint(*size))})
        values = [v if v != int(v) else round(v + 10**-places, places) for v in values]
        return join_texts([f"{v:.{places}f}" for v in values]), values

    return gen


JAVA_WIDE = [
    # concurrency and executors
    Tool(
        "ExecutorBatchLauncher.submitAll",
        "Submits named tasks to an executor and waits for them up to a timeout.",
        [
            param(
                "executor", "any", "The ExecutorService.", ref("batchExecutor", "computePool", "ioExecutor")
            ),
            param(
                "taskNames",
                "ArrayList",
                "Names of the tasks to run.",
                texts(("reindex", "thumbnails", "digest", "purge", "warmup")),
                items="String",
            ),
            param("timeoutMillis", "long", "How long to wait in milliseconds.", count(1000, 120000)),
        ],
        (
            "submit the tasks {taskNames} to {executor} and wait up to {timeoutMillis} ms for them",
            "run {taskNames} on the executor {executor}, giving them {timeoutMillis} milliseconds to finish",
        ),
    ),
    Tool(
        "CountdownGate.awaitRelease",
        "Waits until a countdown latch reaches zero or a timeout passes.",
        [
            param("latch", "any", "The CountDownLatch.", ref("startupLatch", "shutdownLatch", "readyGate")),
            param("timeoutSeconds", "long", "Longest wait in seconds.", count(5, 600)),
            param(
                "failOnTimeout",
                "boolean",
                "Throw when the wait times out. Optional parameter with a default value of false.",
                flag("throwing if it times out", "returning quietly on timeout"),
                ", {}",
                default=False,
            ),
        ],
        (
            "wait on {latch} for at most {timeoutSeconds} seconds",
            "block until {latch} counts down to zero or {timeoutSeconds} seconds pass",
        ),
    ),
    Tool(
        "FixedRateScheduler.scheduleRepeating",
        "Schedules a task at a fixed rate after an initial delay.",
        [
            param(
                "task",
                "any",
                "The Runnable to schedule.",
                ref("heartbeatTask", "cacheRefresher", "metricsPusher"),
            ),
            param(
                "initialDelayMillis", "long", "Delay before the first run in milliseconds.", count(0, 60000)
            ),
            param("periodMillis", "long", "Period between runs in milliseconds.", count(1000, 3600000)),
        ],
        (
            "schedule {task} to start after {initialDelayMillis} ms and then repeat every {periodMillis} ms",
            "run {task} at a fixed rate of once every {periodMillis} milliseconds, "
            "with an initial delay of {initialDelayMillis} milliseconds",
        ),
    ),
    Tool(
        "StripedLockTable.lockKeys",
        "Locks the stripes guarding some keys, waiting up to a limit.",
        [
            param(
                "lockTable", "any", "The StripedLockTable.", ref("accountLocks", "inventoryLocks", "stripes")
            ),
            param(
                "keys",
                "Array",
                "Keys to lock.",
                texts(("acct-17", "acct-42", "sku-9", "order-88", "user-5")),
                items="String",
            ),
            param("waitMillis", "long", "Longest wait for the locks in milliseconds.", count(10, 5000)),
        ],
        (
            "lock the keys {keys} in {lockTable}, waiting at most {waitMillis} ms",
            "acquire the stripes of {lockTable} that guard {keys} "
            "with a wait limit of {waitMillis} milliseconds",
        ),
    ),
    Tool(
        "ForkJoinReducer.parallelSum",
        "Sums values in parallel, splitting work below a threshold.",
        [
            param("values", "Array", "Values to sum.", decimals(0.5, 999, (3, 5), 2), items="double"),
            param(
                "splitThreshold", "integer", "Chunk size below which work is not split.", count(100, 10000)
            ),
            param(
                "parallelism",
                "integer",
                "Worker threads. Optional parameter with a default value of 4.",
                count(2, 32),
                " using {} worker threads",
                default=4,
            ),
        ],
        (
            "sum the values {values} in parallel with a split threshold of {splitThreshold}",
            "add up {values} with a fork-join reduction that stops splitting below {splitThreshold} elements",
        ),
    ),
    # JDBC and persistence
    Tool(
        "JdbcBatchWriter.insertRows",
        "Inserts buffered rows into a table in batches over a JDBC connection.",
        [
            param(
                "connection", "any", "The JDBC Connection.", ref("jdbcConn", "warehouseConnection", "conn")
            ),
            param("tableName", "String", "Target table.", quoted("orders", "audit_log", "customer_events")),
            param("batchSize", "integer", "Rows per batch.", count(50, 5000)),
            param(
                "autoCommit",
                "boolean",
                "Commit after each batch. Optional parameter with a default value of false.",
                flag("with auto-commit on", "with auto-commit off"),
                " {}",
                default=False,
            ),
        ],
        (
            "insert the buffered rows into the {tableName} table over {connection} in batches of {batchSize}",
            "write rows to {tableName} through {connection}, {batchSize} rows per batch",
        ),
    ),
    Tool(
        "TransactionRunner.runIsolated",
        "Runs a unit of work in a transaction at an isolation level with a timeout.",
        [
            param(
                "work", "any", "The TransactionCallback.", ref("transferFunds", "rebuildTotals", "closeMonth")
            ),
            param(
                "isolationLevel",
                "String",
                "Isolation level name.",
                quoted("READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"),
            ),
            param("timeoutSeconds", "integer", "Transaction timeout in seconds.", count(5, 300)),
        ],
        (
            "run {work} in a transaction at isolation level {isolationLevel} "
            "with a {timeoutSeconds} second timeout",
            "execute {work} transactionally using {isolationLevel} isolation, timing out after "
            "{timeoutSeconds} seconds",
        ),
    ),
    Tool(
        "EntityCacheRegion.evictEntities",
        "Evicts entities of a class from the second-level cache by id.",
        [
            param(
                "entityClass",
                "String",
                "Fully qualified entity class.",
                quoted("com.shop.Order", "com.shop.Customer", "com.crm.Lead"),
            ),
            param("ids", "ArrayList", "Entity ids.", whole_numbers(1000, 99999, (2, 4)), items="long"),
        ],
        (
            "evict the {entityClass} entities with ids {ids} from the second-level cache",
            "remove {entityClass} records {ids} from the entity cache region",
        ),
    ),
    Tool(
        "SchemaDdlExporter.exportSchema",
        "Exports the DDL of one schema to a file.",
        [
            param("dataSource", "any", "The DataSource.", ref("postgresDs", "legacyOracle", "analyticsDb")),
            param("schemaName", "String", "Schema to export.", quoted("public", "sales", "hr", "staging")),
            param(
                "outputPath",
                "String",
                "File to write.",
                quoted("/tmp/schema.sql", "ddl/export.sql", "backup/schema-v2.sql"),
            ),
            param(
                "includeGrants",
                "boolean",
                "Include GRANT statements. Optional parameter with a default value of false.",
                flag("including grants", "leaving out grants"),
                ", {}",
                default=False,
            ),
            param(
                "statementDelimiter",
                "char",
                "Character ending each statement. Optional parameter with a default value of ';'.",
                pick(("'/'", "/"), ("'$'", "$")),
                ", ending each statement with {}",
                default=";",
            ),
        ],
        (
            "export the DDL of the {schemaName} schema in {dataSource} to {outputPath}",
            "dump the {schemaName} schema definition from {dataSource} into the file {outputPath}",
        ),
    ),
    Tool(
        "JpaQueryBinder.bindNamed",
        "Binds named parameters to a JPA query.",
        [
            param("query", "any", "The TypedQuery.", ref("findActiveUsers", "ordersByRegion", "typedQuery")),
            param(
                "parameters",
                "HashMap",
                "Parameter names and values.",
                entries(
                    {
                        "status": quoted("ACTIVE", "PENDING", "CLOSED"),
                        "minTotal": decimal(10, 500, 2),
                        "region": quoted(*REGIONS),
                        "limit": count(10, 200),
                    }
                ),
            ),
        ],
        (
            "bind the named parameters {parameters} to the JPA query {query}",
            "set {parameters} as the parameters of {query}",
        ),
    ),
    # XML and JSON parsing
    Tool(
        "JsonTreeReader.readPointer",
        "Reads the value at a JSON pointer in a parsed document.",
        [
            param("document", "any", "The parsed JsonNode.", ref("orderJson", "configTree", "responseNode")),
            param(
                "pointer",
                "String",
                "JSON pointer.",
                quoted("/items/0/price", "/user/address/city", "/meta/version", "/data/1/id"),
            ),
            param(
                "required",
                "boolean",
                "Throw if the pointer is missing. Optional parameter with a default value of false.",
                flag("throwing if it is missing", "returning null if it is missing"),
                ", {}",
                default=False,
            ),
        ],
        (
            "read the value at the JSON pointer {pointer} in {document}",
            "get whatever {document} holds under {pointer}",
        ),
    ),
    Tool(
        "XmlStreamSplitter.splitByElement",
        "Splits an XML stream into chunks of a repeated element.",
        [
            param("input", "any", "The XML InputStream.", ref("feedStream", "catalogXml", "xmlInput")),
            param("elementName", "String", "Repeated element name.", quoted("record", "product", "entry")),
            param("chunkSize", "integer", "Elements per chunk.", count(100, 10000)),
            param(
                "namespaceAware",
                "boolean",
                "Resolve namespaces. Optional parameter with a default value of true.",
                flag("namespace-aware", "ignoring namespaces"),
                ", {}",
                default=True,
            ),
        ],
        (
            "split {input} into chunks of {chunkSize} {elementName} elements",
            "break the XML stream {input} up every {chunkSize} occurrences of the element {elementName}",
        ),
    ),
    Tool(
        "JsonStrictMapper.rejectUnknownFields",
        "Makes a JSON mapper reject unknown fields except some allowed ones.",
        [
            param("mapper", "any", "The ObjectMapper.", ref("objectMapper", "apiMapper", "jsonMapper")),
            param(
                "allowedFields",
                "ArrayList",
                "Unknown fields still tolerated.",
                texts(("_links", "@type", "trace_id", "etag", "_meta")),
                items="String",
            ),
        ],
        (
            "make {mapper} reject unknown JSON fields except {allowedFields}",
            "configure {mapper} to fail on unknown properties while still tolerating {allowedFields}",
        ),
    ),
    Tool(
        "XPathExtractor.selectValues",
        "Evaluates an XPath expression on a document, returning at most some values.",
        [
            param("document", "any", "The DOM Document.", ref("invoiceDom", "soapEnvelope", "pomDocument")),
            param(
                "expression",
                "String",
                "XPath expression.",
                quoted("//item/@sku", "/project/dependencies/dependency/artifactId", "//price/text()"),
            ),
            param("maxResults", "integer", "Most values returned.", count(1, 500)),
        ],
        (
            "evaluate the XPath {expression} on {document} and return at most {maxResults} values",
            "select up to {maxResults} values matching {expression} from {document}",
        ),
    ),
    Tool(
        "FixedWidthRecordParser.parseLine",
        "Parses a fixed-width record into fields, trimming a padding character.",
        [
            param(
                "line",
                "String",
                "The record line.",
                quoted("0042ACME      0099", "7781LISBON____2024", "0001BOB*******0012"),
            ),
            param(
                "fieldWidths", "Array", "Width of each field.", whole_numbers(2, 12, (2, 4)), items="integer"
            ),
            param(
                "padChar",
                "char",
                "Padding character to trim.",
                pick(("'_'", "_"), ("'*'", "*"), ("a zero", "0"), ("'.'", ".")),
            ),
        ],
        (
            "parse the record {line} into fields of widths {fieldWidths}, "
            "trimming the padding character {padChar}",
            "split the fixed-width line {line} by the widths {fieldWidths} with {padChar} as padding",
        ),
    ),
    # reflection and class loading
    Tool(
        "PluginClassLoader.loadFromJars",
        "Creates a class loader over plugin jars and loads a class from it.",
        [
            param(
                "jarPaths",
                "ArrayList",
                "Jar files to load from.",
                texts(("plugins/auth.jar", "plugins/export.jar", "lib/metrics.jar", "ext/geo.jar")),
                items="String",
            ),
            param(
                "className",
                "String",
                "Class to load.",
                quoted("com.acme.plugins.AuthPlugin", "org.example.ExportPlugin", "io.metrics.Reporter"),
            ),
            param(
                "parentFirst",
                "boolean",
                "Delegate to the parent loader first. Optional parameter with a default value of true.",
                flag("delegating to the parent loader first", "loading child-first"),
                ", {}",
                default=True,
            ),
        ],
        (
            "load the class {className} from the plugin jars {jarPaths}",
            "create a class loader over {jarPaths} and load {className} with it",
        ),
    ),
    Tool(
        "ReflectiveFieldWriter.writeField",
        "Sets a field of an object through reflection.",
        [
            param(
                "target", "any", "The object to change.", ref("userBean", "settingsHolder", "legacyService")
            ),
            param("fieldName", "String", "Field name.", quoted("retryCount", "endpoint", "enabled", "label")),
            param(
                "newValue",
                "String",
                "Value to set, as text.",
                quoted("5", "https://new.host", "true", "beta"),
            ),
            param(
                "forceAccess",
                "boolean",
                "Override access checks.",
                flag("overriding access checks", "respecting access checks"),
            ),
        ],
        (
            "set the field {fieldName} of {target} to {newValue} through reflection, {forceAccess}",
            "reflectively write {newValue} into the {fieldName} field of {target} {forceAccess}",
        ),
    ),
    Tool(
        "AnnotationScanner.findAnnotated",
        "Scans a package for classes carrying an annotation.",
        [
            param(
                "basePackage",
                "String",
                "Package to scan.",
                quoted("com.acme.web", "com.acme.jobs", "org.shop.api", "io.app.domain"),
            ),
            param(
                "annotationName",
                "String",
                "Simple annotation name.",
                quoted("RestController", "Scheduled", "Entity", "Component"),
            ),
            param(
                "includeInterfaces",
                "boolean",
                "Also return interfaces. Optional parameter with a default value of false.",
                flag("including interfaces", "skipping interfaces"),
                ", {}",
                default=False,
            ),
        ],
        (
            "find the classes in {basePackage} annotated with {annotationName}",
            "scan the package {basePackage} for classes that carry the {annotationName} annotation",
        ),
    ),
    # logging and metrics
    Tool(
        "LoggerLevelAdmin.setLevels",
        "Sets the levels of several loggers.",
        [
            param(
                "levels",
                "HashMap",
                "Logger names and their levels.",
                entries(
                    {
                        "com.acme.db": quoted(*LEVELS),
                        "org.hibernate.SQL": quoted(*LEVELS),
                        "io.netty": quoted(*LEVELS),
                        "root": quoted(*LEVELS),
                    }
                ),
            ),
            param(
                "persist",
                "boolean",
                "Keep the levels after a restart. Optional parameter with a default value of false.",
                flag("persisting the change", "for this run only"),
                ", {}",
                default=False,
            ),
        ],
        (
            "set the logger levels {levels}",
            "change the log levels to {levels}",
        ),
    ),
    Tool(
        "MeterRegistryBridge.recordTimer",
        "Records a duration on a named timer with tags.",
        [
            param("registry", "any", "The MeterRegistry.", ref("meterRegistry", "prometheusRegistry")),
            param(
                "timerName",
                "String",
                "Timer name.",
                quoted("http.server.requests", "db.query.time", "cache.load"),
            ),
            param("durationNanos", "long", "Duration in nanoseconds.", count(10000, 900000000)),
            param(
                "tags",
                "HashMap",
                "Tag names and values.",
                entries(
                    {
                        "method": quoted("GET", "POST", "DELETE"),
                        "status": pick(200, 201, 404, 500),
                        "uri": quoted("/api/orders", "/login", "/search"),
                    }
                ),
            ),
        ],
        (
            "record {durationNanos} nanoseconds on the timer {timerName} in {registry} with the tags {tags}",
            "add a {durationNanos} ns sample to the {timerName} timer of {registry}, tagged {tags}",
        ),
    ),
    Tool(
        "HistogramBucketConfig.setBoundaries",
        "Sets the bucket boundaries of a histogram.",
        [
            param("histogram", "any", "The Histogram.", ref("latencyHistogram", "payloadSizes", "queueWait")),
            param("boundaries", "Array", "Upper bounds, ascending.", ascending(0.001, 10), items="float"),
        ],
        (
            "set the bucket boundaries of {histogram} to {boundaries}",
            "configure {histogram} with buckets bounded at {boundaries}",
        ),
    ),
    Tool(
        "StructuredLogContext.withFields",
        "Adds context fields to every line a logger writes.",
        [
            param("logger", "any", "The Logger.", ref("auditLogger", "requestLog", "log")),
            param(
                "contextFields",
                "HashMap",
                "Field names and values.",
                entries(
                    {
                        "requestId": quoted("req-7f3a", "req-19bc", "req-0d21"),
                        "userId": count(1000, 99999),
                        "tenant": quoted("acme", "globex", "initech"),
                    }
                ),
            ),
            param(
                "fieldSeparator",
                "char",
                "Separator between fields. Optional parameter with a default value of ','.",
                pick(("';'", ";"), ("'|'", "|"), ("a colon", ":")),
                ", separating the fields with {}",
                default=",",
            ),
        ],
        (
            "add the context fields {contextFields} to {logger}",
            "attach {contextFields} to every line {logger} writes",
        ),
    ),
    Tool(
        "GaugeAlertMonitor.watchGauge",
        "Alerts when a gauge stays above a threshold for a time.",
        [
            param("gaugeName", "String", "Gauge name.", quoted("jvm.memory.used", "queue.depth", "cpu.load")),
            param("threshold", "double", "Alert threshold.", decimal(0.5, 5000, 2)),
            param("sustainSeconds", "long", "Seconds above the threshold before alerting.", count(30, 900)),
            param(
                "severity",
                "char",
                "Severity letter: 'I', 'W' or 'C'. Optional parameter with a default value of 'W'.",
                pick(("'C'", "C"), ("'I'", "I")),
                " at severity {}",
                default="W",
            ),
        ],
        (
            "alert when the gauge {gaugeName} stays above {threshold} for {sustainSeconds} seconds",
            "watch {gaugeName} and raise an alert once it exceeds {threshold} for {sustainSeconds} seconds",
        ),
    ),
    # security and crypto
    Tool(
        "KeystoreLoader.openStore",
        "Opens a keystore file of a type with a password.",
        [
            param(
                "path",
                "String",
                "Keystore file.",
                quoted("/etc/ssl/server.p12", "config/client.jks", "keys/signing.p12"),
            ),
            param("storeType", "String", "Keystore type.", quoted("PKCS12", "JKS")),
            param(
                "password", "any", "The password as a char[].", ref("storePassword", "ksPass", "secretChars")
            ),
        ],
        (
            "open the {storeType} keystore at {path} with the password {password}",
            "load the keystore file {path} of type {storeType}, unlocking it with {password}",
        ),
    ),
    Tool(
        "AesCipherFactory.createCipher",
        "Creates an AES cipher in a mode with a key length.",
        [
            param("mode", "String", "Block mode.", quoted("GCM", "CBC", "CTR")),
            param("keyBits", "integer", "Key length in bits.", pick(128, 192, 256)),
            param(
                "padding",
                "String",
                "Padding scheme. Optional parameter with a default value of 'NoPadding'.",
                quoted("PKCS5Padding", "ISO10126Padding"),
                " using the padding {}",
                default="NoPadding",
            ),
        ],
        (
            "create an AES cipher in {mode} mode with a {keyBits}-bit key",
            "build a {keyBits}-bit AES cipher that runs in {mode} mode",
        ),
    ),
    Tool(
        "HmacSigner.signPayload",
        "Signs a payload with an HMAC key.",
        [
            param("key", "any", "The SecretKey.", ref("hmacKey", "webhookSecret", "signingKey")),
            param(
                "payload",
                "String",
                "Text to sign.",
                quoted("order=1042&amount=99.90", "user:42:login", "2025-03-01T10:00:00Z"),
            ),
            param("algorithm", "String", "MAC algorithm.", quoted("HmacSHA256", "HmacSHA512")),
        ],
        (
            "sign the payload {payload} with {key} using {algorithm}",
            "compute the {algorithm} signature of {payload} under the key {key}",
        ),
    ),
    Tool(
        "Pbkdf2PasswordHasher.hash",
        "Hashes a password with PBKDF2 at an iteration count.",
        [
            param("password", "any", "The password as a char[].", ref("rawPassword", "userInput", "pwChars")),
            param("iterations", "integer", "PBKDF2 iterations.", count(10000, 600000)),
            param("keyLengthBits", "integer", "Derived key length in bits.", pick(256, 384, 512)),
            param(
                "saltBytes",
                "integer",
                "Salt length in bytes. Optional parameter with a default value of 16.",
                count(8, 64),
                " with a {}-byte salt",
                default=16,
            ),
        ],
        (
            "hash {password} with PBKDF2 using {iterations} iterations and a {keyLengthBits}-bit key",
            "derive a {keyLengthBits}-bit PBKDF2 hash of {password} over {iterations} iterations",
        ),
    ),
    Tool(
        "TlsContextBuilder.restrictProtocols",
        "Restricts an SSL context to protocols and cipher suites.",
        [
            param("builder", "any", "The SslContextBuilder.", ref("sslBuilder", "tlsConfig", "serverSsl")),
            param(
                "protocols",
                "Array",
                "Allowed protocols.",
                texts(("TLSv1.2", "TLSv1.3"), (1, 2)),
                items="String",
            ),
            param(
                "cipherSuites",
                "ArrayList",
                "Allowed cipher suites.",
                texts(
                    (
                        "TLS_AES_128_GCM_SHA256",
                        "TLS_AES_256_GCM_SHA384",
                        "TLS_CHACHA20_POLY1305_SHA256",
                        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                    ),
                    (1, 3),
                ),
                items="String",
            ),
        ],
        (
            "restrict {builder} to the protocols {protocols} and the cipher suites {cipherSuites}",
            "allow only {protocols} with the ciphers {cipherSuites} on {builder}",
        ),
    ),
    Tool(
        "JwtTokenIssuer.issueToken",
        "Issues a signed JWT for a subject with claims and a lifetime.",
        [
            param("subject", "String", "Token subject.", quoted(*USERS)),
            param(
                "claims",
                "HashMap",
                "Extra claims.",
                entries(
                    {
                        "role": quoted("admin", "viewer", "editor"),
                        "tenant": quoted("acme", "globex", "initech"),
                        "mfa": flag("true", "false"),
                    }
                ),
            ),
            param("ttlSeconds", "long", "Lifetime in seconds.", count(60, 86400)),
        ],
        (
            "issue a JWT for {subject} with the claims {claims} valid for {ttlSeconds} seconds",
            "create a signed token for the subject {subject} carrying {claims} "
            "that expires in {ttlSeconds} seconds",
        ),
    ),
    # caching
    Tool(
        "LruCacheBuilder.buildCache",
        "Builds an LRU cache with a capacity, a hash table load factor and a write expiry.",
        [
            param("maxEntries", "long", "Most entries kept.", count(100, 1000000)),
            param("loadFactor", "float", "Load factor of the backing hash table.", decimal(0.5, 0.9, 2)),
            param("expireAfterWriteSeconds", "integer", "Expiry after a write in seconds.", count(10, 86400)),
            param(
                "recordStats",
                "boolean",
                "Record hit and miss counts. Optional parameter with a default value of false.",
                flag("recording hit statistics", "without statistics"),
                ", {}",
                default=False,
            ),
        ],
        (
            "build an LRU cache holding at most {maxEntries} entries at a load factor of {loadFactor}, "
            "with entries expiring {expireAfterWriteSeconds} seconds after a write",
            "create a cache limited to {maxEntries} entries with a load factor of {loadFactor} "
            "and a write expiry of {expireAfterWriteSeconds} seconds",
        ),
    ),
    Tool(
        "NearCacheSync.invalidateKeys",
        "Invalidates keys in a near cache, optionally on every node.",
        [
            param(
                "cache", "any", "The NearCache.", ref("productNearCache", "sessionNearCache", "priceCache")
            ),
            param(
                "keys",
                "ArrayList",
                "Keys to invalidate.",
                texts(("sku:4471", "sku:200", "user:42", "cart:9", "price:eu")),
                items="String",
            ),
            param(
                "broadcast",
                "boolean",
                "Invalidate on every node.",
                flag("on every node of the cluster", "on this node only"),
            ),
        ],
        (
            "invalidate the keys {keys} in {cache} {broadcast}",
            "drop {keys} from the near cache {cache} {broadcast}",
        ),
    ),
    Tool(
        "TieredCachePolicy.configureSpill",
        "Sets when an in-memory cache spills entries to disk.",
        [
            param("policy", "any", "The TieredPolicy.", ref("imageCachePolicy", "tieredPolicy")),
            param("heapBytes", "long", "Heap budget in bytes.", pick(67108864, 268435456, 536870912)),
            param("spillRatio", "float", "Heap fill fraction that triggers spilling.", decimal(0.5, 0.95, 2)),
            param(
                "diskPath",
                "String",
                "Spill directory. Optional parameter with a default value of '/tmp/cache'.",
                quoted("/var/cache/app", "/mnt/ssd/cache"),
                ", spilling to {}",
                default="/tmp/cache",
            ),
        ],
        (
            "give {policy} a heap budget of {heapBytes} bytes "
            "and spill to disk at a fill ratio of {spillRatio}",
            "configure {policy} to spill once {spillRatio} of its {heapBytes}-byte heap budget is used",
        ),
    ),
    # build tools and plugins
    Tool(
        "GradleTaskRunner.runTasks",
        "Runs Gradle tasks in a project directory.",
        [
            param(
                "projectDir",
                "String",
                "Project directory.",
                quoted("/home/ci/shop", "services/payments", "modules/api-gateway"),
            ),
            param(
                "tasks",
                "ArrayList",
                "Tasks to run in order.",
                texts(("clean", "build", "test", "jar", "publish", "check")),
                items="String",
            ),
            param(
                "offline",
                "boolean",
                "Run without network access. Optional parameter with a default value of false.",
                flag("in offline mode", "with network access"),
                " {}",
                default=False,
            ),
        ],
        (
            "run the Gradle tasks {tasks} in {projectDir}",
            "execute {tasks} with Gradle for the project at {projectDir}",
        ),
    ),
    Tool(
        "MavenArtifactResolver.resolve",
        "Resolves a Maven artifact and its dependencies.",
        [
            param("groupId", "String", "Group id.", quoted("com.acme", "org.example.tools", "io.shopkit")),
            param("artifactId", "String", "Artifact id.", quoted("core-utils", "billing-api", "auth-client")),
            param("version", "String", "Version.", quoted("2.0.9", "1.4.0-RC1", "3.12.1")),
            param(
                "scope",
                "String",
                "Dependency scope. Optional parameter with a default value of 'compile'.",
                quoted("test", "runtime", "provided"),
                " in the {} scope",
                default="compile",
            ),
        ],
        (
            "resolve the Maven artifact {artifactId} of group {groupId} at version {version}",
            "fetch version {version} of the artifact {artifactId} from the group {groupId}, "
            "with its dependencies",
        ),
    ),
    Tool(
        "BuildPluginRegistry.applyPlugin",
        "Applies a build plugin to a project with settings.",
        [
            param("project", "any", "The Project.", ref("rootProject", "apiModule", "webProject")),
            param(
                "pluginId",
                "String",
                "Plugin id.",
                quoted("com.github.johnrengelman.shadow", "org.springframework.boot", "jacoco"),
            ),
            param(
                "settings",
                "HashMap",
                "Plugin settings.",
                entries(
                    {
                        "version": quoted("8.1.1", "3.2.0", "0.8.11"),
                        "enabled": flag("true", "false"),
                        "minimumCoverage": decimal(0.5, 0.95, 2),
                    }
                ),
            ),
        ],
        (
            "apply the plugin {pluginId} to {project} with the settings {settings}",
            "add {pluginId} to the build of {project}, configured with {settings}",
        ),
    ),
    Tool(
        "ArtifactChecksumVerifier.verifyAll",
        "Checks artifact files against a SHA-256 checksum file.",
        [
            param(
                "files",
                "Array",
                "Artifact files.",
                texts(("app-1.2.jar", "app-1.2-sources.jar", "lib-core.jar", "cli.zip")),
                items="String",
            ),
            param(
                "checksumFile",
                "String",
                "Checksum file.",
                quoted("SHA256SUMS", "checksums.txt", "release.sha256"),
            ),
            param(
                "failFast",
                "boolean",
                "Stop at the first mismatch.",
                flag("stopping at the first mismatch", "checking every file"),
            ),
        ],
        (
            "verify the artifacts {files} against {checksumFile}, {failFast}",
            "check the SHA-256 sums of {files} listed in {checksumFile}, {failFast}",
        ),
    ),
    # testing frameworks
    Tool(
        "MockHttpServer.stubEndpoint",
        "Stubs an endpoint of a mock HTTP server with a status code.",
        [
            param("server", "any", "The MockServer.", ref("mockServer", "wireMock", "stubServer")),
            param("path", "String", "Request path.", quoted("/api/orders", "/v1/users/42", "/health")),
            param("statusCode", "integer", "Status code returned.", pick(200, 201, 404, 500, 503)),
            param(
                "delayMillis",
                "long",
                "Delay before answering. Optional parameter with a default value of 0.",
                count(50, 5000),
                " after a delay of {} ms",
                default=0,
            ),
        ],
        (
            "stub {path} on {server} to answer with status {statusCode}",
            "make {server} return a {statusCode} for requests to {path}",
        ),
    ),
    Tool(
        "FlakyTestRetrier.rerunFailures",
        "Reruns the failed tests of a report up to a number of attempts.",
        [
            param("report", "any", "The TestReport.", ref("lastRunReport", "surefireReport", "junitResults")),
            param("maxRetries", "integer", "Attempts per failed test.", count(2, 5)),
            param(
                "quarantine",
                "boolean",
                "Quarantine tests that still fail.",
                flag("quarantining the ones that still fail", "without quarantining any"),
            ),
        ],
        (
            "rerun the failed tests in {report} up to {maxRetries} times, {quarantine}",
            "retry every failure from {report} at most {maxRetries} times, {quarantine}",
        ),
    ),
    Tool(
        "ToleranceAssertions.assertClose",
        "Asserts that a measured double is within a tolerance of the expected one.",
        [
            param("expected", "double", "Expected value.", decimal(1, 500, 3)),
            param("actual", "double", "Measured value.", decimal(1, 500, 3)),
            param("tolerance", "float", "Largest allowed difference.", decimal(0.0001, 0.1, 4)),
        ],
        (
            "assert that {actual} is within {tolerance} of the expected value {expected}",
            "check in a test that the measured {actual} matches "
            "the expected {expected} to within {tolerance}",
        ),
    ),
    # networking
    Tool(
        "SocketDialer.openChannel",
        "Opens a TCP channel to a host and port with a connect timeout.",
        [
            param(
                "host",
                "String",
                "Host name or address.",
                quoted("db.internal", "10.0.4.12", "broker-1.kafka.local"),
            ),
            param("port", "integer", "Port.", pick(5432, 9092, 6379, 8443)),
            param("connectTimeoutMillis", "long", "Connect timeout in milliseconds.", count(100, 30000)),
            param(
                "keepAlive",
                "boolean",
                "Enable TCP keep-alive. Optional parameter with a default value of false.",
                flag("with TCP keep-alive", "without keep-alive"),
                ", {}",
                default=False,
            ),
        ],
        (
            "open a TCP channel to {host} on port {port} with a connect timeout of {connectTimeoutMillis} ms",
            "connect a socket channel to port {port} of {host}, "
            "giving up after {connectTimeoutMillis} milliseconds",
        ),
    ),
    Tool(
        "HttpClientPool.createClient",
        "Creates an HTTP client for a base URL with default headers.",
        [
            param("baseUrl", "String", "Base URL.", quoted(*HOSTS)),
            param(
                "defaultHeaders",
                "HashMap",
                "Headers sent with every request.",
                entries(
                    {
                        "Accept": quoted("application/json", "text/csv"),
                        "X-Api-Version": quoted("2", "2024-01"),
                        "User-Agent": quoted("acme-sync/1.4", "reporter/2.0"),
                    }
                ),
            ),
            param("http2", "boolean", "Use HTTP/2.", flag("over HTTP/2", "over HTTP/1.1")),
        ],
        (
            "create an HTTP client for {baseUrl} with the default headers {defaultHeaders} {http2}",
            "build a client that talks to {baseUrl} {http2}, sending {defaultHeaders} on every request",
        ),
    ),
    Tool(
        "ProxyRoutePlanner.bypassHosts",
        "Routes traffic through a proxy except for some hosts.",
        [
            param("proxyHost", "String", "Proxy host.", quoted("proxy.corp", "10.1.0.8", "squid.internal")),
            param("proxyPort", "integer", "Proxy port.", pick(3128, 8080, 8888)),
            param(
                "bypassHosts",
                "Array",
                "Hosts reached directly.",
                texts(("localhost", "*.internal", "10.0.0.1", "metadata.local")),
                items="String",
            ),
        ],
        (
            "route traffic through the proxy {proxyHost} on port {proxyPort} except for {bypassHosts}",
            "use the proxy {proxyHost} on port {proxyPort} but reach {bypassHosts} directly",
        ),
    ),
    Tool(
        "WebSocketSession.sendFrames",
        "Sends text frames over a websocket session.",
        [
            param(
                "session", "any", "The WebSocket Session.", ref("pricesSocket", "chatSession", "wsSession")
            ),
            param(
                "frames",
                "ArrayList",
                "Text frames in order.",
                texts(("ping", "subscribe:prices", "unsubscribe:news", "ack")),
                items="String",
            ),
            param("compress", "boolean", "Compress the frames.", flag("compressed", "uncompressed")),
        ],
        (
            "send the text frames {frames} over {session}, {compress}",
            "push {frames} as {compress} frames on the websocket {session}",
        ),
    ),
    # Spring / Jakarta-style services
    Tool(
        "RestRouteRegistrar.registerRoute",
        "Registers a REST route handled by a controller bean.",
        [
            param(
                "controller",
                "any",
                "The controller bean.",
                ref("orderController", "userResource", "healthEndpoint"),
            ),
            param("httpMethod", "String", "HTTP method.", quoted("GET", "POST", "DELETE", "PUT")),
            param(
                "pathPattern", "String", "Path pattern.", quoted("/api/orders/{id}", "/users", "/admin/cache")
            ),
            param(
                "produces",
                "String",
                "Response media type. Optional parameter with a default value of 'application/json'.",
                quoted("text/plain", "application/xml"),
                ", producing {}",
                default="application/json",
            ),
        ],
        (
            "register a {httpMethod} route on {pathPattern} handled by {controller}",
            "map {httpMethod} requests for {pathPattern} to the controller {controller}",
        ),
    ),
    Tool(
        "BeanRefreshManager.refreshBean",
        "Rebuilds one bean of an application context.",
        [
            param(
                "context",
                "any",
                "The ApplicationContext.",
                ref("applicationContext", "appCtx", "rootContext"),
            ),
            param(
                "beanName",
                "String",
                "Bean name.",
                quoted("dataSource", "mailSender", "featureFlags", "rateLimiter"),
            ),
            param(
                "timeoutMillis",
                "long",
                "Longest wait for the refresh. Optional parameter with a default value of 10000.",
                count(1000, 60000),
                " within {} ms",
                default=10000,
            ),
        ],
        (
            "refresh the bean {beanName} in {context}",
            "rebuild the {beanName} bean of the application context {context}",
        ),
    ),
    Tool(
        "ServletFilterInstaller.addFilter",
        "Adds a named filter for a URL pattern at a position in the chain.",
        [
            param(
                "servletContext",
                "any",
                "The ServletContext.",
                ref("servletContext", "webCtx", "jakartaContext"),
            ),
            param("filterName", "String", "Filter name.", quoted("corsFilter", "authFilter", "gzipFilter")),
            param("urlPattern", "String", "URL pattern.", quoted("/api/*", "/admin/*", "/static/*")),
            param("order", "integer", "Position in the chain.", count(1, 100)),
        ],
        (
            "add the filter {filterName} to {servletContext} for {urlPattern} at position {order}",
            "install {filterName} on {servletContext} so it runs at order {order} "
            "for requests matching {urlPattern}",
        ),
    ),
    Tool(
        "ConfigPropertyBinder.bindPrefix",
        "Binds configuration properties under a prefix to a settings object.",
        [
            param("environment", "any", "The Environment.", ref("springEnv", "environment", "env")),
            param(
                "prefix",
                "String",
                "Property prefix.",
                quoted("app.mail", "spring.datasource", "feature.flags"),
            ),
            param(
                "ignoreUnknown",
                "boolean",
                "Ignore unknown properties.",
                flag("ignoring unknown properties", "failing on unknown properties"),
            ),
        ],
        (
            "bind the properties under {prefix} from {environment}, {ignoreUnknown}",
            "load the {prefix} settings out of {environment}, {ignoreUnknown}",
        ),
    ),
    # Android-style UI
    Tool(
        "ListAdapterBinder.bindTitles",
        "Binds item titles to a list adapter.",
        [
            param(
                "adapter",
                "any",
                "The RecyclerView adapter.",
                ref("contactsAdapter", "feedAdapter", "menuAdapter"),
            ),
            param(
                "titles",
                "ArrayList",
                "Item titles.",
                texts(("Inbox", "Drafts", "Sent", "Archive", "Spam"), (2, 5)),
                items="String",
            ),
            param(
                "scrollPosition",
                "integer",
                "Position scrolled to. Optional parameter with a default value of 0.",
                count(1, 40),
                " and scroll to position {}",
                default=0,
            ),
        ],
        (
            "bind the titles {titles} to {adapter}",
            "show {titles} as the items of the list adapter {adapter}",
        ),
    ),
    Tool(
        "ViewFadeAnimator.fadeTo",
        "Animates a view's alpha to a value over a duration.",
        [
            param("view", "any", "The View.", ref("loginButton", "bannerView", "progressOverlay")),
            param("targetAlpha", "float", "Final alpha, 0-1.", decimal(0.05, 0.95, 2)),
            param("durationMillis", "long", "Animation length in milliseconds.", count(100, 2000)),
        ],
        (
            "fade {view} to an alpha of {targetAlpha} over {durationMillis} ms",
            "animate the transparency of {view} to {targetAlpha} in {durationMillis} milliseconds",
        ),
    ),
    Tool(
        "InputFieldFilter.restrictChars",
        "Limits an input field to some characters and a length, masking what is typed.",
        [
            param("field", "any", "The EditText.", ref("pinInput", "promoCodeField", "codeEditText")),
            param(
                "allowedChars",
                "ArrayList",
                "Characters allowed.",
                texts(("A", "B", "C", "D", "X", "#", "7"), (2, 4)),
                items="char",
            ),
            param("maxLength", "integer", "Most characters.", count(4, 32)),
            param(
                "maskChar",
                "char",
                "Character shown instead of the input.",
                pick(("'*'", "*"), ("'x'", "x"), ("a dot", "."), ("'#'", "#")),
            ),
        ],
        (
            "limit {field} to at most {maxLength} of the characters {allowedChars}, masked with {maskChar}",
            "only let {field} accept {allowedChars}, at most {maxLength} of them, "
            "showing {maskChar} for each",
        ),
    ),
    # big-data jobs
    Tool(
        "SparkJobSubmitter.submitApplication",
        "Submits a Spark application with executors, memory and configuration.",
        [
            param(
                "mainClass",
                "String",
                "Main class.",
                quoted("com.acme.etl.DailyRollup", "org.lab.ClickstreamJob", "io.data.Dedup"),
            ),
            param("executorCount", "integer", "Number of executors.", count(2, 200)),
            param("executorMemory", "String", "Memory per executor.", quoted("4g", "8g", "16g")),
            param(
                "sparkConf",
                "HashMap",
                "Extra Spark settings.",
                entries(
                    {
                        "spark.sql.shuffle.partitions": count(50, 800),
                        "spark.dynamicAllocation.enabled": flag("true", "false"),
                        "spark.speculation": flag("true", "false"),
                    },
                    (1, 2),
                ),
            ),
        ],
        (
            "submit the Spark application {mainClass} with {executorCount} executors of {executorMemory} "
            "and the settings {sparkConf}",
            "launch {mainClass} on Spark using {executorCount} executors, "
            "{executorMemory} each, with {sparkConf}",
        ),
    ),
    Tool(
        "HdfsReplicationPlanner.setReplication",
        "Sets the replication factor of an HDFS path.",
        [
            param(
                "path",
                "String",
                "HDFS path.",
                quoted("/data/raw/2024", "/warehouse/sales", "/logs/web", "/tmp/staging"),
            ),
            param("replication", "integer", "Replication factor.", count(1, 5)),
            param(
                "recursive",
                "boolean",
                "Apply to everything below. Optional parameter with a default value of false.",
                flag("recursively", "on that path alone"),
                " {}",
                default=False,
            ),
        ],
        (
            "set the replication factor of {path} in HDFS to {replication}",
            "make HDFS keep {replication} replicas of {path}",
        ),
    ),
    Tool(
        "MapReduceJobTuner.configureReducers",
        "Sets the reducer count and partitioner of a MapReduce job.",
        [
            param("job", "any", "The Job.", ref("wordCountJob", "logJoinJob", "dedupJob")),
            param("reducerCount", "integer", "Number of reducers.", count(1, 256)),
            param(
                "partitionerClass",
                "String",
                "Partitioner class.",
                quoted("HashPartitioner", "com.acme.RegionPartitioner", "TotalOrderPartitioner"),
            ),
            param(
                "speculative",
                "boolean",
                "Allow speculative reducers. Optional parameter with a default value of true.",
                flag("with speculative execution", "without speculative execution"),
                " {}",
                default=True,
            ),
        ],
        (
            "give {job} {reducerCount} reducers partitioned by {partitionerClass}",
            "configure {job} to run {reducerCount} reduce tasks with the partitioner {partitionerClass}",
        ),
    ),
    Tool(
        "StreamWindowAggregator.tumblingWindow",
        "Aggregates a keyed stream over tumbling windows.",
        [
            param("stream", "any", "The DataStream.", ref("clickStream", "sensorStream", "ordersStream")),
            param(
                "keyField", "String", "Field to key by.", quoted("userId", "region", "deviceType", "campaign")
            ),
            param("windowMillis", "long", "Window length in milliseconds.", count(1000, 3600000)),
            param(
                "allowedLatenessMillis",
                "long",
                "Lateness accepted. Optional parameter with a default value of 0.",
                count(100, 60000),
                ", allowing {} ms of lateness",
                default=0,
            ),
        ],
        (
            "aggregate {stream} by {keyField} over tumbling windows of {windowMillis} ms",
            "group {stream} on {keyField} into tumbling windows {windowMillis} milliseconds long",
        ),
    ),
    # date and time
    Tool(
        "BusinessCalendar.addWorkingDays",
        "Adds working days to a date, skipping weekends and holidays.",
        [
            param("startDate", "String", "Start date, yyyy-MM-dd.", day(2024, 2)),
            param("workingDays", "integer", "Working days to add.", count(1, 60)),
            param("holidays", "Array", "Holidays, yyyy-MM-dd.", texts(HOLIDAYS, (1, 3)), items="String"),
        ],
        (
            "add {workingDays} working days to {startDate}, skipping the holidays {holidays}",
            "find the date {workingDays} business days after {startDate} when {holidays} are holidays",
        ),
    ),
    Tool(
        "EpochZoneFormatter.formatInstant",
        "Formats an epoch-millisecond instant in a time zone.",
        [
            param(
                "epochMillis", "long", "Instant in epoch milliseconds.", count(1600000000000, 1800000000000)
            ),
            param(
                "zoneId",
                "String",
                "Time zone id.",
                quoted("Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata"),
            ),
            param(
                "pattern",
                "String",
                "Date-time pattern. Optional parameter with a default value of 'yyyy-MM-dd HH:mm'.",
                quoted("EEE, d MMM yyyy", "HH:mm:ss", "dd.MM.yyyy"),
                " with the pattern {}",
                default="yyyy-MM-dd HH:mm",
            ),
        ],
        (
            "format the instant {epochMillis} epoch milliseconds in the {zoneId} time zone",
            "show the epoch millisecond timestamp {epochMillis} as local time in {zoneId}",
        ),
    ),
    Tool(
        "CronScheduleInspector.nextFireTimes",
        "Lists the next fire times of a cron expression.",
        [
            param(
                "expression",
                "String",
                "Cron expression.",
                quoted("0 0/15 * * * ?", "0 30 2 * * MON-FRI", "0 0 12 1 * ?"),
            ),
            param("occurrences", "integer", "Fire times to list.", count(1, 20)),
            param(
                "zoneId",
                "String",
                "Time zone id. Optional parameter with a default value of 'UTC'.",
                quoted("Europe/Paris", "Asia/Tokyo", "America/Denver"),
                " in the {} time zone",
                default="UTC",
            ),
        ],
        (
            "list the next {occurrences} fire times of the cron expression {expression}",
            "show when {expression} fires next, {occurrences} times",
        ),
    ),
    # NIO files
    Tool(
        "NioTreeWalker.findByGlob",
        "Walks a directory tree to a depth and collects files matching a glob.",
        [
            param(
                "root", "String", "Start directory.", quoted("/var/log", "src/main/java", "/home/app/uploads")
            ),
            param("glob", "String", "Glob pattern.", quoted("*.log", "**/*.java", "*.{png,jpg}")),
            param("maxDepth", "integer", "Deepest level visited.", count(1, 20)),
            param(
                "followLinks",
                "boolean",
                "Follow symbolic links. Optional parameter with a default value of false.",
                flag("following symbolic links", "without following links"),
                ", {}",
                default=False,
            ),
        ],
        (
            "find the files under {root} matching {glob}, at most {maxDepth} levels deep",
            "walk {root} down to depth {maxDepth} and collect every file that matches {glob}",
        ),
    ),
    Tool(
        "MappedRegionWriter.writeAt",
        "Writes a buffer into a memory-mapped file channel at a position.",
        [
            param("channel", "any", "The FileChannel.", ref("dataChannel", "indexChannel", "fileChannel")),
            param("position", "long", "Byte offset in the file.", count(0, 1073741824)),
            param("data", "any", "The ByteBuffer to write.", ref("headerBytes", "pageBuffer", "payloadBuf")),
        ],
        (
            "write {data} into the memory-mapped {channel} at byte offset {position}",
            "map {channel} and copy {data} into it starting at position {position}",
        ),
    ),
    Tool(
        "DirectoryWatcher.watchEvents",
        "Watches a directory for some event kinds, polling at an interval.",
        [
            param(
                "directory",
                "String",
                "Directory to watch.",
                quoted("/srv/inbox", "uploads/incoming", "/etc/app"),
            ),
            param(
                "eventKinds",
                "Array",
                "Event kinds.",
                texts(("ENTRY_CREATE", "ENTRY_MODIFY", "ENTRY_DELETE"), (1, 3)),
                items="String",
            ),
            param("pollIntervalMillis", "long", "Poll interval in milliseconds.", count(100, 10000)),
        ],
        (
            "watch {directory} for {eventKinds} events, polling every {pollIntervalMillis} ms",
            "register a watcher on {directory} for the events {eventKinds} with a poll interval of "
            "{pollIntervalMillis} milliseconds",
        ),
    ),
]
