import Foundation
import NewsGraphTestSupport
import Testing

/// The arrows between stages: every in-package import is a declared dependency in Package.swift (so no stage
/// reaches against the arrows, even where SwiftPM would find the module anyway), and the picture of the arrows
/// in the README (docs/architecture.dot, rendered to docs/architecture.svg) is made from Package.swift.
struct ArchitectureTests {
    struct Target {
        var name: String
        var path: String
        var dependencies: [String]
    }

    /// The targets of Package.swift, read from its text: `name:`, `path:` and the quoted `dependencies:`.
    static func targets() throws -> [Target] {
        let manifest = try String(
            contentsOf: Fixtures.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        var targets: [Target] = []
        let opener = /\.(target|executableTarget|testTarget|systemLibrary)\(/
        for match in manifest.matches(of: opener) {
            // The call's text: up to the parenthesis that closes it.
            var depth = 0
            var end = match.range.upperBound
            var index = manifest.index(before: match.range.upperBound)
            while index < manifest.endIndex {
                if manifest[index] == "(" { depth += 1 }
                if manifest[index] == ")" {
                    depth -= 1
                    if depth == 0 {
                        end = index
                        break
                    }
                }
                index = manifest.index(after: index)
            }
            let call = String(manifest[match.range.upperBound..<end])
            guard let name = call.firstMatch(of: /name: "([^"]+)"/)?.1 else { continue }
            let path = call.firstMatch(of: /path: "([^"]+)"/).map { String($0.1) } ?? "Sources/\(name)"
            var dependencies: [String] = []
            if let list = call.firstMatch(of: /dependencies: \[([^\]]*)\]/)?.1 {
                // Plain target names are quoted directly; products are `.product(name: "X", ...)`.
                for quoted in list.matches(of: /(\.product\(name: )?"([^"]+)"/) where quoted.1 == nil {
                    dependencies.append(String(quoted.2))
                }
            }
            targets.append(Target(name: String(name), path: path, dependencies: dependencies))
        }
        return targets
    }

    @Test func everyImportOfAPackageModuleIsADeclaredDependency() throws {
        let targets = try Self.targets()
        let names = Set(targets.map(\.name))
        #expect(names.contains("NewsGraphCore") && names.contains("NewsGraphStore") && names.count > 12)
        var wrong: [String] = []
        for target in targets {
            let folder = Fixtures.packageRoot.appendingPathComponent(target.path)
            guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let file as URL in files where file.pathExtension == "swift" {
                let text = try String(contentsOf: file, encoding: .utf8)
                for line in text.split(separator: "\n") {
                    guard let module = line.firstMatch(of: /^(?:@\w+ )*import (\w+)/)?.1 else { continue }
                    let name = String(module)
                    if names.contains(name), name != target.name, !target.dependencies.contains(name) {
                        wrong.append("\(target.path)/\(file.lastPathComponent) imports \(name)")
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "imports against the declared arrows:\n\(wrong.joined(separator: "\n"))")
    }

    /// The library's stages and their arrows (upstream -> downstream), transitive arrows left out, as DOT.
    static func architectureDOT(_ targets: [Target]) -> String {
        let stages = targets.filter {
            $0.name.hasPrefix("NewsGraph") && !$0.name.hasSuffix("Tests")
                && !["NewsGraph", "NewsGraphBenchSupport", "NewsGraphTestSupport", "NewsGraphFuzzDriver"].contains(
                    $0.name)
        }
        let byName = Dictionary(uniqueKeysWithValues: stages.map { ($0.name, $0) })
        func reaches(_ from: String, _ to: String) -> Bool {
            var stack = byName[from]?.dependencies ?? []
            var seen: Set<String> = []
            while let next = stack.popLast() {
                if next == to { return true }
                if seen.insert(next).inserted { stack += byName[next]?.dependencies ?? [] }
            }
            return false
        }
        let label = { (name: String) in String(name.dropFirst("NewsGraph".count)) }
        var lines = [
            "// Generated from Package.swift by ArchitectureTests (RECORD_SNAPSHOTS=1 swift test --filter Architecture);",
            "// render with: dot -Tsvg docs/architecture.dot -o docs/architecture.svg",
            "digraph stages {",
            "  rankdir=LR;",
            "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
        ]
        for stage in stages.sorted(by: { $0.name < $1.name }) {
            lines.append("  \"\(label(stage.name))\" [tooltip=\"\(stage.path)\"];")
        }
        for stage in stages.sorted(by: { $0.name < $1.name }) {
            for dependency in stage.dependencies.sorted() where byName[dependency] != nil {
                // Leave out an arrow that another path already implies.
                let implied = stage.dependencies.contains { $0 != dependency && reaches($0, dependency) }
                if !implied { lines.append("  \"\(label(dependency))\" -> \"\(label(stage.name))\";") }
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func architecturePictureIsMadeFromPackageSwift() throws {
        let dot = Self.architectureDOT(try Self.targets())
        #expect(dot.contains("\"Core\" -> \"Text\";"))
        #expect(!dot.contains("\"Store\" -> \"Extraction\""))
        // After re-recording, render it: dot -Tsvg docs/architecture.dot -o docs/architecture.svg
        Snapshot.assertMatches(dot, packageFile: "docs/architecture.dot")
    }
}
