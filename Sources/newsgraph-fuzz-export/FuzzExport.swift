import Foundation
import NewsGraph

/// libFuzzer target over the exporters' escaping: the input is split at 0xFF bytes into names (decoded as UTF-8
/// with repair), a `Graph` is built from them, and each name must survive `JSONText.quote` and come back from
/// JSONSerialization unchanged. Exporters in Export/ are to be added here as they land (write the graph, parse it
/// back, compare labels). A failed check traps: add the input to Tests/Fixtures/robustness/fuzz-regressions/export.
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
