import LedeCore
import Testing

@Suite struct TextLayoutTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        #expect(TextLayout.wrap("the quick brown fox jumps over", width: 10) == ["the quick", "brown fox", "jumps over"])
    }

    @Test func splitsAWordLongerThanTheLine() {
        #expect(TextLayout.wrap("abcdefghij kl", width: 4) == ["abcd", "efgh", "ij", "kl"])
    }

    @Test func neverCutsAWideCharacterInHalf() {
        let lines = TextLayout.wrap("漢字漢字漢", width: 5)
        #expect(lines == ["漢字", "漢字", "漢"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 5 })
    }

    /// Each line says whether the break before it dropped a space, so the lines can be joined
    /// back as they were: Japanese text and a word too long for a line are cut between characters.
    @Test func aWrappedLineSaysWhetherItFollowsASpace() {
        #expect(TextLayout.wrappedLines("港湾労働者が集まる", width: 8) == [
            WrappedLine("港湾労働"), WrappedLine("者が集ま", continuesUnspaced: true), WrappedLine("る", continuesUnspaced: true),
        ])
        #expect(TextLayout.wrappedLines("abcdefghij kl", width: 4) == [
            WrappedLine("abcd"), WrappedLine("efgh", continuesUnspaced: true), WrappedLine("ij", continuesUnspaced: true), WrappedLine("kl"),
        ])
        #expect(WrappedLine.joined(TextLayout.wrappedLines("港湾労働者 が abcdefghij kl", width: 4)) == "港湾労働者 が abcdefghij kl")
    }

    @Test func truncatesWithAnEllipsisByDisplayWidth() {
        #expect(TextLayout.truncate("Pakistan hits Taliban hard", width: 10) == "Pakistan …")
        #expect(TextLayout.truncate("漢字漢字", width: 6) == "漢字…")
        #expect(TextLayout.truncate("short", width: 10) == "short")
    }
}

/// Chinese and Japanese text breaks between ideographs and kana, never inside a number or a Latin
/// word, and by kinsoku: closing marks never start a line, opening ones never end it.
@Suite struct CJKWrappingTests {
    @Test func aNumberBeforeAnIdeographStaysWhole() {
        #expect(TextLayout.wrap("2年版ライセンスは5000円（税込）。", width: 20) == ["2年版ライセンスは", "5000円（税込）。"])
    }

    @Test func aLatinWordInsideJapaneseStaysWholeAndTheLineIsFilled() {
        #expect(TextLayout.wrap("フリーWi-Fiの利用者も増加している。", width: 8) == ["フリー", "Wi-Fiの", "利用者も", "増加して", "いる。"])
        // The word joined to Japanese text on both sides no longer moves as one block.
        #expect(TextLayout.wrap("アプリ フリーWi-Fiプロテクションは、App Store", width: 20)
            == ["アプリ フリーWi-Fiプ", "ロテクションは、App", "Store"])
    }

    @Test func closingPunctuationNeverStartsALine() {
        #expect(TextLayout.wrap("発表した。", width: 8) == ["発表し", "た。"])
        #expect(TextLayout.wrap("アプリ（iOS）の発売", width: 11) == ["アプリ", "（iOS）の発", "売"])
        #expect(TextLayout.wrap("他说：“我不会辞职”，要求他马上辞职下台。", width: 17) == ["他说：“我不会辞", "职”，要求他马上辞", "职下台。"])
    }

    @Test func smallKanaNeverStartALine() {
        #expect(TextLayout.wrap("セキュリティ", width: 4) == ["セ", "キュ", "リ", "ティ"])
    }

    @Test func anOpeningBracketNeverEndsALine() {
        #expect(TextLayout.wrap("セキュリティアプリ「フリー」", width: 20) == ["セキュリティアプリ", "「フリー」"])
    }

    @Test func everyLineFitsTheWidth() {
        let text = "　フリーWi-Fiプロテクションは、App Storeおよび、Google Playにて「フリーWi-Fiプロテクション」（iOS/Android）の発売を開始すると発表した。"
        for width in 2...41 {
            #expect(TextLayout.wrap(text, width: width).allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)")
        }
    }

    @Test func aLatinParagraphWrapsAsBefore() {
        let text = "The city’s “harbour-side” ferry crews voted, on Thursday, to strike (for two days) next month: extraordinarily-long-hyphenated-word."
        #expect(TextLayout.wrap(text, width: 20) == [
            "The city’s",
            "“harbour-side” ferry",
            "crews voted, on",
            "Thursday, to strike",
            "(for two days) next",
            "month:",
            "extraordinarily-long",
            "-hyphenated-word.",
        ])
    }
}

extension TextLayoutTests {
    @Test func aLaidOutLineKeepsItsSpacesOrWrapsBehindItsIndent() {
        #expect(TextLayout.wrapLaidOut("Year  Closures", width: 14) == ["Year  Closures"])
        // A statement wraps, its continuation two columns deeper.
        #expect(TextLayout.wrapLaidOut("    return 4 + 4 + 4", width: 14) == ["    return 4 +", "      4 + 4"])
        // An indent that leaves no room goes.
        #expect(TextLayout.wrapLaidOut("          x = y + z", width: 12) == ["x = y + z"])
        #expect(TextLayout.wrapLaidOut("", width: 5) == [""])
    }

    /// A token too long for the pane carries on, deeper, with no space put into it.
    @Test func aLaidOutTokenCutAtTheEdgeCarriesOnUnspaced() {
        #expect(TextLayout.wrapLaidOut("    call(averyveryverylongidentifierthatrunspastthepaneandfurther);", width: 20) == [
            "    call(averyveryve", "      rylongidentifi", "      erthatrunspast", "      thepaneandfurt", "      her);",
        ])
    }

    /// Rows of columns are cut at the edge, spaces kept: rows cut alike keep their columns.
    @Test func aWideRowIsCutKeepingItsColumns() {
        #expect(TextLayout.wrapLaidOut("Route     Old  New", width: 12) == ["Route     Ol", "d  New"])
        #expect(TextLayout.wrapLaidOut("Harbour   2.1  2.3", width: 12) == ["Harbour   2.", "1  2.3"])
    }
}
