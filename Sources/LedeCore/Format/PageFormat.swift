/// How a page's bytes are written, and so how they become the lines the extractor reads. The one
/// seam between inputs and the parser: the finder asks it which files in a folder are pages, the
/// loader which reader turns bytes into text, the help which names to mention.
public enum PageFormat: String, CaseIterable, Sendable {
    /// A text page: a browser's "select all, copy" or `innerText`.
    case text
    /// A web page as saved (Ctrl-S), fetched or piped in: read like a browser's `innerText`.
    case html

    /// The file name extensions a folder is searched for, lower case, without the dot.
    public var extensions: [String] {
        switch self {
        case .text: return ["txt"]
        case .html: return ["html", "htm"]
        }
    }

    /// The biggest page of this format that is read. HTML is held as a tree while it is read (a
    /// few times its size), so it is bounded more tightly than text.
    public var largestPage: Int {
        switch self {
        case .text: return FileBytes.largestPage
        case .html: return 64 << 20
        }
    }

    /// Whether a file with this name, found in a folder, is a page (`.txt`, `.html`, `.htm`).
    public static func isPageFile(named name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        let suffix = name[name.index(after: dot)...].lowercased()
        return allCases.contains { $0.extensions.contains(suffix) }
    }

    /// The folder's page names for messages and help: `.txt, .html or .htm`.
    public static var fileNames: String {
        let names = allCases.flatMap(\.extensions).map { "." + $0 }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// The format of `bytes`, by their content and never by a name (`curl -s URL | lede -`): HTML
    /// when, past a byte-order mark, spaces, comments and an XML declaration, the page opens with a
    /// doctype, `<html`, `<head` or `<body` (or one of them follows a first tag such as `<meta`
    /// within the first kilobytes), or when it is a fragment of HTML (`isHTMLFragment`:
    /// `<meta charset="utf-8">` or `<p>…</p>` first, and markup throughout); otherwise text.
    public static func sniff<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> PageFormat {
        if opensWithText(bytes) { return opensDocumentAfterStrayText(bytes) ? .html : .text }
        var prefix = Array(bytes.prefix(sniffLength))
        // UTF-16 with a byte-order mark: look at the ASCII half of each unit.
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { prefix.removeAll { $0 == 0 } }
        let lower = prefix.map(asciiLowered)
        var index = 0
        // Skip a byte-order mark (UTF-8's, or what is left of UTF-16's).
        while index < lower.count, lower[index] >= 0x80 { index += 1 }
        while index < lower.count {
            let byte = lower[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C { index += 1; continue }
            // The first thing is not a tag: text, unless the document opens a little below it.
            guard byte == 0x3C else { return opensDocumentAfterStrayText(bytes) ? .html : .text }
            let rest = lower[index...]
            for opening in openings where rest.starts(with: opening) {
                let after = index + opening.count
                // `<html>`, `<html lang…`, `<!doctype html>`: the name ends there.
                if after >= lower.count || !isNameByte(lower[after]) { return .html }
            }
            // A comment, a processing instruction or a first tag: skip it and look on.
            let close: [UInt8] = rest.starts(with: Array("<!--".utf8)) ? Array("-->".utf8) : [0x3E]
            guard let end = find(close, in: lower, from: index + 1) else { return .text }
            if close.count == 1 && !rest.starts(with: Array("<?".utf8)) && !rest.starts(with: Array("<!".utf8)) {
                // A page's first tag is not one of ours (`<meta charset>` first): HTML if one
                // of ours comes within the sniffed bytes, or if the page is a fragment of HTML.
                return containsOpening(lower[end...]) || isHTMLFragment(lower[index...]) ? .html : .text
            }
            index = end + close.count
        }
        return .text
    }

    // MARK: - Internal

    static let sniffLength = 4096

    /// Whether the first thing past a byte-order mark and spaces is not a tag: text, as `sniff`
    /// would find from its first bytes alone, without copying and lowering kilobytes (most pages
    /// are text). False when those bytes do not settle it (UTF-16, or no such thing near the start).
    private static func opensWithText<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        let head = Array(bytes.prefix(64))
        guard !head.starts(with: [0xFF, 0xFE]), !head.starts(with: [0xFE, 0xFF]) else { return false }
        var index = 0
        while index < head.count, head[index] >= 0x80 { index += 1 }
        while index < head.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(head[index]) { index += 1 }
        return index < head.count && head[index] != 0x3C
    }
    private static let openings: [[UInt8]] = ["<!doctype html", "<html", "<head", "<body"].map { Array($0.utf8) }

    /// Whether a line in the first `strayTextLength` bytes opens the document, with a doctype,
    /// or with `<html` and then `<head` or `<body` further on: a server's warning printed above
    /// a page ("Warning: Cannot modify header information …" over a WordPress page), as a
    /// browser shows it, above the page. (Only a line that starts with one counts: a text page
    /// about HTML quotes it inside its sentences.)
    static func opensDocumentAfterStrayText<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        let head = Array(bytes.prefix(sniffLength))
        let reach = min(head.count, strayTextLength)
        var index = 0
        while index < reach, let newline = head[index..<reach].firstIndex(of: 0x0A) {
            index = newline + 1
            while index < head.count, head[index] == 0x20 || head[index] == 0x09 || head[index] == 0x0D { index += 1 }
            guard index < head.count, head[index] == 0x3C else { continue }
            let lower = head[index...].prefix(16).map(asciiLowered)
            if lower.starts(with: openings[0]) { return true }
            if lower.starts(with: openings[1]), lower.count > 5, !isNameByte(lower[5]) {
                let rest = head[(index + 5)...].map(asciiLowered)
                return find(openings[2], in: rest, from: 0) != nil || find(openings[3], in: rest, from: 0) != nil
            }
        }
        return false
    }

    /// How far down the stray text above a document may reach (a warning or two of a server's).
    static let strayTextLength = 2048

    /// An ASCII capital as its small letter; any other byte as it is.
    static func asciiLowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x3A
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
        }
        return nil
    }

    private static func containsOpening(_ bytes: ArraySlice<UInt8>) -> Bool {
        let bytes = Array(bytes)
        return openings.contains { find($0, in: bytes, from: 0) != nil }
    }
}
