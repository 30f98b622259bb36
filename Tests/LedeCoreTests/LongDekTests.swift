@testable import LedeCore
import Testing

/// A headline over a long standfirst in sentence case is the headline, though the standfirst,
/// longer and nearer the byline, scores higher (QA: police, science and energy stories in
/// English, Russian and Swedish); a trail, a page title or a Chinese or Japanese menu over a
/// long headline is none.
@Suite struct LongDekTests {
    let body = [
        "Police are looking for witnesses after a cyclist was taken to hospital with serious injuries in a hit-and-run in Verdun on Monday evening.",
        "The woman, 34, was riding north on Wellington Street at around nine when she was struck by a car that then drove off, a spokesperson said.",
        "Anyone with information or dash-camera footage from the area is asked to call the witness line or to report it online.",
    ]

    func headline(of header: [String]) -> String? {
        let top = ["News", "Local", "Sports", "Opinion", "", "We use cookies to improve your experience. Accept | Settings", "", "News > Montreal", ""]
        let credits = ["Kevin Tremblay", "The Gazette edition", "Published Oct 14, 2026 • Last updated 2 hours ago • 1 minute read", "", "Join the conversation", ""]
        let page = (top + header + credits + body.flatMap { [$0, ""] } + ["© 2026 The Gazette"]).joined(separator: "\n")
        return PageParser().parse(page, path: "cyclist.txt").stories.first?.headline
    }

    @Test func aTitleOverItsLongStandfirstIsTheHeadline() {
        #expect(headline(of: ["Police seek witnesses after hit-and-run injures cyclist in Verdun", "",
                              "The 34-year-old woman was taken to hospital with serious injuries", ""])
            == "Police seek witnesses after hit-and-run injures cyclist in Verdun")
    }

    @Test func theRuleReadsShapesNotWords() {
        // (Candidates are the lines that are not blank, nearest the body first.)
        func candidates(_ lines: [String]) -> [Line] { PageParser.split(lines.joined(separator: "\n")).filter { !$0.isBlank }.reversed() }
        let dek = "The woman, 34, was taken to hospital with serious injuries after the driver failed to stop"
        #expect(HeadlineModel.readsAsLongDek(0, in: candidates(["Police seek witnesses after hit-and-run injures cyclist", dek])))
        #expect(HeadlineModel.readsAsLongDek(0, in: candidates(["Police seek witnesses after hit-and-run injures cyclist", "", dek])))
        // A trail, or a page title with its site's name, over it is no headline.
        #expect(!HeadlineModel.readsAsLongDek(0, in: candidates(["Montreal / Local news / Crime and courts", dek])))
        #expect(!HeadlineModel.readsAsLongDek(0, in: candidates(["Crime and courts in Montreal | The Gazette", dek])))
        // A line in title case is no standfirst: it is the headline under its section's title.
        #expect(!HeadlineModel.readsAsLongDek(0, in: candidates(["Bed and Breakfasts in Illinois",
                                                                  "Galena, Illinois: The Best Small Town For A Weekend Of Antiques And Old Inns"])))
        // A kicker of a few words over a long headline in sentence case is none (review).
        #expect(!HeadlineModel.readsAsLongDek(0, in: candidates(["Woningnood in de Randstad",
                                                                  "Gemeenten willen sneller bouwen op oude kantoorterreinen langs de snelweg"])))
        // Nor is a line no longer than the title, or one of fewer than eight words.
        #expect(!HeadlineModel.readsAsLongDek(0, in: candidates(["Police seek witnesses after hit-and-run injures cyclist", "The woman was taken to hospital"])))
        // A Chinese or Japanese menu's labels spaced apart pass for a title there.
        #expect(!HeadlineModel.readsAsLongDek(0, in: candidates(["ホーム　ニュース　スポーツ　くらし", "山中漆器の工房から若手3人が独立へ　「ろくろの技、次の世代に」伝統の技を受け継ぐ"])))
    }
}
