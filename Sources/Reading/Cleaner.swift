import NewsGraphCore

/// Finds the content of an article, dropping the furniture of saved web pages: navigation menus,
/// "Skip to" links, lists of links, breadcrumbs, "Related articles" / "Keep Reading" / "Most Read"
/// sections, sidebars and footers, addresses, copyright and cookie lines.
///
/// In: the article text. Out: the content blocks (paragraphs, headings, list items) as ranges into
/// that text, in order, so that every later offset is an offset into the text as given.
///
/// The rules are line-based and conservative: plain articles (no menus, no markers) come through whole.
/// - A line that names a furniture section (`Related articles`, `Keep Reading`, `Footer`, ...) ends the content.
/// - Bullet lines are content only when they read as a sentence (8+ words with final punctuation).
/// - A short date/byline line (`02/13/2023Ruth Ingram |`) is metadata; when short header lines
///   precede it, the content starts at the headline just above it.
/// - A block repeated word for word (image captions shown twice) is kept once.
public struct Cleaner: Sendable {
    public init() {}

    /// What cleaning found: the content blocks, the headline, and the lines (for metadata sniffing).
    public struct Cleaned: Sendable {
        public var blocks: [TextRange]
        /// The first content line when it reads as a title (`Zhanargul Zhumatai: Ethnic Kazakh Dissident Detained`).
        public var headline: TextRange?
        package var lines: [Line]
    }

    /// Content blocks and headline in one pass over the lines.
    public func clean(_ text: TextBuffer) -> Cleaned {
        let lines = Cleaner.lines(in: text)
        let kinds = classify(lines)
        var headline: TextRange?
        if let first = kinds.firstIndex(where: { [.text, .heading, .bullet].contains($0) }), kinds[first] == .heading {
            headline = lines[first].range
        }
        return Cleaned(blocks: blocks(lines, kinds, in: text), headline: headline, lines: lines)
    }

    public func headline(in text: TextBuffer) -> TextRange? { clean(text).headline }

    public func contentBlocks(in text: TextBuffer) -> [TextRange] { clean(text).blocks }

    private func classify(_ lines: [Line]) -> [LineKind] {
        var kinds = lines.map { Cleaner.classify($0) }
        // A line repeated word for word (image captions shown twice) is kept once.
        var seenLines: Set<Int> = []
        for (i, line) in lines.enumerated() where kinds[i] == .text && line.words >= 8 {
            if !seenLines.insert(line.fingerprint).inserted { kinds[i] = .furniture }
        }
        Cleaner.dropSiteHeader(lines, &kinds)
        return kinds
    }

    private func blocks(_ lines: [Line], _ kinds: [LineKind], in text: TextBuffer) -> [TextRange] {
        var blocks: [TextRange] = []
        var seen: Set<Int> = []
        var current: TextRange?
        var currentHash = Hasher()
        var currentWords = 0
        func close() {
            if let block = current, currentWords < 8 || seen.insert(currentHash.finalize()).inserted {
                blocks.append(block)
            }
            current = nil
            currentHash = Hasher()
            currentWords = 0
        }
        for (line, kind) in zip(lines, kinds) {
            switch kind {
            case .furnitureSection:
                close()
                return blocks
            case .blank, .furniture, .metadata:
                close()
            case .breadcrumb:
                close()
                blocks.append(contentsOf: Cleaner.breadcrumbSections(line, in: text))
            case .bullet, .heading:
                close()
                current = line.range
                currentHash.combine(line.fingerprint)
                currentWords = line.words
                close()
            case .text:
                current = current.map { TextRange($0.start, line.range.end) } ?? line.range
                currentHash.combine(line.fingerprint)
                currentWords += line.words
            }
        }
        close()
        return blocks
    }

    package enum LineKind: Equatable {
        case blank, text, heading, bullet, furniture, furnitureSection, metadata, breadcrumb
    }

    package static let breadcrumbSeparators: [StaticString] = [" / ", " › ", " > ", " » "]

    /// The sections of a breadcrumb trail, one block each, without the leading "Home".
    package static func breadcrumbSections(_ line: Line, in text: TextBuffer) -> [TextRange] {
        var sections: [TextRange] = []
        var start = line.range.start
        var i = line.range.start
        func close(_ end: Int) {
            if let section = trim(TextRange(start, end), in: text) {
                let name = text[section].lowercased()
                if !(sections.isEmpty && (name == "home" || name == "homepage" || name == "start")) {
                    sections.append(section)
                }
            }
        }
        while i + 2 < line.range.end {
            if text[i] == " ", text[i + 2] == " ", ["/", "›", ">", "»"].contains(text[i + 1]) {
                close(i)
                start = i + 3
                i += 3
            } else {
                i += 1
            }
        }
        close(line.range.end)
        return sections
    }

    package static func trim(_ range: TextRange, in text: TextBuffer) -> TextRange? {
        var s = range.start
        var e = range.end
        while s < e, isSpace(text[s]) { s += 1 }
        while e > s, isSpace(text[e - 1]) { e -= 1 }
        return s < e ? TextRange(s, e) : nil
    }

    package struct Line: Sendable {
        package var range: TextRange
        /// The trimmed text, bullet markers removed; for long lines only the first `Line.shownLength` characters.
        package var text: String
        package var isBullet: Bool
        /// Words (runs of non-spaces) in the whole line.
        package var words: Int
        /// The last character of the whole line.
        package var last: Unicode.Scalar?
        /// A hash of the whole line's scalars (FNV-1a, 64 bits), to find repeated lines without building long strings.
        package var fingerprint: Int

        package static let shownLength = 160
        package var isLong: Bool { range.count > Line.shownLength }
        package var endsSentence: Bool { last.map { Cleaner.sentenceEnds.contains($0) } ?? false }
    }

    package static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "\"", "”", "’", ")", "…"]

    /// The lines of `text`, split at `\n`, trimmed, with bullet markers found, words counted and fingerprints taken.
    ///
    /// One pass over the scalars through a buffer pointer; the fingerprint is FNV-1a rather than `Hasher`, whose
    /// per-scalar call was most of the cost (it is only compared for equality within one article).
    package static func lines(in text: TextBuffer) -> [Line] {
        var lines: [Line] = []
        text.scalars.withUnsafeBufferPointer { scalars in
            var start = 0
            var i = 0
            while i <= scalars.count {
                guard i == scalars.count || scalars[i] == "\n" else { i += 1; continue }
                var s = start
                var e = i
                while s < e, isSpace(scalars[s]) { s += 1 }
                while e > s, isSpace(scalars[e - 1]) { e -= 1 }
                var isBullet = false
                var bodyStart = s
                if s + 1 < e, bulletMarkers.contains(scalars[s]), scalars[s + 1] == " " || scalars[s + 1] == "\t" {
                    isBullet = true
                    bodyStart = s + 1
                    while bodyStart < e, isSpace(scalars[bodyStart]) { bodyStart += 1 }
                }
                var words = 0
                var inWord = false
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for k in bodyStart..<e {
                    let c = scalars[k]
                    hash = (hash ^ UInt64(c.value)) &* 0x100_0000_01b3
                    if c == " " || c == "\t" { inWord = false } else if !inWord { inWord = true; words += 1 }
                }
                let shownEnd = min(e, bodyStart + Line.shownLength)
                lines.append(
                    Line(
                        range: TextRange(isBullet ? bodyStart : s, e), text: text[TextRange(bodyStart, shownEnd)],
                        isBullet: isBullet, words: words, last: e > bodyStart ? scalars[e - 1] : nil,
                        fingerprint: Int(truncatingIfNeeded: hash ^ (hash >> 32))))
                start = i + 1
                i += 1
            }
        }
        return lines
    }

    @inline(__always) package static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80
            ? (c == " " || c == "\t" || c == "\r" || c == "\n" || c == "\u{0B}" || c == "\u{0C}")
            : c.properties.isWhitespace
    }

    package static let bulletMarkers: Set<Unicode.Scalar> = ["•", "▪", "◦", "·", "*", "-", "–", "►", "»"]

    package static let sectionMarkers: Set<String> = [
        "related articles", "related posts", "related stories", "related content", "related news", "related",
        "keep reading", "continue reading", "read more", "read next", "read also", "more stories", "more news",
        "most read", "most popular", "most viewed", "popular posts", "trending", "trending now", "latest news",
        "primary sidebar", "sidebar", "footer", "site footer", "you may also like", "you might also like",
        "recommended", "recommended for you", "recommended articles", "comments", "leave a comment",
        "leave a reply", "share this", "share this article", "more from this author", "about the author",
    ]

    package static let furniturePrefixes: [String] = [
        "skip to ", "tagged with", "tags:", "filed under", "copyright", "©", "all rights reserved",
        "privacy policy", "cookie", "terms of use", "terms and conditions", "subscribe", "sign up", "log in",
        "follow us", "newsletter", "learn more", "phone:", "tel:", "fax:", "e-mail", "email:", "advertisement",
        "share on", "click here", "print this", "support ",
    ]

    package static func classify(_ line: Line) -> LineKind {
        if line.words == 0 { return .blank }
        let endsSentence = line.endsSentence
        // Long prose lines are content unless they open with a furniture phrase (a copyright notice).
        if line.isLong && endsSentence {
            let head = line.text.prefix(24).lowercased()
            return head.hasPrefix("copyright") || head.hasPrefix("©") ? .furniture : .text
        }
        let words = line.words
        let text = line.text
        let lower = text.lowercased()
        if line.range.count <= 40 {
            var marker = lower
            while let last = marker.last, last == ":" || last == "." || last == " " { marker.removeLast() }
            if sectionMarkers.contains(marker) { return .furnitureSection }
        }
        if let first = lower.unicodeScalars.first, furniturePrefixInitials.contains(first) {
            // Only prefixes that start with the line's first scalar can match (neither has another canonical form).
            for (prefix, initial) in zip(furniturePrefixes, furniturePrefixFirsts)
            where initial == first && lower.hasPrefix(prefix) {
                if prefix == "support " || prefix == "learn more" || prefix == "newsletter" || prefix == "follow us" {
                    if words <= 4 { return .furniture }
                } else if !endsSentence || words <= 12 || prefix == "©" || prefix == "copyright" {
                    return .furniture
                }
            }
        }
        if has(lower, "copyright ©") || has(lower, "cookie policy") || has(lower, "privacy policy") {
            return .furniture
        }
        // Breadcrumbs ("Home / China / News China") name the sections the article is filed under;
        // link rows ("Privacy | Terms") are furniture.
        if !endsSentence && words <= 10 {
            if breadcrumbSeparators.contains(where: { has(text, $0) }) { return .breadcrumb }
            if has(text, " | ") { return .furniture }
        }
        // Asset names and lone URLs ("bw-profile", "orlir-logo hrwf-logo").
        if !endsSentence && words <= 6 && lower == text
            && text.split(separator: " ").allSatisfy({ w in
                has(w, "-") || has(w, "_") || has(w, "://") || w.hasPrefix("www.")
            })
        {
            return .furniture
        }
        if words <= 8 && isDateByline(text, words: words) { return .metadata }
        if words <= 3 && text.unicodeScalars.allSatisfy({ bulletMarkers.contains($0) || $0 == " " }) {
            return .furniture
        }
        return .text
    }

    package static let furniturePrefixInitials = Set(furniturePrefixes.compactMap(\.unicodeScalars.first))

    /// The first scalar of each of `furniturePrefixes`, in the same order.
    package static let furniturePrefixFirsts: [Unicode.Scalar] = furniturePrefixes.compactMap {
        $0.unicodeScalars.first
    }

    /// Substring search on UTF-8 bytes (the standard library's, not Foundation's locale-aware one).
    package static func has<S: StringProtocol>(_ haystack: S, _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: n)
        var text = String(haystack)
        return text.withUTF8 { bytes in
            guard bytes.count >= n, n > 0 else { return n == 0 }
            let first = pattern[0]
            var i = 0
            while i <= bytes.count - n {
                if bytes[i] == first {
                    var k = 1
                    while k < n, bytes[i + k] == pattern[k] { k += 1 }
                    if k == n { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// A short line that starts with a date and carries no sentence: `02/13/2023Ruth Ingram |`.
    package static func isDateByline(_ line: String, words: Int) -> Bool {
        guard words <= 8 else { return false }
        // The line must start with an ASCII digit (tested last below); most lines do not, so test it first.
        guard let first = line.utf8.first, first >= 0x30 && first <= 0x39 else { return false }
        let scalars = Array(line.unicodeScalars.prefix(10))
        guard scalars.count >= 8 else { return false }
        let digitsOrSlash = scalars.prefix(10).filter {
            ("0"..."9").contains($0) || $0 == "/" || $0 == "-" || $0 == "."
        }
        let slashes = scalars.prefix(10).filter { $0 == "/" || $0 == "-" || $0 == "." }.count
        return digitsOrSlash.count >= 8 && slashes == 2 && ("0"..."9").contains(scalars[0])
    }

    /// Bullets that do not read as sentences, and the short header lines above the headline, are furniture.
    package static func dropSiteHeader(_ lines: [Line], _ kinds: inout [LineKind]) {
        for (i, line) in lines.enumerated() where line.isBullet && kinds[i] == .text {
            kinds[i] = line.words >= 8 && (line.endsSentence || line.last == ":") ? .bullet : .furniture
        }
        for (i, line) in lines.enumerated()
        where kinds[i] == .text && !line.endsSentence && !line.isLong && isHeading(line.text) {
            kinds[i] = .heading
        }
        // The byline or date line of a page: where it follows only short lines, the content starts
        // at the headline right above it.
        let limit = min(lines.count, 200)
        guard
            let meta = (0..<limit).first(where: {
                kinds[$0] == .metadata || (lines[$0].words <= 5 && isBylineOnly(lines[$0].text))
            })
        else { return }
        var headline = meta - 1
        while headline >= 0, kinds[headline] == .blank || kinds[headline] == .furniture { headline -= 1 }
        guard headline >= 0 else { return }
        let header = (0..<headline).filter { kinds[$0] == .text || kinds[$0] == .heading }
        guard header.allSatisfy({ lines[$0].words <= 12 }) else { return }
        for i in header { kinds[i] = .furniture }
    }

    /// A line of its own saying who wrote the piece: `by Ruth Ingram`.
    package static func isBylineOnly(_ line: String) -> Bool {
        // Fast reject without splitting: the first word (after leading spaces) must start with `b`/`B`, `y`/`Y`.
        var bytes = line.utf8.makeIterator()
        var b = bytes.next()
        while b == 0x20 { b = bytes.next() }
        guard b == 0x62 || b == 0x42, let y = bytes.next(), y == 0x79 || y == 0x59 else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 2, words.count <= 5, words[0] == "by" || words[0] == "By" || words[0] == "BY" else {
            return false
        }
        return words.dropFirst().allSatisfy { $0.first?.isUppercase ?? false }
    }

    /// A title line: no final punctuation, and short or mostly capitalised words.
    package static func isHeading(_ line: String) -> Bool {
        var line = line
        if let heading = line.withUTF8({ isASCIIHeading($0) }) { return heading }
        guard let last = line.last, !".,;!?\"”’)…".contains(last) else { return false }
        // Markdown headings: `# Title`, `## Section`.
        let words = line.split(separator: " ").drop { $0.allSatisfy { $0 == "#" } }
        if words.count <= 3 { return true }
        let capitalised = words.filter { $0.first?.isUppercase ?? false || $0.first?.isNumber ?? false }.count
        return Double(capitalised) >= 0.6 * Double(words.count) && words.count <= 16
    }

    /// `isHeading` on the bytes of an all-ASCII line (`nil` for any other line), most of the lines it sees.
    ///
    /// In ASCII every character is one byte, a space character is byte 0x20, and the only upper-case letters and
    /// numbers are `A`–`Z` and `0`–`9`, so the same test needs no grapheme breaking or substrings.
    package static func isASCIIHeading(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        for byte in bytes where byte >= 0x80 { return nil }
        guard let last = bytes.last else { return false }
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"),
            UInt8(ascii: "\""), UInt8(ascii: ")"):
            return false
        default:
            break
        }
        var words = 0
        var capitalised = 0
        var leadingMarkers = true  // Markdown `#` words before the first other word are not counted
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x20 { i += 1; continue }
            let first = bytes[i]
            var allHashes = true
            while i < bytes.count && bytes[i] != 0x20 {
                if bytes[i] != UInt8(ascii: "#") { allHashes = false }
                i += 1
            }
            if leadingMarkers && allHashes { continue }
            leadingMarkers = false
            words += 1
            if (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39) { capitalised += 1 }
        }
        if words <= 3 { return true }
        return Double(capitalised) >= 0.6 * Double(words) && words <= 16
    }

}
