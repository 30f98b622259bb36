import LedeCore
import LedeTestSupport
import LedeUI
import Testing

/// Each screen at a wide (split) and a narrow size, as exact text.
@Suite struct ScreenSnapshotTests {
    static let wide = Size(width: 100, height: 24)
    static let narrow = Size(width: 60, height: 16)

    func render(_ size: Size, keys: [Key] = []) -> Canvas {
        var state = AppState(library: SampleLibrary.library, size: size)
        for key in keys { _ = reduce(&state, .key(key)) }
        return Screen.render(state, theme: .builtIn)
    }

    func check(_ canvas: Canvas, _ name: String) {
        let problem = Snapshot.mismatch(canvas, named: name, in: "LedeUITests")
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func splitViewWithTheArticle() { check(render(Self.wide), "split-article-100x24") }
    /// The list takes the columns a wide terminal has past the pane's comfortable width.
    @Test func splitViewOnAWideTerminal() { check(render(Size(width: 200, height: 24)), "split-article-200x24") }
    @Test func narrowList() { check(render(Self.narrow), "narrow-list-60x16") }
    @Test func narrowStoryOpen() { check(render(Self.narrow, keys: [.enter]), "narrow-story-60x16") }
    @Test func splitViewPagedDown() { check(render(Self.wide, keys: [.tab, .pageDown]), "split-paged-100x24") }

    @Test func teaserCollapsed() { check(render(Self.wide, keys: [.down]), "split-teaser-collapsed-100x24") }
    @Test func teaserExpanded() { check(render(Self.wide, keys: [.down, .character("x")]), "split-teaser-expanded-100x24") }
    @Test func narrowTeaserExpanded() { check(render(Self.narrow, keys: [.down, .enter, .enter]), "narrow-teaser-expanded-60x16") }
    @Test func teaserExpandedToTheLinkedArticle() {
        check(render(Self.wide, keys: [.down, .down, .character("x")]), "split-teaser-linked-100x24")
    }

    @Test func helpWide() { check(render(Self.wide, keys: [.character("?")]), "help-100x24") }
    @Test func helpNarrow() { check(render(Self.narrow, keys: [.character("?")]), "help-60x16") }

    @Test func searchHighlightsMatchesWide() {
        check(render(Self.wide, keys: [.character("/")] + "storm".map(Key.character) + [.enter, .character("n")]), "search-storm-100x24")
    }
    @Test func searchPromptNarrow() {
        check(render(Self.narrow, keys: [.character("/")] + "flood".map(Key.character)), "search-prompt-60x16")
    }

    @Test func tinyTerminalShowsWhatFits() { check(render(Size(width: 20, height: 5)), "tiny-20x5") }
    @Test func tooSmallTerminalSaysSo() { check(render(Size(width: 19, height: 2)), "too-small-19x2") }
}
