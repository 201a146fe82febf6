import Foundation

/// One document of a gold or prediction JSON Lines file: `{"id", "text"?, "entities": [{"start", "end", "type"}]}`.
public struct EvaluationDocument: Sendable {
    public var id: String
    public var text: String
    public var entities: [LabeledSpan]

    public init(id: String, text: String = "", entities: [LabeledSpan]) {
        self.id = id
        self.text = text
        self.entities = entities
    }

    /// Reads a JSON Lines file into documents by id; every bad line is reported with its number.
    public static func load(path: String) throws(EvaluationError) -> [String: EvaluationDocument] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(path) }
        return try parse(text, path: path)
    }

    /// Parses JSON Lines text (`path` only names the source in errors).
    public static func parse(_ text: String, path: String) throws(EvaluationError) -> [String: EvaluationDocument] {
        var documents: [String: EvaluationDocument] = [:]
        var problems: [String] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                problems.append("\(path):\(n + 1): not a JSON object")
                continue
            }
            let id: String
            switch object["id"] {
            case let s as String: id = s
            case let number as NSNumber: id = number.stringValue
            default:
                problems.append("\(path):\(n + 1): no field \"id\"")
                continue
            }
            var spans: [LabeledSpan] = []
            var bad = false
            for entity in object["entities"] as? [[String: Any]] ?? [] {
                guard let start = (entity["start"] as? NSNumber)?.intValue,
                    let end = (entity["end"] as? NSNumber)?.intValue,
                    let type = entity["type"] as? String
                else {
                    problems.append(
                        "\(path):\(n + 1): an entity needs integer \"start\", \"end\" and a string \"type\"")
                    bad = true
                    break
                }
                spans.append(LabeledSpan(start: start, end: end, type: type))
            }
            if bad { continue }
            documents[id] = EvaluationDocument(id: id, text: object["text"] as? String ?? "", entities: spans)
        }
        if !problems.isEmpty { throw .badLines(problems) }
        return documents
    }
}
