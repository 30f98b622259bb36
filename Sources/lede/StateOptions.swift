import ArgumentParser
import Foundation
import LedeCore
import LedeState

/// `--no-state`, shared by the commands that read or write the state database.
struct StateOptions: ParsableArguments {
    @Flag(help: "Read and write no state: no read marks, saved stories or place (also LEDE_NO_STATE=1).")
    var noState = false

    /// The state database's path, or nil for a run without state.
    var databasePath: String? {
        noState ? nil : StateLocation.databasePath()
    }

    /// The marks for `lede dump` and `lede search`: none when there is no database yet (a
    /// command that only prints does not create one, nor moves a broken one aside). Problems
    /// are said on standard error.
    func marksForPrinting() -> StoryMarks {
        guard let path = databasePath else { return StoryMarks() }
        switch StateLocation.presence(of: path) {
        case .absent: return StoryMarks()
        case .hidden(let reason):
            Console.error("lede: state not read: \(path): \(reason)")
            return StoryMarks()
        case .present: break
        }
        let opening = StateOpening(path: path, for: .reading)
        for note in opening.notes { Console.error("lede: \(note)") }
        guard let store = opening.store else { return StoryMarks() }
        defer { store.close() }
        do {
            return try store.marks()
        } catch {
            Console.error("lede: cannot read the state database \(path): \(error)")
            return StoryMarks()
        }
    }
}
