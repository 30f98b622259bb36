@testable import LedeCore
import Testing

/// An article's table of contents (its entries come back below as section headings, in order,
/// with prose between) joins the introduction above it to the sections below, and none of its
/// entries is the headline. A site's menu repeated in its footer is no table of contents.
@Suite struct TableOfContentsTests {
    let parser = PageParser()

    static let introduction = [
        "Kestrel Harbour is a small port on the north coast of the island, founded by fishermen in 1790. It now serves the ferries to the outer islands and a marina of some two hundred berths.",
        "The harbour is run by a trust of its users, who keep its gates, its lighthouse and its two slipways, and who hold a festival on its quays every summer since the war.",
    ]
    static let headings = ["History", "Trade", "The ferries", "Fishing", "The lighthouse", "Festivals", "Wildlife", "Transport", "Notable people", "See also"]

    /// Paragraphs as a page's text has them, a blank line after each.
    static func spaced(_ paragraphs: [String]) -> [String] {
        paragraphs.flatMap { [$0, ""] }
    }

    static func prose(about topic: String) -> [String] {
        (1...2).map { "Paragraph \($0) about the \(topic) runs on for long enough, with enough plain words in it, to be read as prose here." }
    }

    /// The numbered contents, under their heading.
    static let contents = ["Contents"] + headings.indices.map { "\($0 + 1) \(headings[$0])" }
    /// The sections below the contents, each under its heading as a wiki marks it.
    static let sections = headings.flatMap { ["\($0)[edit]", ""] + spaced(prose(about: $0.lowercased())) }

    /// A wiki page: title, a line of furniture, the introduction, the contents, the sections.
    static let wikiPage = ["Kestrel Harbour", "From the free encyclopedia", ""] + spaced(introduction) + contents + [""] + sections

    @Test func theEntriesAreFoundByTheirHeadingsBelow() throws {
        let lines = PageParser.split(Self.wikiPage.joined(separator: "\n"))
        let entries = try #require(TableOfContents.entries(in: lines))
        // "Contents" itself comes back nowhere below: it is no entry.
        #expect(lines.indices.filter { entries[$0] }.map { lines[$0].text } == Array(Self.contents.dropFirst()))
    }

    @Test func theArticleRunsFromItsIntroductionOverItsContents() throws {
        // Without the contents known, the ten entries parted the introduction from the
        // sections, and the first section's heading was taken for the headline.
        let story = try #require(parser.parse(Self.wikiPage.joined(separator: "\n"), path: "wiki.txt").stories.first)
        #expect(story.headline == "Kestrel Harbour")
        #expect(Array(story.paragraphs.prefix(2)) == Self.introduction)
        #expect(story.paragraphs.last == Self.prose(about: "see also")[1])
        // The entries are the sections' headings again, and "Contents" their heading: none is text (QA).
        #expect(!story.paragraphs.contains { Self.contents.contains($0) })
    }

    @Test func aRunOpeningUnderTheContentsTakesTheIntroductionAboveThem() throws {
        // A model that doubts the introduction (a reference page's dense opening) starts the run
        // at the first section: the introduction above the contents is the article's still.
        let lines = PageParser.split(Self.wikiPage.joined(separator: "\n"))
        let entries = try #require(TableOfContents.entries(in: lines))
        let weights = [Double](repeating: 0, count: lines.count)
        let firstSection = try #require(lines.firstIndex { $0.text == "History[edit]" })
        let grown = ArticleRegion.withIntroduction(firstSection...(lines.count - 1), lines: lines, contents: entries, weights: weights)
        #expect(lines[grown.lowerBound].text == Self.introduction[0])
        #expect(grown.upperBound == lines.count - 1)
        // A run that opens at the second section, past the first one's prose, is left as it is.
        let later = try #require(lines.firstIndex { $0.text == "Trade[edit]" })
        #expect(ArticleRegion.withIntroduction(later...(lines.count - 1), lines: lines, contents: entries, weights: weights) == later...(lines.count - 1))
    }

    @Test func aCookieBannerAboveTheContentsIsNoIntroduction() throws {
        let banner = "This website uses cookies to measure how visitors use our pages and to show personalised ads. By continuing to browse you accept our cookie policy."
        let page = ["Kestrel Harbour", ""] + Self.spaced([banner]) + Self.contents + [""] + Self.sections
        let lines = PageParser.split(page.joined(separator: "\n"))
        let entries = try #require(TableOfContents.entries(in: lines))
        let firstSection = try #require(lines.firstIndex { $0.text == "History[edit]" })
        let grown = ArticleRegion.withIntroduction(firstSection...(lines.count - 1), lines: lines, contents: entries,
                                                   weights: [Double](repeating: 0, count: lines.count))
        #expect(grown.lowerBound == firstSection)
    }

    @Test func anEntryIsNeverTheHeadline() throws {
        // Nothing above the contents but a line of furniture: the last entry was the nearest
        // title-shaped line above the sections.
        let page = ["Jump to navigation", ""] + Self.contents + [""] + Self.sections
        let story = try #require(parser.parse(page.joined(separator: "\n"), path: "wiki.txt").stories.first)
        #expect(!Self.contents.contains(story.headline))
    }

    /// A guide as a page with no blank lines has it: the site's menu, the headline and byline,
    /// the contents, then the first section's heading right over its prose.
    static let unspacedGuide = ["Home", "Guides", "Workshop", "Shop", "Replacing a harbour gate's hinges: a step-by-step guide",
                                "By Ann Lee, harbour engineer", "On this page"] + headings
        + headings.flatMap { [$0] + prose(about: $0.lowercased()) }

    @Test func theContentsUnderAMenuAndHeadlineWithNoBlankLineAreFound() throws {
        // The menu, headline and byline run on into the contents as one block of short lines:
        // its entries are most of the block from the first on, not of the whole; and the first
        // section's heading, right under the last entry, is a heading, not an entry.
        let lines = PageParser.split(Self.unspacedGuide.joined(separator: "\n"))
        let entries = try #require(TableOfContents.entries(in: lines))
        #expect(lines.indices.filter { entries[$0] } == Array(7..<(7 + Self.headings.count)))
        let story = try #require(parser.parse(Self.unspacedGuide.joined(separator: "\n"), path: "guide.txt").stories.first)
        #expect(story.headline == "Replacing a harbour gate's hinges: a step-by-step guide")
    }

    /// A council's questions and answers with no blank lines: "On this page" and the questions
    /// (one of eleven words), then each question again over its answer. None is the headline.
    @Test func questionsListedOnThePageAreEntriesNotTheHeadline() throws {
        let questions = ["When will my food waste collections start?", "What can I put in my food caddy?", "Do I have to use caddy liners?",
                         "I live in a flat. How will it work for me?", "What happens to the food waste?"]
        let answer = { (question: String) in "The answer to \"\(question.lowercased())\" runs on for long enough, with plain words in it, to be read as prose here." }
        let page = ["Home", "Bins and recycling", "Food waste collections", "Food waste collections: your questions answered",
                    "Last updated: 2 September 2024", "On this page"] + questions + questions.flatMap { [$0, answer($0)] } + ["Related content", "Contact us"]
        let lines = PageParser.split(page.joined(separator: "\n"))
        let entries = try #require(TableOfContents.entries(in: lines))
        #expect(lines.indices.filter { entries[$0] } == Array(6..<11))
        let story = try #require(parser.parse(page.joined(separator: "\n"), path: "faq.txt").stories.first)
        #expect(story.headline == "Food waste collections: your questions answered")
    }

    @Test func aMenuRepeatedInTheFooterIsNoTableOfContents() {
        let menu = ["Home", "News", "Sport", "Business", "Weather"]
        let page = menu + ["", "Harbour gates to close for winter", ""] + Self.spaced(Self.introduction) + menu
        #expect(TableOfContents.entries(in: PageParser.split(page.joined(separator: "\n"))) == nil)
    }

    @Test func entriesAndHeadingsAreComparedByTheirWords() {
        let key = { (text: String) in TableOfContents.entryKey(text) }
        #expect(key("3.7.1 Harbour gates") == key("Harbour gates[edit]"))
        #expect(key("IV. The ferries") == key("the ferries"))
        #expect(key("2. Trade") == key("Trade [ edit ]"))
        #expect(key("Harbour gates") != key("Harbour gate"))
        #expect(key("-- . --") == nil)
    }
}
