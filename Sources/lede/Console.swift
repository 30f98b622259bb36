import Foundation
import LedeCore

/// The only code in `lede` that writes to standard output and standard error (a test checks
/// that no other file does). Messages quote paths, theme names and queries that anyone could
/// have put an escape sequence in, so every message is made safe here, whatever it says: a new
/// message cannot forget it. A control character in a message is shown (`\u{1B}`), not sent.
enum Console {
    /// A message for the user on standard error (`lede: …`), its controls made visible.
    static func error(_ message: String) {
        write(Sanitizer.visible(message) + "\n", to: STDERR_FILENO)
    }

    /// Text for the user on standard output (help, the theme list), its controls made visible.
    static func print(_ text: String) {
        write(Sanitizer.visible(text), to: STDOUT_FILENO)
    }

    /// Output whose strings its formatter has cleaned or escaped (`lede dump`, `lede search`):
    /// written as given but for control bytes, stripped as a last guard at no cost to plain text.
    static func output(_ text: String) {
        write(Array(text.utf8), to: STDOUT_FILENO)
    }

    /// `output` for bytes a formatter wrote.
    static func output(_ bytes: [UInt8]) {
        write(bytes, to: STDOUT_FILENO)
    }

    /// Lede's own styled text on standard output: SGR colour sequences kept. Only for text Lede
    /// drew itself (`lede themes --preview`: the built-in sample pages in a theme's colours).
    static func styled(_ text: String) {
        write(text, to: STDOUT_FILENO, trusted: true)
    }

    /// Whether standard output is a terminal.
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether standard error is a terminal, where a progress count can be rewritten in place.
    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Shows `text` (made visible) on standard error's line, over what was there: for counts that
    /// change while a command runs. Only for a terminal; `endProgress` clears the line.
    static func progress(_ text: String) {
        write("\r" + Sanitizer.visible(text), to: STDERR_FILENO, trusted: true)
    }

    /// Clears the progress line, so what follows starts on a clean line.
    static func endProgress() {
        write("\r\u{1B}[K", to: STDERR_FILENO, trusted: true)
    }

    /// Writes every byte, control bytes stripped unless `trusted` (Lede's own
    /// carriage return and erase-line). A closed pipe ends the process as usual (SIGPIPE).
    private static func write(_ text: String, to descriptor: Int32, trusted: Bool = false) {
        write(Array(text.utf8), to: descriptor, trusted: trusted)
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32, trusted: Bool = false) {
        var bytes = bytes
        if !trusted { Sanitizer.stripControlBytes(&bytes) }
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
