import Foundation

/// A state database that can be read but not written (a folder or file made read-only, a
/// read-only disk, a full one): its marks are still shown, and nothing is written to it.
enum StateReadOnly {
    /// Whether a failure to open `path` for writing is worth trying again for reading: the file
    /// is there, and the failure is about writing. A damaged file or one from a newer Lede is not.
    static func mayRead(_ path: String, after error: StateStoreError) -> Bool {
        guard case .sqlite(let failure) = error, failure.isUnwritable else { return false }
        return FileManager.default.fileExists(atPath: path)
    }

    /// Opens `path` for reading only: `mode=ro` first (it reads the write-ahead log too), then
    /// `immutable=1` where not even `-shm` can be made. Checked as the read-write opening is; nil
    /// when neither gives a readable database at this schema version.
    static func open(_ path: String, after error: StateStoreError) -> StateStore? {
        let failure: SQLiteError? = if case .sqlite(let failure) = error { failure } else { nil }
        for access in [SQLiteAccess.readOnly, .immutable] {
            guard let database = try? SQLiteDatabase(path: path, access: access),
                  // Migrating needs writing: an empty file cannot be read, nor one older than the
                  // oldest version the store can read as it is.
                  let version = try? database.integer("PRAGMA user_version"),
                  (Int64(StateSchema.oldestReadable)...Int64(StateSchema.version)).contains(version) else { continue }
            let store = StateStore(path: path, readingOnly: database, reason: reason(path: path, error: failure))
            if (try? store.check()) != nil { return store }
        }
        return nil
    }

    /// Why `path` cannot be written, in the system's words: the file's, else its folder's (where
    /// SQLite makes `-wal` and `-shm`), else SQLite's (a full disk).
    static func reason(path: String, error: SQLiteError?) -> String {
        if access(path, W_OK) != 0 { return String(cString: strerror(errno)) }
        let folder = (path as NSString).deletingLastPathComponent
        if access(folder, W_OK) != 0 { return "its folder: " + String(cString: strerror(errno)) }
        return error?.message ?? "SQLite opened it read-only"
    }
}
