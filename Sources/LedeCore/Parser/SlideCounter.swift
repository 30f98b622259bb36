/// A gallery's or slideshow's counter: "1 of 8", "Slide 3 of 12", "2 / 11", "1 de 8", "1 von 8".
/// Furniture however prose-like the slides around it are. (The count is at most the total: "24/7" is none.)
enum SlideCounter {
    static func matches(_ line: Line) -> Bool {
        guard line.digits > 0, line.wordCount >= 1, line.wordCount <= 4, line.text.utf8.count <= 24 else { return false }
        var words = line.lower.split(separator: " ")
        // "N/M" written as one word.
        if words.count == 1 || words.last?.contains("/") == true, let last = words.popLast() {
            let parts = last.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return false }
            words += [parts[0], "/", parts[1]]
        }
        guard words.count >= 3, words.count <= 4 else { return false }
        let tail = words.suffix(3)
        let (count, separator, total) = (tail[tail.startIndex], tail[tail.startIndex + 1], tail[tail.startIndex + 2])
        guard isNumber(count), isNumber(total), let at = Int(count), let of = Int(total), at >= 1, at <= of else { return false }
        return separators.contains(String(separator)) && (words.count == 3 || !words[0].contains { $0.isNumber })
    }

    private static func isNumber(_ word: Substring) -> Bool {
        !word.isEmpty && word.utf8.count <= 4 && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// "of" in the languages of the dev corpora and their neighbours, and a slash.
    static let separators: Set<String> = ["of", "/", "de", "von", "di", "z", "sur", "van", "av", "из"]
}
