/// Turns HTML into an article whose text is the page's visible text.
public enum HTMLText {
    public static func article(fromHTML html: String, source: String, externalID: String) -> Article {
        Article(source: source, externalID: externalID, text: html)
    }
}
