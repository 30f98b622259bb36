import Foundation

/// Turns a file's bytes into text, repairing what can be repaired and refusing what is not text.
public enum TextDecoder {
    public enum Failure: Error, Equatable, Sendable {
        /// NUL bytes: an image, an archive, an executable — not a text page.
        case binary
    }

    public struct Decoded: Sendable {
        public var text: String
        /// Human-readable notes about repairs, e.g. invalid UTF-8 replaced.
        public var warnings: [String]
    }

    /// Decodes UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
    /// Invalid UTF-8 sequences become U+FFFD and are reported in `warnings`.
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Result<Decoded, Failure> {
        // Contiguous bytes (Data, arrays) are scanned as a buffer, not through a generic iterator.
        if let result = bytes.withContiguousStorageIfAvailable({ decodeBuffer($0) }) { return result }
        return decodeBuffer(Array(bytes))
    }

    /// The bytes of a page that `decode` takes as they stand, as UTF-8 without warnings (no
    /// UTF-16 byte-order mark, no NUL, valid UTF-8), less a UTF-8 byte-order mark; nil for any
    /// other page. Such a page can be parsed from its bytes, without a String of it all.
    static func validUTF8Body(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return nil }
        let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let body = UnsafeBufferPointer(rebasing: bytes[(hasMark ? 3 : 0)...])
        if let base = body.baseAddress, !body.isEmpty, memchr(base, 0, body.count) != nil { return nil }
        return UTF8Validation.isValid(body) ? body : nil
    }

    private static func decodeBuffer<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Result<Decoded, Failure> {
        let prefix = Array(bytes.prefix(3))
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
            return .success(decodeUTF16(Array(bytes), littleEndian: prefix[0] == 0xFF))
        }
        let body = prefix == [0xEF, 0xBB, 0xBF] ? bytes.dropFirst(3) : bytes[...]
        // (memchr: the whole page is searched, and it goes many bytes a step.)
        let hasNUL = body.withContiguousStorageIfAvailable { $0.isEmpty ? false : memchr($0.baseAddress!, 0, $0.count) != nil } ?? body.contains(0)
        if hasNUL { return .failure(.binary) }
        if let valid = String(validating: body, as: UTF8.self) {
            return .success(Decoded(text: valid, warnings: []))
        }
        // Not one character beyond ASCII written as UTF-8: a page saved in a one-byte encoding
        // ("Caf\xE9"), read as Windows-1252 as browsers read Latin-1, rather than made unreadable.
        if !hasMultiByteUTF8(body) {
            return .success(Decoded(text: String(body.lazy.map(windows1252)), warnings: ["not UTF-8: read as Windows-1252 (Latin-1)"]))
        }
        let repaired = String(decoding: body, as: UTF8.self)
        let count = repaired.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count
        return .success(Decoded(text: repaired, warnings: ["invalid UTF-8 repaired (\(count) replacement character\(count == 1 ? "" : "s"))"]))
    }

    /// Whether the bytes hold a well-formed UTF-8 sequence of two bytes or more.
    static func hasMultiByteUTF8<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var pending = 0
        for byte in bytes {
            if pending > 0, byte & 0xC0 == 0x80 {
                pending -= 1
                if pending == 0 { return true }
                continue
            }
            // (A byte that breaks a sequence off may open the next one.)
            pending = byte >= 0xC2 && byte <= 0xF4 ? (byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1) : 0
        }
        return false
    }

    /// A byte as Windows-1252 reads it: Latin-1, with typographic marks in 0x80…0x9F (five
    /// bytes there name nothing and stay C1 controls, which the sanitiser drops).
    static func windows1252(_ byte: UInt8) -> Character {
        guard byte >= 0x80 && byte <= 0x9F else { return Character(Unicode.Scalar(byte)) }
        return Character(Unicode.Scalar(windows1252Marks[Int(byte - 0x80)])!)
    }

    /// UTF-8 text with its C1 control characters (U+0080…U+009F) read as the Windows-1252 marks
    /// of the same numbers, as browsers read "&#150;" (–) and "&#146;" (’); nil when it has none.
    static func windows1252Marks(inUTF8 text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        // (Most text has no 0xC2 at all: memchr finds that many bytes a step.)
        guard let base = text.baseAddress, !text.isEmpty, let found = memchr(base, 0xC2, text.count) else { return nil }
        var index = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
        var out: [UInt8]?
        var copied = 0
        while index + 1 < text.count {
            defer { index += 1 }
            guard text[index] == 0xC2, text[index + 1] >= 0x80, text[index + 1] <= 0x9F else { continue }
            if out == nil { out = []; out!.reserveCapacity(text.count + 8) }
            out!.append(contentsOf: text[copied..<index])
            out!.append(contentsOf: String(windows1252(text[index + 1])).utf8)
            index += 1
            copied = index + 1
        }
        guard var out else { return nil }
        out.append(contentsOf: text[copied...])
        return out
    }

    private static let windows1252Marks: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let pair = littleEndian
                ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            units.append(pair)
            index += 2
        }
        var warnings = ["decoded as UTF-16 (\(littleEndian ? "little" : "big")-endian)"]
        if bytes.count % 2 == 1 { warnings.append("odd trailing byte ignored") }
        return Decoded(text: String(decoding: units, as: UTF16.self), warnings: warnings)
    }
}
