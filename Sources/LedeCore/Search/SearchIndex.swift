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
        /// Field-weighted counts (headline 3, dek 2, body 1 per occurrence): whole numbers, so two
        /// bytes hold them exactly and the index is a quarter smaller than with `Float`s.
        var weights: [UInt16] = []

        static func weight(_ sum: Float) -> UInt16 { UInt16(min(sum, Float(UInt16.max))) }
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
    /// - Parameters:
    ///   - isIncluded: whether a story may be a hit (the reader's unread or saved-only list),
    ///     asked before the limit is applied, so a filter does not cut the hits short.
    public func search(_ query: SearchQuery, limit: Int = 1000, where isIncluded: (StoryID) -> Bool = { _ in true }) -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        // One list of (story, weight) per required word; prefix words merge their terms.
        var lists: [Postings] = []
        let words = query.phrases.joined()
        for (position, word) in words.enumerated() {
            let isPrefix = query.lastIsPrefix && position == words.count - 1
            for list in postings(of: word, isPrefix: isPrefix) {
                if list.stories.isEmpty { return [] }
                lists.append(list)
            }
        }
        lists.sort { $0.stories.count < $1.stories.count }
        let excluded = query.excluded.filter { !CJKBigrams.needsTextCheck($0) }
            .flatMap { postings(of: $0, isPrefix: false).map(\.stories) }.filter { !$0.isEmpty }
        // Phrases are checked on the text itself, best candidates first, until `limit` pass;
        // twice `limit` candidates are kept for that.
        let phrases = query.phrasesToCheck, excludedPhrases = query.excludedPhrasesToCheck
        var top = TopHits(capacity: phrases.isEmpty && excludedPhrases.isEmpty ? limit : limit * 2)
        // Walk the shortest list; each other list is searched forward from where the last story
        // was found, so every list is read once at most and a story's weights come with it.
        let idfs = lists.map { inverseDocumentFrequency(documents: $0.stories.count) }
        var cursors = [Int](repeating: 0, count: lists.count)
        var excludedCursors = [Int](repeating: 0, count: excluded.count)
        var frequencies = [Float](repeating: 0, count: lists.count)
        candidates: for (position, story) in lists[0].stories.enumerated() {
            frequencies[0] = Float(lists[0].weights[position])
            for number in lists.indices.dropFirst() {
                guard let found = Self.seek(story, in: lists[number].stories, from: &cursors[number]) else { continue candidates }
                frequencies[number] = Float(lists[number].weights[found])
            }
            for number in excluded.indices where Self.seek(story, in: excluded[number], from: &excludedCursors[number]) != nil {
                continue candidates
            }
            guard isIncluded(StoryID(Int(story))) else { continue }
            top.insert(SearchHit(id: StoryID(Int(story)), score: score(story, frequencies: frequencies, idfs: idfs)))
        }
        let ranked = top.sorted
        guard !phrases.isEmpty || !excludedPhrases.isEmpty else { return Array(ranked.prefix(limit)) }
        var matchers = phrases.map(PhraseMatcher.init), excludedMatchers = excludedPhrases.map(PhraseMatcher.init)
        var scanner = WordScanner()
        var hits: [SearchHit] = []
        for hit in ranked where hits.count < limit {
            guard matchers.indices.allSatisfy({ contains(&matchers[$0], story: hit.id, scanner: &scanner) }),
                  !excludedMatchers.indices.contains(where: { contains(&excludedMatchers[$0], story: hit.id, scanner: &scanner) })
            else { continue }
            hits.append(hit)
        }
        return hits
    }

    // MARK: - Internals

    /// The postings a query word needs: its own, or a CJK run's terms' (`CJKBigrams`).
    private func postings(of word: String, isPrefix: Bool) -> [Postings] {
        guard CJKScript.isRun(word) else { return [isPrefix ? prefixPostings(word) : exactPostings(word)] }
        let lookups = CJKBigrams.lookups(forRun: word)
        return lookups.terms.map { lookups.arePrefixes ? prefixPostings($0) : exactPostings($0) }
    }

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
            for (story, weight) in zip(list.stories, list.weights) { weights[Int(story)] += Float(weight) }
        }
        var merged = Postings()
        for (story, weight) in weights.enumerated() where weight > 0 {
            merged.stories.append(UInt32(story))
            merged.weights.append(Postings.weight(weight))
        }
        return merged
    }

    /// BM25's inverse document frequency of a word found in `documents` stories.
    private func inverseDocumentFrequency(documents: Int) -> Float {
        let count = Float(max(1, library.storyCount))
        let documents = Float(documents)
        return log(1 + (count - documents + 0.5) / (documents + 0.5))
    }

    /// BM25 over the required words, with field-weighted term frequencies (in the order of
    /// `idfs`, so equal stories sum alike).
    private func score(_ story: UInt32, frequencies: [Float], idfs: [Float]) -> Double {
        let k1: Float = 1.2, b: Float = 0.75
        let length = lengths[Int(story)]
        var total: Float = 0
        for (frequency, idf) in zip(frequencies, idfs) {
            total += idf * frequency * (k1 + 1) / (frequency + k1 * (1 - b + b * length / averageLength))
        }
        return Double(total)
    }

    /// Whether the story's text has the phrase (checked on the text itself).
    private func contains(_ phrase: inout PhraseMatcher, story id: StoryID, scanner: inout WordScanner) -> Bool {
        let story = library.story(id)
        return phrase.matches(story.headline, scanner: &scanner) || phrase.matches(story.dek, scanner: &scanner)
            || story.paragraphs.contains(where: { phrase.matches($0, scanner: &scanner) })
    }

    /// Where `story` is in the sorted `list`, searching forward from `cursor` (galloping, then
    /// binary search); `cursor` moves to the first entry not below `story`.
    static func seek(_ story: UInt32, in list: [UInt32], from cursor: inout Int) -> Int? {
        var low = cursor
        guard low < list.count else { return nil }
        guard list[low] < story else { return list[low] == story ? low : nil }
        // list[low] < story: double the step until an entry not below `story` (or the end).
        var step = 1
        var high = low + 1
        while high < list.count, list[high] < story {
            low = high
            step *= 2
            high = low + step
        }
        high = min(high, list.count)
        var first = low + 1
        while first < high {
            let middle = (first + high) / 2
            if list[middle] < story { first = middle + 1 } else { high = middle }
        }
        cursor = first
        return first < list.count && list[first] == story ? first : nil
    }
}
