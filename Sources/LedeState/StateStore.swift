import Foundation
import LedeCore

/// The state database: read marks, saved stories and places, keyed by story identity.
///
/// One connection, used from one thread at a time. Every write is one transaction, and each
/// change touches only its own row, so two processes writing at once keep each other's marks.
public final class StateStore {
    public let path: String
    let database: SQLiteDatabase
    /// Why the database can only be read (`Permission denied`, `Read-only file system`), or nil
    /// when it can be written. A read-only store gives its marks and refuses every change.
    public private(set) var readOnly: String?

    /// Opens (creating if needed) and migrates the database at `path`.
    public init(path: String) throws(StateStoreError) {
        self.path = path
        do {
            database = try SQLiteDatabase(path: path)
            // A second Lede writing at once waits up to 5 s for the lock rather than failing.
            try database.execute("PRAGMA busy_timeout = 5000")
            // WAL: readers never block the writer; NORMAL sync is safe with WAL (a power cut may
            // lose the last commit, never corrupt).
            // Turning WAL on needs the file to itself for a moment, and SQLite does not wait for
            // that (busy_timeout does not cover it): a second Lede opening a new database at the
            // same moment tries again.
            try Self.retryingWhileBusy { () throws(SQLiteError) in
                let mode = try database.prepare("PRAGMA journal_mode = WAL")
                _ = try mode.step()
            }
            try database.execute("PRAGMA synchronous = NORMAL")
        } catch {
            throw .sqlite(error)
        }
        _ = try StateSchema.migrate(database)
        // A write-protected file whose -shm and -wal SQLite could use opens read-only, silently.
        if database.isReadOnly { readOnly = StateReadOnly.reason(path: path, error: nil) }
    }

    /// A store over a connection opened read-only; `readOnly` says why.
    init(path: String, readingOnly database: SQLiteDatabase, reason: String) {
        self.path = path
        self.database = database
        readOnly = reason
    }

    /// Runs `body` again while it fails on a lock, for up to five seconds (as `busy_timeout`).
    static func retryingWhileBusy(_ body: () throws(SQLiteError) -> Void) throws(SQLiteError) {
        let deadline = Date().addingTimeInterval(5)
        while true {
            do {
                return try body()
            } catch where error.isBusy && Date() < deadline {
                usleep(10_000)
            }
        }
    }

    public func close() { database.close() }

    /// SQLite's `quick_check`: a damaged page that opening did not touch is found now, so the
    /// file can be moved aside at the start rather than fail in the middle of a run.
    func check() throws(StateStoreError) {
        let verdict: String
        do {
            let statement = try database.prepare("PRAGMA quick_check(1)")
            verdict = try statement.step() ? statement.text(0) : "ok"
        } catch {
            throw .sqlite(error)
        }
        guard verdict == "ok" else { throw .sqlite(SQLiteError(code: SQLITE_CORRUPT_CODE, message: "damaged: \(verdict)")) }
    }

    /// The schema version the file is at.
    public var schemaVersion: Int { Int((try? database.integer("PRAGMA user_version")) ?? 0) }

    // MARK: - Reading

    /// Every read mark and saved story.
    public func marks() throws(StateStoreError) -> StoryMarks {
        do {
            var marks = StoryMarks()
            let read = try database.prepare("SELECT story FROM read_marks")
            marks.read.reserveCapacity(Int(try database.integer("SELECT count(*) FROM read_marks")))
            while try read.step() { marks.read.insert(StoryIdentity(sqlValue: read.int64(0))) }
            for saved in try savedStories() { marks.saved[saved.identity] = saved }
            return marks
        } catch {
            throw .sqlite(error)
        }
    }

    func savedStories() throws(SQLiteError) -> [SavedStory] {
        let statement = try database.prepare("""
            SELECT story, saved_at, page_path, page_title, kind, headline, dek, section, credit, paragraphs, expandable
            FROM saved_stories ORDER BY saved_at, story
            """)
        var stories: [SavedStory] = []
        while try statement.step() {
            let paragraphs = statement.text(9)
            let story = Story(kind: Story.Kind(rawValue: statement.text(4)) ?? .article, headline: statement.text(5),
                              dek: statement.text(6), section: statement.text(7), credit: statement.text(8),
                              paragraphs: paragraphs.isEmpty ? [] : paragraphs.components(separatedBy: "\u{1E}"),
                              expandable: statement.int64(10) != 0)
            stories.append(SavedStory(identity: StoryIdentity(sqlValue: statement.int64(0)), story: story,
                                      pagePath: statement.text(2), pageTitle: statement.text(3),
                                      savedAt: Date(timeIntervalSince1970: Double(statement.int64(1)))))
        }
        return stories
    }

    /// Where the reader was last time in the pages named by `pathsKey`.
    public func place(for pathsKey: String) throws(StateStoreError) -> Place? {
        do {
            // A file read-only at v1 (it could not be migrated) has no anchor columns.
            let anchors = schemaVersion >= StateSchema.anchoredPlaces ? "anchor_block, anchor_offset" : "NULL, NULL"
            let statement = try database.prepare("SELECT story, in_pane, pane_offset, expanded, \(anchors) FROM places WHERE paths_key = ?")
            try statement.bind(.text(pathsKey))
            guard try statement.step() else { return nil }
            let story = statement.isNull(0) ? nil : StoryIdentity(sqlValue: statement.int64(0))
            let expanded = statement.text(3).split(separator: ",").compactMap { StoryIdentity(hex: String($0)) }
            // A place kept before v2 has no anchor: its line offset stands in for it.
            let anchor = statement.isNull(4) || statement.isNull(5)
                ? nil : TextAnchor(block: Int(statement.int64(4)), offset: Int(statement.int64(5)))
            return Place(pathsKey: pathsKey, story: story, inPane: statement.int64(1) != 0,
                         paneOffset: Int(statement.int64(2)), anchor: anchor, expanded: expanded)
        } catch {
            throw .sqlite(error)
        }
    }

    /// How many marks of each kind the database holds.
    public func counts() throws(StateStoreError) -> (read: Int, saved: Int, places: Int) {
        do {
            return (Int(try database.integer("SELECT count(*) FROM read_marks")),
                    Int(try database.integer("SELECT count(*) FROM saved_stories")),
                    Int(try database.integer("SELECT count(*) FROM places")))
        } catch {
            throw .sqlite(error)
        }
    }

    /// Bytes on disk: the database and its write-ahead log.
    public var bytesOnDisk: Int {
        [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
    }

    /// Moves the write-ahead log into the database and empties it (SQLite does this on its own
    /// every 1000 pages; benchmarks call it to measure the file alone).
    public func checkpoint() {
        try? database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    // MARK: - Writing

    /// Writes `changes` in one transaction: all of them or none.
    public func apply(_ changes: [StateChange]) throws(StateStoreError) {
        guard !changes.isEmpty else { return }
        if let readOnly { throw .readOnly(readOnly) }
        do {
            try database.transaction { () throws(SQLiteError) in
                let now = Int64(Date().timeIntervalSince1970)
                let markRead = try database.prepare("INSERT OR IGNORE INTO read_marks (story, marked_at) VALUES (?, ?)")
                let markUnread = try database.prepare("DELETE FROM read_marks WHERE story = ?")
                let save = try database.prepare("""
                    INSERT OR REPLACE INTO saved_stories
                    (story, saved_at, page_path, page_title, kind, headline, dek, section, credit, paragraphs, expandable)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                let unsave = try database.prepare("DELETE FROM saved_stories WHERE story = ?")
                let place = try database.prepare("""
                    INSERT OR REPLACE INTO places (paths_key, story, in_pane, pane_offset, expanded, updated_at, anchor_block, anchor_offset)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for change in changes {
                    switch change {
                    case .read(let identity, true):
                        try markRead.bind(identity.sqlValue, .integer(now))
                        try markRead.step()
                    case .read(let identity, false):
                        try markUnread.bind(identity.sqlValue)
                        try markUnread.step()
                    case .saved(let identity, let copy?):
                        let story = copy.story
                        try save.bind(identity.sqlValue, .integer(Int64(copy.savedAt.timeIntervalSince1970)),
                                      .text(copy.pagePath), .text(copy.pageTitle), .text(story.kind.rawValue),
                                      .text(story.headline), .text(story.dek), .text(story.section), .text(story.credit),
                                      .text(story.paragraphs.joined(separator: "\u{1E}")), .integer(story.expandable ? 1 : 0))
                        try save.step()
                    case .saved(let identity, nil):
                        try unsave.bind(identity.sqlValue)
                        try unsave.step()
                    case .place(let spot):
                        try place.bind(.text(spot.pathsKey), spot.story?.sqlValue ?? .null, .integer(spot.inPane ? 1 : 0),
                                       .integer(Int64(spot.paneOffset)), .text(spot.expanded.map(\.hex).joined(separator: ",")),
                                       .integer(now), spot.anchor.map { .integer(Int64($0.block)) } ?? .null,
                                       spot.anchor.map { .integer(Int64($0.offset)) } ?? .null)
                        try place.step()
                    }
                }
            }
        } catch {
            throw .sqlite(error)
        }
    }
}
