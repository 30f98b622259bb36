import Foundation
import LedeTestSupport
import Testing

/// `lede` as scripts see it: no terminal, exit codes, messages.
@Suite struct ReaderCommandTests {
    @Test func readerRefusesToDrawWhenOutputIsNotATerminalAndSuggestsDump() throws {
        let page = Fixtures.packageRoot.appendingPathComponent("Samples/harbor-front.txt").path
        let result = try LedeBinary.run([page])
        #expect(result.status == 2)
        #expect(result.stderr == "lede: the reader needs a terminal; to print the stories instead, use: lede dump \(page)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func withNoPathAndInputPipedTheSuggestedDumpReadsStandardInput() throws {
        // (`LedeBinary.run` gives the reader no terminal on either side.)
        let result = try LedeBinary.run([])
        #expect(result.status == 2)
        #expect(result.stderr == "lede: the reader needs a terminal; to print the stories instead, use: lede dump -\n")
    }

    /// Options before a subcommand made the reader take its name as a page (and suggest
    /// `lede dump dump …`): the reader says where the options go.
    @Test func optionsBeforeASubcommandAreAUsageErrorThatSaysWhereTheyGo() throws {
        let page = Fixtures.packageRoot.appendingPathComponent("Samples/harbor-front.txt").path
        let dump = try LedeBinary.run(["--no-state", "dump", page])
        #expect(dump.status == 2)
        #expect(dump.stderr.hasPrefix("Error: options go after the subcommand: lede dump --no-state \(page)\n"), "\(dump.stderr)")
        #expect(dump.stdout.isEmpty)
        let search = try LedeBinary.run(["--no-state", "search", "harbour", page])
        #expect(search.stderr.hasPrefix("Error: options go after the subcommand: lede search --no-state harbour \(page)\n"), "\(search.stderr)")
        // The reader's own options, which the subcommand does not take: no hint that fails in turn.
        let colour = try LedeBinary.run(["--no-color", "search", "harbour", page])
        #expect(colour.status == 2)
        #expect(colour.stderr.hasPrefix("Error: options go after the subcommand, but lede search --no-color harbour \(page) would fail too: Unknown option '--no-color'\n"), "\(colour.stderr)")
    }

    @Test func unknownOptionIsAUsageErrorWithExitCodeTwo() throws {
        let result = try LedeBinary.run(["--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '--no-such-option'"))
    }

    @Test func helpShowsHowToOpenPagesBeforeTheSubcommands() throws {
        let result = try LedeBinary.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: lede [<path> ...] [--theme <name|file>] [--no-color] [--no-state]\n       lede <subcommand>\n"))
        #expect(result.stdout.contains("The reader's options: lede read --help."))
    }

    @Test func versionPrintsTheVersion() throws {
        let result = try LedeBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }
}
