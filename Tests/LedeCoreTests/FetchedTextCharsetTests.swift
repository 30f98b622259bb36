import Foundation
import LedeCore
import Testing

/// A fetched text page is read in the charset its `Content-Type` names, as an HTML page is: its
/// bytes alone would be guessed as Windows-1252 or repaired as UTF-8.
@Suite struct FetchedTextCharsetTests {
    /// Hands back `bytes` under `contentType` for any address.
    struct FixedFetcher: PageFetching {
        var bytes: [UInt8]
        var contentType: String?
        func fetch(_ address: String) -> Result<FetchedPage, LoadProblem> {
            .success(FetchedPage(bytes: bytes, contentType: contentType, address: address))
        }
    }

    let text = "Паром вышел в море\n\nЭкипажи паромов вернулись на работу в понедельник утром, и первый рейс вышел по расписанию.\n"

    func load(_ bytes: [UInt8], contentType: String?) throws -> Page {
        var loader = PageLoader()
        loader.fetcher = FixedFetcher(bytes: bytes, contentType: contentType)
        return try loader.loadFile("http://127.0.0.1/news.txt").get()
    }

    @Test func theHeadersCharsetDecodesAPlainTextPage() throws {
        let cyrillic = try #require(text.data(using: .windowsCP1251))
        let page = try load(Array(cyrillic), contentType: "text/plain; charset=windows-1251")
        #expect(page.stories.first?.headline == "Паром вышел в море")
        #expect(page.warnings.isEmpty)
        // Guessed from its bytes alone, it was Windows-1252.
        let guessed = try load(Array(cyrillic), contentType: "text/plain")
        #expect(guessed.stories.first?.headline != "Паром вышел в море")
    }

    @Test func withoutACharsetOrWithUTF8ThePageIsReadAsAFileIs() throws {
        for type in [nil, "text/plain", "text/plain; charset=utf-8"] {
            let page = try load(Array(text.utf8), contentType: type)
            #expect(page.stories.first?.headline == "Паром вышел в море")
            #expect(page.warnings.isEmpty)
        }
    }

    @Test func anUnknownCharsetIsSaidAndTheTextReadAsUTF8() throws {
        let page = try load(Array(text.utf8), contentType: "text/plain; charset=x-no-such")
        #expect(page.stories.first?.headline == "Паром вышел в море")
        #expect(page.warnings == ["unknown charset X-NO-SUCH, read as UTF-8"])
    }
}
