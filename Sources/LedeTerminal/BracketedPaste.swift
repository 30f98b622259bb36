import CNcursesw
import Foundation
import LedeUI

/// Bracketed paste: the terminal marks a paste's start and end (ESC [200~ … ESC [201~), so a
/// pasted line reaches the search prompt as text instead of running as keys. Terminals that do
/// not know the mode ignore the request; their pastes still come as keys.
enum BracketedPaste {
    /// The key codes curses gives the two marks (past every key it knows).
    static let startKey = KEY_MAX + 1
    static let endKey = KEY_MAX + 2
    /// A paste is read up to this many characters; the rest is dropped (the prompt takes 256).
    static let longest = 65_536

    /// Asks the terminal to mark pastes, and curses to know the marks.
    static func start() {
        define_key("\u{1B}[200~", startKey)
        define_key("\u{1B}[201~", endKey)
        send("\u{1B}[?2004h")
    }

    /// Pastes as plain keys again, as the shell had them.
    static func stop() { send("\u{1B}[?2004l") }

    /// The paste after its start mark, up to its end mark (or a pause of a second: a terminal
    /// that lost the end mark does not hang the reader).
    static func read() -> InputEvent {
        var text = ""
        var kept = 0
        timeout(1000)
        while true {
            var character: wint_t = 0
            let result = get_wch(&character)
            if result == ERR { break }
            if result == KEY_CODE_YES {
                if Int32(character) == endKey { break }
                continue
            }
            if kept < longest, let scalar = Unicode.Scalar(UInt32(character)) {
                text.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
                kept += 1
            }
        }
        return .paste(text)
    }

    /// Written straight to the terminal, around curses: curses has no call for private modes.
    private static func send(_ sequence: String) {
        fputs(sequence, lede_stdout())
        fflush(lede_stdout())
    }
}
