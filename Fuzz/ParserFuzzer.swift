// libFuzzer entry point: every input is decoded and parsed as a text page (and, when it sniffs as
// HTML, read as HTML first, as the loader does), then its stories are wrapped, measured and
// sanitised as the reader would. Built by scripts/fuzz together with
// LedeCore's sources; a crash, hang or sanitizer report is a bug.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    if PageFormat.sniff(bytes) == .html {
        let read = HTMLPage.read(Array(bytes))
        let page = PageParser().parse(read.text, path: "fuzz.html", hints: PageHints(candidates: [read.evidence.ogTitle], lineBias: read.lineBias()))
        precondition(read.lines.count == read.text.utf8.lazy.filter { $0 == 0x0A }.count + 1, "line evidence out of step with the text")
        for story in page.stories { precondition(!Sanitizer.clean(story.headline).unicodeScalars.contains(where: Sanitizer.isUnsafe)) }
    }
    guard case .success(let decoded) = TextDecoder.decode(bytes) else { return 0 }
    let page = PageParser().parse(decoded.text, path: "fuzz.txt")
    for story in page.stories {
        for text in [story.headline, story.dek] + story.paragraphs {
            let clean = Sanitizer.clean(text)
            precondition(!clean.unicodeScalars.contains(where: Sanitizer.isUnsafe), "unsafe scalar survived sanitising")
            for line in TextLayout.wrap(clean, width: 17) {
                precondition(DisplayWidth.of(line) <= 17 || line.count == 1, "wrapped line wider than its width")
            }
        }
    }
    let library = Library(pages: [page])
    _ = SearchIndex(library: library).search(SearchQuery(parsing: String(decoded.text.prefix(40))))
    return 0
}
