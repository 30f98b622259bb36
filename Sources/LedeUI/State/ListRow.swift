import LedeCore

/// A row of the headline list: a page's title heading its stories, a story, or a blank row.
public enum ListRow: Hashable, Sendable {
    case group(page: Int)
    case story(StoryID)
    /// A blank row closing a page's group when a page of one story follows: without it, that
    /// story reads as the group's last.
    case gap

    public var storyID: StoryID? {
        if case .story(let id) = self { return id }
        return nil
    }
}
