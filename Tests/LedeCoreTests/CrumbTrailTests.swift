@testable import LedeCore
import Testing

/// A breadcrumb trail a crumb per line under the site's home: its crumbs past the first are no
/// headline, in a script without spaces too (counted in words, "เชียงใหม่" is a title's length); a heading
/// that says the trail's last crumb again is the article's.
@Suite struct CrumbTrailTests {
    @Test func theCrumbsUnderHomeAreRuledOut() {
        let lines = PageParser.split(["ค้นหา", "หน้าแรก", "คาเฟ่", "เชียงใหม่", "รวม 5 คาเฟ่นิมมานฯ เปิดใหม่ 2024 นั่งชิล ถ่ายรูปสวย กาแฟดี",
                                      "โดย ยู วรรณพร"].joined(separator: "\n"))
        #expect(CrumbTrail.crumbs(among: lines, in: lines) == [3])
    }

    @Test func aHeadingSayingTheLastCrumbAgainIsNoCrumb() {
        let lines = PageParser.split(["Home", "Obituaries", "John Smith", "John Smith", "John Smith was a ferryman for forty years."].joined(separator: "\n"))
        #expect(CrumbTrail.crumbs(among: lines, in: lines) == [2])
        // A short headline right under a menu's "Home", or apart from the trail, is none.
        let home = PageParser.split(["Home", "Repairs begin", "", "Home", "News", "Local", "", "Repairs begin"].joined(separator: "\n"))
        #expect(CrumbTrail.crumbs(among: home, in: home) == [5])
    }

    @Test func shortLinesUnderNoHomeOrPastASentenceAreNoCrumbs() {
        let menu = PageParser.split(["News", "Sport", "Weather", "Storm hits"].joined(separator: "\n"))
        #expect(CrumbTrail.crumbs(among: menu, in: menu).isEmpty)
        let past = PageParser.split(["Home", "The ferry runs again after the storm.", "Local"].joined(separator: "\n"))
        #expect(CrumbTrail.crumbs(among: past, in: past).isEmpty)
    }
}
