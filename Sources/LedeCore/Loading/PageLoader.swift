import Foundation

/// Something wrong with one input that did not stop the others from loading.
public struct LoadProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    /// `path: message`, safe to print (control characters in a path are shown as `\u{1B}`, not
    /// sent); `-` is called standard input.
    /// (A line feed in a path is shown as `\n`: the note is one line, its path one name.)
    public var description: String {
        "\(path == "-" ? "standard input" : Sanitizer.visible(path).replacingOccurrences(of: "\n", with: "\\n")): \(message)"
    }
}

/// What loading produced: the pages that could be read and the problems with the rest.
public struct LoadResult: Sendable {
    public var pages: [Page]
    public var problems: [LoadProblem]

    public init(pages: [Page], problems: [LoadProblem]) {
        self.pages = pages
        self.problems = problems
    }
}

/// Reads pages from files, folders (recursively, the files a `PageFormat` names), standard input
/// (`-`) and, given a `fetcher`, web addresses. Each page's format is found from its bytes.
public struct PageLoader: Sendable {
    public var parser = PageParser()
    /// Fetches `http(s)://` inputs; without one, an address is a problem, not a page.
    public var fetcher: (any PageFetching)?
    /// Whether pages keep the lines dropped as boilerplate (`lede dump --debug` shows them). The
    /// reader never shows them, and on a big folder they cost a third of the memory.
    public var keepsDroppedLines: Bool {
        get { parser.keepsDroppedLines }
        set { parser.keepsDroppedLines = newValue }
    }

    public init(keepsDroppedLines: Bool = true) {
        parser = PageParser(keepsDroppedLines: keepsDroppedLines)
    }

    /// Loads every page under `paths`, parsing on all cores; pages and problems keep the order
    /// of `paths`.
    public func load(_ paths: [String]) -> LoadResult {
        let (files, problems) = findFiles(paths)
        var result = load(files: files[...])
        result.problems = InputOrder(paths).sorted(problems + result.problems)
        return result
    }

    /// Reads and parses one file (or `-` for standard input, with the same limits, or a web address).
    public func loadFile(_ path: String) -> Result<Page, LoadProblem> {
        if WebAddress.isWebAddress(path) { return loadAddress(path) }
        let bytes: [UInt8]
        switch Self.readBytes(path) {
        case .success(let read): bytes = read
        case .failure(let problem): return .failure(problem)
        }
        var page: Page
        let format = PageFormat.sniff(bytes)
        switch format {
        case .html:
            switch parseHTML(consume bytes, path: path, contentType: nil) {
            case .success(let parsed): page = parsed
            case .failure(let problem): return .failure(problem)
            }
        case .text:
            if let (lines, site) = bytes.withUnsafeBufferPointer(Self.readValidUTF8) {
                _ = consume bytes  // the lines have their own text: a big page is not kept twice
                page = parser.parse(lines: lines, path: path)
                page.site = site
                break
            }
            // The bytes are gone once decoded, and the text is handed to the parser to let go of
            // once it is split into lines: a big page is never held three times over.
            let text: String, warnings: [String]
            switch Self.decode(consume bytes, path: path) {
            case .success(let decoded): (text, warnings) = (decoded.text, decoded.warnings)
            case .failure(let problem): return .failure(problem)
            }
            let site = SiteName.find(in: text) ?? ""
            page = parser.parse(consume text, path: path)
            page.warnings += warnings
            page.site = site
        }
        if format == .text, page.stories.isEmpty { page.warnings.append(Self.holdsNoText) }
        // A pipe's date is only when it was written, so a stream has none, as standard input.
        if path != "-", !FileBytes.isStream(path) { page.modified = Self.modificationDate(of: path) }
        return .success(page)
    }

    /// The bytes of a file or of standard input, within a page's limits. A pipe or device named
    /// as a page is read as standard input is (`PageFinder` keeps those in folders out).
    static func readBytes(_ path: String) -> Result<[UInt8], LoadProblem> {
        (path == "-" ? FileBytes.standardInput() : FileBytes.contents(of: path, readingStreams: true))
            .mapError { LoadProblem(path: path, message: Self.message(for: $0, path: path)) }
    }

    /// Fetches and parses the page at `address` (http or https only).
    func loadAddress(_ address: String) -> Result<Page, LoadProblem> {
        // (Named as shown: a password in the address is used to fetch it, never shown or kept.)
        fetched(address).map { page in
            var page = page
            page.path = WebAddress.shown(address)
            page.url = WebAddress.shown(page.url)
            return page
        }.mapError { LoadProblem(path: WebAddress.shown($0.path), message: $0.message) }
    }

    private func fetched(_ address: String) -> Result<Page, LoadProblem> {
        guard WebAddress.isFetchable(address) else {
            return .failure(LoadProblem(path: address, message: "only http and https addresses are fetched"))
        }
        guard let fetcher else { return .failure(LoadProblem(path: address, message: "fetching web pages is not available here")) }
        return fetcher.fetch(address).flatMap { fetched in
            let isHTML = PageFormat.sniff(fetched.bytes) == .html
            let parsed = isHTML
                ? parseHTML(fetched.bytes, path: address, contentType: fetched.contentType)
                : parseText(fetched.bytes, path: address, contentType: fetched.contentType)
            // A fetched page says where it came from: the address it was read at in the end,
            // whatever address of its own (usable or not) its HTML names.
            return parsed.map { page in
                var page = page
                page.url = fetched.address
                page.namesUnusableURL = false
                if !isHTML, page.stories.isEmpty { page.warnings.append(Self.holdsNoText) }
                return page
            }
        }
    }

    /// Reads an HTML page's text and evidence, then parses the text with the same parser as a
    /// text page, the page's titles given as headline hints.
    func parseHTML(_ bytes: consuming [UInt8], path: String, contentType: String?) -> Result<Page, LoadProblem> {
        guard bytes.count <= PageFormat.html.largestPage else {
            return .failure(LoadProblem(path: path, message: "too large for an HTML page (\(bytes.count >> 20) MB; HTML pages up to \(PageFormat.html.largestPage >> 20) MB are read), skipped"))
        }
        // The bytes are let go once read into text: the parser does not run beside them.
        let read = HTMLPage.read(consume bytes, contentType: contentType)
        let evidence = read.evidence
        let hints = PageHints(candidates: evidence.headlineCandidates, lineBias: read.lineBias(), laidOut: read.lines.map(\.isPreformatted))
        let site = SiteName.find(in: read.text) ?? ""
        var page = parser.parse(read.text, path: path, hints: hints)
        page.warnings += read.warnings
        page.site = site
        page.url = Sanitizer.clean(evidence.url)
        page.namesUnusableURL = evidence.url.isEmpty && evidence.namesUnusableURL
        if page.stories.isEmpty { page.warnings.append(Self.showsNoText) }
        return .success(page)
    }

    /// What is said of a page that gives no story (it stays in the library, listing nothing):
    /// a text page of nothing but white space, or an HTML page that shows no text.
    static let holdsNoText = "holds no text"
    static let showsNoText = "shows no text (its scripts or frames may fill it in a browser)"

    /// The decoded text of a file or of standard input; its bytes are freed on return.
    static func readText(_ path: String) -> Result<TextDecoder.Decoded, LoadProblem> {
        readBytes(path).flatMap { decode($0, path: path) }
    }

    static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, path: String) -> Result<TextDecoder.Decoded, LoadProblem> {
        TextDecoder.decode(bytes).mapError { _ in LoadProblem(path: path, message: "binary file (contains NUL bytes), skipped") }
    }

    /// Why the file at `path` cannot be read, in words ("no such file or folder", "permission
    /// denied"), as the loader says it of a page.
    public static func reason(cannotRead path: String) -> String {
        PageFinder.reason(for: path)
    }

    /// Why a page could not be read, in words.
    static func message(for failure: FileBytes.Failure, path: String) -> String {
        switch failure {
        case .cannotOpen:
            return PageFinder.reason(for: path)
        case .notARegularFile:
            return "not a regular file (a pipe, device or socket), skipped"
        case .tooLarge(let bytes):
            // A stream is given up one byte past the limit: how much more it had is not known.
            let size = bytes == FileBytes.largestPage + 1 ? "over \(FileBytes.largestPage >> 20) MB" : "\(bytes >> 20) MB"
            return "too large for a page (\(size); pages up to \(FileBytes.largestPage >> 20) MB are read), skipped"
        case .readFailed(let code):
            return "read failed: \(String(cString: strerror(code)))"
        case .binary:
            return "binary data (contains NUL bytes), skipped"
        }
    }

    /// When the file at `path` was last changed, for the list to show beside its stories.
    static func modificationDate(of path: String) -> Date? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(status.st_mtim.tv_sec))
    }

    /// A text page that is valid UTF-8 (most are), parsed from its bytes as `decode` and
    /// `parse` would: checking and copying the whole page into a String cost as much as
    /// splitting it into lines. Nil for any other page (UTF-16, invalid UTF-8, binary).
    func parseValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> Page? {
        guard let (lines, site) = Self.readValidUTF8(bytes) else { return nil }
        var page = parser.parse(lines: lines, path: path)
        page.site = site
        return page
    }

    /// The lines of a valid UTF-8 text page and its site's name, read from its bytes, or nil
    /// (see `parseValidUTF8`).
    static func readValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (lines: [Line], site: String)? {
        guard let body = TextDecoder.validUTF8Body(bytes) else { return nil }
        return (PageParser.split(body), SiteName.find(inUTF8: body) ?? "")
    }

    /// A fetched text page, read in the charset its `Content-Type` names (koi8-r, Shift_JIS…),
    /// as a browser reads it: guessed from the bytes alone, it would be Windows-1252 or repaired
    /// UTF-8. With no charset named, or UTF-8, it is read as a file is.
    func parseText(_ bytes: [UInt8], path: String, contentType: String?) -> Result<Page, LoadProblem> {
        guard let charset = contentType.flatMap(HTMLCharset.charset(inContentType:)), charset != "UTF-8" else {
            return parse(bytes, path: path)
        }
        // (The HTML path's transcoding and words: one warning, the same for both.)
        let converted = HTMLPage.transcoded(bytes, from: charset)
        return parse(converted.bytes ?? bytes, path: path).map { page in
            var page = page
            if let warning = converted.warning { page.warnings.append(warning) }
            return page
        }
    }

    /// Decodes and parses a page's bytes, in the format they are found to be in.
    public func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes, path: String) -> Result<Page, LoadProblem> {
        if PageFormat.sniff(bytes) == .html { return parseHTML(Array(bytes), path: path, contentType: nil) }
        if let page = bytes.withContiguousStorageIfAvailable({ parseValidUTF8($0, path: path) }) ?? nil { return .success(page) }
        return Self.decode(bytes, path: path).map { decoded in
            var page = parser.parse(decoded.text, path: path)
            page.warnings += decoded.warnings
            page.site = SiteName.find(in: decoded.text) ?? ""
            return page
        }
    }
}
