import Foundation

/// A pull quote: a sentence of the story set again in large type between its paragraphs, in
/// its quotation marks ("“There is a particular rhythm to a sleeper at night …”", "« La main sait
/// où elle est. »"). It says nothing the text does not: what stands within its marks is said
/// word for word in another paragraph of the body.
enum PullQuote {
    /// The lines of `body` (their numbers) that are pull quotes.
    static func lines(in body: [Line]) -> Set<Int> {
        var quotes: Set<Int> = []
        for (index, line) in body.enumerated() where line.wordCount >= minWords && line.wordCount <= maxWords {
            guard let quoted = quotedText(line.text) else { continue }
            if body.indices.contains(where: { $0 != index && body[$0].text.utf8.count > quoted.utf8.count && body[$0].text.contains(quoted) }) {
                quotes.insert(line.number)
            }
        }
        return quotes
    }

    /// The text within the line's opening and closing quotation marks, or nil when it is not
    /// set in them.
    static func quotedText(_ text: String) -> String? {
        guard let first = text.first, openingMarks.contains(first), let last = text.last, closingMarks.contains(last) else { return nil }
        let inner = text.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        return inner.isEmpty ? nil : inner
    }

    /// (Not 「」: a Japanese article heads its sections with a phrase quoted from them.)
    static let openingMarks: Set<Character> = ["\"", "“", "«", "„", "‘", "»"]
    static let closingMarks: Set<Character> = ["\"", "”", "»", "“", "’", "«"]
    /// The fewest and most words of a pull quote.
    static let minWords = 6, maxWords = 60
}
