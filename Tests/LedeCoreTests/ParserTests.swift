import Foundation
@testable import LedeCore
import LedeTestSupport
import Testing

@Suite struct ParserTests {
    let parser = PageParser()

    func sample(_ name: String) -> Page {
        let file = BundledSamples.files.first { $0.name == name }
        return parser.parse(file?.contents ?? "", path: name)
    }

    @Test func statecraftPageGivesOneArticleAndThreeTeasersWithoutBoilerplate() throws {
        guard let url = Fixtures.sharedFile("pages/statecraft-front.txt") else { return }
        let page = parser.parse(try String(contentsOf: url, encoding: .utf8), path: url.path)
        #expect(page.stories.map(\.kind) == [.article, .teaser, .teaser, .teaser])
        let article = page.stories[0]
        #expect(article.headline == "Pakistan hits Taliban hard, but hopes for de-escalation")
        #expect(article.dek == "The Pakistani declaration of 'open war' is a notable step, but Islamabad believes it can manage escalation to achieve its goals")
        #expect(article.section == "Analysis | QiOSK")
        #expect(article.credit.hasPrefix("FILE PHOTO: Afghan Taliban fighters patrol near the Afghanistan-Pakistan border"))
        #expect(article.paragraphs.count == 6)
        #expect(article.paragraphs.first?.hasPrefix("Pakistan’s airstrikes on Kabul and Kandahar") == true)
        #expect(article.paragraphs.last?.hasSuffix("an intransigent Afghan Taliban that it helped empower.") == true)
        #expect(!article.expandable)
        let teasers = page.stories.dropFirst()
        #expect(teasers.map(\.headline) == [
            "Veterans urge Trump to reject war with Iran",
            "Chile, meet Donroe: Rubio yanks visas over proposed China deal",
            "Cuban Exile attack: Deliberate attempt to spur US action?",
        ])
        #expect(teasers.map(\.section) == ["QiOSK", "Latin America", "QiOSK"])
        #expect(teasers.map(\.credit.isEmpty) == [false, false, false])
        #expect(teasers.map(\.paragraphs.count) == [2, 2, 2])
        #expect(teasers.allSatisfy { $0.expandable })
        let storyLines = Set(page.stories.flatMap { [$0.headline, $0.dek, $0.section, $0.credit] + $0.paragraphs }.map { $0.lowercased() })
        let boilerplate = ["google cta", "follow us on social", "newsletter", "latest", "want more of our stories on google?", "click here to make us a preferred source."]
        #expect(boilerplate.filter { storyLines.contains($0) } == [])
        #expect(!storyLines.contains { $0.hasPrefix("subscribe now") })
        #expect(page.dropped.contains { $0.text == "google cta" && $0.reason == .callToAction })
        #expect(page.dropped.contains { $0.text == "keep readingShow less" && $0.reason == .control })
    }

    @Test func samplePageArticleHasItsHeaderAndEveryParagraph() {
        let page = sample("harbor-front.txt")
        let article = page.stories[0]
        #expect(article.kind == .article)
        #expect(article.headline == "Tidal barrier holds as the harbour city counts the cost of the storm")
        #expect(article.dek == "Engineers say the fifty-year-old gates did what they were built for, but the next surge may not be so kind")
        #expect(article.section == "Analysis | Coastlines")
        #expect(article.credit == "The barrier gates closed at high tide, seen from the south bank. Harbour Authority / M. Okafor")
        #expect(article.paragraphs.count == 4)
        #expect(page.title == article.headline)
    }

    @Test func samplePageTeasersEndAtTheirKeepReadingControl() {
        let page = sample("harbor-front.txt")
        #expect(page.stories.dropFirst().map(\.headline) == ["Ferry crews vote to strike over storm-duty pay", "Seventy years on, the flood that made the barrier"])
        #expect(page.stories.dropFirst().map(\.section) == ["Labour", "History"])
        #expect(page.stories.dropFirst().map(\.credit) == ["Port union archive", "Diocesan archive"])
        #expect(page.stories.dropFirst().allSatisfy { $0.expandable && $0.paragraphs.count == 2 })
    }

    @Test func pageWithOnlyAnArticleDropsTheCookieBanner() {
        let page = sample("harbor-history.txt")
        #expect(page.stories.count == 1)
        #expect(page.stories[0].headline == "Seventy years on, the flood that made the barrier")
        #expect(page.stories[0].paragraphs.count == 5)
        #expect(page.dropped.contains { $0.text.hasPrefix("We use cookies") })
    }

    @Test func emptyPageHasNoStoriesAndIsTitledByItsFileName() {
        let page = parser.parse("", path: "some/where/empty.txt")
        #expect(page.stories.isEmpty)
        #expect(page.title == "empty.txt")
    }

    @Test func windowsLineEndingsParseTheSame() {
        let text = BundledSamples.files.first { $0.name == "harbor-front.txt" }?.contents ?? ""
        let crlf = parser.parse(text.replacingOccurrences(of: "\n", with: "\r\n"), path: "x")
        let lf = parser.parse(text, path: "x")
        #expect(crlf.stories == lf.stories)
    }

    @Test func aTenMegabyteLineParsesAsOneParagraph() {
        let sentence = "The tide rose over the old quay and the gates held fast. "
        let huge = String(repeating: sentence, count: 10_000_000 / sentence.utf8.count)
        let page = parser.parse("A headline for a huge page\n\n" + huge + "\n", path: "huge.txt")
        #expect(page.stories.count == 1)
        #expect(page.stories[0].headline == "A headline for a huge page")
        #expect(page.stories[0].paragraphs.first?.utf8.count == huge.utf8.count - 1)
    }

    @Test func expandControlsAreRecognisedInTheirRunTogetherForms() {
        let text = """
        A teaser headline about the harbour

        The harbour master said the gates would be tested again on Monday, and that nobody should worry.

        Read more
        """
        let page = parser.parse(text, path: "t.txt")
        #expect(page.stories.map(\.kind) == [.teaser])
        #expect(page.stories[0].headline == "A teaser headline about the harbour")
        // One paragraph: all there is to read is shown.
        #expect(!page.stories[0].expandable)
    }

    // The links one under another, or each its own paragraph as copied pages often have them.
    @Test(arguments: ["\n", "\n\n"])
    func aReadMoreOverALinkListInsideAnArticleMakesNoTeaser(between: String) {
        // A box of other stories set between an article's paragraphs: its "Read more" ends no
        // teaser, and the paragraph above it stays the article's.
        let links = ["Man rents out his flatmate's room without telling him", "Ferry company goes bust on the eve of the holiday",
                     "It is possible for a city to have too many tourists"].joined(separator: between)
        let paragraph = "The harbour master said the gates would be tested again on Monday, and that nobody should worry about the tide."
        let text = """
        Tidal gates hold through the storm

        \(paragraph)

        \(paragraph.replacingOccurrences(of: "Monday", with: "Tuesday"))

        4. The engineers kept the pumps running through the night

        \(paragraph.replacingOccurrences(of: "Monday", with: "Friday"))

        Read more:\(between)\(links)
        5. The pumps are checked every spring

        \(paragraph.replacingOccurrences(of: "Monday", with: "Sunday"))
        """
        let page = parser.parse(text, path: "t.txt")
        #expect(page.stories.map(\.kind) == [.article])
        #expect(page.stories[0].paragraphs.contains(paragraph.replacingOccurrences(of: "Monday", with: "Friday")))
    }

    @Test func aTeaserCardsReadMoreOverTheNextCardStillEndsATeaser() {
        // The next card's headline, dek and byline under the control: no list of links.
        let text = """
        Tidal gates hold through the storm

        The harbour master said the gates would be tested again on Monday, and that nobody should worry.

        Read more
        Ferry crews vote to strike over storm pay
        Talks over extra pay broke down on Thursday.
        By Jane Doe
        """
        let page = parser.parse(text, path: "t.txt")
        let teaser = page.stories.first { $0.kind == .teaser }
        #expect(teaser?.headline == "Tidal gates hold through the storm")
        #expect(teaser?.paragraphs.count == 1)
    }
}

@Suite struct LineModelTests {
    @Test func weightsAreForTheFeaturesTheParserComputes() {
        // The weights file is generated by scripts/train-line-model: a feature added or renamed
        // without retraining would weigh the wrong measurements.
        #expect(LineModel.bodyWeightNames == LineFeatures.names)
        #expect(LineModel.bodyWeights.count == LineFeatures.count)
        #expect(HeadlineModel.headlineWeightNames == HeadlineFeatures.names)
        #expect(HeadlineModel.headlineWeights.count == HeadlineFeatures.count)
    }

    @Test func aChinesePageWithoutSpacesHasItsArticle() {
        let paragraph = "港口城市的防潮闸在周二夜间的风暴中经受住了考验，工程师们整夜监测水位，直到清晨河水退去。"
        let text = (["首页", "新闻", "体育", "", "防潮闸经受住风暴考验", ""] + Array(repeating: paragraph, count: 4).enumerated().map { "\($0.offset + 1)。" + $0.element })
            .joined(separator: "\n\n")
        let page = PageParser().parse(text, path: "zh.txt")
        #expect(page.stories.first?.kind == .article)
        #expect(page.stories.first?.paragraphs.contains(paragraph.isEmpty ? "" : "1。" + paragraph) == true)
        #expect(page.stories.first?.paragraphs.count == 4)
        #expect(page.stories.first?.headline == "防潮闸经受住风暴考验")
    }
}

@Suite struct HeadlineFeatureTests {
    @Test func separatorsAreFoundAsBytes() {
        for text in ["Headline | Site", "Headline - Site", "Headline — Site", "Home › News", "Home » News", "Tercera RFEF · Grupo 12", "Sport • Football"] {
            #expect(HeadlineFeatures.hasSeparator(text), "\(text)")
        }
        for text in ["A well-made headline", "Headline|Site", "Pipes —", "—", "", "a -", "x »", "a»b", "5·3 km", "x ·"] {
            #expect(!HeadlineFeatures.hasSeparator(text), "\(text)")
        }
    }
}

@Suite struct BodyGapTests {
    @Test func doubtfulLinesBetweenArticleTextAreKeptButNotPastIt() {
        // Ranks 0, 3 and 6 are sure (below even odds, as a line inside the run may be); 1 and 2
        // are doubtful but between them; 4 is too doubtful even there; 7 is doubtful past the
        // last sure line. A doubtful line must be within reach of text on both sides, counted in lines.
        let sure = ArticleRegion.regionSure + 0.25, doubtful = ArticleRegion.gapDoubt + 0.25, tooDoubtful = ArticleRegion.gapDoubt - 0.25
        #expect(sure < 0)
        let logits = [2.0, doubtful, doubtful, sure, tooDoubtful, doubtful, 1.0, doubtful]
        #expect(ArticleRegion.bodyLines(Array(logits.indices), logits: logits) == [0, 1, 2, 3, 5, 6])
        // A sure line needs no text past it.
        #expect(ArticleRegion.bodyLines([0, 1], logits: [1.0, sure]) == [0, 1])
        let far = [1.0] + [Double](repeating: doubtful, count: 2 * ArticleRegion.gapReach + 1) + [1.0]
        #expect(ArticleRegion.bodyLines(Array(far.indices), logits: far) == [0, far.count - 1])
    }
}

@Suite struct OpeningParagraphTests {
    /// Lines 0–1 a menu, 3 and 5 paragraphs, 7 on a table's rows: the run found starts at 7.
    let lines = PageParser.split(["Home", "Sport", "", "Here is the standing, updated after every race of the season!", "",
                                  "Keep this page and come back to it after each race of the season!", "", "1\tKyle Busch\t5040"].joined(separator: "\n"))

    func grown(_ logits: [Double]) -> ClosedRange<Int> {
        let weights = logits.map { $0 > 0 ? 1.0 : -1.0 }
        return ArticleRegion.withOpeningParagraphs(7...7, lines: lines, logits: logits, weights: weights)
    }

    @Test func paragraphsRightAboveTheRunThatTheModelHesitatesOverOpenIt() {
        let hesitant = ArticleRegion.openingDoubt + 0.25
        #expect(hesitant < 0)
        #expect(grown([-4, -4, 0, hesitant, 0, hesitant, 0, 2]) == 3...7)
        // Up to the first that is too doubtful, or no paragraph (the menu).
        #expect(grown([-4, -4, 0, hesitant, 0, ArticleRegion.openingDoubt - 0.25, 0, 2]) == 7...7)
        #expect(grown([2, 2, 0, hesitant, 0, hesitant, 0, 2]) == 3...7)
    }
}

@Suite struct CommentThreadTests {
    @Test func aCommentHeadingThatNamesTheHeadlineEndsTheArticle() {
        let body = (1...6).map { "Paragraph \($0) about the harbour budget runs on for long enough, with enough plain words in it, to be read as prose here." }
        let comments = (1...4).map { "Comment \($0): I read this article about the harbour budget and I think the council is wrong, for several reasons I give here." }
        let text = (["Home", "News", "", "Harbour budget passes after a long night", ""] + body.flatMap { [$0, ""] }
                    + ["10 thoughts on “Harbour budget passes after a long night”", "Jane", ""] + comments.flatMap { [$0, ""] }).joined(separator: "\n")
        let page = PageParser().parse(text, path: "c.txt")
        #expect(page.stories.first?.paragraphs == body)
    }
}

@Suite struct BreadcrumbHeadlineTests {
    @Test func aTrailInFrontOfTheHeadlineIsCut() {
        #expect(PageParser.lastCrumb(of: "Home › News › 2015 › Harbour gates hold after the storm") == "Harbour gates hold after the storm")
        #expect(PageParser.lastCrumb(of: "Mac & i > News > 1Password für Mac generiert Einmal-Passwörter") == "1Password für Mac generiert Einmal-Passwörter")
        // A last item too short to be a headline leaves the line as it is.
        #expect(PageParser.lastCrumb(of: "Books » Fiction") == "Books » Fiction")
        #expect(PageParser.lastCrumb(of: "Harbour gates hold") == "Harbour gates hold")
        // A » that closes a quotation is no trail's.
        let quoted = "« Les Nuits de Tanger » : un premier film brûlant sur l'exil et l'amitié"
        #expect(PageParser.lastCrumb(of: quoted) == quoted)
        #expect(PageParser.lastCrumb(of: "Accueil » Culture » Un premier film brûlant sur l'exil") == "Un premier film brûlant sur l'exil")
    }

    /// A page whose menu names its sections, a headline line, and four paragraphs.
    func page(headline: String) -> Page {
        let body = (1...4).map { "Paragraph \($0) about the ferry and the storm runs on for long enough, with plain words in it, to be read as prose." }
        let text = (["Home", "News", "UK", "World", "Sport", "", headline, "By Ana Costa", "12 March 2024", ""] + body).joined(separator: "\n")
        return PageParser().parse(text, path: "p.txt")
    }

    @Test func aTrailRunIntoTheHeadlineWithNoSpaceIsCut() {
        #expect(page(headline: "HomeNewsUKFerry runs aground in the storm").stories.first?.headline == "Ferry runs aground in the storm")
        #expect(page(headline: "World|Ferry runs aground in the storm").stories.first?.headline == "Ferry runs aground in the storm")
        // The last crumb may be a section the menu does not name.
        #expect(page(headline: "HomeNewsHarbourFerry runs aground in the storm").stories.first?.headline == "Ferry runs aground in the storm")
        #expect(page(headline: "HomeNewsHarbour5 ferries run aground in the storm").stories.first?.headline == "5 ferries run aground in the storm")
    }

    /// A page's title with its site's name gives way to the headline said alone, in its own case.
    @Test func aPageTitleGivesWayToTheHeadlineSaidAlone() {
        let lines = PageParser.split(["Harga Cabai Melonjak, Pedagang Mengeluh Sepi Pembeli - Kabar Nusantara", "Kabar Nusantara", "Ekonomi",
                                      "Harga cabai melonjak, pedagang mengeluh sepi pembeli", "Rina Handayani"].joined(separator: "\n"))
        #expect(HeadlineModel.titledAlone(lines[0], among: lines) == 3)
        #expect(HeadlineModel.titledAlone(lines[3], among: lines) == nil)
        // The site's name said alone is no headline.
        let site = PageParser.split(["Ekonomi - Kabar Nusantara", "Kabar Nusantara", "Harga cabai melonjak"].joined(separator: "\n"))
        #expect(HeadlineModel.titledAlone(site[0], among: site) == nil)
    }

    /// At the page's top, a title may part headline and site by an en dash, or with no spaces
    /// (Chinese and Japanese sites); lower down, an en dash is the headline's own.
    @Test func aPageTitleAtTheTopMayPartItsSiteByAnEnDashOrNoSpaces() {
        // (Candidates come nearest the body first.)
        let dashed = Array(PageParser.split(["Going on a short break – The Quiet Compiler", "The Quiet Compiler", "Home",
                                             "Going on a short break"].joined(separator: "\n")).reversed())
        #expect(HeadlineModel.titledAlone(dashed[3], among: dashed, atPageTop: true) == 0)
        #expect(HeadlineModel.titledAlone(dashed[3], among: dashed) == nil)
        let unspaced = Array(PageParser.split(["杭州地铁3号线北延段6月底开通试运营_城市导报网", "城市导报网", "杭州地铁3号线北延段6月底开通试运营"].joined(separator: "\n")).reversed())
        #expect(HeadlineModel.titledAlone(unspaced[2], among: unspaced, atPageTop: true) == 0)
        let barred = Array(PageParser.split(["フライパンで簡単！鶏もも肉の照り焼き｜ごはん日和", "ごはん日和", "フライパンで簡単！鶏もも肉の照り焼き"].joined(separator: "\n")).reversed())
        #expect(HeadlineModel.titledAlone(barred[2], among: barred, atPageTop: true) == 0)
        // Only the longer side is the headline: a site's name said alone is not taken for it.
        let site = Array(PageParser.split(["Storm closes the harbour road for a week | Valley Evening Echo", "Valley Evening Echo", "News",
                                           "Harbour road shut after storm"].joined(separator: "\n")).reversed())
        #expect(HeadlineModel.titledAlone(site[3], among: site, atPageTop: true) == nil)
        // Through the parser: the page's top line is its title.
        let body = (1...3).map { "Paragraph \($0) of the note says why the blog rests for a month, in plain words that read as prose." }
        let page = PageParser().parse((["Going on a short break – The Quiet Compiler", "The Quiet Compiler", "Home", "Archive", "",
                                        "February 11, 2024", "", "Going on a short break", ""] + body).joined(separator: "\n"), path: "p.txt")
        #expect(page.stories.first?.headline == "Going on a short break")
    }

    @Test func aLineOfAControlCharacterAloneIsNoCrumb() {
        // Its text is empty once cleaned: as a crumb it matched everywhere and cut nothing, for ever
        // (found by the fuzzer).
        let body = (1...4).map { "Paragraph \($0) about the ferry and the storm runs on for long enough, with plain words in it, to be read as prose." }
        let text = (["Home", "\u{03}", "News", "UK", "", "HomeNewsUKFerry runs aground in the storm", "By Ana Costa", ""] + body).joined(separator: "\n")
        #expect(PageParser().parse(text, path: "p.txt").stories.first?.headline == "Ferry runs aground in the storm")
    }

    @Test func aNameWrittenInCamelCaseIsNoTrail() {
        for headline in ["iPhone sales slow in the harbour town", "YouTube star visits the harbour", "McDonald's opens on the quay",
                         "Home Secretary visits the harbour", "NewsNow ranks the harbour town first"] {
            #expect(page(headline: headline).stories.first?.headline == headline)
        }
    }
}
