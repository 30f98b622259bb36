/// Identifies a story in a `Library`: its position in library order.
public struct StoryID: Hashable, Comparable, Sendable {
    public let rawValue: Int
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public static func < (lhs: StoryID, rhs: StoryID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The in-memory store: every loaded page, and its stories in a stable order (page order, then
/// story order), with the same story seen on several pages kept once.
public struct Library: Sendable {
    /// Where a story lives: its page and index there, and other pages that carried it too.
    public struct Entry: Sendable {
        public let page: Int
        public let story: Int
        public internal(set) var alsoOn: [Int]
        /// Who the story is across runs, for the state database's marks.
        public let identity: StoryIdentity
    }

    public private(set) var pages: [Page] = []
    public private(set) var entries: [Entry] = []
    /// Normalised headline → the article with that headline, for linking teasers.
    private var articlesByHeadline: [ByteKey: StoryID] = [:]
    /// Dedup key → the story already stored under it.
    private var storiesByKey: [ByteKey: StoryID] = [:]

    public init(pages: [Page] = []) {
        for page in pages { add(page) }
    }

    public var storyCount: Int { entries.count }
    public var ids: [StoryID] { entries.indices.map(StoryID.init) }

    /// The story with `id`. Text is shared with the page, not copied.
    public func story(_ id: StoryID) -> Story {
        let entry = entries[id.rawValue]
        return pages[entry.page].stories[entry.story]
    }

    /// The page a story was first seen on.
    public func page(of id: StoryID) -> Page {
        pages[entries[id.rawValue].page]
    }

    public func identity(of id: StoryID) -> StoryIdentity {
        entries[id.rawValue].identity
    }

    public func pageIndex(of id: StoryID) -> Int {
        entries[id.rawValue].page
    }

    /// The full article, on another loaded page, that a teaser's headline points to.
    public func linkedArticle(for id: StoryID) -> StoryID? {
        let story = story(id)
        guard story.kind == .teaser, let target = articlesByHeadline[ByteKey(Self.normalise(story.headline))],
              target != id, pageIndex(of: target) != pageIndex(of: id) else { return nil }
        return target
    }

    /// Makes room for this many pages and stories at once, so that growing past half a million
    /// stories does not copy and rehash everything in the middle of loading (a 185 ms stall
    /// on the UI thread at 100k pages).
    public mutating func reserveCapacity(pages pageCount: Int, stories storyCount: Int) {
        pages.reserveCapacity(pageCount)
        entries.reserveCapacity(storyCount)
        storiesByKey.reserveCapacity(storyCount)
        articlesByHeadline.reserveCapacity(pageCount)
    }

    /// Adds a page; its stories go after every story already loaded.
    public mutating func add(_ page: Page) {
        let pageIndex = pages.count
        pages.append(page)
        for (storyIndex, story) in page.stories.enumerated() {
            let headline = Self.normalise(story.headline)
            let key = ByteKey(Self.dedupKey(story, headline: headline))
            if let existing = storiesByKey[key] {
                entries[existing.rawValue].alsoOn.append(pageIndex)
                continue
            }
            let id = StoryID(entries.count)
            let identity = page.identities.count == page.stories.count ? page.identities[storyIndex]
                : StoryIdentity(kind: story.kind, normalisedHeadline: headline, opening: story.paragraphs.first ?? "")
            entries.append(Entry(page: pageIndex, story: storyIndex, alsoOn: [], identity: identity))
            storiesByKey[key] = id
            if story.kind == .article, !story.headline.isEmpty {
                articlesByHeadline[ByteKey(headline), default: id] = id
            }
        }
    }

    /// Case, punctuation and spacing do not make two headlines different.
    /// (Stories are added on the UI thread while pages load, so ASCII takes a path without
    /// Unicode property lookups.)
    static func normalise(_ headline: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in headline.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: scalars.append(scalar)
                case 0x41...0x5A: scalars.append(Unicode.Scalar(value | 0x20)!)
                default: continue
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(scalars)
    }

    /// - Parameter headline: the story's headline, normalised.
    private static func dedupKey(_ story: Story, headline: String) -> String {
        let opening = story.paragraphs.first.map { String($0.unicodeScalars.prefix(200)) } ?? ""
        return "\(story.kind.rawValue)|\(headline)|\(opening)"
    }
}
