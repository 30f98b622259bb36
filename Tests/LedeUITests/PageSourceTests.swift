import LedeCore
@testable import LedeUI
import Testing

/// The name beside a headline in the list: where the page came from.
@Suite struct PageSourceTests {
    func page(_ path: String, site: String) -> Page {
        var page = Page(path: path, title: "t", stories: [])
        page.site = site
        return page
    }

    /// A fetched page's host wins over the copyright line's holder (QA: "Gazette Media" showed
    /// for a page fetched from 127.0.0.1, though the README says the list shows the host).
    @Test func aFetchedPageShowsItsHostAndAFileItsSite() {
        #expect(PageSource.name(of: page("http://127.0.0.1:8080/hidden.html", site: "Gazette Media")) == "127.0.0.1")
        #expect(PageSource.name(of: page("https://www.example.com/news/a.html", site: "")) == "example.com")
        #expect(PageSource.name(of: page("/home/me/pages/a.html", site: "Gazette Media")) == "Gazette Media")
        #expect(PageSource.name(of: page("/home/me/pages/a.html", site: "")) == "a")
    }
}
