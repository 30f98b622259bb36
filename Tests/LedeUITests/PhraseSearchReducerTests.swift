import LedeCore
import LedeUI
import Testing

/// `/"a phrase"` through the reducer: the pane highlights and steps through the phrase's
/// occurrences, a line break inside one included, and the status line quotes the query once.
@Suite struct PhraseSearchReducerTests {
    static let library = Library(pages: [Page(path: "p.txt", title: "P", stories: [
        Story(kind: .article, headline: "Harbour city counts the storm's toll", paragraphs: [
            "Counting the cost of the storm took the harbour city a week; the cost of the storm was high.",
        ]),
    ])])

    /// Narrow, so that the first "cost of the storm" wraps after "the".
    func searching(_ query: String, width: Int = 30) -> AppState {
        stateSearched(query, in: Self.library, width: width)
    }

    @Test func aPhraseIsOneMatchEvenWhereTheLineBreaksInsideIt() {
        let state = searching("\"cost of the storm\"")
        #expect(state.highlightedMatches == ["cost of the storm", "cost of the storm"])
        #expect(state.paneMatches[0].pieces.count == 2)
        #expect(state.paneMatches[1].line > state.paneMatches[0].line)
    }

    @Test func nStepsFromPhraseToPhrase() {
        var state = searching("\"cost of the storm\"")
        _ = reduce(&state, .key(.character("n")))
        #expect(state.search.currentMatch == 1)
        _ = reduce(&state, .key(.character("n")))
        #expect(state.search.currentMatch == 0)
    }

    @Test func theStatusLineQuotesAQuotedQueryOnce() {
        let state = searching("\"cost of the storm\"", width: 100)
        #expect(Screen.render(state, theme: .builtIn).lines.last?.hasPrefix(" 1/1 · search \"cost of the storm\": 1 story · match 1/2 ") == true)
        let plain = searching("storm", width: 100)
        #expect(Screen.render(plain, theme: .builtIn).lines.last?.hasPrefix(" 1/1 · search “storm”: 1 story · match 1/3 ") == true)
    }
}
