import Foundation
import LedeTestSupport
import Testing

/// A state folder made read-only after marking: what was kept is shown and exported, the
/// reader says once that marks made now are not kept, and nothing is written or moved aside.
@Suite(.serialized)
struct ReadOnlyStateJourneyTests {
    /// chmod's EACCES, or chattr +i's EPERM for root (see `ReadOnlyPaths`).
    var reason: String { geteuid() == 0 ? "Operation not permitted" : "Permission denied" }

    func note(_ folder: StateFolder) -> String {
        "state is read-only (\(reason)): marks made now are not kept in \(folder.database)"
    }

    @Test func theReaderShowsWhatWasKeptAndSaysOnceThatMarksMadeNowAreNot() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        guard let first = try TmuxSession.startLede(folder.pages, width: 120, height: 20, stateHome: folder.stateHome) else { return }
        // Read the first story, save the second, and quit there.
        try first.press("Enter", "Tab", "j", "s")
        var screen = try first.waitFor { $0.last?.contains("saved — S lists saved stories") == true }
        #expect(screen.last?.contains("saved — S") == true, "\(screen.last ?? "")")
        try first.press("q")
        #expect(try first.exitLine() == "EXIT=0 STTY=same")
        let kept = try folder.counts()
        #expect(kept == ["schema": 2, "read": 1, "saved": 1, "places": 1])
        let before = FileManager.default.contents(atPath: folder.database)
        guard let readOnly = ReadOnlyPaths.make([folder.database, folder.stateHome + "/lede"]) else { return }
        defer { readOnly.undo() }

        // Not waiting for "? help": the note covers the status line's right half.
        guard let again = try TmuxSession.startLede(folder.pages, width: 120, height: 20, stateHome: folder.stateHome,
                                                    waitingForScreen: false) else { return }
        screen = try again.waitFor(text: "state is read-only")
        // The note fills the status line (the path is cut at its end); the heading counts the
        // stories not read, the saved one has its star, and the place is back on it.
        #expect(screen.last?.hasPrefix(" " + String(note(folder).prefix(100))) == true, "\(screen.last ?? "")")
        #expect(screen[0].contains("· 2 new"), "\(screen[0])")
        #expect(screen[2].hasPrefix("▸★ Ferry crews vote"), "\(screen[2])")
        try again.press("m")
        screen = try again.waitFor { $0.last?.contains("marked read") == true }
        #expect(screen.last?.contains("marked read") == true, "\(screen.last ?? "")")
        try again.press("j", "s")
        screen = try again.waitFor { $0.last?.contains("saved — S lists saved stories") == true }
        #expect(screen.last?.contains("saved — S") == true, "\(screen.last ?? "")")
        // Said once: no more notes, however many marks follow.
        try again.press("k", "m", "m")
        screen = try again.waitFor { $0.last?.contains("marked read") == true }
        #expect(screen.last?.contains("marked read") == true, "\(screen.last ?? "")")
        #expect(!screen.contains { $0.contains("read-only") }, "\(screen)")
        try again.press("q")
        // Once the screen is closed the note is on standard error in full, once.
        let shown = try again.waitFor { $0.contains(where: { $0.hasPrefix("EXIT=") }) }.joined(separator: "")
        #expect(shown.components(separatedBy: "lede: " + note(folder)).count == 2, "\(shown)")
        #expect(shown.contains("EXIT=0 STTY=same"), "\(shown)")

        #expect(try folder.counts() == kept)
        #expect(FileManager.default.contents(atPath: folder.database) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.stateHome + "/lede") == ["state.sqlite3"])
    }

    @Test func stateCommandsThatReadWorkAndAnImportSaysWhyItCannot() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        // The sample front page's lead story, read.
        let export = Data(#"{"lede_state":1,"read":["133a22651a5445cc"],"saved":[],"places":[]}"#.utf8)
        let made = try LedeBinary.run(["state", "--import", "-"], stdin: export, environment: folder.environment)
        #expect(made.status == 0, "\(made.stderr)")
        let before = FileManager.default.contents(atPath: folder.database)
        guard let readOnly = ReadOnlyPaths.make([folder.database, folder.stateHome + "/lede"]) else { return }
        defer { readOnly.undo() }

        let summary = try LedeBinary.run(["state"], environment: folder.environment)
        #expect(summary.status == 0)
        #expect(summary.stdout == "\(folder.database)\nschema: 2\nread: 1\nsaved: 0\nplaces: 0\n")
        #expect(summary.stderr.isEmpty, "\(summary.stderr)")
        let exported = try LedeBinary.run(["state", "--export", "-"], environment: folder.environment)
        #expect(exported.status == 0)
        #expect(exported.stdout.contains(#""133a22651a5445cc""#), "\(exported.stdout)")
        let dump = try LedeBinary.run(["dump", "--format", "json", folder.pages], environment: folder.environment)
        #expect(dump.stdout.components(separatedBy: #""read":true"#).count == 2, "\(dump.stdout.prefix(300))")
        #expect(dump.stderr.isEmpty, "\(dump.stderr)")

        let imported = try LedeBinary.run(["state", "--import", "-"], stdin: export, environment: folder.environment)
        #expect(imported.status == 1)
        #expect(imported.stdout.isEmpty)
        #expect(imported.stderr == "lede: cannot import into \(folder.database): it is read-only (\(reason))\n")
        #expect(FileManager.default.contents(atPath: folder.database) == before)
    }
}
