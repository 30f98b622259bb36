import Dispatch
import Foundation

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
    /// the others `batchSize`; a batch also ends after `maxBytes` of files, so a big file does not
    /// hold back the count of those after it, and a printing command holds one batch at a time.
    public func load(files: [String], firstBatch: Int, batchSize: Int, maxBytes: Int = .max, onBatch: (LoadBatch) -> Void) {
        let ranges = Self.batches(count: files.count, firstBatch: firstBatch, batchSize: batchSize, maxBytes: maxBytes) {
            maxBytes == .max ? 0 : Self.size(of: files[$0])
        }
        for range in ranges {
            let result = load(files: files[range])
            onBatch(LoadBatch(pages: result.pages, problems: result.problems, done: range.upperBound, total: files.count))
        }
    }

    /// How many of `files`, from the first, make a first batch of at most `maxFiles` files and
    /// `maxBytes` bytes (as the files' sizes say now), up to the first that may keep the reader
    /// waiting (`mayWait`). A first file over `maxBytes`, or one that may wait, gives 0: the
    /// reader then draws its first frame at once and loads that file behind it.
    public static func firstBatchCount(of files: [String], maxFiles: Int, maxBytes: Int) -> Int {
        var bytes = 0
        for (index, file) in files.prefix(maxFiles).enumerated() {
            if mayWait(file) { return index }
            bytes += size(of: file)
            if bytes > maxBytes { return index }
        }
        return min(files.count, maxFiles)
    }

    /// Whether reading `file` can take as long as its writer likes: a web address (up to the
    /// fetch's timeout), standard input (`-`) when it is not the terminal, a named pipe or a
    /// device. A regular file, or a path that cannot be looked at, answers at once.
    public static func mayWait(_ file: String) -> Bool {
        if WebAddress.isFetchable(file) { return true }
        if file == "-" { return isatty(STDIN_FILENO) == 0 }
        var status = stat()
        return stat(file, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG && (status.st_mode & S_IFMT) != S_IFDIR
    }

    /// A file's size now (0 for standard input or a file that cannot be looked at).
    public static func size(of file: String) -> Int {
        var status = stat()
        return stat(file, &status) == 0 ? Int(status.st_size) : 0
    }

    /// The ranges of a streaming load of `count` files: `firstBatch` files, then `batchSize` at a
    /// time (sizes below 1 count as 1), each ended early once its files (`size(index)` bytes
    /// each) pass `maxBytes`; every batch has at least one file. Covers `0..<count` exactly, in order.
    public static func batches(count: Int, firstBatch: Int, batchSize: Int, maxBytes: Int = .max, size: (Int) -> Int = { _ in 0 }) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var limit = max(1, firstBatch)
        while start < count {
            var end = start
            var bytes = 0
            while end < count, end - start < limit {
                bytes += size(end)
                if bytes > maxBytes, end > start { break }
                end += 1
                if bytes >= maxBytes { break }
            }
            ranges.append(start..<end)
            start = end
            limit = max(1, batchSize)
        }
        return ranges
    }
}
