@testable import LedeCore
import Testing

/// A breadcrumb trail a crumb per line under the site's home: its crumbs past the first are no
/// headline when one between says a section of the page's menu again, in a script without
/// spaces too (counted in words, "เชียงใหม่" is a title's length); a heading that says the
/// trail's last crumb again is the article's; a short headline under a menu is none.
@Suite struct CrumbTrailTests {
    /// The page's lines with their repeats counted, as the parser counts them.
    func page(_ texts: [String]) -> [Line] {
        var lines = PageParser.split(texts.joined(separator: "\n"))
        PageParser.countRepeats(in: &lines)
        return lines
    }

    @Test func theCrumbsUnderHomeAreRuledOut() {
        let lines = page(["คาเฟ่", "ที่พัก", "หน้าแรก", "คาเฟ่", "เชียงใหม่", "รวม 5 คาเฟ่นิมมานฯ เปิดใหม่ 2024 นั่งชิล ถ่ายรูปสวย กาแฟดี", "โดย ยู วรรณพร"])
        #expect(CrumbTrail.crumbs(among: lines, in: lines) == [4])
    }

    @Test func aHeadingSayingTheLastCrumbAgainIsNoCrumb() {
        let lines = page(["News", "Obituaries", "Home", "Obituaries", "John Smith", "John Smith", "John Smith was a ferryman for forty years."])
        #expect(CrumbTrail.crumbs(among: lines, in: lines) == [4])
    }

    @Test func aShortHeadlineUnderAMenuIsNoCrumb() {
        // Under a menu's "Home" and its sections said once, right under "Home", or past a blank line.
        for texts in [["Home", "About", "Hives", "Robbing season"], ["Home", "Kein Wasser mehr"],
                     ["Lokales", "Home", "Lokales", "", "Kein Wasser mehr"], ["News", "Sport", "Weather", "Storm hits"]] {
            let lines = self.page(texts)
            #expect(CrumbTrail.crumbs(among: lines, in: lines).isEmpty, "\(texts)")
        }
        let past = page(["Local", "Home", "The ferry runs again after the storm.", "Local"])
        #expect(CrumbTrail.crumbs(among: past, in: past).isEmpty)
    }
}
