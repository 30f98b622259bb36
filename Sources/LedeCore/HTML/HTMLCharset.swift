/// Which character encoding an HTML page is written in, found as a browser finds it: a byte-order
/// mark first, then the HTTP header's `charset`, then a `<meta charset>` (or `http-equiv`) in the
/// first kilobytes; with none of them, UTF-8 (repaired where it is not valid).
public enum HTMLCharset {
    /// Where the encoding came from, for the note on a page read in an unusual one.
    public enum Source: Equatable, Sendable {
        case byteOrderMark, header, meta, assumed
    }

    /// The encoding's name for iconv (`UTF-8`, `WINDOWS-1252`, `SHIFT_JIS`…), how many bytes of
    /// byte-order mark to skip, and where the name came from.
    public static func detect<Bytes: Collection<UInt8>>(_ bytes: Bytes, header: String? = nil) -> (name: String, skip: Int, source: Source) {
        let start = Array(bytes.prefix(3))
        if start == [0xEF, 0xBB, 0xBF] { return ("UTF-8", 3, .byteOrderMark) }
        if start.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2, .byteOrderMark) }
        if start.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2, .byteOrderMark) }
        if let header, let name = charset(inContentType: header) { return (name, 0, .header) }
        if let name = metaCharset(in: Array(bytes.prefix(prescanLength))) { return (name, 0, .meta) }
        // Past the first kilobytes, a long style sheet or script can come first: the rest of the
        // head is looked at, up to `<body`.
        if bytes.count > prescanLength, let name = metaCharset(in: head(of: bytes)) { return (name, 0, .meta) }
        return ("UTF-8", 0, .assumed)
    }

    /// The `charset=` of a `Content-Type` value (`text/html; charset="ISO-8859-1"`), as a name iconv knows.
    public static func charset(inContentType value: String) -> String? {
        let lower = value.lowercased()
        guard let range = lower.range(of: "charset=") else { return nil }
        let token = lower[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { !";\"' ,".contains($0) }
        return token.isEmpty ? nil : canonical(String(token))
    }

    // MARK: - Internal

    /// Browsers look for `<meta charset>` in the first 1024 bytes; pages that put it a little
    /// later (after long comments) are common enough to look a little further.
    static let prescanLength = 4096
    /// How far the head is looked through when the first kilobytes name no charset.
    static let headLength = 65536

    /// The page's bytes up to its `<body` (or the first `headLength`).
    static func head<Bytes: Collection<UInt8>>(of bytes: Bytes) -> [UInt8] {
        let start = Array(bytes.prefix(headLength))
        let body = Array("<body".utf8)
        var index = 0
        while let open = start[index...].firstIndex(of: 0x3C) {
            if start[open...].prefix(body.count).map(PageFormat.asciiLowered) == body { return Array(start[..<open]) }
            index = open + 1
        }
        return start
    }

    /// The charset a `<meta charset=…>` or `<meta http-equiv=Content-Type content="…charset=…">`
    /// names in `prefix`.
    static func metaCharset(in prefix: [UInt8]) -> String? {
        let text = String(decoding: prefix.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var rest = text[...]
        while let open = rest.range(of: "<meta") {
            let tail = rest[open.upperBound...]
            let tag = tail.prefix { $0 != ">" }
            if let found = tag.range(of: "charset=") {
                let token = tag[found.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                    .prefix { !";\"' /".contains($0) }
                if !token.isEmpty { return canonical(String(token)) }
            }
            rest = tail
        }
        return nil
    }

    /// A label as iconv names it. As in browsers, Latin-1 and ASCII labels mean windows-1252 (a
    /// superset, and what such pages are really written in); UTF-16 named in a page's own bytes
    /// cannot be (they would not be readable as ASCII), so it means UTF-8.
    static func canonical(_ label: String) -> String {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "ascii", "us-ascii", "windows-1252", "cp1252", "x-cp1252":
            return "WINDOWS-1252"
        case "shift_jis", "sjis", "x-sjis", "ms_kanji", "windows-31j": return "CP932"
        case "gb2312", "gbk", "x-gbk": return "GB18030"
        case "ks_c_5601-1987", "euc-kr": return "CP949"
        default: return label.uppercased()
        }
    }
}
