import Foundation
import LedeCore

/// Writes the reader's changes on a thread of its own, a batch at most every `interval`: marking
/// never waits for the disk, and a `kill -9` loses at most the last interval's marks.
/// The first failure to write (disk full, folder made read-only) is reported once; after it,
/// nothing more is written.
public final class StateWriter: @unchecked Sendable {
    public static let interval = 0.25

    private let condition = NSCondition()
    private var pending: [StateChange] = []
    private var isClosed = false
    private var isWriting = false
    private var isBroken = false
    private let store: StateStore
    private let onProblem: @Sendable (String) -> Void

    public init(store: StateStore, onProblem: @escaping @Sendable (String) -> Void) {
        self.store = store
        self.onProblem = onProblem
        Thread.detachNewThread { [self] in loop() }
    }

    public func post(_ change: StateChange) {
        condition.withLock {
            // Only the latest place matters: replace rather than queue.
            if case .place(let new) = change, let last = pending.lastIndex(where: {
                if case .place(let old) = $0 { return old.pathsKey == new.pathsKey }
                return false
            }) {
                pending[last] = change
            } else {
                pending.append(change)
            }
            condition.signal()
        }
    }

    /// Writes what is pending and stops the thread; returns once it is on disk. The database is
    /// closed too, which folds its write-ahead log back into it: no `-wal` file is left beside it.
    public func close() {
        condition.withLock {
            isClosed = true
            condition.broadcast()
            while isWriting || !pending.isEmpty, !isBroken { condition.wait() }
        }
        store.close()
    }

    private func loop() {
        while true {
            condition.lock()
            while pending.isEmpty, !isClosed { condition.wait() }
            if pending.isEmpty, isClosed { condition.unlock(); return }
            if !isClosed {
                // Gather what comes in the next moment into the same transaction.
                condition.unlock()
                Thread.sleep(forTimeInterval: Self.interval)
                condition.lock()
            }
            let batch = pending
            pending.removeAll()
            isWriting = true
            condition.unlock()
            var failure: StateStoreError?
            if !isBroken {
                do { try store.apply(batch) } catch { failure = error }
            }
            condition.withLock {
                isWriting = false
                if failure != nil { isBroken = true }
                condition.broadcast()
            }
            if let failure { onProblem("state not saved: \(store.path): \(failure)") }
        }
    }
}
