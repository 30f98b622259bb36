extension Page {
    /// The page with its stories' identities worked out, for `Library.add` to take as they are:
    /// the reader's loading threads call this, so the UI thread does not hash 100k stories.
    public func withIdentities() -> Page {
        var page = self
        page.identities = stories.map(StoryIdentity.init)
        return page
    }
}
