import ArgumentParser
import LedeCore

/// `lede-bench stopword-keys`: prints `StopWordKeys.swift`, the stop-word lists' keys as the
/// parser hashes them (computed here, by the parser's own code, so the written keys and a
/// page's words can never be hashed apart).
struct StopWordKeys: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stopword-keys", abstract: "Print StopWordKeys.swift, the stop-word lists' keys.")

    func run() throws {
        print(StopWordKeyFile.source(), terminator: "")
    }
}
