/// One article as read from its source: the text exactly as given, plus what is known about it.
///
/// `id` is a content hash (see `ContentHash`), so the same text always gets the same id;
/// `source` says where it came from (a path, or `path#line` for JSON Lines).
public struct Article: Hashable, Codable, Sendable {
    /// Stable id: the first 16 hex digits of the SHA-256 of the text (UTF-8).
    public var id: String
    /// Where the article came from: a file path, or `path:LINE` for a JSON Lines record.
    public var source: String
    /// The id the input gave (JSON Lines `"id"`), or the file name without extension.
    public var externalID: String
    public var text: String
    public var title: String?
    public var author: String?
    /// ISO 8601 date (`yyyy-MM-dd`) where the page shows one.
    public var date: String?
    public var url: String?

    public init(
        source: String, externalID: String, text: String,
        title: String? = nil, author: String? = nil, date: String? = nil, url: String? = nil
    ) {
        self.id = ContentHash.hex(of: text, digits: 16)
        self.source = source
        self.externalID = externalID
        self.text = text
        self.title = title
        self.author = author
        self.date = date
        self.url = url
    }
}
