/// Inputs that name a page on the web rather than a file: `scheme://…`. Only http and https are
/// fetched; another scheme is refused with a message, never read as a file name.
public enum WebAddress {
    /// Whether `input` is written as an address (`https://…`, `ftp://…`), not a path.
    public static func isWebAddress(_ input: String) -> Bool {
        guard let colon = input.firstIndex(of: ":"), input[colon...].hasPrefix("://") else { return false }
        let scheme = input[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// The address as shown and remembered: without a user name and password in it
    /// (`https://ana:secret@host/page` is `https://host/page`), which stay in the fetch alone.
    public static func shown(_ address: String) -> String {
        guard isWebAddress(address), let start = address.range(of: "://")?.upperBound else { return address }
        let authority = address[start...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let at = authority.lastIndex(of: "@") else { return address }
        return String(address[..<start]) + String(address[address.index(after: at)...])
    }

    /// Whether `input` is an address Lede fetches: http or https.
    public static func isFetchable(_ input: String) -> Bool {
        let lower = input.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}

/// A page fetched from the web: its bytes, what the server said they are, and where they were
/// in the end (after redirects).
public struct FetchedPage: Sendable {
    public var bytes: [UInt8]
    /// The `Content-Type` header, for the charset.
    public var contentType: String?
    /// The address the page was fetched from, after redirects.
    public var address: String

    public init(bytes: [UInt8], contentType: String?, address: String) {
        self.bytes = bytes
        self.contentType = contentType
        self.address = address
    }
}

/// Fetches web pages for the loader. The network lives outside `LedeCore` (`LedeWeb`), so the
/// parser, the library and the benchmarks never link it.
public protocol PageFetching: Sendable {
    /// The page at `address` (http or https), or why it could not be fetched, in one line.
    func fetch(_ address: String) -> Result<FetchedPage, LoadProblem>
}
