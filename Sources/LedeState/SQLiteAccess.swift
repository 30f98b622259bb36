import CSQLite

/// How a connection opens its database file.
enum SQLiteAccess {
    /// Reading and writing, creating the file if it is missing.
    case readWrite
    /// `mode=ro`: reads what is in the write-ahead log too, but SQLite must be able to open or
    /// make the `-shm` file beside the database.
    case readOnly
    /// `immutable=1`: for a folder where not even `-shm` can be made (a read-only disk). SQLite
    /// takes no locks and ignores a write-ahead log not yet folded back in (a reader that quit
    /// leaves none): it may show less than was kept, never damage it.
    case immutable

    var flags: Int32 {
        switch self {
        case .readWrite: return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        case .readOnly, .immutable: return SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX
        }
    }

    /// What to hand `sqlite3_open_v2`: the path, or a `file:` URI carrying the query parameter
    /// (with an empty authority, so a path starting `//` is not taken for a host).
    func filename(_ path: String) -> String {
        switch self {
        case .readWrite: return path
        case .readOnly: return "file://" + Self.escaped(path) + "?mode=ro"
        case .immutable: return "file://" + Self.escaped(path) + "?immutable=1"
        }
    }

    /// `?` and `#` would end a URI's path and `%` starts an escape: each is written `%XX`.
    static func escaped(_ path: String) -> String {
        var escaped = ""
        for character in path.unicodeScalars {
            switch character {
            case "?": escaped += "%3F"
            case "#": escaped += "%23"
            case "%": escaped += "%25"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
