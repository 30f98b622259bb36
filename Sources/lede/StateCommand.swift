import ArgumentParser
import Foundation
import LedeCore
import LedeState

/// `lede state`: where the state database is and what it holds; export and import as JSON.
struct StateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state",
        abstract: "Show where Lede keeps read marks, saved stories and places, and how many; export or import them as JSON.",
        discussion: "The database is $XDG_STATE_HOME/lede/state.sqlite3 (default ~/.local/state/lede/). An import adds to what is there."
    )

    @Option(help: ArgumentHelp("Write everything as JSON to this file (- for standard output).", valueName: "file"), completion: .file())
    var export: String?

    @Option(name: .customLong("import"), help: ArgumentHelp("Add the marks in this JSON file (from --export).", valueName: "file"), completion: .file(extensions: ["json"]))
    var importFile: String?

    /// Why a file cannot be read, in a few words, as the loader says it of a page (Foundation's
    /// own error names its internals).
    static func unreadable(_ path: String) -> String {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return "a folder, not a file" }
        return PageLoader.reason(cannotRead: path)
    }

    /// Why a file cannot be written, in a few words (Foundation's error names its internals).
    static func unwritable(_ path: String, _ error: Error) -> String {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return "a folder, not a file" }
        switch (error as? CocoaError)?.code {
        case .fileNoSuchFile?: return "no such file or folder"
        case .fileWriteNoPermission?: return "permission denied"
        case .fileWriteVolumeReadOnly?: return "read-only file system"
        case .fileWriteOutOfSpace?: return "no space left on the disk"
        default: return "cannot be written"
        }
    }

    /// Writes an export to `path` (- for standard output), or says why it cannot.
    static func write(_ export: StateExport, to path: String) throws {
        let json = try export.json() + Data("\n".utf8)
        if path == "-" {
            Console.output([UInt8](json))
            return
        }
        do {
            try json.write(to: URL(fileURLWithPath: path))
        } catch {
            Console.error("lede: cannot write \(path): \(unwritable(path, error))")
            throw ExitCode.badInput
        }
    }

    /// What is wrong with a file that is not an export, in a few words.
    static func fault(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty: return "not JSON"
        case .keyNotFound: return "a field it needs is missing"
        default: return "a field holds the wrong kind of value"
        }
    }

    func run() throws {
        guard let path = StateLocation.databasePath() else {
            Console.error("lede: no state database: LEDE_NO_STATE is set, or no HOME or XDG_STATE_HOME is known")
            throw ExitCode.usage
        }
        let presence = StateLocation.presence(of: path)
        if case .hidden(let reason) = presence {
            Console.error("lede: cannot read the state database \(path): \(reason)")
            throw ExitCode.badInput
        }
        if importFile == nil, presence == .absent {
            // Nothing is marked yet: say so, or export nothing, without creating the database.
            if let export { return try Self.write(.nothing, to: export) }
            Console.print("\(path) (not created yet)\nread: 0\nsaved: 0\nplaces: 0\n")
            return
        }
        // Only an import changes the database: a look at it leaves a broken one where it is.
        let opening = StateOpening(path: path, for: importFile == nil ? .reading : .keeping)
        for note in opening.notes { Console.error("lede: \(note)") }
        guard let store = opening.store else { throw ExitCode.badInput }
        defer { store.close() }
        // A read-only database is read as ever; adding to it cannot be, so say so before reading the file.
        if importFile != nil, let reason = store.readOnly {
            Console.error("lede: cannot import into \(path): it is read-only (\(reason))")
            throw ExitCode.badInput
        }
        do {
            if let importFile {
                guard let data = importFile == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try? Data(contentsOf: URL(fileURLWithPath: importFile)) else {
                    Console.error("lede: \(importFile): \(Self.unreadable(importFile))")
                    throw ExitCode.badInput
                }
                try store.importing(try StateExport(json: data))
            }
            if let export { return try Self.write(try store.export(), to: export) }
            let counts = try store.counts()
            Console.print("\(path)\nschema: \(store.schemaVersion)\nread: \(counts.read)\nsaved: \(counts.saved)\nplaces: \(counts.places)\n")
        } catch let newer as StateExport.NewerFormat {
            Console.error("lede: \(importFile ?? "-") was written by a newer Lede (export format \(newer.format); this one reads format \(StateExport.format))")
            throw ExitCode.badInput
        } catch let error as DecodingError {
            Console.error("lede: \(importFile ?? "-") is not a state export from lede state --export (\(Self.fault(error)))")
            throw ExitCode.badInput
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.error("lede: \(error)")
            throw ExitCode.badInput
        }
    }
}
