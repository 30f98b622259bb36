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
            "  Barrier holds               ",
            "▸ Crews vote to strike        ",
            "                              ",
            " 1/2            list · ? help ",
        ])
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
        #expect(canvas[2, 1].style == Theme.builtIn.style(.readItem))
        #expect(canvas[2, 3].style == Theme.builtIn.style(.listItem))
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
