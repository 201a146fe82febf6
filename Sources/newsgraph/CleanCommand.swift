import ArgumentParser
import NewsGraph

struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Show what boilerplate removal keeps of an article: its content blocks with offsets.",
        discussion: """
            One line per block: START-END (code points into the text as given), a tab, the block text.
            With --sentences, one line per sentence instead.

            Example:
              newsgraph clean seeds/000_5c569fa6e81c3a0d.txt
            """
    )

    @Argument(help: "Files or folders of articles.")
    var paths: [String]

    @Flag(help: "List sentences rather than blocks.")
    var sentences = false

    func run() throws {
        let reader = ArticleReader()
        let (files, errors) = reader.files(in: paths)
        var failures = errors
        var output = StandardOutput()
        for file in files {
            do {
                for read in try reader.articles(inFile: file) {
                    let text = TextBuffer(read.text)
                    let cleaned = Cleaner().clean(text)
                    let article = MetadataSniffer.filling(read, text: text, cleaned: cleaned)
                    output.write(
                        "# \(article.externalID)\(article.title.map { "  title: \($0)" } ?? "")"
                            + "\(article.author.map { "  author: \($0)" } ?? "")\(article.date.map { "  date: \($0)" } ?? "")\n"
                    )
                    let blocks = cleaned.blocks
                    let ranges =
                        sentences ? Tokenizer.document(text: text, blocks: blocks).sentences.map(\.range) : blocks
                    for range in ranges {
                        let shown = text[range].split(whereSeparator: \.isNewline).joined(separator: " ")
                        output.write("\(range.start)-\(range.end)\t\(shown)\n")
                    }
                }
            } catch {
                failures.append(error)
            }
        }
        output.flush()
        for failure in failures { StandardError.print("error: \(failure)") }
        if !failures.isEmpty { throw ExitCode.failure }
    }
}
