import Foundation
import NewsGraph

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// libFuzzer target over the exporters' escaping: the input is split at 0xFF bytes into names (decoded as UTF-8
/// with repair), a `Graph` is built from them, and each name must survive `JSONText.quote` and come back from
/// JSONSerialization unchanged; the GraphML writer's output must be well-formed XML with one `<node>` per node and one
/// `<edge>` per edge, and the DOT writer's every quoted string must close, with braces balanced outside them. A failed check traps: add the input to Tests/Fixtures/robustness/fuzz-regressions/export.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let names = bytes.split(separator: 0xFF, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
    }
    let kinds = EntityKind.allCases
    let nodes = names.enumerated().map { n, name in
        GraphNode(label: name, kind: kinds[n % kinds.count], aliases: [name])
    }
    var edges: [GraphEdge] = []
    for (a, b) in zip(nodes, nodes.dropFirst()) {
        edges.append(GraphEdge(source: a.id, target: b.id, kind: a.label, weight: Double(a.label.utf8.count)))
    }
    let graph = Graph(nodes: nodes, edges: edges)
    for node in graph.nodes {
        let quoted = JSONText.quote(node.label)
        let parsed = try? JSONSerialization.jsonObject(with: Data(quoted.utf8), options: [.fragmentsAllowed]) as? String
        check(parsed == node.label, "JSONText.quote does not round-trip: \(quoted)")
        check(!quoted.unicodeScalars.contains { $0.value < 0x20 }, "raw control character in \(quoted)")
    }
    for edge in graph.edges {
        let number = JSONText.number(edge.weight)
        check(
            (try? JSONSerialization.jsonObject(with: Data(number.utf8), options: [.fragmentsAllowed])) is NSNumber,
            "JSONText.number is not a JSON number: \(number)")
    }
    checkGraphML(graph)
    checkDOT(graph)
    // Bit patterns as doubles: NaN, infinities, subnormals and huge values must still give JSON numbers.
    var index = 0
    while index + 8 <= bytes.count {
        var bits: UInt64 = 0
        for k in 0..<8 { bits = bits << 8 | UInt64(bytes[index + k]) }
        let number = JSONText.number(Double(bitPattern: bits))
        check(
            (try? JSONSerialization.jsonObject(with: Data(number.utf8), options: [.fragmentsAllowed])) is NSNumber,
            "JSONText.number is not a JSON number: \(number)")
        index += 8
    }
    return 0
}

func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// The GraphML of `graph` parses as XML, with as many nodes as the graph and one edge per pair of ends
/// (GraphML folds a pair's relations into one edge).
func checkGraphML(_ graph: Graph) {
    var sink = MemorySink()
    check((try? GraphMLExporter().write(graph, to: &sink)) != nil, "GraphML writer threw")
    final class Counter: NSObject, XMLParserDelegate {
        var nodes = 0, edges = 0
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if name == "node" { nodes += 1 }
            if name == "edge" { edges += 1 }
        }
    }
    let parser = XMLParser(data: Data(sink.bytes))
    let counter = Counter()
    parser.delegate = counter
    check(parser.parse(), "GraphML is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")\n\(sink.text)")
    check(counter.nodes == graph.nodes.count, "GraphML has \(counter.nodes) nodes, the graph \(graph.nodes.count)")
    let pairs = Set(graph.edges.map(\.pairKey)).count
    check(counter.edges == pairs, "GraphML has \(counter.edges) edges, the graph \(pairs) pairs")
}

/// The DOT of `graph` closes every quoted string (a name cannot end a string early or run into the next line's
/// syntax) and balances its braces outside strings.
func checkDOT(_ graph: Graph) {
    var sink = MemorySink()
    check((try? DOTExporter().write(graph, to: &sink)) != nil, "DOT writer threw")
    var inString = false, escaped = false, depth = 0
    for byte in sink.bytes {
        if inString {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                inString = false
            } else {
                check(byte != 0x0A && byte != 0x0D, "raw line break inside a DOT string")
            }
        } else if byte == UInt8(ascii: "\"") {
            inString = true
        } else if byte == UInt8(ascii: "{") {
            depth += 1
        } else if byte == UInt8(ascii: "}") {
            depth -= 1
            check(depth >= 0, "unbalanced } in DOT")
        }
    }
    check(!inString && depth == 0, "DOT ends inside a string or a block:\n\(sink.text)")
}
