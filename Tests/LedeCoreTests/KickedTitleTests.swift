@testable import LedeCore
import Testing

/// A headline between its section's kicker and a longer dek over the byline is the headline,
/// though the dek, nearer the byline and longer, scores higher; a trail's last label over a
/// headline in title case is no headline.
@Suite struct KickedTitleTests {
    let body = [
        "Tomatoes, cucumber, pepper, garlic, olive oil and a little vinegar: gazpacho asks for ripe vegetables and nothing else, blended until smooth and chilled for two hours.",
        "My grandmother never used bread in hers, and the soup is lighter for it, with the vegetables' own sweetness carrying every spoonful.",
    ]

    func headline(of header: [String]) -> String? {
        let page = (["Inicio", "Recetas", "Contacto", ""] + header + ["12 de junio de 2024", ""] + body.flatMap { [$0, ""] } + ["© 2024 Cocina"])
            .joined(separator: "\n")
        return PageParser().parse(page, path: "gazpacho.txt").stories.first?.headline
    }

    @Test func theTitleUnderTheKickerIsTheHeadline() {
        #expect(headline(of: ["SOPAS FRÍAS", "Gazpacho andaluz tradicional", "La receta de mi abuela, sin pan duro y sin complicaciones", "Por Marta Jiménez"])
            == "Gazpacho andaluz tradicional")
    }

    @Test func aTrailsLabelOverATitleCasedHeadlineIsNone() {
        let lines = PageParser.split(["What's Cooking", "Other Holidays & Parties", "Make-Ahead Side: Sweet Potato, Parsnip, and Celery Root Mash", "Diana Yen | December 22, 2014"]
            .joined(separator: "\n"))
        // (Candidates run nearest the body first.)
        let candidates = Array(lines.reversed())
        #expect(HeadlineModel.kickedTitle(over: 1, in: candidates) == nil)
        let kicked = PageParser.split(["SOPAS FRÍAS", "Gazpacho andaluz tradicional", "La receta de mi abuela, sin pan duro y sin complicaciones", "Por Marta Jiménez"]
            .joined(separator: "\n"))
        #expect(HeadlineModel.kickedTitle(over: 1, in: Array(kicked.reversed())) == 2)
    }

    /// A kicker the model picks over the title under it (a German Dachzeile, title-shaped) gives
    /// way to the title, when a dek under the title goes on to the byline.
    @Test func aPickedKickerGivesWayToTheTitleUnderIt() {
        let header = ["Hochwasser an der Mosel", "Pegel sinkt langsam – Winzer fürchten um die Ernte",
                      "Nach zwei Tagen Dauerregen geht das Wasser allmählich zurück. Für viele Betriebe kommt die Entwarnung zu spät.",
                      "Von Markus Lehnert"]
        let candidates = Array(PageParser.split(header.joined(separator: "\n")).reversed())
        // (Four words: more than a kicker over a pick that is the dek may have.)
        #expect(HeadlineModel.kickedTitle(over: 1, in: candidates) == nil)
        #expect(HeadlineModel.kickedTitle(over: 1, in: candidates, kickerWords: HeadlineModel.pickedKickerWords) == 2)
        // A kicker as long as the title is none.
        let even = Array(PageParser.split((["Hochwasser an der Mosel", "Pegel sinkt sehr langsam"] + header[2...]).joined(separator: "\n")).reversed())
        #expect(HeadlineModel.kickedTitle(over: 1, in: even, kickerWords: HeadlineModel.pickedKickerWords) == nil)
    }

    /// A headline may stack two subheadlines under it, as Korean papers do: the first is its
    /// subheadline still, though it has one of its own under it, when the three shorten down the
    /// stack and the script is one the body's words cannot vouch for (QA: "리벨로직, 2세대 NPU …
    /// 양산 돌입…" over two subheadlines). In Latin letters, a title over a headline with its own
    /// dek is another story's (`ParserHeaderTests`).
    @Test func aHeadlineOverTwoStackedSubheadlinesIsNoKicker() {
        let header = ["리벨로직, 2세대 신경망 칩 양산 돌입…전력효율 3배 주장", "4나노 공정으로 생산…하반기 데이터센터 공급",
                      "소프트웨어 생태계 과제 남아", "조현석 기자", "2026.03.09 06:00"]
        let candidates = Array(PageParser.split(header.joined(separator: "\n")).reversed())
        #expect(HeadlineModel.hasOwnDek(3, in: candidates))
        #expect(HeadlineModel.readsAsSubheadline(3, in: candidates))
        // A kicker shorter than the title under it heads a headline that has its own subheadline.
        let kicked = Array(PageParser.split((["반도체 업계 긴장"] + header[1...]).joined(separator: "\n")).reversed())
        #expect(!HeadlineModel.readsAsSubheadline(3, in: kicked))
        // The same stack in Latin letters: the title is no headline over the pick.
        let latin = ["Rivelogic starts mass production of its second chip, claiming three times the efficiency",
                     "Made on a four-nanometre process, it ships in the second half",
                     "Software ecosystem remains the hurdle to breaking the market leader's hold", "By Hyun-seok Cho", "09.03.2026 06:00"]
        #expect(!HeadlineModel.readsAsSubheadline(3, in: Array(PageParser.split(latin.joined(separator: "\n")).reversed())))
    }

    /// A title with a dek of its own under it, under a kicker under the menu's last section, is
    /// the headline: the kicker is no title over a dek, and the menu's section no kicker (QA: "La
    /// ricetta della domenica" over "Risotto con zucca, …: …" and its standfirst; a probe's
    /// Dachzeile under "Sport").
    @Test func aTitleWithItsOwnDekUnderAKickerIsTheHeadline() {
        let page = ["Startseite", "Politik", "Wirtschaft", "Panorama", "Sport", "Hochwasser an der Mosel", "Pegel sinkt langsam – Winzer fürchten um die Ernte",
                    "Nach dem höchsten Stand seit zwanzig Jahren geht das Wasser zurück. Doch in den Weinbergen sind die Schäden groß, und die Lese steht bald an",
                    "Von Julia Becker", "14.05.2024, 09:30 Uhr", "",
                    "Der Pegel der Mosel sinkt seit Montagmorgen langsam, aber stetig. In Trier lag er am Mittag noch bei acht Metern, einen Meter unter dem Höchststand.", "",
                    "Für die Winzer ist die Gefahr damit nicht vorbei. In vielen Weinbergen an den Steilhängen hat das Wasser Erde und Reben weggespült.", "",
                    "Der Weinbauverband rechnet mit Schäden in Millionenhöhe und fordert schnelle Hilfe vom Land, bevor die Lese im September beginnt.", "",
                    "Impressum", "Datenschutz"].joined(separator: "\n")
        let story = PageParser().parse(page, path: "mosel.txt").stories.first
        #expect(story?.headline == "Pegel sinkt langsam – Winzer fürchten um die Ernte")
        #expect(story?.section == "Hochwasser an der Mosel")
    }

    /// A column's name under its section's ("Letters", "Letters to the Editor") shares no word
    /// with the body: the line under it is the headline, not its dek.
    @Test func aColumnsNameIsNoTitleOverTheHeadline() {
        let letter = [
            "The county's decision to keep the Westbrook library open for one more year is welcome, but a reprieve is not a plan.",
            "Every winter the reading room fills with people who have nowhere warm to go, and every spring the budget talks start again.",
            "I urge the commissioners to fund the library for the next five years, so that its staff can plan beyond the next vote.",
        ]
        let page = (["Home", "Opinion", "Sports", "", "Letters", "Letters to the Editor", "Our library deserves more than a reprieve",
                     "Posted Thursday, February 15, 2024 5:00 am", ""] + letter.flatMap { [$0, ""] } + ["© 2024 The Westbrook Gazette"])
            .joined(separator: "\n")
        #expect(PageParser().parse(page, path: "letter.txt").stories.first?.headline == "Our library deserves more than a reprieve")
    }

    /// A menu's entry again right over the headline is the section's label, not a title over a
    /// dek: the headline under it is the headline ("Photo du jour" in the menu and over the photo's title).
    @Test func aMenuEntryAgainOverTheHeadlineIsNoTitle() {
        let page = (["Actualité", "Savoie", "Sports", "Photo du jour", "Annonces légales", "Photo du jour", "Brume matinale sur le lac du Bourget",
                     "Publié le 19/11/2024 à 06:00", ""] + body.flatMap { [$0, ""] } + ["© 2024 Le Réveil"]).joined(separator: "\n")
        #expect(PageParser().parse(page, path: "p.txt").stories.first?.headline == "Brume matinale sur le lac du Bourget")
    }
}
