/// How one line of an HTML page's text sat in its markup: how many of its bytes were inside
/// links, inside the page's article containers. Navigation and related-story lists are mostly
/// links; article paragraphs are not, and sit in the article's container.
public struct LineMarkup: Sendable, Equatable {
    /// Where text is being written, as the walker passes elements.
    struct Place: Equatable {
        var inLink = false
        var inArticleBody = false
        var inArticle = false
        var inMain = false
        /// In page furniture: `nav`, `aside`, `footer`, `figure` / `figcaption`, `form`, `button`.
        var inFurniture = false
    }

    public var bytes = 0
    public var linkBytes = 0
    var articleBodyBytes = 0
    var articleBytes = 0
    var mainBytes = 0
    var furnitureBytes = 0
    /// Whether text of a `<pre>` (white space kept) is on the line.
    public var isPreformatted = false

    mutating func add(_ count: Int, at place: Place) {
        bytes += count
        if place.inLink { linkBytes += count }
        if place.inArticleBody { articleBodyBytes += count }
        if place.inArticle { articleBytes += count }
        if place.inMain { mainBytes += count }
        if place.inFurniture { furnitureBytes += count }
    }

    /// The share of the line's text inside links (0 for a blank line).
    public var linkShare: Double { bytes == 0 ? 0 : Double(linkBytes) / Double(bytes) }

    /// The share of the line's text inside page furniture (navigation, asides, captions, forms).
    public var furnitureShare: Double { bytes == 0 ? 0 : Double(furnitureBytes) / Double(bytes) }
}

/// Which element holds the article, when the page says: `itemprop="articleBody"`, else its one
/// `<article>`, else its one `<main>`.
public enum ArticleContainer: Sendable, Equatable {
    case articleBody, article, main

    /// The container to trust given how many of each the page has (nil: none, or several).
    static func chosen(articleBodies: Int, articles: Int, mains: Int) -> ArticleContainer? {
        if articleBodies >= 1 { return .articleBody }
        if articles == 1 { return .article }
        if mains == 1 { return .main }
        return nil
    }

    /// The share of `line`'s text inside this container.
    func share(of line: LineMarkup) -> Double {
        guard line.bytes > 0 else { return 0 }
        switch self {
        case .articleBody: return Double(line.articleBodyBytes) / Double(line.bytes)
        case .article: return Double(line.articleBytes) / Double(line.bytes)
        case .main: return Double(line.mainBytes) / Double(line.bytes)
        }
    }
}
