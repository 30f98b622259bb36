/// Where a line's last "(" is, found from its bytes when they settle it: captions are told by
/// the bracket that closes them, and `lastIndex(of: "(")` walks a line back character by
/// character (grapheme breaking each step).
enum Parenthesis {
    enum Opening {
        /// The text has no "(" at all.
        case none
        /// The last "(" is here, and it and all after it are ASCII.
        case plain(String.Index)
        /// Only `lastIndex(of: "(")` can tell.
        case unknown
    }

    /// The text's last "(" as `lastIndex(of: "(")` finds it. The last 0x28 byte is that
    /// character when it is followed by ASCII only and preceded by ASCII (or nothing): only a
    /// scalar beyond ASCII can join an ASCII one into a character, and CR LF is the one ASCII
    /// pair that joins, which "(" is not part of.
    static func lastOpening(in text: String) -> Opening {
        var text = text
        let offset: Int?? = text.withUTF8 { bytes in
            guard let open = bytes.lastIndex(of: 0x28) else { return .some(nil) }
            guard open == 0 || bytes[open - 1] < 0x80, bytes[(open + 1)...].allSatisfy({ $0 < 0x80 }) else { return nil }
            return .some(open)
        }
        switch offset {
        case .none: return .unknown
        case .some(.none): return .none
        case .some(.some(let open)): return .plain(text.utf8.index(text.utf8.startIndex, offsetBy: open))
        }
    }
}
