import CLibxml2
import Foundation

/// Turns an HTML page into the text a browser's `innerText` gives for its body, collecting the
/// page's evidence (titles, headings, address) on the way. libxml2's HTML parser reads the page
/// as a stream of events (SAX, fed a chunk at a time): no tree is built, so memory stays near
/// the page's own size. Nothing is fetched (no network, no entities loaded), no script runs.
public enum HTMLText {
    /// The page's text and evidence.
    public struct Result: Sendable {
        public var text: String
        public var evidence: HTMLEvidence
        /// Per line of `text`: how it sat in the markup.
        public var lines: [LineMarkup]
        /// The element the page keeps its article in, if it says.
        public var container: ArticleContainer?
    }

    /// Bytes handed to the parser at a time: libxml2 holds little more than this of the input.
    static let chunkSize = 1 << 16

    /// Reads UTF-8 HTML `bytes` (convert other encodings first: `HTMLPage` does).
    public static func read(utf8 bytes: [UInt8]) -> Result {
        let reader = HTMLEventReader(capacity: bytes.count / 3)
        var handler = HTMLEventReader.handler
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let context = Unmanaged.passUnretained(reader).toOpaque()
        guard let parser = htmlCreatePushParserCtxt(&handler, context, nil, 0, nil, XML_CHAR_ENCODING_UTF8) else {
            return Result(text: "", evidence: HTMLEvidence(), lines: [LineMarkup()], container: nil)
        }
        defer { htmlFreeParserCtxt(parser) }
        _ = htmlCtxtUseOptions(parser, options)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                var offset = 0
                repeat {
                    let count = min(chunkSize, chars.count - offset)
                    let last = offset + count >= chars.count
                    _ = htmlParseChunk(parser, chars.baseAddress.map { $0 + offset }, Int32(count), last ? 1 : 0)
                    offset += count
                } while offset < chars.count
            }
        }
        withExtendedLifetime(reader) {}
        return reader.result
    }
}
