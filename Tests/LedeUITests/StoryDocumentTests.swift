import LedeCore
import LedeUI
import Testing

/// How a story is laid out for the pane.
@Suite struct StoryDocumentTests {
    @Test func aHugeParagraphIsCutAtTheLimitWithANoteSoThePaneStaysQuick() {
        let word = "harbour "
        let huge = String(repeating: word, count: 2 * StoryDocument.textLimit / word.utf8.count)
        let page = Page(path: "big.txt", title: "big", stories: [Story(kind: .article, headline: "One long line", paragraphs: [huge])])
        let document = StoryDocument(library: Library(pages: [page]), id: StoryID(0), expanded: false, width: 80)
        let bodyBytes = document.lines.filter { $0.role == .body }.reduce(0) { $0 + $1.text.utf8.count }
        // Wrapping drops the space at each break; the cut adds " …".
        #expect(bodyBytes <= StoryDocument.textLimit + 2)
        #expect(bodyBytes >= StoryDocument.textLimit - document.lines.count)
        let note = document.lines.suffix(2).map(\.text).joined(separator: " ")
        #expect(note == "(The rest of this story is not shown: it is longer than 512 KB. lede dump prints all of it.)")
        #expect(document.isCut)
    }

    /// n on a story found by a word past the part shown says so, not that the search wrapped
    /// (QA: "search hit BOTTOM, continuing at TOP" on a story of one match).
    @Test func nOnAMatchPastThePartShownSaysWhereItIs() {
        let word = "harbour "
        let huge = String(repeating: word, count: 2 * StoryDocument.textLimit / word.utf8.count) + "lighthouse"
        let page = Page(path: "big.txt", title: "big", stories: [Story(kind: .article, headline: "One long line", paragraphs: [huge])])
        var state = AppState(library: Library(pages: [page]), size: Size(width: 80, height: 10))
        for key: Key in [.character("/")] + "lighthouse".map { .character($0) } + [.enter, .character("n")] { _ = reduce(&state, .key(key)) }
        #expect(state.message == "the match is past the part of this story shown (512 KB); lede dump prints all of it")
    }

    @Test func anOrdinaryStoryIsLaidOutWhole() {
        let paragraphs = (1...40).map { "Paragraph \($0) of an ordinary story, short enough to be shown in full." }
        let page = Page(path: "p.txt", title: "p", stories: [Story(kind: .article, headline: "Ordinary", paragraphs: paragraphs)])
        let document = StoryDocument(library: Library(pages: [page]), id: StoryID(0), expanded: false, width: 200)
        #expect(document.lines.filter { $0.role == .body && !$0.text.isEmpty }.map(\.text) == paragraphs)
    }
}

extension StoryDocumentTests {
    @Test func theLimitCountsBytesSoWideTextIsCutAsSoon() {
        let huge = String(repeating: "東京の港 ", count: 2 * StoryDocument.textLimit / "東京の港 ".utf8.count)
        let page = Page(path: "big.txt", title: "big", stories: [Story(kind: .article, headline: "Wide", paragraphs: [huge])])
        let document = StoryDocument(library: Library(pages: [page]), id: StoryID(0), expanded: false, width: 80)
        let bodyBytes = document.lines.filter { $0.role == .body }.reduce(0) { $0 + $1.text.utf8.count }
        #expect(bodyBytes <= StoryDocument.textLimit + 4)
        #expect(bodyBytes >= StoryDocument.textLimit - document.lines.count - 16)
    }
}

extension StoryDocumentTests {
    /// A listing (a paragraph of lines) is shown line for line with its indentation; a line
    /// wider than the pane wraps behind its indent.
    @Test func aListingIsShownLineForLine() {
        let listing = "func count() -> Int {\n    return 4 + 4 + 4\n}"
        let page = Page(path: "p.txt", title: "p", stories: [Story(kind: .article, headline: "Code", paragraphs: ["Before.", listing])])
        let document = StoryDocument(library: Library(pages: [page]), id: StoryID(0), expanded: false, width: 14)
        #expect(Array(document.lines.map(\.text).suffix(7)) == ["Before.", "", "func count()", "  -> Int {", "    return 4 +", "      4 + 4", "}"])
        let wide = StoryDocument(library: Library(pages: [page]), id: StoryID(0), expanded: false, width: 80)
        #expect(Array(wide.lines.map(\.text).suffix(3)) == ["func count() -> Int {", "    return 4 + 4 + 4", "}"])
    }
}
