@testable import LedeCore
import Testing

/// Two short lines have the same key exactly when their folded letters, digits and commas are
/// the same, in the same order ("google cta" is "Google CTA!", "a,b" is not "ab"): the key is
/// hashed from the bytes `key(of:)` keeps and the places of the commas among them.
@Suite struct LineKeyTests {
    /// What a line's key stands for: its lowered text without ASCII marks other than commas,
    /// without spaces, and without general punctuation (U+2000…U+203F).
    static func folded(_ text: String) -> [UInt8] {
        let lower = Array(Line.lowered(text).utf8)
        var kept: [UInt8] = []
        var index = 0
        while index < lower.count {
            let byte = lower[index]
            if byte == 0xE2, index + 2 < lower.count, lower[index + 1] == 0x80 { index += 3; continue }
            if byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2C { kept.append(byte) }
            index += 1
        }
        return kept
    }

    @Test func linesShareAKeyExactlyWhenTheirFoldedTextsAreEqual() {
        // Few pieces, so that many lines fold alike; lengths around eight bytes of key.
        let pieces = ["a", "B", "ab", "AB", "abcdefg", "ABCDEFGH", "1", ",", " ", "!", "—", "é", "É", "я", "中", "\t", ", "]
        var seed: UInt64 = 27
        var texts: [String] = []
        for _ in 0..<3_000 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(seed >> 60) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            texts.append(text)
        }
        let lines = PageParser.split(texts.joined(separator: "\n"))
        var keyOf: [[UInt8]: LineKey] = [:], foldedOf: [LineKey: [UInt8]] = [:]
        var shared = 0
        for line in lines where !line.isBlank {
            let folded = Self.folded(line.text)
            if let key = keyOf[folded] { shared += 1; #expect(key == line.key, "\(line.text.debugDescription)") }
            #expect(foldedOf[line.key, default: folded] == folded, "\(line.text.debugDescription)")
            keyOf[folded] = line.key
            foldedOf[line.key] = folded
        }
        #expect(shared > 400)
    }
}
