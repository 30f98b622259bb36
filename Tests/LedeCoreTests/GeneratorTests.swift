import LedeBenchKit
import LedeCore
import Testing

@Suite struct GeneratorTests {
    @Test func theSameSeedGivesTheSamePagesInAnyOrder() {
        let first = CorpusGenerator(seed: 7)
        let second = CorpusGenerator(seed: 7)
        let forwards = (0..<20).map { first.page($0) }
        let backwards = (0..<20).reversed().map { second.page($0) }.reversed()
        #expect(forwards == Array(backwards))
    }

    @Test func anotherSeedOrPageNumberGivesOtherText() {
        let generator = CorpusGenerator(seed: 7)
        #expect(generator.page(3).text != CorpusGenerator(seed: 8).page(3).text)
        #expect(generator.page(3).text != generator.page(4).text)
    }

    @Test func splitMix64MatchesTheReferenceSequence() {
        // SplitMix64's published first output for seed 0, so the generator is the same everywhere.
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func anArticlePageHasItsPartsInPageOrder() throws {
        let generator = CorpusGenerator(seed: 1)
        let page = try #require((0..<50).lazy.map(generator.page).first { $0.article != nil })
        let article = try #require(page.article)
        let lines = page.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let headline = try #require(lines.firstIndex(of: article.headline))
        // The headline is said twice, as image alt text and as the headline, then the dek and section.
        #expect(lines[headline + 2] == article.headline)
        #expect(lines[headline + 4] == article.dek)
        #expect(lines[headline + 6] == article.section)
        #expect(lines.filter { $0 == "keep readingShow less" }.count == page.teaserHeadlines.count)
        #expect(page.teaserHeadlines.count == 3)
        #expect(lines.contains { $0.hasPrefix("Top image credit: ") })
    }

    @Test func somePagesAreFrontPagesOfTeasersOnly() {
        let generator = CorpusGenerator(seed: 1)
        let pages = (0..<200).map(generator.page)
        let front = pages.filter(\.isFrontPage)
        #expect(!front.isEmpty && front.count < 60)
        #expect(front.allSatisfy { $0.article == nil && $0.teaserHeadlines.count >= 8 })
    }

    @Test func pagesCarryTypographicPunctuationAndCJK() {
        let generator = CorpusGenerator(seed: 1)
        let text = (0..<100).map { generator.page($0).text }.joined()
        for mark in ["“", "”", "’", "—", "…", "©"] { #expect(text.contains(mark), "missing \(mark)") }
        #expect(text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        #expect(text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) })
    }

    @Test func theParserFindsTheGeneratedHeadlinesAsStories() throws {
        let generator = CorpusGenerator(seed: 1)
        let page = generator.page(0)
        let parsed = PageParser().parse(page.text, path: "generated.txt")
        let headlines = Set(parsed.stories.map(\.headline))
        for teaser in page.teaserHeadlines { #expect(headlines.contains(teaser), "teaser \(teaser)") }
        if let article = page.article { #expect(headlines.contains(article.headline)) }
    }
}
