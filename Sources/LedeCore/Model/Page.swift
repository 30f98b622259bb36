import Foundation

/// A parsed text page: its stories, and what the parser left out as boilerplate.
public struct Page: Sendable {
    /// Where the page came from, as the user named it (`-` for standard input).
    public var path: String
    /// A title for grouping in the list: the main article's headline, else the file name.
    public var title: String
    public var stories: [Story]
    /// Lines dropped as boilerplate, kept for `--debug`, never shown as content.
    public var dropped: [DroppedLine]
    /// Problems found while reading the page that did not stop it loading (e.g. repaired UTF-8).
    public var warnings: [String]
    /// The site or publisher the page names in its copyright line, or "" (see `SiteName`).
    public var site = ""
    /// When the file was last changed; nil for standard input and the built-in samples.
    public var modified: Date?
    /// Each story's identity, when worked out off the UI thread (`withIdentities()`); empty:
    /// `Library.add` works them out.
    public var identities: [StoryIdentity] = []
    /// The page's web address, or "": where it was fetched from, else what the page calls its own
    /// (an HTML page's `og:url` or canonical link). Absolute http(s) only.
    public var url = ""
    /// The page names an address of its own that is not a web address (`javascript:…`, a
    /// relative path), so `url` is empty: `o` says so rather than that the page has none.
    public var namesUnusableURL = false

    public init(path: String, title: String, stories: [Story], dropped: [DroppedLine] = [], warnings: [String] = []) {
        self.path = path
        self.title = title
        self.stories = stories
        self.dropped = dropped
        self.warnings = warnings
    }
}

/// A line the parser did not use as content, and why.
public struct DroppedLine: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        case repeated = "repeated short line"
        case callToAction = "call to action"
        case navigation = "navigation"
        case imageAltText = "image alt text"
        case control = "expand control"
        case byline = "byline or date"
        case outsideStory = "outside any story"
        case other = "other"
    }

    /// 0-based line number in the page.
    public var line: Int
    public var text: String
    public var reason: Reason

    public init(line: Int, text: String, reason: Reason) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}
