import NewsGraphCore

/// Mentions of the news agency or outlet that reports a story (`told Reuters`, `Reuters reported`, `the official
/// news agency Tass said`): the outlet is the channel, not a party to what it reports, so these mentions are not
/// paired by co-occurrence. Typed patterns still see them (`Japan's minister told Reuters` stays a `spoke-to`).
///
/// A mention is a reporting source when its name is a known wire service or agency (`agencies`), or when it is
/// named as an agency or newspaper before its name or as a news agency after it: `news agency X`, `the newspaper
/// X`, `X news agency` (not `X newspaper`: `she wrote for the Guardian Weekly newspaper` is a real link).
package enum ReportingSource {
    /// Wire services, state news agencies and newspapers quoted as sources, lowercased; these names are reporting
    /// sources wherever they occur.
    package static let agencies: Set<String> = [
        "reuters", "reuter", "reuters news agency", "associated press", "ap", "united press international", "upi",
        "agence france-presse", "agence france presse", "afp", "kyodo", "kyodo news service", "kyodo news agency",
        "tass", "itar-tass", "xinhua", "new china news agency", "dow jones news service", "ansa", "anatolian",
        "anatolia", "tanjug", "pap", "mena", "irna", "press trust of india", "pti", "antara", "bernama", "yonhap",
        "jiji", "jiji press", "efe", "dpa", "apa", "wafa", "petra", "sana", "ina", "kuna", "wam", "saudi press agency",
        "spa", "qna", "gna", "pna", "bna", "iraqi news agency", "kuwait news agency", "novosti", "ctk", "mti",
        "bta", "agerpres", "zimbabwe inter-africa news agency", "ziana", "pana", "nan", "kna", "apn",
        // Newspapers quoted as sources.
        "pravda", "izvestia", "trud", "people's daily", "new york times", "washington post", "wall street journal",
        "financial times", "nihon keizai shimbun", "asahi shimbun", "yomiuri shimbun", "mainichi shimbun", "al-ahram",
        "handelsblatt", "le monde", "les echos", "the times", "times", "guardian", "sunday times", "economist",
    ]

    /// Nouns that name an outlet right before or after its name (`news agency Tass`, `the newspaper Al-Ahram`).
    package static let outletNouns: Set<String> = ["agency", "newspaper", "daily", "weekly", "paper", "journal"]

    /// `agencies` and `outletNouns` with a fast lookup of ASCII words: asked for every mention.
    private static let agencyWords = ASCIIWordSet(agencies)
    private static let outletNounWords = ASCIIWordSet(outletNouns)

    /// True when `mention`, in sentence `sentence` of `document`, is a reporting source.
    ///
    /// Names and the words around them are looked up without building lowercased strings when they are ASCII.
    package static func isSource(_ mention: Mention, in document: Document) -> Bool {
        if isAgencyName(mention.entity) || (mention.text != mention.entity && isAgencyName(mention.text)) {
            return true
        }
        // An agency by its own name: `Korean Central News Agency`, `Kyodo News Service`, `Saudi Press Agency`.
        if endsInAgencyNoun(mention.entity) { return true }
        guard mention.sentence >= 0, mention.sentence < document.sentences.count else { return false }
        let tokens = document.sentences[mention.sentence].tokens
        let text = document.text
        // `SentenceView.word(in:)` of token `t` is `literal` (lowercase ASCII); "" outside the sentence.
        func isWord(_ t: Int, _ literal: StaticString) -> Bool {
            guard tokens.contains(t) else { return literal.utf8CodeUnitCount == 0 }
            let range = document.tokens[t].range
            guard range.count == literal.utf8CodeUnitCount else { return false }
            // A scalar that is not ASCII lowercases to no ASCII letter of these words (`news`, `agency`, `,`).
            for k in 0..<range.count
            where ASCIIWordTable.lower(text[range.start + k].value) != UInt32(literal.utf8Start[k]) {
                return false
            }
            return true
        }
        func isOutletNoun(_ t: Int) -> Bool {
            tokens.contains(t) && outletNounWords.contains(lowercasing: text, document.tokens[t].range)
        }
        // Binary search: a sentence of thousands of names must stay linear.
        var low = tokens.lowerBound
        var high = tokens.upperBound
        while low < high {
            let mid = (low + high) / 2
            if document.tokens[mid].range.end <= mention.range.start { low = mid + 1 } else { high = mid }
        }
        guard low < tokens.upperBound else { return false }
        let first = low
        var last = first
        while last + 1 < tokens.upperBound, document.tokens[last + 1].range.start < mention.range.end { last += 1 }
        var before = first - 1
        if isWord(before, ",") { before -= 1 }
        if isOutletNoun(before) { return true }
        var after = last + 1
        if isWord(after, ",") { after += 1 }
        // `X newspaper` alone is left out: `she wrote for the Guardian Weekly newspaper` is a real link.
        return isWord(after, "news") && isWord(after + 1, "agency")
    }

    /// `agencies.contains(SentenceView.normalize(name))`: for ASCII, normalizing is lowercasing.
    private static func isAgencyName(_ name: String) -> Bool {
        var name = name
        let ascii = name.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
        return ascii ? agencyWords.contains(lowercasing: name) : agencyWords.contains(SentenceView.normalize(name))
    }

    /// True when the normalized name ends in `news agency`, `press agency` or `news service`; an ASCII name without
    /// a carriage return (every byte one Character) is compared byte by byte, without case.
    private static func endsInAgencyNoun(_ name: String) -> Bool {
        var name = name
        let answer = name.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            func hasSuffix(_ literal: StaticString) -> Bool {
                let n = literal.utf8CodeUnitCount
                guard bytes.count >= n else { return false }
                let start = bytes.count - n
                return (0..<n).allSatisfy {
                    ASCIIWordTable.lower(UInt32(bytes[start + $0])) == UInt32(literal.utf8Start[$0])
                }
            }
            return hasSuffix("news agency") || hasSuffix("press agency") || hasSuffix("news service")
        }
        if let answer { return answer }
        let normalized = SentenceView.normalize(name)
        return normalized.hasSuffix("news agency") || normalized.hasSuffix("press agency")
            || normalized.hasSuffix("news service")
    }
}
