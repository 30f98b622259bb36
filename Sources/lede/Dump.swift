import ArgumentParser
import Foundation
import LedeCore

/// `lede dump`: print what the parser found, as JSON or text.
struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the stories found in pages (text, HTML, or fetched from http(s) addresses).",
        discussion: "JSON: {\"pages\":[{\"path\",\"url\",\"stories\":[{\"kind\",\"headline\",\"dek\",\"section\",\"credit\",\"paragraphs\",\"expandable\",\"read\",\"saved\"}]}]}; a story has \"unsure\":true where no part of its page read clearly as an article."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    @Option(help: "Output format.")
    var format: Format = .text

    @Flag(help: "Also show the lines dropped as boilerplate, and why.")
    var debug = false

    @OptionGroup var inputs: Inputs

    @OptionGroup var stateOptions: StateOptions

    func validate() throws {
        if inputs.paths.isEmpty { throw ValidationError("give at least one PATH (or - for standard input)") }
    }

    func run() throws {
        // Pages are printed a batch at a time as they load, then let go: memory stays that of a
        // batch, whatever the number of pages. Dropped lines are only listed for --debug.
        let loader = inputs.loader(keepsDroppedLines: debug)
        let marks = format == .json ? stateOptions.marksForPrinting() : StoryMarks()
        let (files, findProblems) = loader.findFiles(inputs.paths)
        var warnings: [LoadProblem] = []
        var problems = findProblems
        var first = true
        if format == .json { Console.output(DumpFormatter.jsonStart) }
        BackgroundLoading.loadShowingProgress(files, loader: loader) { batch in
            var out: [UInt8] = []
            // A megabyte at a time: a page of hundreds of megabytes is not held twice as output.
            let flush = { (bytes: inout [UInt8]) in
                Console.output(bytes)
                bytes.removeAll(keepingCapacity: true)
            }
            for page in batch.pages {
                switch format {
                case .json: DumpFormatter.appendJSON(page, debug: debug, marks: marks, first: first, to: &out, flushAt: 1 << 20, flush: flush)
                case .text: DumpFormatter.appendText(page, debug: debug, to: &out, flushAt: 1 << 20, flush: flush)
                }
                first = false
                warnings += page.warnings.map { LoadProblem(path: page.path, message: $0) }
            }
            Console.output(out)
            problems += batch.problems
        }
        if format == .json { Console.output(DumpFormatter.jsonEnd) }
        for warning in warnings { Console.error("lede: \(warning)") }
        // Paths that could not be found were met before any page loaded: listed in the order given.
        for problem in InputOrder(inputs.paths).sorted(problems) { Console.error("lede: \(problem)") }
        if !problems.isEmpty { throw ExitCode.badInput }
    }
}
