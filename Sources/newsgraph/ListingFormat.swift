import ArgumentParser
import NewsGraph

/// `--format` for listings.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}
