import Foundation
import LedeCore
import LedeTestSupport
import Testing

/// Files that are not what a page should be: pipes, devices, files that vanish or cannot be read.
/// Each gives one clear problem, never a hang, and the other pages still load.
@Suite struct LoaderEdgeCaseTests {
    func folderWithOnePage() throws -> URL {
        let good = try HostilePages.write(Data("A headline here\n\nA paragraph long enough to be the body of a short article about the harbour.".utf8), named: "good.txt")
        return good.deletingLastPathComponent()
    }

    @Test func aNamedPipeInAFolderIsSkippedWithoutWaitingForAWriter() throws {
        let folder = try folderWithOnePage()
        defer { HostilePages.remove(folder) }
        let pipe = folder.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let result = PageLoader().load([folder.path])
        #expect(result.pages.map { ($0.path as NSString).lastPathComponent } == ["good.txt"])
        #expect(result.problems.map(\.description) == ["\(pipe): not a regular file (a pipe, device or socket), skipped"])
    }

    @Test func aFolderInsideOneGivenBeforeIsNoProblem() throws {
        let folder = try folderWithOnePage()
        defer { HostilePages.remove(folder) }
        let inner = folder.appendingPathComponent("today")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        _ = try HostilePages.write(Data("Another headline\n\nA paragraph long enough to be the body of a short article about the ferry.".utf8), named: "inner.txt", in: inner)
        let (files, problems) = PageLoader().findFiles([folder.path, inner.path])
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["good.txt", "inner.txt"])
        #expect(problems.isEmpty)
        // An empty folder is still said to be one.
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(PageLoader().findFiles([empty.path]).1.map(\.description) == ["\(empty.path): no pages (.txt, .html or .htm) in this folder"])
    }

    @Test func aPageThatGivesNoStoryIsKeptAndSaidToHoldNoText() throws {
        let folder = try folderWithOnePage()
        defer { HostilePages.remove(folder) }
        let blank = try HostilePages.write(Data("  \n\n\t\n".utf8), named: "blank.txt", in: folder)
        let shell = try HostilePages.write(Data("<!DOCTYPE html><html><head><title>App</title><script>render()</script></head><body><div id=root></div></body></html>".utf8),
                                           named: "app.html", in: folder)
        let result = PageLoader().load([folder.path])
        #expect(result.pages.map { ($0.path as NSString).lastPathComponent }.sorted() == ["app.html", "blank.txt", "good.txt"])
        let warnings = result.pages.flatMap { page in page.warnings.map { "\((page.path as NSString).lastPathComponent): \($0)" } }.sorted()
        #expect(warnings == ["app.html: shows no text (its scripts or frames may fill it in a browser)", "blank.txt: holds no text"])
        #expect(result.pages.first { $0.path == blank.path }?.stories.isEmpty == true)
        #expect(result.pages.first { $0.path == shell.path }?.stories.isEmpty == true)
    }

    @Test func aLineFeedInAPathIsShownNotSent() {
        #expect(LoadProblem(path: "miss\ning.txt", message: "no such file or folder").description == "miss\\ning.txt: no such file or folder")
    }

    @Test func theFramesOfAPageSavedCompleteAreNoPagesOfTheirOwn() throws {
        // "Web page, complete": Article.html and Article_files/ with its adverts' and widgets' frames.
        let folder = try folderWithOnePage()
        defer { HostilePages.remove(folder) }
        _ = try HostilePages.write(Data("<html><body><h1>Harbour</h1><p>Text.</p></body></html>".utf8), named: "Article.html", in: folder)
        for name in ["Article_files", "Notes_files"] {
            let resources = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: resources, withIntermediateDirectories: true)
            _ = try HostilePages.write(Data("<html><body><p>Advertisement</p></body></html>".utf8), named: "ad-frame.html", in: resources)
        }
        let (files, problems) = PageLoader().findFiles([folder.path])
        // A "_files" folder with no page of its name is an ordinary folder.
        #expect(files.map { String($0.dropFirst(folder.path.count + 1)) } == ["Article.html", "Notes_files/ad-frame.html", "good.txt"])
        #expect(problems.isEmpty)
    }

    @Test func aDeviceNamedDirectlyIsReadAsAStreamNotForever() {
        let result = PageLoader().load(["/dev/zero"])
        #expect(result.pages.isEmpty)
        #expect(result.problems.map(\.description) == ["/dev/zero: binary data (contains NUL bytes), skipped"])
    }

    @Test func aFileThatVanishesAfterItWasFoundIsAProblemAndTheRestLoads() throws {
        let folder = try folderWithOnePage()
        defer { HostilePages.remove(folder) }
        let doomed = try HostilePages.write(Data("Soon gone".utf8), named: "doomed.txt", in: folder)
        let loader = PageLoader()
        let (files, problems) = loader.findFiles([folder.path])
        #expect(problems.isEmpty && files.count == 2)
        try FileManager.default.removeItem(at: doomed)
        let result = loader.load(files: files[...])
        #expect(result.pages.count == 1)
        #expect(result.problems.map(\.description) == ["\(doomed.path): no such file or folder"])
    }

    @Test func anUnreadableFileIsNamedWithTheReason() throws {
        guard geteuid() != 0 else {
            print("skipped: running as root, which reads files whatever their permissions")
            return
        }
        let folder = try folderWithOnePage()
        defer { HostilePages.remove(folder) }
        let locked = try HostilePages.write(Data("Secret".utf8), named: "locked.txt", in: folder)
        #expect(chmod(locked.path, 0) == 0)
        let result = PageLoader().load([folder.path])
        #expect(result.pages.count == 1)
        #expect(result.problems.map(\.description) == ["\(locked.path): permission denied"])
    }

    @Test func aPageInAFolderThatMayNotBeSearchedIsDeniedNotMissing() throws {
        guard geteuid() != 0 else {
            print("skipped: running as root, which searches folders whatever their permissions")
            return
        }
        let folder = try folderWithOnePage()
        defer { chmod(folder.path, 0o755); HostilePages.remove(folder) }
        let page = folder.appendingPathComponent("good.txt").path
        #expect(FileManager.default.fileExists(atPath: page))
        #expect(chmod(folder.path, 0o600) == 0)
        #expect(PageLoader.reason(cannotRead: page) == "permission denied")
        #expect(PageLoader.reason(cannotRead: folder.appendingPathComponent("absent.txt").path) == "permission denied")
    }

    @Test func anUnreadableFolderIsNamedOnceWithTheReason() throws {
        guard geteuid() != 0 else {
            print("skipped: running as root, which reads folders whatever their permissions")
            return
        }
        let folder = try folderWithOnePage()
        defer { chmod(folder.path, 0o755); HostilePages.remove(folder) }
        #expect(chmod(folder.path, 0) == 0)
        let (files, problems) = PageLoader().findFiles([folder.path])
        #expect(files.isEmpty)
        #expect(problems.map(\.description) == ["\(folder.path): permission denied"])
    }
}
