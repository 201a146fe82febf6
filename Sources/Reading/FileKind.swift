import Foundation
import NewsGraphCore

/// What a path is, following symbolic links; a problem (link loop, broken link, no permission) is a reason string.
package enum FileKind: Equatable {
    case missing
    case file(size: Int)
    case folder
    /// A FIFO, socket or device, named for the message.
    case special(String)
    case problem(String)

    package static let loop = "symbolic link loop"
    package static let tooLong = String(cString: strerror(ENAMETOOLONG))

    package init(_ path: String) {
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            var linkInfo = stat()
            let isLink = lstat(path, &linkInfo) == 0 && (linkInfo.st_mode & S_IFMT) == S_IFLNK
            switch code {
            case ELOOP: self = .problem(FileKind.loop)
            case ENOENT where isLink: self = .problem("broken symbolic link")
            case ENOENT, ENOTDIR: self = .missing
            default: self = .problem(String(cString: strerror(code)))
            }
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .file(size: Int(info.st_size))
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .special("a FIFO")
        case S_IFSOCK: self = .special("a socket")
        case S_IFCHR, S_IFBLK: self = .special("a device")
        default: self = .special("an unknown kind of file")
        }
    }

    /// The path with every symbolic link resolved (so a folder reached twice is recognised), or the path itself.
    package static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
