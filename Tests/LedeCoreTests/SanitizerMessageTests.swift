import LedeCore
import Testing

@Suite struct SanitizerMessageTests {
    @Test func cleanLinesCleansEachLineAndKeepsTheBreaks() {
        #expect(Sanitizer.cleanLines("Error: '\u{1B}]2;x\u{07}a'\nUsage: lede\n") == "Error: 'a'\nUsage: lede\n")
        #expect(Sanitizer.cleanLines("plain\ntext") == "plain\ntext")
        // A sequence cut off at the end of a line takes nothing from the next line.
        #expect(Sanitizer.cleanLines("a\u{1B}]0;cut\nb") == "a\nb")
    }

    @Test func stripControlBytesKeepsTextLineFeedsAndTabs() {
        var bytes = Array("a\u{1B}[2Jb\u{07}c\u{7F}d\u{9B}e\tf\n“g” 漢字 é\u{85}".utf8)
        Sanitizer.stripControlBytes(&bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "a[2Jbcde\tf\n“g” 漢字 é")
    }

    @Test func stripControlBytesFindsAControlInAnyLaneOfALongText() {
        let plain = String(repeating: "harbour ", count: 4)
        for offset in 0..<plain.utf8.count {
            var bytes = Array(plain.utf8)
            bytes.insert(0x1B, at: offset)
            Sanitizer.stripControlBytes(&bytes)
            #expect(bytes == Array(plain.utf8), "offset \(offset)")
        }
        var clean = Array(plain.utf8)
        Sanitizer.stripControlBytes(&clean)
        #expect(clean == Array(plain.utf8))
    }
}
