import Testing
@testable import LedeCore

/// `body_overlap`: how much a header line says what the story's opening says.
@Suite struct BodyOverlapTests {
    let body = PageParser.split("""
        The ferry crews walked out at dawn, and the harbour stood still from six until noon.
        Commuters waited with their bicycles on the quay.
        """)

    func share(of text: String) -> Double {
        BodyOverlap.shares(of: PageParser.split(text), body: body)[0]
    }

    @Test func aHeadlineAboutTheOpeningSharesItsWords() {
        #expect(share(of: "Ferry crews walked out") == 1)
        #expect(share(of: "Ferry crews walk out") == 2.0 / 3)  // ("walk" is not "walked")
        #expect(share(of: "Harbour ferry strike strands commuters") == 0.6)
    }

    /// Another form of a word shares its first seven letters: a language that inflects its
    /// nouns says the headline's words otherwise in the body.
    @Test func anotherFormOfAWordIsTheSameWord() {
        let body = PageParser.split("Januártól egyetlen kártyával lehet utazni Budapest közösségi közlekedésében.")
        #expect(BodyOverlap.shares(of: PageParser.split("Budapesten bevezetik közlekedésben"), body: body)[0] == 2.0 / 3)
        #expect(share(of: "Harbours stood still") == 1)
        #expect(share(of: "Commuting ferries") == 0)  // ("commuti" is not "commute", "ferries" not "ferry")
    }

    /// Chinese and Japanese put no spaces between words: their headlines share pairs of
    /// characters with the body (a headline's whole run was one word, found nowhere).
    @Test func hanAndKanaShareTheirPairsOfCharacters() {
        let body = PageParser.split("若葉台市交通局は12日、市営バスの平日ダイヤを7月1日から約2割減便すると発表した。雪が積もった。")
        // 若葉 葉台 台市 市営 営バ バス, 平日 日ダ ダイ イヤ 減便: not ヤを, を減, with hiragana.
        #expect(BodyOverlap.shares(of: PageParser.split("若葉台市営バス、平日ダイヤを減便"), body: body)[0] == 1)
        #expect(BodyOverlap.shares(of: PageParser.split("東京で桜が満開"), body: body)[0] == 0)
        // Endings and particles are in every text: a caption sharing only those shares nothing.
        #expect(BodyOverlap.shares(of: PageParser.split("雪が積もった旭川"), body: body)[0] == 0)
    }

    /// "from" and "with" are in every story: a menu label sharing only those is about nothing there.
    @Test func wordsEveryTextUsesCountForNothing() {
        #expect(share(of: "Shooting from the Lip") == 0)
        #expect(share(of: "Live with Kelly") == 0)
        #expect(share(of: "Ferry from the Harbour") == 1)
    }

    @Test func theHeadOfEachLanguagesListIsTakenNotItsTail() {
                func isFunctionWord(_ word: String) -> Bool {
            var word = word
            return word.withUTF8 { FunctionWords.contains(asciiLowered: $0) }
        }
        #expect(isFunctionWord("with") && isFunctionWord("from") && isFunctionWord("avec") && isFunctionWord("para"))
        #expect(!isFunctionWord("world") && !isFunctionWord("ferry") && !isFunctionWord("film"))
    }
}
