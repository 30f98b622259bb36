import ArgumentParser
import Foundation
import LedeCore
import LedeWeb

/// The pages to read, shared by every command that takes paths.
struct Inputs: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Pages: text or HTML files, folders of them (\(PageFormat.fileNames), read recursively), http(s) addresses to fetch, or - for standard input (text or HTML, told apart by content).",
        valueName: "path"),
        completion: .file())
    var paths: [String] = []

    /// A loader for these inputs, fetching http(s) addresses (10 s, 5 redirects, 64 MB at most).
    func loader(keepsDroppedLines: Bool) -> PageLoader {
        var loader = PageLoader(keepsDroppedLines: keepsDroppedLines)
        loader.fetcher = WebFetcher()
        return loader
    }
}
