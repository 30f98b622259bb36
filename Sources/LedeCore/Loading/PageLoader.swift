import Foundation

/// Something wrong with one input that did not stop the others from loading.
public struct LoadProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    /// `path: message`, safe to print (control characters in a path are removed).
    public var description: String { "\(Sanitizer.clean(path)): \(message)" }
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

    /// Reads and parses one file (or `-` for standard input).
    public func loadFile(_ path: String) -> Result<Page, LoadProblem> {
        if path == "-" {
            return parse(FileHandle.standardInput.readDataToEndOfFile(), path: path)
        }
        switch FileBytes.contents(of: path) {
        case .success(let bytes):
            return parse(bytes, path: path).map { page in
                var page = page
                page.modified = Self.modificationDate(of: path)
                return page
            }
        case .failure(.cannotOpen):
            return .failure(LoadProblem(path: path, message: PageFinder.reason(for: path)))
        case .failure(.notARegularFile):
            return .failure(LoadProblem(path: path, message: "not a regular file (a pipe, device or socket), skipped"))
        case .failure(.tooLarge(let bytes)):
            return .failure(LoadProblem(path: path, message: "too large for a page (\(bytes >> 20) MB; pages up to \(FileBytes.largestPage >> 20) MB are read), skipped"))
        case .failure(.readFailed(let code)):
            return .failure(LoadProblem(path: path, message: "read failed: \(String(cString: strerror(code)))"))
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
        switch TextDecoder.decode(bytes) {
        case .failure(.binary):
            return .failure(LoadProblem(path: path, message: "binary file (contains NUL bytes), skipped"))
        case .success(let decoded):
            var page = parser.parse(decoded.text, path: path)
            page.warnings += decoded.warnings
            page.site = SiteName.find(in: decoded.text) ?? ""
            return .success(page)
        }
    }
}
