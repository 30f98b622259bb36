import Foundation
import LedeCore
import Testing

/// A pipe or device named as a page (`lede <(curl …)` names a pipe as /dev/fd/N) is read once,
/// as it comes, with standard input's limits; one found in a folder is still skipped.
@Suite struct NamedPipeTests {
    let page = Array("A headline here\n\nA paragraph long enough to be the body of a short article about the harbour.".utf8)

    /// A named pipe in a new folder. With `bytes`, another thread writes them once a reader
    /// opens it, then closes it (the end of the page).
    func namedPipe(writing bytes: [UInt8]? = nil) throws -> (path: String, folder: URL) {
        // A test that fails must not be killed by a write to a pipe nobody reads.
        signal(SIGPIPE, SIG_IGN)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("page").path
        #expect(mkfifo(path, 0o644) == 0)
        if let bytes {
            Thread.detachNewThread {
                let descriptor = open(path, O_WRONLY)
                guard descriptor >= 0 else { return }
                _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
            }
        }
        return (path, folder)
    }

    /// Lets a writer still waiting for a reader go, and removes the folder.
    func remove(_ pipe: (path: String, folder: URL)) {
        let reader = open(pipe.path, O_RDONLY | O_NONBLOCK)
        if reader >= 0 { close(reader) }
        try? FileManager.default.removeItem(at: pipe.folder)
    }

    @Test func aNamedPipeGivenByNameIsReadAsAPage() throws {
        let pipe = try namedPipe(writing: page)
        defer { remove(pipe) }
        let result = PageLoader().load([pipe.path])
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.pages.map(\.path) == [pipe.path])
        #expect(result.pages.first?.stories.map(\.headline) == ["A headline here"])
        // As for standard input: a pipe's time is only when it was written.
        #expect(result.pages.first?.modified == nil)
    }

    @Test func aNamedPipeIsHeldToTheLimit() throws {
        let pipe = try namedPipe(writing: [UInt8](repeating: 0x61, count: 2000))
        defer { remove(pipe) }
        #expect(FileBytes.contents(of: pipe.path, limit: 1000, readingStreams: true) == .failure(.tooLarge(bytes: 2000)))
    }

    @Test func aNamedPipeSendingNULBytesIsRefusedAsBinary() throws {
        let pipe = try namedPipe(writing: page + [0, 0, 0])
        defer { remove(pipe) }
        let result = PageLoader().load([pipe.path])
        #expect(result.pages.isEmpty)
        #expect(result.problems.map(\.description) == ["\(pipe.path): binary data (contains NUL bytes), skipped"])
    }

    @Test func aNamedPipeNamedTwiceIsReadOnce() throws {
        let pipe = try namedPipe()
        defer { remove(pipe) }
        let (files, problems) = PageLoader().findFiles([pipe.path, pipe.path])
        #expect(files == [pipe.path])
        #expect(problems.isEmpty)
    }

    @Test func settingsFilesStillRefuseAPipe() throws {
        let pipe = try namedPipe()
        defer { remove(pipe) }
        #expect(FileBytes.contents(of: pipe.path) == .failure(.notARegularFile))
    }
}
