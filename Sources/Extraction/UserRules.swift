import Foundation
import NewsGraphCore

/// Gazetteer entries and patterns a user adds without rebuilding, read from a folder (`--rules DIR`).
///
/// `*.gazetteer` files hold `kind<TAB>name` lines, `*.patterns` files `rule-id<TAB>kind<TAB>pattern` lines; `#` starts a
/// comment line. Loading reports every bad line of every file at once (`UserRulesError`). Format: docs/rules.md.
///
/// ```swift
/// let rules = try UserRules.load(folder: "my-rules")
/// let extractor = EntityExtractor(userRules: rules)
/// ```
public struct UserRules: Sendable {
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var kind: EntityKind
    }

    public var entries: [Entry] = []
    public var patterns: [UserPattern] = []

    public init(entries: [Entry] = [], patterns: [UserPattern] = []) {
        self.entries = entries
        self.patterns = patterns
    }

    /// Reads every `.gazetteer` and `.patterns` file of `folder`, in name order.
    public static func load(folder: String) throws(UserRulesError) -> UserRules {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UserRulesError(problems: [.init(file: folder, line: 0, message: "not a folder")])
        }
        let names = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        var rules = UserRules()
        var problems: [UserRulesError.Problem] = []
        var used = 0
        for name in names where name.hasSuffix(".gazetteer") || name.hasSuffix(".patterns") {
            used += 1
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = fm.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                problems.append(.init(file: path, line: 0, message: "cannot read the file as UTF-8 text"))
                continue
            }
            rules.parse(text, file: path, patterns: name.hasSuffix(".patterns"), problems: &problems)
        }
        if used == 0 {
            problems.append(.init(file: folder, line: 0, message: "no .gazetteer or .patterns files"))
        }
        if !problems.isEmpty { throw UserRulesError(problems: problems) }
        return rules
    }

    /// Parses one file's text, adding entries or patterns and a problem for each bad line.
    public mutating func parse(
        _ text: String, file: String, patterns isPatterns: Bool, problems: inout [UserRulesError.Problem]
    ) {
        // "\r\n" is one Character in Swift: splitting on "\n" alone would leave a Windows file as one line.
        // A byte-order mark (Windows editors write one) is not part of the first line.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (n, raw) in lines.enumerated() {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            func problem(_ message: String) { problems.append(.init(file: file, line: n + 1, message: message)) }
            if isPatterns {
                guard fields.count == 3 else {
                    problem("expected 3 tab-separated fields (rule-id, kind, pattern), found \(fields.count)")
                    continue
                }
                guard UserRules.isRuleID(fields[0]) else {
                    problem("rule id '\(fields[0])' must be lower-case words joined by dots, like 'person.envoy-cue'")
                    continue
                }
                guard let kind = EntityKind(rawValue: fields[1]) else {
                    problem("unknown kind '\(fields[1])'; expected person, place, organization or group")
                    continue
                }
                switch UserRules.pattern(fields[2]) {
                case .success(let (elements, capture)):
                    patterns.append(UserPattern(rule: fields[0], kind: kind, elements: elements, capture: capture))
                case .failure(let message):
                    problem(message.text)
                }
            } else {
                guard fields.count == 2 else {
                    problem("expected 2 tab-separated fields (kind, name), found \(fields.count)")
                    continue
                }
                guard let kind = EntityKind(rawValue: fields[0]) else {
                    problem("unknown kind '\(fields[0])'; expected person, place, organization or group")
                    continue
                }
                guard !fields[1].isEmpty else {
                    problem("empty name")
                    continue
                }
                entries.append(Entry(name: fields[1], kind: kind))
            }
        }
    }

    package static func isRuleID(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty
                && part.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
        }
    }

    package struct Message: Error { var text: String }

    package static func pattern(_ text: String) -> Result<([UserPattern.Element], ClosedRange<Int>), Message> {
        var elements: [UserPattern.Element] = []
        var open: Int?
        var close: Int?
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var w = Substring(word)
            if w.hasPrefix("[") {
                if open != nil { return .failure(Message(text: "pattern has more than one '['")) }
                open = elements.count
                w = w.dropFirst()
            }
            var closes = false
            if w.hasSuffix("]") {
                closes = true
                w = w.dropLast()
            }
            if !w.isEmpty {
                if w == "<Cap>" {
                    elements.append(.capitalized)
                } else if w == "<Cap>+" {
                    elements.append(.capitalizedRun)
                } else if w.hasPrefix("<") {
                    return .failure(Message(text: "unknown slot '\(w)'; expected <Cap> or <Cap>+"))
                } else {
                    let (key, count) = NameKey.phrase(String(w))
                    guard count == 1 else { return .failure(Message(text: "'\(w)' is not a single word")) }
                    elements.append(.literal(key))
                }
            }
            if closes {
                if open == nil || close != nil { return .failure(Message(text: "']' without a matching '['")) }
                close = elements.count - 1
            }
        }
        if elements.isEmpty { return .failure(Message(text: "empty pattern")) }
        if open != nil && close == nil { return .failure(Message(text: "'[' without a matching ']'")) }
        let capture = (open ?? 0)...(close ?? elements.count - 1)
        if capture.upperBound < capture.lowerBound { return .failure(Message(text: "empty '[ ]'")) }
        if !elements[capture].contains(where: { $0 != .capitalized && $0 != .capitalizedRun ? false : true }) {
            return .failure(Message(text: "the mention part needs a <Cap> or <Cap>+ slot"))
        }
        return .success((elements, capture))
    }
}
