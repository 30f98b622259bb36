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

    @OptionGroup var stateOptions: StateOptions

    @Flag(help: .hidden)
    var exitAfterFirstFrame = false

    /// For lede-bench: exit after the first frame drawn once the state database's marks are in.
    @Flag(help: .hidden)
    var exitAfterMarks = false

    /// For lede-bench: draw frames through ncurses, write their times to this file, and exit.
    @Option(help: .hidden)
    var benchmarkRedraws: String?

    func run() throws {
        // A bad theme is reported before anything else, and before the screen opens.
        let theme: Theme
        do {
            theme = try themeOptions.resolve()
        } catch let error as ThemeError {
            Console.error("lede: \(error)")
            throw ThemeOptions.exitCode(for: error, fromOption: themeOptions.theme != nil)
        }
        // So is a mistake in config.toml's [keys].
        let keymap: Keymap
        do {
            keymap = try Keymap.configured(ProcessInfo.processInfo.environment)
        } catch let error as ThemeError {
            Console.error("lede: \(error)")
            throw ExitCode.badInput
        }
        guard isatty(STDOUT_FILENO) == 1 else {
            // (With no PATH, the command suggested names what dump would need: a PATH, or `-` for piped input.)
            let given = inputs.paths.isEmpty ? (isatty(STDIN_FILENO) == 0 ? "-" : "PATH") : inputs.paths.joined(separator: " ")
            Console.error("lede: the reader needs a terminal; to print the stories instead, use: lede dump \(given)")
            throw ExitCode.usage
        }
        // A page piped in with no PATH is read as `-` (cat page.txt | lede); keys then come from
        // /dev/tty. It is read behind the first frame, joining the list when it arrives, as do web
        // addresses and named pipes (`PageLoader.mayWait`); standard input that is the terminal
        // (`lede -`, a page typed in) is read first, before the screen takes the keys.
        let paths = inputs.paths.isEmpty && isatty(STDIN_FILENO) == 0 ? ["-"] : inputs.paths
        FrameMemory.keepInHeap()  // before the loading threads start: it is process-wide
        // The state database opens first, beside the first pages' parsing: its marks are then
        // in the inbox by the first frame, before background loading takes every core.
        // Where the reader was is remembered for these paths as given (the samples: no paths).
        let inbox = ActionInbox()
        let placeKey = Place.key(for: paths, currentDirectory: FileManager.default.currentDirectoryPath)
        let memory = stateOptions.databasePath.map { ReaderMemory(path: $0, placeKey: placeKey, inbox: inbox) }
        // The first pages load before the first frame; the rest load in the background on all
        // cores, in batches, while the list is already on screen.
        let loader = inputs.loader(keepsDroppedLines: false)
        var (files, findProblems) = paths.isEmpty ? ([], []) : loader.findFiles(paths)
        if isatty(STDIN_FILENO) == 1, let dash = files.firstIndex(of: "-") {
            files.insert(files.remove(at: dash), at: 0)
            // Nothing is on screen yet, and the terminal echoes what is typed: say what it waits for.
            Console.error("lede: reading a page from the terminal: type or paste it, then press Ctrl-D")
        }
        let firstCount = PageLoader.firstBatchCount(of: files, maxFiles: BackgroundLoading.firstBatch, maxBytes: BackgroundLoading.firstBatchBytes)
        let first = paths.isEmpty ? LoadResult(pages: SamplePages.load(), problems: []) : loader.load(files: files[..<firstCount])
        let inputOrder = InputOrder(paths)
        let problems = inputOrder.sorted(findProblems + first.problems)
        if first.pages.isEmpty, files.count <= firstCount, !problems.isEmpty {
            for problem in problems { Console.error("lede: \(problem)") }
            throw ExitCode.badInput
        }
        var state = AppState(library: Library(pages: first.pages), size: Size(width: 80, height: 24), inputOrder: inputOrder)
        state.keymap = keymap
        if !problems.isEmpty { _ = reduce(&state, .loadProblems(problems)) }
        if memory != nil {
            state.remembers = true
            state.placeKey = placeKey
        }
        if files.count > firstCount {
            state.loading = (firstCount, files.count)
            BackgroundLoading.start(files, from: firstCount, loader: loader, into: inbox)
        }

        let backend: NcursesBackend
        do {
            backend = try NcursesBackend(color: themeOptions.colorEnabled())
        } catch {
            Console.error("lede: \(error)")
            throw ExitCode.usage
        }
        defer { backend.close() }
        if let report = benchmarkRedraws {
            try RedrawBenchmark.run(state, backend: backend, theme: theme, reportTo: report)
            return
        }
        var drawing = backend
        let firstFrame = FirstFrameFlag()
        let exitEarly = exitAfterFirstFrame
        let exitAfterMarks = exitAfterMarks && memory != nil
        var loop = RunLoop(
            theme: theme,
            inbox: inbox,
            shouldStop: { TerminalGuard.stopSignal != 0 || (exitEarly && firstFrame.isDrawn) || (exitAfterMarks && firstFrame.marksDrawn) },
            afterFirstFrame: { firstFrame.isDrawn = true },
            remember: { memory?.post($0) }
        )
        loop.afterFrame = { if memory?.marksPosted == true { firstFrame.marksDrawn = true } }
        let final = loop.run(state, backend: &drawing)
        backend.close()
        // After the screen is closed, so the paths in them can be read in full. A benchmark's
        // early exit made no change, and does not wait for the database.
        for note in memory?.close(waiting: !exitEarly) ?? [] { Console.error("lede: \(note)") }
        for note in final.loadWarnings + final.loadProblems { Console.error("lede: \(note)") }
        // Stopped by a signal: the terminal is restored; exit as the shell expects (128 + signal).
        if TerminalGuard.stopSignal != 0 { throw ExitCode(128 + TerminalGuard.stopSignal) }
        if !final.loadProblems.isEmpty { throw ExitCode.badInput }
    }
}

/// Set once the first frame is on screen (for `--exit-after-first-frame`, used by benchmarks).
private final class FirstFrameFlag: @unchecked Sendable {
    var isDrawn = false
    /// A frame was drawn after the state database's marks were posted (so with them applied).
    var marksDrawn = false
}
