@testable import LedeCore
import Testing

/// A wiki's "[edit]" link on the line under each section heading (MediaWiki's current look) is
/// read as a blank line: the sections' prose is the article's, and the link is no text of it.
@Suite struct EditSectionMarkTests {
    let parser = PageParser()

    @Test(arguments: ["[edit]", "[ edit ]", "[Edit]", "[edit | edit source]", "[modifier | modifier le code]",
                      "[Bearbeiten | Quelltext bearbeiten]", "[编辑]", "[править | править код]", "[редактиране | редактиране на кода]"])
    func aWikisEditLinkIsAMark(_ line: String) {
        #expect(Self.isMark(line))
    }

    @Test(arguments: ["[1]", "[editorial]", "[edit] the page", "edit", "[]", "[ | ]", "[Edit this page to add a source]",
                      "[edit | share]"])
    func otherBracketedLinesAreNot(_ line: String) {
        #expect(!Self.isMark(line))
    }

    static func isMark(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { EditSectionMark.matches($0) }
    }

    static let sections: [(heading: String, prose: [String])] = [
        ("History", ["The station was founded in 1881 by the lighthouse board, after a run of wrecks on the reefs to the north of the headland had cost eleven lives.",
                     "Its keepers and their families lived beside the tower until the light was automated in 1989, a century and more after it was first lit."]),
        ("Design", ["The tower is twenty-three metres tall and stands on the highest point of the headland, painted white with an ochre balcony."]),
        ("Keepers", ["A principal keeper and two assistants kept the light; their children walked four miles each way to the school in the village."]),
        ("Present day", ["The cottages are holiday lets now, and the headland is reached by a footpath from the end of the road to the south."]),
    ]

    /// A wiki page as saved from its current look: each heading, then its edit link, then its prose.
    static let page = ["Skerrow Head Lighthouse", "From the free encyclopedia", "",
                       "Skerrow Head Lighthouse is an active lighthouse on the northern tip of the island, one of the last in the country to be kept by resident keepers."]
        + sections.flatMap { [$0.heading, "[edit]"] + $0.prose }
        + ["See also", "[edit]", "List of lighthouses"]

    @Test func theSectionsUnderTheirMarksAreTheArticle() throws {
        // Read as lines, the marks parted every heading from its prose: the sections' lone
        // paragraphs, between short lines, read as teasers, and the article stopped at the first.
        let story = try #require(parser.parse(Self.page.joined(separator: "\n"), path: "wiki.txt").stories.first)
        for section in Self.sections { #expect(story.paragraphs.contains(section.prose[0])) }
        #expect(!story.paragraphs.contains("[edit]"))
    }

    /// A wiki's notes end its article, in the languages a key cannot lower too ("Примечания").
    @Test func theNotesEndTheArticle() throws {
        for heading in ["References", "Einzelnachweise", "Literatur", "Przypisy", "Примечания", "Примітки", "脚注"] {
            let page = Self.page.dropLast(3) + [heading, "[edit]", "↑ State water register. Retrieved 12 May 2023.", "↑ Munro, R. W. (1979). Scottish Lighthouses. p. 188."]
            let story = try #require(parser.parse(page.joined(separator: "\n"), path: "wiki.txt").stories.first)
            #expect(story.paragraphs.last == Self.sections.last?.prose.last, "\(heading)")
        }
    }

    @Test func aMarkInTheArticlesTextIsKept() throws {
        // Inside a paragraph, "[edit]" is the writer's: only a line that is the link alone is one.
        let text = "Readers may fix a typo themselves: the [edit] link beside each heading opens the section in an editor of its own."
        let page = Self.page.map { $0 == Self.sections[1].prose[0] ? text : $0 }
        let story = try #require(parser.parse(page.joined(separator: "\n"), path: "wiki.txt").stories.first)
        #expect(story.paragraphs.contains(text))
    }
}
