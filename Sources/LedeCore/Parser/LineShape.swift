/// What a single line looks like: paragraph, headline, expand control, credit.
enum LineShape {
    static func wordCount(_ line: String) -> Int {
        line.split(whereSeparator: { $0 == " " }).count
    }

    /// A long line with sentence punctuation.
    static func isParagraph(_ line: String) -> Bool {
        guard wordCount(line) >= 15, let last = line.last else { return false }
        return ".!?\"”’)…:".contains(last)
    }

    /// Short, title-like: a few words, no final period.
    static func isHeadline(_ line: String) -> Bool {
        let words = wordCount(line)
        guard (1...24).contains(words), let last = line.last else { return false }
        return last != "." && credit(in: line) == nil && !isExpandControl(line)
    }

    /// "keep reading", "read more", "continue reading", "show less", and their run-together forms.
    static func isExpandControl(_ line: String) -> Bool {
        var rest = Substring(line.lowercased().filter { !$0.isWhitespace })
        guard !rest.isEmpty else { return false }
        let controls = ["keepreading", "readmore", "continuereading", "showless", "showmore"]
        while !rest.isEmpty {
            guard let control = controls.first(where: { rest.hasPrefix($0) }) else { return false }
            rest = rest.dropFirst(control.count)
        }
        return true
    }

    /// The credit text of an image-credit line (`Top image credit: X` → `X`), or nil.
    static func credit(in line: String) -> String? {
        let lower = line.lowercased()
        for prefix in ["top image credit:", "image credit:", "photo credit:", "credit:", "photo:"] where lower.hasPrefix(prefix) {
            return String(line.dropFirst(prefix.count)).trimmingSpaces()
        }
        return nil
    }
}
