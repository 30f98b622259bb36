@testable import LedeCore
import Testing

/// `Line.lowered` makes a line's lowered text again as the line's scan first wrote it.
@Suite struct LineLoweredTests {
    func scanned(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { lower in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { key in
                    guard let lower = lower.baseAddress, let key = key.baseAddress else { return 0 }
                    return Line.Scan(bytes, into: (lower, key)).lowerLength
                }
            }
        }
    }

    @Test func agreesWithTheScan() {
        let pieces = ["A", "z", "Ä", "ä", "×", "÷", "ß", "Þ", "ÿ", "É", "Ω", "Я", "“", "—", "…", "中", "😀", "1", ",", " ", "\t", "\u{1B}", "e\u{301}"]
        var seed: UInt64 = 7
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int(seed % 12) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            #expect(Line.lowered(text) == scanned(text), "\(text.debugDescription)")
        }
    }

    @Test func agreesWithTheScanOnEveryASCIIByteAtEveryOffset() {
        // Eight bytes are lowered a step at a time: every printable ASCII byte (the bounds of the
        // capitals, "@" "[" "`" "Z", among them) at each of the eight places in a step, and a
        // two-byte letter straddling a step's end.
        let ascii = String(decoding: (0x20...0x7E).map { UInt8($0) }, as: UTF8.self)
        for offset in 0..<8 {
            let shifted = String(repeating: "x", count: offset) + ascii
            #expect(Line.lowered(shifted) == scanned(shifted), "\(offset)")
            let straddling = String(repeating: "Q", count: offset) + "ÄÉ" + ascii
            #expect(Line.lowered(straddling) == scanned(straddling), "\(offset)")
        }
    }
}
