@testable import LedeCore
import Testing

/// The heading of a box about a company, the site or the writer ends the article: a press
/// release's "About …" boilerplate, a blog's "Über uns" (QA pages). "About" and a name is a
/// subheading unless the boilerplate under it names the company again (review).
@Suite struct AboutHeadingTests {
    let parser = PageParser()

    @Test func aboutUsOrTheAuthorEndsTheArticle() {
        for heading in ["Über uns", "Über den Autor", "About us", "ABOUT THE AUTHOR", "Tentang Kami", "Sobre nosotros", "关于我们",
                        "Over mij", "Om oss", "Về chúng tôi"] {
            #expect(PageParser.split(heading)[0].endsArticle, "\(heading)")
        }
        for line in ["About Halvard Robotics", "About Last Night", "Über Nacht änderte sich alles", "Sobre Madrid y Barcelona",
                     "About 200 people gathered on the bluff.", "Chi siamo", "Who we are"] {
            #expect(!PageParser.split(line)[0].endsArticle, "\(line)")
        }
    }

    @Test func aboutANameHeadsBoilerplateOnlyOverTheNameAgain() {
        let lines = PageParser.split(["About Halvard Robotics", "Halvard Robotics designs and builds robotic picking systems for warehouses.",
                                      "About Last Night", "The council met until two in the morning to settle the budget.",
                                      "نبذة عن مجموعة الواحة للتقنية", "تأسست مجموعة الواحة للتقنية عام 2005 وهي من الشركات الرائدة.",
                                      "Om skolen", "Om skolen sier rektor at den nye ordningen fungerer godt."].joined(separator: "\n"))
        // (Not "Om …", "Over …" or "عن …": those open subheadings over text naming the same ("Om skolen", "Over de huurcommissie").)
        #expect(lines.indices.filter { AboutHeading.headsBoilerplate($0, in: lines) } == [0, 4])
    }

    /// "About" and an article before a name of two words or more, which the boilerplate opens
    /// with in capitals (review: "Über die Mauer", "About the Ashes" head an article's sections).
    @Test func aboutTheNameHeadsBoilerplatePastItsArticle() {
        let lines = PageParser.split(["Über die Stadtwerke Lindenau", "Die Stadtwerke Lindenau GmbH versorgen rund 65.000 Menschen mit Strom, Erdgas und Wärme.",
                                      "Sobre la Cooperativa Agraria", "La Cooperativa Agraria del Valle agrupa a 1.200 socios de la comarca.",
                                      "Über die Feiertage", "Die Bibliothek bleibt vom 24. bis 26. Dezember geschlossen, danach gelten die Winterzeiten.",
                                      "Über die Mauer", "Die Mauer und der Todesstreifen trennten die Stadt 28 Jahre lang in zwei Hälften.",
                                      "About the Ashes", "The Ashes is a Test series played between England and Australia since 1882."]
            .joined(separator: "\n"))
        #expect(lines.indices.filter { AboutHeading.headsBoilerplate($0, in: lines) } == [0, 2])
    }

    /// A line of the company's facts between the heading and the boilerplate that names it.
    @Test func aboutANameHeadsBoilerplateUnderALineOfFacts() {
        let lines = PageParser.split(["About Tidewater Analytics", "Logistics software · 51–200 employees · Founded 2016",
                                      "Tidewater Analytics builds forecasting tools that help ports and shipping lines plan their berths."].joined(separator: "\n"))
        #expect(AboutHeading.headsBoilerplate(0, in: lines))
        // The name in neither of the two lines under the heading: a subheading.
        let subheading = PageParser.split(["About Last Night", "Results · 14 races · 3 records",
                                           "The council met until two in the morning to settle the budget for the coming year."].joined(separator: "\n"))
        #expect(!AboutHeading.headsBoilerplate(0, in: subheading))
        // A name in lower case is looked for in the next line alone: "About last night" over the setlist.
        let review = PageParser.split(["About last night", "Setlist: Harbour Lights · Tide · Northbound",
                                       "The last night of the tour drew the biggest crowd the hall has seen since it reopened."].joined(separator: "\n"))
        #expect(!AboutHeading.headsBoilerplate(0, in: review))
    }

    let paragraphs = [
        "OSLO, March 3, 2026 – Halvard Robotics today opened its third warehouse site, adding 140 jobs in the Oslo region.",
        "The site will run the company's newest picking arms, which handle fragile grocery items without packaging changes.",
        "“Norway's grocers asked us for speed without waste,” said chief executive Ingrid Berg in a statement on Tuesday.",
    ]

    @Test func aPressReleaseEndsAtItsBoilerplate() {
        let page = ["Halvard Robotics opens third warehouse site", ""] + paragraphs.flatMap { [$0, ""] } + [
            "About Halvard Robotics",
            "Halvard Robotics designs and builds robotic picking systems for e-commerce and grocery warehouses, founded in 2015 in Oslo.",
            "", "Media contact: press@halvard.example",
        ]
        let story = parser.parse(page.joined(separator: "\n"), path: "p.txt").stories.first
        #expect(story?.headline == "Halvard Robotics opens third warehouse site")
        #expect(story?.paragraphs == paragraphs)
    }

    @Test func aSubheadingOpeningWithAboutKeepsTheRest() {
        let rest = "The second shift starts in May, when the company expects to hire forty more people for the night work."
        let page = ["Halvard Robotics opens third warehouse site", ""] + paragraphs.flatMap { [$0, ""] } + ["About Those Numbers", "", rest]
        #expect(parser.parse(page.joined(separator: "\n"), path: "p.txt").stories.first?.paragraphs == paragraphs + ["About Those Numbers", rest])
    }
}
