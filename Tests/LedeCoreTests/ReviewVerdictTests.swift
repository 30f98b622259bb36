@testable import LedeCore
import Testing

/// A product review's last part: a link to related reading, the specifications as a box of
/// "Label: value" rows under a heading, then the verdict. The box parts the test from the
/// verdict but is no furniture that ends the article (QA: a vacuum's and an e-reader's
/// reviews lost their specifications and verdicts at "Lesen Sie auch" / "À lire aussi").
@Suite struct ReviewVerdictTests {
    static let paragraphs = [
        "The Lumen 7 is the smallest reading lamp we have tested this year, and it is also the brightest. We used it for three weeks on a desk, a bedside table and a train.",
        "Setting it up takes a minute: the arm clips onto any shelf up to four centimetres thick, and the head turns in every direction without wobbling.",
        "The light itself is warm and even, with no hot spot in the middle of the page. At its lowest setting it is dim enough for a dark bedroom.",
        "Battery life is where it falls short. On the brightest setting the lamp lasts a little over two hours, which will not get you through a long evening.",
    ]
    static let verdict = ["The Lumen 7 is a pleasure to read by and small enough to take anywhere. If you can live with charging it every other night, it is the lamp to buy.",
                          "We bought the lamp ourselves at full price. Every product in our reviews is used for at least two weeks before we write about it."]

    static func page(specs: [String]) -> String {
        (["GADGET DESK", "Reviews", "Audio", "Home", "", "Lumen 7 review: a tiny reading lamp with a big glow", "By Ana Ferreira",
          "12 March 2025", ""] + paragraphs.flatMap { [$0, ""] }
         + ["Read also: The best bedside lamps of 2025, tested and ranked by our team", "", "Specifications", ""] + specs
         + ["", "Verdict", ""] + verdict.flatMap { [$0, ""] } + ["Share", "Facebook", "More reviews", "Best desk lamps", "Best e-readers", "© 2025 Gadget Desk"])
            .joined(separator: "\n")
    }

    static let specs = ["Weight: 180 g", "Battery: 1,200 mAh", "Brightness: 400 lumens", "Charging: USB-C", "Price: 49 euros"]

    @Test func theVerdictUnderTheSpecificationsIsTheArticles() {
        let story = PageParser().parse(Self.page(specs: Self.specs), path: "review.txt").stories.first
        #expect(story?.headline == "Lumen 7 review: a tiny reading lamp with a big glow")
        #expect(story?.paragraphs.suffix(2) == Self.verdict[...])
        #expect(story?.paragraphs.contains("Brightness: 400 lumens") == true)
    }

    @Test func aBoxOfRowsAndItsHeadingAreFound() {
        let lines = PageParser.split(["Our test", "", "Specifications", "Weight: 180 g", "", "Battery: 1,200 mAh", "Charging: USB-C", "", "Verdict"].joined(separator: "\n"))
        #expect(DetailsBox.boxes(in: lines) == [false, false, true, true, false, true, true, false, false])
        // Two rows are no box; nor is a sentence over the rows its heading.
        #expect(DetailsBox.boxes(in: PageParser.split("Weight: 180 g\nCharging: USB-C")) == nil)
        let under = PageParser.split(["These are the figures we measured.", "Weight: 180 g", "Battery: 1,200 mAh", "Charging: USB-C"].joined(separator: "\n"))
        #expect(DetailsBox.boxes(in: under) == [false, true, true, true])
    }
}
