/// The Wayback Machine's toolbar over a page saved from the Internet Archive: "The Wayback
/// Machine - https://web.archive.org/web/…" first, then the captures' calendar, "About this
/// capture" and the collection's description (paragraphs of prose about Archive Team, which read
/// as the article), down to "TIMESTAMPS". None of it is the page's: it is read as blank lines.
enum ArchiveToolbar {
    /// Blanks the toolbar's lines out of `lines`, when the page opens with it.
    static func blankOut(_ lines: inout [Line]) {
        guard let first = lines.firstIndex(where: { !$0.isBlank }), lines[first].text.hasPrefix(opening),
              let last = lines[first...].prefix(reach).firstIndex(where: { $0.text == closing }) else { return }
        for index in first...last { lines[index] = Line(blank: index) }
    }

    static let opening = "The Wayback Machine - http"
    static let closing = "TIMESTAMPS"
    /// How many lines the toolbar may take (a collection's description runs to a dozen paragraphs).
    static let reach = 80
}
