import Foundation

/// A pull quote: a sentence of the story set again in large type between its paragraphs, in
/// its quotation marks ("“There is a particular rhythm to a sleeper at night …”", "« La main sait
/// où elle est. »"). It says nothing the text does not: what stands within its marks is said
/// word for word in another paragraph of the body.
enum PullQuote {
    /// The lines of `body` (their numbers) that are pull quotes.
    static func lines(in body: [Line]) -> Set<Int> {
        var quotes: Set<Int> = []
        // (Each line read where it lies, `body[index]`: a copy of it retained its text. Compared
        // as bytes: a String's `contains` of a String cost billions of instructions over the dev
        // pages.)
        for index in body.indices where body[index].wordCount >= minWords && body[index].wordCount <= maxWords {
            let found = body[index].text.withUTF8Bytes { bytes -> Bool in
                guard let quoted = quotedRange(bytes) else { return false }
                let needle = UnsafeBufferPointer(rebasing: bytes[quoted])
                // (Within `reach` lines of it: a pull quote sits near the paragraph it repeats.)
                let near = max(body.startIndex, index - reach)..<min(body.endIndex, index + reach + 1)
                return near.contains { other in
                    other != index && body[other].text.utf8.count > needle.count && body[other].text.withUTF8Bytes { hay in
                        PlainSearch.search(needle, in: hay, caseInsensitive: false, backwards: false) != nil
                    }
                }
            }
            if found { quotes.insert(body[index].number) }
        }
        return quotes
    }

    /// The bytes within the line's opening and closing quotation marks (spaces inside them left
    /// out), or nil when it is not set in them.
    static func quotedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        // (Every mark opens with one of three bytes; most lines open with a letter.)
        guard let first = bytes.first, first == 0x22 || first == 0xE2 || first == 0xC2,
              let open = openingMarks.first(where: { bytes.starts(with: $0) }),
              let close = closingMarks.first(where: { bytes.count > open.count + $0.count && bytes.suffix($0.count).elementsEqual($0) }) else { return nil }
        var start = open.count, end = bytes.count - close.count
        // (A French quote sets a space, often a no-break one, inside its guillemets.)
        while start < end, bytes[start] == 0x20 || bytes[start] == 0xC2 && start + 1 < end && bytes[start + 1] == 0xA0 {
            start += bytes[start] == 0x20 ? 1 : 2
        }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0xA0 && end - 2 > start && bytes[end - 2] == 0xC2 {
            end -= bytes[end - 1] == 0x20 ? 1 : 2
        }
        return start < end ? start..<end : nil
    }

    /// Quotation marks as bytes: " “ « „ ‘ » opening, " ” » “ ’ « closing. (Not 「」: a Japanese
    /// article heads its sections with a phrase quoted from them.)
    static let openingMarks: [[UInt8]] = ["\"", "“", "«", "„", "‘", "»"].map { Array($0.utf8) }
    static let closingMarks: [[UInt8]] = ["\"", "”", "»", "“", "’", "«"].map { Array($0.utf8) }
    /// The fewest and most words of a pull quote, and how many body lines away from the
    /// paragraph it repeats it may sit.
    static let minWords = 6, maxWords = 60, reach = 12
}
