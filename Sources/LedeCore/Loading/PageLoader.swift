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
    public var description: String { "\(path == "-" ? "standard input" : Sanitizer.visible(path)): \(message)" }
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

/// Reads text pages from files, folders (recursively, `.txt` files) and standard input (`-`).
public struct PageLoader: Sendable {
    public var parser = PageParser()
    /// Whether pages keep the lines dropped as boilerplate (`lede dump --debug` shows them). The
    /// reader never shows them, and on a big folder they cost a third of the memory.
    public var keepsDroppedLines: Bool {
        get { parser.keepsDroppedLines }
        set { parser.keepsDroppedLines = newValue }
    }

    public init(keepsDroppedLines: Bool = true) {
        parser = PageParser(keepsDroppedLines: keepsDroppedLines)
    }

    /// Loads every page under `paths`, parsing on all cores; pages keep the order of `paths`.
    public func load(_ paths: [String]) -> LoadResult {
        let (files, problems) = findFiles(paths)
        var result = load(files: files[...])
        result.problems = problems + result.problems
        return result
    }

    /// Reads and parses one file (or `-` for standard input, with the same limits).
    public func loadFile(_ path: String) -> Result<Page, LoadProblem> {
        // The bytes are gone once decoded, and the text is handed to the parser to let go of
        // once it is split into lines: a big page is never held three times over.
        let text: String, warnings: [String]
        switch Self.readText(path) {
        case .success(let decoded): (text, warnings) = (decoded.text, decoded.warnings)
        case .failure(let problem): return .failure(problem)
        }
        let site = SiteName.find(in: text) ?? ""
        var page = parser.parse(consume text, path: path)
        page.warnings += warnings
        page.site = site
        if path != "-" { page.modified = Self.modificationDate(of: path) }
        return .success(page)
    }

    /// The decoded text of a file or of standard input; its bytes are freed on return.
    static func readText(_ path: String) -> Result<TextDecoder.Decoded, LoadProblem> {
        switch path == "-" ? FileBytes.standardInput() : FileBytes.contents(of: path) {
        case .success(let bytes):
            return decode(bytes, path: path)
        case .failure(let failure):
            return .failure(LoadProblem(path: path, message: Self.message(for: failure, path: path)))
        }
    }

    static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, path: String) -> Result<TextDecoder.Decoded, LoadProblem> {
        TextDecoder.decode(bytes).mapError { _ in LoadProblem(path: path, message: "binary file (contains NUL bytes), skipped") }
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

    /// Decodes and parses a page's bytes.
    public func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes, path: String) -> Result<Page, LoadProblem> {
        Self.decode(bytes, path: path).map { decoded in
            var page = parser.parse(decoded.text, path: path)
            page.warnings += decoded.warnings
            page.site = SiteName.find(in: decoded.text) ?? ""
            return page
        }
    }
}
