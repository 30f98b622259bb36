import Foundation
@testable import LedeCore
import Testing

@Suite struct FoldTests {
    /// The scalars folded without the property tables fold as the tables say.
    @Test func knownBlocksFoldAsTheTablesSay() {
        for value in Array(0x0400...0x045F) + Array(0x3040...0x3098) + Array(0x309B...0x30FF) + Array(0x4E00...0x9FFF) + Array(0xAC00...0xD7A3) {
            let scalar = Unicode.Scalar(UInt32(value))!
            let expected: [Unicode.Scalar] = Tokenizer.isMark(scalar) ? []
                : scalar.properties.changesWhenLowercased ? Array(scalar.properties.lowercaseMapping.unicodeScalars) : [scalar]
            #expect(Tokenizer.caselessOrCyrillicLower(UInt32(value)).map { [$0] } == expected, "U+\(String(value, radix: 16))")
        }
    }

    /// The written-out table of Latin base letters is what the decompositions give.
    @Test func latinBasesAreTheDecompositions() {
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            let scalar = Unicode.Scalar(UInt32(value))!
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.filter { !Tokenizer.isMark($0) }
            let folded = String(String.UnicodeScalarView(decomposed)).lowercased()
            #expect(Tokenizer.latinBase(of: UInt32(value)) == (folded != String(scalar) ? folded : nil), "U+\(String(value, radix: 16))")
        }
    }

    /// Letters written apart only for looks or by custom fold to the ASCII ones they stand for.
    @Test func fullWidthLettersLigaturesAndSharpSFoldToASCII() {
        #expect(Tokenizer.fold("ＬＡＮ") == "lan")
        #expect(Tokenizer.fold("ｐｃ１２３") == "pc123")
        #expect(Tokenizer.fold("Straße") == "strasse")
        #expect(Tokenizer.fold("STRAẞE") == "strasse")
        #expect(Tokenizer.fold("ﬁnal") == "final")
        #expect(Tokenizer.fold("ﬂoods") == "floods")
        #expect(Tokenizer.fold("oﬃce") == "office")
        // Full-width signs that are no letter or digit stay as they are.
        #expect(Tokenizer.compatibleLetters(of: 0xFF01) == nil)
        #expect(Tokenizer.compatibleLetters(of: 0xFF20) == nil)
    }

    /// Each such word is found by its ASCII letters, and highlighted where it is.
    @Test func fullWidthAndSharpSWordsAreFoundInPlainLetters() {
        let text = "無線ＬＡＮの新しいＰＣ, die Straße und ﬁnal"
        let matches = { (query: String) in SearchQuery(parsing: query).matches(in: text).map { String(text[$0]) } }
        #expect(matches("lan") == ["ＬＡＮ"])
        #expect(matches("PC") == ["ＰＣ"])
        #expect(matches("STRASSE") == ["Straße"])
        #expect(matches("straße") == ["Straße"])
        #expect(matches("final") == ["ﬁnal"])
    }

    @Test func wordsFoldToTheirLowerCaseBases() {
        #expect(Tokenizer.fold("ÉCOLE") == "ecole")
        #expect(Tokenizer.fold("МОСКВА") == "москва")
        #expect(Tokenizer.fold("Ѐжик") == "ѐжик")
        #expect(Tokenizer.fold("東京タワー") == "東京タワー")
        #expect(Tokenizer.fold("İstanbul") == "istanbul")
        #expect(Tokenizer.fold("ΑΘΗΝΑ") == "αθηνα")
    }

    /// Greek words fold without their accents and with the final sigma as any other: capitals,
    /// which Greek writes without accents, fold as the words do in lower case.
    @Test func greekCapitalsFoldAsTheAccentedWords() {
        #expect(Tokenizer.fold("ΟΛΥΜΠΙΑΚΟΣ") == Tokenizer.fold("Ολυμπιακός"))
        #expect(Tokenizer.fold("ΤΕΡΑΣΤΙΑ") == Tokenizer.fold("τεράστια"))
        #expect(Tokenizer.fold("Ολυμπιακός") == "ολυμπιακοσ")
        #expect(Tokenizer.fold("ΐ ΰ Ϊ ώ") == "ι υ ι ω")
        // A search typed without accents, or in capitals, finds the word where it is.
        let text = "Ο Ολυμπιακός νίκησε τον ΠΑΟΚ"
        #expect(SearchQuery(parsing: "ολυμπιακος").matches(in: text).map { String(text[$0]) } == ["Ολυμπιακός"])
        #expect(SearchQuery(parsing: "ΝΙΚΗΣΕ").matches(in: text).map { String(text[$0]) } == ["νίκησε"])
    }

    /// Every Greek base is the letter's decomposition without its marks, lowered, with the final
    /// sigma as `σ`; the unassigned scalars have none.
    @Test func greekBasesAreTheDecompositions() {
        for value in 0x0386...0x03CE {
            guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.generalCategory != .unassigned,
                  scalar.properties.isAlphabetic else {
                #expect(Tokenizer.greekBase(of: UInt32(value)) == nil, "U+\(String(value, radix: 16))")
                continue
            }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.filter { !Tokenizer.isMark($0) }
            let folded = String(String.UnicodeScalarView(decomposed)).lowercased().replacingOccurrences(of: "ς", with: "σ")
            #expect(Tokenizer.greekBase(of: UInt32(value)).map { String($0) } == folded, "U+\(String(value, radix: 16))")
        }
    }
}
