import Foundation

/// Actions posted from background work (loading, indexing) for the run loop to apply.
public final class ActionInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []

    public init() {}

    public func post(_ action: Action) {
        lock.withLock { actions.append(action) }
    }

    /// Everything posted since the last call, oldest first.
    public func drain() -> [Action] {
        lock.withLock {
            defer { actions.removeAll() }
            return actions
        }
    }
}
