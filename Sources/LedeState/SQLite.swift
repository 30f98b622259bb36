import LedeCore
import CSQLite

/// An SQLite result code that was not success, with SQLite's message.
public struct SQLiteError: Error, CustomStringConvertible {
    public var code: Int32
    public var message: String

    /// Another connection holds a lock this one could not wait for.
    public var isBusy: Bool { code & 0xFF == SQLITE_BUSY }

    /// The file is not a database, or its pages are damaged: move it aside and start afresh.
    public var isCorruption: Bool {
        let primary = code & 0xFF
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB
    }

    /// The disk is full, or the file or folder cannot be written.
    public var isUnwritable: Bool {
        let primary = code & 0xFF
        return [SQLITE_FULL, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_PERM].contains(primary)
    }

    public var description: String { message }
}

/// A thin connection to one SQLite database: just what the state store uses.
/// Not thread-safe: each connection is used from one thread at a time.
final class SQLiteDatabase {
    private var handle: OpaquePointer?

    init(path: String, access: SQLiteAccess = .readWrite) throws(SQLiteError) {
        let code = sqlite3_open_v2(access.filename(path), &handle, access.flags, nil)
        guard code == SQLITE_OK else {
            let error = SQLiteError(code: code, message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open")
            sqlite3_close_v2(handle)
            handle = nil
            throw error
        }
        sqlite3_extended_result_codes(handle, 1)
    }

    deinit { close() }

    /// SQLite opens a write-protected file read-only even when asked to write: true then too.
    var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    func close() {
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws(SQLiteError) {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? "error \(code)"
            sqlite3_free(message)
            throw SQLiteError(code: code, message: text)
        }
    }

    func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else { throw error(code) }
        return SQLiteStatement(statement, database: self)
    }

    /// The first column of the first row of `sql`, as an integer.
    func integer(_ sql: String) throws(SQLiteError) -> Int64 {
        let statement = try prepare(sql)
        return try statement.step() ? statement.int64(0) : 0
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: the write lock is taken at the start, so
    /// two processes wait for each other (busy timeout) instead of failing halfway.
    func transaction(_ body: () throws(SQLiteError) -> Void) throws(SQLiteError) {
        try execute("BEGIN IMMEDIATE")
        do {
            try body()
            try execute("COMMIT")
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    func error(_ code: Int32) -> SQLiteError {
        SQLiteError(code: code, message: String(cString: sqlite3_errmsg(handle)))
    }
}

/// A prepared statement: bind, step, read columns.
final class SQLiteStatement {
    private let statement: OpaquePointer
    private let database: SQLiteDatabase

    init(_ statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    /// Binds `values` to the parameters, in order, after resetting the statement.
    func bind(_ values: SQLiteValue...) throws(SQLiteError) {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .integer(let number): code = sqlite3_bind_int64(statement, index, number)
            case .text(let text): code = sqlite3_bind_text(statement, index, text, -1, lede_sqlite_transient())
            case .null: code = sqlite3_bind_null(statement, index)
            }
            guard code == SQLITE_OK else { throw database.error(code) }
        }
    }

    /// Steps once: true when a row is ready, false when done.
    @discardableResult
    func step() throws(SQLiteError) -> Bool {
        let code = sqlite3_step(statement)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        throw database.error(code)
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, column) else { return "" }
        return String(cString: bytes)
    }
}

/// SQLITE_CORRUPT, for a check that finds damage itself.
let SQLITE_CORRUPT_CODE = SQLITE_CORRUPT

enum SQLiteValue {
    case integer(Int64)
    case text(String)
    case null
}

extension StoryIdentity {
    /// Stored as SQLite's signed 64-bit integer (the same bits).
    var sqlValue: SQLiteValue { .integer(Int64(bitPattern: rawValue)) }
    init(sqlValue: Int64) { self.init(rawValue: UInt64(bitPattern: sqlValue)) }
}
