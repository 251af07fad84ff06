"""Java tools of the Java/JavaScript synthetic catalogue, applications: invented `Class.method`
APIs (imaging, maps, charts, printing, text, devices, games, desktop UI, CSV) with BFCL's Java
parameter types (`any` objects the code already holds, `String`, `integer`, `long`, `double`,
`float`, `boolean`, `char`, `Array`, `ArrayList`)."""

from __future__ import annotations

from data_builders.java_js_values import count, decimal, flag, param, ref, texts, whole_numbers
from data_builders.rich_tool import Tool
from data_builders.rich_values import pick, quoted

CITIES = ("LIS", "MAD", "BER", "OSL", "ROM", "VIE", "PRG")


JAVA_APPS = [
    Tool(
        "ThumbnailRenderer.renderThumbnail",
        "Renders a thumbnail of an image at a size.",
        [
            param("image", "any", "The BufferedImage to scale.", ref("coverImage", "avatarImg", "scanPage")),
            param("width", "integer", "Width in pixels.", count(32, 640)),
            param("height", "integer", "Height in pixels.", count(32, 640)),
            param(
                "keepAspect",
                "boolean",
                "Keep the aspect ratio.",
                flag("keeping the aspect ratio", "stretching it to fit"),
            ),
        ],
        ("render a {width} by {height} pixel thumbnail of {image}, {keepAspect}",),
    ),
    Tool(
        "SensorFeedParser.parseReadings",
        "Parses a raw sensor payload, keeping only some sensors.",
        [
            param(
                "payload",
                "String",
                "Raw payload text.",
                quoted("T1=20.5;H1=40", "P3=1013;T1=19.8", "CO2=410;T2=22.1"),
            ),
            param(
                "sensorIds",
                "Array",
                "Sensors to keep.",
                texts(("T1", "T2", "H1", "P3", "CO2")),
                items="String",
            ),
        ],
        ("parse the sensor payload {payload}, keeping only the sensors {sensorIds}",),
    ),
    Tool(
        "TileMapLoader.loadLayer",
        "Loads one named layer of a tile map.",
        [
            param("map", "any", "The TileMap holding the layer.", ref("dungeonMap", "overworld", "levelMap")),
            param("layerName", "String", "Layer name.", quoted("collision", "decor", "water", "spawn")),
            param("visible", "boolean", "Whether the layer is drawn.", flag("as a visible layer", "hidden")),
        ],
        ("load the {layerName} layer of {map} {visible}",),
    ),
    Tool(
        "ChartSeriesBuilder.addSeries",
        "Adds a labelled data series to a chart.",
        [
            param("chart", "any", "The Chart.", ref("salesChart", "trafficChart")),
            param("label", "String", "Series label.", quoted("Q1", "visits", "returns")),
            param("points", "ArrayList", "Data points.", whole_numbers(0, 400, (3, 6)), items="integer"),
        ],
        ("add a series labelled {label} with the points {points} to {chart}",),
    ),
    Tool(
        "FileChunkUploader.uploadInChunks",
        "Uploads a file in chunks of a size.",
        [
            param("file", "any", "The File to upload.", ref("videoFile", "dumpFile", "archive")),
            param("chunkSizeBytes", "long", "Chunk size in bytes.", pick(1048576, 5242880, 8388608, 65536)),
            param(
                "parallel",
                "boolean",
                "Upload chunks in parallel.",
                flag("in parallel", "one chunk at a time"),
            ),
        ],
        ("upload {file} in chunks of {chunkSizeBytes} bytes {parallel}",),
    ),
    Tool(
        "TelemetryBuffer.flushBuffer",
        "Flushes buffered telemetry.",
        [
            param("buffer", "any", "The TelemetryBuffer.", ref("metricsBuffer", "traceBuffer")),
            param(
                "force",
                "boolean",
                "Flush even when below the batch size.",
                flag("forcing it", "only if full"),
            ),
        ],
        ("flush the telemetry buffer {buffer}, {force}",),
    ),
    Tool(
        "GradebookService.recordScores",
        "Records one score for several students of a course.",
        [
            param("courseCode", "String", "Course code.", quoted("MATH101", "BIO220", "CS50")),
            param(
                "studentIds",
                "ArrayList",
                "Student identifiers.",
                texts(("s1001", "s1002", "s2040", "s3111")),
                items="String",
            ),
            param("score", "integer", "Score 0-100.", count(0, 100)),
        ],
        ("record a score of {score} in {courseCode} for the students {studentIds}",),
    ),
    Tool(
        "RouteOptimizer.planRoute",
        "Plans a delivery route from a depot through stops.",
        [
            param("depot", "any", "The Depot.", ref("northDepot", "hub", "mainWarehouse")),
            param("stopCodes", "Array", "Stop codes.", texts(CITIES), items="String"),
            param(
                "avoidTolls", "boolean", "Avoid toll roads.", flag("avoiding tolls", "allowing toll roads")
            ),
        ],
        ("plan a route from {depot} through the stops {stopCodes}, {avoidTolls}",),
    ),
    Tool(
        "XmlSchemaValidator.validateDocument",
        "Validates an XML document against a schema file.",
        [
            param("document", "any", "The parsed Document.", ref("invoiceDoc", "feedXml")),
            param(
                "schemaPath", "String", "Path of the XSD.", quoted("schemas/invoice.xsd", "/etc/app/feed.xsd")
            ),
            param("strict", "boolean", "Fail on warnings.", flag("in strict mode", "leniently")),
        ],
        ("validate {document} against {schemaPath} {strict}",),
    ),
    Tool(
        "PixelShaderCompiler.compileShader",
        "Compiles shader source with preprocessor defines.",
        [
            param("sourceCode", "String", "Shader source.", quoted("blur.frag", "water.glsl", "shadow.hlsl")),
            param("optimizationLevel", "integer", "Optimization level 0-3.", count(0, 3)),
            param(
                "defines",
                "ArrayList",
                "Preprocessor defines.",
                texts(("USE_FOG", "HDR", "MSAA", "DEBUG")),
                items="String",
            ),
        ],
        (
            "compile the shader {sourceCode} at optimization level {optimizationLevel} "
            "with the defines {defines}",
        ),
    ),
    Tool(
        "GeoFenceMonitor.addFence",
        "Adds a circular geofence.",
        [
            param("monitor", "any", "The FenceMonitor.", ref("fleetMonitor", "petTracker")),
            param("latitude", "double", "Centre latitude.", decimal(-60, 60, 4)),
            param("longitude", "double", "Centre longitude.", decimal(-150, 150, 4)),
            param("radiusMeters", "float", "Radius in metres.", decimal(20, 900, 1)),
        ],
        (
            "add a geofence to {monitor} centred at latitude "
            "{latitude}, longitude {longitude} with a radius of {radiusMeters} metres",
        ),
    ),
    Tool(
        "PlaylistComposer.appendTracks",
        "Appends tracks to a playlist by track id.",
        [
            param("playlist", "any", "The Playlist.", ref("roadTrip", "focusMix", "partyList")),
            param("trackIds", "ArrayList", "Track ids.", whole_numbers(100000, 999999, (2, 4)), items="long"),
        ],
        ("append the tracks {trackIds} to the playlist {playlist}",),
    ),
    Tool(
        "PrinterSpooler.submitJob",
        "Submits a print job.",
        [
            param("printer", "any", "The PrintService.", ref("officePrinter", "labelPrinter")),
            param(
                "documentName",
                "String",
                "Document name.",
                quoted("invoice-88.pdf", "report.docx", "labels.zpl"),
            ),
            param("copies", "integer", "Number of copies.", count(1, 40)),
            param("duplex", "boolean", "Print both sides.", flag("double-sided", "single-sided")),
        ],
        ("print {copies} copies of {documentName} on {printer}, {duplex}",),
    ),
    Tool(
        "HeatmapAggregator.bucketize",
        "Buckets samples for a heatmap.",
        [
            param("samples", "any", "The SampleSet.", ref("latencySamples", "clickSamples")),
            param("bucketCount", "integer", "Number of buckets.", count(4, 64)),
            param(
                "logScale", "boolean", "Use logarithmic buckets.", flag("on a log scale", "on a linear scale")
            ),
        ],
        ("group {samples} into {bucketCount} buckets {logScale}",),
    ),
    Tool(
        "TextTokenizerPipeline.tokenize",
        "Tokenizes text, dropping stop words.",
        [
            param(
                "text",
                "String",
                "Text to tokenize.",
                quoted("The quick brown fox", "to be or not to be", "a tale of two cities"),
            ),
            param(
                "stopWords",
                "Array",
                "Words to drop.",
                texts(("the", "a", "of", "to", "or", "and")),
                items="String",
            ),
            param("lowercase", "boolean", "Lowercase tokens.", flag("in lower case", "keeping the case")),
        ],
        ("tokenize {text} without the stop words {stopWords}, {lowercase}",),
    ),
    Tool(
        "MatrixKernels.scaleRows",
        "Multiplies every row of a matrix by a factor.",
        [
            param("matrix", "any", "The DenseMatrix.", ref("weights", "gramMatrix", "m")),
            param("factor", "double", "Scale factor.", decimal(0.01, 10, 2)),
        ],
        ("scale every row of {matrix} by {factor}",),
    ),
    Tool(
        "DeviceFirmwareUpdater.pushFirmware",
        "Pushes a firmware version to devices.",
        [
            param(
                "deviceIds",
                "ArrayList",
                "Device ids.",
                texts(("dev-01", "dev-02", "cam-7", "gw-3", "th-9")),
                items="String",
            ),
            param("firmwareVersion", "String", "Firmware version.", quoted("2.4.1", "3.0.0-rc2", "1.9.7")),
            param(
                "rebootAfter",
                "boolean",
                "Reboot after flashing.",
                flag("rebooting them afterwards", "without a reboot"),
            ),
        ],
        ("push firmware {firmwareVersion} to the devices {deviceIds}, {rebootAfter}",),
    ),
    Tool(
        "GameLobbyManager.openLobby",
        "Opens a multiplayer lobby.",
        [
            param("hostPlayer", "any", "The hosting Player.", ref("localPlayer", "hostProfile")),
            param("maxPlayers", "integer", "Seats in the lobby.", count(2, 16)),
            param("mapName", "String", "Map to play.", quoted("Harbor", "Dune Pass", "Frostpeak")),
            param("ranked", "boolean", "Ranked match.", flag("as a ranked match", "as a casual match")),
        ],
        ("open a lobby hosted by {hostPlayer} for {maxPlayers} players on the map {mapName} {ranked}",),
    ),
    Tool(
        "CharsetSniffer.detectEncoding",
        "Detects the character encoding of a byte buffer.",
        [
            param("buffer", "any", "The ByteBuffer.", ref("rawBytes", "uploadBuf")),
            param("sampleSize", "integer", "Bytes to inspect.", count(256, 8192)),
            param(
                "fallbackCharset",
                "String",
                "Charset when unsure. Optional parameter with a default value of 'UTF-8'.",
                quoted("ISO-8859-1", "windows-1252"),
                ", falling back to {}",
                default="UTF-8",
            ),
        ],
        ("detect the encoding of {buffer} from its first {sampleSize} bytes",),
    ),
    Tool(
        "VotingTally.countBallots",
        "Counts ballots for candidates.",
        [
            param("ballotBox", "any", "The BallotBox.", ref("districtBox", "onlineBallots")),
            param(
                "candidateNames",
                "ArrayList",
                "Candidates.",
                texts(("Silva", "Okafor", "Lind", "Moreau")),
                items="String",
            ),
            param(
                "allowWriteIns",
                "boolean",
                "Count write-in votes.",
                flag("counting write-ins", "ignoring write-ins"),
            ),
        ],
        ("count the ballots in {ballotBox} for {candidateNames}, {allowWriteIns}",),
    ),
    Tool(
        "KeyboardShortcutMap.bindShortcut",
        "Binds a keystroke to an action on a UI component.",
        [
            param("component", "any", "The JComponent.", ref("editorPane", "mainFrame")),
            param("keyStroke", "String", "Key stroke.", quoted("ctrl S", "ctrl shift F", "alt ENTER")),
            param("actionName", "String", "Action name.", quoted("save", "formatCode", "toggleFullscreen")),
        ],
        ("bind {keyStroke} to the {actionName} action on {component}",),
    ),
    Tool(
        "CsvDialectBuilder.withSeparators",
        "Sets the field delimiter and quote character of a CSV dialect.",
        [
            param("builder", "any", "The DialectBuilder.", ref("csvDialect", "exportFormat")),
            param(
                "delimiter", "char", "Field delimiter.", pick(("';'", ";"), ("'|'", "|"), ("a colon", ":"))
            ),
            param("quoteChar", "char", "Quote character.", pick(("'\"'", '"'), ("a single quote", "'"))),
        ],
        ("set {builder} to use {delimiter} as the delimiter and {quoteChar} as the quote character",),
    ),
]
