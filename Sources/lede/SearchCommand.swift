import ArgumentParser
import Foundation
import LedeCore

/// `lede search QUERY PATH…`: ranked stories matching a query.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Print the stories that match a query, best first.",
        discussion: """
        Words are all required; "exact phrase" in quotes; -word excludes; case and accents do not \
        matter (cafe finds Café). Exit status: 0 with matches, 3 when nothing matched, 1 when a \
        page could not be read, 2 for bad usage.
        """
    )

    @Option(help: "Output format.")
    var format: Dump.Format = .text

    @Option(parsing: .unconditional, help: "Show at most this many stories.")  // (so "--limit -1" is read as a number, and refused as one)
    var limit = 20

    @Argument(help: "The query (quote it for several words).")
    var query: String

    @Flag(help: "Only stories not marked read in the state database.")
    var unread = false

    @Flag(help: "Only stories saved in the state database.")
    var saved = false

    @OptionGroup var inputs: Inputs

    @OptionGroup var stateOptions: StateOptions

    func validate() throws {
        if inputs.paths.isEmpty {
            // "lede search -storm PATH": the excluded word reads as options, the path as the query.
            if let dashed = Self.dashedWord(in: CommandLine.arguments.dropFirst()) {
                throw ValidationError("'\(dashed)' reads as an option: put the query after --, with a word to find: lede search -- 'WORD \(dashed)' PATH")
            }
            throw ValidationError("give at least one PATH to search (or - for standard input)")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        // (Without the database every story would pass as unread and none as saved, saying nothing.)
        if unread || saved, stateOptions.databasePath == nil {
            throw ValidationError("--\(saved ? "saved" : "unread") reads the state database, and this run has none (--no-state, LEDE_NO_STATE, or no HOME)")
        }
    }

    /// The first argument before any `--` that opens with one dash and a letter: a query's
    /// excluded word taken for options.
    static func dashedWord(in arguments: ArraySlice<String>) -> String? {
        arguments.prefix { $0 != "--" }.first { $0.count > 1 && $0.hasPrefix("-") && !$0.hasPrefix("--") && $0.dropFirst().first!.isLetter }
    }

    func run() throws {
        let result = inputs.loader(keepsDroppedLines: false).load(inputs.paths)  // search never shows them
        for problem in result.problems { Console.error("lede: \(problem)") }
        let library = Library(pages: result.pages)
        let parsed = SearchQuery(parsing: query)
        guard !parsed.isEmpty else {
            // (A query of -words alone: say what they do; an empty one needs no explaining.)
            Console.error("lede: the query has no word to search for" + (query.contains("-") ? " (a -word only leaves out stories that have it)" : ""))
            throw ExitCode.usage
        }
        if parsed.leftTermsOut { Console.error("lede: only the first \(SearchQuery.maximumTerms) words of the query count") }
        let marks = stateOptions.marksForPrinting()
        var hits = SearchIndex(library: library).search(parsed, limit: unread || saved ? library.storyCount : limit)
        if unread { hits.removeAll { marks.read.contains(library.identity(of: $0.id)) } }
        if saved { hits.removeAll { marks.saved[library.identity(of: $0.id)] == nil } }
        hits = Array(hits.prefix(limit))
        let rows = SearchResultFormatter.rows(for: hits, query: parsed, library: library, marks: marks)
        let output = format == .json ? SearchResultFormatter.json(rows) : SearchResultFormatter.text(rows)
        Console.output(output)
        if !result.problems.isEmpty { throw ExitCode.badInput }
        if hits.isEmpty {
            // A pasted page as the query would fill the terminal: quote at most a line of it.
            // (Under --unread or --saved, stories may match and be left out: say which were looked for.)
            let kind = unread && saved ? "unread saved " : unread ? "unread " : saved ? "saved " : ""
            if format == .text { Console.error("lede: no \(kind)stories match \(TextLayout.truncate(Sanitizer.clean(query), width: 60))") }
            throw ExitCode(3)
        }
    }
}
