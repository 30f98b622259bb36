/// The Wayback Machine's toolbar over a page saved from the Internet Archive: "The Wayback
/// Machine - https://web.archive.org/web/…" (or its calendar first, where a copy leaves that line
/// out), "About this capture" and the collection's description (paragraphs of prose about Archive
/// Team, which read as the article), down to "TIMESTAMPS". None of it is the page's: it is read
/// as blank lines.
enum ArchiveToolbar {
    /// Blanks the toolbar's lines out of `lines`, when the page opens with it.
    static func blankOut(_ lines: inout [Line]) {
        var top: [Int] = []
        for index in lines.indices where !lines[index].isBlank {
            top.append(index)
            if top.count == reach { break }
        }
        guard let first = top.first,
              lines[first].text.hasPrefix(opening) || top.prefix(aboutReach).contains(where: { lines[$0].text == about }),
              let last = top.first(where: { lines[$0].text == closing }) else { return }
        for index in first...last { lines[index] = Line(blank: index) }
    }

    static let opening = "The Wayback Machine - http"
    static let about = "About this capture"
    static let closing = "TIMESTAMPS"
    /// How many non-blank lines the toolbar may take (a collection's description runs to a dozen
    /// paragraphs), and how far down its "About this capture" stands.
    static let reach = 80
    static let aboutReach = 25
}
