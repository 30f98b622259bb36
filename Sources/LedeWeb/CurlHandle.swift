import CCurl

/// One libcurl easy handle, set up the way Lede fetches: http and https only, no redirects of its
/// own (`WebFetcher` follows them one at a time, to check each), gzip and the like accepted, no
/// cookies (libcurl keeps none unless given a cookie file) and no cache (it has none).
///
/// `perform` runs the request on the calling thread (a loader's, never the UI's) and blocks in
/// poll(2) until the server says something or the time is up, so a slow server costs no CPU.
/// URLSession did this on Linux over libcurl's multi interface and dispatch sources, which woke
/// some 13,000 times a second while a request waited (80% of a core).
final class CurlHandle {
    /// What one request gave back.
    struct Response {
        var status: Int
        /// Where a 3xx response points, made absolute by libcurl; nil when it names nowhere.
        var redirect: String?
        /// The address requested.
        var address: String
        var contentType: String?
        var bytes: [UInt8]
        /// The body passed the byte limit and was cut off there.
        var overflowed: Bool
    }

    /// Why a request got no response: libcurl's CURLcode, the system's errno behind it, its words.
    struct Failure: Error {
        var code: Int32
        var osErrno: Int32
        var text: String
    }

    /// Why libcurl cannot be used here (`cannot fetch: libcurl.so.4 not found`), or nil.
    static var unavailable: String? { lede_curl_load_error().map { String(cString: $0) } }

    private let handle: UnsafeMutableRawPointer
    private var headers: UnsafeMutableRawPointer?
    private let errorText = UnsafeMutablePointer<CChar>.allocate(capacity: Int(LEDE_CURL_ERROR_SIZE))
    private let body: Body
    /// The first option libcurl refused, which would make every request wrong.
    private var refusedOption: Int32?

    /// Nil when libcurl is missing or cannot make a handle.
    init?(userAgent: String, headers lines: [String], maxBytes: Int) {
        guard Self.unavailable == nil, let handle = lede_curl_easy_init() else { return nil }
        self.handle = handle
        body = Body(limit: maxBytes)
        errorText.initialize(repeating: 0, count: Int(LEDE_CURL_ERROR_SIZE))
        for line in lines { headers = lede_curl_slist_append(headers, line) }

        let web = Int(LEDE_CURLPROTO_HTTP | LEDE_CURLPROTO_HTTPS)
        set(LEDE_CURLOPT_PROTOCOLS, web)
        set(LEDE_CURLOPT_REDIR_PROTOCOLS, web)
        // Timeouts without SIGALRM: this runs on one of several threads.
        set(LEDE_CURLOPT_NOSIGNAL, 1)
        set(LEDE_CURLOPT_USERAGENT, string: userAgent)
        // "": every encoding this libcurl can decode (gzip, deflate, br, zstd here).
        set(LEDE_CURLOPT_ACCEPT_ENCODING, string: "")
        set(LEDE_CURLOPT_HTTPHEADER, pointer: headers)
        set(LEDE_CURLOPT_ERRORBUFFER, pointer: errorText)
        // A declared size over the limit is refused before its body is read.
        note(LEDE_CURLOPT_MAXFILESIZE_LARGE, lede_curl_setopt_off_t(handle, LEDE_CURLOPT_MAXFILESIZE_LARGE, Int64(maxBytes)))
        set(LEDE_CURLOPT_WRITEDATA, pointer: Unmanaged.passUnretained(body).toOpaque())
        note(LEDE_CURLOPT_WRITEFUNCTION, lede_curl_setopt_write_function(handle) { bytes, size, count, context in
            Unmanaged<Body>.fromOpaque(context!).takeUnretainedValue().take(bytes, count: size * count)
        })
    }

    deinit {
        lede_curl_easy_cleanup(handle)
        if let headers { lede_curl_slist_free_all(headers) }
        errorText.deallocate()
    }

    /// Requests `address` (GET), giving up after `milliseconds`.
    func perform(_ address: String, milliseconds: Int) -> Result<Response, Failure> {
        if let refusedOption {
            return .failure(Failure(code: -1, osErrno: 0, text: "libcurl refused option \(refusedOption)"))
        }
        set(LEDE_CURLOPT_URL, string: address)
        set(LEDE_CURLOPT_TIMEOUT_MS, milliseconds)
        body.reset()
        errorText[0] = 0
        let code = lede_curl_easy_perform(handle)
        let cutOff = body.overflowed || code == LEDE_CURLE_FILESIZE_EXCEEDED
        guard code == LEDE_CURLE_OK || cutOff else {
            let words = errorText[0] != 0 ? String(cString: errorText) : String(cString: lede_curl_easy_strerror(code))
            return .failure(Failure(code: code, osErrno: Int32(long(LEDE_CURLINFO_OS_ERRNO)), text: words))
        }
        return .success(Response(
            status: long(LEDE_CURLINFO_RESPONSE_CODE),
            redirect: string(LEDE_CURLINFO_REDIRECT_URL),
            address: string(LEDE_CURLINFO_EFFECTIVE_URL) ?? address,
            contentType: string(LEDE_CURLINFO_CONTENT_TYPE),
            bytes: body.take(),
            overflowed: cutOff))
    }

    // MARK: Options and information, typed (curl_easy_setopt and _getinfo are variadic in C)

    private func set(_ option: Int32, _ value: Int) {
        note(option, lede_curl_setopt_long(handle, option, value))
    }

    private func set(_ option: Int32, string value: String) {
        // libcurl copies strings it is given.
        note(option, value.withCString { lede_curl_setopt_pointer(handle, option, $0) })
    }

    private func set(_ option: Int32, pointer value: UnsafeRawPointer?) {
        note(option, lede_curl_setopt_pointer(handle, option, value))
    }

    private func note(_ option: Int32, _ code: Int32) {
        if code != LEDE_CURLE_OK, refusedOption == nil { refusedOption = option }
    }

    private func long(_ info: Int32) -> Int {
        var value = 0
        return lede_curl_getinfo_long(handle, info, &value) == LEDE_CURLE_OK ? value : 0
    }

    private func string(_ info: Int32) -> String? {
        var value: UnsafePointer<CChar>?
        guard lede_curl_getinfo_string(handle, info, &value) == LEDE_CURLE_OK, let value else { return nil }
        return String(cString: value)
    }
}

/// The body as it arrives, up to a limit: past it, the write callback refuses the bytes and
/// libcurl ends the transfer at once.
private final class Body {
    let limit: Int
    private(set) var overflowed = false
    private var bytes: [UInt8] = []

    init(limit: Int) { self.limit = limit }

    func reset() {
        bytes = []
        overflowed = false
    }

    /// Bytes from libcurl: how many were taken (fewer than given stops the transfer).
    func take(_ pointer: UnsafeMutablePointer<CChar>?, count: Int) -> Int {
        guard bytes.count + count <= limit else {
            overflowed = true
            return 0
        }
        if let pointer, count > 0 { bytes.append(contentsOf: UnsafeRawBufferPointer(start: pointer, count: count)) }
        return count
    }

    /// The body so far, handed over (the handle keeps no copy).
    func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }
}
