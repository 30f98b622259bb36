@testable import LedeCore
import Testing

/// A line's `edges`, found from its bytes as it is read, say what `CodeLine.matches` and
/// `LineFeatures.opensWithMark` say of its text, cleaned lines included.
@Suite struct LineEdgesTests {
    @Test func edgesAgreeWithTheTextsChecks() {
        let pieces = ["//", "/*", "*/", "{%", "{{", "}", "{", ";", "(", "[", "</", "<!", "<a", "<1", ">", "|", "-", "*", ":",
                      "·", "»", "•", "›", "—", "–", "word", " ", "\u{1B}[1m", "\u{7}", "é", "中", "x"]
        var seed: UInt64 = 5
        var texts: [String] = []
        for _ in 0..<3_000 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<(1 + Int(seed >> 61)) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            texts.append(text)
        }
        for line in PageParser.split(texts.joined(separator: "\n")) {
            #expect(line.edges.contains(.code) == CodeLine.matches(line.text), "\(line.text.debugDescription)")
            #expect(line.edges.contains(.opensWithMark) == line.text.withUTF8Bytes(LineFeatures.opensWithMark), "\(line.text.debugDescription)")
        }
    }
}
