@testable import LedeCore
import Testing

/// The heading of a box about a company, the site or the writer ends the article: a press
/// release's "About …" boilerplate, a blog's "Über uns" (QA pages).
@Suite struct AboutHeadingTests {
    @Test func aboutANameUsOrTheAuthorEndsTheArticle() {
        for heading in ["About Halvard Robotics", "ABOUT HALVARD ROBOTICS", "Sobre Solaria Verde", "À propos de Éditions Lumen",
                        "Über uns", "Über den Autor", "About us", "Tentang Kami", "نبذة عن مجموعة الواحة للتقنية", "关于 我们",
                        "Over mij", "Om oss", "Chi siamo", "Về chúng tôi"] {
            #expect(PageParser.split(heading)[0].endsArticle, "\(heading)")
        }
    }

    @Test func titleCaseSentencesAndOtherAboutsDoNot() {
        for line in ["About Our Photographer", "About The Study", "About face", "About 200 people gathered on the bluff.",
                     "Sobre la mesa, tres propuestas", "About Halvard Robotics and the seven warehouses it runs in Norway"] {
            #expect(!PageParser.split(line)[0].endsArticle, "\(line)")
        }
    }

    @Test func aPressReleaseEndsAtItsBoilerplate() {
        let paragraphs = [
            "OSLO, March 3, 2026 – Halvard Robotics today opened its third warehouse site, adding 140 jobs in the Oslo region.",
            "The site will run the company's newest picking arms, which handle fragile grocery items without packaging changes.",
            "“Norway's grocers asked us for speed without waste,” said chief executive Ingrid Berg in a statement on Tuesday.",
        ]
        let page = ["Halvard Robotics opens third warehouse site", ""] + paragraphs.flatMap { [$0, ""] } + [
            "About Halvard Robotics",
            "Halvard Robotics designs and builds robotic picking systems for e-commerce and grocery warehouses, founded in 2015 in Oslo.",
            "", "Media contact: press@halvard.example",
        ]
        let story = PageParser().parse(page.joined(separator: "\n"), path: "p.txt").stories.first
        #expect(story?.headline == "Halvard Robotics opens third warehouse site")
        #expect(story?.paragraphs == paragraphs)
    }
}
