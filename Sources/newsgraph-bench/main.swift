import Dispatch
import Foundation
import NewsGraph

/// newsgraph-bench: throughput, latency and peak memory of each pipeline phase on a corpus.
///
///     swift run -c release newsgraph-bench ../shared/bench/reuters21578.jsonl
///     swift run -c release newsgraph-bench ../shared/bench/reuters21578.jsonl --scale 1,4,16 --phases none
///     swift run -c release newsgraph-bench ../shared/bench/reuters21578.jsonl --generate 16 --output big.jsonl
///
/// Phases: extract (one core, then all cores), ingest (into a fresh store, end to end), export (GraphML and DOT of
/// the ingested store), query (links at one and two hops, path, why, on the ingested store). Prints one line per
/// figure; medians over `--runs` runs (default 3); peak memory per phase.
struct Options {
    var corpus: String?
    var runs = 3
    var scales: [Int] = []
    var phases: Set<String> = ["extract", "ingest", "export", "query"]
    var sampleBytes: Int?
    var store: String?
    var generate: Int?
    var output: String?
}

func usage() -> Never {
    FileHandle.standardError.write(
        Data(
            """
            usage: newsgraph-bench CORPUS.jsonl|FOLDER [--runs N] [--scale 1,4,16] [--phases extract,ingest,export,query]
                                   [--sample-bytes N] [--keep-store FILE]
                   newsgraph-bench CORPUS.jsonl|FOLDER --generate N --output FILE.jsonl
              --scale      also time ingest of the corpus repeated N times (fresh ids), for a linearity check
              --phases     any of extract, ingest, export, query (export and query need ingest), or none
              --sample-bytes  use only the first N bytes of article text (whole articles), e.g. 1000000
              --generate   write the corpus repeated N times (fresh ids, a marker per copy) to --output, and stop

            """.utf8))
    exit(2)
}

func number(_ text: String) -> Int {
    guard let value = Int(text), value > 0 else { usage() }
    return value
}

var options = Options()
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    func value() -> String {
        if arguments.isEmpty { usage() }
        return arguments.removeFirst()
    }
    switch argument {
    case "--runs": options.runs = number(value())
    case "--scale": options.scales = value().split(separator: ",").compactMap { Int($0) }
    case "--phases": options.phases = Set(value().split(separator: ",").map(String.init))
    case "--sample-bytes": options.sampleBytes = number(value())
    case "--keep-store": options.store = value()
    case "--generate": options.generate = number(value())
    case "--output": options.output = value()
    case "-h", "--help": usage()
    default:
        if argument.hasPrefix("-") { usage() }
        options.corpus = argument
    }
}
guard let corpus = options.corpus else { usage() }

// MARK: - Measuring

/// Peak resident memory since the last reset, in MB (Linux: VmHWM, reset through clear_refs).
func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kb = Double(line.split(separator: " ")[1])
    else { return 0 }
    return kb / 1024
}

func resetPeakMemory() {
    if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
        handle.write(Data("5".utf8))
        try? handle.close()
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func report(_ name: String, _ value: Double, _ unit: String) {
    print(name.padding(toLength: 44, withPad: " ", startingAt: 0) + String(format: "%14.2f %@", value, unit))
}

// MARK: - Corpus

let reader = ArticleReader()
let (files, readErrors) = reader.files(in: [corpus])
for error in readErrors { FileHandle.standardError.write(Data("skipped: \(error)\n".utf8)) }
var articles: [Article] = []
for file in files {
    do { articles += try reader.articles(inFile: file) } catch {
        FileHandle.standardError.write(Data("skipped: \(error)\n".utf8))
    }
}
if let limit = options.sampleBytes {
    var total = 0
    articles = Array(
        articles.prefix { article in
            total += article.text.utf8.count
            return total <= limit
        })
}
/// Writes the corpus repeated `copies` times, each copy with its own ids and a marker line, so every article is new
/// to a store while the text (and so the work per article) stays that of the real corpus.
func generate(_ articles: [Article], copies: Int, to file: String) throws {
    guard FileManager.default.createFile(atPath: file, contents: nil), let handle = FileHandle(forWritingAtPath: file)
    else {
        FileHandle.standardError.write(Data("newsgraph-bench: cannot write '\(file)'\n".utf8))
        exit(1)
    }
    defer { try? handle.close() }
    for copy in 0..<copies {
        var chunk = ""
        for article in articles {
            chunk +=
                "{\"id\": " + JSONText.quote("\(article.externalID)-\(copy)") + ", \"text\": "
                + JSONText.quote(article.text + "\n\n(copy \(copy))") + "}\n"
            if chunk.utf8.count > 1 << 20 { try handle.write(contentsOf: Data(chunk.utf8)); chunk = "" }
        }
        try handle.write(contentsOf: Data(chunk.utf8))
    }
}

if let copies = options.generate {
    guard let output = options.output else { usage() }
    try generate(articles, copies: copies, to: output)
    print("wrote \(output): \(copies) x \(articles.count) articles")
    exit(0)
}

let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
/// Words as the peer counts them (Python's `str.split()`: runs of non-whitespace).
func wordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
        if scalar.properties.isWhitespace { inWord = false } else if !inWord { inWord = true; count += 1 }
    }
    return count
}
let words = articles.reduce(0) { $0 + wordCount($1.text) }
print(
    "corpus: \(articles.count) articles, \(String(format: "%.2f", Double(bytes) / 1e6)) MB, \(words) words (whitespace-separated, as the peer counts)"
)
print("cores: \(ProcessInfo.processInfo.activeProcessorCount); runs: \(options.runs) (medians)")

let analyzer = Analyzer()
_ = analyzer.analyze(Article(source: "warm-up", externalID: "w", text: "Warm up the gazetteers in Paris."))

// MARK: - Extraction

if options.phases.contains("extract") {
    resetPeakMemory()
    var single: [Double] = []
    var mentionCount = 0
    for _ in 0..<options.runs {
        single.append(
            seconds {
                var count = 0
                for article in articles { count += analyzer.analyze(article).mentions.count }
                mentionCount = count
            })
    }
    let t1 = median(single)
    report("extract, 1 core: words/s", Double(words) / t1, "")
    report("extract, 1 core: MB/s", Double(bytes) / 1e6 / t1, "")
    var parallel: [Double] = []
    for _ in 0..<options.runs {
        parallel.append(
            seconds {
                let chunk = 64
                var start = 0
                while start < articles.count {
                    _ = analyzer.analyzeAll(Array(articles[start..<min(articles.count, start + chunk)]))
                    start += chunk
                }
            })
    }
    let tn = median(parallel)
    report("extract, all cores: words/s", Double(words) / tn, "")
    report("extract, all cores: MB/s", Double(bytes) / 1e6 / tn, "")
    report("extract: mentions", Double(mentionCount), "")
    report("extract: peak memory", peakMemoryMB(), "MB")
}

// MARK: - Ingest (end to end from the corpus files into a fresh store)

let storePath = options.store ?? (NSTemporaryDirectory() + "newsgraph-bench-\(getpid()).sqlite")
func freshStorePath() -> String {
    let path = storePath
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    return path
}

if options.phases.contains("ingest") {
    resetPeakMemory()
    var times: [Double] = []
    var summary = IngestSummary()
    var timing = IngestTiming()
    for _ in 0..<options.runs {
        let path = freshStorePath()
        times.append(
            try seconds {
                let store = try GraphStore(path: path)
                let report = try Ingestor().ingest(paths: [corpus], into: store)
                summary = report.summary
                timing = report.timing
            })
    }
    report("ingest, last run: reading files", timing.reading, "s")
    report("ingest, last run: checking the store", timing.checking, "s")
    report("ingest, last run: waiting for analysis", timing.waiting, "s")
    report("ingest, last run: writing to SQLite", timing.writing, "s")
    report("ingest, last run: building indexes", timing.indexing, "s")
    report("ingest, last run: resolving identity", timing.identity, "s")
    report("ingest, last run: refreshing scores", timing.scores, "s")
    let t = median(times)
    report("ingest (fresh store, end to end): seconds", t, "s")
    report("ingest: articles/s", Double(summary.new) / t, "")
    report("ingest: mentions/s", Double(summary.mentions) / t, "")
    report("ingest: peak memory", peakMemoryMB(), "MB")
    let path = freshStorePath()
    let store = try GraphStore(path: path)
    _ = try Ingestor().ingest(paths: [corpus], into: store)
    let again = try seconds { _ = try Ingestor().ingest(paths: [corpus], into: store) }
    report("re-ingest (all unchanged): seconds", again, "s")

    if options.phases.contains("export") {
        resetPeakMemory()
        let folder = NSTemporaryDirectory() + "newsgraph-bench-export-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var loading: [Double] = []
        var graph = try store.graph()
        for _ in 0..<options.runs { loading.append(try seconds { graph = try store.graph() }) }
        report("export: graph read from the store", median(loading), "s")
        report("export: nodes", Double(graph.nodes.count), "")
        report("export: edges", Double(graph.edges.count), "")
        for format in [ExportFormat.graphml, .dot] {
            var times: [Double] = []
            let file = folder + "/graph." + format.rawValue
            for _ in 0..<options.runs {
                times.append(try seconds { try ExportRequest(format: format, output: file).perform(on: graph) })
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            report("export \(format.rawValue): seconds", median(times), "s")
            report("export \(format.rawValue): MB written", Double(size) / 1e6, "MB")
        }
        report("export: peak memory", peakMemoryMB(), "MB")
    }

    if options.phases.contains("query") {
        resetPeakMemory()
        // The same entities every run: every 97th entity by id, with links (the busiest and the quietest alike).
        let entities = try store.entities().filter { $0.mentions > 0 }
        var sample: [EntityRef] = []
        var lookups: [Double] = []
        for (index, summary) in entities.enumerated() where index % 97 == 0 && sample.count < 200 {
            lookups.append(
                try seconds {
                    sample.append(try GraphQuery(store).entity(named: summary.name, kind: summary.kind).entity)
                })
        }
        var one: [Double] = [], two: [Double] = [], paths: [Double] = [], whys: [Double] = []
        var rows = 0
        for (index, entity) in sample.enumerated() {
            var neighbours: [Link] = []
            one.append(try seconds { neighbours = try GraphQuery(store).links(of: entity, depth: 1) })
            two.append(try seconds { rows += try GraphQuery(store).links(of: entity, depth: 2).count })
            let other = sample[(index + sample.count / 2) % sample.count]
            paths.append(
                try seconds { _ = try GraphQuery(store).paths(from: entity, to: other, maxDepth: 6, limit: 10) })
            if let first = neighbours.first {
                whys.append(try seconds { _ = try GraphQuery(store).evidence(between: entity, and: first.entity) })
            }
        }
        report("query: entities sampled", Double(sample.count), "")
        report("query entity by name: median", median(lookups) * 1000, "ms")
        report("query links depth 1: median", median(one) * 1000, "ms")
        report("query links depth 2: median", median(two) * 1000, "ms")
        report("query path: median", median(paths) * 1000, "ms")
        report("query why: median", whys.isEmpty ? 0 : median(whys) * 1000, "ms")
        report("query: peak memory", peakMemoryMB(), "MB")
    }
}

// MARK: - Scaling

if !options.scales.isEmpty {
    let folder = NSTemporaryDirectory() + "newsgraph-bench-scale-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var base: Double?
    for scale in options.scales.sorted() {
        let file = folder + "/corpus-\(scale)x.jsonl"
        try generate(articles, copies: scale, to: file)
        resetPeakMemory()
        var times: [Double] = []
        var timing = IngestTiming()
        for _ in 0..<max(1, options.runs) {
            let path = freshStorePath()
            times.append(
                try seconds {
                    let store = try GraphStore(path: path)
                    timing = try Ingestor().ingest(paths: [file], into: store).timing
                })
        }
        let t = median(times)
        report("scale \(scale)x, last run: reading files", timing.reading, "s")
        report("scale \(scale)x, last run: checking the store", timing.checking, "s")
        report("scale \(scale)x, last run: waiting for analysis", timing.waiting, "s")
        report("scale \(scale)x, last run: writing to SQLite", timing.writing, "s")
        report("scale \(scale)x, last run: building indexes", timing.indexing, "s")
        let base1x = base ?? t / Double(scale)
        base = base1x
        report("scale \(scale)x: ingest seconds", t, "s")
        report("scale \(scale)x: seconds / (1x seconds * \(scale))", t / (base1x * Double(scale)), "")
        report("scale \(scale)x: peak memory", peakMemoryMB(), "MB")
        try? FileManager.default.removeItem(atPath: file)
    }
}

if options.store == nil {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
}
