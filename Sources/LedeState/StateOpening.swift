import Foundation

/// Opens the state database for a run, whatever shape it is in: a missing folder is made; a
/// corrupt database is moved aside (and a fresh one started) by a run that keeps marks, and left
/// as it is by one that only reads them; one from a newer Lede is never moved (that Lede's marks
/// would be lost to it) and leaves the run without state; one that can be read but not written is
/// opened read-only; and a folder that cannot be written otherwise leaves the run without state.
/// Never throws: what happened is said in `notes`, for the caller to show once.
public struct StateOpening {
    /// What the run does with the marks.
    public enum Purpose: Sendable {
        /// The reader, `lede state --import`: marks are made and kept.
        case keeping
        /// `lede dump`, `lede search`, `lede state` and its export: marks are only shown.
        case reading
    }

    public var store: StateStore?
    /// Messages for the user (`lede: …` is the caller's to add).
    public var notes: [String] = []

    /// For the reader, when the store can only be read; not among `notes`, as commands that only
    /// read have nothing to say about it.
    public var readOnlyNote: String? {
        guard let store, let reason = store.readOnly else { return nil }
        return "state is read-only (\(reason)): marks made now are not kept in \(store.path)"
    }

    public init(path: String, for purpose: Purpose = .keeping) {
        self.init(path: path, for: purpose, openWriting: Self.openChecked)
    }

    /// - Parameter openWriting: opens for writing (tests make it fail as a read-only disk would,
    ///   where root ignores permissions).
    init(path: String, for purpose: Purpose = .keeping, openWriting: (String) throws(StateStoreError) -> StateStore) {
        let folder = (path as NSString).deletingLastPathComponent
        if let problem = Self.makeFolder(folder) {
            notes.append("state not saved: cannot make the folder \(folder) (\(problem))")
            return
        }
        do {
            store = try openWriting(path)
        } catch let error where Self.isNewer(error) {
            let consequence = purpose == .keeping ? "marks made now are not kept" : "its marks are not shown"
            notes.append("state not used: \(path): \(Self.oneLine(error)); it is left as it is, and \(consequence)")
        } catch let error where error.isCorruption && purpose == .reading {
            notes.append("state not used: \(path) is corrupt (\(Self.oneLine(error))); the reader moves it aside and starts afresh")
        } catch let error where error.isCorruption {
            let aside = Self.unusedName(path + ".corrupt-\(Self.stamp())")
            guard Self.moveAside(path, to: aside) else {
                notes.append("state not saved: \(path) cannot be used (\(Self.oneLine(error))) nor moved aside")
                return
            }
            notes.append("the state database \(path) could not be used (\(Self.oneLine(error))); moved it to \(aside) and started afresh")
            do {
                store = try StateStore(path: path)
            } catch {
                notes.append("state not saved: \(path): \(Self.oneLine(error))")
            }
        } catch let error where StateReadOnly.mayRead(path, after: error) {
            store = StateReadOnly.open(path, after: error)
            if store == nil { notes.append("state not saved: \(path): \(Self.oneLine(error))") }
        } catch {
            notes.append("state not saved: \(path): \(Self.oneLine(error))")
        }
    }

    private static func openChecked(_ path: String) throws(StateStoreError) -> StateStore {
        let store = try StateStore(path: path)
        try store.check()
        return store
    }

    /// An error as one line of a note: SQLite's can run over two ("… in database main ***\nPage 2: …").
    private static func oneLine(_ error: some Error) -> String {
        String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func isNewer(_ error: StateStoreError) -> Bool {
        if case .newerVersion = error { return true }
        return false
    }

    /// Moves the database and its WAL files; false when the main file could not be moved.
    private static func moveAside(_ path: String, to aside: String) -> Bool {
        guard rename(path, aside) == 0 else { return false }
        for suffix in ["-wal", "-shm"] { _ = rename(path + suffix, aside + suffix) }
        return true
    }

    /// `name`, or `name-2`, `name-3`, … when a file is there already: a second corrupt file
    /// moved aside in the same second must not replace the first.
    private static func unusedName(_ name: String) -> String {
        var candidate = name, number = 1
        while FileManager.default.fileExists(atPath: candidate) {
            number += 1
            candidate = name + "-\(number)"
        }
        return candidate
    }

    private static func stamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: Date())
    }

    /// `mkdir -p`, with the system's reason when it fails (Foundation's is a generic code).
    private static func makeFolder(_ folder: String) -> String? {
        var path = ""
        for part in folder.split(separator: "/") {
            path += "/" + part
            if mkdir(path, 0o700) != 0, errno != EEXIST { return String(cString: strerror(errno)) }
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return String(cString: strerror(ENOTDIR))
        }
        return nil
    }
}
