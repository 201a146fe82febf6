import ArgumentParser
import Foundation
import NewsGraph

struct CurationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curation",
        abstract: "Export curation decisions to a text file, import them into another store, or undo one.",
        discussion: "The file format is described in docs/audit.md.",
        subcommands: [Export.self, Import.self, Undo.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the decisions in force, one per line (to standard output unless --output).",
            discussion: "Example:\n  newsgraph curation export --output curation.txt --db kg.sqlite")

        @OptionGroup var store: StoreOptions
        @Option(help: "Write to this file.") var output: String?

        func run() throws {
            let text = CurationFile.write(try Curator(store.open(readOnly: true)).curationLog())
            if let output {
                try FileSink.write(text.utf8, to: output)
            } else {
                var out = StandardOutput()
                out.write(text)
                out.flush()
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply every decision of a curation file at once; a file with any bad line applies nothing.",
            discussion:
                "Decisions already in force are skipped.\n\nExample:\n  newsgraph curation import curation.txt --db other.sqlite"
        )

        @Argument(help: "The curation file.") var file: String
        @OptionGroup var store: StoreOptions
        @Option(help: "Note for decisions whose line has none.") var note = ""

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationFailure("'\(file)': no such file")
            }
            // Decoded as articles are: UTF-8 with or without a byte-order mark, UTF-16/32 with one; anything else is
            // refused with the offset of the first bad byte.
            let bytes = [UInt8](data)
            let blank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            let text = blank ? "" : try TextDecoding.decode(bytes[...], path: file)
            let lines = try CurationFile.parse(text, path: file)
            let graphStore = try store.open(readOnly: false)
            let now = Date()
            let progress = ProgressLine.onTerminal("curation import")
            progress.status("applying \(lines.count.formatted()) decisions")
            defer { progress.finish() }
            let ids = try Curator(graphStore).record(
                lines.map { ($0.decision, $0.note.isEmpty ? note : $0.note, $0.date ?? now) })
            progress.finish()
            let waiting = try lines.filter { !(try Curator(graphStore).knows(name: $0.decision.name)) }
            for line in waiting {
                StandardError.print(
                    "note: \(file):\(line.number): '\(line.decision.name)' is not in this store yet; the decision applies to later ingests"
                )
            }
            let stats = try StoreSize(graphStore)
            print(
                "\(file): \(lines.count) decision\(lines.count == 1 ? "" : "s"), \(ids.count) applied, \(lines.count - ids.count) already in force"
            )
            print("store: \(stats.entities) entities, \(stats.relations) relations")
        }
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Undo one decision by its number in 'newsgraph log'.",
            discussion: "Example:\n  newsgraph curation undo 3 --db kg.sqlite")

        @Argument(help: "The decision's number.") var id: Int64
        @OptionGroup var store: StoreOptions
        @Option(help: "Why (added to the decision's note in the log).") var note = ""

        func run() throws {
            let graphStore = try store.open(readOnly: false)
            let progress = ProgressLine.onTerminal("curation undo")
            progress.status("undoing #\(id)")
            defer { progress.finish() }
            try Curator(graphStore).undo(entry: id, note: note)
            progress.finish()
            print("#\(id) undone")
        }
    }
}
