import Foundation
@testable import LedeCore
import LedeTestSupport
import Testing

/// Untrusted pages: what reaches output is exactly the text, never a control sequence.
@Suite struct HostileInputTests {
    let page = PageParser().parse(HostilePages.escapes, path: "hostile.txt")

    @Test func escapeSequencesBidiAndControlsAreRemovedFromStories() {
        let article = page.stories.first
        #expect(article?.headline == "Harbour gates hold after the storm")
        #expect(article?.paragraphs.first == "The tide rose red over the quay, and the gates held desrever through the night.INJECTED The engineers watched the gauges until dawn and then went home to sleep.")
    }

    @Test func dumpTextHasNoControlCharacters() {
        let text = DumpFormatter.text([page])
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { Sanitizer.isUnsafe($0) && $0 != "\n" })
    }

    @Test func jsonEscapesWhatCouldStillBeThere() {
        let raw = Page(path: "p\u{1B}]0;x\u{07}.txt", title: "t", stories: [Story(kind: .article, headline: "a\u{1B}b\u{202E}c\u{E0041}")])
        let json = DumpFormatter.json([raw])
        #expect(json.contains(#""path":"p\u001b]0;x\u0007.txt""#))
        #expect(json.contains(#""headline":"a\u001bb\u202ec\udb40\udc41""#))
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    /// A fuzzer's mangling of the harbour fixture, read as HTML: the page's title hint named a
    /// headline under the article's text, and the story's line range was made upside down (a
    /// trap, not a story).
    @Test func aHeadlineBelowTheTextStillMakesAStory() throws {
        let bytes = try Data(contentsOf: Fixtures.own("fuzz/headline-below-region.html"))
        let read = HTMLPage.read(Array(bytes))
        let page = PageParser().parse(read.text, path: "fuzz.html", hints: PageHints(candidates: [read.evidence.ogTitle], lineBias: read.lineBias()))
        #expect(page.stories.count == 1)
        #expect(page.stories.allSatisfy { !$0.lines.isEmpty })
    }

    @Test func invalidUTF8IsRepairedAndReported() throws {
        // (Written in UTF-8 elsewhere: "Café" is no one-byte encoding's.)
        let bytes: [UInt8] = Array("Harbour gates hold at Café Quay\n\nThe tide rose ".utf8) + [0xFF, 0xFE, 0xC3] + Array(" over the old quay wall and the gates held fast all night long.\n".utf8)
        let result = PageLoader().parse(bytes, path: "bad.txt")
        let page = try result.get()
        #expect(page.warnings == ["invalid UTF-8 repaired (3 replacement characters)"])
        #expect(page.stories.first?.paragraphs.first?.contains("\u{FFFD}") == true)
    }

    @Test func linesEndedByCarriageReturnsAloneAreLines() throws {
        let text = "Harbour gates hold\r\rThe tide rose over the old quay wall and the gates held fast all night long, said the engineers.\r\rThe repairs begin on Monday and will take the rest of the winter to finish, the council said.\r"
        let page = try PageLoader().parse(Array(text.utf8), path: "mac.txt").get()
        #expect(page.stories.first?.headline == "Harbour gates hold")
        #expect(page.stories.first?.paragraphs.count == 2)
        // Line feeds anywhere: a carriage return is no line's end (it goes with the white space).
        let mixed = try PageLoader().parse(Array("Harbour gates hold\r\n\nThe tide rose over the old quay wall and the gates held fast all night long.\rStill.\n".utf8), path: "m.txt").get()
        #expect(mixed.stories.first?.paragraphs.count == 1)
    }

    @Test func utf8IsFoundAfterAByteThatBreaksASequenceOff() {
        #expect(TextDecoder.hasMultiByteUTF8([0x61, 0xC3, 0xC3, 0xA9]))  // a broken "Ã", then "é"
        #expect(TextDecoder.hasMultiByteUTF8([0xE2, 0x80, 0x94]))  // "—"
        #expect(!TextDecoder.hasMultiByteUTF8([0x43, 0x61, 0x66, 0xE9, 0x20, 0xE9, 0x74, 0xE9]))  // "Café été" in Latin-1
        #expect(!TextDecoder.hasMultiByteUTF8([0xE2, 0x80]))  // cut off
    }

    @Test func aPageWithNoUTF8IsReadAsWindows1252() throws {
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" society returns to the harbour\n\nThe na".utf8) + [0xEF] + Array("ve r".utf8) + [0xE9, 0x73, 0x75, 0x6D, 0xE9]
            + Array(" of the quay ".utf8) + [0x96] + Array(" its \"caf".utf8) + [0xE9, 0x93] + Array(" stalls reopened on Tuesday after the long repairs.\n".utf8)
        let page = try PageLoader().parse(bytes, path: "latin1.txt").get()
        #expect(page.warnings == ["not UTF-8: read as Windows-1252 (Latin-1)"])
        #expect(page.stories.first?.headline == "Café society returns to the harbour")
        #expect(page.stories.first?.paragraphs.first?.hasPrefix("The naïve résumé of the quay \u{2013} its \"café\u{201C} stalls") == true)
    }

    @Test func utf16WithAByteOrderMarkIsDecoded() throws {
        let text = "Harbour gates hold\n\nThe tide rose over the old quay wall and the gates held fast all night long, said the engineers.\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let page = try PageLoader().parse(bytes, path: "utf16.txt").get()
        #expect(page.stories.first?.headline == "Harbour gates hold")
        #expect(page.warnings == ["decoded as UTF-16 (little-endian)"])
    }

    @Test func binaryFilesAreRefusedWithAMessage() {
        let result = PageLoader().parse([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], path: "image.png")
        #expect(result.failure?.message == "binary file (contains NUL bytes), skipped")
    }

    @Test func missingFoldersAndEmptyFilesGiveClearProblemsAndTheRestLoads() throws {
        let good = try HostilePages.write(Data(HostilePages.escapes.utf8), named: "good.txt")
        let folder = good.deletingLastPathComponent()
        defer { HostilePages.remove(folder) }
        _ = try HostilePages.write(Data(), named: "empty.txt", in: folder)
        _ = try HostilePages.write(Data([0, 1, 2]), named: "binary.txt", in: folder)
        let emptyFolder = folder.appendingPathComponent("nothing-here")
        try FileManager.default.createDirectory(at: emptyFolder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        let result = PageLoader().load([folder.path, folder.appendingPathComponent("missing.txt").path, emptyFolder.path])
        #expect(result.pages.map { ($0.path as NSString).lastPathComponent }.sorted() == ["empty.txt", "good.txt"])
        #expect(result.pages.first { $0.path.hasSuffix("empty.txt") }?.stories.isEmpty == true)
        let messages = result.problems.map(\.description)
        #expect(messages.contains { $0.hasSuffix("binary.txt: binary file (contains NUL bytes), skipped") })
        #expect(messages.contains { $0.hasSuffix("missing.txt: no such file or folder") })
        #expect(messages.contains { $0.hasSuffix("nothing-here: no pages (.txt, .html or .htm) in this folder") })
    }

    @Test func problemMessagesNeverCarryControlCharactersFromAPath() {
        let problem = LoadProblem(path: "evil\u{1B}]0;title\u{07}.txt", message: "no such file or folder")
        #expect(problem.description == "evil\\u{1B}]0;title\\u{7}.txt: no such file or folder")
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

@Suite struct HostileSearchOutputTests {
    @Test func searchOutputOfAHostilePageHasNoControlCharacters() {
        let page = PageParser().parse(HostilePages.escapes + "\n\u{1B}]0;x\u{7}", path: "evil\u{1B}[2J.txt")
        let library = Library(pages: [page])
        let query = SearchQuery(parsing: "tide")
        let rows = SearchResultFormatter.rows(for: SearchIndex(library: library).search(query), query: query, library: library)
        let text = SearchResultFormatter.text(rows)
        #expect(rows.count == 1)
        #expect(text.contains("evil.txt"))
        #expect(!text.unicodeScalars.contains { Sanitizer.isUnsafe($0) && $0 != "\n" })
    }
}
