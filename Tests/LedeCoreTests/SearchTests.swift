import LedeCore
import LedeTestSupport
import Testing

@Suite struct SearchTests {
    static let page = Page(path: "p.txt", title: "P", stories: [
        Story(kind: .article, headline: "Café owners fear new rules", dek: "A city of cafés", paragraphs: ["The open war on terraces goes on.", "Owners met in Iran street."]),
        Story(kind: .teaser, headline: "War and peace in Iran", paragraphs: ["Talks in IRAN again.", "The war goes on and on."]),
        Story(kind: .article, headline: "Harbour gates hold", paragraphs: ["The war of the tides, the open sea.", "Nothing about war here, really, war."]),
    ])
    let index = SearchIndex(library: Library(pages: [Self.page]))

    func ids(_ query: String) -> [Int] {
        index.search(SearchQuery(parsing: query)).map(\.id.rawValue)
    }

    @Test func caseAndAccentsAreFolded() {
        #expect(ids("cafe ") == [0])
        #expect(ids("CAFÉ ") == [0])
        #expect(ids("iran ") == [1, 0])
    }

    @Test func wordsAreAllRequired() {
        #expect(ids("war iran ") == [1, 0])
        #expect(ids("iran peace ") == [1])
        #expect(ids("war harbour ") == [2])
    }

    @Test func headlineMatchesRankAboveBodyMatches() {
        #expect(ids("war ").first == 1)
    }

    @Test func quotedPhraseNeedsTheWordsTogether() {
        #expect(ids("\"open war\"") == [0])
        #expect(ids("\"war open\"") == [])
    }

    /// The reader's unread or saved-only list: stories left out do not take the places of the
    /// limit, so the best story included is still found.
    @Test func storiesLeftOutDoNotCountTowardsTheLimit() {
        let query = SearchQuery(parsing: "war ")
        #expect(index.search(query, limit: 1).map(\.id.rawValue) == [1])
        #expect(index.search(query, limit: 1) { $0.rawValue != 1 }.map(\.id.rawValue).count == 1)
        #expect(index.search(query, limit: 5) { $0.rawValue != 1 }.map(\.id.rawValue).sorted() == [0, 2])
    }

    @Test func minusExcludesAWord() {
        #expect(Set(ids("war -iran")) == [2])
    }

    @Test func theWordBeingTypedMatchesAsAPrefix() {
        #expect(ids("harb") == [2])
        #expect(ids("harb ") == [])
    }

    /// Words past the sixteenth are left out, and the query says so.
    @Test func wordsPastTheSixteenthAreLeftOutAndSaidToBe() {
        let sixteen = Array(repeating: "war", count: 16).joined(separator: " ")
        #expect(!SearchQuery(parsing: sixteen).leftTermsOut)
        #expect(!SearchQuery(parsing: sixteen + "   ").leftTermsOut)
        #expect(SearchQuery(parsing: sixteen + " zebra").leftTermsOut)
        #expect(ids(sixteen + " zebra") == ids(sixteen))
    }

    /// Inside a phrase whose closing quote is not typed yet, too: the list does not go blank at
    /// each letter of "harbour gates".
    @Test func theWordBeingTypedInAnOpenPhraseMatchesAsAPrefix() {
        #expect(ids("\"harb") == [2])
        #expect(ids("\"harbour ga") == [2])
        #expect(ids("\"harbour ga ") == [])
        #expect(ids("\"harbour ga\"") == [])
        #expect(SearchQuery(parsing: "\"harbour ga").lastIsPrefix)
        #expect(!SearchQuery(parsing: "\"harbour g").lastIsPrefix)
    }

    @Test func badQueriesGiveEmptyResultsNotCrashes() {
        #expect(ids("\"") == [])
        #expect(ids("-war") == [])
        #expect(ids("\u{1B}[31m\u{7}") == [])
        #expect(SearchQuery(parsing: String(repeating: "word ", count: 2000)).phrases.count == SearchQuery.maximumTerms)
        #expect(ids(String(repeating: "x", count: 10_000)) == [])
    }

    @Test func highlightRangesCoverEveryFoldedOccurrence() {
        let query = SearchQuery(parsing: "cafe war")
        let text = "Café war: the CAFE WARS"
        #expect(query.matches(in: text).map { String(text[$0]) } == ["Café", "war", "CAFE", "WARS"])
    }

    @Test func statecraftVeteransRanksTheVeteransTeaserFirst() throws {
        guard let url = Fixtures.sharedFile("pages/statecraft-front.txt") else { return }
        let result = PageLoader().load([url.path])
        let library = Library(pages: result.pages)
        let hits = SearchIndex(library: library).search(SearchQuery(parsing: "veterans"))
        #expect(hits.first.map { library.story($0.id).headline } == "Veterans urge Trump to reject war with Iran")
    }
}

@Suite struct TokenizerTests {
    @Test func theIndexingPathFoldsExactlyLikeTheHighlightingPath() {
        let texts = [
            "Pakistan’s “open war” — Café au lait, IRAN and Iran.",
            "漢字 and emoji 😀 between words; naïve coöperation, Ōsaka/Kraków 2026",
            "e\u{301}cole, ÉCOLE, École", "", "   ", "a-b_c.d",
        ]
        for text in texts {
            var fast: [String] = []
            Tokenizer.forEachFoldedWord(in: text) { fast.append($0) }
            #expect(fast == Tokenizer.words(in: text).map(\.word), "\(text)")
        }
    }

    @Test func foldingIgnoresCaseAndAccents() {
        #expect(Tokenizer.foldedWords(in: "Café ÉCOLE Kraków") == ["cafe", "ecole", "krakow"])
    }
}
