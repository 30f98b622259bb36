import LedeBenchKit
import LedeCore
import Testing

/// The byte-level `clean` gives exactly what the scalar-at-a-time original gave.
@Suite struct SanitizerDifferentialTests {
    /// Pieces that exercise every branch: sequences whole and cut off, C1 controls, separators,
    /// format characters, text from every block the fast paths treat differently.
    static let pieces: [String] = [
        "a", "The harbour ", "\t", "\u{1B}", "[", "]", "2;title", "\u{07}", "\u{1B}\\", "\u{1B}[31m", "\u{1B}]0;x",
        "\u{1B}c", "\u{1B}é", "\u{9B}", "\u{9D}", "\u{90}", "\u{98}", "\u{9E}", "\u{9F}", "\u{9C}", "\u{85}", "\u{AD}",
        "\u{2028}", "\u{2029}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{202E}", "\u{2066}", "\u{FEFF}", "\u{FFFB}", "\u{E0041}",
        "\u{600}", "\u{61C}", "\u{70F}", "é", "ß", "Ж", "漢字", "한", "\u{E000}", "\u{F8FF}", "😀", "👍🏽", "e\u{301}",
        "“", "”", "—", "…", "\u{7F}", "\u{0}", "\r", "\u{8}", "@", "~", "m", String(repeating: "0;", count: 140),
    ]

    @Test func randomMixesCleanAsTheOriginalDid() {
        var random = SplitMix64(seed: 16)
        var differing: [String] = []
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<24, using: &random) { text += Self.pieces.randomElement(using: &random)! }
            if Sanitizer.clean(text) != ReferenceSanitizer.clean(text) { differing.append(text.debugDescription) }
        }
        #expect(differing.isEmpty, "differ: \(differing.prefix(5))")
    }

    @Test func everyScalarAloneAndBetweenTextCleansAsTheOriginalDid() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "ab\(Character(scalar))cd"
            if Sanitizer.clean(text) != ReferenceSanitizer.clean(text) { differing.append(value) }
        }
        #expect(differing.isEmpty, "differ at: \(differing.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func aLongControlSequenceStopsWhereTheOriginalStopped() {
        for length in [250, 255, 256, 257, 258, 300] {
            let text = "a\u{1B}[" + String(repeating: "1", count: length) + "mXYZ"
            #expect(Sanitizer.clean(text) == ReferenceSanitizer.clean(text), "\(length)")
        }
    }
}
