import NewsGraphCore

/// Attaches evidence rows to the relation of given ends, kind and label, creating the relation when the store has
/// none: what identity and curation do when they move a relation's ends to other entities.
struct EvidenceAttacher {
    private let database: Database
    private let find: Statement
    private let create: Statement
    private let attach: Statement

    init(_ database: Database) throws {
        self.database = database
        find = try database.prepare(
            "SELECT id FROM relation WHERE source_id = ? AND target_id = ? AND kind = ? AND label = ?")
        create = try database.prepare(
            "INSERT INTO relation (source_id, target_id, kind, label, directed) VALUES (?, ?, ?, ?, ?)")
        attach = try database.prepare("UPDATE evidence SET relation_id = ? WHERE id = ?")
    }

    /// Attaches evidence row `evidence` to the relation (`ends`, `kind`, `label`), created `directed` if new; returns
    /// that relation's id. `ends` are stored as given (the caller orders an undirected relation's ends).
    func attach(
        evidence: Int64, ends: (Int64, Int64), kind: String, label: String, directed: Bool
    ) throws -> Int64 {
        try find.bind(ends.0, ends.1, kind, label)
        let found = try find.step() ? Int64(find.int(0)) : nil
        find.reset()
        let id: Int64
        if let found {
            id = found
        } else {
            try create.run(ends.0, ends.1, kind, label, directed)
            id = database.lastInsertRowID
        }
        try attach.run(id, evidence)
        return id
    }
}
