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

    func run() throws {
        guard let path = StateLocation.databasePath() else {
            Console.error("lede: no state database: LEDE_NO_STATE is set, or no HOME or XDG_STATE_HOME is known")
            throw ExitCode.usage
        }
        if export == nil, importFile == nil, !FileManager.default.fileExists(atPath: path) {
            Console.print("\(path) (not created yet)\nread: 0\nsaved: 0\nplaces: 0\n")
            return
        }
        let opening = StateOpening(path: path)
        for note in opening.notes { Console.error("lede: \(note)") }
        guard let store = opening.store else { throw ExitCode.badInput }
        defer { store.close() }
        do {
            if let importFile {
                let data = importFile == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: importFile))
                try store.importing(try StateExport(json: data))
            }
            if let export {
                let json = try store.export().json() + Data("\n".utf8)
                if export == "-" { Console.output([UInt8](json)) } else { try json.write(to: URL(fileURLWithPath: export)) }
                return
            }
            let counts = try store.counts()
            Console.print("\(path)\nschema: \(store.schemaVersion)\nread: \(counts.read)\nsaved: \(counts.saved)\nplaces: \(counts.places)\n")
        } catch let error as DecodingError {
            Console.error("lede: \(importFile ?? "-") is not a state export: \(error)")
            throw ExitCode.badInput
        } catch {
            Console.error("lede: \(error)")
            throw ExitCode.badInput
        }
    }
}
