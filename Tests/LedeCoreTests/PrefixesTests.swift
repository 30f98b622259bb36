@testable import LedeCore
import Foundation
import Testing

/// `Prefixes` turns lines away by their first two bytes before comparing any phrase: what it
/// finds from a text's bytes is what it finds from the text.
@Suite struct PrefixesTests {
    static let lists = [
        Phrases.creditPrefixes, Phrases.bylinePrefixes, Phrases.relatedPrefixes, Phrases.relatedLowerPrefixes,
        Phrases.articleEndPrefixes, Prefixes(["Читайте также", "à lire aussi", "相关阅读", "x", "läs även", "la\u{308}sockså", "cập nhật"]),
    ]

    @Test func bytesFindWhatTheTextFinds() {
        var seed: UInt64 = 2
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        for prefixes in Self.lists {
            // Each phrase whole, cut short, or with its second byte changed, then more text.
            let openings = prefixes.texts.flatMap { phrase in
                [phrase, String(phrase.prefix(1)), String(phrase.prefix(2)), String(phrase.prefix(1)) + "he", phrase.decomposedStringWithCanonicalMapping]
            } + ["", "T", "The", "a\u{300}", "à", "la\u{308}s även", "läs även", "las", "la", "lä", "l"]
            for opening in openings {
                for rest in ["", " ", ": Jane Doe", "x", "\u{301}"] {
                    let text = opening + rest + (next() % 2 == 0 ? "" : " more")
                    let fromBytes = text.withUTF8Bytes { prefixes.first(openingBytes: $0) { text } }
                    #expect(fromBytes == prefixes.first(opening: text), "\(text.debugDescription)")
                }
            }
        }
    }

    /// A list holds up to 256 phrases, each its own bit: each word's first and last are found,
    /// and the last phrase after an earlier one that it opens with, as list order asks.
    @Test func aListOf256FindsItsLastPhrase() {
        let phrases = (0..<255).map { "phrase \($0):" } + ["phrase 12"]
        let prefixes = Prefixes(phrases)
        for index in [0, 63, 64, 127, 128, 191, 192, 254] {
            let line = "phrase \(index): a line"
            #expect(prefixes.first(opening: line) == "phrase \(index):")
            #expect(line.withUTF8Bytes { prefixes.first(openingBytes: $0) { line } } == "phrase \(index):")
        }
        #expect(prefixes.first(opening: "phrase 12x") == "phrase 12")
        #expect(prefixes.first(opening: "phrase 12: x") == "phrase 12:")
        #expect("phrase 12x".withUTF8Bytes { prefixes.first(openingBytes: $0) { "phrase 12x" } } == "phrase 12")
    }

    /// The letters `head` takes as written without asking Foundation are those that neither
    /// decompose nor combine.
    @Test func theLettersTakenAsWrittenNeitherDecomposeNorCombine() {
        var checked = 0
        for value in UInt32(0x0400)...0x9FFF {
            guard let scalar = Unicode.Scalar(value), Prefixes.isPlainLetter(scalar) else { continue }
            let alone = String(scalar)
            #expect(scalar.properties.canonicalCombiningClass == .notReordered)
            #expect(alone.decomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(alone.unicodeScalars), "\(value)")
            checked += 1
        }
        #expect(checked == 0x5200 + 0x40 - 2)
        #expect(!Prefixes.isPlainLetter("Й") && !Prefixes.isPlainLetter("й") && !Prefixes.isPlainLetter("ё"))
    }
}
