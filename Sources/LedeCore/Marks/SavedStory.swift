import Foundation

/// A saved story's copy in the state database, so it can be read after its file is gone.
public struct SavedStory: Sendable, Equatable {
    public var identity: StoryIdentity
    public var story: Story
    /// The page it was saved from, as named then.
    public var pagePath: String
    public var pageTitle: String
    public var savedAt: Date

    public init(identity: StoryIdentity, story: Story, pagePath: String, pageTitle: String, savedAt: Date = Date()) {
        self.identity = identity
        self.story = story
        self.pagePath = pagePath
        self.pageTitle = pageTitle
        self.savedAt = savedAt
    }
}
