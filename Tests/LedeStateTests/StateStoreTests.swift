import Foundation

@testable import LedeCore
@testable import LedeState
import Testing

@Suite struct StateStoreTests {
    let story = Story(kind: .article, headline: "Barrier holds", dek: "The gates did their job",
                      paragraphs: ["The gates held.", "Nobody drowned."])

    @Test func aNewDatabaseIsAtTheLatestSchemaVersionInWALMode() throws {
        let folder = TempFolder()
        let opening = StateOpening(path: folder.database)
        let store = try #require(opening.store)
        #expect(opening.notes.isEmpty)
        #expect(store.schemaVersion == StateSchema.version)
        #expect(try store.database.integer("SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'") == 1)
    }

    @Test func anEmptyVersionZeroFileIsMigratedFromTheFirstStep() throws {
        let folder = TempFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/lede", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder.database, contents: Data())
        let store = try StateStore(path: folder.database)
        #expect(store.schemaVersion == StateSchema.version)
        #expect(try store.counts() == (0, 0, 0))
    }

    @Test func aLaterMigrationRunsOnADatabaseAtTheLatestVersionAndKeepsItsMarks() throws {
        let folder = TempFolder()
        do {
            let store = try #require(StateOpening(path: folder.database).store)
            try store.apply([.read(StoryIdentity(rawValue: 7), true)])
        }
        let database = try SQLiteDatabase(path: folder.database)
        let next = StateSchema.migrations + ["ALTER TABLE read_marks ADD COLUMN source TEXT NOT NULL DEFAULT ''"]
        #expect(try StateSchema.migrate(database, migrations: next) == StateSchema.version)
        #expect(try database.integer("PRAGMA user_version") == Int64(StateSchema.version + 1))
        #expect(try database.integer("SELECT count(*) FROM read_marks WHERE story = 7 AND source = ''") == 1)
        // Run again, nothing to do.
        #expect(try StateSchema.migrate(database, migrations: next) == StateSchema.version + 1)
    }

    @Test func marksSavedCopiesAndPlacesSurviveReopening() throws {
        let folder = TempFolder()
        let id = StoryIdentity(story)
        let place = Place(pathsKey: "/a\n/b", story: id, inPane: true, paneOffset: 7, expanded: [id])
        let nowhere = Place(pathsKey: "/c", story: nil, inPane: false, paneOffset: 0, expanded: [])
        do {
            let store = try #require(StateOpening(path: folder.database).store)
            try store.apply([.read(id, true), .read(StoryIdentity(rawValue: 1), true), .read(StoryIdentity(rawValue: 1), false),
                             .saved(id, SavedStory(identity: id, story: story, pagePath: "/a", pageTitle: "Front", savedAt: Date(timeIntervalSince1970: 100))),
                             .place(place), .place(nowhere)])
        }
        let store = try StateStore(path: folder.database)
        let marks = try store.marks()
        #expect(marks.read == [id])
        #expect(marks.saved[id]?.story == story)
        #expect(marks.saved[id]?.pagePath == "/a")
        #expect(marks.saved[id]?.savedAt == Date(timeIntervalSince1970: 100))
        #expect(try store.place(for: "/a\n/b") == place)
        #expect(try store.place(for: "/c") == nowhere)
        #expect(try store.place(for: "/elsewhere") == nil)
    }

    @Test func theIdentityIgnoresCaseSpacingAndPunctuationButNotTheText() {
        let resaved = Story(kind: .article, headline: "Barrier  holds!", paragraphs: ["The gates  held.", "Other text"])
        #expect(StoryIdentity(story) == StoryIdentity(resaved))
        let other = Story(kind: .article, headline: "Barrier holds", paragraphs: ["The gates failed."])
        #expect(StoryIdentity(story) != StoryIdentity(other))
        #expect(StoryIdentity(hex: StoryIdentity(story).hex) == StoryIdentity(story))
    }

    @Test func theIdentityIsTheHashOfTheNormalisedText() {
        // Part of the database's format: this value must not change (or every mark is lost).
        let story = Story(kind: .teaser, headline: "Café  Society!", paragraphs: ["ÉTÉ 2024: a “hot” one."])
        var hash = FNV1a()
        hash.add("teaser|cafésociety|été2024ahotone")
        #expect(StoryIdentity(story).rawValue == hash.value)
        #expect(StoryIdentity(story).hex == "83d0453d4877b0b3")
    }

    @Test func theSameStoryOnTwoPagesInTheLibraryHasOneIdentity() {
        let library = Library(pages: [Page(path: "/a.txt", title: "A", stories: [story]),
                                      Page(path: "/moved/b.txt", title: "B", stories: [story])])
        #expect(library.storyCount == 1)
        #expect(library.identity(of: StoryID(0)) == StoryIdentity(story))
        let worked = Library(pages: [Page(path: "/a.txt", title: "A", stories: [story]).withIdentities()])
        #expect(worked.identity(of: StoryID(0)) == StoryIdentity(story))
    }

    @Test func aCorruptDatabaseIsMovedAsideAndANewOneStarted() throws {
        let folder = TempFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/lede", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder.database, contents: Data(repeating: 0x41, count: 8192))
        let opening = StateOpening(path: folder.database)
        #expect(opening.store != nil)
        let note = try #require(opening.notes.first)
        let aside = try #require(folder.contents(of: folder.path + "/lede").first { $0.hasPrefix("state.sqlite3.corrupt-") })
        #expect(note.contains(folder.database) && note.contains(folder.path + "/lede/" + aside), "\(note)")
        #expect(FileManager.default.contents(atPath: folder.path + "/lede/" + aside) == Data(repeating: 0x41, count: 8192))
    }

    @Test func aDatabaseDamagedPastItsFirstPageIsFoundAndMovedAside() throws {
        let folder = TempFolder()
        do {
            let store = try #require(StateOpening(path: folder.database).store)
            try store.apply((0..<20_000).map { .read(StoryIdentity(rawValue: UInt64($0) &* 0x9E37_79B9_7F4A_7C15), true) })
            store.checkpoint()
            store.close()
        }
        // Scribble over the middle of the file, leaving the header (and so opening) intact.
        let handle = try #require(FileHandle(forUpdatingAtPath: folder.database))
        try handle.seek(toOffset: 4096 * 20)
        handle.write(Data(repeating: 0xFF, count: 4096 * 4))
        try handle.close()
        let opening = StateOpening(path: folder.database)
        #expect(try opening.store?.counts().read == 0)
        #expect(opening.notes.first?.contains("moved it to \(folder.database).corrupt-") == true, "\(opening.notes)")
    }

    @Test func aDatabaseFromANewerLedeIsLeftAsItIs() throws {
        // That Lede would never read it back from beside: its marks would be lost to it.
        let folder = TempFolder()
        do {
            let store = try #require(StateOpening(path: folder.database).store)
            try store.database.execute("PRAGMA user_version = 99")
        }
        let before = FileManager.default.contents(atPath: folder.database)
        for (purpose, consequence) in [(StateOpening.Purpose.keeping, "marks made now are not kept"), (.reading, "its marks are not shown")] {
            let opening = StateOpening(path: folder.database, for: purpose)
            #expect(opening.store == nil)
            #expect(opening.notes == ["state not used: \(folder.database): it was written by a newer Lede (schema version 99; this one knows \(StateSchema.version)); it is left as it is, and \(consequence)"])
        }
        #expect(folder.contents(of: folder.path + "/lede").allSatisfy { !$0.contains("newer") })
        #expect(FileManager.default.contents(atPath: folder.database) == before)
    }

    @Test func aCorruptDatabaseOnlyReadIsLeftWhereItIs() throws {
        let folder = TempFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/lede", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder.database, contents: Data(repeating: 0x41, count: 8192))
        let opening = StateOpening(path: folder.database, for: .reading)
        #expect(opening.store == nil)
        #expect(opening.notes.first?.hasPrefix("state not used: \(folder.database) is corrupt (") == true, "\(opening.notes)")
        #expect(folder.contents(of: folder.path + "/lede") == ["state.sqlite3"])
        #expect(FileManager.default.contents(atPath: folder.database) == Data(repeating: 0x41, count: 8192))
    }

    @Test func twoCorruptDatabasesMovedAsideInOneSecondAreBothKept() throws {
        let folder = TempFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/lede", withIntermediateDirectories: true)
        // (Run again if the second turned over between the two: the names then differ anyway.)
        for attempt in 0..<3 {
            for file in folder.contents(of: folder.path + "/lede") { try FileManager.default.removeItem(atPath: folder.path + "/lede/" + file) }
            let start = Int(Date().timeIntervalSince1970)
            for byte: UInt8 in [0x41, 0x42] {
                FileManager.default.createFile(atPath: folder.database, contents: Data(repeating: byte, count: 8192))
                StateOpening(path: folder.database).store?.close()
            }
            guard Int(Date().timeIntervalSince1970) == start || attempt == 2 else { continue }
            let aside = folder.contents(of: folder.path + "/lede").filter { $0.contains(".corrupt-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
            let kept = Set(aside.compactMap { FileManager.default.contents(atPath: folder.path + "/lede/" + $0)?.first })
            #expect(kept == [0x41, 0x42], "\(aside)")
            break
        }
    }

    @Test func aFolderThatCannotBeMadeLeavesTheRunWithoutStateAndSaysWhy() throws {
        let folder = TempFolder()
        FileManager.default.createFile(atPath: folder.path + "/file", contents: Data())
        let opening = StateOpening(path: folder.path + "/file/lede/state.sqlite3")
        #expect(opening.store == nil)
        #expect(opening.notes == ["state not saved: cannot make the folder \(folder.path)/file/lede (Not a directory)"])
    }

    @Test func aReadOnlyStateFolderLeavesTheRunWithoutStateAndSaysWhy() throws {
        guard getuid() != 0 else {
            print("skipped: running as root, which writes whatever the permissions (the folder-under-a-file test covers this case)")
            return
        }
        let folder = TempFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/lede", withIntermediateDirectories: true)
        chmod(folder.path + "/lede", 0o500)
        defer { chmod(folder.path + "/lede", 0o700) }
        let opening = StateOpening(path: folder.database)
        #expect(opening.store == nil)
        #expect(opening.notes.first?.hasPrefix("state not saved: \(folder.database)") == true, "\(opening.notes)")
    }

    @Test func anExportImportedIntoAnEmptyDatabaseGivesTheSameExport() throws {
        let folder = TempFolder(), other = TempFolder()
        let id = StoryIdentity(story)
        let store = try #require(StateOpening(path: folder.database).store)
        try store.apply([.read(id, true), .read(StoryIdentity(rawValue: 42), true),
                         .saved(id, SavedStory(identity: id, story: story, pagePath: "/a", pageTitle: "Front", savedAt: Date(timeIntervalSince1970: 100))),
                         .place(Place(pathsKey: "/a", story: id, inPane: true, paneOffset: 3, expanded: [id]))])
        let json = try store.export().json()
        let copy = try #require(StateOpening(path: other.database).store)
        try copy.importing(StateExport(json: json))
        #expect(try copy.export().json() == json)
        #expect(String(decoding: json, as: UTF8.self).contains(#""read" : ["#))
    }

    @Test func twoConnectionsWritingAtOnceKeepEveryMark() throws {
        let folder = TempFolder()
        _ = StateOpening(path: folder.database)
        let path = folder.database
        let failures = Failures()
        let group = DispatchGroup()
        for writer in 0..<2 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                do {
                    let store = try StateStore(path: path)
                    for mark in 0..<200 {
                        try store.apply([.read(StoryIdentity(rawValue: UInt64(writer * 1000 + mark)), true)])
                    }
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        group.wait()
        #expect(failures.list.isEmpty)
        #expect(try StateStore(path: folder.database).marks().read.count == 400)
    }

    @Test func theWriterBatchesAndCloseWritesWhatIsPending() throws {
        let folder = TempFolder()
        let store = try #require(StateOpening(path: folder.database).store)
        let writer = StateWriter(store: store) { _ in }
        for mark in 0..<1000 { writer.post(.read(StoryIdentity(rawValue: UInt64(mark)), true)) }
        writer.close()
        // Closed, the database holds its log: nothing is left beside it.
        #expect(folder.contents(of: folder.path + "/lede") == ["state.sqlite3"])
        #expect(try StateStore(path: folder.database).counts().read == 1000)
    }

    @Test func aWriterThatCannotWriteSaysSoOnceAndStopsWriting() throws {
        let folder = TempFolder()
        let store = try #require(StateOpening(path: folder.database).store)
        // As a full disk would: every insert fails.
        try store.database.execute("CREATE TRIGGER full BEFORE INSERT ON read_marks BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
        let problems = Failures()
        let writer = StateWriter(store: store) { problems.add($0) }
        writer.post(.read(StoryIdentity(rawValue: 1), true))
        Thread.sleep(forTimeInterval: StateWriter.interval * 3)
        writer.post(.read(StoryIdentity(rawValue: 2), true))
        writer.close()
        #expect(problems.list == ["state not saved: \(folder.database): database or disk is full"])
    }

    @Test func allMarksOfABatchAreWrittenOrNone() throws {
        let folder = TempFolder()
        let store = try #require(StateOpening(path: folder.database).store)
        // A trigger makes the second write fail inside the transaction.
        try store.database.execute("CREATE TRIGGER refuse BEFORE INSERT ON read_marks WHEN new.story = 2 BEGIN SELECT RAISE(ABORT, 'no'); END")
        #expect(throws: StateStoreError.self) { try store.apply([.read(StoryIdentity(rawValue: 1), true), .read(StoryIdentity(rawValue: 2), true)]) }
        #expect(try store.counts().read == 0)
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var list: [String] { lock.withLock { items } }
}
