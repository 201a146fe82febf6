import NewsGraphCore

/// Neo4j bulk-import CSV: `nodes.csv` and `relationships.csv` for `neo4j-admin database import full`.
///
/// Spec: https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/
/// (header format: "CSV header format").
///
/// Load with the import tool's defaults:
/// ```
/// neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j
/// ```
///
/// What it writes:
/// - `nodes.csv`: `id:ID,name,kind,entity_id:long,mentions:int,articles:int,confidence:double,aliases:string[],`
///   `firstDate:date,lastDate:date,:LABEL`; labels are `Entity` plus the kind (`Entity;Person`).
/// - `relationships.csv`: `:START_ID,:END_ID,:TYPE,id,relation,directed:boolean,weight:double,`
///   `articles:int,firstDate:date,lastDate:date`; the type is the relation kind in upper snake case
///   (`co-occurrence` → `CO_OCCURRENCE`, `director-of` → `DIRECTOR_OF`), the original in `relation`.
/// - Every string field is double-quoted with `"` doubled; unknown dates are empty fields (null).
///
/// What it does not support (so that the import's default options work):
/// - Line breaks in names become spaces (the default is `--multiline-fields=false`); other control
///   characters are removed.
/// - `;` inside an alias becomes `,` (`;` is the default `--array-delimiter`).
/// - Neo4j relationships are always directed: undirected relations are stored once, from `source`
///   to `target`, with `directed` false; query them without a direction.
public struct Neo4jCSVExporter {
    public static let nodesFileName = "nodes.csv"
    public static let relationshipsFileName = "relationships.csv"

    public init() {}

    /// Writes `nodes.csv` and `relationships.csv` into `folder` (created if needed); returns their paths.
    @discardableResult
    public func write(_ graph: some GraphSource, toFolder folder: String) throws -> [String] {
        try ExportFiles.createFolder(folder)
        let nodesPath = ExportFiles.join(folder, Self.nodesFileName)
        let relationshipsPath = ExportFiles.join(folder, Self.relationshipsFileName)
        try FileSink.writing(to: nodesPath) { nodes in
            try FileSink.writing(to: relationshipsPath) { relationships in
                try write(graph, nodes: &nodes, relationships: &relationships)
            }
        }
        return [nodesPath, relationshipsPath]
    }

    public func write(
        _ graph: some GraphSource, nodes nodeSink: inout some OutputSink,
        relationships relationshipSink: inout some OutputSink
    ) throws {
        var out = ExportWriter(sink: nodeSink)
        out.raw(
            "id:ID,name,kind,entity_id:long,mentions:int,articles:int,confidence:double,aliases:string[],firstDate:date,lastDate:date,:LABEL\n"
        )
        try graph.forEachNode { node in
            field(node.id, to: &out)
            out.byte(UInt8(ascii: ","))
            field(node.label, to: &out)
            out.raw(",")
            out.raw(node.kind.rawValue)
            out.raw(",")
            if let entityID = node.entityID { out.int(Int(entityID)) }
            out.raw(",")
            out.int(node.mentions)
            out.raw(",")
            out.int(node.articles)
            out.raw(",")
            out.number(node.confidence)
            out.raw(",")
            if !node.aliases.isEmpty {
                field(node.aliases.map { $0.replacingSemicolons() }.joined(separator: ";"), to: &out)
            }
            out.raw(",")
            if let date = node.firstDate { field(date, to: &out) }
            out.raw(",")
            if let date = node.lastDate { field(date, to: &out) }
            out.raw(",Entity;")
            out.raw(Self.label(of: node.kind))
            out.raw("\n")
            try out.endRecord()
        }
        try out.finish()
        nodeSink = out.sink

        // Few distinct kinds, a million edges: compute each type once.
        var types: [String: String] = [:]
        var relationships = ExportWriter(sink: relationshipSink)
        relationships.raw(
            ":START_ID,:END_ID,:TYPE,id,relation,directed:boolean,weight:double,articles:int,firstDate:date,lastDate:date\n"
        )
        try graph.forEachEdge { edge in
            field(edge.source, to: &relationships)
            relationships.raw(",")
            field(edge.target, to: &relationships)
            relationships.raw(",")
            if let type = types[edge.kind] {
                relationships.raw(type)
            } else {
                let type = Self.relationshipType(edge.kind)
                types[edge.kind] = type
                relationships.raw(type)
            }
            relationships.raw(",")
            field(edge.id, to: &relationships)
            relationships.raw(",")
            field(edge.kind, to: &relationships)
            relationships.raw(edge.directed ? ",true," : ",false,")
            relationships.number(edge.weight)
            relationships.raw(",")
            relationships.int(edge.articles)
            relationships.raw(",")
            if let date = edge.firstDate { field(date, to: &relationships) }
            relationships.raw(",")
            if let date = edge.lastDate { field(date, to: &relationships) }
            relationships.raw("\n")
            try relationships.endRecord()
        }
        try relationships.finish()
        relationshipSink = relationships.sink
    }

    /// The Neo4j label for an entity kind: `Person`, `Place`, `Organization`, `Group`.
    public static func label(of kind: EntityKind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }

    /// A relation kind as a Neo4j relationship type: ASCII letters and digits in upper case, `_` elsewhere.
    public static func relationshipType(_ kind: String) -> String {
        var type = ""
        for scalar in kind.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                type += String(scalar).uppercased()
            } else if !type.hasSuffix("_") {
                type += "_"
            }
        }
        while type.hasPrefix("_") { type.removeFirst() }
        while type.hasSuffix("_") { type.removeLast() }
        if type.isEmpty { return "RELATED_TO" }
        if let first = type.unicodeScalars.first, ("0"..."9").contains(first) { type = "R_" + type }
        return type
    }

    /// A quoted CSV field: `"` doubled, line breaks as spaces, other control characters removed.
    private func field<S>(_ text: String, to out: inout ExportWriter<S>) {
        out.byte(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            if !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\"") }) {
                out.raw(bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): out.raw("\"\"")
                case 0x0A, 0x0D, 0x09: out.byte(UInt8(ascii: " "))
                case 0x00..<0x20, 0x7F: break
                default: out.byte(byte)
                }
            }
        }
        out.byte(UInt8(ascii: "\""))
    }
}

extension String {
    fileprivate func replacingSemicolons() -> String {
        String(unicodeScalars.map { $0 == ";" ? "," : Character($0) })
    }
}
