/// An HTML page's bytes read into the text a browser shows and the evidence the page gives:
/// the charset found (`HTMLCharset`), the bytes made UTF-8 (repaired where they are not), then
/// parsed and laid out as `innerText` (`HTMLText`).
public enum HTMLPage {
    public struct Read: Sendable {
        public var text: String
        public var evidence: HTMLEvidence
        /// Per line of `text`: how it sat in the markup.
        public var lines: [LineMarkup]
        /// The element the page keeps its article in, if it says.
        public var container: ArticleContainer?
        /// Notes on repairs, as for text pages (`invalid UTF-8 repaired (3 replacement characters)`).
        public var warnings: [String]
    }

    /// Reads `bytes`; `contentType` is the HTTP `Content-Type` header of a fetched page.
    public static func read(_ bytes: [UInt8], contentType: String? = nil) -> Read {
        let (utf8, warnings) = utf8Bytes(bytes, contentType: contentType)
        let result = HTMLText.read(utf8: utf8)
        return Read(text: result.text, evidence: result.evidence, lines: result.lines, container: result.container, warnings: warnings)
    }

    /// The page as UTF-8, and what was repaired on the way.
    static func utf8Bytes(_ bytes: [UInt8], contentType: String?) -> ([UInt8], [String]) {
        let charset = HTMLCharset.detect(bytes, header: contentType)
        let body = bytes[charset.skip...]
        var warnings: [String] = []
        if charset.name != "UTF-8" {
            let converted = transcoded(body, from: charset.name)
            if let warning = converted.warning { warnings.append(warning) }
            if let bytes = converted.bytes { return (bytes, warnings) }
        }
        // Valid UTF-8 is handed on as it is (no copy unless a byte-order mark is cut off).
        if String(validating: body, as: UTF8.self) != nil { return (charset.skip == 0 ? bytes : Array(body), warnings) }
        // Not one character beyond ASCII written as UTF-8, and no charset named: a page in a
        // one-byte encoding, read as Windows-1252 as browsers read it (as text pages are).
        if charset.source == .assumed, !TextDecoder.hasMultiByteUTF8(body) {
            let converted = transcoded(body, from: "WINDOWS-1252")
            if let bytes = converted.bytes { return (bytes, ["not UTF-8: read as Windows-1252 (Latin-1)"]) }
        }
        let repaired = String(decoding: body, as: UTF8.self)
        let count = repaired.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count
        warnings.append("invalid UTF-8 repaired (\(plural(count)))")
        return (Array(repaired.utf8), warnings)
    }

    /// `body` in `charset` as UTF-8, and what to say of it: the replacement characters put in
    /// for bytes the charset has no character for; or no bytes when iconv does not know the
    /// charset, and that it is read as UTF-8.
    static func transcoded<Body: Collection<UInt8>>(_ body: Body, from charset: String) -> (bytes: [UInt8]?, warning: String?) {
        guard let converted = Transcoder.utf8(from: body, encoding: charset) else {
            return (nil, "unknown charset \(Sanitizer.visible(String(charset.prefix(40)))), read as UTF-8")
        }
        return (converted.bytes, converted.replaced > 0 ? "invalid \(charset) repaired (\(plural(converted.replaced)))" : nil)
    }

    private static func plural(_ count: Int) -> String {
        "\(count) replacement character\(count == 1 ? "" : "s")"
    }
}
