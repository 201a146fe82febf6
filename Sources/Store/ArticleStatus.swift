import Foundation
import NewsGraphCore
import NewsGraphResolution

/// What the store holds for an article's source: nothing, the same content, or other content.
public enum ArticleStatus: Sendable, Equatable {
    case new
    case unchanged
    case changed
}
