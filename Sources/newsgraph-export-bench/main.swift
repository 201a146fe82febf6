// Times every exporter on a generated graph and reports peak memory.
//
//   swift build -c release --product newsgraph-export-bench
//   .build/release/newsgraph-export-bench [--nodes 100000] [--edges 1000000] [--in-memory] [--keep DIR]
//       [--store PATH]
//
// By default the graph is streamed from `SyntheticGraph` (nothing held), so the peak resident size
// shows what the writers themselves need; `--in-memory` first builds a `Graph` value, as `build` does.
// `--store PATH` exports a SQLite store instead, as `newsgraph export` does: streamed through
// `StoreGraphSource`, or loaded with `store.graph()` under `--in-memory`. A PATH that does not exist is
// first filled with a `SyntheticStore` of `--nodes` entities and `--edges` relations (varied shapes), so one
// file can be measured both ways in separate runs (peak RSS is per process).
import Foundation
import NewsGraph
import NewsGraphBenchSupport

#if canImport(Glibc)
    import Glibc
#endif

func peakResidentMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // KiB on Linux
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
}

var nodes = 100_000
var edges = 1_000_000
var inMemory = false
var keep: String?
var storePath: String?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--nodes": nodes = Int(arguments.next() ?? "") ?? nodes
    case "--edges": edges = Int(arguments.next() ?? "") ?? edges
    case "--in-memory": inMemory = true
    case "--keep": keep = arguments.next()
    case "--store": storePath = arguments.next()
    default:
        FileHandle.standardError.write(
            Data(
                "usage: newsgraph-export-bench [--nodes N] [--edges N] [--in-memory] [--keep DIR] [--store PATH]\n"
                    .utf8))
        exit(2)
    }
}

let folder = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }

/// User plus system CPU seconds of this process: on a shared machine, steadier than the wall clock.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

nonisolated(unsafe) var cpuMark = cpuSeconds()

/// One line per format: wall seconds, CPU seconds since the previous line, output size, peak RSS so far.
func report(_ format: String, seconds: Double, bytes: Int) {
    let name = format.padding(toLength: 10, withPad: " ", startingAt: 0)
    let cpu = cpuSeconds()
    defer { cpuMark = cpu }
    print(
        name
            + String(
                format: "%6.2f s  cpu %6.2f s  %8.1f MB  peak RSS %7.1f MiB", seconds, cpu - cpuMark,
                Double(bytes) / 1e6, peakResidentMiB()))
}

func run(_ source: some GraphSource) throws {
    cpuMark = cpuSeconds()
    // What producing the nodes and edges costs by itself, so the writers' share is visible.
    var start = Date()
    var count = 0
    try source.forEachNode { _ in count += 1 }
    try source.forEachEdge { _ in count += 1 }
    report("(source)", seconds: Date().timeIntervalSince(start), bytes: 0)
    let exporters: [any GraphExporter] = [GraphMLExporter(), DOTExporter(), GEXFExporter(), CytoscapeExporter()]
    for exporter in exporters {
        let path = folder + "/graph." + exporter.fileExtension
        let start = Date()
        try FileSink.writing(to: path) { sink in try exporter.write(source, to: &sink) }
        let seconds = Date().timeIntervalSince(start)
        report(exporter.formatName, seconds: seconds, bytes: fileSize(path))
    }
    start = Date()
    let written = try Neo4jCSVExporter().write(source, toFolder: folder + "/neo4j")
    let seconds = Date().timeIntervalSince(start)
    report("neo4j", seconds: seconds, bytes: written.map(fileSize).reduce(0, +))
}

if let storePath {
    if !FileManager.default.fileExists(atPath: storePath) {
        let start = Date()
        try SyntheticStore(entities: nodes, relations: edges, seed: 42, varied: true).write(
            into: GraphStore(path: storePath))
        print(
            "wrote a synthetic store of \(nodes) entities, \(edges) relations to \(storePath) in "
                + String(format: "%.1f s", Date().timeIntervalSince(start)))
    }
    let store = try GraphStore(path: storePath, readOnly: true)
    print("store: \(storePath), \(inMemory ? "in memory (store.graph())" : "streamed (StoreGraphSource)")")
    print("peak RSS before exporting: \(String(format: "%.1f", peakResidentMiB())) MiB")
    if inMemory {
        let graph = try store.graph()
        print(
            "peak RSS with the Graph loaded (\(graph.nodes.count) nodes, \(graph.edges.count) edges): "
                + String(format: "%.1f", peakResidentMiB()) + " MiB")
        try run(graph)
    } else {
        let source = StoreGraphSource(store)
        let summary = try source.summary()
        print(
            "peak RSS with the id order read (\(summary.nodeCount) nodes, \(summary.edgeCount) edges): "
                + String(format: "%.1f", peakResidentMiB()) + " MiB")
        try run(source)
    }
} else if inMemory {
    let synthetic = SyntheticGraph(nodeCount: nodes, edgeCount: edges)
    print("graph: \(nodes) nodes, \(edges) edges, in memory (Graph value)")
    print("peak RSS before exporting: \(String(format: "%.1f", peakResidentMiB())) MiB")
    var graph = Graph()
    try synthetic.forEachNode { graph.nodes.append($0) }
    try synthetic.forEachEdge { graph.edges.append($0) }
    print("peak RSS with the Graph built: \(String(format: "%.1f", peakResidentMiB())) MiB")
    try run(graph)
} else {
    let synthetic = SyntheticGraph(nodeCount: nodes, edgeCount: edges)
    print("graph: \(nodes) nodes, \(edges) edges, streamed (SyntheticGraph)")
    print("peak RSS before exporting: \(String(format: "%.1f", peakResidentMiB())) MiB")
    try run(synthetic)
}
