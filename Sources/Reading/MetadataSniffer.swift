import Foundation
import NewsGraphCore

/// Finds the title, author and date that a saved page shows near its top
/// (`Zhanargul Zhumatai: Ethnic Kazakh Dissident Detained`, `02/13/2023Ruth Ingram |`, `by Ruth Ingram`).
///
/// In: the article text. Out: the article with whatever metadata was found; nothing is guessed
/// when the page does not show it.
public enum MetadataSniffer {
    /// `article` with its missing title, author and date filled from the top of its text, where shown there.
    public static func filling(_ article: Article) -> Article {
        guard article.title == nil || article.author == nil || article.date == nil else { return article }
        let text = TextBuffer(article.text)
        return filling(article, text: text, cleaned: Cleaner().clean(text))
    }

    /// The same, from a text the caller has already cleaned (the analyzer does).
    public static func filling(_ article: Article, text: TextBuffer, cleaned: Cleaner.Cleaned) -> Article {
        guard article.title == nil || article.author == nil || article.date == nil else { return article }
        var article = article
        if article.title == nil, let headline = cleaned.headline {
            var line = text[headline]
            if line.hasPrefix("#") { line = String(line.drop { $0 == "#" || $0 == " " }) }
            article.title = line
        }
        var author: String?
        var date: String?
        // Only the top of the page holds them.
        for line in cleaned.lines.prefix(120) where line.words > 0 && line.words <= 12 {
            // Every date form has a digit; most lines have none.
            if date == nil, line.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
                let found = self.date(in: line.text)
            {
                date = found
            }
            if author == nil, let found = self.author(in: line.text) { author = found }
            if date != nil && author != nil { break }
        }
        article.author = article.author ?? author
        article.date = article.date ?? date
        return article
    }

    public static func article(text: String, source: String, externalID: String) -> Article {
        filling(Article(source: source, externalID: externalID, text: text))
    }

    /// `by Ruth Ingram` or `02/13/2023Ruth Ingram |`: the name, when the line is a byline.
    package static func author(in line: String) -> String? {
        if Cleaner.isBylineOnly(line) {
            return line.split(separator: " ").dropFirst().joined(separator: " ")
        }
        // A date byline starts with an ASCII digit (`isDateByline` requires it); most lines do not, and
        // splitting every line into words just to find that out was a large part of the analysis.
        guard let first = line.utf8.first, first >= 0x30 && first <= 0x39 else { return nil }
        let words = line.split(separator: " ")
        if Cleaner.isDateByline(line, words: words.count) {
            let afterDate = line.drop { $0.isNumber || $0 == "/" || $0 == "-" || $0 == "." }
            let name = afterDate.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            let nameWords = name.split(separator: " ")
            if (2...4).contains(nameWords.count), nameWords.allSatisfy({ $0.first?.isUppercase ?? false }) {
                return name
            }
        }
        return nil
    }

    package static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// An ISO date (`yyyy-MM-dd`) from a short line that holds one: `02/13/2023`, `2023-02-13`,
    /// `February 13, 2023`, `13 February 2023`.
    package static func date(in line: String) -> String? {
        // A line has at least as many UTF-8 bytes as characters, and exactly as many when it is ASCII without CR
        // (CR LF is the one ASCII pair that makes a single character), so only other long lines need the grapheme count.
        var line = line
        let (bytes, ascii) = line.withUTF8 { ($0.count, $0.allSatisfy { $0 < 0x80 && $0 != 0x0D }) }
        guard bytes <= 80 || (!ascii && line.count <= 80) else { return nil }
        let scalars = line.withUTF8 { TextBuffer.decode($0) }
        func number(at i: Int, digits: Int) -> Int? {
            guard i >= 0, i + digits <= scalars.count else { return nil }
            var value = 0
            for k in i..<(i + digits) {
                // `Int(String(scalar))` parses ASCII digits only, so other numeric scalars never made a number;
                // testing the value directly gives the same answer without building a string per digit.
                let v = scalars[k].value
                guard v >= 0x30 && v <= 0x39 else { return nil }
                value = value * 10 + Int(v - 0x30)
            }
            if i + digits < scalars.count, ("0"..."9").contains(scalars[i + digits]) { return nil }
            if i > 0, ("0"..."9").contains(scalars[i - 1]) { return nil }
            return value
        }
        func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
            guard (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
            let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
            return "\(y)-\(pad(m))-\(pad(d))"
        }
        for i in 0..<scalars.count {
            // Every numeric form starts at an ASCII digit not preceded by one (`number(at:digits:)` requires both).
            guard isASCIIDigit(scalars[i]), i == 0 || !isASCIIDigit(scalars[i - 1]) else { continue }
            if let y = number(at: i, digits: 4), i + 10 <= scalars.count, scalars[i + 4] == "-", scalars[i + 7] == "-",
                let m = number(at: i + 5, digits: 2), let d = number(at: i + 8, digits: 2), let s = iso(y, m, d)
            {
                return s
            }
            for first in stride(from: 2, through: 1, by: -1) {
                guard let a = number(at: i, digits: first), i + first < scalars.count, scalars[i + first] == "/" else {
                    continue
                }
                for second in stride(from: 2, through: 1, by: -1) {
                    let j = i + first + 1
                    guard let b = number(at: j, digits: second), j + second < scalars.count, scalars[j + second] == "/",
                        let y = number(at: j + second + 1, digits: 4)
                    else { continue }
                    // Month first unless the first number cannot be a month.
                    if let s = a > 12 ? iso(y, b, a) : iso(y, a, b) { return s }
                }
            }
        }
        // A month word, lowercased, holds the first three letters of its month (no `i` or `k`, the only ASCII
        // letters that lowercasing makes from other characters), so a line without any of them has no month.
        guard hasMonthPrefix(scalars) else { return nil }
        // An ASCII line (no CR) has one character per scalar and lowercases letter by letter: its words and month
        // names are found on the scalars, without the lowercased copy, the substrings and the string comparisons
        // (about 55,000 instructions a line there). Other lines take the general path.
        return ascii ? monthDate(in: scalars, iso: iso) : monthDate(in: line, iso: iso)
    }

    /// The month-word dates of `date(in:)` on any line: the words of the lowercased line between spaces, commas and
    /// periods (as characters); a month's name or its first three letters, with a day and a year around it.
    package static func monthDate(in line: String, iso: (Int, Int, Int) -> String?) -> String? {
        let words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        for (n, word) in words.enumerated() {
            // The three-letter test once per word, so `hasPrefix` runs only for three-character words.
            let isThreeLetters = word.count == 3
            guard let month = months.firstIndex(where: { $0 == word || (isThreeLetters && $0.hasPrefix(word)) }) else {
                continue
            }
            if n + 2 < words.count, let d = Int(words[n + 1]), let y = Int(words[n + 2]), let s = iso(y, month + 1, d) {
                return s
            }
            if n >= 1, n + 1 < words.count, let d = Int(words[n - 1]), let y = Int(words[n + 1]),
                let s = iso(y, month + 1, d)
            {
                return s
            }
        }
        return nil
    }

    /// The same on an ASCII line without CR, given as its scalars: one character per scalar, lowercased letter by
    /// letter, so the words and month names are found on the scalars without the lowercased copy, the substrings and
    /// the string comparisons of the general path (about 55,000 instructions a line there, 17,000 here).
    package static func monthDate(
        in scalars: [Unicode.Scalar], iso: (Int, Int, Int) -> String?
    ) -> String? {
        var words: [Range<Int>] = []
        words.reserveCapacity(16)
        var start = -1
        for k in 0...scalars.count {
            if k == scalars.count || scalars[k] == " " || scalars[k] == "," || scalars[k] == "." {
                if start >= 0 { words.append(start..<k) }
                start = -1
            } else if start < 0 {
                start = k
            }
        }
        // What `Int(_:)` makes of the word's text: an optional sign, then ASCII digits only, nil on overflow.
        func number(_ word: Range<Int>) -> Int? {
            var k = word.lowerBound
            let negative = scalars[k] == "-"
            if negative || scalars[k] == "+" { k += 1 }
            guard k < word.upperBound else { return nil }
            var value = 0
            while k < word.upperBound {
                let v = scalars[k].value
                guard v >= 0x30 && v <= 0x39 else { return nil }
                let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
                let digit = Int(v - 0x30)
                let (next, overflow2) =
                    negative ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
                guard !overflow && !overflow2 else { return nil }
                value = next
                k += 1
            }
            return value
        }
        for (n, word) in words.enumerated() {
            guard let month = monthIndex(scalars[word]) else { continue }
            if n + 2 < words.count, let d = number(words[n + 1]), let y = number(words[n + 2]),
                let s = iso(y, month + 1, d)
            {
                return s
            }
            if n >= 1, n + 1 < words.count, let d = number(words[n - 1]), let y = number(words[n + 1]),
                let s = iso(y, month + 1, d)
            {
                return s
            }
        }
        return nil
    }

    /// The month whose lower-case name `word` (ASCII) is in any case, or whose first three letters it is.
    package static func monthIndex(_ word: ArraySlice<Unicode.Scalar>) -> Int? {
        guard word.count >= 3 && word.count <= 9 else { return nil }
        let first = word.startIndex
        // The first three letters name at most one month (they differ from month to month).
        let prefix = (lower(word[first]), lower(word[first + 1]), lower(word[first + 2]))
        guard let index = monthPrefixes.firstIndex(where: { $0 == prefix }) else { return nil }
        if word.count == 3 { return index }
        let name = monthScalars[index]
        guard name.count == word.count else { return nil }
        for k in 3..<word.count where lower(word[first + k]) != name[k] { return nil }
        return index
    }

    /// The month names' scalar values, for `monthIndex`.
    package static let monthScalars: [[UInt32]] = months.map { $0.unicodeScalars.map(\.value) }

    @inline(__always) static func lower(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        return v >= 0x41 && v <= 0x5A ? v + 0x20 : v
    }

    @inline(__always) package static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x30 && c.value <= 0x39
    }

    /// The first three letters of each month, for the fast test in `hasMonthPrefix`.
    package static let monthPrefixes: [(UInt32, UInt32, UInt32)] = months.map { month in
        let v = Array(month.unicodeScalars.prefix(3)).map(\.value)
        return (v[0], v[1], v[2])
    }

    /// The first letters of the months, one bit per letter from `a`.
    package static let monthInitials: UInt32 = monthPrefixes.reduce(0) { $0 | 1 << ($1.0 - 0x61) }

    /// Whether the ASCII-lowercased `scalars` contain the first three letters of a month anywhere.
    package static func hasMonthPrefix(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 3 else { return false }
        var a = lower(scalars[0])
        var b = lower(scalars[1])
        for k in 2..<scalars.count {
            let c = lower(scalars[k])
            // Every month's first letter is one of "adfjmnos": most positions stop at this test.
            if a >= 0x61 && a <= 0x7A && (monthInitials >> (a - 0x61)) & 1 == 1 {
                for p in monthPrefixes where p.0 == a && p.1 == b && p.2 == c { return true }
            }
            a = b
            b = c
        }
        return false
    }
}
