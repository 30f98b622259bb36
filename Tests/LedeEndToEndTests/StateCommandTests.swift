import Foundation
import LedeTestSupport
import Testing

/// `lede state`, and the state in `lede dump` and `lede search`, as scripts use them.
@Suite struct StateCommandTests {
    /// A fresh state folder, checked: `lede dump` there marks nothing and creates no database.
    func unmarkedFolder() throws -> StateFolder {
        let folder = try StateFolder()
        let dump = try LedeBinary.run(["dump", "--format", "json", folder.pages], environment: folder.environment)
        #expect(!FileManager.default.fileExists(atPath: folder.database), "lede dump created the database")
        #expect(dump.stdout.contains(#""expandable":false,"read":false,"saved":false"#))
        return folder
    }

    @Test func stateSaysWhereTheDatabaseIsBeforeItExists() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let result = try LedeBinary.run(["state"], environment: folder.environment)
        #expect(result.status == 0)
        #expect(result.stdout == "\(folder.database) (not created yet)\nread: 0\nsaved: 0\nplaces: 0\n")
    }

    /// Exporting before anything is marked exports nothing, and creates no database.
    @Test func exportBeforeTheDatabaseExistsIsEmptyAndCreatesNothing() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let result = try LedeBinary.run(["state", "--export", "-"], environment: folder.environment)
        #expect(result.status == 0)
        #expect(result.stdout == "{\n  \"lede_state\" : 1,\n  \"places\" : [\n\n  ],\n  \"read\" : [\n\n  ],\n  \"saved\" : [\n\n  ]\n}\n")
        #expect(!FileManager.default.fileExists(atPath: folder.database), "lede state --export created the database")
    }

    /// A look at the state (dump, search, state, its export) never moves a broken database
    /// aside: an older Lede beside a newer one would throw the newer one's marks away.
    @Test func commandsThatOnlyReadLeaveABrokenDatabaseWhereItIs() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: (folder.database as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let junk = Data(repeating: 0x41, count: 8192)
        FileManager.default.createFile(atPath: folder.database, contents: junk)
        for arguments in [["dump", "--format", "json", folder.pages], ["search", "storm", folder.pages], ["state"], ["state", "--export", "-"]] {
            let result = try LedeBinary.run(arguments, environment: folder.environment)
            #expect(result.stderr.contains("lede: state not used: \(folder.database) is corrupt ("), "\(arguments): \(result.stderr)")
            #expect(FileManager.default.contents(atPath: folder.database) == junk, "\(arguments)")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: (folder.database as NSString).deletingLastPathComponent)
        #expect(left == ["state.sqlite3"])
    }

    @Test func anExportThatCannotBeWrittenSaysWhyInOneLine() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let missing = try LedeBinary.run(["state", "--export", "/proc/nope.json"], environment: folder.environment)
        #expect(missing.status == 1)
        #expect(missing.stderr == "lede: cannot write /proc/nope.json: no such file or folder\n")
        #expect(!FileManager.default.fileExists(atPath: folder.database), "lede state --export created the database")
        // From a database that exists, the same.
        _ = try LedeBinary.run(["state", "--import", "-"], stdin: Data(#"{"lede_state":1,"read":[],"saved":[],"places":[]}"#.utf8), environment: folder.environment)
        #expect(FileManager.default.fileExists(atPath: folder.database))
        let folderPath = try LedeBinary.run(["state", "--export", folder.url.path], environment: folder.environment)
        #expect(folderPath.status == 1)
        #expect(folderPath.stderr == "lede: cannot write \(folder.url.path): a folder, not a file\n")
    }

    @Test func exportAndImportCarryMarksThatDumpAndSearchThenShow() throws {
        let folder = try unmarkedFolder()
        defer { folder.remove() }
        // Mark through an export from a reader's database (the identities are the reader's own).
        let export = folder.url.path + "/export.json"
        guard let session = try TmuxSession.startLede(folder.pages, stateHome: folder.url.path + "/first") else { return }
        try session.press("m", "j", "s")
        _ = try session.waitFor { $0.last?.contains("saved — S") == true }
        try session.press("q")
        _ = try session.exitLine()
        let exported = try LedeBinary.run(["state", "--export", export], environment: ["XDG_STATE_HOME": folder.url.path + "/first"])
        #expect(exported.status == 0, "\(exported.stderr)")
        let imported = try LedeBinary.run(["state", "--import", export], environment: folder.environment)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasSuffix("read: 1\nsaved: 1\nplaces: 1\n"), "\(imported.stdout)")

        let unread = try LedeBinary.run(["search", "--unread", "--format", "json", "harbour", folder.pages], environment: folder.environment)
        #expect(!unread.stdout.contains("Tidal barrier holds"))
        #expect(unread.stdout.contains(#""read":false"#))
        let saved = try LedeBinary.run(["search", "--saved", "--format", "json", "ferry", folder.pages], environment: folder.environment)
        #expect(saved.stdout.contains(#""headline":"Ferry crews vote to strike over storm-duty pay""#) && saved.stdout.contains(#""read":false,"saved":true"#), "\(saved.stdout)")
        let notSaved = try LedeBinary.run(["search", "--saved", "barrier", folder.pages], environment: folder.environment)
        #expect(notSaved.status == 3)
        // The barrier story matches, but is not saved: the message says which stories were looked for.
        #expect(notSaved.stderr == "lede: no saved stories match barrier\n")
        let dump = try LedeBinary.run(["dump", "--format", "json", folder.pages], environment: folder.environment)
        #expect(dump.stdout.components(separatedBy: #""read":true"#).count == 2)
        #expect(dump.stdout.components(separatedBy: #""saved":true"#).count == 2)
    }

    @Test func twoProcessesImportingAtOnceKeepEveryMarkAndFailNeither() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        var exports: [String] = []
        for process in 0..<2 {
            let marks = (0..<3000).map { String(format: "\"%016llx\"", UInt64(process * 100_000 + $0)) }.joined(separator: ",")
            let path = folder.url.path + "/export-\(process).json"
            try Data(#"{"lede_state":1,"read":[\#(marks)],"saved":[],"places":[]}"#.utf8).write(to: URL(fileURLWithPath: path))
            exports.append(path)
        }
        // Both create, migrate and write the same new database at the same moment.
        let results = Results()
        let group = DispatchGroup()
        for export in exports {
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                let result = try? LedeBinary.run(["state", "--import", export], environment: folder.environment)
                results.add("\(result?.status ?? -1) \(result?.stderr ?? "")")
            }
        }
        group.wait()
        #expect(results.list == ["0 ", "0 "])
        #expect(try folder.counts()["read"] == 6000)
    }

    @Test func anImportThatIsNotAnExportIsRefused() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let bad = folder.url.path + "/bad.json"
        try Data("{\"read\": 3}".utf8).write(to: URL(fileURLWithPath: bad))
        let result = try LedeBinary.run(["state", "--import", bad], environment: folder.environment)
        #expect(result.status == 1)
        #expect(result.stderr == "lede: \(bad) is not a state export from lede state --export (a field it needs is missing)\n")
        try Data("read: 3".utf8).write(to: URL(fileURLWithPath: bad))
        let text = try LedeBinary.run(["state", "--import", bad], environment: folder.environment)
        #expect(text.stderr == "lede: \(bad) is not a state export from lede state --export (not JSON)\n")
        // A later format may lack fields this Lede needs: that it is newer is the reason to give.
        try Data("{\"lede_state\": 99, \"marks\": []}".utf8).write(to: URL(fileURLWithPath: bad))
        let newer = try LedeBinary.run(["state", "--import", bad], environment: folder.environment)
        #expect(newer.status == 1)
        #expect(newer.stderr == "lede: \(bad) was written by a newer Lede (export format 99; this one reads format 1)\n")
    }

    @Test func anImportFileThatIsNotThereIsNamedInOneLine() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let gone = folder.url.path + "/gone.json"
        let result = try LedeBinary.run(["state", "--import", gone], environment: folder.environment)
        #expect(result.status == 1)
        #expect(result.stderr == "lede: \(gone): no such file or folder\n")
    }
}

private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var list: [String] { lock.withLock { items } }
}
