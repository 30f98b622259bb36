import Foundation
import LedeCore

/// The search matches of the story in the pane, found once per story layout and query. Every
/// keystroke asks for them several times (the pane, the status line's count, n and N), and a
/// long story has thousands: searching it again each time made every key slow while a search
/// was in force. Shared by copies of the state, as `DocumentCache` is.
final class PaneMatchCache: @unchecked Sendable {
    struct Key: Equatable {
        /// The story, its teaser expanded or not, and the width it is wrapped to.
        var document: DocumentCache.Key
        var query: SearchQuery
    }

    private let lock = NSLock()
    private var key: Key?
    private var matches: [PaneMatch] = []

    func matches(for key: Key, find: () -> [PaneMatch]) -> [PaneMatch] {
        lock.lock()
        defer { lock.unlock() }
        if key == self.key { return matches }
        matches = find()
        self.key = key
        return matches
    }
}
