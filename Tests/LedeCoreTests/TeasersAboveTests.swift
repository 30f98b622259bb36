@testable import LedeCore
import Testing

/// A box of teasers over the article's header, in one run with it on a page without blank
/// lines: the article opens at the text under its header, and its headline is the one above
/// the byline, not a teaser's.
@Suite struct TeasersAboveTests {
    let article = ["The children's annex of the Millbrook Public Library reopened Thursday, fourteen months after a burst pipe flooded its lower floor.",
                   "Director Alana Perkins said the repairs were covered by the town's insurance and that most of the damaged books had been replaced.",
                   "Regular hours resume Monday, from ten in the morning to six in the evening on weekdays and until two on Saturdays."]
    let box = ["Top Stories", "Council approves budget for the Route 9 sidewalk project",
               "The town council voted 5-2 on Tuesday to fund the long-delayed sidewalk, which will link the school to the town centre.",
               "Millbrook Hawks fall to Lakeview in regional semifinal",
               "A late field goal ended the Hawks' best season in more than a decade, and the coach said he was proud of his players."]

    @Test func theArticleOpensUnderItsHeaderNotAtTheBoxAbove() {
        let page = (["Millbrook Gazette", "News", "Sports"] + box + ["Library annex reopens after flood repairs", "By Sue Whitaker",
                    "Aug 16, 2024", "Share"] + article + ["Privacy policy", "© 2024 Millbrook Gazette"])
            .joined(separator: "\n")
        let story = PageParser().parse(page, path: "p.txt").stories.first
        #expect(story?.paragraphs == article)
        #expect(story?.headline == "Library annex reopens after flood repairs")
    }

    @Test func teasersAreHeadlinesOverOneParagraphEach() {
        let lines = PageParser.split((box + ["Library annex reopens after flood repairs"]).joined(separator: "\n"))
        #expect(TeasersAbove.teasers(in: 0..<lines.count, lines: lines) == 2)
        // A paragraph right under another is an article's own text: no box of teasers.
        let prose = PageParser.split((Array(box.prefix(3)) + article).joined(separator: "\n"))
        #expect(TeasersAbove.teasers(in: 0..<prose.count, lines: prose) == 0)
    }

    @Test func oneTeaserAboveTheHeaderLeavesTheRunAsItIs() {
        // (No box heading over it: the heading alone makes the box, `RankedBoxAboveTests`.)
        let lines = PageParser.split((Array(box[1...2]) + ["Library annex reopens after flood repairs", "By Sue Whitaker"] + article)
            .joined(separator: "\n"))
        #expect(TeasersAbove.cut(0...(lines.count - 1), lines: lines) == 0...(lines.count - 1))
        let two = PageParser.split((box + ["Library annex reopens after flood repairs", "By Sue Whitaker"] + article).joined(separator: "\n"))
        #expect(TeasersAbove.cut(0...(two.count - 1), lines: two) == 7...(two.count - 1))
    }
}

/// A most-read box of ranked headlines right over the article's section, headline, byline and
/// date: the article opens at the text under its header; a box of dated links, whose "date"
/// has the next link under it, is left as it is.
@Suite struct RankedBoxAboveTests {
    @Test func theTextUnderTheHeaderOpensTheRunUnderABoxHeading() {
        let lines = PageParser.split(["Lo más leído", "1. Gallardo confirmó el equipo para el Superclásico con una sorpresa",
                                      "2. La AFA definió las sedes de la próxima fecha del torneo", "Mercado de pases",
                                      "Racing negocia por un volante uruguayo de Peñarol", "Por Federico Álvarez", "14 de marzo de 2025 · 12:30",
                                      "Compartí", "Racing Club avanzó en las negociaciones con Peñarol para quedarse con el mediocampista uruguayo.",
                                      "El libro de pases en Argentina cierra el 28 de marzo, por lo que en Avellaneda esperan cerrar la operación."]
            .joined(separator: "\n"))
        #expect(TeasersAbove.cut(1...9, lines: lines) == 8...9)
        #expect(TeasersAbove.cut(0...9, lines: lines) == 8...9)
    }

    /// A run that opens at a later ranked headline (the model read the first as no text) is in
    /// the box too: the heading over the first ones makes it one.
    @Test func aRunOpeningAtALaterRankedHeadlineIsInTheBox() {
        let lines = PageParser.split(["ランキング", "1 春の新生活、家電は「まとめ買い」が本当にお得？", "2 花粉のピークはいつ？ 地域別の予測まとめ",
                                      "3 コンビニ各社、4月から一部商品を値上げ", "リコール", "電気ケトル約1万2千台を自主回収　発火のおそれ",
                                      "2025年3月14日 15:30", "くらしニュース編集部", "シェア",
                                      "生活家電メーカーのミナトデンキは14日、電気ケトル約1万2千台を自主回収すると発表した。使用中に発煙・発火するおそれがあるという。",
                                      "対象は2024年6月から12月に製造された製品。これまでに発煙が3件報告されているが、けが人は出ていない。"]
            .joined(separator: "\n"))
        #expect(TeasersAbove.opensInRankedBox(2...10, lines: lines))
        #expect(TeasersAbove.cut(2...10, lines: lines) == 9...10)
        // Ranked lines under no box's heading are no box: a list's items may be numbered.
        #expect(!TeasersAbove.opensInRankedBox(1...9, lines: Array(lines.dropFirst())))
        #expect(TeasersAbove.isRankedHeadline(lines[1]) && !TeasersAbove.isRankedHeadline(lines[5]))
        #expect(TeasersAbove.isRankedHeadline(PageParser.split("12. Why rents keep rising")[0]))
        #expect(!TeasersAbove.isRankedHeadline(PageParser.split("2025 in review")[0]))
    }

    @Test func aBoxOfDatedLinksIsNoHeader() {
        let lines = PageParser.split(["Lo más leído", "Gallardo confirmó el equipo para el Superclásico", "14 de marzo de 2025",
                                      "La AFA definió las sedes de la próxima fecha", "13 de marzo de 2025",
                                      "Racing Club avanzó en las negociaciones con Peñarol para quedarse con el mediocampista uruguayo."]
            .joined(separator: "\n"))
        #expect(TeasersAbove.cut(1...5, lines: lines) == 1...5)
    }

    /// A run right under its own byline and date is the article: a date inside it (a timeline's)
    /// does not open it lower. A masthead's date over a box's heading is the page's, no header.
    @Test func aRunUnderItsOwnHeaderIsLeftAsItIs() {
        let lines = PageParser.split(["By Ana Costa", "March 3, 2025",
                                      "What the new ferry timetable changes, section by section",
                                      "The first crossing now leaves at 6.10am, twenty minutes later than before, and the last at 11pm.",
                                      "What happens to season tickets",
                                      "Season tickets bought before March keep their price until they run out, the operator said.",
                                      "March 10, 2025",
                                      "The new timetable starts on the first Monday of the month, with extra boats on market days."]
            .joined(separator: "\n"))
        #expect(!TeasersAbove.isUnderHeader(0, lines: lines))
        #expect(TeasersAbove.isUnderHeader(2, lines: lines))
        #expect(TeasersAbove.cut(2...7, lines: lines) == 2...7)
        let masthead = PageParser.split(["Wednesday 12 March 2025", "Top stories", "Bypass roadworks to run into summer, council admits"].joined(separator: "\n"))
        #expect(!TeasersAbove.isUnderHeader(2, lines: masthead))
    }

    /// A byline over a sentence that opens with its name is an author's box at the end of a
    /// list article of items over a paragraph each, not the header of a story under them.
    @Test func aBylineOverItsAuthorsNoteIsNoHeader() {
        let items = (1...3).flatMap { ["Thing number \($0) to do in Lisbon", "A paragraph about thing number \($0), long enough to be read as prose here."] }
        let lines = PageParser.split((items + ["By Sophie Turner",
                                               "Sophie Turner is a travel writer based in Porto who has written about Portugal for a decade."])
            .joined(separator: "\n"))
        #expect(TeasersAbove.opensWithName(of: lines[6], lines[7]))
        #expect(TeasersAbove.cut(0...7, lines: lines) == 0...7)
    }

    /// A date under a paragraph is a dated section's, not a header: sections of a paragraph
    /// each over it are the article's, which goes on under it.
    @Test func aDateUnderAParagraphIsNoHeader() {
        let sections = (1...3).flatMap { ["What changes in step number \($0)", "A paragraph about step number \($0), long enough to be read as prose here."] }
        let lines = PageParser.split((sections + ["Payments start on 15 July 2025",
                                                  "The first payments reach accounts in the week after, the department said on Monday."])
            .joined(separator: "\n"))
        #expect(TeasersAbove.cut(0...7, lines: lines) == 0...7)
    }
}
