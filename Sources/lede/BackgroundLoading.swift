import Foundation
import LedeCore
import LedeUI

/// Loading many pages without making the user wait: the reader draws its first frame after a
/// small first batch, and the rest arrive in batches while the list is already on screen.
enum BackgroundLoading {
    /// Pages parsed before the first frame is drawn: small, so the first frame comes quickly.
    static let firstBatch = 64
    /// And at most this many bytes of them: a bigger page (a million lines) loads behind the first
    /// frame, with `loading` in the status line, so the first frame comes in well under a second
    /// whatever one file's size (4 MB of the shortest lines parse in about 0.2 s).
    static let firstBatchBytes = 4 << 20
    /// Pages per background batch: each batch is one update of the list and of `loading n/N`,
    /// applied on the UI thread, so small enough that a key pressed meanwhile waits ~10 ms at most.
    static let batchSize = 256
    /// And at most this many bytes of pages: a big file is a batch of its own, so the count of
    /// those after it moves on, and `lede dump` holds no more than this, parsed, at a time.
    static let batchBytes = 32 << 20

    /// Parses `files[start...]` on other threads and posts every batch to `inbox` as `.loaded`,
    /// then any problems as `.loadProblems`. The files a reader can read at once go in batches,
    /// each on all cores; a source that may keep its reader waiting (`PageLoader.mayWait`: a web
    /// address, a pipe) loads on a thread of its own, and a big file (over `firstBatchBytes`)
    /// on another, one at a time: each joins the list when it arrives, so a slow one holds back
    /// none of the pages after it.
    static func start(_ files: [String], from start: Int, loader: PageLoader, into inbox: ActionInbox) {
        let rest = files[start...]
        let progress = Progress(done: start)
        // (Each file looked at once: `mayWait` and `size` stat it.)
        let kinds = rest.map { file in PageLoader.mayWait(file) ? Kind.waiting : PageLoader.size(of: file) > firstBatchBytes ? .big : .ready }
        let alone = zip(rest, kinds).filter { $0.1 != .ready }
        let ready = zip(rest, kinds).filter { $0.1 == .ready }.map(\.0)
        for (file, kind) in alone {
            (kind == .waiting ? waitingSources : bigFiles).addOperation {
                let result = loader.load(files: [file])
                let pages = result.pages.map { $0.withIdentities() }
                progress.add(1) { done in inbox.post(.loaded(pages, done: done, total: files.count)) }
                if !result.problems.isEmpty { inbox.post(.loadProblems(result.problems)) }
            }
        }
        guard !ready.isEmpty else { return }
        Thread.detachNewThread {
            var problems: [LoadProblem] = []
            var counted = 0
            loader.load(files: ready, firstBatch: batchSize, batchSize: batchSize, maxBytes: batchBytes) { batch in
                problems += batch.problems
                // Identities here, off the UI thread that adds the pages to the library.
                let pages = batch.pages.map { $0.withIdentities() }
                progress.add(batch.done - counted) { done in inbox.post(.loaded(pages, done: done, total: files.count)) }
                counted = batch.done
            }
            if !problems.isEmpty { inbox.post(.loadProblems(problems)) }
        }
    }

    /// How a file loads: in the batches, or on its own because it may wait or is big.
    private enum Kind { case ready, waiting, big }

    /// Where sources that may keep the reader waiting load: a few at a time (a hundred web
    /// addresses are not a hundred connections at once).
    private static let waitingSources: OperationQueue = {
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 8
        return queue
    }()

    /// Where big files load: one at a time, so that a few of them hold one parsed at once, not
    /// all, beside the batches of small ones.
    private static let bigFiles: OperationQueue = {
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        return queue
    }()

    /// How many files of a load are done, counted by the threads loading them.
    private final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private var done: Int

        init(done: Int) {
            self.done = done
        }

        /// Counts `count` more files done and posts them with the count so far, in one step: a
        /// count posted after a larger one would leave `loading` short of the total for good.
        func add(_ count: Int, post: (Int) -> Void) {
            lock.withLock {
                done += count
                post(done)
            }
        }
    }

    /// Loads `files` a batch at a time for a command that prints, handing each batch to
    /// `onBatch` as it is ready; counts `loaded n/N` on standard error meanwhile when that is a
    /// terminal and standard output is not (there, the output shows the progress itself). The
    /// first batch ends before the first file that may keep it waiting (a web address, a pipe),
    /// so the pages given before a slow address print at once, as the reader shows them.
    static func loadShowingProgress(_ files: [String], loader: PageLoader, onBatch: (LoadBatch) -> Void) {
        let showProgress = Console.errorIsTerminal && !Console.outputIsTerminal && files.count > batchSize
        let first = PageLoader.firstBatchCount(of: files, maxFiles: batchSize, maxBytes: batchBytes)
        loader.load(files: files, firstBatch: first, batchSize: batchSize, maxBytes: batchBytes) { batch in
            onBatch(batch)
            if showProgress { Console.progress("lede: loaded \(batch.done)/\(batch.total) pages") }
        }
        if showProgress { Console.endProgress() }
    }
}
