import NewsGraphCore

/// Text rules shared by the exporters, public so tests and other stages can predict the output.
public enum ExportText {
    /// `text` without the characters XML 1.0 forbids: what a GraphML or GEXF reader gets back.
    public static func removingXMLForbiddenCharacters(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isXMLCharacter(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// Whether XML 1.0 allows `scalar` (production [2] `Char`; Swift strings hold no surrogates).
    public static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// True for the bytes `ExportWriter.xml` cannot copy as they are.
    @inline(__always)
    package static func xmlNeedsWork(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == 0xEF
    }

    /// `id` if it is a valid XML `NMTOKEN` made of ASCII letters, digits, `.`, `-`, `_` and `:`,
    /// otherwise `x` followed by 16 hex digits of its SHA-256, so any id becomes a legal, stable one.
    public static func xmlToken(_ id: String) -> String {
        let safe =
            !id.isEmpty
            && id.utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            }
        return safe ? id : "x" + ContentHash.hex(of: id, digits: 16)
    }

    /// A node's aliases as one string attribute: a JSON array, so aliases holding any separator survive.
    public static func aliasList(_ aliases: [String]) -> String {
        "[" + aliases.map(JSONText.quote).joined(separator: ",") + "]"
    }

    /// True for relation kinds that name a typed relation (anything but co-occurrence counts).
    public static func isTypedRelation(_ kind: String) -> Bool {
        kind != "co-occurrence" && kind != "co-paragraph"
    }

    package static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
