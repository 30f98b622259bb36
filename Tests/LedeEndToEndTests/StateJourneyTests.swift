import Foundation
import LedeTestSupport
import Testing

/// Lede remembers: read marks, saved stories and the place, across runs, in a real terminal.
/// Every test has its own XDG_STATE_HOME under the temporary directory.
@Suite(.serialized)
struct StateJourneyTests {
    func start(_ folder: StateFolder, _ arguments: String? = nil, height: Int = 20) throws -> TmuxSession? {
        try TmuxSession.startLede(arguments ?? folder.pages, width: 120, height: height, stateHome: folder.stateHome)
    }

    func waitForStatus(_ session: TmuxSession, _ text: String) throws -> [String] {
        try session.waitFor { $0.last?.contains(text) == true }
    }

    @Test func readMarkSaveScrollQuitAndFindEverythingWhereItWasNextTime() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        guard let session = try start(folder) else { return }
        var screen = try session.screen()
        #expect(screen[0].contains("· 3 new"), "\(screen[0])")
        // Open the article (read), back to the list, expand and save the teaser, mark the next
        // story read and unread again, then open the last story and page down in it.
        try session.press("Enter", "Tab", "j", "x", "s")
        _ = try waitForStatus(session, "saved — S lists saved stories")
        try session.press("j", "m", "m")
        _ = try waitForStatus(session, "marked unread")
        try session.press("j", "Enter", "Space")
        screen = try waitForStatus(session, "Bot · pane")
        let pane = screen.dropLast()
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
        #expect(try folder.counts() == ["schema": 2, "read": 3, "saved": 1, "places": 1])

        guard let again = try start(folder) else { return }
        // Back in the last story, scrolled as it was, the first page counting one new story.
        screen = try waitForStatus(again, "4/4")
        #expect(screen.last?.contains("Bot · pane") == true, "\(screen.last ?? "")")
        #expect(screen.dropLast().dropFirst() == pane.dropFirst(), "\(screen)")
        #expect(screen[0].contains("· 1 new"), "\(screen[0])")
        // The expanded teaser is still expanded.
        try again.press("Tab", "g", "j")
        screen = try again.waitFor(text: "show less (x)")
        // `.`: the one unread story; `U`: only it; `S`: only the saved one.
        try again.press(".")
        screen = try again.waitFor(text: "◂  History")
        try again.press("U")
        screen = try waitForStatus(again, "1/1 · unread only")
        #expect(screen[1].hasPrefix("▸  Seventy years on"), "\(screen[1])")
        try again.press("U", "S")
        screen = try waitForStatus(again, "1/1 saved · saved only")
        // Marked saved (★) in the list.
        #expect(screen[1].hasPrefix("▸★ Ferry crews vote to stri"), "\(screen[1])")
        try again.press("Q")
        #expect(try again.exitLine() == "EXIT=0 STTY=same")
    }

    @Test func aSavedStoryIsReadFromItsCopyAfterItsFileIsGoneAndMarksFollowAMovedFile() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        guard let session = try start(folder) else { return }
        try session.press("j", "s", "j", "j", "m")
        _ = try waitForStatus(session, "marked read")
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
        try FileManager.default.removeItem(atPath: folder.pages + "/harbor-front.txt")
        try FileManager.default.moveItem(atPath: folder.pages + "/harbor-history.txt", toPath: folder.url.path + "/moved.txt")

        guard let again = try start(folder, folder.url.path + "/moved.txt") else { return }
        var screen = try again.screen()
        #expect(screen.last?.hasPrefix(" 1/1") == true)
        try again.press("S")
        screen = try waitForStatus(again, "1/1 saved · saved only")
        #expect(screen[0].hasPrefix("▸★ Ferry crews vote to stri"), "\(screen[0])")
        #expect(screen.contains { $0.contains("The union representing the city’s ferry crews") })
        try again.press("Q")
        #expect(try again.exitLine() == "EXIT=0 STTY=same")
        let dump = try LedeBinary.run(["dump", "--format", "json", folder.url.path + "/moved.txt"], environment: folder.environment)
        #expect(dump.stdout.contains(#""read":true,"saved":false"#), "\(dump.stdout.prefix(300))")
    }

    @Test func twoReadersAtOnceKeepEachOthersMarks() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        guard let first = try start(folder), let second = try start(folder) else { return }
        try first.press("m", "j", "m")
        try second.press("G", "m", "k", "m")
        _ = try waitForStatus(first, "marked read")
        _ = try waitForStatus(second, "marked read")
        try first.press("q")
        try second.press("q")
        #expect(try first.exitLine() == "EXIT=0 STTY=same")
        #expect(try second.exitLine() == "EXIT=0 STTY=same")
        #expect(try folder.counts()["read"] == 4)
    }

    @Test func killDashNineLosesNoMarkMadeASecondBefore() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        guard let session = try start(folder) else { return }
        try session.press("m", "j", "m", "j", "m")
        // Every key taken (the screen settles), then a second for the writer's batch.
        _ = try session.waitForStillScreen()
        Thread.sleep(forTimeInterval: 1.0)
        let pid = try #require(try session.foregroundProcess())
        #expect(kill(pid, SIGKILL) == 0)
        _ = try session.waitFor(text: "EXIT=137")
        let state = try LedeBinary.run(["state"], environment: folder.environment)
        #expect(state.stderr.isEmpty, "\(state.stderr)")
        #expect(try folder.counts()["read"] == 3)
    }

    @Test func aCorruptDatabaseIsMovedAsideNamingBothPathsAndLedeStartsAfresh() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.stateHome + "/lede", withIntermediateDirectories: true)
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: folder.database))
        guard let session = try start(folder) else { return }
        let screen = try session.waitFor(text: " the state database ")
        #expect(screen.last?.contains(folder.database) == true, "\(screen.last ?? "")")
        try session.press("m")
        try session.press("q")
        // Once the screen is closed the message is on standard error in full.
        let shown = try session.waitFor(text: "EXIT=0").joined(separator: "")
        #expect(shown.contains("moved it to \(folder.database).corrupt-"), "\(shown)")
        #expect(try folder.counts()["read"] == 1)
    }

    @Test func aStateFolderThatCannotBeMadeWarnsOnceAndTheReaderWorks() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        // Under a regular file, a folder cannot be made even by root (tests run as root here,
        // where permissions would not stop anything).
        try Data().write(to: URL(fileURLWithPath: folder.url.path + "/file"))
        guard let session = try TmuxSession.startLede(folder.pages, width: 120, height: 20, stateHome: folder.url.path + "/file/state") else { return }
        var screen = try session.waitFor(text: "state not saved")
        #expect(screen.last?.contains("cannot make the folder") == true, "\(screen.last ?? "")")
        try session.press("Enter", "m")
        screen = try waitForStatus(session, "marked unread")
        #expect(!screen.contains { $0.contains("state not saved") })
        try session.press("q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
    }

    @Test func noStateReadsAndWritesNothing() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        guard let session = try start(folder, "--no-state " + folder.pages) else { return }
        try session.press("m", "q")
        #expect(try session.exitLine() == "EXIT=0 STTY=same")
        #expect(!FileManager.default.fileExists(atPath: folder.stateHome))
        let dump = try LedeBinary.run(["dump", "--format", "json", folder.pages], environment: folder.environment.merging(["LEDE_NO_STATE": "1"]) { $1 })
        #expect(dump.status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.stateHome))
    }
}
