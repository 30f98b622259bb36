import Foundation
import LedeCore
import Testing

/// A user name and password in an address fetch the page and go no further: the page, its
/// problems and the order of the inputs name the address without them.
@Suite struct WebAddressCredentialsTests {
    /// Answers every address with one page, or fails with `problem`.
    struct FixedFetcher: PageFetching {
        var problem: String?
        func fetch(_ address: String) -> Result<FetchedPage, LoadProblem> {
            if let problem { return .failure(LoadProblem(path: address, message: problem)) }
            let text = "Ferry crews return to work\n\nThe crews of the island ferries went back to work on Monday morning, and the first boat left on time.\n"
            return .success(FetchedPage(bytes: Array(text.utf8), contentType: "text/plain", address: address))
        }
    }

    @Test func theAddressIsShownWithoutItsCredentials() {
        #expect(WebAddress.shown("https://ana:s3cret@news.example/today?x=1") == "https://news.example/today?x=1")
        #expect(WebAddress.shown("http://ana@news.example:8080/") == "http://news.example:8080/")
        // An "@" past the host is the page's own.
        #expect(WebAddress.shown("https://news.example/@ana/post") == "https://news.example/@ana/post")
        #expect(WebAddress.shown("notes/ana@home.txt") == "notes/ana@home.txt")
    }

    @Test func aFetchedPageAndItsProblemNameTheAddressAsShown() throws {
        var loader = PageLoader()
        loader.fetcher = FixedFetcher()
        let page = try loader.loadFile("http://ana:s3cret@127.0.0.1:8765/news.txt").get()
        #expect(page.path == "http://127.0.0.1:8765/news.txt")
        #expect(page.url == "http://127.0.0.1:8765/news.txt")
        loader.fetcher = FixedFetcher(problem: "404 Not Found")
        let problem = loader.loadFile("http://ana:s3cret@127.0.0.1:8765/gone.txt").failure
        #expect(problem?.description == "http://127.0.0.1:8765/gone.txt: 404 Not Found")
        // Placed where the address was given.
        let order = InputOrder(["a.txt", "http://ana:s3cret@127.0.0.1:8765/gone.txt"])
        #expect(order.place(of: "http://127.0.0.1:8765/gone.txt") == 1)
    }
}
