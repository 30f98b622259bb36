import Foundation
import LedeCore
import LedeWeb
import Testing

/// Fetching over http from a server the test starts on 127.0.0.1: redirects, errors, limits and
/// charsets, each giving a page or one clear line.
@Suite(.serialized) struct WebFetcherTests {
    static let article = """
    <!doctype html><html><head><meta charset="utf-8"><title>Harbour gates hold | Gazette</title>
    <meta property="og:url" content="https://gazette.example/harbour"></head>
    <body><nav><a href="/">Home</a></nav><h1>Harbour gates hold</h1>
    <p>The tide rose over the quay on Thursday night, and the new gates held until the morning came.</p>
    <p>Engineers watched the gauges until dawn, then went home to sleep for the first time in days.</p></body></html>
    """

    static func route(_ path: String) -> LocalHTTPServer.Response {
        var response = LocalHTTPServer.Response()
        switch path {
        case "/page":
            response.body = Array(article.utf8)
        case "/own-address-javascript":
            response.body = Array(article.replacingOccurrences(of: "https://gazette.example/harbour", with: "javascript:alert(1)").utf8)
        case "/latin1":
            response.headers = [("Content-Type", "text/html; charset=ISO-8859-1")]
            response.body = Array("<html><body><p>Caf".utf8) + [0xE9] + Array(" on the quay</p></body></html>".utf8)
        case _ where path.hasPrefix("/redirect/"):
            let left = Int(path.dropFirst("/redirect/".count)) ?? 0
            response.status = 302
            response.headers = [("Location", left > 1 ? "/redirect/\(left - 1)" : "/page")]
        case "/to-ftp":
            response.status = 302
            response.headers = [("Location", "ftp://127.0.0.1/page")]
        case "/to-javascript":
            response.status = 302
            response.headers = [("Location", "javascript:alert(1)")]
        case "/set-cookie":
            response.status = 302
            response.headers = [("Set-Cookie", "session=abc; Path=/"), ("Location", "/page")]
        case "/gzip":
            response.headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")]
            response.body = packed
        case "/unnamed-status":
            response.status = 499
        case "/slow":
            response.delay = 3
            response.body = Array(article.utf8)
        case "/huge":
            response.unsized = true
            response.body = Array(repeating: 0x61, count: 4 << 20)
        case "/huge-declared":
            response.body = Array(repeating: 0x61, count: 2 << 20)
        default:
            response.status = 404
            response.body = Array("<p>not here</p>".utf8)
        }
        return response
    }

    /// `<html><body><p>Packed tight for the wire, unpacked for the reader.</p></body></html>`, gzipped.
    static let packed: [UInt8] = [
        0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xB3, 0xC9, 0x28, 0xC9, 0xCD, 0xB1, 0xB3, 0x49,
        0xCA, 0x4F, 0xA9, 0xB4, 0xB3, 0x29, 0xB0, 0x0B, 0x48, 0x4C, 0xCE, 0x4E, 0x4D, 0x51, 0x28, 0xC9, 0x4C, 0xCF,
        0x28, 0x51, 0x48, 0xCB, 0x2F, 0x52, 0x28, 0xC9, 0x48, 0x55, 0x28, 0xCF, 0x2C, 0x4A, 0xD5, 0x51, 0x28, 0xCD,
        0x2B, 0x80, 0x48, 0xC2, 0x84, 0x8B, 0x52, 0x13, 0x53, 0x52, 0x8B, 0xF4, 0x6C, 0xF4, 0x0B, 0xEC, 0x6C, 0xF4,
        0x21, 0x06, 0xE8, 0x83, 0x4D, 0x03, 0x00, 0xA5, 0x6B, 0x6D, 0x75, 0x54, 0x00, 0x00, 0x00,
    ]

    let fetcher = WebFetcher(timeout: 1, maxRedirects: 5, maxBytes: 1 << 20)

    func withServer(_ body: (LocalHTTPServer) throws -> Void) throws {
        let server = try LocalHTTPServer(route: Self.route)
        defer { server.stop() }
        try body(server)
    }

    @Test func aPageIsFetchedWithItsContentTypeAndAddress() throws {
        try withServer { server in
            let page = try fetcher.fetch(server.url("/page")).get()
            #expect(page.bytes == Array(Self.article.utf8))
            #expect(page.contentType == "text/html; charset=utf-8")
            #expect(page.address == server.url("/page"))
        }
    }

    @Test func redirectsAreFollowedUpToFiveAndTheFinalAddressKept() throws {
        try withServer { server in
            let page = try fetcher.fetch(server.url("/redirect/5")).get()
            #expect(page.address == server.url("/page"))
            let tooMany = fetcher.fetch(server.url("/redirect/6"))
            #expect(tooMany.failureMessage == "more than 5 redirects")
        }
    }

    @Test func aRedirectAwayFromTheWebIsNotFollowed() throws {
        try withServer { server in
            #expect(fetcher.fetch(server.url("/to-ftp")).failureMessage == "redirected to a ftp address, not followed")
        }
    }

    @Test func anHTTPErrorStatusIsOneLine() throws {
        try withServer { server in
            #expect(fetcher.fetch(server.url("/missing")).failureMessage == "HTTP 404 Not Found")
        }
    }

    @Test func aRedirectLimitOtherThanFiveIsKept() throws {
        try withServer { server in
            let twice = WebFetcher(timeout: 1, maxRedirects: 2, maxBytes: 1 << 20)
            let followed = try twice.fetch(server.url("/redirect/2")).get()
            #expect(followed.address == server.url("/page"))
            #expect(twice.fetch(server.url("/redirect/3")).failureMessage == "more than 2 redirects")
            let never = WebFetcher(timeout: 1, maxRedirects: 0, maxBytes: 1 << 20)
            #expect(never.fetch(server.url("/redirect/1")).failureMessage == "more than 0 redirects")
        }
    }

    @Test func aRedirectToAScriptIsNotFollowed() throws {
        try withServer { server in
            #expect(fetcher.fetch(server.url("/to-javascript")).failureMessage == "redirected to a javascript address, not followed")
        }
    }

    @Test func aStatusWithoutAKnownNameIsNamedByItsClass() throws {
        try withServer { server in
            #expect(fetcher.fetch(server.url("/unnamed-status")).failureMessage == "HTTP 499 Client Error")
        }
    }

    /// A body of exactly the cap is read; one byte over is refused, declared or not.
    @Test func theByteCapIsExact() throws {
        try withServer { server in
            let size = Self.article.utf8.count
            let exact = try WebFetcher(timeout: 1, maxRedirects: 5, maxBytes: size).fetch(server.url("/page")).get()
            #expect(exact.bytes.count == size)
            let smaller = WebFetcher(timeout: 1, maxRedirects: 5, maxBytes: size - 1)
            #expect(smaller.fetch(server.url("/page")).failureMessage?.hasPrefix("too large") == true)
        }
    }

    @Test func aGzippedPageIsUnpacked() throws {
        try withServer { server in
            let page = try fetcher.fetch(server.url("/gzip")).get()
            #expect(String(decoding: page.bytes, as: UTF8.self) == "<html><body><p>Packed tight for the wire, unpacked for the reader.</p></body></html>")
        }
    }

    /// Who asks and what it takes, and no cookie kept from one response for the next request.
    @Test func theRequestNamesLedeAndCarriesNoCookie() throws {
        try withServer { server in
            _ = try fetcher.fetch(server.url("/set-cookie")).get()
            let heads = server.requestHeads
            #expect(heads.count == 2)
            for head in heads {
                let lines = head.split(separator: "\r\n").map { $0.lowercased() }
                #expect(lines.contains("user-agent: lede/0.1 (terminal news reader)"))
                #expect(lines.contains("accept: text/html,text/plain;q=0.9,*/*;q=0.1"))
                #expect(lines.contains { $0.hasPrefix("accept-encoding:") && $0.contains("gzip") })
                #expect(!lines.contains { $0.hasPrefix("cookie:") })
            }
        }
    }

    @Test func aSlowServerHitsTheTimeout() throws {
        try withServer { server in
            let start = Date()
            #expect(fetcher.fetch(server.url("/slow")).failureMessage == "timed out after 1 s")
            #expect(Date().timeIntervalSince(start) < 2.5)
        }
    }

    @Test func aHugeBodyIsCutOffAtTheCapWhetherOrNotItsSizeIsDeclared() throws {
        try withServer { server in
            #expect(fetcher.fetch(server.url("/huge")).failureMessage == "too large (over 1 MB), not read")
            #expect(fetcher.fetch(server.url("/huge-declared")).failureMessage == "too large (over 1 MB), not read")
        }
    }

    @Test func nothingListeningIsAConnectionRefused() throws {
        let server = try LocalHTTPServer(route: Self.route)
        let address = server.url("/page")
        server.stop()
        #expect(fetcher.fetch(address).failureMessage == "cannot connect to the host (connection refused)")
    }

    /// https to a server that speaks plain http: the TLS library's own words are not shown.
    @Test func aFailedTLSHandshakeIsASecureConnectionFailure() throws {
        try withServer { server in
            let address = server.url("/page").replacingOccurrences(of: "http://", with: "https://")
            #expect(fetcher.fetch(address).failureMessage == "secure connection failed (TLS)")
        }
    }

    @Test func onlyHttpAndHttpsAreFetched() {
        #expect(fetcher.fetch("file:///etc/passwd").failureMessage == "not an http or https address")
        var loader = PageLoader()
        loader.fetcher = fetcher
        #expect(loader.load(["ftp://example.com/x"]).problems.map(\.message) == ["only http and https addresses are fetched"])
    }

    @Test func theLoaderReadsAFetchedPageWithItsAddressAndHeaderCharset() throws {
        try withServer { server in
            var loader = PageLoader()
            loader.fetcher = fetcher
            let result = loader.load([server.url("/redirect/1"), server.url("/latin1")])
            #expect(result.problems.isEmpty)
            #expect(result.pages.map(\.url) == [server.url("/page"), server.url("/latin1")])
            #expect(result.pages.first?.stories.first?.headline == "Harbour gates hold")
            #expect(result.pages.last?.stories.first?.paragraphs == ["Café on the quay"])
        }
    }

    /// The page's og:url is `javascript:…`, but it was fetched: its address is where it came from.
    @Test func aFetchedPageWhoseOwnAddressIsUnusableHasTheAddressItWasFetchedFrom() throws {
        try withServer { server in
            var loader = PageLoader()
            loader.fetcher = fetcher
            let result = loader.load([server.url("/own-address-javascript")])
            #expect(result.pages.map(\.url) == [server.url("/own-address-javascript")])
            #expect(result.pages.map(\.namesUnusableURL) == [false])
        }
    }
}

extension Result where Failure == LoadProblem {
    var failureMessage: String? {
        if case .failure(let problem) = self { return problem.message }
        return nil
    }
}
