import Foundation
import NewsGraphCore
import NewsGraphStore

/// The plain-text curation file: one decision per line, kept in git and applied to other stores.
///
/// ```
/// # newsgraph curation v1
/// merge "Zhumatai" person "Zhanargul Zhumatai" person note="same woman" at=2026-11-28T15:00:00Z
/// reject "Read More" organization note="page furniture"
/// retype Ili person place
/// rename "Xinjiang Uyghur Autonomous Region" place Xinjiang
/// alias-add XUAR - Xinjiang place
/// alias-remove Li - "Li Wei" person
/// ```
/// Fields are separated by spaces; a field with spaces, quotes, `#` or `=` is written in double quotes
/// (`\"`, `\\`, and `\n`, `\r`, `\t` for line breaks and tabs, inside). Every line is `ACTION NAME KIND` and then, by action: reject nothing; retype
/// `NEW-KIND`; rename `NEW-NAME`; merge, alias-add, alias-remove `ENTITY ENTITY-KIND`. `-` stands for any
/// kind. `note=` and `at=` (ISO 8601) may follow. Blank lines and lines starting with `#` are ignored.
public enum CurationFile {
    public static let header = "# newsgraph curation v1"

    /// One decision read from a file, with the line it came from.
    public struct Line: Sendable, Equatable {
        public var number: Int
        public var decision: CurationMap.Decision
        public var note: String
        public var date: Date?
    }

    /// Every bad line of a file, reported together.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var problems: [(line: Int, message: String)]

        package init(path: String, problems: [(line: Int, message: String)]) {
            self.path = path
            self.problems = problems
        }

        public static func == (lhs: ParseError, rhs: ParseError) -> Bool {
            lhs.path == rhs.path && lhs.problems.map(\.line) == rhs.problems.map(\.line)
                && lhs.problems.map(\.message) == rhs.problems.map(\.message)
        }

        public var description: String {
            "\(path): \(problems.count) bad line\(problems.count == 1 ? "" : "s"); nothing was applied\n"
                + problems.map { "\(path):\($0.line): \($0.message)" }.joined(separator: "\n")
        }
    }

    /// The file for `entries` (those in force), oldest first, with the header and a format reminder.
    public static func write(_ entries: [CurationEntry]) -> String {
        var out = header + "\n"
        out += "# ACTION NAME KIND [ARGUMENTS] [note=TEXT] [at=TIME]; see docs/audit.md\n"
        for entry in entries where !entry.isUndone {
            let d = entry.decision
            var fields = [d.action.rawValue, quote(d.name), d.kind?.rawValue ?? "-"]
            switch d.action {
            case .reject:
                break
            case .retype, .rename:
                fields.append(quote(d.argument ?? ""))
            case .merge, .aliasAdd, .aliasRemove:
                let target = CurationMap.entityArgument(d.argument) ?? ("", nil)
                fields.append(quote(target.name))
                fields.append(target.kind?.rawValue ?? "-")
            }
            if !entry.note.isEmpty { fields.append("note=" + quote(entry.note, always: true)) }
            fields.append("at=" + entry.createdAt)
            out += fields.joined(separator: " ") + "\n"
        }
        return out
    }

    /// The audit's suggested merges (`AuditRow.mergeInto`) as a curation file, in audit order: one `merge` line per
    /// row, its reasons as the note, to review (delete the lines that are wrong) and apply with `curation import`.
    public static func suggestions(_ rows: [AuditRow]) -> String {
        var out = header + "\n"
        out +=
            "# Merges the audit suggests (newsgraph audit --format curation). Review: delete every line that is wrong,\n"
        out += "# then apply the rest with: newsgraph curation import FILE\n"
        for row in rows where row.status == .entity {
            guard let target = row.mergeInto else { continue }
            let reasons = row.reasons.filter { $0.contains(target.name) }
            let fields = [
                CurationMap.Decision.Action.merge.rawValue, quote(row.name), row.kind.rawValue, quote(target.name),
                target.kind.rawValue,
                "note=" + quote("audit: " + (reasons.first ?? row.codes.joined(separator: " ")), always: true),
            ]
            out += fields.joined(separator: " ") + "\n"
        }
        return out
    }

    /// Every decision in `text`; throws one error listing every bad line (`path:LINE: message`).
    public static func parse(_ text: String, path: String) throws(ParseError) -> [Line] {
        var lines: [Line] = []
        var problems: [(Int, String)] = []
        // "\r\n" is one Character in Swift: splitting on "\n" alone would leave a Windows file as one line.
        // A byte-order mark (Windows editors write one) is not part of the first line.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let rawLines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (index, raw) in rawLines.enumerated() {
            let number = index + 1
            let content = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if content.isEmpty || content.hasPrefix("#") { continue }
            switch parseLine(content) {
            case .success(let parsed):
                lines.append(Line(number: number, decision: parsed.0, note: parsed.1, date: parsed.2))
            case .failure(let problem):
                problems.append((number, problem.message))
            }
        }
        if !problems.isEmpty { throw ParseError(path: path, problems: problems) }
        return lines
    }

    package struct Problem: Error { var message: String }

    private static func parseLine(_ line: String) -> Result<(CurationMap.Decision, String, Date?), Problem> {
        let tokens: [(text: String, quoted: Bool)]
        do { tokens = try tokenize(line) } catch { return .failure(error) }
        var positional: [String] = []
        var note = ""
        var date: Date?
        for token in tokens {
            if !token.quoted, token.text.hasPrefix("note=") {
                note = String(token.text.dropFirst(5))
            } else if !token.quoted, token.text.hasPrefix("at=") {
                let value = String(token.text.dropFirst(3))
                guard let parsed = ISO8601DateFormatter().date(from: value) else {
                    return .failure(
                        Problem(message: "'\(value)' is not an ISO 8601 time (expected e.g. 2026-11-28T15:00:00Z)"))
                }
                date = parsed
            } else if !token.quoted, let equals = token.text.firstIndex(of: "="), !token.text.hasPrefix("=") {
                return .failure(Problem(message: "unknown option '\(token.text[..<equals])='; expected note= or at="))
            } else {
                positional.append(token.text)
            }
        }
        guard let first = positional.first else { return .failure(Problem(message: "no action")) }
        guard let action = CurationMap.Decision.Action(rawValue: first) else {
            let actions = CurationMap.Decision.Action.allCases.map(\.rawValue)
            return .failure(
                Problem(message: "unknown action '\(first)'; expected one of " + actions.joined(separator: ", ")))
        }
        let expected: [String]
        switch action {
        case .reject: expected = ["NAME", "KIND"]
        case .retype: expected = ["NAME", "KIND", "NEW-KIND"]
        case .rename: expected = ["NAME", "KIND", "NEW-NAME"]
        case .merge, .aliasAdd, .aliasRemove: expected = ["NAME", "KIND", "ENTITY", "ENTITY-KIND"]
        }
        let fields = Array(positional.dropFirst())
        guard fields.count == expected.count else {
            return .failure(
                Problem(
                    message:
                        "\(action.rawValue) takes \(expected.joined(separator: " ")), found \(fields.count) field\(fields.count == 1 ? "" : "s")"
                ))
        }
        func kind(_ text: String, _ role: String, optional: Bool = true) -> Result<EntityKind?, Problem> {
            if text == "-" && optional { return .success(nil) }
            if let kind = EntityKind(rawValue: text) { return .success(kind) }
            let kinds = EntityKind.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(
                Problem(message: "\(role) '\(text)' is not a kind; expected \(kinds)\(optional ? " or -" : "")"))
        }
        if fields[0].isEmpty { return .failure(Problem(message: "empty NAME")) }
        let subjectKind: EntityKind?
        switch kind(fields[1], "KIND") {
        case .success(let k): subjectKind = k
        case .failure(let p): return .failure(p)
        }
        var argument: String?
        switch action {
        case .reject:
            break
        case .retype:
            switch kind(fields[2], "NEW-KIND", optional: false) {
            case .success(let k): argument = k?.rawValue
            case .failure(let p): return .failure(p)
            }
        case .rename:
            if fields[2].isEmpty { return .failure(Problem(message: "empty NEW-NAME")) }
            argument = fields[2]
        case .merge, .aliasAdd, .aliasRemove:
            if fields[2].isEmpty { return .failure(Problem(message: "empty ENTITY")) }
            switch kind(fields[3], "ENTITY-KIND") {
            case .success(let k): argument = CurationMap.joinArgument(name: fields[2], kind: k)
            case .failure(let p): return .failure(p)
            }
        }
        return .success(
            (CurationMap.Decision(action: action, name: fields[0], kind: subjectKind, argument: argument), note, date))
    }

    /// Splits a line into fields; a double quote starts a quoted part anywhere in a field.
    private static func tokenize(_ line: String) throws(Problem) -> [(text: String, quoted: Bool)] {
        var tokens: [(String, Bool)] = []
        var current = ""
        var inToken = false, startsQuoted = false, inQuotes = false, escaped = false
        for character in line {
            if inQuotes {
                if escaped {
                    switch character {
                    case "n": current.append("\n")
                    case "r": current.append("\r")
                    case "t": current.append("\t")
                    default: current.append(character)
                    }
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inQuotes = false
                } else {
                    current.append(character)
                }
            } else if character == " " || character == "\t" {
                if inToken { tokens.append((current, startsQuoted)) }
                current = ""
                inToken = false
                startsQuoted = false
            } else if character == "\"" {
                if !inToken { startsQuoted = true }
                inToken = true
                inQuotes = true
            } else {
                inToken = true
                current.append(character)
            }
        }
        if inQuotes { throw Problem(message: "unclosed quote") }
        if inToken { tokens.append((current, startsQuoted)) }
        return tokens
    }

    /// `text` as a field: bare when it is a plain word, otherwise in double quotes with escapes.
    package static func quote(_ text: String, always: Bool = false) -> String {
        let plain =
            !text.isEmpty && text != "-"
            && !text.contains {
                $0 == " " || $0 == "\"" || $0 == "#" || $0 == "=" || $0 == "\\" || $0.isNewline || $0 == "\t"
            }
        if plain && !always { return text }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\r\n", with: "\\r\\n").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\t", with: "\\t")
        return "\"" + escaped + "\""
    }
}
