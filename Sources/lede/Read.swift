import ArgumentParser
import Foundation
import LedeCore
import LedeTerminal
import LedeUI

/// `lede [PATH ...]`: the full-screen reader.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the reader (the default command).",
        discussion: "With no PATH, opens the sample pages built into Lede."
    )

    @OptionGroup var inputs: Inputs

    @OptionGroup var themeOptions: ThemeOptions

    @Flag(help: .hidden)
    var exitAfterFirstFrame = false

    func run() throws {
        // A bad theme is reported before anything else, and before the screen opens.
        let theme: Theme
        do {
            theme = try themeOptions.resolve()
        } catch let error as ThemeError {
            printError("lede: \(error)")
            throw ExitCode.badInput
        }
        guard isatty(STDOUT_FILENO) == 1 else {
            printError("lede: the reader needs a terminal; to print the stories instead, use: lede dump \(inputs.paths.joined(separator: " "))")
            throw ExitCode.usage
        }
        guard isatty(STDIN_FILENO) == 1 else {
            printError("lede: the reader needs a terminal on standard input; for piped pages use: lede dump -")
            throw ExitCode.usage
        }
        let (pages, problems) = loadPages()
        if pages.isEmpty, !problems.isEmpty {
            for problem in problems { printError("lede: \(problem)") }
            throw ExitCode.badInput
        }
        let color = themeOptions.colorEnabled()
        var state = AppState(library: Library(pages: pages), size: Size(width: 80, height: 24))
        if !problems.isEmpty { _ = reduce(&state, .loadProblems(problems)) }
        _ = reduce(&state, .loaded([], done: 1, total: 1))

        let backend: NcursesBackend
        do {
            backend = try NcursesBackend(color: color)
        } catch {
            printError("lede: \(error)")
            throw ExitCode.usage
        }
        defer { backend.close() }
        var drawing = backend
        let firstFrame = FirstFrameFlag()
        let exitEarly = exitAfterFirstFrame
        let loop = RunLoop(
            theme: theme,
            shouldStop: { TerminalGuard.stopSignal != 0 || (exitEarly && firstFrame.isDrawn) },
            afterFirstFrame: { firstFrame.isDrawn = true }
        )
        loop.run(state, backend: &drawing)
    }

    private func loadPages() -> ([Page], [LoadProblem]) {
        if inputs.paths.isEmpty { return (SamplePages.load(), []) }
        let result = PageLoader().load(inputs.paths)
        return (result.pages, result.problems)
    }
}

/// Set once the first frame is on screen (for `--exit-after-first-frame`, used by benchmarks).
private final class FirstFrameFlag: @unchecked Sendable {
    var isDrawn = false
}
