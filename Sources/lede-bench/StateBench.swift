import ArgumentParser
import Foundation
import LedeCore
import LedeState
import LedeUI

/// `lede-bench state`: the state database's figures: marking, loading marks, its size, and the
/// reader's first frame with half of a corpus marked read.
struct StateBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "state", abstract: "Measure the state database: marking, loading marks, size, and the reader's start with marks.")

    @Option(help: "Read marks to write and load.") var marks = 100_000
    @Option(help: "A folder of .txt pages: half its stories are marked read, then the real reader is timed on it.") var corpus: String?
    @Option(help: "The lede binary to time (default: beside lede-bench).") var lede: String?
    @Option(help: "Runs of the reader's start (the median is shown).") var runs = 3

    func run() throws {
        let folder = NSTemporaryDirectory() + "lede-bench-state-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/lede/state.sqlite3"
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(load) before the run")

        Report.heading("the database (\(path))")
        guard let store = StateOpening(path: path).store else { throw ValidationError("cannot open \(path)") }
        var single: [Double] = []
        for number in 0..<200 {
            single.append(Clock.measure { try? store.apply([.read(StoryIdentity(rawValue: UInt64(number) &* 0x9E37_79B9_7F4A_7C15), true)]) })
        }
        single.sort()
        Report.row("one mark, its own transaction", String(format: "%.0f µs", single[single.count / 2] * 1e6),
                   ratio: String(format: "p99 %.1f ms (on the writer thread, never the UI's)", single[single.count * 99 / 100] * 1000))
        let identities = (0..<marks).map { StoryIdentity(rawValue: UInt64($0 + 1_000) &* 0x9E37_79B9_7F4A_7C15) }
        let write = Clock.measure {
            for start in stride(from: 0, to: identities.count, by: 1_000) {
                try? store.apply(identities[start..<min(start + 1_000, identities.count)].map { .read($0, true) })
            }
        }
        Report.row("\(marks) marks in batches of 1000", Report.seconds(write), ratio: String(format: "%.1f µs a mark", write / Double(marks) * 1e6))
        store.checkpoint()
        let size = Double(store.bytesOnDisk)
        Report.row("size on disk", String(format: "%.1f MB", size / 1_048_576), ratio: String(format: "%.0f bytes a mark", size / Double(marks)),
                   target: Target(text: "< 20 MB for 100k", met: size / Double(marks) * 100_000 < 20 * 1_048_576))
        store.close()
        var loaded = StoryMarks()
        let reading = Clock.measure {
            // As the reader opens it: with the quick check for damage.
            loaded = (try? StateOpening(path: path).store?.marks()) ?? StoryMarks()
        }
        Report.row("open, check + load every mark", Report.seconds(reading), ratio: "\(loaded.read.count) marks", target: Target(text: "< 200 ms", met: reading < 0.2))

        Report.heading("the reader with \(marks) stories, half read (in this process)")
        let pages = stride(from: 0, to: marks, by: 5).map { first in
            Page(path: "/bench/\(first).txt", title: "Page \(first)", stories: (first..<min(first + 5, marks)).map { number in
                Story(kind: .article, headline: "Story number \(number) about the harbour", paragraphs: ["Opening paragraph \(number)."])
            })
        }
        var state = AppState(library: Library(pages: pages), size: Size(width: 250, height: 80))
        state.remembers = true
        let half = StoryMarks(read: Set(state.library.ids.lazy.filter { $0.rawValue % 2 == 0 }.map { state.library.identity(of: $0) }))
        let apply = Clock.measure { _ = reduce(&state, .stateLoaded(half, nil)) }
        let render = Clock.measure { _ = Screen.render(state, theme: .builtIn) }
        Report.row("apply \(half.read.count) read marks", Report.seconds(apply), ratio: "reducer, on the UI thread")
        Report.row("render a 250x80 frame with them", Report.seconds(render))
        var keys: [Double] = []
        for _ in 0..<200 { keys.append(Clock.measure { _ = reduce(&state, .key(.character("m"))) }) }
        keys.sort()
        Report.row("m (mark read / unread)", String(format: "%.1f µs", keys[keys.count / 2] * 1e6), ratio: String(format: "p99 %.3f ms, reducer", keys[keys.count * 99 / 100] * 1000),
                   target: Target(text: "< 16 ms", met: keys[keys.count * 99 / 100] < 0.016))
        var unread: [Double] = []
        for _ in 0..<50 { unread.append(Clock.measure { _ = reduce(&state, .key(.character("U"))) }) }
        unread.sort()
        Report.row("U (unread only / all)", Report.seconds(unread[unread.count / 2]), ratio: "rebuilds the list")

        guard let corpus else { return }
        try measureReader(corpus: corpus, stateHome: folder + "/corpus-state")
    }

    /// Marks every other story of `corpus` read, then times the real reader on it.
    private func measureReader(corpus: String, stateHome: String) throws {
        let files = try Corpus.files(in: corpus).paths
        var library = Library()
        PageLoader(keepsDroppedLines: false).load(files: files, firstBatch: 256, batchSize: 256) { batch in
            for page in batch.pages { library.add(page) }
        }
        // What identities add to loading: the library computes one for each story as it is added.
        var sink: UInt64 = 0
        let hashing = Clock.measure {
            for page in library.pages { for story in page.stories { sink ^= StoryIdentity(story).rawValue } }
        }
        let stories = library.pages.reduce(0) { $0 + $1.stories.count }
        var rebuilt = Library()
        let adding = Clock.measure { for page in library.pages { rebuilt.add(page) } }
        Report.heading("story identities")
        Report.row("library built from the pages", Report.seconds(adding), ratio: String(format: "%.2f µs a story, identities included", adding / Double(max(stories, 1)) * 1e6))
        // As the reader does: identities worked out on the loading thread, not while adding.
        let worked = library.pages.map { $0.withIdentities() }
        var reader = Library()
        let addingWorked = Clock.measure { for page in worked { reader.add(page) } }
        Report.row("  with identities worked out before", Report.seconds(addingWorked),
                   ratio: String(format: "%.2f µs a story: the reader's UI thread", addingWorked / Double(max(stories, 1)) * 1e6))
        Report.row("identities of \(stories) stories alone", Report.seconds(hashing),
                   ratio: String(format: "%.2f µs a story (headline normalised again)%@", hashing / Double(max(stories, 1)) * 1e6, sink == 1 ? " " : ""))
        guard let store = StateOpening(path: stateHome + "/lede/state.sqlite3").store else { throw ValidationError("cannot open the state database") }
        let read = library.ids.filter { $0.rawValue % 2 == 0 }.map { library.identity(of: $0) }
        try store.apply(read.map { .read($0, true) })
        store.checkpoint()
        store.close()
        Report.heading("the real reader on \(files.count) pages, \(library.storyCount) stories, \(read.count) read (pseudo-terminal, 250x80, median of \(runs))")
        let binary = lede ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lede").path
        let environment = "XDG_STATE_HOME=\(Shell.quote(stateHome))"
        let plain = ReaderStart.measure(lede: binary, folder: corpus, runs: runs)
        let first = ReaderStart.measure(lede: binary, folder: corpus, runs: runs, environment: environment)
        let marked = ReaderStart.measure(lede: binary, folder: corpus, runs: runs, exitFlag: "--exit-after-marks", environment: environment)
        guard let plain, let first, let marked else { return Report.row("reader", "skipped", ratio: "no lede at \(binary), or no `script`") }
        Report.row("start to first frame, no state", Report.seconds(plain.seconds))
        Report.row("start to first frame, with state", Report.seconds(first.seconds), target: Target(text: "< 0.5 s", met: first.seconds < 0.5))
        Report.row("start to a frame with the marks", Report.seconds(marked.seconds), ratio: String(format: "%.0f ms after the first frame", (marked.seconds - first.seconds) * 1000),
                   target: Target(text: "< 200 ms after", met: marked.seconds - first.seconds < 0.2))
    }
}
