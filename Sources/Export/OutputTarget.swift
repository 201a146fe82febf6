#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks and helpers for the files the tool writes.
public enum OutputTarget {
    /// Refuses to write over a folder, an SQLite database (a NewsGraph store, perhaps the one being read) or an
    /// SQLite write-ahead log: `--output` pointing at the store by mistake must not destroy it.
    public static func check(_ path: String) throws {
        guard !path.isEmpty else { throw ExportError.writeFailed(path: path, reason: "an empty path") }
        var info = stat()
        guard stat(path, &info) == 0 else { return }  // a new file
        if info.st_mode & S_IFMT == S_IFDIR {
            throw ExportError.writeFailed(path: path, reason: "it is a folder; give a file name")
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return }
        defer { _ = systemClose(descriptor) }
        var head = [UInt8](repeating: 0, count: 16)
        let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 16) }
        guard count >= 4 else { return }
        let sqlite = Array("SQLite format 3\0".utf8)
        let walMagic: [[UInt8]] = [[0x37, 0x7F, 0x06, 0x82], [0x37, 0x7F, 0x06, 0x83]]
        if count == 16 && head == sqlite {
            throw ExportError.writeFailed(
                path: path,
                reason: "it is an SQLite database (a NewsGraph store?); refusing to overwrite it. Choose another file")
        }
        if walMagic.contains(Array(head.prefix(4))) {
            throw ExportError.writeFailed(
                path: path, reason: "it is an SQLite write-ahead log; refusing to overwrite it. Choose another file")
        }
    }

    /// A new temporary file next to `path` (same folder, so the rename cannot cross file systems), opened for writing.
    static func temporaryFile(beside path: String) throws -> (descriptor: Int32, path: String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array((folder + "." + name.prefix(100) + ".newsgraph-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else {
            throw ExportError.writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
        // mkstemp creates the file 0600; an export is as readable as any file the user creates (umask applies).
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (descriptor, temporary)
    }

    /// Renames `temporary` over `path`, removing the temporary file if that fails.
    static func replace(_ path: String, with temporary: String) throws {
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ExportError.writeFailed(path: path, reason: reason)
        }
    }
}
