import ArgumentParser
import NewsGraph

/// Numbers as JSON writes them (at most 4 decimals), for text output too.
enum JSONTextNumber {
    static func format(_ value: Double) -> String { JSONText.number(value) }
}
