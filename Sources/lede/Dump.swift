import ArgumentParser
import Foundation
import LedeCore

/// `lede dump`: print what the parser found, as JSON or text.
struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the stories found in text pages.",
        discussion: "JSON: {\"pages\":[{\"path\",\"stories\":[{\"kind\",\"headline\",\"dek\",\"section\",\"credit\",\"paragraphs\",\"expandable\"}]}]}"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    @Option(help: "Output format.")
    var format: Format = .text

    @Flag(help: "Also show the lines dropped as boilerplate, and why.")
    var debug = false

    @OptionGroup var inputs: Inputs

    func validate() throws {
        if inputs.paths.isEmpty { throw ValidationError("give at least one PATH (or - for standard input)") }
    }

    func run() throws {
        let result = BackgroundLoading.loadShowingProgress(inputs.paths)
        let output: String
        switch format {
        case .json: output = DumpFormatter.json(result.pages, debug: debug)
        case .text: output = DumpFormatter.text(result.pages, debug: debug)
        }
        Console.output(output)
        for page in result.pages {
            for warning in page.warnings { Console.error("lede: \(LoadProblem(path: page.path, message: warning))") }
        }
        for problem in result.problems { Console.error("lede: \(problem)") }
        if !result.problems.isEmpty { throw ExitCode.badInput }
    }
}
