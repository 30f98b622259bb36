import Foundation
import LedeCore
import LedeTestSupport
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
            "   Barrier holds              ",
            "▸  Crews vote to strike       ",
            "                              ",
            " 1/2            list · ? help ",
        ])
    }

    /// A control sequence taken out of a headline leaves two spaces; the list shows one, as
    /// the pane does.
    @Test func aHeadlineRowCollapsesRunsOfSpacesAsThePaneDoes() {
        let page = Page(path: "front.txt", title: "Front", stories: [
            Story(kind: .article, headline: "Evil  headline   here", paragraphs: ["The gates held."]),
        ])
        let state = AppState(library: Library(pages: [page]), size: Size(width: 40, height: 4))
        #expect(Screen.render(state, theme: .builtIn).lines[0...1] == [
            "   Evil headline here          front    ",
            "                                        ",
        ])
    }

    /// A saved story is marked ★ in a column of its own after the teaser mark: a saved teaser
    /// shows both, and every headline starts in the same column.
    @Test func savedStoriesAreMarkedInTheirOwnColumn() {
        var state = AppState(library: Library(pages: [Self.page]), size: Size(width: 30, height: 5))
        _ = reduce(&state, .key(.character("s")))
        _ = reduce(&state, .key(.down))
        _ = reduce(&state, .key(.character("s")))
        #expect(Array(Screen.render(state, theme: .builtIn).lines[0...3]) == [
            "─ Front ───────────────────── ",
            " ★ Barrier holds              ",
            "▸★ Crews vote to strike       ",
            "                              ",
        ])
        // Unsaved again, the mark goes.
        _ = reduce(&state, .key(.character("s")))
        #expect(Screen.render(state, theme: .builtIn).lines[2] == "▸  Crews vote to strike       ")
    }

    /// One row a story: a page with one story gets no heading (a blank row parts it from a group
    /// above), and each row says where it came from (the site the page names, else the file) and when.
    @Test func eachRowShowsItsSourceAndDateAndOneStoryPagesHaveNoHeading() {
        var cnbc = Page(path: "pages/3f9a1c.txt", title: "Emirates inks order", stories: [
            Story(kind: .article, headline: "Emirates inks $9 billion order for 30 Boeing 787 jets", paragraphs: ["Text."]),
        ])
        cnbc.site = "CNBC LLC"
        cnbc.modified = Self.noonUTC(2019, 11, 20)
        var old = Page(path: "saved/harbour-notes.txt", title: "Old notes", stories: [Story(kind: .article, headline: "Harbour notes", paragraphs: ["Text."])])
        old.modified = Self.noonUTC(2018, 3, 4)
        let state = AppState(library: Library(pages: [Self.page, cnbc, old]), size: Size(width: 60, height: 7))
        #expect(Screen.render(state, theme: .builtIn).lines == [
            "─ Front ─────────────────────────────────────────────────── ",
            "   Barrier holds                       front                ",
            "▸  Crews vote to strike                front                ",
            "                                                            ",
            "   Emirates inks $9 billion order fo…  CNBC LLC      Nov 20 ",
            "   Harbour notes                       harbour-not…    2018 ",
            " 1/4                                          list · ? help ",
        ])
        // Narrower, the date goes first; then the source.
        var narrow = state
        _ = reduce(&narrow, .resized(Size(width: 40, height: 7)))
        #expect(Screen.render(narrow, theme: .builtIn).lines[4] == "   Emirates inks $9 billion …  CNBC LLC ")
        _ = reduce(&narrow, .resized(Size(width: 29, height: 7)))
        #expect(Screen.render(narrow, theme: .builtIn).lines[4] == "   Emirates inks $9 billion… ")
    }

    /// A page read from a process substitution is said to come from a pipe, not from "63".
    @Test func aPageFromAProcessSubstitutionComesFromAPipe() {
        let piped = Page(path: "/dev/fd/63", title: "Piped", stories: [Story(kind: .article, headline: "Barrier holds", paragraphs: ["Text."])])
        let state = AppState(library: Library(pages: [piped]), size: Size(width: 40, height: 3))
        #expect(Screen.render(state, theme: .builtIn).lines[0] == "   Barrier holds               pipe     ")
    }

    /// Noon UTC is the same day in every time zone the tests run in.
    static func noonUTC(_ year: Int, _ month: Int, _ day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }
}

/// Styles in the grid: what colour and emphasis each part gets from the theme.
@Suite struct ScreenStyleTests {
    @Test func selectedRowIsDrawnInTheSelectedStyleAcrossTheListWidth() {
        let state = AppState(library: SampleLibrary.library, size: Size(width: 100, height: 10))
        let canvas = Screen.render(state, theme: .builtIn)
        for x in 0..<state.layout.list.width {
            #expect(canvas[x, 1].style == Theme.builtIn.style(.selectedItem))
        }
        #expect(canvas[0, 2].style != Theme.builtIn.style(.selectedItem))
    }

    @Test func aStoryOpenedOnceIsDrawnAsReadAfterwards() {
        var state = AppState(library: SampleLibrary.library, size: Size(width: 100, height: 10))
        _ = reduce(&state, .key(.enter))
        _ = reduce(&state, .key(.escape))
        _ = reduce(&state, .key(.down))
        let canvas = Screen.render(state, theme: .builtIn)
        #expect(canvas[3, 1].style == Theme.builtIn.style(.readItem))
        #expect(canvas[3, 3].style == Theme.builtIn.style(.listItem))
    }

    @Test func paneStylesHeadlineDekAndBodyApart() {
        let state = AppState(library: SampleLibrary.library, size: Size(width: 100, height: 20))
        let canvas = Screen.render(state, theme: .builtIn)
        let pane = state.layout.pane
        let lines = canvas.lines
        func style(ofLineStarting text: String) -> Style? {
            guard let row = lines.firstIndex(where: { $0.dropFirst(pane.x).contains(text) }) else { return nil }
            let column = pane.x + 2
            return canvas[column, row].style
        }
        #expect(style(ofLineStarting: "Barrier holds") == Theme.builtIn.style(.headline))
        #expect(style(ofLineStarting: "The gates did") == Theme.builtIn.style(.dek))
        #expect(style(ofLineStarting: "Paragraph 1") == Theme.builtIn.style(.body))
        #expect(style(ofLineStarting: "Coastlines") == Theme.builtIn.style(.section))
    }
}
