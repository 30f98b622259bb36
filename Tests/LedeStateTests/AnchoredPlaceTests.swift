import Foundation

@testable import LedeCore
@testable import LedeState
import Testing

/// Places keep the text at the pane's top (schema v2): a database made by the Lede before is
/// migrated with its marks and places, and exports carry the anchor both ways.
@Suite struct AnchoredPlaceTests {
    let story = Story(kind: .article, headline: "Barrier holds", paragraphs: ["The gates held."])

    /// Schema v1 exactly as the Lede before this one made it (its migration, as released).
    static let versionOne = """
        CREATE TABLE read_marks (
            story INTEGER PRIMARY KEY,   -- StoryIdentity's bits
            marked_at INTEGER NOT NULL   -- seconds since 1970
        );
        CREATE TABLE saved_stories (
            story INTEGER PRIMARY KEY,
            saved_at INTEGER NOT NULL,
            page_path TEXT NOT NULL,
            page_title TEXT NOT NULL,
            kind TEXT NOT NULL,
            headline TEXT NOT NULL,
            dek TEXT NOT NULL,
            section TEXT NOT NULL,
            credit TEXT NOT NULL,
            paragraphs TEXT NOT NULL,    -- joined by U+001E (record separator), never in page text
            expandable INTEGER NOT NULL
        );
        CREATE TABLE places (
            paths_key TEXT PRIMARY KEY,  -- Place.key(for:): the sorted absolute paths
            story INTEGER,
            in_pane INTEGER NOT NULL,
            pane_offset INTEGER NOT NULL,
            expanded TEXT NOT NULL,      -- hex identities, comma-separated
            updated_at INTEGER NOT NULL
        );
        PRAGMA user_version = 1;
        """

    /// A v1 database as the Lede before left it: a read mark, a saved story and a place 7 lines down.
    func versionOneDatabase(in folder: TempFolder) throws -> StoryIdentity {
        try FileManager.default.createDirectory(atPath: folder.path + "/lede", withIntermediateDirectories: true)
        let identity = StoryIdentity(story)
        let database = try SQLiteDatabase(path: folder.database)
        try database.execute(Self.versionOne)
        try database.execute("INSERT INTO read_marks VALUES (\(Int64(bitPattern: identity.rawValue)), 100)")
        try database.execute("""
            INSERT INTO saved_stories VALUES (\(Int64(bitPattern: identity.rawValue)), 100, '/a', 'Front', 'article', 'Barrier holds', '', '', '', 'The gates held.', 0)
            """)
        try database.execute("INSERT INTO places VALUES ('/a', \(Int64(bitPattern: identity.rawValue)), 1, 7, '', 100)")
        database.close()
        return identity
    }

    @Test func aVersionOneDatabaseIsMigratedAndItsPlaceAndMarksComeBack() throws {
        let folder = TempFolder()
        let identity = try versionOneDatabase(in: folder)
        let opening = StateOpening(path: folder.database)
        let store = try #require(opening.store)
        #expect(opening.notes.isEmpty)
        #expect(store.schemaVersion == 2)
        // The line offset stands in for the anchor it has not got.
        #expect(try store.place(for: "/a") == Place(pathsKey: "/a", story: identity, inPane: true, paneOffset: 7, anchor: nil, expanded: []))
        let marks = try store.marks()
        #expect(marks.read == [identity])
        #expect(marks.saved[identity]?.story == story)
        // The reader moves on: the place is kept with its anchor from now on.
        let anchored = Place(pathsKey: "/a", story: identity, inPane: true, paneOffset: 12, anchor: TextAnchor(block: 6, offset: 83), expanded: [identity])
        try store.apply([.place(anchored)])
        store.close()
        #expect(try StateStore(path: folder.database).place(for: "/a") == anchored)
    }

    /// A v1 file that cannot be written cannot be migrated either: it is read as it is.
    @Test func aVersionOneDatabaseThatCannotBeWrittenIsReadAsItIs() throws {
        let folder = TempFolder()
        let identity = try versionOneDatabase(in: folder)
        let before = FileManager.default.contents(atPath: folder.database)
        let opening = StateOpening(path: folder.database, openWriting: { _ throws(StateStoreError) in
            throw .sqlite(SQLiteError(code: 8, message: "attempt to write a readonly database"))
        })
        let store = try #require(opening.store)
        #expect(store.readOnly != nil)
        #expect(store.schemaVersion == 1)
        #expect(try store.place(for: "/a") == Place(pathsKey: "/a", story: identity, inPane: true, paneOffset: 7, expanded: []))
        #expect(try store.marks().read == [identity])
        #expect(try store.export().places.map(\.paneOffset) == [7])
        store.close()
        #expect(FileManager.default.contents(atPath: folder.database) == before)
    }

    @Test func anExportCarriesTheAnchorAndImportsBackTheSame() throws {
        let identity = StoryIdentity(story)
        let anchored = Place(pathsKey: "/a", story: identity, inPane: true, paneOffset: 12, anchor: TextAnchor(block: 6, offset: 83), expanded: [])
        let atTop = Place(pathsKey: "/b", story: identity, inPane: false, paneOffset: 0, expanded: [])
        let first = TempFolder()
        let store = try #require(StateOpening(path: first.database).store)
        try store.apply([.place(anchored), .place(atTop)])
        let json = try store.export().json()
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains("""
            "pane_anchor" : {
                    "block" : 6,
                    "offset" : 83
                  },
                  "pane_offset" : 12,
            """), "\(text)")
        // A place at the story's top has no anchor, and its entry looks as an old export's.
        #expect(text.components(separatedBy: "pane_anchor").count == 2)

        let second = TempFolder()
        let other = try #require(StateOpening(path: second.database).store)
        try other.importing(try StateExport(json: json))
        #expect(try other.place(for: "/a") == anchored)
        #expect(try other.place(for: "/b") == atTop)
        #expect(try other.export().json() == json)
    }

    /// An export from the Lede before (no `pane_anchor`) still imports: the line offset stands in.
    @Test func anOldExportWithoutAnchorsImports() throws {
        let identity = StoryIdentity(story)
        let old = Data("""
            {"lede_state":1,"read":[],"saved":[],"places":[{"paths_key":"/a","story":"\(identity.hex)","in_pane":true,"pane_offset":7,"expanded":[]}]}
            """.utf8)
        let folder = TempFolder()
        let store = try #require(StateOpening(path: folder.database).store)
        try store.importing(try StateExport(json: old))
        #expect(try store.place(for: "/a") == Place(pathsKey: "/a", story: identity, inPane: true, paneOffset: 7, expanded: []))
    }
}
