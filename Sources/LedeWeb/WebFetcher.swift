import Foundation
import LedeCore

/// Fetches a page over http or https with a browser's patience but not its trust: one request
/// (nothing the page names is fetched), a timeout, a few redirects, a size cap, no cookies or
/// cache kept, and one line saying what went wrong when it does.
///
/// The fetch blocks the calling thread, a loader's (`lede` loads web addresses off the UI thread),
/// in libcurl's easy interface (`CurlHandle`).
public struct WebFetcher: PageFetching {
    /// The whole fetch, redirects included, ends after this many seconds.
    public var timeout: TimeInterval
    public var maxRedirects: Int
    /// Bytes of body accepted; a bigger page is refused as soon as it passes this.
    public var maxBytes: Int

    static let userAgent = "lede/0.1 (terminal news reader)"
    static let accept = "Accept: text/html,text/plain;q=0.9,*/*;q=0.1"

    public init(timeout: TimeInterval = 10, maxRedirects: Int = 5, maxBytes: Int = PageFormat.html.largestPage) {
        self.timeout = timeout
        self.maxRedirects = maxRedirects
        self.maxBytes = maxBytes
    }

    public func fetch(_ address: String) -> Result<FetchedPage, LoadProblem> {
        func problem(_ message: String) -> Result<FetchedPage, LoadProblem> { .failure(LoadProblem(path: address, message: message)) }
        guard WebAddress.isFetchable(address), let url = URL(string: address), url.host != nil else {
            return problem("not an http or https address")
        }
        if let missing = CurlHandle.unavailable { return problem(missing) }
        guard let curl = CurlHandle(userAgent: Self.userAgent, headers: [Self.accept], maxBytes: maxBytes) else {
            return problem("cannot fetch: libcurl could not start a transfer")
        }
        return follow(address, with: curl).mapError { LoadProblem(path: address, message: $0.message) }
    }

    /// Requests `address`, then each redirect in turn: each is checked before it is followed (an
    /// http(s) address, within the count), and all of them share the one timeout.
    private func follow(_ address: String, with curl: CurlHandle) -> Result<FetchedPage, FetchFailure> {
        let deadline = ContinuousClock.now + .seconds(timeout)
        var next = address
        var redirects = 0
        while true {
            let left = (deadline - .now).milliseconds
            // libcurl reads a timeout of 0 as none at all.
            guard left >= 1 else { return .failure(.timedOut(timeout)) }
            let response: CurlHandle.Response
            switch curl.perform(next, milliseconds: left) {
            case .failure(let failure): return .failure(FetchFailure(failure, timeout: timeout))
            case .success(let answer): response = answer
            }
            if (300..<400).contains(response.status), let target = response.redirect {
                redirects += 1
                if redirects > maxRedirects { return .failure(.tooManyRedirects(maxRedirects)) }
                guard WebAddress.isFetchable(target) else { return .failure(.redirectedAway(Self.scheme(of: target))) }
                next = target
                continue
            }
            guard (200..<300).contains(response.status) else { return .failure(.status(response.status)) }
            guard !response.overflowed else { return .failure(.tooLarge(maxBytes)) }
            return .success(FetchedPage(bytes: response.bytes, contentType: response.contentType, address: response.address))
        }
    }

    /// `ftp` for `ftp://…`, `javascript` for `javascript:…`; empty when there is none.
    static func scheme(of address: String) -> String {
        guard let colon = address.firstIndex(of: ":") else { return "" }
        return address[..<colon].lowercased()
    }
}

private extension Duration {
    /// Whole milliseconds, rounded down (negative once past).
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
