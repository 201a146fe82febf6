import Dispatch
import Foundation
import NewsGraphCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an interrupted render must undo: the Graphviz child to kill and the temporary folder to remove.
///
/// While a render runs, SIGINT and SIGTERM are caught (on a dispatch queue, where cleanup may use any
/// API); the handler kills the child, removes the folder, restores the default action and raises the
/// signal again, so the exit status is the usual 128 + signal.
final class RenderCleanup: @unchecked Sendable {
    static let shared = RenderCleanup()

    private let lock = NSLock()
    private var folder: String?
    private var process: Process?
    private var interruption = false
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "newsgraph.render-cleanup")

    func begin(folder: String) {
        lock.lock()
        defer { lock.unlock() }
        self.folder = folder
        process = nil
        guard sources.isEmpty else { return }
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [weak self] in self?.interrupted(by: number) }
            source.resume()
            sources.append(source)
        }
    }

    /// True once SIGINT or SIGTERM arrived during a render.
    var wasInterrupted: Bool {
        lock.lock()
        defer { lock.unlock() }
        return interruption
    }

    func child(_ process: Process) {
        lock.lock()
        self.process = process
        lock.unlock()
    }

    func end() {
        lock.lock()
        defer { lock.unlock() }
        folder = nil
        process = nil
        for source in sources { source.cancel() }
        sources.removeAll()
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }

    private func interrupted(by number: Int32) {
        lock.lock()
        let (process, folder) = (self.process, self.folder)
        interruption = true
        lock.unlock()
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            // Foundation reaps the child on its own thread; wait (at most 2 s) until it has.
            for _ in 0..<200 where process.isRunning { usleep(10_000) }
        }
        if let folder { try? FileManager.default.removeItem(atPath: folder) }
        // End with the signal's own status. Dispatch delivers signals through a blocked mask (signalfd on
        // Linux), so the signal is unblocked on this thread before it is raised again here.
        signal(number, SIG_DFL)
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, number)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        raise(number)
        _exit(128 + number)
    }
}
