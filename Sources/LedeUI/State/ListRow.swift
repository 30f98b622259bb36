import LedeCore

/// A row of the headline list: a page's title heading its stories, or a story.
public enum ListRow: Hashable, Sendable {
    case group(page: Int)
    case story(StoryID)

    public var storyID: StoryID? {
        if case .story(let id) = self { return id }
        return nil
    }

    /// The library grouped by page: each page's title, then its stories in order.
    static func grouped(_ library: Library) -> [ListRow] {
        var rows: [ListRow] = []
        rows.reserveCapacity(library.storyCount + library.pages.count)
        var lastPage = -1
        for id in library.ids {
            let page = library.pageIndex(of: id)
            if page != lastPage {
                rows.append(.group(page: page))
                lastPage = page
            }
            rows.append(.story(id))
        }
        return rows
    }
}
