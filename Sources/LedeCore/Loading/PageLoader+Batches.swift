import Dispatch

/// Pages loaded by one step of a streaming load, and how far the load has come.
public struct LoadBatch: Sendable {
    /// This batch's pages, in the order of the files.
    public var pages: [Page]
    /// This batch's files that could not be loaded.
    public var problems: [LoadProblem]
    /// Files loaded so far, this batch included.
    public var done: Int
    /// Files in the whole load.
    public var total: Int

    public init(pages: [Page], problems: [LoadProblem], done: Int, total: Int) {
        self.pages = pages
        self.problems = problems
        self.done = done
        self.total = total
    }
}

extension PageLoader {
    /// The files `paths` name (folders expanded), and the paths that could not be used.
    public func findFiles(_ paths: [String]) -> (files: [String], problems: [LoadProblem]) {
        let (files, problems) = PageFinder.files(in: paths)
        return (files, problems)
    }

    /// Reads and parses `files` on all cores; pages keep the order of `files`.
    public func load(files: ArraySlice<String>) -> LoadResult {
        let files = Array(files)
        var slots = [Result<Page, LoadProblem>?](repeating: nil, count: files.count)
        slots.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let base = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                (base + index).pointee = loadFile(files[index])
            }
        }
        var result = LoadResult(pages: [], problems: [])
        for slot in slots {
            switch slot {
            case .success(let page)?: result.pages.append(page)
            case .failure(let problem)?: result.problems.append(problem)
            case nil: break
            }
        }
        return result
    }

    /// Loads `files` in order, a batch at a time, each batch parsed on all cores, and hands every
    /// batch to `onBatch` (on the calling thread) as soon as it is ready — so a reader can show
    /// the first pages while the rest are still being read. The first batch is `firstBatch` files,
    /// the others `batchSize`.
    public func load(files: [String], firstBatch: Int, batchSize: Int, onBatch: (LoadBatch) -> Void) {
        for range in Self.batches(count: files.count, firstBatch: firstBatch, batchSize: batchSize) {
            let result = load(files: files[range])
            onBatch(LoadBatch(pages: result.pages, problems: result.problems, done: range.upperBound, total: files.count))
        }
    }

    /// The ranges of a streaming load of `count` files: `firstBatch` files, then `batchSize` at a
    /// time (sizes below 1 count as 1). Covers `0..<count` exactly, in order.
    public static func batches(count: Int, firstBatch: Int, batchSize: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var size = max(1, firstBatch)
        while start < count {
            let end = min(count, start + size)
            ranges.append(start..<end)
            start = end
            size = max(1, batchSize)
        }
        return ranges
    }
}
