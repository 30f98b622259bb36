import Foundation
@testable import LedeCore
import Testing

/// A short post on a page with a newsletter box: the post is the article, the box is not, and a
/// one-paragraph post under its headline is its text, not a dek over the box.
@Suite struct SignupBoxTests {
    let parser = PageParser()

    func page(box: [String]) -> String {
        (["We use cookies to improve your experience.", "Accept", "Pixel & Pine", "Home", "Shop", "Blog", "Contact",
          "The shop is closed for two weeks", "July 22, 2024",
          "We're taking our first proper holiday in three years. Orders placed between July 25 and August 8 will ship on August 9. Thank you for your patience, and see you in August!",
          "Posted in News"] + box + ["Instagram", "© Pixel & Pine Studio"]).joined(separator: "\n")
    }

    static let post = "We're taking our first proper holiday in three years. Orders placed between July 25 and August 8 will ship on August 9. Thank you for your patience, and see you in August!"

    @Test func aBoxPitchOverAnAddressFieldAndButtonIsNoText() throws {
        let story = try #require(parser.parse(page(box: ["Newsletter", "Sign up for shop news and new print releases.", "Your email", "Subscribe"]), path: "p.txt").stories.first)
        #expect(story.headline == "The shop is closed for two weeks")
        #expect(story.paragraphs == [Self.post])
        #expect(story.dek == "")
    }

    /// Without its field and button the same sentence is not known to be a box's: the post is
    /// still the text, with it.
    @Test func theSentenceAloneIsWeighedAsText() throws {
        let story = try #require(parser.parse(page(box: ["Sign up for shop news and new print releases."]), path: "p.txt").stories.first)
        #expect(story.paragraphs.first == Self.post)
    }

    @Test func theFieldIsKnownByItsLabel() {
        let lines = PageParser.split("Your e-mail\nE-Mail-Adresse\nEmail address please tell us\nYour email is safe with us, we never share it.")
        #expect(lines.map(\.isAddressField) == [true, true, false, false])
    }

    /// "Author", "Por", "Par", "Von" open bylines only before a capitalised name.
    @Test func aBylineWordOpeningASentenceIsNoByline() {
        let lines = PageParser.split("Author evening moved to Thursday\nAuthor Jane Doe\nPor qué sube la luz\nPor Juan Pérez\nPar ailleurs la ville\nVon Thomas Müller")
        #expect(lines.map(\.isBylineOrDate) == [false, true, false, true, false, true])
    }

    /// A short pitch under a promotion's heading, or between a heading and a promotion's button,
    /// is the box's with its heading; a short paragraph under a share bar is the story's.
    @Test func aPitchBetweenAPromotionsHeadingAndButtonIsTheBoxs() {
        let lines = PageParser.split(["SUBSCRIBE TO OUR NEWSLETTER", "Get the week's best arts coverage.", "",
                                      "Support local journalism", "Subscribe to the Courier for unlimited access to local news.", "Subscribe now", "",
                                      "Share this article", "The council approved the budget on Tuesday.", ""].joined(separator: "\n"))
        var marked = lines
        SignupBox.mark(in: &marked)
        #expect(marked.map(\.isCallToAction) == [true, true, false, true, true, true, false, true, false, false])
        #expect(!lines[1].isCallToAction && !lines[3].isCallToAction)
    }

    /// An article's short paragraphs over a bare address field and button are the article's: only
    /// a box with its heading has a pitch.
    @Test func paragraphsOverABareFieldAreTheArticles() throws {
        let paragraphs = ["The ferry timetable changes on Monday, with the first sailing moved to a quarter past six.",
                          "Evening sailings will run every forty minutes until the end of October, the operator said.",
                          "Tickets bought before the change remain valid on any sailing on the same day."]
        let text = (["Harbour News", "The ferry timetable changes on Monday", "By Ana Costa", ""] + paragraphs + ["Email address", "Subscribe"]).joined(separator: "\n")
        let story = try #require(parser.parse(text, path: "p.txt").stories.first)
        #expect(story.paragraphs == paragraphs)
    }
}
