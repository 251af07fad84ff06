"""More JavaScript tools of the Java/JavaScript synthetic catalogue, in domains the first set leaves
out: React/Vue state and hooks, Node.js streams, files and processes, Express-style servers and
middleware, WebSockets and workers, charts and canvas/WebGL, build tooling, testing, date/time and
i18n, accessibility, animation, maps, payments, IndexedDB and caches, queues and async utilities.
BFCL's JavaScript parameter types (`any` objects the code already holds, `String`, `integer`,
`float`, `Boolean`, `array`, `dict`), some optional with a default; two or three templates each."""

from __future__ import annotations

import random

from data_builders.java_js_values import (
    count,
    decimal,
    decimals,
    entries,
    fields_schema,
    flag,
    or_held,
    param,
    ref,
    texts,
    whole_numbers,
)
from data_builders.rich_tool import Tool
from data_builders.rich_values import day, pick, quoted

LOCALES = ("fr-FR", "es-MX", "ko-KR", "it-IT", "nl-NL", "en-US")
ZONES = ("America/New_York", "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo")
MIME_TYPES = ("image/png", "image/jpeg", "application/pdf", "text/csv", "video/mp4")
EASINGS = ("ease-out", "linear", "ease-in", "cubic-bezier(0.4, 0, 0.2, 1)")
CACHES = ("shell-v4", "static-2024", "fonts-cache", "api-responses")
ZONE = quoted(*ZONES)
LOCALE = quoted(*LOCALES)
CACHE = quoted(*CACHES)
COLOR = quoted("#333333", "#ffffff", "#767676", "navy", "#fafafa", "#1a1a2e")


def lat_lng(r: random.Random) -> tuple[str, list[float]]:
    """A point written "(51.5074, -0.1278)"; the value is [latitude, longitude]."""
    point = [round(r.uniform(-55, 65), 4), round(r.uniform(-170, 170), 4)]
    return f"({point[0]}, {point[1]})", point


JAVASCRIPT_WIDE = [
    # React / Vue state and hooks
    Tool(
        "createReducerStore",
        "Creates a state store driven by a reducer.",
        [
            param(
                "reducer", "any", "The reducer function.", ref("rootReducer", "cartReducer", "todosReducer")
            ),
            param(
                "initialState",
                "dict",
                "The starting state.",
                or_held(
                    entries(
                        {
                            "count": count(0, 50),
                            "status": quoted("idle", "loading", "ready"),
                            "page": count(1, 20),
                        }
                    ),
                    "initialState",
                    "preloadedState",
                ),
                properties=fields_schema(count="integer", status="String", page="integer"),
            ),
            param(
                "devtools",
                "Boolean",
                "Connect the devtools. Optional parameter with a default value of false.",
                flag("with devtools enabled", "without devtools"),
                ", {}",
                default=False,
            ),
        ],
        (
            "create a reducer store from {reducer} with the initial state {initialState}",
            "set up a store that runs {reducer}, starting from the state {initialState}",
        ),
    ),
    Tool(
        "memoizeSelector",
        "Builds a memoized selector from input selectors and a result function.",
        [
            param(
                "inputSelectors",
                "array",
                "The input selector functions.",
                texts(("selectCart", "selectUser", "selectFilters", "selectLocale"), quote=""),
                items="String",
            ),
            param("resultFn", "any", "The result function.", ref("computeTotals", "buildVisibleList")),
            param(
                "maxCacheSize",
                "integer",
                "Results kept in the cache. Optional parameter with a default value of 1.",
                count(2, 50),
                ", keeping up to {} cached results",
                default=1,
            ),
        ],
        (
            "memoize a selector that feeds {inputSelectors} into {resultFn}",
            "build a memoized selector combining {inputSelectors} with the result function {resultFn}",
        ),
    ),
    Tool(
        "watchVueProperties",
        "Watches properties of a Vue component.",
        [
            param("component", "any", "The component instance.", ref("vm", "profileComponent", "cartView")),
            param(
                "keys",
                "array",
                "Property paths to watch.",
                texts(("user.name", "cart.items", "filters", "route.query")),
                items="String",
            ),
            param(
                "deep",
                "Boolean",
                "Watch nested changes.",
                flag("with deep watching", "without deep watching"),
            ),
            param(
                "immediate",
                "Boolean",
                "Run the handler at once. Optional parameter with a default value of false.",
                flag("running the handler immediately", "waiting for the first change"),
                ", {}",
                default=False,
            ),
        ],
        (
            "watch {keys} on the Vue component {component} {deep}",
            "observe changes of {keys} in {component} {deep}",
        ),
    ),
    Tool(
        "persistHookState",
        "Keeps a React hook's state in web storage.",
        [
            param(
                "stateKey",
                "String",
                "Storage key.",
                quoted("cartItems", "sidebarOpen", "draftFilters", "onboardingStep"),
            ),
            param("storageType", "String", "Storage area.", quoted("localStorage", "sessionStorage")),
            param(
                "ttlMinutes",
                "integer",
                "Minutes before the value expires. Optional parameter with a default value of 60.",
                count(5, 1440),
                " for {} minutes",
                default=60,
            ),
        ],
        (
            "persist the hook state {stateKey} in {storageType}",
            "keep the React state under the key {stateKey} saved to {storageType}",
        ),
    ),
    Tool(
        "batchStateUpdates",
        "Applies several state updates in one render.",
        [
            param("setState", "any", "The state setter.", ref("setFormState", "setDashboard", "updateState")),
            param(
                "updates",
                "dict",
                "Fields to update.",
                entries(
                    {
                        "loading": flag("true", "false"),
                        "page": count(1, 30),
                        "query": quoted("boots", "laptops", "green tea"),
                        "selectedId": count(100, 999),
                    }
                ),
            ),
        ],
        (
            "batch the state updates {updates} through {setState}",
            "apply {updates} in a single render using the setter {setState}",
        ),
    ),
    Tool(
        "useIntervalEffect",
        "Hook that calls a function on an interval.",
        [
            param("callback", "any", "The function to call.", ref("refreshPrices", "pollInbox", "tickClock")),
            param("delayMs", "integer", "Interval in milliseconds.", count(250, 60000)),
            param(
                "pauseWhenHidden",
                "Boolean",
                "Pause while the tab is hidden. Optional parameter with a default value of true.",
                flag("pausing while the tab is hidden", "even while the tab is hidden"),
                ", {}",
                default=True,
            ),
        ],
        (
            "run {callback} every {delayMs} milliseconds with an interval hook",
            "set up an interval effect calling {callback} each {delayMs} ms",
            "call {callback} on a {delayMs} ms interval from a React hook",
        ),
    ),
    # Node.js streams, files and processes
    Tool(
        "pipeTransformStream",
        "Pipes a readable stream through a transform.",
        [
            param("source", "any", "The readable stream.", ref("readStream", "csvStream", "req")),
            param(
                "transform",
                "any",
                "The transform stream.",
                ref("gzipTransform", "jsonParser", "lineSplitter"),
            ),
            param("highWaterMark", "integer", "Buffer size in bytes.", count(1024, 65536)),
            param(
                "objectMode",
                "Boolean",
                "Pass objects instead of bytes. Optional parameter with a default value of false.",
                flag("in object mode", "in byte mode"),
                ", {}",
                default=False,
            ),
        ],
        (
            "pipe {source} through {transform} with a high water mark of {highWaterMark}",
            "connect {source} to the transform {transform}, buffering up to {highWaterMark} bytes",
        ),
    ),
    Tool(
        "readFileLines",
        "Reads the first lines of a text file.",
        [
            param(
                "filePath",
                "String",
                "Path of the file.",
                quoted("/var/log/app/error.log", "./data/users.csv", "/etc/hosts", "logs/access-2024.txt"),
            ),
            param("encoding", "String", "Text encoding.", quoted("utf-8", "latin1", "utf16le")),
            param("maxLines", "integer", "Lines to read.", count(10, 5000)),
        ],
        (
            "read the first {maxLines} lines of {filePath} as {encoding}",
            "stream up to {maxLines} lines from the file {filePath} using {encoding} encoding",
        ),
    ),
    Tool(
        "spawnManagedProcess",
        "Spawns a child process with arguments.",
        [
            param("command", "String", "The executable.", quoted("node", "ffmpeg", "git", "python3")),
            param(
                "args",
                "array",
                "Command-line arguments.",
                texts(("--verbose", "status", "--watch", "server.js", "-y", "--json")),
                items="String",
            ),
            param(
                "env",
                "dict",
                "Extra environment variables. Optional parameter with a default value of {}.",
                entries(
                    {
                        "NODE_ENV": quoted("production", "test"),
                        "PORT": count(3000, 9000),
                        "DEBUG": quoted("app:*", "http"),
                    }
                ),
                " with the environment {}",
                default={},
            ),
        ],
        (
            "spawn {command} with the arguments {args}",
            "launch the command {command} as a child process, passing {args}",
        ),
    ),
    Tool(
        "watchDirectoryTree",
        "Watches a directory tree for file changes.",
        [
            param(
                "dirPath",
                "String",
                "Directory to watch.",
                quoted("./src", "/srv/uploads", "packages/ui", "content"),
            ),
            param(
                "ignorePatterns",
                "array",
                "Glob patterns to ignore.",
                texts(("node_modules", "*.tmp", ".git", "dist", "**/*.map")),
                items="String",
            ),
            param(
                "pollIntervalMs",
                "integer",
                "Polling interval in milliseconds. Optional parameter with a default value of 100.",
                count(200, 5000),
                ", polling every {} ms",
                default=100,
            ),
        ],
        (
            "watch the directory tree {dirPath}, ignoring {ignorePatterns}",
            "monitor {dirPath} for file changes except in {ignorePatterns}",
        ),
    ),
    Tool(
        "registerShutdownHooks",
        "Closes a server gracefully when the process gets a signal.",
        [
            param("server", "any", "The HTTP server.", ref("httpServer", "apiServer", "app")),
            param(
                "signals",
                "array",
                "Signals to handle.",
                texts(("SIGTERM", "SIGINT", "SIGHUP", "SIGUSR2")),
                items="String",
            ),
            param(
                "graceMs",
                "integer",
                "Longest wait for open connections, in milliseconds.",
                count(1000, 30000),
            ),
        ],
        (
            "close {server} gracefully on {signals}, waiting at most {graceMs} ms",
            "register shutdown hooks on {server} for {signals} with a grace period of {graceMs} ms",
        ),
    ),
    # Express-style servers and middleware
    Tool(
        "mountRouteHandlers",
        "Mounts middleware functions on an app under a base path.",
        [
            param("app", "any", "The app or router.", ref("app", "router", "adminApp")),
            param("basePath", "String", "Base path.", quoted("/api/v2", "/admin", "/webhooks", "/internal")),
            param(
                "middlewares",
                "array",
                "Middleware functions, in order.",
                texts(("authenticate", "rateLimiter", "parseJson", "logRequest", "checkRole"), quote=""),
                items="String",
            ),
        ],
        (
            "mount the middlewares {middlewares} on {app} under {basePath}",
            "register {middlewares} for every route of {app} below {basePath}",
        ),
    ),
    Tool(
        "configureCorsPolicy",
        "Sets the CORS policy of the server.",
        [
            param(
                "origins",
                "array",
                "Allowed origins.",
                texts(
                    (
                        "https://shop.example.com",
                        "http://localhost:3000",
                        "https://admin.example.org",
                        "https://m.example.com",
                    )
                ),
                items="String",
            ),
            param(
                "allowCredentials",
                "Boolean",
                "Allow cookies.",
                flag("allowing credentials", "without credentials"),
            ),
            param(
                "maxAgeSeconds",
                "integer",
                "Preflight cache time. Optional parameter with a default value of 600.",
                count(60, 86400),
                " and a preflight cache of {} seconds",
                default=600,
            ),
        ],
        (
            "configure CORS for the origins {origins}, {allowCredentials}",
            "allow cross-origin requests from {origins} {allowCredentials}",
        ),
    ),
    Tool(
        "limitRouteRequests",
        "Rate-limits a route.",
        [
            param(
                "routePath",
                "String",
                "Route path.",
                quoted("/login", "/api/search", "/password/reset", "/graphql"),
            ),
            param("maxRequests", "integer", "Requests allowed per window.", count(5, 1000)),
            param("windowSeconds", "integer", "Window length in seconds.", count(10, 3600)),
        ],
        (
            "rate-limit {routePath} to {maxRequests} requests per {windowSeconds} seconds",
            "allow at most {maxRequests} calls to the route {routePath} in any {windowSeconds}-second window",
        ),
    ),
    Tool(
        "parseMultipartForm",
        "Parses a multipart form upload.",
        [
            param("request", "any", "The incoming request.", ref("req", "uploadRequest")),
            param("maxFileSizeMb", "float", "Largest file in megabytes.", decimal(0.5, 50, 1)),
            param(
                "allowedTypes",
                "array",
                "MIME types accepted. Optional parameter with a default value of [].",
                texts(MIME_TYPES),
                ", accepting only {}",
                items="String",
                default=[],
            ),
        ],
        (
            "parse the multipart upload in {request} with files up to {maxFileSizeMb} MB",
            "read the multipart form data of {request}, rejecting files over {maxFileSizeMb} MB",
        ),
    ),
    Tool(
        "applySecurityHeaders",
        "Sets security headers on a response.",
        [
            param("response", "any", "The response object.", ref("res", "reply")),
            param(
                "headers",
                "dict",
                "Header settings.",
                or_held(
                    entries(
                        {
                            "frameOptions": quoted("DENY", "SAMEORIGIN"),
                            "hstsMaxAge": count(86400, 31536000),
                            "noSniff": flag("true", "false"),
                            "referrerPolicy": quoted("no-referrer", "same-origin"),
                        }
                    ),
                    "securityHeaders",
                    "helmetConfig",
                ),
                properties=fields_schema(
                    frameOptions="String", hstsMaxAge="integer", noSniff="Boolean", referrerPolicy="String"
                ),
            ),
        ],
        (
            "set the security headers {headers} on {response}",
            "add {headers} as security headers to the response {response}",
        ),
    ),
    Tool(
        "sendJsonError",
        "Sends an error to the client as a JSON response.",
        [
            param("err", "any", "The error.", ref("err", "validationError", "dbError")),
            param("statusCode", "integer", "HTTP status.", pick(400, 401, 403, 404, 409, 422, 500, 503)),
            param(
                "exposeStack",
                "Boolean",
                "Include the stack trace. Optional parameter with a default value of false.",
                flag("including the stack trace", "hiding the stack trace"),
                ", {}",
                default=False,
            ),
        ],
        (
            "send {err} to the client as a JSON error with status {statusCode}",
            "turn the error {err} into a {statusCode} JSON response",
        ),
    ),
    # WebSockets and workers
    Tool(
        "openReconnectingSocket",
        "Opens a WebSocket that reconnects after drops.",
        [
            param(
                "url",
                "String",
                "Socket URL.",
                quoted(
                    "wss://stream.example.com/ticks",
                    "ws://localhost:8080/chat",
                    "wss://api.example.io/v1/live",
                ),
            ),
            param("maxAttempts", "integer", "Reconnection attempts.", count(2, 20)),
            param(
                "backoffMs",
                "integer",
                "Wait between attempts in milliseconds. Optional parameter with a default value of 1000.",
                count(200, 10000),
                ", waiting {} ms between attempts",
                default=1000,
            ),
        ],
        (
            "open a WebSocket to {url} that reconnects up to {maxAttempts} times",
            "connect to {url} over WebSocket, retrying the connection at most {maxAttempts} times",
        ),
    ),
    Tool(
        "broadcastToRoom",
        "Sends a payload to every client in a room.",
        [
            param("io", "any", "The socket server.", ref("io", "wsServer", "hub")),
            param("roomId", "String", "Room ID.", quoted("match-17", "support-queue", "doc-4821")),
            param(
                "payload",
                "dict",
                "Message payload.",
                entries(
                    {
                        "type": quoted("score", "typing", "cursor"),
                        "userId": count(1, 9999),
                        "text": quoted("goal!", "brb", "done"),
                    }
                ),
                properties=fields_schema(type="String", userId="integer", text="String"),
            ),
        ],
        (
            "broadcast {payload} to the room {roomId} via {io}",
            "send the payload {payload} to everyone in {roomId} using {io}",
        ),
    ),
    Tool(
        "postWorkerTask",
        "Posts a task to a web worker.",
        [
            param("worker", "any", "The worker.", ref("imageWorker", "parserWorker", "cryptoWorker")),
            param("taskType", "String", "Task type.", quoted("resize", "parse-csv", "hash", "thumbnail")),
            param(
                "transferList",
                "array",
                "Buffers to transfer. Optional parameter with a default value of [].",
                texts(("pixelBuffer", "fileBuffer", "offscreenCanvas", "audioData"), (1, 2), quote=""),
                ", transferring {}",
                items="String",
                default=[],
            ),
        ],
        (
            "post a {taskType} task to {worker}",
            "ask the web worker {worker} to run a {taskType} job",
        ),
    ),
    Tool(
        "createWorkerPool",
        "Starts a pool of worker threads.",
        [
            param(
                "scriptPath",
                "String",
                "Worker script.",
                quoted("./workers/thumbnail.js", "./jobs/transcode.mjs", "dist/hash-worker.js"),
            ),
            param("poolSize", "integer", "Workers in the pool.", count(2, 16)),
            param(
                "idleTimeoutSec",
                "float",
                "Seconds before an idle worker ends. Optional parameter with a default value of 30.",
                decimal(2.5, 120, 1),
                ", ending idle workers after {} seconds",
                default=30,
            ),
        ],
        (
            "create a pool of {poolSize} workers running {scriptPath}",
            "start {poolSize} worker threads from the script {scriptPath}",
        ),
    ),
    Tool(
        "scheduleHeartbeat",
        "Pings a socket at a fixed interval to keep it alive.",
        [
            param("socket", "any", "The socket.", ref("ws", "controlSocket", "peerChannel")),
            param("intervalSeconds", "float", "Seconds between pings.", decimal(1, 60, 1)),
        ],
        (
            "send a heartbeat ping on {socket} every {intervalSeconds} seconds",
            "keep {socket} alive with pings each {intervalSeconds} s",
        ),
    ),
    # Charts and canvas/WebGL
    Tool(
        "drawDonutChart",
        "Draws a donut chart on a canvas context.",
        [
            param("ctx", "any", "The 2D context.", ref("ctx", "chartCtx", "donutContext")),
            param(
                "values",
                "array",
                "Slice values.",
                or_held(decimals(5, 300, (3, 5)), "salesByRegion", "budgetShares"),
                items="float",
            ),
            param("innerRadiusRatio", "float", "Hole size as a share of the radius.", decimal(0.3, 0.8, 2)),
        ],
        (
            "draw a donut chart of {values} on {ctx} with an inner radius ratio of {innerRadiusRatio}",
            "render {values} as a donut on the canvas context {ctx}, with a hole ratio of {innerRadiusRatio}",
        ),
    ),
    Tool(
        "linkShaderProgram",
        "Compiles and links a WebGL shader program.",
        [
            param("gl", "any", "The WebGL context.", ref("gl", "webgl2")),
            param("vertexShader", "any", "Vertex shader source.", ref("vertSrc", "basicVertexShader")),
            param("fragmentShader", "any", "Fragment shader source.", ref("fragSrc", "phongFragmentShader")),
            param(
                "validate",
                "Boolean",
                "Validate after linking. Optional parameter with a default value of true.",
                flag("validating it", "skipping validation"),
                ", {}",
                default=True,
            ),
        ],
        (
            "link a shader program on {gl} from {vertexShader} and {fragmentShader}",
            "compile {vertexShader} and {fragmentShader} into one WebGL program using {gl}",
        ),
    ),
    Tool(
        "setChartAxisRange",
        "Sets the range of a chart axis.",
        [
            param("chartInstance", "any", "The chart.", ref("revenueChart", "latencyChart", "tempChart")),
            param("axis", "String", "Axis ID.", quoted("x", "y", "y2")),
            param("min", "float", "Lowest value.", decimal(-100, 0, 1)),
            param("max", "float", "Highest value.", decimal(10, 5000, 1)),
        ],
        (
            "set the {axis} axis of {chartInstance} to run from {min} to {max}",
            "limit the axis {axis} on {chartInstance} to values between {min} and {max}",
        ),
    ),
    Tool(
        "appendChartSeries",
        "Adds a data series to a chart.",
        [
            param("chart", "any", "The chart.", ref("salesChart", "metricsChart")),
            param(
                "seriesName", "String", "Series name.", quoted("Revenue", "Signups", "p95 latency", "Errors")
            ),
            param("points", "array", "Data points.", whole_numbers(0, 500, (3, 6)), items="integer"),
            param(
                "stacked",
                "Boolean",
                "Stack on the other series. Optional parameter with a default value of false.",
                flag("stacked", "unstacked"),
                ", {}",
                default=False,
            ),
        ],
        (
            "append a series named {seriesName} with the points {points} to {chart}",
            "add {points} to {chart} as the series {seriesName}",
        ),
    ),
    # Build tooling
    Tool(
        "configureBundlerAliases",
        "Adds module aliases to the bundler configuration.",
        [
            param(
                "aliases",
                "dict",
                "Alias to path.",
                entries(
                    {
                        "@components": quoted("src/components"),
                        "@utils": quoted("src/lib/utils"),
                        "@assets": quoted("public/assets"),
                        "@store": quoted("src/state"),
                    }
                ),
            ),
            param("target", "String", "Output target.", quoted("es2017", "es2020", "esnext")),
        ],
        (
            "configure the bundler aliases {aliases} targeting {target}",
            "add the module aliases {aliases} to the bundler config with the target {target}",
        ),
    ),
    Tool(
        "emitTypeDeclarations",
        "Emits TypeScript declaration files.",
        [
            param(
                "sourceFiles",
                "array",
                "Source files.",
                texts(("src/index.ts", "src/api/client.ts", "src/hooks/useCart.ts", "src/types.ts")),
                items="String",
            ),
            param("outDir", "String", "Output folder.", quoted("types", "dist/types", "build/dts")),
            param(
                "stripInternal",
                "Boolean",
                "Drop @internal members. Optional parameter with a default value of false.",
                flag("stripping @internal members", "keeping @internal members"),
                ", {}",
                default=False,
            ),
        ],
        (
            "emit TypeScript declaration files for {sourceFiles} into {outDir}",
            "generate .d.ts files from {sourceFiles} and write them to {outDir}",
        ),
    ),
    Tool(
        "Vke",
        "Resolves a module name through the compiler options' path mappings.",
        [
            param("e", "any", "The compiler options.", ref("compilerOptions", "tsOptions")),
            param("t", "String", "The module name.", quoted("@app/config", "~/utils/date", "@shared/types")),
        ],
        (
            "resolve the module name {t} using the path mappings in {e}",
            "find where {t} points to, given the TypeScript compiler options {e}",
        ),
    ),
    Tool(
        "minifyBundle",
        "Minifies a JavaScript bundle.",
        [
            param(
                "bundlePath",
                "String",
                "Bundle file.",
                quoted("dist/app.js", "build/main.bundle.js", "out/vendor.js"),
            ),
            param(
                "dropConsole",
                "Boolean",
                "Remove console calls.",
                flag("dropping console calls", "keeping console calls"),
            ),
            param(
                "mangleProps",
                "Boolean",
                "Mangle property names. Optional parameter with a default value of false.",
                flag("mangling property names", "leaving property names intact"),
                " and {}",
                default=False,
            ),
        ],
        (
            "minify {bundlePath}, {dropConsole}",
            "shrink the bundle at {bundlePath} while {dropConsole}",
        ),
    ),
    Tool(
        "kTe",
        "Checks whether a TypeScript type is assignable to another.",
        [
            param("e", "any", "The type checker.", ref("checker", "typeChecker")),
            param("t", "any", "The source type.", ref("sourceType", "argType")),
            param("n", "any", "The target type.", ref("targetType", "paramType")),
        ],
        (
            "check whether {t} is assignable to {n} using the type checker {e}",
            "use {e} to test if the type {t} can be assigned to {n}",
        ),
    ),
    Tool(
        "qDe",
        "Creates a diagnostic with a message code for a syntax node.",
        [
            param("e", "any", "The node.", ref("node", "importDecl", "callExpr")),
            param("t", "integer", "The diagnostic code.", count(1000, 7999)),
            param(
                "n",
                "String",
                "Category. Optional parameter with a default value of 'error'.",
                quoted("warning", "suggestion"),
                " as a {}",
                default="error",
            ),
        ],
        (
            "create a diagnostic with code {t} for the node {e}",
            "report the diagnostic {t} on {e}",
        ),
    ),
    # Testing
    Tool(
        "mockFetchResponse",
        "Stubs fetch calls to a URL with a canned response.",
        [
            param(
                "urlPattern",
                "String",
                "URL or pattern.",
                quoted("/api/users/*", "https://api.example.com/orders", "/graphql"),
            ),
            param("status", "integer", "HTTP status.", pick(200, 201, 204, 400, 401, 404, 500, 503)),
            param(
                "body",
                "dict",
                "JSON body.",
                or_held(
                    entries(
                        {
                            "id": count(1, 999),
                            "name": quoted("Ada", "Linus", "Grace"),
                            "active": flag("true", "false"),
                        }
                    ),
                    "userFixture",
                    "orderFixture",
                ),
            ),
            param(
                "delayMs",
                "integer",
                "Response delay in milliseconds. Optional parameter with a default value of 0.",
                count(50, 2000),
                " after a delay of {} ms",
                default=0,
            ),
        ],
        (
            "mock fetch calls to {urlPattern} to return status {status} with the body {body}",
            "stub {urlPattern} so it answers {status} and the JSON {body}",
        ),
    ),
    Tool(
        "expectCloseTo",
        "Asserts that a number is close to the expected value.",
        [
            param("actual", "any", "The value under test.", ref("result", "computedTotal", "measured")),
            param("expected", "float", "Expected value.", decimal(0, 1000, 3)),
            param("tolerance", "float", "Largest difference allowed.", decimal(0.001, 0.5, 3)),
        ],
        (
            "assert that {actual} is within {tolerance} of {expected}",
            "check in a test that {actual} equals {expected} up to a tolerance of {tolerance}",
        ),
    ),
    Tool(
        "spyOnMethod",
        "Puts a spy on an object's method.",
        [
            param("target", "any", "The object.", ref("apiClient", "logger", "cartService")),
            param("methodName", "String", "Method name.", quoted("send", "warn", "checkout", "fetchUser")),
            param(
                "callThrough",
                "Boolean",
                "Still call the original. Optional parameter with a default value of true.",
                flag("calling through to the original", "replacing the original"),
                ", {}",
                default=True,
            ),
        ],
        (
            "spy on the {methodName} method of {target}",
            "watch calls to {methodName} on {target} with a spy",
        ),
    ),
    Tool(
        "advanceFakeTimers",
        "Moves fake timers forward.",
        [
            param("clock", "any", "The fake clock.", ref("clock", "fakeTimers")),
            param("ms", "integer", "Milliseconds to advance.", count(10, 120000)),
        ],
        (
            "advance the fake timers {clock} by {ms} ms",
            "move the fake clock {clock} forward {ms} milliseconds",
            "tick {clock} ahead by {ms} ms in a test",
        ),
    ),
    # Date/time and i18n
    Tool(
        "formatLocalizedDate",
        "Formats a date for a locale.",
        [
            param("isoDate", "String", "Date as YYYY-MM-DD.", day(2024, 3)),
            param("locale", "String", "Locale.", LOCALE),
            param(
                "options",
                "dict",
                "Format options.",
                entries(
                    {
                        "weekday": quoted("long", "short"),
                        "month": quoted("long", "short", "2-digit"),
                        "year": quoted("numeric", "2-digit"),
                    }
                ),
                properties=fields_schema(weekday="String", month="String", year="String"),
            ),
            param(
                "timeZone",
                "String",
                "Time zone. Optional parameter with a default value of 'UTC'.",
                ZONE,
                " in the {} time zone",
                default="UTC",
            ),
        ],
        (
            "format the date {isoDate} for the {locale} locale with the options {options}",
            "show {isoDate} in {locale} using the format options {options}",
        ),
    ),
    Tool(
        "pluralizeMessage",
        "Picks the plural form of a message.",
        [
            param(
                "messageKey", "String", "Message key.", quoted("cart.items", "inbox.unread", "files.selected")
            ),
            param("count", "integer", "The count.", count(0, 250)),
            param("locale", "String", "Locale.", LOCALE),
        ],
        (
            "pluralize the message {messageKey} for a count of {count} in {locale}",
            "pick the right plural form of {messageKey} for {count} items in the {locale} locale",
        ),
    ),
    Tool(
        "shiftTimeZone",
        "Converts a timestamp from one time zone to another.",
        [
            param("epochMs", "integer", "Unix time in milliseconds.", count(1700000000000, 1790000000000)),
            param("fromZone", "String", "Source zone.", ZONE),
            param("toZone", "String", "Target zone.", ZONE),
        ],
        (
            "convert the timestamp {epochMs} from {fromZone} to {toZone}",
            "shift the epoch milliseconds {epochMs} from the {fromZone} zone into {toZone}",
        ),
    ),
    Tool(
        "loadTranslationBundle",
        "Loads a namespace of translations for some locales.",
        [
            param("locales", "array", "Locales.", texts(LOCALES), items="String"),
            param("namespace", "String", "Namespace.", quoted("checkout", "common", "errors", "settings")),
            param(
                "fallbackLocale",
                "String",
                "Locale used when a key is missing. Optional parameter with a default value of 'en'.",
                quoted("en-GB", "de-DE"),
                ", falling back to {}",
                default="en",
            ),
        ],
        (
            "load the {namespace} translations for {locales}",
            "fetch the translation bundle {namespace} in {locales}",
        ),
    ),
    Tool(
        "addBusinessDays",
        "Adds working days to a date, skipping weekends.",
        [
            param("startDate", "String", "Start date as YYYY-MM-DD.", day(2024, 3)),
            param("days", "integer", "Working days to add.", count(1, 60)),
        ],
        (
            "add {days} business days to {startDate}",
            "find the date {days} working days after {startDate}",
        ),
    ),
    # Accessibility
    Tool(
        "trapFocusInModal",
        "Keeps keyboard focus inside a modal.",
        [
            param("modal", "any", "The modal element.", ref("dialogEl", "cookieModal", "loginDialog")),
            param(
                "returnFocus",
                "Boolean",
                "Return focus to the trigger on close.",
                flag("returning focus to the trigger on close", "leaving focus where it lands on close"),
            ),
            param(
                "escapeCloses",
                "Boolean",
                "Close on Escape. Optional parameter with a default value of true.",
                flag("letting Escape close it", "ignoring the Escape key"),
                ", {}",
                default=True,
            ),
        ],
        (
            "trap keyboard focus inside {modal}, {returnFocus}",
            "keep focus within the dialog {modal}, {returnFocus}",
        ),
    ),
    Tool(
        "announceToScreenReader",
        "Announces a message through an ARIA live region.",
        [
            param(
                "message",
                "String",
                "Text to announce.",
                quoted("3 results found", "Item added to cart", "Form saved", "Connection lost"),
            ),
            param("politeness", "String", "Live region politeness.", quoted("polite", "assertive")),
            param(
                "clearAfterMs",
                "integer",
                "Milliseconds before clearing. Optional parameter with a default value of 5000.",
                count(500, 20000),
                ", clearing it after {} ms",
                default=5000,
            ),
        ],
        (
            "announce {message} to screen readers with {politeness} politeness",
            "read out {message} through an ARIA live region set to {politeness}",
        ),
    ),
    Tool(
        "checkColorContrast",
        "Checks that two colours reach a contrast ratio.",
        [
            param("foreground", "String", "Text colour.", COLOR),
            param("background", "String", "Background colour.", COLOR),
            param("minRatio", "float", "Ratio needed.", decimal(3, 7, 1)),
        ],
        (
            "check that the text colour {foreground} on {background} reaches a contrast ratio of {minRatio}",
            "verify the contrast between {foreground} and {background} is at least {minRatio}",
        ),
    ),
    Tool(
        "setAriaAttributes",
        "Sets ARIA attributes on an element.",
        [
            param("element", "any", "The element.", ref("menuButton", "searchToggle", "tabPanel")),
            param(
                "attributes",
                "dict",
                "Attributes to set.",
                or_held(
                    entries(
                        {
                            "aria-expanded": flag("true", "false"),
                            "aria-label": quoted("Close menu", "Open search"),
                            "role": quoted("button", "dialog", "tab"),
                        }
                    ),
                    "ariaProps",
                ),
            ),
        ],
        (
            "set the ARIA attributes {attributes} on {element}",
            "give {element} the accessibility attributes {attributes}",
        ),
    ),
    # Animation
    Tool(
        "tweenElementProperty",
        "Animates a CSS property of an element to a value.",
        [
            param("element", "any", "The element.", ref("heroTitle", "sidePanel", "badgeIcon")),
            param("property", "String", "Property.", quoted("opacity", "translateX", "scale", "rotate")),
            param("toValue", "float", "End value.", decimal(0.1, 360, 2)),
            param("durationMs", "integer", "Duration in milliseconds.", count(100, 3000)),
            param(
                "easing",
                "String",
                "Easing curve. Optional parameter with a default value of 'ease-in-out'.",
                quoted(*EASINGS),
                " with {} easing",
                default="ease-in-out",
            ),
        ],
        (
            "tween the {property} of {element} to {toValue} over {durationMs} ms",
            "animate the {property} property of {element} to {toValue} in {durationMs} milliseconds",
        ),
    ),
    Tool(
        "createSpringAnimation",
        "Animates an element with spring physics.",
        [
            param("target", "any", "The element.", ref("drawerPanel", "cardStack", "fab")),
            param("stiffness", "float", "Spring stiffness.", decimal(50, 400, 1)),
            param("damping", "float", "Damping.", decimal(5, 40, 1)),
            param(
                "mass",
                "float",
                "Mass. Optional parameter with a default value of 1.",
                decimal(0.5, 5, 1),
                " and a mass of {}",
                default=1,
            ),
        ],
        (
            "create a spring animation on {target} with stiffness {stiffness} and damping {damping}",
            "make {target} spring into place using a stiffness of {stiffness} and damping of {damping}",
        ),
    ),
    # Maps and geolocation
    Tool(
        "watchUserPosition",
        "Watches the device position.",
        [
            param(
                "highAccuracy",
                "Boolean",
                "Use high accuracy.",
                flag("with high accuracy", "with low accuracy"),
            ),
            param(
                "maximumAgeMs",
                "integer",
                "Oldest cached position accepted, in milliseconds.",
                count(0, 60000),
            ),
            param(
                "timeoutMs",
                "integer",
                "Timeout in milliseconds. Optional parameter with a default value of 10000.",
                count(1000, 30000),
                " and a timeout of {} ms",
                default=10000,
            ),
        ],
        (
            "watch the user's position {highAccuracy}, accepting fixes up to {maximumAgeMs} ms old",
            "track the device location {highAccuracy}, using cached fixes no older than {maximumAgeMs} ms",
        ),
    ),
    Tool(
        "fitMapToMarkers",
        "Zooms a map to show all markers.",
        [
            param("map", "any", "The map.", ref("map", "deliveryMap", "storeLocator")),
            param("markers", "any", "The markers.", ref("storeMarkers", "driverPins")),
            param("paddingPx", "integer", "Padding in pixels.", count(10, 120)),
        ],
        (
            "fit {map} to show all of {markers} with {paddingPx} px of padding",
            "zoom {map} so every marker in {markers} is visible, padded by {paddingPx} pixels",
        ),
    ),
    Tool(
        "measureGeodesicDistance",
        "Distance between two points on the earth.",
        [
            param("origin", "array", "Start point as [lat, lng].", lat_lng, items="float"),
            param("destination", "array", "End point as [lat, lng].", lat_lng, items="float"),
            param(
                "unit",
                "String",
                "Unit. Optional parameter with a default value of 'km'.",
                quoted("mi", "nm", "m"),
                " in {}",
                default="km",
            ),
        ],
        (
            "measure the geodesic distance from {origin} to {destination}",
            "compute how far {origin} is from {destination} along the earth's surface",
        ),
    ),
    # Payments
    Tool(
        "createPaymentIntent",
        "Creates a payment intent.",
        [
            param("amountCents", "integer", "Amount in the smallest currency unit.", count(100, 500000)),
            param("currency", "String", "Currency code.", quoted("usd", "eur", "gbp", "jpy")),
            param(
                "metadata",
                "dict",
                "Extra fields. Optional parameter with a default value of {}.",
                entries(
                    {
                        "orderId": quoted("ord_1042", "ord_88"),
                        "customerTier": quoted("gold", "basic"),
                        "giftWrap": flag("true", "false"),
                    }
                ),
                " with the metadata {}",
                default={},
            ),
        ],
        (
            "create a payment intent for {amountCents} cents in {currency}",
            "start a payment of {amountCents} minor units in {currency}",
        ),
    ),
    Tool(
        "tokenizeCardElement",
        "Turns a card input into a payment token.",
        [
            param("cardElement", "any", "The card input.", ref("cardElement", "cardInput")),
            param(
                "billingDetails",
                "dict",
                "Billing details.",
                or_held(
                    entries(
                        {
                            "name": quoted("Maria Silva", "Tom Baker"),
                            "postalCode": quoted("SW1A 1AA", "EC2A 4BX", "M5V 2T6"),
                            "country": quoted("DE", "GB", "US"),
                        }
                    ),
                    "billingInfo",
                    "customerAddress",
                ),
                properties=fields_schema(name="String", postalCode="String", country="String"),
            ),
        ],
        (
            "tokenize the card in {cardElement} with the billing details {billingDetails}",
            "turn {cardElement} into a payment token using {billingDetails} as billing details",
        ),
    ),
    # IndexedDB and caches
    Tool(
        "openIndexedDatabase",
        "Opens an IndexedDB database, creating missing object stores.",
        [
            param("dbName", "String", "Database name.", quoted("notesDB", "offline-cart", "mediaCache")),
            param("version", "integer", "Schema version.", count(1, 12)),
            param(
                "storeNames",
                "array",
                "Object stores.",
                texts(("notes", "tags", "outbox", "images", "settings")),
                items="String",
            ),
        ],
        (
            "open the IndexedDB database {dbName} at version {version} with the stores {storeNames}",
            "upgrade {dbName} to version {version}, making sure the object stores {storeNames} exist",
        ),
    ),
    Tool(
        "putRecordsInStore",
        "Writes records to an IndexedDB object store.",
        [
            param("db", "any", "The open database.", ref("db", "notesDb")),
            param("storeName", "String", "Object store.", quoted("notes", "outbox", "images")),
            param("records", "any", "The records.", ref("pendingNotes", "queuedRequests", "thumbs")),
        ],
        (
            "put {records} into the {storeName} store of {db}",
            "write the records {records} to the object store {storeName} in {db}",
        ),
    ),
    Tool(
        "precacheAssetList",
        "Adds assets to a cache ahead of time.",
        [
            param("cacheName", "String", "Cache name.", CACHE),
            param(
                "urls",
                "array",
                "Asset URLs.",
                or_held(
                    texts(("/index.html", "/app.js", "/styles.css", "/logo.svg", "/offline.html")),
                    "coreAssets",
                ),
                items="String",
            ),
            param(
                "ignoreSearch",
                "Boolean",
                "Ignore query strings. Optional parameter with a default value of false.",
                flag("ignoring query strings", "matching query strings"),
                ", {}",
                default=False,
            ),
        ],
        (
            "precache {urls} in the cache {cacheName}",
            "add {urls} to the {cacheName} cache ahead of time",
        ),
    ),
    Tool(
        "evictStaleCacheEntries",
        "Deletes old entries from a cache.",
        [
            param("cacheName", "String", "Cache name.", CACHE),
            param("maxAgeHours", "float", "Oldest age kept, in hours.", decimal(0.5, 168, 1)),
            param(
                "maxEntries",
                "integer",
                "Entries kept at most. Optional parameter with a default value of 100.",
                count(10, 500),
                ", keeping at most {} entries",
                default=100,
            ),
        ],
        (
            "evict entries older than {maxAgeHours} hours from {cacheName}",
            "clear anything in the cache {cacheName} that is over {maxAgeHours} hours old",
        ),
    ),
    # Queues and async utilities
    Tool(
        "runWithConcurrency",
        "Runs async tasks with a concurrency limit.",
        [
            param("tasks", "any", "The task functions.", ref("downloadTasks", "thumbnailJobs", "syncJobs")),
            param("limit", "integer", "Tasks running at once.", count(2, 12)),
            param(
                "stopOnError",
                "Boolean",
                "Stop at the first failure. Optional parameter with a default value of false.",
                flag("stopping at the first failure", "carrying on after failures"),
                ", {}",
                default=False,
            ),
        ],
        (
            "run {tasks} with no more than {limit} in flight",
            "execute the async tasks {tasks}, {limit} at a time",
        ),
    ),
    Tool(
        "promiseWithTimeout",
        "Rejects a promise that does not settle in time.",
        [
            param("promise", "any", "The promise.", ref("fetchPromise", "loginRequest", "uploadTask")),
            param("ms", "integer", "Time limit in milliseconds.", count(100, 30000)),
            param(
                "message",
                "String",
                "Rejection message. Optional parameter with a default value of 'Timed out'.",
                quoted("Request took too long", "Login timed out"),
                " with the message {}",
                default="Timed out",
            ),
        ],
        (
            "give {promise} a timeout of {ms} ms",
            "reject {promise} if it has not settled after {ms} milliseconds",
        ),
    ),
    Tool(
        "Xqe",
        "Drains a task queue in batches, calling a callback when it is empty.",
        [
            param("e", "any", "The queue.", ref("jobQueue", "mailQueue", "retryQueue")),
            param("t", "integer", "Batch size.", count(2, 100)),
            param("n", "any", "Callback when drained.", ref("onDrained", "notifyDone")),
        ],
        (
            "drain {e} in batches of {t}, calling {n} when it empties",
            "empty the queue {e} {t} tasks at a time and then run {n}",
        ),
    ),
    Tool(
        "enqueueDelayedJob",
        "Adds a job to a queue to run after a delay.",
        [
            param(
                "queueName", "String", "Queue name.", quoted("emails", "reports", "webhooks", "image-resize")
            ),
            param(
                "data",
                "dict",
                "Job data.",
                or_held(
                    entries(
                        {
                            "userId": count(1, 99999),
                            "template": quoted("welcome", "invoice", "reset"),
                            "priority": count(1, 5),
                        }
                    ),
                    "jobData",
                ),
                properties=fields_schema(userId="integer", template="String", priority="integer"),
            ),
            param("delaySeconds", "float", "Delay in seconds.", decimal(0.5, 900, 1)),
        ],
        (
            "enqueue a job with {data} on the {queueName} queue, delayed by {delaySeconds} seconds",
            "schedule {data} on {queueName} to run in {delaySeconds} s",
        ),
    ),
]
