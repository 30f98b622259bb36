import Foundation
import LedeTestSupport
import Testing

/// Saved web pages read end to end: a file, a pipe, a folder beside text pages.
@Suite struct HTMLPageTests {
    let page = Fixtures.own("html/harbour.html")

    @Test func dumpOfAnHTMLFileGivesTheArticleItsHeadlineAndItsAddress() throws {
        let result = try LedeBinary.run(["dump", page.path])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
        == \(page.path) — 1 story
        url: https://gazette.example/news/tidal-barrier-holds

        [article] Tidal barrier holds as the harbour counts the cost
        section: Coastlines
        dek: The gates did their job on Thursday night, but engineers warn the next surge may not be so kind

        The tide rose faster than forecast on Thursday night, and by midnight the water stood a metre above the quay wall. The new barrier, closed at nine, held until the morning.

        Engineers watched the gauges until dawn. “We were never more than a few centimetres from the top,” said the chief engineer, who had not slept since Tuesday.

        The council will meet on Monday to count the cost of the storm, which flooded eleven streets behind the old harbour and closed the ferry for two days.


        """)
    }

    @Test func anHTMLPageReadsAsItsTextPageDoesThroughTheSameParser() throws {
        let text = """
        Home
        News
        Sport

        Coastlines

        Tidal barrier holds as the harbour counts the cost

        The gates did their job on Thursday night, but engineers warn the next surge may not be so kind

        The tide rose faster than forecast on Thursday night, and by midnight the water stood a metre above the quay wall. The new barrier, closed at nine, held until the morning.

        Engineers watched the gauges until dawn. “We were never more than a few centimetres from the top,” said the chief engineer, who had not slept since Tuesday.

        The council will meet on Monday to count the cost of the storm, which flooded eleven streets behind the old harbour and closed the ferry for two days.

        © 2026 Harbour Gazette. All rights reserved.
        """
        let fromText = try LedeBinary.run(["dump", "-"], stdin: Data(text.utf8))
        let fromHTML = try LedeBinary.run(["dump", page.path])
        // The parser is handed the text a browser shows, and reads it with the same rules: every
        // paragraph of the text page's article is in the HTML page's. The headline is the one the
        // page names (og:title), where the text alone leaves the parser to pick among the lines
        // above the body (here it takes the standfirst, which then is the dek).
        let textBody = fromText.stdout.split(separator: "\n").dropFirst(2)
        #expect(!textBody.isEmpty && textBody.allSatisfy { fromHTML.stdout.contains($0) })
        #expect(fromHTML.stdout.contains("[article] Tidal barrier holds as the harbour counts the cost\n"))
    }

    @Test func jsonCarriesThePagesAddress() throws {
        let result = try LedeBinary.run(["dump", "--format", "json", page.path])
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let pages = document?["pages"] as? [[String: Any]] ?? []
        #expect(pages.first?["url"] as? String == "https://gazette.example/news/tidal-barrier-holds")
    }

    @Test func htmlPipedInIsRecognisedByItsContent() throws {
        let piped = try LedeBinary.run(["dump", "-"], stdin: try Data(contentsOf: page))
        let named = try LedeBinary.run(["dump", page.path])
        #expect(piped.status == 0)
        #expect(piped.stdout.split(separator: "\n").dropFirst() == named.stdout.split(separator: "\n").dropFirst())
    }

    /// A piece of a page saved without `<html>`, a `<meta>` first: read as HTML, not shown as markup.
    @Test func aFragmentOfHTMLReadsAsHTML() throws {
        let fragment = """
        <meta charset="utf-8">
        <h1>Tidal barrier holds as the harbour counts the cost</h1>
        <p>The tide rose faster than forecast on Thursday night, and by midnight the water stood a metre above the quay wall.</p>
        <p>Engineers watched the gauges until dawn, and the council will meet on Monday to count the cost of the storm.</p>
        """
        let result = try LedeBinary.run(["dump", "-"], stdin: Data(fragment.utf8))
        #expect(result.status == 0)
        #expect(result.stdout == """
        == - — 1 story

        [article] Tidal barrier holds as the harbour counts the cost

        The tide rose faster than forecast on Thursday night, and by midnight the water stood a metre above the quay wall.

        Engineers watched the gauges until dawn, and the council will meet on Monday to count the cost of the storm.


        """)
    }

    @Test func aFolderGivesItsHTMLPagesBesideItsTextPages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: page, to: folder.appendingPathComponent("a.html"))
        try FileManager.default.copyItem(at: page, to: folder.appendingPathComponent("b.HTM"))
        try Data("Headline\n\nA paragraph long enough to be the body of a short article about the harbour.".utf8)
            .write(to: folder.appendingPathComponent("c.txt"))
        try Data("body { color: red }".utf8).write(to: folder.appendingPathComponent("d.css"))
        let result = try LedeBinary.run(["dump", "--format", "json", folder.path])
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let paths = (document?["pages"] as? [[String: Any]] ?? []).compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } }
        #expect(paths == ["a.html", "b.HTM", "c.txt"])
    }

    @Test func anAddressThatCannotBeFetchedIsOneLineAndExitStatusOne() throws {
        let result = try LedeBinary.run(["dump", "gopher://example.com/"])
        #expect(result.status == 1)
        #expect(result.stderr == "lede: gopher://example.com/: only http and https addresses are fetched\n")
    }
}
