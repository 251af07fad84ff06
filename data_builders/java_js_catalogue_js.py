"""JavaScript tools of the Java/JavaScript synthetic catalogue: invented browser and Node.js
functions (forms, DOM, charts, storage, network, commerce, media) with BFCL's JavaScript
parameter types (`any` objects the code already holds, `String`, `integer`, `float`, `Boolean`,
`array`, `dict`), some optional with a default."""

from __future__ import annotations

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
from data_builders.rich_values import quoted

LOCALES = ("en-GB", "pt-PT", "de-DE", "ja-JP")
FIELDS = ("email", "password", "username", "phone", "country", "birthDate")
COLORS = ("steelblue", "tomato", "seagreen", "#ff8800")

JAVASCRIPT = [
    Tool(
        "debounceSearchInput",
        "Debounces the search box so queries run only after the user pauses typing.",
        [
            param("inputElement", "any", "The search input element.", ref("searchBox", "queryInput")),
            param("delayMs", "integer", "Pause in milliseconds.", count(100, 1500)),
            param(
                "minChars",
                "integer",
                "Characters needed before searching. Optional parameter with a default value of 2.",
                count(3, 6),
                " once at least {} characters are typed",
                default=2,
            ),
        ],
        ("debounce the search input {inputElement} by {delayMs} ms",),
    ),
    Tool(
        "renderPriceTag",
        "Renders a formatted price tag.",
        [
            param("amount", "float", "Price.", decimal(0.5, 2500, 2)),
            param("currency", "String", "Currency code.", quoted("EUR", "USD", "BRL")),
            param(
                "showCents",
                "Boolean",
                "Show the cents. Optional parameter with a default value of true.",
                flag("with cents", "without cents"),
                " {}",
                default=True,
            ),
        ],
        ("render a price tag of {amount} {currency}",),
    ),
    Tool(
        "filterVisibleCards",
        "Shows only the cards carrying some tags.",
        [
            param("cardList", "any", "The list of card elements.", ref("productCards", "cardGrid")),
            param(
                "tags",
                "array",
                "Tags to keep.",
                texts(("sale", "new", "eco", "bundle", "vegan")),
                items="String",
            ),
        ],
        ("show only the cards in {cardList} tagged {tags}",),
    ),
    Tool(
        "applyThemeSettings",
        "Applies theme settings to the page root.",
        [
            param("rootNode", "any", "The root element.", ref("documentRoot", "appShell")),
            param(
                "settings",
                "dict",
                "Theme settings.",
                or_held(
                    entries(
                        {
                            "mode": quoted("dark", "light"),
                            "fontScale": decimal(0.8, 1.6, 1),
                            "accent": quoted(*COLORS),
                        }
                    ),
                    "themeConfig",
                    "savedTheme",
                ),
                properties=fields_schema(mode="String", fontScale="float", accent="String"),
            ),
        ],
        ("apply the theme settings {settings} to {rootNode}",),
    ),
    Tool(
        "trackCheckoutStep",
        "Records a checkout step for analytics.",
        [
            param("stepName", "String", "Step name.", quoted("shipping", "payment", "review")),
            param("cartTotal", "float", "Cart total.", decimal(5, 900, 2)),
            param(
                "metadata",
                "dict",
                "Extra fields. Optional parameter with a default value of {}.",
                entries({"coupon": quoted("SPRING10", "FREESHIP"), "items": count(1, 12)}),
                " with the metadata {}",
                default={},
            ),
        ],
        ("track the {stepName} checkout step with a cart total of {cartTotal}",),
    ),
    Tool(
        "paginateResults",
        "Returns one page of a result list.",
        [
            param("results", "any", "The result array.", ref("searchResults", "rows")),
            param("pageSize", "integer", "Items per page.", count(5, 100)),
            param("pageNumber", "integer", "Page number from 1.", count(1, 40)),
        ],
        ("get page {pageNumber} of {results} with {pageSize} items per page",),
    ),
    Tool(
        "highlightSearchTerms",
        "Highlights terms inside a container.",
        [
            param("container", "any", "The container element.", ref("articleBody", "resultsPane")),
            param(
                "terms",
                "array",
                "Terms to highlight.",
                texts(("invoice", "refund", "delay", "urgent")),
                items="String",
            ),
            param(
                "caseSensitive",
                "Boolean",
                "Match case. Optional parameter with a default value of false.",
                flag("matching case", "ignoring case"),
                ", {}",
                default=False,
            ),
        ],
        ("highlight the terms {terms} in {container}",),
    ),
    Tool(
        "computeWeightedScore",
        "Weighted average of scores.",
        [
            param("scores", "array", "Scores.", decimals(1, 10, (3, 3)), items="float"),
            param("weights", "array", "Weights, one per score.", decimals(0.1, 1, (3, 3)), items="float"),
        ],
        ("compute the weighted score of the scores {scores} with the weights {weights}",),
    ),
    Tool(
        "scheduleReminderToast",
        "Shows a reminder toast after a delay.",
        [
            param(
                "message",
                "String",
                "Toast text.",
                quoted("Stand up and stretch", "Meeting in 5 minutes", "Save your work"),
            ),
            param("delaySeconds", "integer", "Delay in seconds.", count(5, 3600)),
            param(
                "sticky",
                "Boolean",
                "Keep it until dismissed.",
                flag("keeping it until dismissed", "letting it fade"),
            ),
        ],
        ("show the reminder {message} after {delaySeconds} seconds, {sticky}",),
    ),
    Tool(
        "buildQueryString",
        "Builds a URL query string from parameters.",
        [
            param(
                "params",
                "dict",
                "Query parameters.",
                entries(
                    {"q": quoted("shoes", "lamps"), "page": count(1, 9), "sort": quoted("price", "rating")}
                ),
                properties=fields_schema(q="String", page="integer", sort="String"),
            ),
            param(
                "encode",
                "Boolean",
                "Percent-encode values. Optional parameter with a default value of true.",
                flag("percent-encoded", "without encoding"),
                ", {}",
                default=True,
            ),
        ],
        ("build a query string from {params}",),
    ),
    Tool(
        "animateProgressRing",
        "Animates a progress ring to a percentage.",
        [
            param("ringElement", "any", "The ring element.", ref("uploadRing", "quotaRing")),
            param("targetPercent", "float", "Target percentage.", decimal(1, 100, 1)),
            param("durationMs", "integer", "Animation time in milliseconds.", count(100, 3000)),
        ],
        ("animate {ringElement} to {targetPercent} percent over {durationMs} ms",),
    ),
    Tool(
        "groupOrdersByStatus",
        "Groups orders, keeping some statuses.",
        [
            param("orders", "any", "The orders array.", ref("orderList", "todayOrders")),
            param(
                "statuses",
                "array",
                "Statuses to keep.",
                texts(("pending", "shipped", "returned", "cancelled")),
                items="String",
            ),
        ],
        ("group {orders} by status, keeping only {statuses}",),
    ),
    Tool(
        "resizeCanvasViewport",
        "Resizes a canvas drawing area.",
        [
            param("canvas", "any", "The canvas element.", ref("gameCanvas", "chartCanvas")),
            param("width", "integer", "Width in CSS pixels.", count(200, 1920)),
            param("height", "integer", "Height in CSS pixels.", count(200, 1080)),
            param(
                "pixelRatio",
                "float",
                "Device pixel ratio. Optional parameter with a default value of 1.",
                decimal(1.25, 3, 2),
                " at a pixel ratio of {}",
                default=1,
            ),
        ],
        ("resize {canvas} to {width} by {height}",),
    ),
    Tool(
        "validateSignupForm",
        "Validates the sign-up form.",
        [
            param("formElement", "any", "The form element.", ref("signupForm", "registerForm")),
            param("requiredFields", "array", "Fields that must be filled.", texts(FIELDS), items="String"),
            param("passwordMinLength", "integer", "Shortest password allowed.", count(8, 16)),
        ],
        (
            "validate {formElement}, requiring {requiredFields} "
            "and passwords of at least {passwordMinLength} characters",
        ),
    ),
    Tool(
        "mergeUserPreferences",
        "Merges a user's preferences over the defaults.",
        [
            param(
                "defaults",
                "dict",
                "Default preferences.",
                or_held(entries({"language": quoted(*LOCALES), "pageSize": count(10, 50)}), "defaultPrefs"),
            ),
            param(
                "overrides",
                "dict",
                "The user's choices.",
                entries({"darkMode": flag("true", "false"), "timezone": quoted("UTC", "Europe/Paris")}),
            ),
        ],
        ("merge the preferences {overrides} over the defaults {defaults}",),
    ),
    Tool(
        "throttleScrollHandler",
        "Throttles a scroll handler.",
        [
            param("handler", "any", "The handler function.", ref("onScroll", "updateHeader")),
            param("intervalMs", "integer", "Minimum interval in milliseconds.", count(16, 500)),
        ],
        ("throttle the scroll handler {handler} to once every {intervalMs} ms",),
    ),
    Tool(
        "formatRelativeTime",
        "Formats a timestamp as relative time ('3 days ago').",
        [
            param("timestamp", "integer", "Unix time in seconds.", count(1600000000, 1790000000)),
            param("locale", "String", "Locale.", quoted(*LOCALES)),
        ],
        ("format the timestamp {timestamp} as relative time in the {locale} locale",),
    ),
    Tool(
        "sortTableByColumn",
        "Sorts an HTML table by a column.",
        [
            param("tableElement", "any", "The table element.", ref("priceTable", "usersTable")),
            param("columnKey", "String", "Column key.", quoted("price", "name", "createdAt")),
            param(
                "descending", "Boolean", "Sort descending.", flag("in descending order", "in ascending order")
            ),
        ],
        ("sort {tableElement} by the {columnKey} column {descending}",),
    ),
    Tool(
        "fetchWithRetry",
        "Fetches a URL, retrying on failure.",
        [
            param(
                "url",
                "String",
                "The URL.",
                quoted("https://api.shop.io/cart", "/api/v1/profile", "https://cdn.site.org/feed.json"),
            ),
            param("maxRetries", "integer", "Retries.", count(1, 8)),
            param(
                "backoffFactor",
                "float",
                "Delay growth per retry. Optional parameter with a default value of 2.",
                decimal(1.2, 3.5, 1),
                " with a backoff factor of {}",
                default=2,
            ),
        ],
        ("fetch {url} with up to {maxRetries} retries",),
    ),
    Tool(
        "registerServiceWorkerRoute",
        "Registers a caching route in the service worker.",
        [
            param("pattern", "String", "URL pattern.", quoted("/images/*", "/api/*", "*.css")),
            param(
                "strategy",
                "String",
                "Caching strategy.",
                quoted("cache-first", "network-first", "stale-while-revalidate"),
            ),
            param("cacheName", "String", "Cache name.", quoted("img-v3", "api-cache", "static-v1")),
        ],
        ("register a service worker route for {pattern} using {strategy} in the cache {cacheName}",),
    ),
    Tool(
        "plotSparkline",
        "Draws a sparkline into an SVG element.",
        [
            param("svgElement", "any", "The SVG element.", ref("trendSvg", "cpuSpark")),
            param(
                "values",
                "array",
                "Values to plot.",
                or_held(decimals(0, 100, (3, 5)), "cpuHistory", "priceSeries"),
                items="float",
            ),
            param(
                "strokeColor",
                "String",
                "Line colour. Optional parameter with a default value of 'steelblue'.",
                quoted("tomato", "seagreen"),
                " in {}",
                default="steelblue",
            ),
        ],
        ("plot a sparkline of {values} into {svgElement}",),
    ),
    Tool(
        "queueAnalyticsEvent",
        "Queues an analytics event with a payload.",
        [
            param("eventName", "String", "Event name.", quoted("video_play", "signup", "share_click")),
            param(
                "payload",
                "dict",
                "Event fields.",
                entries({"userId": quoted("u-81", "u-305"), "durationSec": count(1, 600)}),
                properties=fields_schema(userId="String", durationSec="integer"),
            ),
        ],
        ("queue the analytics event {eventName} with the payload {payload}",),
    ),
    Tool(
        "toggleFeatureFlag",
        "Turns a feature flag on or off for a share of users.",
        [
            param("flagName", "String", "Flag name.", quoted("newCheckout", "betaSearch", "darkLaunch")),
            param("enabled", "Boolean", "Turn it on.", flag("on", "off")),
            param("rolloutPercent", "float", "Share of users in percent.", decimal(1, 100, 1)),
        ],
        ("turn the feature flag {flagName} {enabled} for {rolloutPercent} percent of users",),
    ),
    Tool(
        "chunkUploadQueue",
        "Uploads files in chunks with limited concurrency.",
        [
            param("files", "any", "The FileList.", ref("selectedFiles", "dropFiles")),
            param("chunkSize", "integer", "Chunk size in bytes.", count(65536, 4194304)),
            param("concurrency", "integer", "Uploads at once.", count(1, 6)),
        ],
        ("upload {files} in chunks of {chunkSize} bytes, {concurrency} at a time",),
    ),
    Tool(
        "createDropdownOptions",
        "Fills a select element with options.",
        [
            param("selectElement", "any", "The select element.", ref("countrySelect", "sizePicker")),
            param(
                "labels", "array", "Option labels.", texts(("Small", "Medium", "Large", "XL")), items="String"
            ),
            param(
                "selectedIndex",
                "integer",
                "Option selected first. Optional parameter with a default value of 0.",
                count(1, 3),
                ", selecting option {}",
                default=0,
            ),
        ],
        ("fill {selectElement} with the options {labels}",),
    ),
    Tool(
        "calculateShippingQuote",
        "Quotes shipping for a parcel.",
        [
            param("weightKg", "float", "Weight in kilograms.", decimal(0.1, 40, 1)),
            param("zoneCode", "String", "Shipping zone.", quoted("EU1", "US-W", "APAC")),
            param("express", "Boolean", "Express delivery.", flag("by express", "by standard delivery")),
        ],
        ("quote shipping for a {weightKg} kg parcel to zone {zoneCode} {express}",),
    ),
    Tool(
        "pickLotteryNumbers",
        "Draws numbers from a pool.",
        [
            param("pool", "array", "Numbers to draw from.", whole_numbers(1, 60, (6, 8)), items="integer"),
            param("drawCount", "integer", "Numbers to draw.", count(1, 5)),
        ],
        ("draw {drawCount} numbers from the pool {pool}",),
    ),
    Tool(
        "observeLazyImages",
        "Lazy-loads images when they near the viewport.",
        [
            param("imageNodes", "any", "The image elements.", ref("galleryImages", "heroImages")),
            param("rootMargin", "String", "Margin around the viewport.", quoted("200px", "50px 0px", "10%")),
            param("threshold", "float", "Visible share that triggers loading.", decimal(0.05, 0.95, 2)),
        ],
        ("lazy-load {imageNodes} with a root margin of {rootMargin} and a threshold of {threshold}",),
    ),
    Tool(
        "setCookieConsent",
        "Stores the cookie categories a visitor accepted.",
        [
            param(
                "categories",
                "array",
                "Accepted categories.",
                texts(("necessary", "analytics", "marketing", "preferences")),
                items="String",
            ),
            param("expiresDays", "integer", "Days until asking again.", count(30, 365)),
        ],
        ("store cookie consent for {categories} for {expiresDays} days",),
    ),
    Tool(
        "emitSocketMessage",
        "Sends a message on a socket channel.",
        [
            param("socket", "any", "The socket connection.", ref("chatSocket", "liveFeed")),
            param("channel", "String", "Channel.", quoted("room-42", "alerts", "lobby")),
            param(
                "body",
                "dict",
                "Message body.",
                entries({"text": quoted("hello", "on my way"), "urgent": flag("true", "false")}),
            ),
        ],
        ("send {body} on the {channel} channel of {socket}",),
    ),
    Tool(
        "normalizeAudioLevels",
        "Scales audio samples to a target peak.",
        [
            param("samples", "array", "Sample amplitudes.", decimals(-1, 1, (3, 5), 2), items="float"),
            param("targetPeak", "float", "Peak amplitude after scaling.", decimal(0.5, 0.99, 2)),
        ],
        ("normalize the audio samples {samples} to a peak of {targetPeak}",),
    ),
    Tool(
        "storeDraftLocally",
        "Saves a draft in local storage.",
        [
            param("storageKey", "String", "Storage key.", quoted("draft:post-12", "draft:email", "notes")),
            param(
                "draft",
                "dict",
                "The draft.",
                or_held(
                    entries({"title": quoted("Trip notes", "Q3 plan"), "words": count(10, 900)}),
                    "currentDraft",
                    "editorState",
                ),
            ),
            param(
                "compress",
                "Boolean",
                "Compress before storing. Optional parameter with a default value of false.",
                flag("compressed", "uncompressed"),
                ", {}",
                default=False,
            ),
        ],
        ("save the draft {draft} locally under {storageKey}",),
    ),
]
