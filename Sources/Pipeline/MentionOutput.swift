import NewsGraphCore

/// Formats the mentions of an analyzed article as a JSON Lines record or TSV rows (`newsgraph extract`).
public enum MentionOutput {
    /// `{"id": ..., "entities": [{"start", "end", "type", "text", "rule", "confidence", "entity"}]}` and a newline.
    public static func jsonLine(_ analyzed: AnalyzedArticle) -> String {
        var out = "{\"id\": " + JSONText.quote(analyzed.article.externalID) + ", \"entities\": ["
        for (n, mention) in analyzed.mentions.enumerated() {
            if n > 0 { out += ", " }
            out +=
                "{\"start\": \(mention.range.start), \"end\": \(mention.range.end), \"type\": \"\(mention.kind.rawValue)\", "
            out += "\"text\": \(JSONText.quote(mention.text)), \"rule\": \(JSONText.quote(mention.rule)), "
            out +=
                "\"confidence\": \(JSONText.number(mention.confidence)), \"entity\": \(JSONText.quote(mention.entity))}"
        }
        return out + "]}\n"
    }

    /// One row per mention: id, start, end, type, text, entity, rule, confidence (tabs and newlines in text become spaces).
    public static func tsv(_ analyzed: AnalyzedArticle) -> String {
        var out = ""
        for mention in analyzed.mentions {
            let fields = [
                analyzed.article.externalID, String(mention.range.start), String(mention.range.end),
                mention.kind.rawValue, mention.text, mention.entity, mention.rule, JSONText.number(mention.confidence),
            ]
            out +=
                fields.map {
                    $0.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }.reduce(into: "") { $0.append($1) }
                }
                .joined(separator: "\t") + "\n"
        }
        return out
    }
}
