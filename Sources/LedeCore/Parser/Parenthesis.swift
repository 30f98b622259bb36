/// Where a line's last "(" is, found from its bytes when they settle it: captions are told by
/// the bracket that closes them, and `lastIndex(of: "(")` walks a line back character by
/// character (grapheme breaking each step).
enum Parenthesis {
    enum Opening {
        /// The text has no "(" at all.
        case none
        /// The last "(" is here, and it and all after it are ASCII.
        case plain(String.Index)
        /// The last "(" is here, and what follows it is not all ASCII.
        case character(String.Index)
        /// Only `lastIndex(of: "(")` can tell.
        case unknown
    }

    /// The text's last "(" as `lastIndex(of: "(")` finds it. The last 0x28 byte is that
    /// character when it is followed by ASCII only and preceded by ASCII (or nothing): only a
    /// scalar beyond ASCII can join an ASCII one into a character, and CR LF is the one ASCII
    /// pair that joins, which "(" is not part of.
    /// The same holds with only the byte after it ASCII (that scalar joins nothing to it), but
    /// then the text after it is not plain.
    static func lastOpening(in text: String) -> Opening {
        let found: (offset: Int, plain: Bool)?? = text.withUTF8Bytes { bytes in
            guard let open = bytes.lastIndex(of: 0x28) else { return .some(nil) }
            guard open == 0 || bytes[open - 1] < 0x80 else { return nil }
            if bytes[(open + 1)...].allSatisfy({ $0 < 0x80 }) { return .some((open, true)) }
            return bytes[open + 1] < 0x80 ? .some((open, false)) : nil
        }
        switch found {
        case .none: return .unknown
        case .some(.none): return .none
        case .some(.some(let (open, plain))):
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: open)
            return plain ? .plain(index) : .character(index)
        }
    }
}
