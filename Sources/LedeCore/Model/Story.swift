/// One story found on a page: the page's main article, or a teaser card pointing at another story.
public struct Story: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case article
        case teaser
    }

    public var kind: Kind
    public var headline: String
    /// The one-sentence summary under the headline ("standfirst").
    public var dek: String
    /// Section or kicker, such as `Analysis | QiOSK`.
    public var section: String
    /// Image credit or caption credit, kept apart from the body.
    public var credit: String
    /// Body text, one plain-text paragraph each, in page order.
    public var paragraphs: [String]
    /// The page offered "keep reading" (or "read more") for this story, and the story holds more
    /// than its teaser shows (paragraphs past the first). `Library.isExpandable` adds a full
    /// article found on another page.
    public var expandable: Bool
    /// No part of the page read clearly as an article: this is the page's prose under its first
    /// title-shaped line, and the list marks it so.
    public var isUnsure = false
    /// The 0-based line numbers of the page this story was read from.
    public var lines: Range<Int>

    public init(
        kind: Kind,
        headline: String,
        dek: String = "",
        section: String = "",
        credit: String = "",
        paragraphs: [String] = [],
        expandable: Bool = false,
        lines: Range<Int> = 0..<0
    ) {
        self.kind = kind
        self.headline = headline
        self.dek = dek
        self.section = section
        self.credit = credit
        self.paragraphs = paragraphs
        self.expandable = expandable
        self.lines = lines
    }
}
