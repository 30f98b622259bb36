extension Library {
    /// Whether "keep reading" would show more of a story: paragraphs of its own past the
    /// teaser's first, or its full article on another loaded page.
    public func isExpandable(_ id: StoryID) -> Bool {
        story(id).expandable || linkedArticle(for: id) != nil
    }
}
