import ArgumentParser
import Foundation

/// `lede`: a terminal reader for saved news pages.
@main
struct Lede: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "A terminal reader for saved news pages.",
        // The reader is what `lede` alone runs: its usage comes first, not only `<subcommand>`.
        usage: """
        lede [<path> ...] [--theme <name|file>] [--no-color] [--no-state]
        lede <subcommand>
        """,
        discussion: """
        Browse the headlines of text pages saved from news sites, read the full stories without \
        boilerplate, expand teasers with "keep reading", and search everything by keyword. \
        Keys, config.toml (theme, [keys]), files and environment: man lede. The reader's \
        options: lede read --help.
        """,
        version: version,
        subcommands: [Read.self, Dump.self, SearchCommand.self, StateCommand.self, ThemesCommand.self],
        defaultSubcommand: Read.self
    )

    /// Exit codes: 0 ok, 1 bad input, 2 bad usage (ArgumentParser's own usage code is 64).
    /// ArgumentParser's messages quote the arguments as typed, so they are printed through
    /// `Console` like every other message rather than by `exit(withError:)`.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Console.print(Completions.patched(message) + "\n") }
            } else if !message.isEmpty {
                Console.error(message)
            }
            Foundation.exit(code == .validationFailure ? ExitCode.usage.rawValue : code.rawValue)
        }
    }
}

extension ExitCode {
    static let badInput = ExitCode(1)
    static let usage = ExitCode(2)
}
