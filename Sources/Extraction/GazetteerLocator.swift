import Foundation

/// Finds the `Gazetteers` resource folder without SwiftPM's `Bundle.module`, which stops the program when its
/// bundle is missing.
///
/// Looks, in order: `$NEWSGRAPH_GAZETTEERS`; the resource bundle next to the executable (`NewsGraph_NewsGraphExtraction.resources`
/// on Linux, `.bundle` on macOS, also inside `Resources/`); next to any loaded bundle (test runners); the source tree.
package enum GazetteerLocator {
    package static let bundleNames = [
        "NewsGraph_NewsGraphExtraction.resources", "NewsGraph_NewsGraphExtraction.bundle",
    ]

    package static func folder() throws(GazetteerError) -> URL {
        let fm = FileManager.default
        var searched: [String] = []
        func check(_ url: URL) -> URL? {
            let marker = url.appendingPathComponent("places.tsv").path
            searched.append(url.path)
            return fm.fileExists(atPath: marker) ? url : nil
        }
        if let env = ProcessInfo.processInfo.environment["NEWSGRAPH_GAZETTEERS"],
            let found = check(URL(fileURLWithPath: env))
        {
            return found
        }
        var roots: [URL] = []
        if let exe = Bundle.main.executableURL {
            roots.append(exe.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        if let arg = CommandLine.arguments.first {
            roots.append(URL(fileURLWithPath: arg).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        roots.append(Bundle.main.bundleURL)
        if let resources = Bundle.main.resourceURL { roots.append(resources) }
        for bundle in Bundle.allBundles + Bundle.allFrameworks {
            roots.append(bundle.bundleURL.deletingLastPathComponent())
            roots.append(bundle.bundleURL)
        }
        var seen = Set<String>()
        for root in roots where seen.insert(root.path).inserted {
            for name in bundleNames {
                for sub in ["Gazetteers", "Contents/Resources/Gazetteers", "Resources/Gazetteers"] {
                    if let found = check(root.appendingPathComponent(name).appendingPathComponent(sub)) { return found }
                }
            }
        }
        // Running from a checkout without the bundle (e.g. a copied binary): the sources next to this file.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/Gazetteers")
        if let found = check(source) { return found }
        throw .notFound(searched: searched)
    }
}
