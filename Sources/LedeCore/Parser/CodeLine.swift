/// Lines of program code or markup, as technical articles quote them: a comment, a tag or
/// template tag, a statement or block ending in ";", "{" or "}", a line of closing brackets.
/// Short and unlike sentences, they read as menus to the line model, which then cut articles
/// at their first listing.
/// (Read as bytes: asked of every line of a page.)
enum CodeLine {
    /// ) ] } ; , and spaces: what closes forms and lists.
    private static func isCloser(_ byte: UInt8) -> Bool {
        byte == 0x29 || byte == 0x5D || byte == 0x7D || byte == 0x3B || byte == 0x2C || byte == 0x20
    }

    static func matches(_ text: String) -> Bool {
        text.withUTF8Bytes(matches)
    }

    static func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        let second = bytes.count >= 2 ? bytes[1] : 0
        switch first {
        case 0x2F: if second == 0x2F || second == 0x2A { return true }         // // /*
        case 0x7B: if second == 0x25 || second == 0x7B { return true }         // {% {{
        case 0x3C: if second == 0x2F || second == 0x21 || (second | 0x20) &- 0x61 < 26 { return true }  // </ <! <tag
        case 0x7D: return true                                                 // }
        case 0x29, 0x5D: if bytes.allSatisfy(isCloser) { return true }         // ) ] alone: a Lisp form's, a list's end
        default: break
        }
        switch last {
        case 0x3B, 0x7B, 0x7D, 0x28, 0x5B: return true                         // ; { } ( [
        case 0x2F: return bytes.count >= 2 && bytes[bytes.count - 2] == 0x2A   // */
        default: return false
        }
    }
}
