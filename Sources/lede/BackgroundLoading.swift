import Foundation
import LedeCore
import LedeUI

/// Loading many pages without making the user wait: the reader draws its first frame after a
/// small first batch, and the rest arrive in batches while the list is already on screen.
enum BackgroundLoading {
    /// Pages parsed before the first frame is drawn: small, so the first frame comes quickly.
    static let firstBatch = 64
    /// Pages per background batch: each batch is one update of the list and of `loading n/N`,
    /// applied on the UI thread, so small enough that a key pressed meanwhile waits ~10 ms at most.
    static let batchSize = 256

    /// Parses `files[start...]` on another thread (each batch on all cores) and posts every batch
    /// to `inbox` as `.loaded`, then any problems as `.loadProblems`.
    static func start(_ files: [String], from start: Int, loader: PageLoader, into inbox: ActionInbox) {
        let rest = Array(files[start...])
        Thread.detachNewThread {
            var problems: [LoadProblem] = []
            loader.load(files: rest, firstBatch: batchSize, batchSize: batchSize) { batch in
                problems += batch.problems
                inbox.post(.loaded(batch.pages, done: start + batch.done, total: files.count))
            }
            if !problems.isEmpty { inbox.post(.loadProblems(problems)) }
        }
    }

    /// Loads everything under `paths` for a command that prints, counting `loaded n/N` on standard
    /// error while it runs when standard error is a terminal.
    static func loadShowingProgress(_ paths: [String], loader: PageLoader = PageLoader()) -> LoadResult {
        let (files, problems) = loader.findFiles(paths)
        var result = LoadResult(pages: [], problems: problems)
        let showProgress = Console.errorIsTerminal && files.count > batchSize
        loader.load(files: files, firstBatch: batchSize, batchSize: batchSize) { batch in
            result.pages += batch.pages
            result.problems += batch.problems
            if showProgress { Console.progress("lede: loaded \(batch.done)/\(batch.total) pages") }
        }
        if showProgress { Console.endProgress() }
        return result
    }
}
