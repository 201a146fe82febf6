/// Why the gazetteer resources could not be loaded.
public enum GazetteerError: Error, CustomStringConvertible, Equatable {
    case notFound(searched: [String])
    case missingFile(String)
    case notUTF8(String)

    public var description: String {
        switch self {
        case .notFound(let searched):
            "gazetteer resources not found (looked in: \(searched.joined(separator: ", "))). "
                + "Set NEWSGRAPH_GAZETTEERS to the Gazetteers folder, or keep the NewsGraph_NewsGraphExtraction resource bundle next to the executable."
        case .missingFile(let path):
            "\(path): gazetteer file missing"
        case .notUTF8(let path):
            "\(path): gazetteer file is not UTF-8 text"
        }
    }
}
