import LedeCore

/// A row of the headline list: a page's title heading its stories, or a story.
public enum ListRow: Hashable, Sendable {
    case group(page: Int)
    case story(StoryID)

    public var storyID: StoryID? {
        if case .story(let id) = self { return id }
        return nil
    }
}
