import Foundation
import LedeCore

/// The last story laid out for the pane. A frame asks for the layout several times (pane, status
/// line, scrolling) and most keystrokes keep the same story, so wrapping it once per change is
/// enough. Shared by copies of the state; the key holds everything the layout depends on.
final class DocumentCache: @unchecked Sendable {
    struct Key: Equatable {
        var id: StoryID
        var expanded: Bool
        var width: Int
        /// Pages loaded later can link a teaser to its full article.
        var storyCount: Int
    }

    private let lock = NSLock()
    private var key: Key?
    private var document: StoryDocument?

    func document(for key: Key, make: () -> StoryDocument) -> StoryDocument {
        lock.lock()
        defer { lock.unlock() }
        if key == self.key, let document { return document }
        let made = make()
        self.key = key
        document = made
        return made
    }
}
