@testable import LedeCore
import Testing

/// Words counted in any script: runs between spaces, and where words run together, a word
/// more for every two CJK characters and every three Thai, Lao, Khmer or Myanmar ones.
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

    @Test func thaiAndKhmerCharactersCountAWordForThree() {
        // ผลการตรวจ: one run of nine Thai letters and marks.
        #expect(words("ผลการตรวจ") == 1 + 9 / 3)
        // Two runs, fourteen Thai scalars.
        #expect(words("ศพลอย แม่น้ำโขง") == 2 + 14 / 3)
        // ភាសាខ្មែរ: one run of nine Khmer scalars.
        #expect(words("ភាសាខ្មែរ") == 1 + 9 / 3)
    }
}
