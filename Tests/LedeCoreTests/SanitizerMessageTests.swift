import LedeCore
import Testing

@Suite struct SanitizerMessageTests {
    @Test func visibleShowsEachControlInsteadOfSendingItAndKeepsLineBreaks() {
        #expect(Sanitizer.visible("Error: '\u{1B}]2;x\u{07}dark'\nUsage: lede\n") == "Error: '\\u{1B}]2;x\\u{7}dark'\nUsage: lede\n")
        #expect(Sanitizer.visible("a\u{9B}2J\u{202E}b\tc") == "a\\u{9B}2J\\u{202E}b c")
        #expect(Sanitizer.visible("plain “text” 漢字 😀\nline") == "plain “text” 漢字 😀\nline")
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
