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

    /// The first line (counted from 1) that opens a table header, "[" or "[[" first on it,
    /// whose name does not start with a key's character, a quote or the closing "]" (all of
    /// which the library reads or reports); nil when there is none.
    static func namelessHeaderLine(in text: String) -> Int? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (number, line) in lines.enumerated() {
            let isSpace = { (character: Character) in character == " " || character == "\t" }
            var rest = line.drop(while: isSpace)
            guard rest.first == "[" else { continue }
            rest = rest.dropFirst().drop(while: isSpace)
            if rest.first == "[" { rest = rest.dropFirst().drop(while: isSpace) }
            guard let next = rest.first, (next.isASCII && (next.isLetter || next.isNumber)) || "_-\"']".contains(next) else { return number + 1 }
        }
        return nil
    }
}
