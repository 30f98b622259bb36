@testable import LedeCore
import Testing

/// A consent framework's banner atop the page: its heading and its long, well-formed
/// sentences about partners and cookies are never the article, whose run opens under its own
/// headline (QA: "We value your privacy" was taken for the headline, and the banner's text and
/// the menus under it for the article's opening).
@Suite struct ConsentBannerTests {
    static let consent = "We and our 842 partners store and/or access information on a device, such as cookies, and process personal data, "
        + "such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and "
        + "content measurement, audience research and services development. With your permission we and our partners may use precise "
        + "geolocation data and identification through device scanning. You may click to consent to our and our partners' processing as "
        + "described above, or access more detailed information and change your preferences before consenting or refusing to consent."
    static let article = [
        "The state Senate on Tuesday passed a sweeping housing bill that limits no-fault evictions and caps the deposits landlords may ask of new tenants.",
        "The measure, which passed 24 to 15 after a debate that stretched past midnight, now goes to the governor, who has said she will sign it.",
        "Under the new rules, landlords will only be able to end a tenancy for one of eleven reasons, among them unpaid rent and the sale of the home.",
    ]

    @Test func theBannerIsNeitherHeadlineNorText() {
        let page = (["We value your privacy", "", Self.consent, "", "I Accept", "Show Purposes", "", "The Capital Review", "Politics", "Policy",
                     "Economy", "World", "", "Renters win new protections as housing bill clears final hurdle", "", "By Marcus Delacroix",
                     "November 19, 2024", ""] + Self.article.flatMap { [$0, ""] } + ["More from Politics", "© 2024 The Capital Review"])
            .joined(separator: "\n")
        let story = PageParser().parse(page, path: "p.txt").stories.first
        #expect(story?.headline == "Renters win new protections as housing bill clears final hurdle")
        #expect(story?.paragraphs == Self.article)
    }

    @Test func aLongBannerIsKnownByItsOpening() {
        #expect(Self.consent.utf8.count > Line.phraseLimit)
        #expect(Phrases.isBannerOfAnyLength(PageParser.split(Self.consent)[0]))
        // A long paragraph about partners that names no cookie or consent is text.
        let story = "We and our partners in the harbour project have spent three years " + String(repeating: "rebuilding the old quay wall stone by stone, ", count: 10)
        #expect(!Phrases.isBannerOfAnyLength(PageParser.split(story)[0]))
        // Nor are a story's sentences about partners and consent, or about clicking (review).
        for text in ["We and our partners in six hospital trusts asked every patient for written consent before the trial began, " + String(repeating: "and the results were checked twice, ", count: 8),
                     "By clicking on the link in the message, the victims gave the fraudsters their passwords and cookies, " + String(repeating: "the bank said in a statement on Monday, ", count: 8)] {
            #expect(!Phrases.isBannerOfAnyLength(PageParser.split(text)[0]), "\(text.prefix(30))")
        }
    }
}
