import Foundation
@testable import LedeCore
import Testing

@Suite struct LoaderStreamingTests {
    /// A fresh folder with `count` small pages named page-000.txt …, each headed `Story N`.
    static func folder(pages count: Int) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for number in 0..<count {
            let text = "Story \(number) about the harbour gates\n\nThe council met on Tuesday and voted to keep the harbour gates closed for the winter season.\n"
            try Data(text.utf8).write(to: url.appendingPathComponent(String(format: "page-%03d.txt", number)))
        }
        return url
    }

    @Test func batchesCoverEveryFileOnceFirstSmallThenFull() {
        #expect(PageLoader.batches(count: 10, firstBatch: 2, batchSize: 4) == [0..<2, 2..<6, 6..<10])
        #expect(PageLoader.batches(count: 3, firstBatch: 64, batchSize: 1024) == [0..<3])
        #expect(PageLoader.batches(count: 0, firstBatch: 2, batchSize: 4) == [])
        #expect(PageLoader.batches(count: 3, firstBatch: 0, batchSize: 0) == [0..<1, 1..<2, 2..<3])
    }

    @Test func streamingLoadHandsOverBatchesInFileOrderWithRunningCounts() throws {
        let root = try Self.folder(pages: 11)
        defer { try? FileManager.default.removeItem(at: root) }
        let loader = PageLoader()
        let (files, problems) = loader.findFiles([root.path])
        #expect(problems.isEmpty)
        var batches: [LoadBatch] = []
        loader.load(files: files, firstBatch: 3, batchSize: 5) { batches.append($0) }
        #expect(batches.map(\.done) == [3, 8, 11])
        #expect(batches.map(\.total) == [11, 11, 11])
        #expect(batches.map(\.pages.count) == [3, 5, 3])
        #expect(batches.flatMap(\.pages).map(\.path) == files)
        #expect(batches.flatMap(\.pages).map(\.path) == files.sorted())
    }

    @Test func streamingLoadMatchesLoadingAllAtOnce() throws {
        let root = try Self.folder(pages: 7)
        defer { try? FileManager.default.removeItem(at: root) }
        let loader = PageLoader()
        let whole = loader.load([root.path])
        var streamed: [Page] = []
        loader.load(files: loader.findFiles([root.path]).files, firstBatch: 2, batchSize: 2) { streamed += $0.pages }
        #expect(streamed.map(\.path) == whole.pages.map(\.path))
        #expect(streamed.map { $0.stories.map(\.headline) } == whole.pages.map { $0.stories.map(\.headline) })
        #expect(streamed.map { $0.stories.map(\.paragraphs) } == whole.pages.map { $0.stories.map(\.paragraphs) })
    }

    @Test func aFileThatCannotBeReadIsAProblemInItsOwnBatch() throws {
        let root = try Self.folder(pages: 4)
        defer { try? FileManager.default.removeItem(at: root) }
        let binary = root.appendingPathComponent("page-001.txt")
        try Data([0x41, 0x00, 0x42]).write(to: binary)
        var files = PageLoader().findFiles([root.path]).files
        files.insert(root.appendingPathComponent("gone.txt").path, at: 3)
        var batches: [LoadBatch] = []
        PageLoader().load(files: files, firstBatch: 2, batchSize: 2) { batches.append($0) }
        #expect(batches.map(\.pages.count) == [1, 1, 1])
        #expect(batches[0].problems == [LoadProblem(path: binary.path, message: "binary file (contains NUL bytes), skipped")])
        #expect(batches[1].problems == [LoadProblem(path: files[3], message: "no such file or folder")])
        #expect(batches[2].problems.isEmpty)
    }

    @Test func readsWholeFilesWhateverTheirSize() throws {
        let root = try Self.folder(pages: 0)
        defer { try? FileManager.default.removeItem(at: root) }
        for size in [0, 1, 255, 256, 257, 70_000, 3_000_001] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let file = root.appendingPathComponent("file-\(size).txt")
            try Data(bytes).write(to: file)
            #expect(try FileBytes.contents(of: file.path).get() == bytes, "size \(size)")
        }
        #expect(FileBytes.contents(of: root.path) == .failure(.notARegularFile))
        #expect(FileBytes.contents(of: root.appendingPathComponent("missing.txt").path) == .failure(.cannotOpen))
    }

    @Test func aFolderNamedAsAFileIsAProblemNotACrash() throws {
        let root = try Self.folder(pages: 0)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: LoadProblem.self) { try PageLoader().loadFile(root.path).get() }
    }
}

@Suite struct LoaderDroppedLinesTests {
    @Test func theReadersLoaderKeepsStoriesButNotTheDroppedBoilerplate() throws {
        let root = try LoaderStreamingTests.folder(pages: 1)
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("menu.txt")
        try Data("Menu\nSign in\n\nHarbour gates hold as the storm passes the city\n\nThe council kept the harbour gates closed through the night, and the water stayed out of the old town.\n".utf8).write(to: file)
        let full = try PageLoader().loadFile(file.path).get()
        let lean = try PageLoader(keepsDroppedLines: false).loadFile(file.path).get()
        #expect(!full.dropped.isEmpty)
        #expect(lean.dropped.isEmpty)
        #expect(lean.stories == full.stories)
    }
}

@Suite struct LoaderBatchBytesTests {
    @Test func aBatchEndsOnceItsFilesPassTheByteLimitAndABigFileIsABatchOfItsOwn() {
        let sizes = [3, 20, 3, 3, 4, 1, 10]
        let ranges = PageLoader.batches(count: sizes.count, firstBatch: 2, batchSize: 5, maxBytes: 10) { sizes[$0] }
        #expect(ranges == [0..<1, 1..<2, 2..<5, 5..<6, 6..<7])
    }

    @Test func withoutAByteLimitBatchesAreCountedInFiles() {
        #expect(PageLoader.batches(count: 7, firstBatch: 2, batchSize: 5, maxBytes: .max) { _ in 1 << 40 } == [0..<2, 2..<7])
    }

    @Test func aFirstFileOverTheFirstBatchBudgetLeavesTheFirstBatchEmpty() throws {
        let root = try LoaderStreamingTests.folder(pages: 3)
        defer { try? FileManager.default.removeItem(at: root) }
        let files = PageLoader().findFiles([root.path]).files
        let big = root.appendingPathComponent("big.txt").path
        try Data(repeating: 0x61, count: 5000).write(to: URL(fileURLWithPath: big))
        #expect(PageLoader.firstBatchCount(of: [big] + files, maxFiles: 64, maxBytes: 4096) == 0)
        #expect(PageLoader.firstBatchCount(of: files + [big], maxFiles: 64, maxBytes: 4096) == 3)
        #expect(PageLoader.firstBatchCount(of: files + [big], maxFiles: 2, maxBytes: 4096) == 2)
        #expect(PageLoader.firstBatchCount(of: files, maxFiles: 64, maxBytes: 1 << 20) == 3)
    }

    /// A web address or a named pipe can keep the reader waiting as long as its other end likes:
    /// the first batch stops before it, and the reader draws its first frame without it.
    @Test func theFirstBatchStopsBeforeASourceThatMayWait() throws {
        let root = try LoaderStreamingTests.folder(pages: 3)
        defer { try? FileManager.default.removeItem(at: root) }
        let files = PageLoader().findFiles([root.path]).files
        let pipe = root.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(PageLoader.firstBatchCount(of: files + ["https://example.org/story"] + files, maxFiles: 64, maxBytes: 1 << 20) == 3)
        #expect(PageLoader.firstBatchCount(of: [files[0], pipe, files[1]], maxFiles: 64, maxBytes: 1 << 20) == 1)
        #expect(PageLoader.firstBatchCount(of: ["http://example.org/"] + files, maxFiles: 64, maxBytes: 1 << 20) == 0)
        // A path that is not there fails at once: it waits for nothing.
        #expect(PageLoader.firstBatchCount(of: [root.appendingPathComponent("gone.txt").path] + files, maxFiles: 64, maxBytes: 1 << 20) == 4)
    }
}
