/// Writes text pages shaped like saved news pages: a navigation menu, share lines, a headline
/// repeated as image alt text, a dek, a section, a byline, body paragraphs with typographic
/// punctuation (and now and then CJK), an image credit, teaser cards ending in
/// "keep readingShow less", and a footer. About one page in ten is a front page of teasers only.
/// The same seed gives the same pages; page `n` does not depend on the pages before it.
public struct CorpusGenerator: Sendable {
    public var seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    /// The text of page `number`, and what it was built from (for tests and checks).
    public func page(_ number: Int) -> GeneratedPage {
        var random = SplitMix64(seed: seed &+ UInt64(truncatingIfNeeded: number) &* 0x9E37_79B9)
        var page = GeneratedPage()
        var out = ""
        for line in Vocabulary.furniture.shuffled(using: &random).prefix(3) { out += line + "\n" }
        for _ in 0..<Int.random(in: 5...40, using: &random) { out += Vocabulary.menu.randomElement(using: &random)! + "\n" }
        out += "\n"
        page.isFrontPage = Int.random(in: 0..<10, using: &random) == 0
        if !page.isFrontPage {
            let headline = sentence(words: Int.random(in: 6...12, using: &random), random: &random, title: true)
            let dek = sentence(words: Int.random(in: 14...24, using: &random), random: &random, title: false)
            let section = Vocabulary.sections.randomElement(using: &random)!
            page.article = GeneratedPage.Article(headline: headline, dek: dek, section: section)
            out += headline + "\n\n" + headline + "\n\n" + dek + "\n\n" + section + "\nshare this\n\n"
            if Bool.random(using: &random) {
                out += "By \(Vocabulary.givenNames.randomElement(using: &random)!) \(Vocabulary.names.randomElement(using: &random)!)\n"
                out += "Updated \(Int.random(in: 1...28, using: &random)) \(Vocabulary.months.randomElement(using: &random)!) \(Int.random(in: 2015...2025, using: &random))\n\n"
            }
            for _ in 0..<Int.random(in: 4...14, using: &random) {
                out += paragraph(random: &random) + "\n\n"
            }
            out += "Top image credit: \(Vocabulary.names.randomElement(using: &random)!) / Agency\nshare this\n"
        }
        for _ in 0..<(page.isFrontPage ? Int.random(in: 8...20, using: &random) : 3) {
            let teaser = sentence(words: Int.random(in: 5...10, using: &random), random: &random, title: true)
            page.teaserHeadlines.append(teaser)
            out += "\(Vocabulary.names.randomElement(using: &random)!) \(Vocabulary.places.randomElement(using: &random)!)\n"
            out += "Top image credit: \(Vocabulary.names.randomElement(using: &random)!)/Wirephoto\n\n"
            out += teaser + "\n\n" + Vocabulary.sections.randomElement(using: &random)! + "\n\n"
            out += paragraph(random: &random) + "\n\n" + paragraph(random: &random) + "\n\nkeep readingShow less\n"
        }
        out += "share this\nWant more of our stories?\nClick here to sign up.\n\nLATEST\n\nNewsletter\n\n"
        for _ in 0..<Int.random(in: 3...15, using: &random) { out += Vocabulary.menu.randomElement(using: &random)! + "\n" }
        out += "Subscribe now to our weekly round-up and never miss a story from our reporters.\n"
        out += "© \(Int.random(in: 2015...2025, using: &random)) The Coastal Courier. All rights reserved.\n"
        page.text = out
        return page
    }

    private func paragraph(random: inout SplitMix64) -> String {
        (0..<Int.random(in: 3...6, using: &random)).map { _ in
            var sentence = self.sentence(words: Int.random(in: 10...24, using: &random), random: &random, title: false) + "."
            switch Int.random(in: 0..<12, using: &random) {
            case 0: sentence = "“" + sentence + "” said \(Vocabulary.names.randomElement(using: &random)!)."
            case 1: sentence += " " + Vocabulary.cjk.randomElement(using: &random)!
            case 2: sentence = sentence.dropLast() + " — in \(Vocabulary.places.randomElement(using: &random)!)."
            case 3: sentence = sentence.dropLast() + " (‘\(Vocabulary.words.randomElement(using: &random)!)’)…"
            default: break
            }
            return sentence
        }.joined(separator: " ")
    }

    private func sentence(words count: Int, random: inout SplitMix64, title: Bool) -> String {
        var parts: [String] = []
        for index in 0..<count {
            var word = Vocabulary.words.randomElement(using: &random)!
            if Int.random(in: 0..<15, using: &random) == 0 { word = Vocabulary.places.randomElement(using: &random)! }
            if Int.random(in: 0..<25, using: &random) == 0 { word += "’s" }
            if index == 0 || (title && Int.random(in: 0..<3, using: &random) == 0) { word = word.prefix(1).uppercased() + word.dropFirst() }
            parts.append(word)
        }
        return parts.joined(separator: " ")
    }
}

/// One generated page: its text, and the parts a parser is expected to find in it.
public struct GeneratedPage: Sendable, Equatable {
    public struct Article: Sendable, Equatable {
        public var headline: String
        public var dek: String
        public var section: String
    }

    public var text = ""
    /// The main article; nil on a front page.
    public var article: Article?
    /// Headlines of the teaser cards, in page order.
    public var teaserHeadlines: [String] = []
    /// A page of teasers only, like a site's home page.
    public var isFrontPage = false
}
