/// The state database's schema: a list of migrations, the n-th taking version n to n + 1, kept in
/// SQLite's `user_version`. A released migration is never edited; a change is a new one.
enum StateSchema {
    static let migrations: [String] = [
        // v1: read marks, saved stories with a copy of their text, and places.
        """
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
        """,
        // v2: a place's text anchor (`TextAnchor`): the block of the story at the pane's top and
        // its characters before the top line, which name the same text at any terminal width.
        // NULL in a place kept at v1, whose pane_offset (wrapped lines at the width then) is read
        // as an approximate position.
        """
        ALTER TABLE places ADD COLUMN anchor_block INTEGER;
        ALTER TABLE places ADD COLUMN anchor_offset INTEGER;
        """,
    ]

    static var version: Int { migrations.count }

    /// The oldest version the store reads as it is, unmigrated (a file it cannot write): v1,
    /// whose places have no anchor (`StateStore.place(for:)`).
    static let oldestReadable = 1

    /// The version that gave places their text anchor.
    static let anchoredPlaces = 2

    /// Brings `database` to the latest version, each step in its own transaction.
    /// - Parameter migrations: the steps (tests pass a longer list to check a future step).
    /// - Returns: the version it found.
    static func migrate(_ database: SQLiteDatabase, migrations: [String] = migrations) throws(StateStoreError) -> Int {
        let found: Int
        do { found = Int(try database.integer("PRAGMA user_version")) } catch { throw .sqlite(error) }
        if found > migrations.count { throw .newerVersion(found) }
        for step in found..<migrations.count {
            do {
                try database.transaction { () throws(SQLiteError) in
                    // Another process may have migrated meanwhile: check again under the lock.
                    guard try database.integer("PRAGMA user_version") == step else { return }
                    try database.execute(migrations[step])
                    try database.execute("PRAGMA user_version = \(step + 1)")
                }
            } catch {
                throw .sqlite(error)
            }
        }
        return found
    }
}

/// Why the state database could not be used.
public enum StateStoreError: Error, CustomStringConvertible {
    case sqlite(SQLiteError)
    /// Written by a newer Lede, whose schema this one does not know.
    case newerVersion(Int)
    /// Opened for reading only (`StateStore.readOnly` says why): nothing can be written.
    case readOnly(String)

    public var description: String {
        switch self {
        case .sqlite(let error): return error.message
        case .newerVersion(let version): return "it was written by a newer Lede (schema version \(version); this one knows \(StateSchema.version))"
        case .readOnly(let reason): return "it is read-only (\(reason))"
        }
    }

    var isCorruption: Bool {
        if case .sqlite(let error) = self { return error.isCorruption }
        return false
    }
}
