import Foundation
import NewsGraphCore

/// A regular file read in chunks of `chunkSize` bytes through one file descriptor, closed when done.
package final class ChunkedFile: ChunkSource {
    package let chunkSize: Int
    private let descriptor: Int32
    /// What went wrong, if a read failed part-way (`next` then returns nil).
    package private(set) var error: String?

    package init?(path: String, chunkSize: Int) {
        self.chunkSize = max(1, chunkSize)
        descriptor = open(path, O_RDONLY)
        if descriptor < 0 { return nil }
    }

    deinit { close(descriptor) }

    /// The next chunk, or nil at the end of the file or after an error.
    package func next() -> [UInt8]? {
        guard error == nil else { return nil }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 {
                error = String(cString: strerror(errno))
                return nil
            }
            if count == 0 { return nil }
            chunk.removeSubrange(count...)
            return chunk
        }
    }
}
