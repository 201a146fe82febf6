import Foundation

#if FUZZING
    @_silgen_name("LLVMFuzzerRunDriver")
    private func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt
#endif

/// The `main` of every fuzz target (`newsgraph-fuzz-text`, `-export`, `-parsers`): one check, two ways to run it.
///
/// Built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING` (Scripts/fuzz.sh), it hands control to libFuzzer.
/// SwiftPM links executables with their `main.swift` as `main`, so libFuzzer's own `main` is never used and its driver
/// is started here. Built normally (swift build / swift test), it replays the inputs named on the command line (files,
/// or folders of files) through the same check: the regression tests run it on every finding.
public enum FuzzDriver {
    public typealias Check = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    public static func run(_ check: Check) -> Never {
        #if FUZZING
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, check))
        #else
            var inputs: [String] = []
            for path in CommandLine.arguments.dropFirst() {
                if let names = try? FileManager.default.contentsOfDirectory(atPath: path) {
                    inputs += names.sorted().filter { !$0.hasPrefix(".") }.map { path + "/" + $0 }
                } else {
                    inputs.append(path)
                }
            }
            for input in inputs {
                guard let data = FileManager.default.contents(atPath: input) else {
                    FileHandle.standardError.write(Data("\(input): cannot be read\n".utf8))
                    exit(1)
                }
                _ = [UInt8](data).withUnsafeBufferPointer { check($0.baseAddress, $0.count) }
            }
            print("replayed \(inputs.count) input(s)")
            exit(0)
        #endif
    }
}
