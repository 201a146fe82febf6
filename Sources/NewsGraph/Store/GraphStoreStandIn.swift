/// TEMPORARY stand-in for the store's API so the export command compiles on the `export` branch.
/// Delete this file when the real `GraphStore` (Store/GraphStore.swift) is merged.
public final class GraphStore {
    public struct NotAvailable: Error, CustomStringConvertible {
        public var description: String { "no store yet: this build has no GraphStore ('\(path)' was not opened)" }
        public var path: String
    }

    public init(path: String, readOnly: Bool) throws {
        throw NotAvailable(path: path)
    }

    public func graph() throws -> Graph {
        throw NotAvailable(path: "")
    }
}
