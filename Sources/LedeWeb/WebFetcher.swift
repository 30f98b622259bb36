import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LedeCore

/// Fetches a page over http or https with a browser's patience but not its trust: one request
/// (nothing the page names is fetched), a timeout, a few redirects, a size cap, no cookies or
/// cache kept, and one line saying what went wrong when it does.
public struct WebFetcher: PageFetching {
    /// The whole fetch, redirects included, ends after this many seconds.
    public var timeout: TimeInterval
    public var maxRedirects: Int
    /// Bytes of body accepted; a bigger page is refused as soon as it passes this.
    public var maxBytes: Int

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
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpAdditionalHeaders = ["User-Agent": "lede/0.1 (terminal news reader)", "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1"]
        let transfer = Transfer(maxRedirects: maxRedirects, maxBytes: maxBytes)
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        let task = session.dataTask(with: url)
        task.resume()
        // The limit is kept here: URLSession's own timeouts let a stalled server run two
        // seconds or so past it (a 10 s limit ended at 12 s).
        if transfer.done.wait(timeout: .now() + timeout) == .timedOut {
            task.cancel()
            return problem(FetchFailure.timedOut(timeout).message)
        }
        return transfer.result(timeout: timeout).mapError { LoadProblem(path: address, message: $0.message) }
    }
}

/// One transfer's state, shared with URLSession's delegate queue under a lock.
private final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let maxRedirects: Int
    let maxBytes: Int
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var body: [UInt8] = []
    private var response: HTTPURLResponse?
    private var redirects = 0
    private var failure: FetchFailure?
    private var error: Error?

    init(maxRedirects: Int, maxBytes: Int) {
        self.maxRedirects = maxRedirects
        self.maxBytes = maxBytes
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        lock.lock()
        redirects += 1
        let scheme = request.url?.scheme?.lowercased() ?? ""
        if redirects > maxRedirects { failure = .tooManyRedirects(maxRedirects) }
        else if scheme != "http" && scheme != "https" { failure = .redirectedAway(scheme) }
        let refused = failure != nil
        lock.unlock()
        // Refused: the redirect response itself ends the transfer (cancelling here crashes
        // swift-corelibs-foundation, which still waits for this handler).
        completionHandler(refused ? nil : request)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        lock.lock()
        let http = response as? HTTPURLResponse
        self.response = http
        if failure != nil {
            // A refused redirect: its reason stands.
        } else if let http, !(200..<300).contains(http.statusCode) {
            failure = .status(http.statusCode)
        } else if response.expectedContentLength > Int64(maxBytes) {
            failure = .tooLarge(maxBytes)
        }
        let refused = failure != nil
        lock.unlock()
        completionHandler(refused ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        if body.count + data.count > maxBytes {
            failure = .tooLarge(maxBytes)
            lock.unlock()
            dataTask.cancel()
            return
        }
        body += data
        lock.unlock()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        self.error = error
        lock.unlock()
        done.signal()
    }

    func result(timeout: TimeInterval) -> Result<FetchedPage, FetchFailure> {
        lock.lock()
        defer { lock.unlock() }
        if let failure { return .failure(failure) }
        if let error { return .failure(FetchFailure(error, timeout: timeout)) }
        guard let response else { return .failure(.other("no response")) }
        let contentType = response.value(forHTTPHeaderField: "Content-Type")
        return .success(FetchedPage(bytes: body, contentType: contentType, address: response.url?.absoluteString ?? ""))
    }
}
