@testable import LedeCore
import Testing

/// Words counted in any script: runs between spaces, and where words run together, a word
/// more for every two CJK characters and every four Thai, Lao, Khmer or Myanmar letters and
/// marks (a Thai word is four to six of them, its vowels and tone marks counted).
@Suite struct LineWordCountTests {
    func words(_ text: String) -> Int { PageParser.split(text)[0].wordCount }

    @Test func wordsBetweenSpacesAreCounted() {
        #expect(words("The harbour city counts the cost") == 6)
        #expect(words("Die Brücke über den Fluss") == 5)
    }

    @Test func cjkCharactersCountAWordForTwo() {
        // 宇航员在太空中喝酒: one run of nine ideographs.
        #expect(words("宇航员在太空中喝酒") == 1 + 9 / 2)
    }

    @Test func thaiAndKhmerCharactersCountAWordForFour() {
        // ศพลอย แม่น้ำโขง, "body floats in the Mekong" (ศพ ลอย แม่น้ำ โขง): two runs, fourteen Thai scalars.
        #expect(words("ศพลอย แม่น้ำโขง") == 2 + 14 / 4)
        // ភាសាខ្មែរ, "Khmer language" (ភាសា ខ្មែរ): one run of nine Khmer scalars.
        #expect(words("ភាសាខ្មែរ") == 1 + 9 / 4)
    }

    /// A Thai headline of a few spaced phrases counts as a title's words, not a paragraph's: at
    /// three scalars a word, a Bangkok smog headline read as 24 and could not lead (QA); a
    /// paragraph of one sentence, some hundred scalars, is still a paragraph (review).
    @Test func aThaiHeadlineCanLead() {
        let headline = PageParser.split("ฝุ่นกรุงเทพฯ เกินมาตรฐาน พื้นที่ กทม. ขอความร่วมมือทำงานจากบ้าน")[0]
        #expect(headline.wordCount == 5 + 58 / 4)
        #expect(ArticleOpening.canLeadAsHeadline(headline))
        let paragraph = PageParser.split("ผู้ว่าราชการจังหวัดเชียงรายลงพื้นที่ตรวจสอบความเสียหายและสั่งการให้ทุกอำเภอเร่งช่วยเหลือผู้ประสบภัยโดยด่วนที่สุด")[0]
        #expect(paragraph.isParagraph)
    }
}
