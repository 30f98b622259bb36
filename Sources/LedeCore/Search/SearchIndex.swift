import Foundation

/// A story found by a search, with its rank score (higher is better).
public struct SearchHit: Sendable, Equatable {
    public var id: StoryID
    public var score: Double
}

/// An inverted index over every story in a library: for each folded word, the stories holding it
/// (sorted) and how often, weighted by field — headline 3, dek 2, body 1. Ranked with BM25.
public final class SearchIndex: Sendable {
    /// Field weights: a word in the headline says more than one in the body.
    static let headlineWeight: Float = 3, dekWeight: Float = 2, bodyWeight: Float = 1

    private let library: Library
    /// Every distinct word, sorted, for prefix lookups; `postings[i]` belongs to `terms[i]`.
    private let terms: [String]
    private let termIndex: [String: Int32]
    private let postings: [Postings]
    /// Words per story (for BM25's length normalisation).
    private let lengths: [Float]
    private let averageLength: Float

    struct Postings: Sendable {
        var stories: [UInt32] = []
        var weights: [Float] = []
    }

    public init(library: Library) {
        self.library = library
        var builder = SearchIndexBuilder(storyCapacity: library.storyCount)
        var scanner = WordScanner()
        for id in library.ids {
            let story = library.story(id)
            builder.add(story.headline, weight: Self.headlineWeight, scanner: &scanner)
            builder.add(story.dek, weight: Self.dekWeight, scanner: &scanner)
            for paragraph in story.paragraphs { builder.add(paragraph, weight: Self.bodyWeight, scanner: &scanner) }
            builder.finishStory()
        }
        let words = builder.words, lists = builder.lists, lengths = builder.lengths
        // Terms in sorted order, for prefix lookups by binary search.
        let order = words.indices.sorted { words[$0] < words[$1] }
        terms = order.map { words[$0] }
        postings = order.map { lists[$0] }
        var termIndex: [String: Int32] = [:]
        termIndex.reserveCapacity(terms.count)
        for (number, term) in terms.enumerated() { termIndex[term] = Int32(number) }
        self.termIndex = termIndex
        self.lengths = lengths
        averageLength = lengths.isEmpty ? 1 : max(1, lengths.reduce(0, +) / Float(lengths.count))
    }

    public var termCount: Int { terms.count }

    /// Stories matching every required word and phrase and none of the excluded words, best first;
    /// ties keep library order. At most `limit` hits.
    public func search(_ query: SearchQuery, limit: Int = 1000) -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        // One list of (story, weight) per required word; prefix words merge their terms.
        var lists: [Postings] = []
        let words = query.phrases.joined()
        for (position, word) in words.enumerated() {
            let isPrefix = query.lastIsPrefix && position == words.count - 1
            let list = isPrefix ? prefixPostings(word) : exactPostings(word)
            if list.stories.isEmpty { return [] }
            lists.append(list)
        }
        lists.sort { $0.stories.count < $1.stories.count }
        var candidates = lists[0].stories
        for list in lists.dropFirst() { candidates = Self.intersect(candidates, list.stories) }
        for word in query.excluded {
            let list = exactPostings(word).stories
            if !list.isEmpty { candidates = Self.subtract(candidates, list) }
        }
        // Phrases are checked on the text itself, best candidates first, until `limit` pass;
        // twice `limit` candidates are kept for that.
        let multiWordPhrases = query.closedPhrases
        var top = TopHits(capacity: multiWordPhrases.isEmpty ? limit : limit * 2)
        for story in candidates { top.insert(SearchHit(id: StoryID(Int(story)), score: score(story, lists: lists))) }
        let ranked = top.sorted
        guard !multiWordPhrases.isEmpty else { return Array(ranked.prefix(limit)) }
        var hits: [SearchHit] = []
        for hit in ranked where hits.count < limit && contains(phrases: multiWordPhrases, story: hit.id) { hits.append(hit) }
        return hits
    }

    // MARK: - Internals

    private func exactPostings(_ word: String) -> Postings {
        termIndex[word].map { postings[Int($0)] } ?? Postings()
    }

    /// Postings of every term starting with `prefix`, merged by story (a dense accumulator:
    /// linear in the postings, no hashing).
    private func prefixPostings(_ prefix: String) -> Postings {
        var low = 0, high = terms.count
        while low < high {
            let middle = (low + high) / 2
            if terms[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < terms.count, terms[end].hasPrefix(prefix) { end += 1 }
        if end - low == 1 { return postings[low] }
        var weights = [Float](repeating: 0, count: library.storyCount)
        for term in low..<end {
            let list = postings[term]
            for (story, weight) in zip(list.stories, list.weights) { weights[Int(story)] += weight }
        }
        var merged = Postings()
        for (story, weight) in weights.enumerated() where weight > 0 {
            merged.stories.append(UInt32(story))
            merged.weights.append(weight)
        }
        return merged
    }

    /// BM25 over the required words, with field-weighted term frequencies.
    private func score(_ story: UInt32, lists: [Postings]) -> Double {
        let k1: Float = 1.2, b: Float = 0.75
        let count = Float(max(1, library.storyCount))
        let length = lengths[Int(story)]
        var total: Float = 0
        for list in lists {
            guard let position = Self.find(story, in: list.stories) else { continue }
            let frequency = list.weights[position]
            let documents = Float(list.stories.count)
            let idf = log(1 + (count - documents + 0.5) / (documents + 0.5))
            total += idf * frequency * (k1 + 1) / (frequency + k1 * (1 - b + b * length / averageLength))
        }
        return Double(total)
    }

    /// Whether the story's text has each phrase as consecutive words (checked on the text itself).
    private func contains(phrases: [[String]], story id: StoryID) -> Bool {
        let story = library.story(id)
        let fields = [story.headline, story.dek] + story.paragraphs
        return phrases.allSatisfy { phrase in
            fields.contains { field in
                let words = Tokenizer.foldedWords(in: field)
                guard words.count >= phrase.count else { return false }
                return (0...(words.count - phrase.count)).contains { start in
                    words[start..<(start + phrase.count)].elementsEqual(phrase)
                }
            }
        }
    }

    static func find(_ story: UInt32, in list: [UInt32]) -> Int? {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < story { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low] == story ? low : nil
    }

    static func intersect(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return out
    }

    static func subtract(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var j = 0
        for value in a {
            while j < b.count, b[j] < value { j += 1 }
            if j < b.count, b[j] == value { continue }
            out.append(value)
        }
        return out
    }
}
