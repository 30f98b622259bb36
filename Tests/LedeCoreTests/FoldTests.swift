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

    @Test func wordsFoldToTheirLowerCaseBases() {
        #expect(Tokenizer.fold("ÉCOLE") == "ecole")
        #expect(Tokenizer.fold("МОСКВА") == "москва")
        #expect(Tokenizer.fold("Ѐжик") == "ѐжик")
        #expect(Tokenizer.fold("東京タワー") == "東京タワー")
        #expect(Tokenizer.fold("İstanbul") == "istanbul")
        #expect(Tokenizer.fold("ΑΘΗΝΑ") == "αθηνα")
    }
}
