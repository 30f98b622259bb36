import LedeCore
import LedeUI
import Testing

/// `/` search in Chinese and Japanese, through the reducer: the stories found, the pane's
/// highlights and `n` from match to match.
@Suite struct CJKSearchReducerTests {
    static let library = Library(pages: [Page(path: "p.txt", title: "P", stories: [
        Story(kind: .article, headline: "元旦のイソップ童話", paragraphs: ["子どもたちが童話を読みました。"]),
        Story(kind: .article, headline: "港特首梁振英就住宅违建事件道歉", paragraphs: ["他承认住宅的违建问题。"]),
    ])])

    func searching(_ query: String) -> AppState {
        var state = AppState(library: Self.library, size: Size(width: 100, height: 20))
        _ = reduce(&state, .key(.character("/")))
        for character in query { _ = reduce(&state, .key(.character(character))) }
        _ = reduce(&state, .key(.enter))
        _ = reduce(&state, .key(.tab))
        return state
    }

    @Test func aWordInsideAJapaneseRunIsFoundHighlightedAndSteppedThrough() {
        var state = searching("童話")
        #expect(state.matchCountText == "1 story")
        #expect(state.selectedStory == StoryID(0))
        #expect(state.highlightedMatches == ["童話", "童話"])
        _ = reduce(&state, .key(.character("n")))
        #expect(state.search.currentMatch == 1)
    }

    /// Japanese wraps with no space at the break, so the pane joins the lines back without one.
    @Test func aPhraseCutByTheWrapIsFoundCountedAndHighlightedWhole() {
        let paragraph = "横浜の港湾労働者は朝から働いた。" + String(repeating: "船", count: 47) + "港湾労働者の組合が集まった。"
        let library = Library(pages: [Page(path: "p.txt", title: "P", stories: [
            Story(kind: .article, headline: "港湾労働者の一日", paragraphs: [paragraph]),
        ])])
        var state = AppState(library: library, size: Size(width: 120, height: 20))
        _ = reduce(&state, .key(.character("/")))
        for character in "港湾労働者" { _ = reduce(&state, .key(.character(character))) }
        _ = reduce(&state, .key(.enter))
        let lines = state.document?.lines.map(\.text) ?? []
        #expect(lines.contains { $0.hasSuffix("港湾労") })
        #expect(state.paneMatches.map { $0.pieces.count } == [1, 1, 2])
        #expect(state.highlightedMatches == ["港湾労働者", "港湾労働者", "港湾労働者"])
    }

    @Test func aWordInsideAChineseRunIsFoundAndHighlighted() {
        let state = searching("违建")
        #expect(state.matchCountText == "1 story")
        #expect(state.selectedStory == StoryID(1))
        #expect(state.highlightedMatches == ["违建", "违建"])
    }
}
