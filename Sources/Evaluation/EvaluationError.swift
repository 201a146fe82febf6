/// Why an evaluation file could not be read.
public enum EvaluationError: Error, CustomStringConvertible, Equatable {
    case unreadable(String)
    case notUTF8(String)
    case badLines([String])

    public var description: String {
        switch self {
        case .unreadable(let path): "\(path): cannot read the file"
        case .notUTF8(let path): "\(path): not UTF-8 text"
        case .badLines(let lines): lines.joined(separator: "\n")
        }
    }
}
