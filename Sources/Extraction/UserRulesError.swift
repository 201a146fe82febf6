/// Every bad line of a user rules folder, reported together.
public struct UserRulesError: Error, CustomStringConvertible, Equatable {
    /// One bad line: file, 1-based line number (0 for the file as a whole) and what is wrong.
    public struct Problem: Sendable, Equatable {
        public var file: String
        public var line: Int
        public var message: String

        package init(file: String, line: Int, message: String) {
            self.file = file
            self.line = line
            self.message = message
        }
    }

    public var problems: [Problem]

    package init(problems: [Problem]) { self.problems = problems }

    public var description: String {
        let lines = problems.map { $0.line > 0 ? "\($0.file):\($0.line): \($0.message)" : "\($0.file): \($0.message)" }
        return "\(problems.count) problem\(problems.count == 1 ? "" : "s") in user rules:\n"
            + lines.joined(separator: "\n")
    }
}
