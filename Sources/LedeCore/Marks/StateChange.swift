/// One thing for the state database to remember, made by the reader and written in batches.
public enum StateChange: Sendable, Equatable {
    case read(StoryIdentity, Bool)
    /// Saved, with its copy; or unsaved (nil).
    case saved(StoryIdentity, SavedStory?)
    case place(Place)
}

/// The marks the state database holds, as the reader and the commands use them.
public struct StoryMarks: Sendable {
    public var read: Set<StoryIdentity>
    public var saved: [StoryIdentity: SavedStory]

    public init(read: Set<StoryIdentity> = [], saved: [StoryIdentity: SavedStory] = [:]) {
        self.read = read
        self.saved = saved
    }
}
