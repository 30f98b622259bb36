@testable import LedeCore
import Testing

/// The stop-word lists behind the line model's `stopword_poor` feature: a page's language, and
/// per line the share of its words that are stop words of that language.
@Suite struct ParserStopWordTests {
    func densities(_ text: String) -> (language: String?, densities: [Float], page: Float) {
        let stops = StopWords.densities(of: PageParser.split(text))
        return (stops.language.map { StopWords.languages[$0] }, stops.densities, stops.pageDensity)
    }

    @Test func aGermanPageIsGermanAndItsLinesDensitiesAreTheirShareOfStopWords() {
        let page = densities("""
            Startseite | Politik | Sport

            Die Katze und der Hund schlafen über dem Fahrrad, sagt der Bäcker am Sonntag.
            „Der Apfel, die Milch und der Kuchen“ – über die Brücke.
            Zahnbürste Gießkanne Schlüssel
            """)
        #expect(page.language == "German")
        // Die und der über dem der am: 7 of 14 words ("Fahrrad," and "Sonntag." without their marks).
        #expect(page.densities[2] == Float(7) / 14)
        // Der die und der über die: 6 of 10; quotes and the dash are no words.
        #expect(page.densities[3] == Float(6) / 10)
        #expect(page.densities[4] == 0)
        #expect(page.densities[0] == 0)
        #expect(page.densities[1] == -1)  // blank: no evidence
        // The page's level: stop words over words in its lines of eight words and more.
        #expect(page.page == Float(13) / 24)
    }

    @Test func shortLinesAreLeftUnreadWhenOnlyLongOnesAreAskedAbout() {
        let lines = PageParser.split("Home | News | Sport\nThe cat and the dog sleep under an old bicycle in the garden.")
        let stops = StopWords.densities(of: lines, minimumWords: 8)
        #expect(stops.densities[0] == -1)
        #expect(stops.densities[1] == StopWords.densities(of: lines).densities[1])
    }

    @Test func greekCapitalsFold() {
        let page = densities("НА И ЧТО котёнок велосипед\nΗ ΚΑΙ ΤΟ ΤΗΣ γάτα και το")
        // Greek covers six words of the page, Russian three: Greek. Capitals fold (Η, ΚΑΙ, ΤΟ; ΤΗΣ
        // to της: a sigma's two small forms, σ and ς, are one).
        #expect(page.language == "Greek")
        #expect(page.densities[1] == Float(6) / 7)
        #expect(page.densities[0] == -1)  // no Greek letters in the Russian line: no evidence
    }

    @Test func turkishDottedCapitalIFoldsToI() {
        let page = densities("İLE BİR BU İÇİN kedi")
        #expect(page.language == "Turkish")
        #expect(page.densities[0] == Float(4) / 5)
    }

    @Test func russianCapitalsFold() {
        let page = densities("НА И ЧТО котёнок велосипед")
        #expect(page.language == "Russian")
        #expect(page.densities[0] == Float(3) / 5)
    }

    @Test func chineseAndJapaneseCountEachCharacterAsAWord() {
        let chinese = densities("我们的城市在河边。")
        #expect(chinese.language == "Chinese")
        // 我们的城市在河边: eight characters (。 is punctuation), 我 们 的 在 listed.
        #expect(chinese.densities[0] == Float(4) / 8)
        let japanese = densities("東京の雨は明日までに止む。")
        #expect(japanese.language == "Japanese")
        // 東京の雨は明日までに止む: twelve characters, の は ま で に listed.
        #expect(japanese.densities[0] == Float(5) / 12)
    }

    @Test func aPageNoListCoversHasNoLanguageAndNoDensities() {
        let page = densities("12 345 678\n---\nZyxq wvut")
        #expect(page.language == nil)
        #expect(page.densities == [-1, -1, -1])
    }

    @Test func wordsInAnotherScriptThanTheLanguagesSayNothing() {
        // A Thai paragraph (no list, no spaces) under English menus: English, and the Thai line
        // has no English words to measure, so no density (-1), not a density of 0.
        let page = densities("Home | News | Sport | About the site\nวันนี้อากาศดีมากและผู้คนออกมาเดินเล่นในสวนสาธารณะ 2567\nThe team and the coach said it was a good day for all of us.")
        #expect(page.language == "English")
        #expect(page.densities[1] == -1)
        #expect(page.densities[0] > 0)
    }

    @Test func theTableIsBuiltOnceAndReadFromManyThreads() async {
        let pages = (0..<8).map { "The cat and the dog sleep under an old bicycle, number \($0)." }
        let languages = await withTaskGroup(of: String?.self) { group in
            for page in pages { group.addTask { densities(page).language } }
            return await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(languages == Array(repeating: "English", count: 8))
    }

    @Test func theLineModelHasTheStopWordFeature() {
        #expect(LineFeatures.names.contains("stopword_poor"))
    }
}
