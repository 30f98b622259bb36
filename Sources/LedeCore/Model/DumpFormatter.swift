/// `lede dump` output: the parser's findings as JSON (the design's shape) or readable text.
///
/// Written a page at a time into a byte buffer, so `lede dump` can print each batch of pages as
/// it loads and let it go, however many pages there are.
public enum DumpFormatter {
    /// `{"pages":[{"path":…,"url":…,"stories":[{"kind","headline","dek","section","credit","paragraphs":[…],"expandable","read","saved"} (and "unsure":true where no part of the page read clearly as an article)]}]}`,
    /// with empty strings, never missing keys. With `debug`, each page also has `"dropped"`.
    public static func json(_ pages: [Page], debug: Bool = false, marks: StoryMarks = StoryMarks()) -> String {
        var out = jsonStart
        for (number, page) in pages.enumerated() { appendJSON(page, debug: debug, marks: marks, first: number == 0, to: &out) }
        out += jsonEnd
        return String(decoding: out, as: UTF8.self)
    }

    /// What the JSON starts and ends with, around the pages.
    public static let jsonStart = Array(#"{"pages":["#.utf8)
    public static let jsonEnd = Array("]}\n".utf8)

    /// Appends one page's JSON object, after a comma unless it is the `first`; between strings,
    /// hands `out` to `flush` once it holds `flushAt` bytes, so a huge page is written as it goes.
    /// `marks`: the state database's, for each story's `"read"` and `"saved"`.
    public static func appendJSON(_ page: Page, debug: Bool, marks: StoryMarks = StoryMarks(), first: Bool, to out: inout [UInt8],
                                  flushAt: Int = .max, flush: (inout [UInt8]) -> Void = { _ in }) {
        if !first { out.append(0x2C) }
        out += #"{"path":"#.utf8
        JSON.append(page.path, to: &out)
        out += #","url":"#.utf8
        JSON.append(page.url, to: &out)
        out += #","stories":["#.utf8
        for (number, story) in page.stories.enumerated() {
            if number > 0 { out.append(0x2C) }
            out += #"{"kind":"#.utf8
            JSON.append(story.kind.rawValue, to: &out)
            out += #","headline":"#.utf8
            JSON.append(story.headline, to: &out)
            out += #","dek":"#.utf8
            JSON.append(story.dek, to: &out)
            out += #","section":"#.utf8
            JSON.append(story.section, to: &out)
            out += #","credit":"#.utf8
            JSON.append(story.credit, to: &out)
            out += #","paragraphs":["#.utf8
            for (index, paragraph) in story.paragraphs.enumerated() {
                if index > 0 { out.append(0x2C) }
                JSON.append(paragraph, to: &out)
                if out.count >= flushAt { flush(&out) }
            }
            out += (story.expandable ? #"],"expandable":true"# : #"],"expandable":false"#).utf8
            // A story's identity is hashed only when there are marks to look it up in (none
            // without a state database: `lede dump --no-state`, or before the first mark).
            let identity = marks.read.isEmpty && marks.saved.isEmpty ? nil : StoryIdentity(story)
            out += (identity.map(marks.read.contains) == true ? #","read":true"# : #","read":false"#).utf8
            out += (identity.flatMap { marks.saved[$0] } != nil ? #","saved":true"# : #","saved":false"#).utf8
            if story.isUnsure { out += #","unsure":true"#.utf8 }
            out.append(0x7D)
        }
        out.append(0x5D)
        if debug {
            out += #","dropped":["#.utf8
            for (index, line) in page.dropped.enumerated() {
                if index > 0 { out.append(0x2C) }
                out += #"{"line":\#(line.line + 1),"reason":"#.utf8
                JSON.append(line.reason.rawValue, to: &out)
                out += #","text":"#.utf8
                JSON.append(line.text, to: &out)
                out.append(0x7D)
                if out.count >= flushAt { flush(&out) }
            }
            out.append(0x5D)
        }
        out.append(0x7D)
    }

    /// A plain-text listing a person can read, sanitised for the terminal.
    public static func text(_ pages: [Page], debug: Bool = false) -> String {
        var out: [UInt8] = []
        for page in pages { appendText(page, debug: debug, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one page's listing, handing `out` to `flush` whenever it holds `flushAt` bytes.
    public static func appendText(_ page: Page, debug: Bool, to out: inout [UInt8],
                                  flushAt: Int = .max, flush: (inout [UInt8]) -> Void = { _ in }) {
        func line(_ text: String) {
            out += text.utf8
            out.append(0x0A)
            if out.count >= flushAt { flush(&out) }
        }
        line("== \(Sanitizer.clean(page.path)) — \(page.stories.count) stor\(page.stories.count == 1 ? "y" : "ies")")
        if !page.url.isEmpty, page.url != page.path { line("url: \(Sanitizer.clean(page.url))") }
        for story in page.stories {
            out.append(0x0A)
            line("[\(story.kind.rawValue)\(story.expandable ? ", keep reading" : "")\(story.isUnsure ? ", unsure" : "")] \(Sanitizer.clean(story.headline))")
            if !story.section.isEmpty { line("section: \(Sanitizer.clean(story.section))") }
            if !story.dek.isEmpty { line("dek: \(Sanitizer.clean(story.dek))") }
            if !story.credit.isEmpty { line("credit: \(Sanitizer.clean(story.credit))") }
            for paragraph in story.paragraphs {
                out.append(0x0A)
                guard paragraph.utf8.contains(0x0A) else { line(Sanitizer.clean(paragraph)); continue }
                // A listing's lines (`Listings`) line by line.
                for piece in paragraph.split(separator: "\n", omittingEmptySubsequences: false) { line(Sanitizer.clean(String(piece))) }
            }
        }
        if debug, !page.dropped.isEmpty {
            out += "\n-- dropped\n".utf8
            for dropped in page.dropped { line("\(dropped.line + 1): [\(dropped.reason.rawValue)] \(Sanitizer.clean(dropped.text))") }
        }
        out.append(0x0A)
    }
}
