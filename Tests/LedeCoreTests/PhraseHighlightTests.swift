import LedeCore
import Testing

/// A quoted phrase is highlighted where the search finds it, as one range, not word by word.
@Suite struct PhraseHighlightTests {
    func highlights(_ query: String, in text: String) -> [String] {
        SearchQuery(parsing: query).matches(in: text).map { String(text[$0]) }
    }

    @Test func aPhraseIsOneRangeWhereItsWordsAreInOrder() {
        let text = "The cost of the storm: of the storm, the COST of THE Störm."
        #expect(highlights("\"cost of the storm\"", in: text) == ["cost of the storm", "COST of THE Störm"])
        #expect(highlights("\"the cost storm\"", in: text) == [])
    }

    @Test func looseWordsBesideAPhraseAreEachTheirOwn() {
        let text = "The cost of the storm, the storm's cost."
        #expect(highlights("\"cost of the\" storm", in: text) == ["cost of the", "storm", "storm"])
        #expect(highlights("storm \"the storm\"", in: text) == ["the storm", "the storm"])
    }

    @Test func aPhraseBeingTypedStillMatchesWordByWord() {
        #expect(highlights("\"cost of", in: "of the cost") == ["of", "cost"])
    }

    @Test func aCJKPhraseMatchesOnlyWithinOneRun() {
        #expect(highlights("\"的 违建问题\"", in: "他承认住宅的违建问题。") == ["的违建问题"])
        #expect(highlights("\"的 违建问题\"", in: "住宅的违建。问题") == [])
    }
}
