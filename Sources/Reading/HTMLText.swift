import NewsGraphCore

/// Turns an HTML page into an article whose text is the page's visible text, one block per line.
///
/// In: HTML source (any quality: unclosed tags, bad nesting, stray `<`). Out: an `Article` whose
/// `text` is the visible text with block elements on lines of their own, entities decoded, and
/// `<script>`, `<style>`, `<nav>`, `<header>`, `<footer>`, `<aside>`, `<form>` and `<noscript>`
/// content dropped; title, author and date from `<title>`/`<h1>`, `<meta name="author">`,
/// `article:published_time` or `<time datetime>`. Offsets of mentions index this text.
/// The scanner is a single pass without recursion, so deep nesting cannot exhaust the stack.
public enum HTMLText {
    package static let skipped: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript",
        "svg", "template", "iframe", "button", "select",
    ]
    package static let blocks: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr",
        "table", "section", "article", "blockquote", "pre", "figcaption", "figure",
        "dd", "dt", "dl", "hr", "main", "title", "td", "th",
    ]

    public static func article(fromHTML html: String, source: String, externalID: String) -> Article {
        let page = visibleText(html)
        let sniffed = MetadataSniffer.article(text: page.text, source: source, externalID: externalID)
        var article = Article(source: source, externalID: externalID, text: page.text)
        article.title = page.title ?? page.h1 ?? sniffed.title
        article.author = page.author ?? sniffed.author
        article.date = page.date.flatMap { MetadataSniffer.date(in: String($0.prefix(10))) } ?? sniffed.date
        return article
    }

    package struct Page {
        package var text = ""
        package var title: String?
        package var h1: String?
        package var author: String?
        package var date: String?
    }

    package static func visibleText(_ html: String) -> Page {
        var page = Page()
        let s = Array(html.unicodeScalars)
        // An array, not a `String.UnicodeScalarView`: appending a decoded character reference to the view with
        // `append(contentsOf:)` copied the whole text so far each time (7.5 MB of HTML with references took 63 s), and
        // `count` and slicing the view are linear too.
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        var skipDepth = 0
        var skipTag = ""
        var capture: (tag: String, start: Int)? = nil
        func newline() {
            // Collapse to at most one blank line between blocks.
            var trailing = 0
            var k = out.endIndex
            while k > out.startIndex {
                let prev = out.index(before: k)
                if out[prev] == "\n" { trailing += 1; k = prev } else if out[prev] == " " { k = prev } else { break }
            }
            if out.isEmpty { return }
            while trailing < 2 { out.append("\n"); trailing += 1 }
        }
        while i < s.count {
            let c = s[i]
            if c == "<" {
                // Comments and doctype.
                if i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                    var j = i + 4
                    while j + 2 < s.count, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
                    i = min(s.count, j + 3)
                    continue
                }
                var j = i + 1
                let closing = j < s.count && s[j] == "/"
                if closing { j += 1 }
                let nameStart = j
                while j < s.count, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) { j += 1 }
                if j == nameStart && !(j < s.count && s[j] == "!") {
                    if skipDepth == 0 { out.append(c) }  // a stray '<' is text
                    i += 1
                    continue
                }
                let name = String(String.UnicodeScalarView(s[nameStart..<j])).lowercased()
                // Find the end of the tag, respecting quoted attribute values.
                var quote: Unicode.Scalar?
                var k = j
                while k < s.count {
                    if let q = quote {
                        if s[k] == q { quote = nil }
                    } else if s[k] == "\"" || s[k] == "'" {
                        quote = s[k]
                    } else if s[k] == ">" {
                        break
                    }
                    k += 1
                }
                let attributes = String(String.UnicodeScalarView(s[j..<min(k, s.count)]))
                i = min(s.count, k + 1)
                if skipDepth > 0 {
                    if name == skipTag { skipDepth += closing ? -1 : (attributes.hasSuffix("/") ? 0 : 1) }
                    continue
                }
                if !closing && skipped.contains(name) && !attributes.hasSuffix("/") {
                    skipDepth = 1
                    skipTag = name
                    continue
                }
                if name == "meta" { readMeta(attributes, into: &page) }
                if name == "time", page.date == nil, let value = attribute("datetime", in: attributes) {
                    page.date = value
                }
                if (name == "title" || name == "h1") && !closing { capture = (name, out.count) }
                if closing, let open = capture, open.tag == name {
                    let text = String(String.UnicodeScalarView(out[open.start...])).trimmingWhitespace()
                    if name == "title" {
                        page.title = page.title ?? (text.isEmpty ? nil : text)
                        // The <title> is metadata, not body text.
                        out.removeSubrange(open.start...)
                    } else if page.h1 == nil && !text.isEmpty {
                        page.h1 = text
                    }
                    capture = nil
                }
                if blocks.contains(name) { newline() }
                continue
            }
            if skipDepth > 0 { i += 1; continue }
            if c == "&" {
                let (decoded, length) = entity(s, i)
                if let decoded { out += decoded.unicodeScalars; i += length; continue }
            }
            if c == "\n" || c == "\r" || c == "\t" {
                if let last = out.last, last != " " && last != "\n" { out.append(" ") }
            } else if c == " " {
                if let last = out.last, last != " " && last != "\n" { out.append(" ") }
            } else {
                out.append(c)
            }
            i += 1
        }
        let lines = String(String.UnicodeScalarView(out)).split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingWhitespace()
        }
        var text = ""
        var blank = false
        for line in lines {
            if line.isEmpty { blank = !text.isEmpty; continue }
            if !text.isEmpty { text += blank ? "\n\n" : "\n" }
            text += line
            blank = false
        }
        page.text = text
        return page
    }

    package static func readMeta(_ attributes: String, into page: inout Page) {
        let key = (attribute("name", in: attributes) ?? attribute("property", in: attributes) ?? "").lowercased()
        guard let content = attribute("content", in: attributes), !content.isEmpty else { return }
        switch key {
        case "author", "article:author", "byl", "parsely-author": page.author = page.author ?? decodeEntities(content)
        case "article:published_time", "date", "pubdate", "publish-date", "dc.date": page.date = page.date ?? content
        case "og:title": page.title = page.title ?? decodeEntities(content)
        default: break
        }
    }

    /// The value of attribute `name` (quoted or not), entities left as they are.
    package static func attribute(_ name: String, in attributes: String) -> String? {
        let lower = attributes.lowercased()
        var search = lower.startIndex
        while let found = lower.range(of: name, range: search..<lower.endIndex) {
            search = found.upperBound
            if found.lowerBound > lower.startIndex {
                let before = lower[lower.index(before: found.lowerBound)]
                if !(before == " " || before == "\t" || before == "\n") { continue }
            }
            var k = found.upperBound
            while k < lower.endIndex, lower[k] == " " { k = lower.index(after: k) }
            guard k < lower.endIndex, lower[k] == "=" else { continue }
            k = lower.index(after: k)
            while k < lower.endIndex, lower[k] == " " { k = lower.index(after: k) }
            guard k < lower.endIndex else { return "" }
            let offset = lower.distance(from: lower.startIndex, to: k)
            let original = attributes.index(attributes.startIndex, offsetBy: offset)
            let q = attributes[original]
            if q == "\"" || q == "'" {
                let rest = attributes[attributes.index(after: original)...]
                return String(rest.prefix { $0 != q })
            }
            return String(attributes[original...].prefix { $0 != " " && $0 != ">" && $0 != "/" })
        }
        return nil
    }

    package static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "hellip": "…", "copy": "©", "reg": "®",
        "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "ouml": "ö", "uuml": "ü", "auml": "ä",
        "ccedil": "ç", "ntilde": "ñ", "iacute": "í", "oacute": "ó", "uacute": "ú", "szlig": "ß", "middot": "·",
    ]

    /// Decodes the character reference at `i` (`&amp;`, `&#8217;`, `&#x2019;`); nil when it is not one.
    package static func entity(_ s: [Unicode.Scalar], _ i: Int) -> (String?, Int) {
        var j = i + 1
        while j < s.count, j - i <= HTMLEntities.longestName + 1, s[j] != ";" { j += 1 }
        guard j < s.count, s[j] == ";" else { return (nil, 1) }
        let body = String(String.UnicodeScalarView(s[(i + 1)..<j]))
        let length = j - i + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value =
                digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, value != 0, let scalar = Unicode.Scalar(value) { return (String(scalar), length) }
            return ("\u{FFFD}", length)
        }
        if let named = named[body] ?? HTMLEntities.named[body] { return (named, length) }
        return (nil, 1)
    }

    package static func decodeEntities(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = ""
        var i = 0
        while i < s.count {
            if s[i] == "&" {
                let (decoded, length) = entity(s, i)
                if let decoded { out += decoded; i += length; continue }
            }
            out.unicodeScalars.append(s[i])
            i += 1
        }
        return out
    }
}

extension StringProtocol {
    package func trimmingWhitespace() -> String {
        let scalars = Array(unicodeScalars)
        var s = 0, e = scalars.count
        while s < e, scalars[s].properties.isWhitespace { s += 1 }
        while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
        return String(String.UnicodeScalarView(scalars[s..<e]))
    }
}
