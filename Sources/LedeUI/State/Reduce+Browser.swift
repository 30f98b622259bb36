import LedeCore

/// `o`: the selected story's page address, handed to the browser only when it is a web address.
extension AppState {
    mutating func openInBrowser() -> [Effect] {
        guard let id = selectedStory else { return [] }
        let page = library.page(of: id)
        // Only http(s) goes to a browser: a `javascript:` or relative og:url is no page to open,
        // and saying HTML pages have an address would be wrong on the HTML page that gave it.
        guard !WebAddress.isFetchable(page.url) else { return [.openURL(page.url)] }
        message = page.url.isEmpty && !page.namesUnusableURL
            ? "no web address for this story (only fetched pages, and HTML pages that name one, have one)"
            : "this page's address is not a web address"
        return []
    }
}
