import Dispatch
import Foundation
import NewsGraphCore
import NewsGraphReading
import NewsGraphStore

/// Slots written by distinct parallel iterations, read after they all finish.
///
/// The slots are one raw allocation: writing through `Array.withUnsafeMutableBufferPointer` from several threads
/// was a data race on the array itself (each call is a mutating access that checks uniqueness), which the
/// thread sanitizer reported.
package final class UnsafeResults<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T?>
    private let count: Int

    package init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    package func set(_ index: Int, _ value: T) {
        precondition(index >= 0 && index < count, "slot \(index) of \(count)")
        storage[index] = value
    }

    package var values: [T] { (0..<count).compactMap { storage[$0] } }
}
