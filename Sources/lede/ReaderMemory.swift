import Foundation
import LedeCore
import LedeState
import LedeUI

/// The reader's link to the state database: opens it off the UI thread (the first frame never
/// waits for it), posts the marks and the last place to the run loop, and hands changes to a
/// background writer. Changes made before the database is open wait in memory; a database that
/// can only be read gives its marks and takes no changes.
final class ReaderMemory: @unchecked Sendable {
    private let lock = NSLock()
    private let opened = DispatchSemaphore(value: 0)
    private var writer: StateWriter?
    private var waiting: [StateChange] = []
    private var isOff = false
    private var notes: [String] = []
    private var posted = false

    /// The marks are in the run loop's inbox (for `--exit-after-marks`).
    var marksPosted: Bool { lock.withLock { posted } }

    /// Opens the database at `path` in the background; `.stateLoaded` or `.stateProblem` follows.
    init(path: String, placeKey: String, inbox: ActionInbox) {
        Thread.detachNewThread { [self] in
            defer { opened.signal() }
            let opening = StateOpening(path: path)
            if !opening.notes.isEmpty {
                lock.withLock { notes += opening.notes }
                let said = opening.notes.joined(separator: "; ")
                inbox.post(opening.store == nil ? .stateOff(said) : .stateProblem(said))
            }
            guard let store = opening.store else { return turnOff() }
            do {
                let marks = try store.marks()
                inbox.post(.stateLoaded(marks, try store.place(for: placeKey)))
                lock.withLock { posted = true }
            } catch {
                let note = "state not saved: cannot read \(path): \(error)"
                lock.withLock { notes.append(note) }
                inbox.post(.stateOff(note))
                return turnOff()
            }
            // Read-only: the marks stay on screen, said once; changes made now are dropped here
            // (no writer) rather than failing one batch after another.
            if let note = opening.readOnlyNote {
                lock.withLock { notes.append(note) }
                inbox.post(.stateProblem(note))
                store.close()
                return turnOff()
            }
            let writer = StateWriter(store: store) { [self] problem in
                lock.withLock { notes.append(problem) }
                inbox.post(.stateProblem(problem))
            }
            lock.withLock {
                for change in waiting { writer.post(change) }
                waiting = []
                self.writer = writer
            }
        }
    }

    func post(_ change: StateChange) {
        lock.withLock {
            if let writer { writer.post(change) } else if !isOff { waiting.append(change) }
        }
    }

    /// Waits for the database to open, writes what is pending, and returns what went wrong (for
    /// standard error, once the screen is closed).
    func close(waiting: Bool = true) -> [String] {
        guard waiting else { return [] }
        opened.wait()
        lock.withLock { writer }?.close()
        return lock.withLock { notes }
    }

    private func turnOff() {
        lock.withLock {
            isOff = true
            waiting = []
        }
    }
}
