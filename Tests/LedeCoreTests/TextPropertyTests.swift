import LedeBenchKit
import LedeCore
import Testing

/// Properties of wrapping, width and sanitising, checked on many seeded random strings mixing
/// ASCII, typographic punctuation, CJK, emoji, combining marks and control characters.
@Suite struct TextPropertyTests {
    static let alphabet: [String] = ["a", "b", "Z", " ", " ", " ", "’", "“", "—", "漢", "字", "😀", "e\u{301}", "\u{1B}[31m", "\u{7}", "\t", "\u{202E}", "\u{9B}", "x", "1", "."]

    func randomStrings(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...80, using: &random)).map { _ in Self.alphabet.randomElement(using: &random)! }.joined()
        }
    }

    @Test func noWrappedLineIsWiderThanItsWidthAndNoWordIsLost() {
        for text in randomStrings(count: 2000, seed: 7) {
            let clean = Sanitizer.clean(text)
            for width in [1, 2, 3, 7, 20, 80] {
                let lines = TextLayout.wrap(clean, width: width)
                // A single character wider than the line is the only thing allowed to overflow.
                #expect(lines.allSatisfy { DisplayWidth.of($0) <= width || $0.count == 1 }, "\(clean) at \(width)")
                // Every scalar but the spaces comes out, in order.
                #expect(withoutSpaces(lines.joined()) == withoutSpaces(clean), "\(clean) at \(width)")
            }
        }
    }

    func withoutSpaces(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0 != " " }
    }

    @Test func truncationFitsAndKeepsAPrefix() {
        for text in randomStrings(count: 2000, seed: 8) {
            let clean = Sanitizer.clean(text)
            for width in [1, 2, 5, 30] {
                let cut = TextLayout.truncate(clean, width: width)
                #expect(DisplayWidth.of(cut) <= width, "\(clean) at \(width)")
                #expect(clean.hasPrefix(cut.hasSuffix("…") && cut != clean ? String(cut.dropLast()) : cut))
            }
        }
    }

    @Test func sanitisedTextHasNoUnsafeScalarAndSanitisingTwiceChangesNothing() {
        for text in randomStrings(count: 2000, seed: 9) {
            let clean = Sanitizer.clean(text)
            #expect(!clean.unicodeScalars.contains(where: Sanitizer.isUnsafe))
            #expect(Sanitizer.clean(clean) == clean)
        }
    }
}
