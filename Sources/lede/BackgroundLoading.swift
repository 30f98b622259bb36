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

    /// Parses `files[start...]` on another thread (each batch on all cores) and posts every batch
    /// to `inbox` as `.loaded`, then any problems as `.loadProblems`.
    static func start(_ files: [String], from start: Int, loader: PageLoader, into inbox: ActionInbox) {
        let rest = Array(files[start...])
        Thread.detachNewThread {
            var problems: [LoadProblem] = []
            loader.load(files: rest, firstBatch: batchSize, batchSize: batchSize, maxBytes: batchBytes) { batch in
                problems += batch.problems
                // Identities here, off the UI thread that adds the pages to the library.
                inbox.post(.loaded(batch.pages.map { $0.withIdentities() }, done: start + batch.done, total: files.count))
            }
            if !problems.isEmpty { inbox.post(.loadProblems(problems)) }
        }
    }

    /// Loads `files` a batch at a time for a command that prints, handing each batch to
    /// `onBatch` as it is ready; counts `loaded n/N` on standard error meanwhile when that is a
    /// terminal and standard output is not (there, the output shows the progress itself).
    static func loadShowingProgress(_ files: [String], loader: PageLoader, onBatch: (LoadBatch) -> Void) {
        let showProgress = Console.errorIsTerminal && !Console.outputIsTerminal && files.count > batchSize
        loader.load(files: files, firstBatch: batchSize, batchSize: batchSize, maxBytes: batchBytes) { batch in
            onBatch(batch)
            if showProgress { Console.progress("lede: loaded \(batch.done)/\(batch.total) pages") }
        }
        if showProgress { Console.endProgress() }
    }
}
