import Foundation
import TOMLKit

/// A settings or theme file's TOML read into a table, each mistake a `ThemeError` naming the
/// file and line. A table header without a name ("[", "[.]", "[[[a]]]") is caught first: the
/// TOML library asserts on one rather than report it, and would take the reader down with it.
enum SettingsTOML {
    static func table(_ text: String, file: String) throws -> TOMLTable {
        if let line = namelessHeaderLine(in: text) {
            throw ThemeError(file: file, line: line, message: "TOML syntax error: a table header needs a name, e.g. [keys]")
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, line: error.source.begin.line, message: "TOML syntax error: \(error.description)")
        }
    }

    /// The first line (counted from 1) that opens a table header, "[" or "[[" first on it at the
    /// top level (not inside a value's array or a multi-line string, where the library reads no
    /// header), whose name does not start with a key's character, a quote or the closing "]"
    /// (all of which the library reads or reports); nil when there is none.
    static func namelessHeaderLine(in text: String) -> Int? {
        var scanner = Scanner()
        // (A byte-order mark before the first line is no character of it, to the library either.)
        let lines = text.drop { $0 == "\u{FEFF}" }.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (number, line) in lines.enumerated() {
            if scanner.isAtTopLevel, let header = headerName(opening: line) {
                guard let next = header.first, (next.isASCII && (next.isLetter || next.isNumber)) || "_-\"']".contains(next) else { return number + 1 }
                continue
            }
            scanner.read(line)
        }
        return nil
    }

    /// What follows a table header's opening ("[" or "[[", spaces around) when the line is one.
    private static func headerName(opening line: Substring) -> Substring? {
        let isSpace = { (character: Character) in character == " " || character == "\t" }
        var rest = line.drop(while: isSpace)
        guard rest.first == "[" else { return nil }
        rest = rest.dropFirst().drop(while: isSpace)
        if rest.first == "[" { rest = rest.dropFirst().drop(while: isSpace) }
        return rest
    }

    /// Where a line-by-line read of TOML stands between lines: inside how many open brackets of
    /// a value (an array over several lines), and inside which multi-line string, if any.
    private struct Scanner {
        var depth = 0
        var multiline: String?

        var isAtTopLevel: Bool { depth == 0 && multiline == nil }

        /// Reads a line that is no header: its strings, comment and brackets.
        mutating func read(_ line: Substring) {
            var rest = line[...]
            while let character = rest.first {
                if let delimiter = multiline {
                    guard let close = rest.range(of: delimiter) else { return }
                    rest = rest[close.upperBound...]
                    multiline = nil
                    continue
                }
                rest = rest.dropFirst()
                switch character {
                case "#": return
                case "\"", "'":
                    let triple = String(repeating: character, count: 3)
                    if rest.hasPrefix(triple.dropFirst()) {
                        multiline = triple
                        rest = rest.dropFirst(2)
                    } else {
                        // A one-line string: to its closing quote (a basic string's escaped ones skipped).
                        var escaped = false
                        while let next = rest.first {
                            rest = rest.dropFirst()
                            if escaped { escaped = false } else if character == "\"", next == "\\" { escaped = true } else if next == character { break }
                        }
                    }
                case "[", "{": depth += 1
                case "]", "}": depth = max(0, depth - 1)
                default: break
                }
            }
        }
    }
}
