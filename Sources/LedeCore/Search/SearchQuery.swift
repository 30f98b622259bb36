/// A parsed search query. (First version: case-insensitive words, all required.)
public struct SearchQuery: Sendable, Equatable {
    public var text: String
    public var words: [String]

    public init(parsing text: String) {
        self.text = text
        words = text.lowercased().split(whereSeparator: { $0 == " " }).map(String.init)
    }

    public var isEmpty: Bool { words.isEmpty }

    /// Where the query's words occur in `text`, in order, not overlapping.
    public func matches(in text: String) -> [Range<String.Index>] {
        guard !words.isEmpty else { return [] }
        let lower = text.lowercased()
        guard lower.count == text.count else { return [] }
        var ranges: [Range<String.Index>] = []
        for word in words {
            var searchStart = lower.startIndex
            while let found = lower.range(of: word, range: searchStart..<lower.endIndex) {
                let start = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: found.lowerBound))
                let end = text.index(start, offsetBy: word.count)
                ranges.append(start..<end)
                searchStart = found.upperBound
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        return ranges.reduce(into: []) { kept, range in
            if let last = kept.last, range.lowerBound < last.upperBound { return }
            kept.append(range)
        }
    }
}
