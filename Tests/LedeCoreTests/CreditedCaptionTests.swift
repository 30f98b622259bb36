@testable import LedeCore
import Testing

/// A caption with its credit's line right under or over it, the two set apart by blank lines,
/// is the picture's, not the article's (QA: German, Czech and Ukrainian papers' captions kept
/// once their "Foto: …" line was dropped); a paragraph running into a credit on a page without
/// blank lines is the article's still.
@Suite struct CreditedCaptionTests {
    let paragraphs = [
        "Die Stadt will die Ringallee bis zum Sommer umbauen und dem Radverkehr eine eigene Spur geben, getrennt von den Autos.",
        "Der Stadtrat hat den Plan am Dienstag mit großer Mehrheit beschlossen, nachdem Anwohner monatelang über die Gefahren geklagt hatten.",
        "Die Arbeiten beginnen im April und sollen rund 1,2 Millionen Euro kosten, von denen das Land einen großen Teil übernimmt.",
        "Während der Bauzeit bleibt die Allee in beide Richtungen befahrbar, nur an den Kreuzungen wird der Verkehr zeitweise umgeleitet.",
    ]
    let caption = "Auf der Ringallee sollen künftig rot-weiße Poller den Rad- vom Autoverkehr trennen."

    func body(_ between: [String], blank: Bool = true) -> [String]? {
        let gap = blank ? [""] : []
        let text = (["Stadtanzeiger", "Lokales", "Sport", "", "Ringallee bekommt eine eigene Radspur", "Von Jana Keller", "12.03.2026", ""]
                    + paragraphs[..<2].flatMap { [$0] + gap } + between + gap + paragraphs[2...].flatMap { [$0] + gap }
                    + ["Impressum", "© 2026 Stadtanzeiger"]).joined(separator: "\n")
        return PageParser().parse(text, path: "p.txt").stories.first?.paragraphs
    }

    @Test func aCaptionOverOrUnderItsCreditIsNoText() {
        #expect(body([caption, "Foto: Oliver Schepp"]) == paragraphs)
        #expect(body(["Foto: Oliver Schepp", caption]) == paragraphs)
    }

    @Test func aParagraphRunningIntoACreditWithoutBlankLinesIsText() {
        let kept = body([caption, "Foto: Oliver Schepp"], blank: false)
        #expect(kept?.joined(separator: "\n").contains(paragraphs[1]) == true)
        #expect(kept?.joined(separator: "\n").contains(paragraphs[2]) == true)
    }

    /// A credit over the lead paragraph or under the last signs the picture above or the story
    /// (review: a wire brief over "Image: Reuters" lost its one paragraph).
    @Test func theBodysFirstAndLastLinesAreNeverCaptions() {
        let text = (["Stadtanzeiger", "", "Ringallee bekommt eine eigene Radspur", "12.03.2026", "", "Foto: Oliver Schepp", paragraphs[0], ""]
                    + paragraphs[1...].flatMap { [$0, ""] } + ["© dpa", "", "Impressum"]).joined(separator: "\n")
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.paragraphs == paragraphs)
    }

    @Test func theRuleReadsTheBlankLinesAround() {
        let lines = PageParser.split([paragraphs[1], "", caption, "Foto: Oliver Schepp", "", paragraphs[0]].joined(separator: "\n"))
        #expect(CreditedCaption.lines(in: [lines[0], lines[2], lines[5]], of: lines) == [2])
        let run = PageParser.split([paragraphs[0], caption, "Foto: Oliver Schepp", paragraphs[1]].joined(separator: "\n"))
        #expect(CreditedCaption.lines(in: run, of: run).isEmpty)
    }
}
