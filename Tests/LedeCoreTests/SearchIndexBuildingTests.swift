@testable import LedeCore
import Testing

/// The indexing fast path (byte scanner, term table, per-story merge) against the plain tokenizer.
@Suite struct SearchIndexBuildingTests {
    @Test func theScannerFindsTheTokenizersWords() {
        let texts = [
            "Pakistan’s “open war” — Café au lait, IRAN and Iran.",
            "漢字 and emoji 😀 between words; naïve coöperation, Ōsaka/Kraków 2026",
            "e\u{301}cole, ÉCOLE, École", "", "   ", "a-b_c.d", "x",
            "\u{301}\u{301} marks alone", "abcÉdef ÀB9z", "𝐀𝐁 𝟙 Ⅻ ½ ٣ ẞ ǅ",
            String(repeating: "Ab", count: 5000) + " end",
        ]
        var scanner = WordScanner()
        for text in texts {
            var scanned: [String] = []
            scanner.forEachWord(in: text) { word, isFolded in
                let spelled = String(decoding: word, as: UTF8.self)
                scanned.append(isFolded ? spelled : Tokenizer.fold(spelled))
            }
            #expect(scanned == Tokenizer.words(in: text).map(\.word), "\(text)")
        }
    }

    @Test func theTermTableNumbersKeysInTheOrderFirstSeen() {
        var table = TermTable()
        let keys = [""] + (0..<5000).map { "word\($0)" } + ["a longer key of more than sixteen bytes"]
        for (number, key) in keys.enumerated() {
            var key = key
            let (found, isNew) = key.withUTF8 { table.insert($0) }
            #expect(found == Int32(number) && isNew)
        }
        for (number, key) in keys.enumerated().reversed() {
            var key = key
            let (found, isNew) = key.withUTF8 { table.insert($0) }
            #expect(found == Int32(number) && !isNew)
        }
        #expect(table.count == keys.count)
    }

    /// More distinct words than the term table first holds, repeated within and across stories:
    /// each word finds exactly the stories holding it, in library order when they score alike.
    @Test func everyWordFindsTheStoriesHoldingIt() {
        let stories = (0..<60).map { number in
            let words = (0..<40).map { "w\(($0 * 7 + number * 13) % 1500)" }
            return Story(kind: .article, headline: "Héadline \(number)", dek: words[0], paragraphs: [words.joined(separator: " "), "Ünïcode w\(number) ende"])
        }
        let library = Library(pages: [Page(path: "p.txt", title: "P", stories: stories)])
        let index = SearchIndex(library: library)
        var holders: [String: [Int]] = [:]
        for (number, story) in stories.enumerated() {
            let words = Set(([story.headline, story.dek] + story.paragraphs).flatMap { Tokenizer.foldedWords(in: $0) })
            for word in words { holders[word, default: []].append(number) }
        }
        #expect(index.termCount == holders.count)
        for (word, expected) in holders {
            let found = index.search(SearchQuery(parsing: word + " ")).map(\.id.rawValue)
            #expect(found.sorted() == expected, "\(word)")
        }
        #expect(index.search(SearchQuery(parsing: "headline ")).map(\.id.rawValue) == Array(0..<60))
    }

    @Test func phrasesAreConsecutiveFoldedWordsWithinOneField() {
        let index = SearchIndex(library: Library(pages: [Page(path: "p.txt", title: "P", stories: [
            Story(kind: .article, headline: "La la land", paragraphs: ["Nothing here."]),
            Story(kind: .article, headline: "La land la", paragraphs: ["The Rivér Café opens."]),
            Story(kind: .article, headline: "Ends with la", dek: "land starts the dek", paragraphs: ["la, land!"]),
        ])]))
        func ids(_ query: String) -> Set<Int> { Set(index.search(SearchQuery(parsing: query)).map(\.id.rawValue)) }
        #expect(ids("\"la la land\"") == [0])
        #expect(ids("\"la land la\"") == [1])
        #expect(ids("\"la land\"") == [0, 1, 2])
        #expect(ids("\"river cafe\"") == [1])
        #expect(ids("\"with la land\"") == [])
    }
}
