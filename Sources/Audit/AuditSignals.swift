import Foundation
import NewsGraphQuery

/// The name-shape signals of the audit: spelling skeletons, initials, long and all-caps names.
///
/// In: entity names. Out: keys under which near-duplicates collide, and flags for odd names.
public enum AuditSignals {
    /// The folded name with common transliteration variants merged (Uyghur/Uighur, Mohammed/Muhammad,
    /// Qazaq/Kazakh) and doubled letters collapsed, so spelling variants share a key.
    public static func skeleton(_ name: String) -> String {
        skeleton(folded: NameLookup.fold(name))
    }

    /// The letter pairs `skeleton` merges, in the order they are replaced.
    private static let merges: [(from: [UInt8], to: [UInt8])] = [
        ("kh", "k"), ("gh", "g"), ("ph", "f"), ("dh", "d"), ("th", "t"), ("q", "k"), ("c", "k"),
        ("y", "i"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("w", "v"), ("ay", "ai"), ("ey", "ei"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// `skeleton` of a name already folded by `NameLookup.fold`. The replacements work on UTF-8 bytes (every pair is
    /// ASCII, so a multi-byte character is never cut): Foundation's `replacingOccurrences` made the audit's
    /// near-duplicate search take most of a minute on the Reuters store.
    public static func skeleton(folded: String) -> String {
        guard folded.utf8.allSatisfy({ $0 < 0x80 }) else { return unicodeSkeleton(folded) }
        var bytes = Array(folded.utf8)
        for (from, to) in merges where bytes.contains(from[0]) {
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if bytes[i] == from[0], i + from.count <= bytes.count, from.count == 1 || bytes[i + 1] == from[1] {
                    out += to
                    i += from.count
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            bytes = out
        }
        // Doubled letters collapse; then vowels other than a leading one are dropped, as they vary most across
        // transliterations (Muhammad/Mohammed).
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var last: UInt8?
        var wordStart = true
        for byte in bytes {
            if byte == 0x20 {
                if !wordStart && !result.isEmpty { result.append(0x20) }
                wordStart = true
                last = byte
                continue
            }
            defer { last = byte }
            if byte == last { continue }
            if wordStart {
                result.append(byte)
                wordStart = false
            } else if !"aeiou".utf8.contains(byte) {
                result.append(byte)
            }
        }
        if result.last == 0x20 { result.removeLast() }
        return String(decoding: result, as: UTF8.self)
    }

    /// `skeleton(folded:)` character by character, for the few names that are not ASCII after folding.
    private static func unicodeSkeleton(_ folded: String) -> String {
        var s = folded
        for (from, to) in merges {
            s = s.replacingOccurrences(
                of: String(decoding: from, as: UTF8.self), with: String(decoding: to, as: UTF8.self))
        }
        var out = ""
        var last: Character?
        for character in s {
            if character != last || character == " " { out.append(character) }
            last = character
        }
        var result = ""
        for word in out.split(separator: " ") {
            guard let first = word.first else { continue }
            if !result.isEmpty { result += " " }
            result.append(first)
            result += word.dropFirst().filter { !"aeiou".contains($0) }
        }
        return result
    }

    /// `j smith` for `J. Smith` and `John Smith`; nil for one-word names.
    public static func initialsKey(_ name: String) -> String? {
        initialsKey(folded: NameLookup.fold(name))
    }

    /// `initialsKey` of a name already folded by `NameLookup.fold`.
    public static func initialsKey(folded: String) -> String? {
        let tokens = folded.split(separator: " ")
        guard tokens.count >= 2, let first = tokens.first?.first, let last = tokens.last else { return nil }
        return "\(first) \(last)"
    }

    /// Whether the first word of `name` is a bare initial (`J. Smith`).
    public static func startsWithInitial(_ name: String) -> Bool {
        NameLookup.fold(name).split(separator: " ").first?.count == 1
    }

    /// More than six words or fifty characters: usually a run-on extraction.
    public static func isVeryLong(_ name: String) -> Bool {
        name.split(separator: " ").count > 6 || name.count > 50
    }

    /// Written in capitals with at least three letters (SELLS, NEW YORK): how headline words look.
    public static func isShouted(_ name: String) -> Bool {
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 3 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// All capitals with at least two words or more than five letters (NATO passes, BREAKING NEWS does not).
    public static func isAllCaps(_ name: String) -> Bool {
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count >= 4, letters.allSatisfy({ $0.properties.isUppercase }) else { return false }
        return name.contains(" ") || letters.count > 5
    }
}
