import Foundation

@testable import LedeCore
@testable import LedeState
import LedeTestSupport
import Testing

/// A healthy state database that cannot be written (a read-only folder, file or disk, a full
/// disk) is read read-only: its marks are given, it is never moved aside, and writes are refused.
@Suite struct ReadOnlyStateTests {
    let story = Story(kind: .article, headline: "Barrier holds", paragraphs: ["The gates held."])

    /// SQLite's result codes, as the read-write opening would fail with them.
    static let cantOpen: Int32 = 14, readOnly: Int32 = 8, full: Int32 = 13, ioError: Int32 = 10, permission: Int32 = 3
    static let busy: Int32 = 5, corrupt: Int32 = 11, notADatabase: Int32 = 26

    /// A database holding a read mark, a saved story and a place, closed as the reader leaves it.
    func markedDatabase(in folder: TempFolder) throws -> (identity: StoryIdentity, place: Place) {
        let identity = StoryIdentity(story)
        let place = Place(pathsKey: "/a", story: identity, inPane: true, paneOffset: 4, expanded: [])
        let store = try #require(StateOpening(path: folder.database).store)
        try store.apply([.read(identity, true),
                         .saved(identity, SavedStory(identity: identity, story: story, pagePath: "/a", pageTitle: "Front", savedAt: Date(timeIntervalSince1970: 100))),
                         .place(place)])
        store.close()
        return (identity, place)
    }

    /// As a read-only disk fails the read-write opening (root cannot make one with chmod).
    func failingToWrite(_ code: Int32, _ message: String) -> (String) throws(StateStoreError) -> StateStore {
        { _ throws(StateStoreError) in throw .sqlite(SQLiteError(code: code, message: message)) }
    }

    @Test func aDatabaseThatCannotBeOpenedForWritingIsReadReadOnlyAndLeftAsItWas() throws {
        let folder = TempFolder()
        let (identity, place) = try markedDatabase(in: folder)
        let before = FileManager.default.contents(atPath: folder.database)
        let opening = StateOpening(path: folder.database, openWriting: failingToWrite(Self.cantOpen, "unable to open database file"))
        let store = try #require(opening.store)
        #expect(opening.notes.isEmpty)
        #expect(store.readOnly == "unable to open database file")
        #expect(opening.readOnlyNote == "state is read-only (unable to open database file): marks made now are not kept in \(folder.database)")
        let marks = try store.marks()
        #expect(marks.read == [identity])
        #expect(marks.saved[identity]?.story == story)
        #expect(try store.place(for: "/a") == place)
        // Writing is refused by the store itself, and nothing was moved aside or rewritten.
        #expect(throws: StateStoreError.self) { try store.apply([.read(StoryIdentity(rawValue: 9), true)]) }
        store.close()
        #expect(!folder.contents(of: folder.path + "/lede").contains { $0.contains(".corrupt-") || $0.contains(".newer-") })
        #expect(FileManager.default.contents(atPath: folder.database) == before)
    }

    @Test func onlyAFailureToWriteAnExistingFileIsTriedAgainForReading() throws {
        let folder = TempFolder()
        _ = try markedDatabase(in: folder)
        for code in [Self.cantOpen, Self.readOnly, Self.full, Self.ioError, Self.permission] {
            #expect(StateReadOnly.mayRead(folder.database, after: .sqlite(SQLiteError(code: code, message: ""))), "\(code)")
        }
        // Damage keeps its own handling (moved aside); a lock is waited for, not read around.
        for code in [Self.corrupt, Self.notADatabase, Self.busy] {
            #expect(!StateReadOnly.mayRead(folder.database, after: .sqlite(SQLiteError(code: code, message: ""))), "\(code)")
        }
        #expect(!StateReadOnly.mayRead(folder.database, after: .newerVersion(9)))
        #expect(!StateReadOnly.mayRead(folder.path + "/missing.sqlite3", after: .sqlite(SQLiteError(code: Self.cantOpen, message: ""))))
    }

    @Test func aWriteAheadLogNotYetFoldedInIsReadToo() throws {
        let folder = TempFolder()
        let writer = try #require(StateOpening(path: folder.database).store)
        // Still open: the mark is in state.sqlite3-wal, not yet in the database file.
        try writer.apply([.read(StoryIdentity(rawValue: 5), true)])
        let opening = StateOpening(path: folder.database, openWriting: failingToWrite(Self.full, "database or disk is full"))
        #expect(try opening.store?.marks().read == [StoryIdentity(rawValue: 5)])
        #expect(opening.store?.readOnly == "database or disk is full")
    }

    @Test func aFileThatNeedsMigratingCannotBeReadAndSaysTheFirstFailure() throws {
        let folder = TempFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/lede", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder.database, contents: Data()))
        let opening = StateOpening(path: folder.database, openWriting: failingToWrite(Self.readOnly, "attempt to write a readonly database"))
        #expect(opening.store == nil)
        #expect(opening.notes == ["state not saved: \(folder.database): attempt to write a readonly database"])
        #expect(FileManager.default.contents(atPath: folder.database) == Data())
    }

    @Test func aPathWithURICharactersIsReadAsItIsNamed() throws {
        let folder = TempFolder()
        // Doubled slashes too: `file://` followed by `//…` would name a host.
        let path = "/" + folder.path + "/a?b#c%20d/state.sqlite3"
        let store = try #require(StateOpening(path: path).store)
        try store.apply([.read(StoryIdentity(rawValue: 3), true)])
        store.close()
        let opening = StateOpening(path: path, openWriting: failingToWrite(Self.cantOpen, "unable to open database file"))
        #expect(try opening.store?.marks().read == [StoryIdentity(rawValue: 3)])
    }

    @Test func aReadOnlyFileInAWritableFolderIsOpenedReadOnlyToo() throws {
        let folder = TempFolder()
        let (identity, _) = try markedDatabase(in: folder)
        let before = FileManager.default.contents(atPath: folder.database)
        guard let readOnly = ReadOnlyPaths.make([folder.database]) else { return }
        defer { readOnly.undo() }
        // SQLite opens it read-only without failing (it can make -shm beside it): the store says so.
        let opening = StateOpening(path: folder.database)
        let store = try #require(opening.store, "\(opening.notes)")
        #expect(opening.notes.isEmpty)
        #expect(store.readOnly == (geteuid() == 0 ? "Operation not permitted" : "Permission denied"))
        #expect(try store.marks().read == [identity])
        #expect(throws: StateStoreError.self) { try store.apply([.read(StoryIdentity(rawValue: 9), true)]) }
        store.close()
        #expect(!folder.contents(of: folder.path + "/lede").contains { $0.contains(".corrupt-") || $0.contains(".newer-") })
        #expect(FileManager.default.contents(atPath: folder.database) == before)
    }

    @Test func aFolderAndFileMadeReadOnlyAreReadAndNeverMovedAside() throws {
        let folder = TempFolder()
        let (identity, _) = try markedDatabase(in: folder)
        let before = FileManager.default.contents(atPath: folder.database)
        guard let readOnly = ReadOnlyPaths.make([folder.database, folder.path + "/lede"]) else { return }
        defer { readOnly.undo() }
        let opening = StateOpening(path: folder.database)
        let store = try #require(opening.store, "\(opening.notes)")
        #expect(opening.notes.isEmpty)
        // chmod's EACCES, or chattr +i's EPERM for root.
        let reason = geteuid() == 0 ? "Operation not permitted" : "Permission denied"
        #expect(store.readOnly == reason)
        #expect(opening.readOnlyNote == "state is read-only (\(reason)): marks made now are not kept in \(folder.database)")
        #expect(try store.marks().read == [identity])
        #expect(try store.counts() == (1, 1, 1))
        // Through the reader's writer, many changes bring one note, and no more writing.
        let problems = Failures()
        let said = DispatchSemaphore(value: 0)
        let writer = StateWriter(store: store) { problems.add($0); said.signal() }
        writer.post(.read(StoryIdentity(rawValue: 1), true))
        #expect(said.wait(timeout: .now() + 30) == .success)
        writer.post(.read(StoryIdentity(rawValue: 2), true))
        writer.post(.saved(identity, nil))
        writer.close()
        #expect(problems.list == ["state not saved: \(folder.database): it is read-only (\(reason))"])
        #expect(folder.contents(of: folder.path + "/lede") == ["state.sqlite3"])
        #expect(FileManager.default.contents(atPath: folder.database) == before)
    }
}
