import NewsGraphCore

/// Everything that can go wrong while selecting, writing or rendering an export, worded for the user.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    case writeFailed(path: String, reason: String)
    case unknownEntity(name: String, suggestions: [String])
    case invalidDate(option: String, value: String)
    case graphvizMissing(program: String)
    case graphvizFailed(program: String, status: Int32, message: String)
    case invalidRequest(String)
    case renderTimedOut(program: String, seconds: Double)

    public var description: String {
        switch self {
        case let .writeFailed(path, reason):
            return "cannot write '\(path)': \(reason)"
        case let .unknownEntity(name, suggestions):
            guard !suggestions.isEmpty else { return "no entity '\(name)' in the graph" }
            let quoted = suggestions.map { "'\($0)'" }
            let list =
                quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
            return "no entity '\(name)' in the graph; did you mean \(list)?"
        case let .invalidDate(option, value):
            return "\(option) expects a date like 2024-03-01, found '\(value)'"
        case let .graphvizMissing(program):
            return "Graphviz is not installed (no '\(program)' on PATH), so the graph cannot be rendered. "
                + "Install it with 'apt-get install graphviz' (macOS: 'brew install graphviz'), "
                + "or export with --format dot and render the file elsewhere."
        case let .graphvizFailed(program, status, message):
            let detail = message.isEmpty ? "" : ": " + message
            return "'\(program)' failed with exit status \(status)\(detail)"
        case let .invalidRequest(message):
            return message
        case let .renderTimedOut(program, seconds):
            return "'\(program)' did not finish within \(JSONText.number(seconds)) s and was stopped; "
                + "render fewer entities (--top 200 --rank weight), allow longer (--render-timeout SECONDS), "
                + "or export with --format dot and render the file elsewhere."
        }
    }
}
