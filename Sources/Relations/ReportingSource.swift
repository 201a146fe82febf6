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
    package static func isSource(_ mention: Mention, in document: Document) -> Bool {
        let name = SentenceView.normalize(mention.entity)
        if agencyWords.contains(name)
            || (mention.text != mention.entity && agencyWords.contains(SentenceView.normalize(mention.text)))
        {
            return true
        }
        // An agency by its own name: `Korean Central News Agency`, `Kyodo News Service`, `Saudi Press Agency`.
        if name.hasSuffix("news agency") || name.hasSuffix("press agency") || name.hasSuffix("news service") {
            return true
        }
        guard mention.sentence >= 0, mention.sentence < document.sentences.count else { return false }
        let tokens = document.sentences[mention.sentence].tokens
        let text = document.text
        func word(_ t: Int) -> String {
            tokens.contains(t) ? SentenceView.word(in: text, document.tokens[t].range) : ""
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
        if word(before) == "," { before -= 1 }
        if outletNounWords.contains(word(before)) { return true }
        var after = last + 1
        if word(after) == "," { after += 1 }
        // `X newspaper` alone is left out: `she wrote for the Guardian Weekly newspaper` is a real link.
        return word(after) == "news" && word(after + 1) == "agency"
    }
}
