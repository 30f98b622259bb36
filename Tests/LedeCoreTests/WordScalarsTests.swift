@testable import LedeCore
import Testing

@Suite struct WordScalarsTests {
    /// The written-out table says what Unicode's properties say, for every scalar it covers
    /// (a toolchain with newer Unicode data needs `scripts/word-scalars-table.swift` run again).
    @Test func tableMatchesTheProperties() {
        let set = WordScalars()
        var wrong: [String] = []
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if set.contains(value) != Tokenizer.isWordScalar(scalar) { wrong.append(String(value, radix: 16)) }
        }
        #expect(wrong.isEmpty, "U+\(wrong.prefix(10))")
    }
}
