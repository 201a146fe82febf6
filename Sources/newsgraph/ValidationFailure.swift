import ArgumentParser
import Dispatch
import Foundation
import NewsGraph

/// A failure whose message has already been explained; exits non-zero with `Error: message`.
struct ValidationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
