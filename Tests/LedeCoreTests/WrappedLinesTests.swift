@testable import LedeCore
import Testing

/// A paragraph wrapped at a fixed width is read as one; lists, listings and separate paragraphs
/// stay apart.
@Suite struct WrappedLinesTests {
    func paragraphs(_ text: String) -> [String] {
        WrappedLines.paragraphs(of: PageParser.split(text).filter { !$0.isBlank })
    }

    let wrapped = ["The server keeps each user's files in folders, and it answers",
                   "requests to read, write and delete them.  It does not need to know",
                   "what is in the files, and it never reads them on its own.  A user",
                   "can move to another server by copying the folders."]

    @Test func aParagraphWrappedAtAFixedWidthIsOne() {
        #expect(paragraphs(wrapped.map { "   " + $0 }.joined(separator: "\n")) == [wrapped.joined(separator: " ")])
    }

    @Test func wrappedParagraphsBetweenBlankLinesStayTwo() {
        let text = (wrapped + [""] + wrapped).joined(separator: "\n")
        #expect(paragraphs(text) == [wrapped.joined(separator: " "), wrapped.joined(separator: " ")])
    }

    @Test func listsListingsAndShortBlocksStayApart() {
        let items = ["it is native, with nothing more to install", "it can be used from a program", "it works in every browser we tried"]
        #expect(paragraphs(items.joined(separator: "\n")) == items)
        let listing = ["if (response.ok) { response.json().then(function(data) {", "console.log(data.entries, data.count, data.next, data.previous);",
                       "}); } else { console.log(\"Response status was \" + response.status);"]
        // (A listing is one paragraph of lines: `ListingsTests`.)
        #expect(paragraphs(listing.joined(separator: "\n")) == [listing.joined(separator: "\n")])
        #expect(paragraphs(wrapped.prefix(2).joined(separator: "\n")) == Array(wrapped.prefix(2)))
    }
}
