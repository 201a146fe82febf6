import NewsGraphCore

/// A user pattern: a sequence of literal words and capitalised-word slots, with the part that becomes the mention.
///
/// Written as `person.envoy<TAB>person<TAB>envoy [<Cap>+]` (see docs/rules.md): literals match any case, `<Cap>`
/// one capitalised word, `<Cap>+` one or more (greedy), `[` … `]` the mention (the whole pattern when absent).
public struct UserPattern: Sendable, Hashable {
    public enum Element: Sendable, Hashable {
        case literal(UInt64)
        case capitalized
        case capitalizedRun
    }

    public var rule: String
    public var kind: EntityKind
    public var elements: [Element]
    /// Element indices of the mention, inclusive.
    public var capture: ClosedRange<Int>

    public init(rule: String, kind: EntityKind, elements: [Element], capture: ClosedRange<Int>) {
        self.rule = rule
        self.kind = kind
        self.elements = elements
        self.capture = capture
    }

    /// Token range of the mention when the pattern matches at token `start` inside `sentence`.
    package func match(at start: Int, pass: ExtractionPass, sentence: Sentence) -> (Int, Int)? {
        var t = start
        var captureFirst = -1
        var captureLast = -1
        for (n, element) in elements.enumerated() {
            guard t < sentence.tokens.upperBound else { return nil }
            let elementStart = t
            switch element {
            case .literal(let key):
                guard
                    pass.keys[t] == key
                        || (pass.keys[t] == 0
                            && NameKey.token(pass.s, pass.tokens[t].range.start, pass.tokens[t].range.end) == key)
                else { return nil }
                t += 1
            case .capitalized:
                guard pass.shapes[t].contains(.capitalized) else { return nil }
                t += 1
            case .capitalizedRun:
                guard pass.shapes[t].contains(.capitalized) else { return nil }
                while t < sentence.tokens.upperBound && pass.shapes[t].contains(.capitalized) { t += 1 }
            }
            if n == capture.lowerBound { captureFirst = elementStart }
            if n == capture.upperBound { captureLast = t - 1 }
        }
        return captureFirst >= 0 && captureLast >= captureFirst ? (captureFirst, captureLast) : nil
    }
}
