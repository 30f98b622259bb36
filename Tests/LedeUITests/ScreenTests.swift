import LedeCore
import LedeUI
import Testing

/// Screens rendered into the cell grid, compared as exact text.
@Suite struct ScreenTests {
    static let page = Page(path: "front.txt", title: "Front", stories: [
        Story(kind: .article, headline: "Barrier holds", dek: "Gates did their job", section: "Coast",
              paragraphs: ["The storm pushed the tide up.", "The cost is counted."]),
        Story(kind: .teaser, headline: "Crews vote to strike", paragraphs: ["Ferry crews voted.", "Talks broke down."], expandable: true),
    ])

    @Test func narrowListShowsTheGroupAndMarksTeasers() {
        let state = AppState(library: Library(pages: [Self.page]), size: Size(width: 30, height: 5))
        let canvas = Screen.render(state, theme: .builtIn)
        #expect(canvas.lines == [
            "─ Front ───────────────────── ",
            "  Barrier holds               ",
            "▸ Crews vote to strike        ",
            "                              ",
            " 1/2            list · ? help ",
        ])
    }
}
