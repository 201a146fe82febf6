import CZlib
import NewsGraphCore

/// Decompresses gzip data with the system zlib, a chunk at a time, as it is read from another `ChunkSource`.
///
/// Memory is one compressed and one decompressed chunk, whatever the size of the file. Several gzip members one after
/// the other (`cat a.gz b.gz`, `gzip -c a b`) read as one stream, as `gzip -d` reads them; bytes after the last member
/// that do not start another one are ignored, as `gzip -d` ignores them (tar padding). A corrupt stream, or one that
/// ends before its end marker (a truncated download), sets `error`: nothing is guessed past it.
package final class GzipStream: ChunkSource {
    private let source: ChunkSource
    private let chunkSize: Int
    private var stream = z_stream()
    private var input: [UInt8] = []
    private var inputOffset = 0
    /// True between two members: the input may end here cleanly.
    private var atMemberEnd = false
    private var sawInput = false
    private var done = false
    package private(set) var error: String?

    /// The two bytes every gzip member starts with.
    package static let magic: [UInt8] = [0x1F, 0x8B]

    package init(source: ChunkSource, chunkSize: Int) {
        self.source = source
        self.chunkSize = max(1, chunkSize)
        // 15 + 32: the largest window, and a gzip (or zlib) header detected automatically.
        let status = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        if status != Z_OK {
            error = "zlib could not start (\(status))"
            done = true
        }
    }

    deinit { inflateEnd(&stream) }

    package func next() -> [UInt8]? {
        guard error == nil, !done else { return nil }
        var output = [UInt8](repeating: 0, count: chunkSize)
        var produced = 0
        decompressing: while produced < chunkSize {
            if inputOffset == input.count {
                guard refill() else { break decompressing }
            }
            if atMemberEnd {
                // Another member, or trailing bytes to ignore.
                guard input[inputOffset] == Self.magic[0] else {
                    done = true
                    break decompressing
                }
                inflateReset(&stream)
                atMemberEnd = false
            }
            let offset = inputOffset
            let (status, consumed, written) = input.withUnsafeMutableBufferPointer { inputBytes in
                output.withUnsafeMutableBufferPointer { outputBytes in
                    stream.next_in = inputBytes.baseAddress.map { $0 + offset }
                    stream.avail_in = UInt32(inputBytes.count - offset)
                    stream.next_out = outputBytes.baseAddress.map { $0 + produced }
                    stream.avail_out = UInt32(outputBytes.count - produced)
                    let before = (stream.avail_in, stream.avail_out)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, Int(before.0 - stream.avail_in), Int(before.1 - stream.avail_out))
                }
            }
            inputOffset += consumed
            produced += written
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                atMemberEnd = true
            case Z_BUF_ERROR where consumed > 0 || written > 0:
                continue
            case Z_DATA_ERROR, Z_NEED_DICT:
                let message = stream.msg.map { String(cString: $0) } ?? "invalid data"
                error =
                    "corrupt gzip data: \(message) after \(stream.total_out) decompressed bytes; expected a valid gzip file"
                break decompressing
            case Z_MEM_ERROR:
                error = "out of memory while decompressing gzip data"
                break decompressing
            default:
                error = "gzip data zlib cannot decompress (status \(status))"
                break decompressing
            }
        }
        // What was decompressed before an error is still handed out; the error stops the next call.
        if produced == 0 { return nil }
        output.removeSubrange(produced...)
        return output
    }

    /// Reads the next compressed chunk; false at the end of the input (setting `error` if the end came too early).
    private func refill() -> Bool {
        if let chunk = source.next(), !chunk.isEmpty {
            input = chunk
            inputOffset = 0
            sawInput = true
            return true
        }
        done = true
        if let failure = source.error {
            error = failure
        } else if !sawInput {
            error = "empty file; expected gzip-compressed data"
        } else if !atMemberEnd {
            error = "truncated gzip data: the file ends inside its compressed stream; expected a complete gzip file"
        }
        return false
    }
}
