/// Writes text pages shaped like saved news pages: navigation and share lines, a headline repeated
/// as image alt text, a dek, a section, body paragraphs with typographic punctuation (and now and
/// then CJK), an image credit, teaser cards ending in "keep readingShow less", and a footer.
/// The same seed gives the same pages.
public struct CorpusGenerator: Sendable {
    public var seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    static let words = """
    the of and to in a is that for it as was with be by on not he this are or his from at which but have an they \
    you were her she there been one all we their has would when if so no what up said out them into more other \
    harbour council storm tide gates river city minister government election market price trade talks border \
    troops ceasefire court ruling budget tax workers strike union ferry crews bridge rail port airport energy \
    grid climate flood drought harvest farmers village mayor governor senate parliament policy reform inquiry \
    report evidence witness police protest crowd square festival museum archive history century decade winter \
    summer morning evening night week month year official spokesman analyst economist engineer doctor hospital \
    school teacher student family children neighbours shop factory company investors shares bank loan debt \
    inflation wages housing rent water power fuel diplomacy treaty alliance sanctions visas embassy talks
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    static let names = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Costa", "Novak", "Reyes", "Brennan", "Iyer"]
    static let places = ["Valparaíso", "Kraków", "Lagos", "Hobart", "Tromsø", "Ōsaka", "Mombasa", "Gdańsk", "Cádiz", "Quebec"]
    static let sections = ["Analysis | Coastlines", "World", "Politics", "Business | Markets", "Climate", "Culture", "Opinion", "Science"]
    static let furniture = ["Follow us on social", "share this", "Menu", "Search", "Sign in", "LATEST", "Newsletter", "google cta"]
    static let cjk = ["「港の門は持ちこたえた」", "市議会は来週決定する。", "防潮堤", "台风过后，码头恢复了平静。"]

    /// The text of page `number`.
    public func page(_ number: Int) -> String {
        var random = SplitMix64(seed: seed &+ UInt64(number) &* 0x9E37_79B9)
        var out = ""
        for line in Self.furniture.shuffled(using: &random).prefix(3) { out += line + "\n" }
        out += "\n"
        let headline = sentence(words: Int.random(in: 6...12, using: &random), random: &random, title: true)
        out += headline + "\n\n" + headline + "\n\n"
        out += sentence(words: Int.random(in: 14...24, using: &random), random: &random, title: false) + "\n\n"
        out += Self.sections.randomElement(using: &random)! + "\nshare this\n\n"
        for _ in 0..<Int.random(in: 4...9, using: &random) {
            out += paragraph(random: &random) + "\n\n"
        }
        out += "Top image credit: \(Self.names.randomElement(using: &random)!) / Agency\nshare this\n"
        for _ in 0..<3 {
            let teaser = sentence(words: Int.random(in: 5...10, using: &random), random: &random, title: true)
            out += "\(Self.names.randomElement(using: &random)!) \(Self.places.randomElement(using: &random)!)\n"
            out += "Top image credit: \(Self.names.randomElement(using: &random)!)/Shutterstock\n\n"
            out += teaser + "\n\n" + Self.sections.randomElement(using: &random)! + "\n\n"
            out += paragraph(random: &random) + "\n\n" + paragraph(random: &random) + "\n\nkeep readingShow less\n"
        }
        out += "share this\nWant more of our stories?\nClick here to sign up.\n\nLATEST\n\nNewsletter\n\n"
        out += "Subscribe now to our weekly round-up and never miss a story from our reporters.\n"
        return out
    }

    private func paragraph(random: inout SplitMix64) -> String {
        (0..<Int.random(in: 3...6, using: &random)).map { _ in
            var sentence = self.sentence(words: Int.random(in: 10...24, using: &random), random: &random, title: false) + "."
            switch Int.random(in: 0..<12, using: &random) {
            case 0: sentence = "“" + sentence + "” said \(Self.names.randomElement(using: &random)!)."
            case 1: sentence += " " + Self.cjk.randomElement(using: &random)!
            case 2: sentence = sentence.dropLast() + " — in \(Self.places.randomElement(using: &random)!)."
            default: break
            }
            return sentence
        }.joined(separator: " ")
    }

    private func sentence(words count: Int, random: inout SplitMix64, title: Bool) -> String {
        var parts: [String] = []
        for index in 0..<count {
            var word = Self.words.randomElement(using: &random)!
            if Int.random(in: 0..<15, using: &random) == 0 { word = Self.places.randomElement(using: &random)! }
            if Int.random(in: 0..<25, using: &random) == 0 { word += "’s" }
            if index == 0 || (title && Int.random(in: 0..<3, using: &random) == 0) { word = word.prefix(1).uppercased() + word.dropFirst() }
            parts.append(word)
        }
        return parts.joined(separator: " ")
    }
}
